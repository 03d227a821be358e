"""Phone survey: answers imported from an e-survey are not asked again; the call and its counts are kept.

The world: Ivan answered the manufacturer's e-survey (a real CSV through the
importer) on 2026-03-20: recommend 9, satisfaction 4. The call centre's
follow-up asks recommend (0-10), satisfaction (1-5), "problem solved" (yes/no)
and a comment; the first two share canonical questions with the e-survey.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Connection, Engine, func, insert, select

from app import settings
from app.answers_on_file import answers_on_file
from app.contact_rules import ContactRules, configured_rules, may_survey
from app.errors import InvalidValue
from app.metrics import Filters, compute_all, compute_periods
from app.phone_survey import (
    AnswerType,
    CallProgress,
    CallRefused,
    parse_answer,
    phone_surveys,
    record_call,
    start_call,
)
from app.reference_data import channel_ids, ensure_reference_data
from app.survey_import import import_survey
from app.survey_questions import create_canonical, set_canonical
from db.tables import answer, contact, phone_survey_call, question, survey, survey_response

RULES = ContactRules(survey_gap_days=30, question_gap_days=180)
ALLOWED = dt.datetime(2026, 5, 1)  # 42 days after the e-survey: may be surveyed again
TOO_SOON = dt.datetime(2026, 3, 25)  # 5 days after it: the rules refuse


def _count(conn: Connection, table: Any) -> int:
    return int(conn.execute(select(func.count()).select_from(table)).scalar_one())


@pytest.fixture
def world(engine: Engine, tmp_path: Path) -> dict[str, int]:
    export = tmp_path / "esurvey.csv"
    export.write_text(
        "Response ID;Completed;Name;E-mail;Recommend us (0-10);Satisfaction (1-5)\r\n"
        "R-1;20.03.2026;Иван Петров;ivan@example.com;9;4\r\n",
        encoding="utf-8-sig",
    )
    report = import_survey(engine, export, source="oem_esurvey")
    assert report.responses_added == 1
    ids: dict[str, int] = {}
    with engine.begin() as conn:
        ensure_reference_data(conn)
        ids["ivan"] = conn.execute(select(contact.c.id)).scalar_one()
        canon = {
            code: create_canonical(conn, code, text, kind)
            for code, text, kind in (
                ("nps", "Recommend (0-10)", "scale_0_10"),
                ("overall_satisfaction", "Satisfaction (1-5)", "scale_1_5"),
                ("problem_solved", "Problem solved?", "yes_no"),
                ("comment", "Anything else", "text"),
            )
        }
        for text, code in (("Recommend us (0-10)", "nps"), ("Satisfaction (1-5)", "overall_satisfaction")):
            qid = conn.execute(select(question.c.id).where(question.c.text == text)).scalar_one()
            set_canonical(conn, qid, canon[code])
        ids["call_survey"] = conn.execute(
            insert(survey).values(source_system="dealer_callcentre", name="Follow-up").returning(survey.c.id)
        ).scalar_one()
        for pos, (code, text, canonical) in enumerate(
            (
                ("q_nps", "Would you recommend us? 0-10", "nps"),
                ("q_sat", "How satisfied were you, 1-5?", "overall_satisfaction"),
                ("q_solved", "Did we solve the problem?", "problem_solved"),
                ("q_comment", "Anything else?", "comment"),
            ),
            1,
        ):
            ids[code] = conn.execute(
                insert(question)
                .values(
                    survey_id=ids["call_survey"],
                    code=code,
                    text=text,
                    position=pos,
                    canonical_question_id=canon[canonical],
                )
                .returning(question.c.id)
            ).scalar_one()
    return ids


def test_plan_marks_answers_on_file_and_the_call_records_a_phone_response(
    engine: Engine, world: dict[str, int]
) -> None:
    with engine.connect() as conn:
        choices = phone_surveys(conn)
        plan = start_call(conn, world["ivan"], world["call_survey"], RULES, ALLOWED)
    assert {(c.name, c.questions) for c in choices} == {("Follow-up", 4), ("oem_esurvey", 2)}
    assert not plan.refused
    assert [(q.text, q.is_on_file) for q in plan.questions] == [
        ("Would you recommend us? 0-10", True),
        ("How satisfied were you, 1-5?", True),
        ("Did we solve the problem?", False),
        ("Anything else?", False),
    ]
    nps = plan.questions[0]
    assert nps.answer_type is AnswerType.SCALE_0_10 and nps.on_file is not None
    assert (nps.on_file.latest.value, nps.on_file.latest.source_system) == ("9", "oem_esurvey")
    assert nps.on_file.latest.responded_at.date() == dt.date(2026, 3, 20)

    with engine.begin() as conn:
        done = record_call(
            conn,
            plan,
            {world["q_solved"]: "Да", world["q_comment"]: "  Мастер не перезвонил  "},
            operator_id=None,
            now=ALLOWED,
        )
    assert (done.asked, done.spared) == (2, 2)
    with engine.connect() as conn:
        response = conn.execute(select(survey_response).where(survey_response.c.id == done.response_id)).one()
        values = dict(
            conn.execute(
                select(answer.c.question_id, answer.c.value_text).where(
                    answer.c.response_id == done.response_id
                )
            ).all()
        )
        call = conn.execute(select(phone_survey_call)).one()
        on_file = {a.code: a.latest for a in answers_on_file(conn, world["ivan"])}
        again = may_survey(conn, world["ivan"], RULES, ALLOWED + dt.timedelta(days=1))
        phone = channel_ids(conn)["phone"]
    assert response.channel_id == phone
    assert (response.survey_id, response.contact_id, response.responded_at) == (
        world["call_survey"],
        world["ivan"],
        ALLOWED,
    )
    assert values == {world["q_solved"]: "yes", world["q_comment"]: "Мастер не перезвонил"}
    assert (call.asked, call.spared, call.completed, call.response_id) == (2, 2, True, done.response_id)
    assert call.override_reason is None
    # The phone answers are on file now, from the call centre; the e-survey's stay the latest of theirs.
    assert on_file["problem_solved"].source_system == "dealer_callcentre"
    assert on_file["nps"].value == "9"
    assert not again.allowed  # surveyed by phone a day ago


def test_a_reasked_question_counts_as_asked_and_a_bad_answer_writes_nothing(
    engine: Engine, world: dict[str, int]
) -> None:
    with engine.connect() as conn:
        plan = start_call(conn, world["ivan"], world["call_survey"], RULES, ALLOWED)
        before = (_count(conn, survey_response), _count(conn, answer))
    with (
        engine.begin() as conn,
        pytest.raises(InvalidValue, match=r"question 1: must be a whole number from 0"),
    ):
        record_call(conn, plan, {world["q_nps"]: "11", world["q_solved"]: "no"}, now=ALLOWED)
    with engine.connect() as conn:
        assert (_count(conn, survey_response), _count(conn, answer), _count(conn, phone_survey_call)) == (
            *before,
            0,
        )
    with engine.begin() as conn:
        done = record_call(conn, plan, {world["q_nps"]: "۱۰", world["q_solved"]: None}, now=ALLOWED)
    # nps re-asked and "solved" asked (no answer): 2 asked. By default every on-file question not
    # asked is spared (satisfaction); the comment, to ask but not asked, was not reached.
    assert (done.asked, done.spared) == (2, 1)
    with engine.connect() as conn:
        numbers = conn.execute(
            select(answer.c.value_number).where(answer.c.response_id == done.response_id)
        ).scalars()
        assert list(numbers) == [10.0]


def test_the_rules_refuse_a_call_too_soon_unless_the_operator_gives_a_reason(
    engine: Engine, world: dict[str, int]
) -> None:
    with engine.connect() as conn:
        plan = start_call(conn, world["ivan"], world["call_survey"], RULES, TOO_SOON)
    assert plan.refused
    assert "surveyed on 2026-03-20; not again within 30 days (from 2026-04-19)" in plan.decision.reason
    with engine.begin() as conn, pytest.raises(CallRefused, match="give a reason"):
        record_call(conn, plan, {world["q_solved"]: "yes"}, override_reason="  ", now=TOO_SOON)
    with engine.begin() as conn:
        record_call(
            conn,
            plan,
            {world["q_solved"]: "yes"},
            override_reason="Customer asked to  be called",
            now=TOO_SOON,
        )
    with engine.connect() as conn:
        assert (
            conn.execute(select(phone_survey_call.c.override_reason)).scalar_one()
            == "Customer asked to be called"
        )


def test_a_call_saved_part_way_counts_only_what_happened(engine: Engine, world: dict[str, int]) -> None:
    with engine.connect() as conn:
        plan = start_call(conn, world["ivan"], world["call_survey"], RULES, ALLOWED)
    with engine.begin() as conn:
        with pytest.raises(InvalidValue, match="only a question on file"):
            record_call(conn, plan, {}, spared=[world["q_solved"]], now=ALLOWED)
        done = record_call(conn, plan, {}, spared=[world["q_nps"]], completed=False, now=ALLOWED)
    assert (done.asked, done.spared, done.response_id) == (0, 1, None)
    with engine.connect() as conn:
        assert conn.execute(select(phone_survey_call.c.completed)).scalar_one() is False
        assert _count(conn, survey_response) == 1  # the imported one only


def test_a_call_with_nothing_asked_still_counts_as_surveyed(engine: Engine, world: dict[str, int]) -> None:
    with engine.connect() as conn:
        plan = start_call(conn, world["ivan"], world["call_survey"], RULES, ALLOWED)
    with engine.begin() as conn:
        record_call(conn, plan, {}, spared=[world["q_nps"]], completed=False, now=ALLOWED)
    with engine.connect() as conn:
        decision = may_survey(conn, world["ivan"], RULES, ALLOWED + dt.timedelta(days=1))
    assert not decision.allowed  # no answer was written, but the customer was called
    assert decision.last_surveyed_at == ALLOWED


def test_the_rules_come_from_the_settings(engine: Engine, world: dict[str, int]) -> None:
    assert configured_rules() == ContactRules(30, 180)  # the defaults
    settings.current().set(settings.SURVEY_MIN_DAYS_BETWEEN, 3)
    settings.current().set(settings.SURVEY_REASK_AFTER_DAYS, 7)
    assert configured_rules() == ContactRules(3, 7)
    with engine.connect() as conn:
        # TOO_SOON is 5 days after the e-survey.
        plan = start_call(conn, world["ivan"], world["call_survey"], now=TOO_SOON)
    assert not plan.refused  # 5 > 3 days
    assert plan.on_file_count == 2  # answered 5 days ago, within 7
    settings.current().set(settings.SURVEY_REASK_AFTER_DAYS, 4)
    with engine.connect() as conn:
        assert start_call(conn, world["ivan"], world["call_survey"], now=TOO_SOON).on_file_count == 0


def test_walking_a_call_back_and_forth_counts_what_finally_happened(
    engine: Engine, world: dict[str, int]
) -> None:
    with engine.connect() as conn:
        progress = CallProgress(start_call(conn, world["ivan"], world["call_survey"], RULES, ALLOWED))
    assert [progress.must_ask(q) for q in progress.plan.questions] == [False, False, True, True]
    progress.keep_on_file()  # nps: spared
    progress.ask_again()  # satisfaction: the customer wants to change it
    with pytest.raises(InvalidValue, match="from 1 to 5"):
        progress.answer("6")
    progress.answer("۵")
    progress.answer("y")
    progress.back()  # the operator goes back to "solved" and corrects it
    progress.answer("нет")
    progress.decline()  # no comment
    assert progress.finished and progress.current is None
    assert [progress.outcome(q) for q in progress.plan.questions] == [
        "spared",
        "answered",
        "answered",
        "declined",
    ]
    assert progress.answers == {world["q_sat"]: "5", world["q_solved"]: "no", world["q_comment"]: None}
    with engine.begin() as conn:
        done = progress.save(conn, now=ALLOWED)
    assert (done.asked, done.spared) == (3, 1)
    with engine.connect() as conn:
        assert conn.execute(select(phone_survey_call.c.completed)).scalar_one() is True


def test_unknown_contact_or_survey_is_a_clear_error(engine: Engine, world: dict[str, int]) -> None:
    with engine.connect() as conn:
        with pytest.raises(InvalidValue, match="contact: no such contact"):
            start_call(conn, 99_999, world["call_survey"], RULES, ALLOWED)
        with pytest.raises(InvalidValue, match="survey: no such survey"):
            start_call(conn, world["ivan"], 99_999, RULES, ALLOWED)


@pytest.mark.parametrize(
    ("kind", "raw", "stored"),
    [
        (AnswerType.SCALE_0_10, "0", (None, 0.0)),
        (AnswerType.SCALE_0_10, " ۹ ", (None, 9.0)),
        (AnswerType.SCALE_1_5, "5", (None, 5.0)),
        (AnswerType.YES_NO, "Y", ("yes", 1.0)),
        (AnswerType.YES_NO, "нет", ("no", 0.0)),
        (AnswerType.YES_NO, "بله", ("yes", 1.0)),
        (AnswerType.TEXT, "سالن  تمیز بود", ("سالن تمیز بود", None)),
    ],
)
def test_answers_are_stored_as_the_importer_stores_them(
    kind: AnswerType, raw: str, stored: tuple[str | None, float | None]
) -> None:
    assert parse_answer(kind, raw) == stored


@pytest.mark.parametrize(
    ("kind", "raw", "reason"),
    [
        (AnswerType.SCALE_1_5, "0", "from 1 to 5"),
        (AnswerType.SCALE_0_10, "7.5", "from 0 to 10"),
        (AnswerType.YES_NO, "maybe", "yes or no"),
        (AnswerType.TEXT, "   ", "is empty"),
    ],
)
def test_answers_that_do_not_fit_are_refused(kind: AnswerType, raw: str, reason: str) -> None:
    with pytest.raises(InvalidValue, match=reason):
        parse_answer(kind, raw)


# The measure, against calls worked out by hand.
#
#     call  called_at        asked  spared
#     k1    2025-03-05 10:00   2      3
#     k2    2025-03-10 16:00   4      0
#     k3    2025-03-17 00:00   1      4     the period's end: outside [03-03, 03-17)
#     k4    2025-02-20 12:00   0      5     the period before
#
# [03-03, 03-17): 2 calls, asked 6, spared 3, share 3 / 9 = 0.3333.
# [02-17, 03-03): 1 call, asked 0, spared 5, share 1.0.


@pytest.fixture
def calls(engine: Engine) -> None:
    with engine.begin() as conn:
        ensure_reference_data(conn)
        who = conn.execute(insert(contact).values(display_name="C").returning(contact.c.id)).scalar_one()
        sid = conn.execute(
            insert(survey).values(source_system="cc", name="S").returning(survey.c.id)
        ).scalar_one()
        rows = [
            (dt.datetime(2025, 3, 5, 10), 2, 3),
            (dt.datetime(2025, 3, 10, 16), 4, 0),
            (dt.datetime(2025, 3, 17), 1, 4),
            (dt.datetime(2025, 2, 20, 12), 0, 5),
        ]
        conn.execute(
            insert(phone_survey_call),
            [
                {
                    "contact_id": who,
                    "survey_id": sid,
                    "called_at": at,
                    "asked": a,
                    "spared": s,
                    "completed": True,
                }
                for at, a, s in rows
            ],
        )


FROM, TO, BEFORE = dt.date(2025, 3, 3), dt.date(2025, 3, 17), dt.date(2025, 2, 17)


@pytest.mark.usefixtures("calls")
def test_questions_spared_in_the_period(engine: Engine) -> None:
    found = compute_all(engine, FROM, TO)["surveys"]["questions_spared"]
    assert found == {"calls": 2, "asked": 6, "spared": 3, "spared_share": 0.3333}
    now, before = compute_periods(engine, [(FROM, TO), (BEFORE, FROM)])
    assert now["surveys"]["questions_spared"] == found
    assert before["surveys"]["questions_spared"] == {"calls": 1, "asked": 0, "spared": 5, "spared_share": 1.0}
    phone = compute_all(engine, FROM, TO, Filters(channels=("phone", "email")))
    assert phone["surveys"]["questions_spared"] == found
    email = compute_all(engine, FROM, TO, Filters(channels=("email",)))
    assert email["surveys"]["questions_spared"] == {"calls": 0, "asked": 0, "spared": 0, "spared_share": None}
    empty = compute_all(engine, dt.date(2030, 1, 1), dt.date(2030, 2, 1))
    assert empty["surveys"]["questions_spared"]["spared_share"] is None
