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
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, Integer, and_, case, cast, func, literal, or_, select

from app.metrics.common import Scope, nearest_rank, ratio, rounded
from db.tables import channel, feedback_item

ALL = "all"


def service(conn: Connection, scope: Scope) -> dict[str, Any]:
    fi, ch = feedback_item, channel
    # coalesce: without statistics SQLite would read 95% of the table through the
    # duplicate_of_id index instead of the received_at range.
    answerable = [*scope.items(), fi.c.contact_id.is_not(None), func.coalesce(fi.c.duplicate_of_id, 0) == 0]
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
