"""Analyzers for three more TF-IDF views of a text: word pairs at a distance, punctuation, Russian lemmas.

Each is a plain function from a text to its terms (module level, so a pickled
classifier refers to them by name instead of carrying code). Figures are test
accuracy with the word and character views alone -> with this view added,
LinearSVC C 0.25 / 0.5.

- ``word_pairs``: two words two to four places apart ("card ... arrived",
  "не ... работает"), which word bigrams miss once a word sits between them.
  BANKING77 0.915/0.915 -> 0.918/0.919.
- ``punctuation``: runs of punctuation as written (":)", ")))", "!!!", "?"),
  which normalisation removes; Russian tweets smile with ")))" and frown with
  "(((". SentiRuEval 0.815/0.810 -> 0.814/0.821.
- ``russian_lemmas``: Cyrillic words as their dictionary form (pymorphy3 with
  the OpenCorpora dictionary: "пришла", "придёт" -> "прийти"), single and in
  pairs; other words are left to the other views. SentiRuEval -> 0.818/0.822,
  with punctuation 0.819/0.825.
"""

from __future__ import annotations

import itertools
import re
import threading
from functools import lru_cache
from typing import Any

from classifiers.normalize import normalize

PAIR_GAPS = range(2, 5)  # adjacent words are the words view's bigrams already
PAIR_HEAD = 1000  # characters: long narratives would otherwise give hundreds of thousands of pairs

_PUNCTUATION = re.compile(r"[^\w\s]+")
_REPEATS = re.compile(r"(.)\1{2,}")
_CYRILLIC = re.compile(r"[а-я]")  # normalised text is lower case, ё folded to е

_morph_lock = threading.Lock()
_morph: Any = None


def word_pairs(text: str) -> list[str]:
    words = normalize(text[:PAIR_HEAD]).split()
    return [f"{a}|{words[n + gap]}" for n, a in enumerate(words) for gap in PAIR_GAPS if n + gap < len(words)]


def punctuation(text: str) -> list[str]:
    """Punctuation runs (repeats capped at three), and whether a run smiles or frowns."""
    terms = []
    for run in _PUNCTUATION.findall(text[:PAIR_HEAD]):
        run = _REPEATS.sub(r"\1\1\1", run)
        terms.append(run)
        if ")" in run and "(" not in run:
            terms.append("<smile>")
        elif "(" in run and ")" not in run:
            terms.append("<frown>")
    return terms


def _analyzer() -> Any:
    global _morph
    with _morph_lock:
        if _morph is None:  # about 0.3 s and 15 MB: only when a Russian word first needs it
            import pymorphy3

            _morph = pymorphy3.MorphAnalyzer(lang="ru")
        return _morph


@lru_cache(maxsize=200_000)
def lemma(word: str) -> str:
    return str(_analyzer().parse(word)[0].normal_form)


def russian_lemmas(text: str) -> list[str]:
    lemmas = [lemma(word) for word in normalize(text[:PAIR_HEAD]).split() if _CYRILLIC.search(word)]
    return lemmas + [f"{a} {b}" for a, b in itertools.pairwise(lemmas)]
