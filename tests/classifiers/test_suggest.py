"""Capture's suggestions come from the trained models; a taken suggestion stays open to review."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Engine, select

from app import capture
from app.capture import NewItem
from app.reference_data import system_user_id
from classifiers import training
from classifiers.suggest import ModelSuggester
from db.tables import category, feedback_item


def test_no_trained_model_suggests_nothing(engine: Engine, tmp_path: Path) -> None:
    assert ModelSuggester(engine, tmp_path)("the courier was late") is None


def test_suggests_kind_and_category_with_confidence(labelled_engine: Engine, tmp_path: Path) -> None:
    training.train_models(labelled_engine, tmp_path)
    suggestion = ModelSuggester(labelled_engine, tmp_path)("курьер опоздал, посылка не пришла")
    assert suggestion is not None
    with labelled_engine.connect() as conn:
        delivery = conn.execute(select(category.c.id).where(category.c.code == "delivery")).scalar_one()
    assert suggestion.category_id == delivery
    assert suggestion.kind == "complaint"
    assert suggestion.kind_confidence is not None and 0 < suggestion.kind_confidence <= 1
    assert suggestion.category_confidence is not None and 0 < suggestion.category_confidence <= 1


def test_a_taken_suggestion_is_saved_unconfirmed_and_a_choice_confirmed(labelled_engine: Engine) -> None:
    with labelled_engine.connect() as conn:
        user = system_user_id(conn)
    taken = NewItem(
        "посылка потерялась", "complaint", "phone", 1, kind_confidence=0.8, category_confidence=0.7
    )
    chosen = NewItem("спасибо курьеру", "praise", "phone", 1)
    _contact, ids = capture.save_items(labelled_engine, [taken, chosen], logged_by=user)
    with labelled_engine.connect() as conn:
        rows = {
            r.id: r
            for r in conn.execute(
                select(
                    feedback_item.c.id,
                    feedback_item.c.kind_confirmed,
                    feedback_item.c.category_confirmed,
                    feedback_item.c.category_confidence,
                ).where(feedback_item.c.id.in_(ids))
            )
        }
    assert (rows[ids[0]].kind_confirmed, rows[ids[0]].category_confirmed) == (False, False)
    assert rows[ids[0]].category_confidence == 0.7
    assert (rows[ids[1]].kind_confirmed, rows[ids[1]].category_confirmed) == (True, True)
