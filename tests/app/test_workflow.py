"""The improvement state machine: allowed moves, refusals that say why, audit rows, dates."""

from __future__ import annotations

import json

import pytest
from improvement_world import World, build_world
from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from app import replies, workflow
from app.conflicts import EditConflict
from app.errors import KaizenError
from app.workflow import WorkflowError, advance, allowed_moves, allowed_next
from db.enums import Stage
from db.models import Improvement
from db.tables import audit_event, improvement, reply


@pytest.fixture
def world(engine: Engine) -> World:
    return build_world(engine)


def _events(world: World, improvement_id: int) -> list[tuple[str, int | None, dict[str, list[object]]]]:
    with world.engine.connect() as conn:
        rows = conn.execute(
            select(audit_event.c.action, audit_event.c.user_id, audit_event.c.changes)
            .where(audit_event.c.entity_type == "improvement", audit_event.c.entity_id == improvement_id)
            .order_by(audit_event.c.id)
        ).all()
    return [(a, u, json.loads(c)) for a, u, c in rows]


def _refusal(world: World, imp: int, to: str, **kwargs: object) -> WorkflowError:
    with pytest.raises(WorkflowError) as caught:
        advance(world.engine, imp, to, user_id=world.manager, **kwargs)  # type: ignore[arg-type]
    return caught.value


def test_allowed_next_is_the_board_map() -> None:
    s = Stage
    assert allowed_next("new") == (s.TRIAGE, s.DECLINED)
    assert allowed_next(s.TRIAGE) == (s.ACCEPTED, s.DECLINED, s.ON_HOLD)
    assert allowed_next(s.ACCEPTED) == (s.PLAN, s.DECLINED, s.ON_HOLD)
    assert allowed_next(s.PLAN) == (s.DO, s.DECLINED, s.ON_HOLD)
    assert allowed_next(s.DO) == (s.PLAN, s.CHECK, s.DECLINED, s.ON_HOLD)
    assert allowed_next(s.CHECK) == (s.PLAN, s.DO, s.ACT, s.DECLINED)
    assert allowed_next(s.ACT) == (s.PLAN, s.DONE)
    assert allowed_next(s.DONE) == (s.PLAN,)
    assert allowed_next(s.DECLINED) == (s.TRIAGE,)
    assert allowed_next(s.ON_HOLD) == (s.TRIAGE, s.ACCEPTED, s.PLAN, s.DO, s.DECLINED)


def test_refusals_say_why(world: World) -> None:
    imp = world.improvement("new")
    error = _refusal(world, imp, "plan")
    assert (error.rule, str(error)) == (
        "not_allowed",
        f"improvement {imp} ('Faster delivery'): cannot move from new to plan; from here: triage, declined",
    )
    assert str(_refusal(world, imp, "new")) == f"improvement {imp} ('Faster delivery'): is already in new"
    assert str(_refusal(world, imp, "declined", reason="  ")) == (
        f"improvement {imp} ('Faster delivery'): moving to declined needs a reason"
    )
    assert _refusal(world, imp, "finished").rule == "unknown_stage"
    assert world.row(improvement, imp)["version"] == 1  # nothing written
    assert _events(world, imp) == []


def test_full_cycle_sets_dates_and_audits_every_move(world: World) -> None:
    imp = world.improvement("new")
    anna_item = world.item("anna", "Deliver on Saturdays", improvement_id=imp, status="linked")
    anon = world.item(None, "Saturday delivery please", improvement_id=imp, status="linked")
    for stage in ("triage", "accepted", "plan", "do", "check"):
        moved = advance(world.engine, imp, stage, user_id=world.manager)
        assert moved.to_stage == stage
    row = world.row(improvement, imp)
    assert (row["stage"], row["decision"], row["version"]) == ("check", "accepted", 6)
    assert row["decided_at"] is not None and row["closed_at"] is None

    error = _refusal(world, imp, "act")
    assert (error.rule, str(error)) == (
        "measured_required",
        f"improvement {imp} ('Faster delivery'): leaving check needs the measured result (measured benefit)",
    )
    advance(world.engine, imp, "act", user_id=world.manager, measured_benefit="late deliveries -30%")

    error = _refusal(world, imp, "done")
    assert (error.rule, str(error)) == (
        "replies_missing",
        f"improvement {imp} ('Faster delivery'): done needs a reply to every contributor; "
        f"1 not told yet: Anna Berg (item {anna_item})",
    )
    with world.engine.connect() as conn:
        prepared = replies.prepare_outcome_replies(conn, imp)
    assert prepared.not_answerable == (anon,)
    sent = replies.send(world.engine, prepared, user_id=world.manager, close=True)
    assert sent.moved is not None and sent.moved.to_stage == Stage.DONE

    row = world.row(improvement, imp)
    assert (row["stage"], row["measured_benefit"], row["version"]) == ("done", "late deliveries -30%", 8)
    assert row["closed_at"] == row["stage_changed_at"] == sent.moved.at
    events = _events(world, imp)
    assert [e[2]["stage"] for e in events] == [
        ["new", "triage"],
        ["triage", "accepted"],
        ["accepted", "plan"],
        ["plan", "do"],
        ["do", "check"],
        ["check", "act"],
        ["act", "done"],
    ]
    assert {(a, u) for a, u, _c in events} == {("stage_changed", world.manager)}
    assert events[1][2]["decision"] == [None, "accepted"]
    assert events[5][2]["measured_benefit"] == [None, "late deliveries -30%"]
    assert set(events[6][2]) == {"stage", "closed_at"}


def test_decline_needs_a_reason_and_reopening_takes_the_decision_back(world: World) -> None:
    imp = world.improvement("triage")
    moved = advance(world.engine, imp, "declined", user_id=world.manager, reason="Too costly this year")
    row = world.row(improvement, imp)
    assert (row["decision"], row["decision_reason"]) == ("declined", "Too costly this year")
    assert row["decided_at"] == row["closed_at"] == moved.at

    error = _refusal(world, imp, "triage")
    assert (
        str(error)
        == f"improvement {imp} ('Faster delivery'): reopening a declined improvement needs a reason"
    )
    advance(world.engine, imp, "triage", user_id=world.other, reason="Budget freed up")
    row = world.row(improvement, imp)
    assert (row["stage"], row["decision"], row["decision_reason"], row["decided_at"], row["closed_at"]) == (
        "triage",
        None,
        None,
        None,
        None,
    )
    last = _events(world, imp)[-1]
    assert last[1] == world.other
    assert last[2]["decision_reason"] == ["Too costly this year", None]
    assert last[2]["reason"] == [None, "Budget freed up"]


def test_on_hold_resumes_where_it_was_held(world: World) -> None:
    imp = world.improvement("plan", decision="accepted")
    assert _refusal(world, imp, "on_hold").rule == "reason_required"
    advance(world.engine, imp, "on_hold", user_id=world.manager, reason="Waiting for the new van")
    with world.engine.connect() as conn:
        assert allowed_moves(conn, imp) == (Stage.TRIAGE, Stage.PLAN, Stage.DECLINED)
    error = _refusal(world, imp, "do")
    assert str(error) == (
        f"improvement {imp} ('Faster delivery'): resumes to the stage it was held from (plan) or to triage"
    )
    advance(world.engine, imp, "plan", user_id=world.manager)
    assert world.row(improvement, imp)["stage"] == "plan"


def test_done_with_only_anonymous_contributors(world: World) -> None:
    imp = world.improvement("act", decision="accepted", measured_benefit="ok")
    world.item(None, "anonymous idea", improvement_id=imp)
    advance(world.engine, imp, "done", user_id=world.manager)
    assert world.row(improvement, imp)["stage"] == "done"


def test_reopening_done_starts_a_new_cycle(world: World) -> None:
    imp = world.improvement("done", decision="accepted", measured_benefit="ok")
    assert _refusal(world, imp, "plan").rule == "reason_required"
    advance(world.engine, imp, "plan", user_id=world.manager, reason="Complaints are back")
    row = world.row(improvement, imp)
    assert (row["stage"], row["closed_at"], row["decision"]) == ("plan", None, "accepted")


def test_stale_version_is_a_conflict_naming_who_changed_it(world: World) -> None:
    imp = world.improvement("new")
    advance(world.engine, imp, "triage", user_id=world.other, expected_version=1)
    with pytest.raises(EditConflict) as caught:
        advance(world.engine, imp, "declined", user_id=world.manager, reason="dup", expected_version=1)
    error = caught.value
    assert error.current is not None and error.current["stage"] == "triage" and error.current["version"] == 2
    assert error.changed_by == "Oleg Other"
    assert str(error).startswith(f"improvement {imp} ('Faster delivery') was changed by Oleg Other at ")
    assert str(error).endswith(
        "while you were editing it; your changes were not saved. It now stands at version 2: "
        "look at the current state and make your change again"
    )
    assert world.row(improvement, imp)["stage"] == "triage"


def test_advance_inside_an_orm_session_refreshes_its_copy(world: World) -> None:
    imp = world.improvement("new")
    with Session(world.engine) as session, session.begin():
        loaded = session.get(Improvement, imp)
        assert loaded is not None
        advance(session, imp, "triage", user_id=world.manager)
        assert (loaded.stage, loaded.version) == ("triage", 2)
        loaded.expected_benefit = "fewer calls"  # a later ORM save starts from the new version
    row = world.row(improvement, imp)
    assert (row["stage"], row["expected_benefit"], row["version"]) == ("triage", "fewer calls", 3)


def test_undo_restores_a_move_the_rules_would_not_make_and_redo_repeats_it(world: World) -> None:
    imp = world.improvement("new")
    before = world.row(improvement, imp)
    moved = advance(world.engine, imp, "triage", user_id=world.manager)
    assert _refusal(world, imp, "new").rule == "not_allowed"  # no rule moves it back

    undone = workflow.revert(world.engine, moved, user_id=world.other)
    row = world.row(improvement, imp)
    assert (row["stage"], row["stage_changed_at"], row["version"]) == ("new", before["stage_changed_at"], 3)
    assert (undone.applied, undone.version) == (False, 3)
    with pytest.raises(KaizenError, match="already undone"):
        workflow.revert(world.engine, undone, user_id=world.other)

    redone = workflow.apply(world.engine, undone, user_id=world.manager)
    row = world.row(improvement, imp)
    assert (row["stage"], row["stage_changed_at"], row["version"]) == ("triage", moved.at, 4)
    assert (redone.applied, redone.version) == (True, 4)
    assert [(a, u, c["stage"]) for a, u, c in _events(world, imp)] == [
        ("stage_changed", world.manager, ["new", "triage"]),
        ("stage_changed_undone", world.other, ["triage", "new"]),
        ("stage_changed_redone", world.manager, ["new", "triage"]),
    ]


def test_undo_restores_the_decision_dates_and_measured_result(world: World) -> None:
    imp = world.improvement("check", decision="accepted", measured_benefit=None)
    moved = advance(world.engine, imp, "act", user_id=world.manager, measured_benefit="-30% late")
    again = advance(world.engine, imp, "plan", user_id=world.manager)
    workflow.revert(world.engine, again, user_id=world.manager)  # act → plan undone
    workflow.revert(world.engine, moved, user_id=world.manager)  # then check → act: act → check
    row = world.row(improvement, imp)
    assert (row["stage"], row["measured_benefit"], row["decision"]) == ("check", None, "accepted")
    last = _events(world, imp)[-1]
    assert last[2] == {"stage": ["act", "check"], "measured_benefit": ["-30% late", None]}

    imp = world.improvement("triage")
    moved = advance(world.engine, imp, "declined", user_id=world.manager, reason="Too costly")
    workflow.revert(world.engine, moved, user_id=world.manager)
    row = world.row(improvement, imp)
    assert (row["stage"], row["decision"], row["decision_reason"], row["decided_at"], row["closed_at"]) == (
        "triage",
        None,
        None,
        None,
        None,
    )


def test_undo_after_someone_else_moved_it_is_a_conflict(world: World) -> None:
    imp = world.improvement("triage")
    moved = advance(world.engine, imp, "accepted", user_id=world.manager)
    advance(world.engine, imp, "plan", user_id=world.other)
    with pytest.raises(EditConflict) as caught:
        workflow.revert(world.engine, moved, user_id=world.manager)
    assert caught.value.changed_by == "Oleg Other"
    assert caught.value.current is not None and caught.value.current["stage"] == "plan"
    row = world.row(improvement, imp)
    assert (row["stage"], row["version"]) == ("plan", 3)  # nothing written

    to_do = advance(world.engine, imp, "do", user_id=world.manager)
    undone = workflow.revert(world.engine, to_do, user_id=world.manager)
    with world.engine.begin() as conn:  # someone moves it on before the redo
        advance(conn, imp, "on_hold", user_id=world.other, reason="Van broke down")
    with pytest.raises(EditConflict):
        workflow.apply(world.engine, undone, user_id=world.manager)
    assert world.row(improvement, imp)["stage"] == "on_hold"


def test_undo_ignores_edits_to_other_fields(world: World) -> None:
    imp = world.improvement("plan", decision="accepted")
    moved = advance(world.engine, imp, "do", user_id=world.manager)
    with world.engine.begin() as conn:
        conn.execute(
            improvement.update()
            .where(improvement.c.id == imp)
            .values(title="Faster deliveries", version=improvement.c.version + 1)
        )
    workflow.revert(world.engine, moved, user_id=world.manager)
    row = world.row(improvement, imp)
    assert (row["stage"], row["title"], row["version"]) == ("plan", "Faster deliveries", 4)


def test_undo_of_done_keeps_the_replies_sent(world: World) -> None:
    imp = world.improvement("act", decision="accepted", measured_benefit="ok")
    world.item("anna", "Deliver on Saturdays", improvement_id=imp, status="linked")
    with world.engine.connect() as conn:
        prepared = replies.prepare_outcome_replies(conn, imp)
    sent = replies.send(world.engine, prepared, user_id=world.manager, close=True)
    assert sent.moved is not None
    workflow.revert(world.engine, sent.moved, user_id=world.manager)
    row = world.row(improvement, imp)
    assert (row["stage"], row["closed_at"]) == ("act", None)
    with world.engine.connect() as conn:
        assert conn.execute(select(reply.c.id).where(reply.c.improvement_id == imp)).first() is not None
