"""Time and peak memory to build the PDF report over the benchmark database.

``python -m bench.report_build [--json] [--items N] [--from DATE --to DATE] [--lang L]``;
the database is opened read-only and the report written to a temporary folder.
The stages are timed on their own too (the two compute_all calls, the quotes
query, the drawing of the PDF), so a slow one shows where the time goes.
Targets from issue 7: at most 5 s and 300 MB for 1,000,000 items.
"""

from __future__ import annotations

import argparse
import datetime as dt
import itertools
import os
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from bench.common import bench_db_url, emit, peak_rss_mb


def main(argv: Sequence[str] | None = None) -> dict[str, Any]:
    parser = argparse.ArgumentParser(prog="python -m bench.report_build", description=__doc__)
    parser.add_argument("--items", type=int, default=1_000_000, help="size of the benchmark database")
    parser.add_argument("--from", dest="date_from", default="2026-08-01", help="default: the last quarter")
    parser.add_argument("--to", dest="date_to", default="2026-11-01")
    parser.add_argument("--lang", default="fa", choices=("en", "ru", "fa"))
    parser.add_argument(
        "--db", metavar="PATH", help="another SQLite file (e.g. a copy upgraded to the current schema)"
    )
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    args = parser.parse_args(argv)

    from app.tasks import TaskState
    from db.engine import make_engine
    from reports import builder, data

    path = args.db or bench_db_url(args.items).removeprefix("sqlite:///")
    engine = make_engine(f"sqlite:///file:{path}?mode=ro&uri=true")
    start, end = dt.date.fromisoformat(args.date_from), dt.date.fromisoformat(args.date_to)
    as_of = dt.datetime(2026, 11, 1)  # the sample data's "now"

    stages: dict[str, float] = {}
    marks = [time.perf_counter()]

    def on_progress(done: int, total: int) -> None:  # gather() reports after each stage
        marks.append(time.perf_counter())

    real_render = builder._render

    def timed_render(report: data.ReportData, target: Path) -> int:
        t0 = time.perf_counter()
        try:
            return real_render(report, target)
        finally:
            stages["render_pdf_s"] = round(time.perf_counter() - t0, 2)

    builder._render = timed_render  # type: ignore[assignment]
    with tempfile.TemporaryDirectory(prefix="kaizen-report-bench-") as folder:
        out = Path(folder) / "report.pdf"
        started, cpu_started = time.perf_counter(), time.process_time()
        state = TaskState(on_progress=on_progress, min_interval=0)
        result = builder.build_report(engine, start, end, out, lang=args.lang, state=state, as_of=as_of)
        total_s, cpu_s = time.perf_counter() - started, time.process_time() - cpu_started
        size_kb = round(out.stat().st_size / 1024, 1)
    builder._render = real_render  # type: ignore[assignment]
    engine.dispose()
    # marks: start, after 0/4 (setup), compute_all now, compute_all previous, quotes, done
    names = ("setup_s", "compute_all_period_s", "compute_all_previous_s", "quotes_s")
    for name, (a, b) in zip(names, itertools.pairwise(marks), strict=False):
        stages[name] = round(b - a, 2)
    out_result = {
        "items": args.items,
        "period": f"{args.date_from}..{args.date_to}",
        "lang": args.lang,
        "items_in_period": result["headline"]["items"]["now"],
        "pages": result["pages"],
        "pdf_kb": size_kb,
        "build_report_s": round(total_s, 2),
        "build_report_cpu_s": round(cpu_s, 2),
        "peak_rss_mb": peak_rss_mb(),
        "cpus": os.cpu_count(),
        "load_average_1min": round(os.getloadavg()[0], 2),
        "stages_s": stages,
        "targets": {"build_report_s": 5, "peak_rss_mb": 300},
    }
    emit(out_result, args.json)
    return out_result


if __name__ == "__main__":
    main()
