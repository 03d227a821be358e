"""Nothing typed is lost: a real app process is killed (SIGKILL) mid-draft, the next start offers it back.

Two child processes run the real application code on one SQLite file, under
the offscreen platform: the first opens capture with Ctrl+N, types, waits for
the draft to reach the database and is killed with ``kill -9``; the second
starts the app as ``main.py`` would (``ui.application.run_gui``), answers Yes
to the question it asks at start, and reports what the restored form holds.
"""

from __future__ import annotations

import json
import os
import queue
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
TEXT = "پیک دو ساعت دیر آمد؛ سفارش ۱۲۳۴ را می\u200cخواهم — order #1234, «срочно»!"

TYPE_AND_WAIT = """
import sys
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from ui.application import create_application, open_database
from ui.main_window import MainWindow

url, text = sys.argv[1], sys.argv[2]
app = create_application()
window = MainWindow(open_database(url))
window.show()

def typed_draft_written(draft):
    if draft is not None and draft.text == text:
        print("DRAFT-WRITTEN", flush=True)  # the parent kills us now

def type_a_draft():
    QTest.keyClick(window.table(), Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    capture = window.open_capture()
    capture.drafts.draft_written.connect(typed_draft_written)
    for char in text:
        key = (QTest.KeyAction.Click, Qt.Key.Key_unknown, char, Qt.KeyboardModifier.NoModifier)
        QTest.sendKeyEvent(key[0], capture.form.w.text, *key[1:])
    print("TYPED", flush=True)

QTimer.singleShot(200, type_a_draft)
app.exec()
"""

START_AGAIN = """
import json, sys
from PySide6.QtWidgets import QApplication, QMessageBox
from ui import application

def answer_yes(parent, title, text, *rest):
    print("ASKED " + json.dumps(text), flush=True)
    return QMessageBox.StandardButton.Yes

QMessageBox.question = staticmethod(answer_yes)
offer = application.offer_draft

def offer_and_report(window, engine):
    offer(window, engine)
    capture = window._capture
    print("RESTORED " + json.dumps(capture.form.w.text.toPlainText() if capture else None), flush=True)
    QApplication.quit()

application.offer_draft = offer_and_report
sys.exit(application.run_gui(sys.argv[1], sample_data=False))
"""


def _child(script: str, *args: str) -> subprocess.Popen[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    return subprocess.Popen(
        [sys.executable, "-c", script, *args],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        encoding="utf-8",
    )


def _lines(proc: subprocess.Popen[str]) -> queue.Queue[str]:
    """The child's stdout, line by line, read by a thread so that waiting can time out."""
    lines: queue.Queue[str] = queue.Queue()
    assert proc.stdout is not None
    stdout = proc.stdout
    threading.Thread(target=lambda: [lines.put(line) for line in stdout], daemon=True).start()
    return lines


def _wait_for_line(
    proc: subprocess.Popen[str], lines: queue.Queue[str], prefix: str, timeout: float = 60
) -> str:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            line = lines.get(timeout=0.2)
        except queue.Empty:
            if proc.poll() is not None:
                break
            continue
        if line.startswith(prefix):
            return line
    proc.kill()
    proc.wait()
    err = proc.stderr.read() if proc.stderr else ""
    raise AssertionError(f"no {prefix!r} from the child; its stderr:\n{err}")


@pytest.mark.timeout(180)
def test_a_killed_app_offers_the_draft_back_intact(sqlite_url: str) -> None:
    first = _child(TYPE_AND_WAIT, sqlite_url, TEXT)
    lines = _lines(first)
    try:
        _wait_for_line(first, lines, "TYPED")
        _wait_for_line(first, lines, "DRAFT-WRITTEN")
        os.kill(first.pid, signal.SIGKILL)  # no clean-up, no closeEvent, no last save
        assert first.wait(timeout=30) == -signal.SIGKILL
    finally:
        if first.poll() is None:
            first.kill()
        first.wait()

    second = _child(START_AGAIN, sqlite_url)
    lines = _lines(second)
    try:
        asked = json.loads(_wait_for_line(second, lines, "ASKED ").removeprefix("ASKED "))
        restored = json.loads(_wait_for_line(second, lines, "RESTORED ").removeprefix("RESTORED "))
        assert second.wait(timeout=30) == 0
    finally:
        if second.poll() is None:
            second.kill()
        second.wait()
    assert "closed before this capture was saved" in asked
    assert TEXT in asked
    assert restored == TEXT
