"""The review queue of classifier suggestions, and how often people accepted them.

No scikit-learn here: the queue and the confirm/correct keys work whether a
model is loaded or not. A suggestion below the confidence threshold waits in
the queue, least confident first; confirming it or correcting it marks the
field confirmed, so it counts as a label for the next training, and writes an
audit event from which the acceptance rate is computed.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, Engine, func, select, tuple_, update

from app import audit
from app.errors import InvalidValue, KaizenError, Reason
from db.enums import FeedbackKind
from db.tables import audit_event, category, classifier_model, feedback_item

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
        raise InvalidValue(
            "target",
            target,
            f"must be one of {', '.join(TARGETS)}",
            code="one_of",
            params={"allowed": TARGETS},
        )


def _pending(target: str, threshold: float):  # type: ignore[no-untyped-def]
    t = feedback_item
    confidence = t.c[f"{target}_confidence"]
    condition = (t.c[f"{target}_confirmed"].is_(False)) & confidence.is_not(None) & (confidence < threshold)
    if target == "category":
        condition = condition & t.c.category_id.is_not(None)
    return condition


def review_queue(
    conn: Connection,
    target: str,
    threshold: float = DEFAULT_THRESHOLD,
    limit: int = 50,
    offset: int = 0,
    after: tuple[float, int] | None = None,
) -> list[ReviewRow]:
    """Unconfirmed suggestions below ``threshold``, least confident first (then oldest).

    ``after`` is the (confidence, id) of the last row of the previous page: a
    keyset page reads only its own rows from the index, where a deep ``offset``
    would walk past every row before it.
    """
    _check_target(target)
    t = feedback_item
    confidence = t.c[f"{target}_confidence"]
    suggestion = category.c.code if target == "category" else t.c.kind
    query = select(t.c.id, t.c.text, t.c.language, suggestion, confidence)
    if target == "category":
        query = query.join(category, category.c.id == t.c.category_id)
    query = query.where(_pending(target, threshold))
    if after is not None:
        query = query.where(tuple_(confidence, t.c.id) > tuple_(*after))
    query = query.order_by(confidence, t.c.id).limit(limit).offset(offset)
    return [ReviewRow(*row) for row in conn.execute(query)]


def label_names(conn: Connection, target: str) -> dict[str, str]:
    """What a person reads for each label: category code -> name; kinds as they are (the UI translates)."""
    _check_target(target)
    if target == "kind":
        return {k.value: k.value for k in FeedbackKind}
    rows = conn.execute(select(category.c.code, category.c.name).where(category.c.is_active)).all()
    return dict(sorted(((code, name) for code, name in rows), key=lambda pair: pair[1].casefold()))


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
            raise KaizenError(Reason(f"feedback item {item_id} does not exist", "item_missing", item=item_id))
        if target == "category":
            old, new = row.category_id, row.category_id
            if label is not None:
                new = conn.execute(select(category.c.id).where(category.c.code == label)).scalar()
                if new is None:
                    raise InvalidValue("category", label, "no such category", code="no_such_category")
            if old is None and new is None:
                raise InvalidValue(
                    "category",
                    None,
                    "the item has no suggested category to confirm",
                    code="nothing_to_confirm",
                )
        else:
            old, new = row.kind, row.kind if label is None else label
            if new not in {k.value for k in FeedbackKind}:
                raise InvalidValue("kind", label, "no such kind", code="unknown_kind")
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


# -- how good the active model is ---------------------------------------------

TOO_FEW_HELD_OUT = 30  # fewer tested items than this say little about a model
GOOD_ACCURACY, GOOD_MACRO_F1, FAIR_ACCURACY = 0.9, 0.8, 0.75
WEAK_RECALL = 0.6  # a class found less often than this is named as weak


@dataclass(frozen=True)
class ClassFigures:
    label: str
    precision: float
    recall: float
    f1: float
    support: int  # held-out items that truly had this label


@dataclass(frozen=True)
class Confusion:
    true_label: str
    predicted: str
    count: int
    share: float  # of the items that truly had ``true_label``


@dataclass(frozen=True)
class ModelQuality:
    """The active model of a target, judged on items held out while it was trained."""

    target: str
    trained_at: dt.datetime
    training_size: int
    library_versions: dict[str, str]
    labels: list[str]
    accuracy: float | None
    macro_f1: float | None
    held_out: int  # items tested (0: the stored model has no per-class figures)
    per_class: list[ClassFigures] = field(default_factory=list)
    confusion: list[list[int]] = field(default_factory=list)  # rows: true label, columns: predicted
    confirmed_items: int | None = None  # confirmed when it was trained; more than training_size: capped

    def biggest_confusions(self, limit: int = 5) -> list[Confusion]:
        cells = [
            Confusion(self.labels[i], self.labels[j], n, n / max(sum(row), 1))
            for i, row in enumerate(self.confusion)
            for j, n in enumerate(row)
            if i != j and n
        ]
        return sorted(cells, key=lambda c: (-c.count, c.true_label, c.predicted))[:limit]

    def weak_classes(self) -> list[ClassFigures]:
        return [c for c in self.per_class if c.support >= 3 and c.recall < WEAK_RECALL]

    def verdict(self) -> str:
        """``good``, ``fair``, ``poor``, or ``unknown`` (too little held out to tell)."""
        if self.accuracy is None or self.held_out < TOO_FEW_HELD_OUT:
            return "unknown"
        if self.accuracy >= GOOD_ACCURACY and (self.macro_f1 or 0) >= GOOD_MACRO_F1:
            return "good"
        return "fair" if self.accuracy >= FAIR_ACCURACY else "poor"


def per_class_figures(labels: list[str], confusion: list[list[int]]) -> list[ClassFigures]:
    """Precision, recall and F1 of each label from a confusion matrix (0 where undefined)."""
    figures = []
    for k, label in enumerate(labels):
        hit = confusion[k][k]
        support = sum(confusion[k])
        predicted = sum(row[k] for row in confusion)
        precision = hit / predicted if predicted else 0.0
        recall = hit / support if support else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        figures.append(ClassFigures(label, precision, recall, f1, support))
    return figures


def _quality_from(row: Any) -> ModelQuality:
    labels = list(json.loads(row.labels))
    metrics: dict[str, Any] = json.loads(row.metrics) if row.metrics else {}
    confusion = metrics.get("cv_confusion") or []
    square = len(confusion) == len(labels) and all(len(r) == len(labels) for r in confusion)
    if not square:  # a model stored before per-class figures were kept
        confusion = []
    held_out = sum(map(sum, confusion))
    per_class = per_class_figures(labels, confusion) if held_out else []
    accuracy, macro = metrics.get("cv_accuracy"), metrics.get("cv_macro_f1")
    if held_out:
        accuracy = sum(confusion[k][k] for k in range(len(labels))) / held_out
        # As scikit-learn: the mean over the labels that occur in truth or prediction.
        present = [c for c in per_class if c.support or any(r[labels.index(c.label)] for r in confusion)]
        macro = sum(c.f1 for c in present) / len(present) if present else None
    return ModelQuality(
        target=row.target,
        trained_at=row.trained_at,
        training_size=row.training_size,
        library_versions=json.loads(row.library_versions),
        labels=labels,
        accuracy=accuracy,
        macro_f1=macro,
        held_out=held_out,
        per_class=per_class,
        confusion=confusion,
        confirmed_items=metrics.get("confirmed_items"),
    )


def model_quality(conn: Connection, target: str) -> ModelQuality | None:
    """The held-out figures of ``target``'s active model; None when none is trained."""
    _check_target(target)
    m = classifier_model
    row = conn.execute(
        select(m).where(m.c.target == target, m.c.is_active.is_(True)).order_by(m.c.id.desc()).limit(1)
    ).first()
    return _quality_from(row) if row is not None else None
