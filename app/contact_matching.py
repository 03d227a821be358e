"""Which contact each imported row belongs to; contacts and points the database lacks are made.

Rows sharing any contact point (e-mail, phone, customer number) are one
person. A row goes to the existing contact owning its e-mail, else its phone,
else its customer number (following merges to the surviving contact); the
other rows of its group follow the group's best match; a group with no match
becomes one new contact. A row with only a name is a person of its own; a row
with neither is anonymous.

With ``weigh_names`` the row's name is heard where the keys alone mislead:

- A phone alone is weak evidence: households and offices share one. A row
  whose only known point is a phone, that brings an e-mail not on file and a
  name unlike the phone owner's, is not merged: it becomes a contact of its
  own and the pair is returned in ``held`` for the review list
  (``app.match_review.hold_pairs``).
- An e-mail and a phone of two different contacts: the row goes to the phone's
  owner when the name is the phone owner's and not the e-mail owner's (a
  common address at another domain, someone else's), else to the e-mail's.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

from sqlalchemy import Connection, func, insert, select

from app.contacts import name_key
from app.match_review import skeleton_words
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
    # Pairs not merged because only a shared phone joined them: (new contact, phone owner, evidence).
    held: list[tuple[int, int, list[dict[str, str]]]] = field(default_factory=list)


def _contact_groups(rows: Sequence[ContactClues], keys_of: Sequence[list[PointKey]]) -> list[int | None]:
    """Each row's group: rows sharing any contact point (``keys_of`` the row) are one person (union-find).

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

    for keys in keys_of:
        for other in keys[1:]:
            parent[find(other)] = find(keys[0])
    numbers: dict[object, int] = {}
    groups: list[int | None] = []
    for index, (row, keys) in enumerate(zip(rows, keys_of, strict=True)):
        if keys:
            root: object = find(keys[0])
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


def match_contacts(
    conn: Connection, rows: Sequence[ContactClues], *, weigh_names: bool = False
) -> ContactMatches:
    """The contact of each row; contacts and points the database lacks are created.

    A row whose own points name an existing contact gets that contact; the other
    rows of its group get the group's best match; a group with no match at all
    becomes one new contact. See the module docstring for ``weigh_names``.
    """
    owners = _point_owners(conn, [(kind, value) for row in rows for kind, value, _ in row.points])
    keys_of = [[(kind, value) for kind, value, _ in row.points] for row in rows]
    shared: dict[int, PointKey] = {}
    owner_names: dict[int, str | None] = {}
    if weigh_names:
        shared, misled, owner_names = _weigh_names(conn, rows, keys_of, owners)
        for index, key in (*shared.items(), *misled.items()):
            keys_of[index] = [k for k in keys_of[index] if k != key]
    groups = _contact_groups(rows, keys_of)
    group_points: dict[int, list[PointKey]] = {}
    group_rows: dict[int, list[ContactClues]] = {}
    for row, keys, group in zip(rows, keys_of, groups, strict=True):
        if group is not None:
            group_points.setdefault(group, []).extend(keys)
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
    for row, keys, group in zip(rows, keys_of, groups, strict=True):
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
    held: dict[tuple[int, int], list[dict[str, str]]] = {}
    for index, (kind, value) in shared.items():
        new_id, owner = ids[index], owners[(kind, value)]
        if new_id is not None and new_id != owner:
            row = rows[index]
            emails = ", ".join(v for k, v, _ in row.points if k == ContactPointKind.EMAIL)
            detail = f"{value}: the phone of {owner_names.get(owner) or '?'}; {row.name}, {emails} is new"
            held.setdefault((new_id, owner), [{"kind": "shared_phone", "detail": detail}])
    return ContactMatches(
        ids,
        matched=matched,
        created=len(new_groups),
        created_ids=created_ids,
        created_contacts={id_: (name, created_points.get(id_, {})) for id_, name in created_names.items()},
        held=[(new_id, owner, found) for (new_id, owner), found in held.items()],
    )


def names_differ(a: str | None, b: str | None) -> bool:
    """Two names that are not one person's in another spelling, script or order (both given)."""
    key_a, key_b = name_key(a), name_key(b)
    if key_a is None or key_b is None or key_a == key_b:
        return False
    words_a, words_b = set(skeleton_words(key_a)), set(skeleton_words(key_b))
    if not words_a or not words_b:
        return True
    # "Петров Иван" and "Petrov Ivan Sergeevich" share every word of the shorter name.
    return not (words_a <= words_b or words_b <= words_a)


def _weigh_names(
    conn: Connection,
    rows: Sequence[ContactClues],
    keys_of: Sequence[list[PointKey]],
    owners: dict[PointKey, int],
) -> tuple[dict[int, PointKey], dict[int, PointKey], dict[int, str | None]]:
    """Where the name says the keys mislead (see the module docstring), by row index.

    Returns the rows on a shared phone (-> that phone), the rows whose e-mail is
    someone else's (-> that e-mail), and the names of the owners looked at.
    """
    suspects: dict[int, PointKey] = {}
    conflicts: dict[int, tuple[PointKey, PointKey]] = {}
    for index, keys in enumerate(keys_of):
        known = [k for k in keys if k in owners]
        if not known or not rows[index].name:
            continue
        emails = [k for k in known if k[0] == ContactPointKind.EMAIL]
        phones = [k for k in known if k[0] == ContactPointKind.PHONE]
        if len(phones) == len(known) and any(kind == ContactPointKind.EMAIL for kind, _ in keys):
            suspects[index] = phones[0]
        elif emails and phones and owners[emails[0]] != owners[phones[0]]:
            conflicts[index] = (emails[0], phones[0])
    if not suspects and not conflicts:
        return {}, {}, {}
    looked_at = {owners[k] for k in suspects.values()} | {
        owners[k] for pair in conflicts.values() for k in pair
    }
    names = _names(conn, looked_at)

    def differ(index: int, key: PointKey) -> bool:
        return names_differ(rows[index].name, names.get(owners[key]))

    shared = {index: phone for index, phone in suspects.items() if differ(index, phone)}
    misled = {
        index: email
        for index, (email, phone) in conflicts.items()
        if differ(index, email) and not differ(index, phone)
    }
    return shared, misled, names


def _names(conn: Connection, ids: set[int]) -> dict[int, str | None]:
    found: dict[int, str | None] = {}
    for chunk in chunks(sorted(ids)):
        query = select(contact.c.id, contact.c.display_name).where(contact.c.id.in_(chunk))
        found.update({id_: name for id_, name in conn.execute(query)})
    return found


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
