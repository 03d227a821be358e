"""The phone-survey screen, driven from the keyboard on a real SQLite file.

Ivan answered the manufacturer's e-survey (a real CSV export through the
importer, Russian column names) 60 days ago: recommend 9, satisfaction 4. The
call centre's survey asks five questions in Russian and Persian; the first two
share their canonical questions with the e-survey, so they are on file.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine, insert, select
from test_capture_screen import press, saved_items, typed

from app.reference_data import channel_ids, ensure_reference_data
from app.survey_import import import_survey
from app.survey_questions import create_canonical, set_canonical
from db.tables import answer, contact, phone_survey_call, question, survey, survey_response
from ui.main_window import MainWindow
from ui.models.phone_survey_questions_model import PhoneSurveyQuestionsModel
from ui.surveys.phone_survey import PhoneSurveyWindow
from ui.surveys.phone_survey_pages import QUESTION, START, SUMMARY

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support (propagateSizeHints|raise)\(\)")

CALL_QUESTIONS = (
    ("recommend", "Порекомендуете ли вы нас друзьям? (0–10)", "nps"),
    ("satisfied", "Насколько вы довольны визитом? (1–5)", "overall_satisfaction"),
    ("solved", "آیا مشکل شما برطرف شد؟", "problem_solved"),
    ("improve", "Что нам стоит улучшить?", "comment"),
    ("clean", "Чистота зоны ожидания (1–5)", "waiting_area_clean"),
)
COMPLAINT = "Мастер так и не перезвонил"


def build_world(engine: Engine, folder: Path, days_ago: int) -> dict[str, int]:
    """The e-survey imported ``days_ago`` days ago, and the call centre's survey; ids by name."""
    answered = dt.date.today() - dt.timedelta(days=days_ago)
    export = folder / "esurvey.csv"
    export.write_text(
        "№ анкеты;Дата;ФИО;Почта;Телефон;Порекомендуете ли вы нас? (0-10);Оценка визита (1-5)\r\n"
        f"A-1;{answered:%d.%m.%Y};Иван Петров;ivan@example.com;8 916 123-45-67;9;4\r\n",
        encoding="utf-8-sig",
    )
    assert import_survey(engine, export, source="oem_esurvey").responses_added == 1
    ids: dict[str, int] = {}
    with engine.begin() as conn:
        ensure_reference_data(conn)
        ids["ivan"] = conn.execute(select(contact.c.id)).scalar_one()
        kinds = {
            "nps": "scale_0_10",
            "overall_satisfaction": "scale_1_5",
            "problem_solved": "yes_no",
            "comment": "text",
            "waiting_area_clean": "scale_1_5",
        }
        canon = {code: create_canonical(conn, code, code, kind) for code, kind in kinds.items()}
        for code, text in (
            ("nps", "Порекомендуете ли вы нас? (0-10)"),
            ("overall_satisfaction", "Оценка визита (1-5)"),
        ):
            set_canonical(
                conn,
                conn.execute(select(question.c.id).where(question.c.text == text)).scalar_one(),
                canon[code],
            )
        ids["call"] = conn.execute(
            insert(survey)
            .values(source_system="dealer_callcentre", name="Звонок после сервиса")
            .returning(survey.c.id)
        ).scalar_one()
        for pos, (code, text, meaning) in enumerate(CALL_QUESTIONS, 1):
            ids[code] = conn.execute(
                insert(question)
                .values(
                    survey_id=ids["call"],
                    code=code,
                    text=text,
                    position=pos,
                    canonical_question_id=canon[meaning],
                )
                .returning(question.c.id)
            ).scalar_one()
    return ids


@pytest.fixture
def world(sqlite_engine: Engine, tmp_path: Path) -> dict[str, int]:
    return build_world(sqlite_engine, tmp_path, days_ago=60)


def open_screen(main: MainWindow, qtbot: QtBot) -> PhoneSurveyWindow:
    main.activateWindow()
    qtbot.waitUntil(main.isActiveWindow)
    main.table().setFocus()
    press(Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    window = main.open_phone_survey.__self__._phone_survey  # type: ignore[attr-defined]
    assert window is not None and window.isVisible()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.waitUntil(window.w.start.finder.search.hasFocus)
    return window


def choose_ivan_and_call_survey(window: PhoneSurveyWindow, qtbot: QtBot, world: dict[str, int]) -> None:
    typed("8 916 123")
    qtbot.waitUntil(lambda: window.w.start.finder.results_model.rowCount() == 1)
    press(Qt.Key.Key_Return)
    qtbot.waitUntil(window.w.start.survey.hasFocus)
    qtbot.waitUntil(lambda: window.w.start.survey.count() == 2)
    if window.w.start.survey.currentData() != world["call"]:
        press(Qt.Key.Key_Down)  # the surveys are listed by name: the e-survey's comes first
    assert window.w.start.survey.currentData() == world["call"]
    qtbot.waitUntil(lambda: not window.is_busy() and window.w.start.plan.text() != "")


@pytest.fixture
def main(sqlite_engine: Engine, qtbot: QtBot) -> MainWindow:
    window = MainWindow(sqlite_engine)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


def test_a_whole_call_from_the_keyboard(
    main: MainWindow, sqlite_engine: Engine, world: dict[str, int], qtbot: QtBot
) -> None:
    window = open_screen(main, qtbot)
    choose_ivan_and_call_survey(window, qtbot, world)
    assert window.w.start.plan.text() == "5 question(s): 2 on file, not to ask again"
    press(Qt.Key.Key_Return)
    assert window.page() == QUESTION

    # 1: on file from the e-survey: shown, not asked; Enter passes it.
    q = window.w.question
    assert q.question.text() == CALL_QUESTIONS[0][1]
    assert q.on_file_card.isVisibleTo(window) and "9" in q.on_file.text()
    assert "oem_esurvey" in q.on_file_where.text() and window.answer_input() is None
    press(Qt.Key.Key_Return)
    # 2: on file too, but the customer wants to change it: Ctrl+R asks again.
    assert "4" in q.on_file.text()
    press(Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    assert window.answer_input() is not None
    typed("5")
    press(Qt.Key.Key_Return)
    # 3: yes or no, in Persian: Y, Enter.
    assert q.question.text() == CALL_QUESTIONS[2][1]
    assert not q.on_file_card.isVisibleTo(window)
    typed("y")
    press(Qt.Key.Key_Return)

    # Mid-call, a complaint: Ctrl+K opens the app's capture window on Ivan.
    assert q.question.text() == CALL_QUESTIONS[3][1]
    press(Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    capture_window = main._capture  # the app's own capture window, opened by Ctrl+K
    assert capture_window is not None and capture_window.isVisible()
    assert capture_window.form.contact() is not None and capture_window.form.contact().id == world["ivan"]
    qtbot.waitUntil(capture_window.form.w.text.hasFocus)
    typed(COMPLAINT)
    press(Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: saved_items(sqlite_engine) != [], timeout=5000)
    assert saved_items(sqlite_engine) == [(world["ivan"], "complaint", COMPLAINT, "ru")]
    qtbot.waitUntil(window.isActiveWindow)
    assert "Saved 1 item(s) for this customer" in window.w.status.text()

    # 4: text, then 5: a score out of range is refused with a hint, then fixed.
    qtbot.waitUntil(lambda: window.answer_input() is not None and window.answer_input().isVisible())
    window.answer_input().focus()  # type: ignore[union-attr]
    typed("Больше мест на парковке")
    press(Qt.Key.Key_Return)
    assert q.question.text() == CALL_QUESTIONS[4][1]
    typed("7")
    press(Qt.Key.Key_Return)
    assert q.error.isVisibleTo(window) and "from 1 to 5" in q.error.text()
    press(Qt.Key.Key_Backspace)
    typed("4")
    press(Qt.Key.Key_Return)

    assert window.page() == SUMMARY
    assert window.w.summary.counts.text() == "4 questions asked, 1 spared"
    press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.w.status.text().startswith("Call saved"), timeout=5000)
    assert window.page() == START and window.progress() is None

    with sqlite_engine.connect() as conn:
        call = conn.execute(select(phone_survey_call)).one()
        response = conn.execute(select(survey_response).where(survey_response.c.id == call.response_id)).one()
        answers = {
            r.question_id: (r.value_text, r.value_number)
            for r in conn.execute(select(answer).where(answer.c.response_id == call.response_id))
        }
        phone = channel_ids(conn)["phone"]
    assert (call.contact_id, call.asked, call.spared, call.completed) == (world["ivan"], 4, 1, True)
    assert (response.survey_id, response.channel_id) == (world["call"], phone)
    assert answers == {
        world["satisfied"]: (None, 5.0),
        world["solved"]: ("yes", 1.0),
        world["improve"]: ("Больше мест на парковке", None),
        world["clean"]: (None, 4.0),
    }


def test_closing_half_way_asks_to_save_or_discard(
    main: MainWindow,
    sqlite_engine: Engine,
    world: dict[str, int],
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = open_screen(main, qtbot)
    choose_ivan_and_call_survey(window, qtbot, world)
    press(Qt.Key.Key_Return)
    press(Qt.Key.Key_Return)  # 1 spared
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a: QMessageBox.StandardButton.Cancel))
    window.close()
    assert window.isVisible() and window.progress() is not None  # Cancel: the call goes on
    main.close()  # quitting the app asks too
    assert main.isVisible() and window.isVisible()

    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a: QMessageBox.StandardButton.Save))
    press(Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=5000)
    with sqlite_engine.connect() as conn:
        call = conn.execute(select(phone_survey_call)).one()
    assert (call.asked, call.spared, call.completed, call.response_id) == (0, 1, False, None)

    window = open_screen(main, qtbot)
    choose_ivan_and_call_survey(window, qtbot, world)
    press(Qt.Key.Key_Return)
    press(Qt.Key.Key_Return)
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a: QMessageBox.StandardButton.Discard))
    window.close()
    assert not window.isVisible() and window.progress() is None
    with sqlite_engine.connect() as conn:
        assert len(conn.execute(select(phone_survey_call)).all()) == 1


def test_too_soon_needs_a_reason_which_is_recorded(
    sqlite_engine: Engine, tmp_path: Path, qtbot: QtBot, main: MainWindow
) -> None:
    ids = build_world(sqlite_engine, tmp_path, days_ago=5)
    window = open_screen(main, qtbot)
    choose_ivan_and_call_survey(window, qtbot, ids)
    assert "not to survey again within 30 day(s)" in window.w.start.rule.text()
    press(Qt.Key.Key_Return)
    assert window.page() == START and window.w.start.error.isVisibleTo(window)
    qtbot.waitUntil(window.w.start.reason.hasFocus)
    typed("Customer asked for the call")
    press(Qt.Key.Key_Return)
    assert window.page() == QUESTION
    for _ in range(2):
        press(Qt.Key.Key_Return)  # on file
    press(Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)  # no answer
    for _ in range(2):
        press(Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert window.w.summary.counts.text() == "3 questions asked, 2 spared"
    press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.progress() is None, timeout=5000)
    with sqlite_engine.connect() as conn:
        call = conn.execute(select(phone_survey_call)).one()
    assert call.override_reason == "Customer asked for the call" and call.response_id is None


def test_questions_model(qtmodeltester: object, sqlite_engine: Engine, world: dict[str, int]) -> None:
    from app.contact_rules import ContactRules
    from app.phone_survey import CallProgress, start_call

    with sqlite_engine.connect() as conn:
        plan = start_call(conn, world["ivan"], world["call"], ContactRules())
    model = PhoneSurveyQuestionsModel()
    progress = CallProgress(plan)
    model.set_progress(progress)
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    assert model.rowCount() == 5
    assert model.index(0, 2).data().startswith("On file: ")
    progress.keep_on_file()
    progress.answer("3")
    model.refresh()
    assert model.index(1, 2).data() == "3"
    qtmodeltester.check(model)  # type: ignore[attr-defined]
