"""Capture drafts, and indexes for contact look-up by prefix (pattern operators on PostgreSQL).

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-23 10:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "capture_draft",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("contact_id", sa.Integer(), nullable=True),
        sa.Column("payload", sa.Text(), nullable=False),
        sa.Column("saved_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["contact_id"], ["contact.id"], name=op.f("fk_capture_draft_contact_id_contact"), ondelete="SET NULL"
        ),
        sa.ForeignKeyConstraint(
            ["user_id"], ["app_user.id"], name=op.f("fk_capture_draft_user_id_app_user"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_capture_draft")),
        sa.UniqueConstraint("user_id", name=op.f("uq_capture_draft_user_id")),
    )
    with op.batch_alter_table("contact_point", schema=None) as batch_op:
        batch_op.create_index(
            "ix_contact_point_value", ["value"], unique=False, postgresql_ops={"value": "text_pattern_ops"}
        )
    if op.get_bind().dialect.name == "postgresql":
        # The look-up's LIKE 'prefix%' needs the pattern operator class under any collation.
        op.drop_index("ix_contact_name_key", table_name="contact")
        op.create_index(
            "ix_contact_name_key", "contact", ["name_key"], postgresql_ops={"name_key": "text_pattern_ops"}
        )


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.drop_index("ix_contact_name_key", table_name="contact")
        op.create_index("ix_contact_name_key", "contact", ["name_key"])
    with op.batch_alter_table("contact_point", schema=None) as batch_op:
        batch_op.drop_index("ix_contact_point_value")
    op.drop_table("capture_draft")
