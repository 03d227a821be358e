"""The triage inbox: every incoming item, filtered, and bulk actions on a selection, undoable.

The filter bar (``inbox_filters``) and the saved views (``inbox_views``)
decide what the lazy table shows; the bulk actions (``inbox_actions``: set
category, assign, link to an improvement, start an improvement, mark
duplicates, reply) run ``app.triage`` in the background and land on the
shared undo stack as one step each.

Preview on sample data: ``python -m ui.workflow.inbox``.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import Engine

from app import saved_views
from app.feedback import FeedbackQuery
from app.saved_views import OpenedView
from app.triage import TriageChange
from ui.background import BackgroundTask, run_in_background
from ui.delegates.natural_direction_delegate import NaturalDirectionDelegate
from ui.models.feedback_table_model import Column
from ui.models.inbox_table_model import ASSIGNEE_COLUMN, InboxTableModel
from ui.similar.similar_panel import SimilarPanel
from ui.workflow.inbox_actions import Choices, InboxActions, ask_choice, ask_text, load_choices
from ui.workflow.inbox_filters import InboxFilterBar
from ui.workflow.inbox_views import SavedViewsBar
from ui.workflow.undo import TriageStep, WorkflowUndo


class InboxWidget(InboxActions, QWidget):
    #: A bulk action was done; its undo label.
    bulk_done = Signal(str)
    #: A bulk action was refused or failed: the message the user saw.
    bulk_refused = Signal(str)
    #: Categories, users and open improvements are loaded (the filters and actions offer them).
    choices_loaded = Signal()
    #: A saved view was opened and shown (after its list was reloaded).
    view_shown = Signal()

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
        self.ask_choice = ask_choice  # tests answer instead of a dialog
        self.ask_text = ask_text
        self._categories: list[tuple[int, str]] = []
        self._improvements: list[tuple[int, str, str]] = []
        self._users: list[tuple[int, str]] = []
        self._task: BackgroundTask | None = None
        self._choices_task: BackgroundTask | None = None
        self.model = InboxTableModel(engine, self)

        self.filter_bar = InboxFilterBar(engine, user_id=user_id)
        self.filter_bar.filters_changed.connect(self._apply_filters)
        self.filter_bar.search_changed.connect(self.model.set_search)
        self.filters = self.filter_bar.filters
        self.date_from, self.date_to = self.filter_bar.date_from, self.filter_bar.date_to
        self.views = SavedViewsBar(engine, user_id=user_id, current_definition=self.current_definition)
        self.views.view_opened.connect(self.show_view)
        self._view_query: FeedbackQuery | None = None  # what the chosen saved view shows

        self.table = QTableView()
        self._setup_table()

        self.buttons = {
            "category": QPushButton(self.tr("Set category…")),
            "assign": QPushButton(self.tr("Assign to…")),
            "link": QPushButton(self.tr("Link to improvement…")),
            "start": QPushButton(self.tr("Start improvement…")),
            "duplicate": QPushButton(self.tr("Mark duplicates…")),
            "reply": QPushButton(self.tr("Reply…")),
        }
        self.buttons["category"].clicked.connect(self.set_category_of_selection)
        self.buttons["assign"].clicked.connect(self.assign_selection)
        self.buttons["link"].clicked.connect(self.link_selection)
        self.buttons["start"].clicked.connect(self.start_improvement_from_selection)
        self.buttons["duplicate"].clicked.connect(self.mark_selection_duplicates)
        self.buttons["reply"].clicked.connect(self.reply_to_selection)
        self._status = QLabel()
        action_row = QHBoxLayout()
        action_row.addWidget(self._status, 1)
        for button in self.buttons.values():
            action_row.addWidget(button)

        # Built hidden: the similarity index is only read (and, the first time, built) once it is shown.
        self.similar = SimilarPanel(engine, user_id=user_id)
        self.similar.changed.connect(self._similar_changed)
        self.similar.hide()
        self.similar_button = QPushButton(self.tr("&Similar items"))
        self.similar_button.setCheckable(True)
        self.similar_button.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Modifier.SHIFT | Qt.Key.Key_S))
        self.similar_button.setToolTip(self.tr("Items and improvements that say the same (Ctrl+Shift+S)"))
        self.similar_button.toggled.connect(self._toggle_similar)
        action_row.insertWidget(1, self.similar_button)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.table)
        splitter.addWidget(self.similar)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.views)
        layout.addWidget(self.filter_bar)
        layout.addWidget(splitter, 1)
        layout.addLayout(action_row)

        self.model.modelReset.connect(self._update_status)
        self.model.modelReset.connect(self._leave_view_if_changed)
        self.model.count_changed.connect(self._update_status)
        self.table.selectionModel().selectionChanged.connect(self._update_status)
        self.table.selectionModel().currentRowChanged.connect(self._show_similar_of_current)
        self._update_status()
        self._reload_choices()

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
        header = table.horizontalHeader()
        header.moveSection(ASSIGNEE_COLUMN, Column.TEXT)  # shown before the text, which stretches
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSortIndicator(self.model.sort_column(), self.model.sort_order())
        table.setSortingEnabled(True)
        table.resizeColumnsToContents()

    # -- what others call ---------------------------------------------------

    def is_busy(self) -> bool:
        return (
            self._task is not None
            or self._choices_task is not None
            or self.undo.is_busy()
            or self.views.is_busy()
            or self.filter_bar.is_busy()
        )

    def status_text(self) -> str:
        return self._status.text()

    @Slot()
    def reload(self) -> None:
        self.model.reload()
        self._reload_choices()

    def current_definition(self) -> dict[str, Any]:
        """What a saved view keeps of the current filters, search and sort."""
        return saved_views.definition_of(self.model.query(), user_id=self._user_id)

    @Slot(object)
    def show_view(self, opened: OpenedView) -> None:
        """Show a saved view: its filters in the bar, its rows in the table."""
        self.filter_bar.show_view(opened.query, opened.assignee, opened.contact_name)
        self._view_query = opened.query
        self.model.set_query(opened.query)
        self.table.horizontalHeader().setSortIndicator(self.model.sort_column(), self.model.sort_order())
        if opened.dropped:
            QMessageBox.information(
                self,
                self.tr("Saved view"),
                self.tr("This view names what no longer exists; it opened without: %1").replace(
                    "%1", ", ".join(opened.dropped)
                ),
            )
        self.view_shown.emit()

    # -- inside -------------------------------------------------------------

    @Slot()
    def _leave_view_if_changed(self) -> None:
        # Filters changed after a view was opened: the picker no longer names what is shown.
        if self._view_query is not None and self.model.query() != self._view_query:
            self._view_query = None
            self.views.clear_choice()

    @Slot(bool)
    def _toggle_similar(self, shown: bool) -> None:
        self.similar.setVisible(shown)
        if shown:
            self._show_similar_of_current()

    @Slot()
    def _show_similar_of_current(self, *_args: object) -> None:
        if not self.similar.isVisible():
            return
        row = self.table.currentIndex().row()
        self.similar.show_item(self.model.feedback_row(row).id if row >= 0 else None)

    @Slot(object)
    def _similar_changed(self, change: TriageChange) -> None:
        step = TriageStep(change)
        self.undo.push(step)
        self.reload()
        self.bulk_done.emit(step.text())

    @Slot()
    def _apply_filters(self) -> None:
        self.model.set_filters(**self.filter_bar.filter_values())

    def _reload_choices(self) -> None:
        if self._choices_task is not None:
            self._choices_task.cancel()
        task = run_in_background(load_choices, self._engine)
        task.finished.connect(self._on_choices)
        task.failed.connect(self._on_choices_failed)
        self._choices_task = task

    @Slot(object)
    def _on_choices(self, found: Choices) -> None:
        if self.sender() is not self._choices_task:
            return
        self._choices_task = None
        self._categories, self._improvements, self._users = found
        self.filter_bar.set_categories(self._categories)
        self.filter_bar.set_users(self._users)
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

    raise SystemExit(
        run_preview("python -m ui.workflow.inbox", lambda engine: InboxWidget(engine, user_id=1))
    )
