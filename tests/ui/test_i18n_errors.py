"""Domain errors reach the user in their language; the CLI keeps English.

Workflow refusals, edit conflicts, and every ``app.errors.Reason`` code: invalid values
(capture form, imports, replies, phone survey, review queue), reply, survey and undo
refusals, and the reasons of rejected import rows.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import jdatetime
import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine, select

from app import workflow
from app.capture import NewContact, NewItem, save_items
from app.conflicts import EditConflict
from app.contacts import normalise_phone
from app.demo_data import generate
from app.errors import InputFileError, InvalidValue, KaizenError, Reason, carried
from app.reference_data import ensure_reference_data, system_user_id
from app.survey_import import import_survey
from app.workflow import WorkflowError
from db.tables import improvement
from ui import crash, error_messages, i18n
from ui.capture.window import CaptureWindow
from ui.error_messages import reason_text, user_message
from ui.surveys.import_wizard import ImportWizard, ReportPage

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


# --- every Reason code -------------------------------------------------------------

WHEN = dt.datetime(2026, 3, 21, 14, 5)
# code -> (params, the params that must show: as numbers in the user's digits, or as they are)
REASONS: dict[str, dict[str, Any]] = {
    "empty": {},
    "not_a_phone": {},
    "phone_length": {},
    "not_an_email": {},
    "too_long": {"limit": 300},
    "no_contact": {},
    "point_taken": {"who": "Иван Петров"},
    "nothing_to_save": {},
    "no_text": {},
    "unknown_kind": {},
    "unknown_channel": {},
    "no_such_category": {},
    "link_and_duplicate": {},
    "no_such_improvement": {},
    "no_such_item": {},
    "unknown_code": {"allowed": "phone, email, chat"},
    "unknown_language": {},
    "not_a_date": {},
    "incomplete_date": {},
    "unknown_outcome": {},
    "empty_reply": {},
    "item_not_from_contact": {"item": 41, "contact": 17},
    "not_in_survey": {"survey": "Дилер: качество"},
    "no_such_contact": {},
    "no_such_survey": {},
    "not_on_scale": {"low": 1, "high": 5},
    "not_yes_no": {},
    "cannot_spare": {},
    "not_on_file": {},
    "one_of": {"allowed": ("category", "kind")},
    "nothing_to_confirm": {},
    "select_items": {},
    "no_such_user": {},
    "source_needed": {},
    "view_name_needed": {},
    "no_such_view": {},
    "bad_question_code": {"limit": 40},
    "question_text_needed": {},
    "question_code_taken": {},
}
SENTENCES: dict[str, dict[str, Any]] = {
    "no_route": {"contact": 17},
    "no_template": {"outcome": "accepted", "language": "fa"},
    "no_decision": {"stage": "plan"},
    "outcome_not_allowed": {"improvement": 12, "stage": "plan", "outcome": "done", "allowed": ["received"]},
    "placeholders_unfilled": {"contact": 17, "placeholders": "[owner?]"},
    "no_channel_for": {"names": "Мария, contact 9"},
    "nothing_to_close": {},
    "no_questions": {"survey": "Дилер: качество"},
    "no_question_left": {},
    "surveyed_recently": {
        "contact": 17,
        "last": WHEN,
        "allowed_from": WHEN + dt.timedelta(days=30),
        "days": 30,
    },
    "item_missing": {"item": 41},
    "same_item": {"item": 41, "of": 41},
    "duplicate_cycle": {"item": 41, "of": 42},
    "already_undone": {"action": "link"},
    "already_redone": {"action": "link"},
    "move_already_undone": {"improvement": 12},
    "move_already_redone": {"improvement": 12},
    "empty_cell": {"column": "Phone"},
    "bad_cell": {"column": "Date", "value": "31.02", "reason": Reason("not a date and time", "not_a_date")},
    "cell_too_long": {"column": "Text", "limit": 20000, "length": 20001},
    "ref_on_other_row": {"column": "id", "value": "A-1", "row": 5},
    "before_received": {"column": "Replied", "when": WHEN, "received": WHEN + dt.timedelta(hours=1)},
    "no_answers": {},
    "view_name_taken": {"name": "Мои жалобы"},
    "merge_into_itself": {},
    "contact_missing": {"contact": 17},
    "contact_merged": {"contact": 17, "into": 9},
    "review_missing": {"review": 3},
    "review_decided": {"review": 3},
    "question_missing": {"question": 31},
    "canonical_missing": {"canonical": 4},
    "import_refused": {"path": "/tmp/export.csv", "source": "oem", "detail": "UNIQUE constraint failed"},
    "reply_not_recorded": {"detail": "server closed the connection unexpectedly"},
}
FILES: dict[str, dict[str, Any]] = {
    "file_not_found": {},
    "not_a_file": {},
    "xls_format": {},
    "not_a_table_file": {},
    "no_header_row": {},
    "header_twice": {"header": "Телефон", "first": 2, "second": 5},
    "binary_data": {},
    "not_valid_csv": {},
    "file_empty": {},
    "not_that_encoding": {"encoding": "UTF-16"},
    "unknown_encoding": {},
    "not_xlsx": {},
    "no_worksheet": {},
    "corrupted_xlsx": {},
    "value_without_header": {"column": 7},
    "too_many_cells": {"columns": 6},
}
SHOWN_AS_IS = (
    "column",
    "value",
    "who",
    "survey",
    "names",
    "placeholders",
    "name",
    "path",
    "source",
    "detail",
)  # data, not words
FORMAT_NAMES = re.compile(r"\.?\b(csv|tsv|txt|xlsx|xls|CSV|XLSX|Excel|UTF)\b")  # names, not English words
# A Persian sentence that starts with a value (a file, a column) starts with a right-to-left mark,
# so that it is laid out right to left although its first letters are Latin or Cyrillic.
ISOLATED = re.compile("\u2068[^\u2069]*\u2069")  # a value as the user typed it or the file has it


def _shown(value: object, language: str) -> str:
    """A number as the user's language writes it (Persian digits in Persian)."""
    text = QLocale().toString(value) if isinstance(value, int) else str(value)
    return text.translate(str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")) if language == "fa" else text


def _words_left(message: str) -> list[str]:
    return LATIN.findall(ISOLATED.sub("", message))


def test_every_code_the_ui_knows_is_checked_here(qapp: QApplication) -> None:
    assert set(error_messages._reasons()) == set(REASONS)
    assert set(error_messages._sentences()) == set(SENTENCES)
    assert set(error_messages._files()) == set(FILES)


def test_the_services_raise_only_codes_the_ui_knows() -> None:
    """Each ``code="..."`` and ``Reason(..., "code"`` written in app/ has its translated sentence."""
    root = Path(__file__).resolve().parents[2] / "app"
    raised: set[str] = set()
    for path in root.rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        raised |= set(re.findall(r'\bcode="(\w+)"', text))
        raised |= set(re.findall(r'Reason\((?:[^()]|\([^()]*\))*?,\s*"(\w+)"', text, re.S))
    assert raised, "no codes found: the pattern no longer matches the raise sites"
    known = set(REASONS) | set(SENTENCES) | set(FILES)
    assert raised - {"error"} <= known, raised - known


@pytest.mark.parametrize("code", sorted(REASONS))
def test_an_invalid_value_is_explained_in_russian_and_persian(in_language: object, code: str) -> None:
    params = REASONS[code]
    exc = InvalidValue("phone", "12", "the English reason", code=code, params=params)
    assert str(exc) == "phone: the English reason ('12')"  # what the CLI prints
    assert user_message(exc) == str(exc)
    for language, field in (("ru", "Телефон"), ("fa", "تلفن")):
        in_language(language)  # type: ignore[operator]
        message = user_message(exc)
        assert message.lstrip("\u200f").startswith(field + ": ") and "\u206812\u2069" in message, message
        for value in params.values():
            if isinstance(value, int):
                assert _shown(value, language) in message, (value, message)
            elif isinstance(value, str):
                assert value in message, (value, message)
        assert not _words_left(message), message
        assert reason_text(exc.reason) in message


@pytest.mark.parametrize("code", sorted(SENTENCES))
def test_a_refusal_or_a_rejected_row_is_explained_in_russian_and_persian(
    in_language: object, code: str
) -> None:
    params = SENTENCES[code]
    exc = KaizenError(Reason("The English message", code, **params))
    assert str(exc) == "The English message" and user_message(exc) == "The English message"
    for language in ("ru", "fa"):
        in_language(language)  # type: ignore[operator]
        message = user_message(exc)
        assert message != "The English message" and message == reason_text(exc.args[0])
        for key, value in params.items():
            if isinstance(value, int) and key != "days":
                assert _shown(value, language) in message, (key, message)
            elif isinstance(value, str) and key in SHOWN_AS_IS:
                assert value in message, (key, message)
            elif isinstance(value, dt.datetime):
                # Persian dates are Solar Hijri: 2026-03-21 is 1405-01-01.
                day = jdatetime.date.fromgregorian(date=value.date()) if language == "fa" else value
                assert _shown(f"{day:%Y-%m-%d}", language) in message, (key, message)
        assert not _words_left(message), message


@pytest.mark.parametrize("code", sorted(FILES))
@pytest.mark.parametrize("row", [None, 12])
def test_a_file_that_cannot_be_read_is_explained_in_russian_and_persian(
    in_language: object, code: str, row: int | None
) -> None:
    params = FILES[code]
    exc = InputFileError("/tmp/export.csv", "the English reason", row, code=code, params=params)
    english = "/tmp/export.csv" + (", row 12" if row else "") + ": the English reason"
    assert str(exc) == english and user_message(exc) == english
    for language in ("ru", "fa"):
        in_language(language)  # type: ignore[operator]
        message = user_message(exc)
        assert message.lstrip("\u200f").startswith("\u2068/tmp/export.csv\u2069"), message
        shown = [*params.values(), *([row] if row else [])]
        for value in shown:
            assert (_shown(value, language) if isinstance(value, int) else value) in message, (value, message)
        assert not _words_left(FORMAT_NAMES.sub("", message)), message


def test_an_error_carried_in_a_reason_is_translated_as_itself(in_language: object) -> None:
    with pytest.raises(InvalidValue) as bad:
        normalise_phone("12")
    carrier = carried(bad.value)
    assert carrier == str(bad.value)  # a delivery's error: English for the CLI
    in_language("ru")  # type: ignore[operator]
    assert (
        reason_text(carrier)
        == "Телефон: слишком короткий или слишком длинный для номера телефона («\u206812\u2069»)"
    )


# --- real service errors, shown by real screens ---------------------------------------


# The offscreen platform says so whenever a window is shown or raised; nothing of ours.
@pytest.mark.qt_log_ignore(r"This plugin does not support (propagateSizeHints|raise)\(\)")
def test_capture_with_a_malformed_phone_says_so_in_russian(
    sqlite_engine: Engine, in_language: object, qtbot: QtBot
) -> None:
    with sqlite_engine.begin() as conn:
        ensure_reference_data(conn)
        operator = system_user_id(conn)
    in_language("ru")  # type: ignore[operator]
    window = CaptureWindow(sqlite_engine)
    qtbot.addWidget(window)
    window.open_capture()
    qtbot.waitExposed(window)
    form = window.form
    form.w.new_contact_box.show()
    form.w.new_contact["name"].setText("Борис")
    form.w.new_contact["phone"].setText("12")
    form.w.text.setPlainText("Курьер опоздал на два часа")
    form.w.save_button.click()
    qtbot.waitUntil(lambda: form.w.errors["phone"].isVisible(), timeout=5000)
    shown = form.w.errors["phone"].text()
    assert "слишком короткий или слишком длинный для номера телефона" in shown.lower(), shown
    assert not LATIN.findall(shown), shown
    # The same error from the same service, as the command line prints it: English.
    with sqlite_engine.connect() as conn:
        assert conn.execute(select(improvement.c.id)).first() is None
    with pytest.raises(KaizenError, match="too short or too long for a phone number"):
        save_items(
            sqlite_engine,
            [NewItem("Курьер опоздал")],
            logged_by=operator,
            new_contact=NewContact(name="Борис", phone="12"),
        )


def test_rejected_import_rows_are_listed_in_persian_and_stay_english_for_the_cli(
    sqlite_engine: Engine, in_language: object, tmp_path: Path, qtbot: QtBot
) -> None:
    path = tmp_path / "bad.csv"
    path.write_text(
        "№ анкеты;Дата;Почта;Оценка\r\n"
        "B-1;31.02.2026;;9\r\n"
        "B-2;01.03.2026;not-an-email;8\r\n"
        "B-3;01.03.2026;;\r\n",
        encoding="utf-8-sig",
    )
    report = import_survey(sqlite_engine, path, source="oem")
    english = dict(report.rejected)
    assert sorted(english) == [2, 3, 4] and "Дата '31.02.2026': not a date and time" in english[2]
    assert report.as_dict()["rows_rejected"][2]["reason"] == "no answers: every question column is empty"
    in_language("fa")  # type: ignore[operator]
    wizard = ImportWizard(sqlite_engine)
    qtbot.addWidget(wizard)
    wizard.report = report
    page = ReportPage(wizard)
    qtbot.addWidget(page)
    page.initializePage()
    model = page.rejected
    shown = {
        model.data(model.index(row, 0)): model.data(model.index(row, 1), Qt.ItemDataRole.DisplayRole)
        for row in range(model.rowCount())
    }
    assert set(shown) == {"2", "3", "4"}, shown
    assert "تاریخ و زمان نیست" in shown["2"] and "31.02.2026" in shown["2"]
    assert "نشانی ایمیل معتبر نیست" in shown["3"] and "not-an-email" in shown["3"]
    assert shown["4"] == "پاسخی نیست: همهٔ ستون‌های پرسش خالی‌اند"
    for reason in shown.values():
        assert not _words_left(reason), reason
    assert dict(report.rejected) == english  # the report itself keeps the English the CLI prints
