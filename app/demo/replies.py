"""Replies to contributors: reply templates, direct answers and improvement news."""

from __future__ import annotations

import datetime as dt
import random
from typing import Any

from sqlalchemy import select

from app import demo_texts as tx
from app.demo.distributions import ANCHOR, PROFILES
from app.demo.improvements import AFTER_ACCEPTED
from app.demo.run import ImprovementFacts, ItemText, Run
from app.reference_data import REPLY_TEMPLATES
from db.models import ChannelCode, FeedbackKind, ReplyOutcome, ReplyTemplate, Stage

DECLINED_NEVER_TOLD = 0.15  # share of contributors of a declined idea who never hear back
DECLINED_REPLY_MEAN_HOURS = 72.0  # the others hear within days, not at the moment of decision


def add_templates(run: Run) -> None:
    have = {
        (o, lang)
        for o, lang in run.conn.execute(
            select(ReplyTemplate.outcome, ReplyTemplate.language).where(ReplyTemplate.name == "Standard")
        )
    }
    rows = [
        {
            "name": "Standard",
            "outcome": outcome,
            "language": lang,
            "subject": subject,
            "body": body,
            "version": 1,
        }
        for (outcome, lang), (subject, body) in REPLY_TEMPLATES.items()
        if (outcome, lang) not in have
    ]
    run.insert(ReplyTemplate, rows, "reply_templates")
    stmt = select(ReplyTemplate.outcome, ReplyTemplate.language, ReplyTemplate.id).where(
        ReplyTemplate.name == "Standard"
    )
    run.templates = {(o, lang): id_ for o, lang, id_ in run.conn.execute(stmt)}


def _reply_row(
    run: Run,
    said: ItemText,
    item_id: int,
    contact_id: int,
    channel: ChannelCode,
    at: dt.datetime,
    body: str,
    outcome: str | None,
    improvement_id: int | None,
) -> dict[str, Any]:
    reply_channel = PROFILES[channel].reply_channel
    pool = run.operators_by_channel.get(reply_channel.value) or run.operators
    return {
        "contact_id": contact_id,
        "feedback_item_id": item_id,
        "improvement_id": improvement_id,
        "channel_id": run.channels[reply_channel],
        "template_id": run.templates.get((outcome, said.lang)) if outcome else None,
        "outcome": outcome,
        "language": said.lang,
        "body": body,
        "sent_at": at,
        "sent_by_id": pool[int(run.rng.random() * len(pool))],
    }


def item_reply(
    run: Run, said: ItemText, item_id: int, contact_id: int, channel: ChannelCode, at: dt.datetime
) -> dict[str, Any]:
    name = run.contact_names[said.contact] if said.contact is not None else ""
    if said.kind == FeedbackKind.SUGGESTION:
        body = REPLY_TEMPLATES[(ReplyOutcome.RECEIVED.value, said.lang)][1].format(
            name=name, idea=said.core, decision="", reason=""
        )
        return _reply_row(
            run, said, item_id, contact_id, channel, at, body, ReplyOutcome.RECEIVED.value, None
        )
    body = tx.DIRECT_REPLIES[said.lang][said.kind.value].format(name=name)
    return _reply_row(run, said, item_id, contact_id, channel, at, body, None, None)


def improvement_replies(
    run: Run,
    replies: list[dict[str, Any]],
    imp: ImprovementFacts,
    said: ItemText,
    item_id: int,
    contact_id: int,
    channel: ChannelCode,
    received: dt.datetime,
) -> dt.datetime | None:
    """'We are on it', 'done' or 'declined, because' to one contributor; the first reply's time."""
    outcomes: list[tuple[str, dt.datetime]] = []
    if imp.decided_at is not None and imp.stage in AFTER_ACCEPTED | {Stage.ON_HOLD}:
        outcomes.append((ReplyOutcome.ACCEPTED.value, imp.decided_at))
    if imp.stage == Stage.DONE and imp.closed_at is not None:
        outcomes.append((ReplyOutcome.DONE.value, imp.closed_at))
    if imp.stage == Stage.DECLINED and imp.decided_at is not None:
        outcomes.append((ReplyOutcome.DECLINED.value, imp.decided_at))
    first: dt.datetime | None = None
    lang = said.lang
    name = run.contact_names[said.contact] if said.contact is not None else ""
    for outcome, when in outcomes:
        at = max(when, received + dt.timedelta(hours=2))
        if outcome == ReplyOutcome.DECLINED:
            # Nothing forces a reply before declining: some come days later, some never,
            # which is what the loop-closure measure is there to show.
            late = random.Random(imp.id * 1_000_003 + item_id)
            if late.random() < DECLINED_NEVER_TOLD:
                continue
            at += dt.timedelta(hours=late.expovariate(1 / DECLINED_REPLY_MEAN_HOURS))
        if at >= ANCHOR:
            continue
        reason = ""
        if outcome == ReplyOutcome.DECLINED:
            reason = tx.DECLINE_REASONS[lang][imp.reason_index]
        elif outcome == ReplyOutcome.DONE:
            reason = tx.MEASURED_BENEFITS[lang][imp.measured_index].format(n=imp.percent)
        decision = tx.DECISION_WORDS[lang].get(outcome, "")
        body = REPLY_TEMPLATES[(outcome, lang)][1].format(
            name=name, idea=said.core, decision=decision, reason=reason
        )
        replies.append(_reply_row(run, said, item_id, contact_id, channel, at, body, outcome, imp.id))
        first = first or at
    return first
