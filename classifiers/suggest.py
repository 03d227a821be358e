"""The capture form's suggester: the trained models, loaded on first use.

Built when the capture window opens, it imports nothing heavy; the first
suggestion (which runs off the GUI thread, like every one) loads
scikit-learn and the verified active models. Without a trained model it
suggests nothing and the form works as before.
"""

from __future__ import annotations

import logging
import threading
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, select

from app.capture import Suggestion
from db.tables import category

log = logging.getLogger("kaizen.classifiers")


class ModelSuggester:
    """Callable ``text -> Suggestion | None`` over the app's active classifiers."""

    def __init__(self, engine: Engine, model_dir: Path | None = None) -> None:
        self._engine = engine
        self._model_dir = model_dir
        self._lock = threading.Lock()  # two quick keystrokes must not load the models twice
        self._models: dict[str, Any] | None = None
        self._category_ids: dict[str, int] = {}

    def _load(self) -> dict[str, Any]:
        with self._lock:
            if self._models is None:
                from classifiers.training import TARGETS, load_active

                self._models = {
                    target: load_active(self._engine, target, self._model_dir) for target in TARGETS
                }
                with self._engine.connect() as conn:
                    self._category_ids = dict(conn.execute(select(category.c.code, category.c.id)).all())
                log.info("suggestions from: %s", [t for t, m in self._models.items() if m is not None])
            return self._models

    def __call__(self, text: str) -> Suggestion | None:
        if not text.strip():
            return None
        models = self._load()
        kind_model, category_model = models.get("kind"), models.get("category")
        if kind_model is None and category_model is None:
            return None
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
