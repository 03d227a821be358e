"""The improvement workflow: funnel, time in each stage, outcomes, benefits, loop closure.

The category filter applies to the improvement's category; the channel filter
does not apply (an improvement has no channel).

- funnel ``by_current_stage``: improvements created in the period, by the
  stage they are in now; ``entered``: how many improvements entered each
  stage during the period (from the audit trail's stage changes).
- stage time: from the audit trail, a stay in a stage runs from the event
  that entered it to the next stage event of the same improvement; stays that
  ended in the period count, in days (median and 90th percentile, nearest
  rank). A stay still going on is not counted.
- outcomes: improvements done or declined in the period, by their closing
  time (``closed_at``, else ``stage_changed_at``); declined ones grouped by
  reason. ``benefits``: the done ones with expected and measured benefit.
- loop closure: the contributors of those improvements are the distinct
  (improvement, contact) pairs of their linked items with a known contact. A
  contributor is replied to when a reply to that contact about that
  improvement (``reply.improvement_id``) was sent at or after the closing
  time. Times: closing -> first such reply, and the contributor's first
  linked item -> that reply, in days.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, func, literal, select, union_all

from app.metrics.common import Scope, nearest_rank, ratio, rounded
from db.enums import Stage
from db.tables import audit_event, feedback_item, improvement, reply

LIST_LIMIT = 50  # improvements listed by name; the counts cover all of them
CLOSED = (Stage.DONE.value, Stage.DECLINED.value)


def improvement_measures(conn: Connection, scope: Scope) -> dict[str, Any]:
    return {
        "funnel": _funnel(conn, scope),
        "stage_time_days": _stage_time(conn, scope),
        **_outcomes(conn, scope),
        "loop_closure": _loop_closure(conn, scope),
    }


def _category(scope: Scope) -> list[Any]:
    return [improvement.c.category_id.in_(scope.category_ids)] if scope.category_ids else []


def _closed_at() -> Any:
    return func.coalesce(improvement.c.closed_at, improvement.c.stage_changed_at)


def _funnel(conn: Connection, scope: Scope) -> dict[str, Any]:
    current: dict[str, int] = dict(
        conn.execute(
            select(improvement.c.stage, func.count())
            .where(scope.in_period(improvement.c.created_at), *_category(scope))
            .group_by(improvement.c.stage)
        ).all()
    )
    stays = _stays(scope).subquery()
    entered: dict[str, int] = dict(
        conn.execute(
            select(stays.c.stage, func.count())
            .where(scope.in_period(stays.c.entered_at))
            .group_by(stays.c.stage)
        ).all()
    )
    order = [s.value for s in Stage]
    extra = sorted((set(current) | set(entered)) - set(order))  # stages added later still show
    return {
        "by_current_stage": {s: current.get(s, 0) for s in order + extra},
        "entered": {s: entered.get(s, 0) for s in order + extra},
    }


def _stays(scope: Scope) -> Any:
    """One row per stage entered: (improvement, stage, entered_at, left_at or NULL)."""
    ev = audit_event
    return (
        select(
            ev.c.entity_id.label("improvement_id"),
            scope.json_text(ev.c.changes, "stage", 1).label("stage"),
            ev.c.at.label("entered_at"),
            func.lead(ev.c.at)
            .over(partition_by=ev.c.entity_id, order_by=(ev.c.at, ev.c.id))
            .label("left_at"),
        )
        .select_from(ev.join(improvement, improvement.c.id == ev.c.entity_id))
        .where(
            ev.c.entity_type == "improvement",
            ev.c.changes.like('%"stage"%'),
            scope.json_text(ev.c.changes, "stage", 1).is_not(None),
            *_category(scope),
        )
    )


def _stage_time(conn: Connection, scope: Scope) -> dict[str, Any]:
    stays = _stays(scope).subquery()
    ended = select(stays.c.stage, scope.hours_between(stays.c.entered_at, stays.c.left_at) / 24.0).where(
        stays.c.left_at.is_not(None), scope.in_period(stays.c.left_at)
    )
    found = nearest_rank(conn, ended)
    order = [s.value for s in Stage if s.value in found] + sorted(set(found) - {s.value for s in Stage})
    return {
        s: {"count": found[s]["count"], "median": rounded(found[s]["p50"]), "p90": rounded(found[s]["p90"])}
        for s in order
    }


def _outcomes(conn: Connection, scope: Scope) -> dict[str, Any]:
    imp = improvement
    closed = [imp.c.stage.in_(CLOSED), scope.in_period(_closed_at()), *_category(scope)]
    counts: dict[str, int] = dict(
        conn.execute(select(imp.c.stage, func.count()).where(*closed).group_by(imp.c.stage)).all()
    )
    reasons = conn.execute(
        select(imp.c.decision_reason, func.count().label("n"))
        .where(*closed, imp.c.stage == Stage.DECLINED.value)
        .group_by(imp.c.decision_reason)
        .order_by(func.count().desc(), imp.c.decision_reason)
    ).all()
    listed = conn.execute(
        select(
            imp.c.id,
            imp.c.title,
            imp.c.stage,
            _closed_at().label("closed_at"),
            imp.c.decision_reason,
            imp.c.expected_benefit,
            imp.c.measured_benefit,
        )
        .where(*closed)
        .order_by(_closed_at().desc(), imp.c.id.desc())
    )
    done: list[dict[str, Any]] = []
    declined: list[dict[str, Any]] = []
    for row in listed:
        target = done if row.stage == Stage.DONE.value else declined
        if len(target) >= LIST_LIMIT:
            continue
        entry = {"id": row.id, "title": row.title, "closed_at": row.closed_at.isoformat()}
        if row.stage == Stage.DONE.value:
            entry |= {"expected_benefit": row.expected_benefit, "measured_benefit": row.measured_benefit}
        else:
            entry["reason"] = row.decision_reason
        target.append(entry)
    return {
        "outcomes": {
            "done": counts.get(Stage.DONE.value, 0),
            "declined": counts.get(Stage.DECLINED.value, 0),
            "declined_reasons": [{"reason": r, "count": n} for r, n in reasons],
            "done_list": done,
            "declined_list": declined,
        }
    }


def _loop_closure(conn: Connection, scope: Scope) -> dict[str, Any]:
    imp, fi = improvement, feedback_item
    contributors = (
        select(
            fi.c.improvement_id,
            fi.c.contact_id,
            func.min(fi.c.received_at).label("contributed_at"),
            func.min(_closed_at()).label("closed_at"),
        )
        .select_from(fi.join(imp, imp.c.id == fi.c.improvement_id))
        .where(
            imp.c.stage.in_(CLOSED),
            scope.in_period(_closed_at()),
            fi.c.contact_id.is_not(None),
            *_category(scope),
        )
        .group_by(fi.c.improvement_id, fi.c.contact_id)
        .subquery()
    )
    first_reply = (
        select(func.min(reply.c.sent_at))
        .where(
            reply.c.contact_id == contributors.c.contact_id,
            reply.c.improvement_id == contributors.c.improvement_id,
            reply.c.sent_at >= contributors.c.closed_at,
        )
        .scalar_subquery()
    )
    # A CTE used twice is computed once (SQLite materialises it), the reply lookup with it.
    replied = select(
        contributors.c.contributed_at, contributors.c.closed_at, first_reply.label("replied_at")
    ).cte("replied")
    total, answered = conn.execute(select(func.count(), func.count(replied.c.replied_at))).one()
    times = nearest_rank(
        conn,
        union_all(
            select(
                literal("from_closing"), scope.hours_between(replied.c.closed_at, replied.c.replied_at) / 24.0
            ),
            select(
                literal("from_contribution"),
                scope.hours_between(replied.c.contributed_at, replied.c.replied_at) / 24.0,
            ),
        )
        .subquery()
        .select(),
        (50,),
        counts={"from_closing": answered, "from_contribution": answered},
    )
    return {
        "contributors": total,
        "replied": answered,
        "share": ratio(answered, total),
        "median_days_from_closing": rounded(times.get("from_closing", {}).get("p50")),
        "median_days_from_contribution": rounded(times.get("from_contribution", {}).get("p50")),
    }
