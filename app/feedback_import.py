"""Importing feedback history exported from another system (CSV or XLSX).

All or nothing, and safe to re-run:

- Every row is checked first and every problem is collected with its row
  number. If any row is rejected, nothing is written unless ``skip_invalid``;
  then the valid rows are written. All writes are one transaction: a database
  error or a cancel rolls back everything.
- An item is identified by ``(source, external_ref)``. ``source`` defaults to
  the file's name without extension; a row without an external id gets a hash
  of its received time, text and contact as ``external_ref``. Rows already in
  the database count as ``already_present``; a repeated identical row in the
  file counts once (``duplicates_in_file``). The same id with different
  content is rejected rather than silently dropped.

Columns are recognised by their headers (``app.import_columns``); only the
text column is required. Defaults for absent columns, and what empty cells mean:

- channel: column absent -> ``email`` (exports of ticket histories mostly are
  e-mail); an empty cell in a channel column is a rejected row.
- received: column absent -> the earliest of the import time and the row's
  reply times; an empty cell in a received column is a rejected row. Times
  without a zone are stored as they are (taken as UTC); aware ones are converted.
- kind: column absent or cell empty -> ``complaint`` with ``kind_confirmed``
  False (left for triage or the classifier); a value from the file is confirmed.
- language: from the column, else from the text's script (Cyrillic ru,
  Arabic-script fa, Latin en).
- contact: e-mail, phone and customer number are normalised (a bad one rejects
  the row). Rows of the file sharing any of them are one person. A row goes to
  the existing contact owning its e-mail, else its phone, else its customer
  number; other rows of its group follow the group's best match; a group with
  no match becomes one new contact. Points the database lacks are added to the
  contact of the first row that has them. A row with only a name gets a
  contact of its own; a row with none of these is anonymous.
- category: matched by code, then name, case-insensitively; an unknown name is
  created. A category from the file is ``category_confirmed``.
- text: empty or longer than 20,000 characters is a rejected row; so is a first
  response or reply earlier than the received time. An item with a reply
  time is ``answered``, else ``new``; the system user logs every item.

Progress is reported as ``state.progress(percent, 100)``: reading the file is
the first half, writing the second.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, insert, select
from sqlalchemy.exc import IntegrityError

from app import import_columns as cols
from app.contact_matching import match_contacts
from app.contacts import name_key, normalise_point
from app.errors import InvalidValue, KaizenError, Reason, joined
from app.import_columns import Field
from app.import_report import MAX_REJECTS_SHOWN, rejected_lines
from app.reference_data import channel_ids, ensure_reference_data, system_user_id
from app.tabular import read_table
from app.tasks import TaskState
from db.bulk import FeedbackItemWriter, chunks
from db.models import (
    Category,
    ChannelCode,
    ContactPointKind,
    FeedbackItem,
    FeedbackKind,
    FeedbackStatus,
    utcnow,
)

MAX_TEXT_CHARS = 20_000
MAX_EXTERNAL_REF_CHARS = 200
MAX_SOURCE_CHARS = 80
DEFAULT_CHANNEL = ChannelCode.EMAIL
DEFAULT_KIND = FeedbackKind.COMPLAINT
BATCH_ROWS = 2_000
_POINT_FIELDS = (
    (Field.EMAIL, ContactPointKind.EMAIL),
    (Field.PHONE, ContactPointKind.PHONE),
    (Field.CUSTOMER_NUMBER, ContactPointKind.CUSTOMER_NUMBER),
)

log = logging.getLogger("kaizen.imports")


@dataclass
class ImportReport:
    source: str
    rows_read: int = 0
    added: int = 0
    already_present: int = 0
    duplicates_in_file: int = 0
    contacts_matched: int = 0
    contacts_created: int = 0
    categories_created: int = 0
    rejected: list[tuple[int, str]] = field(default_factory=list)
    committed: bool = False

    def as_dict(self) -> dict[str, Any]:
        return {
            "source": self.source,
            "rows_read": self.rows_read,
            "added": self.added,
            "already_present": self.already_present,
            "duplicates_in_file": self.duplicates_in_file,
            "contacts_matched": self.contacts_matched,
            "contacts_created": self.contacts_created,
            "categories_created": self.categories_created,
            "rows_rejected": [{"row": row, "reason": reason} for row, reason in self.rejected],
            "committed": self.committed,
        }

    def describe(self, max_rejects: int = MAX_REJECTS_SHOWN) -> str:
        lines = [
            f"{self.source}: {self.rows_read} rows read, {self.added} added, "
            f"{self.already_present} already present, {self.duplicates_in_file} duplicates in the file, "
            f"{len(self.rejected)} rejected; contacts: {self.contacts_matched} matched, "
            f"{self.contacts_created} created; {self.categories_created} categories created."
        ]
        return "\n".join(lines + rejected_lines(self.rejected, self.committed, max_rejects))


@dataclass
class _Row:
    """One checked row, ready to write."""

    number: int
    external_ref: str
    fingerprint: str
    text: str
    received_at: dt.datetime
    channel: str
    kind: str
    kind_confirmed: bool
    language: str | None
    name: str | None
    points: list[tuple[str, str, str]]  # (kind, normalised value, value as written)
    category: str | None
    first_response_at: dt.datetime | None
    replied_at: dt.datetime | None


class _Progress:
    def __init__(self, state: TaskState | None, estimated_rows: int) -> None:
        self._state = state
        self._estimate = max(estimated_rows, 1)

    def reading(self, done: int) -> None:
        if self._state is not None and done % 256 == 0:
            self._state.progress(min(50 * done // self._estimate, 49), 100)

    def writing(self, done: int, total: int) -> None:
        if self._state is not None:
            self._state.progress(50 + 50 * done // max(total, 1), 100)


def import_feedback(
    engine: Engine,
    path: Path,
    *,
    source: str | None = None,
    skip_invalid: bool = False,
    state: TaskState | None = None,
) -> ImportReport:
    """Import a CSV or XLSX feedback export; see the module docstring for the rules."""
    path = Path(path)
    report = ImportReport(source=_source_name(source, path))
    table = read_table(path)
    columns = cols.map_columns(str(path), table.headers)
    progress = _Progress(state, table.estimated_rows)
    rows = _checked_rows(table, columns, report, progress, now=utcnow())
    try:
        with engine.begin() as conn:
            ensure_reference_data(conn)
            present = _present_refs(conn, report.source, [row.external_ref for row in rows])
            new_rows = [row for row in rows if row.external_ref not in present]
            report.already_present = len(rows) - len(new_rows)
            if report.rejected and not skip_invalid:
                conn.rollback()
                rejected = len(report.rejected)
                log.warning("feedback import from %s: nothing written, %d rows rejected", path, rejected)
                return report
            _write(conn, new_rows, report, progress)
    except IntegrityError as exc:
        raise KaizenError(
            Reason(
                f"{path}: nothing was imported; the database refused a row, perhaps because another "
                f"import of the same source ran at the same time ({exc.orig})",
                "import_refused",
                path=str(path),
                source=report.source,
                detail=str(exc.orig),
            )
        ) from exc
    report.added = len(new_rows)
    report.committed = True
    log.info(
        "feedback import from %s (source %s): %d rows read, %d added, %d already present, %d rejected",
        path,
        report.source,
        report.rows_read,
        report.added,
        report.already_present,
        len(report.rejected),
    )
    return report


def _source_name(source: str | None, path: Path) -> str:
    if source is None or not source.strip():
        return path.stem[:MAX_SOURCE_CHARS]
    if len(source.strip()) > MAX_SOURCE_CHARS:
        raise InvalidValue(
            "source",
            source,
            f"longer than {MAX_SOURCE_CHARS} characters",
            code="too_long",
            params={"limit": MAX_SOURCE_CHARS},
        )
    return source.strip()


# --- checking rows -----------------------------------------------------------


def _checked_rows(
    table: Iterable[tuple[int, dict[str, str]]],
    columns: dict[Field, str],
    report: ImportReport,
    progress: _Progress,
    now: dt.datetime,
) -> list[_Row]:
    rows: list[_Row] = []
    seen: dict[str, tuple[int, str]] = {}  # external_ref -> (row number, fingerprint)
    for number, cells in table:
        report.rows_read += 1
        progress.reading(report.rows_read)
        row, problems = _check_row(number, cells, columns, now)
        if row is not None and row.external_ref in seen:
            first_number, fingerprint = seen[row.external_ref]
            if fingerprint == row.fingerprint:
                report.duplicates_in_file += 1
                continue
            column = columns.get(Field.EXTERNAL_REF, "id")
            problems.append(
                Reason(
                    f"{column}: {row.external_ref!r} is also on row {first_number} with different content",
                    "ref_on_other_row",
                    column=column,
                    value=row.external_ref,
                    row=first_number,
                )
            )
        if problems:
            report.rejected.append((number, joined(problems)))
        elif row is not None:
            seen[row.external_ref] = (number, row.fingerprint)
            rows.append(row)
    return rows


def _check_row(
    number: int, cells: dict[str, str], columns: dict[Field, str], now: dt.datetime
) -> tuple[_Row | None, list[str]]:
    problems: list[str] = []

    def cell(f: Field) -> str:
        return cells[columns[f]].strip() if f in columns else ""

    def read(f: Field, parse: Any, *, required: bool = False, default: Any = None) -> Any:
        if f not in columns:
            return default
        raw = cell(f)
        if not raw:
            if required:
                problems.append(Reason(f"{columns[f]}: empty", "empty_cell", column=columns[f]))
            return default
        try:
            return parse(raw)
        except InvalidValue as exc:
            problems.append(
                Reason(
                    f"{columns[f]} {raw!r}: {exc.reason}",
                    "bad_cell",
                    column=columns[f],
                    value=raw,
                    reason=exc.reason,
                )
            )
            return default

    text = cell(Field.TEXT)
    if not text:
        problems.append(
            Reason(f"{columns[Field.TEXT]}: empty text", "empty_cell", column=columns[Field.TEXT])
        )
    elif len(text) > MAX_TEXT_CHARS:
        problems.append(
            Reason(
                f"{columns[Field.TEXT]}: longer than {MAX_TEXT_CHARS:,} characters ({len(text):,})",
                "cell_too_long",
                column=columns[Field.TEXT],
                limit=MAX_TEXT_CHARS,
                length=len(text),
            )
        )
    received = read(Field.RECEIVED, lambda v: cols.parse_time("received", v), required=True)
    first_response = read(Field.FIRST_RESPONSE, lambda v: cols.parse_time("first response", v))
    replied = read(Field.REPLIED, lambda v: cols.parse_time("replied", v))
    for f, when in ((Field.FIRST_RESPONSE, first_response), (Field.REPLIED, replied)):
        if received is not None and when is not None and when < received:
            problems.append(
                Reason(
                    f"{columns[f]}: {when:%Y-%m-%d %H:%M} is before the received time {received}",
                    "before_received",
                    column=columns[f],
                    when=when,
                    received=received,
                )
            )
    channel = read(Field.CHANNEL, cols.channel_code, required=True, default=DEFAULT_CHANNEL.value)
    kind = read(Field.KIND, cols.feedback_kind)
    language = read(Field.LANGUAGE, cols.language_code) or cols.detect_language(text)
    points = []
    for f, point_kind in _POINT_FIELDS:
        value = read(f, lambda v, k=point_kind: _normalised(k, v))
        if value is not None:
            points.append((point_kind.value, value, cell(f)))
    ref = cell(Field.EXTERNAL_REF)
    if len(ref) > MAX_EXTERNAL_REF_CHARS:
        problems.append(
            Reason(
                f"{columns[Field.EXTERNAL_REF]}: longer than {MAX_EXTERNAL_REF_CHARS} characters",
                "cell_too_long",
                column=columns[Field.EXTERNAL_REF],
                limit=MAX_EXTERNAL_REF_CHARS,
            )
        )
    if problems:
        return None, problems
    name = cell(Field.NAME)[:300] or None
    contact = "|".join(f"{k}:{v}" for k, v, _ in sorted(points)) or (name_key(name) or "")
    fingerprint = _hash(received.isoformat() if received else "", text, contact)
    if received is None:  # no received column: the earliest time we know the item existed
        received = min(t for t in (now, first_response, replied) if t is not None)
    return _Row(
        number=number,
        external_ref=ref or fingerprint,
        fingerprint=fingerprint,
        text=text,
        received_at=received,
        channel=channel,
        kind=kind or DEFAULT_KIND.value,
        kind_confirmed=kind is not None,
        language=language,
        name=name,
        points=points,
        category=" ".join(cell(Field.CATEGORY).split())[:200] or None,
        first_response_at=first_response,
        replied_at=replied,
    ), problems


@lru_cache(maxsize=65_536)
def _normalised(kind: ContactPointKind, raw: str) -> str:
    return normalise_point(kind, raw)


def _hash(*parts: str) -> str:
    return "sha256:" + hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()


# --- writing -----------------------------------------------------------------


def _present_refs(conn: Connection, source: str, refs: list[str]) -> set[str]:
    present: set[str] = set()
    for chunk in chunks(refs):
        query = select(FeedbackItem.external_ref).where(
            FeedbackItem.source == source, FeedbackItem.external_ref.in_(chunk)
        )
        present.update(ref for ref in conn.execute(query).scalars() if ref is not None)
    return present


def _write(conn: Connection, rows: list[_Row], report: ImportReport, progress: _Progress) -> None:
    channels = channel_ids(conn)
    user_id = system_user_id(conn)
    categories = _category_ids(conn, [row.category for row in rows if row.category], report)
    contacts = match_contacts(conn, rows)
    report.contacts_matched, report.contacts_created = contacts.matched, contacts.created
    now = utcnow()

    def item(row: _Row, contact_id: int | None) -> dict[str, Any]:
        return {
            "contact_id": contact_id,
            "channel_id": channels[row.channel],
            "kind": row.kind,
            "kind_confirmed": row.kind_confirmed,
            "text": row.text,
            "language": row.language,
            "received_at": row.received_at,
            "logged_at": now,
            "logged_by_id": user_id,
            "source": report.source,
            "external_ref": row.external_ref,
            "status": FeedbackStatus.ANSWERED if row.replied_at else FeedbackStatus.NEW,
            "category_id": categories[_category_key(row.category)] if row.category else None,
            "category_confirmed": row.category is not None,
            "first_response_at": row.first_response_at,
            "replied_at": row.replied_at,
            "version": 1,
        }

    with FeedbackItemWriter(conn) as writer:
        for start in range(0, len(rows), BATCH_ROWS):
            batch = rows[start : start + BATCH_ROWS]
            writer.write([item(row, contacts.ids[start + offset]) for offset, row in enumerate(batch)])
            progress.writing(start + len(batch), len(rows))
    progress.writing(len(rows), len(rows))


def _category_key(value: str) -> str:
    return " ".join(value.casefold().split())


def _category_ids(conn: Connection, values: list[str], report: ImportReport) -> dict[str, int]:
    """Category key -> id: by code first, then by name; unknown names are created."""
    existing = conn.execute(select(Category.id, Category.code, Category.name)).all()
    ids = {_category_key(name): id_ for id_, _, name in existing}
    ids.update({_category_key(code): id_ for id_, code, _ in existing})
    codes = {code for _, code, _ in existing}
    for value in values:
        key = _category_key(value)
        if key in ids:
            continue
        code = _new_code(value, codes)
        codes.add(code)
        stmt = insert(Category).values(code=code, name=value).returning(Category.id)
        ids[key] = conn.execute(stmt).scalar_one()
        report.categories_created += 1
    return ids


def _new_code(name: str, taken: set[str]) -> str:
    base = "_".join(cols.key(word) for word in name.split() if cols.key(word))[:70] or "category"
    code, n = base, 1
    while code in taken:
        n += 1
        code = f"{base}_{n}"
    return code
