"""The user's saved inbox views, for the view picker: one row per view, by name."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from app.saved_views import SavedView

AnyIndex = QModelIndex | QPersistentModelIndex
ViewIdRole = Qt.ItemDataRole.UserRole + 1


class SavedViewListModel(QAbstractListModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._views: tuple[SavedView, ...] = ()

    def set_views(self, views: Sequence[SavedView]) -> None:
        self.beginResetModel()
        self._views = tuple(views)
        self.endResetModel()

    def view(self, row: int) -> SavedView:
        return self._views[row]

    def row_of(self, view_id: int) -> int | None:
        for row, view in enumerate(self._views):
            if view.id == view_id:
                return row
        return None

    def names(self) -> list[str]:
        return [view.name for view in self._views]

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._views)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._views):
            return None
        view = self._views[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return view.name
        if role == ViewIdRole:
            return view.id
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
