"""Fonts the project ships, and text that may mix Latin, Cyrillic and Persian.

Two families in ``reports/fonts``: DejaVu Sans (Latin, Cyrillic; Bitstream
Vera licence) and Vazirmatn (Persian; SIL OFL). A line is drawn as runs: any
Arabic-script character in Vazirmatn, anything else in the report's base
family when it has the glyph (Vazirmatn's Latin and digits in a Persian
report, so a line looks of one piece), else in DejaVu. ``Text`` is the
flowable for every piece of text in the report: it breaks the logical text
into lines by measured width, then puts each line in visual order
(``bidi_text``), which is what UAX #9 asks for and what reportlab's own
paragraph does not do for Persian.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from reportlab.lib.colors import Color, black
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Flowable

from reports.bidi_text import BIDI_CONTROLS, is_rtl, shape, visual

FONT_DIR = Path(__file__).parent / "fonts"
_FILES = {
    "KZ-Sans": "DejaVuSans.ttf",
    "KZ-Sans-Bold": "DejaVuSans-Bold.ttf",
    "KZ-Fa": "Vazirmatn-Regular.ttf",
    "KZ-Fa-Bold": "Vazirmatn-Bold.ttf",
}
_cmaps: dict[str, set[int]] = {}
_BREAKABLE = re.compile(r"[ \t\r\n\f\v]+")


def register_fonts() -> None:
    """Register the shipped fonts with reportlab once per process."""
    for name, file_name in _FILES.items():
        if name not in _cmaps:
            font = TTFont(name, str(FONT_DIR / file_name))
            pdfmetrics.registerFont(font)
            _cmaps[name] = set(font.face.charToGlyph)


def family(lang: str) -> str:
    return "KZ-Fa" if lang == "fa" else "KZ-Sans"


def _is_arabic_script(code: int) -> bool:
    return 0x0600 <= code <= 0x06FF or 0xFB50 <= code <= 0xFDFF or 0xFE70 <= code <= 0xFEFF


def font_runs(text: str, base: str, bold: bool = False) -> list[tuple[str, str]]:
    """``[(font name, text)]`` covering ``text``; spaces stay in the run they are in."""
    register_fonts()
    suffix = "-Bold" if bold else ""
    base_font, fa_font, sans_font = base + suffix, "KZ-Fa" + suffix, "KZ-Sans" + suffix
    runs: list[tuple[str, str]] = []
    for char in text:
        code = ord(char)
        if char in BIDI_CONTROLS:
            continue  # they have no width; the ordered line no longer holds them
        if char == " " and runs:
            font = runs[-1][0]
        elif _is_arabic_script(code):
            font = fa_font
        elif code in _cmaps[base_font]:
            font = base_font
        else:
            font = sans_font
        if runs and runs[-1][0] == font:
            runs[-1] = (font, runs[-1][1] + char)
        else:
            runs.append((font, char))
    return runs


def width(text: str, size: float, base: str, bold: bool = False) -> float:
    return sum(pdfmetrics.stringWidth(t, f, size) for f, t in font_runs(text, base, bold))


def draw_line(canvas: Any, x: float, y: float, line: str, size: float, base: str, **kw: Any) -> None:
    """Draw a visual-order line starting at ``x``; ``align`` "left" | "right" | "center" at x."""
    bold, align = kw.get("bold", False), kw.get("align", "left")
    runs = font_runs(line, base, bold)
    total = sum(pdfmetrics.stringWidth(t, f, size) for f, t in runs)
    if align == "right":
        x -= total
    elif align == "center":
        x -= total / 2
    for font, text in runs:
        canvas.setFont(font, size)
        canvas.drawString(x, y, text)
        x += pdfmetrics.stringWidth(text, font, size)


def draw_text(canvas: Any, x: float, y: float, text: str, size: float, lang: str, **kw: Any) -> None:
    """Shape, order and draw one line of logical text (page footers, chart captions)."""
    rtl = is_rtl(text, default=lang == "fa")
    draw_line(canvas, x, y, visual(shape(text), rtl), size, family(lang), **kw)


@dataclass(frozen=True)
class TextStyle:
    size: float = 9.5
    bold: bool = False
    color: Color = black
    leading: float = 1.35  # times the size
    space_before: float = 0
    space_after: float = 4


class Text(Flowable):
    """A paragraph of plain logical text in any of our languages, wrapped by width.

    Its direction follows its first strong letter (text without letters, a
    number, takes the report's direction), and ``align`` "start" / "end" are
    those of that direction, as HTML's ``dir="auto"`` does: an English quote
    in a Persian report reads and aligns left to right, a Persian quote in an
    English one right to left. ``align`` may also be "center".
    """

    def __init__(self, text: str, style: TextStyle, lang: str, align: str = "start") -> None:
        super().__init__()
        # Runs of spaces and line breaks become one space; a no-break space stays (it joins a number).
        self.text, self.style, self.lang = " ".join(_BREAKABLE.split(str(text).strip())), style, lang
        self.base = family(lang)
        self.rtl_layout = lang == "fa"
        self.rtl = is_rtl(self.text, default=self.rtl_layout)
        self.align = align
        self.lines: list[str] = []
        self.spaceBefore, self.spaceAfter = style.space_before, style.space_after

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = availWidth
        self.lines = self._break(shape(self.text), availWidth)
        self.height = max(1, len(self.lines)) * self.style.size * self.style.leading
        return availWidth, self.height

    def _break(self, shaped: str, avail: float) -> list[str]:
        size, bold, space = self.style.size, self.style.bold, width(" ", self.style.size, self.base)
        lines: list[str] = []
        current: list[str] = []
        used = 0.0
        for word in shaped.split(" "):
            w = width(word, size, self.base, bold)
            if current and used + space + w > avail:
                lines.append(" ".join(current))
                current, used = [], 0.0
            while w > avail and len(word) > 1:  # a word longer than the line: cut it
                cut = len(word) - 1
                while cut > 1 and width(word[:cut], size, self.base, bold) > avail:
                    cut -= 1
                lines.append(word[:cut])
                word = word[cut:]
                w = width(word, size, self.base, bold)
            current.append(word)
            used += (space if len(current) > 1 else 0) + w
        if current:
            lines.append(" ".join(current))
        return lines

    def draw(self) -> None:
        style, canvas = self.style, self.canv
        canvas.setFillColor(style.color)
        start_right = self.rtl
        if self.align == "center":
            x, align = self.width / 2, "center"
        elif (self.align == "end") != start_right:
            x, align = self.width, "right"
        else:
            x, align = 0.0, "left"
        y = (
            self.height
            - style.size * style.leading
            + (style.leading - 1) * style.size / 2
            + style.size * 0.22
        )
        for line in self.lines:
            draw_line(
                canvas, x, y, visual(line, self.rtl), style.size, self.base, bold=style.bold, align=align
            )
            y -= style.size * style.leading
