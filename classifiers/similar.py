"""Similar items: the feedback items and improvements that say the same thing as a text.

Two texts are compared as sets of words (after the folding of
``classifiers.normalize``: ё/е, ي/ی, ك/ک, ZWNJ, digits, case): the score is
their Jaccard similarity, so a dropped word, two swapped words or one mistyped
word cost little. Numbers (order numbers, amounts) count in the score, which
ranks the copy with the same order number first, but never decide what an
item is about, so items that differ only in their numbers form one *group*
and are compared once. A Russian item is not matched with its English
translation by words; ``classifiers.cross_language`` compares the concepts
of texts across languages, over this index.

Finding candidates without comparing every pair:

- One look-up (``similar``, ``similar_to``) is exact for scores at or above
  ``min_score``: if Jaccard(q, s) >= t, any |q| - ceil(t|q|) + 1 words of q
  include one of s (prefix filtering), so the groups holding one of the query's
  rarest words of that count are all the candidates, scored exactly with
  sparse products.
- A batch (``near_duplicates``: 100,000 new items against 1,000,000) instead
  looks up blocking keys. The *sketch* of a text is its ``SKETCH`` rarest words
  (rarity frozen when the index is built); each edit of a text (a word dropped,
  added or mistyped) changes its sketch by at most one word, and an indexed
  group is keyed by its sketch minus any two words (hash sums of random 64-bit
  word codes, so a key is one subtraction). A query within two edits of a
  group's sketch therefore shares a key with it (words nothing indexed has,
  typos mostly, are left out of a query's sketch); items sharing a rare number
  (an order number) with the query are candidates too. Candidates are scored
  exactly, like a single look-up.

Only the best groups of each query are expanded into items (members with the
fewest numbers first, items sharing a number always), so a template-like text
with thousands of near-twins costs ``limit`` items, not thousands.

The index is built once (``build_from_db``, in the background, reading and
encoding 20,000 rows at a time so no list of a million texts is held) and
grows with ``add`` in small segments that are merged as they accumulate. An
edited document is ``replace``d: its old position is marked removed (left out
of every look-up; it stays in its segment until the next build) and the new
text is added. Memory is arrays, not Python objects per document: keys as
kind and id arrays, positions found through sorted key codes, word ids,
groups and postings as int32.

Measured on 2 shared cores (load 1-2.5), 987,668 items indexed (the items of
the 1,000,000-item benchmark database that are not duplicates):
``python -m bench.similar_items``: built in 18 s, 100,000 near-copies with
1-3 edits looked up in 20 s, recall 0.9965; one look-up p95 6 ms.
``python -m bench.similar_memory``: the app's index holds 154 MB after the
build (it held 640 MB with a Python tuple per key and a dict of positions),
peak 0.9 GB while building (1.7 GB before).
"""

from __future__ import annotations

import hashlib
import math
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from itertools import chain, combinations

import numpy as np
from scipy import sparse
from sqlalchemy import Engine, select

from app.tasks import TaskState
from classifiers.normalize import words
from db.tables import feedback_item, improvement

BATCH = 20_000  # rows read from the database per query
SKETCH = 8  # the rarest words of a text that its blocking keys are made of
INDEX_DELETIONS = 2  # an indexed group is keyed by its sketch minus this many words
QUERY_DELETIONS = 2  # a query looks itself up with up to this many words left out
MIN_KEY_WORDS = 3  # shorter keys would match far too much (unless the text itself is that short)
NUMBER_MAX_DF = 100  # a number in more items than this (a year, "2 days") is no evidence
ENCODE_CHUNK = 50_000  # texts tokenised at a time
PAIR_CHUNK = 1_000_000  # candidate pairs scored per sparse product (bounds memory)
QUERY_CHUNK = 5_000  # a batch is looked up this many texts at a time (bounds memory)
MAX_SEGMENTS = 6


@dataclass(frozen=True)
class Match:
    kind: str  # "item" or "improvement"
    id: int
    score: float  # Jaccard similarity of the two texts' word sets, 0..1


def _code(word: str) -> int:
    return int.from_bytes(hashlib.blake2b(word.encode(), digest_size=8).digest(), "little")


def _indptr(lengths: np.ndarray) -> np.ndarray:
    out = np.zeros(len(lengths) + 1, dtype=np.int64)
    np.cumsum(lengths, out=out[1:])
    return out


def _distinct(values: np.ndarray) -> np.ndarray:
    """Sorted distinct values (np.unique without its hash pass, faster on int64 here)."""
    values = np.sort(values)
    if len(values):
        values = values[np.concatenate([[True], values[1:] != values[:-1]])]
    return values


def _ranges(starts: np.ndarray, counts: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(which range, position) for every position of the ranges [start, start + count)."""
    owner = np.repeat(np.arange(len(counts)), counts)
    offsets = np.arange(len(owner)) - np.repeat(_indptr(counts)[:-1], counts)
    return owner, np.repeat(starts, counts) + offsets


@dataclass
class _Texts:
    """Texts as word ids: skeleton words (not numbers) and numbers, each sorted per text (CSR)."""

    words_ptr: np.ndarray
    words: np.ndarray
    numbers_ptr: np.ndarray
    numbers: np.ndarray
    codes: np.ndarray  # word code by id (the vocabulary's, plus words only this batch has)
    rarity: np.ndarray  # sort key by id: rarest first
    known: int  # ids below this are vocabulary words; the others occur in nothing indexed

    def __len__(self) -> int:
        return len(self.words_ptr) - 1

    def rows(self, which: np.ndarray) -> _Texts:
        """These rows, in this order (repeats allowed)."""
        counts = np.diff(self.words_ptr)[which]
        numbers = np.diff(self.numbers_ptr)[which]
        return _Texts(
            _indptr(counts),
            self.words[_ranges(self.words_ptr[which], counts)[1]],
            _indptr(numbers),
            self.numbers[_ranges(self.numbers_ptr[which], numbers)[1]],
            self.codes,
            self.rarity,
            self.known,
        )


class _Vocabulary:
    """Word -> id, with each word's random code and its rarity frozen at the first build."""

    def __init__(self) -> None:
        self.ids: dict[str, int] = {}
        self.codes = np.zeros(0, dtype=np.uint64)
        self.rarity = np.zeros(0, dtype=np.int64)
        self.numeric = np.zeros(0, dtype=bool)

    def _extend(self, new: list[str]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        codes = np.fromiter((_code(w) for w in new), dtype=np.uint64, count=len(new))
        # Unknown when the index was built: as rare as can be; ties broken by the code.
        rarity = (codes >> np.uint64(33)).astype(np.int64)
        numeric = np.fromiter((w.isdigit() for w in new), dtype=bool, count=len(new))
        return codes, rarity, numeric

    def encode(self, texts: Sequence[str], grow: bool) -> _Texts:
        """Word ids of ``texts``; ``grow``: new words join the vocabulary (else only this result)."""
        distinct: dict[str, int] = {}
        row_of = np.fromiter((distinct.setdefault(t, len(distinct)) for t in texts), np.int64, len(texts))
        unique = list(distinct)  # each distinct text once: exports repeat a lot
        added: list[str] = []
        owners, tokens = [], []
        try:
            for start in range(0, len(unique), ENCODE_CHUNK):  # chunks: a word list per text is big
                lists = [words(t) for t in unique[start : start + ENCODE_CHUNK]]
                flat = list(chain.from_iterable(lists))
                new = sorted({w for w in flat if w not in self.ids})
                base = len(self.ids)
                self.ids.update((w, base + n) for n, w in enumerate(new))
                added += new
                tokens.append(np.fromiter(map(self.ids.__getitem__, flat), dtype=np.int64, count=len(flat)))
                owners.append(np.repeat(np.arange(start, start + len(lists)), [len(x) for x in lists]))
        finally:
            if not grow:
                for w in added:
                    del self.ids[w]
        extra = self._extend(added)
        codes, rarity, numeric = (
            np.concatenate(p) for p in zip((self.codes, self.rarity, self.numeric), extra, strict=True)
        )
        known = len(self.codes)
        if grow:
            self.codes, self.rarity, self.numeric = codes, rarity, numeric
            known = len(codes)
        owner = np.concatenate(owners or [np.zeros(0, np.int64)])
        token = np.concatenate(tokens or [np.zeros(0, np.int64)])
        pairs = _distinct(owner * len(codes) + token)  # one entry per distinct word of a text
        owner, token = pairs // len(codes), pairs % len(codes)
        is_number = numeric[token]
        result = _Texts(
            _indptr(np.bincount(owner[~is_number], minlength=len(unique))),
            token[~is_number],
            _indptr(np.bincount(owner[is_number], minlength=len(unique))),
            token[is_number],
            codes,
            rarity,
            known,
        )
        return result if len(unique) == len(texts) else result.rows(row_of)

    def freeze_rarity(self, texts: _Texts) -> None:
        """Rarity = how many of these texts use a word (ties broken by its code)."""
        df = np.bincount(np.concatenate([texts.words, texts.numbers]), minlength=len(self.codes))
        self.rarity = (df.astype(np.int64) << 31) | (self.codes >> np.uint64(33)).astype(np.int64)


def _sketch_keys(
    ptr: np.ndarray, ids: np.ndarray, texts: _Texts, query: bool
) -> tuple[np.ndarray, np.ndarray]:
    """Blocking keys (hash sums of sketch subsets) and the row each belongs to."""
    rows = np.repeat(np.arange(len(ptr) - 1), np.diff(ptr))
    order = np.lexsort((texts.rarity[ids], rows))
    rows, ids = rows[order], ids[order]
    rank = np.arange(len(rows)) - ptr[rows]
    keep = rank < SKETCH
    rows, ids, rank = rows[keep], ids[keep], rank[keep]
    size = np.minimum(np.diff(ptr), SKETCH)
    index_sizes = {n - min(INDEX_DELETIONS, max(0, n - MIN_KEY_WORDS)) for n in range(1, SKETCH + 1)}
    keys, owners = [], []
    for n in range(1, SKETCH + 1):
        which = np.flatnonzero(size == n)
        if not len(which):
            continue
        matrix = np.zeros((len(which), n), dtype=np.uint64)
        position = np.searchsorted(which, rows[size[rows] == n])
        matrix[position, rank[size[rows] == n]] = texts.codes[ids[size[rows] == n]]
        total = matrix.sum(axis=1)
        if query:
            most = min(QUERY_DELETIONS, max(0, n - MIN_KEY_WORDS))
            deletions = [d for d in range(most + 1) if n - d in index_sizes]
        else:
            deletions = [min(INDEX_DELETIONS, max(0, n - MIN_KEY_WORDS))]
        for d in deletions:
            chosen = list(combinations(range(n), d))
            left_out = np.array(chosen, dtype=np.int64).reshape(len(chosen), d)
            key = total[:, None] - matrix[:, left_out].sum(axis=2)
            keys.append(key.ravel())
            owners.append(np.repeat(which, len(left_out)))
    if not keys:
        return np.zeros(0, dtype=np.uint64), np.zeros(0, dtype=np.int64)
    return np.concatenate(keys), np.concatenate(owners)


class _Segment:
    """An immutable part of the index: its items, their groups, blocking keys and postings."""

    def __init__(self, texts: _Texts, width: int) -> None:
        self.width = width  # word ids below this can occur here
        count = np.diff(texts.words_ptr)
        sums = np.concatenate([np.zeros(1, np.uint64), np.cumsum(texts.codes[texts.words], dtype=np.uint64)])
        signature = sums[texts.words_ptr[1:]] - sums[texts.words_ptr[:-1]] + count.astype(np.uint64)
        _, first, group_of = np.unique(signature, return_index=True, return_inverse=True)
        self.group_of = group_of.ravel().astype(np.int32)
        starts, counts = texts.words_ptr[first], count[first]
        group_words = texts.words[_ranges(starts, counts)[1]].astype(np.int32)
        self.matrix = sparse.csr_matrix(
            (np.ones(len(group_words), dtype=np.float32), group_words, _indptr(counts).astype(np.int32)),
            shape=(len(first), width),
        )
        # The matrix's own arrays are the groups' words: one copy, not two.
        self.group_ptr, self.group_words = self.matrix.indptr, self.matrix.indices
        self.group_size = counts.astype(np.int32)
        self.numbers_ptr = texts.numbers_ptr.astype(np.int32)
        self.numbers = texts.numbers.astype(np.int32)
        self.number_count = np.diff(self.numbers_ptr)
        # Members of a group with fewer numbers first: without a shared number they score best.
        self.members = np.lexsort((self.number_count, self.group_of)).astype(np.int32)
        self.members_ptr = _indptr(np.bincount(self.group_of, minlength=len(first))).astype(np.int32)
        self.fewest_numbers = self.number_count[self.members[self.members_ptr[:-1]]]
        owner = np.repeat(np.arange(len(texts), dtype=np.int32), self.number_count)
        order = np.argsort(self.numbers, kind="stable")
        self.number_postings, self.number_items = self.numbers[order], owner[order]
        owner = np.repeat(np.arange(len(first), dtype=np.int32), counts)
        order = np.argsort(self.group_words, kind="stable")
        self.word_postings, self.word_groups = self.group_words[order], owner[order]
        keys, groups = _sketch_keys(self.group_ptr, self.group_words, texts, query=False)
        order = np.argsort(keys, kind="stable")
        self.keys, self.key_groups = keys[order], groups[order].astype(np.int32)

    def __len__(self) -> int:
        return len(self.group_of)

    def texts(self, vocabulary: _Vocabulary) -> _Texts:
        """Its items again, as word ids (to merge segments)."""
        starts, counts = self.group_ptr[self.group_of], self.group_size[self.group_of]
        return _Texts(
            _indptr(counts),
            self.group_words[_ranges(starts, counts)[1]],
            self.numbers_ptr,
            self.numbers,
            vocabulary.codes,
            vocabulary.rarity,
            len(vocabulary.codes),
        )

    # -- candidates: (query, group) pairs, and (query, item, shared numbers) ------------------

    def by_keys(self, queries: _Texts) -> tuple[np.ndarray, np.ndarray]:
        # Words nothing indexed has (typos, mostly) cannot be in a group's sketch: leave them out.
        known = queries.words < queries.known
        rows = np.repeat(np.arange(len(queries)), np.diff(queries.words_ptr))
        ptr = _indptr(np.bincount(rows[known], minlength=len(queries)))
        keys, owner = _sketch_keys(ptr, queries.words[known], queries, query=True)
        lo = np.searchsorted(self.keys, keys, "left")
        hi = np.searchsorted(self.keys, keys, "right")
        which, at = _ranges(lo, hi - lo)
        return owner[which], self.key_groups[at]

    def by_prefix(self, queries: _Texts, min_score: float) -> tuple[np.ndarray, np.ndarray]:
        q_parts, g_parts = [], []
        for q in range(len(queries)):
            ids = queries.words[queries.words_ptr[q] : queries.words_ptr[q + 1]]
            needed = len(ids) - math.ceil(min_score * len(ids) - 1e-9) + 1
            # Of the postings' dtype: searchsorted would otherwise convert the postings, every time.
            prefix = ids[np.argsort(queries.rarity[ids], kind="stable")[:needed]].astype(np.int32)
            lo = np.searchsorted(self.word_postings, prefix, "left")
            hi = np.searchsorted(self.word_postings, prefix, "right")
            groups = self.word_groups[_ranges(lo, hi - lo)[1]]
            g_parts.append(groups)
            q_parts.append(np.full(len(groups), q, dtype=np.int64))
        empty = np.zeros(0, dtype=np.int64)
        return np.concatenate([empty, *q_parts]), np.concatenate([empty, *g_parts])

    def by_numbers(self, queries: _Texts) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        owner = np.repeat(np.arange(len(queries)), np.diff(queries.numbers_ptr))
        numbers = queries.numbers.astype(np.int32)  # the postings' dtype (see by_prefix)
        lo = np.searchsorted(self.number_postings, numbers, "left")
        hi = np.searchsorted(self.number_postings, numbers, "right")
        counts = np.where(hi - lo <= NUMBER_MAX_DF, hi - lo, 0)
        which, at = _ranges(lo, counts)
        pair = np.unique(owner[which] * len(self) + self.number_items[at], return_counts=True)
        return pair[0] // len(self), pair[0] % len(self), pair[1]

    # -- scoring -------------------------------------------------------------------------------

    def _overlap(self, queries: _Texts, q: np.ndarray, g: np.ndarray) -> np.ndarray:
        inside = queries.words < self.width  # words new since this segment occur in none of it
        rows = np.repeat(np.arange(len(queries)), np.diff(queries.words_ptr))
        ptr = _indptr(np.bincount(rows[inside], minlength=len(queries)))
        matrix = sparse.csr_matrix(
            (np.ones(int(inside.sum()), dtype=np.float32), queries.words[inside], ptr),
            shape=(len(queries), self.width),
        )
        out = np.zeros(len(q), dtype=np.int64)
        for start in range(0, len(q), PAIR_CHUNK):
            part = slice(start, start + PAIR_CHUNK)
            product = matrix[q[part]].multiply(self.matrix[g[part]])
            out[part] = np.asarray(product.sum(axis=1)).ravel()
        return out

    def score(
        self,
        queries: _Texts,
        pairs: tuple[np.ndarray, np.ndarray],
        limit: int,
        min_score: float,
        removed: np.ndarray,
        exclude: np.ndarray | None = None,
    ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """(query, item, score) of the best ``limit`` items per query scoring >= ``min_score``.

        ``removed``: by item, left out (re-indexed elsewhere with their new text).
        """
        ng = len(self.group_size)
        n_q, n_num = np.diff(queries.words_ptr), np.diff(queries.numbers_ptr)
        nq_, nd_, shared = self.by_numbers(queries)
        q = np.concatenate([pairs[0], nq_])
        g = np.concatenate([pairs[1], self.group_of[nd_]])
        pair = _distinct(q * ng + g)
        q, g = pair // ng, pair % ng
        inter = self._overlap(queries, q, g)
        bound = (inter + n_num[q]) / np.maximum(n_q[q] + self.group_size[g] - inter + n_num[q], 1)
        keep = (bound >= min_score) & (inter > 0)
        q, g, inter = q[keep], g[keep], inter[keep]
        pair_key, wanted = q * ng + g, nq_ * ng + self.group_of[nd_]
        # The best groups of each query give their first members (who tie, but for their
        # numbers) until ``limit`` items are shown ...
        best_case = n_q[q] + n_num[q] + self.group_size[g] + self.fewest_numbers[g] - inter
        order = np.lexsort((g, -inter / np.maximum(best_case, 1), q))
        gq, gg = q[order], g[order]
        members = np.diff(self.members_ptr)[gg]
        before = np.cumsum(members) - members
        before -= before[np.searchsorted(gq, gq, "left")]  # members of better groups, per query
        room = np.clip(limit + (exclude is not None) - before, 0, members)
        which, at = _ranges(self.members_ptr[gg], room)
        items_q, items, items_inter = gq[which], self.members[at], inter[order][which]
        items_shared = np.zeros(len(items), dtype=np.int64)
        # ... and the items sharing numbers with the query, wherever they are in their group.
        found = np.searchsorted(pair_key, wanted)
        hit = found < len(pair_key)
        hit[hit] = pair_key[found[hit]] == wanted[hit]
        items_q = np.concatenate([items_q, nq_[hit]])
        items = np.concatenate([items, nd_[hit]])
        items_inter = np.concatenate([items_inter, inter[found[hit]]])
        items_shared = np.concatenate([items_shared, shared[hit]])
        total = items_inter + items_shared
        union = n_q[items_q] + n_num[items_q] + self.group_size[self.group_of[items]]
        union = union + self.number_count[items] - total
        score = total / np.maximum(union, 1)
        keep = (score >= min_score) & ~removed[items]
        if exclude is not None:
            keep &= items != exclude[items_q]
        return _best(items_q[keep], items[keep], score[keep], limit)


def _best(
    q: np.ndarray, item: np.ndarray, score: np.ndarray, limit: int
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The ``limit`` best distinct items per query, best first; equal scores by item position."""
    order = np.lexsort((item, -score, q))
    q, item, score = q[order], item[order], score[order]
    first = np.ones(len(q), dtype=bool)
    first[1:] = (q[1:] != q[:-1]) | (item[1:] != item[:-1])
    q, item, score = q[first], item[first], score[first]
    start = np.searchsorted(q, q, "left")
    keep = np.arange(len(q)) - start < limit
    return q[keep], item[keep], score[keep]


KINDS = ("item", "improvement")  # a key's kind is stored as its position here


class Keys:
    """The indexed documents' keys by position, held as arrays (no Python object per document)."""

    def __init__(self) -> None:
        self.kinds = np.zeros(0, dtype=np.int8)
        self.ids = np.zeros(0, dtype=np.int64)

    def __len__(self) -> int:
        return len(self.ids)

    def __getitem__(self, position: int) -> tuple[str, int]:
        return KINDS[self.kinds[position]], int(self.ids[position])

    def __iter__(self) -> Iterator[tuple[str, int]]:
        for kind, key in zip(self.kinds.tolist(), self.ids.tolist(), strict=True):
            yield KINDS[kind], key


def _key_codes(keys: Sequence[tuple[str, int]]) -> np.ndarray:
    """One int64 per key: its id and its kind (to look positions up with one sorted array)."""
    kinds = np.fromiter((KINDS.index(kind) for kind, _ in keys), dtype=np.int64, count=len(keys))
    ids = np.fromiter((key for _, key in keys), dtype=np.int64, count=len(keys))
    return ids * len(KINDS) + kinds


def _concat(parts: Sequence[_Texts], vocabulary: _Vocabulary) -> _Texts:
    """Texts encoded apart (chunks of a build, segments to merge) as one, on today's vocabulary."""
    return _Texts(
        _indptr(np.concatenate([np.diff(p.words_ptr) for p in parts])),
        np.concatenate([p.words for p in parts]),
        _indptr(np.concatenate([np.diff(p.numbers_ptr) for p in parts])),
        np.concatenate([p.numbers for p in parts]),
        vocabulary.codes,
        vocabulary.rarity,
        len(vocabulary.codes),
    )


class SimilarityIndex:
    """Near-duplicate search over items and improvements; see the module docstring."""

    def __init__(self, keys: Sequence[tuple[str, int]], texts: Sequence[str]) -> None:
        self._setup([(keys, texts)])

    @classmethod
    def from_chunks(
        cls, chunks: Iterable[tuple[Sequence[tuple[str, int]], Sequence[str]]]
    ) -> SimilarityIndex:
        """Built from (keys, texts) chunks, each encoded as it comes (no text is kept after)."""
        index = cls.__new__(cls)
        index._setup(chunks)
        return index

    def _setup(self, chunks: Iterable[tuple[Sequence[tuple[str, int]], Sequence[str]]]) -> None:
        self.vocabulary = _Vocabulary()
        self.keys = Keys()
        self.removed = np.zeros(0, dtype=bool)  # by position: replaced by a newer text, or removed
        self._live = 0  # positions not removed (len(), asked before every look-up in the app)
        self.segments: list[_Segment] = []
        self.offsets: list[int] = []
        self._lookups: list[tuple[np.ndarray, np.ndarray]] = []  # per segment: sorted key codes, positions
        codes, parts = [], []
        for keys, texts in chunks:
            codes.append(_key_codes(keys))
            parts.append(self.vocabulary.encode(texts, grow=True))
        if not parts:
            parts, codes = [self.vocabulary.encode([], grow=True)], [np.zeros(0, dtype=np.int64)]
        encoded = _concat(parts, self.vocabulary)
        self.vocabulary.freeze_rarity(encoded)
        encoded.rarity = self.vocabulary.rarity
        self._append(np.concatenate(codes), encoded)

    def __len__(self) -> int:
        return self._live

    def _append(self, codes: np.ndarray, encoded: _Texts) -> None:
        if not len(codes):
            return
        start = len(self.keys)
        self.offsets.append(start)
        self.segments.append(_Segment(encoded, len(self.vocabulary.codes)))
        order = np.argsort(codes, kind="stable")
        self._lookups.append((codes[order], (start + order).astype(np.int32)))
        self.keys.kinds = np.concatenate([self.keys.kinds, (codes % len(KINDS)).astype(np.int8)])
        self.keys.ids = np.concatenate([self.keys.ids, codes // len(KINDS)])
        self.removed = np.concatenate([self.removed, np.zeros(len(codes), dtype=bool)])
        self._live += len(codes)
        if len(self.segments) > MAX_SEGMENTS:
            self._merge_small()

    def _merge_small(self) -> None:
        """Rebuild the segments added since the first build as one (positions keep their order)."""
        merged = _concat([s.texts(self.vocabulary) for s in self.segments[1:]], self.vocabulary)
        codes = np.concatenate([c for c, _ in self._lookups[1:]])
        positions = np.concatenate([p for _, p in self._lookups[1:]])
        order = np.argsort(codes, kind="stable")
        self.segments = [self.segments[0], _Segment(merged, len(self.vocabulary.codes))]
        self._lookups = [self._lookups[0], (codes[order], positions[order])]
        self.offsets = self.offsets[:2]

    def _positions(self, codes: np.ndarray) -> np.ndarray:
        """The position of each key code still indexed, -1 where none."""
        found = np.full(len(codes), -1, dtype=np.int64)
        for sorted_codes, positions in self._lookups:
            at = np.minimum(np.searchsorted(sorted_codes, codes), len(sorted_codes) - 1)
            hit = sorted_codes[at] == codes
            candidates = positions[at]
            hit &= ~self.removed[candidates]
            found[hit] = candidates[hit]
        return found

    def position(self, key: tuple[str, int]) -> int | None:
        """Where ``key`` is indexed (None: not, or removed)."""
        found = int(self._positions(_key_codes([key]))[0])
        return None if found < 0 else found

    def __contains__(self, key: tuple[str, int]) -> bool:
        return self.position(key) is not None

    def last_id(self, kind: str) -> int:
        """The highest id of this kind ever indexed (0: none)."""
        ids = self.keys.ids[self.keys.kinds == KINDS.index(kind)]
        return int(ids.max()) if len(ids) else 0

    def add(self, keys: Sequence[tuple[str, int]], texts: Sequence[str]) -> None:
        """Index more items (a new segment; rarity stays as built, new words count as rare)."""
        codes = _key_codes(keys)
        known = np.flatnonzero(self._positions(codes) >= 0)
        if len(known):
            raise ValueError(f"already indexed: {[keys[n] for n in known[:3]]}")
        self._append(codes, self.vocabulary.encode(texts, grow=True))

    def remove(self, keys: Sequence[tuple[str, int]]) -> int:
        """Leave these documents out of every look-up from now on; returns how many were indexed."""
        found = self._positions(_key_codes(keys))
        found = np.unique(found[found >= 0])
        self.removed[found] = True
        self._live -= len(found)
        return len(found)

    def replace(self, keys: Sequence[tuple[str, int]], texts: Sequence[str]) -> None:
        """Index these documents with their new texts (edited), whether or not they were indexed."""
        self.remove(keys)
        self.add(keys, texts)

    # -- look-ups ------------------------------------------------------------------------------

    def _search(
        self, queries: _Texts, limit: int, min_score: float, exact: bool, exclude: np.ndarray | None = None
    ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        if len(queries) > QUERY_CHUNK:  # bounds the candidate arrays (memory), same result
            parts = []
            for start in range(0, len(queries), QUERY_CHUNK):
                rows = np.arange(start, min(start + QUERY_CHUNK, len(queries)))
                part = None if exclude is None else exclude[rows]
                q, item, score = self._search(queries.rows(rows), limit, min_score, exact, part)
                parts.append((q + start, item, score))
            return tuple(np.concatenate(p) for p in zip(*parts, strict=True))  # type: ignore[return-value]
        parts = []
        for segment, offset in zip(self.segments, self.offsets, strict=True):
            pairs = segment.by_prefix(queries, min_score) if exact else segment.by_keys(queries)
            local = None if exclude is None else exclude - offset
            removed = self.removed[offset : offset + len(segment)]
            q, item, score = segment.score(queries, pairs, limit, min_score, removed, local)
            parts.append((q, item + offset, score))
        if not parts:
            return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64), np.zeros(0)
        q, item, score = (np.concatenate(p) for p in zip(*parts, strict=True))
        return _best(q, item, score, limit)

    def _matches(self, item: np.ndarray, score: np.ndarray) -> list[Match]:
        return [
            Match(KINDS[self.keys.kinds[n]], int(self.keys.ids[n]), round(float(s), 4))
            for n, s in zip(item, score, strict=True)
        ]

    def similar(self, text: str, limit: int = 10, min_score: float = 0.5) -> list[Match]:
        """The indexed documents most like ``text``, best first (exact for scores >= min_score)."""
        _q, item, score = self._search(self.vocabulary.encode([text], grow=False), limit, min_score, True)
        return self._matches(item, score)

    def similar_to(self, key: tuple[str, int], limit: int = 10, min_score: float = 0.5) -> list[Match]:
        """The documents most like the indexed document ``key`` (itself left out)."""
        position = self.position(key)
        if position is None:
            return []
        segment_no = int(np.searchsorted(self.offsets, position, "right")) - 1
        local = position - self.offsets[segment_no]
        segment = self.segments[segment_no]
        group = segment.group_of[local]
        own_words = segment.group_words[segment.group_ptr[group] : segment.group_ptr[group + 1]]
        own_numbers = segment.numbers[segment.numbers_ptr[local] : segment.numbers_ptr[local + 1]]
        query = _Texts(
            np.array([0, len(own_words)]),
            own_words.astype(np.int64),
            np.array([0, len(own_numbers)]),
            own_numbers.astype(np.int64),
            self.vocabulary.codes,
            self.vocabulary.rarity,
            len(self.vocabulary.codes),
        )
        _q, item, score = self._search(query, limit, min_score, True, exclude=np.array([position]))
        return self._matches(item, score)

    def near_duplicates(
        self, texts: Sequence[str], limit: int = 10, min_score: float = 0.5
    ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """For many new texts at once: (text index, item position in ``keys``, score) arrays.

        Finds every indexed item within two edits of a text's rarest words, or
        sharing a rare number with it; see the module docstring.
        """
        return self._search(self.vocabulary.encode(texts, grow=False), limit, min_score, False)

    def near_duplicate_matches(
        self, texts: Sequence[str], limit: int = 10, min_score: float = 0.5
    ) -> list[list[Match]]:
        q, item, score = self.near_duplicates(texts, limit, min_score)
        out: list[list[Match]] = [[] for _ in texts]
        for n, position, value in zip(q, item, score, strict=True):
            kind, key = self.keys[position]
            out[n].append(Match(kind, key, round(float(value), 4)))
        return out


def improvement_text(title: str, description: str | None) -> str:
    """What an improvement is compared by: its title and description."""
    return f"{title}\n{description or ''}"


def build_from_db(engine: Engine, state: TaskState | None = None) -> SimilarityIndex:
    """Every feedback item that is not itself a duplicate, and every improvement (title + description).

    Read and encoded ``BATCH`` rows at a time: no list of a million texts is held.
    """
    state = state or TaskState()

    def chunks() -> Iterator[tuple[list[tuple[str, int]], list[str]]]:
        with engine.connect() as conn:
            plans = conn.execute(
                select(improvement.c.id, improvement.c.title, improvement.c.description)
            ).all()
            yield (
                [("improvement", r.id) for r in plans],
                [improvement_text(r.title, r.description) for r in plans],
            )
            last, done = 0, 0
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
                done += len(rows)
                state.progress(done, done + BATCH)
                yield [("item", r.id) for r in rows], [r.text for r in rows]

    return SimilarityIndex.from_chunks(chunks())
