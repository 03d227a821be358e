"""Replies: placeholders, channels a contact has, item times and status, and "you said, we did"."""

from __future__ import annotations

import dataclasses
import json
import threading

import pytest
from improvement_world import World, build_world
from sqlalchemy import Engine, delete, select, update

from app import replies
from app.errors import Reason
from app.reference_data import REPLY_TEMPLATES, ensure_reference_data, ensure_reply_templates
from app.replies import ReplyError, choose_channel, render
from app.workflow import WorkflowError
from db.tables import audit_event, channel, feedback_item, improvement, reply, reply_template


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
        "Здравствуйте, Борис Петров!\n\nСпасибо за ваше предложение «Работать по воскресеньям». Мы "
        "внимательно его рассмотрели и приняли решение: пока не будем это делать. Причина: Too costly\n\n"
        "Пожалуйста, продолжайте делиться с нами идеями.\n\nС уважением,\nСлужба заботы о клиентах"
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
        'Dear Anna Berg,\n\ngood news: we have acted on your idea "Shorter queues". What changed: Queue time '
        "halved\n\n"
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


def test_built_in_templates_cover_every_outcome_and_language() -> None:
    for outcome in replies.OUTCOMES:
        for language in ("en", "ru", "fa"):
            subject, body = REPLY_TEMPLATES[(outcome, language)]
            assert subject.strip() and "{name}" in body and "{idea}" in body
            if outcome == "declined":
                assert "{decision}" in body and "{reason}" in body
            if outcome == "done":
                assert "{reason}" in body


def test_a_language_without_a_template_in_the_database_gets_the_built_in_one(engine: Engine) -> None:
    rt = reply_template
    with engine.begin() as conn:
        ensure_reference_data(conn)  # stores the standard templates
        conn.execute(delete(rt).where(rt.c.language == "fa"))
        conn.execute(
            update(rt)
            .where(rt.c.outcome == "received", rt.c.language == "en")
            .values(subject="Got it", body="Hi {name}")
        )
        english = replies.template_for(conn, "received", "en")
        persian = replies.template_for(conn, "received", "fa")
        unknown = replies.template_for(conn, "declined", "de")
    assert (english.id is not None, english.body) == (True, "Hi {name}")
    assert (persian.id, persian.language, persian.subject) == (None, "fa", "پیام شما دریافت شد")
    assert (unknown.id is not None, unknown.language) == (True, "en")  # the stored English one
    with engine.begin() as conn:
        added = ensure_reply_templates(conn)
        again = ensure_reply_templates(conn)
        stored = replies.template_for(conn, "received", "fa")
        kept = replies.template_for(conn, "received", "en")
    assert (added, again) == (sum(1 for _outcome, lang in REPLY_TEMPLATES if lang == "fa"), 0)
    assert stored.id is not None and stored.body == REPLY_TEMPLATES[("received", "fa")][1]
    assert kept.body == "Hi {name}"  # the administrator's wording stays


def test_replies_to_chosen_items(world: World) -> None:
    c = world.contacts
    anna = world.item("anna", "The app logs me out", kind="complaint", channel="phone")
    boris = world.item("boris", "Курьер опоздал", kind="complaint", language="ru", channel="phone", hours=1)
    sara = world.item("sara", "پیک دیر رسید", kind="complaint", language="fa", channel="social", hours=2)
    anon = world.item(None, "No one answers", hours=3)
    with world.engine.connect() as conn:
        prepared = replies.prepare_item_replies(conn, [sara, anon, anna, boris])
    assert (prepared.improvement_id, prepared.outcome, prepared.not_answerable) == (None, "received", (anon,))
    drafts = {d.contact_id: d for d in prepared.drafts}
    assert [d.contact_id for d in prepared.drafts] == [c["anna"], c["boris"], c["sara"]]
    # Through the channel the item came in when the contact has it: Anna called, so the phone.
    assert (drafts[c["anna"]].channel, drafts[c["anna"]].address) == ("phone", "+4915112345678")
    assert (drafts[c["boris"]].language, drafts[c["sara"]].language) == ("ru", "fa")
    assert drafts[c["boris"]].body.startswith("Здравствуйте, Борис Петров!\n\nСпасибо, что написали нам.")
    assert drafts[c["sara"]].subject == "پیام شما دریافت شد"

    delivered = replies.send_each(world.engine, prepared, prepared.drafts, user_id=world.manager)
    assert [(d.contact_id, d.reply_id is not None, d.error) for d in delivered] == [
        (c["anna"], True, None),
        (c["boris"], True, None),
        (c["sara"], True, None),
    ]
    assert world.row(feedback_item, boris)["first_response_at"] is not None
    # Acknowledged now: the next reply to the same items is a direct answer.
    with world.engine.connect() as conn:
        answer = replies.prepare_item_replies(conn, [anna, boris])
    assert answer.outcome == "answer"
    edited = [dataclasses.replace(d, body=d.body + "\nFixed in version 2.3.") for d in answer.drafts]
    replies.send_each(world.engine, answer, edited, user_id=world.manager)
    row = world.row(feedback_item, anna)
    assert row["status"] == "answered" and row["replied_at"] is not None
    with world.engine.connect() as conn:
        outcomes = conn.execute(select(reply.c.outcome).order_by(reply.c.id)).scalars().all()
    assert outcomes == ["received", "received", "received", None, None]


def test_one_failed_recipient_loses_no_other_reply(world: World) -> None:
    c = world.contacts
    anna = world.item("anna", "Longer hours")
    gleb = world.item("gleb", "Longer hours too", hours=1)
    with world.engine.connect() as conn:
        prepared = replies.prepare_item_replies(conn, [anna, gleb], "received")
    assert [d.channel for d in prepared.drafts] == ["email", None]
    delivered = replies.send_each(world.engine, prepared, prepared.drafts, user_id=world.manager)
    assert delivered[0].reply_id is not None and delivered[0].error is None
    assert delivered[1].reply_id is None and delivered[1].error == (
        f"contact {c['gleb']} has no e-mail, phone or social handle on file: choose how you told them"
    )
    with world.engine.connect() as conn:
        assert conn.execute(select(reply.c.contact_id)).scalars().all() == [c["anna"]]


def test_a_reply_the_database_refuses_is_reported_and_the_others_are_recorded(sqlite_engine: Engine) -> None:
    world = build_world(sqlite_engine)
    c = world.contacts
    anna = world.item("anna", "Longer hours")
    boris = world.item("boris", "Longer hours too", hours=1)
    with sqlite_engine.begin() as conn:  # the database itself refuses Anna's reply
        conn.exec_driver_sql(
            "CREATE TRIGGER refuse_anna BEFORE INSERT ON reply "
            f"WHEN NEW.contact_id = {c['anna']} BEGIN SELECT RAISE(ABORT, 'disk is full'); END"
        )
    with sqlite_engine.connect() as conn:
        prepared = replies.prepare_item_replies(conn, [anna, boris], "received")
    delivered = replies.send_each(world.engine, prepared, prepared.drafts, user_id=world.manager)
    refused = delivered[0].error
    assert delivered[0].reply_id is None and refused == "database error: disk is full"
    assert isinstance(refused, Reason)  # so the screens can say it in Russian and Persian
    assert refused.code == "reply_not_recorded" and refused.params == {"detail": "disk is full"}
    assert delivered[1].error is None
    with sqlite_engine.connect() as conn:
        assert conn.execute(select(reply.c.contact_id)).scalars().all() == [c["boris"]]
    assert world.row(feedback_item, anna)["replied_at"] is None


def test_items_of_one_improvement_get_its_news(world: World) -> None:
    imp = world.improvement("declined", decision="declined", decision_reason="Слишком дорого")
    boris = world.item("boris", "Работать ночью", improvement_id=imp, language="ru")
    with world.engine.connect() as conn:
        prepared = replies.prepare_item_replies(conn, [boris])
        with pytest.raises(ReplyError):
            replies.prepare_item_replies(conn, [boris], "done")
    assert (prepared.improvement_id, prepared.outcome) == (imp, "declined")
    assert "Причина: Слишком дорого" in prepared.drafts[0].body
    (delivery,) = replies.send_each(world.engine, prepared, prepared.drafts, user_id=world.manager)
    (again,) = replies.send_each(world.engine, prepared, prepared.drafts, user_id=world.manager)
    assert delivery.reply_id is not None and again.skipped and again.reply_id is None


def test_sending_waits_out_another_writer_on_sqlite(sqlite_engine: Engine) -> None:
    # SQLite refuses at once to make a reading transaction a writer while another
    # connection writes: send_each tries again a moment later instead of failing.
    world = build_world(sqlite_engine)
    item = world.item("anna", "Longer hours")
    with sqlite_engine.connect() as conn:
        prepared = replies.prepare_item_replies(conn, [item])
    other = sqlite_engine.raw_connection()
    other.cursor().execute("BEGIN IMMEDIATE")  # holds the write lock
    release = threading.Timer(0.15, other.commit)
    release.start()
    try:
        (delivery,) = replies.send_each(sqlite_engine, prepared, prepared.drafts, user_id=world.manager)
    finally:
        release.join()
        other.close()
    assert delivery.error is None and delivery.reply_id is not None
