"""Dense views of a text for the classifier: one vector per text, for the languages a model knows.

A vector model trained on some languages places texts of the others at random:
Persian complaints encoded by the multilingual sentence encoder cost SentiPers
accuracy (0.681 -> 0.673). So each view names its languages
(``classifiers.language``) and gives the other texts zeros, which leave their
score to the TF-IDF views.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

import numpy as np
from sklearn.base import BaseEstimator, TransformerMixin

from classifiers.language import detect_language

CHUNK = 1000  # texts encoded at once: about 0.7 s of sentence vectors


class LanguageVectors(TransformerMixin, BaseEstimator):  # type: ignore[misc]
    """The vectors of the texts in ``languages``, times ``weight``; zeros for the others.

    Subclasses give ``width`` and ``vectors``; they keep their model outside the
    instance, so a pickled classifier names it instead of carrying it.
    """

    width: int

    def __init__(self, weight: float, languages: tuple[str, ...]) -> None:
        self.weight = weight
        self.languages = languages

    def fit(self, texts: Sequence[str], y: Any = None) -> LanguageVectors:
        return self

    def transform(self, texts: Sequence[str], between: Callable[[], None] | None = None) -> np.ndarray:
        """The vectors, ``CHUNK`` texts at a time; ``between()`` after each chunk (training's cancel
        check: the sentence vectors of 15,000 texts take about 10 s)."""
        rows = [n for n, text in enumerate(texts) if detect_language(text) in self.languages]
        out = np.zeros((len(texts), self.width), dtype=np.float64)
        for start in range(0, len(rows), CHUNK):
            chunk = rows[start : start + CHUNK]
            out[chunk] = self.vectors([texts[n] for n in chunk]) * self.weight
            if between is not None:
                between()
        return out

    def vectors(self, texts: Sequence[str]) -> np.ndarray:
        """One unit-length vector per text."""
        raise NotImplementedError
