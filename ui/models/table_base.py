"""The part every read-only table model of ui/models repeats: rows held in a list, fixed headers.

A subclass names its translation context and its headers, marked for lupdate
where they are written::

    class TimelineModel(RowsTableModel[Event]):
        CONTEXT = "ImprovementDetail"
        HEADERS = (QT_TRANSLATE_NOOP("ImprovementDetail", "When"), ...)

and adds ``data`` (and whatever is its own: roles, extra columns). A model that
pages lazily (feedback list, review queue, overdue items) keeps its own paging:
it fills ``_rows`` page by page and never calls ``set_rows``.
Headers are translated when the view asks, so a language change shows at once.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, ClassVar, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

AnyIndex = QModelIndex | QPersistentModelIndex
T = TypeVar("T")


class RowsTableModel(QAbstractTableModel, Generic[T]):
    """A flat, read-only table of ``T`` rows, one column per header."""

    #: The translation context of ``HEADERS`` (the one their QT_TRANSLATE_NOOP names).
    CONTEXT: ClassVar[str] = ""
    #: Column titles, untranslated; ``columnCount`` is their number.
    HEADERS: ClassVar[tuple[str, ...]] = ()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[T] = []

    def set_rows(self, rows: Iterable[T]) -> None:
        """Replace every row (a reset: selections and scroll position start over)."""
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> T | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    # -- what the view asks -------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal
        if role == Qt.ItemDataRole.DisplayRole and horizontal and 0 <= section < len(self.HEADERS):
            return QCoreApplication.translate(self.CONTEXT, self.HEADERS[section])
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
