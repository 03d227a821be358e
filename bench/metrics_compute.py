"""Time and peak memory of ``app.metrics.compute_all`` over the whole benchmark database.

``python -m bench.metrics_compute [--json] [--items N] [--from DATE --to DATE] [--with-previous]``;
the database is opened read-only. Each part is timed on its own as well, so a slow
measure shows where the time goes. ``--with-previous`` computes the period and the one
before it together (``compute_periods``), as the report does.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import time
from collections.abc import Sequence
from typing import Any

from bench.common import bench_db_url, emit, peak_rss_mb


def main(argv: Sequence[str] | None = None) -> dict[str, Any]:
    parser = argparse.ArgumentParser(prog="python -m bench.metrics_compute", description=__doc__)
    parser.add_argument("--items", type=int, default=1_000_000, help="size of the benchmark database")
    parser.add_argument("--from", dest="date_from", default="2024-11-01", help="default: the whole sample")
    parser.add_argument("--to", dest="date_to", default="2026-11-01")
    parser.add_argument("--with-previous", action="store_true", help="also the period before, as the report")
    parser.add_argument(
        "--db", metavar="PATH", help="another SQLite file (e.g. a copy upgraded to the current schema)"
    )
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    args = parser.parse_args(argv)

    from app.metrics import Filters, compute_periods
    from app.metrics import _scope as make_scope
    from app.metrics.contacts import contact_measures
    from app.metrics.improvements import improvement_measures
    from app.metrics.service import service
    from app.metrics.surveys import survey_measures
    from app.metrics.volume import volume
    from db.engine import make_engine

    path = args.db or bench_db_url(args.items).removeprefix("sqlite:///")
    engine = make_engine(f"sqlite:///file:{path}?mode=ro&uri=true")
    start, end = dt.date.fromisoformat(args.date_from), dt.date.fromisoformat(args.date_to)
    as_of = dt.datetime(2026, 11, 1)  # the sample data's "now"

    started, cpu_started = time.perf_counter(), time.process_time()
    periods = [(start, end), (start - (end - start), start)] if args.with_previous else [(start, end)]
    result = compute_periods(engine, periods, as_of=as_of)[0]
    total_s, total_cpu_s = time.perf_counter() - started, time.process_time() - cpu_started
    peak = peak_rss_mb()

    # The parts one after the other on one connection: where the time goes. CPU time
    # as well as wall time, because on a busy machine wall time mostly measures the others.
    parts: dict[str, dict[str, float]] = {}
    with engine.connect() as conn:
        scope = make_scope(
            conn,
            dt.datetime.combine(start, dt.time()),
            dt.datetime.combine(end, dt.time()),
            Filters(),
            14,
            as_of,
        )
        for name, part in (
            ("volume", volume),
            ("service", service),
            ("contacts", contact_measures),
            ("surveys", survey_measures),
            ("improvements", improvement_measures),
        ):
            t0, c0 = time.perf_counter(), time.process_time()
            part(conn, scope)
            parts[name] = {
                "wall_s": round(time.perf_counter() - t0, 2),
                "cpu_s": round(time.process_time() - c0, 2),
            }
    engine.dispose()
    out = {
        "items": args.items,
        "period": f"{args.date_from}..{args.date_to}",
        "with_previous": args.with_previous,
        "items_in_period": result["volume"]["total"],
        "compute_all_s": round(total_s, 2),
        "compute_all_cpu_s": round(total_cpu_s, 2),
        "cpus": os.cpu_count(),
        "load_average_1min": round(os.getloadavg()[0], 2),
        "peak_rss_mb": peak,
        "parts_s": parts,
    }
    emit(out, args.json)
    return out


if __name__ == "__main__":
    main()
