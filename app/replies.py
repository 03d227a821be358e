"""Replies to contacts: templates with placeholders, a channel they have, and "you said, we did".

A reply is recorded against the contact, the item(s) and the improvement, and
moves the items on: the first reply of any kind sets ``first_response_at``; a
reply that answers (every outcome but ``received``, which only acknowledges)
sets ``replied_at``; a final outcome (declined, done) closes the item, any
other answer marks a new or triaged item answered. Linked and duplicate items
keep their status until the final outcome.

A placeholder with no value is not left blank: it shows as ``[reason?]`` and
is listed in ``missing``, and a reply that still shows one is not sent.

Templates: the database's (an administrator may reword them) in the contact's
language, else the built-in one in that language (app/reference_data.py),
else English. The composer (ui/workflow/reply_composer.py) prepares drafts
for an improvement (``prepare_outcome_replies``) or for chosen items
(``prepare_item_replies``) and sends them one recipient at a time
(``send_each``), so one failure loses nobody else's reply.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
import time
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, Engine, insert, select
from sqlalchemy.exc import OperationalError, SQLAlchemyError

from app import audit, contributors
from app.conflicts import NotFound, versioned_update
from app.errors import InvalidValue, KaizenError, Reason, carried
from app.reference_data import ANSWER, REPLY_TEMPLATES, STANDARD_TEMPLATE
from app.unit_of_work import Bind, unit_of_work
from app.workflow import Moved, advance
from db.enums import ChannelCode, ContactPointKind, FeedbackStatus, ReplyOutcome, Stage
from db.tables import (
    channel,
    contact,
    contact_point,
    feedback_item,
    improvement,
    reply,
    reply_template,
    utcnow,
)

PLACEHOLDER = re.compile(r"\{(\w+)\}")
MISSING = "[{}?]"
MISSING_MARK = re.compile(r"\[(\w+)\?\]")
FALLBACK_LANGUAGE = "en"
DEFAULT_TEMPLATE = STANDARD_TEMPLATE
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
    "ru": {"accepted": "берём его в работу", "declined": "пока не будем это делать", "done": "сделано"},
    "fa": {"accepted": "انجامش می‌دهیم", "declined": "فعلاً انجامش نمی‌دهیم", "done": "انجام شد"},
}
FINAL = {ReplyOutcome.DECLINED.value, ReplyOutcome.DONE.value}
ACCEPTED_STAGES = {Stage.ACCEPTED, Stage.PLAN, Stage.DO, Stage.CHECK, Stage.ACT, Stage.ON_HOLD}

log = logging.getLogger("kaizen.replies")


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
        Reason(
            f"contact {contact_id} has no e-mail, phone or social handle on file: choose how you told them",
            "no_route",
            contact=contact_id,
        )
    )


def routes_of(conn: Connection, contact_ids: Iterable[int]) -> dict[int, list[Route]]:
    """Every channel each contact can be answered through, in the order ``choose_channel`` tries them."""
    ids = list(contact_ids)
    found: dict[int, dict[str, str]] = {i: {} for i in ids}
    if ids:
        for contact_id, kind, value in conn.execute(
            select(contact_point.c.contact_id, contact_point.c.kind, contact_point.c.value)
            .where(contact_point.c.contact_id.in_(ids))
            .order_by(contact_point.c.is_primary.desc(), contact_point.c.id)
        ):
            found[contact_id].setdefault(kind, value)
    return {
        contact_id: [Route(code.value, points[kind.value]) for kind, code in ROUTES if kind.value in points]
        for contact_id, points in found.items()
    }


@dataclass(frozen=True)
class Template:
    id: int | None  # None: the built-in text (app/reference_data.py), not a row
    language: str
    subject: str | None
    body: str


def template_for(conn: Connection, outcome: str, language: str | None) -> Template:
    """The template for ``outcome`` in ``language`` (the database's, else built in), else in English."""
    rt = reply_template
    for lang in dict.fromkeys([language or FALLBACK_LANGUAGE, FALLBACK_LANGUAGE]):
        row = conn.execute(
            select(rt.c.id, rt.c.language, rt.c.subject, rt.c.body)
            .where(rt.c.outcome == outcome, rt.c.language == lang)
            .order_by((rt.c.name == DEFAULT_TEMPLATE).desc(), rt.c.id)
        ).first()
        if row is not None:
            return Template(*row)
        built_in = REPLY_TEMPLATES.get((outcome, lang))
        if built_in is not None:
            return Template(None, lang, *built_in)
    raise ReplyError(
        Reason(
            f"no reply template for {outcome!r} in {language or FALLBACK_LANGUAGE} or English",
            "no_template",
            outcome=outcome,
            language=language or FALLBACK_LANGUAGE,
        )
    )


@dataclass(frozen=True)
class Draft:
    """One prepared reply; edit ``body`` or ``channel`` with ``dataclasses.replace`` before sending."""

    contact_id: int
    name: str | None
    item_ids: tuple[int, ...]
    language: str
    template_id: int | None
    subject: str | None
    body: str
    missing: tuple[str, ...]
    channel: str | None  # None: the contact has no e-mail, phone or handle; choose by hand
    address: str | None


@dataclass(frozen=True)
class Prepared:
    improvement_id: int | None  # None: replies about items that share no improvement
    outcome: str  # a ReplyOutcome value, or "answer" (a direct answer, no outcome)
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
    raise ReplyError(
        Reason(
            f"an improvement in {stage.value} has no decision to tell its contributors yet",
            "no_decision",
            stage=stage.value,
        )
    )


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
            Reason(
                f"improvement {row['id']} is in {stage.value}: its contributors cannot be told {outcome!r} "
                f"(possible: {', '.join(sorted(allowed))})",
                "outcome_not_allowed",
                improvement=row["id"],
                stage=stage.value,
                outcome=outcome,
                allowed=sorted(allowed),
            )
        )


def _short(text: str) -> str:
    # Quoted back mid-sentence: a closing full stop would double the template's own.
    flat = " ".join(text.split()).rstrip(".,;: ")
    return flat if len(flat) <= IDEA_CHARS else flat[: IDEA_CHARS - 1] + "…"


def prepare_outcome_replies(conn: Connection, improvement_id: int, outcome: str | None = None) -> Prepared:
    """'You said, we did': one draft per contributor not yet told ``outcome`` (default: by stage).

    Each is answered through the channel their first item came in, if they have it there.
    """
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
    told = [person for person in everyone if person.contact_id in waiting]
    # Answered through the channel their first item came in, when they have it there.
    came_in: dict[int, str] = {
        item_id: code
        for item_id, code in conn.execute(
            select(feedback_item.c.id, channel.c.code)
            .join(channel, channel.c.id == feedback_item.c.channel_id)
            .where(feedback_item.c.id.in_([p.item_ids[0] for p in told]))
        )
    }
    drafts = [_draft(conn, p, outcome, reason, came_in.get(p.item_ids[0])) for p in told]
    return Prepared(
        improvement_id,
        outcome,
        tuple(drafts),
        tuple(c.contact_id for c in everyone if c.contact_id not in waiting),
        tuple(contributors.anonymous_items(conn, improvement_id)),
    )


def _draft(
    conn: Connection,
    person: contributors.Contributor,
    outcome: str,
    reason: str | None,
    channel: str | None = None,
) -> Draft:
    """``person``'s reply from the template in their language, sent through ``channel`` if they have it."""
    template = template_for(conn, outcome, person.language)
    values = {
        "name": person.name,
        "idea": _short(person.idea),
        "decision": DECISION_WORDS.get(template.language, {}).get(outcome),
        "reason": reason,
    }
    rendered = render(template.body, values)
    try:
        route: Route | None = choose_channel(conn, person.contact_id, channel)
    except ReplyError:
        route = None
    return Draft(
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


OUTCOMES = (*(o.value for o in ReplyOutcome), ANSWER)


def prepare_item_replies(conn: Connection, item_ids: Sequence[int], outcome: str | None = None) -> Prepared:
    """One draft per contact of ``item_ids`` (a bulk reply, an overdue item); anonymous items listed apart.

    Items that all belong to one improvement get its news (as ``prepare_outcome_replies``);
    otherwise, by default, items already acknowledged get a direct answer and the others
    an acknowledgement. Each contact is answered through the channel their item came in,
    if they have it.
    """
    if outcome is not None and outcome not in OUTCOMES:
        raise InvalidValue("outcome", outcome, "unknown outcome", code="unknown_outcome")
    fi = feedback_item
    rows = conn.execute(
        select(
            fi.c.id, fi.c.contact_id, fi.c.text, fi.c.language, fi.c.improvement_id, fi.c.first_response_at
        )
        .add_columns(channel.c.code, contact.c.display_name, contact.c.preferred_language)
        .join(channel, channel.c.id == fi.c.channel_id)
        .outerjoin(contact, contact.c.id == fi.c.contact_id)
        .where(fi.c.id.in_(list(item_ids)))
        .order_by(fi.c.received_at, fi.c.id)
    ).all()
    missing = set(item_ids) - {r.id for r in rows}
    if missing:
        raise NotFound("feedback_item", min(missing))
    linked = {r.improvement_id for r in rows}
    imp = None
    if len(linked) == 1 and None not in linked:
        found = conn.execute(select(improvement).where(improvement.c.id == linked.pop())).mappings().first()
        imp = dict(found) if found is not None else None
    if outcome is None:
        try:
            outcome = outcome_for(Stage(imp["stage"]), imp["decision"]) if imp else None
        except ReplyError:
            outcome = None
        if outcome is None:
            acknowledged = all(r.first_response_at is not None for r in rows if r.contact_id is not None)
            outcome = ANSWER if acknowledged else ReplyOutcome.RECEIVED.value
    if imp is not None and outcome != ANSWER:
        _check_outcome(imp, outcome)
    reason = None
    if imp is not None:
        reason = imp["measured_benefit"] if outcome == ReplyOutcome.DONE.value else imp["decision_reason"]
    by_contact: dict[int, list[Any]] = {}
    for r in rows:
        if r.contact_id is not None:
            by_contact.setdefault(r.contact_id, []).append(r)
    drafts = []
    for contact_id, items in by_contact.items():
        first = items[0]
        person = contributors.Contributor(
            contact_id,
            first.display_name,
            first.preferred_language or first.language,
            tuple(i.id for i in items),
            first.text,
        )
        drafts.append(_draft(conn, person, outcome, reason, first.code))
    return Prepared(
        imp["id"] if imp else None,
        outcome,
        tuple(drafts),
        (),
        tuple(r.id for r in rows if r.contact_id is None),
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
        raise InvalidValue("body", body, "the reply is empty", code="empty_reply")
    unfilled = sorted(set(MISSING_MARK.findall(body)))
    if unfilled:
        raise ReplyError(
            Reason(
                f"the reply to contact {contact_id} still has placeholders without a value: "
                + ", ".join(unfilled),
                "placeholders_unfilled",
                contact=contact_id,
                placeholders=", ".join(unfilled),
            )
        )
    if outcome == ANSWER:
        outcome = None  # a direct answer: no outcome of an improvement
    if outcome is not None and outcome not in {o.value for o in ReplyOutcome}:
        raise InvalidValue("outcome", outcome, "unknown outcome", code="unknown_outcome")
    fi = feedback_item
    with unit_of_work(bind) as conn:
        code = channel_code or choose_channel(conn, contact_id).channel
        channel_id = conn.execute(select(channel.c.id).where(channel.c.code == code)).scalar()
        if channel_id is None:
            raise InvalidValue("channel", code, "unknown channel", code="unknown_channel")
        items = [dict(r) for r in conn.execute(select(fi).where(fi.c.id.in_(item_ids))).mappings()]
        missing = set(item_ids) - {r["id"] for r in items}
        if missing:
            raise NotFound("feedback_item", min(missing))
        for row in items:
            if row["contact_id"] != contact_id:
                raise InvalidValue(
                    "item",
                    row["id"],
                    f"feedback item {row['id']} is not from contact {contact_id}",
                    code="item_not_from_contact",
                    params={"item": row["id"], "contact": contact_id},
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
            Reason(
                "choose how to reach " + ", ".join(no_channel) + ": no e-mail, phone or handle on file",
                "no_channel_for",
                names=", ".join(no_channel),
            )
        )
    sent: list[int] = []
    skipped: list[int] = []
    moved = None
    with unit_of_work(bind) as conn:
        now = utcnow()
        for draft in batch:
            if _told(conn, prepared, draft.contact_id):
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
            if prepared.improvement_id is None:
                raise ReplyError(
                    Reason(
                        "these replies are about no improvement: there is nothing to close",
                        "nothing_to_close",
                    )
                )
            moved = advance(conn, prepared.improvement_id, Stage.DONE, user_id=user_id, at=now)
    return Sent(tuple(sent), tuple(skipped), moved)


def _told(conn: Connection, prepared: Prepared, contact_id: int) -> bool:
    """Someone already told this contact this improvement's news (a direct answer can be repeated)."""
    if prepared.improvement_id is None or prepared.outcome == ANSWER:
        return False
    return contributors.answered(conn, prepared.improvement_id, contact_id, prepared.outcome)


@dataclass(frozen=True)
class Delivery:
    """What became of one recipient's reply in ``send_each``."""

    contact_id: int
    reply_id: int | None  # None: not recorded (see ``skipped`` and ``error``)
    skipped: bool = False  # someone else told them this outcome in the meantime
    error: str | None = None  # why it failed; their text is still the caller's to keep


SEND_ATTEMPTS = 5
RETRY_PAUSE_S = 0.1  # times the attempt: a little under a second in all


def _send_one(engine: Engine, prepared: Prepared, draft: Draft, user_id: int | None) -> Delivery:
    with unit_of_work(engine) as conn:
        if _told(conn, prepared, draft.contact_id):
            return Delivery(draft.contact_id, None, skipped=True)
        reply_id = record_reply(
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
        )
    return Delivery(draft.contact_id, reply_id)


def _writer_in_the_way(exc: OperationalError) -> bool:
    # SQLite refuses at once (whatever the busy timeout) to turn a transaction that
    # has read into a writer while another connection writes or has written since;
    # a new transaction a moment later, reading afresh, succeeds.
    return "database is locked" in str(exc.orig)


def _not_recorded(exc: SQLAlchemyError) -> Reason:
    detail = str(getattr(exc, "orig", None) or exc)
    return Reason(f"database error: {detail}", "reply_not_recorded", detail=detail)


def send_each(
    engine: Engine, prepared: Prepared, drafts: Iterable[Draft], *, user_id: int | None
) -> tuple[Delivery, ...]:
    """Record each (edited) draft in its own transaction: one failure loses nobody else's reply."""
    done = []
    for draft in drafts:
        for attempt in range(1, SEND_ATTEMPTS + 1):
            try:
                done.append(_send_one(engine, prepared, draft, user_id))
            except KaizenError as exc:
                done.append(Delivery(draft.contact_id, None, error=carried(exc)))
            except OperationalError as exc:
                if _writer_in_the_way(exc) and attempt < SEND_ATTEMPTS:
                    time.sleep(RETRY_PAUSE_S * attempt)
                    continue
                done.append(Delivery(draft.contact_id, None, error=_not_recorded(exc)))
            except SQLAlchemyError as exc:  # the database went away or refused: say so, keep going
                done.append(Delivery(draft.contact_id, None, error=_not_recorded(exc)))
            break
    failed = [d for d in done if d.error]
    log.info("replies recorded: %d of %d", len(done) - len(failed), len(done))
    for delivery in failed:
        log.warning("reply to contact %s not recorded: %s", delivery.contact_id, delivery.error)
    return tuple(done)
