"""Customers who have to come back: channel switching, repeat contacts, first-contact resolution.

All three look at *matters*: the items of one known contact in one category,
in order of arrival (ties by id). An item without a contact or a category
cannot be matched and is left out of these measures (their denominators count
only items that have both). "Within N days" means at most ``window_days``
(default 14) after the previous item of the matter; the neighbouring item may
lie outside the period.

- channel switch: an item of the period whose next item of the same matter
  came within N days, on another channel, while the first was still
  unanswered (no reply, or the reply came after the next item arrived). The
  switch rate of a starting channel is switched items / items on that
  channel; each switch belongs to one pair (e-mail -> phone), so the pairs of
  a channel add up to its switches.
- repeat contact: an item of the period whose previous item of the same
  matter (any channel) came at most N days before. Repeat rate = repeats /
  items.
- first-contact resolution (FCR): of the *first contacts* (items of the
  period that are not repeats), the share that got a reply and were not
  followed by another item of the same matter within N days.

One window pass (LAG and LEAD over each matter) finds every item's neighbours,
so the database sorts the items once instead of probing for each of them.
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Sequence
from typing import Any

from sqlalchemy import Connection, and_, case, func, or_, select
from sqlalchemy.sql.expression import literal_column

from app.metrics.common import Scope, ratio
from db.tables import feedback_item

ALL = "all"


def contact_measures(conn: Connection, scope: Scope) -> dict[str, Any]:
    return contact_measures_of_periods(conn, [scope])[0]


def contact_measures_of_periods(conn: Connection, scopes: Sequence[Scope]) -> list[dict[str, Any]]:
    """The measures of several periods (same filters and window).

    Periods that follow one another closely (no overlap, gaps of at most two
    windows: a report's period and the one before) share one window pass over
    their joint range; others are computed one by one.
    """
    window = dt.timedelta(days=scopes[0].window_days)
    ordered = sorted(scopes, key=lambda s: s.date_from)
    if len(scopes) == 1 or all(
        a.date_to <= b.date_from <= a.date_to + 2 * window for a, b in itertools.pairwise(ordered)
    ):
        return _measures(conn, scopes)
    return [_measures(conn, [scope])[0] for scope in scopes]


def _measures(conn: Connection, scopes: Sequence[Scope]) -> list[dict[str, Any]]:
    fi = feedback_item
    scope = scopes[0]  # filters and window are the same in every period
    window = dt.timedelta(days=scope.window_days)
    first_from = min(s.date_from for s in scopes)
    last_to = max(s.date_to for s in scopes)
    matter: dict[str, Any] = {
        "partition_by": (fi.c.contact_id, fi.c.category_id),
        "order_by": (fi.c.received_at, fi.c.id),
    }
    neighbours = [
        fi.c.contact_id.is_not(None),
        fi.c.category_id.is_not(None),
        # Items further out cannot be within the window of an item of the period.
        fi.c.received_at >= first_from - window,
        fi.c.received_at <= last_to + window,
    ]
    if scope.category_ids:  # a whole matter is in or out, so this may come before the window
        neighbours.append(fi.c.category_id.in_(scope.category_ids))
    prev_at = func.lag(fi.c.received_at).over(**matter)
    next_at = func.lead(fi.c.received_at).over(**matter)
    # The gaps are computed here, once per item, not in each condition that uses them.
    seq = (
        select(
            fi.c.channel_id,
            fi.c.received_at,
            fi.c.replied_at,
            scope.hours_between(prev_at, fi.c.received_at).label("prev_gap"),
            next_at.label("next_at"),
            scope.hours_between(fi.c.received_at, next_at).label("next_gap"),
            func.lead(fi.c.channel_id).over(**matter).label("next_channel"),
        )
        .where(*neighbours)
        .subquery()
    )
    hours = scope.window_days * 24
    is_repeat = and_(seq.c.prev_gap.is_not(None), seq.c.prev_gap <= hours)
    followed_up = and_(seq.c.next_gap.is_not(None), seq.c.next_gap <= hours)
    switched = and_(
        followed_up,
        seq.c.next_channel != seq.c.channel_id,
        or_(seq.c.replied_at.is_(None), seq.c.replied_at > seq.c.next_at),
    )
    resolved = and_(~is_repeat, seq.c.replied_at.is_not(None), ~followed_up)
    switch_to = case((switched, seq.c.next_channel), else_=None).label("switch_to")
    period = case(
        *((s.in_period(seq.c.received_at), literal_column(str(i))) for i, s in enumerate(scopes)), else_=None
    ).label("period")
    stmt = (
        select(
            period,
            seq.c.channel_id,
            switch_to,
            func.count(),
            func.sum(case((is_repeat, 1), else_=0)),
            func.sum(case((resolved, 1), else_=0)),
        )
        .where(or_(*(s.in_period(seq.c.received_at) for s in scopes)))
        .group_by(period, seq.c.channel_id, switch_to)
    )
    if scope.channel_ids:  # after the window: the next item may be on any channel
        stmt = stmt.where(seq.c.channel_id.in_(scope.channel_ids))
    rows: list[list[Any]] = [[] for _ in scopes]
    for index, *rest in conn.execute(stmt):
        rows[index].append(rest)
    return [_summary(s, found) for s, found in zip(scopes, rows, strict=True)]


def _summary(scope: Scope, rows: list[Any]) -> dict[str, Any]:
    per_channel: dict[int, list[int]] = {}  # channel -> [items, repeats, resolved, switched]
    pairs: list[tuple[int, int, int]] = []
    for channel_id, switched_to, items, repeats, resolved_n in rows:
        figures = per_channel.setdefault(channel_id, [0, 0, 0, 0])
        figures[0] += items
        figures[1] += repeats or 0
        figures[2] += resolved_n or 0
        if switched_to is not None:
            figures[3] += items
            pairs.append((channel_id, switched_to, items))
    repeat: dict[str, Any] = {}
    switching: dict[str, Any] = {}
    total = [0, 0, 0, 0]
    for channel_id, figures in sorted(per_channel.items(), key=lambda kv: scope.channel_code(kv[0])):
        total = [x + y for x, y in zip(total, figures, strict=True)]
        code = scope.channel_code(channel_id)
        repeat[code] = _repeat_entry(*figures[:3])
        switching[code] = {"items": figures[0], "switched": figures[3], "rate": ratio(figures[3], figures[0])}
    pairs.sort(key=lambda p: (-p[2], scope.channel_code(p[0]), scope.channel_code(p[1])))
    pair_list = [
        {
            "from": scope.channel_code(start),
            "to": scope.channel_code(then),
            "switched": n,
            "rate": ratio(n, per_channel[start][0]),
        }
        for start, then, n in pairs
    ]
    return {
        "switching": {
            "by_channel": switching,
            ALL: {"items": total[0], "switched": total[3], "rate": ratio(total[3], total[0])},
            "pairs": pair_list,
        },
        "repeat_and_fcr": {"by_channel": repeat, ALL: _repeat_entry(*total[:3])},
    }


def _repeat_entry(items: int, repeats: int, resolved: int) -> dict[str, Any]:
    first_contacts = items - repeats
    return {
        "items": items,
        "repeats": repeats,
        "repeat_rate": ratio(repeats, items),
        "first_contacts": first_contacts,
        "resolved_first_contact": resolved,
        "fcr_rate": ratio(resolved, first_contacts),
    }
