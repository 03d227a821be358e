"""Measures and the executive PDF report."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from cli.common import add_db_option, emit, iso_date, open_engine


def register(commands: Any) -> None:
    metrics = commands.add_parser("metrics", help="service and improvement measures for a period")
    add_db_option(metrics)
    metrics.add_argument("--from", dest="date_from", required=True, type=iso_date, metavar="DATE")
    metrics.add_argument(
        "--to", dest="date_to", required=True, type=iso_date, metavar="DATE", help="end date, not included"
    )
    metrics.add_argument("--channel", action="append", default=[], metavar="CODE", help="repeatable")
    metrics.add_argument("--category", action="append", default=[], type=int, metavar="ID", help="repeatable")
    metrics.add_argument("--json", action="store_true", help="print one JSON object")
    metrics.set_defaults(handler=cmd_metrics)

    report = commands.add_parser("report", help="write the executive PDF report for a period")
    add_db_option(report)
    report.add_argument("--from", dest="date_from", required=True, type=iso_date, metavar="DATE")
    report.add_argument(
        "--to", dest="date_to", required=True, type=iso_date, metavar="DATE", help="end date, not included"
    )
    report.add_argument("--out", required=True, type=Path, metavar="FILE.pdf", help="the PDF to write")
    report.add_argument("--lang", choices=("en", "ru", "fa"), default="en", help="language of the labels")
    report.add_argument(
        "--channel", action="append", default=[], metavar="CODE", help="only this channel (repeatable)"
    )
    report.add_argument(
        "--category",
        action="append",
        default=[],
        type=int,
        metavar="ID",
        help="only this category (repeatable)",
    )
    report.add_argument("--json", action="store_true", help="print one JSON object")
    report.set_defaults(handler=cmd_report)


def cmd_metrics(args: argparse.Namespace) -> int:
    from app.metrics import Filters, compute_all

    engine = open_engine(args)
    filters = Filters(channels=tuple(args.channel), category_ids=tuple(args.category))
    result = compute_all(engine, args.date_from, args.date_to, filters)

    def human(r: dict[str, Any]) -> str:
        lines = [f"{r['period']['from'][:10]} to {r['period']['to'][:10]}: {r['volume']['total']} items"]
        for code, s in r["service"]["by_channel"].items():
            reply = s["reply_hours"]
            lines.append(
                f"  {code:<13} {s['items']:>8} items  reply median {reply['median']} h, "
                f"p90 {reply['p90']} h, "
                f"unanswered {s['unanswered']}"
            )
        lines.append(
            f"NPS {r['surveys']['nps']['all']['nps']}, CSAT {r['surveys']['csat']['all']['csat_percent']}%"
        )
        return "\n".join(lines)

    emit(args, result, human)
    return 0


def cmd_report(args: argparse.Namespace) -> int:
    from app.metrics import Filters
    from app.tasks import TaskState
    from reports.builder import build_report

    engine = open_engine(args)

    def show(done: int, total: int) -> None:
        if not getattr(args, "json", False):
            print(f"\rreport {done}/{total}", end="", file=sys.stderr, flush=True)

    result = build_report(
        engine,
        args.date_from,
        args.date_to,
        args.out,
        lang=args.lang,
        state=TaskState(on_progress=show),
        filters=Filters(channels=tuple(args.channel), category_ids=tuple(args.category)),
    )
    if not getattr(args, "json", False):
        print(file=sys.stderr)
    emit(args, result, lambda r: f"wrote {r['path']} ({r['pages']} pages, {r['lang']})")
    return 0
