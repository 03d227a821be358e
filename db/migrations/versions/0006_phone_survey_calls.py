"""Phone-survey calls: what each call asked, and what the answers on file spared the customer.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-22 23:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # A new table only: every existing row stays as it is.
    op.create_table(
        "phone_survey_call",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("contact_id", sa.Integer(), nullable=False),
        sa.Column("survey_id", sa.Integer(), nullable=False),
        sa.Column("response_id", sa.Integer(), nullable=True),
        sa.Column("operator_id", sa.Integer(), nullable=True),
        sa.Column("called_at", sa.DateTime(), nullable=False),
        sa.Column("asked", sa.Integer(), nullable=False),
        sa.Column("spared", sa.Integer(), nullable=False),
        sa.Column("completed", sa.Boolean(), nullable=False),
        sa.Column("override_reason", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["contact_id"], ["contact.id"], name=op.f("fk_phone_survey_call_contact_id_contact")
        ),
        sa.ForeignKeyConstraint(
            ["survey_id"], ["survey.id"], name=op.f("fk_phone_survey_call_survey_id_survey")
        ),
        sa.ForeignKeyConstraint(
            ["response_id"],
            ["survey_response.id"],
            name=op.f("fk_phone_survey_call_response_id_survey_response"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["operator_id"], ["app_user.id"], name=op.f("fk_phone_survey_call_operator_id_app_user")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_phone_survey_call")),
    )
    with op.batch_alter_table("phone_survey_call", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_phone_survey_call_contact_id"), ["contact_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_phone_survey_call_called_at"), ["called_at"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("phone_survey_call", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_phone_survey_call_called_at"))
        batch_op.drop_index(batch_op.f("ix_phone_survey_call_contact_id"))
    op.drop_table("phone_survey_call")
