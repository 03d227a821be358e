"""Suggestions from the trained models, loaded once per database and shared.

Importing this module imports nothing heavy. The first call that needs a model
(a capture suggestion, the review queue's alternatives, or ``preload`` which
the window starts shortly after its first paint) imports scikit-learn and
loads the verified active models, off the GUI thread like every call here.
Later calls reuse them until another model becomes active (trained from the
window or from the command line), which a cheap query notices. Without a
trained model nothing is suggested and the forms work as before.
"""

from __future__ import annotations

import logging
import threading
import weakref
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, select

from app.capture import Suggestion
from app.tasks import TaskState
from db.tables import category, classifier_model

log = logging.getLogger("kaizen.classifiers")

TARGETS = ("category", "kind")

# engine -> model folder -> {target: (active model id, model or None)}
_loaded: weakref.WeakKeyDictionary[Engine, dict[str, dict[str, tuple[int | None, Any]]]] = (
    weakref.WeakKeyDictionary()
)
_lock = threading.Lock()  # two quick keystrokes must not load the models twice


def _active_ids(engine: Engine) -> dict[str, int]:
    m = classifier_model
    with engine.connect() as conn:
        return dict(conn.execute(select(m.c.target, m.c.id).where(m.c.is_active.is_(True))).all())


def models_loaded(engine: Engine, model_dir: Path | None = None) -> bool:
    """True once ``load_models`` has run for this database (no database query, no import)."""
    return str(model_dir) in _loaded.get(engine, {})


def load_models(engine: Engine, model_dir: Path | None = None) -> dict[str, Any]:
    """The active, verified model of each target (None where there is none or it cannot be trusted)."""
    active = _active_ids(engine)
    with _lock:
        per_folder = _loaded.setdefault(engine, {})
        cached = per_folder.get(str(model_dir), {})
        current: dict[str, tuple[int | None, Any]] = {}
        for target in TARGETS:
            wanted, hit = active.get(target), cached.get(target)
            if hit is not None and hit[0] == wanted:
                current[target] = hit
            elif wanted is None:
                current[target] = (None, None)
            else:
                from classifiers.training import load_active  # scikit-learn: here, in a worker

                current[target] = (wanted, load_active(engine, target, model_dir))
                log.info("%s model %s loaded: %s", target, wanted, current[target][1] is not None)
        per_folder[str(model_dir)] = current
        return {target: model for target, (_id, model) in current.items()}


def preload(_state: TaskState, engine: Engine, model_dir: Path | None = None) -> bool:
    """Runs in a worker after the window's first paint; True if any model is there."""
    models = [model for model in load_models(engine, model_dir).values() if model is not None]
    for model in models:
        model.warm_up()
    return bool(models)


def ranked(model: Any, texts: list[str], limit: int) -> list[list[tuple[str, float]]]:
    """The ``limit`` most likely labels of each text with their confidence, best first."""
    if not texts:
        return []
    from classifiers.pipeline import softmax

    probabilities = softmax(model.decision_scores(texts), model.temperature)
    order = (-probabilities).argsort(axis=1)[:, :limit]
    return [
        [(model.labels[k], round(float(probabilities[n, k]), 4)) for k in row] for n, row in enumerate(order)
    ]


def alternatives(
    engine: Engine, target: str, texts: list[str], limit: int = 5, model_dir: Path | None = None
) -> list[list[tuple[str, float]]] | None:
    """For the review queue: each text's likeliest labels; None when no model of ``target`` is trained."""
    model = load_models(engine, model_dir).get(target)
    return ranked(model, texts, limit) if model is not None else None


class ModelSuggester:
    """Callable ``text -> Suggestion | None`` over the app's active classifiers."""

    def __init__(self, engine: Engine, model_dir: Path | None = None) -> None:
        self._engine = engine
        self._model_dir = model_dir
        self._category_ids: dict[str, int] | None = None

    @property
    def is_ready(self) -> bool:
        """False while the models have not been loaded yet (the form may say "model loading…")."""
        return models_loaded(self._engine, self._model_dir)

    def __call__(self, text: str) -> Suggestion | None:
        if not text.strip():
            return None
        models = load_models(self._engine, self._model_dir)
        kind_model, category_model = models.get("kind"), models.get("category")
        if kind_model is None and category_model is None:
            return None
        if self._category_ids is None:
            with self._engine.connect() as conn:
                self._category_ids = dict(conn.execute(select(category.c.code, category.c.id)).all())
        kind = kind_model.predict([text])[0] if kind_model is not None else None
        category_guess = category_model.predict([text])[0] if category_model is not None else None
        category_id = self._category_ids.get(category_guess.label) if category_guess is not None else None
        return Suggestion(
            kind=kind.label if kind is not None else None,
            kind_confidence=kind.confidence if kind is not None else None,
            category_id=category_id,
            category_confidence=category_guess.confidence
            if category_id is not None and category_guess
            else None,
        )
