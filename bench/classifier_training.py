"""Training the app's two classifiers on its sample data: time and peak memory.

    .venv/bin/python -m bench.classifier_training [--items 10000] [--json]

Uses (building once, cached in ``bench/.data/``) a database of ``--items``
sample items, copies it to a temporary folder (training writes model rows and
files), and runs ``kaizen train --json`` there in a fresh process, so the peak
resident memory is training's own. Prints what that command prints per target
(items trained on, confirmed items, fit seconds) with the process's wall time
and peak memory.
"""

from __future__ import annotations

import argparse
import json
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from bench.common import bench_db_url, emit

TRAIN = "import sys; from main import main; sys.exit(main(sys.argv[1:]))"


def measure(items: int) -> dict[str, Any]:
    source = Path(bench_db_url(items).removeprefix("sqlite:///"))
    with tempfile.TemporaryDirectory(prefix="kaizen-bench-train-") as folder:
        copy = Path(folder) / source.name
        shutil.copyfile(source, copy)
        started = time.perf_counter()
        done = subprocess.run(
            [sys.executable, "-c", TRAIN, "train", "--json", "--db", f"sqlite:///{copy}"],
            capture_output=True,
            text=True,
            check=True,
            cwd=Path(__file__).resolve().parent.parent,
        )
        wall = time.perf_counter() - started
    summary = json.loads(done.stdout)
    result: dict[str, Any] = {"items": items}
    for target, figures in summary.items():
        result[target] = {
            key: figures.get(key) for key in ("training_size", "confirmed_items", "labels", "fit_seconds")
        }
    result["wall_seconds"] = round(wall, 1)
    result["peak_rss_mb"] = round(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024, 1)
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--items", type=int, default=10_000, help="sample items in the database")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    args = parser.parse_args(argv)
    emit(measure(args.items), args.json)
    return 0


if __name__ == "__main__":
    sys.exit(main())
