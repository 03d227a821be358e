"""Full-text search over feedback text, on SQLite (FTS5) and PostgreSQL.

Both indexes hold the text folded by ``db.textnorm`` (ё/е, Persian letter
variants, digits, ZWNJ); the tokenizers lower-case and split words in any
script. Every query term matches as a prefix, so "достав" finds "доставка"
and "доставки": a cheap stand-in for stemming in three languages at once.

Speed: ranking every match of a word that is in half the rows takes seconds,
so the first page is never ranked. Results come newest first (highest id
first), which both engines can answer by walking the index from the end and
stopping after one page, however common the word.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import ColumnElement, Connection, bindparam, func, literal_column, select, text

from db.tables import feedback_item
from db.textnorm import search_terms

FTS_TABLE = "feedback_fts"  # SQLite FTS5, rowid = feedback_item.id
# PostgreSQL: a stored tsvector of the folded text (see migration 0005), GIN-indexed.
PG_DOCUMENT_COLUMN = "search_vector"
PG_SEARCH_OBJECTS = {PG_DOCUMENT_COLUMN, "ix_feedback_item_search_vector", "ix_feedback_item_fulltext"}


def is_search_object(name: str | None) -> bool:
    """Objects made by hand in migrations, invisible to the models."""
    return bool(name) and (name.startswith(FTS_TABLE) or name in PG_SEARCH_OBJECTS)  # type: ignore[union-attr]


def _fts5_query(terms: Sequence[str]) -> str:
    # Each term quoted, so words such as AND, NEAR or "-" are just words.
    return " ".join(f'"{term}"*' for term in terms)


def _pg_tsquery(terms: Sequence[str]) -> str:
    return " & ".join(f"'{term}':*" for term in terms)


def _pg_document() -> ColumnElement:  # type: ignore[type-arg]
    # Not in db/tables.py: the database computes it, no code writes it.
    return literal_column(f"{feedback_item.name}.{PG_DOCUMENT_COLUMN}")


def matching_condition(dialect_name: str, query: str) -> ColumnElement[bool] | None:
    """A WHERE condition on feedback_item for a typed query; None when it has no words.

    For use with filters and sorts other than newest-first; for newest-first
    pages use ``newest_matching_ids``, which stops after one page.
    """
    terms = search_terms(query)
    if not terms:
        return None
    if dialect_name == "sqlite":
        matches = text(f"SELECT rowid FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH :fts_query").bindparams(
            fts_query=_fts5_query(terms)
        )
        return feedback_item.c.id.in_(matches.columns(rowid=feedback_item.c.id.type))  # type: ignore[arg-type]
    tsquery = func.to_tsquery(
        literal_column("'simple'::regconfig"), bindparam("pg_query", _pg_tsquery(terms))
    )
    return _pg_document().op("@@")(tsquery)  # type: ignore[return-value]


def newest_matching_ids(
    conn: Connection, query: str, *, limit: int, before_id: int | None = None
) -> list[int]:
    """Ids of items matching ``query``, highest first, below ``before_id``."""
    terms = search_terms(query)
    if not terms:
        return []
    if conn.dialect.name == "sqlite":
        sql = f"SELECT rowid FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH :q"
        params: dict[str, object] = {"q": _fts5_query(terms), "limit": limit}
        if before_id is not None:
            sql += " AND rowid < :before"
            params["before"] = before_id
        sql += " ORDER BY rowid DESC LIMIT :limit"
        return list(conn.execute(text(sql), params).scalars())
    condition = matching_condition(conn.dialect.name, query)
    stmt = select(feedback_item.c.id).where(condition).order_by(feedback_item.c.id.desc()).limit(limit)  # type: ignore[arg-type]
    if before_id is not None:
        stmt = stmt.where(feedback_item.c.id < before_id)
    return list(conn.execute(stmt).scalars())
