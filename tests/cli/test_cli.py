"""The kaizen command as a user runs it: a real process, a real database file."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from pathlib import Path

from sqlalchemy import insert

from app.reference_data import channel_ids, ensure_reference_data
from db.engine import make_engine
from db.migrate import head_revision, upgrade_to_head
from db.models import FeedbackItem

ROOT = Path(__file__).resolve().parents[2]


def kaizen(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "main.py", *args], cwd=ROOT, capture_output=True, text=True, check=False, env=env
    )


def test_help_lists_the_commands() -> None:
    result = kaizen("--help")
    assert result.returncode == 0
    for command in ("gui", "upgrade", "demo-data", "import-feedback", "search"):
        assert command in result.stdout


def test_upgrade_creates_the_schema(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'new.db'}"
    result = kaizen("upgrade", "--db", url, "--json")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == {"from_revision": None, "to_revision": head_revision()}


def test_search_json(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'k.db'}"
    engine = make_engine(url)
    upgrade_to_head(engine)
    with engine.begin() as conn:
        ensure_reference_data(conn)
        email = channel_ids(conn)["email"]
        for n, text in enumerate(["Курьер опоздал", "Courier was late", "Оплата не прошла"]):
            conn.execute(
                insert(FeedbackItem).values(
                    channel_id=email, kind="complaint", text=text, received_at=dt.datetime(2026, 3, 1, n)
                )
            )
    engine.dispose()
    result = kaizen("--db", url, "search", "курьер", "--json")
    assert result.returncode == 0, result.stderr
    out = json.loads(result.stdout)
    assert out["total"] == 1
    assert [item["text"] for item in out["items"]] == ["Курьер опоздал"]
    assert out["items"][0]["channel"] == "email"


def test_database_that_cannot_be_opened_is_named(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    result = kaizen("search", "x", "--db", f"sqlite:///{blocker}/sub/k.db")
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert "kaizen:" in result.stderr
