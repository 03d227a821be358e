"""Similar items and improvements (``app.similar_items.SimilarRow``) as a table: how alike, what, where.

Short lists (a few dozen rows at most), so the rows are held whole. The text
column aligns by each text's own direction; ``RowRole`` gives the row itself.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QLocale,
    Qt,
)

from app.similar_items import SimilarRow
from ui import i18n
from ui.models import labels
from ui.models.board_model import stage_labels
from ui.models.table_base import AnyIndex, RowsTableModel
from ui.text_direction import is_right_to_left

RowRole = Qt.ItemDataRole.UserRole + 1
TEXT_CHARS = 200  # a cell shows the start of a long text; the tooltip has all of it


def stage_text(stage: str | None) -> str:
    return stage_labels().get(stage, stage or "") if stage else ""  # type: ignore[call-overload]


def what_text(row: SimilarRow) -> str:
    """ "Improvement #12" / "Item #345", translated."""
    if row.kind == "improvement":
        return QCoreApplication.translate("SimilarItems", "Improvement #%1").replace("%1", str(row.id))
    return QCoreApplication.translate("SimilarItems", "Item #%1").replace("%1", str(row.id))


def state_text(row: SimilarRow) -> str:
    """An improvement's stage; an item's status, with the improvement it is in."""
    if row.kind == "improvement":
        return stage_text(row.stage)
    status = labels.status_labels().get(row.status or "", row.status or "")
    if row.improvement_id is not None:
        return (
            QCoreApplication.translate("SimilarItems", "%1 (improvement #%2, %3)")
            .replace("%1", status)
            .replace("%2", str(row.improvement_id))
            .replace("%3", stage_text(row.improvement_stage))
        )
    return status


class SimilarModel(RowsTableModel[SimilarRow]):
    SCORE, WHAT, TEXT, STATE, CHANNEL, RECEIVED = range(6)
    CONTEXT = "SimilarItems"
    HEADERS = (
        QT_TRANSLATE_NOOP("SimilarItems", "Alike"),
        QT_TRANSLATE_NOOP("SimilarItems", "What"),
        QT_TRANSLATE_NOOP("SimilarItems", "Text or title"),
        QT_TRANSLATE_NOOP("SimilarItems", "Status or stage"),
        QT_TRANSLATE_NOOP("SimilarItems", "Channel"),
        QT_TRANSLATE_NOOP("SimilarItems", "Received"),
    )

    def rows(self) -> list[SimilarRow]:
        return list(self._rows)

    def _display(self, row: SimilarRow, column: int) -> str:
        if column == self.SCORE:
            locale = QLocale()
            alike = locale.toString(round(row.score * 100)) + locale.percent()
            # Concepts shared across languages are coarser than shared words: an estimate, said so.
            return "≈\u00a0" + alike if row.across else alike
        if column == self.WHAT:
            if row.across:
                return QCoreApplication.translate("SimilarItems", "%1, in another language").replace(
                    "%1", what_text(row)
                )
            return what_text(row)
        if column == self.TEXT:
            return " ".join(row.text.split())[:TEXT_CHARS]
        if column == self.STATE:
            return state_text(row)
        if column == self.CHANNEL:
            return labels.channel_labels().get(row.channel or "", row.channel or "")
        if column == self.RECEIVED:
            return i18n.local_time(row.received_at) if row.received_at else ""
        return ""

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == self.SCORE and row.across:
                return QCoreApplication.translate(
                    "SimilarItems", "Found by what it is about (card, delivery, fee…), not by its words"
                )
            return row.text if column == self.TEXT else self._display(row, column)
        if role == RowRole:
            return row
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if column == self.SCORE:
                return int(Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignVCenter)
            if column == self.TEXT:
                side = (
                    Qt.AlignmentFlag.AlignRight if is_right_to_left(row.text) else Qt.AlignmentFlag.AlignLeft
                )
                return int(side | Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignVCenter)
        return None
