"""Figures written the way each language writes numbers: worked out by hand."""

from __future__ import annotations

import pytest

from reports import numbers
from reports.bidi_text import LTR_ISOLATE, POP_ISOLATE

NB = "\u00a0"


@pytest.mark.parametrize(
    ("lang", "count", "share", "hours", "score", "percent"),
    [
        ("en", "1,234,567", "12.34%", "1,234.50", "-22.7", "81.2%"),
        ("ru", f"1{NB}234{NB}567", f"12,34{NB}%", f"1{NB}234,50", "-22,7", f"81,2{NB}%"),
        (
            "fa",
            "۱٬۲۳۴٬۵۶۷",
            "۱۲٫۳۴٪",
            "۱٬۲۳۴٫۵۰",
            f"{LTR_ISOLATE}−۲۲٫۷{POP_ISOLATE}",  # the minus stays left of the digits
            "۸۱٫۲٪",
        ),
    ],
)
def test_each_language_writes_its_numbers(
    lang: str, count: str, share: str, hours: str, score: str, percent: str
) -> None:
    assert numbers.count(1_234_567, lang) == count
    assert numbers.share(0.1234, lang) == share
    assert numbers.hours(1234.5, lang) == hours
    assert numbers.score(-22.7, lang) == score
    assert numbers.percent(81.2, lang) == percent
    assert numbers.count(None, lang) == numbers.share(None, lang) == numbers.NONE


def test_changes_in_russian() -> None:
    assert numbers.change(0.1, 0.1413, "share", "ru") == f"-4,13{NB}п.п."
    assert numbers.change(1778, 723, "count", "ru") == f"+1{NB}055 (+145,9{NB}%)"
    assert numbers.change(74.1, 68.2, "percent", "ru") == f"+5,9{NB}п.п."
    assert numbers.change(10.7, -16.7, "score", "ru") == "+27,4"


def test_russian_figures_never_break_across_lines() -> None:
    for text in (numbers.count(12_345_678, "ru"), numbers.share(0.5, "ru"), numbers.hours(12345.67, "ru")):
        assert " " not in text and NB in text


def test_persian_dates_are_solar_hijri() -> None:
    import datetime as dt

    assert numbers.date(dt.date(2026, 3, 21), "fa") == "۱۴۰۵/۰۱/۰۱"  # Nowruz: the year begins
    assert numbers.date(dt.date(2026, 3, 20), "fa") == "۱۴۰۴/۱۲/۲۹"
    assert numbers.date(dt.date(2026, 11, 23), "fa") == "۱۴۰۵/۰۹/۰۲"
    day = dt.date(2026, 11, 23)
    assert numbers.date(day, "ru") == numbers.date(day, "en") == "2026-11-23"
