"""How many items arrived: by channel, kind, category, language and ISO week.

Every item received in the period counts, duplicates included (each is a
contact a customer made). Items with no category count as "uncategorised",
with no language as "unknown". Weeks are ISO weeks ("2026-W05", Monday to
Sunday); every week that overlaps the period is listed, empty ones with 0.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import Connection, func, select

from app.metrics.common import Scope, sorted_counts
from db.tables import category, feedback_item

NO_CATEGORY = "uncategorised"
NO_LANGUAGE = "unknown"


def volume(conn: Connection, scope: Scope) -> dict[str, Any]:
    fi = feedback_item
    rows = conn.execute(
        select(fi.c.channel_id, fi.c.kind, fi.c.category_id, fi.c.language, func.count())
        .where(*scope.items())
        .group_by(fi.c.channel_id, fi.c.kind, fi.c.category_id, fi.c.language)
    ).all()
    categories = dict(conn.execute(select(category.c.id, category.c.code)).all())
    by_day = conn.execute(
        select(scope.day(fi.c.received_at).label("day"), func.count()).where(*scope.items()).group_by("day")
    ).all()
    return {
        "total": sum(r[4] for r in rows),
        "by_channel": sorted_counts((scope.channel_code(r[0]), r[4]) for r in rows),
        "by_kind": sorted_counts((r[1], r[4]) for r in rows),
        "by_category": sorted_counts(
            (categories.get(r[2], NO_CATEGORY) if r[2] is not None else NO_CATEGORY, r[4]) for r in rows
        ),
        "by_language": sorted_counts((r[3] or NO_LANGUAGE, r[4]) for r in rows),
        "by_week": _weeks(scope, by_day),
    }


def iso_week(day: dt.date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def _weeks(scope: Scope, by_day: Any) -> list[dict[str, Any]]:
    counts: dict[str, int] = {}
    day = scope.date_from.date()
    last = (scope.date_to - dt.timedelta(microseconds=1)).date()
    while day <= last:  # every week of the period, so a chart shows the quiet ones too
        counts.setdefault(iso_week(day), 0)
        day += dt.timedelta(days=7 if day.weekday() == 0 else 7 - day.weekday())
    if scope.date_to > scope.date_from:
        counts.setdefault(iso_week(last), 0)
    for day_text, count in by_day:
        week = iso_week(dt.date.fromisoformat(str(day_text)))
        counts[week] = counts.get(week, 0) + count
    return [{"week": week, "items": counts[week]} for week in sorted(counts)]
