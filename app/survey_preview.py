"""What an import of a survey export would read, before it runs: for the import wizard.

``preview_import`` opens the file as ``app.tabular`` reads it and tells the
format (CSV with its encoding and delimiter, or XLSX), the headers, the first
rows, and the mapping the import would use (``app.survey_mapping``: the one
saved for the source, else recognised from the headers). ``known_sources``
lists the source systems on file, to offer when a user names one.

A user's edited mapping goes back to ``app.survey_import.import_survey`` as
``mapping=``; the import saves it for the source.
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass, field
from pathlib import Path

import charset_normalizer
from sqlalchemy import Connection, Engine, select, union

from app import tabular
from app.errors import InputFileError
from app.survey_mapping import (
    MAX_CODE_CHARS,
    Identity,
    QuestionColumn,
    SurveyMapping,
    load_mapping,
    resolve_mapping,
)
from db.tables import survey, survey_mapping

PREVIEW_ROWS = 20
# What a person reads for each way a text file can be written.
_ENCODING_NAMES = {
    "utf_8": "UTF-8",
    "utf-8": "UTF-8",
    "utf-8-sig": "UTF-8 (BOM)",
    "utf-16": "UTF-16",
    "cp1251": "Windows-1251",
    "cp1256": "Windows-1256",
    "cp1252": "Windows-1252",
    "koi8_r": "KOI8-R",
    "cp866": "DOS-866",
}
DELIMITER_NAMES = {",": "comma", ";": "semicolon", "\t": "tab", "|": "vertical bar", "\x1f": "none"}


@dataclass
class ImportPreview:
    path: Path
    format: str  # "CSV" or "XLSX"
    encoding: str | None  # CSV only, as a person reads it ("Windows-1251")
    delimiter: str | None  # CSV only: the character
    headers: list[str]
    rows: list[tuple[int, list[str]]]  # (row number as a spreadsheet shows it, cells by header)
    estimated_rows: int
    mapping: SurveyMapping
    mapping_saved: bool  # the mapping came from an earlier import of this source
    mapping_problem: str | None = None  # why no identity column was recognised (two look alike ...)
    samples: dict[str, str] = field(default_factory=dict)  # header -> first non-empty value

    @property
    def delimiter_name(self) -> str | None:
        return None if self.delimiter is None else DELIMITER_NAMES.get(self.delimiter, repr(self.delimiter))


def preview_import(engine: Engine, path: Path, source: str, rows: int = PREVIEW_ROWS) -> ImportPreview:
    """The file as the importer reads it and the mapping it would use; ``InputFileError`` if unreadable."""
    path = Path(path)
    table = tabular.read_table(path)
    encoding = delimiter = None
    if path.suffix.lower() in tabular.CSV_SUFFIXES:
        encoding, delimiter = detect_text_format(path)
    shown: list[tuple[int, list[str]]] = []
    samples: dict[str, str] = {}
    for number, cells in table:
        if len(shown) < rows:
            shown.append((number, [cells[h] for h in table.headers]))
        for header in table.headers:
            if header not in samples and cells[header].strip():
                samples[header] = cells[header].strip()
        if len(shown) >= rows and len(samples) == len(table.headers):
            break
    problem = None
    with engine.connect() as conn:
        saved = load_mapping(conn, source.strip()) if source.strip() else None
        try:
            mapping = resolve_mapping(conn, str(path), source.strip(), table.headers, None)
        except InputFileError as exc:
            # The user settles it on the mapping page; until then every column is a question.
            problem = exc.reason
            mapping = SurveyMapping(
                survey=saved.survey if saved else None,
                questions={h: QuestionColumn(h[:MAX_CODE_CHARS]) for h in table.headers},
            )
    return ImportPreview(
        path=path,
        format="CSV" if encoding is not None else "XLSX",
        encoding=encoding,
        delimiter=delimiter,
        headers=table.headers,
        rows=shown,
        estimated_rows=table.estimated_rows,
        mapping=mapping,
        mapping_saved=saved is not None,
        mapping_problem=problem,
        samples=samples,
    )


def detect_text_format(path: Path) -> tuple[str, str]:
    """The encoding (as a person names it) and delimiter ``app.tabular`` reads a CSV with.

    Same decisions as ``tabular._decode`` / ``tabular._delimiter``: a BOM, else
    strict UTF-8, else the likeliest legacy code page.
    """
    data = path.read_bytes()
    text: str | None = None
    name = "UTF-8"
    for bom, codec, label in (
        (codecs.BOM_UTF8, "utf-8-sig", "UTF-8 (BOM)"),
        (codecs.BOM_UTF16_LE, "utf-16", "UTF-16"),
        (codecs.BOM_UTF16_BE, "utf-16", "UTF-16"),
    ):
        if data.startswith(bom):
            text, name = data.decode(codec), label
            break
    if text is None:
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            best = charset_normalizer.from_bytes(data, cp_isolation=tabular.LIKELY_ENCODINGS).best()
            best = best or charset_normalizer.from_bytes(data).best()
            text = str(best) if best is not None else data.decode("latin-1")
            name = _ENCODING_NAMES.get(best.encoding, best.encoding) if best is not None else "?"
    return name, tabular._delimiter(text)


def known_sources(conn: Connection) -> list[str]:
    """Source systems with a survey or a saved mapping, by name."""
    query = union(select(survey.c.source_system), select(survey_mapping.c.source_system))
    return sorted(set(conn.execute(query).scalars()), key=str.casefold)


# The identity fields a wizard offers, in the order a person thinks of them.
IDENTITY_ORDER = (
    Identity.NAME,
    Identity.EMAIL,
    Identity.PHONE,
    Identity.CUSTOMER_NUMBER,
    Identity.DATE,
    Identity.RESPONSE_ID,
)
