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
so the database sorts the items once instead of probing for each of them. On
SQLite the database only sorts: its window functions cost three to four times
the sort itself (over two years of a million items, 5.7 s of CPU against 1.1 s
for the sort), so the items come back in matter order and one pass in Python
compares each with its neighbours, with the same arithmetic as the SQL (gaps in
hours from ``julianday``, times compared as the stored text). Both paths are
checked against the same hand-computed figures on both backends.
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Sequence
from typing import Any

from sqlalchemy import Connection, String, and_, case, func, or_, select, type_coerce
from sqlalchemy.sql.expression import literal_column

from app.metrics.common import Scope, plain_rows, ratio
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


def _neighbours(scopes: Sequence[Scope]) -> list[Any]:
    """The items that may be an item of the periods or its neighbour in a matter."""
    fi = feedback_item
    scope = scopes[0]
    window = dt.timedelta(days=scope.window_days)
    conds = [
        fi.c.contact_id.is_not(None),
        fi.c.category_id.is_not(None),
        # Items further out cannot be within the window of an item of the period.
        fi.c.received_at >= min(s.date_from for s in scopes) - window,
        fi.c.received_at <= max(s.date_to for s in scopes) + window,
    ]
    if scope.category_ids:  # a whole matter is in or out, so this may come before the window
        conds.append(fi.c.category_id.in_(scope.category_ids))
    return conds


def _period_of(scopes: Sequence[Scope], received_at: Any) -> Any:
    """The index of the period an item falls in, NULL for a neighbour outside them all."""
    return case(
        *((s.in_period(received_at), literal_column(str(i))) for i, s in enumerate(scopes)), else_=None
    ).label("period")


def _measures(conn: Connection, scopes: Sequence[Scope]) -> list[dict[str, Any]]:
    if conn.dialect.name == "sqlite":
        return _measures_in_one_pass(conn, scopes)
    return _measures_by_windows(conn, scopes)


def _measures_by_windows(conn: Connection, scopes: Sequence[Scope]) -> list[dict[str, Any]]:
    fi = feedback_item
    scope = scopes[0]  # filters and window are the same in every period
    matter: dict[str, Any] = {
        "partition_by": (fi.c.contact_id, fi.c.category_id),
        "order_by": (fi.c.received_at, fi.c.id),
    }
    neighbours = _neighbours(scopes)
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
    period = _period_of(scopes, seq.c.received_at)
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


def _measures_in_one_pass(conn: Connection, scopes: Sequence[Scope]) -> list[dict[str, Any]]:
    """What ``_measures`` computes, from the items sorted by matter and read once, in order.

    Each item is judged when the one after it has been read: then its
    previous and next item of the same matter are known. The conditions are
    those of the SQL, term by term.
    """
    fi = feedback_item
    scope = scopes[0]
    hours = scope.window_days * 24
    stmt = (
        select(
            _period_of(scopes, fi.c.received_at),
            fi.c.contact_id,
            fi.c.category_id,
            fi.c.channel_id,
            func.julianday(fi.c.received_at),
            type_coerce(fi.c.received_at, String),  # the stored text, compared as SQLite compares it
            type_coerce(fi.c.replied_at, String),
        )
        .where(*_neighbours(scopes))
        .order_by(fi.c.contact_id, fi.c.category_id, fi.c.received_at, fi.c.id)
    )
    channels = set(scope.channel_ids)
    # (period, channel, switched to or None) -> [items, repeats, resolved at first contact]
    groups: dict[tuple[int, int, int | None], list[int]] = {}

    def judge(item: Any, before: Any, after: Any) -> None:
        period, _contact, _category, channel_id, day, _received, replied = item
        if period is None or (channels and channel_id not in channels):
            return
        is_repeat = before is not None and (day - before[4]) * 24.0 <= hours
        followed_up = after is not None and (after[4] - day) * 24.0 <= hours
        switched = followed_up and after[3] != channel_id and (replied is None or replied > after[5])
        figures = groups.setdefault((int(period), channel_id, after[3] if switched else None), [0, 0, 0])
        figures[0] += 1
        figures[1] += is_repeat
        figures[2] += not is_repeat and replied is not None and not followed_up

    before: Any = None
    item: Any = None
    for row in plain_rows(conn, stmt):
        if item is not None:
            same = row[1] == item[1] and row[2] == item[2]
            judge(item, before, row if same else None)
            before = item if same else None
        item = row
    if item is not None:
        judge(item, before, None)
    rows: list[list[Any]] = [[] for _ in scopes]
    for (period, channel_id, switch_to), (n, repeats, resolved) in groups.items():
        rows[period].append([channel_id, switch_to, n, repeats, resolved])
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
