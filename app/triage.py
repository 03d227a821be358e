"""Triage of incoming items: link, start an improvement, merge duplicates, categorise, assign.

Each action is one transaction and one audit event per row it changed, and
returns a ``TriageChange``: the rows' values before and after, and the row it
created. ``revert`` undoes it and ``apply`` redoes it; both return the record
to keep for the next step, so a UI undo stack is a list of these records. An
undo or redo touches nothing when someone changed one of the fields it wrote
in between (``EditConflict``, naming the row): it would overwrite their work.

Duplicates travel with their original: they carry the original's
``improvement_id``, so linking an item links its duplicates, marking an item
a duplicate moves it (and its own duplicates) to the original's improvement,
and duplicate chains are flattened to the original.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, replace
from typing import Any

from sqlalchemy import Connection, delete, exists, insert, or_, select

from app import audit
from app.conflicts import TABLES, NotFound, check_version, conflict, versioned_update
from app.errors import InvalidValue, KaizenError, Reason
from app.unit_of_work import Bind, unit_of_work
from db.enums import FeedbackStatus, Stage
from db.tables import app_user, category, feedback_item, improvement, reply, utcnow

TITLE_CHARS = 120  # a title made from an item's text
ITEM, IMPROVEMENT = "feedback_item", "improvement"
LINKED, DUPLICATE = FeedbackStatus.LINKED.value, FeedbackStatus.DUPLICATE.value


@dataclass(frozen=True)
class RowChange:
    entity_type: str
    id: int
    before: dict[str, Any]  # only the fields the action changed
    after: dict[str, Any]
    version: int  # the row's version once the action (or its latest undo/redo) was written


@dataclass(frozen=True)
class TriageChange:
    action: str  # link / start_improvement / duplicate / set_category / assign / assign_items
    label: str  # for an undo menu: "Link 3 items to improvement 12"
    rows: tuple[RowChange, ...]
    created: dict[str, Any] | None = None  # the improvement row it created, for redo
    applied: bool = True  # True: revert is the next step; False: apply is


def _changes(
    conn: Connection,
    entity_type: str,
    ids: Iterable[int],
    new_values: Callable[[dict[str, Any]], dict[str, Any]],
    *,
    action: str,
    user_id: int | None,
    expected_versions: Mapping[int, int] | None = None,
) -> list[RowChange]:
    """Write ``new_values(row)`` to each row where it differs; audit each changed row."""
    table = TABLES[entity_type]
    wanted = sorted(set(ids))
    rows = {r["id"]: dict(r) for r in conn.execute(select(table).where(table.c.id.in_(wanted))).mappings()}
    for id_ in wanted:
        if id_ not in rows:
            raise NotFound(entity_type, id_)
        if expected_versions is not None:
            check_version(conn, entity_type, rows[id_], expected_versions.get(id_))
    now = utcnow()
    changed = []
    for id_ in wanted:
        row = rows[id_]
        after = {k: v for k, v in new_values(row).items() if row[k] != v}
        if not after:
            continue
        version = versioned_update(conn, entity_type, id_, row["version"], after)
        before = {k: row[k] for k in after}
        audit.record(
            conn,
            user_id=user_id,
            entity_type=entity_type,
            entity_id=id_,
            action=action,
            changes=audit.diff(before, after),
            at=now,
        )
        changed.append(RowChange(entity_type, id_, before, after, version))
    return changed


def _group(conn: Connection, item_ids: Iterable[int]) -> set[int]:
    """The items with their originals and every duplicate of those: what moves together."""
    fi = feedback_item
    ids = set(item_ids)
    rows = conn.execute(select(fi.c.id, fi.c.duplicate_of_id).where(fi.c.id.in_(ids))).all()
    missing = ids - {r[0] for r in rows}
    if missing:
        raise NotFound(ITEM, min(missing))
    roots = {r[1] or r[0] for r in rows}
    dups = conn.execute(select(fi.c.id).where(fi.c.duplicate_of_id.in_(roots))).scalars()
    return roots | set(dups)


def _link_values(improvement_id: int | None) -> Callable[[dict[str, Any]], dict[str, Any]]:
    def values(row: dict[str, Any]) -> dict[str, Any]:
        status = row["status"] if row["status"] == DUPLICATE else LINKED
        return {"improvement_id": improvement_id, "status": status}

    return values


def _improvement(conn: Connection, improvement_id: int) -> dict[str, Any]:
    row = conn.execute(select(improvement).where(improvement.c.id == improvement_id)).mappings().first()
    if row is None:
        raise NotFound(IMPROVEMENT, improvement_id)
    return dict(row)


def link_items(
    bind: Bind,
    item_ids: Iterable[int],
    improvement_id: int,
    *,
    user_id: int | None,
    expected_versions: Mapping[int, int] | None = None,
) -> TriageChange:
    """Link items (with their duplicates) to an existing improvement.

    ``expected_versions`` (item id -> version the user saw) refuses the whole
    action with ``EditConflict`` when someone saved one of them since; the same
    for the other bulk actions that take it.
    """
    with unit_of_work(bind) as conn:
        _improvement(conn, improvement_id)
        group = _group(conn, item_ids)
        rows = _changes(
            conn,
            ITEM,
            group,
            _link_values(improvement_id),
            action="linked_to_improvement",
            user_id=user_id,
            expected_versions=expected_versions,
        )
    return TriageChange("link", f"Link {len(rows)} items to improvement {improvement_id}", tuple(rows))


def start_improvement(
    bind: Bind,
    item_ids: Iterable[int],
    *,
    user_id: int | None,
    title: str | None = None,
    owner_id: int | None = None,
    category_id: int | None = None,
    description: str | None = None,
    expected_versions: Mapping[int, int] | None = None,
) -> tuple[int, TriageChange]:
    """A new improvement (stage new) from a selection of items; returns its id and the change."""
    ids = list(item_ids)
    if not ids:
        raise InvalidValue(
            "items", ids, "select at least one item to start an improvement from", code="select_items"
        )
    with unit_of_work(bind) as conn:
        group = _group(conn, ids)
        fi = feedback_item
        items = conn.execute(
            select(fi.c.text, fi.c.category_id).where(fi.c.id.in_(group)).order_by(fi.c.received_at, fi.c.id)
        ).all()
        if _blank(title):
            title = " ".join(items[0][0].split())[:TITLE_CHARS]
        if category_id is None:
            common = Counter(c for _t, c in items if c is not None).most_common(1)
            category_id = common[0][0] if common else None
        now = utcnow()
        values = {
            "title": title.strip() if title else title,
            "description": description,
            "stage": Stage.NEW.value,
            "owner_id": owner_id,
            "category_id": category_id,
            "created_at": now,
            "stage_changed_at": now,
            "version": 1,
        }
        new_id = int(
            conn.execute(insert(improvement).values(values).returning(improvement.c.id)).scalar_one()
        )
        audit.record(
            conn,
            user_id=user_id,
            entity_type=IMPROVEMENT,
            entity_id=new_id,
            action="created",
            changes={"stage": [None, Stage.NEW.value], "title": [None, values["title"]]},
            at=now,
        )
        rows = _changes(
            conn,
            ITEM,
            group,
            _link_values(new_id),
            action="linked_to_improvement",
            user_id=user_id,
            expected_versions=expected_versions,
        )
    label = f"Start improvement {new_id} from {len(rows)} items"
    return new_id, TriageChange("start_improvement", label, tuple(rows), {"id": new_id, **values})


def mark_duplicate(bind: Bind, item_id: int, of_item_id: int, *, user_id: int | None) -> TriageChange:
    """Mark ``item_id`` (and its own duplicates) a duplicate of ``of_item_id``'s original.

    They join the original's improvement; if only the duplicate had one, the
    original and its duplicates join that one instead.
    """
    fi = feedback_item
    with unit_of_work(bind) as conn:
        found = {
            r.id: r
            for r in conn.execute(
                select(fi.c.id, fi.c.duplicate_of_id, fi.c.improvement_id).where(
                    fi.c.id.in_([item_id, of_item_id])
                )
            )
        }
        for id_ in (item_id, of_item_id):
            if id_ not in found:
                raise NotFound(ITEM, id_)
        root = found[of_item_id].duplicate_of_id or of_item_id
        if root == item_id or item_id == of_item_id:
            raise KaizenError(
                Reason(
                    f"feedback item {item_id} cannot be a duplicate of item {of_item_id}: "
                    f"{'it is the same item' if item_id == of_item_id else 'that item is a duplicate of it'}",
                    "same_item" if item_id == of_item_id else "duplicate_cycle",
                    item=item_id,
                    of=of_item_id,
                )
            )
        root_improvement = conn.execute(select(fi.c.improvement_id).where(fi.c.id == root)).scalar()
        target = root_improvement or found[item_id].improvement_id
        moved = {item_id, *conn.execute(select(fi.c.id).where(fi.c.duplicate_of_id == item_id)).scalars()}

        def as_duplicate(row: dict[str, Any]) -> dict[str, Any]:
            return {"duplicate_of_id": root, "status": DUPLICATE, "improvement_id": target}

        rows = _changes(conn, ITEM, moved, as_duplicate, action="marked_duplicate", user_id=user_id)
        if target is not None and root_improvement is None:
            originals = {root, *conn.execute(select(fi.c.id).where(fi.c.duplicate_of_id == root)).scalars()}
            rows += _changes(
                conn,
                ITEM,
                originals - moved,
                _link_values(target),
                action="linked_to_improvement",
                user_id=user_id,
            )
    return TriageChange("duplicate", f"Mark item {item_id} a duplicate of item {root}", tuple(rows))


def set_category(
    bind: Bind,
    item_ids: Iterable[int],
    category_id: int | None,
    *,
    user_id: int | None,
    expected_versions: Mapping[int, int] | None = None,
) -> TriageChange:
    """Set (or clear) the category of items, confirmed by a person; new items become triaged."""
    with unit_of_work(bind) as conn:
        if (
            category_id is not None
            and conn.execute(select(category.c.id).where(category.c.id == category_id)).first() is None
        ):
            raise InvalidValue("category", category_id, "no such category", code="no_such_category")

        def values(row: dict[str, Any]) -> dict[str, Any]:
            new: dict[str, Any] = {"category_id": category_id, "category_confirmed": category_id is not None}
            if row["status"] == FeedbackStatus.NEW.value:
                new["status"] = FeedbackStatus.TRIAGED.value
            return new

        rows = _changes(
            conn,
            ITEM,
            item_ids,
            values,
            action="category_set",
            user_id=user_id,
            expected_versions=expected_versions,
        )
    return TriageChange("set_category", f"Set the category of {len(rows)} items", tuple(rows))


def _check_user(conn: Connection, field: str, user: int | None) -> str | None:
    """The user's display name (None for nobody); an unknown user is refused."""
    if user is None:
        return None
    name = conn.execute(select(app_user.c.display_name).where(app_user.c.id == user)).scalar()
    if name is None:
        raise InvalidValue(field, user, "no such user", code="no_such_user")
    return str(name)


def assign(
    bind: Bind, improvement_ids: Iterable[int], owner_id: int | None, *, user_id: int | None
) -> TriageChange:
    """Make ``owner_id`` (None: nobody) the owner of improvements."""
    with unit_of_work(bind) as conn:
        _check_user(conn, "owner", owner_id)
        rows = _changes(
            conn,
            IMPROVEMENT,
            improvement_ids,
            lambda _row: {"owner_id": owner_id},
            action="assigned",
            user_id=user_id,
        )
    return TriageChange("assign", f"Assign {len(rows)} improvements", tuple(rows))


def assign_items(
    bind: Bind,
    item_ids: Iterable[int],
    assignee_id: int | None,
    *,
    user_id: int | None,
    expected_versions: Mapping[int, int] | None = None,
) -> TriageChange:
    """Make ``assignee_id`` (None: nobody) the person who triages these items."""
    with unit_of_work(bind) as conn:
        name = _check_user(conn, "assignee", assignee_id)
        rows = _changes(
            conn,
            ITEM,
            item_ids,
            lambda _row: {"assignee_id": assignee_id},
            action="assigned",
            user_id=user_id,
            expected_versions=expected_versions,
        )
    return TriageChange("assign_items", f"Assign {len(rows)} items to {name or 'nobody'}", tuple(rows))


def _blank(text: str | None) -> bool:
    return text is None or not text.strip()


def _write_back(
    conn: Connection, change: TriageChange, *, undo: bool, user_id: int | None
) -> tuple[RowChange, ...]:
    now = utcnow()
    written = []
    for rc in change.rows:
        old, new = (rc.after, rc.before) if undo else (rc.before, rc.after)
        # Judged by the fields this change wrote, not the version: an edit to another field,
        # or an undo further up the stack, leaves these alone and must not block this step.
        table = TABLES[rc.entity_type]
        current = conn.execute(select(table).where(table.c.id == rc.id)).mappings().first()
        if current is None or any(current[k] != v for k, v in old.items()):
            raise conflict(conn, rc.entity_type, rc.id)
        version = versioned_update(conn, rc.entity_type, rc.id, current["version"], new)
        audit.record(
            conn,
            user_id=user_id,
            entity_type=rc.entity_type,
            entity_id=rc.id,
            action=f"{change.action}_{'undone' if undo else 'redone'}",
            changes=audit.diff(old, new),
            at=now,
        )
        written.append(replace(rc, version=version))
    return tuple(written)


def revert(bind: Bind, change: TriageChange, *, user_id: int | None) -> TriageChange:
    """Undo ``change``: every row back to its value before; a created improvement is removed."""
    if not change.applied:
        raise KaizenError(Reason(f"{change.label}: already undone", "already_undone", action=change.action))
    with unit_of_work(bind) as conn:
        rows = _write_back(conn, change, undo=True, user_id=user_id)
        if change.created is not None:
            _remove_created(conn, change.created, user_id)
    return replace(change, rows=rows, applied=False)


def apply(bind: Bind, change: TriageChange, *, user_id: int | None) -> TriageChange:
    """Redo ``change`` after ``revert``: the created improvement comes back with its id."""
    if change.applied:
        raise KaizenError(Reason(f"{change.label}: already done", "already_redone", action=change.action))
    with unit_of_work(bind) as conn:
        if change.created is not None:
            conn.execute(insert(improvement).values(change.created))
            audit.record(
                conn,
                user_id=user_id,
                entity_type=IMPROVEMENT,
                entity_id=change.created["id"],
                action="created",
                changes={"stage": [None, change.created["stage"]], "title": [None, change.created["title"]]},
            )
        rows = _write_back(conn, change, undo=False, user_id=user_id)
    return replace(change, rows=rows, applied=True)


def _remove_created(conn: Connection, created: dict[str, Any], user_id: int | None) -> None:
    id_ = created["id"]
    row = conn.execute(
        select(improvement.c.version, improvement.c.stage).where(improvement.c.id == id_)
    ).first()
    in_use = conn.execute(
        select(
            or_(
                exists().where(feedback_item.c.improvement_id == id_),
                exists().where(reply.c.improvement_id == id_),
            )
        )
    ).scalar()
    if row is None or row.version != created["version"] or in_use:
        raise conflict(conn, IMPROVEMENT, id_)  # someone worked on it since: removing it would lose that
    conn.execute(delete(improvement).where(improvement.c.id == id_))
    audit.record(
        conn,
        user_id=user_id,
        entity_type=IMPROVEMENT,
        entity_id=id_,
        action="removed",
        changes={"stage": [row.stage, None]},
    )


__all__ = [
    "RowChange",
    "TriageChange",
    "apply",
    "assign",
    "assign_items",
    "link_items",
    "mark_duplicate",
    "revert",
    "set_category",
    "start_improvement",
]


def active_categories(conn: Connection) -> list[tuple[int, str]]:
    """(id, name) of the categories an item may be given, by name."""
    rows = conn.execute(
        select(category.c.id, category.c.name).where(category.c.is_active).order_by(category.c.name)
    )
    return [(r.id, r.name) for r in rows]


def open_improvements(conn: Connection, *, limit: int) -> list[tuple[int, str, str]]:
    """(id, title, stage) of improvements items can still be linked to, newest first."""
    imp = improvement
    rows = conn.execute(
        select(imp.c.id, imp.c.title, imp.c.stage)
        .where(imp.c.stage.not_in([Stage.DONE.value, Stage.DECLINED.value]))
        .order_by(imp.c.id.desc())
        .limit(limit)
    )
    return [(r.id, r.title, r.stage) for r in rows]


def active_users(conn: Connection) -> list[tuple[int, str]]:
    """(id, display name) of the users items may be assigned to, by name."""
    rows = conn.execute(
        select(app_user.c.id, app_user.c.display_name)
        .where(app_user.c.is_active)
        .order_by(app_user.c.display_name, app_user.c.id)
    )
    return [(r.id, r.display_name) for r in rows]
