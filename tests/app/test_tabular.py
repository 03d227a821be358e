"""Reading CSV and XLSX exports: encodings, delimiters, quoting, row numbers, errors."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from openpyxl import Workbook

from app.errors import InputFileError
from app.tabular import read_table

RUSSIAN_ROWS = [
    ["Номер", "Дата", "Суть обращения"],
    ["1", "21.03.2026 14:05", 'Долго ждал; ответа нет, "совсем"'],
    ["2", "22.03.2026", "Спасибо | всё хорошо"],
]


def write_csv(path: Path, rows: list[list[str]], delimiter: str, encoding: str) -> Path:
    def quote(cell: str) -> str:
        if any(ch in cell for ch in (delimiter, '"', "\n")):
            return '"' + cell.replace('"', '""') + '"'
        return cell

    text = "\r\n".join(delimiter.join(quote(cell) for cell in row) for row in rows) + "\r\n"
    path.write_bytes(text.encode(encoding))
    return path


def read_all(path: Path) -> tuple[list[str], list[tuple[int, dict[str, str]]]]:
    table = read_table(path)
    return table.headers, list(table)


@pytest.mark.parametrize(
    ("encoding", "delimiter"),
    [("utf-8", ","), ("utf-8-sig", ";"), ("utf-16", "\t"), ("cp1251", ";"), ("utf-8", "|")],
)
def test_encodings_and_delimiters_are_detected(tmp_path: Path, encoding: str, delimiter: str) -> None:
    path = write_csv(tmp_path / "export.csv", RUSSIAN_ROWS, delimiter, encoding)
    headers, rows = read_all(path)
    assert headers == RUSSIAN_ROWS[0]
    assert rows == [
        (2, dict(zip(RUSSIAN_ROWS[0], RUSSIAN_ROWS[1], strict=True))),
        (3, dict(zip(RUSSIAN_ROWS[0], RUSSIAN_ROWS[2], strict=True))),
    ]


@pytest.mark.parametrize(
    ("text", "encoding"),
    [("Текст\nПлохо\n", "cp1251"), ("text\nОК\n", "cp1251"), ("متن\nسفارش من کجاست\n", "cp1256")],
)
def test_short_legacy_code_page_files(tmp_path: Path, text: str, encoding: str) -> None:
    path = tmp_path / "short.csv"
    path.write_bytes(text.encode(encoding))
    header, value = text.splitlines()
    assert read_all(path) == ([header], [(2, {header: value})])


def test_quoted_newlines_and_blank_lines_keep_spreadsheet_row_numbers(tmp_path: Path) -> None:
    path = tmp_path / "multi.csv"
    path.write_text('id,text\n1,"first line\nsecond line"\n\n2,plain\n', encoding="utf-8")
    _, rows = read_all(path)
    assert rows == [(2, {"id": "1", "text": "first line\nsecond line"}), (4, {"id": "2", "text": "plain"})]


def test_trailing_delimiters_and_short_rows_are_tolerated(tmp_path: Path) -> None:
    path = tmp_path / "ragged.csv"
    path.write_text("id;text;\n1;hello;\n2\n", encoding="utf-8")
    headers, rows = read_all(path)
    assert headers == ["id", "text"]
    assert rows == [(2, {"id": "1", "text": "hello"}), (3, {"id": "2", "text": ""})]


def test_single_column_keeps_commas_in_its_text(tmp_path: Path) -> None:
    path = tmp_path / "one.csv"
    path.write_text("text\nhello, world\n", encoding="utf-8")
    assert read_all(path) == (["text"], [(2, {"text": "hello, world"})])


def test_persian_text_round_trips(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "fa.csv", [["id", "text"], ["1", "سفارش من، هنوز نرسیده است"]], ",", "utf-8")
    assert read_all(path)[1] == [(2, {"id": "1", "text": "سفارش من، هنوز نرسیده است"})]


def test_xlsx_first_sheet_with_dates_numbers_and_empty_rows(tmp_path: Path) -> None:
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(["ID", "Received", "Text", None])
    sheet.append([101, dt.datetime(2026, 3, 21, 14, 5), "Привет", None])
    sheet.append([None, None, None, None])
    sheet.append([102.0, dt.date(2026, 3, 22), "second", None])
    sheet.append([None, None, None, None])
    workbook.create_sheet("ignored").append(["other"])
    path = tmp_path / "export.xlsx"
    workbook.save(path)

    headers, rows = read_all(path)
    assert headers == ["ID", "Received", "Text"]
    assert rows == [
        (2, {"ID": "101", "Received": "2026-03-21T14:05:00", "Text": "Привет"}),
        (4, {"ID": "102", "Received": "2026-03-22T00:00:00", "Text": "second"}),
    ]


def test_xlsx_table_that_starts_lower_and_further_right(tmp_path: Path) -> None:
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet["B3"], sheet["C3"], sheet["B4"], sheet["C4"] = "id", "text", "7", "hello"
    path = tmp_path / "offset.xlsx"
    workbook.save(path)
    assert read_all(path) == (["id", "text"], [(4, {"id": "7", "text": "hello"})])


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("empty.csv", b"", "empty"),
        ("blank.csv", b"\r\n  \r\n", "empty"),
        ("notes.pdf", b"%PDF-1.4", "not a CSV or XLSX"),
        ("old.xls", b"\xd0\xcf\x11\xe0", ".xls"),
        ("garbage.csv", bytes(range(256)) * 4, "encoding"),
        ("bad16.csv", b"\xff\xfe\x00\xd8a\x00", "UTF-16"),
        ("dup.csv", b"id,text,ID\n1,a,2\n", "appears twice"),
        ("broken.xlsx", b"PK\x03\x04 not really a zip", "XLSX"),
    ],
)
def test_unreadable_files_name_the_file(tmp_path: Path, name: str, content: bytes, message: str) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(InputFileError) as caught:
        read_all(path)
    assert name in str(caught.value)
    assert message in str(caught.value)


@pytest.mark.parametrize(
    ("content", "row", "message"),
    [
        (b"id,text\n1,ok\n2,too,many\n", 3, "more cells"),
        (b"id,,text\n1,stray,ok\n", 2, "no header name"),
        (b'id,text\n1,ok\n2,"never closed\n', 3, "not valid CSV"),
    ],
)
def test_bad_rows_name_file_and_row(tmp_path: Path, content: bytes, row: int, message: str) -> None:
    path = tmp_path / "rows.csv"
    path.write_bytes(content)
    with pytest.raises(InputFileError) as caught:
        read_all(path)
    assert caught.value.row == row
    assert str(caught.value).startswith(f"{path}, row {row}: ")
    assert message in str(caught.value)


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(InputFileError, match="not found") as caught:
        read_table(tmp_path / "nowhere.csv")
    assert "nowhere.csv" in str(caught.value)


def test_truncated_xlsx_is_an_input_error(tmp_path: Path) -> None:
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    for n in range(200):
        sheet.append([n, f"text {n}"])
    good = tmp_path / "good.xlsx"
    workbook.save(good)
    broken = tmp_path / "cut.xlsx"
    broken.write_bytes(good.read_bytes()[: good.stat().st_size // 2])
    with pytest.raises(InputFileError, match=r"cut\.xlsx"):
        read_all(broken)
