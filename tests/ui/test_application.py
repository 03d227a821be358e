"""Start-up, the crash path and the calm path for environment errors."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import create_engine, select
from sqlalchemy.exc import OperationalError

from app.errors import DatabaseUnavailable
from classifiers import training
from db.tables import category, classifier_model, feedback_item
from ui import crash
from ui.application import run_gui
from ui.main_window import MainWindow

Dialogs = list[tuple[str, tuple[object, ...]]]

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints\(\)")


@pytest.fixture
def log_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "logs"
    monkeypatch.setattr(crash, "crash_log_dir", lambda: folder)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # run_gui installs its own
    return folder


def test_a_bug_writes_a_crash_log_and_shows_the_details(
    qapp: QApplication, log_dir: Path, no_modal_dialogs: Dialogs
) -> None:
    try:
        raise ZeroDivisionError("boom")
    except ZeroDivisionError as exc:
        crash.report(exc)
    (log,) = log_dir.glob("crash-*.log")
    text = log.read_text(encoding="utf-8")
    assert "ZeroDivisionError: boom" in text
    assert "test_a_bug_writes_a_crash_log" in text  # the traceback, not just the message
    assert no_modal_dialogs == [("exec", (no_modal_dialogs[0][1][0],))]


@pytest.mark.parametrize(
    "exc",
    [DatabaseUnavailable("kaizen.db is locked"), OperationalError("SELECT 1", {}, Exception("no such host"))],
)
def test_environment_errors_get_a_calm_message_and_no_crash_log(
    qapp: QApplication, log_dir: Path, no_modal_dialogs: Dialogs, exc: Exception
) -> None:
    crash.report(exc)
    assert not log_dir.exists()
    ((kind, args),) = no_modal_dialogs
    assert kind == "warning"
    assert "Traceback" not in str(args[2])


def test_an_unreachable_database_ends_with_a_message(
    qapp: QApplication, log_dir: Path, no_modal_dialogs: Dialogs
) -> None:
    code = run_gui("postgresql://nobody@127.0.0.1:1/kaizen", sample_data=False)
    assert code == 2
    assert [kind for kind, _ in no_modal_dialogs] == ["warning"]
    assert "database" in str(no_modal_dialogs[0][1][2]).lower()


def test_run_gui_opens_the_window_on_sample_data_and_trains_on_it(
    qapp: QApplication, qtbot: QtBot, log_dir: Path, sqlite_url: str
) -> None:
    pytest.importorskip("app.demo_data")
    seen: list[str] = []
    tasks: list[str] = []  # what the status bar said was running
    engine = create_engine(sqlite_url)

    def trained() -> set[str]:
        with engine.connect() as conn:
            query = select(classifier_model.c.target).where(classifier_model.c.is_active)
            return set(conn.execute(query).scalars())

    def check_then_close() -> None:
        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
        if not windows:
            return
        if windows[0].status_text() == "3000 items" and not seen:
            seen.append(windows[0].status_text())
        if windows[0].task_text() and windows[0].task_text() not in tasks:
            tasks.append(windows[0].task_text())
        # The sample data's confirmed labels train both classifiers, so capture suggests from the start.
        if seen and len(tasks) == 2 and not windows[0].task_text():
            # Closing the last window ends exec() as File > Quit does. Calling
            # quit() as well would leave a second Quit event that ends the event
            # loops of later tests at once.
            windows[0].close()

    poll = QTimer()
    poll.timeout.connect(check_then_close)
    poll.start(200)
    safety_net = QTimer()
    safety_net.setSingleShot(True)
    safety_net.timeout.connect(QApplication.quit)
    safety_net.start(180_000)
    try:
        assert run_gui(sqlite_url, sample_data=True) == 0
    finally:
        poll.stop()
        safety_net.stop()
    assert seen == ["3000 items"]
    assert tasks == ["Preparing sample data…", "Training the classifiers on the sample data…"]
    assert trained() == {"category", "kind"}
    # The unconfirmed items carry the new models' suggestions (the sample data came with its own).
    model = training.load_active(engine, "category", training.default_model_dir(engine))
    assert model is not None
    with engine.connect() as conn:
        unconfirmed = conn.execute(
            select(feedback_item.c.text, category.c.code, feedback_item.c.category_confidence)
            .join(category, category.c.id == feedback_item.c.category_id)
            .where(feedback_item.c.category_confirmed.is_(False))
            .limit(20)
        ).all()
    assert unconfirmed
    predicted = model.predict([row.text for row in unconfirmed])
    assert [(p.label, p.confidence) for p in predicted] == [
        (row.code, pytest.approx(row.category_confidence, abs=1e-3)) for row in unconfirmed
    ]
    assert qapp.applicationName() == "Kaizen Desk"
    engine.dispose()


def test_void_qt_calls_keep_none_alive(qapp: QApplication) -> None:
    """PySide6 6.12.0 lost a reference to None on each void call under Python 3.11
    and aborted the interpreter within minutes; the pin in pyproject.toml avoids it."""
    from PySide6.QtCore import QObject

    probe = QObject()
    before = sys.getrefcount(None)
    for _ in range(2_000):
        probe.setObjectName("probe")
    assert sys.getrefcount(None) >= before - 100
