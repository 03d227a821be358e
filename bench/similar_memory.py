"""Similar items in the app at 1,000,000 items: memory held, build time, look-up latency.

    .venv/bin/python -m bench.similar_memory [--json] [--items N] [--lookups N] [--seed S]

Builds the app's index (``app.similar_items.build``) over the benchmark
database opened read-only, then measures what a user of the app pays:

- held_mb: resident memory after the build minus before it (after a garbage
  collection and ``malloc_trim``, so freed build-time buffers do not count);
- peak_rss_mb: the process's peak resident memory (the build's working set);
- build_seconds; refresh_ms: one refresh with nothing new (the check that
  runs before every look-up);
- similar_to_text and similar_to_item p50/p95 in ms, through the app's
  functions (refresh and rows read back from the database included), for the
  texts of randomly chosen items;
- with ``--across``, the same with the cross-language pass
  (``across_languages=True``): the first call's ms (it maps the index's groups
  to concepts), the memory that adds, and similar_to_text p50/p95.
"""

from __future__ import annotations

import argparse
import contextlib
import ctypes
import gc
import random
import time
from typing import Any

from bench.common import emit, peak_rss_mb, percentiles
from bench.similar_items import read_only_engine


def rss_mb() -> float:
    """Resident memory now, after returning freed heap to the system."""
    gc.collect()
    with contextlib.suppress(OSError):  # not glibc: figures include freed heap
        ctypes.CDLL("libc.so.6").malloc_trim(0)
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return round(int(line.split()[1]) / 1024, 1)
    return 0.0


def run(items: int, lookups: int, seed: int, across: bool = False) -> dict[str, Any]:
    from app import similar_items

    engine = read_only_engine(items, seed=1)
    with engine.connect() as conn:  # connections, imports and caches warm before the baseline
        conn.exec_driver_sql("SELECT count(*) FROM improvement").scalar()
    before = rss_mb()
    started = time.perf_counter()
    indexed = similar_items.build(engine)
    build_seconds = time.perf_counter() - started
    held = rss_mb() - before

    timings = []
    for _ in range(20):
        t0 = time.perf_counter()
        similar_items.refresh(engine)
        timings.append((time.perf_counter() - t0) * 1000)
    refresh = percentiles(timings)

    rng = random.Random(seed)
    with engine.connect() as conn:
        top = conn.exec_driver_sql("SELECT max(id) FROM feedback_item").scalar() or 0
        ids = rng.sample(range(1, top + 1), lookups)
        texts = [
            conn.exec_driver_sql("SELECT text FROM feedback_item WHERE id = ?", (i,)).scalar() or ""
            for i in ids
        ]
    text_ms, item_ms = [], []
    for item_id, text in zip(ids, texts, strict=True):
        t0 = time.perf_counter()
        similar_items.similar_to_text(engine, text)
        text_ms.append((time.perf_counter() - t0) * 1000)
        t0 = time.perf_counter()
        similar_items.similar_to_item(engine, item_id)
        item_ms.append((time.perf_counter() - t0) * 1000)
    by_text, by_item = percentiles(text_ms), percentiles(item_ms)
    extra: dict[str, Any] = {}
    if across:
        before = rss_mb()
        t0 = time.perf_counter()
        similar_items.similar_to_text(engine, texts[0], across_languages=True)
        extra["across_first_ms"] = round((time.perf_counter() - t0) * 1000, 1)
        extra["across_held_mb"] = round(rss_mb() - before, 1)
        across_ms, offered = [], 0
        for text in texts:
            t0 = time.perf_counter()
            rows = similar_items.similar_to_text(engine, text, across_languages=True)
            across_ms.append((time.perf_counter() - t0) * 1000)
            offered += sum(r.across for r in rows)
        by_across = percentiles(across_ms)
        extra |= {
            "across_text_p50_ms": by_across["p50_ms"],
            "across_text_p95_ms": by_across["p95_ms"],
            "across_rows_per_lookup": round(offered / len(texts), 2),
        }
    return {
        "indexed": indexed,
        "build_seconds": round(build_seconds, 1),
        "held_mb": round(held, 1),
        "peak_rss_mb": peak_rss_mb(),
        "refresh_p50_ms": refresh["p50_ms"],
        "refresh_p95_ms": refresh["p95_ms"],
        "text_p50_ms": by_text["p50_ms"],
        "text_p95_ms": by_text["p95_ms"],
        "item_p50_ms": by_item["p50_ms"],
        "item_p95_ms": by_item["p95_ms"],
        **extra,
    }


def main(argv: list[str] | None = None) -> dict[str, Any]:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--items", type=int, default=1_000_000, help="size of the benchmark database")
    parser.add_argument("--lookups", type=int, default=200, help="items looked up")
    parser.add_argument("--seed", type=int, default=7, help="seed for choosing the items")
    parser.add_argument("--across", action="store_true", help="measure the cross-language pass too")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    args = parser.parse_args(argv)
    result = run(args.items, args.lookups, args.seed, args.across)
    emit(result, args.json)
    return result


if __name__ == "__main__":
    main()
