"""The review queue: least confident first, one key to confirm or correct, the acceptance rate."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from sqlalchemy import Engine, event, insert, select

from app.classification_review import (
    acceptance_rate,
    count_for_review,
    label_names,
    model_quality,
    review,
    review_queue,
)
from app.errors import InvalidValue
from app.reference_data import channel_ids, ensure_reference_data
from db.tables import audit_event, category, classifier_model, feedback_item


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


def test_keyset_pages_follow_the_queue(engine: Engine, suggested: dict[str, int]) -> None:
    with engine.connect() as conn:
        whole = review_queue(conn, "category", threshold=0.95)
        first = review_queue(conn, "category", threshold=0.95, limit=2)
        rest = review_queue(conn, "category", threshold=0.95, after=(first[-1].confidence, first[-1].item_id))
        assert first + rest == whole
        assert [r.text for r in whole] == ["lost", "unsure", "middle", "sure"]
        assert label_names(conn, "category")["billing"] == "Billing and payments"
        assert label_names(conn, "kind")["praise"] == "praise"


def test_the_queue_reads_its_index(engine: Engine) -> None:
    """The planner proves that the partial indexes of migration 0007 serve page and count.

    On PostgreSQL a tiny table is scanned anyway, so sequential and bitmap scans
    are switched off: the index is then used only if its WHERE is implied by the query's.
    """
    statements: list[tuple[str, object]] = []

    def remember(_conn, _cursor, statement, parameters, _context, _many):  # type: ignore[no-untyped-def]
        if statement.startswith("SELECT"):
            statements.append((statement, parameters))

    sqlite = engine.dialect.name == "sqlite"
    with engine.connect() as conn:
        event.listen(conn, "before_cursor_execute", remember)
        for target in ("category", "kind"):
            review_queue(conn, target, limit=50)
            review_queue(conn, target, limit=50, after=(0.1, 7))
            count_for_review(conn, target)
        event.remove(conn, "before_cursor_execute", remember)
        assert len(statements) == 6
        if not sqlite:
            conn.exec_driver_sql("SET enable_seqscan = off")
            conn.exec_driver_sql("SET enable_bitmapscan = off")
        for n, (statement, parameters) in enumerate(statements):
            explain = "EXPLAIN QUERY PLAN" if sqlite else "EXPLAIN"
            plan = " ".join(
                str(row[-1]) for row in conn.exec_driver_sql(f"{explain} {statement}", parameters)
            )
            target = "category" if n < 3 else "kind"
            assert f"ix_feedback_item_{target}_review" in plan, plan
            assert "TEMP B-TREE" not in plan and " Sort " not in plan  # read in index order


def _store_model(engine: Engine, metrics: dict[str, object], labels: list[str]) -> None:
    with engine.begin() as conn:
        conn.execute(
            insert(classifier_model).values(
                target="category",
                file_name="category-x.pkl",
                sha256="0" * 64,
                labels=json.dumps(labels),
                training_size=20,
                trained_at=dt.datetime(2026, 5, 1, 12, 0),
                metrics=json.dumps(metrics),
                library_versions=json.dumps({"scikit-learn": "1.9.1"}),
                is_active=True,
            )
        )


def test_model_quality_by_hand(engine: Engine) -> None:
    with engine.connect() as conn:
        assert model_quality(conn, "category") is None
    # Rows: truth a, b, c; columns: predicted. 20 items tested.
    confusion = [[8, 2, 0], [1, 5, 0], [0, 3, 1]]
    _store_model(engine, {"cv_accuracy": 0.7, "cv_macro_f1": 0.6, "cv_confusion": confusion}, ["a", "b", "c"])
    with engine.connect() as conn:
        quality = model_quality(conn, "category")
    assert quality is not None
    assert quality.held_out == 20 and quality.training_size == 20
    assert quality.accuracy == pytest.approx(14 / 20)
    # By hand: a: P 8/9, R 8/10; b: P 5/10, R 5/6; c: P 1/1, R 1/4.
    a, b, c = quality.per_class
    assert (a.precision, a.recall, a.support) == (pytest.approx(8 / 9), 0.8, 10)
    assert (b.precision, b.recall, b.support) == (0.5, pytest.approx(5 / 6), 6)
    assert (c.precision, c.recall, c.support) == (1.0, 0.25, 4)
    f1 = [2 * p * r / (p + r) for p, r in [(8 / 9, 0.8), (0.5, 5 / 6), (1.0, 0.25)]]
    assert [x.f1 for x in quality.per_class] == pytest.approx(f1)
    assert quality.macro_f1 == pytest.approx(sum(f1) / 3)
    assert [(x.true_label, x.predicted, x.count) for x in quality.biggest_confusions(2)] == [
        ("c", "b", 3),
        ("a", "b", 2),
    ]
    assert quality.biggest_confusions(1)[0].share == 0.75
    assert [x.label for x in quality.weak_classes()] == ["c"]
    assert quality.verdict() == "unknown"  # 20 held out: too few to judge
    assert quality.library_versions == {"scikit-learn": "1.9.1"}


def test_model_quality_of_an_older_stored_model(engine: Engine) -> None:
    _store_model(engine, {"cv_accuracy": 0.93, "cv_macro_f1": 0.9}, ["a", "b"])
    with engine.connect() as conn:
        quality = model_quality(conn, "category")
    assert quality is not None
    assert (quality.accuracy, quality.macro_f1, quality.held_out, quality.per_class) == (0.93, 0.9, 0, [])
    assert quality.biggest_confusions() == [] and quality.verdict() == "unknown"
