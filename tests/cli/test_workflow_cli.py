"""`kaizen advance` and `kaizen overdue` as a user runs them."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from pathlib import Path

from sqlalchemy import insert

from app.reference_data import channel_ids, ensure_reference_data
from db.engine import make_engine
from db.migrate import upgrade_to_head
from db.tables import contact, feedback_item, improvement

ROOT = Path(__file__).resolve().parents[2]


def kaizen(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "main.py", *args], cwd=ROOT, capture_output=True, text=True, check=False
    )


def test_advance_and_overdue(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'k.db'}"
    engine = make_engine(url)
    upgrade_to_head(engine)
    old = dt.datetime(2020, 1, 1)
    with engine.begin() as conn:
        ensure_reference_data(conn)
        email = channel_ids(conn)["email"]
        who = conn.execute(
            insert(contact)
            .values(display_name="Anna", created_at=old, updated_at=old)
            .returning(contact.c.id)
        ).scalar_one()
        item = conn.execute(
            insert(feedback_item)
            .values(contact_id=who, channel_id=email, kind="complaint", text="late", received_at=old)
            .returning(feedback_item.c.id)
        ).scalar_one()
        imp = conn.execute(
            insert(improvement)
            .values(title="Vans", stage="triage", created_at=old, stage_changed_at=old)
            .returning(improvement.c.id)
        ).scalar_one()
    engine.dispose()

    refused = kaizen("advance", str(imp), "declined", "--db", url)
    assert refused.returncode == 2 and refused.stdout == ""
    assert refused.stderr == f"kaizen: improvement {imp} ('Vans'): moving to declined needs a reason\n"

    moved = kaizen("advance", str(imp), "declined", "--reason", "no budget", "--db", url, "--json")
    assert moved.returncode == 0, moved.stderr
    out = json.loads(moved.stdout)
    assert (out["from"], out["to"], out["version"]) == ("triage", "declined", 2)
    assert out["changes"]["decision_reason"] == [None, "no budget"]

    listed = kaizen("overdue", "--db", url, "--json")
    assert listed.returncode == 0, listed.stderr
    out = json.loads(listed.stdout)
    assert out["by_channel"] == {"email": {"acknowledge": 1, "reply": 1, "overdue": 1}}
    assert [(i["id"], i["overdue_for"], i["contact"]) for i in out["items"]] == [(item, "reply", "Anna")]
