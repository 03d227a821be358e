"""Kaizen Desk entry point: parse arguments, open the database, run a command or the window.

Every subcommand that reports results prints one JSON object with ``--json``.
Expected problems (a bad file, a database that cannot be reached) end with a
one-line message on stderr and exit status 2; nothing else is printed.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

EXIT_USER_ERROR = 2


def _add_db_option(parser: argparse.ArgumentParser, default: Any = argparse.SUPPRESS) -> None:
    # Accepted before or after the command; only the top level sets a default,
    # so "kaizen --db X search y" is not undone by the subcommand.
    parser.add_argument(
        "--db",
        default=default,
        metavar="URL",
        help="database URL (sqlite:///file.db, postgresql://user@host/name); "
        "default: $KAIZEN_DB_URL, else a SQLite file in your user data folder",
    )


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="kaizen",
        description="Kaizen Desk: customer feedback and continuous improvement. "
        "Without a command, opens the window.",
    )
    _add_db_option(parser, default=None)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    gui = commands.add_parser("gui", help="open the window (the default)")
    _add_db_option(gui)
    gui.add_argument(
        "--no-sample-data", action="store_true", help="do not fill an empty database with sample data"
    )

    upgrade = commands.add_parser("upgrade", help="create or upgrade the database schema")
    _add_db_option(upgrade)
    upgrade.add_argument("--json", action="store_true", help="print one JSON object")

    demo = commands.add_parser("demo-data", help="fill the database with realistic sample data")
    _add_db_option(demo)
    demo.add_argument("--items", type=int, default=3000, help="number of feedback items (default 3000)")
    demo.add_argument("--seed", type=int, default=1, help="random seed: same seed, same data")
    demo.add_argument("--json", action="store_true", help="print one JSON object")

    imp = commands.add_parser(
        "import-feedback", help="import feedback history exported from another system (CSV or XLSX)"
    )
    _add_db_option(imp)
    imp.add_argument("file", type=Path, help="CSV or XLSX file")
    imp.add_argument("--source", help="name of the system the file came from (default: the file name)")
    imp.add_argument(
        "--skip-invalid",
        action="store_true",
        help="import the valid rows even if some are rejected (default: import nothing then)",
    )
    imp.add_argument("--json", action="store_true", help="print one JSON object")

    imp_survey = commands.add_parser(
        "import-survey", help="import survey responses exported from another system (CSV or XLSX)"
    )
    _add_db_option(imp_survey)
    imp_survey.add_argument("file", type=Path, help="CSV or XLSX file")
    imp_survey.add_argument("--source", required=True, help="name of the survey system the file came from")
    imp_survey.add_argument(
        "--mapping", type=Path, metavar="MAP.json", help="column mapping; saved for the source and reused"
    )
    imp_survey.add_argument(
        "--skip-invalid",
        action="store_true",
        help="import the valid rows even if some are rejected (default: import nothing then)",
    )
    imp_survey.add_argument("--json", action="store_true", help="print one JSON object")

    find = commands.add_parser("search", help="full-text search over feedback text, newest first")
    _add_db_option(find)
    find.add_argument("text", help="words to find (each matches as a word prefix)")
    find.add_argument("--limit", type=int, default=20)
    find.add_argument("--json", action="store_true", help="print one JSON object")

    evaluate = commands.add_parser(
        "evaluate", help="train the app's classifier on one labelled CSV/TSV file and score it on another"
    )
    evaluate.add_argument("--train", type=Path, required=True, metavar="FILE", help="labelled training file")
    evaluate.add_argument("--test", type=Path, required=True, metavar="FILE", help="labelled test file")
    evaluate.add_argument("--text-col", default="text", metavar="C", help="text column (default: text)")
    evaluate.add_argument("--label-col", default="label", metavar="C", help="label column (default: label)")
    evaluate.add_argument("--json", action="store_true", help="print one JSON object")

    train = commands.add_parser("train", help="train the classifiers on the labels people confirmed")
    _add_db_option(train)
    train.add_argument("--models", type=Path, metavar="DIR", help="model folder (default: beside the data)")
    train.add_argument("--json", action="store_true", help="print one JSON object")

    metrics = commands.add_parser("metrics", help="service and improvement measures for a period")
    _add_db_option(metrics)
    metrics.add_argument("--from", dest="date_from", required=True, type=_iso_date, metavar="DATE")
    metrics.add_argument(
        "--to", dest="date_to", required=True, type=_iso_date, metavar="DATE", help="end date, not included"
    )
    metrics.add_argument("--channel", action="append", default=[], metavar="CODE", help="repeatable")
    metrics.add_argument("--category", action="append", default=[], type=int, metavar="ID", help="repeatable")
    metrics.add_argument("--json", action="store_true", help="print one JSON object")

    report = commands.add_parser("report", help="write the executive PDF report for a period")
    _add_db_option(report)
    report.add_argument("--from", dest="date_from", required=True, type=_iso_date, metavar="DATE")
    report.add_argument(
        "--to", dest="date_to", required=True, type=_iso_date, metavar="DATE", help="end date, not included"
    )
    report.add_argument("--out", required=True, type=Path, metavar="FILE.pdf", help="the PDF to write")
    report.add_argument("--lang", choices=("en", "ru", "fa"), default="en", help="language of the labels")
    report.add_argument("--json", action="store_true", help="print one JSON object")

    move = commands.add_parser("advance", help="move an improvement to another workflow stage")
    _add_db_option(move)
    move.add_argument("improvement_id", type=int, metavar="IMPROVEMENT_ID")
    move.add_argument("stage", metavar="STAGE", help="new, triage, accepted, plan, do, check, act, done ...")
    move.add_argument("--reason", help="why (needed to decline, put on hold or reopen)")
    move.add_argument("--measured", help="the measured result (needed to leave check)")
    move.add_argument("--user", metavar="USERNAME", help="who moves it (default: the system user)")
    move.add_argument("--json", action="store_true", help="print one JSON object")

    overdue = commands.add_parser("overdue", help="items past their channel's acknowledge or reply target")
    _add_db_option(overdue)
    overdue.add_argument("--limit", type=int, default=50, help="oldest items listed (default 50)")
    overdue.add_argument("--json", action="store_true", help="print one JSON object")
    return parser


def _iso_date(value: str) -> Any:
    import datetime as dt

    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {value!r}") from None


def _open_engine(args: argparse.Namespace) -> Any:
    from db.engine import make_engine, resolve_url
    from db.migrate import upgrade_to_head

    url = resolve_url(args.db)
    engine = make_engine(url)
    upgrade_to_head(engine)
    return engine


def _emit(args: argparse.Namespace, result: dict[str, Any], human: Callable[[dict[str, Any]], str]) -> None:
    if getattr(args, "json", False):
        print(json.dumps(result, ensure_ascii=False, default=str))
    else:
        print(human(result))


def cmd_gui(args: argparse.Namespace) -> int:
    from ui.application import run_gui

    return run_gui(args.db, sample_data=not getattr(args, "no_sample_data", False))


def cmd_upgrade(args: argparse.Namespace) -> int:
    from db.engine import make_engine, resolve_url
    from db.migrate import current_revision, upgrade_to_head

    engine = make_engine(resolve_url(args.db))
    before = current_revision(engine)
    upgrade_to_head(engine)
    result = {"from_revision": before, "to_revision": current_revision(engine)}
    _emit(args, result, lambda r: f"schema at revision {r['to_revision']} (was {r['from_revision']})")
    return 0


def cmd_demo_data(args: argparse.Namespace) -> int:
    from app import demo_data

    engine = _open_engine(args)
    result = demo_data.generate(engine, items=args.items, seed=args.seed)
    _emit(args, result, lambda r: ", ".join(f"{k}: {v}" for k, v in r.items()))
    return 0


def cmd_import_feedback(args: argparse.Namespace) -> int:
    from app import feedback_import

    engine = _open_engine(args)
    report = feedback_import.import_feedback(
        engine, args.file, source=args.source, skip_invalid=args.skip_invalid
    )
    _emit(args, report.as_dict(), lambda _r: report.describe())
    return 0 if report.committed else 1


def cmd_import_survey(args: argparse.Namespace) -> int:
    from app import survey_import

    engine = _open_engine(args)
    report = survey_import.import_survey(
        engine, args.file, source=args.source, mapping_file=args.mapping, skip_invalid=args.skip_invalid
    )
    _emit(args, report.as_dict(), lambda _r: report.describe())
    return 0 if report.committed else 1


def cmd_search(args: argparse.Namespace) -> int:
    from app.feedback import FeedbackQuery, count_matching, fetch_page

    engine = _open_engine(args)
    with engine.connect() as conn:
        page = fetch_page(conn, FeedbackQuery(search=args.text), limit=args.limit)
        total = count_matching(conn, args.text)
    result = {
        "query": args.text,
        "total": total,
        "items": [
            {
                "id": row.id,
                "received_at": row.received_at.isoformat(),
                "channel": row.channel,
                "kind": row.kind,
                "language": row.language,
                "contact": row.contact,
                "text": row.text,
            }
            for row in page.rows
        ],
    }

    def human(r: dict[str, Any]) -> str:
        lines = [f"{r['total']} items match {r['query']!r}; newest {len(r['items'])}:"]
        lines += [
            f"#{i['id']}  {i['received_at'][:16]}  {i['channel']:<9} {i['text'][:80]}" for i in r["items"]
        ]
        return "\n".join(lines)

    _emit(args, result, human)
    return 0


def cmd_evaluate(args: argparse.Namespace) -> int:
    from classifiers.evaluate import evaluate

    result = evaluate(args.train, args.test, text_col=args.text_col, label_col=args.label_col)
    _emit(args, result, lambda r: ", ".join(f"{k}: {v}" for k, v in r.items()))
    return 0


def cmd_train(args: argparse.Namespace) -> int:
    from app.tasks import TaskState
    from classifiers.training import train_models

    engine = _open_engine(args)

    def show(done: int, total: int) -> None:
        if not getattr(args, "json", False):
            print(f"\rtraining {done}/{total}", end="", file=sys.stderr, flush=True)

    result = train_models(engine, args.models, TaskState(on_progress=show))
    if not getattr(args, "json", False):
        print(file=sys.stderr)
    _emit(args, result, lambda r: "\n".join(f"{k}: {v}" for k, v in r.items()))
    return 0


def cmd_metrics(args: argparse.Namespace) -> int:
    from app.metrics import Filters, compute_all

    engine = _open_engine(args)
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

    _emit(args, result, human)
    return 0


def cmd_report(args: argparse.Namespace) -> int:
    from app.tasks import TaskState
    from reports.builder import build_report

    engine = _open_engine(args)

    def show(done: int, total: int) -> None:
        if not getattr(args, "json", False):
            print(f"\rreport {done}/{total}", end="", file=sys.stderr, flush=True)

    result = build_report(
        engine, args.date_from, args.date_to, args.out, lang=args.lang, state=TaskState(on_progress=show)
    )
    if not getattr(args, "json", False):
        print(file=sys.stderr)
    _emit(args, result, lambda r: f"wrote {r['path']} ({r['pages']} pages, {r['lang']})")
    return 0


def cmd_advance(args: argparse.Namespace) -> int:
    from app.operators import operator
    from app.workflow import advance

    engine = _open_engine(args)
    with engine.connect() as conn:
        user = operator(conn, args.user)
    moved = advance(
        engine,
        args.improvement_id,
        args.stage,
        user_id=user.id if user else None,
        reason=args.reason,
        measured_benefit=args.measured,
    )
    result = {
        "improvement_id": moved.improvement_id,
        "from": moved.from_stage.value,
        "to": moved.to_stage.value,
        "version": moved.version,
        "at": moved.at.isoformat(),
        "changes": moved.changes,
    }
    _emit(args, result, lambda r: f"improvement {r['improvement_id']}: {r['from']} -> {r['to']}")
    return 0


def cmd_overdue(args: argparse.Namespace) -> int:
    from app.service_targets import overdue_counts, overdue_items
    from db.tables import utcnow

    engine = _open_engine(args)
    now = utcnow()
    with engine.connect() as conn:
        counts = overdue_counts(conn, as_of=now)
        items = overdue_items(conn, as_of=now, limit=args.limit)
    result = {
        "as_of": now.isoformat(),
        "by_channel": counts,
        "total": sum(c["overdue"] for c in counts.values()),
        "items": [
            {
                "id": i.item_id,
                "channel": i.channel,
                "received_at": i.received_at.isoformat(),
                "contact": i.contact,
                "overdue_for": i.overdue_for,
                "due_at": i.due_at.isoformat(),
                "hours_overdue": i.hours_overdue,
                "text": i.text,
            }
            for i in items
        ],
    }

    def human(r: dict[str, Any]) -> str:
        lines = [f"{r['total']} items overdue"]
        lines += [
            f"  {code:<13} {c['overdue']:>6}  (acknowledge {c['acknowledge']}, reply {c['reply']})"
            for code, c in r["by_channel"].items()
        ]
        lines += [
            f"#{i['id']}  {i['received_at'][:16]}  {i['channel']:<9} {i['overdue_for']:<11} "
            f"{i['hours_overdue']:>8.1f} h  {i['text'][:60]}"
            for i in r["items"]
        ]
        return "\n".join(lines)

    _emit(args, result, human)
    return 0


COMMANDS: dict[str | None, Callable[[argparse.Namespace], int]] = {
    None: cmd_gui,
    "gui": cmd_gui,
    "upgrade": cmd_upgrade,
    "demo-data": cmd_demo_data,
    "import-feedback": cmd_import_feedback,
    "import-survey": cmd_import_survey,
    "search": cmd_search,
    "evaluate": cmd_evaluate,
    "train": cmd_train,
    "metrics": cmd_metrics,
    "report": cmd_report,
    "advance": cmd_advance,
    "overdue": cmd_overdue,
}


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    from sqlalchemy.exc import OperationalError

    from app.errors import KaizenError

    try:
        return COMMANDS[args.command](args)
    except KaizenError as exc:
        print(f"kaizen: {exc}", file=sys.stderr)
        return EXIT_USER_ERROR
    except OperationalError as exc:
        # The database went away or cannot be opened: name it, no traceback.
        print(f"kaizen: database error: {exc.orig}", file=sys.stderr)
        return EXIT_USER_ERROR


if __name__ == "__main__":
    sys.exit(main())
