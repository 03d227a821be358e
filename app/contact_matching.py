"""Which contact each imported row belongs to; contacts and points the database lacks are made.

Rows sharing any contact point (e-mail, phone, customer number) are one
person. A row goes to the existing contact owning its e-mail, else its phone,
else its customer number (following merges to the surviving contact); the
other rows of its group follow the group's best match; a group with no match
becomes one new contact. A row with only a name is a person of its own; a row
with neither is anonymous.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

from sqlalchemy import Connection, func, insert, select

from app.contacts import name_key
from db.bulk import chunks, insert_rows
from db.models import Contact, ContactPoint, ContactPointKind, utcnow
from db.tables import contact, contact_point

MATCH_ORDER = (ContactPointKind.EMAIL, ContactPointKind.PHONE, ContactPointKind.CUSTOMER_NUMBER)

PointKey = tuple[str, str]  # (kind, normalised value)


class ContactClues(Protocol):
    """What a row tells about its contact."""

    @property
    def name(self) -> str | None: ...

    @property
    def language(self) -> str | None: ...

    @property
    def points(self) -> list[tuple[str, str, str]]:
        """(kind, normalised value, value as written)"""
        ...


@dataclass
class ContactMatches:
    ids: list[int | None]  # per row; None: anonymous
    matched: int  # existing contacts the rows went to
    created: int
    created_ids: frozenset[int] = frozenset()  # the contacts made for these rows
    # The contacts made: id -> (name, {kind: normalised values}), for ``find_near_matches``.
    created_contacts: dict[int, tuple[str | None, dict[str, set[str]]]] = field(default_factory=dict)


def _contact_groups(rows: Sequence[ContactClues]) -> list[int | None]:
    """Each row's group: rows sharing any contact point are one person (union-find).

    A row with a name but no point is a group of its own; a row with neither
    is anonymous (None).
    """
    parent: dict[PointKey, PointKey] = {}

    def find(key: PointKey) -> PointKey:
        parent.setdefault(key, key)
        while parent[key] != key:
            parent[key] = parent[parent[key]]
            key = parent[key]
        return key

    for row in rows:
        keys = [(kind, value) for kind, value, _ in row.points]
        for other in keys[1:]:
            parent[find(other)] = find(keys[0])
    numbers: dict[object, int] = {}
    groups: list[int | None] = []
    for index, row in enumerate(rows):
        if row.points:
            root: object = find((row.points[0][0], row.points[0][1]))
        elif row.name:
            root = ("row", index)
        else:
            groups.append(None)
            continue
        groups.append(numbers.setdefault(root, len(numbers)))
    return groups


def _best_owner(points: Iterable[PointKey], owners: dict[PointKey, int]) -> int | None:
    """The existing contact with the e-mail, else the phone, else the customer number."""
    ranked = sorted(
        (MATCH_ORDER.index(ContactPointKind(kind)), n, owners[(kind, value)])
        for n, (kind, value) in enumerate(points)
        if (kind, value) in owners
    )
    return ranked[0][2] if ranked else None


def match_contacts(conn: Connection, rows: Sequence[ContactClues]) -> ContactMatches:
    """The contact of each row; contacts and points the database lacks are created.

    A row whose own points name an existing contact gets that contact; the other
    rows of its group get the group's best match; a group with no match at all
    becomes one new contact.
    """
    groups = _contact_groups(rows)
    owners = _point_owners(conn, [(kind, value) for row in rows for kind, value, _ in row.points])
    group_points: dict[int, list[PointKey]] = {}
    group_rows: dict[int, list[ContactClues]] = {}
    for row, group in zip(rows, groups, strict=True):
        if group is not None:
            group_points.setdefault(group, []).extend((kind, value) for kind, value, _ in row.points)
            group_rows.setdefault(group, []).append(row)
    anchors = {group: _best_owner(points, owners) for group, points in group_points.items()}
    new_groups = [group for group, anchor in anchors.items() if anchor is None]
    now = utcnow()
    names = [next((r.name for r in group_rows[group] if r.name), None) for group in new_groups]
    new_contacts = [
        (name, name_key(name), group_rows[group][0].language, now, now, 1)
        for group, name in zip(new_groups, names, strict=True)
    ]
    anchors.update(zip(new_groups, _insert_contacts(conn, new_contacts), strict=True))
    ids: list[int | None] = []
    new_points: dict[PointKey, list[Any]] = {}
    for row, group in zip(rows, groups, strict=True):
        keys = [(kind, value) for kind, value, _ in row.points]
        contact_id = _best_owner(keys, owners) or (anchors[group] if group is not None else None)
        ids.append(contact_id)
        for kind, value, raw in row.points:
            if (kind, value) not in owners and (kind, value) not in new_points:
                # contact_id, kind, value, raw_value, is_primary, created_at
                new_points[(kind, value)] = [contact_id, kind, value, raw[:320], False, now]
    created = {anchors[group] for group in new_groups}
    _mark_primaries(new_points.values(), created)
    insert_rows(conn, contact_point, _POINT_COLUMNS, list(new_points.values()))
    created_names: dict[int, str | None] = {}
    for group, name in zip(new_groups, names, strict=True):
        created_names[int(anchors[group] or 0)] = name
    created_points: dict[int, dict[str, set[str]]] = {}
    for contact_id, kind, value, *_ in new_points.values():
        if contact_id in created_names:
            created_points.setdefault(contact_id, {}).setdefault(kind, set()).add(value)
    matched = len({id_ for id_ in ids if id_ is not None} - created)
    created_ids = frozenset(id_ for id_ in created if id_ is not None)
    return ContactMatches(
        ids,
        matched=matched,
        created=len(new_groups),
        created_ids=created_ids,
        created_contacts={id_: (name, created_points.get(id_, {})) for id_, name in created_names.items()},
    )


_CONTACT_COLUMNS = ("display_name", "name_key", "preferred_language", "created_at", "updated_at", "version")
_POINT_COLUMNS = ("contact_id", "kind", "value", "raw_value", "is_primary", "created_at")


def _insert_contacts(conn: Connection, rows: list[tuple[Any, ...]]) -> list[int]:
    """Insert contacts (``_CONTACT_COLUMNS``) and return their ids in row order.

    SQLite has one writer at a time, so the ids after the largest are free and
    the rows go in with them in one bulk insert (RETURNING a row at a time is
    most of the cost there); a writer slipping in between makes the
    transaction fail, never mixes rows. PostgreSQL takes them from the
    sequence with RETURNING, so the sequence stays ahead of every id.
    """
    if not rows:
        return []
    if conn.dialect.name != "sqlite":
        stmt = insert(contact).returning(contact.c.id, sort_by_parameter_order=True)
        return list(
            conn.execute(stmt, [dict(zip(_CONTACT_COLUMNS, row, strict=True)) for row in rows]).scalars()
        )
    first = (conn.execute(select(func.max(contact.c.id))).scalar() or 0) + 1
    ids = list(range(first, first + len(rows)))
    insert_rows(
        conn, contact, ("id", *_CONTACT_COLUMNS), [(id_, *row) for id_, row in zip(ids, rows, strict=True)]
    )
    return ids


def _mark_primaries(points: Iterable[list[Any]], created: set[int | None]) -> None:
    """A new contact's first point of each kind is its primary one (points as ``_POINT_COLUMNS``)."""
    seen: set[tuple[Any, str]] = set()
    for point in points:
        key = (point[0], point[1])
        if point[0] in created and key not in seen:
            point[4] = True
            seen.add(key)


def _point_owners(conn: Connection, keys: list[PointKey]) -> dict[PointKey, int]:
    """Existing contact points -> their contact, following merges to the surviving contact."""
    owners: dict[PointKey, int] = {}
    by_kind: dict[str, list[str]] = {}
    for kind, value in keys:
        by_kind.setdefault(kind, []).append(value)
    for kind, values in by_kind.items():
        for chunk in chunks(values):
            points = select(ContactPoint.value, ContactPoint.contact_id).where(
                ContactPoint.kind == kind, ContactPoint.value.in_(chunk)
            )
            owners.update({(kind, value): id_ for value, id_ in conn.execute(points)})
    merged: dict[int, int] = {}
    pending = set(owners.values())
    for _ in range(10):  # merge chains are short; the bound guards against a cycle
        found: dict[int, int] = {}
        for ids in chunks(sorted(pending)):
            merges = select(Contact.id, Contact.merged_into_id).where(
                Contact.id.in_(ids), Contact.merged_into_id.is_not(None)
            )
            found.update({id_: into for id_, into in conn.execute(merges) if into is not None})
        if not found:
            break
        merged.update(found)
        pending = set(found.values())

    def survivor(id_: int) -> int:
        for _ in range(10):
            id_ = merged.get(id_, id_)
        return id_

    return {key: survivor(id_) for key, id_ in owners.items()}
