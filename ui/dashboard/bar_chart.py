"""A small horizontal bar chart drawn with QPainter (PySide6-Essentials ships no QtCharts).

One row per category (a channel), one bar per series (e.g. first response and
reply). Rows run top to bottom; in a right-to-left layout the labels sit on the
right and the bars grow to the left.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QSizePolicy, QWidget

SERIES_COLORS = ("#2F6690", "#D9822B", "#3A7D44")
ROW_GAP = 8
MARGIN = 8


class BarChart(QWidget):
    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._title = title
        self._series: list[str] = []
        self._rows: list[tuple[str, list[float | None], list[str]]] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

    def set_data(
        self, series: Sequence[str], rows: Sequence[tuple[str, Sequence[float | None], Sequence[str]]]
    ) -> None:
        """``series``: legend names; ``rows``: (label, one value per series, their printed texts)."""
        self._series = list(series)
        self._rows = [(label, list(values), list(texts)) for label, values, texts in rows]
        self.updateGeometry()
        self.update()

    def rows(self) -> list[tuple[str, list[float | None], list[str]]]:
        return list(self._rows)

    def _bar_height(self) -> int:
        """One bar as tall as a line of its value's text, so the numbers never overlap."""
        return self.fontMetrics().height()

    def _row_height(self) -> int:
        return max(1, len(self._series)) * self._bar_height() + ROW_GAP

    def _header_height(self) -> int:
        return 2 * (self.fontMetrics().height() + 4)

    def sizeHint(self) -> QSize:
        return QSize(420, self._header_height() + max(3, len(self._rows)) * self._row_height() + 2 * MARGIN)

    def minimumSizeHint(self) -> QSize:
        return QSize(240, self.sizeHint().height())

    def paintEvent(self, _event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        rtl = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        fm = self.fontMetrics()
        text_color = self.palette().color(QPalette.ColorRole.WindowText)
        width = self.width() - 2 * MARGIN

        def rect(x: float, y: float, w: float, h: float) -> QRectF:
            """A rectangle measured from the start edge (left, or right when right to left)."""
            return QRectF(MARGIN + width - x - w if rtl else MARGIN + x, y, w, h)

        # Without AlignAbsolute, Qt mirrors left and right itself in a right-to-left widget.
        start, end = Qt.AlignmentFlag.AlignLeft, Qt.AlignmentFlag.AlignRight
        middle = Qt.AlignmentFlag.AlignVCenter
        line = fm.height() + 4
        y = float(MARGIN)
        bold = p.font()
        bold.setBold(True)
        p.setFont(bold)
        p.setPen(text_color)
        p.drawText(rect(0, y, width, line), start | middle, self._title)
        p.setFont(self.font())
        y += line
        x = 0.0
        for i, name in enumerate(self._series):  # legend
            p.fillRect(rect(x, y + line / 2 - 5, 10, 10), QColor(SERIES_COLORS[i % len(SERIES_COLORS)]))
            advance = fm.horizontalAdvance(name) + 8
            p.drawText(rect(x + 14, y, advance, line), start | middle, name)
            x += 14 + advance + 12
        y += line
        if not self._rows:
            p.drawText(rect(0, y, width, line), start | middle, self.tr("No data"))
            return
        label_w = min(max(fm.horizontalAdvance(label) for label, _, _ in self._rows) + 10, width * 0.4)
        value_w = max((fm.horizontalAdvance(t) for _, _, texts in self._rows for t in texts), default=0) + 8
        bar_room = max(10.0, width - label_w - value_w)
        top = max((v for _, values, _ in self._rows for v in values if v), default=0) or 1.0
        row_h, bar_h = self._row_height(), self._bar_height()
        for label, values, texts in self._rows:
            elided = fm.elidedText(label, Qt.TextElideMode.ElideRight, int(label_w - 6))
            p.setPen(text_color)
            p.drawText(rect(0, y, label_w - 6, row_h - ROW_GAP), end | middle, elided)
            bars_top = y + (row_h - ROW_GAP - len(values) * bar_h) / 2
            for i, (value, text) in enumerate(zip(values, texts, strict=True)):
                by = bars_top + i * bar_h
                length = bar_room * (value or 0) / top
                if length > 0:
                    p.fillRect(
                        rect(label_w, by + 2, length, bar_h - 4),
                        QColor(SERIES_COLORS[i % len(SERIES_COLORS)]),
                    )
                p.setPen(text_color)
                p.drawText(rect(label_w + length + 4, by, value_w, bar_h), start | middle, text)
            y += row_h
