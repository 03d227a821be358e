"""Paints an improvement card: its title (two lines, in its own direction), owner, counts and age."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette, QTextLayout, QTextOption
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from app.board import Card
from ui.models.board_model import CardRole, age_text
from ui.text_direction import is_right_to_left

PAD = 8
GAP = 4  # between cards
TITLE_LINES = 2
# Unicode isolates: a Persian name inside an English line keeps its own direction
# and does not drag the numbers next to it along.
FSI, PDI = "\u2068", "\u2069"


def _count(n: int, one: str, many: str) -> str:
    return one if n == 1 else many.replace("%1", QLocale().toString(n))  # Persian digits in Persian


def card_counts(card: Card) -> str:
    translate = QCoreApplication.translate  # literal calls: pyside6-lupdate finds them
    items = _count(card.items, translate("Board", "1 item"), translate("Board", "%1 items"))
    people = _count(card.contributors, translate("Board", "1 person"), translate("Board", "%1 people"))
    return f"{items} · {people} · {age_text(card.stage_changed_at)}"


def card_owner(card: Card) -> str:
    return FSI + card.owner + PDI if card.owner else QCoreApplication.translate("Board", "no owner")


def title_lines(title: str, font: QFont, width: int) -> list[str]:
    """The title wrapped at words into at most two lines, the second elided when it goes on."""
    text = " ".join(title.split())
    layout = QTextLayout(text, font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    layout.setTextOption(option)
    layout.beginLayout()
    lines = []
    while len(lines) < TITLE_LINES:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        lines.append((line.textStart(), line.textLength()))
    layout.endLayout()
    out = [text[start : start + length].strip() for start, length in lines]
    if lines and sum(lines[-1]) < len(text):
        rest = text[lines[-1][0] :]
        out[-1] = QFontMetrics(font).elidedText(rest, Qt.TextElideMode.ElideRight, width)
    return out


class CardDelegate(QStyledItemDelegate):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        line = option.fontMetrics.height()
        return QSize(option.rect.width() or 200, 2 * PAD + (TITLE_LINES + 2) * line + GAP + 2)

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        card = index.data(CardRole)
        if not isinstance(card, Card):
            return
        palette = option.palette
        rect = option.rect.adjusted(2, GAP // 2, -2, -GAP // 2)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(palette.color(QPalette.ColorRole.Mid))
        painter.setBrush(palette.color(QPalette.ColorRole.Highlight if selected else QPalette.ColorRole.Base))
        painter.drawRoundedRect(rect, 5, 5)

        text_color = palette.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        )
        inner = rect.adjusted(PAD, PAD, -PAD, -PAD)
        line = option.fontMetrics.height()
        title_font = QFont(option.font)
        title_font.setBold(True)
        rtl = is_right_to_left(card.title)
        side = (
            Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft
        ) | Qt.AlignmentFlag.AlignAbsolute
        painter.setFont(title_font)
        painter.setPen(text_color)
        # Each line is drawn alone: it needs the paragraph's direction, or brackets mirror wrongly.
        painter.setLayoutDirection(Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight)
        top = inner.top()
        for text in title_lines(card.title, title_font, inner.width()):
            painter.drawText(
                QRect(inner.left(), top, inner.width(), line), int(side | Qt.AlignmentFlag.AlignVCenter), text
            )
            top += line
        top = inner.top() + TITLE_LINES * line

        painter.setLayoutDirection(option.direction)
        painter.setFont(option.font)
        if not selected:
            painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
        for text in (card_owner(card), card_counts(card)):
            shown = option.fontMetrics.elidedText(text, Qt.TextElideMode.ElideRight, inner.width())
            painter.drawText(
                QRect(inner.left(), top, inner.width(), line),
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                shown,
            )
            top += line
        painter.restore()
