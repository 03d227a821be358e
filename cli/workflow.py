"""Workflow commands: move improvements between stages, list overdue items."""

from __future__ import annotations

import argparse
from typing import Any

from cli.common import add_db_option, emit, open_engine


def register(commands: Any) -> None:
    move = commands.add_parser("advance", help="move an improvement to another workflow stage")
    add_db_option(move)
    move.add_argument("improvement_id", type=int, metavar="IMPROVEMENT_ID")
    move.add_argument("stage", metavar="STAGE", help="new, triage, accepted, plan, do, check, act, done ...")
    move.add_argument("--reason", help="why (needed to decline, put on hold or reopen)")
    move.add_argument("--measured", help="the measured result (needed to leave check)")
    move.add_argument("--user", metavar="USERNAME", help="who moves it (default: the system user)")
    move.add_argument("--json", action="store_true", help="print one JSON object")
    move.set_defaults(handler=cmd_advance)

    overdue = commands.add_parser("overdue", help="items past their channel's acknowledge or reply target")
    add_db_option(overdue)
    overdue.add_argument("--limit", type=int, default=50, help="oldest items listed (default 50)")
    overdue.add_argument("--json", action="store_true", help="print one JSON object")
    overdue.set_defaults(handler=cmd_overdue)


def cmd_advance(args: argparse.Namespace) -> int:
    from app.operators import operator
    from app.workflow import advance

    engine = open_engine(args)
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
    emit(args, result, lambda r: f"improvement {r['improvement_id']}: {r['from']} -> {r['to']}")
    return 0


def cmd_overdue(args: argparse.Namespace) -> int:
    from app.service_targets import overdue_counts, overdue_items
    from db.tables import utcnow

    engine = open_engine(args)
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

    emit(args, result, human)
    return 0
