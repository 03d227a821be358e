"""Replies composed but not sent yet, kept in the database: closing the composer or a crash loses nothing.

The same idea as the capture form's draft (app/drafts.py): the composer saves
what was edited a few seconds after each change, and a reply's draft goes once
it is sent. A composer is known by its ``draft_key``: the improvement it
answers for, or the set of items it was opened on; reopening the composer for
the same one offers the saved drafts back. One row per user, key and
recipient; the payload is JSON of ``ReplyDraft``, so a field added later reads
back from an older draft with its default.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, fields
from typing import Any

from sqlalchemy import Connection, Engine, delete, insert, select

from app.reference_data import system_user_id
from db.tables import contact, reply_draft, utcnow


@dataclass(frozen=True)
class ReplyDraft:
    """One recipient's reply as edited."""

    contact_id: int
    body: str
    subject: str | None = None
    channel: str | None = None
    outcome: str = ""

    def to_json(self) -> str:
        return json.dumps(asdict(self), ensure_ascii=False)

    @classmethod
    def from_json(cls, payload: str) -> ReplyDraft:
        data: dict[str, Any] = json.loads(payload)
        known = {f.name for f in fields(cls)}
        return cls(**{key: value for key, value in data.items() if key in known})


@dataclass(frozen=True)
class SavedReplyDrafts:
    drafts: dict[int, ReplyDraft]  # contact id -> draft
    saved_at: dt.datetime  # the newest


def draft_key(*, improvement_id: int | None = None, item_ids: Iterable[int] = ()) -> str:
    """The composer's key: its improvement, else its items (in any order)."""
    if improvement_id is not None:
        return f"improvement:{improvement_id}"
    ids = sorted(set(item_ids))
    if not ids:
        raise ValueError("a reply draft belongs to an improvement or to items")
    digest = hashlib.sha256(",".join(map(str, ids)).encode()).hexdigest()[:32]
    return f"items:{len(ids)}:{digest}"


def _user(conn: Connection, user_id: int | None) -> int:
    # Without a signed-in user (previews, the command line) drafts belong to the system user.
    return system_user_id(conn) if user_id is None else user_id


def save_reply_drafts(engine: Engine, user_id: int | None, key: str, drafts: Sequence[ReplyDraft]) -> None:
    """Keep ``drafts`` as the composer's drafts, replacing those saved before (none: remove them)."""
    with engine.begin() as conn:
        user = _user(conn, user_id)
        conn.execute(delete(reply_draft).where(reply_draft.c.user_id == user, reply_draft.c.draft_key == key))
        # A contact merged or deleted meanwhile is left out: the others' text matters more.
        ids = {d.contact_id for d in drafts}
        existing = (
            set(conn.execute(select(contact.c.id).where(contact.c.id.in_(ids))).scalars()) if ids else set()
        )
        now = utcnow()
        rows = [
            {
                "user_id": user,
                "draft_key": key,
                "contact_id": d.contact_id,
                "payload": d.to_json(),
                "saved_at": now,
            }
            for d in drafts
            if d.contact_id in existing
        ]
        if rows:
            conn.execute(insert(reply_draft), rows)


def load_reply_drafts(engine: Engine, user_id: int | None, key: str) -> SavedReplyDrafts | None:
    with engine.connect() as conn:
        user = _user(conn, user_id)
        rows = conn.execute(
            select(reply_draft.c.payload, reply_draft.c.saved_at)
            .where(reply_draft.c.user_id == user, reply_draft.c.draft_key == key)
            .order_by(reply_draft.c.id)
        ).all()
    if not rows:
        return None
    drafts = [ReplyDraft.from_json(payload) for payload, _at in rows]
    return SavedReplyDrafts({d.contact_id: d for d in drafts}, max(at for _p, at in rows))


def discard_reply_drafts(
    engine: Engine, user_id: int | None, key: str, contact_ids: Iterable[int] | None = None
) -> None:
    """Remove the composer's drafts (only those of ``contact_ids``, when given: their replies were sent)."""
    with engine.begin() as conn:
        stmt = delete(reply_draft).where(
            reply_draft.c.user_id == _user(conn, user_id), reply_draft.c.draft_key == key
        )
        if contact_ids is not None:
            stmt = stmt.where(reply_draft.c.contact_id.in_(list(contact_ids)))
        conn.execute(stmt)
