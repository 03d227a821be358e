"""What the dashboard runs off the GUI thread: plain functions of a ``TaskState`` (no Qt)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from sqlalchemy import Engine

from app.metrics import Filters, compute_all, filter_categories
from app.tasks import Cancelled, TaskState
from reports.builder import build_report


def last_full_quarter(today: dt.date) -> tuple[dt.date, dt.date]:
    """First and last day of the last calendar quarter that ended before ``today``."""
    this_start = dt.date(today.year, 3 * ((today.month - 1) // 3) + 1, 1)
    month = this_start.month - 3
    start = dt.date(this_start.year, month, 1) if month > 0 else dt.date(this_start.year - 1, month + 12, 1)
    return start, this_start - dt.timedelta(days=1)


def compute_figures(
    state: TaskState, engine: Engine, date_from: dt.date, date_to: dt.date, filters: Filters
) -> dict[str, Any]:
    """compute_all for [date_from, date_to); a cancel before the start skips the work."""
    if state.is_cancelled:
        raise Cancelled()
    return compute_all(engine, date_from, date_to, filters)


def load_categories(state: TaskState, engine: Engine) -> list[tuple[int, str, str]]:
    """The categories the filter offers: ``(id, code, stored name)``."""
    return filter_categories(engine)


def export_report(
    state: TaskState,
    engine: Engine,
    date_from: dt.date,
    date_to: dt.date,
    out_path: Path,
    lang: str,
    filters: Filters,
) -> dict[str, Any]:
    """The PDF report of [date_from, date_to) with the dashboard's filters."""
    return build_report(engine, date_from, date_to, out_path, lang=lang, state=state, filters=filters)
