"""Each main screen in English, Russian and Persian: no English text left, Persian right to left.

Every screen is built once per language on one small sample database; the
walk reads what a user reads: window titles, labels, buttons, tabs, group
titles, placeholders, tooltips, menus and actions, combo box entries and table
headers. Texts that come from the data (names, titles, category names ...) are
taken out first: the test is about the UI's own words.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QTabBar,
    QTableView,
    QTextEdit,
    QTreeView,
    QWidget,
)
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine, MetaData, String, Text, select

from app import demo_data
from db.engine import make_engine
from db.migrate import upgrade_to_head
from ui import background, i18n

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support (propagateSizeHints|raise)\(\)")

LANGUAGES = ("en", "ru", "fa")
WAIT_MS = 20_000
# Latin words a Russian or Persian UI keeps: the product's name, file formats, key names, units.
ALLOWED = {
    "Kaizen", "Desk", "PDF", "CSV", "XLSX", "SMS", "UTC", "PDCA", "Ctrl", "Shift", "Enter", "Esc",
    "Alt", "Space", "Tab", "Del", "Backspace", "Return", "pdf", "csv", "xlsx", "ID", "OK", "NPS", "CSAT",
    "Left", "Right", "Up", "Down", "Home", "End", "PgUp", "PgDown",
}  # fmt: skip
# Each language's own name in the language menu, and example e-mail addresses, stay as they are.
NATIVE = set(i18n.NATIVE_NAMES.values())
E_MAIL = re.compile(r"\S+@\S+")
CODE = re.compile(r"\w*_\w*")  # an identifier the user types as is (dealer_esurvey)
LATIN_WORD = re.compile(r"[A-Za-z]{2,}")
TAGS = re.compile(r"<[^>]+>")


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Engine]:
    """One small sample database for every screen and language (demo data in three languages)."""
    folder = tmp_path_factory.mktemp("i18n-screens")
    eng = make_engine(f"sqlite:///{folder / 'kaizen.db'}")
    upgrade_to_head(eng)
    demo_data.generate(eng, items=150, seed=1)
    yield eng
    background.wait_for_all(10_000)
    eng.dispose()


@pytest.fixture(scope="module")
def data_texts(engine: Engine) -> list[str]:
    """Every text stored in the sample database, longest first (taken out of what a widget shows)."""
    meta = MetaData()
    meta.reflect(engine)
    found: set[str] = set()
    with engine.connect() as conn:
        for table in meta.sorted_tables:
            columns = [c for c in table.columns if isinstance(c.type, String | Text)]
            if not columns:
                continue
            for row in conn.execute(select(*columns)):
                for value in row:
                    if isinstance(value, str) and len(value.strip()) >= 2:
                        found.add(value.strip())
                        found.update(line.strip() for line in value.splitlines() if len(line.strip()) >= 2)
    return sorted(found, key=len, reverse=True)


@pytest.fixture(params=LANGUAGES)
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    i18n.apply_language(qapp, request.param)
    yield request.param
    i18n.apply_language(qapp, "en")


# -- the screens ---------------------------------------------------------------------------


def _settle(qtbot: QtBot, *widgets: QWidget) -> None:
    """Wait until no screen (or part of one) is loading in the background."""

    def idle() -> bool:
        for widget in widgets:
            for w in [widget, *widget.findChildren(QWidget)]:
                busy = getattr(w, "is_busy", None)
                if callable(busy) and busy():
                    return False
        return True

    qtbot.waitUntil(idle, timeout=WAIT_MS)
    # Work a screen started without a busy flag (look-ups, model loading) ends and is delivered.
    assert background.wait_for_all(WAIT_MS)
    QApplication.processEvents()


def _operator(engine: Engine) -> int:
    from ui.capture.window import current_operator

    return current_operator(engine).id


def _improvement(engine: Engine, stages: tuple[str, ...] = ()) -> int:
    from db.tables import feedback_item, improvement

    query = select(improvement.c.id).join(feedback_item, feedback_item.c.improvement_id == improvement.c.id)
    if stages:
        query = query.where(improvement.c.stage.in_(stages))
    with engine.connect() as conn:
        return conn.execute(query.order_by(improvement.c.id).limit(1)).scalar_one()


def main_window(engine: Engine, qtbot: QtBot, _tmp: Path) -> list[QWidget]:
    from ui.main_window import MainWindow

    window = MainWindow(engine)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.model().count() is not None, timeout=WAIT_MS)
    return [window]


def capture(engine: Engine, qtbot: QtBot, _tmp: Path) -> list[QWidget]:
    from ui.capture.window import CaptureWindow

    window = CaptureWindow(engine)
    qtbot.addWidget(window)
    window.open_capture()
    _settle(qtbot, window)
    return [window]


def inbox_and_board(engine: Engine, qtbot: QtBot, _tmp: Path) -> list[QWidget]:
    from ui.workflow.window import WorkflowWindow

    window = WorkflowWindow(engine, user_id=_operator(engine))
    qtbot.addWidget(window)
    window.show()
    _settle(qtbot, window)
    return [window]


def board(engine: Engine, qtbot: QtBot, _tmp: Path) -> list[QWidget]:
    from ui.workflow.window import WorkflowWindow

    window = WorkflowWindow(engine, user_id=_operator(engine))
    qtbot.addWidget(window)
    window.show()
    window.show_board()
    _settle(qtbot, window)
    return [window]


def improvement_detail(engine: Engine, qtbot: QtBot, _tmp: Path) -> list[QWidget]:
    from ui.workflow.detail import ImprovementDetailView

    view = ImprovementDetailView(engine)
    qtbot.addWidget(view)
    view.show()
    with qtbot.waitSignal(view.detail_loaded, timeout=WAIT_MS):
        view.show_improvement(_improvement(engine))
    return [view]


def dashboard(engine: Engine, qtbot: QtBot, _tmp: Path) -> list[QWidget]:
    from ui.dashboard.window import DashboardWindow

    window = DashboardWindow(engine)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.figures() is not None and not window.is_busy(), timeout=WAIT_MS)
    return [window]


def settings_dialog(engine: Engine, qtbot: QtBot, _tmp: Path) -> list[QWidget]:
    from ui.settings_dialog import SettingsDialog

    dialog = SettingsDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    return [dialog]


def review_queue(engine: Engine, qtbot: QtBot, tmp: Path) -> list[QWidget]:
    from ui.classification.review_queue import ReviewQueueWindow

    window = ReviewQueueWindow(engine, model_dir=tmp / "models")
    qtbot.addWidget(window)
    window.show()
    _settle(qtbot, window)
    return [window]


def reply_composer(engine: Engine, qtbot: QtBot, _tmp: Path) -> list[QWidget]:
    from ui.workflow.reply_composer import ReplyComposerDialog

    dialog = ReplyComposerDialog(
        engine,
        improvement_id=_improvement(engine, ("accepted", "declined", "act")),
        user_id=_operator(engine),
    )
    qtbot.addWidget(dialog)
    dialog.show()
    _settle(qtbot, dialog)
    return [dialog]


def phone_survey(engine: Engine, qtbot: QtBot, _tmp: Path) -> list[QWidget]:
    from ui.surveys.phone_survey import PhoneSurveyWindow

    window = PhoneSurveyWindow(engine, operator_id=_operator(engine))
    qtbot.addWidget(window)
    window.open_call()
    _settle(qtbot, window)
    return [window]


def import_wizard(engine: Engine, qtbot: QtBot, _tmp: Path) -> list[QWidget]:
    from ui.surveys.import_wizard import ImportWizard

    wizard = ImportWizard(engine)
    qtbot.addWidget(wizard)
    wizard.show()
    _settle(qtbot, wizard)
    return [wizard]


def match_review(engine: Engine, qtbot: QtBot, _tmp: Path) -> list[QWidget]:
    from ui.surveys.match_review import MatchReviewWindow

    window = MatchReviewWindow(engine, user_id=_operator(engine))
    qtbot.addWidget(window)
    window.show()
    _settle(qtbot, window)
    return [window]


def canonical_questions(engine: Engine, qtbot: QtBot, _tmp: Path) -> list[QWidget]:
    from ui.surveys.canonical_questions import CanonicalQuestionsWindow

    window = CanonicalQuestionsWindow(engine)
    qtbot.addWidget(window)
    window.show()
    _settle(qtbot, window)
    return [window]


def evaluation(engine: Engine, qtbot: QtBot, _tmp: Path) -> list[QWidget]:
    from ui.classification.evaluation import EvaluationWindow

    window = EvaluationWindow(engine)
    qtbot.addWidget(window)
    window.show()
    _settle(qtbot, window)
    return [window]


def overdue(engine: Engine, qtbot: QtBot, _tmp: Path) -> list[QWidget]:
    from ui.workflow.window import WorkflowWindow

    window = WorkflowWindow(engine, user_id=_operator(engine))
    qtbot.addWidget(window)
    window.show()
    window.show_overdue()
    _settle(qtbot, window)
    return [window]


def log_view(engine: Engine, qtbot: QtBot, _tmp: Path) -> list[QWidget]:
    from app import logs
    from ui.log_view import LogWindow

    logs.configure()
    window = LogWindow()
    qtbot.addWidget(window)
    window.show()
    return [window]


SCREENS: dict[str, Callable[[Engine, QtBot, Path], list[QWidget]]] = {
    "main window": main_window,
    "capture": capture,
    "inbox": inbox_and_board,
    "board": board,
    "improvement detail": improvement_detail,
    "dashboard": dashboard,
    "settings": settings_dialog,
    "review queue": review_queue,
    "reply composer": reply_composer,
    "phone survey": phone_survey,
    "import wizard": import_wizard,
    "match review": match_review,
    "canonical questions": canonical_questions,
    "evaluation": evaluation,
    "overdue": overdue,
    "log": log_view,
}


# -- what a user reads ------------------------------------------------------------------------


def _menu_texts(menu: QMenu, where: str) -> Iterator[tuple[str, str]]:
    yield from _action_texts(menu.actions(), where)


def _action_texts(actions: list[QAction], where: str) -> Iterator[tuple[str, str]]:
    for action in actions:
        if action.isSeparator():
            continue
        yield f"{where} action", action.text()
        yield f"{where} action tooltip", action.toolTip() if action.toolTip() != action.text() else ""
        if action.menu() is not None:
            yield from _menu_texts(action.menu(), f"{where} › {action.text()}")


def _header_texts(model: QAbstractItemModel | None, where: str) -> Iterator[tuple[str, str]]:
    if model is None:
        return
    for column in range(model.columnCount(QModelIndex())):
        for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            value = model.headerData(column, Qt.Orientation.Horizontal, role)
            if isinstance(value, str):
                yield f"{where} header {column}", value


def visible_texts(window: QWidget) -> Iterator[tuple[str, str]]:
    """(where, text) for every text of ``window`` and its widgets a user can read."""
    for w in [window, *window.findChildren(QWidget)]:
        where = f"{type(w).__name__}({w.objectName()})"
        if w.isWindow():
            yield f"{where} title", w.windowTitle()
        yield f"{where} tooltip", w.toolTip()
        yield f"{where} whatsThis", w.whatsThis()
        if isinstance(w, QLabel | QAbstractButton):
            yield where, w.text()
        elif isinstance(w, QLineEdit | QTextEdit | QPlainTextEdit):
            yield f"{where} placeholder", w.placeholderText()
        elif isinstance(w, QGroupBox):
            yield where, w.title()
        elif isinstance(w, QTabBar):
            for i in range(w.count()):
                yield f"{where} tab {i}", w.tabText(i)
                yield f"{where} tab {i} tooltip", w.tabToolTip(i)
        elif isinstance(w, QComboBox):
            for i in range(w.count()):
                yield f"{where} item {i}", w.itemText(i)
        elif isinstance(w, QAbstractSpinBox):
            yield f"{where} special value", w.specialValueText()
        if isinstance(w, QTableView | QTreeView):
            yield from _header_texts(w.model(), where)
        if isinstance(w, QMenu):
            yield from _menu_texts(w, where)
        yield from _action_texts(w.actions(), where)


def english_words(text: str, data: list[str]) -> list[str]:
    """Latin words in ``text`` that are neither data nor allowed (names of keys, formats ...)."""
    text = CODE.sub(" ", E_MAIL.sub(" ", TAGS.sub(" ", text)))
    for value in [*data, *NATIVE]:
        if value in text:  # the whole value, not part of a word ("en" inside "Recipient")
            text = re.sub(rf"(?<!\w){re.escape(value)}(?!\w)", " ", text)
    return [w for w in LATIN_WORD.findall(text) if w not in ALLOWED]


def _save_screenshots(windows: list[QWidget], screen: str, language: str) -> None:
    """With KAIZEN_SCREENSHOTS=folder, each window as a PNG to look at (truncation, overlap, direction)."""
    folder = os.environ.get("KAIZEN_SCREENSHOTS")
    if not folder:
        return
    Path(folder).mkdir(parents=True, exist_ok=True)
    for i, window in enumerate(windows):
        window.grab().save(str(Path(folder) / f"{screen.replace(' ', '_')}-{language}-{i}.png"))


@pytest.mark.parametrize("screen", SCREENS)
def test_each_screen_speaks_the_chosen_language(
    screen: str, language: str, engine: Engine, data_texts: list[str], qtbot: QtBot, tmp_path: Path
) -> None:
    windows = SCREENS[screen](engine, qtbot, tmp_path)
    _save_screenshots(windows, screen, language)
    texts = [(where, text) for window in windows for where, text in visible_texts(window) if text.strip()]
    assert len(texts) >= 3, f"{screen}: the walk found almost no text"
    if language == "en":
        return  # the sources are English; the walk itself is what is checked here
    first_place: dict[str, str] = {}
    for where, text in texts:
        if (words := english_words(text, data_texts)) and text not in first_place:
            first_place[text] = f"{where}: {text!r} ({' '.join(words)})"
    left = sorted(first_place.values())
    assert not left, f"{screen} in {language}: English text left:\n" + "\n".join(left)
    for window in windows:
        expected = Qt.LayoutDirection.RightToLeft if language == "fa" else Qt.LayoutDirection.LeftToRight
        assert window.layoutDirection() == expected, f"{screen}: {type(window).__name__} direction"
