"""Two people saving the same item or improvement: the second save is refused, never lost silently.

Rows people edit carry a ``version``. A save says which version it started
from; the UPDATE only matches that version (``WHERE id = :id AND version =
:seen``), so whoever saves second matches nothing and gets ``EditConflict``
with who changed the row last, when, and the row as it is now. The ORM does
the same through ``version_id_col`` (db/models.py); ``orm_conflicts`` turns
its ``StaleDataError`` into the same ``EditConflict``.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from typing import Any

from sqlalchemy import Connection, Table, func, select, update
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from app.audit import last_change
from app.errors import KaizenError
from db.tables import audit_event, feedback_item, improvement

TABLES: dict[str, Table] = {"improvement": improvement, "feedback_item": feedback_item}
LABELS = {"improvement": "improvement", "feedback_item": "feedback item"}
# SQLite in WAL mode refuses a write from a transaction whose snapshot another
# writer has since changed: that is the same lost-update race, reported early.
SQLITE_BUSY_SNAPSHOT = 517


class NotFound(KaizenError):
    def __init__(self, entity_type: str, entity_id: int) -> None:
        self.entity_type = entity_type
        self.entity_id = entity_id
        super().__init__(f"{LABELS.get(entity_type, entity_type)} {entity_id} does not exist")


class EditConflict(KaizenError):
    """Someone else saved the row first; ``current`` is the row as it is now (None: deleted)."""

    def __init__(
        self,
        entity_type: str,
        entity_id: int,
        current: dict[str, Any] | None,
        changed_by: str | None = None,
        changed_at: dt.datetime | None = None,
    ) -> None:
        self.entity_type = entity_type
        self.entity_id = entity_id
        self.current = current
        self.changed_by = changed_by
        self.changed_at = changed_at
        label = f"{LABELS.get(entity_type, entity_type)} {entity_id}"
        if current is None:
            message = f"{label} was deleted by someone else; your changes were not saved"
        else:
            title = current.get("title")
            if title:
                label += f" ({title!r})"
            who = f" by {changed_by}" if changed_by else ""
            when = f" at {changed_at:%Y-%m-%d %H:%M} UTC" if changed_at else ""
            message = (
                f"{label} was changed{who}{when} while you were editing it; "
                f"your changes were not saved. It now stands at version {current.get('version')}: "
                "look at the current state and make your change again"
            )
        super().__init__(message)


def current_row(conn: Connection, entity_type: str, entity_id: int) -> dict[str, Any] | None:
    table = TABLES[entity_type]
    row = conn.execute(select(table).where(table.c.id == entity_id)).mappings().first()
    return dict(row) if row is not None else None


def conflict(conn: Connection, entity_type: str, entity_id: int) -> EditConflict:
    """The error for a save that lost the race, with the current state and the last change."""
    event = last_change(conn, entity_type, entity_id)
    return EditConflict(
        entity_type,
        entity_id,
        current_row(conn, entity_type, entity_id),
        event.user_name if event else None,
        event.at if event else None,
    )


def check_version(conn: Connection, entity_type: str, row: Mapping[str, Any], expected: int | None) -> None:
    """Refuse to start from a version other than the one the user saw."""
    if expected is not None and row["version"] != expected:
        raise conflict(conn, entity_type, row["id"])


def versioned_update(
    conn: Connection, entity_type: str, entity_id: int, seen_version: int, values: Mapping[str, Any]
) -> int:
    """UPDATE one row only if it is still at ``seen_version``; returns the new version."""
    table = TABLES[entity_type]
    result = conn.execute(
        update(table)
        .where(table.c.id == entity_id, table.c.version == seen_version)
        .values({**values, "version": seen_version + 1})
    )
    if result.rowcount != 1:
        raise conflict(conn, entity_type, entity_id)
    return seen_version + 1


def change_stamp(conn: Connection) -> tuple[int, int, int]:
    """A cheap fingerprint of the improvements and the audit trail: it differs once anyone saved.

    Every versioned save raises a version (their sum), creating or removing an
    improvement changes the count, and every audited change adds an event;
    a screen that polls this every few seconds reloads only when it moved.
    """
    count, versions = conn.execute(
        select(func.count(), func.coalesce(func.sum(improvement.c.version), 0))
    ).one()
    last_event = conn.execute(select(func.coalesce(func.max(audit_event.c.id), 0))).scalar_one()
    return int(count), int(versions), int(last_event)


def _versioned_dirty(session: Session) -> list[tuple[str, int, int]]:
    """(entity type, id, version as loaded) of each edited row that carries a version."""
    found = []
    for obj in session.dirty:
        table = getattr(obj, "__table__", None)
        if table is not None and table.name in TABLES and session.is_modified(obj):
            found.append((table.name, obj.id, obj.version))
    return found


@contextmanager
def orm_conflicts(session: Session) -> Iterator[None]:
    """Around an ORM flush or commit: a lost race becomes ``EditConflict`` (after a rollback)."""
    pending = _versioned_dirty(session)
    try:
        yield
    except (StaleDataError, OperationalError) as exc:
        if isinstance(exc, OperationalError) and not _busy_snapshot(exc):
            raise
        session.rollback()
        with session.bind.connect() as conn:  # type: ignore[union-attr]
            for entity_type, entity_id, seen in pending:
                now = current_row(conn, entity_type, entity_id)
                if now is None or now["version"] != seen:
                    raise conflict(conn, entity_type, entity_id) from exc
        raise


def _busy_snapshot(exc: OperationalError) -> bool:
    orig = exc.orig
    return isinstance(orig, sqlite3.Error) and getattr(orig, "sqlite_errorcode", None) == SQLITE_BUSY_SNAPSHOT
