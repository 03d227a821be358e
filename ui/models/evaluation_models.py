"""Table models of the evaluation screen: figures per class, and the confusion matrix.

Both show an ``app.classification_review.ModelQuality`` (held-out figures of
the active model); ``set_quality(None)`` empties them.
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QModelIndex, QObject, Qt

from app.classification_review import ClassFigures, ModelQuality
from ui import i18n
from ui.models.table_base import AnyIndex, RowsTableModel

#: The share (0..1) of a confusion cell in its row: what the heat delegate colours by.
ShareRole = Qt.ItemDataRole.UserRole + 1
#: True on the diagonal of the confusion matrix (right answers).
DiagonalRole = Qt.ItemDataRole.UserRole + 2


class ClassColumn(enum.IntEnum):
    LABEL = 0
    PRECISION = 1
    RECALL = 2
    F1 = 3
    SUPPORT = 4


def _percent(value: float) -> str:
    return i18n.local_percent(value)


class ClassFiguresModel(RowsTableModel[ClassFigures]):
    """One row per label: precision, recall, F1 and how many held-out items had it."""

    CONTEXT = "ClassFiguresModel"
    HEADERS = (  # in ClassColumn order
        QT_TRANSLATE_NOOP("ClassFiguresModel", "Label"),
        QT_TRANSLATE_NOOP("ClassFiguresModel", "Precision"),
        QT_TRANSLATE_NOOP("ClassFiguresModel", "Recall"),
        QT_TRANSLATE_NOOP("ClassFiguresModel", "F1"),
        QT_TRANSLATE_NOOP("ClassFiguresModel", "Items tested"),
    )

    def __init__(self, name_of: Callable[[str], str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._name_of = name_of

    def set_quality(self, quality: ModelQuality | None) -> None:
        self.set_rows(quality.per_class if quality is not None else [])

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        figures, column = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return {
                ClassColumn.LABEL: self._name_of(figures.label),
                ClassColumn.PRECISION: _percent(figures.precision),
                ClassColumn.RECALL: _percent(figures.recall),
                ClassColumn.F1: _percent(figures.f1),
                ClassColumn.SUPPORT: i18n.local_number(figures.support),
            }[ClassColumn(column)]
        if role == Qt.ItemDataRole.TextAlignmentRole and column != ClassColumn.LABEL:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column == ClassColumn.PRECISION:
            return self.tr("Of the items the model gave this label, the share that truly had it")
        if role == Qt.ItemDataRole.ToolTipRole and column == ClassColumn.RECALL:
            return self.tr("Of the items that truly had this label, the share the model found")
        return None


class ConfusionModel(QAbstractTableModel):
    """Rows: the label a person confirmed; columns: what the model suggested; cells: how many items."""

    def __init__(self, name_of: Callable[[str], str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._name_of = name_of
        self._labels: list[str] = []
        self._matrix: list[list[int]] = []

    def set_quality(self, quality: ModelQuality | None) -> None:
        self.beginResetModel()
        self._labels = list(quality.labels) if quality is not None and quality.confusion else []
        self._matrix = [list(row) for row in quality.confusion] if quality is not None else []
        self.endResetModel()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._labels)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._labels)

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not 0 <= section < len(self._labels):
            return None
        name = self._name_of(self._labels[section])
        if role == Qt.ItemDataRole.DisplayRole:
            return name
        if role == Qt.ItemDataRole.ToolTipRole:
            if orientation == Qt.Orientation.Vertical:
                return self.tr("Confirmed as: %1").replace("%1", name)
            return self.tr("Suggested as: %1").replace("%1", name)
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._labels):
            return None
        row, column = index.row(), index.column()
        count = self._matrix[row][column]
        total = sum(self._matrix[row])
        if role == Qt.ItemDataRole.DisplayRole:
            return i18n.local_number(count)
        if role == ShareRole:
            return count / total if total else 0.0
        if role == DiagonalRole:
            return row == column
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            return (
                self.tr("%1 of %2 items confirmed as “%3” were suggested as “%4”")
                .replace("%1", i18n.local_number(count))
                .replace("%2", i18n.local_number(total))
                .replace("%3", self._name_of(self._labels[row]))
                .replace("%4", self._name_of(self._labels[column]))
            )
        return None
