"""Items get an assignee; users keep named inbox views.

``feedback_item.assignee_id`` (who triages the item) is added empty to every
existing row. On SQLite the column is added in batch mode without recreating
the table (``ALTER TABLE ... ADD COLUMN ... REFERENCES`` keeps the full-text
triggers and costs nothing on a million rows); the downgrade recreates it and
puts the triggers back.

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-23 00:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

FK_NAME = "fk_feedback_item_assignee_id_app_user"


def upgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        # Alembic's batch mode would copy the whole table to add the foreign key;
        # SQLite adds a nullable column with an inline REFERENCES in place.
        op.execute(
            "ALTER TABLE feedback_item ADD COLUMN assignee_id INTEGER "
            f"CONSTRAINT {FK_NAME} REFERENCES app_user (id)"
        )
    else:
        op.add_column("feedback_item", sa.Column("assignee_id", sa.Integer(), nullable=True))
        op.create_foreign_key(FK_NAME, "feedback_item", "app_user", ["assignee_id"], ["id"])
    # "Assigned to X" newest first walks the plain index (assignee, id) without sorting,
    # by date the second one; either way a page is a bounded index walk (no statistics
    # needed: with only the second, SQLite chose the kind index for "X + complaints").
    op.create_index("ix_feedback_item_assignee_id", "feedback_item", ["assignee_id"])
    op.create_index("ix_feedback_item_assignee_received", "feedback_item", ["assignee_id", "received_at"])
    op.create_table(
        "saved_view",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("definition", sa.Text(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["user_id"], ["app_user.id"], name=op.f("fk_saved_view_user_id_app_user"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_saved_view")),
        sa.UniqueConstraint("user_id", "name", name=op.f("uq_saved_view_user_id_name")),
    )


def downgrade() -> None:
    op.drop_table("saved_view")
    bind = op.get_bind()
    sqlite = bind.dialect.name == "sqlite"
    # Batch mode recreates the table on SQLite, which drops its triggers (full-text search).
    triggers = (
        bind.execute(
            sa.text("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'feedback_item'")
        )
        .scalars()
        .all()
        if sqlite
        else []
    )
    with op.batch_alter_table("feedback_item") as batch_op:
        batch_op.drop_index("ix_feedback_item_assignee_received")
        batch_op.drop_index("ix_feedback_item_assignee_id")
        if not sqlite:
            batch_op.drop_constraint(FK_NAME, type_="foreignkey")
        batch_op.drop_column("assignee_id")
    for sql in triggers:
        op.execute(sql)
