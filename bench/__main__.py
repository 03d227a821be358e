"""Run every benchmark: ``python -m bench [--json] [--items N]``."""

from __future__ import annotations

import argparse

from bench import metrics_compute, report_build, search_latency, startup
from bench.common import emit


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    parser.add_argument("--items", type=int, default=1_000_000, help="size of the benchmark database")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    args = parser.parse_args()
    common = ["--items", str(args.items)]
    quiet = ["--json"]  # each part prints JSON; we print the combined result once
    import contextlib
    import io

    results = {}
    parts = (
        ("startup", startup),
        ("search_latency", search_latency),
        ("metrics", metrics_compute),
        ("report", report_build),
    )
    for name, module in parts:
        with contextlib.redirect_stdout(io.StringIO()):
            results[name] = module.main(common + quiet)
    emit(results, args.json)


if __name__ == "__main__":
    main()
