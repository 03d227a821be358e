"""The capture screen as an operator meets it: keyboard only, inline errors, history, drafts."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine, insert, select

from app import capture, drafts
from app.capture import NewContact, Suggestion
from app.drafts import Draft, DraftItem
from app.reference_data import channel_ids, ensure_reference_data, system_user_id
from db.tables import (
    answer,
    canonical_question,
    contact,
    feedback_item,
    improvement,
    question,
    reply,
    survey,
    survey_response,
)
from ui.capture.recovery import offer_recovered_draft
from ui.capture.window import CaptureWindow
from ui.main_window import MainWindow

# The offscreen platform says so whenever a window is shown or raised; nothing of ours.
pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support (propagateSizeHints|raise)\(\)")

PERSIAN = "لطفاً امکان انتخاب زمان تحویل را اضافه کنید؛ سفارش ۱۲۳۴"


def type_text(widget: QWidget, text: str) -> None:
    """Key by key; non-ASCII letters as key events carrying their text (keyClicks aborts on them)."""
    for char in text:
        key = Qt.Key.Key_unknown if not char.isascii() else Qt.Key(ord(char.upper()))
        QTest.sendKeyEvent(QTest.KeyAction.Click, widget, key, char, Qt.KeyboardModifier.NoModifier)


def press(key: Qt.Key, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    """A key to whatever has the focus, as the operator's keyboard would send it."""
    widget = QApplication.focusWidget()
    assert widget is not None
    QTest.keyClick(widget, key, modifiers)


def typed(text: str) -> None:
    widget = QApplication.focusWidget()
    assert widget is not None
    type_text(widget, text)


@pytest.fixture
def people(sqlite_engine: Engine) -> dict[str, int]:
    """Two contacts; Ivan has an idea under test with a reply, and survey answers from two systems."""
    engine = sqlite_engine
    with engine.begin() as conn:
        ensure_reference_data(conn)
        ivan = capture.create_contact(conn, NewContact("Иван Петров", "+7 916 123-45-67", "ivan@mail.ru"))
        maryam = capture.create_contact(conn, NewContact("مریم احمدی", "0912 345 6789"))
        channels = channel_ids(conn)
        idea = conn.execute(
            insert(improvement).values(title="Delivery time slots", stage="check").returning(improvement.c.id)
        ).scalar_one()
        item = conn.execute(
            insert(feedback_item)
            .values(
                contact_id=ivan,
                channel_id=channels["phone"],
                kind="suggestion",
                text="Please add delivery time slots",
                received_at=dt.datetime(2026, 3, 2),
                status="linked",
                improvement_id=idea,
                source="test",
                external_ref="1",
            )
            .returning(feedback_item.c.id)
        ).scalar_one()
        conn.execute(
            insert(reply).values(
                contact_id=ivan,
                feedback_item_id=item,
                channel_id=channels["email"],
                body="We are testing time slots in March",
                sent_at=dt.datetime(2026, 3, 20),
            )
        )
        nps = conn.execute(
            insert(canonical_question)
            .values(code="nps", text="Would you recommend the dealer?")
            .returning(canonical_question.c.id)
        ).scalar_one()
        sid = conn.execute(
            insert(survey).values(source_system="oem", name="Dealer e-survey").returning(survey.c.id)
        ).scalar_one()
        qid = conn.execute(
            insert(question)
            .values(survey_id=sid, code="Q1", text="Recommend?", canonical_question_id=nps)
            .returning(question.c.id)
        ).scalar_one()
        rid = conn.execute(
            insert(survey_response)
            .values(survey_id=sid, contact_id=ivan, responded_at=dt.datetime(2026, 2, 1), external_ref="r1")
            .returning(survey_response.c.id)
        ).scalar_one()
        conn.execute(insert(answer).values(response_id=rid, question_id=qid, value_number=9))
    return {"ivan": ivan, "maryam": maryam}


@pytest.fixture
def main_window(sqlite_engine: Engine, people: dict[str, int], qtbot: QtBot) -> MainWindow:
    window = MainWindow(sqlite_engine)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: window.model().count() is not None)
    return window


@pytest.fixture
def capture_window(sqlite_engine: Engine, people: dict[str, int], qtbot: QtBot) -> CaptureWindow:
    window = CaptureWindow(sqlite_engine)
    qtbot.addWidget(window)
    window.open_capture()
    qtbot.waitExposed(window)
    qtbot.waitUntil(window.isActiveWindow)
    return window


def saved_items(engine: Engine) -> list[tuple[object, ...]]:
    with engine.connect() as conn:
        rows = conn.execute(
            select(
                feedback_item.c.contact_id,
                feedback_item.c.kind,
                feedback_item.c.text,
                feedback_item.c.language,
            )
            .where(feedback_item.c.source == capture.CAPTURE_SOURCE)
            .order_by(feedback_item.c.id)
        )
        return [tuple(r) for r in rows]


def test_keyboard_only_from_shortcut_to_saved(
    main_window: MainWindow, sqlite_engine: Engine, people: dict[str, int], qtbot: QtBot
) -> None:
    main_window.table().setFocus()
    press(Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)  # Ctrl+N from the feedback list
    capture = main_window.open_capture.__self__._capture  # type: ignore[attr-defined]
    assert capture is not None and capture.isVisible()
    form = capture.form
    qtbot.waitUntil(form.w.search.hasFocus)

    typed("8 916 123")  # a Russian number as people say it
    qtbot.waitUntil(lambda: form.results().rowCount() == 1)
    press(Qt.Key.Key_Return)
    assert form.contact() is not None and form.contact().id == people["ivan"]
    qtbot.waitUntil(form.w.text.hasFocus)

    typed(PERSIAN)
    press(Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)  # Idea
    press(Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)  # save
    qtbot.waitUntil(lambda: saved_items(sqlite_engine) != [], timeout=5000)
    assert saved_items(sqlite_engine) == [(people["ivan"], "suggestion", PERSIAN, "fa")]
    qtbot.waitUntil(lambda: form.w.status.text().startswith("Saved 1 item"))
    assert form.w.text.toPlainText() == "" and form.contact() is None
    assert form.w.search.hasFocus()  # ready for the next caller
    qtbot.waitUntil(capture.drafts.is_idle)
    assert drafts.load_draft(sqlite_engine, capture.operator.id) is None


def test_several_items_for_one_contact_and_the_side_panel(
    capture_window: CaptureWindow, sqlite_engine: Engine, people: dict[str, int], qtbot: QtBot
) -> None:
    form = capture_window.form
    typed("иван")
    qtbot.waitUntil(lambda: form.results().rowCount() >= 1)
    press(Qt.Key.Key_Down)  # into the results
    press(Qt.Key.Key_Return)
    panel = capture_window.panel
    qtbot.waitUntil(lambda: panel.items_model.rowCount() == 1 and panel.answers_model.rowCount() == 1)
    history = panel.items_model.index(0).data()
    assert "In improvement" in history and "Delivery time slots (check)" in history
    assert "We are testing time slots in March" in history
    answers = panel.answers_model.index(0).data()
    assert "Would you recommend the dealer?" in answers and "9 — Dealer e-survey, 2026-02-01" in answers

    typed("Courier was late")
    press(Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert [i.text for i in form.pending_items()] == ["Courier was late"]
    assert form.w.text.toPlainText() == ""
    typed("Thanks to the driver")
    press(Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)  # Praise
    assert form.w.save_button.text() == "Save 2 items"
    press(Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: len(saved_items(sqlite_engine)) == 2, timeout=5000)
    assert saved_items(sqlite_engine) == [
        (people["ivan"], "complaint", "Courier was late", "en"),
        (people["ivan"], "praise", "Thanks to the driver", "en"),
    ]


def test_invalid_input_shows_at_the_field_and_saves_nothing(
    capture_window: CaptureWindow, sqlite_engine: Engine, qtbot: QtBot
) -> None:
    form = capture_window.form
    typed("Bob")
    press(Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert form.w.new_contact_box.isVisible()
    assert form.w.new_contact["name"].text() == "Bob"
    qtbot.waitUntil(form.w.new_contact["phone"].hasFocus)
    typed("12")
    press(Qt.Key.Key_Tab)  # leaving the field checks it
    assert form.w.errors["phone"].isVisible()
    assert "Too short" in form.w.errors["phone"].text()
    typed("bob@")
    press(Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)  # and no text typed
    qtbot.waitUntil(lambda: form.w.errors["text"].isVisible(), timeout=5000)
    assert form.w.errors["text"].text() == "Type what the customer said"
    assert form.w.errors["email"].isVisible() and "@" in form.w.errors["email"].text()
    assert form.w.errors["phone"].isVisible()
    assert saved_items(sqlite_engine) == []
    with sqlite_engine.connect() as conn:
        assert conn.execute(select(contact.c.id).where(contact.c.display_name == "Bob")).first() is None


def test_a_text_beyond_the_limit_is_refused_at_the_field(capture_window: CaptureWindow, qtbot: QtBot) -> None:
    form = capture_window.form
    form.w.text.setPlainText("x" * (capture.MAX_TEXT_CHARS + 1))
    form.save()
    qtbot.waitUntil(lambda: form.w.errors["text"].isVisible(), timeout=5000)
    assert form.w.errors["text"].text() == "Longer than 10,000 characters"


def test_persian_text_runs_right_to_left(capture_window: CaptureWindow) -> None:
    form = capture_window.form
    form.w.text.setFocus()
    typed(PERSIAN)
    option = form.w.text.document().defaultTextOption()
    assert option.textDirection() == Qt.LayoutDirection.RightToLeft
    form.w.text.clear()
    typed("Hello")
    assert form.w.text.document().defaultTextOption().textDirection() == Qt.LayoutDirection.LeftToRight


def test_the_draft_is_saved_while_typing_and_on_contact_change(
    capture_window: CaptureWindow, sqlite_engine: Engine, people: dict[str, int], qtbot: QtBot
) -> None:
    form = capture_window.form
    user = capture_window.operator.id
    typed("0912 345")
    qtbot.waitUntil(lambda: form.results().rowCount() == 1)
    press(Qt.Key.Key_Return)  # a contact change saves at once (nothing typed yet: nothing to keep)
    typed(PERSIAN)
    qtbot.waitUntil(lambda: drafts.load_draft(sqlite_engine, user) is not None, timeout=5000)
    saved = drafts.load_draft(sqlite_engine, user)
    assert saved is not None
    assert saved.draft.text == PERSIAN
    assert saved.draft.contact_id == people["maryam"]
    qtbot.waitUntil(lambda: form.w.status.text().startswith("Draft saved"))


def test_a_draft_left_on_file_is_offered_at_start(
    main_window: MainWindow, sqlite_engine: Engine, people: dict[str, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    with sqlite_engine.connect() as conn:
        user = system_user_id(conn)
    draft = Draft(
        contact_id=people["ivan"],
        contact_label="Иван Петров",
        items=(DraftItem("first item", "complaint", "phone"),),
        text=PERSIAN + "\nsecond line",
        kind="question",
        channel="chat",
    )
    drafts.save_draft(sqlite_engine, user, draft)
    asked: list[str] = []

    def answer_yes(*args: object) -> QMessageBox.StandardButton:
        asked.append(str(args[2]))
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", staticmethod(answer_yes))
    assert offer_recovered_draft(main_window, sqlite_engine, main_window.open_capture)
    assert PERSIAN in asked[0] and "2 item(s)" in asked[0]
    form = main_window.open_capture().form
    assert form.draft() == draft


def test_closing_the_question_keeps_the_draft(
    main_window: MainWindow, sqlite_engine: Engine, no_modal_dialogs: list[tuple[str, tuple[object, ...]]]
) -> None:
    with sqlite_engine.connect() as conn:
        user = system_user_id(conn)
    drafts.save_draft(sqlite_engine, user, Draft(text="keep"))
    assert not offer_recovered_draft(main_window, sqlite_engine, main_window.open_capture)
    assert [name for name, _ in no_modal_dialogs] == ["question"]
    assert drafts.load_draft(sqlite_engine, user) is not None


def test_compact_window_stays_on_top(capture_window: CaptureWindow) -> None:
    capture_window.set_compact(True)
    assert capture_window.windowFlags() & Qt.WindowType.WindowStaysOnTopHint
    assert not capture_window.panel.isVisible() and capture_window.isVisible()
    # Narrow enough to sit beside a phone system: nothing forces it wider.
    assert capture_window.minimumSizeHint().width() <= 480
    assert capture_window.width() <= 480
    assert capture_window.form.w.add_button.toolTip() == "Ctrl+Shift+Enter"
    capture_window.set_compact(False)
    assert not capture_window.windowFlags() & Qt.WindowType.WindowStaysOnTopHint
    assert capture_window.panel.isVisible()


def test_a_suggestion_fills_only_what_the_operator_left(
    sqlite_engine: Engine, people: dict[str, int], qtbot: QtBot
) -> None:
    calls: list[str] = []

    def suggester(text: str) -> Suggestion:
        calls.append(text)
        return Suggestion(kind="question", kind_confidence=0.9, category_id=1, category_confidence=0.8)

    window = CaptureWindow(sqlite_engine, suggester=suggester)
    qtbot.addWidget(window)
    window.open_capture()
    qtbot.waitExposed(window)
    qtbot.waitUntil(window.isActiveWindow)
    form = window.form
    form.w.text.setFocus()
    typed("Why is it late?")
    qtbot.waitUntil(lambda: form.w.kind.currentData() == "question", timeout=3000)
    assert form.w.category.currentData() == 1
    assert form.w.suggestion.text().startswith("Suggested:")
    press(Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)  # the operator overrides the kind
    typed(" Again")
    qtbot.waitUntil(lambda: calls[-1] == "Why is it late? Again", timeout=3000)  # asked again after the pause
    qtbot.wait(100)  # its answer arrives; the kind the operator chose stays
    assert form.w.kind.currentData() == "complaint"
    qtbot.waitUntil(window.drafts.is_idle, timeout=5000)


def test_models_pass_qtmodeltester(capture_window: CaptureWindow, qtmodeltester, qtbot: QtBot) -> None:  # type: ignore[no-untyped-def]
    typed("иван")
    qtbot.waitUntil(lambda: capture_window.form.results().rowCount() == 1)
    press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: capture_window.panel.items_model.rowCount() == 1)
    for model in (
        capture_window.form.results(),
        capture_window.panel.items_model,
        capture_window.panel.answers_model,
    ):
        qtmodeltester.check(model)
