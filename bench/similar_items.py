"""Similar items at scale: near-copies of 100,000 new items among 1,000,000 existing ones.

    .venv/bin/python -m bench.similar_items [--json] [--items N] [--queries N] [--seed S]

Builds the index over the benchmark database (read-only), then plants
near-copies of randomly chosen items, each with 1-3 edits (a mistyped word,
a dropped word, two neighbouring words swapped), and looks them all up in
one batch. Figures:

- recall: the copy's source item is among the matches returned, or ``limit``
  matches were returned that score at least as well as the source (items that
  differ only in an order number the copy lost are indistinguishable from it,
  and a copy that lost its greeting can be closer to another item);
- top_precision: the best match is the source, or scores exactly as well;
- single look-ups (``similar`` of a text) p50/p95 in ms, and peak RSS.
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import time
from typing import Any

from sqlalchemy import Engine, create_engine

from bench.common import DATA_DIR, emit, peak_rss_mb, percentiles
from classifiers.normalize import words
from classifiers.similar import build_from_db

LIMIT = 10
MIN_SCORE = 0.5
SINGLE_LOOKUPS = 300


def read_only_engine(items: int, seed: int) -> Engine:
    path = DATA_DIR / f"kaizen-{items}-s{seed}.db"
    if not path.exists():
        raise SystemExit(f"{path} is missing: build it with bench.common.bench_db_url({items}, {seed})")
    uri = f"file:{path}?mode=ro"
    return create_engine("sqlite://", creator=lambda: sqlite3.connect(uri, uri=True, check_same_thread=False))


def edit(text: str, rng: random.Random) -> str:
    """``text`` with 1-3 small edits: a mistyped word, a dropped word, two words swapped."""
    tokens = text.split()
    for _ in range(rng.randint(1, 3)):
        if len(tokens) < 3:
            break
        kind = rng.choice(("typo", "drop", "swap"))
        at = rng.randrange(len(tokens))
        if kind == "drop":
            del tokens[at]
        elif kind == "swap" and at + 1 < len(tokens):
            tokens[at], tokens[at + 1] = tokens[at + 1], tokens[at]
        elif len(tokens[at]) >= 4:
            word = list(tokens[at])
            pos = rng.randrange(1, len(word) - 1)
            change = rng.choice(("replace", "delete", "double"))
            if change == "replace":
                word[pos] = rng.choice("aeiouнтоаسیان")
            elif change == "delete":
                del word[pos]
            else:
                word.insert(pos, word[pos])
            tokens[at] = "".join(word)
    return " ".join(tokens)


def jaccard(a: str, b: str) -> float:
    x, y = set(words(a)), set(words(b))
    return len(x & y) / max(len(x | y), 1)


def run(items: int, queries: int, seed: int) -> dict[str, Any]:
    engine = read_only_engine(items, seed=1)
    started = time.perf_counter()
    index = build_from_db(engine)
    build_seconds = time.perf_counter() - started
    with engine.connect() as conn:
        texts = dict(conn.exec_driver_sql("SELECT id, text FROM feedback_item").all())
    rng = random.Random(seed)
    positions = [n for n, key in enumerate(index.keys) if key[0] == "item"]
    sources = rng.sample(positions, queries)
    copies = [edit(texts[index.keys[p][1]], rng) for p in sources]

    started = time.perf_counter()
    q, found, score = index.near_duplicates(copies, limit=LIMIT, min_score=MIN_SCORE)
    batch_seconds = time.perf_counter() - started

    results: list[list[tuple[int, float]]] = [[] for _ in copies]
    for n, position, value in zip(q.tolist(), found.tolist(), score.tolist(), strict=True):
        results[n].append((position, value))
    hits = top_right = 0
    for n, source in enumerate(sources):
        got = results[n]
        if any(p == source for p, _ in got):
            hits += 1
            top_right += (
                got[0][0] == source
                or abs(got[0][1] - jaccard(copies[n], texts[index.keys[source][1]])) < 1e-9
            )
            continue
        own = jaccard(copies[n], texts[index.keys[source][1]])
        if len(got) == LIMIT and got[-1][1] >= own - 1e-9:
            hits += 1  # crowded out by as many matches at least as good
            top_right += abs(got[0][1] - own) < 1e-9

    timings = []
    for n in rng.sample(range(len(copies)), min(SINGLE_LOOKUPS, len(copies))):
        t0 = time.perf_counter()
        index.similar(copies[n], limit=LIMIT, min_score=MIN_SCORE)
        timings.append((time.perf_counter() - t0) * 1000)
    to_timings = []
    for position in rng.sample(positions, min(100, len(positions))):
        t0 = time.perf_counter()
        index.similar_to(index.keys[position], limit=LIMIT, min_score=MIN_SCORE)
        to_timings.append((time.perf_counter() - t0) * 1000)
    single = percentiles(timings)
    return {
        "indexed": len(index),
        "queries": queries,
        "build_seconds": round(build_seconds, 1),
        "batch_seconds": round(batch_seconds, 1),
        "recall": round(hits / queries, 4),
        "top_precision": round(top_right / queries, 4),
        "single_p50_ms": single["p50_ms"],
        "single_p95_ms": single["p95_ms"],
        "similar_to_p95_ms": percentiles(to_timings)["p95_ms"],
        "peak_rss_mb": peak_rss_mb(),
    }


def main(argv: list[str] | None = None) -> dict[str, Any]:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--items", type=int, default=1_000_000, help="size of the benchmark database")
    parser.add_argument("--queries", type=int, default=100_000, help="near-copies to plant and look up")
    parser.add_argument("--seed", type=int, default=7, help="seed for choosing and editing the copies")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    args = parser.parse_args(argv)
    result = run(args.items, args.queries, args.seed)
    emit(result, args.json)
    return result


if __name__ == "__main__":
    main()
