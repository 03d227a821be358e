"""The direction of a text, by its first strong letter outside isolates (Unicode bidi rule P2)."""

from __future__ import annotations

import pytest

from ui.text_direction import is_right_to_left


@pytest.mark.parametrize(
    ("text", "right_to_left"),
    [
        ("سلام", True),
        ("Hello", False),
        ("123 سلام", True),  # digits are weak: the first letter decides
        ("", False),
        ("\u2067سلام\u2069 hello", False),  # Persian inside an isolate does not count
        ("\u2068Дата «12.13»\u2069: تاریخ نامعتبر است", True),  # a customer's words first, Persian around
        ("\u2066a\u2067b\u2069\u2069 متن", True),  # nested isolates
        ("\u200fDate", True),  # a right-to-left mark is a strong character
    ],
)
def test_the_first_strong_letter_outside_isolates_decides(text: str, right_to_left: bool) -> None:
    assert is_right_to_left(text) is right_to_left
