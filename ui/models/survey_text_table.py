"""A read-only table of text rows, for the survey screens' small lists (previews, reports, suggestions).

Rows are set whole (they come from a service that ran in a worker); a cell
whose text reads right to left (Persian) is aligned to the right, so a mixed
list reads naturally in either layout direction.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from ui.text_direction import is_right_to_left

AnyIndex = QModelIndex | QPersistentModelIndex


class SurveyTextTableModel(QAbstractTableModel):
    """Headers (already translated, or untranslated with ``context``) and rows of strings."""

    context = "SurveyTables"

    def __init__(self, headers: list[str] | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._headers: list[str] = list(headers or [])
        self._rows: list[list[str]] = []
        self._tips: list[list[str]] = []

    def set_table(
        self, headers: list[str], rows: list[list[str]], tips: list[list[str]] | None = None
    ) -> None:
        """Replace everything; ``tips`` (same shape as ``rows``) are tooltips, else the cell text."""
        self.beginResetModel()
        self._headers = list(headers)
        width = len(self._headers)
        self._rows = [(list(row) + [""] * width)[:width] for row in rows]
        self._tips = [(list(t) + [""] * width)[:width] for t in tips] if tips else self._rows
        self.endResetModel()

    def set_rows(self, rows: list[list[str]], tips: list[list[str]] | None = None) -> None:
        self.set_table(self._headers, rows, tips)

    def row_values(self, row: int) -> list[str]:
        return list(self._rows[row])

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self._headers):
            return QCoreApplication.translate(self.context, self._headers[section])
        if orientation == Qt.Orientation.Vertical and 0 <= section < len(self._rows):
            return str(section + 1)
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        if not 0 <= index.column() < len(self._headers):
            return None
        text = self._rows[index.row()][index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return " ".join(text.split()) if "\n" in text else text
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tips[index.row()][index.column()] or None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            side = Qt.AlignmentFlag.AlignRight if is_right_to_left(text) else Qt.AlignmentFlag.AlignLeft
            # Absolute: each text sits by its own direction, in a left-to-right or right-to-left window.
            return int(side | Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignVCenter)
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
