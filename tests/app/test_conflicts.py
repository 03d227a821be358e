"""Two people saving the same improvement or item: the second gets EditConflict, nothing is lost."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator

import pytest
from improvement_world import World, build_world
from sqlalchemy import Connection, Engine, text
from sqlalchemy.orm import Session

from app.conflicts import EditConflict, orm_conflicts
from app.workflow import advance
from db.engine import make_engine
from db.migrate import upgrade_to_head
from db.models import FeedbackItem, Improvement
from db.tables import feedback_item, improvement


@pytest.fixture
def world(engine: Engine) -> World:
    return build_world(engine)


def test_second_orm_save_of_an_improvement_is_refused(world: World) -> None:
    imp = world.improvement("new", title="Faster delivery")
    with Session(world.engine) as mine:
        seen = mine.get(Improvement, imp)
        assert seen is not None
        # Meanwhile a colleague moves it on the board (another session, audited).
        advance(world.engine, imp, "triage", user_id=world.other)
        seen.expected_benefit = "fewer calls"
        with pytest.raises(EditConflict) as caught, orm_conflicts(mine):
            mine.commit()
    error = caught.value
    assert (error.entity_type, error.entity_id, error.changed_by) == ("improvement", imp, "Oleg Other")
    assert error.current is not None
    assert (error.current["stage"], error.current["version"], error.current["expected_benefit"]) == (
        "triage",
        2,
        None,
    )
    assert str(error).startswith(f"improvement {imp} ('Faster delivery') was changed by Oleg Other at ")
    row = world.row(improvement, imp)
    assert (row["stage"], row["expected_benefit"], row["version"]) == ("triage", None, 2)


def test_two_orm_sessions_editing_one_item(world: World) -> None:
    item = world.item("anna", "vans")
    with Session(world.engine) as first, Session(world.engine) as second:
        a, b = first.get(FeedbackItem, item), second.get(FeedbackItem, item)
        assert a is not None and b is not None
        a.kind, b.kind = "complaint", "praise"
        with orm_conflicts(first):
            first.commit()
        with pytest.raises(EditConflict) as caught, orm_conflicts(second):
            second.commit()
    assert caught.value.current is not None and caught.value.current["kind"] == "complaint"
    assert caught.value.changed_by is None  # an ORM edit wrote no audit event: who is not known
    assert str(caught.value) == (
        f"feedback item {item} was changed while you were editing it; your changes were not saved. "
        "It now stands at version 2: look at the current state and make your change again"
    )
    assert (world.row(feedback_item, item)["kind"], world.row(feedback_item, item)["version"]) == (
        "complaint",
        2,
    )


@pytest.fixture
def pg_engine(pg_url: str) -> Iterator[Engine]:
    eng = make_engine(pg_url)
    upgrade_to_head(eng)
    yield eng
    eng.dispose()


def _waiting_on_a_lock(probe: Connection) -> bool:
    count = probe.execute(
        text(
            "SELECT count(*) FROM pg_stat_activity "
            "WHERE wait_event_type = 'Lock' AND datname = current_database()"
        )
    ).scalar_one()
    probe.rollback()  # pg_stat_activity is a snapshot per transaction: look afresh each time
    return bool(count)


@pytest.mark.postgres
def test_simultaneous_moves_on_postgres(pg_engine: Engine) -> None:
    """Both read version 1; the second UPDATE waits on the first's row lock, then matches nothing."""
    world = build_world(pg_engine)
    imp = world.improvement("triage")
    outcome: dict[str, BaseException | None] = {}

    def second_user() -> None:
        try:
            with pg_engine.begin() as conn:
                advance(conn, imp, "declined", user_id=world.manager, reason="no budget", expected_version=1)
            outcome["error"] = None
        except BaseException as exc:
            outcome["error"] = exc

    with pg_engine.connect() as first:
        tx = first.begin()
        advance(first, imp, "accepted", user_id=world.other, expected_version=1)
        thread = threading.Thread(target=second_user)
        thread.start()
        with pg_engine.connect() as probe:
            deadline = time.monotonic() + 20
            while not _waiting_on_a_lock(probe):
                assert time.monotonic() < deadline, f"the second save never waited: {outcome}"
                time.sleep(0.02)
        tx.commit()
    thread.join(20)
    error = outcome["error"]
    assert isinstance(error, EditConflict)
    assert error.changed_by == "Oleg Other" and error.current is not None
    assert (error.current["stage"], error.current["version"]) == ("accepted", 2)
    row = world.row(improvement, imp)
    assert (row["stage"], row["decision"], row["decision_reason"]) == ("accepted", "accepted", None)
