"""The feedback list as a Qt table model: pages fetched lazily from the database.

Rows come from ``app.feedback.fetch_page`` one keyset page at a time, as the
view scrolls (``canFetchMore``/``fetchMore``); the whole table is never read.
A new search or sort resets the model and loads one page. The number of
matching items is counted in the background and announced by ``count_changed``.
"""

from __future__ import annotations

import datetime as dt
import enum
import html
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QModelIndex, QObject, Qt, Signal, Slot
from sqlalchemy import Engine

from app.feedback import (
    PREVIEW_CHARS,
    Cursor,
    FeedbackQuery,
    FeedbackRow,
    SortKey,
    count_matching,
    fetch_page,
)
from app.tasks import Cancelled, TaskState
from ui import i18n
from ui.background import BackgroundTask, run_in_background
from ui.models import labels
from ui.models.table_base import AnyIndex, RowsTableModel
from ui.text_direction import is_right_to_left

PAGE_SIZE = 200


class Column(enum.IntEnum):
    ID = 0
    RECEIVED = 1
    CHANNEL = 2
    KIND = 3
    CATEGORY = 4
    STATUS = 5
    LANGUAGE = 6
    CONTACT = 7
    TEXT = 8


SORT_KEYS: dict[Column, SortKey] = {
    Column.ID: SortKey.NEWEST,
    Column.RECEIVED: SortKey.RECEIVED,
    Column.CHANNEL: SortKey.CHANNEL,
    Column.KIND: SortKey.KIND,
    Column.STATUS: SortKey.STATUS,
    Column.LANGUAGE: SortKey.LANGUAGE,
}
_COLUMN_OF_SORT_KEY = {key: column for column, key in SORT_KEYS.items()}


@dataclass(frozen=True, slots=True)
class _Row:
    source: FeedbackRow
    cells: tuple[str, ...]  # display text per column
    text_rtl: bool


def _count_items(state: TaskState, engine: Engine, search: str) -> int:
    """Runs in a worker: how many items ``search`` matches (all items for "")."""
    state.progress(0, 1)
    with engine.connect() as conn:
        return count_matching(conn, search)


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _local_time(received_at: dt.datetime) -> str:
    # Stored as naive UTC; shown in the user's time zone and digits.
    return i18n.local_time(received_at)


class FeedbackTableModel(RowsTableModel[_Row]):
    CONTEXT = "FeedbackTableModel"
    HEADERS = (  # in Column order
        QT_TRANSLATE_NOOP("FeedbackTableModel", "#"),
        QT_TRANSLATE_NOOP("FeedbackTableModel", "Received"),
        QT_TRANSLATE_NOOP("FeedbackTableModel", "Channel"),
        QT_TRANSLATE_NOOP("FeedbackTableModel", "Kind"),
        QT_TRANSLATE_NOOP("FeedbackTableModel", "Category"),
        QT_TRANSLATE_NOOP("FeedbackTableModel", "Status"),
        QT_TRANSLATE_NOOP("FeedbackTableModel", "Language"),
        QT_TRANSLATE_NOOP("FeedbackTableModel", "Contact"),
        QT_TRANSLATE_NOOP("FeedbackTableModel", "Text"),
    )

    #: The current search matches this many items (counted in the background after each reset).
    count_changed = Signal(int)
    #: Background work of this model failed with this exception (the database went away ...).
    error_occurred = Signal(object)

    def __init__(self, engine: Engine, parent: QObject | None = None, *, page_size: int = PAGE_SIZE) -> None:
        super().__init__(parent)
        self._engine = engine
        self._page_size = page_size
        self._query = FeedbackQuery()
        self._cursor: Cursor | None = None
        self._has_more = False
        self._changing = False  # inside a reset or an insert
        self._count: int | None = None
        self._count_task: BackgroundTask | None = None
        self._retranslate_labels()
        self.reload()

    # -- what the view asks (rows, columns, flags: RowsTableModel) ---------

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal
        if role == Qt.ItemDataRole.ToolTipRole and horizontal and 0 <= section < len(Column):
            return None if Column(section) in SORT_KEYS else self.tr("This column cannot be sorted")
        return super().headerData(section, orientation, role)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return row.cells[column]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return self._alignment(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        return None

    def canFetchMore(self, parent: AnyIndex) -> bool:
        # Not while rows are being inserted or reset: whoever listens to those
        # signals (a view, qtmodeltester) must not start a second insert inside the first.
        return not parent.isValid() and self._has_more and not self._changing

    def fetchMore(self, parent: AnyIndex) -> None:
        if not self.canFetchMore(parent):
            return
        page = self._fetch(self._query, self._cursor)
        self._changing = True
        try:
            self._cursor = page.next_cursor
            self._has_more = page.next_cursor is not None
            if page.rows:
                first = len(self._rows)
                self.beginInsertRows(QModelIndex(), first, first + len(page.rows) - 1)
                self._rows.extend(self._display_row(r) for r in page.rows)
                self.endInsertRows()
        finally:
            self._changing = False

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = SORT_KEYS.get(Column(column)) if 0 <= column < len(Column) else None
        if key is None:
            return  # not sortable: the view keeps showing the current order
        descending = order == Qt.SortOrder.DescendingOrder
        if key is self._query.sort and descending == self._query.descending:
            return
        self._reset(FeedbackQuery(self._query.search, key, descending))

    # -- what the window asks -----------------------------------------------

    def set_search(self, text: str) -> None:
        """Show only items matching ``text`` (every word as a prefix); "" shows all."""
        text = text.strip()
        if text != self._query.search:
            self._reset(FeedbackQuery(text, self._query.sort, self._query.descending))

    def search_text(self) -> str:
        return self._query.search

    def sort_column(self) -> int:
        return _COLUMN_OF_SORT_KEY[self._query.sort]

    def sort_order(self) -> Qt.SortOrder:
        return Qt.SortOrder.DescendingOrder if self._query.descending else Qt.SortOrder.AscendingOrder

    @staticmethod
    def is_sortable(column: int) -> bool:
        return 0 <= column < len(Column) and Column(column) in SORT_KEYS

    def count(self) -> int | None:
        """Items the current search matches; None while it is being counted."""
        return self._count

    def feedback_row(self, row: int) -> FeedbackRow:
        return self._rows[row].source

    def reload(self) -> None:
        """Read the first page again (after an import, or when the data changed elsewhere)."""
        self._reset(self._query)

    def retranslate(self) -> None:
        """Call after the application language changed."""
        self._retranslate_labels()
        self._rows = [self._display_row(row.source) for row in self._rows]
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(Column) - 1)
        if self._rows:
            last = self.index(len(self._rows) - 1, len(Column) - 1)
            self.dataChanged.emit(self.index(0, 0), last)

    # -- inside -------------------------------------------------------------

    def _fetch(self, query: FeedbackQuery, after: Cursor | None) -> Any:
        # A short connection per page: nothing is held open while the user reads.
        with self._engine.connect() as conn:
            return fetch_page(conn, query, after=after, limit=self._page_size)

    def _reset(self, query: FeedbackQuery) -> None:
        page = self._fetch(query, None)  # before the reset: a failure leaves the old rows
        self._changing = True
        try:
            self.beginResetModel()
            self._query = query
            self._rows = [self._display_row(r) for r in page.rows]
            self._cursor = page.next_cursor
            self._has_more = page.next_cursor is not None
            self.endResetModel()
        finally:
            self._changing = False
        self._start_count()

    def _start_count(self) -> None:
        if self._count_task is not None:
            self._count_task.cancel()
        self._count = None
        task = run_in_background(_count_items, self._engine, self._query.search)
        task.finished.connect(self._on_counted)
        task.failed.connect(self._on_count_failed)
        self._count_task = task

    @Slot(object)
    def _on_counted(self, count: int) -> None:
        if self.sender() is not self._count_task:
            return
        self._count_task = None
        self._count = count
        self.count_changed.emit(count)

    @Slot(object)
    def _on_count_failed(self, exc: BaseException) -> None:
        if isinstance(exc, Cancelled) or self.sender() is not self._count_task:
            return
        self._count_task = None
        self.error_occurred.emit(exc)

    def _retranslate_labels(self) -> None:
        self._channels = labels.channel_labels()
        self._kinds = labels.kind_labels()
        self._statuses = labels.status_labels()
        self._languages = labels.language_labels()
        self._categories = labels.category_labels()

    def _display_row(self, row: FeedbackRow) -> _Row:
        text = _one_line(row.text)
        contact = row.contact or ""
        cells = (
            str(row.id),
            _local_time(row.received_at),
            self._channels.get(row.channel, row.channel),
            self._kinds.get(row.kind, row.kind),
            self._categories.get(row.category, row.category) if row.category else "",
            self._statuses.get(row.status, row.status),
            self._languages.get(row.language, row.language) if row.language else "",
            contact,
            text,
        )
        return _Row(row, cells, is_right_to_left(text))

    @staticmethod
    def _alignment(row: _Row, column: int) -> int | None:
        align = Qt.AlignmentFlag
        if column == Column.ID:
            return int(align.AlignRight | align.AlignVCenter)
        if column == Column.TEXT:
            # Absolute: a Persian text is right-aligned in an English window and
            # an English text left-aligned in a Persian one.
            edge = align.AlignRight if row.text_rtl else align.AlignLeft
            return int(edge | align.AlignAbsolute | align.AlignVCenter)
        return None

    @staticmethod
    def _tooltip(row: _Row, column: int) -> str | None:
        if column == Column.TEXT:
            text = row.source.text.strip()
            if len(row.source.text) >= PREVIEW_CHARS:
                text += "…"
            body = "<br>".join(html.escape(line) for line in text.splitlines())
            direction = "rtl" if row.text_rtl else "ltr"
            # Rich text, so a long preview wraps instead of running off the screen.
            return f'<p dir="{direction}">{body}</p>'
        if column == Column.CONTACT and row.source.contact:
            return row.source.contact
        return None
