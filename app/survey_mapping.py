"""Which columns of a survey export identify the respondent, and which are questions.

A mapping is saved per source system (table ``survey_mapping``) and reused by
the next import of that source. Where it comes from, first found wins:

1. a mapping file given by the user (``--mapping MAP.json``), checked against
   the file's headers: a column it names that the file lacks is an error;
2. the mapping saved for the source by an earlier import;
3. recognition: identity columns with obvious English, Russian or Persian
   names (name, e-mail, phone, customer number, date, response id; имя, ФИО,
   почта, телефон, дата, номер анкеты; نام، ایمیل، تلفن، تاریخ ...).

Every other column is a question of the source's survey, coded by its header,
unless the mapping lists it under ``ignore``. The JSON form a user writes::

    {"survey": "Dealer e-survey",
     "identity": {"response_id": "Response ID", "date": "Completed", "email": "E-mail"},
     "questions": {"Q1": "q1", "How likely ...?": {"code": "nps", "canonical": "nps"}},
     "ignore": ["Internal note"]}

A question given as a string is its code; as an object it may also name the
canonical question (by code) it means.
"""

from __future__ import annotations

import enum
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, insert, select, update

from app.errors import InputFileError, KaizenError
from app.import_columns import HEADERS, Field, key
from db.tables import canonical_question, survey_mapping, utcnow

MAX_CODE_CHARS = 200


class Identity(enum.StrEnum):
    RESPONSE_ID = "response_id"
    DATE = "date"
    NAME = "name"
    EMAIL = "email"
    PHONE = "phone"
    CUSTOMER_NUMBER = "customer_number"


def _keys(*words: str) -> frozenset[str]:
    return frozenset(key(word) for word in words)


# The feedback importer's words for the same fields, plus what survey tools call them.
IDENTITY_HEADERS: dict[Identity, frozenset[str]] = {
    Identity.RESPONSE_ID: HEADERS[Field.EXTERNAL_REF] | _keys(
        "response id", "response", "respondent id", "submission id", "survey id", "record id",
        "id ответа", "id анкеты", "номер анкеты", "анкета", "номер ответа", "№ анкеты", "№ ответа",
        "id респондента", "response no", "شماره پاسخ", "کد پاسخ", "شماره پرسشنامه", "کد پرسشنامه",
    ),
    Identity.DATE: HEADERS[Field.RECEIVED] | _keys(
        "response date", "survey date", "submitted", "submitted at", "completed", "completed at",
        "end date", "дата опроса", "дата заполнения", "дата анкеты", "дата ответа", "заполнено",
        "تاریخ", "تاریخ پاسخ", "تاریخ نظرسنجی", "تاریخ تکمیل",
    ),
    Identity.NAME: HEADERS[Field.NAME] | _keys(
        "respondent", "respondent name", "респондент", "фамилия имя",
        "نام", "نام و نام خانوادگی", "نام مشتری", "مشتری", "پاسخ دهنده",
    ),
    Identity.EMAIL: HEADERS[Field.EMAIL] | _keys(
        "e-mail адрес", "адрес почты", "email адрес", "ایمیل", "پست الکترونیک", "رایانامه",
    ),
    Identity.PHONE: HEADERS[Field.PHONE] | _keys(
        "mobile phone", "мобильный", "мобильный телефон", "моб телефон",
        "تلفن", "شماره تلفن", "موبایل", "تلفن همراه", "شماره موبایل", "شماره تماس",
    ),
    Identity.CUSTOMER_NUMBER: HEADERS[Field.CUSTOMER_NUMBER] | _keys(
        "номер договора", "лицевой счет", "شماره مشتری", "کد مشتری", "شماره اشتراک",
    ),
}  # fmt: skip


@dataclass(frozen=True)
class QuestionColumn:
    code: str  # the question's code within its survey
    canonical: str | None = None  # a canonical question's code


@dataclass
class SurveyMapping:
    identity: dict[Identity, str] = field(default_factory=dict)  # field -> column header
    questions: dict[str, QuestionColumn] = field(default_factory=dict)  # column header -> question
    ignore: list[str] = field(default_factory=list)
    survey: str | None = None  # the survey's name; default: the source's name

    def to_json(self) -> str:
        questions: dict[str, Any] = {
            column: q.code if q.canonical is None else {"code": q.code, "canonical": q.canonical}
            for column, q in self.questions.items()
        }
        data = {
            "survey": self.survey,
            "identity": {f.value: column for f, column in self.identity.items()},
            "questions": questions,
            "ignore": self.ignore,
        }
        return json.dumps(data, ensure_ascii=False, sort_keys=True)


def parse_mapping(data: Any, where: str) -> SurveyMapping:
    """A mapping from its JSON form; a ``KaizenError`` names what is wrong."""

    def fail(reason: str) -> KaizenError:
        return KaizenError(f"{where}: {reason}")

    if not isinstance(data, dict):
        raise fail("a mapping is a JSON object with identity, questions and ignore")
    unknown = set(data) - {"survey", "identity", "questions", "ignore"}
    if unknown:
        raise fail(f"unknown keys {sorted(unknown)}; allowed: survey, identity, questions, ignore")
    mapping = SurveyMapping(survey=data.get("survey") or None)
    identity = data.get("identity") or {}
    if not isinstance(identity, dict):
        raise fail("identity must map fields to column names")
    for name, column in identity.items():
        if name not in Identity.__members__.values():
            raise fail(f"unknown identity field {name!r}; allowed: {', '.join(Identity)}")
        if not isinstance(column, str) or not column.strip():
            raise fail(f"identity field {name!r} needs a column name")
        mapping.identity[Identity(name)] = column
    questions = data.get("questions") or {}
    if not isinstance(questions, dict):
        raise fail("questions must map column names to question codes")
    for column, spec in questions.items():
        if isinstance(spec, str):
            spec = {"code": spec}
        if not isinstance(spec, dict) or not str(spec.get("code") or "").strip():
            raise fail(f"question for column {column!r} needs a code")
        code = str(spec["code"]).strip()
        if len(code) > MAX_CODE_CHARS:
            raise fail(f"question code for column {column!r} is longer than {MAX_CODE_CHARS} characters")
        canonical = spec.get("canonical")
        mapping.questions[column] = QuestionColumn(code, str(canonical) if canonical else None)
    ignore = data.get("ignore") or []
    if not isinstance(ignore, list) or not all(isinstance(c, str) for c in ignore):
        raise fail("ignore must be a list of column names")
    mapping.ignore = list(ignore)
    return mapping


def read_mapping_file(path: Path) -> SurveyMapping:
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8-sig"))
    except OSError as exc:
        raise InputFileError(str(path), f"cannot read the mapping file ({exc.strerror})") from exc
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise InputFileError(str(path), f"not a JSON mapping ({exc})") from exc
    return parse_mapping(data, str(path))


def load_mapping(conn: Connection, source: str) -> SurveyMapping | None:
    saved = conn.execute(select(survey_mapping.c.mapping).where(survey_mapping.c.source_system == source))
    text = saved.scalar()
    return None if text is None else parse_mapping(json.loads(text), f"saved mapping of {source!r}")


def save_mapping(conn: Connection, source: str, mapping: SurveyMapping) -> None:
    text = mapping.to_json()
    row = conn.execute(
        select(survey_mapping.c.mapping, survey_mapping.c.version).where(
            survey_mapping.c.source_system == source
        )
    ).first()
    if row is None:
        conn.execute(insert(survey_mapping).values(source_system=source, mapping=text, updated_at=utcnow()))
    elif row.mapping != text:
        conn.execute(
            update(survey_mapping)
            .where(survey_mapping.c.source_system == source)
            .values(mapping=text, updated_at=utcnow(), version=row.version + 1)
        )


def recognise_identity(path: str, headers: list[str]) -> dict[Identity, str]:
    found: dict[Identity, str] = {}
    for header in headers:
        for f, names in IDENTITY_HEADERS.items():
            if key(header) in names:
                if f in found:
                    raise InputFileError(
                        path,
                        f"columns {found[f]!r} and {header!r} both look like the respondent's {f.value}; "
                        "rename one or give a mapping (--mapping)",
                    )
                found[f] = header
    return found


def resolve_mapping(
    conn: Connection, path: str, source: str, headers: list[str], given: SurveyMapping | None
) -> SurveyMapping:
    """The mapping for this file: given, else saved, else recognised; new columns become questions."""
    by_key = {key(h): h for h in headers}
    base = given if given is not None else load_mapping(conn, source)
    mapping = SurveyMapping(survey=base.survey if base else None)
    if base is not None:
        for f, column in base.identity.items():
            if key(column) in by_key:
                mapping.identity[f] = by_key[key(column)]
            elif given is not None:
                raise InputFileError(path, f"the mapping's {f.value} column {column!r} is not in the file")
        mapping.ignore = list(base.ignore)
    ignored = {key(c) for c in mapping.ignore}
    # Only columns the mapping says nothing about are recognised: a column it calls a question
    # or ignores stays so, even if its name looks like the respondent's phone.
    settled = ignored | {key(c) for c in (base.questions if base else ())}
    unsettled = [h for h in headers if h not in mapping.identity.values() and key(h) not in settled]
    for f, column in recognise_identity(path, unsettled).items():
        if f not in mapping.identity:
            mapping.identity[f] = column
    known = {key(c): q for c, q in (base.questions.items() if base else ())}
    identity_columns = set(mapping.identity.values())
    for header in headers:
        if header in identity_columns or key(header) in ignored:
            continue
        mapping.questions[header] = known.get(key(header)) or QuestionColumn(header[:MAX_CODE_CHARS])
    codes = [q.code for q in mapping.questions.values()]
    repeated = sorted({c for c in codes if codes.count(c) > 1})
    if repeated:
        raise InputFileError(path, f"two columns map to the same question code {repeated[0]!r}")
    _check_canonical_codes(conn, path, mapping)
    return mapping


def _check_canonical_codes(conn: Connection, path: str, mapping: SurveyMapping) -> None:
    wanted = {q.canonical for q in mapping.questions.values() if q.canonical}
    if not wanted:
        return
    have = set(conn.execute(select(canonical_question.c.code)).scalars())
    missing = sorted(wanted - have)
    if missing:
        raise InputFileError(
            path, f"the mapping names unknown canonical questions: {', '.join(missing)}; create them first"
        )
