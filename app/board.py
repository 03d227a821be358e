"""The improvement board's data: each stage's newest cards and its total.

Plain SQLAlchemy Core (it runs in a worker): one bounded query per stage, so a
board over years of improvements shows the newest ``limit`` cards of each
column and counts the rest.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, distinct, func, select

from db.enums import Stage
from db.tables import app_user, feedback_item, improvement

CARDS_PER_COLUMN = 50


@dataclass(frozen=True)
class Card:
    id: int
    title: str
    stage: Stage
    version: int
    owner: str | None
    items: int
    contributors: int
    stage_changed_at: dt.datetime
    has_measured_result: bool


@dataclass(frozen=True)
class StageColumn:
    stage: Stage
    cards: tuple[Card, ...]
    total: int  # every improvement in the stage; more than len(cards) when the column is cut


def load_board(conn: Connection, *, limit: int = CARDS_PER_COLUMN) -> dict[Stage, StageColumn]:
    """Each stage's newest ``limit`` cards (by the time they entered it) and its total."""
    imp = improvement
    totals: dict[str, int] = dict(conn.execute(select(imp.c.stage, func.count()).group_by(imp.c.stage)).all())
    found: dict[Stage, list[Any]] = {}
    for stage in Stage:
        if not totals.get(stage.value):
            found[stage] = []
            continue
        found[stage] = list(
            conn.execute(
                select(
                    imp.c.id,
                    imp.c.title,
                    imp.c.version,
                    app_user.c.display_name,
                    imp.c.stage_changed_at,
                    imp.c.measured_benefit,
                )
                .outerjoin(app_user, app_user.c.id == imp.c.owner_id)
                .where(imp.c.stage == stage.value)
                .order_by(imp.c.stage_changed_at.desc(), imp.c.id.desc())
                .limit(limit)
            )
        )
    ids = [row.id for rows in found.values() for row in rows]
    fi = feedback_item
    counts = {
        r[0]: (r[1], r[2])
        for r in conn.execute(
            select(fi.c.improvement_id, func.count(), func.count(distinct(fi.c.contact_id)))
            .where(fi.c.improvement_id.in_(ids))
            .group_by(fi.c.improvement_id)
        )
    }
    board = {}
    for stage, rows in found.items():
        cards = tuple(
            Card(
                r.id,
                r.title,
                stage,
                r.version,
                r.display_name,
                *counts.get(r.id, (0, 0)),
                r.stage_changed_at,
                bool(r.measured_benefit and r.measured_benefit.strip()),
            )
            for r in rows
        )
        board[stage] = StageColumn(stage, cards, int(totals.get(stage.value, 0)))
    return board
