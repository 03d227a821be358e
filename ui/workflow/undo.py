"""Undo and redo of workflow moves and triage actions, each step run by its service off the GUI thread.

A ``QUndoStack`` holds the steps, but its own ``undo()``/``redo()`` would run
a step synchronously and assume it worked. Here a step runs in the background
first; only when the service succeeded does the stack's index move. A refused
step (someone else's edit in between) or a failed one leaves the stack as it
was and is reported by ``step_failed``. Moves are undone from their records,
not by asking the workflow to move back, so every move the user made can be
undone, whatever the forward rules allow.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal, Slot
from PySide6.QtGui import QAction, QKeySequence, QUndoCommand, QUndoStack
from sqlalchemy import Engine

from app import triage, workflow
from app.triage import TriageChange
from app.workflow import Moved
from ui.background import BackgroundTask, run_in_background
from ui.models.board_model import stage_labels


class ServiceStep(QUndoCommand):
    """One done action; ``run_undo``/``run_redo`` call its service (in a worker) and return what to keep."""

    def run_undo(self, engine: Engine, user_id: int | None) -> Any:
        raise NotImplementedError

    def run_redo(self, engine: Engine, user_id: int | None) -> Any:
        raise NotImplementedError

    def keep(self, result: Any) -> None:
        """In the GUI thread, after a step succeeded: remember the service's new record."""

    # The stack's own calls only move its index: the work was done before.
    def undo(self) -> None:
        pass

    def redo(self) -> None:
        pass


class TriageStep(ServiceStep):
    def __init__(self, change: TriageChange) -> None:
        super().__init__(change.label)
        self.change = change

    def run_undo(self, engine: Engine, user_id: int | None) -> TriageChange:
        return triage.revert(engine, self.change, user_id=user_id)

    def run_redo(self, engine: Engine, user_id: int | None) -> TriageChange:
        return triage.apply(engine, self.change, user_id=user_id)

    def keep(self, result: Any) -> None:
        self.change = result


class MoveStep(ServiceStep):
    """A stage move, undone and redone from its record (``workflow.revert``/``apply``), not by moving back."""

    def __init__(self, moved: Moved, title: str) -> None:
        super().__init__(
            QCoreApplication.translate("WorkflowUndo", "Move “%1” to %2")
            .replace("%1", title)
            .replace("%2", stage_labels()[moved.to_stage])
        )
        self.moved = moved

    def run_undo(self, engine: Engine, user_id: int | None) -> Moved:
        return workflow.revert(engine, self.moved, user_id=user_id)

    def run_redo(self, engine: Engine, user_id: int | None) -> Moved:
        return workflow.apply(engine, self.moved, user_id=user_id)

    def keep(self, result: Any) -> None:
        self.moved = result


def _run_step(_state: object, fn: Callable[..., Any], engine: Engine, user_id: int | None) -> Any:
    return fn(engine, user_id)


class WorkflowUndo(QObject):
    """The undo stack of the workflow screens, with its Undo and Redo actions."""

    #: An undo or redo went through; the screens show the data again.
    step_done = Signal()
    #: An undo or redo was refused or failed with this exception; the stack did not move.
    step_failed = Signal(object)

    def __init__(self, engine: Engine, user_id: int | None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._engine = engine
        self._user_id = user_id
        self.stack = QUndoStack(self)
        self._task: BackgroundTask | None = None
        self.undo_action = QAction(self.tr("&Undo"), self)
        self.undo_action.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_Z))
        self.undo_action.triggered.connect(self.undo)
        self.redo_action = QAction(self.tr("&Redo"), self)
        self.redo_action.setShortcuts(
            [
                QKeySequence(Qt.Modifier.CTRL | Qt.Modifier.SHIFT | Qt.Key.Key_Z),
                QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_Y),
            ]
        )
        self.redo_action.triggered.connect(self.redo)
        self.stack.indexChanged.connect(self._update_actions)
        self._update_actions()

    def push(self, step: ServiceStep) -> None:
        """Record an action the service has just done."""
        self.stack.push(step)

    def is_busy(self) -> bool:
        return self._task is not None

    @Slot()
    def undo(self) -> None:
        if self.stack.canUndo() and self._task is None:
            step = self.stack.command(self.stack.index() - 1)
            self._start(step, step.run_undo, self.stack.undo)  # type: ignore[union-attr]

    @Slot()
    def redo(self) -> None:
        if self.stack.canRedo() and self._task is None:
            step = self.stack.command(self.stack.index())
            self._start(step, step.run_redo, self.stack.redo)  # type: ignore[union-attr]

    def _start(self, step: ServiceStep, fn: Callable[..., Any], move_index: Callable[[], None]) -> None:
        task = run_in_background(_run_step, fn, self._engine, self._user_id)
        self._task = task
        self._update_actions()

        def finished(result: object) -> None:
            self._task = None
            step.keep(result)
            move_index()
            self._update_actions()
            self.step_done.emit()

        def failed(exc: BaseException) -> None:
            self._task = None
            self._update_actions()
            self.step_failed.emit(exc)

        task.finished.connect(finished)
        task.failed.connect(failed)

    @Slot()
    def _update_actions(self) -> None:
        idle = self._task is None
        self.undo_action.setEnabled(idle and self.stack.canUndo())
        self.redo_action.setEnabled(idle and self.stack.canRedo())
        undo_text, redo_text = self.stack.undoText(), self.stack.redoText()
        self.undo_action.setText(
            self.tr("&Undo %1").replace("%1", undo_text) if undo_text else self.tr("&Undo")
        )
        self.redo_action.setText(
            self.tr("&Redo %1").replace("%1", redo_text) if redo_text else self.tr("&Redo")
        )


class TriageGroupStep(ServiceStep):
    """Several triage changes made together (duplicates marked in one go): undone newest first."""

    def __init__(self, changes: list[TriageChange]) -> None:
        label = (
            changes[0].label
            if len(changes) == 1
            else QCoreApplication.translate("WorkflowUndo", "Mark %1 items duplicates").replace(
                "%1", str(len(changes))
            )
        )
        super().__init__(label)
        self.changes = list(changes)

    def run_undo(self, engine: Engine, user_id: int | None) -> list[TriageChange]:
        with engine.begin() as conn:
            undone = [triage.revert(conn, c, user_id=user_id) for c in reversed(self.changes)]
        return list(reversed(undone))

    def run_redo(self, engine: Engine, user_id: int | None) -> list[TriageChange]:
        with engine.begin() as conn:
            return [triage.apply(conn, c, user_id=user_id) for c in self.changes]

    def keep(self, result: Any) -> None:
        self.changes = list(result)
