"""What the report shows, gathered before any drawing: two periods of measures and a few quotes.

The measures are ``app.metrics.compute_all``'s, for the period and for the
previous period of equal length that ends where it starts, computed together
(``compute_periods``) with the same filters (channels, categories) as the
dashboard the report may come from. Quotes are real item texts: for each top
category, the newest short items of the period on the chosen channels
(duplicates left out), one per language where the data has several, the
report's own language first.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, Engine, func, select

from app.metrics import Filters, compute_periods
from app.tasks import TaskState
from db.tables import category, channel, feedback_item, utcnow

TOP_CATEGORIES = 4
QUOTES_PER_CATEGORY = 3
QUOTE_MAX_CHARS = 170
_CANDIDATES = 40  # newest short items looked at per category: an index range, not a scan


@dataclass(frozen=True)
class Quote:
    text: str
    language: str | None


@dataclass
class ReportData:
    lang: str
    date_from: dt.datetime
    date_to: dt.datetime
    previous_from: dt.datetime
    now: dict[str, Any]
    before: dict[str, Any]
    generated_at: dt.datetime
    filters: Filters = field(default_factory=Filters)
    #: code and stored name of each category of the filter, to name it in the report's words
    filter_categories: dict[int, tuple[str, str]] = field(default_factory=dict)
    quotes: dict[str, list[Quote]] = field(default_factory=dict)

    @property
    def top_categories(self) -> list[tuple[str, int]]:
        by_category = self.now["volume"]["by_category"]
        return [(code, n) for code, n in by_category.items() if code != "uncategorised"][:TOP_CATEGORIES]


def gather(
    engine: Engine,
    date_from: dt.datetime,
    date_to: dt.datetime,
    lang: str,
    state: TaskState,
    as_of: dt.datetime | None = None,
    filters: Filters | None = None,
) -> ReportData:
    as_of = as_of or utcnow()
    filters = filters or Filters()
    previous_from = date_from - (date_to - date_from)
    state.progress(0, 4)
    # Both periods at once: their parts share one pool, so both cores stay busy to the end.
    # compute_periods also checks the filters (an unknown channel or category is an InvalidValue).
    now, before = compute_periods(
        engine, [(date_from, date_to), (previous_from, date_from)], filters, as_of=as_of
    )
    state.progress(1, 4)
    state.progress(2, 4)
    data = ReportData(lang, date_from, date_to, previous_from, now, before, utcnow(), filters)
    with engine.connect() as conn:
        if filters.category_ids:
            rows = conn.execute(
                select(category.c.id, category.c.code, category.c.name).where(
                    category.c.id.in_(filters.category_ids)
                )
            ).all()
            data.filter_categories = {id_: (code, name) for id_, code, name in rows}
        data.quotes = _quotes(conn, data)
    state.progress(3, 4)
    return data


def _quotes(conn: Connection, data: ReportData) -> dict[str, list[Quote]]:
    codes = [code for code, _ in data.top_categories]
    if not codes:
        return {}
    fi = feedback_item
    result: dict[str, list[Quote]] = {}
    ids = dict(conn.execute(select(category.c.code, category.c.id).where(category.c.code.in_(codes))).all())
    on_channels = []
    if data.filters.channels:
        channel_ids = conn.execute(select(channel.c.id).where(channel.c.code.in_(data.filters.channels)))
        on_channels.append(fi.c.channel_id.in_(list(channel_ids.scalars())))
    for code in codes:
        if code not in ids:
            continue
        rows = conn.execute(
            select(fi.c.text, fi.c.language)
            .where(
                fi.c.category_id == ids[code],
                fi.c.received_at >= data.date_from,
                fi.c.received_at < data.date_to,
                fi.c.duplicate_of_id.is_(None),
                func.length(fi.c.text) <= QUOTE_MAX_CHARS,
                *on_channels,
            )
            .order_by(fi.c.received_at.desc(), fi.c.id.desc())
            .limit(_CANDIDATES)
        ).all()
        result[code] = pick_quotes([Quote(" ".join(t.split()), lg) for t, lg in rows], data.lang)
    return result


def pick_quotes(candidates: list[Quote], lang: str) -> list[Quote]:
    """Up to three: one per language, the report's language first, then the newest others."""
    picked: list[Quote] = []
    seen: set[str | None] = set()
    ordered = sorted(candidates, key=lambda q: q.language != lang)  # stable: newest first within
    for quote in ordered:
        if quote.language not in seen:
            picked.append(quote)
            seen.add(quote.language)
    for quote in ordered:  # fewer languages than places: fill with the newest remaining
        if len(picked) >= QUOTES_PER_CATEGORY:
            break
        if quote not in picked:
            picked.append(quote)
    return picked[:QUOTES_PER_CATEGORY]
