"""The numbers the dashboard and the PDF report show, computed in the database.

``compute_all(engine_or_conn, date_from, date_to, filters)`` returns one dict
of plain JSON-able values for the period [date_from, date_to). Each part is
a module whose docstring defines its measures:

- ``volume``: items by channel, kind, category, language and ISO week;
- ``service``: time to first response and to reply per channel, service
  targets, unanswered items;
- ``contacts``: channel switching, repeat contacts, first-contact resolution;
- ``surveys``: NPS and CSAT per channel and per month;
- ``improvements``: funnel, time in stage, done and declined, benefits, loop
  closure.

Conventions: hours and days are floats rounded to 0.01; shares are 0..1
rounded to 4 places; NPS (-100..100) and CSAT (percent) to 0.1. A share,
median or score with nothing to measure is ``None`` (never a division by
zero); counts are 0. Percentiles are nearest-rank (see ``common``).
Everything aggregates in SQL; only grouped rows reach Python.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from sqlalchemy import Connection, Engine, select

from app.errors import InvalidValue
from app.metrics.common import Filters, Scope
from app.metrics.contacts import contact_measures
from app.metrics.improvements import improvement_measures
from app.metrics.service import service
from app.metrics.surveys import survey_measures
from app.metrics.volume import volume
from db.tables import category, channel, utcnow

__all__ = ["DEFAULT_WINDOW_DAYS", "Filters", "compute_all"]

DEFAULT_WINDOW_DAYS = 14


def compute_all(
    conn_or_engine: Connection | Engine,
    date_from: dt.datetime | dt.date,
    date_to: dt.datetime | dt.date,
    filters: Filters | None = None,
    *,
    window_days: int = DEFAULT_WINDOW_DAYS,
    as_of: dt.datetime | None = None,
) -> dict[str, Any]:
    """Every measure for items received in [date_from, date_to) (naive UTC).

    ``as_of`` ("now" by default) decides whether an item still waiting for an
    answer is already beyond its channel's target. ``window_days`` is how
    close in time two items of one contact and category must be to count as
    the same matter raised again. Raises ``InvalidValue`` for an unknown
    channel or category, or a window below one day.
    """
    filters = filters or Filters()
    start, end = _as_datetime(date_from), _as_datetime(date_to)
    if window_days < 1:
        raise InvalidValue("window_days", window_days, "must be at least one day")
    if isinstance(conn_or_engine, Engine):
        engine = conn_or_engine
        with engine.connect() as conn:
            scope = _scope(conn, start, end, filters, window_days, as_of or utcnow())
        if _can_parallelise(engine):
            parts = _run_in_parallel(engine, scope)
        else:
            with engine.connect() as conn:
                parts = {name: part(conn, scope) for name, part in PARTS.items()}
    else:
        scope = _scope(conn_or_engine, start, end, filters, window_days, as_of or utcnow())
        parts = {name: part(conn_or_engine, scope) for name, part in PARTS.items()}
    contacts = parts["contacts"]
    return {
        "period": {
            "from": start.isoformat(),
            "to": end.isoformat(),
            "as_of": scope.as_of.isoformat(timespec="seconds"),
            "filters": filters.as_dict(),
        },
        "volume": parts["volume"],
        "service": parts["service"],
        "channel_switching": {"window_days": window_days, **contacts["switching"]},
        "repeat_contacts": {"window_days": window_days, **contacts["repeat_and_fcr"]},
        "surveys": parts["surveys"],
        "improvements": parts["improvements"],
    }


# Slowest first, so the pool starts the long sorts early.
PARTS: dict[str, Callable[[Connection, Scope], dict[str, Any]]] = {
    "service": service,
    "contacts": contact_measures,
    "volume": volume,
    "improvements": improvement_measures,
    "surveys": survey_measures,
}


def _can_parallelise(engine: Engine) -> bool:
    """Separate connections see the same data: not so for a SQLite database in memory."""
    return engine.dialect.name != "sqlite" or engine.url.database not in (None, "", ":memory:")


def _run_in_parallel(engine: Engine, scope: Scope) -> dict[str, Any]:
    """Each part on its own connection and thread; the databases sort in parallel.

    SQLite and psycopg release the GIL while a statement runs, so on a machine
    with several cores the parts overlap instead of queueing.
    """

    def run(part: Callable[[Connection, Scope], dict[str, Any]]) -> dict[str, Any]:
        with engine.connect() as conn:
            return part(conn, scope)

    workers = max(1, min(len(PARTS), os.cpu_count() or 1))
    with ThreadPoolExecutor(max_workers=workers, thread_name_prefix="metrics") as pool:
        futures = {name: pool.submit(run, part) for name, part in PARTS.items()}
        return {name: future.result() for name, future in futures.items()}


def _as_datetime(value: dt.datetime | dt.date) -> dt.datetime:
    if isinstance(value, dt.datetime):
        return value
    return dt.datetime(value.year, value.month, value.day)


def _scope(
    conn: Connection,
    start: dt.datetime,
    end: dt.datetime,
    filters: Filters,
    window_days: int,
    as_of: dt.datetime,
) -> Scope:
    codes = dict(conn.execute(select(channel.c.code, channel.c.id)).all())
    unknown = [c for c in filters.channels if c not in codes]
    if unknown:
        raise InvalidValue("channel", unknown[0], f"no such channel; known: {', '.join(sorted(codes))}")
    known_categories = set(conn.execute(select(category.c.id)).scalars())
    missing = [c for c in filters.category_ids if c not in known_categories]
    if missing:
        raise InvalidValue("category", missing[0], "no such category")
    return Scope(
        date_from=start,
        date_to=end,
        dialect=conn.dialect.name,
        as_of=as_of,
        window_days=window_days,
        channel_ids=tuple(codes[c] for c in filters.channels),
        category_ids=tuple(filters.category_ids),
        channel_codes={id_: code for code, id_ in codes.items()},
    )
