"""Help → Log…: the app's recent records, newest first, filtered by level and text, copied as text."""

from __future__ import annotations

import datetime as dt
import logging
from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QApplication
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine

from app import logs
from ui.log_view import LogWindow
from ui.main_window import MainWindow
from ui.models.log_model import LogModel, RecordRole

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support (propagateSizeHints|raise)\(\)")

log = logging.getLogger("kaizen.x")


def messages(window: LogWindow) -> list[str]:
    view = window.table().model()
    return [view.index(row, LogModel.MESSAGE).data() for row in range(view.rowCount())]


@pytest.fixture
def log_window(qtbot: QtBot, private_log_folder: Path) -> LogWindow:
    logs.configure()
    window = LogWindow()
    qtbot.addWidget(window)
    window.show()
    return window


def test_help_log_opens_the_log_with_a_new_warning_on_top(sample_engine: Engine, qtbot: QtBot) -> None:
    logs.configure()
    main = MainWindow(sample_engine)
    qtbot.addWidget(main)
    main.show()
    log.warning("import of helpdesk.csv failed: file not found")
    help_menu = main.menuBar().actions()[-1].menu()
    [action] = [a for a in help_menu.actions() if a.text() == "&Log…"]
    action.trigger()
    [window] = main.findChildren(LogWindow)
    assert window.isVisible()
    assert "import of helpdesk.csv failed: file not found" in messages(window)
    row = messages(window).index("import of helpdesk.csv failed: file not found")
    view = window.table().model()
    assert view.index(row, LogModel.LEVEL).data() == "Warning"
    assert view.index(row, LogModel.AREA).data() == "x"
    action.trigger()  # a second time shows the same window
    assert main.findChildren(LogWindow) == [window]

    log.error("the database went away")  # followed while open, on top
    qtbot.waitUntil(lambda: messages(window)[:1] == ["the database went away"], timeout=3000)


def test_the_level_filter_hides_info_and_the_text_filter_narrows(log_window: LogWindow, qtbot: QtBot) -> None:
    log.info("trained 3 classifiers")
    log.warning("reply to customer 12 not sent")
    log.error("ВНИМАНИЕ: отзывы не загружены")
    log_window.refresh()
    assert messages(log_window) == [
        "ВНИМАНИЕ: отзывы не загружены",
        "reply to customer 12 not sent",
        "trained 3 classifiers",
    ]
    log_window.level_box().setCurrentIndex(1)  # warnings and errors
    assert messages(log_window) == ["ВНИМАНИЕ: отзывы не загружены", "reply to customer 12 not sent"]
    log_window.level_box().setCurrentIndex(2)  # errors
    assert messages(log_window) == ["ВНИМАНИЕ: отзывы не загружены"]
    log_window.level_box().setCurrentIndex(0)
    qtbot.keyClicks(log_window.text_box(), "REPLY")
    assert messages(log_window) == ["reply to customer 12 not sent"]
    log_window.text_box().setText("внимание")
    assert messages(log_window) == ["ВНИМАНИЕ: отзывы не загружены"]


def test_copy_selected_puts_the_records_and_traceback_on_the_clipboard(log_window: LogWindow) -> None:
    log.info("first")
    try:
        raise RuntimeError("worker crashed")
    except RuntimeError:
        log.exception("training failed")
    log_window.refresh()
    view = log_window.table().model()
    selection = log_window.table().selectionModel()
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    selection.select(view.index(0, 0), flags)
    selection.select(view.index(1, 0), flags)
    log_window.copy_selected()
    text = QGuiApplication.clipboard().text()
    lines = text.splitlines()
    assert lines[0].endswith("ERROR kaizen.x: training failed")
    assert "RuntimeError: worker crashed" in text
    assert lines[-1].endswith("INFO kaizen.x: first")
    selection.clearSelection()
    selection.select(view.index(0, 0), flags)
    QApplication.processEvents()
    assert "RuntimeError: worker crashed" in log_window.detail_text()
    tooltip = view.index(0, LogModel.MESSAGE).data(Qt.ItemDataRole.ToolTipRole)
    assert "RuntimeError: worker crashed" in tooltip


def test_open_log_folder_opens_the_folder_of_the_file(
    log_window: LogWindow, private_log_folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: opened.append(url) or True))
    log_window.open_folder()
    assert [url.toLocalFile() for url in opened] == [str(private_log_folder)]


def test_the_model_passes_the_model_tester_while_records_arrive(qtmodeltester: ModelTester) -> None:
    model = LogModel(capacity=5)
    qtmodeltester.check(model)
    records = [
        logs.LogRecordView(i, dt.datetime(2026, 3, 2, 9, 5, i), logging.INFO, "INFO", "kaizen.x", f"m{i}", "")
        for i in range(1, 9)
    ]
    model.add_records(records[:3])
    model.add_records(records[2:])  # one already there: added once
    assert [model.index(r, 0).data(RecordRole).seq for r in range(model.rowCount())] == [8, 7, 6, 5, 4]
    assert model.last_seq() == 8
    qtmodeltester.check(model)
