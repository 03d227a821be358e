"""One person, one contact: merging keeps everything; contact rules read the answers on file."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from sqlalchemy import Connection, Engine, func, insert, select

from app.contact_merge import merge_contacts, merge_held_match
from app.contact_rules import ContactRules, may_survey, questions_not_to_ask
from app.errors import KaizenError
from app.match_review import find_near_matches, name_skeleton, open_matches, reject_match
from app.reference_data import channel_ids, ensure_reference_data
from app.survey_questions import create_canonical, set_canonical, suggest_canonical
from db.tables import (
    answer,
    audit_event,
    contact,
    contact_match_review,
    contact_point,
    feedback_item,
    question,
    reply,
    survey,
    survey_response,
)


def _contact(conn: Connection, name: str, **points: str) -> int:
    id_ = conn.execute(
        insert(contact).values(display_name=name, name_key=name.lower(), version=1).returning(contact.c.id)
    ).scalar_one()
    for kind, value in points.items():
        conn.execute(insert(contact_point).values(contact_id=id_, kind=kind, value=value, is_primary=True))
    return int(id_)


def _response(
    conn: Connection, survey_id: int, contact_id: int, when: dt.datetime, values: dict[int, str]
) -> None:
    rid = conn.execute(
        insert(survey_response)
        .values(
            survey_id=survey_id, contact_id=contact_id, responded_at=when, external_ref=f"{contact_id}-{when}"
        )
        .returning(survey_response.c.id)
    ).scalar_one()
    for qid, value in values.items():
        conn.execute(insert(answer).values(response_id=rid, question_id=qid, value_text=value))


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Иван Петров", "Ivan Petrov"),
        ("Petroff Ivan", "Иван Петров"),
        ("ایوان پتروف", "Ivan Petrov"),
        ("Mariya Sydorova", "Мария Сидорова"),
    ],
)
def test_same_name_in_another_spelling_or_script(a: str, b: str) -> None:
    assert name_skeleton(a) == name_skeleton(b) is not None


def test_different_names_differ() -> None:
    assert name_skeleton("Иван Петров") != name_skeleton("Пётр Иванов Сидоров")
    assert name_skeleton("Anna") is None  # one word is too weak to count


def test_near_matches_are_held_with_evidence_and_merge_keeps_everything(engine: Engine) -> None:
    with engine.begin() as conn:
        ensure_reference_data(conn)
        old = _contact(conn, "Иван Петров", phone="+79161234567", email="ivan@example.com")
        namesake = _contact(conn, "Ivan Petrov", phone="+79990001122")
        new = _contact(conn, "Ivan Petrov", phone="+79161234568", email="ivan.p@mail.ru")
        assert find_near_matches(conn, [new], source="test") == 1
        [held] = open_matches(conn)
        assert (held.contact_id, held.candidate_id) == (new, old)
        assert {e["kind"] for e in held.evidence} == {"name", "phone"}
        channel = channel_ids(conn)["email"]
        item = conn.execute(
            insert(feedback_item)
            .values(
                contact_id=new,
                channel_id=channel,
                kind="complaint",
                text="Late",
                received_at=dt.datetime(2026, 1, 1),
                version=1,
            )
            .returning(feedback_item.c.id)
        ).scalar_one()
        conn.execute(
            insert(reply).values(contact_id=new, feedback_item_id=item, channel_id=channel, body="Sorry")
        )
        sid = conn.execute(
            insert(survey).values(source_system="s", name="s").returning(survey.c.id)
        ).scalar_one()
        _response(conn, sid, new, dt.datetime(2026, 1, 2), {})
        result = merge_held_match(conn, held.id)
    assert (result.kept_id, result.merged_id) == (old, new)
    with engine.connect() as conn:
        points = set(
            conn.execute(select(contact_point.c.value).where(contact_point.c.contact_id == old)).scalars()
        )
        gone = conn.execute(select(contact.c.merged_into_id).where(contact.c.id == new)).scalar_one()
        owners = {
            t.name: set(conn.execute(select(t.c.contact_id)).scalars())
            for t in (feedback_item, reply, survey_response)
        }
        review = conn.execute(select(contact_match_review.c.status)).scalar_one()
        audit = conn.execute(
            select(audit_event.c.changes).where(audit_event.c.action == "merge")
        ).scalar_one()
        untouched = conn.execute(
            select(contact.c.merged_into_id).where(contact.c.id == namesake)
        ).scalar_one()
    assert points == {"+79161234567", "ivan@example.com", "+79161234568", "ivan.p@mail.ru"}
    assert gone == old and untouched is None
    assert owners == {"feedback_item": {old}, "reply": {old}, "survey_response": {old}}
    assert review == "merged"
    assert json.loads(audit)["merged_contact_id"] == [None, new]
    with engine.begin() as conn, pytest.raises(KaizenError, match="already merged"):
        merge_contacts(conn, old, new)


def test_namesakes_with_other_phones_are_not_held(engine: Engine) -> None:
    with engine.begin() as conn:
        _contact(conn, "Ivan Petrov", phone="+79990001122")
        new = _contact(conn, "Иван Петров", phone="+79161234567")
        assert find_near_matches(conn, [new]) == 0
        other = _contact(conn, "Иван Петров", email="ip@example.com")  # no phone: a name match counts
        assert find_near_matches(conn, [other]) == 2
        reject_match(conn, open_matches(conn)[0].id)
        assert len(open_matches(conn)) == 1
        assert conn.execute(select(func.count()).select_from(contact_match_review)).scalar_one() == 2


def test_contact_rules_and_answers_on_file(engine: Engine) -> None:
    now = dt.datetime(2026, 4, 1)
    with engine.begin() as conn:
        ivan = _contact(conn, "Иван Петров")
        nps = create_canonical(conn, "nps", "How likely are you to recommend us?", "scale_0_10")
        clean = create_canonical(conn, "clean", "Was the waiting area clean?")
        sid = conn.execute(
            insert(survey).values(source_system="oem", name="E").returning(survey.c.id)
        ).scalar_one()
        q_nps = conn.execute(
            insert(question)
            .values(survey_id=sid, code="Q1", text="Recommend?", canonical_question_id=nps)
            .returning(question.c.id)
        ).scalar_one()
        q_clean = conn.execute(
            insert(question)
            .values(survey_id=sid, code="Q2", text="Clean?", canonical_question_id=clean)
            .returning(question.c.id)
        ).scalar_one()
        _response(conn, sid, ivan, dt.datetime(2025, 6, 1), {q_clean: "yes"})
        _response(conn, sid, ivan, dt.datetime(2026, 3, 20), {q_nps: "9"})
        rules = ContactRules(survey_gap_days=30, question_gap_days=180)
        decision = may_survey(conn, ivan, rules, now)
        skip = questions_not_to_ask(conn, ivan, rules, now)
        later = may_survey(conn, ivan, rules, dt.datetime(2026, 4, 20))
        never = may_survey(conn, _contact(conn, "Anna Smith"), rules, now)
    assert not decision.allowed and decision.next_allowed_at == dt.datetime(2026, 4, 19)
    assert later.allowed and never.allowed
    assert set(skip) == {"nps"}  # the clean-area answer is older than 180 days: ask again
    assert skip["nps"].latest.value == "9" and skip["nps"].latest.source_system == "oem"


def test_suggestions_across_languages(engine: Engine) -> None:
    with engine.begin() as conn:
        nps = create_canonical(conn, "nps", "How likely are you to recommend us to a friend?")
        clean = create_canonical(conn, "clean", "Was the waiting area clean?")
        sid = conn.execute(
            insert(survey).values(source_system="cc", name="Call").returning(survey.c.id)
        ).scalar_one()

        def q(code: str, text: str) -> int:
            return int(
                conn.execute(
                    insert(question).values(survey_id=sid, code=code, text=text).returning(question.c.id)
                ).scalar_one()
            )

        english = q("e", "How likely is it that you would recommend us to a friend?")
        russian = q("r1", "Порекомендуете ли вы нас другу?")
        set_canonical(conn, russian, nps)  # a person linked one Russian wording
        russian2 = q("r2", "Порекомендуете ли вы наш сервис другу или коллеге?")
        persian = q("f1", "آیا سالن انتظار تمیز بود؟")
        set_canonical(conn, persian, clean)
        persian2 = q("f2", "سالن انتظار تمیز بود؟")
        assert suggest_canonical(conn, english)[0].code == "nps"
        assert suggest_canonical(conn, russian2)[0].code == "nps"
        assert suggest_canonical(conn, persian2)[0].code == "clean"
        with pytest.raises(KaizenError):
            set_canonical(conn, english, 9999)


def test_suggestions_across_languages_before_anything_is_linked(engine: Engine) -> None:
    from app.survey_questions import canonical_questions, suggestions_for, survey_questions

    with engine.begin() as conn:
        create_canonical(conn, "nps", "How likely are you to recommend us to a friend?")
        create_canonical(conn, "clean", "Was the waiting area clean?")
        create_canonical(conn, "staff", "Were the staff polite and helpful?")
        create_canonical(conn, "overall", "Overall, how satisfied are you with the service?")
        sid = conn.execute(
            insert(survey).values(source_system="dealer", name="Анкета").returning(survey.c.id)
        ).scalar_one()
        wordings = {
            "Насколько вероятно, что вы порекомендуете нас другу?": "nps",
            "Была ли зона ожидания чистой?": "clean",
            "Вежлив ли был персонал?": "staff",
            "Насколько вы в целом довольны обслуживанием?": "overall",
            "چقدر احتمال دارد ما را به دوستان توصیه کنید؟": "nps",
            "آیا سالن انتظار تمیز بود؟": "clean",
            "آیا کارکنان مؤدب بودند؟": "staff",
            "به طور کلی چقدر از خدمات راضی هستید؟": "overall",
        }
        for n, text in enumerate(wordings):
            conn.execute(insert(question).values(survey_id=sid, code=f"q{n}", text=text, position=n))
        listed = survey_questions(conn, source="dealer")
        suggested = suggestions_for(conn, listed)
        assert survey_questions(conn, source="nobody") == []
        assert [c.code for c in canonical_questions(conn)] == ["clean", "nps", "overall", "staff"]
    assert [sq.text for sq in listed] == list(wordings)
    for sq in listed:
        assert suggested[sq.id][0].code == wordings[sq.text], sq.text
    # Another word that merely starts like a concept's stem is no evidence ("другой" is not "друг").
    from app.survey_concepts import concepts

    assert concepts("Другой вопрос") == frozenset()
    assert concepts("Порекомендуете ли вы нас другу?") == {"recommend", "friend"}


def test_a_canonical_question_needs_a_free_one_word_code(engine: Engine) -> None:
    from app.errors import InvalidValue

    with engine.begin() as conn:
        create_canonical(conn, "nps", "Recommend?")
        for code, text in (("nps", "Again"), ("two words", "x"), ("", "x"), ("ok", "  ")):
            with pytest.raises(InvalidValue):
                create_canonical(conn, code, text)
