"""Line ordering for right-to-left text: what a reader of Persian expects to see, written out by hand."""

from __future__ import annotations

import unicodedata

import pytest

from reports import numbers
from reports.bidi_text import _levels, is_rtl, shape, visual


def drawn(text: str, rtl: bool) -> str:
    """The line as drawn left to right, letters back in their plain forms."""
    return unicodedata.normalize("NFKC", visual(shape(text), rtl))


@pytest.mark.parametrize(
    ("logical", "rtl", "seen"),
    [
        ("سفارش ۱۲۳ و 123", True, "123 و ۱۲۳ شرافس"),
        ("امتیاز NPS 42 است", True, "تسا NPS 42 زایتما"),
        ("گزارش (خوب) است", True, "تسا (بوخ) شرازگ"),  # brackets mirrored: they still open at the right
        ("Order (12) دو", False, "Order (12) ود"),
        ("دوره: ۲۰۲۶/۰۸/۰۱", True, "۲۰۲۶/۰۸/۰۱ :هرود"),
        ("plain English (x)", False, "plain English (x)"),
    ],
)
def test_visual_order(logical: str, rtl: bool, seen: str) -> None:
    assert drawn(logical, rtl) == seen


def test_signed_changes_keep_their_sign_before_the_digits() -> None:
    assert drawn(numbers.change(0.1, 0.1413, "share", "fa"), True) == "دصرد دحاو −۴٫۱۳"
    assert drawn(numbers.change(778, 723, "count", "fa"), True) == "(+۷٫۶٪) +۵۵"


def test_letters_join() -> None:
    shaped = shape("گزارش")
    assert [unicodedata.name(c) for c in shaped][:2] == [
        "ARABIC LETTER GAF INITIAL FORM",
        "ARABIC LETTER ZAIN FINAL FORM",
    ]


def test_levels_come_from_the_pinned_python_bidi() -> None:
    # If python-bidi's debug output changes, brackets would silently stop mirroring.
    assert _levels(shape("گزارش abc"), True) == [1] * 6 + [2, 2, 2]


def test_direction_of_a_paragraph() -> None:
    assert is_rtl("سلام world") and not is_rtl("hello دنیا") and is_rtl("42", default=True)
