"""The review queue: least confident first, one key to confirm or correct, the acceptance rate."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import Engine, insert, select

from app.classification_review import acceptance_rate, count_for_review, review, review_queue
from app.errors import InvalidValue
from app.reference_data import channel_ids, ensure_reference_data
from db.tables import audit_event, category, feedback_item


@pytest.fixture
def suggested(engine: Engine) -> dict[str, int]:
    """Four items with suggestions at confidences 0.9, 0.3, 0.5, 0.1; returns text -> id."""
    with engine.begin() as conn:
        ensure_reference_data(conn)
        email = channel_ids(conn)["email"]
        cats = dict(conn.execute(select(category.c.code, category.c.id)).all())
        ids = {}
        for n, (text, code, conf, kind, kconf) in enumerate(
            [
                ("sure", "delivery", 0.9, "complaint", 0.95),
                ("unsure", "billing", 0.3, "question", 0.2),
                ("middle", "staff", 0.5, "praise", 0.7),
                ("lost", "pricing", 0.1, "suggestion", 0.4),
            ]
        ):
            ids[text] = conn.execute(
                insert(feedback_item)
                .values(
                    channel_id=email,
                    kind=kind,
                    text=text,
                    received_at=dt.datetime(2026, 1, 1, n),
                    category_id=cats[code],
                    category_confidence=conf,
                    kind_confidence=kconf,
                )
                .returning(feedback_item.c.id)
            ).scalar_one()
    return ids


def test_queue_least_confident_first(engine: Engine, suggested: dict[str, int]) -> None:
    with engine.connect() as conn:
        queue = review_queue(conn, "category", threshold=0.6)
        assert [r.text for r in queue] == ["lost", "unsure", "middle"]
        assert [r.suggestion for r in queue] == ["pricing", "billing", "staff"]
        assert count_for_review(conn, "category", 0.6) == 3
        assert [r.text for r in review_queue(conn, "kind", threshold=0.6)] == ["unsure", "lost"]


def test_confirm_and_correct(engine: Engine, suggested: dict[str, int]) -> None:
    assert review(engine, suggested["lost"], "category") == "accepted"
    assert review(engine, suggested["unsure"], "category", label="delivery") == "corrected"
    assert review(engine, suggested["middle"], "category", label="staff") == "accepted"
    assert review(engine, suggested["unsure"], "kind", label="complaint") == "corrected"
    with engine.connect() as conn:
        assert review_queue(conn, "category", threshold=0.6) == []
        row = conn.execute(
            select(
                category.c.code,
                feedback_item.c.category_confirmed,
                feedback_item.c.kind,
                feedback_item.c.kind_confirmed,
                feedback_item.c.version,
            )
            .join(category, category.c.id == feedback_item.c.category_id)
            .where(feedback_item.c.id == suggested["unsure"])
        ).one()
        assert tuple(row) == ("delivery", True, "complaint", True, 3)
        # By hand: category 2 of 3 accepted; kind 0 of 1; overall 2 of 4.
        assert acceptance_rate(conn, "category") == {"reviewed": 3, "accepted": 2, "rate": 2 / 3}
        assert acceptance_rate(conn, "kind") == {"reviewed": 1, "accepted": 0, "rate": 0.0}
        assert acceptance_rate(conn) == {"reviewed": 4, "accepted": 2, "rate": 0.5}
        events = conn.execute(select(audit_event.c.action).order_by(audit_event.c.id)).scalars().all()
        assert events == ["category_accepted", "category_corrected", "category_accepted", "kind_corrected"]


def test_bad_labels_are_refused(engine: Engine, suggested: dict[str, int]) -> None:
    with pytest.raises(InvalidValue, match="no such category"):
        review(engine, suggested["lost"], "category", label="nonsense")
    with pytest.raises(InvalidValue, match="no such kind"):
        review(engine, suggested["lost"], "kind", label="nonsense")
    with pytest.raises(InvalidValue):
        review(engine, suggested["lost"], "colour")
    with engine.connect() as conn:
        assert acceptance_rate(conn) == {"reviewed": 0, "accepted": 0, "rate": None}
