"""Similar items across English, Russian and Persian: the same complaint or idea in another language.

A second pass after the word matches of ``classifiers.similar``: a text's
*concept set* (``classifiers.service_concepts``: "card", "arrive", "late" ...)
is compared with the concept sets of the indexed documents written in the
other two languages. The score is a weighted Jaccard of the two sets, each
concept weighted by how rare it is among the indexed documents (idf, frozen
when first computed), so "card" + "arrive" says more than "please" + "order".
A pair is offered only when it shares at least ``MIN_SHARED`` concepts and
scores at least ``MIN_SCORE`` (higher than a word match needs: concepts are
coarse), and only across languages (within one language the word pass is
more precise). Callers rank these matches after the word matches.

It rides on the word index: each vocabulary word is mapped to a concept and
a script once, and each segment's groups (texts with the same words) get a
sparse group x concept matrix the first time they are searched, so nothing
is tokenised twice and new segments cost only their own groups. Measured on
the hand-written set in tests/classifiers/cross_language_cases.py (51 cases
x 3 languages, 30 distractors): ``python -m bench.cross_language``.

A document's language is the script most of its words are written in
(Cyrillic: ru, Arabic script: fa, Latin: en; ties go to ru and fa, as in
``classifiers.language``).
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import islice

import numpy as np
from scipy import sparse

from classifiers.normalize import words
from classifiers.service_concepts import CONCEPT_IDS, word_concept
from classifiers.similar import KINDS, Match, SimilarityIndex

MIN_SCORE = 0.5  # weighted Jaccard of the concept sets
MIN_SHARED = 2  # one shared concept ("card") says nothing about what happened to it
LANGUAGES = ("en", "ru", "fa")
_TIE_ORDER = np.array([1, 2, 0])  # ru, fa, en: a tie of scripts goes to the non-Latin one


def _script(word: str) -> int:
    first = word[:1]
    if "\u0400" <= first <= "\u04ff":
        return 1
    if "\u0600" <= first <= "\u06ff" or "\ufb50" <= first <= "\ufeff":
        return 2
    if first.isascii() and first.isalpha():
        return 0
    return -1  # digits and the rest: no vote


def _majority(counts: np.ndarray) -> np.ndarray:
    """Language (0..2, -1 without letters) of each row of per-language word counts."""
    reordered = counts[:, _TIE_ORDER]
    best = _TIE_ORDER[np.argmax(reordered, axis=1)]
    return np.where(counts.sum(axis=1) > 0, best, -1).astype(np.int8)


@dataclass
class _Groups:
    """One segment's groups as concept sets."""

    matrix: sparse.csr_matrix  # group x concept, ones
    weight: np.ndarray  # sum of the group's concept weights
    language: np.ndarray  # by group, -1: none


class ConceptSearch:
    """Cross-language matches over a ``SimilarityIndex``; see the module docstring."""

    def __init__(self, index: SimilarityIndex) -> None:
        self.index = index
        self._concept_of = np.zeros(0, dtype=np.int16)  # by vocabulary word id, -1: none
        self._script_of = np.zeros(0, dtype=np.int8)
        self._weights: np.ndarray | None = None
        self._groups: list[tuple[object, _Groups]] = []  # (segment, its concept sets)

    def _sync_vocabulary(self) -> None:
        vocabulary = self.index.vocabulary.ids
        done = len(self._concept_of)
        if len(vocabulary) <= done:
            return
        new = list(islice(vocabulary, done, None))  # ids are given in insertion order
        concept = [CONCEPT_IDS.get(word_concept(w) or "", -1) for w in new]
        self._concept_of = np.concatenate([self._concept_of, np.array(concept, dtype=np.int16)])
        self._script_of = np.concatenate(
            [self._script_of, np.array([_script(w) for w in new], dtype=np.int8)]
        )

    def _segment_groups(self, segment: object) -> _Groups:
        for known, groups in self._groups:
            if known is segment:
                return groups
        self._sync_vocabulary()
        ptr, group_words = segment.group_ptr, segment.group_words  # type: ignore[attr-defined]
        owner = np.repeat(np.arange(len(ptr) - 1), np.diff(ptr))
        script = self._script_of[group_words]
        voted = script >= 0
        counts = np.bincount(owner[voted] * 3 + script[voted], minlength=3 * (len(ptr) - 1))
        language = _majority(counts.reshape(-1, 3))
        concept = self._concept_of[group_words].astype(np.int64)
        has = concept >= 0
        pairs = np.unique(owner[has] * len(CONCEPT_IDS) + concept[has])
        rows, cols = pairs // len(CONCEPT_IDS), pairs % len(CONCEPT_IDS)
        matrix = sparse.csr_matrix(
            (np.ones(len(pairs), dtype=np.float32), (rows, cols)), shape=(len(ptr) - 1, len(CONCEPT_IDS))
        )
        if self._weights is None:  # idf over the items of the first segment searched (the build)
            members = np.diff(segment.members_ptr).astype(np.float64)  # type: ignore[attr-defined]
            df = np.asarray(matrix.multiply(members[:, None]).sum(axis=0)).ravel()
            total = max(float(members.sum()), 1.0)
            self._weights = np.log((total + 1) / (df + 1)).astype(np.float32) + 0.1
        weight = np.asarray(matrix @ self._weights).ravel().astype(np.float32)
        groups = _Groups(matrix, weight, language)
        live = {id(s) for s in self.index.segments}
        self._groups = [(s, g) for s, g in self._groups if id(s) in live] + [(segment, groups)]
        return groups

    def query_concepts(self, text: str) -> tuple[np.ndarray, int]:
        """(concept ids, language) of a text as this search sees it."""
        found = words(text)
        concept_ids = {CONCEPT_IDS[c] for c in (word_concept(w) for w in found) if c is not None}
        scripts = np.array([_script(w) for w in found], dtype=np.int64)
        counts = np.bincount(scripts[scripts >= 0], minlength=3).reshape(1, 3)
        return np.array(sorted(concept_ids), dtype=np.int64), int(_majority(counts)[0])

    def similar(self, text: str, limit: int = 10, min_score: float = MIN_SCORE) -> list[Match]:
        """Indexed documents in another language with the concepts of ``text``, best first."""
        concepts, language = self.query_concepts(text)
        if len(concepts) < MIN_SHARED or language < 0 or not len(self.index.segments):
            return []
        found: list[tuple[float, int]] = []
        for segment, offset in zip(self.index.segments, self.index.offsets, strict=True):
            groups = self._segment_groups(segment)
            assert self._weights is not None
            one = np.zeros(len(CONCEPT_IDS), dtype=np.float32)
            one[concepts] = 1.0
            shared = groups.matrix @ one
            inter = groups.matrix @ (one * self._weights)
            query_weight = float(self._weights[concepts].sum())
            score = inter / np.maximum(query_weight + groups.weight - inter, 1e-9)
            keep = (shared >= MIN_SHARED) & (score >= min_score - 1e-6)
            keep &= (groups.language != language) & (groups.language >= 0)
            candidates = np.flatnonzero(keep)
            order = candidates[np.lexsort((candidates, -score[candidates]))]
            members_ptr, members = segment.members_ptr, segment.members
            removed = self.index.removed[offset : offset + len(segment)]
            taken = 0  # the best ``limit`` of each segment; the best of those overall below
            for group in order:
                for local in members[members_ptr[group] : members_ptr[group + 1]]:
                    if not removed[local] and taken < limit:
                        found.append((float(score[group]), offset + int(local)))
                        taken += 1
                if taken >= limit:
                    break
        found.sort(key=lambda pair: (-pair[0], pair[1]))
        keys = self.index.keys
        return [Match(KINDS[keys.kinds[p]], int(keys.ids[p]), round(s, 4)) for s, p in found[:limit]]
