"""An improvement's "Similar items not yet linked": items saying what it or its items say, to link in one go.

Each link is one step on the workflow undo stack (``TriageStep``), like the
inbox's bulk actions, so Ctrl+Z takes it back.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import QAbstractItemView, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget
from sqlalchemy import Engine

from app import similar_items
from app.similar_items import SimilarRow
from app.triage import TriageChange
from ui import crash
from ui.background import run_in_background
from ui.models.similar_model import SimilarModel
from ui.similar import actions
from ui.similar.lookup import SimilarLookup
from ui.similar.table import select_row, similar_table
from ui.workflow.undo import TriageStep, WorkflowUndo


class SimilarToImprovementTab(QWidget):
    #: The items not yet linked are listed: how many.
    loaded = Signal(int)
    #: Selected items were linked to the improvement (the ``TriageChange``, already on the undo stack).
    linked = Signal(object)

    def __init__(
        self, engine: Engine, undo: WorkflowUndo, user_id: int | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._engine = engine
        self.user_id = user_id
        self._undo = undo
        self._improvement_id: int | None = None
        self._linking = False
        self.model = SimilarModel(self)
        self._lookup = SimilarLookup(engine, self)
        self._lookup.found.connect(self._found)
        self._lookup.building.connect(self._building)
        self._lookup.failed.connect(self._failed)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.table = similar_table(self.model)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._update_button())
        self.link_button = QPushButton(self.tr("&Link selected"))
        self.link_button.clicked.connect(self.link_selected)
        row = QHBoxLayout()
        row.addWidget(self.status, 1)
        row.addWidget(self.link_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.table, 1)
        self._update_button()

    def is_busy(self) -> bool:
        return self._lookup.is_busy() or self._linking

    def show_improvement(self, improvement_id: int) -> None:
        self._improvement_id = improvement_id
        self.status.setText(self.tr("Looking for similar items…"))
        # Asked for, as in the inbox's panel: the same complaint in another language follows, marked.
        self._lookup.ask(
            similar_items.similar_to_improvement, improvement_id, 50, similar_items.MIN_SCORE, True
        )

    def select_row(self, row: int) -> None:
        select_row(self.table, row)

    def selected_rows(self) -> list[SimilarRow]:
        rows = (self.model.row_at(i.row()) for i in self.table.selectionModel().selectedRows())
        return [r for r in rows if r is not None]

    @Slot()
    def link_selected(self) -> None:
        rows = self.selected_rows()
        if not rows or self._improvement_id is None or self._linking:
            return
        self._linking = True
        self._update_button()
        ids = [r.id for r in rows]
        task = run_in_background(
            actions.link, self._engine, ids, self._improvement_id, self.user_id, writes=True
        )
        task.finished.connect(self._linked)
        task.failed.connect(self._link_failed)

    @Slot(object)
    def _linked(self, change: TriageChange) -> None:
        self._linking = False
        self._undo.push(TriageStep(change))
        self.linked.emit(change)
        if self._improvement_id is not None:
            self.show_improvement(self._improvement_id)

    @Slot(object)
    def _link_failed(self, exc: BaseException) -> None:
        self._linking = False
        self._update_button()
        self._failed(exc)

    def _update_button(self) -> None:
        count = len(self.selected_rows())
        self.link_button.setEnabled(count > 0 and not self._linking)
        self.link_button.setText(
            self.tr("&Link %n selected", "", count) if count > 1 else self.tr("&Link selected")
        )

    @Slot()
    def _building(self) -> None:
        self.status.setText(
            self.tr("Looking for similar items… (reading every item once; this takes a moment)")
        )

    @Slot(object)
    def _found(self, rows: list[SimilarRow]) -> None:
        self.model.set_rows(rows)
        self.status.setText(
            self.tr("Items that say what this improvement or its items say, not linked to it yet.")
            if rows
            else self.tr("No similar items left to link.")
        )
        self._update_button()
        self.loaded.emit(len(rows))

    @Slot(object)
    def _failed(self, exc: BaseException) -> None:
        if crash.is_environment_error(exc):
            self.status.setText(crash.environment_message(exc).replace("\n", " "))
        else:
            self.status.clear()
            crash.report(exc)
