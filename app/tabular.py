"""Reading tabular exports of other systems (CSV and XLSX) as rows of text.

``read_table`` hides the ways exports differ: the encoding of a CSV (UTF-8 with
or without BOM, UTF-16 with BOM, Windows-1251 ...), its delimiter (``, ; TAB |``)
and quoting, or an XLSX workbook (first sheet; numbers, dates and times become
text, datetimes ISO 8601). Every value comes back as a ``str`` ("" when empty),
keyed by its header. Row numbers are those a user sees in a spreadsheet: the
header is row 1, the first data row is row 2, and blank rows still count.

Leading blank rows are skipped: the first non-blank row holds the headers.
A column without a header name is ignored while it stays empty (exports often
end each line with a delimiter); a value in it, like a row with more cells
than headers, is an error, as are duplicate header names. Every problem raises
``InputFileError`` naming the file and, when known, the row.
"""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import io
import zipfile
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from xml.etree.ElementTree import ParseError

import charset_normalizer

from app.errors import InputFileError, Reason

CSV_SUFFIXES = {".csv", ".tsv", ".txt"}
XLSX_SUFFIXES = {".xlsx", ".xlsm"}
DELIMITERS = ",;\t|"
SNIFF_CHARS = 64 * 1024
# Legacy code pages of Russian, Persian and Western Windows, KOI8-R, DOS Cyrillic.
LIKELY_ENCODINGS = ["cp1251", "cp1256", "cp1252", "koi8_r", "cp866"]
_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig", "UTF-8"),
    (codecs.BOM_UTF16_LE, "utf-16", "UTF-16"),
    (codecs.BOM_UTF16_BE, "utf-16", "UTF-16"),
)

Record = tuple[int, list[str]]  # (row number, cells)


@dataclass
class Table:
    """Headers and a way to iterate the data rows (iterating twice reads twice)."""

    path: Path
    headers: list[str]
    estimated_rows: int  # an upper bound for progress bars, not a count
    _records: Callable[[], Iterator[Record]]
    _positions: list[int]  # where each header's cells are in a record

    def __iter__(self) -> Iterator[tuple[int, dict[str, str]]]:
        records = self._records()
        _, header_cells = next(records)
        named = set(self._positions)
        for number, cells in records:
            if not any(cells):
                continue  # a blank line or an empty spreadsheet row
            for position, cell in enumerate(cells):
                if cell and position not in named:
                    raise InputFileError(str(self.path), _stray_cell(position, header_cells), number)
            yield number, {h: _at(cells, p) for h, p in zip(self.headers, self._positions, strict=True)}


def _at(cells: list[str], position: int) -> str:
    return cells[position] if position < len(cells) else ""


def _stray_cell(position: int, header_cells: list[str]) -> Reason:
    if position < len(header_cells):
        return Reason(
            f"a value in column {position + 1}, which has no header name",
            "value_without_header",
            column=position + 1,
        )
    return Reason(
        f"more cells than the {len(header_cells)} columns of the header row",
        "too_many_cells",
        columns=len(header_cells),
    )


def read_table(path: Path) -> Table:
    """Open a CSV or XLSX file; raises ``InputFileError`` if it is neither or is broken."""
    path = Path(path)
    if not path.is_file():
        raise InputFileError(
            str(path),
            "file not found" if not path.exists() else "not a file",
            code="file_not_found" if not path.exists() else "not_a_file",
        )
    suffix = path.suffix.lower()
    if suffix in XLSX_SUFFIXES:
        records, estimate = _xlsx_records(path)
    elif suffix in CSV_SUFFIXES:
        records, estimate = _csv_records(path)
    elif suffix == ".xls":
        raise InputFileError(
            str(path), "old Excel format (.xls): save it as .xlsx or CSV first", code="xls_format"
        )
    else:
        raise InputFileError(
            str(path), "not a CSV or XLSX file (expected .csv, .tsv, .txt or .xlsx)", code="not_a_table_file"
        )
    first = next(records(), None)
    if first is None:
        raise InputFileError(str(path), "the file has no header row", code="no_header_row")
    headers, positions = _headers(path, *first)
    return Table(path, headers, estimate, records, positions)


def _headers(path: Path, row: int, cells: list[str]) -> tuple[list[str], list[int]]:
    """The non-empty header names and their positions; a column without a name must stay empty."""
    headers: list[str] = []
    positions: list[int] = []
    seen: dict[str, int] = {}
    for position, cell in enumerate(cells):
        header = " ".join(cell.split())
        if not header:
            continue
        if header.casefold() in seen:
            raise InputFileError(
                str(path),
                f"column header {header!r} appears twice (columns {seen[header.casefold()]} "
                f"and {position + 1})",
                row,
                code="header_twice",
                params={"header": header, "first": seen[header.casefold()], "second": position + 1},
            )
        seen[header.casefold()] = position + 1
        headers.append(header)
        positions.append(position)
    return headers, positions


def _without_leading_blanks(records: Iterable[Record]) -> Iterator[Record]:
    """Records from the first non-blank one on (the header), as the file numbers them."""
    started = False
    for number, cells in records:
        started = started or any(cell.strip() for cell in cells)
        if started:
            yield number, cells


# --- CSV ---------------------------------------------------------------------


def _csv_records(path: Path) -> tuple[Callable[[], Iterator[Record]], int]:
    text = _decode(path, path.read_bytes())
    if "\x00" in text:
        raise InputFileError(str(path), "contains binary data, not CSV text", code="binary_data")
    delimiter = _delimiter(text)

    def records() -> Iterator[Record]:
        reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
        number = 0
        try:
            for number, cells in enumerate(reader, start=1):
                yield number, [cell.replace("\r\n", "\n") for cell in cells]
        except csv.Error as exc:
            raise InputFileError(
                str(path), f"not valid CSV ({exc})", number + 1, code="not_valid_csv"
            ) from exc

    return lambda: _without_leading_blanks(records()), text.count("\n")


def _decode(path: Path, data: bytes) -> str:
    if not data.strip():
        raise InputFileError(str(path), "the file is empty", code="file_empty")
    for bom, encoding, name in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError as exc:
                reason = f"starts like {name} text but is not ({exc.reason} at byte {exc.start})"
                raise InputFileError(
                    str(path), reason, code="not_that_encoding", params={"encoding": name}
                ) from exc
    try:
        return data.decode("utf-8")  # strict: a lucky guess below must not override real UTF-8
    except UnicodeDecodeError:
        pass
    # Short files fool a free guess (a Russian word as Big5); try what our users' systems write first.
    best = charset_normalizer.from_bytes(data, cp_isolation=LIKELY_ENCODINGS).best()
    best = best or charset_normalizer.from_bytes(data).best()
    if best is None:
        raise InputFileError(
            str(path), "cannot tell the text encoding; save it as UTF-8 CSV", code="unknown_encoding"
        )
    return str(best)


def _delimiter(text: str) -> str:
    """Sniffed from a sample, checked against the header line; else the header line's commonest."""
    header = text.lstrip("\r\n").split("\n", 1)[0]
    counts = {d: header.count(d) for d in DELIMITERS}
    sample = text[:SNIFF_CHARS]
    if len(text) > SNIFF_CHARS and "\n" in sample:
        sample = sample[: sample.rindex("\n")]
    try:
        sniffed = csv.Sniffer().sniff(sample, delimiters=DELIMITERS).delimiter
    except csv.Error:
        sniffed = ""
    if sniffed and counts.get(sniffed, 0) == max(counts.values()) > 0:
        return sniffed
    best = max(DELIMITERS, key=lambda d: counts[d])
    # One column: split on nothing, so commas inside its text are no extra cells.
    return best if counts[best] else "\x1f"


# --- XLSX --------------------------------------------------------------------


_XLSX_BROKEN: tuple[type[Exception], ...] = (
    zipfile.BadZipFile,
    KeyError,
    ValueError,
    TypeError,
    IndexError,
    ParseError,
    EOFError,
)


def _open_workbook(path: Path) -> Any:
    from openpyxl import load_workbook
    from openpyxl.utils.exceptions import InvalidFileException

    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except (InvalidFileException, *_XLSX_BROKEN) as exc:
        raise InputFileError(str(path), f"not a readable XLSX workbook ({exc})", code="not_xlsx") from exc
    if not workbook.worksheets:
        workbook.close()
        raise InputFileError(str(path), "the workbook has no worksheet", code="no_worksheet")
    return workbook


def _xlsx_records(path: Path) -> tuple[Callable[[], Iterator[Record]], int]:
    def records() -> Iterator[Record]:
        workbook = _open_workbook(path)
        number = 0
        try:
            rows = workbook.worksheets[0].iter_rows(min_row=1, values_only=True)
            for number, values in enumerate(rows, start=1):
                yield number, [_cell_text(value) for value in values]
        except _XLSX_BROKEN as exc:
            raise InputFileError(
                str(path), f"corrupted XLSX workbook ({exc})", number + 1, code="corrupted_xlsx"
            ) from exc
        finally:
            workbook.close()

    workbook = _open_workbook(path)
    try:
        estimate = int(workbook.worksheets[0].max_row or 0)  # from the sheet's stated dimensions
    finally:
        workbook.close()
    return lambda: _without_leading_blanks(records()), estimate


def _cell_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.datetime | dt.date | dt.time):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))  # ids and phone numbers typed as numbers
    return str(value).replace("\r\n", "\n")
