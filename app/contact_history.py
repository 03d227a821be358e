"""What the operator should know about a contact before asking anything: earlier items and answers on file.

``earlier_items`` gives each item's current status, the improvement it joined
and the last reply the contact got about it, so the operator can say "your idea
from March is being tested". ``answers_on_file`` gives, per canonical question,
the latest answer from any survey system, so nobody asks it again (it lives in
``app.answers_on_file``, which the contact rules use too).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import Connection, or_, select

from app.answers_on_file import AnswerGiven, AnswerOnFile, answers_on_file
from db.tables import category, channel, feedback_item, improvement, reply

__all__ = ["AnswerGiven", "AnswerOnFile", "EarlierItem", "ReplySent", "answers_on_file", "earlier_items"]

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
