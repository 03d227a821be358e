"""Dealer-visit surveys: an e-survey and a call-centre follow-up, with consistent answers.

In the second half of the span the call centre runs its follow-up calls with
Kaizen Desk (app/phone_survey.py): a question the customer answered in the
e-survey of the same visit is not asked again, so the call's response lacks
it, and each call leaves a ``phone_survey_call`` row with the counts asked and
spared. The e-survey was days before, inside the contact rules' gap, so each
such call carries the operator's reason. Those choices come from a generator
of their own (seeded from the run's), so the rest of the sample data is the
same with or without them.
"""

from __future__ import annotations

import datetime as dt
import random
from typing import Any

from sqlalchemy import insert, select

from app import demo_texts as tx
from app.demo.distributions import ANCHOR, BATCH, CATEGORY_WEIGHTS, SPAN_S, START
from app.demo.people import pick_contact
from app.demo.run import Run
from db.models import (
    Answer,
    CanonicalQuestion,
    ChannelCode,
    PhoneSurveyCall,
    Question,
    Survey,
    SurveyResponse,
)

KAIZEN_FROM_S = SPAN_S // 2  # calls from here on are made with the phone-survey screen
OVERRIDE_REASONS = (
    "Follow-up call agreed at the service visit",
    "Customer asked for a call back",
    "Повторный звонок по просьбе клиента",
)


def add_surveys(run: Run) -> None:
    conn = run.conn
    canonical = _canonical_ids(run)
    surveys: list[tuple[int, dict[str, int]]] = []  # (survey id, canonical code -> question id)
    for (system, name), questions in tx.SURVEYS.items():
        find = select(Survey.id).where(Survey.source_system == system, Survey.name == name)
        survey_id = conn.execute(find).scalar()
        if survey_id is None:
            created = START - dt.timedelta(days=60)
            conn.execute(insert(Survey).values(source_system=system, name=name, created_at=created))
            survey_id = conn.execute(find).scalar_one()
            run.counts["surveys"] += 1
        have = dict(
            conn.execute(select(Question.code, Question.id).where(Question.survey_id == survey_id)).all()
        )
        rows = [
            {
                "survey_id": survey_id,
                "code": code,
                "text": text_,
                "position": pos,
                "canonical_question_id": canonical[canon],
                "version": 1,
            }
            for pos, (code, text_, canon) in enumerate(questions, 1)
            if code not in have
        ]
        run.insert(Question, rows, "questions")
        have = dict(
            conn.execute(select(Question.code, Question.id).where(Question.survey_id == survey_id)).all()
        )
        surveys.append((survey_id, {canon: have[code] for code, _t, canon in questions}))
    _add_responses(run, surveys)


def _canonical_ids(run: Run) -> dict[str, int]:
    stmt = select(CanonicalQuestion.code, CanonicalQuestion.id)
    have = dict(run.conn.execute(stmt).all())
    rows = [
        {"code": code, "text": meaning, "answer_type": answer_type, "version": 1}
        for code, (meaning, answer_type) in tx.CANONICAL_QUESTIONS.items()
        if code not in have
    ]
    run.insert(CanonicalQuestion, rows, "canonical_questions")
    return dict(run.conn.execute(stmt).all())


def _add_responses(run: Run, surveys: list[tuple[int, dict[str, int]]]) -> None:
    """Dealer visits: the e-survey asks first, then the call centre often phones and asks again."""
    rng, r = run.rng, run.rng.random
    (esurvey, e_questions), (callcentre, c_questions) = surveys
    visits = run.visits
    next_id = run.next_id(SurveyResponse)
    responses: list[dict[str, Any]] = []
    answers: list[dict[str, Any]] = []
    refs = {esurvey: 0, callcentre: 0}
    last = SPAN_S - 3 * 86_400
    reported = 0
    calls = _Calls(run, callcentre, c_questions)
    for i, visit_s in enumerate(sorted(rng.uniform(0, last) for _ in range(visits))):
        contact = pick_contact(run, int(visit_s))
        if contact is None:
            continue
        x = r()
        taken: list[tuple[int, dict[str, int], float, int]] = []
        nps = max(0, min(10, round(rng.gauss(7.8, 2.3))))
        e_at = visit_s + rng.uniform(1, 48) * 3600
        if x < 0.75:
            taken.append((esurvey, e_questions, e_at, run.channels[ChannelCode.SURVEY]))
        if x >= 0.5:  # about a third of the e-survey respondents are phoned as well
            call_at = e_at + rng.uniform(2, 5) * 86_400
            if call_at < SPAN_S - 3600:
                taken.append((callcentre, c_questions, call_at, run.channels[ChannelCode.PHONE]))
        on_file: set[str] = set()  # canonical codes the e-survey of this visit answered
        for survey_id, questions, at_s, channel_id in taken:
            given = [
                (code, value_text, value_number)
                for code, value_text, value_number in _answer_values(
                    rng, _score(rng, survey_id, callcentre, nps), run.contact_langs[contact]
                )
                if code in questions
            ]
            if survey_id == esurvey:
                on_file = {code for code, _t, _n in given}
            elif at_s >= KAIZEN_FROM_S:
                given = [a for a in given if a[0] not in on_file]
                calls.add(contact, run.at(at_s), on_file & set(questions), next_id if given else None)
                if not given:
                    continue  # every answer was on file or declined: the call wrote no response
            refs[survey_id] += 1
            prefix = "ES26-" if survey_id == esurvey else "CC-"
            responded = run.at(at_s)
            responses.append(
                {
                    "id": next_id,
                    "survey_id": survey_id,
                    "contact_id": run.first_contact_id + contact,
                    "channel_id": channel_id,
                    "responded_at": responded,
                    "external_ref": f"{prefix}{refs[survey_id]:07d}",
                    "imported_at": min(responded + dt.timedelta(hours=12), ANCHOR),
                }
            )
            answers.extend(
                {
                    "response_id": next_id,
                    "question_id": questions[code],
                    "value_text": value_text,
                    "value_number": value_number,
                }
                for code, value_text, value_number in given
            )
            next_id += 1
        if len(responses) >= BATCH:
            run.insert(SurveyResponse, responses, "survey_responses")
            run.insert(Answer, answers, "answers")
            calls.flush()
            run.step(i + 1 - reported)
            reported = i + 1
    run.insert(SurveyResponse, responses, "survey_responses")
    run.insert(Answer, answers, "answers")
    calls.flush()
    run.step(visits - reported)


def _score(rng: random.Random, survey_id: int, callcentre: int, nps: int) -> int:
    """The call centre hears about the same score as the e-survey did."""
    return max(0, min(10, nps + rng.choice((-1, 0, 0, 1)))) if survey_id == callcentre else nps


class _Calls:
    """The phone-survey calls of the sample data, written after the responses they point to."""

    def __init__(self, run: Run, survey_id: int, questions: dict[str, int]) -> None:
        self.run = run
        self.survey_id = survey_id
        self.questions = len(questions)
        # Its own generator: the choices here leave the main sequence, and so every other row, as it was.
        self.rng = random.Random(hash(run.rng.getstate()[1]))
        self.operators = run.operators_by_channel.get(ChannelCode.PHONE.value) or run.operators
        self.rows: list[dict[str, Any]] = []
        run.counts.setdefault("phone_survey_calls", 0)

    def add(self, contact: int, called_at: dt.datetime, spared: set[str], response_id: int | None) -> None:
        self.rows.append(
            {
                "contact_id": self.run.first_contact_id + contact,
                "survey_id": self.survey_id,
                "response_id": response_id,
                "operator_id": self.rng.choice(self.operators) if self.operators else None,
                "called_at": called_at,
                "asked": self.questions - len(spared),
                "spared": len(spared),
                "completed": True,
                "override_reason": self.rng.choice(OVERRIDE_REASONS) if spared else None,
            }
        )

    def flush(self) -> None:
        self.run.insert(PhoneSurveyCall, self.rows, "phone_survey_calls")


def _answer_values(rng: random.Random, nps: int, lang: str) -> list[tuple[str, str | None, float | None]]:
    """Consistent answers of one respondent: a promoter is satisfied and had the problem solved."""
    r = rng.random
    satisfaction = max(1, min(5, round(1 + nps * 0.4 + rng.gauss(0, 0.6))))
    solved = r() < (0.92 if nps >= 7 else 0.45)
    ready = r() < 0.8
    values: list[tuple[str, str | None, float | None]] = [
        ("nps", None, float(nps)),
        ("overall_satisfaction", None, float(satisfaction)),
        ("problem_solved", "yes" if solved else "no", 1.0 if solved else 0.0),
        ("waiting_area_clean", None, float(max(1, min(5, round(rng.gauss(4.1, 0.9)))))),
        ("ready_on_time", "yes" if ready else "no", 1.0 if ready else 0.0),
    ]
    if r() < 0.3:
        kind = "praise" if nps >= 9 else "complaint" if nps <= 6 else "suggestion"
        category = rng.choice(tuple(CATEGORY_WEIGHTS))
        values.append(("comment", rng.choice(tx.CORES[lang][category][kind]), None))
    # Some respondents skip a question; the recommendation score is always asked first.
    return [v for v in values if v[0] == "nps" or r() >= 0.04]
