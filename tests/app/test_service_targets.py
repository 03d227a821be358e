"""Overdue items against each channel's targets, worked out by hand."""

from __future__ import annotations

import datetime as dt

import pytest
from improvement_world import T0, World, build_world
from sqlalchemy import Engine

from app.service_targets import overdue_counts, overdue_items

NOW = T0 + dt.timedelta(hours=100)


@pytest.fixture
def world(engine: Engine) -> World:
    return build_world(engine)


def test_overdue_list_and_counts(world: World) -> None:
    # Targets (hours, acknowledge / reply): e-mail 24 / 72, phone 0 (on the spot) / 48.
    e1 = world.item("anna", "e-mail, 100 h old, untouched", hours=0)
    e2 = world.item("boris", "e-mail, 50 h old, not acknowledged", hours=50)
    world.item("anna", "e-mail, 50 h old, acknowledged", hours=50, first_response_at=T0)
    p1 = world.item("boris", "phone, 90 h old, no reply", channel="phone", hours=10)
    world.item("sara", "phone, 40 h old", channel="phone", hours=60)
    world.item(None, "anonymous: cannot be answered", hours=0)
    world.item("anna", "duplicate", hours=0, duplicate_of_id=e1, status="duplicate")
    world.item("anna", "closed", hours=0, status="closed")
    world.item("anna", "replied", hours=0, first_response_at=T0, replied_at=T0)

    with world.engine.connect() as conn:
        rows = overdue_items(conn, as_of=NOW)
        assert [(r.item_id, r.channel, r.overdue_for, r.hours_overdue) for r in rows] == [
            (e1, "email", "reply", 28.0),  # due at +72 h
            (p1, "phone", "reply", 42.0),  # received +10 h, due +58 h
            (e2, "email", "acknowledge", 26.0),  # received +50 h, due +74 h
        ]
        assert rows[0].due_at == T0 + dt.timedelta(hours=72) and rows[0].contact == "Anna Berg"
        first = overdue_items(conn, as_of=NOW, limit=2)
        assert [r.item_id for r in first] == [e1, p1]
        rest = overdue_items(conn, as_of=NOW, limit=2, after=(first[-1].received_at, first[-1].item_id))
        assert [r.item_id for r in rest] == [e2]
        assert overdue_counts(conn, as_of=NOW) == {
            "email": {"acknowledge": 2, "reply": 1, "overdue": 2},
            "phone": {"acknowledge": 0, "reply": 1, "overdue": 1},
        }
        assert overdue_items(conn, as_of=T0) == [] and overdue_counts(conn, as_of=T0) == {}
