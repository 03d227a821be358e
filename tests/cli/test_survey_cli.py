"""``kaizen matches / merge-contacts / keep-apart / questions / map-question`` as a user runs them.

The commands run in this process (``cli.main``, as ``main.py`` calls it), so
the test stays fast; what they print and their exit status are checked.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from cli import main
from db.engine import make_engine
from db.tables import contact, contact_point, question, survey_response


@dataclass
class Run:
    returncode: int
    stdout: str
    stderr: str


class Kaizen:
    """Runs ``kaizen ARGS`` in this process and captures what it prints."""

    def __init__(self, capsys: pytest.CaptureFixture[str]) -> None:
        self._capsys = capsys

    def run(self, *args: str) -> Run:
        self._capsys.readouterr()
        code = main(list(args))
        out, err = self._capsys.readouterr()
        return Run(code, out, err)

    def ok(self, *args: str) -> Any:
        result = self.run(*args, "--json")
        assert result.returncode == 0, result.stderr
        return json.loads(result.stdout)


@pytest.fixture
def kaizen(capsys: pytest.CaptureFixture[str]) -> Kaizen:
    return Kaizen(capsys)


def write(path: Path, lines: list[str]) -> Path:
    path.write_bytes("\r\n".join(lines).encode("cp1251"))
    return path


def test_review_merge_keep_apart_and_map_questions(tmp_path: Path, db_url: str, kaizen: Kaizen) -> None:
    first = write(
        tmp_path / "dealer.csv",
        [
            "№ анкеты;Дата;ФИО;Почта;Телефон;Порекомендуете ли вы нас другу?",
            "1;01.03.2026;Анна Смирнова;anna@example.org;+7 916 123-45-67;10",
            "2;01.03.2026;Иван Петров;ivan@example.org;+7 903 000-00-01;8",
        ],
    )
    second = write(
        tmp_path / "callcentre.csv",
        [
            "№ анкеты;Дата;ФИО;Почта;Телефон;Была ли зона ожидания чистой?",
            "7;05.03.2026;Борис Козлов;boris@example.org;8 (916) 123-45-67;да",  # Anna's household phone
            "8;05.03.2026;Ivan Petrov;ivan.p@example.com;;нет",  # Ivan in Latin letters, new e-mail
        ],
    )
    assert (
        kaizen.ok("import-survey", str(first), "--source", "dealer", "--db", db_url)["contacts_created"] == 2
    )
    report = kaizen.ok("import-survey", str(second), "--source", "callcentre", "--db", db_url)
    assert (report["contacts_created"], report["uncertain_matches"]) == (2, 2)

    listed = kaizen.ok("matches", "--db", db_url)
    assert listed["open"] == 2
    by_kind = {m["evidence"][0]["kind"]: m for m in listed["matches"]}
    assert set(by_kind) == {"shared_phone", "name"}
    household, ivan = by_kind["shared_phone"], by_kind["name"]
    assert household["contact"]["name"] == "Борис Козлов"
    assert household["candidate"]["name"] == "Анна Смирнова"
    assert {"kind": "phone", "value": "+79161234567"} in household["candidate"]["points"]
    assert ivan["candidate"]["responses"] == 1

    apart = kaizen.ok("keep-apart", str(household["review_id"]), "--db", db_url)
    assert apart["review_id"] == household["review_id"]
    again = kaizen.run("keep-apart", str(household["review_id"]), "--db", db_url)
    assert again.returncode == 2 and "already decided" in again.stderr

    keep, other = ivan["candidate"]["id"], ivan["contact"]["id"]
    merged = kaizen.ok("merge-contacts", str(keep), str(other), "--db", db_url)
    assert merged["moved"]["survey_response.contact_id"] == 1
    assert kaizen.ok("matches", "--db", db_url) == {"open": 0, "matches": []}
    engine = make_engine(db_url)
    with engine.connect() as conn:
        points = set(conn.execute(select(contact_point.c.value).where(contact_point.c.contact_id == keep)))
        responses = conn.execute(select(survey_response.c.contact_id)).scalars().all()
        gone = conn.execute(select(contact.c.merged_into_id).where(contact.c.id == other)).scalar()
        question_ids = dict(conn.execute(select(question.c.text, question.c.id)).all())
    engine.dispose()
    assert {p for (p,) in points} == {"ivan@example.org", "ivan.p@example.com", "+79030000001"}
    assert responses.count(keep) == 2 and gone == keep

    questions = kaizen.ok("questions", "--db", db_url, "--source", "callcentre")["questions"]
    assert [q["text"] for q in questions] == ["Была ли зона ожидания чистой?"]
    assert questions[0]["canonical"] is None and questions[0]["suggestions"] == []
    clean_q = question_ids["Была ли зона ожидания чистой?"]
    made = kaizen.ok(
        "map-question", str(clean_q), "--new", "clean", "Was the waiting area clean?", "--db", db_url
    )
    assert made["created"] is True
    nps_q = question_ids["Порекомендуете ли вы нас другу?"]
    # The English canonical question is suggested for the Russian wording.
    kaizen.ok(
        "map-question", str(nps_q), "--new", "nps", "How likely are you to recommend us?", "--db", db_url
    )
    kaizen.ok("map-question", str(nps_q), "--clear", "--db", db_url)
    listed_q = {q["id"]: q for q in kaizen.ok("questions", "--db", db_url)["questions"]}
    assert listed_q[clean_q]["canonical"]["code"] == "clean"
    assert listed_q[nps_q]["canonical"] is None
    assert listed_q[nps_q]["suggestions"][0]["code"] == "nps"
    kaizen.ok("map-question", str(nps_q), str(listed_q[nps_q]["suggestions"][0]["id"]), "--db", db_url)
    final = {q["id"]: q["canonical"]["code"] for q in kaizen.ok("questions", "--db", db_url)["questions"]}
    assert final == {clean_q: "clean", nps_q: "nps"}
    missing = kaizen.run("map-question", "9999", "--clear", "--db", db_url)
    assert missing.returncode == 2 and "question 9999 does not exist" in missing.stderr
