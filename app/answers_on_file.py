"""What a contact has already answered, in any survey of any system: the one source of "answers on file".

The operator's contact panel shows it, and the contact rules
(``app.contact_rules``) decide from it which questions need not be asked.
Questions of different surveys that share a canonical question are one
question here; the latest non-blank answer wins and the earlier ones follow.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import Connection, select

from db.tables import answer, canonical_question, question, survey, survey_response


@dataclass(frozen=True)
class AnswerGiven:
    value: str
    survey: str
    source_system: str
    responded_at: dt.datetime
    question_text: str  # as that survey asked it


@dataclass(frozen=True)
class AnswerOnFile:
    """The latest answer to one canonical question (or to an unmapped question), and the earlier ones."""

    question: str
    code: str | None  # canonical code; None for a question no canonical question covers
    latest: AnswerGiven
    earlier: tuple[AnswerGiven, ...]


def _value(text: str | None, number: float | None) -> str:
    if text is not None and text.strip():
        return text
    if number is None:
        return ""
    return str(int(number)) if float(number).is_integer() else str(number)


def answers_on_file(conn: Connection, contact_id: int) -> list[AnswerOnFile]:
    """Per canonical question, the contact's latest answer from any survey; canonical questions first."""
    rows = conn.execute(
        select(
            canonical_question.c.code,
            canonical_question.c.text.label("canonical_text"),
            question.c.id.label("question_id"),
            question.c.text.label("question_text"),
            answer.c.value_text,
            answer.c.value_number,
            survey.c.name,
            survey.c.source_system,
            survey_response.c.responded_at,
        )
        .select_from(survey_response)
        .join(answer, answer.c.response_id == survey_response.c.id)
        .join(question, question.c.id == answer.c.question_id)
        .join(survey, survey.c.id == survey_response.c.survey_id)
        .outerjoin(canonical_question, canonical_question.c.id == question.c.canonical_question_id)
        .where(survey_response.c.contact_id == contact_id)
        .order_by(survey_response.c.responded_at.desc(), survey_response.c.id.desc())
    ).all()
    groups: dict[tuple[str, object], tuple[str, str | None, list[AnswerGiven]]] = {}
    for row in rows:
        value = _value(row.value_text, row.value_number)
        if not value:
            continue  # a question left blank is not an answer on file
        given = AnswerGiven(value, row.name, row.source_system, row.responded_at, row.question_text)
        key = ("canonical", row.code) if row.code is not None else ("question", row.question_id)
        title = row.canonical_text if row.code is not None else row.question_text
        groups.setdefault(key, (title, row.code, []))[2].append(given)
    found = [
        AnswerOnFile(question=title, code=code, latest=answers[0], earlier=tuple(answers[1:]))
        for title, code, answers in groups.values()
    ]
    # Questions with a canonical meaning first, then by how recently they were answered.
    found.sort(key=lambda a: (a.code is None, -a.latest.responded_at.timestamp()))
    return found
