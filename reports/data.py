"""What the report shows, gathered before any drawing: two periods of measures and a few quotes.

The measures are ``app.metrics.compute_all``'s, for the period and for the
previous period of equal length that ends where it starts, computed together
(``compute_periods``). Quotes are real
item texts: for each top category, the newest short items of the period
(duplicates left out), one per language where the data has several, the
report's own language first.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Engine, func, select

from app.metrics import compute_periods
from app.tasks import TaskState
from db.tables import category, feedback_item, utcnow

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
) -> ReportData:
    as_of = as_of or utcnow()
    previous_from = date_from - (date_to - date_from)
    state.progress(0, 4)
    # Both periods at once: their parts share one pool, so both cores stay busy to the end.
    now, before = compute_periods(engine, [(date_from, date_to), (previous_from, date_from)], as_of=as_of)
    state.progress(1, 4)
    state.progress(2, 4)
    data = ReportData(lang, date_from, date_to, previous_from, now, before, utcnow())
    data.quotes = _quotes(engine, data)
    state.progress(3, 4)
    return data


def _quotes(engine: Engine, data: ReportData) -> dict[str, list[Quote]]:
    codes = [code for code, _ in data.top_categories]
    if not codes:
        return {}
    fi = feedback_item
    result: dict[str, list[Quote]] = {}
    with engine.connect() as conn:
        ids = dict(
            conn.execute(select(category.c.code, category.c.id).where(category.c.code.in_(codes))).all()
        )
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
