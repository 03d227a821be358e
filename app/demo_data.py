"""Realistic, repeatable sample data: contacts, feedback, improvements, replies, surveys.

``generate`` fills a database for demos, screenshots and benchmarks; the same
seed and size always give the same rows (one ``random.Random``, dates counted
back from a fixed ``ANCHOR``, never the clock). Everything is written in one
transaction with Core bulk inserts and explicit ids, so a million items take
minutes and a cancel leaves nothing behind.

Running it twice on one database is refused rather than made additive: a
second run would add a second copy of the same people (same names, other
phone numbers), which makes every contact-matching demo misleading.
"""

from __future__ import annotations

import bisect
import datetime as dt
import json
import logging
import random
from collections import deque
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any, TypeVar

from sqlalchemy import Column, Connection, Engine, MetaData, Table, delete, func, insert, select, text

from app import demo_texts as tx
from app.contacts import name_key, normalise_point
from app.errors import KaizenError
from app.reference_data import CATEGORIES, channel_ids, ensure_reference_data, system_user_id
from app.tasks import TaskState
from db.models import (
    Answer,
    AuditEvent,
    CanonicalQuestion,
    Category,
    ChannelCode,
    Contact,
    ContactPoint,
    ContactPointKind,
    FeedbackItem,
    FeedbackKind,
    FeedbackStatus,
    Improvement,
    Question,
    Reply,
    ReplyOutcome,
    ReplyTemplate,
    Role,
    Stage,
    Survey,
    SurveyResponse,
    User,
)

log = logging.getLogger("kaizen.demo_data")

DEMO_SOURCE = "demo"
ANCHOR = dt.datetime(2026, 11, 1)  # "now" for the sample data: newest item just before it
SPAN_DAYS = 730
START = ANCHOR - dt.timedelta(days=SPAN_DAYS)
SPAN_S = SPAN_DAYS * 86_400
MONTH_S = 2_629_800
BATCH = 10_000
SQLITE_CACHE_KIB = 131_072  # a bigger page cache keeps the many index inserts in memory

T = TypeVar("T")


def _table(pairs: Sequence[tuple[T, int]]) -> tuple[T, ...]:
    """A lookup table for weighted choice by ``table[int(random() * len(table))]``."""
    return tuple(value for value, weight in pairs for _ in range(weight))


@dataclass(frozen=True)
class _ChannelProfile:
    weight: int
    anonymous: float  # share of items with no known contact
    ack_hours: tuple[float, float]  # first response delay range
    reply_median_hours: float
    never_answered: float
    reply_channel: ChannelCode


PROFILES = {
    ChannelCode.PHONE: _ChannelProfile(25, 0.04, (0, 0), 20, 0.06, ChannelCode.PHONE),
    ChannelCode.EMAIL: _ChannelProfile(20, 0.0, (1, 40), 40, 0.15, ChannelCode.EMAIL),
    ChannelCode.CHAT: _ChannelProfile(14, 0.08, (0.02, 0.3), 3, 0.08, ChannelCode.CHAT),
    ChannelCode.SOCIAL: _ChannelProfile(10, 0.12, (0.5, 12), 20, 0.25, ChannelCode.SOCIAL),
    ChannelCode.WEB_FORM: _ChannelProfile(12, 0.2, (2, 60), 50, 0.12, ChannelCode.EMAIL),
    ChannelCode.SELF_SERVICE: _ChannelProfile(5, 0.5, (4, 72), 60, 0.1, ChannelCode.EMAIL),
    ChannelCode.IN_PERSON: _ChannelProfile(6, 0.1, (0, 0), 30, 0.05, ChannelCode.PHONE),
    ChannelCode.SURVEY: _ChannelProfile(5, 0.3, (24, 150), 90, 0.2, ChannelCode.EMAIL),
    ChannelCode.LETTER: _ChannelProfile(3, 0.05, (48, 300), 200, 0.1, ChannelCode.LETTER),
}
CHANNELS = tuple(PROFILES)
KINDS = tuple(FeedbackKind)
CHANNEL_TABLE = _table([(c, p.weight) for c, p in PROFILES.items()])
KIND_TABLE = _table(
    [
        (FeedbackKind.COMPLAINT, 45),
        (FeedbackKind.SUGGESTION, 22),
        (FeedbackKind.QUESTION, 20),
        (FeedbackKind.PRAISE, 13),
    ]
)
CATEGORY_WEIGHTS = {
    "delivery": 16,
    "billing": 12,
    "service_quality": 12,
    "staff": 10,
    "waiting_time": 12,
    "product": 10,
    "website_app": 12,
    "communication": 8,
    "facilities": 4,
    "pricing": 4,
}
LANGUAGE_TABLE = _table(list(zip(tx.LANGUAGES, tx.LANGUAGE_WEIGHTS, strict=True)))
HOUR_TABLE = _table(
    list(enumerate((1, 1, 1, 1, 1, 2, 4, 8, 14, 18, 20, 20, 18, 19, 20, 19, 17, 14, 10, 8, 6, 4, 2, 1)))
)
WEEKDAY_WEIGHT = (1.1, 1.05, 1.0, 1.0, 0.95, 0.6, 0.4)
PERSIAN_DIGITS = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")

# Improvement workflow: the path each final stage was reached by.
_FORWARD = (Stage.NEW, Stage.TRIAGE, Stage.ACCEPTED, Stage.PLAN, Stage.DO, Stage.CHECK, Stage.ACT, Stage.DONE)
PATHS = {stage: _FORWARD[: i + 1] for i, stage in enumerate(_FORWARD)}
PATHS[Stage.DECLINED] = (Stage.NEW, Stage.TRIAGE, Stage.DECLINED)
PATHS[Stage.ON_HOLD] = (Stage.NEW, Stage.TRIAGE, Stage.ACCEPTED, Stage.PLAN, Stage.ON_HOLD)
STEP_DAYS = {
    Stage.TRIAGE: (1, 7),
    Stage.ACCEPTED: (2, 14),
    Stage.PLAN: (3, 20),
    Stage.DO: (5, 40),
    Stage.CHECK: (10, 40),
    Stage.ACT: (5, 30),
    Stage.DONE: (3, 20),
    Stage.DECLINED: (2, 21),
    Stage.ON_HOLD: (5, 30),
}
# Old initiatives have mostly finished, young ones are still early in the workflow.
STAGES_BY_AGE = (
    (
        0.5,
        _table(
            [
                (Stage.DONE, 40),
                (Stage.DECLINED, 20),
                (Stage.ACT, 8),
                (Stage.CHECK, 8),
                (Stage.ON_HOLD, 8),
                (Stage.DO, 6),
            ]
        ),
    ),
    (
        0.15,
        _table(
            [
                (Stage.DO, 20),
                (Stage.CHECK, 15),
                (Stage.PLAN, 15),
                (Stage.DECLINED, 12),
                (Stage.ACT, 10),
                (Stage.DONE, 10),
                (Stage.ON_HOLD, 8),
                (Stage.ACCEPTED, 10),
            ]
        ),
    ),
    (
        0.0,
        _table(
            [
                (Stage.NEW, 25),
                (Stage.TRIAGE, 25),
                (Stage.ACCEPTED, 15),
                (Stage.PLAN, 15),
                (Stage.DO, 8),
                (Stage.DECLINED, 7),
                (Stage.ON_HOLD, 5),
            ]
        ),
    ),
)
AFTER_ACCEPTED = frozenset(_FORWARD[2:])
COUNTED = (
    "users", "contacts", "contact_points", "improvements", "audit_events", "feedback_items", "replies",
    "reply_templates", "canonical_questions", "surveys", "questions", "survey_responses", "answers",
)  # fmt: skip


def generate(engine: Engine, *, items: int, seed: int = 1, state: TaskState | None = None) -> dict[str, int]:
    """Fill the database with sample data; the counts of rows added, per kind.

    Raises ``KaizenError`` if the database already holds demo data.
    """
    if items < 0:
        raise KaizenError(f"the number of sample items cannot be negative ({items})")
    state = state or TaskState()
    with engine.begin() as conn:
        _refuse_if_present(conn)
        with _bigger_sqlite_cache(conn):
            ensure_reference_data(conn)
            run = _Run(conn, random.Random(seed), state, items)
            run.counts["users"] = _add_users(run)
            _add_contacts(run)
            _add_templates(run)
            _add_improvements(run)
            _add_items(run)
            _add_surveys(run)
        if conn.dialect.name == "postgresql":
            _advance_sequences(conn, (Contact, Improvement, FeedbackItem, SurveyResponse))
        state.progress(run.total, run.total)  # inside: a cancel now still rolls back
    log.info("sample data added: %s", run.counts)
    return run.counts


def ensure_sample_data(engine: Engine, items: int = 3000, *, state: TaskState | None = None) -> bool:
    """Fill an empty database (no feedback at all) with sample data; True if it did."""
    with engine.connect() as conn:
        if conn.execute(select(FeedbackItem.id).limit(1)).first() is not None:
            return False
    generate(engine, items=items, state=state)
    return True


def _refuse_if_present(conn: Connection) -> None:
    demo = select(FeedbackItem.id).where(FeedbackItem.source == DEMO_SOURCE).limit(1)
    surveys = select(Survey.id).where(Survey.source_system.in_([s for s, _ in tx.SURVEYS])).limit(1)
    has_responses = select(SurveyResponse.id).where(SurveyResponse.survey_id.in_(surveys)).limit(1)
    if conn.execute(demo).first() is not None or conn.execute(has_responses).first() is not None:
        raise KaizenError(
            "this database already holds sample data; generate sample data into an empty database instead"
        )


@contextmanager
def _bigger_sqlite_cache(conn: Connection) -> Iterator[None]:
    if conn.dialect.name != "sqlite":
        yield
        return
    before = conn.exec_driver_sql("PRAGMA cache_size").scalar()
    conn.exec_driver_sql(f"PRAGMA cache_size=-{SQLITE_CACHE_KIB}")
    try:
        yield
    finally:
        conn.exec_driver_sql(f"PRAGMA cache_size={int(before or -2000)}")


def _advance_sequences(conn: Connection, models: Sequence[Any]) -> None:
    # Explicit ids do not move PostgreSQL's sequences; the next ordinary insert would collide.
    for model in models:
        name = model.__tablename__
        conn.execute(
            text(
                f"SELECT setval(pg_get_serial_sequence('{name}', 'id'), "
                f"GREATEST((SELECT MAX(id) FROM {name}), 1), (SELECT MAX(id) IS NOT NULL FROM {name}))"
            )
        )


@dataclass
class _Improvement:
    id: int
    category: str
    stage: Stage
    decided_at: dt.datetime | None
    closed_at: dt.datetime | None
    reason_index: int
    measured_index: int
    percent: int


@dataclass
class _Run:
    """What one generation shares between its steps."""

    conn: Connection
    rng: random.Random
    state: TaskState
    items: int
    counts: dict[str, int] = field(default_factory=dict)
    done: int = 0
    total: int = 0
    channels: dict[str, int] = field(default_factory=dict)
    categories: dict[str, int] = field(default_factory=dict)
    system_user: int = 0
    operators_by_channel: dict[str, list[int]] = field(default_factory=dict)
    operators: list[int] = field(default_factory=list)
    managers: list[int] = field(default_factory=list)
    # Contacts, in order of creation: index i has id first_contact_id + i.
    first_contact_id: int = 0
    contact_langs: list[str] = field(default_factory=list)
    contact_names: list[str] = field(default_factory=list)
    contact_created_s: list[int] = field(default_factory=list)
    templates: dict[tuple[str, str], int] = field(default_factory=dict)
    improvement_buckets: dict[tuple[str, int], list[_Improvement]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.channels = channel_ids(self.conn)
        by_code = dict(self.conn.execute(select(Category.code, Category.id)).all())
        self.categories = {code: by_code[code] for code, _ in CATEGORIES}
        self.system_user = system_user_id(self.conn)
        self.counts = dict.fromkeys(COUNTED, 0)
        self.total = self.items + self.contacts + self.visits

    @property
    def contacts(self) -> int:
        return max(20, self.items // 3)

    @property
    def visits(self) -> int:
        """Dealer visits; each brings one or two survey responses."""
        return max(40, self.items // 8)

    def step(self, n: int) -> None:
        self.done += n
        self.state.progress(min(self.done, self.total), self.total)

    def next_id(self, model: Any) -> int:
        return int(self.conn.execute(select(func.coalesce(func.max(model.id), 0))).scalar_one()) + 1

    def insert(self, model: Any, rows: list[dict[str, Any]], key: str) -> None:
        if rows:
            self.conn.execute(insert(model), rows)
            self.counts[key] += len(rows)
            rows.clear()

    def at(self, seconds: float) -> dt.datetime:
        return START + dt.timedelta(seconds=int(seconds))


# --- users and templates ----------------------------------------------------------------------


def _add_users(run: _Run) -> int:
    have = set(run.conn.execute(select(User.username)).scalars())
    rows = [
        {
            "username": username,
            "display_name": display,
            "role": role,
            "usual_channel_id": run.channels[channel] if channel else None,
            "is_active": True,
            "created_at": START - dt.timedelta(days=30),
            "version": 1,
        }
        for username, display, role, channel in tx.USERS
        if username not in have
    ]
    if rows:
        run.conn.execute(insert(User), rows)
    names = [u[0] for u in tx.USERS]
    found = run.conn.execute(
        select(User.username, User.id, User.role, User.usual_channel_id).where(User.username.in_(names))
    ).all()
    code_of = {id_: code for code, id_ in run.channels.items()}
    for _username, id_, role, channel_id in sorted(found, key=lambda r: names.index(r[0])):
        if role == Role.OPERATOR:
            run.operators.append(id_)
            run.operators_by_channel.setdefault(code_of.get(channel_id or 0, ""), []).append(id_)
        elif role == Role.MANAGER:
            run.managers.append(id_)
    run.operators = run.operators or [run.system_user]
    run.managers = run.managers or [run.system_user]
    return len(rows)


def _add_templates(run: _Run) -> None:
    have = {
        (o, lang)
        for o, lang in run.conn.execute(
            select(ReplyTemplate.outcome, ReplyTemplate.language).where(ReplyTemplate.name == "Standard")
        )
    }
    rows = [
        {
            "name": "Standard",
            "outcome": outcome,
            "language": lang,
            "subject": subject,
            "body": body,
            "version": 1,
        }
        for (outcome, lang), (subject, body) in tx.REPLY_TEMPLATES.items()
        if (outcome, lang) not in have
    ]
    run.insert(ReplyTemplate, rows, "reply_templates")
    stmt = select(ReplyTemplate.outcome, ReplyTemplate.language, ReplyTemplate.id).where(
        ReplyTemplate.name == "Standard"
    )
    run.templates = {(o, lang): id_ for o, lang, id_ in run.conn.execute(stmt)}


# --- contacts -------------------------------------------------------------------------------


def _person(rng: random.Random, lang: str) -> tuple[str, str, str, str]:
    """(display name, first name for replies, Latin first, Latin last)."""
    if lang == "en":
        first, last = rng.choice(tx.EN_FIRST), rng.choice(tx.EN_LAST)
        return f"{first} {last}", first, first, last
    if lang == "ru":
        female = rng.random() < 0.5
        first = rng.choice(tx.RU_FEMALE_FIRST if female else tx.RU_MALE_FIRST)
        last = rng.choice(tx.RU_LAST) + ("а" if female else "")
        display = f"{last} {first}" if rng.random() < 0.15 else f"{first} {last}"
        return display, first, tx.transliterate(first), tx.transliterate(last)
    (first, lat_first), (last, lat_last) = rng.choice(tx.FA_FIRST), rng.choice(tx.FA_LAST)
    return f"{first} {last}", first, lat_first, lat_last


def _injective(index: int, offset: int, modulus: int) -> int:
    # The factor shares no divisor with the modulus (powers of 2 and 5): distinct
    # indexes below the modulus give distinct numbers, scattered so they look random.
    return (index * 3_141_593 + offset) % modulus


def _raw_phone(rng: random.Random, lang: str, index: int, offset: int) -> str:
    if lang == "ru":
        op = rng.choice(("916", "903", "925", "985", "926", "905", "495", "499"))
        s = f"{_injective(index, offset, 10_000_000):07d}"
        return rng.choice(
            (
                f"+7 {op} {s[:3]}-{s[3:5]}-{s[5:]}",
                f"8{op}{s}",
                f"8 ({op}) {s[:3]}-{s[3:5]}-{s[5:]}",
                f"+7({op}){s}",
                f"8-{op}-{s[:3]}-{s[3:5]}-{s[5:]}",
            )
        )
    if lang == "fa":
        op = rng.choice(("912", "935", "919", "901", "910"))
        s = f"{_injective(index, offset, 10_000_000):07d}"
        return rng.choice(
            (
                f"0{op} {s[:3]} {s[3:]}",
                f"+98 {op} {s[:3]} {s[3:]}",
                f"0{op}{s}",
                f"0{op} {s[:3]} {s[3:]}".translate(PERSIAN_DIGITS),
                f"+98-{op}-{s}",
            )
        )
    area = rng.choice(("212", "646", "415", "312", "617"))
    s = f"{2_000_000 + _injective(index, offset, 8_000_000):07d}"
    return rng.choice((f"+1 ({area}) {s[:3]}-{s[3:]}", f"+1 {area}-{s[:3]}-{s[3:]}", f"+1{area}{s}"))


def _raw_email(rng: random.Random, lang: str, lat_first: str, lat_last: str, number: int) -> str:
    local = rng.choice(
        (
            f"{lat_first}.{lat_last}{number}",
            f"{lat_first[0]}{lat_last}{number}",
            f"{lat_first}{number}",
            f"{lat_last}.{lat_first}{number}",
        )
    )
    style = rng.random()
    local = local.upper() if style < 0.1 else local.title() if style < 0.45 else local.lower()
    address = f"{local}@{rng.choice(tx.EMAIL_DOMAINS[lang])}"
    return f" {address} " if rng.random() < 0.1 else address  # pasted with spaces


def _add_contacts(run: _Run) -> None:
    rng, conn = run.rng, run.conn
    n = run.contacts
    run.first_contact_id = run.next_id(Contact)
    offset = rng.randrange(10_000_000)
    number_base = rng.randrange(100, 1000)
    taken = {tuple(r) for r in conn.execute(select(ContactPoint.kind, ContactPoint.value))}
    # A third of the contacts were already on file when the sample period starts.
    created = sorted(
        int(rng.uniform(-365 * 86_400, 0) if rng.random() < 0.3 else rng.uniform(0, SPAN_S - 3600))
        for _ in range(n)
    )
    per_language = dict.fromkeys(tx.LANGUAGES, 0)
    contacts: list[dict[str, Any]] = []
    points: list[dict[str, Any]] = []
    for i, created_s in enumerate(created):
        lang = LANGUAGE_TABLE[int(rng.random() * len(LANGUAGE_TABLE))]
        display, first, lat_first, lat_last = _person(rng, lang)
        contact_id = run.first_contact_id + i
        created_at = run.at(created_s)
        run.contact_langs.append(lang)
        run.contact_names.append(first)
        run.contact_created_s.append(created_s)
        contacts.append(
            {
                "id": contact_id,
                "display_name": display,
                "name_key": name_key(display),
                "preferred_language": lang,
                "merged_into_id": None,
                "created_at": created_at,
                "updated_at": created_at,
                "version": 1,
            }
        )
        raws: list[tuple[ContactPointKind, str]] = []
        if rng.random() < 0.75:
            raws.append((ContactPointKind.PHONE, _raw_phone(rng, lang, per_language[lang], offset)))
            per_language[lang] += 1
        if rng.random() < 0.6 or not raws:
            raws.append((ContactPointKind.EMAIL, _raw_email(rng, lang, lat_first, lat_last, number_base + i)))
        if rng.random() < 0.3:
            number = f"{offset % 1000 + i:07d}"
            raws.append(
                (
                    ContactPointKind.CUSTOMER_NUMBER,
                    rng.choice(
                        (f"kd-{number[:3]}-{number[3:]}", f"KD {number}", f"kd{number}", f" KD-{number} ")
                    ),
                )
            )
        if rng.random() < 0.15:
            raws.append(
                (ContactPointKind.SOCIAL, f"@{lat_first.title()}_{lat_last.title()}{number_base + i}")
            )
        primary = True
        for kind, raw in raws:
            value = normalise_point(kind, raw)
            if (kind.value, value) in taken:
                continue
            taken.add((kind.value, value))
            points.append(
                {
                    "contact_id": contact_id,
                    "kind": kind.value,
                    "value": value,
                    "raw_value": raw,
                    "is_primary": primary,
                    "created_at": created_at,
                }
            )
            primary = False
        if len(contacts) >= BATCH:
            run.insert(Contact, contacts, "contacts")
            run.insert(ContactPoint, points, "contact_points")
            run.step(BATCH)
    run.step(len(contacts))
    run.insert(Contact, contacts, "contacts")
    run.insert(ContactPoint, points, "contact_points")


def _pick_contact(run: _Run, created_before_s: int) -> int | None:
    """Index of a contact already known at that time; frequent customers are the old ones."""
    bound = bisect.bisect_right(run.contact_created_s, created_before_s)
    return int(bound * run.rng.random() ** 1.5) if bound else None


# --- improvements ---------------------------------------------------------------------------


def _add_improvements(run: _Run) -> None:
    rng = run.rng
    n = max(len(Stage) + 2, run.items // 50)
    first_id = run.next_id(Improvement)
    born = sorted(rng.uniform(30 * 86_400, SPAN_S - 5 * 86_400) for _ in range(n))
    forced = dict(zip(rng.sample(range(n), len(Stage)), Stage, strict=False))  # every stage at least once
    categories = _table(list(CATEGORY_WEIGHTS.items()))
    rows: list[dict[str, Any]] = []
    events: list[dict[str, Any]] = []
    for i, born_s in enumerate(born):
        id_ = first_id + i
        age = (SPAN_S - born_s) / SPAN_S
        by_age = next(table for limit, table in STAGES_BY_AGE if age >= limit)
        stage = forced.get(i) or by_age[int(rng.random() * len(by_age))]
        category = categories[int(rng.random() * len(categories))]
        lang = LANGUAGE_TABLE[int(rng.random() * len(LANGUAGE_TABLE))]
        owner = None if stage == Stage.NEW and rng.random() < 0.6 else rng.choice(run.managers)
        times = _stage_times(rng, stage, born_s)
        decided = next((t for s, t in times if s in (Stage.ACCEPTED, Stage.DECLINED)), None)
        closed = times[-1][1] if stage in (Stage.DONE, Stage.DECLINED) else None
        info = _Improvement(
            id_,
            category,
            stage,
            run.at(decided) if decided else None,
            run.at(closed) if closed else None,
            rng.randrange(4),
            rng.randrange(2),
            rng.randrange(5, 40),
        )
        title = rng.choice(tx.IMPROVEMENT_TITLES[lang][category])
        accepted = stage in AFTER_ACCEPTED or stage == Stage.ON_HOLD
        effort = round(rng.uniform(0.5, 40), 1) if accepted and stage != Stage.ACCEPTED else None
        due = None
        if stage in (Stage.PLAN, Stage.DO, Stage.CHECK, Stage.ACT) and decided is not None and effort:
            due = (run.at(decided) + dt.timedelta(days=effort * 2 + 14)).date()
        rows.append(
            {
                "id": id_,
                "title": f"{title} ({rng.choice(tx.BRANCHES[lang])})",
                "description": " ".join(tx.CORES[lang][category]["suggestion"]),
                "stage": stage.value,
                "owner_id": owner,
                "category_id": run.categories[category],
                "decision": "accepted" if accepted else "declined" if stage == Stage.DECLINED else None,
                "decision_reason": tx.DECLINE_REASONS[lang][info.reason_index]
                if stage == Stage.DECLINED
                else None,
                "expected_benefit": rng.choice(tx.EXPECTED_BENEFITS[lang]).format(n=rng.randrange(5, 40))
                if stage != Stage.NEW
                else None,
                "measured_benefit": tx.MEASURED_BENEFITS[lang][info.measured_index].format(n=info.percent)
                if stage in (Stage.CHECK, Stage.ACT, Stage.DONE)
                else None,
                "effort_days": effort,
                "due_date": due,
                "created_at": run.at(born_s),
                "stage_changed_at": run.at(times[-1][1]),
                "decided_at": info.decided_at,
                "closed_at": info.closed_at,
                "version": len(times),  # one edit per stage change
            }
        )
        actor = owner or rng.choice(run.managers)
        previous: str | None = None
        for step_stage, at_s in times:
            events.append(
                {
                    "at": run.at(at_s),
                    "user_id": actor,
                    "entity_type": "improvement",
                    "entity_id": id_,
                    "action": "created" if previous is None else "stage_changed",
                    "changes": json.dumps({"stage": [previous, step_stage.value]}),
                }
            )
            previous = step_stage.value
        month = int(born_s // MONTH_S)
        for m in range(month - 2, month + 2):  # items from shortly before and after it was raised
            run.improvement_buckets.setdefault((category, m), []).append(info)
    run.insert(Improvement, rows, "improvements")
    run.insert(AuditEvent, events, "audit_events")


def _stage_times(rng: random.Random, stage: Stage, born_s: float) -> list[tuple[Stage, float]]:
    """When the improvement entered each stage of its path, all before ANCHOR."""
    times = [(Stage.NEW, born_s)]
    at = born_s
    for step in PATHS[stage][1:]:
        low, high = STEP_DAYS[step]
        at += rng.uniform(low, high) * 86_400
        times.append((step, at))
    limit = SPAN_S - 3600
    if at > limit:  # a young initiative moved faster than usual
        scale = (limit - born_s) / (at - born_s)
        times = [(s, born_s + (t - born_s) * scale) for s, t in times]
    return times


# --- feedback items and replies -------------------------------------------------------------


def _day_counts(rng: random.Random, items: int) -> list[int]:
    """Items per day: growing over the two years, quiet at weekends, busier before New Year."""
    weights = []
    for day in range(SPAN_DAYS):
        date = START + dt.timedelta(days=day)
        season = 1.2 if date.month in (11, 12) else 1.0
        weights.append(
            (1 + 0.8 * day / SPAN_DAYS) * WEEKDAY_WEIGHT[date.weekday()] * season * rng.uniform(0.85, 1.15)
        )
    total = sum(weights)
    counts, cumulative, placed = [], 0.0, 0
    for w in weights:
        cumulative += w
        upto = round(cumulative / total * items)
        counts.append(upto - placed)
        placed = upto
    return counts


@dataclass
class _ItemText:
    text: str
    core: str
    kind: FeedbackKind
    lang: str
    contact: int | None


def _compose(rng: random.Random, lang: str, category: str, kind: FeedbackKind) -> tuple[str, str]:
    """(text, core sentence): opener, core, detail, order reference, rare remark, closer."""
    r = rng.random
    cores = tx.CORES[lang][category][kind]
    core = cores[int(r() * len(cores))]
    openers, details, closers = tx.OPENERS[lang], tx.DETAILS[lang][kind], tx.CLOSERS[lang][kind]
    parts = [openers[int(r() * len(openers))], core, details[int(r() * len(details))]]
    if r() < 0.65:
        refs = tx.ORDER_REFS[lang]
        number = str(10_000 + int(r() * 90_000))
        if lang == "fa" and r() < 0.5:
            number = number.translate(PERSIAN_DIGITS)
        parts.append(refs[int(r() * len(refs))].format(n=number))
    if r() < 0.002:
        rare = tx.RARE_SENTENCES[lang]
        parts.append(rare[int(r() * len(rare))])
    parts.append(closers[int(r() * len(closers))])
    return " ".join(p for p in parts if p), core


def _add_items(run: _Run) -> None:
    rng, r = run.rng, run.rng.random
    first_id = next_id = run.next_id(FeedbackItem)
    categories = _table(list(CATEGORY_WEIGHTS.items()))
    category_codes = tuple(CATEGORY_WEIGHTS)
    recent: dict[str, deque[tuple[int, _ItemText]]] = {c: deque(maxlen=50) for c in category_codes}
    items: list[dict[str, Any]] = []
    replies: list[dict[str, Any]] = []
    writer = _ItemWriter(run)
    anchor_s = SPAN_S
    for day, count in enumerate(_day_counts(rng, run.items)):
        seconds = sorted(
            day * 86_400 + HOUR_TABLE[int(r() * len(HOUR_TABLE))] * 3600 + int(r() * 3600)
            for _ in range(count)
        )
        for s in seconds:
            n = next_id - first_id
            channel = CHANNELS[n % len(CHANNELS)] if n < 36 else CHANNEL_TABLE[int(r() * len(CHANNEL_TABLE))]
            kind = KINDS[n % len(KINDS)] if n < 36 else KIND_TABLE[int(r() * len(KIND_TABLE))]
            profile = PROFILES[channel]
            category = categories[int(r() * len(categories))]
            pool = recent[category]
            duplicate_of: int | None = None
            if kind in (FeedbackKind.COMPLAINT, FeedbackKind.QUESTION) and pool and r() < 0.05:
                duplicate_of, source = pool[int(r() * len(pool))]
                kind = source.kind
                said = _ItemText(
                    f"{tx.DUPLICATE_PREFIX[source.lang]} {source.text}",
                    source.core,
                    kind,
                    source.lang,
                    source.contact,
                )
            else:
                contact = None if r() < profile.anonymous else _pick_contact(run, s)
                if contact is None:
                    lang = LANGUAGE_TABLE[int(r() * len(LANGUAGE_TABLE))]
                else:
                    lang = run.contact_langs[contact]
                body, core = _compose(rng, lang, category, kind)
                said = _ItemText(body, core, kind, lang, contact)
                pool.append((next_id, said))
            received = run.at(s)
            ack_low, ack_high = profile.ack_hours
            ack_s = s + (ack_low + (ack_high - ack_low) * r() ** 2) * 3600
            contact_id = None if said.contact is None else run.first_contact_id + said.contact
            improvement = None
            if duplicate_of is None and kind != FeedbackKind.PRAISE:
                link_share = (
                    0.16
                    if kind == FeedbackKind.SUGGESTION
                    else 0.08
                    if kind == FeedbackKind.COMPLAINT
                    else 0.02
                )
                bucket = run.improvement_buckets.get((category, int(s // MONTH_S)))
                if bucket and r() < link_share:
                    improvement = bucket[int(r() * len(bucket))]
            replied: dt.datetime | None = None
            age_days = (anchor_s - s) / 86_400
            if duplicate_of is not None:
                status = FeedbackStatus.DUPLICATE
            elif improvement is not None:
                status = FeedbackStatus.LINKED
                if contact_id is not None:
                    replied = _improvement_replies(
                        run, replies, improvement, said, next_id, contact_id, channel, received
                    )
            else:
                reply_s = s + profile.reply_median_hours * 3600 * rng.lognormvariate(0, 0.9)
                if contact_id is not None and r() >= profile.never_answered and reply_s < anchor_s:
                    status = FeedbackStatus.CLOSED if age_days > 30 and r() < 0.5 else FeedbackStatus.ANSWERED
                    replied = run.at(reply_s)
                    ack_s = min(ack_s, reply_s)
                    replies.append(_item_reply(run, said, next_id, contact_id, channel, replied))
                elif age_days < 2:
                    status = FeedbackStatus.NEW
                elif age_days < 14:
                    status = FeedbackStatus.NEW if r() < 0.4 else FeedbackStatus.TRIAGED
                else:
                    x = r()
                    status = (
                        FeedbackStatus.CLOSED
                        if x < 0.45
                        else FeedbackStatus.TRIAGED
                        if x < 0.85
                        else FeedbackStatus.NEW
                    )
            acknowledged = ack_s < anchor_s and (status != FeedbackStatus.NEW or profile.ack_hours[1] == 0)
            row = {
                "id": next_id,
                "contact_id": contact_id,
                "channel_id": run.channels[channel],
                "kind": kind.value,
                "text": said.text,
                "language": said.lang,
                "received_at": received,
                "logged_at": _logged_at(r, channel, s),
                "logged_by_id": _logged_by(run, channel),
                "source": DEMO_SOURCE,
                "external_ref": f"DEMO-{next_id:08d}",
                "status": status.value,
                "improvement_id": improvement.id if improvement else None,
                "duplicate_of_id": duplicate_of,
                "first_response_at": run.at(ack_s) if acknowledged else None,
                "replied_at": replied,
                "version": 1,
            }
            row.update(_classification(r, category, category_codes, run.categories, status))
            items.append(row)
            next_id += 1
            if len(items) >= BATCH:
                writer.write(items, replies)
    writer.write(items, replies)
    writer.close()


class _ItemWriter:
    """Bulk inserts into feedback_item that keep SQLite's full-text trigger cheap.

    On SQLite each statement that fires the FTS5 trigger flushes the index's
    pending terms to disk, so an executemany of 10,000 rows writes 10,000 tiny
    index segments (about 0.1 ms a row). Staging the batch in a temporary table
    and copying it with one INSERT ... SELECT fires the same trigger in a
    single statement: one flush per batch, three to four times faster overall.
    """

    def __init__(self, run: _Run) -> None:
        self.run = run
        self.staging: Table | None = None
        if run.conn.dialect.name == "sqlite":
            columns = [Column(c.name, c.type) for c in FeedbackItem.__table__.columns]
            self.staging = Table("demo_feedback_staging", MetaData(), *columns, prefixes=["TEMPORARY"])
            self.staging.create(run.conn)

    def write(self, items: list[dict[str, Any]], replies: list[dict[str, Any]]) -> None:
        count, conn = len(items), self.run.conn
        if self.staging is None:
            self.run.insert(FeedbackItem, items, "feedback_items")
        elif items:
            conn.execute(insert(self.staging), items)
            names = [c.name for c in self.staging.columns]
            conn.execute(insert(FeedbackItem).from_select(names, select(self.staging)))
            conn.execute(delete(self.staging))
            self.run.counts["feedback_items"] += count
            items.clear()
        self.run.insert(Reply, replies, "replies")
        self.run.step(count)

    def close(self) -> None:
        if self.staging is not None:
            self.staging.drop(self.run.conn)


def _logged_at(r: Any, channel: ChannelCode, s: float) -> dt.datetime:
    if channel == ChannelCode.LETTER:
        delay = 86_400 * (1 + 2 * r())  # opened and typed in later
    elif channel in (ChannelCode.PHONE, ChannelCode.IN_PERSON, ChannelCode.CHAT):
        delay = 300 * r()
    else:
        delay = 30 + 600 * r()
    return START + dt.timedelta(seconds=int(min(s + delay, SPAN_S - 1)))


def _logged_by(run: _Run, channel: ChannelCode) -> int:
    if channel in (ChannelCode.WEB_FORM, ChannelCode.SELF_SERVICE, ChannelCode.SURVEY):
        return run.system_user  # arrived through an integration
    pool = run.operators_by_channel.get(channel.value) or run.operators
    return pool[int(run.rng.random() * len(pool))]


def _classification(
    r: Any, category: str, codes: Sequence[str], ids: dict[str, int], status: FeedbackStatus
) -> dict[str, Any]:
    """Confirmed categories for handled items, classifier guesses (sometimes wrong) for fresh ones."""
    fresh = status == FeedbackStatus.NEW
    if fresh and r() < 0.35:
        cat_id, cat_conf, cat_ok = None, None, False
    elif fresh or r() < 0.1:
        cat_conf = round(0.3 + 0.69 * r(), 2)
        guess = category if r() < cat_conf else codes[int(r() * len(codes))]
        cat_id, cat_ok = ids[guess], False
    else:
        cat_id, cat_conf, cat_ok = ids[category], (round(0.5 + 0.49 * r(), 2) if r() < 0.5 else None), True
    return {
        "category_id": cat_id,
        "category_confidence": cat_conf,
        "category_confirmed": cat_ok,
        "kind_confidence": round(0.4 + 0.59 * r(), 2) if fresh or r() < 0.3 else None,
        "kind_confirmed": not fresh,
    }


def _reply_row(
    run: _Run,
    said: _ItemText,
    item_id: int,
    contact_id: int,
    channel: ChannelCode,
    at: dt.datetime,
    body: str,
    outcome: str | None,
    improvement_id: int | None,
) -> dict[str, Any]:
    reply_channel = PROFILES[channel].reply_channel
    pool = run.operators_by_channel.get(reply_channel.value) or run.operators
    return {
        "contact_id": contact_id,
        "feedback_item_id": item_id,
        "improvement_id": improvement_id,
        "channel_id": run.channels[reply_channel],
        "template_id": run.templates.get((outcome, said.lang)) if outcome else None,
        "outcome": outcome,
        "language": said.lang,
        "body": body,
        "sent_at": at,
        "sent_by_id": pool[int(run.rng.random() * len(pool))],
    }


def _item_reply(
    run: _Run, said: _ItemText, item_id: int, contact_id: int, channel: ChannelCode, at: dt.datetime
) -> dict[str, Any]:
    name = run.contact_names[said.contact] if said.contact is not None else ""
    if said.kind == FeedbackKind.SUGGESTION:
        body = tx.REPLY_TEMPLATES[(ReplyOutcome.RECEIVED.value, said.lang)][1].format(
            name=name, idea=said.core, decision="", reason=""
        )
        return _reply_row(
            run, said, item_id, contact_id, channel, at, body, ReplyOutcome.RECEIVED.value, None
        )
    body = tx.DIRECT_REPLIES[said.lang][said.kind.value].format(name=name)
    return _reply_row(run, said, item_id, contact_id, channel, at, body, None, None)


def _improvement_replies(
    run: _Run,
    replies: list[dict[str, Any]],
    imp: _Improvement,
    said: _ItemText,
    item_id: int,
    contact_id: int,
    channel: ChannelCode,
    received: dt.datetime,
) -> dt.datetime | None:
    """'We are on it', 'done' or 'declined, because' to one contributor; the first reply's time."""
    outcomes: list[tuple[str, dt.datetime]] = []
    if imp.decided_at is not None and imp.stage in AFTER_ACCEPTED | {Stage.ON_HOLD}:
        outcomes.append((ReplyOutcome.ACCEPTED.value, imp.decided_at))
    if imp.stage == Stage.DONE and imp.closed_at is not None:
        outcomes.append((ReplyOutcome.DONE.value, imp.closed_at))
    if imp.stage == Stage.DECLINED and imp.decided_at is not None:
        outcomes.append((ReplyOutcome.DECLINED.value, imp.decided_at))
    first: dt.datetime | None = None
    lang = said.lang
    name = run.contact_names[said.contact] if said.contact is not None else ""
    for outcome, when in outcomes:
        at = max(when, received + dt.timedelta(hours=2))
        if at >= ANCHOR:
            continue
        reason = ""
        if outcome == ReplyOutcome.DECLINED:
            reason = tx.DECLINE_REASONS[lang][imp.reason_index]
        elif outcome == ReplyOutcome.DONE:
            reason = tx.MEASURED_BENEFITS[lang][imp.measured_index].format(n=imp.percent)
        decision = tx.DECISION_WORDS[lang].get(outcome, "")
        body = tx.REPLY_TEMPLATES[(outcome, lang)][1].format(
            name=name, idea=said.core, decision=decision, reason=reason
        )
        replies.append(_reply_row(run, said, item_id, contact_id, channel, at, body, outcome, imp.id))
        first = first or at
    return first


# --- surveys --------------------------------------------------------------------------------


def _add_surveys(run: _Run) -> None:
    conn = run.conn
    canonical = _canonical_ids(run)
    surveys: list[tuple[int, dict[str, int]]] = []  # (survey id, canonical code -> question id)
    for (system, name), questions in tx.SURVEYS.items():
        find = select(Survey.id).where(Survey.source_system == system, Survey.name == name)
        survey_id = conn.execute(find).scalar()
        if survey_id is None:
            created = START - dt.timedelta(days=60)
            conn.execute(insert(Survey).values(source_system=system, name=name, created_at=created))
            survey_id = conn.execute(find).scalar_one()
            run.counts["surveys"] += 1
        have = dict(
            conn.execute(select(Question.code, Question.id).where(Question.survey_id == survey_id)).all()
        )
        rows = [
            {
                "survey_id": survey_id,
                "code": code,
                "text": text_,
                "position": pos,
                "canonical_question_id": canonical[canon],
                "version": 1,
            }
            for pos, (code, text_, canon) in enumerate(questions, 1)
            if code not in have
        ]
        run.insert(Question, rows, "questions")
        have = dict(
            conn.execute(select(Question.code, Question.id).where(Question.survey_id == survey_id)).all()
        )
        surveys.append((survey_id, {canon: have[code] for code, _t, canon in questions}))
    _add_responses(run, surveys)


def _canonical_ids(run: _Run) -> dict[str, int]:
    stmt = select(CanonicalQuestion.code, CanonicalQuestion.id)
    have = dict(run.conn.execute(stmt).all())
    rows = [
        {"code": code, "text": meaning, "answer_type": answer_type, "version": 1}
        for code, (meaning, answer_type) in tx.CANONICAL_QUESTIONS.items()
        if code not in have
    ]
    run.insert(CanonicalQuestion, rows, "canonical_questions")
    return dict(run.conn.execute(stmt).all())


def _add_responses(run: _Run, surveys: list[tuple[int, dict[str, int]]]) -> None:
    """Dealer visits: the e-survey asks first, then the call centre often phones and asks again."""
    rng, r = run.rng, run.rng.random
    (esurvey, e_questions), (callcentre, c_questions) = surveys
    visits = run.visits
    next_id = run.next_id(SurveyResponse)
    responses: list[dict[str, Any]] = []
    answers: list[dict[str, Any]] = []
    refs = {esurvey: 0, callcentre: 0}
    last = SPAN_S - 3 * 86_400
    reported = 0
    for i, visit_s in enumerate(sorted(rng.uniform(0, last) for _ in range(visits))):
        contact = _pick_contact(run, int(visit_s))
        if contact is None:
            continue
        x = r()
        taken: list[tuple[int, dict[str, int], float, int]] = []
        nps = max(0, min(10, round(rng.gauss(7.8, 2.3))))
        e_at = visit_s + rng.uniform(1, 48) * 3600
        if x < 0.75:
            taken.append((esurvey, e_questions, e_at, run.channels[ChannelCode.SURVEY]))
        if x >= 0.5:  # about a third of the e-survey respondents are phoned as well
            call_at = e_at + rng.uniform(2, 5) * 86_400
            if call_at < SPAN_S - 3600:
                taken.append((callcentre, c_questions, call_at, run.channels[ChannelCode.PHONE]))
        for survey_id, questions, at_s, channel_id in taken:
            refs[survey_id] += 1
            prefix = "ES26-" if survey_id == esurvey else "CC-"
            responded = run.at(at_s)
            responses.append(
                {
                    "id": next_id,
                    "survey_id": survey_id,
                    "contact_id": run.first_contact_id + contact,
                    "channel_id": channel_id,
                    "responded_at": responded,
                    "external_ref": f"{prefix}{refs[survey_id]:07d}",
                    "imported_at": min(responded + dt.timedelta(hours=12), ANCHOR),
                }
            )
            score = max(0, min(10, nps + rng.choice((-1, 0, 0, 1)))) if survey_id == callcentre else nps
            for code, value_text, value_number in _answer_values(rng, score, run.contact_langs[contact]):
                if code in questions:
                    answers.append(
                        {
                            "response_id": next_id,
                            "question_id": questions[code],
                            "value_text": value_text,
                            "value_number": value_number,
                        }
                    )
            next_id += 1
        if len(responses) >= BATCH:
            run.insert(SurveyResponse, responses, "survey_responses")
            run.insert(Answer, answers, "answers")
            run.step(i + 1 - reported)
            reported = i + 1
    run.insert(SurveyResponse, responses, "survey_responses")
    run.insert(Answer, answers, "answers")
    run.step(visits - reported)


def _answer_values(rng: random.Random, nps: int, lang: str) -> list[tuple[str, str | None, float | None]]:
    """Consistent answers of one respondent: a promoter is satisfied and had the problem solved."""
    r = rng.random
    satisfaction = max(1, min(5, round(1 + nps * 0.4 + rng.gauss(0, 0.6))))
    solved = r() < (0.92 if nps >= 7 else 0.45)
    ready = r() < 0.8
    values: list[tuple[str, str | None, float | None]] = [
        ("nps", None, float(nps)),
        ("overall_satisfaction", None, float(satisfaction)),
        ("problem_solved", "yes" if solved else "no", 1.0 if solved else 0.0),
        ("waiting_area_clean", None, float(max(1, min(5, round(rng.gauss(4.1, 0.9)))))),
        ("ready_on_time", "yes" if ready else "no", 1.0 if ready else 0.0),
    ]
    if r() < 0.3:
        kind = "praise" if nps >= 9 else "complaint" if nps <= 6 else "suggestion"
        category = rng.choice(tuple(CATEGORY_WEIGHTS))
        values.append(("comment", rng.choice(tx.CORES[lang][category][kind]), None))
    # Some respondents skip a question; the recommendation score is always asked first.
    return [v for v in values if v[0] == "nps" or r() >= 0.04]
