"""Who raised an improvement, and who of them has heard back.

A contributor is a contact of an item linked to the improvement (duplicates
merged into it included: they carry its ``improvement_id`` too). An item
without a contact is anonymous: it cannot be answered, is listed as such, and
never blocks closing the loop. A contributor has been answered for an outcome
when a reply to that contact about that improvement with that outcome exists.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Connection, exists, func, select

from db.tables import contact, feedback_item, reply


@dataclass(frozen=True)
class Contributor:
    contact_id: int
    name: str | None
    language: str | None  # the contact's preferred language, else that of their first item
    item_ids: tuple[int, ...]  # their items linked to the improvement, oldest first
    idea: str  # the text of their first linked item


def contributors(conn: Connection, improvement_id: int) -> list[Contributor]:
    fi = feedback_item
    rows = conn.execute(
        select(fi.c.id, fi.c.contact_id, fi.c.text, fi.c.language, contact.c.display_name)
        .add_columns(contact.c.preferred_language)
        .join(contact, contact.c.id == fi.c.contact_id)
        .where(fi.c.improvement_id == improvement_id)
        .order_by(fi.c.received_at, fi.c.id)
    ).all()
    by_contact: dict[int, list[tuple[int, str, str | None, str | None, str | None]]] = {}
    for item_id, contact_id, text, language, name, preferred in rows:
        by_contact.setdefault(contact_id, []).append((item_id, text, language, name, preferred))
    found = []
    for contact_id, items in by_contact.items():
        first = items[0]
        found.append(
            Contributor(contact_id, first[3], first[4] or first[2], tuple(i[0] for i in items), first[1])
        )
    return sorted(found, key=lambda c: c.item_ids[0])


def anonymous_items(conn: Connection, improvement_id: int) -> list[int]:
    """Linked items with no contact: marked not answerable, they never block closure."""
    fi = feedback_item
    return list(
        conn.execute(
            select(fi.c.id)
            .where(fi.c.improvement_id == improvement_id, fi.c.contact_id.is_(None))
            .order_by(fi.c.id)
        ).scalars()
    )


def answered(conn: Connection, improvement_id: int, contact_id: int, outcome: str) -> bool:
    return bool(
        conn.execute(
            select(
                exists().where(
                    reply.c.improvement_id == improvement_id,
                    reply.c.contact_id == contact_id,
                    reply.c.outcome == outcome,
                )
            )
        ).scalar()
    )


def unanswered(conn: Connection, improvement_id: int, outcome: str) -> list[Contributor]:
    """Contributors without a reply of ``outcome`` about this improvement."""
    done = set(
        conn.execute(
            select(reply.c.contact_id)
            .where(reply.c.improvement_id == improvement_id, reply.c.outcome == outcome)
            .group_by(reply.c.contact_id)
        ).scalars()
    )
    return [c for c in contributors(conn, improvement_id) if c.contact_id not in done]


def count_contributors(conn: Connection, improvement_id: int) -> int:
    fi = feedback_item
    return int(
        conn.execute(
            select(func.count(func.distinct(fi.c.contact_id))).where(
                fi.c.improvement_id == improvement_id, fi.c.contact_id.is_not(None)
            )
        ).scalar_one()
    )
