"""Survey import: mappings saved per source, and contacts held for review as possible duplicates.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-24 10:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "survey_mapping",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("source_system", sa.String(length=80), nullable=False),
        sa.Column("mapping", sa.Text(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_survey_mapping")),
        sa.UniqueConstraint("source_system", name=op.f("uq_survey_mapping_source_system")),
    )
    op.create_table(
        "contact_match_review",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("contact_id", sa.Integer(), nullable=False),
        sa.Column("candidate_id", sa.Integer(), nullable=False),
        sa.Column("score", sa.Float(), nullable=False),
        sa.Column("evidence", sa.Text(), nullable=False),
        sa.Column("source", sa.String(length=80), nullable=True),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("decided_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["contact_id"], ["contact.id"], name=op.f("fk_contact_match_review_contact_id_contact"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["candidate_id"],
            ["contact.id"],
            name=op.f("fk_contact_match_review_candidate_id_contact"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_contact_match_review")),
    )
    with op.batch_alter_table("contact_match_review", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_contact_match_review_contact_id"), ["contact_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_contact_match_review_candidate_id"), ["candidate_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_contact_match_review_status"), ["status"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("contact_match_review", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_contact_match_review_status"))
        batch_op.drop_index(batch_op.f("ix_contact_match_review_candidate_id"))
        batch_op.drop_index(batch_op.f("ix_contact_match_review_contact_id"))
    op.drop_table("contact_match_review")
    op.drop_table("survey_mapping")
