"""The review queue of classifier suggestions, and how often people accepted them.

No scikit-learn here: the queue and the confirm/correct keys work whether a
model is loaded or not. A suggestion below the confidence threshold waits in
the queue, least confident first; confirming it or correcting it marks the
field confirmed, so it counts as a label for the next training, and writes an
audit event from which the acceptance rate is computed.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Connection, Engine, func, select, update

from app import audit
from app.errors import InvalidValue, KaizenError
from db.enums import FeedbackKind
from db.tables import audit_event, category, feedback_item

TARGETS = ("category", "kind")
DEFAULT_THRESHOLD = 0.6
ACCEPTED, CORRECTED = "accepted", "corrected"


@dataclass(frozen=True)
class ReviewRow:
    item_id: int
    text: str
    language: str | None
    suggestion: str  # a category code, or a kind
    confidence: float


def _check_target(target: str) -> None:
    if target not in TARGETS:
        raise InvalidValue("target", target, f"must be one of {', '.join(TARGETS)}")


def _pending(target: str, threshold: float):  # type: ignore[no-untyped-def]
    t = feedback_item
    confidence = t.c[f"{target}_confidence"]
    condition = (t.c[f"{target}_confirmed"].is_(False)) & confidence.is_not(None) & (confidence < threshold)
    if target == "category":
        condition = condition & t.c.category_id.is_not(None)
    return condition


def review_queue(
    conn: Connection, target: str, threshold: float = DEFAULT_THRESHOLD, limit: int = 50, offset: int = 0
) -> list[ReviewRow]:
    """Unconfirmed suggestions below ``threshold``, least confident first (then oldest)."""
    _check_target(target)
    t = feedback_item
    suggestion = category.c.code if target == "category" else t.c.kind
    query = select(t.c.id, t.c.text, t.c.language, suggestion, t.c[f"{target}_confidence"])
    if target == "category":
        query = query.join(category, category.c.id == t.c.category_id)
    query = (
        query.where(_pending(target, threshold))
        .order_by(t.c[f"{target}_confidence"], t.c.id)
        .limit(limit)
        .offset(offset)
    )
    return [ReviewRow(*row) for row in conn.execute(query)]


def count_for_review(conn: Connection, target: str, threshold: float = DEFAULT_THRESHOLD) -> int:
    _check_target(target)
    return conn.execute(select(func.count()).where(_pending(target, threshold))).scalar_one()


def review(
    engine: Engine, item_id: int, target: str, label: str | None = None, user_id: int | None = None
) -> str:
    """Confirm the suggestion (``label`` None or equal to it) or correct it; returns accepted/corrected."""
    _check_target(target)
    t = feedback_item
    with engine.begin() as conn:
        row = conn.execute(
            select(t.c.category_id, t.c.kind, t.c[f"{target}_confirmed"]).where(t.c.id == item_id)
        ).first()
        if row is None:
            raise KaizenError(f"feedback item {item_id} does not exist")
        if target == "category":
            old, new = row.category_id, row.category_id
            if label is not None:
                new = conn.execute(select(category.c.id).where(category.c.code == label)).scalar()
                if new is None:
                    raise InvalidValue("category", label, "no such category")
            if old is None and new is None:
                raise InvalidValue("category", None, "the item has no suggested category to confirm")
        else:
            old, new = row.kind, row.kind if label is None else label
            if new not in {k.value for k in FeedbackKind}:
                raise InvalidValue("kind", label, "no such kind")
        outcome = ACCEPTED if new == old else CORRECTED
        column = "category_id" if target == "category" else "kind"
        conn.execute(
            update(t)
            .where(t.c.id == item_id)
            .values({column: new, f"{target}_confirmed": True, "version": t.c.version + 1})
        )
        audit.record(
            conn,
            user_id=user_id,
            entity_type="feedback_item",
            entity_id=item_id,
            action=f"{target}_{outcome}",
            changes={column: [old, new]},
        )
    return outcome


def acceptance_rate(conn: Connection, target: str | None = None) -> dict[str, float | int | None]:
    """How many reviewed suggestions people accepted unchanged: counts and the rate (None if none)."""
    targets = (target,) if target else TARGETS
    for name in targets:
        _check_target(name)
    actions = {f"{name}_{outcome}": outcome for name in targets for outcome in (ACCEPTED, CORRECTED)}
    rows = conn.execute(
        select(audit_event.c.action, func.count())
        .where(audit_event.c.entity_type == "feedback_item", audit_event.c.action.in_(actions))
        .group_by(audit_event.c.action)
    ).all()
    accepted = sum(n for action, n in rows if actions[action] == ACCEPTED)
    reviewed = sum(n for _action, n in rows)
    return {"reviewed": reviewed, "accepted": accepted, "rate": accepted / reviewed if reviewed else None}
