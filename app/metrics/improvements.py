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

from collections.abc import Sequence
from typing import Any

from sqlalchemy import Connection, and_, case, func, literal, or_, select, union_all
from sqlalchemy.sql.expression import literal_column

from app.metrics.common import Scope, nearest_rank, ratio, rounded
from db.enums import Stage
from db.tables import audit_event, feedback_item, improvement, reply

LIST_LIMIT = 50  # improvements listed by name; the counts cover all of them
CLOSED = (Stage.DONE.value, Stage.DECLINED.value)
PERCENTS = (50, 90)


def improvement_measures(conn: Connection, scope: Scope) -> dict[str, Any]:
    return improvement_measures_of_periods(conn, [scope])[0]


def improvement_measures_of_periods(conn: Connection, scopes: Sequence[Scope]) -> list[dict[str, Any]]:
    """The measures of several periods (same filters): the stage events are read once for all."""
    return [
        {
            "funnel": _funnel(conn, scope, entered),
            "stage_time_days": stage_time,
            **_outcomes(conn, scope),
            "loop_closure": _loop_closure(conn, scope),
        }
        for scope, (entered, stage_time) in zip(scopes, _stage_figures(conn, scopes), strict=True)
    ]


def _category(scope: Scope) -> list[Any]:
    return [improvement.c.category_id.in_(scope.category_ids)] if scope.category_ids else []


def _closed_at() -> Any:
    return func.coalesce(improvement.c.closed_at, improvement.c.stage_changed_at)


def _funnel(conn: Connection, scope: Scope, entered: dict[str, int]) -> dict[str, Any]:
    current: dict[str, int] = dict(
        conn.execute(
            select(improvement.c.stage, func.count())
            .where(scope.in_period(improvement.c.created_at), *_category(scope))
            .group_by(improvement.c.stage)
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


def _stage_figures(conn: Connection, scopes: Sequence[Scope]) -> list[tuple[dict[str, int], dict[str, Any]]]:
    """Per period: stays entered in it per stage, and the days of the stays that ended in it.

    One statement for every period: the stays (a JSON read of every stage
    event and a window over them) are the costly part, so they are built once
    (a CTE used once per period is materialised). Each stay of a period is
    ranked within its period and stage (ended stays by their days, nearest
    rank as in ``common``); only the first row of a stage and the rows at the
    wanted ranks come back.
    """
    stays = _stays(scopes[0]).cte("stays")  # the filters, the only thing _stays takes, are shared
    per_period = []
    for index, scope in enumerate(scopes):
        ended = and_(stays.c.left_at.is_not(None), scope.in_period(stays.c.left_at))
        entered_now = scope.in_period(stays.c.entered_at)
        days = scope.hours_between(stays.c.entered_at, stays.c.left_at) / 24.0
        per_period.append(
            select(
                literal_column(str(index)).label("period"),
                stays.c.stage.label("stage"),
                case((ended, days), else_=None).label("days"),
                case((entered_now, 1), else_=0).label("entered"),
            ).where(or_(ended, entered_now))
        )
    rows = (union_all(*per_period) if len(per_period) > 1 else per_period[0]).subquery()
    stage = (rows.c.period, rows.c.stage)
    ranked = select(
        rows.c.period,
        rows.c.stage,
        rows.c.days,
        # NULLs sort first on SQLite and last on PostgreSQL: rank them apart.
        func.row_number()
        .over(partition_by=(*stage, rows.c.days.is_(None)), order_by=rows.c.days)
        .label("rank"),
        func.count(rows.c.days).over(partition_by=stage).label("ended"),
        func.sum(rows.c.entered).over(partition_by=stage).label("entered"),
    ).subquery()
    ranks = [(p * ranked.c.ended + 99) // 100 for p in PERCENTS]
    picked = conn.execute(
        select(
            ranked.c.period, ranked.c.stage, ranked.c.days, ranked.c.rank, ranked.c.ended, ranked.c.entered
        ).where(or_(ranked.c.rank == 1, and_(ranked.c.days.is_not(None), ranked.c.rank.in_(ranks))))
    ).all()
    entered: list[dict[str, int]] = [{} for _ in scopes]
    found: list[dict[str, dict[str, Any]]] = [{} for _ in scopes]
    for period, stage_name, days, rank, ended_n, entered_n in picked:
        if entered_n:
            entered[period][stage_name] = int(entered_n)
        if days is None or not ended_n:
            continue
        figures = found[period].setdefault(stage_name, {"count": int(ended_n), "median": None, "p90": None})
        for p, name in zip(PERCENTS, ("median", "p90"), strict=True):
            if rank == -(-p * ended_n // 100):
                figures[name] = rounded(float(days))
    known = [s.value for s in Stage]
    result = []
    for period_entered, period_found in zip(entered, found, strict=True):
        order = [s for s in known if s in period_found] + sorted(set(period_found) - set(known))
        result.append((period_entered, {s: period_found[s] for s in order}))
    return result


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
