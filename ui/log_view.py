"""Help → Log…: what the app did lately (imports, training, replies, errors), for whoever helps the operator.

Reads the records ``app.logs`` keeps in memory and follows new ones while it is
open (it asks every second for the records after the newest it has). Filters by
level and text; copies the chosen records as plain text; opens the folder with
the log file and the crash logs.
"""

from __future__ import annotations

import datetime as dt
import logging
import sys

from PySide6.QtCore import QItemSelection, Qt, QTimer, QUrl, Slot
from PySide6.QtGui import QDesktopServices, QGuiApplication, QHideEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app import logs
from ui.models.log_model import LogFilterModel, LogModel, RecordRole, level_text, local_time_with_seconds
from ui.text_direction import is_right_to_left

POLL_MS = 1000


class LogWindow(QWidget):
    """The log as a table, newest first, with a level and a text filter and the selected record in full."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setWindowTitle(self.tr("Log — Kaizen Desk"))
        self._model = LogModel(self)
        self._filter = LogFilterModel(self)
        self._filter.setSourceModel(self._model)

        self._level = QComboBox()
        self._level.addItem(self.tr("Everything"), logging.NOTSET)
        self._level.addItem(self.tr("Warnings and errors"), logging.WARNING)
        self._level.addItem(self.tr("Errors"), logging.ERROR)
        self._level.currentIndexChanged.connect(self._level_changed)
        level_label = QLabel(self.tr("&Show:"))
        level_label.setBuddy(self._level)
        self._text = QLineEdit()
        self._text.setPlaceholderText(self.tr("Filter by text…"))
        self._text.setClearButtonEnabled(True)
        self._text.textChanged.connect(self._filter.set_text)

        filters = QHBoxLayout()
        filters.addWidget(level_label)
        filters.addWidget(self._level)
        filters.addWidget(self._text, 1)

        self._table = QTableView()
        self._table.setModel(self._filter)
        self._table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self._table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self._table.setWordWrap(False)
        self._table.verticalHeader().hide()
        self._table.horizontalHeader().setStretchLastSection(True)
        self._table.selectionModel().selectionChanged.connect(self._selection_changed)
        self._size_columns()

        self._detail = QPlainTextEdit()
        self._detail.setReadOnly(True)
        self._detail.setPlaceholderText(self.tr("Choose a record to see it in full, with its traceback."))
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self._table)
        splitter.addWidget(self._detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)

        # The path in a read-only box: it can be selected and copied, and reads left to right in Persian too.
        self._where = QLabel()
        self._where.setWordWrap(True)
        self._path = QLineEdit()
        self._path.setReadOnly(True)
        self._path.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        open_folder = QPushButton(self.tr("&Open log folder"))
        open_folder.clicked.connect(self.open_folder)
        where = QHBoxLayout()
        where.addWidget(self._where)
        where.addWidget(self._path, 1)
        where.addWidget(open_folder)

        self._copy = QPushButton(self.tr("&Copy selected"))
        self._copy.setEnabled(False)
        self._copy.clicked.connect(self.copy_selected)
        self._copy.setShortcut(QKeySequence.StandardKey.Copy)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.close)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self._copy)
        buttons.addWidget(close)

        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(splitter, 1)
        layout.addLayout(where)
        layout.addLayout(buttons)
        self.resize(960, 560)

        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self.refresh)
        self._show_where()
        self.refresh()

    # -- what others call ---------------------------------------------------

    def model(self) -> LogModel:
        return self._model

    def table(self) -> QTableView:
        return self._table

    def level_box(self) -> QComboBox:
        return self._level

    def text_box(self) -> QLineEdit:
        return self._text

    def detail_text(self) -> str:
        """What the pane below the table shows: the one selected record in full."""
        return self._detail.toPlainText()

    @Slot()
    def refresh(self) -> None:
        """Add the records logged since the newest one shown."""
        self._model.add_records(logs.recent(after=self._model.last_seq()))

    @Slot()
    def copy_selected(self) -> None:
        """The selected records as plain text, as shown (newest first), with their tracebacks."""
        rows = sorted(index.row() for index in self._table.selectionModel().selectedRows())
        records = [self._filter.index(row, 0).data(RecordRole) for row in rows]
        text = "\n".join(r.as_text() for r in records if r is not None)
        if text:
            QGuiApplication.clipboard().setText(text)

    @Slot()
    def open_folder(self) -> None:
        current = logs.current_file()
        folder = current.parent if current is not None else logs.log_dir()
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    # -- inside -------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        self.refresh()
        self._timer.start()
        super().showEvent(event)

    def hideEvent(self, event: QHideEvent) -> None:
        self._timer.stop()  # nothing to follow while nobody looks
        super().hideEvent(event)

    def _show_where(self) -> None:
        current = logs.current_file()
        self._path.setVisible(current is not None)
        if current is not None:
            self._where.setText(self.tr("Log file:"))
            self._path.setText(str(current))
            self._path.setCursorPosition(0)
        else:
            self._where.setText(
                self.tr("The log file cannot be written: records are kept only while the app runs.")
            )

    def _size_columns(self) -> None:
        metrics = self._table.fontMetrics()
        head = self._table.horizontalHeader()
        samples = {
            LogModel.TIME: [local_time_with_seconds(dt.datetime(2026, 12, 28, 23, 58, 58))],
            LogModel.LEVEL: [level_text(level) for level in (10, 20, 30, 40, 50)],
            LogModel.AREA: ["app.feedback_import", "classifiers.training", "ui.workflow.board"],
        }
        for column, texts in samples.items():
            title = self._model.headerData(column, Qt.Orientation.Horizontal)
            widest = max(metrics.horizontalAdvance(text) for text in texts) + 16
            widest = max(widest, head.fontMetrics().horizontalAdvance(title) + 24)
            self._table.setColumnWidth(column, widest)
        head.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)

    @Slot(int)
    def _level_changed(self, _index: int) -> None:
        self._filter.set_min_level(int(self._level.currentData()))

    @Slot(QItemSelection, QItemSelection)
    def _selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        rows = self._table.selectionModel().selectedRows()
        self._copy.setEnabled(bool(rows))
        record = self._filter.index(rows[0].row(), 0).data(RecordRole) if len(rows) == 1 else None
        if record is None:
            self._detail.clear()
            return
        text = f"{record.message}\n\n{record.exc_text}" if record.exc_text else record.message
        self._detail.setPlainText(text)
        direction = (
            Qt.LayoutDirection.RightToLeft
            if is_right_to_left(record.message)
            else Qt.LayoutDirection.LeftToRight
        )
        option = self._detail.document().defaultTextOption()
        option.setTextDirection(direction)
        self._detail.document().setDefaultTextOption(option)


def _preview() -> int:
    """``python -m ui.log_view``: the window with a few records, as in use."""
    from ui.application import create_application

    app = create_application()
    logs.configure()
    log = logging.getLogger("kaizen.app.feedback_import")
    log.info("imported 120 rows from helpdesk-export.csv (source helpdesk)")
    logging.getLogger("kaizen.ui.workflow").warning("تحویل کارت دیر شد: پاسخ به ۳ مشتری فرستاده نشد")
    try:
        raise ConnectionError("server closed the connection unexpectedly")
    except ConnectionError:
        logging.getLogger("kaizen.db").exception("the database went away during a search")
    window = LogWindow()
    window.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(_preview())
