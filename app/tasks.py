"""Progress and cancel for long work, without Qt (after Orange3's TaskState).

A service that may run for long takes a ``TaskState``; the UI's background
runner passes one whose ``on_progress`` emits a signal, the CLI one that
prints, tests a plain one.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from app.errors import KaizenError


class Cancelled(KaizenError):
    """The user cancelled; whatever the task wrote was rolled back."""

    def __init__(self) -> None:
        super().__init__("cancelled")


class TaskState:
    def __init__(
        self,
        on_progress: Callable[[int, int], None] | None = None,
        min_interval: float = 0.1,
    ) -> None:
        self._on_progress = on_progress
        self._min_interval = min_interval  # throttle: a progress bar needs no more
        self._last_report = 0.0
        self._cancelled = False

    def cancel(self) -> None:
        self._cancelled = True

    @property
    def is_cancelled(self) -> bool:
        return self._cancelled

    def progress(self, done: int, total: int) -> None:
        """Report progress; raise ``Cancelled`` if cancel was asked for."""
        if self._cancelled:
            raise Cancelled()
        if self._on_progress is None:
            return
        now = time.monotonic()
        if done >= total or now - self._last_report >= self._min_interval:
            self._last_report = now
            self._on_progress(done, total)
