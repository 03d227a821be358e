"""The inbox's assignee, contact filter, saved views and reply action."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine, func, insert, select, update

from app import saved_views
from app.feedback import FeedbackQuery
from app.reference_data import system_user_id
from db.tables import app_user, category, contact, feedback_item
from ui.models.inbox_table_model import ASSIGNEE_COLUMN, InboxTableModel
from ui.workflow.inbox import InboxWidget

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints\(\)")

Shown = list[tuple[str, tuple[object, ...]]]


@pytest.fixture
def users(sample_engine: Engine) -> tuple[int, int]:
    with sample_engine.begin() as conn:
        me = system_user_id(conn)
        other = conn.execute(
            insert(app_user)
            .values(username="zara", display_name="زهرا کریمی", role="manager")
            .returning(app_user.c.id)
        ).scalar_one()
    return me, other


@pytest.fixture
def inbox(sample_engine: Engine, users: tuple[int, int], qtbot: QtBot) -> InboxWidget:
    w = InboxWidget(sample_engine, user_id=users[0])
    qtbot.addWidget(w)
    w.resize(1200, 600)
    qtbot.waitUntil(lambda: w.model.count() is not None and not w.is_busy())
    return w


def done(inbox: InboxWidget, qtbot: QtBot) -> None:
    qtbot.waitUntil(lambda: not inbox.is_busy() and inbox.model.count() is not None)


def select_rows(inbox: InboxWidget, rows: list[int]) -> list[int]:
    inbox.table.clearSelection()
    for row in rows:
        inbox.table.selectionModel().select(
            inbox.model.index(row, 0),
            inbox.table.selectionModel().SelectionFlag.Select
            | inbox.table.selectionModel().SelectionFlag.Rows,
        )
    return inbox.selected_item_ids()


def assignees(engine: Engine, ids: list[int]) -> list[int | None]:
    with engine.connect() as conn:
        fi = feedback_item
        return list(
            conn.execute(select(fi.c.assignee_id).where(fi.c.id.in_(ids)).order_by(fi.c.id)).scalars()
        )


def test_assign_a_selection_shows_the_column_filters_and_undoes(
    inbox: InboxWidget, sample_engine: Engine, users: tuple[int, int], qtbot: QtBot
) -> None:
    me, other = users
    with sample_engine.connect() as conn:
        me_name = conn.execute(select(app_user.c.display_name).where(app_user.c.id == me)).scalar_one()
    ids = select_rows(inbox, [0, 1, 2])
    offered: list[list[str]] = []

    def choose_other(_p: object, _t: str, _l: str, options: list[str]) -> int:
        offered.append(list(options))
        return options.index("زهرا کریمی")

    inbox.ask_choice = choose_other  # type: ignore[assignment]
    with qtbot.waitSignal(inbox.bulk_done) as signal:
        inbox.buttons["assign"].click()
    done(inbox, qtbot)
    assert signal.args[0] == "Assign 3 items to زهرا کریمی"
    assert offered[0][0] == me_name and offered[0][-1] == "(nobody)"  # the signed-in user first
    assert assignees(sample_engine, ids) == [other] * 3
    assert inbox.model.headerData(ASSIGNEE_COLUMN, Qt.Orientation.Horizontal) == "Assigned to"
    shown = {inbox.model.index(r, ASSIGNEE_COLUMN).data() for r in range(3)}
    assert shown == {"زهرا کریمی"}

    combo = inbox.filter_bar.assignee
    combo.setCurrentIndex(combo.findData(other))
    qtbot.waitUntil(lambda: inbox.model.count() == 3)
    assert sorted(inbox.model.feedback_row(r).id for r in range(3)) == sorted(ids)
    combo.setCurrentIndex(combo.findData("nobody"))
    qtbot.waitUntil(lambda: inbox.model.count() is not None)
    with sample_engine.connect() as conn:
        total = conn.execute(select(func.count()).select_from(feedback_item)).scalar_one()
    assert inbox.model.count() == total - 3

    with qtbot.waitSignal(inbox.undo.step_done):
        inbox.undo.undo_action.trigger()
    done(inbox, qtbot)
    assert assignees(sample_engine, ids) == [None] * 3
    assert inbox.model.count() == total

    # "me": the signed-in user
    combo.setCurrentIndex(combo.findData("mine"))
    qtbot.waitUntil(lambda: inbox.model.count() == 0)
    assert inbox.model.query().assignee_id == me


def test_filter_by_contact_typed_as_a_name(inbox: InboxWidget, sample_engine: Engine, qtbot: QtBot) -> None:
    with sample_engine.connect() as conn:
        ivan = conn.execute(select(contact.c.id).where(contact.c.display_name == "Иван Петров")).scalar_one()
        expected = conn.execute(
            select(func.count()).select_from(feedback_item).where(feedback_item.c.contact_id == ivan)
        ).scalar_one()
    box = inbox.filter_bar.contact
    with qtbot.waitSignal(inbox.filter_bar.contacts_found) as found:
        box.setText("ива")
        box.textEdited.emit("ива")
    assert found.args[0] >= 1
    assert inbox.filter_bar.contact_matches()[0].startswith("Иван Петров")
    inbox.filter_bar.pick_contact(0)
    qtbot.waitUntil(lambda: inbox.model.count() == expected)
    assert {inbox.model.feedback_row(r).contact for r in range(inbox.model.rowCount())} == {"Иван Петров"}
    box.setText("Ольг")  # typing another name: the box no longer names Ivan, so no contact filter
    box.textEdited.emit("Ольг")
    qtbot.waitUntil(lambda: inbox.model.count() is not None and inbox.model.query().contact_id is None)
    with qtbot.waitSignal(inbox.filter_bar.contacts_found):
        pass
    box.returnPressed.emit()  # Enter takes the first match
    qtbot.waitUntil(lambda: inbox.model.query().contact_id is not None and inbox.model.count() is not None)
    assert box.text().startswith("Ольга Сергеевна Кузнецова")
    box.setText("")
    box.textEdited.emit("")
    qtbot.waitUntil(lambda: inbox.model.count() is not None and inbox.model.query().contact_id is None)


def test_save_a_view_change_filters_and_open_it_again(
    inbox: InboxWidget, sample_engine: Engine, users: tuple[int, int], qtbot: QtBot
) -> None:
    me, _other = users
    inbox.filters["language"].setCurrentIndex(inbox.filters["language"].findData("ru"))
    inbox.filter_bar.assignee.setCurrentIndex(inbox.filter_bar.assignee.findData("nobody"))
    inbox.model.sort(1, inbox.model.sort_order())  # by received, descending
    qtbot.waitUntil(lambda: inbox.model.count() is not None)
    wanted = inbox.model.query()
    inbox.views.ask_text = lambda _p, _t, _l, _proposed: "Русские, ничьи"  # type: ignore[assignment]
    with qtbot.waitSignal(inbox.views.views_loaded):
        inbox.views.buttons["save"].click()
    assert inbox.views.combo.currentText() == "Русские, ничьи"

    inbox.filters["language"].setCurrentIndex(0)
    inbox.filter_bar.assignee.setCurrentIndex(0)
    qtbot.waitUntil(lambda: inbox.model.query().language is None)
    with qtbot.waitSignal(inbox.view_shown):
        inbox.views.open_row(0)
    done(inbox, qtbot)
    assert inbox.model.query() == wanted
    assert inbox.filters["language"].currentData() == "ru"
    assert inbox.filter_bar.assignee.currentData() == "nobody"
    assert inbox.filter_bar.filter_values()["unassigned"] is True

    inbox.views.ask_text = lambda _p, _t, _l, _proposed: "نمای روسی"  # type: ignore[assignment]
    with qtbot.waitSignal(inbox.views.views_loaded):
        inbox.views.buttons["rename"].click()
    assert inbox.views.model.names() == ["نمای روسی"]
    inbox.views.confirm = lambda _p, _t, _q: True  # type: ignore[assignment]
    with qtbot.waitSignal(inbox.views.views_loaded):
        inbox.views.buttons["delete"].click()
    with sample_engine.connect() as conn:
        assert saved_views.list_views(conn, me) == []
    assert inbox.views.current_view() is None


def test_a_view_whose_category_is_gone_opens_without_it_and_says_so(
    sample_engine: Engine, users: tuple[int, int], qtbot: QtBot, no_modal_dialogs: Shown
) -> None:
    me, _other = users
    with sample_engine.begin() as conn:
        gone, gone_name = conn.execute(select(category.c.id, category.c.name).order_by(category.c.id)).first()
        conn.execute(update(category).where(category.c.id == gone).values(is_active=False))
    definition = saved_views.definition_of(FeedbackQuery(kind="complaint", category_id=gone), user_id=me)
    saved_views.save_view(sample_engine, me, "Old", definition)
    w = InboxWidget(sample_engine, user_id=me)
    qtbot.addWidget(w)
    qtbot.waitUntil(lambda: w.views.model.rowCount() == 1 and not w.is_busy())
    with qtbot.waitSignal(w.view_shown):
        w.views.open_row(0)
    done(w, qtbot)
    assert w.model.query() == FeedbackQuery(kind="complaint")
    assert no_modal_dialogs[-1][0] == "information"
    assert f"category {gone_name!r}" in str(no_modal_dialogs[-1][1][2])


def test_reply_opens_the_composer_on_the_selection(inbox: InboxWidget, qtbot: QtBot) -> None:
    ids = select_rows(inbox, [0, 1])
    assert inbox.buttons["reply"].isEnabled()
    inbox.buttons["reply"].click()
    dialog = inbox.reply_dialog
    assert dialog.isVisible() and sorted(dialog._item_ids) == sorted(ids)
    qtbot.waitUntil(lambda: not dialog.is_busy())
    dialog.reject()


def test_the_inbox_model_with_its_assignee_column_passes_the_model_tester(
    sample_engine: Engine, users: tuple[int, int], qtbot: QtBot, qtmodeltester: object
) -> None:
    from app import triage

    with sample_engine.connect() as conn:
        ids = list(conn.execute(select(feedback_item.c.id).limit(30)).scalars())
    triage.assign_items(sample_engine, ids, users[1], user_id=users[0])
    model = InboxTableModel(sample_engine, page_size=40)
    model.set_filters(assignee_id=users[1])
    qtbot.waitUntil(lambda: model.count() == 30)
    assert model.columnCount() == ASSIGNEE_COLUMN + 1
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    model.clear_filters()
    qtbot.waitUntil(lambda: model.count() is not None and model.query() == FeedbackQuery())


def test_a_view_keeps_dates_and_contact_and_shows_them_again(
    inbox: InboxWidget, sample_engine: Engine, qtbot: QtBot
) -> None:
    from PySide6.QtCore import QDate

    inbox.date_from.setDate(QDate(2025, 2, 1))
    inbox.date_to.setDate(QDate(2025, 3, 31))
    box = inbox.filter_bar.contact
    with qtbot.waitSignal(inbox.filter_bar.contacts_found):
        box.setText("مریم")
        box.textEdited.emit("مریم")
    inbox.filter_bar.pick_contact(0)
    qtbot.waitUntil(lambda: inbox.model.query().contact_id is not None and inbox.model.count() is not None)
    wanted, shown = inbox.model.query(), box.text()
    assert shown.startswith("مریم احمدی")
    inbox.views.ask_text = lambda _p, _t, _l, _proposed: "Maryam, Feb–Mar"  # type: ignore[assignment]
    with qtbot.waitSignal(inbox.views.views_loaded):
        inbox.views.buttons["save"].click()

    inbox.date_from.setDate(inbox.date_from.minimumDate())
    inbox.date_to.setDate(inbox.date_to.minimumDate())
    box.setText("")
    box.textEdited.emit("")
    qtbot.waitUntil(lambda: inbox.model.query() == FeedbackQuery() and inbox.model.count() is not None)
    with qtbot.waitSignal(inbox.view_shown):
        inbox.views.open_row(0)
    done(inbox, qtbot)
    assert inbox.model.query() == wanted
    assert (inbox.date_from.date(), inbox.date_to.date()) == (QDate(2025, 2, 1), QDate(2025, 3, 31))
    assert box.text() == "مریم احمدی"  # the contact's name, as the view found it
    assert inbox.filter_bar.filter_values()["contact_id"] == wanted.contact_id


def test_the_saved_view_list_model_passes_the_model_tester(qtmodeltester: object) -> None:
    from app.saved_views import SavedView
    from ui.models.saved_view_model import SavedViewListModel, ViewIdRole

    model = SavedViewListModel()
    model.set_views(
        [SavedView(3, "Мои жалобы", {}), SavedView(5, "شکایات بدون مسئول", {"assignee": "nobody"})]
    )
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    assert model.index(1).data(ViewIdRole) == 5 and model.row_of(5) == 1 and model.row_of(9) is None


def test_changing_a_filter_after_opening_a_view_leaves_the_view(
    inbox: InboxWidget, users: tuple[int, int], qtbot: QtBot
) -> None:
    definition = saved_views.definition_of(FeedbackQuery(kind="complaint"), user_id=users[0])
    saved_views.save_view(inbox._engine, users[0], "Жалобы", definition)
    with qtbot.waitSignal(inbox.views.views_loaded):
        inbox.views.reload()
    with qtbot.waitSignal(inbox.view_shown):
        inbox.views.combo.setCurrentIndex(0)
        inbox.views.open_row(0)
    done(inbox, qtbot)
    assert inbox.views.combo.currentText() == "Жалобы"
    inbox.filters["language"].setCurrentIndex(inbox.filters["language"].findData("fa"))
    qtbot.waitUntil(lambda: inbox.model.query().language == "fa")
    assert inbox.views.current_view() is None and inbox.views.combo.currentIndex() == -1
