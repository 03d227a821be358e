"""Bulk inserts into feedback_item that keep SQLite's full-text trigger cheap.

On SQLite an AFTER INSERT trigger copies each item's text into the FTS5 index,
and every statement that fires it flushes the index's pending terms: an
executemany of 10,000 rows writes 10,000 tiny index segments (about 0.1 ms a
row, most of a large import). ``FeedbackItemWriter`` stages a batch in a
temporary table and copies it with one ``INSERT ... SELECT``, which fires the
same trigger within a single statement: one flush per batch, three to four
times faster. PostgreSQL has no such trigger; there a batch is a plain Core
executemany.

Rows are dicts as for ``insert(feedback_item)``, all with the same keys; column
defaults apply to the keys left out. Rows without ``"id"`` get ids from the
database, in row order on SQLite. Explicit ids do not move PostgreSQL's
sequence: a caller giving them advances it afterwards.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from types import TracebackType
from typing import Any, TypeVar

from sqlalchemy import Column, Connection, Float, MetaData, Table, delete, insert, literal_column, select

from db.tables import feedback_item

STAGING_TABLE = "feedback_item_staging"
BATCH_ROWS = 10_000  # one index flush per batch; bigger batches gain little
IN_LIST_SIZE = 500  # values per IN (...): well below any driver's limit on parameters

T = TypeVar("T")


def chunks(items: Sequence[T], size: int = IN_LIST_SIZE) -> Iterator[Sequence[T]]:
    """Consecutive slices of at most ``size`` items, for IN lists and batches."""
    for start in range(0, len(items), size):
        yield items[start : start + size]


def insert_feedback_items(conn: Connection, rows: Sequence[dict[str, Any]]) -> None:
    """Insert many feedback items in the caller's transaction."""
    with FeedbackItemWriter(conn) as writer:
        writer.write(rows)


class FeedbackItemWriter:
    """Inserts feedback items batch by batch; one staging table serves all of them.

    Use as a context manager, so the staging table is dropped when done. It is
    created in the caller's transaction: a rollback removes it too.
    """

    def __init__(self, conn: Connection) -> None:
        self.conn = conn
        self.staging: Table | None = None
        if conn.dialect.name == "sqlite":
            columns = [
                Column(c.name, c.type, default=c.default._copy() if c.default is not None else None)
                for c in feedback_item.columns
            ]
            self.staging = Table(STAGING_TABLE, MetaData(), *columns, prefixes=["TEMPORARY"])
            self.staging.create(conn)

    def __enter__(self) -> FeedbackItemWriter:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def write(self, rows: Sequence[dict[str, Any]]) -> None:
        """Insert the rows now; a failing row raises and the caller's transaction decides."""
        for batch in chunks(rows, BATCH_ROWS):
            if self.staging is None:
                self.conn.execute(insert(feedback_item), batch)
            else:
                self._copy_through_staging(self.staging, batch)

    def _copy_through_staging(self, staging: Table, batch: Sequence[dict[str, Any]]) -> None:
        # Copy what the rows give and what has a default; leaving "id" out lets the database assign it.
        names = [c.name for c in staging.columns if c.name in batch[0] or c.default is not None]
        self.conn.execute(insert(staging), batch)
        copy = select(*(staging.c[name] for name in names)).order_by(literal_column("rowid"))
        self.conn.execute(insert(feedback_item).from_select(names, copy))
        self.conn.execute(delete(staging))

    def close(self) -> None:
        if self.staging is not None:
            self.staging.drop(self.conn)
            self.staging = None


def insert_rows(
    conn: Connection, table: Table, columns: Sequence[str], rows: Sequence[Sequence[Any]]
) -> None:
    """Insert many rows given as tuples in ``columns`` order, in the caller's transaction.

    On SQLite the tuples go to the driver's executemany as they are, after the
    column types' own conversions (a ``DateTime`` becomes the text SQLAlchemy
    writes, each distinct value converted once): several times faster than a
    Core executemany of dicts, which builds and converts every row's
    parameters. Elsewhere it is a Core executemany. No trigger may depend on
    the statement shape (for feedback items use ``FeedbackItemWriter``).
    """
    if not rows:
        return
    if conn.dialect.name != "sqlite":
        for batch in chunks(rows, BATCH_ROWS):
            conn.execute(insert(table), [dict(zip(columns, row, strict=True)) for row in batch])
        return
    # A float column's conversion is float(value): REAL affinity does the same for a number.
    processors = [
        None
        if isinstance(table.c[name].type, Float)
        else table.c[name].type._cached_bind_processor(conn.dialect)
        for name in columns
    ]
    converting: list[tuple[int, Any, dict[Any, Any]]] = [(n, p, {}) for n, p in enumerate(processors) if p]
    names = ", ".join(f'"{name}"' for name in columns)
    sql = f'INSERT INTO "{table.name}" ({names}) VALUES ({", ".join("?" for _ in columns)})'
    for batch in chunks(rows, BATCH_ROWS):
        params = (
            [_converted(row, converting) for row in batch] if converting else [tuple(row) for row in batch]
        )
        conn.exec_driver_sql(sql, params)


def _converted(row: Sequence[Any], converting: list[tuple[int, Any, dict[Any, Any]]]) -> tuple[Any, ...]:
    values = list(row)
    for n, processor, done in converting:
        value = values[n]
        if value is not None:
            found = done.get(value)
            if found is None:
                found = done[value] = processor(value)
            values[n] = found
    return tuple(values)
