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

``compute_periods(engine_or_conn, [(from, to), ...], filters)`` returns the
same for several periods at once (the report's period and the one before),
sharing the reads that do not depend on the period.

Conventions: hours and days are floats rounded to 0.01; shares are 0..1
rounded to 4 places; NPS (-100..100) and CSAT (percent) to 0.1. A share,
median or score with nothing to measure is ``None`` (never a division by
zero); counts are 0. Percentiles are nearest-rank (see ``common``).
Everything aggregates in SQL and only grouped rows reach Python, with one
exception: on SQLite, whose window functions cost several times the sort they
need, ``service`` and ``contacts`` read their items once (a plain range read,
a plain sort) and count and rank them in Python with the SQL's own arithmetic.
That halves the time of a two-year range on a million items; both paths meet
the same hand-computed tests, and ``tests/app/test_metrics_sqlite_paths.py``
checks that they agree on sample data.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from sqlalchemy import Connection, Engine, select

from app.errors import InvalidValue
from app.metrics.common import Filters, Scope
from app.metrics.contacts import contact_measures_of_periods
from app.metrics.improvements import improvement_measures_of_periods
from app.metrics.service import service
from app.metrics.surveys import survey_measures_of_periods
from app.metrics.volume import volume
from db.tables import category, channel, utcnow

__all__ = ["DEFAULT_WINDOW_DAYS", "Filters", "compute_all", "compute_periods", "filter_categories"]

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
    return compute_periods(
        conn_or_engine, [(date_from, date_to)], filters, window_days=window_days, as_of=as_of
    )[0]


def compute_periods(
    conn_or_engine: Connection | Engine,
    periods: Sequence[tuple[dt.datetime | dt.date, dt.datetime | dt.date]],
    filters: Filters | None = None,
    *,
    window_days: int = DEFAULT_WINDOW_DAYS,
    as_of: dt.datetime | None = None,
) -> list[dict[str, Any]]:
    """``compute_all`` of several periods, in their order, with the same filters and ``as_of``.

    This is what a report with "the period and the one before" calls: the
    improvement and survey parts read their tables once for all the periods,
    and, given an engine, the jobs of every period share one pool of
    connections, slowest first, so both cores stay busy to the end instead of
    each period waiting for its own slowest part. Each result is exactly what
    ``compute_all`` gives for that period.
    """
    filters = filters or Filters()
    bounds = [(_as_datetime(a), _as_datetime(b)) for a, b in periods]
    if not bounds:
        return []
    if window_days < 1:
        raise InvalidValue("window_days", window_days, "must be at least one day")
    as_of = as_of or utcnow()
    if isinstance(conn_or_engine, Engine):
        engine = conn_or_engine
        with engine.connect() as conn:
            scopes = [_scope(conn, start, end, filters, window_days, as_of) for start, end in bounds]
        if _can_parallelise(engine):
            parts = _run_in_parallel(engine, scopes)
        else:
            with engine.connect() as conn:
                parts = _run_in_turn(conn, scopes)
    else:
        scopes = [_scope(conn_or_engine, start, end, filters, window_days, as_of) for start, end in bounds]
        parts = _run_in_turn(conn_or_engine, scopes)
    return [_result(scope, filters, found) for scope, found in zip(scopes, parts, strict=True)]


def filter_categories(conn_or_engine: Connection | Engine) -> list[tuple[int, str, str]]:
    """``(id, code, stored name)`` of every category a filter may name (active ones), by name."""
    stmt = (
        select(category.c.id, category.c.code, category.c.name)
        .where(category.c.is_active)
        .order_by(category.c.name, category.c.id)
    )
    if isinstance(conn_or_engine, Engine):
        with conn_or_engine.connect() as conn:
            return [(r.id, r.code, r.name) for r in conn.execute(stmt)]
    return [(r.id, r.code, r.name) for r in conn_or_engine.execute(stmt)]


def _result(scope: Scope, filters: Filters, parts: dict[str, Any]) -> dict[str, Any]:
    contacts = parts["contacts"]
    return {
        "period": {
            "from": scope.date_from.isoformat(),
            "to": scope.date_to.isoformat(),
            "as_of": scope.as_of.isoformat(timespec="seconds"),
            "filters": filters.as_dict(),
        },
        "volume": parts["volume"],
        "service": parts["service"],
        "channel_switching": {"window_days": scope.window_days, **contacts["switching"]},
        "repeat_contacts": {"window_days": scope.window_days, **contacts["repeat_and_fcr"]},
        "surveys": parts["surveys"],
        "improvements": parts["improvements"],
    }


Part = Callable[[Connection, Sequence[Scope]], list[dict[str, Any]]]


def _each(part: Callable[[Connection, Scope], dict[str, Any]]) -> Part:
    def run(conn: Connection, scopes: Sequence[Scope]) -> list[dict[str, Any]]:
        return [part(conn, scope) for scope in scopes]

    return run


# Slowest first, so the pool starts the long sorts early. Service and volume run once per
# period (each its own job); the others read their rows once for every period.
PER_PERIOD = ("service", "volume")
IN_PYTHON_ON_SQLITE = ("contacts", "service")  # read their rows into Python on SQLite: one lane
PARTS: dict[str, Part] = {
    "service": _each(service),
    "contacts": contact_measures_of_periods,
    "volume": _each(volume),
    "improvements": improvement_measures_of_periods,
    "surveys": survey_measures_of_periods,
}


def _run_in_turn(conn: Connection, scopes: Sequence[Scope]) -> list[dict[str, Any]]:
    found = {name: part(conn, scopes) for name, part in PARTS.items()}
    return [{name: found[name][i] for name in PARTS} for i in range(len(scopes))]


def _can_parallelise(engine: Engine) -> bool:
    """Separate connections see the same data: not so for a SQLite database in memory."""
    return engine.dialect.name != "sqlite" or engine.url.database not in (None, "", ":memory:")


def _run_in_parallel(engine: Engine, scopes: Sequence[Scope]) -> list[dict[str, Any]]:
    """Each job on its own connection and thread; the databases sort in parallel.

    SQLite and psycopg release the GIL while a statement runs, so on a machine
    with several cores the jobs overlap instead of queueing. A job is a part
    of one period (service, volume) or of all periods at once; they are queued
    slowest first, a longer period's before a shorter one's. On SQLite the
    parts that read their rows into Python (``IN_PYTHON_ON_SQLITE``) run one
    after the other on one thread: the driver lets go of the GIL for every row
    it fetches, so two of them side by side hand it back and forth a million
    times and take longer together than in turn, while the SQL parts run beside
    them.
    """

    Job = tuple[str, tuple[int, ...]]

    def run(jobs: Sequence[Job]) -> list[list[dict[str, Any]]]:
        with engine.connect() as conn:
            return [PARTS[name](conn, [scopes[i] for i in ids]) for name, ids in jobs]

    jobs: list[Job] = []
    for name in PARTS:
        if name in PER_PERIOD:
            by_length = sorted(range(len(scopes)), key=lambda i: scopes[i].date_from - scopes[i].date_to)
            jobs.extend((name, (i,)) for i in by_length)
        else:
            jobs.append((name, tuple(range(len(scopes)))))
    # A lane is jobs run one after the other on one thread.
    lanes: list[list[Job]] = [[job] for job in jobs]
    if engine.dialect.name == "sqlite":
        in_python = sorted(
            (job for job in jobs if job[0] in IN_PYTHON_ON_SQLITE),
            key=lambda j: IN_PYTHON_ON_SQLITE.index(j[0]),
        )
        lanes = [in_python, *([job] for job in jobs if job not in in_python)]
    workers = max(1, min(len(lanes), os.cpu_count() or 1))
    results: list[dict[str, Any]] = [{} for _ in scopes]
    with ThreadPoolExecutor(max_workers=workers, thread_name_prefix="metrics") as pool:
        futures = [(lane, pool.submit(run, lane)) for lane in lanes]
        for lane, future in futures:
            for (name, ids), found in zip(lane, future.result(), strict=True):
                for i, period_found in zip(ids, found, strict=True):
                    results[i][name] = period_found
    return results


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
