"""Background work: a cancelled read's late result is dropped, a cancelled write's is reported."""

from __future__ import annotations

import logging
import threading

import pytest
from pytestqt.qtbot import QtBot

from app.errors import KaizenError
from app.tasks import Cancelled, TaskState
from ui.background import run_in_background, wait_for_all


def _finishes_regardless(_state: TaskState, started: threading.Event, go_on: threading.Event) -> str:
    started.set()
    go_on.wait(5)
    return "saved"  # never looks at the cancel: it was past the point of no return


@pytest.mark.parametrize(("writes", "outcome"), [(False, "cancelled"), (True, "saved")])
def test_a_result_after_cancel_is_reported_only_for_work_that_writes(
    qtbot: QtBot, writes: bool, outcome: str
) -> None:
    started, go_on = threading.Event(), threading.Event()
    task = run_in_background(_finishes_regardless, started, go_on, writes=writes)
    seen: list[str] = []
    task.finished.connect(seen.append)
    task.failed.connect(lambda exc: seen.append("cancelled" if isinstance(exc, Cancelled) else repr(exc)))
    assert started.wait(5)
    task.cancel()
    go_on.set()
    qtbot.waitUntil(lambda: bool(seen))
    assert seen == [outcome]
    assert wait_for_all()


def _locked(_state: TaskState) -> None:
    raise KaizenError("the database is locked by another program")


def test_a_failed_task_is_written_to_the_log(qtbot: QtBot, caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.INFO, logger="kaizen.ui.background"):
        task = run_in_background(_locked)
        with qtbot.waitSignal(task.failed, timeout=5_000):
            pass
    assert [r.getMessage() for r in caplog.records if r.name == "kaizen.ui.background"] == [
        "background task _locked failed: the database is locked by another program"
    ]
