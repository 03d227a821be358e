"""Service per channel: time to first response and to reply, service targets, unanswered items.

The population is the *answerable* items received in the period: with a
known contact (an anonymous item cannot be replied to) and not marked as a
duplicate (a duplicate is answered through the item it repeats).

- first response: ``first_response_at - received_at``; reply:
  ``replied_at - received_at``; in hours, median and 90th percentile
  (nearest rank, see ``common``) over the items that have one.
- beyond target: the first response (reply) came later than the channel's
  ``ack_target_hours`` (``reply_target_hours``) after receipt, or has not come
  and that deadline passed before ``as_of``. Channels without a target never
  count an item as beyond it.
- unanswered: no reply (``replied_at`` is NULL) at the time of computing.

On PostgreSQL the database counts and ranks. On SQLite, whose window
functions are slow (ranking a million replies costs twice the sort itself), the
answerable items are read once, unsorted, with their times as ``julianday``
numbers, and counted and ranked in Python with the same arithmetic as the SQL;
both paths are checked against the same hand-computed figures.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import Connection, Integer, and_, case, cast, func, literal, or_, select

from app.metrics.common import Scope, nearest_rank, plain_rows, ratio, rounded
from db.tables import channel, feedback_item

ALL = "all"
PERCENTS = (50, 90)


def _answerable(scope: Scope) -> list[Any]:
    fi = feedback_item
    # coalesce: without statistics SQLite would read 95% of the table through the
    # duplicate_of_id index instead of the received_at range.
    return [*scope.items(), fi.c.contact_id.is_not(None), func.coalesce(fi.c.duplicate_of_id, 0) == 0]


def service(conn: Connection, scope: Scope) -> dict[str, Any]:
    if scope.dialect == "sqlite":
        return _service_in_one_pass(conn, scope)
    return _service_in_sql(conn, scope)


def _service_in_sql(conn: Connection, scope: Scope) -> dict[str, Any]:
    fi, ch = feedback_item, channel
    answerable = _answerable(scope)
    ack_late = _late(scope, fi.c.first_response_at, ch.c.ack_target_hours)
    reply_late = _late(scope, fi.c.replied_at, ch.c.reply_target_hours)
    counts = conn.execute(
        select(
            fi.c.channel_id,
            func.count(),
            func.sum(cast(ack_late, Integer)),
            func.sum(cast(reply_late, Integer)),
            func.sum(case((fi.c.replied_at.is_(None), 1), else_=0)),
            func.count(fi.c.first_response_at),
            func.count(fi.c.replied_at),
        )
        .select_from(fi.join(ch, ch.c.id == fi.c.channel_id))
        .where(*answerable)
        .group_by(fi.c.channel_id)
    ).all()
    times = {}
    for index, (name, column) in enumerate(
        (("first_response", fi.c.first_response_at), ("reply", fi.c.replied_at)), start=5
    ):
        hours = scope.hours_between(fi.c.received_at, column)
        per_channel = select(fi.c.channel_id, hours).where(*answerable, column.is_not(None))
        times[name] = nearest_rank(conn, per_channel, counts={r[0]: r[index] for r in counts})

    return _assemble(scope, counts, times)


def _service_in_one_pass(conn: Connection, scope: Scope) -> dict[str, Any]:
    """What ``_service_in_sql`` computes, from one unsorted read of the answerable items."""
    fi, ch = feedback_item, channel
    targets = {r.id: (r.ack_target_hours, r.reply_target_hours) for r in conn.execute(select(ch))}
    now = conn.execute(select(func.julianday(literal(scope.as_of)))).scalar_one()
    rows = plain_rows(
        conn,
        select(
            fi.c.channel_id,
            func.julianday(fi.c.received_at),
            func.julianday(fi.c.first_response_at),
            func.julianday(fi.c.replied_at),
        ).where(*_answerable(scope)),
    )
    # channel -> [items, beyond ack target, beyond reply target, unanswered]; hours per channel
    figures: dict[int, list[int]] = {}
    first_hours: dict[int, list[float]] = {}
    reply_hours: dict[int, list[float]] = {}
    for channel_id, received, first, replied in rows:
        found = figures.get(channel_id)
        if found is None:
            found = figures[channel_id] = [0, 0, 0, 0]
            first_hours[channel_id], reply_hours[channel_id] = [], []
        ack_target, reply_target = targets.get(channel_id, (None, None))
        found[0] += 1
        if first is not None:
            hours = (first - received) * 24.0
            first_hours[channel_id].append(hours)
            found[1] += ack_target is not None and hours > ack_target
        else:
            found[1] += ack_target is not None and (now - received) * 24.0 > ack_target
        if replied is not None:
            hours = (replied - received) * 24.0
            reply_hours[channel_id].append(hours)
            found[2] += reply_target is not None and hours > reply_target
        else:
            found[2] += reply_target is not None and (now - received) * 24.0 > reply_target
            found[3] += 1
    counts = [
        (key, n, ack, reply, open_, len(first_hours[key]), len(reply_hours[key]))
        for key, (n, ack, reply, open_) in figures.items()
    ]
    times = {"first_response": _ranked(first_hours), "reply": _ranked(reply_hours)}
    return _assemble(scope, counts, times)


def _ranked(values: dict[int, list[float]]) -> dict[int, dict[str, Any]]:
    """``common.nearest_rank``'s answer for values already in hand."""
    result: dict[int, dict[str, Any]] = {}
    for key, found in values.items():
        if not found:
            continue
        found.sort()
        n = len(found)
        result[key] = {"count": n, **{f"p{p}": found[-(-p * n // 100) - 1] for p in PERCENTS}}
    return result


def _assemble(scope: Scope, counts: Sequence[Sequence[Any]], times: dict[str, Any]) -> dict[str, Any]:
    by_channel: dict[str, Any] = {}
    totals = [0, 0, 0, 0]
    for row in sorted(counts, key=lambda r: scope.channel_code(r[0])):
        figures = (row[1], row[2] or 0, row[3] or 0, row[4] or 0)
        totals = [a + b for a, b in zip(totals, figures, strict=True)]
        by_channel[scope.channel_code(row[0])] = _entry(figures, times, row[0])
    # Percentiles are per channel only: over all channels they would cost another sort
    # of every item, and a mix of phone and letter times says little.
    return {"by_channel": by_channel, ALL: _entry(tuple(totals), {}, None)}


def _late(scope: Scope, done_at: Any, target_hours: Any) -> Any:
    deadline_hours = scope.hours_between(feedback_item.c.received_at, done_at)
    overdue_hours = scope.hours_between(feedback_item.c.received_at, literal(scope.as_of))
    return and_(
        target_hours.is_not(None),
        or_(
            and_(done_at.is_not(None), deadline_hours > target_hours),
            and_(done_at.is_(None), overdue_hours > target_hours),
        ),
    )


def _entry(figures: tuple[int, ...], times: dict[str, Any], key: int | None) -> dict[str, Any]:
    items, ack_late, reply_late, unanswered = figures
    entry: dict[str, Any] = {"items": items}
    for name, per_key in times.items():
        found = per_key.get(key, {})
        entry[f"{name}_hours"] = {
            "count": found.get("count", 0),
            "median": rounded(found.get("p50")),
            "p90": rounded(found.get("p90")),
        }
    entry["beyond_ack_target"] = ack_late
    entry["beyond_reply_target"] = reply_late
    entry["beyond_reply_target_share"] = ratio(reply_late, items)
    entry["unanswered"] = unanswered
    entry["unanswered_share"] = ratio(unanswered, items)
    return entry
