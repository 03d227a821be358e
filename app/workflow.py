"""The improvement workflow: one state machine, whose rules every screen and command obeys.

Stages run new → triage → accepted → plan → do → check → act → done, with two
outcomes beside them, declined and on hold. The rules:

- Forward one stage at a time; accepting is the decision, so nothing reaches
  plan without passing accepted.
- PDCA cycles back: do → plan (re-plan), check → do or plan (the result was
  not good enough), act → plan (another cycle).
- Declined, from any open stage (new to check, and on hold): needs a reason,
  which is the decision reason the contributors will be told.
- On hold, from triage, accepted, plan or do: needs a reason (a parked
  initiative must say why). It resumes to the stage it was held from, or goes
  back to triage; or it is declined.
- Leaving check, whichever way, needs a measured result (``measured_benefit``,
  given with the move or already recorded): the point of Check is to measure.
- Done needs a "done" reply to every contributor (app/contributors.py);
  anonymous items cannot be answered and never block it. ``replies.send``
  with ``close=True`` sends the last replies and closes in one transaction.
- Reopening needs a reason: declined → triage (the decision is taken back:
  decision, reason and dates cleared, the old ones stay in the audit trail);
  done → plan (a regression: closed_at cleared, a new cycle starts).

Every move writes one audit event (``stage_changed``, ``{"stage": [old, new]}``
and every other field it changed) and sets ``stage_changed_at``; accepting and
declining set ``decided_at``; declining and done set ``closed_at``.

``advance`` returns a ``Moved`` record holding the fields a move writes as
they were before and after. ``revert`` undoes the move and ``apply`` redoes
it: they write those fields back directly, not through the rules above (an
undo is no move of the workflow; triage → new is undone although no rule
moves an improvement back to new), and are audited as ``stage_changed_undone``
/ ``stage_changed_redone``. Like app/triage.py, both return the record for the
next step and touch nothing when someone changed one of those fields in
between (``EditConflict``): that would overwrite their work.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field, replace
from typing import Any

from sqlalchemy import Connection, select

from app import audit, contributors
from app.conflicts import NotFound, check_version, conflict, versioned_update
from app.errors import KaizenError, Reason
from app.unit_of_work import Bind, expire_rows, unit_of_work
from db.enums import ReplyOutcome, Stage
from db.tables import audit_event, improvement, utcnow

S = Stage
BOARD_ORDER: tuple[Stage, ...] = tuple(Stage)
TRANSITIONS: dict[Stage, frozenset[Stage]] = {
    S.NEW: frozenset({S.TRIAGE, S.DECLINED}),
    S.TRIAGE: frozenset({S.ACCEPTED, S.DECLINED, S.ON_HOLD}),
    S.ACCEPTED: frozenset({S.PLAN, S.DECLINED, S.ON_HOLD}),
    S.PLAN: frozenset({S.DO, S.DECLINED, S.ON_HOLD}),
    S.DO: frozenset({S.CHECK, S.PLAN, S.DECLINED, S.ON_HOLD}),
    S.CHECK: frozenset({S.ACT, S.DO, S.PLAN, S.DECLINED}),
    S.ACT: frozenset({S.DONE, S.PLAN}),
    S.DONE: frozenset({S.PLAN}),
    S.DECLINED: frozenset({S.TRIAGE}),
    # Resumes to the stage it was held from (checked against the audit trail), or to triage.
    S.ON_HOLD: frozenset({S.TRIAGE, S.ACCEPTED, S.PLAN, S.DO, S.DECLINED}),
}
REOPENING = frozenset({(S.DECLINED, S.TRIAGE), (S.DONE, S.PLAN)})
NEEDS_REASON = frozenset({S.DECLINED, S.ON_HOLD})
CLOSED = frozenset({S.DONE, S.DECLINED})
MAX_NAMES = 5  # contributors named in a refusal; the rest are counted
# Every field a move may write: what an undo record keeps before and after.
MOVE_FIELDS = (
    "stage",
    "stage_changed_at",
    "decision",
    "decision_reason",
    "decided_at",
    "closed_at",
    "measured_benefit",
)


class WorkflowError(KaizenError):
    """A move the rules refuse; ``rule`` names which rule, the message says why (in English).

    ``params`` hold what the message is built from (stage codes, title, names), so
    the UI can say the same in the user's language (ui/error_messages.py).
    """

    def __init__(
        self, improvement_id: int | None, rule: str, message: str, params: dict[str, Any] | None = None
    ) -> None:
        self.improvement_id = improvement_id
        self.rule = rule
        self.params: dict[str, Any] = params or {}
        super().__init__(message)


@dataclass(frozen=True)
class Moved:
    """One move, and its undo record: ``revert`` and ``apply`` take it and return the next one."""

    improvement_id: int
    from_stage: Stage
    to_stage: Stage
    version: int  # the improvement's version once the move (or its latest undo/redo) was written
    at: dt.datetime
    changes: dict[str, list[Any]] = field(default_factory=dict)
    before: dict[str, Any] = field(default_factory=dict)  # MOVE_FIELDS as they were before the move
    after: dict[str, Any] = field(default_factory=dict)  # and after it
    applied: bool = True  # True: revert is the next step; False: apply is


def allowed_next(stage: Stage | str) -> tuple[Stage, ...]:
    """Stages that may follow ``stage``, in board order (on hold: any it may resume to)."""
    targets = TRANSITIONS[Stage(stage)]
    return tuple(s for s in BOARD_ORDER if s in targets)


def allowed_moves(conn: Connection, improvement_id: int) -> tuple[Stage, ...]:
    """The stages this improvement may move to now, by its stage and history (for the board)."""
    row = _load(conn, improvement_id)
    stage = Stage(row["stage"])
    if stage is not S.ON_HOLD:
        return allowed_next(stage)
    held_from = _held_from(conn, improvement_id)
    return tuple(s for s in allowed_next(stage) if s in {S.TRIAGE, S.DECLINED, held_from})


def _load(conn: Connection, improvement_id: int) -> dict[str, Any]:
    row = conn.execute(select(improvement).where(improvement.c.id == improvement_id)).mappings().first()
    if row is None:
        raise NotFound("improvement", improvement_id)
    return dict(row)


def _held_from(conn: Connection, improvement_id: int) -> Stage | None:
    """The stage the improvement was in when it was last put on hold (from the audit trail)."""
    ev = audit_event
    rows = conn.execute(
        select(ev.c.changes)
        .where(ev.c.entity_type == "improvement", ev.c.entity_id == improvement_id, ev.c.changes.is_not(None))
        .order_by(ev.c.at.desc(), ev.c.id.desc())
    )
    for (text,) in rows:
        stage = json.loads(text).get("stage")
        if stage and stage[1] == S.ON_HOLD.value and stage[0]:
            return Stage(stage[0])
    return None


def _blank(text: str | None) -> bool:
    return text is None or not text.strip()


def _refuse(row: dict[str, Any], rule: str, why: str, **params: Any) -> WorkflowError:
    params = {"title": row["title"], "stage": row["stage"], **params}
    return WorkflowError(row["id"], rule, f"improvement {row['id']} ({row['title']!r}): {why}", params)


def _check(
    conn: Connection, row: dict[str, Any], to: Stage, reason: str | None, measured: str | None
) -> None:
    stage = Stage(row["stage"])
    if to is stage:
        raise _refuse(row, "same_stage", f"is already in {stage.value}")
    if to not in TRANSITIONS[stage]:
        options = ", ".join(s.value for s in allowed_next(stage)) or "none"
        raise _refuse(
            row,
            "not_allowed",
            f"cannot move from {stage.value} to {to.value}; from here: {options}",
            to=to.value,
            allowed=[s.value for s in allowed_next(stage)],
        )
    if stage is S.ON_HOLD and to not in (S.TRIAGE, S.DECLINED):
        held_from = _held_from(conn, row["id"])
        if to is not held_from:
            back = held_from.value if held_from else "triage"
            raise _refuse(
                row,
                "resume",
                f"resumes to the stage it was held from ({back}) or to triage",
                to=to.value,
                held_from=held_from.value if held_from else None,
            )
    if to in NEEDS_REASON and _blank(reason):
        raise _refuse(row, "reason_required", f"moving to {to.value} needs a reason", to=to.value)
    if (stage, to) in REOPENING and _blank(reason):
        raise _refuse(
            row,
            "reason_required",
            f"reopening a {stage.value} improvement needs a reason",
            to=to.value,
            reopening=True,
        )
    if stage is S.CHECK and _blank(measured) and _blank(row["measured_benefit"]):
        raise _refuse(
            row,
            "measured_required",
            "leaving check needs the measured result (measured benefit)",
            to=to.value,
        )
    if to is S.DONE:
        missing = contributors.unanswered(conn, row["id"], ReplyOutcome.DONE.value)
        if missing:
            names = [f"{c.name or 'contact ' + str(c.contact_id)} (item {c.item_ids[0]})" for c in missing]
            listed = ", ".join(names[:MAX_NAMES])
            if len(names) > MAX_NAMES:
                listed += f" and {len(names) - MAX_NAMES} more"
            raise _refuse(
                row,
                "replies_missing",
                f"done needs a reply to every contributor; {len(missing)} not told yet: {listed}",
                to=to.value,
                missing=len(missing),
                names=[c.name or f"#{c.contact_id}" for c in missing[:MAX_NAMES]],
                items=[c.item_ids[0] for c in missing[:MAX_NAMES]],
            )


def _effects(row: dict[str, Any], to: Stage, reason: str | None, now: dt.datetime) -> dict[str, Any]:
    stage = Stage(row["stage"])
    values: dict[str, Any] = {"stage": to.value, "stage_changed_at": now}
    if to is S.ACCEPTED:
        values |= {"decision": "accepted", "decided_at": now}
        if not _blank(reason):
            values["decision_reason"] = reason
    elif to is S.DECLINED:
        values |= {"decision": "declined", "decision_reason": reason, "decided_at": now, "closed_at": now}
    elif to is S.DONE:
        values["closed_at"] = now
    elif (stage, to) == (S.DECLINED, S.TRIAGE):
        values |= {"decision": None, "decision_reason": None, "decided_at": None, "closed_at": None}
    elif (stage, to) == (S.DONE, S.PLAN):
        values["closed_at"] = None
    return values


def advance(
    session_or_conn: Bind,
    improvement_id: int,
    to_stage: Stage | str,
    *,
    user_id: int | None,
    reason: str | None = None,
    measured_benefit: str | None = None,
    expected_version: int | None = None,
    at: dt.datetime | None = None,
) -> Moved:
    """Move an improvement to ``to_stage`` if the rules allow it, audited; raises ``WorkflowError``.

    ``expected_version`` is the version the user saw: if someone saved the
    improvement since, ``EditConflict`` is raised and nothing changes.
    """
    try:
        to = Stage(to_stage)
    except ValueError:
        known = ", ".join(s.value for s in Stage)
        raise WorkflowError(
            improvement_id,
            "unknown_stage",
            f"unknown stage {to_stage!r}; stages: {known}",
            {"to": str(to_stage)},
        ) from None
    with unit_of_work(session_or_conn) as conn:
        row = _load(conn, improvement_id)
        check_version(conn, "improvement", row, expected_version)
        _check(conn, row, to, reason, measured_benefit)
        now = at or utcnow()
        values = _effects(row, to, reason, now)
        if not _blank(measured_benefit):
            values["measured_benefit"] = measured_benefit
        version = versioned_update(conn, "improvement", improvement_id, row["version"], values)
        changes = audit.diff(row, {k: v for k, v in values.items() if k != "stage_changed_at"})
        if not _blank(reason) and values.get("decision_reason") != reason:
            changes["reason"] = [None, reason]
        audit.record(
            conn,
            user_id=user_id,
            entity_type="improvement",
            entity_id=improvement_id,
            action="stage_changed",
            changes=changes,
            at=now,
        )
        after = _load(conn, improvement_id)  # as stored: the database may round the times
    expire_rows(session_or_conn, improvement, {improvement_id})
    return Moved(
        improvement_id,
        Stage(row["stage"]),
        to,
        version,
        now,
        changes,
        before={k: row[k] for k in MOVE_FIELDS},
        after={k: after[k] for k in MOVE_FIELDS},
    )


def _write_back(bind: Bind, moved: Moved, *, undo: bool, user_id: int | None) -> Moved:
    old, new = (moved.after, moved.before) if undo else (moved.before, moved.after)
    with unit_of_work(bind) as conn:
        row = _load(conn, moved.improvement_id)
        # Judged by the fields the move wrote, not the version: an edit to another field, or an
        # undo of another step of the same stack, leaves these alone and must not block this one.
        if any(row[k] != v for k, v in old.items()):
            raise conflict(conn, "improvement", moved.improvement_id)
        version = versioned_update(conn, "improvement", moved.improvement_id, row["version"], new)
        audit.record(
            conn,
            user_id=user_id,
            entity_type="improvement",
            entity_id=moved.improvement_id,
            action=f"stage_changed_{'undone' if undo else 'redone'}",
            changes=audit.diff(old, {k: v for k, v in new.items() if k != "stage_changed_at"}),
        )
    expire_rows(bind, improvement, {moved.improvement_id})
    return replace(moved, version=version, applied=not undo)


def revert(bind: Bind, moved: Moved, *, user_id: int | None) -> Moved:
    """Undo a move: the improvement's stage, dates, decision and measured result as they were.

    Written directly, not through the forward rules (an undo is no move of the
    workflow), and audited as ``stage_changed_undone``. Refused with
    ``EditConflict`` if someone changed any of those fields since. Replies the
    move recorded (``replies.send`` with ``close=True``) are not deleted: they
    were sent, and the improvement simply stands open again.
    """
    if not moved.applied:
        raise KaizenError(
            Reason(
                f"the move of improvement {moved.improvement_id} is already undone",
                "move_already_undone",
                improvement=moved.improvement_id,
            )
        )
    return _write_back(bind, moved, undo=True, user_id=user_id)


def apply(bind: Bind, moved: Moved, *, user_id: int | None) -> Moved:
    """Redo a move after ``revert``: the after-state comes back, audited as ``stage_changed_redone``."""
    if moved.applied:
        raise KaizenError(
            Reason(
                f"the move of improvement {moved.improvement_id} is already done",
                "move_already_redone",
                improvement=moved.improvement_id,
            )
        )
    return _write_back(bind, moved, undo=False, user_id=user_id)
