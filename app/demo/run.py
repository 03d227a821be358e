"""What one generation shares between its steps, and the records that pass between them."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, func, insert, select

from app.demo.distributions import START
from app.reference_data import CATEGORIES, channel_ids, system_user_id
from app.tasks import TaskState
from db.models import Category, FeedbackKind, Stage

COUNTED = (
    "users", "contacts", "contact_points", "improvements", "audit_events", "feedback_items", "replies",
    "reply_templates", "canonical_questions", "surveys", "questions", "survey_responses", "answers",
)  # fmt: skip


@dataclass
class ImprovementFacts:
    """What the replies to an improvement's contributors tell them."""

    id: int
    category: str
    stage: Stage
    decided_at: dt.datetime | None
    closed_at: dt.datetime | None
    reason_index: int
    measured_index: int
    percent: int


@dataclass
class ItemText:
    """What an item says, and what its replies need to know about it."""

    text: str
    core: str
    kind: FeedbackKind
    lang: str
    contact: int | None


@dataclass
class Run:
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
    improvement_buckets: dict[tuple[str, int], list[ImprovementFacts]] = field(default_factory=dict)

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
