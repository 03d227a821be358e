"""What every measure shares: the scope (period, filters), SQL that differs per backend, percentiles.

Percentiles use the nearest-rank definition: the P-th percentile of n values
is the value at rank ceil(P/100 * n) in ascending order (1-based), always a
value that occurred. The median is the 50th percentile in this sense, so of
an even number of values it is the lower of the two middle ones. They are
ranked in the database with window functions (ROW_NUMBER and COUNT over a
partition): one sort, no rows brought into Python.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import JSON, ColumnElement, Connection, Select, and_, cast, extract, func, or_, select
from sqlalchemy.sql.expression import literal_column

from db.tables import feedback_item

HOURS_DIGITS = 2  # hours and days in the output: 0.01 h is 36 seconds
RATE_DIGITS = 4  # shares 0..1
SCORE_DIGITS = 1  # NPS and CSAT percent


@dataclass(frozen=True)
class Filters:
    """Optional narrowing of the item and survey measures: channel codes, category ids."""

    channels: tuple[str, ...] = ()
    category_ids: tuple[int, ...] = ()

    def as_dict(self) -> dict[str, Any]:
        return {"channels": list(self.channels), "category_ids": list(self.category_ids)}


@dataclass(frozen=True)
class Scope:
    """The period [date_from, date_to), the filters resolved to ids, and the backend."""

    date_from: dt.datetime
    date_to: dt.datetime
    dialect: str
    as_of: dt.datetime
    window_days: int
    channel_ids: tuple[int, ...] = ()
    category_ids: tuple[int, ...] = ()
    channel_codes: dict[int, str] = field(default_factory=dict)

    def items(self, item: Any = feedback_item) -> list[ColumnElement[bool]]:
        """Conditions on an item (alias) received in the period and passing the filters."""
        conds: list[ColumnElement[bool]] = [
            item.c.received_at >= self.date_from,
            item.c.received_at < self.date_to,
        ]
        if self.channel_ids:
            conds.append(item.c.channel_id.in_(self.channel_ids))
        if self.category_ids:
            conds.append(item.c.category_id.in_(self.category_ids))
        return conds

    def in_period(self, column: Any) -> ColumnElement[bool]:
        return and_(column >= self.date_from, column < self.date_to)

    def channel_code(self, channel_id: int | None) -> str:
        return self.channel_codes.get(channel_id, "unknown") if channel_id is not None else "unknown"

    # -- SQL that differs between SQLite and PostgreSQL --------------------------------------

    def hours_between(self, start: Any, end: Any) -> ColumnElement[Any]:
        """``end - start`` in hours, as a float."""
        if self.dialect == "sqlite":
            # Times are stored as ISO text; julianday keeps the fraction of a second.
            return (func.julianday(end) - func.julianday(start)) * 24.0
        return extract("epoch", end - start) / 3600.0

    def day(self, column: Any) -> ColumnElement[Any]:
        """The calendar date of a time, as 'YYYY-MM-DD' text on both backends."""
        if self.dialect == "sqlite":
            return func.date(column)
        return func.to_char(column, literal_column("'YYYY-MM-DD'"))

    def month(self, column: Any) -> ColumnElement[Any]:
        """'YYYY-MM' text on both backends."""
        if self.dialect == "sqlite":
            return func.strftime("%Y-%m", column)
        return func.to_char(column, literal_column("'YYYY-MM'"))

    def json_text(self, column: Any, key: str, index: int) -> ColumnElement[Any]:
        """``column[key][index]`` of a JSON text column, as text (NULL when absent)."""
        if self.dialect == "sqlite":
            return func.json_extract(column, f"$.{key}[{index}]")
        return func.json_extract_path_text(cast(column, JSON), key, str(index))


def nearest_rank(
    conn: Connection,
    keyed_values: Select[Any],
    percents: Sequence[int] = (50, 90),
    counts: dict[Any, int] | None = None,
) -> dict[Any, dict[str, Any]]:
    """``{key: {"count": n, "p50": value, "p90": value}}`` of a ``SELECT key, value``.

    ``counts`` (non-NULL values per key), when the caller has them already,
    saves a pass. NULL values are left out; keys with no values do not appear.
    (Ranking two value columns in one query was tried: SQLite then sorts the
    wider rows twice and takes longer than two queries.)
    """
    rows = keyed_values.subquery()
    key, value = rows.c[0], rows.c[1]
    if counts is None:
        counts = {k: n for k, n in conn.execute(select(key, func.count(value)).group_by(key))}
    # rank = ceil(p * n / 100); the wanted ranks go into the query, so the
    # database ranks (one sort) and hands back only those rows.
    wanted: dict[Any, dict[int, list[int]]] = {}
    for k, n in counts.items():
        for p in percents:
            if n:
                wanted.setdefault(k, {}).setdefault(-(-p * n // 100), []).append(p)
    result: dict[Any, dict[str, Any]] = {k: {"count": counts[k]} for k in wanted}
    if not wanted:
        return result
    ranked = (
        select(
            key.label("key"),
            value.label("value"),
            func.row_number().over(partition_by=key, order_by=value).label("rank"),
        )
        .where(value.is_not(None))
        .subquery()
    )
    pick = or_(*(and_(ranked.c.key == k, ranked.c.rank.in_(list(ranks))) for k, ranks in wanted.items()))
    for row in conn.execute(select(ranked.c.key, ranked.c.value, ranked.c.rank).where(pick)):
        for p in wanted[row.key][row.rank]:
            result[row.key][f"p{p}"] = float(row.value)
    return result


CHUNK = 20_000  # rows fetched at a time by plain_rows


def plain_rows(conn: Connection, stmt: Select[Any]) -> Iterator[tuple[Any, ...]]:
    """The rows of ``stmt`` as the driver returns them, fetched in chunks.

    For the one-pass reads on SQLite (a million rows of numbers and text):
    their columns need no conversion, and skipping SQLAlchemy's row objects
    saves a third of the Python time.
    """
    result = conn.execute(stmt)
    try:
        cursor = result.cursor
        while rows := cursor.fetchmany(CHUNK):
            yield from rows
    finally:
        result.close()


def ratio(part: int, whole: int, digits: int = RATE_DIGITS) -> float | None:
    """``part / whole`` rounded; None when there is nothing to divide by."""
    return round(part / whole, digits) if whole else None


def rounded(value: float | None, digits: int = HOURS_DIGITS) -> float | None:
    return None if value is None else round(value, digits)


def sorted_counts(pairs: Iterable[tuple[str, int]]) -> dict[str, int]:
    """Counts by key, largest first, ties by key: a stable order for charts and tests."""
    totals: dict[str, int] = {}
    for key, count in pairs:
        totals[key] = totals.get(key, 0) + count
    return dict(sorted(totals.items(), key=lambda kv: (-kv[1], kv[0])))
