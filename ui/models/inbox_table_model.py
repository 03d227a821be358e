"""The triage inbox: the feedback list of ``FeedbackTableModel``, narrowed by filters.

Same lazy keyset pages; a filter change resets the model to its first page
and counts the matching items in the background.
"""

from __future__ import annotations

from dataclasses import fields, replace
from typing import Any

from PySide6.QtCore import Qt
from sqlalchemy import Engine

from app.feedback import FeedbackQuery, count_matching
from app.tasks import TaskState
from ui.background import run_in_background
from ui.models.feedback_table_model import SORT_KEYS, Column, FeedbackTableModel

FILTER_FIELDS = tuple(f.name for f in fields(FeedbackQuery) if f.name not in ("search", "sort", "descending"))


def _count_query(state: TaskState, engine: Engine, query: FeedbackQuery) -> int:
    """Runs in a worker: how many items the search and filters match."""
    state.progress(0, 1)
    with engine.connect() as conn:
        return count_matching(conn, query=query)


class InboxTableModel(FeedbackTableModel):
    def set_filters(self, **filters: Any) -> None:
        """Narrow the list: ``channel``, ``kind``, ``category_id``, ``status``, ``language``,
        ``received_from``, ``received_before``; None clears one, a name left out keeps its value."""
        unknown = set(filters) - set(FILTER_FIELDS)
        if unknown:
            raise TypeError(f"unknown filters: {', '.join(sorted(unknown))}")
        query = replace(self._query, **filters)
        if query != self._query:
            self._reset(query)

    def clear_filters(self) -> None:
        self.set_filters(**dict.fromkeys(FILTER_FIELDS))

    def query(self) -> FeedbackQuery:
        return self._query

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
