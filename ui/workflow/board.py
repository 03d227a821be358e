"""The improvement board: a column per stage; dragging a card asks the workflow to move it.

The rules are ``app.workflow``'s: the board only gathers what a move needs
(a reason to decline or hold, the measured result to leave Check), runs
``workflow.advance`` in the background and shows its answer. A refused move
shows the service's reason and the card stays; an edit conflict shows the
message and reloads the board.

Preview on sample data: ``python -m ui.workflow.board``.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QPoint, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListView,
    QMenu,
    QMessageBox,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import Engine

from app import workflow
from app.board import CARDS_PER_COLUMN, Card, StageColumn, load_board
from app.conflicts import EditConflict, change_stamp
from app.tasks import TaskState
from app.workflow import Moved, WorkflowError
from db.enums import Stage
from ui import crash
from ui.background import BackgroundTask, run_in_background
from ui.models.board_model import StageCardsModel, current_state_text, stage_labels
from ui.workflow.card_delegate import CardDelegate
from ui.workflow.reply_composer import Confirm, ReplyComposerDialog, confirm, offer_outcome_replies
from ui.workflow.undo import MoveStep, WorkflowUndo

COLUMN_WIDTH = 230
log = logging.getLogger("kaizen.ui.board")

#: Asks the user for a text: (parent, title, label) -> the text, or None when cancelled.
AskText = Callable[[QWidget, str, str], str | None]


def ask_text(parent: QWidget, title: str, label: str) -> str | None:
    text, ok = QInputDialog.getMultiLineText(parent, title, label)
    return text if ok else None


Stamp = tuple[int, int, int]
POLL_MS = 3000  # how often an open board looks for others' changes


def _load(_state: TaskState, engine: Engine, limit: int) -> tuple[dict[Stage, StageColumn], Stamp]:
    with engine.connect() as conn:
        stamp = change_stamp(conn)  # before the cards: a change in between shows on the next poll
        return load_board(conn, limit=limit), stamp


def _stamp(_state: TaskState, engine: Engine) -> Stamp:
    with engine.connect() as conn:
        return change_stamp(conn)


def _advance(
    _state: TaskState,
    engine: Engine,
    improvement_id: int,
    to: Stage,
    user_id: int | None,
    reason: str | None,
    measured: str | None,
    version: int,
) -> Moved:
    return workflow.advance(
        engine,
        improvement_id,
        to,
        user_id=user_id,
        reason=reason,
        measured_benefit=measured,
        expected_version=version,
    )


class BoardWidget(QWidget):
    #: The cards were (re)loaded from the database.
    board_loaded = Signal()
    #: The workflow moved this improvement to this stage.
    card_moved = Signal(int, str)
    #: A move, undo or redo was refused or failed: the message the user saw.
    move_refused = Signal(str)
    #: The user opened this improvement (double click, or Enter).
    improvement_opened = Signal(int)

    def __init__(
        self,
        engine: Engine,
        *,
        user_id: int | None = None,
        undo: WorkflowUndo | None = None,
        limit: int = CARDS_PER_COLUMN,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._engine = engine
        self._user_id = user_id
        self._limit = limit
        self.undo = undo or WorkflowUndo(engine, user_id, self)
        self.undo.step_done.connect(self.reload)
        if undo is None:  # a shared stack's refusals are shown once, by its owner
            self.undo.step_failed.connect(self._on_failed)
        self.addAction(self.undo.undo_action)
        self.addAction(self.undo.redo_action)
        self.ask_text: AskText = ask_text  # tests answer instead of a dialog
        self.confirm: Confirm = confirm  # "reply to the contributors now?" (tests answer too)
        self.reply_composer: ReplyComposerDialog | None = None  # the last one offered after a move
        self._load_task: BackgroundTask | None = None
        self._moving = False
        self.models: dict[Stage, StageCardsModel] = {}
        self.views: dict[Stage, QListView] = {}
        self._headers: dict[Stage, QLabel] = {}

        row = QWidget()
        columns = QHBoxLayout(row)
        columns.setContentsMargins(6, 6, 6, 6)
        columns.setSpacing(8)
        for stage in workflow.BOARD_ORDER:
            columns.addWidget(self._column(stage))
        scroll = QScrollArea()
        scroll.setWidget(row)
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)
        # Others' changes (another user, another window): a cheap stamp is polled while the
        # board is shown, and the cards reload only when it moved.
        self._stamp: Stamp | None = None
        self._poll_task: BackgroundTask | None = None
        self.poll_timer = QTimer(self)
        self.poll_timer.setInterval(POLL_MS)
        self.poll_timer.timeout.connect(self.poll_for_changes)
        self.poll_timer.start()
        self.reload()

    def _column(self, stage: Stage) -> QWidget:
        model = StageCardsModel(stage, self)
        model.move_requested.connect(self._on_move_requested)
        view = QListView()
        view.setObjectName(f"board-{stage.value}")
        view.setModel(model)
        view.setItemDelegate(CardDelegate(view))
        view.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        view.setDefaultDropAction(Qt.DropAction.MoveAction)
        view.setDragEnabled(True)
        view.setAcceptDrops(True)
        view.setDropIndicatorShown(True)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        view.setUniformItemSizes(True)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.activated.connect(self._on_activated)
        view.doubleClicked.connect(self._on_activated)
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        view.customContextMenuRequested.connect(lambda pos, v=view: self._show_card_menu(v, pos))
        header = QLabel()
        header.setStyleSheet("font-weight: bold; padding: 2px;")
        box = QWidget()
        box.setFixedWidth(COLUMN_WIDTH)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(header)
        layout.addWidget(view)
        self.models[stage], self.views[stage], self._headers[stage] = model, view, header
        self._set_header(stage, 0, 0)
        return box

    def _set_header(self, stage: Stage, shown: int, total: int) -> None:
        name = stage_labels()[stage]
        if shown < total:
            text = self.tr("%1 (newest %2 of %3)").replace("%1", name).replace("%2", str(shown))
            text = text.replace("%3", str(total))
        else:
            text = f"{name} ({total})"
        self._headers[stage].setText(text)

    # -- what others call ---------------------------------------------------

    def header_text(self, stage: Stage) -> str:
        return self._headers[stage].text()

    def is_busy(self) -> bool:
        return self._load_task is not None or self._moving or self.undo.is_busy()

    @Slot()
    def reload(self) -> None:
        """Read the cards again (after a move, an undo, or someone else's change)."""
        if self._load_task is not None:
            self._load_task.cancel()
        task = run_in_background(_load, self._engine, self._limit)
        task.finished.connect(self._on_loaded)
        task.failed.connect(self._on_load_failed)
        self._load_task = task

    def request_move(self, improvement_id: int, to: Stage) -> None:
        """Move a card as a drop would (for the keyboard, and tests)."""
        for stage, model in self.models.items():
            row = model.row_of(improvement_id)
            if row is not None:
                card = model.card(row)
                self._on_move_requested(card.id, stage.value, card.version, to.value)
                return

    # -- moves --------------------------------------------------------------

    def _card(self, stage: Stage, improvement_id: int) -> Card | None:
        model = self.models[stage]
        row = model.row_of(improvement_id)
        return model.card(row) if row is not None else None

    @Slot(int, str, int, str)
    def _on_move_requested(self, improvement_id: int, from_stage: str, version: int, to_stage: str) -> None:
        if self._moving:
            return
        source, to = Stage(from_stage), Stage(to_stage)
        card = self._card(source, improvement_id)
        title = card.title if card else str(improvement_id)
        reason = measured = None
        if to in workflow.NEEDS_REASON or (source, to) in workflow.REOPENING:
            reason = self.ask_text(
                self,
                self.tr("Move to %1").replace("%1", stage_labels()[to]),
                self.tr("Why? The contributors of “%1” will be told this reason.").replace("%1", title),
            )
            if reason is None:
                return
        if source is Stage.CHECK and not (card and card.has_measured_result):
            measured = self.ask_text(
                self,
                self.tr("Leave Check"),
                self.tr("What was the measured result of “%1”?").replace("%1", title),
            )
            if measured is None:
                return
        self._moving = True
        task = run_in_background(
            _advance, self._engine, improvement_id, to, self._user_id, reason, measured, version
        )

        def finished(moved: Moved) -> None:
            self._moving = False
            self.undo.push(MoveStep(moved, title))
            self.card_moved.emit(moved.improvement_id, moved.to_stage.value)
            self.reload()
            if moved.to_stage is Stage.DECLINED:
                self._offer_replies(moved.improvement_id, title, close=False)

        def failed(exc: BaseException) -> None:
            self._moving = False
            self._on_failed(exc)
            if isinstance(exc, WorkflowError) and exc.rule == "replies_missing":
                self._offer_replies(improvement_id, title, close=True)

        task.finished.connect(finished)
        task.failed.connect(failed)

    def _offer_replies(self, improvement_id: int, title: str, *, close: bool) -> None:
        """Offer "you said, we did" after a decline, or before done (``close``: done once all are told)."""
        dialog = offer_outcome_replies(
            self, self._engine, improvement_id, self._user_id, title=title, close=close, ask=self.confirm
        )
        if dialog is not None:
            dialog.replies_sent.connect(self.reload)
            self.reply_composer = dialog

    @Slot(object)
    def show_failure(self, exc: BaseException) -> None:
        """Show why a move, undo or redo did not happen (the rules, a conflict, the database)."""
        self._on_failed(exc)

    @Slot(object)
    def _on_failed(self, exc: BaseException) -> None:
        if isinstance(exc, WorkflowError):
            message = crash.environment_message(exc)  # in the user's language
            QMessageBox.warning(self, self.tr("Move refused"), message)
        elif isinstance(exc, EditConflict):
            message = "\n\n".join(filter(None, [crash.environment_message(exc), current_state_text(exc)]))
            QMessageBox.warning(self, self.tr("Changed by someone else"), message)
            self.reload()  # the card shows where it stands now
        elif crash.is_environment_error(exc):
            message = crash.environment_message(exc)
            QMessageBox.warning(self, self.tr("Kaizen Desk"), message)
        else:
            crash.report(exc)
            message = str(exc)
        self.move_refused.emit(message)

    # -- loading ------------------------------------------------------------

    @Slot(object)
    def _on_loaded(self, loaded: tuple[dict[Stage, StageColumn], Stamp]) -> None:
        self._load_task = None
        board, self._stamp = loaded
        # A reload (someone else's change) keeps what the user was looking at.
        selected = self.selected_card_id()
        scrolled = {stage: view.verticalScrollBar().value() for stage, view in self.views.items()}
        for stage, column in board.items():
            self.models[stage].set_cards(column.cards, column.total)
            self._set_header(stage, len(column.cards), column.total)
            self.views[stage].verticalScrollBar().setValue(scrolled[stage])
        if selected is not None:
            self.select_card(selected)
        self.board_loaded.emit()

    # -- others' changes ----------------------------------------------------

    def selected_card_id(self) -> int | None:
        for stage, view in self.views.items():
            rows = view.selectionModel().selectedRows()
            if rows:
                return self.models[stage].card(rows[0].row()).id
        return None

    def select_card(self, improvement_id: int) -> bool:
        """Select the card wherever it is now; False when it is not shown."""
        for stage, model in self.models.items():
            row = model.row_of(improvement_id)
            if row is not None:
                flags = QItemSelectionModel.SelectionFlag.ClearAndSelect
                self.views[stage].selectionModel().setCurrentIndex(model.index(row), flags)
                return True
        return False

    def is_interacting(self) -> bool:
        """A drag, a menu, a dialog, a move or a load under way: no reload under the user's hands."""
        if self._moving or self._load_task is not None:
            return True
        if QApplication.mouseButtons() != Qt.MouseButton.NoButton:
            return True
        if QApplication.activePopupWidget() is not None or QApplication.activeModalWidget() is not None:
            return True
        return any(view.state() == QAbstractItemView.State.DraggingState for view in self.views.values())

    @Slot()
    def poll_for_changes(self) -> None:
        """Reload when anyone saved since the cards were read (the timer calls this while shown)."""
        if self._poll_task is not None or self._stamp is None or not self.isVisible():
            return
        if self.is_interacting():
            return
        task = run_in_background(_stamp, self._engine)
        task.finished.connect(self._on_stamp)
        task.failed.connect(self._on_stamp_failed)
        self._poll_task = task

    @Slot(object)
    def _on_stamp(self, stamp: Stamp) -> None:
        self._poll_task = None
        if stamp != self._stamp and not self.is_interacting():
            self.reload()

    @Slot(object)
    def _on_stamp_failed(self, exc: BaseException) -> None:
        self._poll_task = None  # the database away for a moment: the next poll asks again
        log.warning("board: looking for changes failed: %s", exc)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.poll_for_changes()  # shown again (another tab): catch up at once

    @Slot(object)
    def _on_load_failed(self, exc: BaseException) -> None:
        if self.sender() is not self._load_task:
            return  # a cancelled, older load
        self._load_task = None
        if crash.is_environment_error(exc):
            QMessageBox.warning(self, self.tr("Kaizen Desk"), crash.environment_message(exc))
        else:
            crash.report(exc)

    def card_menu(self, stage: Stage, row: int) -> QMenu:
        """Open, and "Move to" each stage the rules let this card's stage go to (dragging without a mouse)."""
        card = self.models[stage].card(row)
        menu = QMenu(self)
        menu.addAction(self.tr("Open"), lambda: self.improvement_opened.emit(card.id))
        move = menu.addMenu(self.tr("Move to"))
        names = stage_labels()
        for to in workflow.allowed_next(stage):
            move.addAction(
                names[to],
                lambda to=to: self._on_move_requested(card.id, stage.value, card.version, to.value),
            )
        return menu

    def _show_card_menu(self, view: QListView, pos: QPoint) -> None:
        index = view.indexAt(pos)
        if index.isValid():
            model = view.model()
            assert isinstance(model, StageCardsModel)
            self.card_menu(model.stage, index.row()).popup(view.viewport().mapToGlobal(pos))

    @Slot(QModelIndex)
    def _on_activated(self, index: QModelIndex) -> None:
        if index.isValid():
            model = index.model()
            assert isinstance(model, StageCardsModel)
            self.improvement_opened.emit(model.card(index.row()).id)


if __name__ == "__main__":
    from ui.workflow.preview import run_preview

    raise SystemExit(run_preview("python -m ui.workflow.board", lambda engine: BoardWidget(engine)))
