"""While capturing: "Sounds like" shows the running improvement a text repeats, and links the item on save."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine

from app import similar_items, triage
from db.tables import feedback_item
from tests.app.improvement_world import World, build_world
from ui.capture.window import CaptureWindow

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support (propagateSizeHints|raise)\(\)")

QUEUE_RU = "Очередь в пункте выдачи на Ленина сорок минут и касса работает только одна"
QUEUE_RU_TYPED = "очередь в пункте выдачи на ленина сорок минут касса работает только одна"
QUEUE_FA = "صف صندوق در شعبه ونک خیلی طولانی بود و فقط یک صندوق باز بود"


@pytest.fixture
def world(sqlite_engine: Engine) -> World:
    world = build_world(sqlite_engine)
    queues = world.improvement("do", title="Shorter queues at the pick-up points")
    for who, text, language in (("boris", QUEUE_RU, "ru"), ("sara", QUEUE_FA, "fa")):
        item = world.item(who, text, language=language, kind="complaint")
        triage.link_items(sqlite_engine, [item], queues, user_id=world.manager)
    world.item("anna", "The courier was two hours late and nobody called")
    return world


@pytest.fixture
def window(world: World, qtbot: QtBot) -> CaptureWindow:
    window = CaptureWindow(world.engine)
    qtbot.addWidget(window)
    window.open_capture()
    qtbot.waitExposed(window)
    return window


def type_into(window: CaptureWindow, qtbot: QtBot, text: str) -> None:
    form = window.form
    form.w.text.setFocus()
    form.w.text.setPlainText(text)  # typing key by key is covered by the capture screen's tests
    assert form.sounds_like is not None
    with qtbot.waitSignal(form.sounds_like.matches_shown, timeout=10_000):
        pass


def test_a_near_copy_shows_the_running_improvement_and_is_linked_on_save(
    world: World, window: CaptureWindow, qtbot: QtBot
) -> None:
    form = window.form
    box = form.sounds_like
    assert box is not None
    type_into(window, qtbot, QUEUE_RU_TYPED)
    assert box.isVisible()
    (first, *_rest) = box.rows()
    assert first.kind == "improvement" and first.stage == "do"
    assert "Shorter queues at the pick-up points" in box.line_texts()[0]
    assert "Improvement #" in box.line_texts()[0] and "Do" in box.line_texts()[0]

    QTest.keyClick(form.w.text, Qt.Key.Key_1, Qt.KeyboardModifier.AltModifier)
    assert box.choice() == first
    assert "✓" in box.line_texts()[0]
    with qtbot.waitSignal(form.items_saved, timeout=10_000) as saved:
        QTest.keyClick(form.w.text, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    (new_id,) = saved.args[0][1]
    row = world.row(feedback_item, new_id)
    assert row["improvement_id"] == first.id and row["status"] == "linked"
    assert box.choice() is None and not box.isVisible()  # the next item starts clean


def test_persian_text_unrelated_text_and_undoing_the_choice(
    world: World, window: CaptureWindow, qtbot: QtBot
) -> None:
    form = window.form
    box = form.sounds_like
    assert box is not None
    type_into(window, qtbot, "صف صندوق در شعبه ونک طولانی بود و فقط یک صندوق باز بود")
    assert [r.kind for r in box.rows()][:1] == ["improvement"]
    box.toggle(0)
    box.toggle(0)  # chosen again: no link after all
    assert box.choice() is None
    type_into(window, qtbot, "Спасибо оператору за быстрый ответ по счёту")
    assert box.rows() == [] and not box.isVisible()
    with qtbot.waitSignal(form.items_saved, timeout=10_000) as saved:
        form.save()
    assert world.row(feedback_item, saved.args[0][1][0])["improvement_id"] is None


def test_while_the_index_is_built_the_box_says_so_and_typing_goes_on(
    world: World, window: CaptureWindow, qtbot: QtBot
) -> None:
    similar_items.forget(world.engine)
    box = window.form.sounds_like
    assert box is not None
    said: list[str] = []

    def while_building() -> None:
        said.append(box.header.text())
        window.form.w.text.appendPlainText("!")  # the operator types on while the index is built

    box.building_shown.connect(while_building)
    with qtbot.waitSignals([box.building_shown, box.matches_shown], order="strict", timeout=10_000):
        window.form.w.text.setPlainText(QUEUE_RU_TYPED)
    assert "looking for similar items" in said[0]
    assert window.form.w.text.toPlainText().endswith("!")
    qtbot.waitUntil(lambda: bool(box.rows()), timeout=10_000)
    assert box.rows()[0].kind == "improvement"


def test_the_compact_window_keeps_its_width_with_matches_shown(
    world: World, window: CaptureWindow, qtbot: QtBot
) -> None:
    window.set_compact(True)
    type_into(window, qtbot, QUEUE_RU_TYPED)
    assert window.minimumSizeHint().width() <= 480
    assert window.width() <= 480


def test_the_chosen_match_comes_back_with_the_draft_and_links_on_save(
    world: World, window: CaptureWindow, qtbot: QtBot
) -> None:
    form = window.form
    box = form.sounds_like
    assert box is not None
    type_into(window, qtbot, QUEUE_RU_TYPED)
    chosen = box.rows()[0]
    with qtbot.waitSignal(form.edited, timeout=5_000):  # choosing is an edit: the draft keeper saves it
        box.toggle(0)
    draft = form.draft()
    assert (draft.link_kind, draft.link_id) == ("improvement", chosen.id)
    form.add_another()
    type_into(window, qtbot, QUEUE_RU_TYPED + " и охранник грубил")
    box.toggle(0)
    draft = form.draft()
    assert [(i.link_kind, i.link_id) for i in draft.items] == [("improvement", chosen.id)]

    # The window closed mid-call; the draft comes back in a new one, the choices with it.
    other = CaptureWindow(world.engine)
    qtbot.addWidget(other)
    other.open_capture()
    other.form.restore(draft)
    restored = other.form.sounds_like
    assert restored is not None and restored.isVisible()
    assert restored.choice() is not None and restored.choice().key == chosen.key  # type: ignore[union-attr]
    assert "✓" in restored.line_texts()[0]
    with qtbot.waitSignal(other.form.items_saved, timeout=10_000) as saved:
        other.form.save()
    new_ids = saved.args[0][1]
    assert [world.row(feedback_item, i)["improvement_id"] for i in new_ids] == [chosen.id, chosen.id]
