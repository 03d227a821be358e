"""Reply drafts (replies composed but not sent survive closing or a crash); an index of unanswered items.

Revision ID: 0008
Revises: 0007
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "reply_draft",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("draft_key", sa.String(length=80), nullable=False),
        sa.Column("contact_id", sa.Integer(), nullable=False),
        sa.Column("payload", sa.Text(), nullable=False),
        sa.Column("saved_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["contact_id"], ["contact.id"], name=op.f("fk_reply_draft_contact_id_contact"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["user_id"], ["app_user.id"], name=op.f("fk_reply_draft_user_id_app_user"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_reply_draft")),
        sa.UniqueConstraint(
            "user_id", "draft_key", "contact_id", name=op.f("uq_reply_draft_user_id_draft_key_contact_id")
        ),
    )
    # The overdue list pages through unanswered items oldest first (app/service_targets.py).
    unanswered = sa.text("replied_at IS NULL")
    op.create_index(
        "ix_feedback_item_awaiting_reply",
        "feedback_item",
        ["received_at", "id"],
        sqlite_where=unanswered,
        postgresql_where=unanswered,
    )


def downgrade() -> None:
    op.drop_index("ix_feedback_item_awaiting_reply", table_name="feedback_item")
    op.drop_table("reply_draft")
