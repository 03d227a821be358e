"""Persian (and any right-to-left) text for a PDF: letters joined, each line in visual order.

reportlab draws glyphs left to right in the order it is given them. So a line
of Persian is prepared in two steps, the way a text engine would do it:

1. ``shape``: arabic-reshaper replaces each Arabic-script letter by the
   presentation form for its place in the word (initial, medial, final,
   isolated) and makes the lam-alef ligatures, so that the letters join.
   Shaping is done on the whole logical text before it is broken into lines;
   a line break at a space never changes a letter's form.
2. ``visual``: the Unicode bidirectional algorithm (UAX #9, python-bidi's
   Rust implementation) resolves an embedding level for each character of
   *one line*; runs are reversed from the highest level down (rule L2) and
   brackets at odd (right-to-left) levels are mirrored (rule L4). Digits,
   Persian digits and Latin words therefore keep reading left to right inside
   a right-to-left line: "NPS 42" and "۱۲۳" stay as they are, only their
   place in the line moves.

python-bidi's ``get_display`` reorders correctly (bracket pairs included) but
does not mirror, so the levels are taken from its debug output and the
reordering is done here. The debug format is that of the pinned
python-bidi 0.6; ``tests/reports`` checks it, and should it ever fail to
parse, ``get_display``'s unmirrored order is used.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

import arabic_reshaper
from bidi import get_display

# Invisible controls with no glyph to show: the joiners have done their work once
# the text is shaped, the directional marks and isolates once a line is ordered.
JOINERS = dict.fromkeys(map(ord, "\u200c\u200d"))
BIDI_CONTROLS = frozenset("\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
_NO_CONTROLS = dict.fromkeys(map(ord, BIDI_CONTROLS))
LTR_ISOLATE, POP_ISOLATE = "\u2066", "\u2069"
_MIRROR = {"(": ")", ")": "(", "[": "]", "]": "[", "{": "}", "}": "{", "<": ">", ">": "<", "«": "»", "»": "«"}
_LEVELS = re.compile(r"levels:\s*\[(.*?)\]", re.S)
_LEVEL = re.compile(r"Level\(\s*(\d+)")
_RTL_CLASSES = ("R", "AL")


def is_rtl(text: str, default: bool = False) -> bool:
    """Whether the first strong character is right-to-left (Arabic, Hebrew ...)."""
    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind in _RTL_CLASSES:
            return True
        if kind == "L":
            return False
    return default


def has_rtl(text: str) -> bool:
    return any(unicodedata.bidirectional(c) in _RTL_CLASSES for c in text)


@lru_cache(maxsize=4096)
def shape(text: str) -> str:
    """Logical order, Arabic-script letters in their joined presentation forms."""
    if not has_rtl(text):
        return text
    return str(arabic_reshaper.reshape(text)).translate(JOINERS)


@lru_cache(maxsize=4096)
def visual(line: str, rtl: bool) -> str:
    """One shaped line in the order its glyphs are drawn from left to right."""
    if not has_rtl(line) and not rtl:
        return line.translate(_NO_CONTROLS)
    levels = _levels(line, rtl)
    if levels is None:
        return str(get_display(line, base_dir="R" if rtl else "L")).translate(_NO_CONTROLS)
    chars = [_MIRROR.get(c, c) if level % 2 else c for c, level in zip(line, levels, strict=True)]
    order = list(range(len(chars)))
    odd_levels = [lv for lv in levels if lv % 2]
    lowest_odd = min(odd_levels) if odd_levels else max(levels, default=0) + 1
    for level in range(max(levels, default=0), lowest_odd - 1, -1):
        i = 0
        while i < len(order):  # reverse each run of characters at this level or higher
            if levels[order[i]] >= level:
                j = i
                while j < len(order) and levels[order[j]] >= level:
                    j += 1
                order[i:j] = order[i:j][::-1]
                i = j
            else:
                i += 1
    return "".join(chars[k] for k in order).translate(_NO_CONTROLS)


def _levels(line: str, rtl: bool) -> list[int] | None:
    """The resolved level of each character (python-bidi reports one per UTF-8 byte)."""
    debug = str(get_display(line, base_dir="R" if rtl else "L", debug=True))
    found = _LEVELS.search(debug)
    if not found:
        return None
    per_byte = [int(v) for v in _LEVEL.findall(found.group(1))]
    levels, offset = [], 0
    for char in line:
        if offset >= len(per_byte):
            return None
        levels.append(per_byte[offset])
        offset += len(char.encode("utf-8"))
    return levels if offset == len(per_byte) else None
