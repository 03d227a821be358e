"""The overdue list: items past their channel's acknowledge or reply target, oldest first.

At the top, how many are overdue per channel (acknowledgement and reply);
below, the items, paged lazily from the database. Double-click (or Enter)
opens the reply composer for that item; once a reply is sent the list is read
again. It reads nothing until it is first shown.

Preview on sample data: ``python -m ui.workflow.overdue``.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QModelIndex, Qt, Signal, Slot
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import Engine

from app.service_targets import ACKNOWLEDGE, REPLY, overdue_counts
from app.tasks import Cancelled, TaskState
from ui import crash
from ui.background import BackgroundTask, run_in_background
from ui.delegates.natural_direction_delegate import NaturalDirectionDelegate
from ui.models import labels
from ui.models.overdue_model import Column, OverdueModel
from ui.workflow.reply_composer import ReplyComposerDialog


def _counts(_state: TaskState, engine: Engine, as_of: dt.datetime | None) -> dict[str, dict[str, int]]:
    with engine.connect() as conn:
        return overdue_counts(conn, as_of=as_of)


class OverdueWidget(QWidget):
    #: The counts per channel were read (the total overdue).
    counts_loaded = Signal(int)
    #: The reply composer was opened for an overdue item (the dialog).
    composer_opened = Signal(object)

    def __init__(
        self,
        engine: Engine,
        *,
        user_id: int | None = None,
        as_of: dt.datetime | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._engine = engine
        self._user_id = user_id
        self._as_of = as_of
        self._counts_task: BackgroundTask | None = None
        self._started = False
        self.counts: dict[str, dict[str, int]] = {}
        self.reply_composer: ReplyComposerDialog | None = None
        self.model = OverdueModel(engine, self, as_of=as_of)
        self.model.error_occurred.connect(self._on_failed)

        self._counts_label = QLabel(self.tr("Counting…"))
        self._counts_label.setWordWrap(True)
        self._counts_label.setTextFormat(Qt.TextFormat.RichText)
        refresh = QPushButton(self.tr("&Refresh"))
        refresh.clicked.connect(self.reload)
        top = QHBoxLayout()
        top.addWidget(self._counts_label, 1)
        top.addWidget(refresh, 0, Qt.AlignmentFlag.AlignTop)

        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.setShowGrid(False)
        self.table.verticalHeader().hide()
        self.table.setItemDelegate(NaturalDirectionDelegate(self.table))  # Persian full stops on the left
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(Column.TEXT, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(self._on_activated)
        self.table.activated.connect(self._on_activated)
        hint = QLabel(self.tr("Double-click an item to reply."))
        hint.setStyleSheet("color: #606060;")

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(hint)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._started:
            self.reload()

    # -- what others call ---------------------------------------------------

    def is_busy(self) -> bool:
        return self._counts_task is not None or self.model.is_loading()

    def counts_text(self) -> str:
        return self._counts_label.text()

    @Slot()
    def reload(self) -> None:
        self._started = True
        self.model.reload()
        if self._counts_task is not None:
            self._counts_task.cancel()
        task = run_in_background(_counts, self._engine, self._as_of)
        task.finished.connect(self._on_counted)
        task.failed.connect(self._on_failed)
        self._counts_task = task

    def open_reply(self, row: int) -> ReplyComposerDialog:
        """The reply composer for the item in ``row``."""
        item_id = self.model.overdue(row).item_id
        dialog = ReplyComposerDialog(self._engine, item_ids=[item_id], user_id=self._user_id, parent=self)
        dialog.setWindowFlag(Qt.WindowType.Window)
        dialog.replies_sent.connect(self.reload)
        dialog.show()
        self.reply_composer = dialog
        self.composer_opened.emit(dialog)
        return dialog

    # -- inside -------------------------------------------------------------

    @Slot(QModelIndex)
    def _on_activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_reply(index.row())

    @Slot(object)
    def _on_counted(self, counts: dict[str, dict[str, int]]) -> None:
        self._counts_task = None
        self.counts = counts
        total = sum(c["overdue"] for c in counts.values())
        if not counts:
            self._counts_label.setText(self.tr("Nothing is overdue: every channel is within its targets."))
        else:
            names = labels.channel_labels()
            parts = []
            for code, c in sorted(counts.items(), key=lambda kv: -kv[1]["overdue"]):
                detail = (
                    self.tr("%1 to acknowledge, %2 to answer")
                    .replace("%1", str(c[ACKNOWLEDGE]))
                    .replace("%2", str(c[REPLY]))
                )
                parts.append(f"<b>{names.get(code, code)}: {c['overdue']}</b> ({detail})")
            head = self.tr("%1 items overdue").replace("%1", str(total))
            self._counts_label.setText(f"<b>{head}</b> — " + " · ".join(parts))
        self.counts_loaded.emit(total)

    @Slot(object)
    def _on_failed(self, exc: BaseException) -> None:
        if isinstance(exc, Cancelled):
            return  # an older count, replaced by a newer one
        if self.sender() is self._counts_task:
            self._counts_task = None
        if crash.is_environment_error(exc):
            self._counts_label.setText(crash.environment_message(exc))
        else:
            crash.report(exc)


if __name__ == "__main__":
    from ui.workflow.preview import run_preview

    raise SystemExit(run_preview("python -m ui.workflow.overdue", lambda engine: OverdueWidget(engine)))
