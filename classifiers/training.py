"""Train, store, load and apply the category and kind classifiers of the app's own data.

Training reads only labels a person confirmed (``category_confirmed`` /
``kind_confirmed``), so the model learns from the managers' corrections and
never from its own guesses. Every function here is plain: the window runs
them on its background pool with a ``TaskState``, ``kaizen train`` from the
command line. Each opens its own short database sessions.
"""

from __future__ import annotations

import json
import logging
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, bindparam, func, select, update

from app.tasks import Cancelled, TaskState
from classifiers import store
from classifiers.language import detect_language
from classifiers.pipeline import TextClassifier
from db.engine import sqlite_file
from db.tables import category, classifier_model, feedback_item, utcnow

log = logging.getLogger("kaizen.classifiers")

TARGETS = ("category", "kind")
MIN_TRAINING_ITEMS = 20  # fewer confirmed labels than this teach nothing useful
# A model learns from at most this many confirmed items, the newest: training time and memory
# grow with the rows (8,453 items: 30 s and 1.3 GB at the peak), and the newest corrections say
# most about today's categories and wording.
MAX_TRAINING_ITEMS = 15_000
# However old they are, each label keeps this many examples, so a rare category is not forgotten.
MIN_PER_LABEL = 50
_IDS_PER_QUERY = 900  # under SQLite's oldest limit of bound parameters in one statement
BATCH = 1000


def default_model_dir(engine: Engine) -> Path:
    """Beside a SQLite file (the model belongs to its data), else in the user data folder."""
    database = sqlite_file(engine)
    if database is not None:
        return database.resolve().parent / "models"
    import platformdirs

    return Path(platformdirs.user_data_dir("KaizenDesk", appauthor=False)) / "models"


@dataclass(frozen=True)
class Examples:
    """What a model learns from: texts, their confirmed labels, and how many were confirmed in all."""

    texts: list[str]
    labels: list[str]
    confirmed: int


def confirmed_examples(engine: Engine, target: str, limit: int | None = None) -> Examples:
    """The newest ``limit`` (``MAX_TRAINING_ITEMS``) texts with the labels a person confirmed (category
    codes, or kinds).

    Each label also keeps its newest ``MIN_PER_LABEL`` examples when they are older than the
    rest, so a rare category stays in the model. Returned oldest first.
    """
    t = feedback_item
    if target == "category":
        query = select(t.c.id, category.c.code).join(category, category.c.id == t.c.category_id)
        confirmed = t.c.category_confirmed.is_(True)
    elif target == "kind":
        query, confirmed = select(t.c.id, t.c.kind), t.c.kind_confirmed.is_(True)
    else:
        raise ValueError(f"unknown target {target!r}")
    query = query.where(confirmed, t.c.duplicate_of_id.is_(None))
    with engine.connect() as conn:
        newest_first = conn.execute(query.order_by(t.c.id.desc())).all()
        kept = _kept_ids(newest_first, MAX_TRAINING_ITEMS if limit is None else limit)
        text_of: dict[int, str] = {}
        for start in range(0, len(kept), _IDS_PER_QUERY):
            chunk = kept[start : start + _IDS_PER_QUERY]
            text_of.update(conn.execute(select(t.c.id, t.c.text).where(t.c.id.in_(chunk))).all())
    label_of: dict[int, str] = dict(newest_first)
    ids = sorted(text_of)
    return Examples([text_of[i] for i in ids], [label_of[i] for i in ids], len(newest_first))


def _kept_ids(newest_first: Sequence[Any], limit: int) -> list[int]:
    kept = [row[0] for row in newest_first[:limit]]
    per_label = Counter(row[1] for row in newest_first[:limit])
    for item_id, label in newest_first[limit:]:
        if per_label[label] < MIN_PER_LABEL:
            per_label[label] += 1
            kept.append(item_id)
    return kept


def train_models(
    engine: Engine,
    model_dir: Path | None = None,
    state: TaskState | None = None,
    targets: tuple[str, ...] = TARGETS,
) -> dict[str, Any]:
    """Train each target, store the files, make them the active models; a summary per target."""
    state = state or TaskState()
    model_dir = model_dir or default_model_dir(engine)
    summary: dict[str, Any] = {}
    for position, target in enumerate(targets):
        examples = confirmed_examples(engine, target)
        texts, labels = examples.texts, examples.labels
        if len(texts) < MIN_TRAINING_ITEMS or len(set(labels)) < 2:
            summary[target] = {
                "trained": False,
                "reason": f"{len(texts)} confirmed items with {len(set(labels))} different labels; "
                f"need {MIN_TRAINING_ITEMS} and 2",
            }
            log.info("%s model not trained: %s", target, summary[target]["reason"])
            continue

        def part(done: int, total: int, position: int = position) -> None:
            state.progress(position * 100 + int(100 * done / max(total, 1)), 100 * len(targets))

        model = TextClassifier()
        try:
            report = model.fit(texts, labels, TaskState(on_progress=part, min_interval=0))
            state.progress(position * 100 + 100, 100 * len(targets))  # raises Cancelled before storing
        except Cancelled:
            log.info("%s model: training cancelled; the active model stays", target)
            raise
        metrics = report.as_dict() | {"confirmed_items": examples.confirmed}
        model_id = _store(engine, model_dir, target, model, metrics)
        summary[target] = {
            "trained": True,
            "model_id": model_id,
            "training_size": report.training_size,
            "confirmed_items": examples.confirmed,
            "labels": len(report.labels),
            "cv_accuracy": report.cv_accuracy,
            "cv_macro_f1": report.cv_macro_f1,
            "fit_seconds": report.fit_seconds,
        }
        log.info(
            "%s model %d trained on %d of %d confirmed items, %d labels, in %.1f s: held-out accuracy %s,"
            " macro-F1 %s (%s views, C %s)",
            target,
            model_id,
            report.training_size,
            examples.confirmed,
            len(report.labels),
            report.fit_seconds,
            report.cv_accuracy,
            report.cv_macro_f1,
            "rich" if report.rich_views else "plain",
            report.c,
        )
    return summary


def _store(
    engine: Engine, model_dir: Path, target: str, model: TextClassifier, metrics: dict[str, Any]
) -> int:
    stored = store.save(model, model_dir, target)
    old_files: list[str] = []
    try:
        with engine.begin() as conn:
            m = classifier_model
            old_files = list(
                conn.execute(
                    select(m.c.file_name).where(m.c.target == target, m.c.is_active.is_(True))
                ).scalars()
            )
            conn.execute(update(m).where(m.c.target == target).values(is_active=False))
            model_id = conn.execute(
                m.insert()
                .values(
                    target=target,
                    file_name=stored.path.name,
                    sha256=stored.sha256,
                    labels=json.dumps(model.labels, ensure_ascii=False),
                    training_size=metrics["training_size"],
                    trained_at=utcnow(),
                    metrics=json.dumps(metrics, ensure_ascii=False),
                    library_versions=json.dumps(store.library_versions()),
                    is_active=True,
                )
                .returning(m.c.id)
            ).scalar_one()
    except BaseException:
        store.remove(stored.path)  # no row points at it: it must not linger
        raise
    for name in old_files:  # rows stay as history of the metrics; the files go
        store.remove(model_dir / name)
    return int(model_id)


def load_active(engine: Engine, target: str, model_dir: Path | None = None) -> TextClassifier | None:
    """The active model of ``target``, verified; ``None`` when there is none or it cannot be trusted."""
    model_dir = model_dir or default_model_dir(engine)
    m = classifier_model
    with engine.connect() as conn:
        row = conn.execute(
            select(m.c.file_name, m.c.sha256).where(m.c.target == target, m.c.is_active.is_(True))
        ).first()
    if row is None:
        return None
    if Path(row.file_name).name != row.file_name:  # a name only, never a path elsewhere
        log.warning("model row for %s names a path, not a file; ignored", target)
        return None
    try:
        model = store.load(model_dir / row.file_name, row.sha256)
    except store.ModelUnavailable as exc:
        log.warning("%s; it will be retrained", exc)
        return None
    return model if isinstance(model, TextClassifier) else None


def ensure_models(
    engine: Engine, model_dir: Path | None = None, state: TaskState | None = None
) -> dict[str, TextClassifier | None]:
    """Load each target's model; retrain the ones that are missing or no longer load."""
    models = {target: load_active(engine, target, model_dir) for target in TARGETS}
    missing = tuple(target for target, model in models.items() if model is None)
    if missing:
        train_models(engine, model_dir, state, targets=missing)
        models.update({target: load_active(engine, target, model_dir) for target in missing})
    return models


def _unconfirmed(engine: Engine) -> Iterator[list[Any]]:
    t = feedback_item
    last = 0
    while True:
        with engine.connect() as conn:
            rows = conn.execute(
                select(t.c.id, t.c.text, t.c.language, t.c.category_confirmed, t.c.kind_confirmed)
                .where(t.c.id > last)
                .where((t.c.category_confirmed.is_(False)) | (t.c.kind_confirmed.is_(False)))
                .order_by(t.c.id)
                .limit(BATCH)
            ).all()
        if not rows:
            return
        last = rows[-1].id
        yield list(rows)


def suggest_labels(
    engine: Engine, models: dict[str, TextClassifier | None], state: TaskState | None = None
) -> dict[str, int]:
    """Write predictions and confidences into every unconfirmed field; fill a missing language.

    A field a person confirmed is never overwritten, also when they confirm
    it while this runs (the UPDATE checks the flag again).
    """
    state = state or TaskState()
    t = feedback_item
    with engine.connect() as conn:
        total = conn.execute(
            select(func.count()).where((t.c.category_confirmed.is_(False)) | (t.c.kind_confirmed.is_(False)))
        ).scalar_one()
        category_ids = dict(conn.execute(select(category.c.code, category.c.id)).all())
    counts = {"category": 0, "kind": 0, "language": 0}
    done = 0
    for rows in _unconfirmed(engine):
        texts = [r.text for r in rows]
        with engine.begin() as conn:
            for target, model in models.items():
                if model is None:
                    continue
                todo = [
                    (r, p)
                    for r, p in zip(rows, model.predict(texts), strict=True)
                    if not getattr(r, f"{target}_confirmed")
                ]
                params = [
                    {
                        "b_id": r.id,
                        "b_value": category_ids.get(p.label) if target == "category" else p.label,
                        "b_conf": p.confidence,
                    }
                    for r, p in todo
                ]
                params = [p for p in params if p["b_value"] is not None]  # a category since deleted
                if params:
                    value_column = "category_id" if target == "category" else "kind"
                    conn.execute(
                        update(t)
                        .where(t.c.id == bindparam("b_id"), t.c[f"{target}_confirmed"].is_(False))
                        .values(
                            {
                                value_column: bindparam("b_value"),
                                f"{target}_confidence": bindparam("b_conf"),
                                "version": t.c.version + 1,
                            }
                        ),
                        params,
                    )
                    counts[target] += len(params)
            languages = [
                {"b_id": r.id, "b_lang": lang}
                for r in rows
                if r.language is None and (lang := detect_language(r.text)) is not None
            ]
            if languages:
                conn.execute(
                    update(t).where(t.c.id == bindparam("b_id")).values(language=bindparam("b_lang")),
                    languages,
                )
                counts["language"] += len(languages)
        done += len(rows)
        state.progress(done, total)
    return counts


def _phase(state: TaskState, start: int, span: int, scale: int = 100) -> TaskState:
    """A ``TaskState`` for one phase of a longer task: its progress maps into ``start..start+span``."""

    def report(done: int, total: int) -> None:
        state.progress(start + int(span * done / max(total, 1)), scale)

    phase = TaskState(on_progress=report, min_interval=0)
    if state.is_cancelled:
        phase.cancel()
    return phase


def train_and_suggest(
    engine: Engine, model_dir: Path | None = None, state: TaskState | None = None
) -> dict[str, Any]:
    """Train on the confirmed labels, then write the new models' suggestions into unconfirmed fields.

    The review queue then shows what the new models think. Cancelling during
    training leaves the old models and suggestions as they were.
    """
    state = state or TaskState()
    summary = train_models(engine, model_dir, _phase(state, 0, 70))
    models = {target: load_active(engine, target, model_dir) for target in TARGETS}
    summary["suggested"] = suggest_labels(engine, models, _phase(state, 70, 30))
    state.progress(100, 100)
    return summary


def classify_unconfirmed(
    engine: Engine, model_dir: Path | None = None, state: TaskState | None = None
) -> dict[str, Any]:
    """``kaizen classify``: load the models (retrain one that no longer loads); predict unconfirmed fields."""
    state = state or TaskState()
    trained_before = _active_ids(engine)
    models = ensure_models(engine, model_dir, _phase(state, 0, 50))
    counts = suggest_labels(engine, models, _phase(state, 50, 50))
    retrained = sorted(t for t, model_id in _active_ids(engine).items() if trained_before.get(t) != model_id)
    return {
        "models": {target: model is not None for target, model in models.items()},
        "retrained": retrained,
        "suggested": counts,
    }


def _active_ids(engine: Engine) -> dict[str, int]:
    m = classifier_model
    with engine.connect() as conn:
        return dict(conn.execute(select(m.c.target, m.c.id).where(m.c.is_active.is_(True))).all())
