"""The detail view of an improvement: its fields, linked items with contributors, and the timeline."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine, func, select

from app import triage, workflow
from app.demo_data import generate
from db.tables import feedback_item, improvement
from ui.models.improvement_detail_models import LinkedItemsModel, TimelineModel, describe_changes
from ui.workflow.detail import ImprovementDetailView


@pytest.fixture
def demo_engine(sqlite_engine: Engine) -> Engine:
    generate(sqlite_engine, items=120)
    return sqlite_engine


def busiest_improvement(engine: Engine) -> int:
    fi = feedback_item
    with engine.connect() as conn:
        return conn.execute(
            select(fi.c.improvement_id)
            .where(fi.c.improvement_id.is_not(None))
            .group_by(fi.c.improvement_id)
            .order_by(func.count().desc(), fi.c.improvement_id)
            .limit(1)
        ).scalar_one()


def shown(view: ImprovementDetailView, qtbot: QtBot, improvement_id: int) -> ImprovementDetailView:
    with qtbot.waitSignal(view.detail_loaded):
        view.show_improvement(improvement_id)
    return view


def test_shows_the_fields_linked_items_and_timeline(demo_engine: Engine, qtbot: QtBot) -> None:
    improvement_id = busiest_improvement(demo_engine)
    view = ImprovementDetailView(demo_engine)
    qtbot.addWidget(view)
    shown(view, qtbot, improvement_id)
    with demo_engine.connect() as conn:
        row = conn.execute(select(improvement).where(improvement.c.id == improvement_id)).mappings().one()
        linked = conn.execute(
            select(func.count()).where(feedback_item.c.improvement_id == improvement_id)
        ).scalar_one()
    assert view.title_text() == f"#{improvement_id} {row['title']}"
    assert view.value_text("decision_reason") == (row["decision_reason"] or "—")
    assert view.items_model.rowCount() == linked >= 1
    first_item = view.items_model.index(0, 0).data()
    assert first_item.split()[0].isdigit()
    assert view.timeline_model.rowCount() >= 1
    assert view.timeline_model.index(0, 2).data() == "created"


def test_a_move_appears_in_the_timeline_with_who_and_what(demo_engine: Engine, qtbot: QtBot) -> None:
    improvement_id, _change = triage.start_improvement(
        demo_engine, [1, 2], user_id=None, title="Очередь в кассу"
    )
    workflow.advance(demo_engine, improvement_id, "declined", user_id=None, reason="دلیل: هزینه زیاد")
    view = ImprovementDetailView(demo_engine)
    qtbot.addWidget(view)
    shown(view, qtbot, improvement_id)
    assert view.value_text("stage") == "Declined"
    assert view.value_text("decision_reason") == "دلیل: هزینه زیاد"
    assert view.value_text("measured_benefit") == "not measured yet"
    timeline = [
        tuple(view.timeline_model.index(r, c).data() for c in range(4))
        for r in range(view.timeline_model.rowCount())
    ]
    assert timeline[0][1:3] == ("system", "created")
    assert timeline[-1][2] == "stage changed"
    assert "stage: new → declined" in timeline[-1][3]
    assert "decision_reason: — → دلیل: هزینه زیاد" in timeline[-1][3]


def test_an_anonymous_item_says_it_cannot_be_answered(demo_engine: Engine, qtbot: QtBot) -> None:
    with demo_engine.connect() as conn:
        anonymous = conn.execute(
            select(feedback_item.c.id).where(feedback_item.c.contact_id.is_(None)).limit(1)
        ).scalar_one()
    improvement_id, _change = triage.start_improvement(demo_engine, [anonymous], user_id=None)
    view = ImprovementDetailView(demo_engine)
    qtbot.addWidget(view)
    shown(view, qtbot, improvement_id)
    assert "anonymous" in view.items_model.index(0, 3).data()
    assert "anonymous item" in view.value_text("contributors")


def test_describe_changes_reads_as_before_and_after() -> None:
    assert describe_changes({"stage": ["plan", "do"], "owner_id": [None, 3]}) == (
        "stage: plan → do; owner_id: — → 3"
    )


def test_detail_models_pass_the_model_tester(
    demo_engine: Engine, qtbot: QtBot, qtmodeltester: object
) -> None:
    view = ImprovementDetailView(demo_engine)
    qtbot.addWidget(view)
    shown(view, qtbot, busiest_improvement(demo_engine))
    assert isinstance(view.items_model, LinkedItemsModel)
    assert isinstance(view.timeline_model, TimelineModel)
    qtmodeltester.check(view.items_model)  # type: ignore[attr-defined]
    qtmodeltester.check(view.timeline_model)  # type: ignore[attr-defined]
