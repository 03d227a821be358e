"""The inbox's saved views: pick one, save the current filters under a name, rename, delete.

The views are ``app.saved_views``'s, per user; every read and write runs in
the background. Opening a view that names a category, user or contact that
no longer exists opens it without that filter and says so.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QInputDialog,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QWidget,
)
from sqlalchemy import Engine

from app import saved_views
from app.errors import KaizenError
from app.saved_views import OpenedView, SavedView
from app.tasks import TaskState
from ui import crash
from ui.background import BackgroundTask, run_in_background
from ui.models.saved_view_model import SavedViewListModel

#: (parent, title, label, proposed text) -> the text, or None when cancelled.
AskText = Callable[[QWidget, str, str, str], str | None]
#: (parent, title, question) -> whether the user said yes.
Confirm = Callable[[QWidget, str, str], bool]


def ask_text(parent: QWidget, title: str, label: str, proposed: str) -> str | None:
    text, ok = QInputDialog.getText(parent, title, label, QLineEdit.EchoMode.Normal, proposed)
    return text if ok else None


def confirm(parent: QWidget, title: str, question: str) -> bool:
    answer = QMessageBox.question(parent, title, question)
    return answer == QMessageBox.StandardButton.Yes


def _list(_state: TaskState, engine: Engine, user_id: int) -> list[SavedView]:
    with engine.connect() as conn:
        return saved_views.list_views(conn, user_id)


def _open(_state: TaskState, engine: Engine, user_id: int, definition: dict[str, Any]) -> OpenedView:
    with engine.connect() as conn:
        return saved_views.open_view(conn, definition, user_id=user_id)


def _run(_state: TaskState, action: Callable[[], Any]) -> Any:
    return action()


class SavedViewsBar(QWidget):
    #: A saved view was opened: what it shows today (``OpenedView``).
    view_opened = Signal(object)
    #: The list of views was (re)loaded.
    views_loaded = Signal()

    def __init__(
        self,
        engine: Engine,
        *,
        user_id: int | None,
        current_definition: Callable[[], dict[str, Any]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._engine = engine
        self._user_id = user_id
        self._current_definition = current_definition
        self._task: BackgroundTask | None = None
        self._pending_select: str | None = None
        self.ask_text: AskText = ask_text  # tests answer instead of a dialog
        self.confirm: Confirm = confirm
        self.model = SavedViewListModel(self)
        self.combo = QComboBox()
        self.combo.setModel(self.model)
        self.combo.setPlaceholderText(self.tr("Saved views"))
        self.combo.setMinimumContentsLength(14)
        self.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.combo.setCurrentIndex(-1)
        self.combo.activated.connect(self.open_row)
        self.combo.currentIndexChanged.connect(lambda _row: self._update_buttons())
        self.buttons = {
            "save": QPushButton(self.tr("Save view…")),
            "rename": QPushButton(self.tr("Rename…")),
            "delete": QPushButton(self.tr("Delete view")),
        }
        self.buttons["save"].clicked.connect(self.save_current)
        self.buttons["rename"].clicked.connect(self.rename_current)
        self.buttons["delete"].clicked.connect(self.delete_current)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.combo, 1)
        for button in self.buttons.values():
            layout.addWidget(button)
        if user_id is None:  # views are per user: nobody signed in, nothing to keep them under
            self.setEnabled(False)
            self.setToolTip(self.tr("Saved views need a signed-in user"))
        else:
            self.reload()
        self._update_buttons()

    # -- what others call ---------------------------------------------------

    def is_busy(self) -> bool:
        return self._task is not None

    def current_view(self) -> SavedView | None:
        row = self.combo.currentIndex()
        return self.model.view(row) if 0 <= row < self.model.rowCount() else None

    def clear_choice(self) -> None:
        """Show no view as chosen (what is shown is no saved view any more)."""
        self.combo.setCurrentIndex(-1)

    @Slot()
    def reload(self) -> None:
        if self._user_id is not None:
            self._start(run_in_background(_list, self._engine, self._user_id), self._on_listed)

    @Slot(int)
    def open_row(self, row: int) -> None:
        if self._user_id is None or not 0 <= row < self.model.rowCount():
            return
        definition = self.model.view(row).definition
        self._start(run_in_background(_open, self._engine, self._user_id, definition), self.view_opened.emit)

    @Slot()
    def save_current(self) -> None:
        if self._user_id is None or self._task is not None:
            return
        current = self.current_view()
        name = self.ask_text(
            self,
            self.tr("Save view"),
            self.tr("Name of this view (filters, search and sort)"),
            current.name if current else "",
        )
        if name is None or not name.strip():
            return
        if name.strip() in self.model.names() and (current is None or current.name != name.strip()):
            question = self.tr("Replace your view “%1” with the current filters?").replace("%1", name.strip())
            if not self.confirm(self, self.tr("Save view"), question):
                return
        engine, user, definition = self._engine, self._user_id, self._current_definition()
        self._pending_select = " ".join(name.split())
        self._write(lambda: saved_views.save_view(engine, user, name, definition))

    @Slot()
    def rename_current(self) -> None:
        view = self.current_view()
        if view is None or self._user_id is None or self._task is not None:
            return
        name = self.ask_text(self, self.tr("Rename view"), self.tr("New name"), view.name)
        if name is None or not name.strip() or name.strip() == view.name:
            return
        engine, user = self._engine, self._user_id
        self._pending_select = " ".join(name.split())
        self._write(lambda: saved_views.rename_view(engine, user, view.id, name))

    @Slot()
    def delete_current(self) -> None:
        view = self.current_view()
        if view is None or self._user_id is None or self._task is not None:
            return
        question = self.tr("Delete your saved view “%1”? The items are not touched.").replace("%1", view.name)
        if not self.confirm(self, self.tr("Delete view"), question):
            return
        engine, user = self._engine, self._user_id
        self._pending_select = None
        self._write(lambda: saved_views.delete_view(engine, user, view.id))

    # -- inside -------------------------------------------------------------

    def _start(self, task: BackgroundTask, done: Callable[[Any], None]) -> None:
        def finished(result: Any) -> None:
            self._task = None
            done(result)
            self._update_buttons()

        task.finished.connect(finished)
        task.failed.connect(self._on_failed)
        self._task = task
        self._update_buttons()

    def _write(self, action: Callable[[], Any]) -> None:
        self._start(run_in_background(_run, action), lambda _result: self.reload())

    @Slot(object)
    def _on_listed(self, views: list[SavedView]) -> None:
        keep = self._pending_select or (self.current_view().name if self.current_view() else None)
        self._pending_select = None
        self.model.set_views(views)
        names = self.model.names()
        self.combo.setCurrentIndex(names.index(keep) if keep in names else -1)
        self._update_buttons()
        self.views_loaded.emit()

    @Slot(object)
    def _on_failed(self, exc: BaseException) -> None:
        self._task = None
        self._pending_select = None
        self._update_buttons()
        if isinstance(exc, KaizenError) or crash.is_environment_error(exc):
            QMessageBox.warning(self, self.tr("Saved views"), crash.environment_message(exc))
        else:
            crash.report(exc)

    def _update_buttons(self) -> None:
        idle = self._task is None
        chosen = self.current_view() is not None
        self.buttons["save"].setEnabled(idle)
        self.buttons["rename"].setEnabled(idle and chosen)
        self.buttons["delete"].setEnabled(idle and chosen)
