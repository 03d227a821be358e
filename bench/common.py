"""The benchmark database: 1,000,000 sample items, built once and cached."""

from __future__ import annotations

import json
import resource
import statistics
import sys
import time
from pathlib import Path
from typing import Any

DATA_DIR = Path(__file__).parent / ".data"
DEFAULT_ITEMS = 1_000_000


def bench_db_url(items: int = DEFAULT_ITEMS, seed: int = 1) -> str:
    """A SQLite database of ``items`` sample items; generated on first use (minutes)."""
    from app import demo_data
    from db.engine import make_engine
    from db.migrate import upgrade_to_head

    path = DATA_DIR / f"kaizen-{items}-s{seed}.db"
    url = f"sqlite:///{path}"
    if path.exists():
        return url
    partial = path.with_suffix(".partial")
    for leftover in DATA_DIR.glob(partial.name + "*"):
        leftover.unlink()
    print(f"building {path.name} (once; takes minutes) ...", file=sys.stderr, flush=True)
    engine = make_engine(f"sqlite:///{partial}")
    upgrade_to_head(engine)
    started = time.perf_counter()
    demo_data.generate(engine, items=items, seed=seed)
    with engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    engine.dispose()
    partial.rename(path)
    print(f"built {path.name} in {time.perf_counter() - started:.0f} s", file=sys.stderr, flush=True)
    return url


def percentiles(samples_ms: list[float]) -> dict[str, float]:
    ordered = sorted(samples_ms)
    p95_index = max(0, round(0.95 * len(ordered)) - 1)
    return {
        "p50_ms": round(statistics.median(ordered), 2),
        "p95_ms": round(ordered[p95_index], 2),
        "max_ms": round(ordered[-1], 2),
    }


def peak_rss_mb() -> float:
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)


def emit(result: dict[str, Any], as_json: bool) -> None:
    if as_json:
        print(json.dumps(result, ensure_ascii=False))
    else:
        for key, value in result.items():
            print(f"{key:>28}: {value}")
