"""The language at start-up (setting, system, override), Qt's own texts, the locale, the settings dialog."""

from __future__ import annotations

import sys
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QProcess, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QComboBox, QDialogButtonBox, QMessageBox, QSpinBox
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine

from app import settings
from ui import i18n
from ui.application import create_application
from ui.main_window import MainWindow
from ui.settings_dialog import SettingsDialog

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support (propagateSizeHints|raise)\(\)")


@pytest.fixture(autouse=True)
def back_to_english(qapp: QApplication, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.delenv(i18n.ENV_VAR, raising=False)
    yield
    i18n.apply_language(qapp, "en")


def _cancel_text() -> str:
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    return box.button(QDialogButtonBox.StandardButton.Cancel).text()


def test_the_language_setting_applies_at_start_up(qapp: QApplication) -> None:
    settings.current().set(settings.LANGUAGE, "fa")
    app = create_application()
    assert i18n.current_language() == "fa"
    assert app.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert QCoreApplication.translate("MainWindow", "&File") == "&پرونده"
    assert QLocale().toString(1234) == "۱٬۲۳۴"  # Persian digits in the UI
    assert _cancel_text() == "انصراف"  # Qt's own buttons, from qtbase_fa

    settings.current().set(settings.LANGUAGE, "ru")
    create_application()
    assert app.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert QCoreApplication.translate("MainWindow", "%Ln items", "", 3) == "3 обращения"
    assert QCoreApplication.translate("MainWindow", "%Ln items", "", 5) == "5 обращений"
    assert _cancel_text() == "Отмена"


def test_system_follows_the_system_languages_and_falls_back_to_english() -> None:
    assert i18n.system_language(QLocale("ru_RU")) == "ru"
    assert i18n.system_language(QLocale("fa_IR")) == "fa"
    assert i18n.system_language(QLocale("de_DE")) == "en"
    assert settings.current().get(settings.LANGUAGE) == "system"
    assert i18n.chosen_language() == i18n.system_language()


def test_the_environment_overrides_the_setting_for_one_run(
    qapp: QApplication, monkeypatch: pytest.MonkeyPatch
) -> None:
    settings.current().set(settings.LANGUAGE, "fa")
    monkeypatch.setenv(i18n.ENV_VAR, "ru")
    assert i18n.apply_language(qapp) == "ru"
    monkeypatch.setenv(i18n.ENV_VAR, "pseudo")
    assert i18n.apply_language(qapp) == "pseudo"
    assert QCoreApplication.translate("MainWindow", "&Quit").startswith("[&Quit~")


def test_english_again_removes_every_translation(qapp: QApplication) -> None:
    i18n.apply_language(qapp, "ru")
    i18n.apply_language(qapp, "en")
    assert QCoreApplication.translate("MainWindow", "&File") == "&File"
    assert _cancel_text() == "Cancel"
    # English on this (C or English) system: the system's own formats, not the last language's.
    assert QLocale().toString(1234) == QLocale.system().toString(1234)


def test_file_menu_opens_the_settings_with_ctrl_comma(sample_engine: Engine, qtbot: QtBot) -> None:
    window = MainWindow(sample_engine)
    qtbot.addWidget(window)
    file_menu = window.menuBar().actions()[0].menu()
    texts = [a.text() for a in file_menu.actions() if not a.isSeparator()]
    assert texts.index("&Settings…") == texts.index("&Quit") - 1
    action = file_menu.actions()[[a.text() for a in file_menu.actions()].index("&Settings…")]
    assert action.shortcut() == QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_Comma)
    action.trigger()
    dialog = window.findChild(SettingsDialog)
    assert dialog is not None and dialog.isVisible()


def test_the_dialog_saves_the_language_and_declined_restart_changes_nothing_else(
    qtbot: QtBot, fresh_settings: object
) -> None:
    dialog = SettingsDialog()
    qtbot.addWidget(dialog)
    combo = dialog.language
    assert isinstance(combo, QComboBox)
    assert [combo.itemData(i) for i in range(combo.count())] == ["system", "en", "ru", "fa"]
    assert combo.itemText(3) == "فارسی"
    combo.setCurrentIndex(combo.findData("ru"))
    with qtbot.waitSignal(dialog.language_changed) as changed:
        dialog.accept()  # the restart question is answered "no" (tests/ui/conftest.py)
    assert changed.args == ["ru"]
    assert settings.reload().get(settings.LANGUAGE) == "ru"


def test_every_registered_setting_has_an_editor_and_is_saved(qtbot: QtBot) -> None:
    dialog = SettingsDialog()
    qtbot.addWidget(dialog)
    assert set(dialog.editors) == set(settings.REGISTRY)
    ints = [s for s in settings.REGISTRY.values() if s.type is int]
    for setting in ints:
        editor = dialog.editors[setting.key]
        assert isinstance(editor, QSpinBox)
        editor.setValue(setting.default + 1)
    dialog.accept()
    for setting in ints:
        assert settings.reload().get(setting) == setting.default + 1


def test_a_restart_starts_the_same_command_line_and_quits(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, sample_engine: Engine
) -> None:
    started: list[tuple[str, list[str], str]] = []
    monkeypatch.setattr(
        QProcess,
        "startDetached",
        staticmethod(lambda program, args, cwd: started.append((program, args, cwd)) or (True, 1)),
    )
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *_a: QMessageBox.StandardButton.Yes))
    quits: list[bool] = []
    monkeypatch.setattr(QApplication, "quit", staticmethod(lambda: quits.append(True)))
    window = MainWindow(sample_engine)
    qtbot.addWidget(window)
    window.show()
    dialog = SettingsDialog(window)
    dialog.language.setCurrentIndex(dialog.language.findData("fa"))  # type: ignore[attr-defined]
    dialog.accept()
    assert started and started[0][0] == sys.executable
    assert started[0][1] == i18n.restart_arguments()
    assert not window.isVisible() and quits == [True]


def test_restart_arguments_keep_a_module_run(monkeypatch: pytest.MonkeyPatch) -> None:
    import types

    main = types.ModuleType("__main__")
    main.__spec__ = types.SimpleNamespace(name="ui.main_window")  # type: ignore[assignment]
    monkeypatch.setitem(sys.modules, "__main__", main)
    monkeypatch.setattr(sys, "argv", ["/x/ui/main_window.py", "--db", "sqlite:///a.db"])
    assert i18n.restart_arguments() == ["-m", "ui.main_window", "--db", "sqlite:///a.db"]
    main.__spec__ = None
    assert i18n.restart_arguments() == ["/x/ui/main_window.py", "--db", "sqlite:///a.db"]


@pytest.mark.parametrize(
    ("language", "percent", "count"),
    # English follows the system's own locale (grouping differs by machine), so it is not pinned here.
    [("ru", "93,5%", "8\u00a0453"), ("fa", "۹۳٫۵٪", "۸٬۴۵۳")],
)
def test_figures_are_written_in_the_language_s_digits_and_signs(
    qapp: QApplication, language: str, percent: str, count: str
) -> None:
    i18n.apply_language(qapp, language)
    try:
        assert i18n.local_percent(0.935, 1) == percent
        assert i18n.local_number(8453) == count
    finally:
        i18n.apply_language(qapp, "en")


def test_persian_dates_are_solar_hijri_in_text_and_in_date_boxes(
    qapp: QApplication, sample_engine: Engine, qtbot: QtBot
) -> None:
    import datetime as dt

    from PySide6.QtCore import QDate

    from ui.workflow.inbox_filters import InboxFilterBar

    i18n.apply_language(qapp, "fa")
    assert i18n.local_date(dt.date(2026, 11, 23)) == "۱۴۰۵-۰۹-۰۲"
    bar = InboxFilterBar(sample_engine, user_id=None)
    qtbot.addWidget(bar)
    bar.date_from.setDate(QDate(2026, 3, 21))
    assert bar.date_from.text() == "۱۴۰۵-۰۱-۰۱"  # year first, as typed, though the window is right to left
    assert bar.date_from.date() == QDate(2026, 3, 21)  # the value stays the same day
    i18n.apply_language(qapp, "ru")
    assert i18n.local_date(dt.date(2026, 11, 23)) == "2026-11-23"
