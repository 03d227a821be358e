"""The triage inbox: the feedback list of ``FeedbackTableModel``, narrowed by filters.

Same lazy keyset pages; a filter change resets the model to its first page
and counts the matching items in the background. One more column than the
feedback list: who the item is assigned to.
"""

from __future__ import annotations

from dataclasses import MISSING, fields, replace
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from sqlalchemy import Engine

from app.feedback import FeedbackQuery, count_matching
from app.tasks import TaskState
from ui.background import run_in_background
from ui.models.feedback_table_model import SORT_KEYS, Column, FeedbackTableModel

FILTER_FIELDS = tuple(f.name for f in fields(FeedbackQuery) if f.name not in ("search", "sort", "descending"))
_NO_FILTERS = {f.name: None if f.default is MISSING else f.default for f in fields(FeedbackQuery)}
ASSIGNEE_COLUMN = len(Column)  # after the feedback list's columns
AnyIndex = QModelIndex | QPersistentModelIndex


def _count_query(state: TaskState, engine: Engine, query: FeedbackQuery) -> int:
    """Runs in a worker: how many items the search and filters match."""
    state.progress(0, 1)
    with engine.connect() as conn:
        return count_matching(conn, query=query)


class InboxTableModel(FeedbackTableModel):
    def set_filters(self, **filters: Any) -> None:
        """Narrow the list: ``channel``, ``kind``, ``category_id``, ``status``, ``language``,
        ``received_from``, ``received_before``, ``contact_id``, ``assignee_id``, ``unassigned``;
        None clears one, a name left out keeps its value."""
        unknown = set(filters) - set(FILTER_FIELDS)
        if unknown:
            raise TypeError(f"unknown filters: {', '.join(sorted(unknown))}")
        query = replace(self._query, **filters)
        if query != self._query:
            self._reset(query)

    def clear_filters(self) -> None:
        self.set_filters(**{name: _NO_FILTERS[name] for name in FILTER_FIELDS})

    def query(self) -> FeedbackQuery:
        return self._query

    def set_query(self, query: FeedbackQuery) -> None:
        """Filters, search and sort at once (a saved view): one reset, one count."""
        if query != self._query:
            self._reset(query)

    # -- the assignee column -------------------------------------------------

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column) + 1

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and section == ASSIGNEE_COLUMN:
            if role == Qt.ItemDataRole.DisplayRole:
                return self.tr("Assigned to")
            if role == Qt.ItemDataRole.ToolTipRole:
                return self.tr("This column cannot be sorted")
            return None
        return super().headerData(section, orientation, role)

    def retranslate(self) -> None:
        super().retranslate()
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, ASSIGNEE_COLUMN, ASSIGNEE_COLUMN)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if index.isValid() and index.column() == ASSIGNEE_COLUMN and index.row() < self.rowCount():
            assignee = self.feedback_row(index.row()).assignee
            if role == Qt.ItemDataRole.DisplayRole:
                return assignee or ""
            return assignee if role == Qt.ItemDataRole.ToolTipRole else None
        return super().data(index, role)

    # The base model builds a new query for a search or a sort; here it keeps the filters.
    def set_search(self, text: str) -> None:
        text = text.strip()
        if text != self._query.search:
            self._reset(replace(self._query, search=text))

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = SORT_KEYS.get(Column(column)) if 0 <= column < len(Column) else None
        descending = order == Qt.SortOrder.DescendingOrder
        if key is None or (key is self._query.sort and descending == self._query.descending):
            return
        self._reset(replace(self._query, sort=key, descending=descending))

    def _start_count(self) -> None:
        if self._count_task is not None:
            self._count_task.cancel()
        self._count = None
        task = run_in_background(_count_query, self._engine, self._query)
        task.finished.connect(self._on_counted)
        task.failed.connect(self._on_count_failed)
        self._count_task = task
