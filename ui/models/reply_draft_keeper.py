"""Saving the reply composer's unsent replies while they are edited, without making typing wait.

The same scheme as the capture form's keeper (ui/capture/draft_keeper.py): the
composer says when it changed; a few seconds later (or at once, when it closes)
the keeper takes a snapshot and writes it in the background. Writes go one at
a time, in order, and only the newest waiting snapshot is written, so an older
set of drafts never lands after a newer one or after a send.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal, Slot
from sqlalchemy import Engine

from app import reply_drafts
from app.reply_drafts import ReplyDraft
from app.tasks import TaskState
from ui.background import BackgroundTask, run_in_background

log = logging.getLogger("kaizen.ui.replies")

DRAFT_INTERVAL_MS = 2_000  # at most this long between a keystroke and its draft on disk


def _write(_state: TaskState, engine: Engine, user_id: int | None, key: str, drafts: list[ReplyDraft]) -> int:
    reply_drafts.save_reply_drafts(engine, user_id, key, drafts)
    return len(drafts)


class ReplyDraftKeeper(QObject):
    #: A snapshot of this many drafts reached the database (0: the drafts were removed).
    drafts_written = Signal(int)
    #: Writing failed with this exception (the composer keeps its text; the next change tries again).
    write_failed = Signal(object)

    def __init__(
        self,
        engine: Engine,
        user_id: int | None,
        key: str,
        snapshot: Callable[[], list[ReplyDraft]],
        parent: QObject | None = None,
        interval_ms: int = DRAFT_INTERVAL_MS,
    ) -> None:
        super().__init__(parent)
        self._engine = engine
        self._user_id = user_id
        self._key = key
        self._snapshot = snapshot
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.save_now)
        self._task: BackgroundTask | None = None
        self._queued: list[list[ReplyDraft]] = []  # at most one: the newest snapshot waiting
        self._dirty = False

    def is_idle(self) -> bool:
        return self._task is None and not self._queued and not self._timer.isActive()

    @Slot()
    def mark_changed(self) -> None:
        """The replies changed: save them within the interval (not on every keystroke)."""
        self._dirty = True
        if not self._timer.isActive():
            self._timer.start()

    @Slot()
    def save_now(self) -> None:
        self._timer.stop()
        self._dirty = False
        self._submit(self._snapshot())

    def hold(self) -> None:
        """Write nothing until the next ``save_now`` (while the replies are being sent)."""
        self._timer.stop()

    @Slot()
    def save_if_changed(self) -> None:
        """Write what changed since the last write (the composer closes)."""
        if self._dirty:
            self.save_now()

    @Slot()
    def discard(self) -> None:
        """No draft is left (the user threw them away, or everything was sent)."""
        self._timer.stop()
        self._dirty = False
        self._submit([])

    def _submit(self, drafts: list[ReplyDraft]) -> None:
        if self._task is not None:
            self._queued = [drafts]
            return
        self._task = run_in_background(_write, self._engine, self._user_id, self._key, drafts)
        self._task.finished.connect(self._written)
        self._task.failed.connect(self._failed)

    def _next(self) -> None:
        self._task = None
        if self._queued:
            self._submit(self._queued.pop())

    @Slot(object)
    def _written(self, count: int) -> None:
        self._next()
        self.drafts_written.emit(count)

    @Slot(object)
    def _failed(self, exc: BaseException) -> None:
        log.warning("reply drafts not saved: %r", exc)
        self._dirty = True
        self._next()
        self.write_failed.emit(exc)
