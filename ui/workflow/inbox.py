"""The triage inbox: every incoming item, filtered, and bulk actions on a selection, undoable.

The actions are ``app.triage``'s (set category, link to an improvement, start
an improvement, mark duplicates); each runs in the background and lands on the
shared undo stack as one step.

Preview on sample data: ``python -m ui.workflow.inbox``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QDate, QTime, QTimer, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import Engine

from app import triage
from app.conflicts import EditConflict
from app.tasks import TaskState
from app.triage import TriageChange
from ui import crash
from ui.background import BackgroundTask, run_in_background
from ui.delegates.natural_direction_delegate import NaturalDirectionDelegate
from ui.models import labels
from ui.models.board_model import stage_labels
from ui.models.inbox_table_model import InboxTableModel
from ui.workflow.undo import TriageGroupStep, TriageStep, WorkflowUndo

SEARCH_DELAY_MS = 250
NO_DATE = QDate(2000, 1, 1)  # the date boxes' "any" value
OPEN_IMPROVEMENTS = 500  # offered for linking, newest first

#: (parent, title, label, options) -> the chosen option's index, or None when cancelled.
AskChoice = Callable[[QWidget, str, str, Sequence[str]], int | None]
#: (parent, title, label, proposed text) -> the text, or None when cancelled.
AskText = Callable[[QWidget, str, str, str], str | None]


def ask_choice(parent: QWidget, title: str, label: str, options: Sequence[str]) -> int | None:
    chosen, ok = QInputDialog.getItem(parent, title, label, list(options), 0, False)
    return list(options).index(chosen) if ok and chosen in options else None


def ask_text(parent: QWidget, title: str, label: str, proposed: str) -> str | None:
    text, ok = QInputDialog.getText(parent, title, label, QLineEdit.EchoMode.Normal, proposed)
    return text if ok else None


def _load_choices(
    _state: TaskState, engine: Engine
) -> tuple[list[tuple[int, str]], list[tuple[int, str, str]]]:
    with engine.connect() as conn:
        return triage.active_categories(conn), triage.open_improvements(conn, limit=OPEN_IMPROVEMENTS)


def _run(_state: TaskState, action: Callable[[], Any]) -> Any:
    return action()


def mark_duplicates(
    engine: Engine, item_ids: Sequence[int], original_id: int, user_id: int | None
) -> list[TriageChange]:
    """Mark each item a duplicate of ``original_id``, all in one transaction."""
    with engine.begin() as conn:
        return [
            triage.mark_duplicate(conn, item_id, original_id, user_id=user_id)
            for item_id in item_ids
            if item_id != original_id
        ]


class InboxWidget(QWidget):
    #: A bulk action was done; its undo label.
    bulk_done = Signal(str)
    #: A bulk action was refused or failed: the message the user saw.
    bulk_refused = Signal(str)
    #: Categories and open improvements are loaded (the actions can offer them).
    choices_loaded = Signal()

    def __init__(
        self,
        engine: Engine,
        *,
        user_id: int | None = None,
        undo: WorkflowUndo | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._engine = engine
        self._user_id = user_id
        self.undo = undo or WorkflowUndo(engine, user_id, self)
        self.undo.step_done.connect(self.reload)
        if undo is None:  # a shared stack's refusals are shown once, by its owner
            self.undo.step_failed.connect(self._on_failed)
        self.addAction(self.undo.undo_action)
        self.addAction(self.undo.redo_action)
        self.ask_choice: AskChoice = ask_choice  # tests answer instead of a dialog
        self.ask_text: AskText = ask_text
        self._categories: list[tuple[int, str]] = []
        self._improvements: list[tuple[int, str, str]] = []
        self._task: BackgroundTask | None = None
        self._choices_task: BackgroundTask | None = None
        self.model = InboxTableModel(engine, self)

        self._search = QLineEdit()
        self._search.setPlaceholderText(self.tr("Search in any language"))
        self._search.setClearButtonEnabled(True)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._apply_search)
        self._search.textChanged.connect(lambda _text: self._search_timer.start())
        self.filters: dict[str, QComboBox] = {
            "channel": self._combo(self.tr("Any channel"), labels.channel_labels()),
            "kind": self._combo(self.tr("Any kind"), labels.kind_labels()),
            "category_id": self._combo(self.tr("Any category"), {}),
            "status": self._combo(self.tr("Any status"), labels.status_labels()),
            "language": self._combo(self.tr("Any language"), labels.language_labels()),
        }
        self.date_from = self._date_box(self.tr("from: any"))
        self.date_to = self._date_box(self.tr("to: any"))

        filter_row = QHBoxLayout()
        filter_row.addWidget(self._search, 2)
        for combo in self.filters.values():
            filter_row.addWidget(combo, 1)
        filter_row.addWidget(self.date_from)
        filter_row.addWidget(self.date_to)

        self.table = QTableView()
        self._setup_table()

        self.buttons = {
            "category": QPushButton(self.tr("Set category…")),
            "link": QPushButton(self.tr("Link to improvement…")),
            "start": QPushButton(self.tr("Start improvement…")),
            "duplicate": QPushButton(self.tr("Mark duplicates…")),
        }
        self.buttons["category"].clicked.connect(self.set_category_of_selection)
        self.buttons["link"].clicked.connect(self.link_selection)
        self.buttons["start"].clicked.connect(self.start_improvement_from_selection)
        self.buttons["duplicate"].clicked.connect(self.mark_selection_duplicates)
        self._status = QLabel()
        action_row = QHBoxLayout()
        action_row.addWidget(self._status, 1)
        for button in self.buttons.values():
            action_row.addWidget(button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(filter_row)
        layout.addWidget(self.table, 1)
        layout.addLayout(action_row)

        self.model.modelReset.connect(self._update_status)
        self.model.count_changed.connect(self._update_status)
        self.table.selectionModel().selectionChanged.connect(self._update_status)
        self._update_status()
        self._reload_choices()

    # -- building -----------------------------------------------------------

    def _combo(self, any_text: str, options: dict[str, str]) -> QComboBox:
        combo = QComboBox()
        combo.addItem(any_text, None)
        for code, text in options.items():
            combo.addItem(text, code)
        combo.currentIndexChanged.connect(self._apply_filters)
        return combo

    def _date_box(self, any_text: str) -> QDateEdit:
        box = QDateEdit()
        box.setCalendarPopup(True)
        box.setDisplayFormat("yyyy-MM-dd")
        box.setMinimumDate(NO_DATE)
        box.setSpecialValueText(any_text)  # shown while the date is the minimum: no limit
        box.setDate(NO_DATE)
        box.dateChanged.connect(self._apply_filters)
        return box

    def _setup_table(self) -> None:
        table = self.table
        table.setModel(self.model)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.setShowGrid(False)
        table.verticalHeader().hide()
        table.setItemDelegate(NaturalDirectionDelegate(table))
        table.horizontalHeader().setStretchLastSection(True)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        table.horizontalHeader().setSortIndicator(self.model.sort_column(), self.model.sort_order())
        table.setSortingEnabled(True)
        table.resizeColumnsToContents()

    # -- what others call ---------------------------------------------------

    def selected_item_ids(self) -> list[int]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [self.model.feedback_row(row).id for row in rows]

    def is_busy(self) -> bool:
        return self._task is not None or self._choices_task is not None or self.undo.is_busy()

    def status_text(self) -> str:
        return self._status.text()

    @Slot()
    def reload(self) -> None:
        self.model.reload()
        self._reload_choices()

    # -- filters ------------------------------------------------------------

    @Slot()
    def _apply_search(self) -> None:
        self.model.set_search(self._search.text())

    @Slot()
    def _apply_filters(self) -> None:
        def day(box: QDateEdit, extra_days: int) -> dt.datetime | None:
            if box.date() == NO_DATE:
                return None
            # Shown in local time; stored in UTC.
            local = box.dateTime().addDays(extra_days)
            local.setTime(QTime(0, 0))
            return local.toUTC().toPython().replace(tzinfo=None)  # type: ignore[union-attr]

        values: dict[str, Any] = {key: combo.currentData() for key, combo in self.filters.items()}
        values["received_from"] = day(self.date_from, 0)
        values["received_before"] = day(self.date_to, 1)  # the "to" day is included
        self.model.set_filters(**values)

    # -- bulk actions -------------------------------------------------------

    @Slot()
    def set_category_of_selection(self) -> None:
        ids = self._selection_or_say()
        if not ids:
            return
        options = [name for _id, name in self._categories] + [self.tr("(no category)")]
        chosen = self.ask_choice(
            self, self.tr("Set category"), self.tr("Category of %n items", "", len(ids)), options
        )
        if chosen is None:
            return
        category_id = self._categories[chosen][0] if chosen < len(self._categories) else None
        user = self._user_id
        self._start_action(lambda: triage.set_category(self._engine, ids, category_id, user_id=user))

    @Slot()
    def link_selection(self) -> None:
        ids = self._selection_or_say()
        if not ids:
            return
        if not self._improvements:
            self._say(self.tr("There is no open improvement to link to: start one from the selection."))
            return
        names = stage_labels()
        options = [f"#{id_} {title} ({names.get(stage, stage)})" for id_, title, stage in self._improvements]  # type: ignore[call-overload]
        chosen = self.ask_choice(self, self.tr("Link to improvement"), self.tr("Improvement"), options)
        if chosen is None:
            return
        target = self._improvements[chosen][0]
        user = self._user_id
        self._start_action(lambda: triage.link_items(self._engine, ids, target, user_id=user))

    @Slot()
    def start_improvement_from_selection(self) -> None:
        ids = self._selection_or_say()
        if not ids:
            return
        first = " ".join(self.model.feedback_row(self._row_of(ids[0])).text.split())[: triage.TITLE_CHARS]
        title = self.ask_text(self, self.tr("Start improvement"), self.tr("Title"), first)
        if title is None:
            return
        user = self._user_id
        self._start_action(lambda: triage.start_improvement(self._engine, ids, user_id=user, title=title)[1])

    @Slot()
    def mark_selection_duplicates(self) -> None:
        ids = self._selection_or_say(at_least=2)
        if not ids:
            return
        options = [f"#{id_} {self._preview(id_)}" for id_ in ids]
        chosen = self.ask_choice(
            self,
            self.tr("Mark duplicates"),
            self.tr("The original; the others become its duplicates"),
            options,
        )
        if chosen is None:
            return
        original = ids[chosen]
        engine, user = self._engine, self._user_id
        self._start_action(lambda: mark_duplicates(engine, ids, original, user))

    # -- inside -------------------------------------------------------------

    def _row_of(self, item_id: int) -> int:
        for row in range(self.model.rowCount()):
            if self.model.feedback_row(row).id == item_id:
                return row
        raise KeyError(item_id)

    def _preview(self, item_id: int) -> str:
        text = " ".join(self.model.feedback_row(self._row_of(item_id)).text.split())
        return text[:80]

    def _selection_or_say(self, at_least: int = 1) -> list[int]:
        if self._task is not None:
            return []
        ids = self.selected_item_ids()
        if len(ids) < at_least:
            self._say(
                self.tr("Select at least %n items first.", "", at_least)
                if at_least > 1
                else self.tr("Select items first.")
            )
            return []
        return ids

    def _say(self, message: str) -> None:
        QMessageBox.information(self, self.tr("Inbox"), message)
        self.bulk_refused.emit(message)

    def _start_action(self, action: Callable[[], TriageChange | list[TriageChange]]) -> None:
        task = run_in_background(_run, action)
        task.finished.connect(self._on_action_done)
        task.failed.connect(self._on_action_failed)
        self._task = task
        self._update_status()

    @Slot(object)
    def _on_action_done(self, result: TriageChange | list[TriageChange]) -> None:
        self._task = None
        step = TriageGroupStep(result) if isinstance(result, list) else TriageStep(result)
        self.undo.push(step)
        self.reload()
        self.bulk_done.emit(step.text())

    @Slot(object)
    def _on_action_failed(self, exc: BaseException) -> None:
        self._task = None
        self._update_status()
        self._on_failed(exc)

    @Slot(object)
    def _on_failed(self, exc: BaseException) -> None:
        if isinstance(exc, EditConflict):
            QMessageBox.warning(self, self.tr("Changed by someone else"), str(exc))
            self.reload()
            message = str(exc)
        elif crash.is_environment_error(exc):
            message = crash.environment_message(exc)
            QMessageBox.warning(self, self.tr("Inbox"), message)
        else:
            crash.report(exc)
            message = str(exc)
        self.bulk_refused.emit(message)

    def _reload_choices(self) -> None:
        if self._choices_task is not None:
            self._choices_task.cancel()
        task = run_in_background(_load_choices, self._engine)
        task.finished.connect(self._on_choices)
        task.failed.connect(self._on_choices_failed)
        self._choices_task = task

    @Slot(object)
    def _on_choices(self, found: tuple[list[tuple[int, str]], list[tuple[int, str, str]]]) -> None:
        self._choices_task = None
        self._categories, self._improvements = found
        combo = self.filters["category_id"]
        current = combo.currentData()
        combo.blockSignals(True)
        while combo.count() > 1:
            combo.removeItem(1)
        for id_, name in self._categories:
            combo.addItem(name, id_)
        combo.setCurrentIndex(max(0, combo.findData(current)) if current is not None else 0)
        combo.blockSignals(False)
        self.choices_loaded.emit()

    @Slot(object)
    def _on_choices_failed(self, exc: BaseException) -> None:
        if self.sender() is not self._choices_task:
            return
        self._choices_task = None
        self._on_failed(exc)

    @Slot()
    def _update_status(self) -> None:
        count = self.model.count()
        selected = len(self.table.selectionModel().selectedRows()) if self.table.selectionModel() else 0
        text = self.tr("Counting…") if count is None else self.tr("%n items", "", count)
        if selected:
            text += self.tr(", %n selected", "", selected)
        self._status.setText(text)
        for button in self.buttons.values():
            button.setEnabled(self._task is None and selected > 0)


if __name__ == "__main__":
    from ui.workflow.preview import run_preview

    raise SystemExit(run_preview("python -m ui.workflow.inbox", lambda engine: InboxWidget(engine)))
