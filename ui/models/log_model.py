"""The app's log records (``app.logs.LogRecordView``) as a table, newest first, and the filter over it.

The log view adds what :func:`app.logs.recent` returns since it last asked;
new records go on top and the oldest fall off the bottom at ``capacity``, as
in the buffer itself. A message aligns by its own direction (a Persian
customer's words in an English window read from the right).
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from app.logs import BUFFER_SIZE, LogRecordView
from ui import i18n
from ui.models.table_base import AnyIndex, RowsTableModel
from ui.text_direction import is_right_to_left

RecordRole = Qt.ItemDataRole.UserRole + 1
MESSAGE_CHARS = 300  # a cell shows the start of a long message; the tooltip and detail pane have all of it

_LEVEL_NAMES = {
    logging.DEBUG: QT_TRANSLATE_NOOP("LogView", "Debug"),
    logging.INFO: QT_TRANSLATE_NOOP("LogView", "Info"),
    logging.WARNING: QT_TRANSLATE_NOOP("LogView", "Warning"),
    logging.ERROR: QT_TRANSLATE_NOOP("LogView", "Error"),
    logging.CRITICAL: QT_TRANSLATE_NOOP("LogView", "Critical"),
}
_WARNING_COLOUR = QColor(150, 90, 0)
_ERROR_COLOUR = QColor(180, 20, 20)


def level_text(level: int) -> str:
    """A record's level in the window's language ("Warning", "Предупреждение")."""
    name = _LEVEL_NAMES.get(level)
    return QCoreApplication.translate("LogView", name) if name else logging.getLevelName(level)


def local_time_with_seconds(at: dt.datetime) -> str:
    """A naive UTC time as :func:`ui.i18n.local_time` shows it, with seconds: "2026-03-02 09:05:07"."""
    local = at.replace(tzinfo=dt.UTC).astimezone()
    locale = QLocale()
    seconds = locale.toString(local.second).rjust(2, locale.zeroDigit())
    return f"{i18n.local_time(at)}:{seconds}"


class LogModel(RowsTableModel[LogRecordView]):
    TIME, LEVEL, AREA, MESSAGE = range(4)
    CONTEXT = "LogView"
    HEADERS = (
        QT_TRANSLATE_NOOP("LogView", "Time"),
        QT_TRANSLATE_NOOP("LogView", "Level"),
        QT_TRANSLATE_NOOP("LogView", "Area"),
        QT_TRANSLATE_NOOP("LogView", "Message"),
    )

    def __init__(self, parent: QObject | None = None, capacity: int = BUFFER_SIZE) -> None:
        super().__init__(parent)
        self._capacity = capacity

    def last_seq(self) -> int:
        """The newest record's number (0 when empty): what to ask :func:`app.logs.recent` after."""
        return self._rows[0].seq if self._rows else 0

    def add_records(self, records: Sequence[LogRecordView]) -> None:
        """Records oldest first (as ``recent`` gives them) go on top, newest first; the oldest drop off."""
        new = [r for r in records if r.seq > self.last_seq()][-self._capacity :]
        if not new:
            return
        self.beginInsertRows(QModelIndex(), 0, len(new) - 1)
        self._rows[:0] = reversed(new)
        self.endInsertRows()
        extra = len(self._rows) - self._capacity
        if extra > 0:
            self.beginRemoveRows(QModelIndex(), self._capacity, len(self._rows) - 1)
            del self._rows[self._capacity :]
            self.endRemoveRows()

    def _display(self, record: LogRecordView, column: int) -> str:
        if column == self.TIME:
            return local_time_with_seconds(record.created)
        if column == self.LEVEL:
            return level_text(record.level)
        if column == self.AREA:
            return record.area
        if column == self.MESSAGE:
            first_line = record.message.split("\n", 1)[0]
            return first_line[:MESSAGE_CHARS]
        return ""

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        record = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(record, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{record.message}\n\n{record.exc_text}" if record.exc_text else record.message
        if role == RecordRole:
            return record
        if role == Qt.ItemDataRole.ForegroundRole and record.level >= logging.WARNING:
            return QBrush(_ERROR_COLOUR if record.level >= logging.ERROR else _WARNING_COLOUR)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.MESSAGE:
            side = (
                Qt.AlignmentFlag.AlignRight
                if is_right_to_left(record.message)
                else Qt.AlignmentFlag.AlignLeft
            )
            return int(side | Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignVCenter)
        return None


class LogFilterModel(QSortFilterProxyModel):
    """Records at or above a level whose message, area or traceback contains a text (any case)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._min_level = logging.NOTSET
        self._text = ""

    def set_min_level(self, level: int) -> None:
        self.beginFilterChange()
        self._min_level = level
        self.endFilterChange()

    def set_text(self, text: str) -> None:
        self.beginFilterChange()
        self._text = text.strip().casefold()
        self.endFilterChange()

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        source = self.sourceModel()
        record = source.index(source_row, 0, source_parent).data(RecordRole) if source is not None else None
        if not isinstance(record, LogRecordView):
            return False
        if record.level < self._min_level:
            return False
        if not self._text:
            return True
        return any(self._text in part.casefold() for part in (record.message, record.logger, record.exc_text))
