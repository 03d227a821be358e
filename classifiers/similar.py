"""Similar items: the feedback items and improvements that say the same thing as a text.

First version, and what it does not do yet:

- Documents are compared as TF-IDF vectors of character 3-5 grams of the
  normalised text (cosine similarity). That finds near-copies with small
  edits, dropped or swapped words, and different spellings of one word
  (ё/е, ي/ی, ZWNJ) in the same language. It does not match a Russian item
  with its English translation: that needs a multilingual sentence-embedding
  model, which no default dependency ships (a later optional extra).
- The index lives in memory and is built from the database in the background
  (``build_from_db``); one look-up is a sparse product with one column per
  n-gram of the query, a few ms at 10^4-10^5 documents. The issue's scale
  target (100,000 new items against 1,000,000 in <= 30 s, recall >= 0.99) needs
  rare-n-gram blocking before scoring, not yet done; ``bench`` has no figure
  for it yet.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer
from sqlalchemy import Engine, select

from app.tasks import TaskState
from classifiers.normalize import normalize
from db.tables import feedback_item, improvement

BATCH = 20_000


@dataclass(frozen=True)
class Match:
    kind: str  # "item" or "improvement"
    id: int
    score: float  # cosine similarity, 0..1


class SimilarityIndex:
    def __init__(self, keys: Sequence[tuple[str, int]], texts: Sequence[str]) -> None:
        self.keys = list(keys)
        self.vectorizer = TfidfVectorizer(
            preprocessor=normalize,
            analyzer="char_wb",
            ngram_range=(3, 5),
            sublinear_tf=True,
            dtype=np.float32,
        )
        # CSC: a query touches only the columns of its own n-grams.
        self.matrix = self.vectorizer.fit_transform(texts).tocsc() if texts else None

    def similar(self, text: str, limit: int = 10, min_score: float = 0.3) -> list[Match]:
        """The indexed documents most like ``text``, best first."""
        if self.matrix is None:
            return []
        return self._top(self._scores(self.vectorizer.transform([text])), limit, min_score)

    def similar_to(self, key: tuple[str, int], limit: int = 10, min_score: float = 0.3) -> list[Match]:
        """The documents most like the indexed document ``key`` (itself left out)."""
        position = self._positions.get(key)
        if position is None or self.matrix is None:
            return []
        scores = self._scores(self.matrix[[position]])
        scores[position] = -1.0
        return self._top(scores, limit, min_score)

    def _scores(self, query: Any) -> np.ndarray:
        assert self.matrix is not None
        return (self.matrix @ query.T).toarray().ravel()  # type: ignore[no-any-return]

    def _top(self, scores: np.ndarray, limit: int, min_score: float) -> list[Match]:
        count = min(limit, len(scores))
        best = np.argpartition(-scores, count - 1)[:count]
        best = best[np.argsort(-scores[best], kind="stable")]
        return [
            Match(self.keys[n][0], self.keys[n][1], round(float(scores[n]), 4))
            for n in best
            if scores[n] >= min_score
        ]

    @property
    def _positions(self) -> dict[tuple[str, int], int]:
        if not hasattr(self, "_position_map"):
            self._position_map = {key: n for n, key in enumerate(self.keys)}
        return self._position_map


def build_from_db(engine: Engine, state: TaskState | None = None) -> SimilarityIndex:
    """Every feedback item that is not itself a duplicate, and every improvement (title + description)."""
    state = state or TaskState()
    keys: list[tuple[str, int]] = []
    texts: list[str] = []
    with engine.connect() as conn:
        for row in conn.execute(select(improvement.c.id, improvement.c.title, improvement.c.description)):
            keys.append(("improvement", row.id))
            texts.append(f"{row.title}\n{row.description or ''}")
        last = 0
        while True:
            rows = conn.execute(
                select(feedback_item.c.id, feedback_item.c.text)
                .where(feedback_item.c.id > last, feedback_item.c.duplicate_of_id.is_(None))
                .order_by(feedback_item.c.id)
                .limit(BATCH)
            ).all()
            if not rows:
                break
            last = rows[-1].id
            keys += [("item", r.id) for r in rows]
            texts += [r.text for r in rows]
            state.progress(len(keys), len(keys) + BATCH)
    return SimilarityIndex(keys, texts)
