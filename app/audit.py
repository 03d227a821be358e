"""The audit trail: one way to write who changed what and when, and to read it back.

Every service that changes an item or an improvement writes its event here,
in the same transaction as the change, so the trail and the data cannot
disagree. ``changes`` is ``{"field": [old, new]}`` as JSON text; the metrics
read stage changes from it (``{"stage": [old, new]}``), so that shape is a
contract, not a detail.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, insert, select

from db.tables import app_user, audit_event, utcnow


def _plain(value: Any) -> Any:
    # Dates and times as ISO text: JSON has no date type, and ISO text sorts and reads well.
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    return value


def diff(before: Mapping[str, Any], after: Mapping[str, Any]) -> dict[str, list[Any]]:
    """``{"field": [old, new]}`` for the fields of ``after`` whose value differs from ``before``."""
    return {
        key: [_plain(before.get(key)), _plain(value)]
        for key, value in after.items()
        if before.get(key) != value
    }


def record(
    conn: Connection,
    *,
    user_id: int | None,
    entity_type: str,
    entity_id: int,
    action: str,
    changes: Mapping[str, Any] | None = None,
    at: dt.datetime | None = None,
) -> int:
    """Append one event; ``changes`` maps a field to ``[old, new]`` (dates become ISO text)."""
    text = None
    if changes is not None:
        text = json.dumps(
            {key: [_plain(v) for v in pair] for key, pair in changes.items()}, ensure_ascii=False
        )
    return int(
        conn.execute(
            insert(audit_event)
            .values(
                at=at or utcnow(),
                user_id=user_id,
                entity_type=entity_type,
                entity_id=entity_id,
                action=action,
                changes=text,
            )
            .returning(audit_event.c.id)
        ).scalar_one()
    )


@dataclass(frozen=True)
class Event:
    id: int
    at: dt.datetime
    user_id: int | None
    user_name: str | None
    action: str
    changes: dict[str, list[Any]]


def _events(conn: Connection, entity_type: str, entity_id: int, newest_first: bool, limit: int | None):  # type: ignore[no-untyped-def]
    ev = audit_event
    stmt = (
        select(ev.c.id, ev.c.at, ev.c.user_id, app_user.c.display_name, ev.c.action, ev.c.changes)
        .outerjoin(app_user, app_user.c.id == ev.c.user_id)
        .where(ev.c.entity_type == entity_type, ev.c.entity_id == entity_id)
    )
    order = (ev.c.at.desc(), ev.c.id.desc()) if newest_first else (ev.c.at, ev.c.id)
    stmt = stmt.order_by(*order)
    if limit is not None:
        stmt = stmt.limit(limit)
    return [Event(r[0], r[1], r[2], r[3], r[4], json.loads(r[5]) if r[5] else {}) for r in conn.execute(stmt)]


def timeline(conn: Connection, entity_type: str, entity_id: int) -> list[Event]:
    """Every event of one item or improvement, oldest first: the detail view's timeline."""
    return _events(conn, entity_type, entity_id, newest_first=False, limit=None)


def last_change(conn: Connection, entity_type: str, entity_id: int) -> Event | None:
    """The newest event of one item or improvement (who changed it last, and when)."""
    found = _events(conn, entity_type, entity_id, newest_first=True, limit=1)
    return found[0] if found else None
