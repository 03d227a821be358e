"""The models load in the background after start-up; the window never waits for scikit-learn."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine
from test_classification_review_queue import fill

from app.tasks import TaskState
from classifiers import suggest, training
from ui.application import load_classifiers
from ui.classification.evaluation import EvaluationWindow
from ui.classification.review_queue import ReviewQueueWindow
from ui.main_window import MainWindow
from ui.models.review_queue_model import Column, ReviewQueueModel

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support (propagateSizeHints|raise)\(\)")

FIRST_PAINT = """
import sys
from PySide6.QtWidgets import QApplication
from ui.application import create_application, open_database
from ui.main_window import MainWindow
app = create_application()
window = MainWindow(open_database(sys.argv[1]))
window.show()
app.processEvents()
titles = [a.text() for a in window.classification_menu.actions() if a.text()]
print("sklearn" in sys.modules, "numpy" in sys.modules, titles)
"""


def test_first_paint_imports_no_scikit_learn(sqlite_url: str, tmp_path: Path) -> None:
    """With trained models in the database, start-up to the first paint still imports none of it."""
    from db.engine import make_engine
    from db.migrate import upgrade_to_head

    engine = make_engine(sqlite_url)
    upgrade_to_head(engine)
    fill(engine)
    training.train_models(engine)  # beside the database, where the window looks
    engine.dispose()
    env = {"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"}
    out = subprocess.run(
        [sys.executable, "-c", FIRST_PAINT, sqlite_url],
        capture_output=True,
        text=True,
        check=True,
        cwd=Path(__file__).parents[2],
        env={**env, "XDG_RUNTIME_DIR": str(tmp_path), "HOME": str(tmp_path)},
        timeout=60,
    )
    assert out.stdout.strip() == (
        "False False ['&Review suggestions…', '&Train classifiers…', '&How good are the suggestions?']"
    )


def test_background_load_then_suggestions_come_at_once(sqlite_engine: Engine, tmp_path: Path) -> None:
    fill(sqlite_engine)
    assert load_classifiers(TaskState(), sqlite_engine) is False  # nothing trained: nothing to load
    training.train_models(sqlite_engine)
    suggester = suggest.ModelSuggester(sqlite_engine)
    assert load_classifiers(TaskState(), sqlite_engine) is True
    assert suggester.is_ready
    loaded = suggest.load_models(sqlite_engine)
    assert suggest.load_models(sqlite_engine)["category"] is loaded["category"]  # shared, not loaded again
    suggestion = suggester("курьер опоздал, посылка не пришла")
    assert suggestion is not None and suggestion.kind == "complaint"
    # A newly trained model replaces the loaded one at the next call.
    training.train_models(sqlite_engine, targets=("category",))
    assert suggest.load_models(sqlite_engine)["category"] is not loaded["category"]
    assert suggest.load_models(sqlite_engine)["kind"] is loaded["kind"]


def test_review_queue_says_model_loading_until_loaded(
    qtbot: QtBot, sqlite_engine: Engine, tmp_path: Path
) -> None:
    fill(sqlite_engine)
    training.train_models(sqlite_engine, tmp_path)
    with suggest._lock:  # the load cannot finish while the test holds the lock
        model = ReviewQueueModel(sqlite_engine, threshold=1.0, model_dir=tmp_path)
        assert model.index(0, Column.ALTERNATIVES).data() == "model loading…"
    qtbot.waitUntil(lambda: model.alternatives(0) is not None, timeout=20_000)
    assert model.index(0, Column.ALTERNATIVES).data().startswith("1 ")


def test_menu_opens_the_screens(qtbot: QtBot, sqlite_engine: Engine) -> None:
    fill(sqlite_engine)
    window = MainWindow(sqlite_engine)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    window.table().setFocus()
    qtbot.waitUntil(window.table().hasFocus)
    qtbot.keyClick(window.table(), Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.classification._review is not None)
    review = window.classification._review
    assert isinstance(review, ReviewQueueWindow) and review.isVisible()
    qtbot.waitUntil(lambda: review.model.count() == 5)
    window.classification.evaluation_action.trigger()
    evaluation = window.classification._evaluation
    assert isinstance(evaluation, EvaluationWindow) and evaluation.isVisible()
    qtbot.waitUntil(lambda: "No model is trained yet" in evaluation.verdict.text())
