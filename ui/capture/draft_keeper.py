"""Saving the capture form as a draft while it is typed, without ever making typing wait.

The form says when it changed; a few seconds later (or at once, when the
contact changes) the keeper takes a snapshot and writes it in the background.
Writes go one at a time, in order: a snapshot taken while one is being
written waits, and only the newest waiting one is written, so an older draft
can never land after a newer one or after the discard that follows a save.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal, Slot
from sqlalchemy import Engine

from app import drafts
from app.drafts import Draft
from app.tasks import TaskState
from ui.background import BackgroundTask, run_in_background

log = logging.getLogger("kaizen.ui.capture")

DRAFT_INTERVAL_MS = 2_000  # at most this long between a keystroke and its draft on disk

_DISCARD = None  # a queued write of nothing: remove the draft


def _write(_state: TaskState, engine: Engine, user_id: int, draft: Draft | None) -> Draft | None:
    if draft is None:
        drafts.discard_draft(engine, user_id)
    else:
        drafts.save_draft(engine, user_id, draft)
    return draft


class DraftKeeper(QObject):
    #: A draft (or its removal, None) reached the database.
    draft_written = Signal(object)
    #: Writing a draft failed with this exception (the form keeps its text; the next change tries again).
    write_failed = Signal(object)

    def __init__(
        self,
        engine: Engine,
        user_id: int,
        snapshot: Callable[[], Draft],
        parent: QObject | None = None,
        interval_ms: int = DRAFT_INTERVAL_MS,
    ) -> None:
        super().__init__(parent)
        self._engine = engine
        self._user_id = user_id
        self._snapshot = snapshot
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.save_now)
        self._task: BackgroundTask | None = None
        self._queued: list[Draft | None] = []  # at most one: the newest write waiting

    def is_idle(self) -> bool:
        return self._task is None and not self._queued and not self._timer.isActive()

    @Slot()
    def mark_changed(self) -> None:
        """The form changed: save it within the interval (not on every keystroke)."""
        if not self._timer.isActive():
            self._timer.start()

    @Slot()
    def save_now(self) -> None:
        self._timer.stop()
        self._submit(self._snapshot())

    @Slot()
    def discard(self) -> None:
        """The form was saved or cleared on purpose: no draft is left."""
        self._timer.stop()
        self._submit(_DISCARD)

    def _submit(self, draft: Draft | None) -> None:
        if self._task is not None:
            self._queued = [draft]
            return
        self._task = run_in_background(_write, self._engine, self._user_id, draft)
        self._task.finished.connect(self._written)
        self._task.failed.connect(self._failed)

    def _next(self) -> None:
        self._task = None
        if self._queued:
            self._submit(self._queued.pop())

    @Slot(object)
    def _written(self, draft: Draft | None) -> None:
        self._next()
        self.draft_written.emit(draft)

    @Slot(object)
    def _failed(self, exc: BaseException) -> None:
        log.warning("draft not saved: %r", exc)
        self._next()
        self.write_failed.emit(exc)
