"""Importing survey responses exported from another system (CSV or XLSX).

All or nothing, and safe to re-run, like the feedback import:

- Every row is checked first and every problem is collected with its row
  number; if any row is rejected nothing is written (unless ``skip_invalid``).
  All writes are one transaction: a database error or a cancel rolls back all.
- A response is identified by ``(survey, external_ref)``: the source's response
  id column if the mapping has one, else a hash of the row's date, respondent
  and answers. Responses already on file and repeated rows of the file are
  counted in ``duplicates_skipped``; the same response id with other content
  is a rejected row.

The survey is the one named by the source (or by its mapping's ``survey``),
created on first import; its questions are the mapped columns, created as they
first appear. Columns: see ``app.survey_mapping``. Cells: a date in ISO, day
first ("21.03.2026 14:05") or US form; a number with a comma or a point as
decimal mark ("4,5") is stored as number too, and the text as written is kept.
An empty cell is no answer; a row with no answer at all is rejected.

Respondents are matched to contacts by normalised e-mail, phone and customer
number (``app.contact_matching``); contacts this import creates are compared
with the others for near matches, which go to the review list
(``app.match_review``), never merged automatically.
"""

from __future__ import annotations

import datetime as dt
import gc
import hashlib
import logging
import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, func, insert, select
from sqlalchemy.exc import IntegrityError

from app import import_columns as cols
from app.contact_matching import match_contacts
from app.contacts import name_key, normalise_point
from app.errors import InvalidValue, KaizenError, Reason, joined
from app.import_report import MAX_REJECTS_SHOWN, rejected_lines
from app.match_review import find_near_matches, hold_pairs
from app.reference_data import channel_ids, ensure_reference_data
from app.survey_mapping import Identity, SurveyMapping, read_mapping_file, resolve_mapping, save_mapping
from app.tabular import Table, read_table
from app.tasks import TaskState
from db.bulk import chunks, insert_rows
from db.enums import ChannelCode, ContactPointKind
from db.tables import answer, canonical_question, question, survey, survey_response, utcnow
from db.textnorm import fold

MAX_ANSWER_CHARS = 10_000
MAX_REF_CHARS = 200
MAX_SOURCE_CHARS = 80
BATCH_ROWS = 5_000
# SQLite's page cache while writing: the indexes of millions of answers overflow the default 2 MiB.
SQLITE_CACHE_KIB = 131_072
_POINTS = (
    (Identity.EMAIL, ContactPointKind.EMAIL),
    (Identity.PHONE, ContactPointKind.PHONE),
    (Identity.CUSTOMER_NUMBER, ContactPointKind.CUSTOMER_NUMBER),
)
_NUMBER = re.compile(r"^[+-]?\d+(?:[.,]\d+)?$")

log = logging.getLogger("kaizen.imports")


@dataclass
class SurveyImportReport:
    source: str
    rows_read: int = 0
    responses_added: int = 0
    duplicates_skipped: int = 0
    contacts_matched: int = 0
    contacts_created: int = 0
    uncertain_matches: int = 0
    rejected: list[tuple[int, str]] = field(default_factory=list)
    committed: bool = False

    def as_dict(self) -> dict[str, Any]:
        """The report as ``--json`` prints it: exactly these keys."""
        return {
            "rows_read": self.rows_read,
            "responses_added": self.responses_added,
            "duplicates_skipped": self.duplicates_skipped,
            "contacts_matched": self.contacts_matched,
            "contacts_created": self.contacts_created,
            "uncertain_matches": self.uncertain_matches,
            "rows_rejected": [{"row": row, "reason": reason} for row, reason in self.rejected],
        }

    def describe(self, max_rejects: int = MAX_REJECTS_SHOWN) -> str:
        lines = [
            f"{self.source}: {self.rows_read} rows read, {self.responses_added} responses added, "
            f"{self.duplicates_skipped} duplicates skipped, {len(self.rejected)} rejected; contacts: "
            f"{self.contacts_matched} matched, {self.contacts_created} created, "
            f"{self.uncertain_matches} uncertain matches held for review."
        ]
        return "\n".join(lines + rejected_lines(self.rejected, self.committed, max_rejects))


@dataclass
class _Row:
    """One checked row, ready to write; also the contact clues ``match_contacts`` reads."""

    number: int
    external_ref: str
    fingerprint: str
    responded_at: dt.datetime
    name: str | None
    points: list[tuple[str, str, str]]
    answers: list[tuple[str, str, float | None]]  # (question code, text, number)
    language: str | None = None


def import_survey(
    engine: Engine,
    path: Path,
    *,
    source: str,
    mapping_file: Path | None = None,
    mapping: SurveyMapping | None = None,
    skip_invalid: bool = False,
    state: TaskState | None = None,
) -> SurveyImportReport:
    """Import a survey export; see the module docstring for the rules.

    The mapping is ``mapping`` (as a user confirmed it in the wizard), else the
    one in ``mapping_file``, else the saved or recognised one; it is saved for
    the source when the import is written.
    """
    path = Path(path)
    source = _source_name(source)
    report = SurveyImportReport(source=source)
    given = mapping
    if given is None and mapping_file is not None:
        given = read_mapping_file(mapping_file)
    table = read_table(path)
    with engine.connect() as conn:
        resolved = resolve_mapping(conn, str(path), source, table.headers, given)
    with _few_collections():
        return _import(engine, path, source, report, table, resolved, skip_invalid, state)


def _import(
    engine: Engine,
    path: Path,
    source: str,
    report: SurveyImportReport,
    table: Table,
    mapping: SurveyMapping,
    skip_invalid: bool,
    state: TaskState | None,
) -> SurveyImportReport:
    now = utcnow()
    rows: list[_Row] = []
    seen: dict[str, tuple[int, str]] = {}
    for number, cells in table:
        report.rows_read += 1
        if state is not None and report.rows_read % 1024 == 0:
            state.progress(min(50 * report.rows_read // max(table.estimated_rows, 1), 49), 100)
        row, problems = _check_row(number, cells, mapping, source, now)
        if row is not None and row.external_ref in seen:
            first, fingerprint = seen[row.external_ref]
            if fingerprint == row.fingerprint:
                report.duplicates_skipped += 1
                continue
            column = mapping.identity.get(Identity.RESPONSE_ID, "response id")
            problems.append(
                Reason(
                    f"{column}: {row.external_ref!r} is also on row {first} with other answers",
                    "ref_on_other_row",
                    column=column,
                    value=row.external_ref,
                    row=first,
                )
            )
        if problems:
            report.rejected.append((number, joined(problems)))
        elif row is not None:
            seen[row.external_ref] = (number, row.fingerprint)
            rows.append(row)
    if report.rejected and not skip_invalid:
        log.warning("survey import from %s: nothing written, %d rows rejected", path, len(report.rejected))
        return report
    try:
        with engine.begin() as conn, _large_cache(conn):
            _write(conn, source, mapping, rows, report, state)
    except IntegrityError as exc:
        raise KaizenError(
            Reason(
                f"{path}: nothing was imported; the database refused a row, perhaps because another "
                f"import of {source!r} ran at the same time ({exc.orig})",
                "import_refused",
                path=str(path),
                source=source,
                detail=str(exc.orig),
            )
        ) from exc
    report.committed = True
    log.info(
        "survey import from %s (source %s): %d rows read, %d responses added, %d rejected",
        path,
        source,
        report.rows_read,
        report.responses_added,
        len(report.rejected),
    )
    return report


@contextmanager
def _few_collections() -> Iterator[None]:
    """No cyclic garbage collection while importing.

    An import builds millions of small objects (rows, answers, keys) that live
    until it ends and hold no cycles; the collector would walk them again and
    again, a third of the import's time. Reference counting still frees what
    is dropped; collection resumes (if it was on) when the import ends.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


@contextmanager
def _large_cache(conn: Connection) -> Iterator[None]:
    """On SQLite, a page cache that holds the indexes a large import writes into; as it was afterwards."""
    if conn.dialect.name != "sqlite":
        yield
        return
    before = int(conn.exec_driver_sql("PRAGMA cache_size").scalar() or 0)
    conn.exec_driver_sql(f"PRAGMA cache_size=-{SQLITE_CACHE_KIB}")
    try:
        yield
    finally:
        conn.exec_driver_sql(f"PRAGMA cache_size={before}")


def _source_name(source: str) -> str:
    name = (source or "").strip()
    if not name:
        raise InvalidValue(
            "source",
            source,
            "a survey import needs the source system's name (--source)",
            code="source_needed",
        )
    if len(name) > MAX_SOURCE_CHARS:
        raise InvalidValue(
            "source",
            source,
            f"longer than {MAX_SOURCE_CHARS} characters",
            code="too_long",
            params={"limit": MAX_SOURCE_CHARS},
        )
    return name


# --- checking rows -----------------------------------------------------------


@lru_cache(maxsize=65_536)
def parse_number(raw: str) -> float | None:
    """A number written the usual local ways ("4,5", "4.5", "1 234", "۴"), else None."""
    text = raw.replace(" ", "") if raw.isascii() else fold(raw).replace("\u00a0", "").replace("\u202f", "")
    text = text.replace(" ", "")
    if not _NUMBER.match(text):
        return None
    return float(text.replace(",", "."))


def _check_row(
    number: int, cells: dict[str, str], mapping: SurveyMapping, source: str, now: dt.datetime
) -> tuple[_Row | None, list[str]]:
    problems: list[str] = []

    def cell(f: Identity) -> str:
        column = mapping.identity.get(f)
        return cells[column].strip() if column is not None else ""

    responded: dt.datetime | None = None
    if Identity.DATE in mapping.identity:
        raw = cell(Identity.DATE)
        if not raw:
            problems.append(_empty(mapping.identity[Identity.DATE], "date"))
        else:
            try:
                responded = parse_date(raw)
            except InvalidValue as exc:
                problems.append(_bad_cell(mapping.identity[Identity.DATE], raw, exc.reason))
    points: list[tuple[str, str, str]] = []
    for f, kind in _POINTS:
        raw = cell(f)
        if raw:
            try:
                points.append((kind.value, _normalised(kind, raw), raw))
            except InvalidValue as exc:
                problems.append(_bad_cell(mapping.identity[f], raw, exc.reason))
    ref = cell(Identity.RESPONSE_ID)
    if Identity.RESPONSE_ID in mapping.identity and not ref:
        problems.append(_empty(mapping.identity[Identity.RESPONSE_ID], "response id"))
    elif len(ref) > MAX_REF_CHARS:
        column = mapping.identity[Identity.RESPONSE_ID]
        problems.append(
            Reason(
                f"{column}: longer than {MAX_REF_CHARS} characters",
                "cell_too_long",
                column=column,
                limit=MAX_REF_CHARS,
            )
        )
    answers: list[tuple[str, str, float | None]] = []
    for column, q in mapping.questions.items():
        value = cells.get(column, "").strip()
        if len(value) > MAX_ANSWER_CHARS:
            problems.append(
                Reason(
                    f"{column}: answer longer than {MAX_ANSWER_CHARS:,} characters ({len(value):,})",
                    "cell_too_long",
                    column=column,
                    limit=MAX_ANSWER_CHARS,
                    length=len(value),
                )
            )
        elif value:
            answers.append((q.code, value, parse_number(value)))
    if not answers and not problems:
        problems.append(Reason("no answers: every question column is empty", "no_answers"))
    if problems:
        return None, problems
    name = cell(Identity.NAME)[:300] or None
    who = "|".join(f"{k}:{v}" for k, v, _ in sorted(points)) or (name_key(name) or "")
    given = "\x1e".join(f"{code}={text}" for code, text, _ in sorted(answers))
    fingerprint = _hash(source, responded.isoformat() if responded else "", who, given)
    return _Row(
        number=number,
        external_ref=ref or fingerprint,
        fingerprint=fingerprint,
        responded_at=responded or now,
        name=name,
        points=points,
        answers=answers,
        language=_language(name) if name else None,
    ), problems


@lru_cache(maxsize=65_536)
def _normalised(kind: ContactPointKind, raw: str) -> str:
    return normalise_point(kind, raw)


@lru_cache(maxsize=65_536)
def _language(name: str) -> str | None:
    return cols.detect_language(name)


_DOTTED_DATE = re.compile(r"(\d{1,2})\.(\d{1,2})\.(\d{4})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?")


@lru_cache(maxsize=65_536)
def parse_date(raw: str) -> dt.datetime:
    """``cols.parse_time``, with the commonest export form ("21.03.2026 14:05") read directly."""
    found = _DOTTED_DATE.fullmatch(raw)
    if found is not None:
        day, month, year, hour, minute, second = (int(part or 0) for part in found.groups())
        try:
            return dt.datetime(year, month, day, hour, minute, second)
        except ValueError as exc:
            raise InvalidValue("date", raw, "not a date and time", code="not_a_date") from exc
    return cols.parse_time("date", raw)


def _empty(column: str, what: str) -> Reason:
    return Reason(f"{column}: empty {what}", "empty_cell", column=column)


def _bad_cell(column: str, raw: str, reason: str) -> Reason:
    return Reason(f"{column} {raw!r}: {reason}", "bad_cell", column=column, value=raw, reason=reason)


def _hash(*parts: str) -> str:
    return "sha256:" + hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()


# --- writing -----------------------------------------------------------------


def _write(
    conn: Connection,
    source: str,
    mapping: SurveyMapping,
    rows: list[_Row],
    report: SurveyImportReport,
    state: TaskState | None,
) -> None:
    ensure_reference_data(conn)
    save_mapping(conn, source, mapping)
    survey_id = _survey_id(conn, source, mapping.survey or source)
    question_ids = _question_ids(conn, survey_id, mapping)
    present = _present_refs(conn, survey_id, [row.external_ref for row in rows])
    new_rows = [row for row in rows if row.external_ref not in present]
    report.duplicates_skipped += len(rows) - len(new_rows)
    contacts = match_contacts(conn, new_rows, weigh_names=True)
    report.contacts_matched, report.contacts_created = contacts.matched, contacts.created
    report.uncertain_matches = hold_pairs(conn, contacts.held, source=source) + find_near_matches(
        conn, contacts.created_ids, source=source, preloaded=contacts.created_contacts
    )
    channel_id = channel_ids(conn)[ChannelCode.SURVEY]
    now = utcnow()
    for start in range(0, len(new_rows), BATCH_ROWS):
        batch = new_rows[start : start + BATCH_ROWS]
        responses = [
            (survey_id, contacts.ids[start + offset], channel_id, row.responded_at, row.external_ref, now)
            for offset, row in enumerate(batch)
        ]
        ids = _insert_responses(conn, responses)
        answers = [
            (id_, question_ids[code], text, number)
            for id_, row in zip(ids, batch, strict=True)
            for code, text, number in row.answers
        ]
        insert_rows(conn, answer, _ANSWER_COLUMNS, answers)
        if state is not None:
            state.progress(50 + 50 * (start + len(batch)) // len(new_rows), 100)
    report.responses_added = len(new_rows)


_RESPONSE_COLUMNS = ("survey_id", "contact_id", "channel_id", "responded_at", "external_ref", "imported_at")
_ANSWER_COLUMNS = ("response_id", "question_id", "value_text", "value_number")


def _insert_responses(conn: Connection, responses: list[tuple[Any, ...]]) -> list[int]:
    """Insert responses (``_RESPONSE_COLUMNS``) and return the new ids in order.

    SQLite has one writer at a time, so ids after the largest are free and a
    plain bulk insert (several times faster than RETURNING there) can use them;
    a writer slipping in between makes the transaction fail, never mix rows.
    """
    if conn.dialect.name != "sqlite":
        stmt = insert(survey_response).returning(survey_response.c.id, sort_by_parameter_order=True)
        params = [dict(zip(_RESPONSE_COLUMNS, r, strict=True)) for r in responses]
        return list(conn.execute(stmt, params).scalars())
    first = (conn.execute(select(func.max(survey_response.c.id))).scalar() or 0) + 1
    ids = list(range(first, first + len(responses)))
    rows = [(id_, *r) for id_, r in zip(ids, responses, strict=True)]
    insert_rows(conn, survey_response, ("id", *_RESPONSE_COLUMNS), rows)
    return ids


def _survey_id(conn: Connection, source: str, name: str) -> int:
    find = select(survey.c.id).where(survey.c.source_system == source, survey.c.name == name[:200])
    found = conn.execute(find).scalar()
    if found is not None:
        return int(found)
    stmt = insert(survey).values(source_system=source, name=name[:200]).returning(survey.c.id)
    return int(conn.execute(stmt).scalar_one())


def _question_ids(conn: Connection, survey_id: int, mapping: SurveyMapping) -> dict[str, int]:
    """Question code -> id; questions the survey lacks are created, canonical links the mapping sets kept."""
    canonical = dict(conn.execute(select(canonical_question.c.code, canonical_question.c.id)).all())
    have = dict(
        conn.execute(select(question.c.code, question.c.id).where(question.c.survey_id == survey_id)).all()
    )
    position = len(have)
    for column, q in mapping.questions.items():
        if q.code in have:
            if q.canonical is not None:
                conn.execute(
                    question.update()
                    .where(question.c.id == have[q.code], question.c.canonical_question_id.is_(None))
                    .values(canonical_question_id=canonical[q.canonical], version=question.c.version + 1)
                )
            continue
        position += 1
        stmt = (
            insert(question)
            .values(
                survey_id=survey_id,
                code=q.code,
                text=column,
                position=position,
                canonical_question_id=canonical.get(q.canonical) if q.canonical else None,
                version=1,
            )
            .returning(question.c.id)
        )
        have[q.code] = conn.execute(stmt).scalar_one()
    return have


def _present_refs(conn: Connection, survey_id: int, refs: list[str]) -> set[str]:
    present: set[str] = set()
    for chunk in chunks(refs):
        query = select(survey_response.c.external_ref).where(
            survey_response.c.survey_id == survey_id, survey_response.c.external_ref.in_(chunk)
        )
        present.update(conn.execute(query).scalars())
    return present
