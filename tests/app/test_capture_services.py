"""Capture services on both databases: look-up as typed, inline contacts, saving, history, answers on file."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import Engine, func, insert, select

from app import capture, operators
from app.capture import InvalidInput, NewContact, NewItem
from app.contact_history import answers_on_file, earlier_items
from app.contact_lookup import find_contacts, partial_phones
from app.reference_data import channel_ids, ensure_reference_data, system_user_id
from db.tables import (
    answer,
    app_user,
    canonical_question,
    contact,
    feedback_item,
    improvement,
    question,
    reply,
    survey,
    survey_response,
)

PEOPLE = [
    # name, phone, e-mail, customer number
    ("Иван Петров", "+7 916 123-45-67", "ivan.petrov@mail.ru", "KD-0012345"),
    ("Пётр Иванов", "89031234567", None, None),
    ("مریم احمدی", "0912 345 6789", "maryam@example.ir", None),
    ("Anna Smith", "+1 (212) 555-0100", "Anna.Smith@Example.com", "KD 0099999"),
    ("Ольга Сергеевна Кузнецова", None, "olga@yandex.ru", None),
]


@pytest.fixture
def people(engine: Engine) -> dict[str, int]:
    ids = {}
    with engine.begin() as conn:
        ensure_reference_data(conn)
        for name, phone, email, number in PEOPLE:
            new = NewContact(name=name, phone=phone or "", email=email or "", customer_number=number or "")
            ids[name] = capture.create_contact(conn, new)
    return ids


def names(engine: Engine, typed: str, **kwargs: object) -> list[str | None]:
    with engine.connect() as conn:
        return [m.display_name for m in find_contacts(conn, typed, **kwargs)]  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("typed", "who"),
    [
        ("+7 916 123-45-67", "Иван Петров"),
        ("89161234567", "Иван Петров"),
        ("8 916 123", "Иван Петров"),
        ("916 123 45", "Иван Петров"),
        ("+7903", "Пётр Иванов"),
        ("0912 345 6789", "مریم احمدی"),
        ("۰۹۱۲۳۴۵", "مریم احمدی"),  # Persian digits
        ("+98 912 345", "مریم احمدی"),
        ("1 212 555", "Anna Smith"),
        ("anna.smith@exa", "Anna Smith"),
        ("ANNA.SM", "Anna Smith"),
        ("ivan.pet", "Иван Петров"),
        ("kd-00123", "Иван Петров"),
        ("KD 00999", "Anna Smith"),
        ("иван пе", "Иван Петров"),
        ("Петр", "Пётр Иванов"),  # ё folded
        ("مریم", "مریم احمدی"),
        ("مريم", "مریم احمدی"),  # Arabic yeh typed on an Arabic keyboard
        ("ольга серг", "Ольга Сергеевна Кузнецова"),
    ],
)
def test_finds_a_contact_by_what_the_operator_types(
    engine: Engine, people: dict[str, int], typed: str, who: str
) -> None:
    assert names(engine, typed)[0] == who


def test_an_exact_value_comes_before_longer_ones(engine: Engine, people: dict[str, int]) -> None:
    with engine.connect() as conn:
        match = find_contacts(conn, "89161234567")[0]
    assert (match.matched_kind, match.matched_value, match.exact) == ("phone", "+79161234567", True)
    assert match.email == "ivan.petrov@mail.ru"
    assert match.customer_number == "KD0012345"


def test_a_later_word_of_a_name_only_when_asked(engine: Engine, people: dict[str, int]) -> None:
    assert names(engine, "кузнец") == []
    assert names(engine, "кузнец", inside_names=True) == ["Ольга Сергеевна Кузнецова"]


def test_too_little_or_unknown_text_finds_nothing(engine: Engine, people: dict[str, int]) -> None:
    assert names(engine, "") == []
    assert names(engine, "8") == []
    assert names(engine, "zzz") == []
    assert names(engine, "100%_") == []  # LIKE wildcards are only characters


def test_merged_contacts_are_not_offered(engine: Engine, people: dict[str, int]) -> None:
    with engine.begin() as conn:
        conn.execute(
            contact.update()
            .where(contact.c.id == people["Пётр Иванов"])
            .values(merged_into_id=people["Иван Петров"])
        )
    assert names(engine, "8903") == []


def test_partial_phones() -> None:
    assert partial_phones("8 (916) 12") == ("+791612", "+891612")
    assert partial_phones("+7 916") == ("+7916",)
    assert partial_phones("0098 912") == ("+98912",)
    assert partial_phones("ivan") == ()
    assert partial_phones("12") == ()


def test_a_new_contact_is_checked_field_by_field(engine: Engine, people: dict[str, int]) -> None:
    with engine.begin() as conn, pytest.raises(InvalidInput) as caught:
        capture.create_contact(conn, NewContact(name="Bob", phone="12", email="bob@", customer_number=""))
    assert set(caught.value.errors) == {"phone", "email"}
    assert "too short" in caught.value.errors["phone"].reason
    with engine.begin() as conn, pytest.raises(InvalidInput) as caught:
        capture.create_contact(conn, NewContact())
    assert set(caught.value.errors) == {"name"}
    with engine.begin() as conn, pytest.raises(InvalidInput) as caught:
        capture.create_contact(conn, NewContact(name="Иван 2", phone="8 916 123 45 67"))
    assert "already on file for Иван Петров" in caught.value.errors["phone"].reason


def test_saves_several_items_for_a_new_contact_in_one_transaction(engine: Engine) -> None:
    with engine.begin() as conn:
        ensure_reference_data(conn)
        user = system_user_id(conn)
    items = [
        NewItem("Курьер опоздал на два часа.", kind="complaint", channel="phone"),
        NewItem("  لطفاً زمان تحویل را اضافه کنید  ", kind="suggestion", channel="phone", category_id=1),
    ]
    new = NewContact(name="Нина Орлова", phone="+7 925 000-11-22")
    contact_id, ids = capture.save_items(engine, items, logged_by=user, new_contact=new)
    with engine.connect() as conn:
        rows = conn.execute(
            select(
                feedback_item.c.contact_id,
                feedback_item.c.text,
                feedback_item.c.language,
                feedback_item.c.kind,
            )
            .where(feedback_item.c.id.in_(ids))
            .order_by(feedback_item.c.id)
        ).all()
        found = find_contacts(conn, "89250001122")
    assert [tuple(r) for r in rows] == [
        (contact_id, "Курьер опоздал на два часа.", "ru", "complaint"),
        (contact_id, "لطفاً زمان تحویل را اضافه کنید", "fa", "suggestion"),
    ]
    assert [m.id for m in found] == [contact_id]


def test_one_bad_field_saves_nothing(engine: Engine) -> None:
    with engine.begin() as conn:
        ensure_reference_data(conn)
        user = system_user_id(conn)
    items = [NewItem("fine"), NewItem("   "), NewItem("x" * (capture.MAX_TEXT_CHARS + 1), channel="fax")]
    with pytest.raises(InvalidInput) as caught:
        capture.save_items(engine, items, logged_by=user, new_contact=NewContact(name="Zed", email="zed@"))
    assert set(caught.value.errors) == {"text.2", "text.3", "channel.3", "email"}
    assert "longer than 10,000 characters" in caught.value.errors["text.3"].reason
    with engine.connect() as conn:
        assert conn.execute(select(func.count()).select_from(feedback_item)).scalar() == 0
        assert conn.execute(select(func.count()).select_from(contact)).scalar() == 0


def test_the_operator_and_their_usual_channel(engine: Engine) -> None:
    with engine.begin() as conn:
        ensure_reference_data(conn)
        chat = channel_ids(conn)["chat"]
        conn.execute(
            insert(app_user).values(username="d.sokolov", display_name="Д. Соколов", usual_channel_id=chat)
        )
        chosen = operators.operator(conn, "d.sokolov")
        fallback = operators.operator(conn, "nobody")
    assert chosen is not None and chosen.usual_channel == "chat"
    assert fallback is not None and (fallback.display_name, fallback.usual_channel) == (
        "Kaizen Desk",
        "phone",
    )


def test_history_shows_status_improvement_and_last_reply(engine: Engine, people: dict[str, int]) -> None:
    ivan = people["Иван Петров"]
    with engine.begin() as conn:
        channels = channel_ids(conn)
        user = system_user_id(conn)
        idea = conn.execute(
            insert(improvement).values(title="Delivery time slots", stage="check").returning(improvement.c.id)
        ).scalar_one()
        base = dict(contact_id=ivan, channel_id=channels["phone"], logged_by_id=user, source="test")
        first, second = (
            conn.execute(insert(feedback_item).values(**base, **v).returning(feedback_item.c.id)).scalar_one()
            for v in (
                dict(
                    kind="suggestion",
                    text="Time slots please",
                    received_at=dt.datetime(2026, 3, 2),
                    status="linked",
                    improvement_id=idea,
                    external_ref="1",
                ),
                dict(
                    kind="complaint", text="Late again", received_at=dt.datetime(2026, 5, 1), external_ref="2"
                ),
            )
        )
        for sent, body, item in (
            (dt.datetime(2026, 3, 3), "Thanks, we are on it", first),
            (dt.datetime(2026, 4, 10), "We are testing time slots now", None),  # about the improvement
        ):
            conn.execute(
                insert(reply).values(
                    contact_id=ivan,
                    feedback_item_id=item,
                    improvement_id=idea if item is None else None,
                    channel_id=channels["email"],
                    body=body,
                    sent_at=sent,
                )
            )
        history = earlier_items(conn, ivan)
    assert [h.id for h in history] == [second, first]
    assert history[0].last_reply is None
    assert (history[1].status, history[1].improvement_title, history[1].improvement_stage) == (
        "linked",
        "Delivery time slots",
        "check",
    )
    assert history[1].last_reply is not None
    assert history[1].last_reply.body == "We are testing time slots now"
    assert history[1].last_reply.channel == "email"


def test_answers_on_file_latest_per_canonical_question(engine: Engine, people: dict[str, int]) -> None:
    ivan = people["Иван Петров"]
    with engine.begin() as conn:
        nps = conn.execute(
            insert(canonical_question)
            .values(code="nps", text="Would you recommend the dealer?", answer_type="scale_0_10")
            .returning(canonical_question.c.id)
        ).scalar_one()
        questions = {}
        for system, name, code, text in (
            ("oem", "E-survey", "Q1", "How likely are you to recommend us?"),
            ("callcentre", "Follow-up call", "rec", "Порекомендуете ли вы дилера?"),
        ):
            sid = conn.execute(
                insert(survey).values(source_system=system, name=name).returning(survey.c.id)
            ).scalar_one()
            questions[system] = conn.execute(
                insert(question)
                .values(survey_id=sid, code=code, text=text, canonical_question_id=nps)
                .returning(question.c.id)
            ).scalar_one()
            questions[system + ".sid"] = sid
        free = conn.execute(
            insert(question)
            .values(survey_id=questions["oem.sid"], code="Q9", text="Anything else?")
            .returning(question.c.id)
        ).scalar_one()

        def respond(
            system: str, when: dt.datetime, values: dict[int, tuple[str | None, float | None]]
        ) -> None:
            rid = conn.execute(
                insert(survey_response)
                .values(
                    survey_id=questions[system + ".sid"],
                    contact_id=ivan,
                    responded_at=when,
                    external_ref=str(when),
                )
                .returning(survey_response.c.id)
            ).scalar_one()
            for qid, (text, number) in values.items():
                conn.execute(
                    insert(answer).values(
                        response_id=rid, question_id=qid, value_text=text, value_number=number
                    )
                )

        respond(
            "oem", dt.datetime(2026, 2, 1), {questions["oem"]: (None, 9.0), free: ("Coffee was cold", None)}
        )
        respond("callcentre", dt.datetime(2026, 2, 3), {questions["callcentre"]: (None, 10.0)})
        found = answers_on_file(conn, ivan)
        nobody = answers_on_file(conn, people["Anna Smith"])
    assert nobody == []
    assert [(a.code, a.question, a.latest.value, a.latest.survey) for a in found] == [
        ("nps", "Would you recommend the dealer?", "10", "Follow-up call"),
        (None, "Anything else?", "Coffee was cold", "E-survey"),
    ]
    assert [(e.value, e.source_system, e.responded_at) for e in found[0].earlier] == [
        ("9", "oem", dt.datetime(2026, 2, 1))
    ]
