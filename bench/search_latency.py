"""Search latency: first page of results, over rare and very common words.

The words are drawn from the index itself (fts5vocab), so the mix holds on
any data: the most common words (in most rows), middling ones, rare ones
(in a handful of rows), short prefixes and two-word queries.
"""

from __future__ import annotations

import argparse
import time
from typing import Any

from sqlalchemy import Engine

from app.feedback import FeedbackQuery, count_matching, fetch_page
from bench.common import bench_db_url, emit, percentiles
from db.engine import make_engine

PAGE = 100
REPEATS = 5


def query_mix(engine: Engine) -> dict[str, list[str]]:
    with engine.connect() as conn:
        conn.exec_driver_sql(
            "CREATE VIRTUAL TABLE IF NOT EXISTS temp.vocab USING fts5vocab(main, feedback_fts, row)"
        )
        rows = conn.exec_driver_sql("SELECT term, doc FROM temp.vocab WHERE length(term) >= 4").all()
    words = sorted(((t, d) for t, d in rows if t.isalpha()), key=lambda r: r[1], reverse=True)
    common = [t for t, _ in words[:6]]
    middle = [t for t, _ in words[len(words) // 4 :: max(1, len(words) // 40)]][:6]
    rare = [t for t, _ in words[-6:]]  # the fewest rows: the demo data has no very rare word
    return {
        "common": common,
        "middle": middle,
        "rare": rare,
        "prefix": [t[:2] for t in common[:3]] + [t[:3] for t in middle[:3]],
        "two_common_words": [f"{a} {b}" for a, b in zip(common[:3], common[3:6], strict=False)],
        "common_and_rare": [f"{a} {b}" for a, b in zip(common, rare, strict=False)],
    }


def measure(engine: Engine, mix: dict[str, list[str]]) -> dict[str, Any]:
    page_ms: list[float] = []
    by_group: dict[str, list[float]] = {}
    count_ms: list[float] = []
    with engine.connect() as conn:
        fetch_page(conn, FeedbackQuery(search=mix["common"][0]), limit=PAGE)  # warm the cache
        for group, words in mix.items():
            for word in words:
                for _ in range(REPEATS):
                    started = time.perf_counter()
                    fetch_page(conn, FeedbackQuery(search=word), limit=PAGE)
                    elapsed = (time.perf_counter() - started) * 1000
                    page_ms.append(elapsed)
                    by_group.setdefault(group, []).append(elapsed)
                started = time.perf_counter()
                count_matching(conn, word)
                count_ms.append((time.perf_counter() - started) * 1000)
        total = count_matching(conn)
    return {
        "items": total,
        "queries": sum(len(w) for w in mix.values()),
        "first_page": percentiles(page_ms),
        "first_page_by_group_p95_ms": {g: percentiles(v)["p95_ms"] for g, v in by_group.items()},
        "count_in_background": percentiles(count_ms),
        "words": mix,
    }


def main(argv: list[str] | None = None) -> dict[str, Any]:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--items", type=int, default=1_000_000)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    engine = make_engine(bench_db_url(args.items))
    result = {"benchmark": "search_latency", **measure(engine, query_mix(engine))}
    emit(result, args.json)
    return result


if __name__ == "__main__":
    main()
