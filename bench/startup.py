"""Start-up time to a shown main window with data, and memory, on a large database.

Each run is a fresh process (``bench/startup_probe.py``) under the offscreen
Qt platform; the clock runs from just before the process is spawned to the
line it prints once the window is exposed with rows. Warm cache: the first
run is discarded. Memory is the probe's peak RSS after it also searched a
common word and scrolled through 20 pages.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from bench.common import bench_db_url, emit

ROOT = Path(__file__).resolve().parent.parent
RUNS = 7


def one_run(url: str, search: str) -> dict[str, float]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    started = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, "-m", "bench.startup_probe", "--db", url, "--search", search],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert proc.stdout is not None
    figures: dict[str, float] = {}
    for line in proc.stdout:
        key, value = line.split()
        if key == "ready":
            figures["wall_s"] = time.perf_counter() - started
            figures["in_process_s"] = float(value)
        else:
            figures[key] = float(value)
    if proc.wait() != 0:
        raise SystemExit(f"the start-up probe failed with exit code {proc.returncode}")
    return figures


def main(argv: list[str] | None = None) -> dict[str, Any]:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--items", type=int, default=1_000_000)
    parser.add_argument("--search", default="the", help="word searched before measuring memory")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    url = bench_db_url(args.items)
    one_run(url, args.search)  # warm the page cache
    runs = [one_run(url, args.search) for _ in range(RUNS)]
    walls = [r["wall_s"] for r in runs]
    result = {
        "benchmark": "startup",
        "items": args.items,
        "runs": RUNS,
        "window_with_data_s_median": round(statistics.median(walls), 3),
        "window_with_data_s_min": round(min(walls), 3),
        "window_with_data_s_max": round(max(walls), 3),
        "in_process_s_median": round(statistics.median(r["in_process_s"] for r in runs), 3),
        "rows_loaded_after_scroll": int(runs[-1]["rows"]),
        "peak_rss_mb": max(r["rss"] for r in runs),
    }
    emit(result, args.json)
    return result


if __name__ == "__main__":
    main()
