"""PostgreSQL: keep each item's search document in a stored column.

With only an expression index, every row PostgreSQL checks outside the index
(walking newest-first, or re-checking a lossy bitmap) recomputes
to_tsvector(): two common words that never meet cost seconds. A stored
generated column is computed once per write. SQLite is unchanged (FTS5).

Revision ID: 0005
Revises: 0004
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

DOCUMENT = "to_tsvector('simple'::regconfig, kaizen_search_fold(text))"


def upgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        return
    # Rewrites the table once, computing the column for every existing row.
    op.execute(f"ALTER TABLE feedback_item ADD COLUMN search_vector tsvector GENERATED ALWAYS AS ({DOCUMENT}) STORED")
    op.execute("CREATE INDEX ix_feedback_item_search_vector ON feedback_item USING gin (search_vector)")
    op.execute("DROP INDEX IF EXISTS ix_feedback_item_fulltext")


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        return
    op.execute(f"CREATE INDEX ix_feedback_item_fulltext ON feedback_item USING gin ({DOCUMENT})")
    op.execute("DROP INDEX IF EXISTS ix_feedback_item_search_vector")
    op.execute("ALTER TABLE feedback_item DROP COLUMN search_vector")
