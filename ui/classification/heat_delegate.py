"""Colour a confusion-matrix cell by its share of the row: the darker, the more items went there.

Right answers (the diagonal) are green, confusions red, so the eye finds the
biggest mix-ups at once; the text stays readable (white on dark cells).
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex
from PySide6.QtGui import QColor, QPainter, QPalette
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem

from ui.models.evaluation_models import DiagonalRole, ShareRole

RIGHT = QColor(46, 125, 50)  # green
WRONG = QColor(198, 40, 40)  # red


def heat_colour(base: QColor, share: float, diagonal: bool) -> QColor:
    """``base`` blended toward green (diagonal) or red by ``share`` (0..1)."""
    target = RIGHT if diagonal else WRONG
    weight = max(0.0, min(1.0, share)) * (0.85 if diagonal else 1.0)
    return QColor(
        round(base.red() + (target.red() - base.red()) * weight),
        round(base.green() + (target.green() - base.green()) * weight),
        round(base.blue() + (target.blue() - base.blue()) * weight),
    )


class HeatDelegate(QStyledItemDelegate):
    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        share = float(index.data(ShareRole) or 0.0)
        diagonal = bool(index.data(DiagonalRole))
        colour = heat_colour(option.palette.color(QPalette.ColorRole.Base), share, diagonal)
        painter.fillRect(option.rect, colour)
        styled = QStyleOptionViewItem(option)
        text = (
            QColor("white") if colour.lightnessF() < 0.55 else option.palette.color(QPalette.ColorRole.Text)
        )
        styled.palette.setColor(QPalette.ColorRole.Text, text)
        styled.palette.setColor(QPalette.ColorRole.HighlightedText, text)
        super().paint(painter, styled, index)
