"""Commands that create, fill and query the database: upgrade, demo-data, imports, search."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from cli.common import add_db_option, emit, open_engine


def register(commands: Any) -> None:
    upgrade = commands.add_parser("upgrade", help="create or upgrade the database schema")
    add_db_option(upgrade)
    upgrade.add_argument("--json", action="store_true", help="print one JSON object")
    upgrade.set_defaults(handler=cmd_upgrade)

    demo = commands.add_parser("demo-data", help="fill the database with realistic sample data")
    add_db_option(demo)
    demo.add_argument("--items", type=int, default=3000, help="number of feedback items (default 3000)")
    demo.add_argument("--seed", type=int, default=1, help="random seed: same seed, same data")
    demo.add_argument("--json", action="store_true", help="print one JSON object")
    demo.set_defaults(handler=cmd_demo_data)

    imp = commands.add_parser(
        "import-feedback", help="import feedback history exported from another system (CSV or XLSX)"
    )
    add_db_option(imp)
    imp.add_argument("file", type=Path, help="CSV or XLSX file")
    imp.add_argument("--source", help="name of the system the file came from (default: the file name)")
    imp.add_argument(
        "--skip-invalid",
        action="store_true",
        help="import the valid rows even if some are rejected (default: import nothing then)",
    )
    imp.add_argument("--json", action="store_true", help="print one JSON object")
    imp.set_defaults(handler=cmd_import_feedback)

    imp_survey = commands.add_parser(
        "import-survey", help="import survey responses exported from another system (CSV or XLSX)"
    )
    add_db_option(imp_survey)
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
    imp_survey.set_defaults(handler=cmd_import_survey)

    find = commands.add_parser("search", help="full-text search over feedback text, newest first")
    add_db_option(find)
    find.add_argument("text", help="words to find (each matches as a word prefix)")
    find.add_argument("--limit", type=int, default=20)
    find.add_argument("--json", action="store_true", help="print one JSON object")
    find.set_defaults(handler=cmd_search)


def cmd_upgrade(args: argparse.Namespace) -> int:
    from db.engine import make_engine, resolve_url
    from db.migrate import current_revision, upgrade_to_head

    engine = make_engine(resolve_url(args.db))
    before = current_revision(engine)
    upgrade_to_head(engine)
    result = {"from_revision": before, "to_revision": current_revision(engine)}
    emit(args, result, lambda r: f"schema at revision {r['to_revision']} (was {r['from_revision']})")
    return 0


def cmd_demo_data(args: argparse.Namespace) -> int:
    from app import demo_data

    engine = open_engine(args)
    result = demo_data.generate(engine, items=args.items, seed=args.seed)
    emit(args, result, lambda r: ", ".join(f"{k}: {v}" for k, v in r.items()))
    return 0


def cmd_import_feedback(args: argparse.Namespace) -> int:
    from app import feedback_import

    engine = open_engine(args)
    report = feedback_import.import_feedback(
        engine, args.file, source=args.source, skip_invalid=args.skip_invalid
    )
    emit(args, report.as_dict(), lambda _r: report.describe())
    return 0 if report.committed else 1


def cmd_import_survey(args: argparse.Namespace) -> int:
    from app import survey_import

    engine = open_engine(args)
    report = survey_import.import_survey(
        engine, args.file, source=args.source, mapping_file=args.mapping, skip_invalid=args.skip_invalid
    )
    emit(args, report.as_dict(), lambda _r: report.describe())
    return 0 if report.committed else 1


def cmd_search(args: argparse.Namespace) -> int:
    from app.feedback import FeedbackQuery, count_matching, fetch_page

    engine = open_engine(args)
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

    emit(args, result, human)
    return 0
