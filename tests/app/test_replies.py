"""Replies: placeholders, channels a contact has, item times and status, and "you said, we did"."""

from __future__ import annotations

import dataclasses
import json

import pytest
from improvement_world import World, build_world
from sqlalchemy import Engine, select

from app import replies
from app.replies import ReplyError, choose_channel, render
from app.workflow import WorkflowError
from db.tables import audit_event, channel, feedback_item, improvement, reply


@pytest.fixture
def world(engine: Engine) -> World:
    return build_world(engine)


def test_render_shows_missing_values() -> None:
    result = render("Dear {name}, {idea}: {reason} {foo}", {"name": "Anna", "idea": "vans", "reason": " "})
    assert result.text == "Dear Anna, vans: [reason?] [foo?]"
    assert result.missing == ("reason", "foo")
    assert render("{name}{name}", {}).missing == ("name",)


def test_channel_the_contact_has(world: World) -> None:
    c = world.contacts
    with world.engine.connect() as conn:
        assert choose_channel(conn, c["anna"]) == replies.Route("email", "anna@example.com")
        assert choose_channel(conn, c["anna"], preferred="phone") == replies.Route("phone", "+4915112345678")
        assert choose_channel(conn, c["boris"], preferred="email") == replies.Route("phone", "+79161234567")
        assert choose_channel(conn, c["sara"]) == replies.Route("social", "@sara")
        with pytest.raises(ReplyError) as caught:
            choose_channel(conn, c["gleb"])
    assert str(caught.value) == (
        f"contact {c['gleb']} has no e-mail, phone or social handle on file: choose how you told them"
    )


def test_acknowledgement_then_answer(world: World) -> None:
    item = world.item("anna", "Where is my parcel?", kind="question")
    first = replies.record_reply(
        world.engine, contact_id=world.contacts["anna"], body="We got it", user_id=world.manager,
        item_ids=[item], outcome="received",
    )  # fmt: skip
    row = world.row(feedback_item, item)
    assert (row["status"], row["replied_at"], row["version"]) == ("new", None, 2)
    acknowledged = row["first_response_at"]
    assert acknowledged is not None
    second = replies.record_reply(
        world.engine, contact_id=world.contacts["anna"], body="It arrives today", user_id=world.other,
        item_ids=[item], channel_code="phone",
    )  # fmt: skip
    row = world.row(feedback_item, item)
    assert (row["status"], row["first_response_at"], row["version"]) == ("answered", acknowledged, 3)
    assert row["replied_at"] is not None and row["replied_at"] > acknowledged
    with world.engine.connect() as conn:
        sent = conn.execute(
            select(reply.c.id, channel.c.code, reply.c.outcome, reply.c.sent_by_id, reply.c.feedback_item_id)
            .join(channel, channel.c.id == reply.c.channel_id)
            .order_by(reply.c.id)
        ).all()
        events = conn.execute(
            select(audit_event.c.action, audit_event.c.changes)
            .where(audit_event.c.entity_type == "feedback_item")
            .order_by(audit_event.c.id)
        ).all()
    assert [tuple(r) for r in sent] == [
        (first, "email", "received", world.manager, item),
        (second, "phone", None, world.other, item),
    ]
    assert [a for a, _c in events] == ["replied", "replied"]
    assert set(json.loads(events[0][1])) == {"first_response_at", "reply_id"}
    assert json.loads(events[1][1])["status"] == ["new", "answered"]


def test_reply_with_an_unfilled_placeholder_is_refused(world: World) -> None:
    item = world.item("anna", "x")
    with pytest.raises(ReplyError) as caught:
        replies.record_reply(
            world.engine, contact_id=world.contacts["anna"], body="Dear [name?], no", user_id=world.manager,
            item_ids=[item],
        )  # fmt: skip
    assert str(caught.value) == (
        f"the reply to contact {world.contacts['anna']} still has placeholders without a value: name"
    )
    with world.engine.connect() as conn:
        assert conn.execute(select(reply.c.id)).all() == []


def test_you_said_we_did_for_a_declined_improvement(world: World) -> None:
    imp = world.improvement("declined", decision="declined", decision_reason="Too costly")
    c = world.contacts
    anna1 = world.item("anna", "Open on Sundays", improvement_id=imp, status="linked", hours=1)
    boris = world.item("boris", "Работать по воскресеньям", improvement_id=imp, language="ru", hours=2)
    anna2 = world.item("anna", "Sunday hours again", improvement_id=imp, status="duplicate", hours=3)
    sara = world.item("sara", "یکشنبه‌ها باز باشید", improvement_id=imp, language="fa", hours=4)
    gleb = world.item("gleb", "Sundays?", improvement_id=imp, hours=5)
    anon = world.item(None, "Sundays!", improvement_id=imp, hours=6)

    with world.engine.connect() as conn:
        prepared = replies.prepare_outcome_replies(conn, imp)
    assert prepared.outcome == "declined"
    assert prepared.not_answerable == (anon,)
    drafts = {d.contact_id: d for d in prepared.drafts}
    assert [d.contact_id for d in prepared.drafts] == [c["anna"], c["boris"], c["sara"], c["gleb"]]
    assert drafts[c["anna"]].item_ids == (anna1, anna2)
    assert (drafts[c["boris"]].language, drafts[c["boris"]].channel) == ("ru", "phone")
    assert drafts[c["boris"]].body == (
        "Здравствуйте, Борис Петров!\n\nСпасибо за предложение «Работать по воскресеньям». Мы внимательно "
        "его рассмотрели, решение: пока не будем это делать. Причина: Too costly\n\nПожалуйста, делитесь "
        "идеями и дальше.\n\nС уважением,\nслужба заботы о клиентах"
    )
    assert drafts[c["sara"]].language == "fa" and drafts[c["sara"]].channel == "social"
    assert drafts[c["gleb"]].channel is None and drafts[c["anna"]].missing == ()

    with pytest.raises(ReplyError) as caught:
        replies.send(world.engine, prepared, user_id=world.manager)
    assert str(caught.value) == "choose how to reach Gleb: no e-mail, phone or handle on file"

    edited = [*prepared.drafts[:3], dataclasses.replace(drafts[c["gleb"]], channel="in_person")]
    sent = replies.send(world.engine, prepared, edited, user_id=world.manager)
    assert len(sent.reply_ids) == 4 and sent.skipped == () and sent.moved is None
    with world.engine.connect() as conn:
        rows = conn.execute(
            select(reply.c.contact_id, reply.c.feedback_item_id, reply.c.improvement_id, channel.c.code)
            .add_columns(reply.c.outcome, reply.c.language)
            .join(channel, channel.c.id == reply.c.channel_id)
            .order_by(reply.c.id)
        ).all()
        items = dict(conn.execute(select(feedback_item.c.id, feedback_item.c.status)).all())
        replied = dict(conn.execute(select(feedback_item.c.id, feedback_item.c.replied_at)).all())
    assert [tuple(r) for r in rows] == [
        (c["anna"], anna1, imp, "email", "declined", "en"),
        (c["boris"], boris, imp, "phone", "declined", "ru"),
        (c["sara"], sara, imp, "social", "declined", "fa"),
        (c["gleb"], gleb, imp, "in_person", "declined", "en"),
    ]
    assert items == {
        anna1: "closed",
        boris: "closed",
        anna2: "closed",
        sara: "closed",
        gleb: "closed",
        anon: "new",
    }
    assert replied[anon] is None and all(replied[i] for i in (anna1, anna2, boris, sara, gleb))

    with world.engine.connect() as conn:
        again = replies.prepare_outcome_replies(conn, imp)
    assert again.drafts == ()
    assert sorted(again.already_answered) == sorted([c["anna"], c["boris"], c["sara"], c["gleb"]])
    assert replies.send(world.engine, prepared, edited, user_id=world.manager).skipped == (
        c["anna"],
        c["boris"],
        c["sara"],
        c["gleb"],
    )


def test_missing_name_is_visible_and_blocks_sending(world: World) -> None:
    imp = world.improvement("accepted", decision="accepted")
    world.item("noname", "Longer hours", improvement_id=imp)
    with world.engine.connect() as conn:
        prepared = replies.prepare_outcome_replies(conn, imp)
    (draft,) = prepared.drafts
    assert prepared.outcome == "accepted"
    assert draft.missing == ("name",) and draft.body.startswith("Dear [name?],")
    with pytest.raises(ReplyError):
        replies.send(world.engine, prepared, user_id=world.manager)
    fixed = dataclasses.replace(draft, body=draft.body.replace("[name?]", "customer"))
    assert len(replies.send(world.engine, prepared, [fixed], user_id=world.manager).reply_ids) == 1


def test_no_news_before_a_decision(world: World) -> None:
    imp = world.improvement("triage")
    with world.engine.connect() as conn, pytest.raises(ReplyError) as caught:
        replies.prepare_outcome_replies(conn, imp)
    assert str(caught.value) == "an improvement in triage has no decision to tell its contributors yet"
    with world.engine.connect() as conn, pytest.raises(ReplyError) as caught:
        replies.prepare_outcome_replies(conn, imp, "done")
    assert str(caught.value) == (
        f"improvement {imp} is in triage: its contributors cannot be told 'done' (possible: received)"
    )


def test_closing_with_replies_is_one_transaction(world: World) -> None:
    imp = world.improvement("act", decision="accepted", measured_benefit="Queue time halved")
    world.item("anna", "Shorter queues", improvement_id=imp)
    with world.engine.connect() as conn:
        prepared = replies.prepare_outcome_replies(conn, imp)
    assert prepared.drafts[0].body == (
        'Dear Anna Berg,\n\ngood news: "Shorter queues" is done. Queue time halved\n\n'
        "Thank you for helping us improve.\n\nKind regards,\nCustomer care"
    )
    late = world.item("boris", "Очереди", improvement_id=imp)  # arrives while the drafts are open
    with pytest.raises(WorkflowError) as caught:
        replies.send(world.engine, prepared, user_id=world.manager, close=True)
    assert f"1 not told yet: Борис Петров (item {late})" in str(caught.value)
    with world.engine.connect() as conn:
        assert conn.execute(select(reply.c.id)).all() == []  # Anna's reply rolled back with the refusal
    with world.engine.connect() as conn:
        prepared = replies.prepare_outcome_replies(conn, imp)
    sent = replies.send(world.engine, prepared, user_id=world.manager, close=True)
    row = world.row(improvement, imp)
    with world.engine.connect() as conn:
        times = set(conn.execute(select(reply.c.sent_at)).scalars())
    assert row["stage"] == "done" and times == {row["closed_at"]} and sent.moved is not None
