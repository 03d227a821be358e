"""Triage actions: each one transaction, audited, and undone/redone exactly by its record."""

from __future__ import annotations

import json
from typing import Any

import pytest
from improvement_world import World, build_world
from sqlalchemy import Engine, func, select

from app import triage
from app.conflicts import EditConflict, NotFound
from app.errors import InvalidValue, KaizenError
from db.tables import audit_event, feedback_item, improvement

FIELDS = ("improvement_id", "duplicate_of_id", "status", "category_id", "category_confirmed")


@pytest.fixture
def world(engine: Engine) -> World:
    return build_world(engine)


def _state(world: World) -> dict[int, tuple[Any, ...]]:
    fi = feedback_item
    with world.engine.connect() as conn:
        return {r[0]: tuple(r[1:]) for r in conn.execute(select(fi.c.id, *(fi.c[f] for f in FIELDS)))}


def _audit(world: World) -> list[tuple[str, str, int, dict[str, Any]]]:
    ev = audit_event
    with world.engine.connect() as conn:
        rows = conn.execute(
            select(ev.c.action, ev.c.entity_type, ev.c.entity_id, ev.c.changes).order_by(ev.c.id)
        )
        return [(a, t, i, json.loads(c) if c else {}) for a, t, i, c in rows]


def test_link_takes_duplicates_along_and_undoes_exactly(world: World) -> None:
    imp = world.improvement("triage")
    a = world.item("anna", "vans", status="triaged")
    b = world.item("boris", "vans too", status="duplicate", duplicate_of_id=a)
    c = world.item("sara", "other", status="new")
    before = _state(world)

    change = triage.link_items(world.engine, [a], imp, user_id=world.manager)
    assert change.label == f"Link 2 items to improvement {imp}"
    state = _state(world)
    assert state[a] == (imp, None, "linked", None, False)
    assert state[b] == (imp, a, "duplicate", None, False)
    assert state[c] == before[c]
    assert _audit(world) == [
        (
            "linked_to_improvement",
            "feedback_item",
            a,
            {"improvement_id": [None, imp], "status": ["triaged", "linked"]},
        ),
        ("linked_to_improvement", "feedback_item", b, {"improvement_id": [None, imp]}),
    ]

    undone = triage.revert(world.engine, change, user_id=world.manager)
    assert _state(world) == before and not undone.applied
    assert [e[0] for e in _audit(world)[2:]] == ["link_undone", "link_undone"]
    redone = triage.apply(world.engine, undone, user_id=world.manager)
    assert _state(world) == state
    assert triage.revert(world.engine, redone, user_id=world.manager).applied is False
    assert _state(world) == before
    with pytest.raises(KaizenError, match="already undone"):
        triage.revert(world.engine, undone, user_id=world.manager)


def test_start_improvement_from_a_selection_and_undo_removes_it(world: World) -> None:
    cat = world.categories["delivery"]
    a = world.item("anna", "  Deliver   on Saturdays  ", category_id=cat)
    b = world.item("boris", "Доставка в субботу", category_id=cat)
    before = _state(world)
    new_id, change = triage.start_improvement(world.engine, [b, a], user_id=world.manager)
    row = world.row(improvement, new_id)
    assert (row["title"], row["stage"], row["category_id"], row["version"]) == (
        "Deliver on Saturdays",
        "new",
        cat,
        1,
    )
    assert _state(world)[a][:3] == (new_id, None, "linked") and _state(world)[b][:3] == (
        new_id,
        None,
        "linked",
    )
    assert _audit(world)[0] == (
        "created",
        "improvement",
        new_id,
        {"stage": [None, "new"], "title": [None, "Deliver on Saturdays"]},
    )

    undone = triage.revert(world.engine, change, user_id=world.manager)
    assert _state(world) == before
    with world.engine.connect() as conn:
        assert conn.execute(select(func.count()).select_from(improvement)).scalar_one() == 0
    triage.apply(world.engine, undone, user_id=world.manager)
    assert world.row(improvement, new_id)["title"] == "Deliver on Saturdays"
    assert _state(world)[a][0] == new_id
    with pytest.raises(InvalidValue):
        triage.start_improvement(world.engine, [], user_id=world.manager)


def test_mark_duplicate_merges_into_the_originals_improvement(world: World) -> None:
    imp = world.improvement("plan")
    other = world.improvement("triage", title="Other")
    original = world.item("anna", "vans", improvement_id=imp, status="linked")
    copy = world.item("boris", "vans!", improvement_id=other, status="linked")
    copy_of_copy = world.item(
        "sara", "vans!!", status="duplicate", duplicate_of_id=copy, improvement_id=other
    )
    before = _state(world)

    change = triage.mark_duplicate(world.engine, copy, original, user_id=world.manager)
    state = _state(world)
    assert state[copy] == (imp, original, "duplicate", None, False)
    assert state[copy_of_copy] == (imp, original, "duplicate", None, False)  # chains are flattened
    assert state[original] == before[original]
    triage.revert(world.engine, change, user_id=world.manager)
    assert _state(world) == before

    with pytest.raises(KaizenError) as caught:
        triage.mark_duplicate(world.engine, copy, copy_of_copy, user_id=world.manager)
    assert str(caught.value) == (
        f"feedback item {copy} cannot be a duplicate of item {copy_of_copy}: that item is a duplicate of it"
    )
    with pytest.raises(NotFound, match="feedback item 999 does not exist"):
        triage.mark_duplicate(world.engine, copy, 999, user_id=world.manager)


def test_an_unlinked_original_joins_the_duplicates_improvement(world: World) -> None:
    imp = world.improvement("plan")
    original = world.item("anna", "vans")
    copy = world.item("boris", "vans!", improvement_id=imp, status="linked")
    triage.mark_duplicate(world.engine, copy, original, user_id=world.manager)
    state = _state(world)
    assert state[original][:3] == (imp, None, "linked")
    assert state[copy][:3] == (imp, original, "duplicate")


def test_set_category_and_assign_in_bulk(world: World) -> None:
    a = world.item("anna", "a")
    b = world.item("boris", "b", status="answered")
    before = _state(world)
    change = triage.set_category(world.engine, [a, b], world.categories["pricing"], user_id=world.manager)
    state = _state(world)
    assert state[a][2:] == ("triaged", world.categories["pricing"], True)
    assert state[b][2:] == ("answered", world.categories["pricing"], True)
    triage.revert(world.engine, change, user_id=world.manager)
    assert _state(world) == before
    with pytest.raises(InvalidValue, match="no such category"):
        triage.set_category(world.engine, [a], 9999, user_id=world.manager)

    one, two = world.improvement(), world.improvement(owner_id=world.other)
    change = triage.assign(world.engine, [one, two], world.manager, user_id=world.manager)
    assert [r.id for r in change.rows] == [one, two]
    assert world.row(improvement, one)["owner_id"] == world.manager
    triage.revert(world.engine, change, user_id=world.manager)
    assert (world.row(improvement, one)["owner_id"], world.row(improvement, two)["owner_id"]) == (
        None,
        world.other,
    )


def test_undo_refuses_to_overwrite_a_later_change(world: World) -> None:
    imp, other = world.improvement("triage"), world.improvement("triage", title="Other")
    a = world.item("anna", "vans")
    change = triage.link_items(world.engine, [a], imp, user_id=world.manager)
    later = triage.link_items(world.engine, [a], other, user_id=world.other)
    with pytest.raises(EditConflict) as caught:
        triage.revert(world.engine, change, user_id=world.manager)
    assert caught.value.changed_by == "Oleg Other"
    assert str(caught.value).startswith(f"feedback item {a} was changed by Oleg Other at ")
    assert _state(world)[a][0] == other  # nothing undone
    triage.revert(world.engine, later, user_id=world.other)
    triage.revert(world.engine, change, user_id=world.manager)
    assert _state(world)[a] == (None, None, "new", None, False)


def test_undo_ignores_later_changes_to_other_fields(world: World) -> None:
    imp = world.improvement("triage")
    a = world.item("anna", "vans")
    change = triage.link_items(world.engine, [a], imp, user_id=world.manager)
    triage.set_category(world.engine, [a], world.categories["delivery"], user_id=world.other)
    triage.revert(world.engine, change, user_id=world.manager)
    assert _state(world)[a] == (None, None, "new", world.categories["delivery"], True)


def test_assign_items_in_bulk_audited_undone_and_filtered(world: World) -> None:
    from app.feedback import FeedbackQuery, count_matching, fetch_page

    a, b, c = world.item("anna", "a"), world.item("boris", "b"), world.item("anna", "c")
    triage.assign_items(world.engine, [c], world.other, user_id=world.other)
    change = triage.assign_items(world.engine, [a, b, c], world.manager, user_id=world.manager)
    assert [r.id for r in change.rows] == [a, b, c]
    assert change.label == "Assign 3 items to Mina Manager"
    assigned = [e for e in _audit(world) if e[0] == "assigned" and e[1] == "feedback_item"]
    assert assigned[-1] == ("assigned", "feedback_item", c, {"assignee_id": [world.other, world.manager]})
    with world.engine.connect() as conn:
        mine = fetch_page(conn, FeedbackQuery(assignee_id=world.manager)).rows
        assert [r.id for r in mine] == [c, b, a]
        assert {r.assignee for r in mine} == {"Mina Manager"}
        assert count_matching(conn, query=FeedbackQuery(unassigned=True)) == 0

    undone = triage.revert(world.engine, change, user_id=world.manager)
    assert [world.row(feedback_item, i)["assignee_id"] for i in (a, b, c)] == [None, None, world.other]
    with world.engine.connect() as conn:
        assert [r.id for r in fetch_page(conn, FeedbackQuery(unassigned=True)).rows] == [b, a]
        anna = world.contacts["anna"]
        assert [r.id for r in fetch_page(conn, FeedbackQuery(contact_id=anna)).rows] == [c, a]
    triage.apply(world.engine, undone, user_id=world.manager)
    assert world.row(feedback_item, b)["assignee_id"] == world.manager
    with pytest.raises(InvalidValue, match="no such user"):
        triage.assign_items(world.engine, [a], 9999, user_id=world.manager)
    with world.engine.connect() as conn:
        assert (world.manager, "Mina Manager") in triage.active_users(conn)


def test_a_bulk_action_from_a_stale_list_is_refused_whole(world: World) -> None:
    a, b = world.item("anna", "a"), world.item("boris", "b")
    seen = {a: 1, b: 1}
    triage.set_category(world.engine, [b], world.categories["pricing"], user_id=world.other)
    before = _state(world)
    with pytest.raises(EditConflict) as caught:
        triage.assign_items(
            world.engine, [a, b], world.manager, user_id=world.manager, expected_versions=seen
        )
    assert (caught.value.entity_id, caught.value.changed_by) == (b, "Oleg Other")
    assert _state(world) == before and world.row(feedback_item, a)["assignee_id"] is None  # nothing written
    with pytest.raises(EditConflict):
        triage.start_improvement(world.engine, [a, b], user_id=world.manager, expected_versions=seen)
    with world.engine.connect() as conn:
        assert conn.execute(select(func.count()).select_from(improvement)).scalar_one() == 0
    change = triage.set_category(
        world.engine, [a], world.categories["delivery"], user_id=world.manager, expected_versions={a: 1}
    )
    assert change.rows[0].version == 2
