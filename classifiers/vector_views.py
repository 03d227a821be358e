"""Dense views of a text for the classifier: one vector per text, for the languages a model knows.

A vector model trained on some languages places texts of the others at random:
Persian complaints encoded by the multilingual sentence encoder cost SentiPers
accuracy (0.681 -> 0.673). So each view names its languages
(``classifiers.language``) and gives the other texts zeros, which leave their
score to the TF-IDF views.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np
from sklearn.base import BaseEstimator, TransformerMixin

from classifiers.language import detect_language


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

    def transform(self, texts: Sequence[str]) -> np.ndarray:
        rows = [n for n, text in enumerate(texts) if detect_language(text) in self.languages]
        out = np.zeros((len(texts), self.width), dtype=np.float64)
        if rows:
            out[rows] = self.vectors([texts[n] for n in rows]) * self.weight
        return out

    def vectors(self, texts: Sequence[str]) -> np.ndarray:
        """One unit-length vector per text."""
        raise NotImplementedError
