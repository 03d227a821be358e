"""Which way a string reads, by its first strong letter (the Unicode bidi rule P2)."""

from __future__ import annotations

import unicodedata

_RTL = {"R", "AL"}


def is_right_to_left(text: str) -> bool:
    """True for Persian (or Hebrew ...) text: its first strong character is right-to-left."""
    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind == "L":
            return False
        if kind in _RTL:
            return True
    return False
