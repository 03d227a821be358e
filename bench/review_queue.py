"""How fast the review queue opens: its first page, a later page, and its size, per target.

    python -m bench.review_queue --db sqlite:////tmp/copy-of-kaizen-1000000-s1.db [--json]

Runs on the database as it is (no migration: measure a copy before and after
``alembic upgrade``). Each figure is the median of ``--runs`` runs after one
warm-up run, in milliseconds.
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from collections.abc import Callable
from typing import Any

from sqlalchemy import text

PAGE = 50  # rows the review screen shows first
DEEP_PAGES = 20  # "a later page": after scrolling this many pages


def _median_ms(fn: Callable[[], Any], runs: int) -> float:
    fn()  # warm-up: the first run pays for reading the pages from disk
    samples = []
    for _ in range(runs):
        started = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - started) * 1000)
    return round(statistics.median(samples), 2)


def measure(url: str, runs: int = 5) -> dict[str, Any]:
    from app.classification_review import DEFAULT_THRESHOLD, count_for_review, review_queue
    from db.engine import make_engine

    engine = make_engine(url)
    result: dict[str, Any] = {"database": url.rsplit("/", 1)[-1], "threshold": DEFAULT_THRESHOLD}
    with engine.connect() as conn:
        result["schema"] = conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
        result["items"] = conn.execute(text("SELECT count(*) FROM feedback_item")).scalar()
        for target in ("category", "kind"):

            def later_page(target: str = target) -> list[Any]:
                after = None
                for _ in range(DEEP_PAGES):
                    rows = review_queue(conn, target, limit=PAGE, after=after)
                    if not rows:
                        break
                    after = (rows[-1].confidence, rows[-1].item_id)
                return rows

            result[target] = {
                "queue": count_for_review(conn, target),
                "first_page_ms": _median_ms(lambda t=target: review_queue(conn, t, limit=PAGE), runs),
                f"{DEEP_PAGES}_pages_ms": _median_ms(later_page, runs),
                "count_ms": _median_ms(lambda t=target: count_for_review(conn, t), runs),
            }
    engine.dispose()
    return result


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.review_queue", description=__doc__)
    parser.add_argument("--db", required=True, metavar="URL", help="database URL (use a copy)")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    result = measure(args.db, args.runs)
    if args.json:
        print(json.dumps(result))
        return
    print(f"{result['database']} (schema {result['schema']}, {result['items']:,} items)")
    for target in ("category", "kind"):
        figures = result[target]
        print(
            f"  {target:8} queue {figures['queue']:>8,}  first page {figures['first_page_ms']:>8} ms  "
            f"{DEEP_PAGES} pages {figures[f'{DEEP_PAGES}_pages_ms']:>8} ms  count {figures['count_ms']:>8} ms"
        )


if __name__ == "__main__":
    main()
