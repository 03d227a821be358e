"""What every command shares: the --db option, opening the database, printing results."""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from typing import Any


def add_db_option(parser: argparse.ArgumentParser, default: Any = argparse.SUPPRESS) -> None:
    # Accepted before or after the command; only the top level sets a default,
    # so "kaizen --db X search y" is not undone by the subcommand.
    parser.add_argument(
        "--db",
        default=default,
        metavar="URL",
        help="database URL (sqlite:///file.db, postgresql://user@host/name); "
        "default: $KAIZEN_DB_URL, else a SQLite file in your user data folder",
    )


def iso_date(value: str) -> Any:
    import datetime as dt

    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {value!r}") from None


def open_engine(args: argparse.Namespace) -> Any:
    """The database the command names, upgraded to the current schema."""
    from db.engine import make_engine, resolve_url
    from db.migrate import upgrade_to_head

    url = resolve_url(args.db)
    engine = make_engine(url)
    upgrade_to_head(engine)
    return engine


def emit(args: argparse.Namespace, result: dict[str, Any], human: Callable[[dict[str, Any]], str]) -> None:
    """One JSON object with --json, else the human wording."""
    if getattr(args, "json", False):
        print(json.dumps(result, ensure_ascii=False, default=str))
    else:
        print(human(result))
