"""Training from confirmed labels, persistence, reload, and the retrain path (both databases)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from labelled_samples import insert_items, sample_rows
from sqlalchemy import Engine, select

from app.tasks import Cancelled, TaskState
from classifiers import training, vector_views
from classifiers.pipeline import C_GRID, TextClassifier, build_features
from classifiers.sentence_vectors import SentenceVectors
from db.tables import category, classifier_model, feedback_item


def test_pipeline_predicts_with_confidence() -> None:
    rows = sample_rows(6)
    model = TextClassifier()
    report = model.fit([r["text"] for r in rows], [r["category"] for r in rows])
    assert report.cv_accuracy is not None and report.cv_accuracy > 0.9
    assert sum(sum(r) for r in report.cv_confusion) == len(rows)  # 3-fold: every row held out once
    tests = sample_rows(1, seed=7)
    predictions = model.predict([r["text"] for r in tests])
    assert [p.label for p in predictions] == [r["category"] for r in tests]
    assert all(0 < p.confidence <= 1 for p in predictions)
    assert model.predict_one("courier parcel late").label == "delivery"


def test_two_classes_and_tiny_data() -> None:
    model = TextClassifier()
    model.fit(["good", "bad", "very good", "very bad"], ["pos", "neg", "pos", "neg"])
    prediction = model.predict_one("good good")
    assert prediction.label == "pos"
    assert 0.5 < prediction.confidence <= 1


def test_progress_counts_each_view_and_a_cancel_waits_for_one_view_only() -> None:
    rows = sample_rows(2)
    texts, labels = [r["text"] for r in rows], [r["category"] for r in rows]
    seen: list[tuple[int, int]] = []
    TextClassifier().fit(
        texts, labels, TaskState(on_progress=lambda *step: seen.append(step), min_interval=0)
    )
    total = seen[-1][1]
    assert seen[0] == (0, total) and seen[-1] == (total, total)
    steps = [done for done, _ in seen]
    assert steps == sorted(steps) and set(steps) == set(range(total + 1))  # every step, in order
    views = [name for name, _ in build_features().transformer_list]
    # Each view, then (plain, rich) x C x 3 folds, then the last fit.
    assert total == len(views) + 2 * len(C_GRID) * 3 + 1

    cancelled = TextClassifier()
    state = TaskState(on_progress=lambda done, _total: state.cancel() if done == 1 else None, min_interval=0)
    with pytest.raises(Cancelled):  # raised when the second view reports
        cancelled.fit(texts, labels, state)
    built = dict(cancelled.features.transformer_list)  # type: ignore[union-attr]
    assert hasattr(built["chars"], "vocabulary_") and not hasattr(built["chars_across"], "vocabulary_")


def test_a_cancel_during_the_sentence_vectors_waits_for_one_chunk(monkeypatch: pytest.MonkeyPatch) -> None:
    texts = [
        f"my card number {n} has not arrived" if n % 2 else f"how do I top up {n} euros" for n in range(2500)
    ]
    labels = ["card" if n % 2 else "top up" for n in range(2500)]
    encoded: list[int] = []
    encode = SentenceVectors.vectors
    monkeypatch.setattr(
        SentenceVectors, "vectors", lambda self, chunk: encoded.append(len(chunk)) or encode(self, chunk)
    )
    views = [name for name, _ in build_features().transformer_list]
    before = views.index("sentence_vectors")  # steps done when the sentence vectors start
    state = TaskState(
        on_progress=lambda done, _total: state.cancel() if done == before else None, min_interval=0
    )
    with pytest.raises(Cancelled):
        TextClassifier().fit(texts, labels, state)
    assert encoded == [vector_views.CHUNK]  # not all 2,500


def test_train_store_reload(
    labelled_engine: Engine, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level("INFO", logger="kaizen.classifiers"):
        summary = training.train_models(labelled_engine, tmp_path)
    said = [r.getMessage() for r in caplog.records if r.name == "kaizen.classifiers"]
    assert any(m.startswith("category model ") and " trained on 90 of 90 confirmed items" in m for m in said)
    assert summary["category"]["trained"] and summary["kind"]["trained"]
    assert summary["category"]["training_size"] == summary["category"]["confirmed_items"] == 90
    with labelled_engine.connect() as conn:
        rows = conn.execute(select(classifier_model)).all()
    assert {r.target for r in rows} == {"category", "kind"}
    row = next(r for r in rows if r.target == "category")
    assert row.is_active and len(row.sha256) == 64
    assert json.loads(row.labels) == ["billing", "delivery", "pricing", "staff", "website_app"]
    assert json.loads(row.library_versions)["scikit-learn"]
    assert json.loads(row.metrics)["cv_accuracy"] > 0.9
    model = training.load_active(labelled_engine, "category", tmp_path)
    assert model is not None
    assert model.predict_one("с карты дважды списали деньги").label == "billing"

    # Retraining replaces the active model and removes the old file.
    training.train_models(labelled_engine, tmp_path, targets=("category",))
    with labelled_engine.connect() as conn:
        active = (
            conn.execute(
                select(classifier_model.c.file_name).where(
                    classifier_model.c.target == "category", classifier_model.c.is_active.is_(True)
                )
            )
            .scalars()
            .all()
        )
    assert len(active) == 1 and active[0] != row.file_name
    assert not (tmp_path / row.file_name).exists()


def test_tampered_model_is_retrained_not_loaded(labelled_engine: Engine, tmp_path: Path) -> None:
    training.train_models(labelled_engine, tmp_path)
    with labelled_engine.connect() as conn:
        name = conn.execute(
            select(classifier_model.c.file_name).where(
                classifier_model.c.target == "kind", classifier_model.c.is_active.is_(True)
            )
        ).scalar_one()
    path = tmp_path / name
    path.write_bytes(path.read_bytes() + b"x")
    assert training.load_active(labelled_engine, "kind", tmp_path) is None
    models = training.ensure_models(labelled_engine, tmp_path)
    assert models["kind"] is not None and models["category"] is not None
    assert models["kind"].predict_one("how much does the plan cost?").label == "question"


def test_cancel_leaves_nothing(
    labelled_engine: Engine, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    state = TaskState(on_progress=lambda done, total: state.cancel() if done > 0 else None, min_interval=0)
    with pytest.raises(Cancelled), caplog.at_level("INFO", logger="kaizen.classifiers"):
        training.train_models(labelled_engine, tmp_path / "models", state)
    assert "category model: training cancelled; the active model stays" in caplog.messages
    with labelled_engine.connect() as conn:
        assert conn.execute(select(classifier_model)).all() == []
    assert list((tmp_path / "models").glob("*")) == []


def test_training_takes_the_newest_items_and_some_of_every_label(
    engine: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    rows = sample_rows(6, seed=1)
    old = [row for row in rows if row["category"] == "billing"]  # billing items only long ago
    new = [row for row in rows if row["category"] != "billing"]
    insert_items(engine, old, confirmed=True)
    insert_items(engine, new, confirmed=True)
    monkeypatch.setattr(training, "MIN_PER_LABEL", 4)
    examples = training.confirmed_examples(engine, "category", limit=30)
    assert examples.confirmed == 90
    assert len(examples.texts) == len(examples.labels) == 34
    assert examples.texts[4:] == [row["text"] for row in new[-30:]]  # oldest first
    assert examples.texts[:4] == [row["text"] for row in old[-4:]]
    assert examples.labels[:4] == ["billing"] * 4
    everything = training.confirmed_examples(engine, "category")
    assert everything.texts == [row["text"] for row in old + new]


def test_too_few_labels_is_reported(engine: Engine, tmp_path: Path) -> None:
    insert_items(engine, sample_rows(1)[:5], confirmed=True)
    summary = training.train_models(engine, tmp_path)
    assert summary["category"]["trained"] is False
    assert "need" in summary["category"]["reason"]


def test_suggestions_fill_unconfirmed_fields_only(labelled_engine: Engine, tmp_path: Path) -> None:
    training.train_models(labelled_engine, tmp_path)
    new = sample_rows(1, seed=3)
    ids = insert_items(labelled_engine, [{**r, "language": None} for r in new], confirmed=False)
    models = training.ensure_models(labelled_engine, tmp_path)
    counts = training.suggest_labels(labelled_engine, models)
    assert counts["category"] == len(new) and counts["language"] == len(new)
    with labelled_engine.connect() as conn:
        got = conn.execute(
            select(
                feedback_item.c.id,
                category.c.code,
                feedback_item.c.category_confidence,
                feedback_item.c.kind,
                feedback_item.c.language,
                feedback_item.c.category_confirmed,
            )
            .join(category, category.c.id == feedback_item.c.category_id)
            .where(feedback_item.c.id.in_(ids))
            .order_by(feedback_item.c.id)
        ).all()
        confirmed_untouched = (
            conn.execute(
                select(feedback_item.c.category_confidence).where(
                    feedback_item.c.category_confirmed.is_(True)
                )
            )
            .scalars()
            .all()
        )
    assert [g.code for g in got] == [r["category"] for r in new]
    assert [g.language for g in got] == [r["language"] for r in new]
    assert all(0 < g.category_confidence <= 1 and not g.category_confirmed for g in got)
    assert set(confirmed_untouched) == {None}
