"""Generating the sample data in one transaction; refusing a database that already holds it."""

from __future__ import annotations

import logging
import random
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from sqlalchemy import Connection, Engine, select, text

from app import demo_texts as tx
from app.demo.distributions import DEMO_SOURCE
from app.demo.improvements import add_improvements
from app.demo.items import add_items
from app.demo.people import add_contacts, add_users
from app.demo.replies import add_templates
from app.demo.run import Run
from app.demo.surveys import add_surveys
from app.errors import KaizenError
from app.reference_data import ensure_reference_data
from app.tasks import TaskState
from db.models import Contact, FeedbackItem, Improvement, Survey, SurveyResponse

log = logging.getLogger("kaizen.demo_data")

SQLITE_CACHE_KIB = 131_072  # a bigger page cache keeps the many index inserts in memory


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
            run = Run(conn, random.Random(seed), state, items)
            run.counts["users"] = add_users(run)
            add_contacts(run)
            add_templates(run)
            add_improvements(run)
            add_items(run)
            add_surveys(run)
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
        name = model.__table__.name
        conn.execute(
            text(
                f"SELECT setval(pg_get_serial_sequence('{name}', 'id'), "
                f"GREATEST((SELECT MAX(id) FROM {name}), 1), (SELECT MAX(id) IS NOT NULL FROM {name}))"
            )
        )
