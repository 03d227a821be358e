"""The feedback table model: lazy keyset pages, sort, search in three languages, background count."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, Qt
from pytestqt.qtbot import QtBot
from sample import SAMPLE_ITEMS, add_feedback, expected_matches
from sqlalchemy import Engine

from app.feedback import FeedbackQuery, fetch_page
from ui.models.feedback_table_model import Column, FeedbackTableModel

PAGE = 100
ROOT = QModelIndex()


def wait_for_count(qtbot: QtBot, model: FeedbackTableModel) -> int:
    # The count is delivered through the event loop, so it cannot have been missed.
    if model.count() is None:
        with qtbot.waitSignal(model.count_changed, timeout=5000):
            pass
    count = model.count()
    assert count is not None
    return count


def load_all(model: FeedbackTableModel) -> None:
    while model.canFetchMore(ROOT):
        model.fetchMore(ROOT)


def ids(model: FeedbackTableModel) -> list[int]:
    return [model.feedback_row(r).id for r in range(model.rowCount())]


def shown_texts(model: FeedbackTableModel) -> list[str]:
    return [model.index(r, Column.TEXT).data() for r in range(model.rowCount())]


@pytest.fixture
def model(sample_engine: Engine, qtbot: QtBot) -> FeedbackTableModel:
    m = FeedbackTableModel(sample_engine, page_size=PAGE)
    wait_for_count(qtbot, m)
    return m


def test_passes_qtmodeltester_through_paging_search_and_sort(
    model: FeedbackTableModel, qtmodeltester, qtbot
) -> None:  # type: ignore[no-untyped-def]
    qtmodeltester.check(model)
    # The tester stays attached: every later reset and insert is checked as well.
    model.fetchMore(ROOT)
    model.set_search("курьер")
    model.sort(Column.RECEIVED, Qt.SortOrder.AscendingOrder)
    model.set_search("")
    load_all(model)
    wait_for_count(qtbot, model)


def test_first_load_is_one_page_and_fetch_more_grows_it(model: FeedbackTableModel) -> None:
    assert model.rowCount() == PAGE
    assert model.canFetchMore(ROOT)
    model.fetchMore(ROOT)
    assert model.rowCount() == 2 * PAGE
    load_all(model)
    assert model.rowCount() == SAMPLE_ITEMS
    assert not model.canFetchMore(ROOT)


def test_rows_come_in_the_keyset_order_of_fetch_page(
    model: FeedbackTableModel, sample_engine: Engine
) -> None:
    load_all(model)
    expected: list[int] = []
    with sample_engine.connect() as conn:
        page = fetch_page(conn, FeedbackQuery(), limit=PAGE)
        expected += [row.id for row in page.rows]
        while page.next_cursor is not None:
            page = fetch_page(conn, FeedbackQuery(), after=page.next_cursor, limit=PAGE)
            expected += [row.id for row in page.rows]
    assert ids(model) == expected
    assert expected == sorted(expected, reverse=True)  # newest first by default


@pytest.mark.parametrize("order", [Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder])
def test_sort_by_received(model: FeedbackTableModel, order: Qt.SortOrder) -> None:
    model.sort(Column.RECEIVED, order)
    assert model.rowCount() == PAGE  # a sort reloads one page, not everything
    load_all(model)
    received = [model.feedback_row(r).received_at for r in range(model.rowCount())]
    assert len(received) == SAMPLE_ITEMS
    assert received == sorted(received, reverse=order == Qt.SortOrder.DescendingOrder)
    assert model.sort_column() == Column.RECEIVED
    assert model.sort_order() == order


def test_columns_without_a_sort_key_are_ignored(model: FeedbackTableModel, qtbot: QtBot) -> None:
    before = ids(model)
    with qtbot.assertNotEmitted(model.modelReset):
        model.sort(Column.TEXT, Qt.SortOrder.AscendingOrder)
        model.sort(Column.CATEGORY, Qt.SortOrder.AscendingOrder)
    assert ids(model) == before
    assert model.sort_column() == Column.ID
    assert not model.is_sortable(Column.CONTACT)
    assert model.is_sortable(Column.LANGUAGE)


@pytest.mark.parametrize("word", ["курьер", "تحویل"])
def test_search_returns_only_matching_rows(model: FeedbackTableModel, qtbot: QtBot, word: str) -> None:
    with qtbot.waitSignal(model.count_changed, timeout=5000) as counted:
        model.set_search(word)
    load_all(model)
    texts = shown_texts(model)
    expected = expected_matches(SAMPLE_ITEMS, word)
    assert 0 < expected < SAMPLE_ITEMS
    assert len(texts) == expected
    assert all(word in text.lower() for text in texts)
    assert counted.args == [expected]
    assert model.search_text() == word


def test_clearing_the_search_shows_everything_again(model: FeedbackTableModel, qtbot: QtBot) -> None:
    model.set_search("  Курьер ")
    assert model.search_text() == "Курьер"
    with qtbot.waitSignal(model.count_changed, timeout=5000) as counted:
        model.set_search("")
    assert counted.args == [SAMPLE_ITEMS]
    assert model.rowCount() == PAGE


def test_sort_keeps_the_search(model: FeedbackTableModel) -> None:
    model.set_search("курьер")
    model.sort(Column.RECEIVED, Qt.SortOrder.DescendingOrder)
    load_all(model)
    assert model.rowCount() == expected_matches(SAMPLE_ITEMS, "курьер")
    assert all("курьер" in text.lower() for text in shown_texts(model))


def test_text_is_one_line_with_the_full_preview_as_tooltip(model: FeedbackTableModel) -> None:
    load_all(model)
    multi_line = [r for r in range(model.rowCount()) if "\n" in model.feedback_row(r).text]
    assert multi_line
    for r in multi_line:
        index = model.index(r, Column.TEXT)
        assert "\n" not in index.data()
        assert "<br>" in index.data(Qt.ItemDataRole.ToolTipRole)


def test_persian_text_aligns_right_and_english_left(model: FeedbackTableModel) -> None:
    align = Qt.AlignmentFlag
    by_language = {model.feedback_row(r).language: r for r in range(model.rowCount())}
    persian = Qt.AlignmentFlag(
        model.index(by_language["fa"], Column.TEXT).data(Qt.ItemDataRole.TextAlignmentRole)
    )
    english = Qt.AlignmentFlag(
        model.index(by_language["en"], Column.TEXT).data(Qt.ItemDataRole.TextAlignmentRole)
    )
    russian = Qt.AlignmentFlag(
        model.index(by_language["ru"], Column.TEXT).data(Qt.ItemDataRole.TextAlignmentRole)
    )
    assert persian & align.AlignRight and persian & align.AlignAbsolute
    assert english & align.AlignLeft and not english & align.AlignRight
    assert russian & align.AlignLeft and not russian & align.AlignRight


def test_headers_and_labels(model: FeedbackTableModel) -> None:
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers == [
        "#",
        "Received",
        "Channel",
        "Kind",
        "Category",
        "Status",
        "Language",
        "Contact",
        "Text",
    ]
    row = next(r for r in range(model.rowCount()) if model.feedback_row(r).kind == "suggestion")
    assert model.index(row, Column.KIND).data() == "Idea"
    assert all(model.index(r, Column.LANGUAGE).data() for r in range(model.rowCount()))


def test_works_on_each_database(engine: Engine, qtbot: QtBot, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    add_feedback(engine, SAMPLE_ITEMS)
    model = FeedbackTableModel(engine, page_size=PAGE)
    assert wait_for_count(qtbot, model) == SAMPLE_ITEMS
    assert model.rowCount() == PAGE
    qtmodeltester.check(model)
    with qtbot.waitSignal(model.count_changed, timeout=5000) as counted:
        model.set_search("تحویل")
    load_all(model)
    assert counted.args == [expected_matches(SAMPLE_ITEMS, "تحویل")]
    assert model.rowCount() == counted.args[0]
    model.sort(Column.LANGUAGE, Qt.SortOrder.AscendingOrder)
    load_all(model)
    assert model.rowCount() == counted.args[0]
    model.set_search("")
    model.sort(Column.RECEIVED, Qt.SortOrder.AscendingOrder)
    load_all(model)
    received = [model.feedback_row(r).received_at for r in range(model.rowCount())]
    assert received == sorted(received)
    wait_for_count(qtbot, model)
