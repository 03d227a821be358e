"""The main window as a user meets it: the list, typing a search, the status bar, shortcuts."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot
from sample import SAMPLE_ITEMS, expected_matches
from sqlalchemy import Engine

from ui.main_window import MainWindow
from ui.models.feedback_table_model import Column

# The offscreen platform says so whenever a main window is shown; nothing of ours.
pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints\(\)")


def type_text(qtbot: QtBot, widget: QWidget, text: str) -> None:
    """Type ``text`` key by key. ``keyClicks`` knows only ASCII keys (QTest aborts on
    Cyrillic or Persian letters), so other letters go as key events carrying their text."""
    if text.isascii():
        qtbot.keyClicks(widget, text)
        return
    for char in text:
        QTest.sendKeyEvent(
            QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, char, Qt.KeyboardModifier.NoModifier
        )


@pytest.fixture
def window(sample_engine: Engine, qtbot: QtBot) -> MainWindow:
    w = MainWindow(sample_engine)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    qtbot.waitUntil(lambda: w.model().count() is not None)
    return w


def visible_texts(window: MainWindow) -> list[str]:
    model = window.table().model()
    return [model.index(r, Column.TEXT).data() for r in range(model.rowCount())]


def test_opens_on_the_feedback_list(window: MainWindow) -> None:
    assert window.windowTitle() == "Kaizen Desk"
    assert 0 < window.table().model().rowCount() < SAMPLE_ITEMS  # one page, not the table
    assert window.status_text() == f"{SAMPLE_ITEMS} items"
    assert window.search_box().placeholderText()
    assert window.search_box().isClearButtonEnabled()
    assert window.table().horizontalHeader().stretchLastSection()
    menus = [action.text() for action in window.menuBar().actions()]
    assert menus == ["&File", "&Surveys", "&Improvements", "&Classification", "&Reports", "&Help"]


@pytest.mark.parametrize("word", ["courier", "курьер", "تحویل"])
def test_typing_a_search_shows_matching_rows_and_their_count(
    window: MainWindow, qtbot: QtBot, word: str
) -> None:
    expected = expected_matches(SAMPLE_ITEMS, word)
    type_text(qtbot, window.search_box(), word)
    assert window.search_box().text() == word
    qtbot.waitUntil(lambda: window.status_text() == f"{expected} items match “{word}”", timeout=3000)
    texts = visible_texts(window)
    assert texts
    assert all(word in text.lower() for text in texts)

    window.search_box().clear()  # what the clear button does
    qtbot.waitUntil(lambda: window.status_text() == f"{SAMPLE_ITEMS} items", timeout=3000)
    assert not all(word in text.lower() for text in visible_texts(window))


def test_a_search_that_finds_nothing(window: MainWindow, qtbot: QtBot) -> None:
    qtbot.keyClicks(window.search_box(), "zzzqqq")
    qtbot.waitUntil(lambda: window.status_text() == "0 items match “zzzqqq”", timeout=3000)
    assert window.table().model().rowCount() == 0


def test_ctrl_f_focuses_the_search_box(window: MainWindow, qtbot: QtBot) -> None:
    window.activateWindow()
    window.table().setFocus()
    qtbot.waitUntil(window.table().hasFocus)
    qtbot.keyClick(window.table(), Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(window.search_box().hasFocus)


def _click_header(qtbot: QtBot, window: MainWindow, column: int) -> None:
    header = window.table().horizontalHeader()
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2))


def test_clicking_headers_sorts_where_the_list_can_be_sorted(window: MainWindow, qtbot: QtBot) -> None:
    model = window.model()
    header = window.table().horizontalHeader()
    _click_header(qtbot, window, Column.RECEIVED)
    assert model.sort_column() == Column.RECEIVED
    first = [model.feedback_row(r).received_at for r in range(model.rowCount())]
    assert first == sorted(first) or first == sorted(first, reverse=True)

    _click_header(qtbot, window, Column.TEXT)  # not sortable: nothing changes, the arrow stays
    assert model.sort_column() == Column.RECEIVED
    assert header.sortIndicatorSection() == Column.RECEIVED


def test_the_list_is_read_only_and_compact(window: MainWindow) -> None:
    table = window.table()
    assert table.editTriggers() == table.EditTrigger.NoEditTriggers
    assert table.alternatingRowColors()
    assert table.verticalHeader().defaultSectionSize() < 3 * table.fontMetrics().height()
    assert all(table.columnWidth(c) > 0 for c in range(table.model().columnCount()))


def test_about_box(window: MainWindow, no_modal_dialogs: list[tuple[str, tuple[object, ...]]]) -> None:
    help_menu = window.menuBar().actions()[-1].menu()
    help_menu.actions()[0].trigger()
    assert [name for name, _ in no_modal_dialogs] == ["about"]
