"""Which way a string reads, by its first strong letter (the Unicode bidi rule P2)."""

from __future__ import annotations

import unicodedata

_RTL = {"R", "AL"}
_ISOLATE_START = {"LRI", "RLI", "FSI"}  # U+2066..U+2068; U+2069 (PDI) ends one


def is_right_to_left(text: str) -> bool:
    """True for Persian (or Hebrew ...) text: its first strong character is right-to-left.

    As P2 says, what sits inside an isolate (a customer's words wrapped in U+2068 ... U+2069
    inside a translated message) does not decide the direction of the text around it.
    """
    depth = 0
    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind in _ISOLATE_START:
            depth += 1
        elif kind == "PDI":
            depth = max(depth - 1, 0)
        elif depth:
            continue
        elif kind == "L":
            return False
        elif kind in _RTL:
            return True
    return False
