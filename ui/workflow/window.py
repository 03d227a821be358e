"""The workflow window: the triage inbox and the improvement board in tabs, the detail beside them.

One undo stack serves both tabs (Ctrl+Z / Ctrl+Shift+Z), so a link made in the
inbox and a move made on the board undo in the order they were done.

Preview on sample data: ``python -m ui.workflow.window``.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import QDockWidget, QMainWindow, QTabWidget, QWidget
from sqlalchemy import Engine

from ui.workflow.board import BoardWidget
from ui.workflow.detail import ImprovementDetailView
from ui.workflow.inbox import InboxWidget
from ui.workflow.overdue import OverdueWidget
from ui.workflow.undo import WorkflowUndo

DETAIL_MIN_WIDTH = 560  # the linked items table needs about this much


class WorkflowWindow(QMainWindow):
    def __init__(self, engine: Engine, *, user_id: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Improvements – Kaizen Desk"))
        self.undo = WorkflowUndo(engine, user_id, self)
        self.inbox = InboxWidget(engine, user_id=user_id, undo=self.undo)
        self.board = BoardWidget(engine, user_id=user_id, undo=self.undo)
        self.detail = ImprovementDetailView(engine, user_id=user_id, undo=self.undo)
        self.overdue = OverdueWidget(engine, user_id=user_id)  # reads nothing until shown
        self.tabs = QTabWidget()
        self.tabs.addTab(self.inbox, self.tr("&Inbox"))
        self.tabs.addTab(self.board, self.tr("&Board"))
        self.tabs.addTab(self.overdue, self.tr("&Overdue replies"))
        self.setCentralWidget(self.tabs)
        dock = QDockWidget(self.tr("Improvement"), self)
        dock.setObjectName("improvement-detail")
        dock.setWidget(self.detail)
        self.detail.setMinimumWidth(DETAIL_MIN_WIDTH)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
        dock.hide()
        self._dock = dock
        edit = self.menuBar().addMenu(self.tr("&Edit"))
        edit.addAction(self.undo.undo_action)
        edit.addAction(self.undo.redo_action)
        self.undo.step_failed.connect(self.board.show_failure)
        # Whatever one tab changed, the other shows afresh (each reloads itself after an undo).
        self.inbox.bulk_done.connect(self.board.reload)
        self.board.card_moved.connect(self.inbox.reload)
        self.board.improvement_opened.connect(self.open_improvement)
        self.resize(1400, 800)

    def show_board(self) -> None:
        self.tabs.setCurrentWidget(self.board)
        self.show()
        self.raise_()
        self.activateWindow()

    def show_overdue(self) -> None:
        self.tabs.setCurrentWidget(self.overdue)
        self.show()
        self.raise_()
        self.activateWindow()

    def show_inbox(self) -> None:
        self.tabs.setCurrentWidget(self.inbox)
        self.show()
        self.raise_()
        self.activateWindow()

    @Slot(int)
    def open_improvement(self, improvement_id: int) -> None:
        self.detail.show_improvement(improvement_id)
        self._dock.show()


if __name__ == "__main__":
    from ui.workflow.preview import run_preview

    raise SystemExit(run_preview("python -m ui.workflow.window", lambda engine: WorkflowWindow(engine)))
