"""Items past their channel's service target, oldest first, as a Qt table model paged lazily.

Pages come from ``app.service_targets.overdue_items`` (keyset on received
time and id) in the background as the view scrolls; the whole list is never
read. The counts per channel are read apart by the screen.
"""

from __future__ import annotations

import datetime as dt
import enum
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QModelIndex, QObject, Qt, Signal, Slot
from sqlalchemy import Engine

from app.service_targets import REPLY, Overdue, overdue_items
from app.tasks import TaskState
from ui import i18n
from ui.background import BackgroundTask, run_in_background
from ui.models import labels
from ui.models.table_base import AnyIndex, RowsTableModel
from ui.text_direction import is_right_to_left

PAGE_SIZE = 200


class Column(enum.IntEnum):
    RECEIVED = 0
    LATE = 1
    OVERDUE_FOR = 2
    CHANNEL = 3
    CONTACT = 4
    TEXT = 5


HEADERS = (
    QT_TRANSLATE_NOOP("OverdueModel", "Received"),
    QT_TRANSLATE_NOOP("OverdueModel", "Late by"),
    QT_TRANSLATE_NOOP("OverdueModel", "Waiting for"),
    QT_TRANSLATE_NOOP("OverdueModel", "Channel"),
    QT_TRANSLATE_NOOP("OverdueModel", "Contact"),
    QT_TRANSLATE_NOOP("OverdueModel", "Text"),
)


def _page(
    _state: TaskState,
    engine: Engine,
    as_of: dt.datetime | None,
    after: tuple[dt.datetime, int] | None,
    limit: int,
) -> list[Overdue]:
    with engine.connect() as conn:
        return overdue_items(conn, as_of=as_of, after=after, limit=limit)


def _local(at: dt.datetime) -> str:
    return i18n.local_time(at)  # the user's time zone and digits


def late_text(hours: float) -> str:
    """How late, in the largest unit that reads well: 5 h, 3 d 4 h."""
    translate = QCoreApplication.translate
    whole = max(int(hours), 0)
    if whole < 24:
        return translate("OverdueModel", "%1 h").replace("%1", str(whole))
    days, rest = divmod(whole, 24)
    text = translate("OverdueModel", "%1 d").replace("%1", str(days))
    return text + (" " + translate("OverdueModel", "%1 h").replace("%1", str(rest)) if rest else "")


class OverdueModel(RowsTableModel[Overdue]):
    CONTEXT = "OverdueModel"
    HEADERS = HEADERS

    #: A page was read (the number of rows shown now).
    page_loaded = Signal(int)
    #: Reading a page failed with this exception.
    error_occurred = Signal(object)

    def __init__(
        self,
        engine: Engine,
        parent: QObject | None = None,
        *,
        as_of: dt.datetime | None = None,
        page_size: int = PAGE_SIZE,
    ) -> None:
        super().__init__(parent)
        self._engine = engine
        self._as_of = as_of  # None: now, at each read
        self._page_size = page_size
        self._has_more = False
        self._task: BackgroundTask | None = None
        self._generation = 0  # pages of an older reload are dropped

    # -- what the screen asks -----------------------------------------------

    def reload(self) -> None:
        """Read the first page again."""
        self._generation += 1
        if self._task is not None:
            self._task.cancel()
            self._task = None
        self.beginResetModel()
        self._rows, self._has_more = [], False
        self.endResetModel()
        self._request(None)

    def is_loading(self) -> bool:
        return self._task is not None

    def overdue(self, row: int) -> Overdue:
        return self._rows[row]

    # -- what the view asks (rows, columns, headers: RowsTableModel) -------

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        o = self._rows[index.row()]
        column = Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(o, column)
        if role == Qt.ItemDataRole.ToolTipRole and column is Column.TEXT:
            return o.text
        if role == Qt.ItemDataRole.ToolTipRole and column is Column.LATE:
            return self.tr("Due %1").replace("%1", _local(o.due_at))
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (Column.TEXT, Column.CONTACT):
            text = self._text(o, column)
            side = Qt.AlignmentFlag.AlignRight if is_right_to_left(text) else Qt.AlignmentFlag.AlignLeft
            return int(side | Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _text(self, o: Overdue, column: Column) -> str:
        if column is Column.RECEIVED:
            return _local(o.received_at)
        if column is Column.LATE:
            return late_text(o.hours_overdue)
        if column is Column.OVERDUE_FOR:
            return self.tr("a reply") if o.overdue_for == REPLY else self.tr("an acknowledgement")
        if column is Column.CHANNEL:
            return labels.channel_labels().get(o.channel, o.channel)
        if column is Column.CONTACT:
            return o.contact or "—"
        return " ".join(o.text.split())

    def canFetchMore(self, parent: AnyIndex) -> bool:
        return not parent.isValid() and self._has_more and self._task is None

    def fetchMore(self, parent: AnyIndex) -> None:
        if self.canFetchMore(parent):
            last = self._rows[-1]
            self._request((last.received_at, last.item_id))

    # -- inside -------------------------------------------------------------

    def _request(self, after: tuple[dt.datetime, int] | None) -> None:
        # One row more than a page says whether another page follows.
        task = run_in_background(_page, self._engine, self._as_of, after, self._page_size + 1)
        generation = self._generation
        task.finished.connect(lambda rows, g=generation: self._on_page(rows, g))
        task.failed.connect(self._on_failed)
        self._task = task

    def _on_page(self, rows: list[Overdue], generation: int) -> None:
        if generation != self._generation:
            return
        self._task = None
        self._has_more = len(rows) > self._page_size
        rows = rows[: self._page_size]
        if rows:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
            self._rows.extend(rows)
            self.endInsertRows()
        self.page_loaded.emit(len(self._rows))

    @Slot(object)
    def _on_failed(self, exc: BaseException) -> None:
        if self.sender() is not self._task:
            return
        self._task = None
        self.error_occurred.emit(exc)
