"""Improvement initiatives: where each stands in the workflow, and the audit trail to it."""

from __future__ import annotations

import datetime as dt
import json
import random
from typing import Any

from app import demo_texts as tx
from app.demo.distributions import CATEGORY_WEIGHTS, LANGUAGE_TABLE, MONTH_S, SPAN_S, weighted_table
from app.demo.run import ImprovementFacts, Run
from db.models import AuditEvent, Improvement, Stage

# Improvement workflow: the path each final stage was reached by.
_FORWARD = (Stage.NEW, Stage.TRIAGE, Stage.ACCEPTED, Stage.PLAN, Stage.DO, Stage.CHECK, Stage.ACT, Stage.DONE)
PATHS = {stage: _FORWARD[: i + 1] for i, stage in enumerate(_FORWARD)}
PATHS[Stage.DECLINED] = (Stage.NEW, Stage.TRIAGE, Stage.DECLINED)
PATHS[Stage.ON_HOLD] = (Stage.NEW, Stage.TRIAGE, Stage.ACCEPTED, Stage.PLAN, Stage.ON_HOLD)
STEP_DAYS = {
    Stage.TRIAGE: (1, 7),
    Stage.ACCEPTED: (2, 14),
    Stage.PLAN: (3, 20),
    Stage.DO: (5, 40),
    Stage.CHECK: (10, 40),
    Stage.ACT: (5, 30),
    Stage.DONE: (3, 20),
    Stage.DECLINED: (2, 21),
    Stage.ON_HOLD: (5, 30),
}
# Old initiatives have mostly finished, young ones are still early in the workflow.
STAGES_BY_AGE = (
    (
        0.5,
        weighted_table(
            [
                (Stage.DONE, 40),
                (Stage.DECLINED, 20),
                (Stage.ACT, 8),
                (Stage.CHECK, 8),
                (Stage.ON_HOLD, 8),
                (Stage.DO, 6),
            ]
        ),
    ),
    (
        0.15,
        weighted_table(
            [
                (Stage.DO, 20),
                (Stage.CHECK, 15),
                (Stage.PLAN, 15),
                (Stage.DECLINED, 12),
                (Stage.ACT, 10),
                (Stage.DONE, 10),
                (Stage.ON_HOLD, 8),
                (Stage.ACCEPTED, 10),
            ]
        ),
    ),
    (
        0.0,
        weighted_table(
            [
                (Stage.NEW, 25),
                (Stage.TRIAGE, 25),
                (Stage.ACCEPTED, 15),
                (Stage.PLAN, 15),
                (Stage.DO, 8),
                (Stage.DECLINED, 7),
                (Stage.ON_HOLD, 5),
            ]
        ),
    ),
)
AFTER_ACCEPTED = frozenset(_FORWARD[2:])


def add_improvements(run: Run) -> None:
    rng = run.rng
    n = max(len(Stage) + 2, run.items // 50)
    first_id = run.next_id(Improvement)
    born = sorted(rng.uniform(30 * 86_400, SPAN_S - 5 * 86_400) for _ in range(n))
    forced = dict(zip(rng.sample(range(n), len(Stage)), Stage, strict=False))  # every stage at least once
    categories = weighted_table(list(CATEGORY_WEIGHTS.items()))
    rows: list[dict[str, Any]] = []
    events: list[dict[str, Any]] = []
    for i, born_s in enumerate(born):
        id_ = first_id + i
        age = (SPAN_S - born_s) / SPAN_S
        by_age = next(table for limit, table in STAGES_BY_AGE if age >= limit)
        stage = forced.get(i) or by_age[int(rng.random() * len(by_age))]
        category = categories[int(rng.random() * len(categories))]
        lang = LANGUAGE_TABLE[int(rng.random() * len(LANGUAGE_TABLE))]
        owner = None if stage == Stage.NEW and rng.random() < 0.6 else rng.choice(run.managers)
        times = _stage_times(rng, stage, born_s)
        decided = next((t for s, t in times if s in (Stage.ACCEPTED, Stage.DECLINED)), None)
        closed = times[-1][1] if stage in (Stage.DONE, Stage.DECLINED) else None
        info = ImprovementFacts(
            id_,
            category,
            stage,
            run.at(decided) if decided else None,
            run.at(closed) if closed else None,
            rng.randrange(4),
            rng.randrange(2),
            rng.randrange(5, 40),
        )
        title = rng.choice(tx.IMPROVEMENT_TITLES[lang][category])
        accepted = stage in AFTER_ACCEPTED or stage == Stage.ON_HOLD
        effort = round(rng.uniform(0.5, 40), 1) if accepted and stage != Stage.ACCEPTED else None
        due = None
        if stage in (Stage.PLAN, Stage.DO, Stage.CHECK, Stage.ACT) and decided is not None and effort:
            due = (run.at(decided) + dt.timedelta(days=effort * 2 + 14)).date()
        rows.append(
            {
                "id": id_,
                "title": f"{title} ({rng.choice(tx.BRANCHES[lang])})",
                "description": " ".join(tx.CORES[lang][category]["suggestion"]),
                "stage": stage.value,
                "owner_id": owner,
                "category_id": run.categories[category],
                "decision": "accepted" if accepted else "declined" if stage == Stage.DECLINED else None,
                "decision_reason": tx.DECLINE_REASONS[lang][info.reason_index]
                if stage == Stage.DECLINED
                else None,
                "expected_benefit": rng.choice(tx.EXPECTED_BENEFITS[lang]).format(n=rng.randrange(5, 40))
                if stage != Stage.NEW
                else None,
                "measured_benefit": tx.MEASURED_BENEFITS[lang][info.measured_index].format(n=info.percent)
                if stage in (Stage.CHECK, Stage.ACT, Stage.DONE)
                else None,
                "effort_days": effort,
                "due_date": due,
                "created_at": run.at(born_s),
                "stage_changed_at": run.at(times[-1][1]),
                "decided_at": info.decided_at,
                "closed_at": info.closed_at,
                "version": len(times),  # one edit per stage change
            }
        )
        actor = owner or rng.choice(run.managers)
        previous: str | None = None
        for step_stage, at_s in times:
            events.append(
                {
                    "at": run.at(at_s),
                    "user_id": actor,
                    "entity_type": "improvement",
                    "entity_id": id_,
                    "action": "created" if previous is None else "stage_changed",
                    "changes": json.dumps({"stage": [previous, step_stage.value]}),
                }
            )
            previous = step_stage.value
        month = int(born_s // MONTH_S)
        for m in range(month - 2, month + 2):  # items from shortly before and after it was raised
            run.improvement_buckets.setdefault((category, m), []).append(info)
    run.insert(Improvement, rows, "improvements")
    run.insert(AuditEvent, events, "audit_events")


def _stage_times(rng: random.Random, stage: Stage, born_s: float) -> list[tuple[Stage, float]]:
    """When the improvement entered each stage of its path, all before ANCHOR."""
    times = [(Stage.NEW, born_s)]
    at = born_s
    for step in PATHS[stage][1:]:
        low, high = STEP_DAYS[step]
        at += rng.uniform(low, high) * 86_400
        times.append((step, at))
    limit = SPAN_S - 3600
    if at > limit:  # a young initiative moved faster than usual
        scale = (limit - born_s) / (at - born_s)
        times = [(s, born_s + (t - born_s) * scale) for s, t in times]
    return times
