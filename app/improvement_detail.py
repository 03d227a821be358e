"""An improvement's detail: its fields, linked items and contributors, and its timeline.

Read in one short connection (Core; it runs in a worker).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, func, select

from app import audit, contributors
from app.audit import Event
from app.conflicts import NotFound
from db.tables import app_user, category, contact, feedback_item, improvement

PREVIEW_CHARS = 200


@dataclass(frozen=True)
class LinkedItem:
    id: int
    received_at: dt.datetime
    kind: str
    status: str
    contact: str | None  # None: anonymous, cannot be answered
    language: str | None
    text: str
    duplicate_of_id: int | None


@dataclass(frozen=True)
class ImprovementDetail:
    fields: dict[str, Any]  # the improvement row
    owner: str | None
    category: str | None
    items: tuple[LinkedItem, ...]
    contributors: int
    anonymous_items: int
    timeline: tuple[Event, ...]


def load_detail(conn: Connection, improvement_id: int) -> ImprovementDetail:
    imp = improvement
    row = (
        conn.execute(
            select(imp, app_user.c.display_name.label("owner_name"), category.c.name.label("category_name"))
            .outerjoin(app_user, app_user.c.id == imp.c.owner_id)
            .outerjoin(category, category.c.id == imp.c.category_id)
            .where(imp.c.id == improvement_id)
        )
        .mappings()
        .first()
    )
    if row is None:
        raise NotFound("improvement", improvement_id)
    fi = feedback_item
    items = tuple(
        LinkedItem(*r)
        for r in conn.execute(
            select(
                fi.c.id,
                fi.c.received_at,
                fi.c.kind,
                fi.c.status,
                contact.c.display_name,
                fi.c.language,
                func.substr(fi.c.text, 1, PREVIEW_CHARS),
                fi.c.duplicate_of_id,
            )
            .outerjoin(contact, contact.c.id == fi.c.contact_id)
            .where(fi.c.improvement_id == improvement_id)
            .order_by(fi.c.received_at, fi.c.id)
        )
    )
    fields = {k: v for k, v in row.items() if k not in ("owner_name", "category_name")}
    return ImprovementDetail(
        fields,
        row["owner_name"],
        row["category_name"],
        items,
        len(contributors.contributors(conn, improvement_id)),
        len(contributors.anonymous_items(conn, improvement_id)),
        tuple(audit.timeline(conn, "improvement", improvement_id)),
    )
