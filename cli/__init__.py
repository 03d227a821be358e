"""Kaizen Desk's command line: parse arguments, open the database, run a command or the window.

Every subcommand that reports results prints one JSON object with ``--json``.
Expected problems (a bad file, a database that cannot be reached) end with a
one-line message on stderr and exit status 2; nothing else is printed.

Each module of this package registers its own subcommands; a command's handler
imports what it needs when it runs, so ``kaizen --help`` and the window start fast.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from cli import classify, data, reporting, surveys, workflow
from cli.common import add_db_option

EXIT_USER_ERROR = 2


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="kaizen",
        description="Kaizen Desk: customer feedback and continuous improvement. "
        "Without a command, opens the window.",
    )
    add_db_option(parser, default=None)
    parser.set_defaults(handler=cmd_gui)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    gui = commands.add_parser("gui", help="open the window (the default)")
    add_db_option(gui)
    gui.add_argument(
        "--no-sample-data", action="store_true", help="do not fill an empty database with sample data"
    )
    gui.set_defaults(handler=cmd_gui)

    for module in (data, classify, reporting, workflow, surveys):
        module.register(commands)
    return parser


def cmd_gui(args: argparse.Namespace) -> int:
    from ui.application import run_gui

    return run_gui(args.db, sample_data=not getattr(args, "no_sample_data", False))


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    from app import logs

    logs.configure(buffer=False)  # the log file only: what the command prints stays as it was
    from sqlalchemy.exc import OperationalError

    from app.errors import KaizenError

    try:
        return int(args.handler(args))
    except KaizenError as exc:
        print(f"kaizen: {exc}", file=sys.stderr)
        return EXIT_USER_ERROR
    except OperationalError as exc:
        # The database went away or cannot be opened: name it, no traceback.
        print(f"kaizen: database error: {exc.orig}", file=sys.stderr)
        return EXIT_USER_ERROR
