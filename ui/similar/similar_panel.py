"""An item's similar items and improvements, to merge a duplicate or link the item where it belongs.

A reusable panel (the inbox preview, an item's window): ``show_item(item_id)``
looks the item's look-alikes up in the background; "Mark as duplicate of this"
makes the shown item a duplicate of the selected item, "Link to this
improvement" links it to the selected improvement (or the one the selected
item is in). ``changed`` carries the ``TriageChange`` so the caller can put it
on its undo stack (``ui.workflow.undo.TriageStep``).

Preview on sample data: ``python -m ui.similar.similar_panel [ITEM_ID]``.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, Signal, Slot
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

LIMIT = 20


class SimilarPanel(QWidget):
    #: An action changed the shown item (a ``TriageChange``, for an undo stack); the list is shown afresh.
    changed = Signal(object)
    #: The look-alikes of the shown item are listed (its id).
    loaded = Signal(int)

    def __init__(self, engine: Engine, user_id: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._engine = engine
        self.user_id = user_id
        self._item_id: int | None = None
        self._acting = False
        self.model = SimilarModel(self)
        self._lookup = SimilarLookup(engine, self)
        self._lookup.found.connect(self._found)
        self._lookup.building.connect(self._building)
        self._lookup.failed.connect(self._failed)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.table = similar_table(self.model)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.duplicate_button = QPushButton(self.tr("Mark as &duplicate of this"))
        self.duplicate_button.setToolTip(
            self.tr("The item shown says the same as the selected item: merge it")
        )
        self.duplicate_button.clicked.connect(self.mark_duplicate)
        self.link_button = QPushButton(self.tr("&Link to this improvement"))
        self.link_button.setToolTip(self.tr("Link the item shown to the selected improvement"))
        self.link_button.clicked.connect(self.link_to_improvement)
        buttons = QHBoxLayout()
        buttons.addWidget(self.duplicate_button)
        buttons.addWidget(self.link_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.status)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self._selection_changed()

    def item_id(self) -> int | None:
        return self._item_id

    def is_busy(self) -> bool:
        return self._lookup.is_busy() or self._acting

    def show_item(self, item_id: int | None) -> None:
        """List what item ``item_id`` sounds like (None: nothing)."""
        self._item_id = item_id
        self.model.set_rows([])
        self._selection_changed()
        if item_id is None:
            self._lookup.drop()
            self.status.clear()
            return
        self.status.setText(self.tr("Looking for similar items…"))
        # Asked for, so the same complaint in another language is offered too (after the word matches,
        # marked): neighbouring topics there cost a glance, not a wrong merge.
        self._lookup.ask(similar_items.similar_to_item, item_id, LIMIT, similar_items.MIN_SCORE, True)

    def selected_row(self) -> SimilarRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def select_row(self, row: int) -> None:
        select_row(self.table, row)

    @Slot()
    def mark_duplicate(self) -> None:
        row = self.selected_row()
        if row is None or row.kind != "item" or self._item_id is None or self._acting:
            return
        self._act(actions.mark_duplicate, self._item_id, row.id)

    @Slot()
    def link_to_improvement(self) -> None:
        row = self.selected_row()
        if row is None or row.improvement_id is None or self._item_id is None or self._acting:
            return
        self._act(actions.link, [self._item_id], row.improvement_id)

    def _act(self, fn: object, *args: object) -> None:
        self._acting = True
        self._selection_changed()
        task = run_in_background(fn, self._engine, *args, self.user_id, writes=True)  # type: ignore[arg-type]
        task.finished.connect(self._done)
        task.failed.connect(self._action_failed)

    @Slot(object)
    def _done(self, change: TriageChange) -> None:
        self._acting = False
        self.changed.emit(change)
        self.show_item(self._item_id)

    @Slot(object)
    def _action_failed(self, exc: BaseException) -> None:
        self._acting = False
        self._selection_changed()
        self._failed(exc)

    @Slot()
    def _building(self) -> None:
        self.status.setText(
            self.tr("Looking for similar items… (reading every item once; this takes a moment)")
        )

    @Slot(object)
    def _found(self, rows: list[SimilarRow]) -> None:
        self.model.set_rows(rows)
        self.status.setText(
            self.tr("%n similar item(s) or improvement(s)", "", len(rows))
            if rows
            else self.tr("Nothing similar found.")
        )
        if rows:
            select_row(self.table, 0)
        self._selection_changed()
        if self._item_id is not None:
            self.loaded.emit(self._item_id)

    @Slot(object)
    def _failed(self, exc: BaseException) -> None:
        if crash.is_environment_error(exc):
            self.status.setText(crash.environment_message(exc).replace("\n", " "))
        else:
            self.status.clear()
            crash.report(exc)

    @Slot()
    def _selection_changed(self, *_args: QItemSelection) -> None:
        row = self.selected_row()
        idle = not self._acting
        self.duplicate_button.setEnabled(idle and row is not None and row.kind == "item")
        self.link_button.setEnabled(idle and row is not None and row.improvement_id is not None)
        if row is not None and row.kind == "item" and row.improvement_id is not None:
            self.link_button.setToolTip(
                self.tr("Link the item shown to improvement #%1, which the selected item is in").replace(
                    "%1", str(row.improvement_id)
                )
            )


if __name__ == "__main__":
    import sys

    from ui.workflow.preview import run_preview

    wanted = int(sys.argv.pop(1)) if len(sys.argv) > 1 and sys.argv[1].isdigit() else 1

    def build(engine: Engine) -> QWidget:
        panel = SimilarPanel(engine)
        panel.resize(900, 360)
        panel.show_item(wanted)
        return panel

    raise SystemExit(run_preview("python -m ui.similar.similar_panel", build))
