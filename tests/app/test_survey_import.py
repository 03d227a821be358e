"""Survey import from files made the way other systems export them, on both databases."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from openpyxl import Workbook
from sqlalchemy import Engine, func, select

from app.answers_on_file import answers_on_file
from app.contacts import NORMALISERS
from app.contacts import common_point as _common_point
from app.errors import InputFileError
from app.survey_import import import_survey, parse_number
from app.survey_mapping import load_mapping
from db.enums import ContactPointKind
from db.tables import answer, canonical_question, contact, contact_match_review, question, survey_response
from main import main

HEADER = ["№ анкеты", "Дата", "ФИО", "Почта", "Телефон", "Порекомендуете ли вы нас?", "Оценка", "Комментарий"]
ROWS = [
    ["A-1", "21.03.2026", "Иван Петров", "Ivan@Example.com", "8 916 123-45-67", "9", "4,5", "Всё хорошо"],
    ["A-2", "22.03.2026 10:15", "Мария Сидорова", "", "+7 916 765-43-21", "7", "3", ""],
    ["A-2", "22.03.2026 10:15", "Мария Сидорова", "", "+7 916 765-43-21", "7", "3", ""],  # repeated row
]


def _csv(path: Path, rows: list[list[str]], encoding: str, delimiter: str = ";") -> Path:
    def quoted(cell: str) -> str:
        return f'"{cell}"' if delimiter in cell or '"' in cell else cell

    lines = [delimiter.join(quoted(c) for c in row) for row in [HEADER, *rows]]
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode(encoding))
    return path


def _xlsx(path: Path, rows: list[list[str]]) -> Path:
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(HEADER)
    for row in rows:
        # As a spreadsheet holds them: dates as dates, scores as numbers.
        cells: list[object] = list(row)
        cells[1] = dt.datetime.strptime(row[1][:10], "%d.%m.%Y")
        cells[5] = int(row[5])
        sheet.append(cells)
    workbook.save(path)
    return path


def _count(engine: Engine, table: object) -> int:
    with engine.connect() as conn:
        return conn.execute(select(func.count()).select_from(table)).scalar_one()  # type: ignore[arg-type]


def _state(engine: Engine) -> tuple[int, ...]:
    return tuple(
        _count(engine, t) for t in (survey_response, answer, contact, question, contact_match_review)
    )


@pytest.mark.parametrize(
    ("encoding", "delimiter"), [("utf-8-sig", ";"), ("cp1251", ";"), ("utf-16", "\t"), ("utf-8", ",")]
)
def test_csv_exports_import_once(engine: Engine, tmp_path: Path, encoding: str, delimiter: str) -> None:
    path = _csv(tmp_path / "export.csv", ROWS, encoding, delimiter)
    first = import_survey(engine, path, source="oem")
    assert first.as_dict() == {
        "rows_read": 3,
        "responses_added": 2,
        "duplicates_skipped": 1,
        "contacts_matched": 0,
        "contacts_created": 2,
        "uncertain_matches": 0,
        "rows_rejected": [],
    }
    again = import_survey(engine, path, source="oem")
    assert (again.responses_added, again.duplicates_skipped, again.contacts_created) == (0, 3, 0)
    with engine.connect() as conn:
        refs = set(conn.execute(select(survey_response.c.external_ref)).scalars())
        values = set(conn.execute(select(answer.c.value_text, answer.c.value_number)).all())
        when = conn.execute(select(func.min(survey_response.c.responded_at))).scalar_one()
    assert refs == {"A-1", "A-2"}
    assert ("4,5", 4.5) in values and ("Всё хорошо", None) in values
    assert when == dt.datetime(2026, 3, 21)


def test_xlsx_export_and_mapping_reused(engine: Engine, tmp_path: Path) -> None:
    report = import_survey(engine, _xlsx(tmp_path / "export.xlsx", ROWS), source="oem")
    assert (report.responses_added, report.duplicates_skipped) == (2, 1)
    with engine.connect() as conn:
        mapping = load_mapping(conn, "oem")
    assert mapping is not None
    assert {f.value: c for f, c in mapping.identity.items()} == {
        "response_id": "№ анкеты",
        "date": "Дата",
        "name": "ФИО",
        "email": "Почта",
        "phone": "Телефон",
    }
    assert set(mapping.questions) == {"Порекомендуете ли вы нас?", "Оценка", "Комментарий"}
    # The same responses as CSV from the same system: nothing new.
    again = import_survey(engine, _csv(tmp_path / "same.csv", ROWS, "utf-8-sig"), source="oem")
    assert again.responses_added == 0


def test_overlapping_exports_add_only_new_responses(engine: Engine, tmp_path: Path) -> None:
    import_survey(engine, _csv(tmp_path / "march.csv", ROWS[:1], "utf-8-sig"), source="oem")
    later = [*ROWS[:1], ["A-3", "01.04.2026", "Иван Петров", "ivan@example.com", "", "10", "5", ""]]
    report = import_survey(engine, _csv(tmp_path / "april.csv", later, "utf-8-sig"), source="oem")
    assert (report.responses_added, report.duplicates_skipped) == (1, 1)
    assert (report.contacts_matched, report.contacts_created) == (1, 0)


def test_without_response_id_a_content_hash_identifies_responses(engine: Engine, tmp_path: Path) -> None:
    path = tmp_path / "plain.csv"
    path.write_text("Name,E-mail,Date,Q1\nAnna Smith,anna@example.com,2026-03-01,yes\n", encoding="utf-8")
    assert import_survey(engine, path, source="web").responses_added == 1
    assert import_survey(engine, path, source="web").responses_added == 0
    with engine.connect() as conn:
        ref = conn.execute(select(survey_response.c.external_ref)).scalar_one()
    assert ref.startswith("sha256:")


def test_rejected_rows_are_all_reported_and_nothing_is_written(engine: Engine, tmp_path: Path) -> None:
    bad = [
        ["B-1", "31.02.2026", "Иван", "", "", "9", "", ""],
        ["B-2", "01.03.2026", "Пётр", "not-an-email", "", "8", "", ""],
        ["B-3", "01.03.2026", "Анна", "", "", "", "", ""],
        ["B-4", "01.03.2026", "Ok", "", "", "=SUM(A1)", "4,5", ""],
        ["B-4", "02.03.2026", "Ok", "", "", "9", "", ""],
        ["", "01.03.2026", "No id", "", "", "1", "", ""],
    ]
    before = _state(engine)
    report = import_survey(engine, _csv(tmp_path / "bad.csv", bad, "utf-8-sig"), source="oem")
    rows = {r["row"]: r["reason"] for r in report.as_dict()["rows_rejected"]}
    assert sorted(rows) == [2, 3, 4, 6, 7]
    assert "Дата '31.02.2026'" in rows[2]
    assert "Почта 'not-an-email'" in rows[3]
    assert "no answers" in rows[4]
    assert "also on row 5" in rows[6]
    assert "empty response id" in rows[7]
    assert not report.committed and report.responses_added == 0
    assert _state(engine) == before
    # With skip_invalid the good row goes in, formula-looking text kept as text.
    report = import_survey(engine, tmp_path / "bad.csv", source="oem", skip_invalid=True)
    assert report.responses_added == 1
    with engine.connect() as conn:
        assert "=SUM(A1)" in set(conn.execute(select(answer.c.value_text)).scalars())


def test_mapping_file_links_canonical_questions(engine: Engine, tmp_path: Path) -> None:
    with engine.begin() as conn:
        conn.execute(
            canonical_question.insert().values(code="nps", text="Would you recommend us?", version=1)
        )
    mapping = tmp_path / "map.json"
    mapping.write_text(
        json.dumps(
            {
                "survey": "Dealer e-survey",
                "identity": {"response_id": "№ анкеты", "date": "Дата", "email": "Почта"},
                "questions": {"Порекомендуете ли вы нас?": {"code": "Q1", "canonical": "nps"}},
                "ignore": ["Комментарий", "ФИО", "Телефон"],
            },
            ensure_ascii=False,
        ),
        encoding="utf-8",
    )
    path = _csv(tmp_path / "export.csv", ROWS[:1], "utf-8-sig")
    assert import_survey(engine, path, source="oem", mapping_file=mapping).responses_added == 1
    with engine.connect() as conn:
        ivan = conn.execute(select(survey_response.c.contact_id)).scalar_one()
        on_file = answers_on_file(conn, ivan)
        codes = set(conn.execute(select(question.c.code)).scalars())
    assert codes == {"Q1", "Оценка"}
    first = on_file[0]
    assert (first.code, first.latest.value, first.latest.survey, first.latest.source_system) == (
        "nps",
        "9",
        "Dealer e-survey",
        "oem",
    )
    # Saved: the next import without --mapping uses it.
    later = _csv(
        tmp_path / "later.csv", [["A-9", "01.04.2026", "", "x@example.com", "", "6", "", ""]], "utf-8"
    )
    assert import_survey(engine, later, source="oem").responses_added == 1
    assert _count(engine, question) == 2


def test_mapping_naming_a_missing_column_is_an_input_error(engine: Engine, tmp_path: Path) -> None:
    mapping = tmp_path / "map.json"
    mapping.write_text('{"identity": {"email": "Mail address"}}', encoding="utf-8")
    with pytest.raises(InputFileError, match="'Mail address' is not in the file"):
        import_survey(engine, _csv(tmp_path / "e.csv", ROWS, "utf-8"), source="oem", mapping_file=mapping)


def test_near_match_held_for_review_never_merged(engine: Engine, tmp_path: Path) -> None:
    import_survey(engine, _csv(tmp_path / "a.csv", ROWS[:1], "utf-8-sig"), source="oem")
    other = tmp_path / "cc.csv"
    other.write_text("Name,Phone,Ready on time\nIvan Petrov,+7 916 123-45-68,yes\n", encoding="utf-8")
    report = import_survey(engine, other, source="callcentre")
    assert (report.contacts_created, report.uncertain_matches) == (1, 1)
    with engine.connect() as conn:
        held = conn.execute(select(contact_match_review)).one()
        merged = conn.execute(select(func.count()).where(contact.c.merged_into_id.is_not(None))).scalar_one()
    assert merged == 0
    assert {e["kind"] for e in json.loads(held.evidence)} == {"name", "phone"}


def test_cli_prints_the_report_keys(
    engine: Engine, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _csv(tmp_path / "export.csv", ROWS, "utf-8-sig")
    assert main(["--db", str(engine.url.render_as_string(hide_password=False)), "import-survey", str(path),
                 "--source", "oem", "--json"]) == 0  # fmt: skip
    result = json.loads(capsys.readouterr().out)
    assert list(result) == [
        "rows_read",
        "responses_added",
        "duplicates_skipped",
        "contacts_matched",
        "contacts_created",
        "uncertain_matches",
        "rows_rejected",
    ]
    assert result["responses_added"] == 2


@pytest.mark.parametrize(
    ("raw", "number"), [("4,5", 4.5), ("4.5", 4.5), ("10", 10.0), ("-1,25", -1.25), ("۹", 9.0), ("yes", None)]
)
def test_numbers_in_local_formats(raw: str, number: float | None) -> None:
    assert parse_number(raw) == number


emails = st.from_regex(r"[A-Za-z0-9._+-]{1,20}@[A-Za-z0-9-]{1,12}(\.[A-Za-z0-9-]{1,8}){1,2}", fullmatch=True)
phones = st.from_regex(
    r"(\+7|8)[ (]?9[0-9]{2}[) ]?[0-9]{3}[- ]?[0-9]{2}[- ]?[0-9]{2}", fullmatch=True
) | st.from_regex(r"\+?[0-9 ()-]{5,16}", fullmatch=True)


@settings(max_examples=300, deadline=None)
@given(emails)
def test_fast_email_path_agrees_with_the_full_normaliser(raw: str) -> None:
    fast = _common_point(ContactPointKind.EMAIL, raw)
    if fast is not None:
        assert fast == NORMALISERS[ContactPointKind.EMAIL](raw)  # the full parser


@settings(max_examples=300, deadline=None)
@given(phones)
def test_fast_phone_path_agrees_with_the_full_normaliser(raw: str) -> None:
    fast = _common_point(ContactPointKind.PHONE, raw)
    if fast is not None:
        assert fast == NORMALISERS[ContactPointKind.PHONE](raw)  # the full parser


def test_preview_names_the_format_and_a_confirmed_mapping_is_used_and_saved(
    tmp_path: Path, engine: Engine
) -> None:
    from app.survey_mapping import Identity, QuestionColumn, SurveyMapping
    from app.survey_preview import known_sources, preview_import
    from db.tables import contact_point

    path = _csv(tmp_path / "dealer.csv", ROWS, "cp1251")
    preview = preview_import(engine, path, "dealer")
    assert (preview.format, preview.encoding, preview.delimiter_name) == ("CSV", "Windows-1251", "semicolon")
    assert preview.headers == HEADER and [n for n, _ in preview.rows] == [2, 3, 4]
    assert preview.rows[0][1][2] == "Иван Петров" and preview.samples["Комментарий"] == "Всё хорошо"
    assert not preview.mapping_saved
    assert preview.mapping.identity[Identity.PHONE] == "Телефон"
    # The user ignores the phone column and renames a question's code.
    confirmed = SurveyMapping(
        identity={f: c for f, c in preview.mapping.identity.items() if f != Identity.PHONE},
        questions={**preview.mapping.questions, "Оценка": QuestionColumn("score")},
        ignore=["Телефон"],
    )
    report = import_survey(engine, path, source="dealer", mapping=confirmed)
    assert report.committed and report.responses_added == 2
    with engine.connect() as conn:
        saved = load_mapping(conn, "dealer")
        codes = set(conn.execute(select(question.c.code)).scalars())
        phones = conn.execute(select(func.count()).where(contact_point.c.kind == "phone")).scalar()
        assert known_sources(conn) == ["dealer"]
    assert saved is not None and saved.ignore == ["Телефон"] and Identity.PHONE not in saved.identity
    assert codes == {"Порекомендуете ли вы нас?", "score", "Комментарий"}
    assert phones == 0  # the ignored phone column was not read
    again = preview_import(engine, path, "dealer")
    assert again.mapping_saved and Identity.PHONE not in again.mapping.identity
    assert again.mapping.questions["Оценка"].code == "score"
    book = Workbook()
    book.active.append(["Name", "E-mail", "Score"])
    book.active.append(["Anna Smith", "anna@example.org", 9])
    book.save(tmp_path / "x.xlsx")
    xlsx = preview_import(engine, tmp_path / "x.xlsx", "oem")
    assert (xlsx.format, xlsx.encoding, xlsx.delimiter) == ("XLSX", None, None)
    assert xlsx.rows == [(2, ["Anna Smith", "anna@example.org", "9"])]
