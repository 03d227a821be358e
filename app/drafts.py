"""The capture form's draft, kept in the database so that a crash loses nothing the operator typed.

One draft per operator. The form saves it every few seconds and whenever the
contact changes, and discards it once the items are saved; on the next start
a draft still on file is offered back. The payload is JSON of ``Draft``, so a
field added later reads back from an older draft with its default.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import asdict, dataclass, field, fields
from typing import Any

from sqlalchemy import Connection, Engine, delete, insert, select, update

from db.tables import capture_draft, contact, utcnow


@dataclass(frozen=True)
class DraftItem:
    """An item the operator has added to the conversation but not saved yet."""

    text: str = ""
    kind: str = ""
    channel: str = ""
    category_id: int | None = None
    # Set when the value is a classifier's suggestion the operator left as it was.
    kind_confidence: float | None = None
    category_confidence: float | None = None
    # What "Sounds like" linked it to: ("improvement" | "item", id); an item means a duplicate of it.
    link_kind: str = ""
    link_id: int | None = None


@dataclass(frozen=True)
class Draft:
    search: str = ""  # what was typed in the contact box
    contact_id: int | None = None
    contact_label: str = ""
    new_contact: dict[str, str] = field(default_factory=dict)  # name, phone, email, customer_number
    items: tuple[DraftItem, ...] = ()  # added before the one being typed
    text: str = ""  # the item being typed
    kind: str = ""
    channel: str = ""
    category_id: int | None = None
    link_kind: str = ""  # as DraftItem's, for the item being typed
    link_id: int | None = None

    def is_empty(self) -> bool:
        """Nothing worth offering back: no text, no item, no new contact's details."""
        return not (self.text.strip() or self.items or any(v.strip() for v in self.new_contact.values()))

    def to_json(self) -> str:
        return json.dumps(asdict(self), ensure_ascii=False)

    @classmethod
    def from_json(cls, payload: str) -> Draft:
        data: dict[str, Any] = json.loads(payload)
        known = {f.name for f in fields(cls)}
        data = {key: value for key, value in data.items() if key in known}
        data["items"] = tuple(
            DraftItem(**{k: v for k, v in item.items() if k in {f.name for f in fields(DraftItem)}})
            for item in data.get("items", ())
        )
        return cls(**data)


@dataclass(frozen=True)
class SavedDraft:
    draft: Draft
    saved_at: dt.datetime


def save_draft(engine: Engine, user_id: int, draft: Draft) -> None:
    """Keep ``draft`` as the operator's draft (replacing the one before); an empty draft removes it."""
    with engine.begin() as conn:
        if draft.is_empty():
            conn.execute(delete(capture_draft).where(capture_draft.c.user_id == user_id))
            return
        contact_id = _existing_contact(conn, draft.contact_id)
        values = {"contact_id": contact_id, "payload": draft.to_json(), "saved_at": utcnow()}
        done = conn.execute(update(capture_draft).where(capture_draft.c.user_id == user_id).values(**values))
        if done.rowcount == 0:
            conn.execute(insert(capture_draft).values(user_id=user_id, **values))


def _existing_contact(conn: Connection, contact_id: int | None) -> int | None:
    # A contact merged or deleted meanwhile must not make the save fail: the text matters more.
    if contact_id is None:
        return None
    return conn.execute(select(contact.c.id).where(contact.c.id == contact_id)).scalar()


def load_draft(engine: Engine, user_id: int) -> SavedDraft | None:
    with engine.connect() as conn:
        row = conn.execute(
            select(capture_draft.c.payload, capture_draft.c.saved_at).where(
                capture_draft.c.user_id == user_id
            )
        ).first()
    if row is None:
        return None
    return SavedDraft(Draft.from_json(row.payload), row.saved_at)


def discard_draft(engine: Engine, user_id: int) -> None:
    with engine.begin() as conn:
        conn.execute(delete(capture_draft).where(capture_draft.c.user_id == user_id))
