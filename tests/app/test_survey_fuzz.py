"""Broken survey exports end in a clear report or InputFileError, and never half-write."""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import Workbook
from sqlalchemy import Engine, func, select

from app.errors import InputFileError
from app.survey_import import import_survey
from db.engine import make_engine
from db.migrate import upgrade_to_head
from db.tables import answer, contact, question, survey_response

GOOD_CSV = (
    "№ анкеты;Дата;ФИО;Почта;Телефон;Порекомендуете ли вы нас?;Комментарий\r\n"
    '1;21.03.2026;Иван Петров;ivan@example.com;89161234567;9;"Кофе;\r\nхолодный"\r\n'
    "2;22.03.2026 10:15;Мария;;+7 916 765-43-21;4,5;\r\n"
    "3;2026-03-23;;;;10;=SUM(A1)\r\n"
)
ENCODINGS = ["utf-8", "utf-8-sig", "utf-16", "cp1251"]


def _good_xlsx() -> bytes:
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    for line in GOOD_CSV.replace('"Кофе;\r\nхолодный"', "x").split("\r\n")[:-1]:
        sheet.append(line.split(";"))
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()


GOOD_XLSX = _good_xlsx()
truncated_csv = st.builds(
    lambda data, cut: ("csv", data[:cut]),
    st.sampled_from(ENCODINGS).map(GOOD_CSV.encode),
    st.integers(min_value=0, max_value=len(GOOD_CSV.encode("utf-16"))),
)
junk = st.one_of(
    st.binary(min_size=1, max_size=8),
    st.sampled_from([b'"', b'""', b";", b"\r\n", b"=SUM(A1)", b"+cmd|' /C calc'!A0", b"\x00", b"x" * 70_000]),
)
mutated_csv = st.builds(
    lambda data, at, bad: ("csv", data[:at] + bad + data[at:]),
    st.sampled_from(ENCODINGS).map(GOOD_CSV.encode),
    st.integers(min_value=0, max_value=len(GOOD_CSV)),
    junk,
)
empty = st.sampled_from([("csv", b""), ("csv", b"\xef\xbb\xbf"), ("csv", b"\r\n\r\n"), ("xlsx", b"")])
random_bytes = st.tuples(st.sampled_from(["csv", "xlsx"]), st.binary(max_size=2000))
truncated_xlsx = st.integers(min_value=0, max_value=len(GOOD_XLSX)).map(lambda cut: ("xlsx", GOOD_XLSX[:cut]))
broken_files = st.one_of(truncated_csv, mutated_csv, empty, random_bytes, truncated_xlsx)


@pytest.fixture(scope="module")
def fuzz_engine(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Engine, Path]]:
    folder = tmp_path_factory.mktemp("survey-fuzz")
    engine = make_engine(f"sqlite:///{folder / 'fuzz.db'}")
    upgrade_to_head(engine)
    yield engine, folder
    engine.dispose()


def _state(engine: Engine) -> tuple[int, ...]:
    with engine.connect() as conn:
        return tuple(
            conn.execute(select(func.count()).select_from(t)).scalar_one()
            for t in (survey_response, answer, contact, question)
        )


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(broken_files)
def test_broken_files_give_a_clear_report_and_leave_the_database_alone(
    fuzz_engine: tuple[Engine, Path], case: tuple[str, bytes]
) -> None:
    engine, folder = fuzz_engine
    suffix, data = case
    path = folder / f"broken.{suffix}"
    path.write_bytes(data)
    before = _state(engine)
    try:
        report = import_survey(engine, path, source="fuzz")
    except InputFileError as exc:
        assert str(path) in str(exc) and exc.reason
        assert _state(engine) == before
        return
    for rejected in report.as_dict()["rows_rejected"]:
        assert rejected["row"] >= 2 and rejected["reason"]
    if report.rejected:
        assert not report.committed and _state(engine) == before
    else:
        assert _state(engine)[0] == before[0] + report.responses_added
