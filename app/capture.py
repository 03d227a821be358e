"""Capturing what a contact says mid-call: a new contact inline, one or several items at once.

Everything is checked before anything is written, and each call is one
transaction: a form with one bad field saves nothing, and its ``InvalidInput``
names every bad field so the form can show each message where it belongs.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import Connection, Engine, insert, select

from app import triage
from app.contacts import name_key, normalise_point
from app.errors import InvalidValue, KaizenError
from app.import_columns import detect_language
from app.operators import DEFAULT_CHANNEL
from db.enums import ContactPointKind, FeedbackKind
from db.tables import category, channel, contact, contact_point, feedback_item, improvement, utcnow

MAX_TEXT_CHARS = 10_000  # about four pages; anything longer is a document, not what was said
MAX_NAME_CHARS = 300  # contact.display_name
CAPTURE_SOURCE = "kaizen"


class InvalidInput(KaizenError):
    """One or more fields that cannot be saved; ``errors`` maps each field to its ``InvalidValue``."""

    def __init__(self, errors: list[InvalidValue]) -> None:
        self.errors = {error.field: error for error in errors}
        super().__init__("; ".join(str(error) for error in errors))


@dataclass(frozen=True)
class NewContact:
    name: str = ""
    phone: str = ""
    email: str = ""
    customer_number: str = ""
    language: str | None = None


@dataclass(frozen=True)
class NewItem:
    text: str
    kind: str = FeedbackKind.COMPLAINT.value
    channel: str = DEFAULT_CHANNEL  # a ChannelCode value
    category_id: int | None = None
    # Suggestions the operator accepted unchanged keep their confidence; None: chosen by hand.
    kind_confidence: float | None = None
    category_confidence: float | None = None
    received_at: dt.datetime | None = None  # default: now
    # "Sounds like" chosen while capturing: join this running improvement, or merge into this item.
    improvement_id: int | None = None
    duplicate_of: int | None = None


def check_contact(new: NewContact) -> dict[ContactPointKind, tuple[str, str]]:
    """The contact points of ``new`` normalised, (value, as typed) per kind; raises ``InvalidInput``."""
    errors: list[InvalidValue] = []
    points: dict[ContactPointKind, tuple[str, str]] = {}
    for kind, raw in (
        (ContactPointKind.PHONE, new.phone),
        (ContactPointKind.EMAIL, new.email),
        (ContactPointKind.CUSTOMER_NUMBER, new.customer_number),
    ):
        if raw.strip():
            try:
                points[kind] = (normalise_point(kind, raw), raw.strip())
            except InvalidValue as exc:
                errors.append(exc)
    name = " ".join(new.name.split())
    if len(name) > MAX_NAME_CHARS:
        errors.append(
            InvalidValue(
                "name",
                new.name,
                f"longer than {MAX_NAME_CHARS} characters",
                code="too_long",
                params={"limit": MAX_NAME_CHARS},
            )
        )
    if not name and not points and not errors:
        errors.append(
            InvalidValue(
                "name", new.name, "give a name, a phone, an e-mail or a customer number", code="no_contact"
            )
        )
    if errors:
        raise InvalidInput(errors)
    return points


def create_contact(conn: Connection, new: NewContact) -> int:
    """Add a contact with its points; raises ``InvalidInput`` (nothing written) for bad or taken values."""
    points = check_contact(new)
    taken = []
    for kind, (value, raw) in points.items():
        owner = conn.execute(
            select(contact.c.display_name)
            .join(contact_point, contact_point.c.contact_id == contact.c.id)
            .where(contact_point.c.kind == kind.value, contact_point.c.value == value)
        ).first()
        if owner is not None:
            who = owner[0] or "another contact"
            taken.append(
                InvalidValue(
                    kind.value,
                    raw,
                    f"already on file for {who}; pick that contact",
                    code="point_taken",
                    params={"who": owner[0] or ""},
                )
            )
    if taken:
        raise InvalidInput(taken)
    name = " ".join(new.name.split()) or None
    now = utcnow()
    contact_id = conn.execute(
        insert(contact)
        .values(
            display_name=name,
            name_key=name_key(name),
            preferred_language=new.language or (detect_language(name) if name else None),
            created_at=now,
            updated_at=now,
            version=1,
        )
        .returning(contact.c.id)
    ).scalar_one()
    if points:
        conn.execute(
            insert(contact_point),
            [
                {
                    "contact_id": contact_id,
                    "kind": kind.value,
                    "value": value,
                    "raw_value": raw,
                    "is_primary": True,
                    "created_at": now,
                }
                for kind, (value, raw) in points.items()
            ],
        )
    return int(contact_id)


def check_items(conn: Connection, items: list[NewItem]) -> dict[str, int]:
    """Channel code -> id for the items' channels; raises ``InvalidInput`` naming ``text``, ``text.2`` ..."""
    channels = dict(conn.execute(select(channel.c.code, channel.c.id)).all())
    categories = set(conn.execute(select(category.c.id)).scalars())
    kinds = {kind.value for kind in FeedbackKind}
    errors: list[InvalidValue] = []
    if not items:
        errors.append(
            InvalidValue("text", "", "nothing to save: type what the customer said", code="nothing_to_save")
        )
    for index, item in enumerate(items):
        suffix = f".{index + 1}" if index else ""
        text = item.text.strip()
        if not text:
            errors.append(
                InvalidValue("text" + suffix, item.text, "type what the customer said", code="no_text")
            )
        elif len(text) > MAX_TEXT_CHARS:
            errors.append(
                InvalidValue(
                    "text" + suffix,
                    f"{len(text)} characters",
                    f"longer than {MAX_TEXT_CHARS:,} characters",
                    code="too_long",
                    params={"limit": MAX_TEXT_CHARS},
                )
            )
        if item.kind not in kinds:
            errors.append(InvalidValue("kind" + suffix, item.kind, "unknown kind", code="unknown_kind"))
        if item.channel not in channels:
            errors.append(
                InvalidValue("channel" + suffix, item.channel, "unknown channel", code="unknown_channel")
            )
        if item.category_id is not None and item.category_id not in categories:
            errors.append(
                InvalidValue(
                    "category" + suffix, item.category_id, "unknown category", code="no_such_category"
                )
            )
        errors += _check_link(conn, item, suffix)
    if errors:
        raise InvalidInput(errors)
    return channels


def _check_link(conn: Connection, item: NewItem, suffix: str) -> list[InvalidValue]:
    """The improvement or original item chosen for a new item must (still) exist."""
    errors = []
    if item.improvement_id is not None and item.duplicate_of is not None:
        errors.append(
            InvalidValue(
                "text" + suffix,
                item.improvement_id,
                "link to an improvement or mark a duplicate, not both",
                code="link_and_duplicate",
            )
        )
    if item.improvement_id is not None and (
        conn.execute(select(improvement.c.id).where(improvement.c.id == item.improvement_id)).first() is None
    ):
        errors.append(
            InvalidValue(
                "improvement" + suffix,
                item.improvement_id,
                "no such improvement (deleted?)",
                code="no_such_improvement",
            )
        )
    if item.duplicate_of is not None and (
        conn.execute(select(feedback_item.c.id).where(feedback_item.c.id == item.duplicate_of)).first()
        is None
    ):
        errors.append(
            InvalidValue(
                "duplicate_of" + suffix,
                item.duplicate_of,
                "no such feedback item (deleted?)",
                code="no_such_item",
            )
        )
    return errors


def save_items(
    engine: Engine,
    items: list[NewItem],
    *,
    logged_by: int,
    contact_id: int | None = None,
    new_contact: NewContact | None = None,
) -> tuple[int | None, list[int]]:
    """Save ``items`` for one contact (an existing one, a new one, or none) in one transaction.

    Returns (contact id, item ids). Raises ``InvalidInput`` with every bad field
    of the contact and the items; then nothing is written.
    """
    with engine.begin() as conn:
        errors: list[InvalidValue] = []
        channels: dict[str, int] = {}
        try:
            channels = check_items(conn, items)
        except InvalidInput as exc:
            errors += exc.errors.values()
        if new_contact is not None:
            try:
                contact_id = create_contact(conn, new_contact)
            except InvalidInput as exc:
                errors += exc.errors.values()
        if errors:
            raise InvalidInput(errors)  # leaving the block rolls back a contact just made
        now = utcnow()
        ids = [
            conn.execute(
                insert(feedback_item)
                .values(
                    contact_id=contact_id,
                    channel_id=channels[item.channel],
                    kind=item.kind,
                    text=item.text.strip(),
                    language=detect_language(item.text),
                    received_at=item.received_at or now,
                    logged_at=now,
                    logged_by_id=logged_by,
                    source=CAPTURE_SOURCE,
                    status="new",
                    category_id=item.category_id,
                    category_confidence=item.category_confidence,
                    # A suggestion taken unchanged is not a person's label: it stays
                    # open to review and out of training until someone confirms it.
                    category_confirmed=item.category_id is not None and item.category_confidence is None,
                    kind_confidence=item.kind_confidence,
                    kind_confirmed=item.kind_confidence is None,
                    version=1,
                )
                .returning(feedback_item.c.id)
            ).scalar_one()
            for item in items
        ]
        # Linked the way triage links (audit events, duplicates follow their original), same transaction.
        for item, new_id in zip(items, ids, strict=True):
            if item.improvement_id is not None:
                triage.link_items(conn, [new_id], item.improvement_id, user_id=logged_by)
            if item.duplicate_of is not None:
                triage.mark_duplicate(conn, new_id, item.duplicate_of, user_id=logged_by)
    return contact_id, [int(i) for i in ids]


@dataclass(frozen=True)
class Suggestion:
    """What a classifier thinks an item is; the form applies it to fields the operator has not set."""

    kind: str | None = None
    kind_confidence: float | None = None
    category_id: int | None = None
    category_confidence: float | None = None


#: The hook for a trained classifier: text in, suggestion (or None) out. Runs off the GUI thread.
Suggester = Callable[[str], Suggestion | None]
