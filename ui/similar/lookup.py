"""Look similar items up off the GUI thread, building the database's index first when it is not built.

The index is built once per database on the long pool (seconds on a million
items; ``building`` says so meanwhile); look-ups then take milliseconds on the
interactive pool. Only the latest request is answered: asking again while one
runs replaces what is wanted, so typing never queues stale look-ups.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal, Slot
from sqlalchemy import Engine

from app import similar_items
from app.tasks import TaskState
from ui.background import BackgroundTask, long_pool, run_in_background


def _build(state: TaskState, engine: Engine) -> int:
    return similar_items.build(engine, state)


def _call(_state: TaskState, fn: Callable[..., Any], engine: Engine, args: tuple[Any, ...]) -> Any:
    return fn(engine, *args)


class SimilarLookup(QObject):
    #: The latest request's answer (a list of ``SimilarRow``).
    found = Signal(object)
    #: The index is being built first: the answer will take a while.
    building = Signal()
    #: The look-up or the build raised this exception.
    failed = Signal(object)

    def __init__(self, engine: Engine, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._engine = engine
        self._wanted: tuple[Callable[..., Any], tuple[Any, ...]] | None = None
        self._task: BackgroundTask | None = None

    def ask(self, fn: Callable[..., Any], *args: Any) -> None:
        """Answer ``fn(engine, *args)`` (an ``app.similar_items`` function) by ``found``."""
        self._wanted = (fn, args)
        if self._task is None:
            self._start()

    def drop(self) -> None:
        """Forget what was asked: no answer comes for it."""
        self._wanted = None
        if self._task is not None and similar_items.is_ready(self._engine):
            self._task.cancel()
            self._task = None

    def is_busy(self) -> bool:
        return self._task is not None

    def _start(self) -> None:
        if self._wanted is None:
            return
        if not similar_items.is_ready(self._engine):
            self.building.emit()
            task = run_in_background(_build, self._engine, pool=long_pool())
            task.finished.connect(self._built)
        else:
            fn, args = self._wanted
            self._wanted = None
            task = run_in_background(_call, fn, self._engine, args)
            task.finished.connect(self._returned)
        task.failed.connect(self._failed)
        self._task = task

    @Slot(object)
    def _built(self, _count: int) -> None:
        self._task = None
        self._start()

    @Slot(object)
    def _returned(self, rows: object) -> None:
        if self.sender() is not self._task:
            return
        self._task = None
        if self._wanted is None:
            self.found.emit(rows)
        else:  # asked again meanwhile: that answer is the one wanted
            self._start()

    @Slot(object)
    def _failed(self, exc: BaseException) -> None:
        if self.sender() is not self._task:
            return
        self._task = None
        self._wanted = None
        self.failed.emit(exc)
