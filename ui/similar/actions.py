"""The triage actions the similar-item screens offer, run in a worker (plain functions of ``app.triage``)."""

from __future__ import annotations

from sqlalchemy import Engine

from app import triage
from app.tasks import TaskState
from app.triage import TriageChange


def link(
    _state: TaskState, engine: Engine, item_ids: list[int], improvement_id: int, user_id: int | None
) -> TriageChange:
    return triage.link_items(engine, item_ids, improvement_id, user_id=user_id)


def mark_duplicate(
    _state: TaskState, engine: Engine, item_id: int, of_item_id: int, user_id: int | None
) -> TriageChange:
    return triage.mark_duplicate(engine, item_id, of_item_id, user_id=user_id)
