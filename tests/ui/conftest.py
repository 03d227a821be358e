"""UI fixtures: a sample database, no modal dialog left to block, no worker left running."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QMessageBox
from sample import SAMPLE_ITEMS, add_feedback
from sqlalchemy import Engine

from ui import background


@pytest.fixture
def sample_engine(sqlite_engine: Engine) -> Iterator[Engine]:
    """A migrated SQLite file with ``SAMPLE_ITEMS`` feedback items in three languages."""
    add_feedback(sqlite_engine, SAMPLE_ITEMS)
    yield sqlite_engine
    background.wait_for_all(10_000)  # before the file goes away


@pytest.fixture(autouse=True)
def no_modal_dialogs(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, tuple[object, ...]]]:
    """Record the message boxes a test would show, instead of blocking on them."""
    shown: list[tuple[str, tuple[object, ...]]] = []
    for name in ("about", "critical", "warning", "information", "question"):
        monkeypatch.setattr(
            QMessageBox, name, staticmethod(lambda *args, _name=name: shown.append((_name, args)))
        )
    monkeypatch.setattr(QMessageBox, "exec", lambda self: shown.append(("exec", (self.text(),))) or 0)
    return shown


@pytest.fixture(autouse=True)
def background_work_finished(qapp: object) -> Iterator[None]:
    """A test's workers end before its database is dropped."""
    yield
    assert background.wait_for_all(10_000), "background work still running"
