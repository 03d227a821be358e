"""Same question, any survey: link by suggestion, by choice, to a new canonical question; unlink."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine, select

from db.tables import canonical_question, question
from ui.surveys.canonical_questions import CanonicalQuestionsWindow
from ui.surveys.sample_surveys import add_sample_surveys

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support (propagateSizeHints|raise)\(\)")


def _links(engine: Engine) -> dict[str, str | None]:
    with engine.connect() as conn:
        rows = conn.execute(
            select(question.c.text, canonical_question.c.code).outerjoin(
                canonical_question, canonical_question.c.id == question.c.canonical_question_id
            )
        )
        return {text: code for text, code in rows}


def _button(window: CanonicalQuestionsWindow, text: str) -> QPushButton:
    return next(b for b in window.findChildren(QPushButton) if b.text() == text)


def _select(window: CanonicalQuestionsWindow, text: str) -> None:
    model = window.model()
    found = next(model.question_at(r) for r in range(model.rowCount()) if model.question_at(r).text == text)
    window.select_question(found.id)


def test_map_questions_in_three_languages(
    sqlite_engine: Engine, qtbot: QtBot, tmp_path: Path, qtmodeltester
) -> None:
    add_sample_surveys(sqlite_engine, tmp_path)
    window = CanonicalQuestionsWindow(sqlite_engine)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.questions_loaded, timeout=10_000) as loaded:
        window.show()
    assert loaded.args == [8]
    qtmodeltester.check(window.model())

    # A Persian wording: the English canonical question is suggested first, and taken.
    persian = "چقدر احتمال دارد ما را به دوستان توصیه کنید؟"
    _select(window, persian)
    suggestions = window.suggestions_model()
    qtmodeltester.check(suggestions)
    assert suggestions.row_values(0)[0].startswith("nps: ")
    with qtbot.waitSignal(window.questions_loaded, timeout=10_000):
        qtbot.mouseClick(_button(window, "&Use suggestion"), Qt.MouseButton.LeftButton)
    assert _links(sqlite_engine)[persian] == "nps"
    assert window.current_question() is not None and window.current_question().text == persian

    # A Russian wording, linked by choosing from the list.
    russian = "Была ли зона ожидания чистой?"
    _select(window, russian)
    box = window.canonical_box()
    box.setCurrentIndex(box.findText("clean_waiting_area", Qt.MatchFlag.MatchStartsWith))
    with qtbot.waitSignal(window.questions_loaded, timeout=10_000):
        qtbot.mouseClick(_button(window, "&Link"), Qt.MouseButton.LeftButton)
    assert _links(sqlite_engine)[russian] == "clean_waiting_area"

    # A new canonical question typed in, and a bad code refused with a reason.
    _select(window, "Комментарий")
    code, text = window.new_question_edits()
    assert text.text() == "Комментарий"
    qtbot.keyClicks(code, "two words")
    create = _button(window, "&Create and link")
    qtbot.mouseClick(create, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "code" in window.error_text(), timeout=10_000)
    code.clear()
    qtbot.keyClicks(code, "free_comment")
    with qtbot.waitSignal(window.questions_loaded, timeout=10_000):
        qtbot.mouseClick(create, Qt.MouseButton.LeftButton)
    assert _links(sqlite_engine)["Комментарий"] == "free_comment"

    # And unlinked again.
    _select(window, persian)
    with qtbot.waitSignal(window.questions_loaded, timeout=10_000):
        qtbot.mouseClick(_button(window, "U&nlink"), Qt.MouseButton.LeftButton)
    assert _links(sqlite_engine)[persian] is None
    assert "4 linked" in window.summary_text()
