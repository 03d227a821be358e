"""Similar items as the app asks for them: near-copies found in three languages, new items picked up."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy import Engine, select

from app import audit, capture, similar_items, triage
from app.capture import NewItem
from app.conflicts import current_row, versioned_update
from app.tasks import Cancelled, TaskState
from db.tables import feedback_item
from tests.app.improvement_world import World, build_world

TEXTS = {
    "en": "The courier was two hours late and nobody called to warn me about the delay",
    "ru": "Курьер опоздал на два часа и никто не позвонил чтобы предупредить о задержке",
    "fa": "پیک دو ساعت دیر آمد و هیچ کس تماس نگرفت تا درباره تاخیر خبر بدهد",
}
# The same complaints as another customer put them: a word dropped, two swapped, ё for е.
COPIES = {
    "en": "The courier was two hours late and nobody called to warn me about delay",
    "ru": "Курьер опоздал на два часа и никто не позвонил предупредить о задержке",
    "fa": "پیک دو ساعت دیر آمد و هیچ کس تماس نگرفت درباره تاخیر خبر بدهد",
}
OTHER = {
    "en": "Please add SMS notifications when the parcel leaves the warehouse",
    "ru": "Спасибо менеджеру Ольге, вопрос решён за пять минут",
    "fa": "از همکار شما در شعبه ونک سپاسگزارم، خیلی سریع پاسخ داد",
}


@pytest.fixture
def world(engine: Engine) -> Iterator[World]:
    yield build_world(engine)
    similar_items.forget(engine)


def ids(rows: list[similar_items.SimilarRow]) -> list[tuple[str, int]]:
    return [r.key for r in rows]


@pytest.mark.parametrize("language", ["en", "ru", "fa"])
def test_a_near_copy_is_found_and_unrelated_text_is_not(world: World, language: str) -> None:
    original = world.item("anna", TEXTS[language], language=language)
    unrelated = world.item("boris", OTHER[language], language=language)
    copy = world.item("sara", COPIES[language], language=language)

    rows = similar_items.similar_to_item(world.engine, copy)
    assert ids(rows) == [("item", original)]
    assert rows[0].score >= similar_items.MIN_SCORE
    assert rows[0].text == TEXTS[language] and rows[0].channel == "email" and rows[0].status == "new"
    assert set(ids(similar_items.similar_to_text(world.engine, COPIES[language]))) == {
        ("item", copy),
        ("item", original),
    }
    assert similar_items.similar_to_item(world.engine, unrelated) == []
    assert similar_items.similar_to_text(world.engine, "Совсем другой текст про погоду") == []


@pytest.mark.parametrize("language", ["en", "ru", "fa"])
def test_an_item_saved_after_the_build_is_found(world: World, language: str) -> None:
    original = world.item("anna", TEXTS[language], language=language)
    assert similar_items.build(world.engine) == 1
    assert similar_items.is_ready(world.engine)
    _contact, (new_id,) = capture.save_items(
        world.engine, [NewItem(COPIES[language], channel="phone")], logged_by=world.manager
    )
    rows = similar_items.similar_to_item(world.engine, original)
    assert ids(rows) == [("item", new_id)]
    assert rows[0].channel == "phone" and rows[0].language == language


def test_what_is_merged_or_linked_already_is_left_out(world: World) -> None:
    running = world.improvement("do", title="Couriers must call before they are late")
    original = world.item("anna", TEXTS["en"])
    copy = world.item("boris", COPIES["en"])
    third = world.item("gleb", TEXTS["en"] + " again")
    triage.mark_duplicate(world.engine, third, original, user_id=world.manager)
    assert ids(similar_items.similar_to_item(world.engine, original)) == [("item", copy)]
    # The improvement's own items are not offered to it; an unlinked copy is.
    triage.link_items(world.engine, [original], running, user_id=world.manager)
    offered = similar_items.similar_to_improvement(world.engine, running)
    assert ids(offered) == [("item", copy)]
    assert ids(similar_items.similar_to_item(world.engine, original)) == [("item", copy)]


def test_sounds_like_puts_the_running_improvement_first(world: World) -> None:
    running = world.improvement("do", title="Shorter queues at the pick-up point")
    linked = world.item("anna", TEXTS["ru"], language="ru")
    triage.link_items(world.engine, [linked], running, user_id=world.manager)
    loose = world.item("boris", COPIES["ru"] + " вчера", language="ru")
    rows = similar_items.sounds_like(world.engine, COPIES["ru"])
    assert ids(rows) == [("improvement", running), ("item", loose)]
    assert rows[0].text == "Shorter queues at the pick-up point" and rows[0].stage == "do"


def test_capture_links_a_new_item_to_the_improvement_it_sounds_like(world: World) -> None:
    running = world.improvement("do")
    original = world.item("anna", TEXTS["fa"], language="fa")
    _c, (linked, duplicate) = capture.save_items(
        world.engine,
        [NewItem(COPIES["fa"], improvement_id=running), NewItem(COPIES["fa"], duplicate_of=original)],
        logged_by=world.manager,
    )
    assert world.row(feedback_item, linked)["improvement_id"] == running
    assert world.row(feedback_item, linked)["status"] == "linked"
    assert world.row(feedback_item, duplicate)["duplicate_of_id"] == original
    with pytest.raises(capture.InvalidInput) as caught:
        capture.save_items(world.engine, [NewItem("x", improvement_id=running + 99)], logged_by=world.manager)
    assert "improvement" in caught.value.errors
    with world.engine.connect() as conn:
        assert conn.execute(select(feedback_item.c.id).where(feedback_item.c.text == "x")).first() is None


def test_a_cancelled_build_leaves_no_index(world: World) -> None:
    world.item("anna", TEXTS["en"])
    state = TaskState()
    state.cancel()
    with pytest.raises(Cancelled):
        similar_items.build(world.engine, state)
    assert not similar_items.is_ready(world.engine)


def _edit(world: World, entity_type: str, entity_id: int, **values: str) -> None:
    """Edit a row as a service does: a versioned update and its audit event, in one transaction."""
    with world.engine.begin() as conn:
        before = current_row(conn, entity_type, entity_id)
        assert before is not None
        versioned_update(conn, entity_type, entity_id, before["version"], values)
        audit.record(
            conn,
            user_id=world.manager,
            entity_type=entity_type,
            entity_id=entity_id,
            action="edit",
            changes=audit.diff(before, values),
        )


def test_an_edited_improvement_title_is_found_by_its_new_words(world: World) -> None:
    plan = world.improvement("do", title="Shorter queues at the pick-up point")
    world.item("anna", TEXTS["en"])
    similar_items.build(world.engine)
    old_words, new_words = "shorter queues at the pick-up point", "a dark mode in the mobile banking app"
    assert ids(similar_items.similar_to_text(world.engine, old_words)) == [("improvement", plan)]
    _edit(world, "improvement", plan, title="A dark mode in the mobile banking app")
    assert ids(similar_items.similar_to_text(world.engine, new_words)) == [("improvement", plan)]
    assert similar_items.similar_to_text(world.engine, old_words) == []
    # Other changes (a stage) re-index nothing and lose nothing.
    _edit(world, "improvement", plan, stage="check")
    assert similar_items.refresh(world.engine) == 0
    assert ids(similar_items.similar_to_text(world.engine, new_words)) == [("improvement", plan)]


@pytest.mark.parametrize("language", ["en", "ru", "fa"])
def test_an_edited_item_text_is_found_by_its_new_words(world: World, language: str) -> None:
    edited = world.item("anna", OTHER[language], language=language)
    copy = world.item("boris", COPIES[language], language=language)
    similar_items.build(world.engine)
    assert ids(similar_items.similar_to_item(world.engine, copy)) == []
    _edit(world, "feedback_item", edited, text=TEXTS[language])
    assert ids(similar_items.similar_to_item(world.engine, copy)) == [("item", edited)]
    assert set(ids(similar_items.similar_to_text(world.engine, COPIES[language]))) == {
        ("item", copy),
        ("item", edited),
    }
    assert similar_items.similar_to_text(world.engine, OTHER[language]) == []
    # Edited twice: only the latest text counts.
    _edit(world, "feedback_item", edited, text=OTHER[language])
    assert ids(similar_items.similar_to_item(world.engine, copy)) == []
    assert ids(similar_items.similar_to_text(world.engine, OTHER[language])) == [("item", edited)]


def test_across_languages_the_same_complaint_follows_the_word_matches(world: World) -> None:
    english = world.item("anna", "My new card has not arrived yet, it has been three weeks")
    persian = world.item("boris", "کارت جدیدم هنوز نرسیده، سه هفته گذشته", language="fa")
    russian = world.item("gleb", "Новая карта до сих пор не пришла, уже три недели", language="ru")
    world.item("anna", "Thank you, the manager solved my question in five minutes")
    asked = "Новая карта до сих пор не пришла, прошло три недели"
    assert ids(similar_items.similar_to_text(world.engine, asked)) == [("item", russian)]  # off by default
    rows = similar_items.similar_to_text(world.engine, asked, across_languages=True)
    assert ids(rows)[0] == ("item", russian) and not rows[0].across
    assert set(ids(rows)[1:]) == {("item", english), ("item", persian)} and all(r.across for r in rows[1:])
    found = similar_items.similar_to_item(world.engine, english, across_languages=True)
    assert set(ids(found)) == {("item", persian), ("item", russian)}
    plan = world.improvement("do", title="Cards are not arriving for weeks")
    triage.link_items(world.engine, [english], plan, user_id=world.manager)
    shown = similar_items.sounds_like(world.engine, asked, across_languages=True)
    assert ids(shown)[0] == ("item", russian) and ("improvement", plan) in ids(shown)
