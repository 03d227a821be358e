"""The triage inbox: filters over the lazy list, and undoable bulk actions on a selection."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate, QItemSelectionModel
from pytestqt.qtbot import QtBot
from sample import SAMPLE_ITEMS, TEXTS
from sqlalchemy import Engine, func, select

from app.feedback import FeedbackQuery, count_matching, fetch_page
from db.tables import channel, feedback_item, improvement
from ui.models.inbox_table_model import InboxTableModel
from ui.workflow.inbox import InboxWidget

Shown = list[tuple[str, tuple[object, ...]]]


@pytest.fixture
def inbox(sample_engine: Engine, qtbot: QtBot) -> InboxWidget:
    w = InboxWidget(sample_engine)
    qtbot.addWidget(w)
    w.resize(1200, 600)
    qtbot.waitUntil(lambda: w.model.count() is not None and not w.is_busy())
    return w


def select_rows(inbox: InboxWidget, rows: list[int]) -> list[int]:
    selection = inbox.table.selectionModel()
    selection.clearSelection()
    for row in rows:
        selection.select(
            inbox.model.index(row, 0),
            QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
        )
    return inbox.selected_item_ids()


def item_values(engine: Engine, ids: list[int], *columns: str) -> list[tuple[object, ...]]:
    fi = feedback_item
    with engine.connect() as conn:
        return [
            tuple(r)
            for r in conn.execute(
                select(*(fi.c[c] for c in columns)).where(fi.c.id.in_(ids)).order_by(fi.c.id)
            )
        ]


def done(inbox: InboxWidget, qtbot: QtBot) -> None:
    qtbot.waitUntil(lambda: not inbox.is_busy() and inbox.model.count() is not None)


def test_filter_by_language_shows_only_those_items_and_counts_them(inbox: InboxWidget, qtbot: QtBot) -> None:
    combo = inbox.filters["language"]
    combo.setCurrentIndex(combo.findData("fa"))
    qtbot.waitUntil(lambda: inbox.model.count() is not None)
    expected = sum(1 for i in range(SAMPLE_ITEMS) if TEXTS[i % len(TEXTS)][1] == "fa")
    assert inbox.model.count() == expected
    assert all(inbox.model.feedback_row(r).language == "fa" for r in range(inbox.model.rowCount()))
    assert inbox.status_text() == f"{expected} items"
    combo.setCurrentIndex(0)
    qtbot.waitUntil(lambda: inbox.model.count() == SAMPLE_ITEMS)


def test_filters_combine_with_search_and_date_range(
    inbox: InboxWidget, sample_engine: Engine, qtbot: QtBot
) -> None:
    inbox.filters["kind"].setCurrentIndex(inbox.filters["kind"].findData("complaint"))
    inbox.filters["status"].setCurrentIndex(inbox.filters["status"].findData("new"))
    inbox.date_from.setDate(QDate(2025, 2, 1))
    inbox.date_to.setDate(QDate(2025, 3, 31))
    qtbot.waitUntil(lambda: inbox.model.count() is not None)
    query = inbox.model.query()
    assert (query.kind, query.status) == ("complaint", "new")
    assert query.received_from is not None and query.received_before is not None
    with sample_engine.connect() as conn:
        fi = feedback_item
        expected = conn.execute(
            select(func.count()).where(
                fi.c.kind == "complaint",
                fi.c.status == "new",
                fi.c.received_at >= query.received_from,
                fi.c.received_at < query.received_before,
            )
        ).scalar_one()
    assert 0 < inbox.model.count() == expected
    for r in range(inbox.model.rowCount()):
        row = inbox.model.feedback_row(r)
        assert query.received_from <= row.received_at < query.received_before


def test_fetch_page_filters_keep_keyset_paging(sample_engine: Engine) -> None:
    query = FeedbackQuery(channel="email", language="ru")
    seen: list[int] = []
    with sample_engine.connect() as conn:
        email = conn.execute(select(channel.c.id).where(channel.c.code == "email")).scalar_one()
        page = fetch_page(conn, query, limit=7)
        seen += [r.id for r in page.rows]
        while page.next_cursor is not None:
            page = fetch_page(conn, query, after=page.next_cursor, limit=7)
            seen += [r.id for r in page.rows]
        fi = feedback_item
        expected = list(
            conn.execute(
                select(fi.c.id)
                .where(fi.c.channel_id == email, fi.c.language == "ru")
                .order_by(fi.c.id.desc())
            ).scalars()
        )
        assert count_matching(conn, query=query) == len(expected)
        searched = fetch_page(conn, FeedbackQuery(search="курьер", language="ru"), limit=500)
        assert searched.rows and all(r.language == "ru" for r in searched.rows)
    assert seen == expected and expected


def test_inbox_model_passes_the_model_tester(
    sample_engine: Engine, qtbot: QtBot, qtmodeltester: object
) -> None:
    model = InboxTableModel(sample_engine, page_size=40)
    model.set_filters(kind="question", received_from=dt.datetime(2025, 1, 1))
    qtbot.waitUntil(lambda: model.count() is not None)
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    with pytest.raises(TypeError):
        model.set_filters(colour="red")


def test_set_category_of_a_selection_and_undo_redo(
    inbox: InboxWidget, sample_engine: Engine, qtbot: QtBot
) -> None:
    ids = select_rows(inbox, [0, 1, 2])
    before = item_values(sample_engine, ids, "category_id", "status")
    asked: list[list[str]] = []

    def choose(_parent: object, _title: str, _label: str, options: list[str]) -> int:
        asked.append(list(options))
        return 0

    inbox.ask_choice = choose  # type: ignore[assignment]
    with qtbot.waitSignal(inbox.bulk_done) as signal:
        inbox.buttons["category"].click()
    done(inbox, qtbot)
    assert signal.args[0].startswith("Set the category of")
    first_category = inbox._categories[0][0]
    assert asked[0][-1] == "(no category)"
    assert all(c == first_category for c, _s in item_values(sample_engine, ids, "category_id", "status"))

    with qtbot.waitSignal(inbox.undo.step_done):
        inbox.undo.undo_action.trigger()
    done(inbox, qtbot)
    assert item_values(sample_engine, ids, "category_id", "status") == before
    with qtbot.waitSignal(inbox.undo.step_done):
        inbox.undo.redo_action.trigger()
    done(inbox, qtbot)
    assert all(c == first_category for c, _s in item_values(sample_engine, ids, "category_id", "status"))


def test_start_an_improvement_from_a_selection_then_undo_removes_it(
    inbox: InboxWidget, sample_engine: Engine, qtbot: QtBot
) -> None:
    ids = select_rows(inbox, [3, 4])
    inbox.ask_text = lambda _p, _t, _l, proposed: "Очередь: " + proposed[:20]  # type: ignore[assignment]
    with qtbot.waitSignal(inbox.bulk_done):
        inbox.buttons["start"].click()
    done(inbox, qtbot)
    linked = {i for (i,) in item_values(sample_engine, ids, "improvement_id")}
    assert len(linked) == 1 and None not in linked
    new_id = linked.pop()
    with sample_engine.connect() as conn:
        title = conn.execute(select(improvement.c.title).where(improvement.c.id == new_id)).scalar_one()
    assert title.startswith("Очередь: ")
    assert any(id_ == new_id for id_, _t, _s in inbox._improvements)  # offered for linking now

    with qtbot.waitSignal(inbox.undo.step_done):
        inbox.undo.undo_action.trigger()
    done(inbox, qtbot)
    with sample_engine.connect() as conn:
        assert conn.execute(select(improvement.c.id).where(improvement.c.id == new_id)).first() is None
    assert item_values(sample_engine, ids, "improvement_id") == [(None,), (None,)]


def test_link_a_selection_to_an_existing_improvement(
    inbox: InboxWidget, sample_engine: Engine, qtbot: QtBot
) -> None:
    inbox.ask_text = lambda _p, _t, _l, proposed: proposed  # type: ignore[assignment]
    select_rows(inbox, [0])
    with qtbot.waitSignal(inbox.bulk_done):
        inbox.buttons["start"].click()
    done(inbox, qtbot)
    target = inbox._improvements[0][0]
    ids = select_rows(inbox, [5, 6, 7])
    inbox.ask_choice = lambda _p, _t, _l, options: 0  # type: ignore[assignment]
    with qtbot.waitSignal(inbox.bulk_done) as signal:
        inbox.buttons["link"].click()
    done(inbox, qtbot)
    assert f"to improvement {target}" in signal.args[0]
    assert {i for (i,) in item_values(sample_engine, ids, "improvement_id")} == {target}


def test_mark_duplicates_of_the_chosen_original_in_one_undoable_step(
    inbox: InboxWidget, sample_engine: Engine, qtbot: QtBot
) -> None:
    ids = select_rows(inbox, [8, 9, 10])
    before = item_values(sample_engine, ids, "duplicate_of_id", "status")
    inbox.ask_choice = lambda _p, _t, _l, options: 1  # type: ignore[assignment]
    with qtbot.waitSignal(inbox.bulk_done):
        inbox.buttons["duplicate"].click()
    done(inbox, qtbot)
    original = ids[1]
    after = dict(zip(ids, item_values(sample_engine, ids, "duplicate_of_id", "status"), strict=True))
    assert after[original] == before[1]
    assert all(after[i] == (original, "duplicate") for i in ids if i != original)
    assert inbox.undo.stack.count() == 1
    with qtbot.waitSignal(inbox.undo.step_done):
        inbox.undo.undo_action.trigger()
    done(inbox, qtbot)
    assert item_values(sample_engine, ids, "duplicate_of_id", "status") == before


def test_duplicates_need_two_items_selected(inbox: InboxWidget, no_modal_dialogs: Shown) -> None:
    select_rows(inbox, [0])
    inbox.mark_selection_duplicates()
    assert no_modal_dialogs[-1][0] == "information"
    assert inbox.undo.stack.count() == 0


def test_bulk_buttons_wait_for_a_selection(sample_engine: Engine, qtbot: QtBot) -> None:
    w = InboxWidget(sample_engine)
    qtbot.addWidget(w)
    assert not any(b.isEnabled() for b in w.buttons.values())
