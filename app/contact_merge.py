"""Merging two contacts that are one person, keeping everything either of them had.

Every row that refers to the merged contact (contact points, feedback items,
replies, survey responses, drafts, contacts merged into it earlier, open review
pairs) is re-pointed to the contact kept; the merged contact stays, marked
``merged_into_id``, so old references and the audit trail still make sense.
The references are found from the schema's foreign keys, so a table added
later is covered without touching this module.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from sqlalchemy import Connection, Table, and_, delete, insert, select, update

from app.errors import KaizenError, Reason
from db.tables import audit_event, contact, contact_match_review, contact_point, metadata, utcnow


@dataclass(frozen=True)
class MergeResult:
    kept_id: int
    merged_id: int
    moved: dict[str, int]  # "table.column" -> rows re-pointed


def _references() -> list[tuple[Table, str]]:
    found = []
    for table in metadata.sorted_tables:
        for fk in table.foreign_keys:
            if fk.column.table is contact and table is not contact_match_review:
                found.append((table, fk.parent.name))
    return found


def merge_contacts(
    conn: Connection, keep_id: int, merge_id: int, *, user_id: int | None = None, review_id: int | None = None
) -> MergeResult:
    """Merge ``merge_id`` into ``keep_id`` in the caller's transaction."""
    if keep_id == merge_id:
        raise KaizenError(Reason("a contact cannot be merged into itself", "merge_into_itself"))
    rows = {
        r.id: r
        for r in conn.execute(select(contact).where(contact.c.id.in_([keep_id, merge_id])).with_for_update())
    }
    for id_ in (keep_id, merge_id):
        if id_ not in rows:
            raise KaizenError(Reason(f"contact {id_} does not exist", "contact_missing", contact=id_))
        if rows[id_].merged_into_id is not None:
            into = rows[id_].merged_into_id
            raise KaizenError(
                Reason(
                    f"contact {id_} was already merged into contact {into}",
                    "contact_merged",
                    contact=id_,
                    into=into,
                )
            )
    keep, gone = rows[keep_id], rows[merge_id]
    # The kept contact's primary points stay primary; the other's become secondary where they clash.
    primary_kinds = conn.execute(
        select(contact_point.c.kind).where(contact_point.c.contact_id == keep_id, contact_point.c.is_primary)
    ).scalars()
    conn.execute(
        update(contact_point)
        .where(contact_point.c.contact_id == merge_id, contact_point.c.kind.in_(list(primary_kinds)))
        .values(is_primary=False)
    )
    moved: dict[str, int] = {}
    for table, column in _references():
        result = conn.execute(update(table).where(table.c[column] == merge_id).values({column: keep_id}))
        moved[f"{table.name}.{column}"] = result.rowcount
    moved["contact_match_review"] = _settle_reviews(conn, keep_id, merge_id)
    now = utcnow()
    conn.execute(
        update(contact)
        .where(contact.c.id == merge_id)
        .values(merged_into_id=keep_id, updated_at=now, version=gone.version + 1)
    )
    conn.execute(
        update(contact)
        .where(contact.c.id == keep_id)
        .values(
            display_name=keep.display_name or gone.display_name,
            name_key=keep.name_key or gone.name_key,
            preferred_language=keep.preferred_language or gone.preferred_language,
            updated_at=now,
            version=keep.version + 1,
        )
    )
    conn.execute(
        insert(audit_event).values(
            at=now,
            user_id=user_id,
            entity_type="contact",
            entity_id=keep_id,
            action="merge",
            changes=json.dumps(
                {"merged_contact_id": [None, merge_id], "moved": moved, "review_id": review_id}
            ),
        )
    )
    return MergeResult(keep_id, merge_id, moved)


def _settle_reviews(conn: Connection, keep_id: int, merge_id: int) -> int:
    """The pair itself is decided; the merged contact's other open pairs now concern the kept one."""
    r = contact_match_review.c
    pair = ((r.contact_id == keep_id) & (r.candidate_id == merge_id)) | (
        (r.contact_id == merge_id) & (r.candidate_id == keep_id)
    )
    conn.execute(update(contact_match_review).where(pair).values(status="merged", decided_at=utcnow()))
    moved = 0
    for column in (r.contact_id, r.candidate_id):
        result = conn.execute(
            update(contact_match_review)
            .where(column == merge_id, r.status == "open")
            .values({column.name: keep_id})
        )
        moved += result.rowcount
    # An open pair of the kept contact with itself means nothing any more.
    conn.execute(delete(contact_match_review).where(and_(r.contact_id == r.candidate_id, r.status == "open")))
    return moved


def merge_held_match(conn: Connection, review_id: int, *, user_id: int | None = None) -> MergeResult:
    """A person confirmed a held pair: the older contact is kept, the newer merged into it."""
    row = conn.execute(select(contact_match_review).where(contact_match_review.c.id == review_id)).first()
    if row is None or row.status != "open":
        raise KaizenError(Reason(f"review {review_id} is not open", "review_decided", review=review_id))
    keep, merge = sorted((row.contact_id, row.candidate_id))
    return merge_contacts(conn, keep, merge, user_id=user_id, review_id=review_id)
