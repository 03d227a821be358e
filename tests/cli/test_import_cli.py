"""``kaizen import-feedback`` as a user runs it: a real process, a real database."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def kaizen(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "main.py", *args], cwd=ROOT, capture_output=True, text=True, check=False
    )


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def test_import_prints_the_report_as_json(tmp_path: Path, db_url: str) -> None:
    path = write(
        tmp_path / "crm.csv",
        "Номер;Дата;Канал;Текст;Почта\n"
        "1;21.03.2026 14:05;телефон;Курьер опоздал;ivan@example.com\n"
        "2;22.03.2026 10:00;чат;Спасибо за помощь;IVAN@example.com\n",
    )
    result = kaizen("import-feedback", str(path), "--db", db_url, "--json")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == {
        "source": "crm",
        "rows_read": 2,
        "added": 2,
        "already_present": 0,
        "duplicates_in_file": 0,
        "contacts_matched": 0,
        "contacts_created": 1,
        "categories_created": 0,
        "rows_rejected": [],
        "committed": True,
    }

    again = kaizen("import-feedback", str(path), "--db", db_url, "--json")
    assert again.returncode == 0, again.stderr
    report = json.loads(again.stdout)
    assert (report["added"], report["already_present"]) == (0, 2)


def test_rejected_rows_exit_1_and_write_nothing(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'k.db'}"
    path = write(tmp_path / "bad.csv", "id,channel,text\n1,phone,ok\n2,fax,not ok\n")
    result = kaizen("import-feedback", str(path), "--db", url, "--json")
    assert result.returncode == 1
    report = json.loads(result.stdout)
    assert (report["committed"], report["added"]) == (False, 0)
    assert report["rows_rejected"][0]["row"] == 3
    assert "'fax'" in report["rows_rejected"][0]["reason"]

    human = kaizen("import-feedback", str(path), "--db", url, "--skip-invalid")
    assert human.returncode == 0, human.stderr
    assert "1 added" in human.stdout and "row 3:" in human.stdout


def test_missing_file_is_one_line_on_stderr(tmp_path: Path) -> None:
    missing = tmp_path / "nowhere.csv"
    result = kaizen("import-feedback", str(missing), "--db", f"sqlite:///{tmp_path / 'k.db'}", "--json")
    assert result.returncode == 2
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1
    assert str(missing) in lines[0] and "not found" in lines[0]
