"""The one way to run work off the GUI thread (after Picard's thread helper and Orange's TaskState).

A plain function ``fn(state, *args)`` runs on a ``QThreadPool``; ``state`` is an
``app.tasks.TaskState`` through which it reports progress and learns of a
cancel. What it returns, or raises, comes back to the GUI thread as a signal
of the ``BackgroundTask`` handle. Workers never touch widgets and open their
own short database connections.

Two pools, so a quick query (a count for the status bar) is never stuck behind
a long job (an import, a training run): ``interactive_pool`` and ``long_pool``.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QThreadPool, Signal, Slot

from app.tasks import Cancelled, TaskState

log = logging.getLogger("kaizen.ui.background")

_pools: dict[str, QThreadPool] = {}
# Handles of running tasks: kept alive here until their result is delivered.
_running: set[BackgroundTask] = set()


def _pool(name: str, max_threads: int) -> QThreadPool:
    pool = _pools.get(name)
    if pool is None:
        pool = _pools[name] = QThreadPool()
        pool.setObjectName(f"kaizen-{name}")
        pool.setMaxThreadCount(max_threads)
    return pool


def interactive_pool() -> QThreadPool:
    """For short work the user is waiting for: counts, look-ups."""
    return _pool("interactive", 2)


def long_pool() -> QThreadPool:
    """For long jobs with progress: imports, sample data, reports, training."""
    return _pool("long", 1)


def cancel_all() -> None:
    """Ask every running task to stop (at exit)."""
    for task in list(_running):
        task.cancel()


def wait_for_all(timeout_ms: int = 10_000) -> bool:
    """Block until every pool is idle (at exit, and in tests); True if they are."""
    return all(pool.waitForDone(timeout_ms) for pool in _pools.values())


class _Relay(QObject):
    """Lives in the GUI thread; a worker emits on it, so delivery is queued to the GUI thread."""

    returned = Signal(object)
    raised = Signal(object)
    progressed = Signal(int, int)


class BackgroundTask(QObject):
    """A handle on one piece of background work; its signals arrive in the GUI thread."""

    #: The function returned this value.
    finished = Signal(object)
    #: The function raised this exception (``Cancelled`` after ``cancel()``).
    failed = Signal(object)
    #: The function reported progress: done, total.
    progress = Signal(int, int)

    def __init__(
        self,
        fn: Callable[..., Any],
        args: tuple[Any, ...],
        parent: QObject | None = None,
        *,
        writes: bool = False,
    ) -> None:
        super().__init__(parent)
        self._fn = fn
        self._args = args
        self._writes = writes
        self._relay = _Relay()
        self._relay.returned.connect(self._on_returned)
        self._relay.raised.connect(self._on_raised)
        self._relay.progressed.connect(self._on_progressed)
        self._state = TaskState(on_progress=self._relay.progressed.emit)
        self._cancelled = False
        self._done = False

    @property
    def is_running(self) -> bool:
        return not self._done

    def cancel(self) -> None:
        """Ask the function to stop; from now on no result is delivered, only ``failed(Cancelled)``.

        Except for work that ``writes``: if it returns all the same, it finished
        before it saw the cancel, so what it saved is reported, not hidden.
        """
        self._cancelled = True
        self._state.cancel()

    def _run(self) -> None:  # in a worker thread
        try:
            result = self._fn(self._state, *self._args)
        except BaseException as exc:
            self._relay.raised.emit(exc)
        else:
            self._relay.returned.emit(result)

    @Slot(object)
    def _on_returned(self, result: object) -> None:
        # The check happens here, in the GUI thread, so a result already queued
        # when cancel() was called is dropped too.
        if self._cancelled and not self._writes:
            self._finish_failed(Cancelled())
        else:
            self._done = True
            _running.discard(self)
            self.finished.emit(result)

    @Slot(object)
    def _on_raised(self, exc: BaseException) -> None:
        if not isinstance(exc, Cancelled):
            # Expected problems (a locked or vanished database, a bad file) are told to the user by the
            # screen that asked; the log keeps them too. Unexpected ones also reach crash.report.
            log.info("background task %s failed: %s", getattr(self._fn, "__name__", self._fn), exc)
        self._finish_failed(Cancelled() if self._cancelled else exc)

    def _finish_failed(self, exc: BaseException) -> None:
        self._done = True
        _running.discard(self)
        self.failed.emit(exc)

    @Slot(int, int)
    def _on_progressed(self, done: int, total: int) -> None:
        if not self._cancelled:
            self.progress.emit(done, total)


def run_in_background(
    fn: Callable[..., Any], *args: Any, pool: QThreadPool | None = None, writes: bool = False
) -> BackgroundTask:
    """Start ``fn(state, *args)`` on ``pool`` (default: the interactive pool); connect to the handle.

    ``writes``: the function saves something, so a result that comes back after
    a cancel is still delivered (the work was done); a read's late result is dropped.

    Connect to the handle's signals right after this call: delivery is queued
    to the GUI thread's event loop, so nothing arrives before control returns to it.
    """
    task = BackgroundTask(fn, args, writes=writes)
    _running.add(task)
    (pool or interactive_pool()).start(task._run)
    return task
