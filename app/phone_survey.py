"""A phone survey: the survey's questions for one contact, each to ask or already on file; the call recorded.

``start_call`` plans a call: the survey's questions in order, each marked
``ask`` or ``on_file`` (the contact's latest answer to its canonical question,
from any survey system, within the contact rules' ``question_gap_days``), and
whether the rules allow surveying the contact now at all. ``record_call`` writes
the answers the customer gave as one survey response from the phone channel
(the tables the importer writes) together with a ``phone_survey_call`` row that
counts the questions asked and those the answers on file spared; all of it in
the caller's transaction, after every answer was checked, so it is all or nothing.
"""

from __future__ import annotations

import datetime as dt
import enum
import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from sqlalchemy import Connection, insert, select

from app.answers_on_file import AnswerOnFile
from app.contact_rules import ContactRules, SurveyDecision, configured_rules, may_survey, questions_not_to_ask
from app.errors import InvalidValue, KaizenError, Reason
from app.reference_data import channel_ids, ensure_reference_data
from db.enums import ChannelCode
from db.tables import (
    answer,
    canonical_question,
    contact,
    phone_survey_call,
    question,
    survey,
    survey_response,
    utcnow,
)

EXTERNAL_REF_PREFIX = "phone-call:"
_YES = {"y", "yes", "1", "true", "д", "да", "بله", "آره", "آری"}
_NO = {"n", "no", "0", "false", "н", "нет", "خیر", "نه"}


class AnswerType(enum.StrEnum):
    """How a question is answered; the canonical question says, an unmapped question is free text."""

    SCALE_0_10 = "scale_0_10"
    SCALE_1_5 = "scale_1_5"
    YES_NO = "yes_no"
    TEXT = "text"

    @classmethod
    def of(cls, value: str | None) -> AnswerType:
        try:
            return cls(value or cls.TEXT)
        except ValueError:
            return cls.TEXT

    @property
    def scale(self) -> tuple[int, int] | None:
        return {AnswerType.SCALE_0_10: (0, 10), AnswerType.SCALE_1_5: (1, 5)}.get(self)


class CallRefused(KaizenError):
    """The contact rules say not to survey this contact yet, and no reason to call anyway was given."""


@dataclass(frozen=True)
class PlannedQuestion:
    question_id: int
    position: int
    text: str  # as this survey asks it
    canonical_code: str | None
    answer_type: AnswerType
    on_file: AnswerOnFile | None  # recent enough that it need not be asked again

    @property
    def is_on_file(self) -> bool:
        return self.on_file is not None


@dataclass(frozen=True)
class SurveyChoice:
    id: int
    name: str
    source_system: str
    questions: int


@dataclass(frozen=True)
class CallPlan:
    contact_id: int
    survey_id: int
    survey_name: str
    questions: tuple[PlannedQuestion, ...]
    decision: SurveyDecision  # whether the contact may be surveyed now, and why not
    rules: ContactRules
    planned_at: dt.datetime

    @property
    def refused(self) -> bool:
        return not self.decision.allowed

    @property
    def on_file_count(self) -> int:
        return sum(q.is_on_file for q in self.questions)

    def question(self, question_id: int) -> PlannedQuestion:
        for planned in self.questions:
            if planned.question_id == question_id:
                return planned
        raise InvalidValue(
            "question",
            question_id,
            f"is not a question of the survey {self.survey_name!r}",
            code="not_in_survey",
            params={"survey": self.survey_name},
        )


@dataclass(frozen=True)
class RecordedCall:
    call_id: int
    response_id: int | None  # None: no new answer was given
    asked: int
    spared: int


def phone_surveys(conn: Connection) -> list[SurveyChoice]:
    """The surveys an operator can run by phone: every survey with at least one question."""
    rows = conn.execute(
        select(survey.c.id, survey.c.name, survey.c.source_system, question.c.id)
        .join(question, question.c.survey_id == survey.c.id)
        .order_by(survey.c.name, survey.c.source_system, survey.c.id)
    ).all()
    counts: dict[int, SurveyChoice] = {}
    for survey_id, name, source, _question in rows:
        found = counts.get(survey_id)
        counts[survey_id] = SurveyChoice(survey_id, name, source, (found.questions if found else 0) + 1)
    return list(counts.values())


def start_call(
    conn: Connection,
    contact_id: int,
    survey_id: int,
    rules: ContactRules | None = None,
    now: dt.datetime | None = None,
) -> CallPlan:
    """The survey's questions for this contact, each to ask or on file, and whether to call at all.

    ``rules`` default to the settings (``contact_rules.configured_rules``).
    """
    rules = rules or configured_rules()
    now = now or utcnow()
    if conn.execute(select(contact.c.id).where(contact.c.id == contact_id)).first() is None:
        raise InvalidValue("contact", contact_id, "no such contact", code="no_such_contact")
    name = conn.execute(select(survey.c.name).where(survey.c.id == survey_id)).scalar()
    if name is None:
        raise InvalidValue("survey", survey_id, "no such survey", code="no_such_survey")
    rows = conn.execute(
        select(
            question.c.id,
            question.c.position,
            question.c.text,
            canonical_question.c.code,
            canonical_question.c.answer_type,
        )
        .outerjoin(canonical_question, canonical_question.c.id == question.c.canonical_question_id)
        .where(question.c.survey_id == survey_id)
        .order_by(question.c.position, question.c.id)
    ).all()
    if not rows:
        raise KaizenError(Reason(f"the survey {name!r} has no questions to ask", "no_questions", survey=name))
    known = questions_not_to_ask(conn, contact_id, rules, now)
    planned = tuple(
        PlannedQuestion(
            row.id,
            row.position,
            row.text,
            row.code,
            AnswerType.of(row.answer_type),
            known.get(row.code) if row.code is not None else None,
        )
        for row in rows
    )
    decision = may_survey(conn, contact_id, rules, now)
    return CallPlan(contact_id, survey_id, name, planned, decision, rules, now)


def parse_answer(answer_type: AnswerType, raw: str) -> tuple[str | None, float | None]:
    """``(value_text, value_number)`` as the answer table holds it; InvalidValue if it cannot be that."""
    text = " ".join(raw.split())
    if not text:
        raise InvalidValue("answer", raw, "is empty", code="empty")
    scale = answer_type.scale
    if scale is not None:
        try:
            number = int(text)  # any script's digits: "۹" and "9" are both nine
        except ValueError:
            number = None
        if number is None or not scale[0] <= number <= scale[1]:
            raise InvalidValue(
                "answer",
                raw,
                f"must be a whole number from {scale[0]} to {scale[1]}",
                code="not_on_scale",
                params={"low": scale[0], "high": scale[1]},
            )
        return None, float(number)
    if answer_type is AnswerType.YES_NO:
        folded = text.casefold()
        if folded in _YES:
            return "yes", 1.0
        if folded in _NO:
            return "no", 0.0
        raise InvalidValue("answer", raw, "must be yes or no", code="not_yes_no")
    return text, None


def record_call(
    conn: Connection,
    plan: CallPlan,
    answers: Mapping[int, str | None],
    *,
    spared: Iterable[int] | None = None,
    operator_id: int | None = None,
    override_reason: str | None = None,
    completed: bool = True,
    now: dt.datetime | None = None,
) -> RecordedCall:
    """Write the call: the answers as one phone response, and the counts asked and spared.

    ``answers`` maps each question asked to what the customer said (None: asked,
    but they would not answer). ``spared`` lists the on-file questions not asked;
    by default every on-file question that is not in ``answers``. A question in
    neither was not reached (a call saved part-way). Raises ``CallRefused`` when the
    rules refuse the call and no ``override_reason`` is given, ``InvalidValue``
    for an answer that does not fit its question; nothing is written then.
    """
    reason = " ".join((override_reason or "").split()) or None
    if plan.refused and reason is None:
        decision = plan.decision
        raise CallRefused(
            Reason(
                f"{decision.reason}; give a reason to survey this contact anyway (contact {plan.contact_id})",
                "surveyed_recently",
                contact=plan.contact_id,
                last=decision.last_surveyed_at,
                allowed_from=decision.next_allowed_at,
                days=plan.rules.survey_gap_days,
            )
        )
    values: list[tuple[int, str | None, float | None]] = []
    asked = 0
    for question_id, raw in answers.items():
        planned = plan.question(question_id)
        asked += 1
        if raw is not None and raw.strip():
            try:
                values.append((question_id, *parse_answer(planned.answer_type, raw)))
            except InvalidValue as exc:
                raise InvalidValue(
                    f"question {planned.position}", raw, exc.reason
                ) from None  # keeps its code
    if spared is None:
        spared_ids = {q.question_id for q in plan.questions if q.is_on_file and q.question_id not in answers}
    else:
        spared_ids = set(spared)
        for question_id in spared_ids:
            if not plan.question(question_id).is_on_file or question_id in answers:
                raise InvalidValue(
                    "spared",
                    question_id,
                    "only a question on file and not asked can be spared",
                    code="cannot_spare",
                )
    now = now or utcnow()
    response_id = _write_response(conn, plan, values, now) if values else None
    call_id = conn.execute(
        insert(phone_survey_call)
        .values(
            contact_id=plan.contact_id,
            survey_id=plan.survey_id,
            response_id=response_id,
            operator_id=operator_id,
            called_at=now,
            asked=asked,
            spared=len(spared_ids),
            completed=completed,
            override_reason=reason if plan.refused else None,
        )
        .returning(phone_survey_call.c.id)
    ).scalar_one()
    return RecordedCall(int(call_id), response_id, asked, len(spared_ids))


def _write_response(
    conn: Connection, plan: CallPlan, values: list[tuple[int, str | None, float | None]], now: dt.datetime
) -> int:
    ensure_reference_data(conn)
    response_id = conn.execute(
        insert(survey_response)
        .values(
            survey_id=plan.survey_id,
            contact_id=plan.contact_id,
            channel_id=channel_ids(conn)[ChannelCode.PHONE],
            responded_at=now,
            external_ref=f"{EXTERNAL_REF_PREFIX}{uuid.uuid4().hex}",  # ours: never re-imported
            imported_at=now,
        )
        .returning(survey_response.c.id)
    ).scalar_one()
    conn.execute(
        insert(answer),
        [
            {"response_id": response_id, "question_id": qid, "value_text": text, "value_number": number}
            for qid, text, number in values
        ],
    )
    return int(response_id)


class CallProgress:
    """Where a call is: the question at hand and what happened to each one so far (no Qt, no database).

    The screen walks the plan with it: ``answer``, ``decline`` (asked, no answer),
    ``keep_on_file`` (not asked: the answer on file stands), ``ask_again`` (an
    on-file question the customer wants to answer anew), ``back``. ``save`` then
    records what happened, ``completed`` only when the last question was passed.
    """

    def __init__(self, plan: CallPlan) -> None:
        self.plan = plan
        self.index = 0
        self.answers: dict[int, str | None] = {}
        self.spared: set[int] = set()
        self._reasking: set[int] = set()

    @property
    def current(self) -> PlannedQuestion | None:
        return self.plan.questions[self.index] if not self.finished else None

    @property
    def finished(self) -> bool:
        return self.index >= len(self.plan.questions)

    @property
    def started(self) -> bool:
        return bool(self.answers or self.spared)

    @property
    def asked(self) -> int:
        return len(self.answers)

    def must_ask(self, planned: PlannedQuestion) -> bool:
        return not planned.is_on_file or planned.question_id in self._reasking

    def outcome(self, planned: PlannedQuestion) -> str:
        """answered / declined / spared, or "" for a question not passed yet."""
        if planned.question_id in self.spared:
            return "spared"
        if planned.question_id not in self.answers:
            return ""
        return "declined" if self.answers[planned.question_id] is None else "answered"

    def _at_hand(self) -> PlannedQuestion:
        planned = self.current
        if planned is None:
            raise KaizenError(Reason("the call has no question left", "no_question_left"))
        return planned

    def answer(self, raw: str) -> None:
        """Record the answer to the question at hand (InvalidValue if it does not fit) and move on."""
        planned = self._at_hand()
        text, number = parse_answer(planned.answer_type, raw)
        self._passed(planned, text if text is not None else str(int(number or 0)))  # "y" -> "yes", "۴" -> "4"

    def decline(self) -> None:
        self._passed(self._at_hand(), None)

    def keep_on_file(self) -> None:
        planned = self._at_hand()
        if not planned.is_on_file:
            raise InvalidValue(
                "question", planned.position, "has no answer on file; ask it", code="not_on_file"
            )
        self._reasking.discard(planned.question_id)
        self.answers.pop(planned.question_id, None)
        self.spared.add(planned.question_id)
        self.index += 1

    def ask_again(self) -> None:
        planned = self._at_hand()
        if planned.is_on_file:
            self._reasking.add(planned.question_id)

    def back(self) -> None:
        self.index = max(0, self.index - 1)

    def _passed(self, planned: PlannedQuestion, value: str | None) -> None:
        self.spared.discard(planned.question_id)
        self.answers[planned.question_id] = value
        self.index += 1

    def save(
        self,
        conn: Connection,
        *,
        operator_id: int | None = None,
        override_reason: str | None = None,
        now: dt.datetime | None = None,
    ) -> RecordedCall:
        return record_call(
            conn,
            self.plan,
            self.answers,
            spared=self.spared,
            operator_id=operator_id,
            override_reason=override_reason,
            completed=self.finished,
            now=now,
        )
