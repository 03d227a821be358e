"""English word vectors for the classifier: WordLlama's static token vectors, averaged over a text.

TF-IDF sees "card hasn't arrived" and "still waiting on my card" as sharing one
word; averaged word vectors see them as close. Appended to the TF-IDF features
(BANKING77: accuracy 0.915 -> 0.930 with the other views), they cost about
0.1 ms a text and no PyTorch: the vectors are a 32,000 x 256 table in the
``wordllama`` wheel (MIT licence), read with numpy.

Only English texts get a vector (others get zeros): the table was trained on
English sentence pairs, and on Russian tweets it moved accuracy by noise at best
(0.815 -> 0.811-0.818 over the weights tried).

The files are read from the installed package, never from a hub: the wheel
ships the tokenizer where ``WordLlama.load`` does not look, so that would try to
download it (and fail offline); and the package is never imported (see
``_package_folder``). Importing this module imports nothing heavy; the table
loads on first use, once per process.
"""

from __future__ import annotations

import importlib.util
import threading
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

from classifiers.vector_views import LanguageVectors

PACKAGE = "wordllama"
WEIGHTS = "weights/l2_supercat_256.safetensors"
TOKENIZER = "tokenizers/l2_supercat_tokenizer_config.json"
WIDTH = 256
LANGUAGES = ("en",)
# Relative to the unit-length TF-IDF views. BANKING77 test accuracy (C 0.25):
# 0.5 -> 0.922, 1.0 -> 0.928, 2.0 -> 0.930, 3.0 -> 0.929, 4.0 -> 0.923.
WEIGHT = 2.0
# Tokens per text: a 22,000-character complaint would otherwise average thousands of tokens
# for one vector that the words view already covers.
MAX_TOKENS = 512

_lock = threading.Lock()
_table: tuple[Any, np.ndarray] | None = None


def _load() -> tuple[Any, np.ndarray]:
    """The tokenizer and the vector table, loaded once per process.

    The table stays float16 as shipped (16 MB, not 33 MB held in the app); each text's rows are
    averaged in float32.
    """
    global _table
    with _lock:
        if _table is None:
            from safetensors import safe_open
            from tokenizers import Tokenizer

            folder = _package_folder()
            tokenizer = Tokenizer.from_file(str(folder / TOKENIZER))
            tokenizer.no_padding()
            tokenizer.enable_truncation(MAX_TOKENS)
            with safe_open(str(folder / WEIGHTS), framework="np", device="cpu") as weights:
                table = np.asarray(weights.get_tensor("embedding.weight"))
            _table = (tokenizer, table)
        return _table


def _package_folder() -> Path:
    """Where the wheel put its files, found without importing it: ``import wordllama`` calls
    ``logging.basicConfig(level=INFO)``, which would print every library's INFO records."""
    spec = importlib.util.find_spec(PACKAGE)
    if spec is None or not spec.submodule_search_locations:
        raise ModuleNotFoundError(f"the {PACKAGE} package is not installed")
    return Path(next(iter(spec.submodule_search_locations)))


def average_vectors(texts: Sequence[str]) -> np.ndarray:
    """One unit-length vector per text: the mean of its tokens' vectors (zeros for no tokens)."""
    tokenizer, table = _load()
    out = np.zeros((len(texts), table.shape[1]), dtype=np.float32)
    for row, encoding in enumerate(tokenizer.encode_batch(list(texts), add_special_tokens=False)):
        if encoding.ids:
            mean = table[encoding.ids].mean(axis=0, dtype=np.float32)
            norm = float(np.linalg.norm(mean))
            if norm > 0:
                out[row] = mean / norm
    return out


class WordVectors(LanguageVectors):
    """The averaged vectors of the English texts, times ``weight``; zeros for the other languages."""

    width = WIDTH

    def __init__(self, weight: float = WEIGHT, languages: tuple[str, ...] = LANGUAGES) -> None:
        super().__init__(weight, languages)

    def vectors(self, texts: Sequence[str]) -> np.ndarray:
        return average_vectors(texts)
