"""Workflow refusals and edit conflicts reach the user in their language; the CLI keeps English."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication
from sqlalchemy import Engine, select

from app import workflow
from app.conflicts import EditConflict
from app.demo_data import generate
from app.workflow import WorkflowError
from db.tables import improvement
from ui import crash, i18n
from ui.error_messages import user_message

LATIN = re.compile(r"[A-Za-z]{2,}")


@pytest.fixture
def demo_engine(sqlite_engine: Engine) -> Engine:
    generate(sqlite_engine, items=120, seed=2)
    return sqlite_engine


@pytest.fixture
def in_language(qapp: QApplication) -> Iterator[object]:
    def switch(code: str) -> None:
        i18n.apply_language(qapp, code)

    yield switch
    i18n.apply_language(qapp, "en")


def _in_stage(engine: Engine, stage: str) -> tuple[int, str, int]:
    with engine.connect() as conn:
        row = conn.execute(
            select(improvement.c.id, improvement.c.title, improvement.c.version)
            .where(improvement.c.stage == stage)
            .order_by(improvement.c.id)
            .limit(1)
        ).one()
    return row.id, row.title, row.version


def _refusal(engine: Engine, stage: str, to: str) -> tuple[WorkflowError, str]:
    improvement_id, title, _version = _in_stage(engine, stage)
    with pytest.raises(WorkflowError) as refused:
        workflow.advance(engine, improvement_id, to, user_id=None)
    return refused.value, title


@pytest.mark.parametrize(
    ("stage", "to", "rule", "russian", "persian"),
    [
        (
            "new",
            "done",
            "not_allowed",
            "нельзя перевести из «Новые» в «Завершено»",
            "از «جدید» به «انجام‌شده»",
        ),
        ("plan", "plan", "same_stage", "уже на этапе «Планирование»", "هم‌اکنون در مرحلهٔ «برنامه‌ریزی»"),
        (
            "triage",
            "declined",
            "reason_required",
            "для перевода в «Отклонено» укажите причину",
            "دلیل می‌خواهد",
        ),
    ],
)
def test_a_refused_move_is_explained_in_russian_and_persian(
    demo_engine: Engine, in_language: object, stage: str, to: str, rule: str, russian: str, persian: str
) -> None:
    exc, title = _refusal(demo_engine, stage, to)
    assert exc.rule == rule and exc.params["title"] == title
    english = str(exc)
    assert user_message(exc) == english  # English: the service's own words, as the CLI prints them
    for code, expected in (("ru", russian), ("fa", persian)):
        in_language(code)  # type: ignore[operator]
        message = crash.environment_message(exc)
        assert expected in message and title in message and str(exc.improvement_id) in message
        assert not LATIN.findall(message.replace(title, "")), message
    assert str(exc) == english  # the error itself is untouched


def test_an_edit_conflict_is_explained_in_persian(demo_engine: Engine, in_language: object) -> None:
    improvement_id, title, version = _in_stage(demo_engine, "triage")
    with pytest.raises(EditConflict) as lost:
        workflow.advance(demo_engine, improvement_id, "accepted", user_id=None, expected_version=version - 1)
    in_language("fa")  # type: ignore[operator]
    message = user_message(lost.value)
    assert "تغییرات شما ذخیره نشد" in message and title in message
    rest = message.replace(title, "").replace(lost.value.changed_by or "", "").replace("UTC", "")
    assert not LATIN.findall(rest), message
    in_language("ru")  # type: ignore[operator]
    assert "ваши изменения не сохранены" in user_message(lost.value)
