"""A user's named inbox views: filters, search and sort, saved and opened again later.

A view is stored as JSON (``saved_view.definition``). "Assigned to me" is
kept as ``"mine"``, so it follows whoever opens the view. Opening a view
checks what it names against the database: a category, user or contact that
no longer exists (or no longer takes items) is dropped from the filters and
named in ``OpenedView.dropped``, so an old view still opens.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import asdict, dataclass, field, fields, replace
from typing import Any

from sqlalchemy import Connection, delete, insert, select, update
from sqlalchemy.exc import IntegrityError

from app.errors import InvalidValue, KaizenError, Reason
from app.feedback import FeedbackQuery, SortKey
from app.unit_of_work import Bind, unit_of_work
from db.tables import app_user, category, channel, contact, saved_view, utcnow

NAME_CHARS = 120
MINE, NOBODY = "mine", "nobody"
_DATES = ("received_from", "received_before")
_PLAIN = ("search", "channel", "kind", "status", "language", "category_id", "contact_id")


@dataclass(frozen=True)
class SavedView:
    id: int
    name: str
    definition: dict[str, Any]


@dataclass(frozen=True)
class OpenedView:
    query: FeedbackQuery
    assignee: int | str | None  # a user id, MINE, NOBODY or None (anyone)
    contact_name: str | None = None
    dropped: list[str] = field(default_factory=list)  # what no longer exists, for a message


class ViewNameTaken(KaizenError):
    def __init__(self, name: str) -> None:
        super().__init__(
            Reason(
                f"you already have a saved view named {name!r}: choose another name",
                "view_name_taken",
                name=name,
            )
        )


def definition_of(query: FeedbackQuery, *, user_id: int | None) -> dict[str, Any]:
    """The JSON-ready definition of what ``query`` shows; the assignee as "mine" when it is ``user_id``."""
    found: dict[str, Any] = {k: v for k, v in asdict(query).items() if k in _PLAIN and v not in (None, "")}
    found["sort"] = query.sort.value
    found["descending"] = query.descending
    for key in _DATES:
        value = getattr(query, key)
        if value is not None:
            found[key] = value.isoformat()
    if query.unassigned:
        found["assignee"] = NOBODY
    elif query.assignee_id is not None:
        found["assignee"] = MINE if query.assignee_id == user_id else query.assignee_id
    return found


def _name(name: str) -> str:
    cleaned = " ".join(name.split())
    if not cleaned:
        raise InvalidValue("view name", name, "a saved view needs a name", code="view_name_needed")
    if len(cleaned) > NAME_CHARS:
        raise InvalidValue(
            "view name",
            name,
            f"at most {NAME_CHARS} characters",
            code="too_long",
            params={"limit": NAME_CHARS},
        )
    return cleaned


def list_views(conn: Connection, user_id: int | None) -> list[SavedView]:
    """The user's saved views, by name."""
    if user_id is None:
        return []
    rows = conn.execute(
        select(saved_view.c.id, saved_view.c.name, saved_view.c.definition)
        .where(saved_view.c.user_id == user_id)
        .order_by(saved_view.c.name, saved_view.c.id)
    )
    return [SavedView(r.id, r.name, json.loads(r.definition)) for r in rows]


def save_view(bind: Bind, user_id: int, name: str, definition: dict[str, Any]) -> int:
    """Save under ``name``: a new view, or the user's view of that name replaced. Returns its id."""
    name = _name(name)
    text = json.dumps(definition, ensure_ascii=False, sort_keys=True)
    with unit_of_work(bind) as conn:
        existing = conn.execute(
            select(saved_view.c.id).where(saved_view.c.user_id == user_id, saved_view.c.name == name)
        ).scalar()
        if existing is not None:
            conn.execute(
                update(saved_view)
                .where(saved_view.c.id == existing)
                .values(definition=text, updated_at=utcnow(), version=saved_view.c.version + 1)
            )
            return int(existing)
        values = {"user_id": user_id, "name": name, "definition": text, "updated_at": utcnow(), "version": 1}
        return int(conn.execute(insert(saved_view).values(values).returning(saved_view.c.id)).scalar_one())


def rename_view(bind: Bind, user_id: int, view_id: int, new_name: str) -> None:
    new_name = _name(new_name)
    try:
        with unit_of_work(bind) as conn:
            done = conn.execute(
                update(saved_view)
                .where(saved_view.c.id == view_id, saved_view.c.user_id == user_id)
                .values(name=new_name, updated_at=utcnow(), version=saved_view.c.version + 1)
            )
            if done.rowcount != 1:
                raise InvalidValue("saved view", view_id, "no such view of yours", code="no_such_view")
    except IntegrityError as exc:
        raise ViewNameTaken(new_name) from exc


def delete_view(bind: Bind, user_id: int, view_id: int) -> None:
    with unit_of_work(bind) as conn:
        conn.execute(delete(saved_view).where(saved_view.c.id == view_id, saved_view.c.user_id == user_id))


def open_view(conn: Connection, definition: dict[str, Any], *, user_id: int | None) -> OpenedView:
    """The query a definition stands for today, without what no longer exists."""
    dropped: list[str] = []
    values: dict[str, Any] = {}
    known = {f.name for f in fields(FeedbackQuery)}
    for key in _PLAIN:
        if key in definition and key in known:
            values[key] = definition[key]
    for key in _DATES:
        if definition.get(key):
            try:
                values[key] = dt.datetime.fromisoformat(definition[key])
            except (TypeError, ValueError):
                dropped.append(f"date {definition[key]!r}")
    try:
        values["sort"] = SortKey(definition.get("sort", SortKey.NEWEST.value))
    except ValueError:
        dropped.append(f"sort {definition.get('sort')!r}")
    values["descending"] = bool(definition.get("descending", True))

    if values.get("category_id") is not None:
        found = conn.execute(
            select(category.c.name, category.c.is_active).where(category.c.id == values["category_id"])
        ).first()
        if found is None or not found.is_active:  # gone, or no longer given to items
            gone = values.pop("category_id")
            dropped.append(f"category {found.name!r}" if found is not None else f"category {gone}")
    code = values.get("channel")
    if code is not None and conn.execute(select(channel.c.id).where(channel.c.code == code)).first() is None:
        dropped.append(f"channel {values.pop('channel')!r}")
    contact_name = None
    if values.get("contact_id") is not None:
        row = conn.execute(
            select(contact.c.display_name, contact.c.merged_into_id).where(
                contact.c.id == values["contact_id"]
            )
        ).first()
        if row is None:
            dropped.append(f"contact {values.pop('contact_id')}")
        elif row.merged_into_id is not None:  # merged: the survivor holds the items now
            values["contact_id"] = row.merged_into_id
            contact_name = conn.execute(
                select(contact.c.display_name).where(contact.c.id == row.merged_into_id)
            ).scalar()
        else:
            contact_name = row.display_name

    assignee = definition.get("assignee")
    if assignee == MINE:
        values["assignee_id"] = user_id
    elif assignee == NOBODY:
        values["unassigned"] = True
    elif assignee is not None:
        user = conn.execute(
            select(app_user.c.display_name, app_user.c.is_active).where(app_user.c.id == assignee)
        ).first()
        if user is not None and user.is_active:
            values["assignee_id"] = int(assignee)
        else:
            dropped.append(f"user {user.display_name!r}" if user is not None else f"user {assignee}")
            assignee = None
    return OpenedView(replace(FeedbackQuery(), **values), assignee, contact_name, dropped)


__all__ = [
    "MINE",
    "NOBODY",
    "OpenedView",
    "SavedView",
    "ViewNameTaken",
    "definition_of",
    "delete_view",
    "list_views",
    "open_view",
    "rename_view",
    "save_view",
]
