"""Reply drafts: kept per user, composer and recipient; read back; gone once sent."""

from __future__ import annotations

import pytest
from improvement_world import World, build_world
from sqlalchemy import Engine, delete, func, select

from app import reply_drafts
from app.reply_drafts import ReplyDraft, draft_key
from db.tables import contact, reply_draft


@pytest.fixture
def world(engine: Engine) -> World:
    return build_world(engine)


def test_keys_name_the_improvement_or_the_set_of_items() -> None:
    assert draft_key(improvement_id=7, item_ids=[1, 2]) == "improvement:7"
    assert draft_key(item_ids=[3, 1, 2]) == draft_key(item_ids=[1, 2, 3, 3])
    assert draft_key(item_ids=[1, 2]) != draft_key(item_ids=[1, 3])
    assert (
        draft_key(item_ids=range(5000)).startswith("items:5000:")
        and len(draft_key(item_ids=range(5000))) < 80
    )
    with pytest.raises(ValueError):
        draft_key()


def test_drafts_are_saved_replaced_read_back_and_discarded(world: World) -> None:
    c, engine = world.contacts, world.engine
    key = draft_key(improvement_id=3)
    boris = ReplyDraft(c["boris"], "Здравствуйте, Борис!", "Решение", "phone", "declined")
    sara = ReplyDraft(c["sara"], "سارا عزیز، ...", None, "social", "declined")
    reply_drafts.save_reply_drafts(engine, world.manager, key, [boris, sara])
    saved = reply_drafts.load_reply_drafts(engine, world.manager, key)
    assert saved is not None and saved.drafts == {c["boris"]: boris, c["sara"]: sara}
    assert reply_drafts.load_reply_drafts(engine, world.other, key) is None  # another user's composer
    assert reply_drafts.load_reply_drafts(engine, world.manager, draft_key(improvement_id=4)) is None

    edited = ReplyDraft(c["boris"], "Здравствуйте, Борис Петрович!", "Решение", "phone", "declined")
    reply_drafts.save_reply_drafts(engine, world.manager, key, [edited, sara])
    saved = reply_drafts.load_reply_drafts(engine, world.manager, key)
    assert saved is not None and saved.drafts[c["boris"]].body == "Здравствуйте, Борис Петрович!"

    reply_drafts.discard_reply_drafts(engine, world.manager, key, [c["boris"]])  # Boris's reply was sent
    saved = reply_drafts.load_reply_drafts(engine, world.manager, key)
    assert saved is not None and list(saved.drafts) == [c["sara"]]
    reply_drafts.discard_reply_drafts(engine, world.manager, key)
    assert reply_drafts.load_reply_drafts(engine, world.manager, key) is None


def test_without_a_user_drafts_belong_to_the_system_user(world: World) -> None:
    key = draft_key(item_ids=[1])
    reply_drafts.save_reply_drafts(world.engine, None, key, [ReplyDraft(world.contacts["anna"], "Dear Anna")])
    saved = reply_drafts.load_reply_drafts(world.engine, None, key)
    assert saved is not None and saved.drafts[world.contacts["anna"]].body == "Dear Anna"


def test_a_contact_gone_meanwhile_does_not_lose_the_others(world: World) -> None:
    c, engine = world.contacts, world.engine
    key = draft_key(item_ids=[1, 2])
    with engine.begin() as conn:
        conn.execute(delete(contact).where(contact.c.id == c["gleb"]))
    reply_drafts.save_reply_drafts(
        engine, world.manager, key, [ReplyDraft(c["gleb"], "Hi Gleb"), ReplyDraft(c["anna"], "Hi Anna")]
    )
    saved = reply_drafts.load_reply_drafts(engine, world.manager, key)
    assert saved is not None and list(saved.drafts) == [c["anna"]]
    with engine.connect() as conn:
        assert conn.execute(select(func.count()).select_from(reply_draft)).scalar_one() == 1


def test_an_older_payload_reads_back_with_defaults() -> None:
    draft = ReplyDraft.from_json('{"contact_id": 5, "body": "Hi", "colour": "blue"}')
    assert draft == ReplyDraft(5, "Hi")
