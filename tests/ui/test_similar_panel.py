"""Similar items for any item (the panel) and for an improvement (the detail's tab), with their actions."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine

from app import similar_items, triage
from db.tables import feedback_item
from tests.app.improvement_world import World, build_world
from ui.models.similar_model import SimilarModel
from ui.similar.similar_panel import SimilarPanel
from ui.workflow.detail import ImprovementDetailView

LATE_EN = "The courier was two hours late and nobody called to warn me about it"
LATE_EN_COPY = "The courier was two hours late and nobody called to warn me"
LATE_RU = "Курьер опоздал на два часа и никто не позвонил чтобы предупредить"
LATE_RU_COPY = "Курьер опоздал на два часа, никто не позвонил предупредить"


@pytest.fixture
def world(sqlite_engine: Engine) -> World:
    return build_world(sqlite_engine)


def test_the_model_passes_the_model_tester(world: World, qtmodeltester: object) -> None:
    improvement = world.improvement("plan", title="Couriers call ahead")
    linked = world.item("anna", LATE_EN, language="en")
    triage.link_items(world.engine, [linked], improvement, user_id=world.manager)
    world.item("sara", "پیک دو ساعت دیر آمد و کسی تماس نگرفت", language="fa")
    copy = world.item("boris", LATE_EN_COPY)
    rows = similar_items.similar_to_item(world.engine, copy)
    model = SimilarModel()
    model.set_rows(rows)
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    assert model.rowCount() == 1
    assert model.index(0, SimilarModel.WHAT).data() == f"Item #{linked}"
    assert f"improvement #{improvement}" in model.index(0, SimilarModel.STATE).data()


def test_the_panel_marks_the_item_a_duplicate(world: World, qtbot: QtBot) -> None:
    original = world.item("boris", LATE_RU, language="ru")
    world.item("anna", "Please add SMS notifications when the parcel leaves the warehouse")
    copy = world.item("gleb", LATE_RU_COPY, language="ru")
    panel = SimilarPanel(world.engine, user_id=world.manager)
    qtbot.addWidget(panel)
    with qtbot.waitSignal(panel.loaded, timeout=10_000):
        panel.show_item(copy)
    assert [r.key for r in panel.model.rows()] == [("item", original)]
    assert panel.duplicate_button.isEnabled() and not panel.link_button.isEnabled()
    with qtbot.waitSignal(panel.changed, timeout=10_000) as changed:
        panel.duplicate_button.click()
    assert changed.args[0].action == "duplicate"
    assert world.row(feedback_item, copy)["duplicate_of_id"] == original
    qtbot.waitUntil(lambda: not panel.is_busy())
    assert panel.model.rows() == []  # merged: nothing left to merge


def test_the_panel_offers_the_same_complaint_in_another_language_marked(world: World, qtbot: QtBot) -> None:
    persian = world.item("sara", "کارت جدیدم هنوز نرسیده، سه هفته گذشته", language="fa")
    world.item("anna", "Thank you, the manager solved my question in five minutes")
    english = world.item("boris", "My new card has not arrived yet, it has been three weeks")
    panel = SimilarPanel(world.engine, user_id=world.manager)
    qtbot.addWidget(panel)
    with qtbot.waitSignal(panel.loaded, timeout=10_000):
        panel.show_item(english)
    assert [r.key for r in panel.model.rows()] == [("item", persian)]
    what = panel.model.index(0, SimilarModel.WHAT).data()
    assert what == f"Item #{persian}, in another language"
    assert "not by its words" in panel.model.index(0, SimilarModel.SCORE).data(Qt.ItemDataRole.ToolTipRole)


def test_the_panel_links_the_item_to_an_improvement(world: World, qtbot: QtBot) -> None:
    improvement = world.improvement("do", title="Couriers call ahead when late")
    linked = world.item("anna", LATE_EN)
    triage.link_items(world.engine, [linked], improvement, user_id=world.manager)
    copy = world.item("gleb", LATE_EN_COPY)
    panel = SimilarPanel(world.engine, user_id=world.manager)
    qtbot.addWidget(panel)
    with qtbot.waitSignal(panel.loaded, timeout=10_000):
        panel.show_item(copy)
    assert panel.link_button.isEnabled()
    with qtbot.waitSignal(panel.changed, timeout=10_000):
        panel.link_button.click()
    assert world.row(feedback_item, copy)["improvement_id"] == improvement


def test_the_detail_tab_links_a_similar_item_and_undo_takes_it_back(world: World, qtbot: QtBot) -> None:
    improvement = world.improvement("do", title="Couriers call ahead when late")
    linked = world.item("boris", LATE_RU, language="ru")
    triage.link_items(world.engine, [linked], improvement, user_id=world.manager)
    loose = world.item("gleb", LATE_RU_COPY, language="ru")
    world.item("anna", "Please add SMS notifications when the parcel leaves the warehouse")
    view = ImprovementDetailView(world.engine, user_id=world.manager)
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.detail_loaded):
        view.show_improvement(improvement)
    tab = view.similar_tab
    with qtbot.waitSignal(tab.loaded, timeout=10_000):
        view.show_similar_tab()
    assert [r.key for r in tab.model.rows()] == [("item", loose)]
    tab.select_row(0)
    with qtbot.waitSignal(tab.linked, timeout=10_000):
        tab.link_button.click()
    assert world.row(feedback_item, loose)["improvement_id"] == improvement
    qtbot.waitUntil(lambda: tab.model.rowCount() == 0 and not tab.is_busy() and not view.is_busy())
    assert view.items_model.rowCount() == 2
    with qtbot.waitSignal(view.undo.step_done, timeout=10_000):
        view.undo.undo()
    assert world.row(feedback_item, loose)["improvement_id"] is None
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1, timeout=10_000)


def test_the_detail_tab_offers_items_in_another_language_after_the_word_matches(
    world: World, qtbot: QtBot
) -> None:
    improvement = world.improvement("do", title="New cards take three weeks to arrive")
    persian = world.item("sara", "کارت جدیدم هنوز نرسیده، سه هفته گذشته", language="fa")
    world.item("anna", "Thank you, the manager solved my question in five minutes")
    view = ImprovementDetailView(world.engine, user_id=world.manager)
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.detail_loaded):
        view.show_improvement(improvement)
    tab = view.similar_tab
    with qtbot.waitSignal(tab.loaded, timeout=10_000):
        view.show_similar_tab()
    assert [(r.key, r.across) for r in tab.model.rows()] == [(("item", persian), True)]
    assert tab.model.index(0, SimilarModel.WHAT).data().endswith(", in another language")


@pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints\(\)")
def test_the_inbox_shows_the_current_items_similar_ones_and_undoes_a_merge(
    world: World, qtbot: QtBot
) -> None:
    from ui.workflow.inbox import InboxWidget

    original = world.item("boris", LATE_RU, language="ru")
    copy = world.item("gleb", LATE_RU_COPY, language="ru", hours=1)
    inbox = InboxWidget(world.engine, user_id=world.manager)
    qtbot.addWidget(inbox)
    inbox.show()
    qtbot.waitUntil(lambda: inbox.model.rowCount() == 2 and not inbox.is_busy())
    assert not inbox.similar.isVisible()  # nothing is indexed until asked for

    inbox.similar_button.click()
    row = next(r for r in range(2) if inbox.model.feedback_row(r).id == copy)
    with qtbot.waitSignal(inbox.similar.loaded, timeout=10_000):
        inbox.table.setCurrentIndex(inbox.model.index(row, 0))
    assert [r.key for r in inbox.similar.model.rows()] == [("item", original)]

    inbox.similar.select_row(0)
    with qtbot.waitSignal(inbox.bulk_done, timeout=10_000):
        inbox.similar.duplicate_button.click()
    assert world.row(feedback_item, copy)["duplicate_of_id"] == original
    qtbot.waitUntil(lambda: not inbox.is_busy() and inbox.undo.stack.canUndo())
    with qtbot.waitSignal(inbox.undo.step_done, timeout=10_000):
        inbox.undo.undo_action.trigger()
    assert world.row(feedback_item, copy)["duplicate_of_id"] is None
