"""What the operator should know about a contact before asking anything: earlier items and answers on file.

``earlier_items`` gives each item's current status, the improvement it joined
and the last reply the contact got about it, so the operator can say "your idea
from March is being tested". ``answers_on_file`` gives, per canonical question,
the latest answer from any survey system, so nobody asks it again.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import Connection, or_, select

from db.tables import (
    answer,
    canonical_question,
    category,
    channel,
    feedback_item,
    improvement,
    question,
    reply,
    survey,
    survey_response,
)

HISTORY_LIMIT = 50
PREVIEW_CHARS = 200


@dataclass(frozen=True)
class ReplySent:
    sent_at: dt.datetime
    channel: str
    outcome: str | None
    body: str


@dataclass(frozen=True)
class EarlierItem:
    id: int
    received_at: dt.datetime
    kind: str
    channel: str
    status: str
    category: str | None
    text: str  # the first PREVIEW_CHARS characters
    improvement_title: str | None
    improvement_stage: str | None
    last_reply: ReplySent | None


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


def earlier_items(conn: Connection, contact_id: int, limit: int = HISTORY_LIMIT) -> list[EarlierItem]:
    """The contact's items, newest first, each with its status, improvement and last reply."""
    rows = conn.execute(
        select(
            feedback_item.c.id,
            feedback_item.c.received_at,
            feedback_item.c.kind,
            channel.c.code,
            feedback_item.c.status,
            category.c.name,
            feedback_item.c.text,
            feedback_item.c.improvement_id,
            improvement.c.title,
            improvement.c.stage,
        )
        .join(channel, channel.c.id == feedback_item.c.channel_id)
        .outerjoin(category, category.c.id == feedback_item.c.category_id)
        .outerjoin(improvement, improvement.c.id == feedback_item.c.improvement_id)
        .where(feedback_item.c.contact_id == contact_id)
        .order_by(feedback_item.c.received_at.desc(), feedback_item.c.id.desc())
        .limit(limit)
    ).all()
    item_ids = [row.id for row in rows]
    improvement_ids = [row.improvement_id for row in rows if row.improvement_id is not None]
    replies = conn.execute(
        select(
            reply.c.feedback_item_id,
            reply.c.improvement_id,
            reply.c.sent_at,
            channel.c.code,
            reply.c.outcome,
            reply.c.body,
        )
        .join(channel, channel.c.id == reply.c.channel_id)
        .where(
            reply.c.contact_id == contact_id,
            or_(reply.c.feedback_item_id.in_(item_ids), reply.c.improvement_id.in_(improvement_ids)),
        )
        .order_by(reply.c.sent_at, reply.c.id)
    ).all()
    # Later replies overwrite earlier ones: what is left is the last reply per item / improvement.
    by_item: dict[int, ReplySent] = {}
    by_improvement: dict[int, ReplySent] = {}
    for r in replies:
        sent = ReplySent(r.sent_at, r.code, r.outcome, r.body)
        if r.feedback_item_id is not None:
            by_item[r.feedback_item_id] = sent
        if r.improvement_id is not None:
            by_improvement[r.improvement_id] = sent
    result = []
    for row in rows:
        candidates = [by_item.get(row.id), by_improvement.get(row.improvement_id or 0)]
        last = max((c for c in candidates if c is not None), key=lambda c: c.sent_at, default=None)
        result.append(
            EarlierItem(
                id=row.id,
                received_at=row.received_at,
                kind=row.kind,
                channel=row.code,
                status=row.status,
                category=row.name,
                text=row.text[:PREVIEW_CHARS],
                improvement_title=row.title,
                improvement_stage=row.stage,
                last_reply=last,
            )
        )
    return result


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
