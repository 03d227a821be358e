"""Broken files never escape as anything but InputFileError, and never half-write."""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from openpyxl import Workbook
from sqlalchemy import Engine, func, select

from app.errors import InputFileError
from app.feedback_import import import_feedback
from db.engine import make_engine
from db.migrate import upgrade_to_head
from db.models import FeedbackItem

GOOD_CSV = (
    "№;Дата;Канал;Тип;Текст;ФИО;Почта;Телефон;Категория\r\n"
    '1;21.03.2026 14:05;телефон;жалоба;"Курьер опоздал;\r\nснова";Иван;ivan@example.com;89161234567;'
    "Доставка\r\n"
    "2;2026-03-22T09:30:00+03:00;e-mail;идея;Сделайте чат;;;+7 916 765-43-21;\r\n"
    "3;03/24/2026 2:05 PM;web;;سفارش من هنوز نرسیده است;;;;billing\r\n"
)
ENCODINGS = ["utf-8", "utf-8-sig", "utf-16", "cp1251"]


def _good_xlsx() -> bytes:
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(GOOD_CSV.split("\r\n")[0].split(";"))
    sheet.append(["1", "2026-01-01", "chat", "question", "Where?", "", "", "", ""])
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()


GOOD_XLSX = _good_xlsx()


def _encoded(encoding: str) -> bytes:
    text = GOOD_CSV if encoding != "cp1251" else GOOD_CSV.replace("سفارش من هنوز نرسیده است", "заказ")
    return text.encode(encoding)


truncated_csv = st.builds(
    lambda data, cut: ("csv", data[:cut]),
    st.sampled_from(ENCODINGS).map(_encoded),
    st.integers(min_value=0, max_value=len(GOOD_CSV.encode("utf-16"))),
)
mutated_csv = st.builds(
    lambda data, at, junk: ("csv", data[:at] + junk + data[at:]),
    st.sampled_from(ENCODINGS).map(_encoded),
    st.integers(min_value=0, max_value=len(GOOD_CSV)),
    st.binary(min_size=1, max_size=8),
)
random_bytes = st.tuples(st.sampled_from(["csv", "xlsx"]), st.binary(max_size=2000))
truncated_xlsx = st.integers(min_value=0, max_value=len(GOOD_XLSX)).map(lambda cut: ("xlsx", GOOD_XLSX[:cut]))
broken_files = st.one_of(truncated_csv, mutated_csv, random_bytes, truncated_xlsx)


@pytest.fixture(scope="module")
def fuzz_engine(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Engine, Path]]:
    folder = tmp_path_factory.mktemp("fuzz")
    engine = make_engine(f"sqlite:///{folder / 'fuzz.db'}")
    upgrade_to_head(engine)
    yield engine, folder
    engine.dispose()


def _count(engine: Engine) -> int:
    with engine.connect() as conn:
        return conn.execute(select(func.count()).select_from(FeedbackItem)).scalar_one()


@settings(max_examples=50, deadline=None)
@given(file=broken_files, skip_invalid=st.booleans())
def test_broken_files_report_or_raise_input_error(
    fuzz_engine: tuple[Engine, Path], file: tuple[str, bytes], skip_invalid: bool
) -> None:
    engine, folder = fuzz_engine
    suffix, content = file
    path = folder / f"export.{suffix}"
    path.write_bytes(content)
    before = _count(engine)
    try:
        report = import_feedback(engine, path, source="fuzz", skip_invalid=skip_invalid)
    except InputFileError as exc:
        assert str(path) in str(exc)
        assert _count(engine) == before
        return
    after = _count(engine)
    if report.committed:
        assert after == before + report.added
        assert report.rows_read == (
            report.added + report.already_present + report.duplicates_in_file + len(report.rejected)
        )
    else:
        assert report.rejected and not skip_invalid
        assert after == before
