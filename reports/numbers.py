"""Figures as the report prints them: compute_all's values, formatted, never recomputed.

Shares (0..1, four places) print as percent with two decimals, so 0.1234 is
12.34% and no digit of the measure is lost; hours and days print with two
decimals, NPS and CSAT with one. Each language writes numbers its own way:

- English: ``1,234.56``, ``12.34%``;
- Russian: a decimal comma and a no-break space between thousands, a no-break
  space before the percent sign (``1 234,56``, ``12,34 %``), so a number never
  breaks across lines;
- Persian: Persian digits (۰..۹), the Persian decimal and thousands separators
  and percent sign (``۱٬۲۳۴٫۵۶``, ``۱۲٫۳۴٪``) and a true minus sign.

``None`` (nothing to measure) prints as an en dash. Changes against the
previous period are the one thing computed here: a difference of two printed
values.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping

import jdatetime

from reports.bidi_text import LTR_ISOLATE, POP_ISOLATE

NONE = "–"
NBSP = "\u00a0"
_POINTS = {"en": " pp", "ru": f"{NBSP}п.п.", "fa": " واحد درصد"}
# Numbers are first written the English way, then translated character by character.
_STYLE: dict[str, Mapping[int, int | str]] = {
    "en": {},
    "ru": {ord(","): NBSP, ord("."): ",", ord("%"): f"{NBSP}%"},
    "fa": str.maketrans("0123456789.,%-+", "۰۱۲۳۴۵۶۷۸۹٫٬٪−+"),
}


def localise(text: str, lang: str) -> str:
    """A number written the English way (``1,234.5%``) in the way of ``lang``."""
    return text.translate(_STYLE[lang])


def count(value: int | None, lang: str) -> str:
    return NONE if value is None else _number(f"{value:,}", lang)


def share(value: float | None, lang: str) -> str:
    return NONE if value is None else _number(f"{value * 100:.2f}%", lang)


def hours(value: float | None, lang: str) -> str:
    return NONE if value is None else _number(f"{value:,.2f}", lang)


def score(value: float | None, lang: str) -> str:
    return NONE if value is None else _number(f"{value:.1f}", lang)


def percent(value: float | None, lang: str) -> str:
    """A value already in percent (CSAT)."""
    return NONE if value is None else _number(f"{value:.1f}%", lang)


def _number(text: str, lang: str) -> str:
    """A figure; a negative one in Persian isolated left to right, so its minus stays left of the digits."""
    return _signed(text, lang) if text.startswith("-") else localise(text, lang)


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
    return f"{LTR_ISOLATE}{localise(number, lang)}{POP_ISOLATE}" if lang == "fa" else localise(number, lang)


def date(value: dt.date, lang: str) -> str:
    """ISO order. In Persian the Solar Hijri date (what Iran and Afghanistan date by), with
    slashes, which keep the parts in order inside a Persian line."""
    if lang == "fa":
        return localise(jdatetime.date.fromgregorian(date=value).strftime("%Y/%m/%d"), lang)
    return value.isoformat()
