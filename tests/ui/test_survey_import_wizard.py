"""The survey import wizard driven end to end on real files: Windows-1251 CSV, XLSX, broken files."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from openpyxl import Workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine, func, select

from app.survey_mapping import Identity, load_mapping
from db.tables import answer, contact_point, question, survey_response
from ui.models.survey_text_table import SurveyTextTableModel
from ui.surveys.column_mapping import IGNORE, QUESTION
from ui.surveys.import_wizard import (
    CONFIRM_PAGE,
    FILE_PAGE,
    MAPPING_PAGE,
    PREVIEW_PAGE,
    REPORT_PAGE,
    ImportWizard,
)

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support (propagateSizeHints|raise)\(\)")

HEADER = "№ анкеты;Дата;ФИО;Почта;Телефон;Порекомендуете ли вы нас другу?;Комментарий"
ROWS = [
    "1001;10.03.2026 14:05;Иван Петров;ivan@mail.ru;8 (916) 123-45-67;9;Всё хорошо",
    "1002;11.03.2026;Мария Сидорова;;+7 903 000-00-01;7;Долго ждала; очень",
    "1002;11.03.2026;Мария Сидорова;;+7 903 000-00-01;7;Долго ждала; очень",  # exported twice
]


def _cp1251(path: Path, lines: list[str]) -> Path:
    # The comment with a semicolon is quoted, as exporting systems do.
    fixed = [line.replace("Долго ждала; очень", '"Долго ждала; очень"') for line in lines]
    path.write_bytes(("\r\n".join(fixed) + "\r\n").encode("cp1251"))
    return path


def _wizard(engine: Engine, qtbot: QtBot) -> ImportWizard:
    wizard = ImportWizard(engine)
    qtbot.addWidget(wizard)
    wizard.show()
    return wizard


def _next(wizard: ImportWizard, qtbot: QtBot, page: int) -> None:
    button = wizard.button(QWizard.WizardButton.NextButton)
    qtbot.waitUntil(button.isEnabled)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.currentId() == page, timeout=10_000)


def _choose_file(wizard: ImportWizard, qtbot: QtBot, path: Path, source: str) -> None:
    page = wizard.file_page
    page.path_edit.setFocus()
    qtbot.keyClicks(page.path_edit, str(path))
    page.source_box.setEditText(source)


def test_windows_1251_csv_from_file_to_report_and_the_mapping_is_saved(
    sqlite_engine: Engine, qtbot: QtBot, tmp_path: Path, qtmodeltester
) -> None:
    path = _cp1251(tmp_path / "call_centre.csv", [HEADER, *ROWS])
    wizard = _wizard(sqlite_engine, qtbot)
    _choose_file(wizard, qtbot, path, "call_centre")
    _next(wizard, qtbot, PREVIEW_PAGE)

    preview = wizard.preview_page
    assert "Windows-1251" in preview.format_label.text()
    assert "semicolon (;)" in preview.format_label.text()
    model = preview.model
    qtmodeltester.check(model)
    assert model.rowCount() == 3 and model.row_values(1)[0] == "3"  # spreadsheet row numbers
    assert model.row_values(1)[7] == "Долго ждала; очень"  # the quoted semicolon stays in its cell

    _next(wizard, qtbot, MAPPING_PAGE)
    editor = wizard.mapping_page.editor
    assert editor.roles() == {
        "№ анкеты": Identity.RESPONSE_ID,
        "Дата": Identity.DATE,
        "ФИО": Identity.NAME,
        "Почта": Identity.EMAIL,
        "Телефон": Identity.PHONE,
        "Порекомендуете ли вы нас другу?": QUESTION,
        "Комментарий": QUESTION,
    }
    # Two e-mail columns are refused with a reason, and Next stays off until fixed.
    editor.set_role("Телефон", Identity.EMAIL)
    assert "Two columns are marked as E-mail" in wizard.mapping_page.problem.text()
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    # With the keyboard: the phone column is ignored after all.
    box = editor.role_box("Телефон")
    box.setFocus()
    while box.currentData() != IGNORE:
        qtbot.keyClick(box, Qt.Key.Key_Down)
    assert wizard.mapping_page.problem.isHidden()
    code = editor.code_box("Порекомендуете ли вы нас другу?")
    code.selectAll()
    qtbot.keyClicks(code, "nps")

    _next(wizard, qtbot, CONFIRM_PAGE)
    summary = wizard.confirm_page.summary.text()
    assert "Ignored columns: Телефон" in summary and "Questions: 2" in summary
    with qtbot.waitSignal(wizard.import_finished, timeout=20_000) as finished:
        qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    report = finished.args[0]
    qtbot.waitUntil(lambda: wizard.currentId() == REPORT_PAGE)
    assert report.committed
    assert (report.rows_read, report.responses_added, report.duplicates_skipped) == (3, 2, 1)
    assert (report.contacts_created, report.rejected) == (2, [])
    figures = wizard.report_page.figures.text()
    assert "Rows read: 3" in figures and "Duplicates skipped: 1" in figures
    assert "Contacts created: 2" in figures and "Rows rejected: 0" in figures
    assert wizard.report_page.rejected_view.isHidden()

    with sqlite_engine.connect() as conn:
        codes = set(conn.execute(select(question.c.code)).scalars())
        answers = conn.execute(select(func.count()).select_from(answer)).scalar()
        phones = conn.execute(select(func.count()).where(contact_point.c.kind == "phone")).scalar()
        saved = load_mapping(conn, "call_centre")
    assert codes == {"nps", "Комментарий"} and answers == 4 and phones == 0
    assert saved is not None and saved.ignore == ["Телефон"]
    assert saved.questions["Порекомендуете ли вы нас другу?"].code == "nps"

    # Next time the same source offers the saved mapping, and re-importing adds nothing.
    wizard.start_over(str(path), "call_centre")
    _next(wizard, qtbot, PREVIEW_PAGE)
    _next(wizard, qtbot, MAPPING_PAGE)
    assert "As mapped for call_centre last time" in wizard.mapping_page.origin.text()
    assert editor.roles()["Телефон"] == IGNORE
    assert editor.code_box("Порекомендуете ли вы нас другу?").text() == "nps"
    _next(wizard, qtbot, CONFIRM_PAGE)
    with qtbot.waitSignal(wizard.import_finished, timeout=20_000) as again:
        qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    assert (again.args[0].responses_added, again.args[0].duplicates_skipped) == (0, 3)


def test_xlsx_made_with_openpyxl_imports_with_dates_and_numbers(
    sqlite_engine: Engine, qtbot: QtBot, tmp_path: Path
) -> None:
    book = Workbook()
    sheet = book.active
    sheet.append(
        ["Response ID", "Completed", "Name", "E-mail", "How likely are you to recommend us?", "Note"]
    )
    sheet.append([1, dt.datetime(2026, 3, 2, 9, 30), "Anna Smith", "anna@example.org", 9, "Quick"])
    sheet.append([2, dt.datetime(2026, 3, 3, 17, 0), "مریم احمدی", "maryam@example.ir", 10, "خیلی خوب"])
    path = tmp_path / "dealer.xlsx"
    book.save(path)
    wizard = _wizard(sqlite_engine, qtbot)
    _choose_file(wizard, qtbot, path, "dealer_esurvey")
    _next(wizard, qtbot, PREVIEW_PAGE)
    assert "XLSX" in wizard.preview_page.format_label.text()
    assert wizard.preview_page.model.row_values(1)[1:3] == ["2", "2026-03-03T17:00:00"]
    _next(wizard, qtbot, MAPPING_PAGE)
    assert wizard.mapping_page.editor.roles()["Completed"] == Identity.DATE
    _next(wizard, qtbot, CONFIRM_PAGE)
    with qtbot.waitSignal(wizard.import_finished, timeout=20_000) as finished:
        qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    assert finished.args[0].responses_added == 2
    with sqlite_engine.connect() as conn:
        when = sorted(conn.execute(select(survey_response.c.responded_at)).scalars())
        numbers = sorted(
            conn.execute(select(answer.c.value_number).where(answer.c.value_number.is_not(None)))
        )
    assert when == [dt.datetime(2026, 3, 2, 9, 30), dt.datetime(2026, 3, 3, 17, 0)]
    assert [n for (n,) in numbers] == [9.0, 10.0]


def test_an_unreadable_file_is_said_so_on_the_file_page(
    sqlite_engine: Engine, qtbot: QtBot, tmp_path: Path
) -> None:
    broken = tmp_path / "export.xlsx"
    broken.write_bytes(b"PK\x03\x04 this is no workbook")
    wizard = _wizard(sqlite_engine, qtbot)
    _choose_file(wizard, qtbot, broken, "dealer")
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    error = wizard.file_page.error
    qtbot.waitUntil(lambda: not error.isHidden(), timeout=10_000)
    assert "export.xlsx" in error.text() and "not a readable XLSX workbook" in error.text()
    assert wizard.currentId() == FILE_PAGE
    # Another file clears the message, and a missing one is named too.
    wizard.file_page.path_edit.setText(str(tmp_path / "missing.csv"))
    assert error.isHidden()
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not error.isHidden(), timeout=10_000)
    assert "missing.csv: file not found" in error.text()


def test_rejected_rows_are_listed_and_nothing_is_written(
    sqlite_engine: Engine, qtbot: QtBot, tmp_path: Path, qtmodeltester
) -> None:
    path = _cp1251(
        tmp_path / "bad.csv",
        [
            HEADER,
            "1;31.02.2026;Иван;ivan@mail.ru;;5;",
            "2;01.03.2026;Анна;no-email;;4;",
            "3;01.03.2026;Олег;;;3;",
        ],
    )
    wizard = _wizard(sqlite_engine, qtbot)
    _choose_file(wizard, qtbot, path, "bad")
    _next(wizard, qtbot, PREVIEW_PAGE)
    _next(wizard, qtbot, MAPPING_PAGE)
    _next(wizard, qtbot, CONFIRM_PAGE)
    with qtbot.waitSignal(wizard.import_finished, timeout=20_000):
        qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    page = wizard.report_page
    assert "Nothing was imported: 2 row(s) were rejected" in page.headline.text()
    rejected: SurveyTextTableModel = page.rejected
    qtmodeltester.check(rejected)
    assert [rejected.row_values(r)[0] for r in range(rejected.rowCount())] == ["2", "3"]
    assert "Дата '31.02.2026': not a date" in rejected.row_values(0)[1]
    assert "Почта 'no-email'" in rejected.row_values(1)[1]
    with sqlite_engine.connect() as conn:
        assert conn.execute(select(func.count()).select_from(survey_response)).scalar() == 0


def test_stopping_the_import_writes_nothing(sqlite_engine: Engine, qtbot: QtBot, tmp_path: Path) -> None:
    lines = [HEADER] + [f"{n};10.03.2026;Клиент {n};c{n}@mail.ru;;{n % 11};" for n in range(1, 30_001)]
    path = _cp1251(tmp_path / "big.csv", lines)
    wizard = _wizard(sqlite_engine, qtbot)
    _choose_file(wizard, qtbot, path, "big")
    _next(wizard, qtbot, PREVIEW_PAGE)
    _next(wizard, qtbot, MAPPING_PAGE)
    _next(wizard, qtbot, CONFIRM_PAGE)
    page = wizard.confirm_page
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    assert page.is_running() and page.cancel_button.isVisible()
    qtbot.mouseClick(page.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page.error.isHidden(), timeout=20_000)
    assert page.error.text() == "Cancelled: nothing was imported."
    assert wizard.currentId() == CONFIRM_PAGE and wizard.button(QWizard.WizardButton.BackButton).isEnabled()
    with sqlite_engine.connect() as conn:
        assert conn.execute(select(func.count()).select_from(survey_response)).scalar() == 0
