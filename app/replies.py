"""Replies to contacts: templates with placeholders, a channel they have, and "you said, we did".

A reply is recorded against the contact, the item(s) and the improvement, and
moves the items on: the first reply of any kind sets ``first_response_at``; a
reply that answers (every outcome but ``received``, which only acknowledges)
sets ``replied_at``; a final outcome (declined, done) closes the item, any
other answer marks a new or triaged item answered. Linked and duplicate items
keep their status until the final outcome.

A placeholder with no value is not left blank: it shows as ``[reason?]`` and
is listed in ``missing``, and a reply that still shows one is not sent.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, insert, select

from app import audit, contributors
from app.conflicts import NotFound, versioned_update
from app.errors import InvalidValue, KaizenError
from app.unit_of_work import Bind, unit_of_work
from app.workflow import Moved, advance
from db.enums import ChannelCode, ContactPointKind, FeedbackStatus, ReplyOutcome, Stage
from db.tables import channel, contact_point, feedback_item, improvement, reply, reply_template, utcnow

PLACEHOLDER = re.compile(r"\{(\w+)\}")
MISSING = "[{}?]"
MISSING_MARK = re.compile(r"\[(\w+)\?\]")
FALLBACK_LANGUAGE = "en"
DEFAULT_TEMPLATE = "Standard"
IDEA_CHARS = 200  # an item quoted back to its author
# Reply channels in the order we try them: the contact's e-mail, else phone, else social handle.
ROUTES: tuple[tuple[ContactPointKind, ChannelCode], ...] = (
    (ContactPointKind.EMAIL, ChannelCode.EMAIL),
    (ContactPointKind.PHONE, ChannelCode.PHONE),
    (ContactPointKind.SOCIAL, ChannelCode.SOCIAL),
)
POINT_FOR_CHANNEL = {code: kind for kind, code in ROUTES}
DECISION_WORDS = {
    "en": {"accepted": "we will do it", "declined": "we will not do it for now", "done": "done"},
    "ru": {"accepted": "делаем", "declined": "пока не будем это делать", "done": "сделано"},
    "fa": {"accepted": "انجامش می‌دهیم", "declined": "فعلاً انجامش نمی‌دهیم", "done": "انجام شد"},
}
FINAL = {ReplyOutcome.DECLINED.value, ReplyOutcome.DONE.value}
ACCEPTED_STAGES = {Stage.ACCEPTED, Stage.PLAN, Stage.DO, Stage.CHECK, Stage.ACT, Stage.ON_HOLD}


class ReplyError(KaizenError):
    """A reply that cannot be prepared or sent; the message says for whom and why."""


@dataclass(frozen=True)
class Rendered:
    text: str
    missing: tuple[str, ...]  # placeholders shown as [name?] because they had no value


def render(template: str, values: Mapping[str, str | None]) -> Rendered:
    """Fill ``{name}``-style placeholders; one without a value shows as ``[name?]``."""
    missing: list[str] = []

    def fill(match: re.Match[str]) -> str:
        key = match.group(1)
        value = values.get(key)
        if value is None or not str(value).strip():
            if key not in missing:
                missing.append(key)
            return MISSING.format(key)
        return str(value)

    return Rendered(PLACEHOLDER.sub(fill, template), tuple(missing))


@dataclass(frozen=True)
class Route:
    channel: str  # a ChannelCode value
    address: str | None  # the e-mail, phone or handle; None for a channel chosen by hand


def choose_channel(conn: Connection, contact_id: int, preferred: str | None = None) -> Route:
    """A channel the contact has: ``preferred`` if they have it, else e-mail, phone, social handle."""
    points: dict[str, str] = {}
    for kind, value in conn.execute(
        select(contact_point.c.kind, contact_point.c.value)
        .where(contact_point.c.contact_id == contact_id)
        .order_by(contact_point.c.is_primary.desc(), contact_point.c.id)
    ):
        points.setdefault(kind, value)
    if preferred is not None and preferred in POINT_FOR_CHANNEL:
        kind = POINT_FOR_CHANNEL[ChannelCode(preferred)]
        if kind.value in points:
            return Route(preferred, points[kind.value])
    for kind, code in ROUTES:
        if kind.value in points:
            return Route(code.value, points[kind.value])
    raise ReplyError(
        f"contact {contact_id} has no e-mail, phone or social handle on file: choose how you told them"
    )


@dataclass(frozen=True)
class Template:
    id: int
    language: str
    subject: str | None
    body: str


def template_for(conn: Connection, outcome: str, language: str | None) -> Template:
    """The template for ``outcome`` in ``language`` (the standard one first), else in English."""
    rt = reply_template
    for lang in dict.fromkeys([language or FALLBACK_LANGUAGE, FALLBACK_LANGUAGE]):
        row = conn.execute(
            select(rt.c.id, rt.c.language, rt.c.subject, rt.c.body)
            .where(rt.c.outcome == outcome, rt.c.language == lang)
            .order_by((rt.c.name == DEFAULT_TEMPLATE).desc(), rt.c.id)
        ).first()
        if row is not None:
            return Template(*row)
    raise ReplyError(f"no reply template for {outcome!r} in {language or FALLBACK_LANGUAGE} or English")


@dataclass(frozen=True)
class Draft:
    """One prepared reply; edit ``body`` or ``channel`` with ``dataclasses.replace`` before sending."""

    contact_id: int
    name: str | None
    item_ids: tuple[int, ...]
    language: str
    template_id: int
    subject: str | None
    body: str
    missing: tuple[str, ...]
    channel: str | None  # None: the contact has no e-mail, phone or handle; choose by hand
    address: str | None


@dataclass(frozen=True)
class Prepared:
    improvement_id: int
    outcome: str
    drafts: tuple[Draft, ...]
    already_answered: tuple[int, ...]  # contact ids told this outcome before
    not_answerable: tuple[int, ...]  # anonymous item ids


def outcome_for(stage: Stage, decision: str | None) -> str:
    """The news an improvement in ``stage`` has for its contributors."""
    if stage is Stage.DECLINED:
        return ReplyOutcome.DECLINED.value
    if stage in (Stage.ACT, Stage.DONE):
        return ReplyOutcome.DONE.value
    if stage in ACCEPTED_STAGES and decision == "accepted":
        return ReplyOutcome.ACCEPTED.value
    raise ReplyError(f"an improvement in {stage.value} has no decision to tell its contributors yet")


def _check_outcome(row: Mapping[str, Any], outcome: str) -> None:
    stage = Stage(row["stage"])
    allowed = {ReplyOutcome.RECEIVED.value}
    if stage is Stage.DECLINED:
        allowed.add(ReplyOutcome.DECLINED.value)
    if stage in (Stage.ACT, Stage.DONE):
        allowed |= {ReplyOutcome.DONE.value, ReplyOutcome.ACCEPTED.value}
    if stage in ACCEPTED_STAGES and row["decision"] == "accepted":
        allowed.add(ReplyOutcome.ACCEPTED.value)
    if outcome not in allowed:
        raise ReplyError(
            f"improvement {row['id']} is in {stage.value}: its contributors cannot be told {outcome!r} "
            f"(possible: {', '.join(sorted(allowed))})"
        )


def _short(text: str) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= IDEA_CHARS else flat[: IDEA_CHARS - 1] + "…"


def prepare_outcome_replies(conn: Connection, improvement_id: int, outcome: str | None = None) -> Prepared:
    """'You said, we did': one draft per contributor not yet told ``outcome`` (default: by stage)."""
    found = conn.execute(select(improvement).where(improvement.c.id == improvement_id)).mappings().first()
    if found is None:
        raise NotFound("improvement", improvement_id)
    row = dict(found)
    outcome = outcome or outcome_for(Stage(row["stage"]), row["decision"])
    _check_outcome(row, outcome)
    # {reason} is why it was decided so, or for "done" what changed (the measured result).
    reason = row["measured_benefit"] if outcome == ReplyOutcome.DONE.value else row["decision_reason"]
    everyone = contributors.contributors(conn, improvement_id)
    waiting = {c.contact_id for c in contributors.unanswered(conn, improvement_id, outcome)}
    drafts = []
    for person in everyone:
        if person.contact_id not in waiting:
            continue
        template = template_for(conn, outcome, person.language)
        values = {
            "name": person.name,
            "idea": _short(person.idea),
            "decision": DECISION_WORDS.get(template.language, {}).get(outcome),
            "reason": reason,
        }
        rendered = render(template.body, values)
        try:
            route: Route | None = choose_channel(conn, person.contact_id)
        except ReplyError:
            route = None
        drafts.append(
            Draft(
                person.contact_id,
                person.name,
                person.item_ids,
                template.language,
                template.id,
                render(template.subject, values).text if template.subject else None,
                rendered.text,
                rendered.missing,
                route.channel if route else None,
                route.address if route else None,
            )
        )
    return Prepared(
        improvement_id,
        outcome,
        tuple(drafts),
        tuple(c.contact_id for c in everyone if c.contact_id not in waiting),
        tuple(contributors.anonymous_items(conn, improvement_id)),
    )


def _item_values(row: Mapping[str, Any], outcome: str | None, now: dt.datetime) -> dict[str, Any]:
    values: dict[str, Any] = {}
    if row["first_response_at"] is None:
        values["first_response_at"] = now
    if outcome != ReplyOutcome.RECEIVED.value:
        if row["replied_at"] is None:
            values["replied_at"] = now
        status = row["status"]
        if outcome in FINAL and status != FeedbackStatus.CLOSED.value:
            values["status"] = FeedbackStatus.CLOSED.value
        elif status in (FeedbackStatus.NEW.value, FeedbackStatus.TRIAGED.value):
            values["status"] = FeedbackStatus.ANSWERED.value
    return values


def record_reply(
    bind: Bind,
    *,
    contact_id: int,
    body: str,
    user_id: int | None,
    item_ids: Sequence[int] = (),
    improvement_id: int | None = None,
    outcome: str | None = None,
    language: str | None = None,
    template_id: int | None = None,
    channel_code: str | None = None,
    at: dt.datetime | None = None,
) -> int:
    """Record what ``contact_id`` was told, and move their items on (see the module text)."""
    if not body.strip():
        raise InvalidValue("body", body, "the reply is empty")
    unfilled = sorted(set(MISSING_MARK.findall(body)))
    if unfilled:
        raise ReplyError(
            f"the reply to contact {contact_id} still has placeholders without a value: "
            + ", ".join(unfilled)
        )
    if outcome is not None and outcome not in {o.value for o in ReplyOutcome}:
        raise InvalidValue("outcome", outcome, "unknown outcome")
    fi = feedback_item
    with unit_of_work(bind) as conn:
        code = channel_code or choose_channel(conn, contact_id).channel
        channel_id = conn.execute(select(channel.c.id).where(channel.c.code == code)).scalar()
        if channel_id is None:
            raise InvalidValue("channel", code, "unknown channel")
        items = [dict(r) for r in conn.execute(select(fi).where(fi.c.id.in_(item_ids))).mappings()]
        missing = set(item_ids) - {r["id"] for r in items}
        if missing:
            raise NotFound("feedback_item", min(missing))
        for row in items:
            if row["contact_id"] != contact_id:
                raise InvalidValue(
                    "item", row["id"], f"feedback item {row['id']} is not from contact {contact_id}"
                )
        now = at or utcnow()
        reply_id = int(
            conn.execute(
                insert(reply)
                .values(
                    contact_id=contact_id,
                    feedback_item_id=item_ids[0] if item_ids else None,
                    improvement_id=improvement_id,
                    channel_id=channel_id,
                    template_id=template_id,
                    outcome=outcome,
                    language=language,
                    body=body,
                    sent_at=now,
                    sent_by_id=user_id,
                )
                .returning(reply.c.id)
            ).scalar_one()
        )
        for row in items:
            values = _item_values(row, outcome, now)
            if values:
                versioned_update(conn, "feedback_item", row["id"], row["version"], values)
            changes = {**audit.diff(row, values), "reply_id": [None, reply_id]}
            audit.record(
                conn,
                user_id=user_id,
                entity_type="feedback_item",
                entity_id=row["id"],
                action="replied",
                changes=changes,
                at=now,
            )
    return reply_id


@dataclass(frozen=True)
class Sent:
    reply_ids: tuple[int, ...]
    skipped: tuple[int, ...]  # contact ids someone else told this outcome in the meantime
    moved: Moved | None = None


def send(
    bind: Bind,
    prepared: Prepared,
    drafts: Iterable[Draft] | None = None,
    *,
    user_id: int | None,
    close: bool = False,
) -> Sent:
    """Record the (possibly edited) drafts in one transaction; with ``close``, then move to done.

    Refuses the whole batch when a draft has no channel or an unfilled
    placeholder. Closing in the same transaction gives replies and closing the
    same time, and closing is refused (nothing sent) if anyone is still untold.
    """
    batch = tuple(prepared.drafts if drafts is None else drafts)
    no_channel = [d.name or f"contact {d.contact_id}" for d in batch if d.channel is None]
    if no_channel:
        raise ReplyError(
            "choose how to reach " + ", ".join(no_channel) + ": no e-mail, phone or handle on file"
        )
    sent: list[int] = []
    skipped: list[int] = []
    moved = None
    with unit_of_work(bind) as conn:
        now = utcnow()
        for draft in batch:
            if contributors.answered(conn, prepared.improvement_id, draft.contact_id, prepared.outcome):
                skipped.append(draft.contact_id)
                continue
            sent.append(
                record_reply(
                    conn,
                    contact_id=draft.contact_id,
                    body=draft.body,
                    user_id=user_id,
                    item_ids=draft.item_ids,
                    improvement_id=prepared.improvement_id,
                    outcome=prepared.outcome,
                    language=draft.language,
                    template_id=draft.template_id,
                    channel_code=draft.channel,
                    at=now,
                )
            )
        if close:
            moved = advance(conn, prepared.improvement_id, Stage.DONE, user_id=user_id, at=now)
    return Sent(tuple(sent), tuple(skipped), moved)
