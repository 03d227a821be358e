"""Sample data: repeatable, covering every value the app shows, valid, searchable."""

from __future__ import annotations

import re
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine, func, insert, select, text

from app import demo_data, demo_texts
from app.contacts import normalise_point
from app.errors import KaizenError
from app.reference_data import ensure_reference_data
from app.tasks import Cancelled, TaskState
from db.engine import make_engine
from db.migrate import upgrade_to_head
from db.models import (
    Answer,
    AuditEvent,
    ChannelCode,
    ContactPoint,
    ContactPointKind,
    FeedbackItem,
    FeedbackKind,
    Improvement,
    Question,
    Reply,
    ReplyOutcome,
    Stage,
    Survey,
    SurveyResponse,
)
from db.search import newest_matching_ids

ITEMS = 400
E164 = re.compile(r"^\+[1-9]\d{7,14}$")
EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[a-z]+$")


@pytest.fixture
def fresh_engine(
    engine: Engine, request: pytest.FixtureRequest, tmp_path: Path
) -> Iterator[Callable[[], Engine]]:
    """More empty, migrated databases on the same backend as ``engine``."""
    made: list[tuple[Engine, Callable[[], None]]] = []

    def make() -> Engine:
        if engine.dialect.name == "sqlite":
            url, cleanup = f"sqlite:///{tmp_path / f'{uuid.uuid4().hex}.db'}", lambda: None
        else:
            server = request.getfixturevalue("pg_server")
            name = f"kaizen_demo_{uuid.uuid4().hex[:12]}"
            admin = make_engine(server, isolation_level="AUTOCOMMIT")
            with admin.connect() as conn:
                conn.execute(text(f'CREATE DATABASE "{name}"'))
            url = server.replace("/postgres?", f"/{name}?", 1)

            def cleanup() -> None:
                with admin.connect() as conn:
                    conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
                admin.dispose()

        eng = make_engine(url)
        upgrade_to_head(eng)
        made.append((eng, cleanup))
        return eng

    yield make
    for eng, cleanup in made:
        eng.dispose()
        cleanup()


def _snapshot(eng: Engine) -> tuple[list[tuple], list[tuple], list[tuple]]:  # type: ignore[type-arg]
    with eng.connect() as conn:
        items = [tuple(r) for r in conn.execute(select(FeedbackItem).order_by(FeedbackItem.id))]
        points = [tuple(r) for r in conn.execute(select(ContactPoint).order_by(ContactPoint.id))]
        answers = [tuple(r) for r in conn.execute(select(Answer).order_by(Answer.id))]
    return items, points, answers


def test_same_seed_gives_identical_rows_and_another_seed_does_not(
    engine: Engine, fresh_engine: Callable[[], Engine]
) -> None:
    first = demo_data.generate(engine, items=ITEMS, seed=7)
    second_db = fresh_engine()
    second = demo_data.generate(second_db, items=ITEMS, seed=7)

    assert first == second
    assert _snapshot(engine) == _snapshot(second_db)

    other_db = fresh_engine()
    demo_data.generate(other_db, items=ITEMS, seed=8)
    items, points, _answers = _snapshot(other_db)
    same_items, same_points, _ = _snapshot(engine)
    assert items != same_items
    shared = {p[2:4] for p in points} & {p[2:4] for p in same_points}  # (kind, value)
    assert len(shared) < len(points) / 10


def test_covers_every_channel_kind_stage_and_language(engine: Engine) -> None:
    counts = demo_data.generate(engine, items=ITEMS, seed=3)

    with engine.connect() as conn:
        assert counts["feedback_items"] == ITEMS
        assert conn.execute(select(func.count()).select_from(FeedbackItem)).scalar() == ITEMS
        channels = set(
            conn.execute(
                text("SELECT DISTINCT c.code FROM feedback_item f JOIN channel c ON c.id = f.channel_id")
            )
            .scalars()
            .all()
        )
        assert channels == {c.value for c in ChannelCode}
        assert set(conn.execute(select(FeedbackItem.kind).distinct()).scalars()) == {
            k.value for k in FeedbackKind
        }
        assert set(conn.execute(select(Improvement.stage).distinct()).scalars()) == {s.value for s in Stage}
        languages = dict(
            conn.execute(select(FeedbackItem.language, func.count()).group_by(FeedbackItem.language)).all()
        )
        assert set(languages) == {"en", "ru", "fa"}
        assert languages["en"] > languages["ru"] > languages["fa"] > ITEMS * 0.1

        rows = conn.execute(select(FeedbackItem).order_by(FeedbackItem.id)).all()
        times = [r.received_at for r in rows]
        assert times == sorted(times)  # "newest first" by id is newest first by time
        assert all(demo_data.START <= t < demo_data.ANCHOR for t in times)
        assert {r.source for r in rows} == {demo_data.DEMO_SOURCE}
        assert len({r.external_ref for r in rows}) == ITEMS
        assert any(r.contact_id is None for r in rows)  # anonymous feedback
        assert any(r.duplicate_of_id is not None for r in rows)
        assert any(r.improvement_id is not None for r in rows)
        assert any(r.replied_at is None for r in rows) and any(r.replied_at is not None for r in rows)
        assert all(r.first_response_at is None or r.first_response_at >= r.received_at for r in rows)
        unconfirmed = [r for r in rows if r.category_id is not None and not r.category_confirmed]
        assert unconfirmed and all(0.3 <= r.category_confidence <= 0.99 for r in unconfirmed)
        assert sum(r.category_confirmed for r in rows) > ITEMS / 2

        declined = conn.execute(select(Improvement).where(Improvement.stage == Stage.DECLINED)).all()
        assert all(i.decision == "declined" and i.decision_reason for i in declined)
        outcomes = set(conn.execute(select(Reply.outcome).distinct()).scalars())
        assert {ReplyOutcome.RECEIVED, ReplyOutcome.ACCEPTED} <= outcomes
        assert conn.execute(select(func.count()).select_from(AuditEvent)).scalar() == counts["audit_events"]


def test_contact_points_are_normalised_unique_and_keep_the_raw_form(engine: Engine) -> None:
    demo_data.generate(engine, items=ITEMS)

    with engine.connect() as conn:
        points = conn.execute(select(ContactPoint)).all()
    kinds = {p.kind for p in points}
    assert kinds == {k.value for k in ContactPointKind}
    for point in points:
        assert normalise_point(ContactPointKind(point.kind), point.raw_value) == point.value
        if point.kind == ContactPointKind.PHONE:
            assert E164.match(point.value), point
        elif point.kind == ContactPointKind.EMAIL:
            assert EMAIL.match(point.value) and point.value == point.value.lower(), point
    assert len({(p.kind, p.value) for p in points}) == len(points)
    messy = [p for p in points if p.raw_value != p.value]
    assert len(messy) > len(points) / 3
    phones = [p.raw_value for p in points if p.kind == ContactPointKind.PHONE]
    assert any(raw.startswith("8") for raw in phones) and any(raw.startswith("09") for raw in phones)


def test_surveys_from_two_systems_share_canonical_questions(engine: Engine) -> None:
    demo_data.generate(engine, items=ITEMS)

    with engine.connect() as conn:
        surveys = conn.execute(select(Survey.id, Survey.source_system)).all()
        assert len(surveys) == 2 and len({s.source_system for s in surveys}) == 2
        canonical = [
            set(
                conn.execute(
                    select(Question.canonical_question_id).where(Question.survey_id == s.id)
                ).scalars()
            )
            for s in surveys
        ]
        assert len(canonical[0] & canonical[1]) == 4
        assert canonical[0] - canonical[1] and canonical[1] - canonical[0]

        responses = conn.execute(select(SurveyResponse)).all()
        per_contact: dict[int, set[int]] = {}
        for response in responses:
            per_contact.setdefault(response.contact_id, set()).add(response.survey_id)
            assert demo_data.START <= response.responded_at < demo_data.ANCHOR
        assert sum(len(s) == 2 for s in per_contact.values()) >= 5  # asked twice: the problem we solve
        assert conn.execute(select(func.count()).select_from(Answer)).scalar_one() >= len(responses) * 3


def test_search_finds_generated_russian_and_persian_words(engine: Engine) -> None:
    demo_data.generate(engine, items=ITEMS)

    with engine.connect() as conn:
        for lang in ("ru", "fa"):
            word = demo_texts.COMMON_WORDS[lang]
            ids = newest_matching_ids(conn, word, limit=1000)
            expected = conn.execute(
                select(FeedbackItem.id).where(FeedbackItem.language == lang, FeedbackItem.text.contains(word))
            ).scalars()
            assert set(expected) <= set(ids)
            assert len(ids) > ITEMS * 0.05
        # A number written in Persian digits is found when typed in ASCII digits.
        item = conn.execute(
            select(FeedbackItem.id, FeedbackItem.text)
            .where(FeedbackItem.language == "fa", FeedbackItem.text.contains("۰"))
            .limit(1)
        ).one()
        digits = re.search(r"[۰-۹]{5}", item.text)
        assert digits is not None
        number = digits.group().translate(str.maketrans("۰۱۲۳۴۵۶۷۸۹", "0123456789"))
        assert item.id in newest_matching_ids(conn, number, limit=50)


def test_refuses_to_add_sample_data_twice(engine: Engine) -> None:
    demo_data.generate(engine, items=100)
    with pytest.raises(KaizenError, match="already holds sample data"):
        demo_data.generate(engine, items=100, seed=2)
    with engine.connect() as conn:
        assert conn.execute(select(func.count()).select_from(FeedbackItem)).scalar() == 100


def test_ensure_sample_data_fills_only_an_empty_database(
    engine: Engine, fresh_engine: Callable[[], Engine]
) -> None:
    assert demo_data.ensure_sample_data(engine, items=150) is True
    assert demo_data.ensure_sample_data(engine, items=150) is False
    with engine.connect() as conn:
        assert conn.execute(select(func.count()).select_from(FeedbackItem)).scalar() == 150

    real = fresh_engine()
    with real.begin() as conn:
        ensure_reference_data(conn)
        channel = conn.execute(text("SELECT id FROM channel WHERE code = 'phone'")).scalar_one()
        conn.execute(
            insert(FeedbackItem).values(
                channel_id=channel, kind="complaint", text="real", received_at=demo_data.ANCHOR
            )
        )
    assert demo_data.ensure_sample_data(real) is False


def test_ordinary_inserts_work_after_generation(engine: Engine) -> None:
    """Explicit ids must not leave PostgreSQL's sequences behind."""
    demo_data.generate(engine, items=100)
    with engine.begin() as conn:
        channel = conn.execute(text("SELECT id FROM channel WHERE code = 'email'")).scalar_one()
        new_id = conn.execute(
            insert(FeedbackItem)
            .values(channel_id=channel, kind="question", text="новый вопрос", received_at=demo_data.ANCHOR)
            .returning(FeedbackItem.id)
        ).scalar_one()
        assert new_id == 101
        conn.execute(insert(Improvement).values(title="after the demo"))


def test_reports_progress_and_cancel_leaves_nothing(
    engine: Engine, fresh_engine: Callable[[], Engine]
) -> None:
    seen: list[tuple[int, int]] = []
    demo_data.generate(engine, items=200, state=TaskState(lambda d, t: seen.append((d, t)), min_interval=0))
    assert seen[-1][0] == seen[-1][1] and len(seen) > 2

    other = fresh_engine()
    state = TaskState(lambda d, t: state.cancel(), min_interval=0)
    with pytest.raises(Cancelled):
        demo_data.generate(other, items=200, state=state)
    with other.connect() as conn:
        for table in (FeedbackItem, ContactPoint, Improvement, SurveyResponse):
            assert conn.execute(select(func.count()).select_from(table)).scalar() == 0
