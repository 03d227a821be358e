"""Figures as the report prints them: compute_all's values, formatted, never recomputed.

Shares (0..1, four places) print as percent with two decimals, so 0.1234 is
12.34% and no digit of the measure is lost; hours and days print with two
decimals, NPS and CSAT with one. In Persian the digits are Persian (۰..۹)
with the Persian decimal and thousands separators. ``None`` (nothing to
measure) prints as an en dash. Changes against the previous period are the
one thing computed here: a difference of two printed values.
"""

from __future__ import annotations

import datetime as dt

from reports.bidi_text import LTR_ISOLATE, POP_ISOLATE

NONE = "–"
_POINTS = {"en": " pp", "ru": " п.п.", "fa": " واحد درصد"}
_FA_DIGITS = str.maketrans("0123456789.,%-+", "۰۱۲۳۴۵۶۷۸۹٫٬٪−+")


def localise(text: str, lang: str) -> str:
    """Persian digits and separators for ``fa``; the text unchanged otherwise."""
    return text.translate(_FA_DIGITS) if lang == "fa" else text


def count(value: int | None, lang: str) -> str:
    return NONE if value is None else localise(f"{value:,}", lang)


def share(value: float | None, lang: str) -> str:
    return NONE if value is None else localise(f"{value * 100:.2f}%", lang)


def hours(value: float | None, lang: str) -> str:
    return NONE if value is None else localise(f"{value:,.2f}", lang)


def score(value: float | None, lang: str) -> str:
    return NONE if value is None else localise(f"{value:.1f}", lang)


def percent(value: float | None, lang: str) -> str:
    """A value already in percent (CSAT)."""
    return NONE if value is None else localise(f"{value:.1f}%", lang)


def change(now: float | None, before: float | None, kind: str, lang: str) -> str:
    """``+12 (+4.5%)`` for counts, ``+1.20 pp`` for shares (``+1.2 pp`` in percent), ``+3.4`` for NPS."""
    if now is None or before is None:
        return NONE
    if kind == "count":
        text = _signed(f"{int(now - before):+,}", lang)
        if before:
            text += f" ({_signed(f'{(now - before) / before * 100:+.1f}%', lang)})"
    elif kind == "share":
        text = _signed(f"{round((now - before) * 100, 2):+.2f}", lang) + _POINTS[lang]
    elif kind == "percent":
        text = _signed(f"{round(now - before, 1):+.1f}", lang) + _POINTS[lang]
    else:
        text = _signed(f"{round(now - before, 1):+.1f}", lang)
    return text


def _signed(number: str, lang: str) -> str:
    """A signed number; in Persian isolated left to right, so the sign stays before its digits."""
    return f"{LTR_ISOLATE}{localise(number, lang)}{POP_ISOLATE}" if lang == "fa" else number


def date(value: dt.date, lang: str) -> str:
    """ISO order; in Persian with slashes, which keep the parts in order inside a Persian line."""
    return localise(value.strftime("%Y/%m/%d"), lang) if lang == "fa" else value.isoformat()
