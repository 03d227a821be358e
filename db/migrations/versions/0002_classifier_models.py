"""Trained classifier models, with the hash that lets the app trust their files.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23 10:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "classifier_model",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("target", sa.String(length=20), nullable=False),
        sa.Column("file_name", sa.String(length=200), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("labels", sa.Text(), nullable=False),
        sa.Column("training_size", sa.Integer(), nullable=False),
        sa.Column("trained_at", sa.DateTime(), nullable=False),
        sa.Column("metrics", sa.Text(), nullable=True),
        sa.Column("library_versions", sa.Text(), nullable=False),
        sa.Column("is_active", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_classifier_model")),
    )
    with op.batch_alter_table("classifier_model", schema=None) as batch_op:
        batch_op.create_index("ix_classifier_model_target_active", ["target", "is_active"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("classifier_model", schema=None) as batch_op:
        batch_op.drop_index("ix_classifier_model_target_active")
    op.drop_table("classifier_model")
