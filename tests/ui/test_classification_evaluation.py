"""The evaluation screen shows the held-out figures of the active model, matching a direct computation."""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sklearn.metrics import accuracy_score, f1_score, precision_recall_fscore_support
from sqlalchemy import Engine, select, text, update
from test_classification_review_queue import fill

from classifiers import training
from db.tables import classifier_model
from ui import i18n
from ui.classification.evaluation import EvaluationWindow
from ui.classification.heat_delegate import heat_colour
from ui.models.evaluation_models import ClassColumn, ClassFiguresModel, ConfusionModel, ShareRole

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support (propagateSizeHints|raise)\(\)")


@pytest.fixture
def trained(sqlite_engine: Engine, tmp_path: Path) -> dict[str, object]:
    """A model trained on confirmed labels of which about 15% are wrong: it makes mistakes."""
    fill(sqlite_engine, copies=8)
    rng = random.Random(3)
    with sqlite_engine.begin() as conn:
        cats = (
            conn.execute(
                text("SELECT id FROM category WHERE code IN ('delivery', 'billing', 'staff', 'website_app')")
            )
            .scalars()
            .all()
        )
        for item_id in (
            conn.execute(text("SELECT id FROM feedback_item WHERE category_confirmed")).scalars().all()
        ):
            if rng.random() < 0.15:
                conn.execute(
                    text("UPDATE feedback_item SET category_id = :c WHERE id = :i"),
                    {"c": rng.choice(cats), "i": item_id},
                )
    training.train_models(sqlite_engine, tmp_path)
    with sqlite_engine.connect() as conn:
        row = conn.execute(
            select(classifier_model.c.metrics, classifier_model.c.labels).where(
                classifier_model.c.target == "category", classifier_model.c.is_active
            )
        ).one()
    return {"metrics": json.loads(row.metrics), "labels": json.loads(row.labels)}


def open_screen(qtbot: QtBot, engine: Engine) -> EvaluationWindow:
    window = EvaluationWindow(engine)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.quality_shown, timeout=10_000):
        window.show()
    return window


def test_figures_match_a_direct_computation(
    qtbot: QtBot, qtmodeltester: object, sqlite_engine: Engine, trained: dict[str, object]
) -> None:
    window = open_screen(qtbot, sqlite_engine)
    metrics, labels = trained["metrics"], trained["labels"]
    assert isinstance(metrics, dict) and isinstance(labels, list)
    confusion = metrics["cv_confusion"]
    truth = [t for t, row in enumerate(confusion) for p, n in enumerate(row) for _ in range(n)]
    predicted = [p for row in confusion for p, n in enumerate(row) for _ in range(n)]
    assert sum(map(sum, confusion)) == 96  # 3-fold: every confirmed item tested once
    assert truth != predicted  # the noisy labels do make it err

    quality = window.quality
    assert quality is not None
    # The training run's own figures, and scikit-learn on the same held-out answers.
    assert quality.accuracy == pytest.approx(metrics["cv_accuracy"], abs=1e-4)
    assert quality.accuracy == pytest.approx(accuracy_score(truth, predicted))
    assert quality.macro_f1 == pytest.approx(metrics["cv_macro_f1"], abs=1e-4)
    assert quality.macro_f1 == pytest.approx(f1_score(truth, predicted, average="macro"))
    assert f"Accuracy <b>{quality.accuracy:.1%}</b>" in window.verdict.text()
    assert "96 confirmed items held out" in window.verdict.text()

    precision, recall, f1, support = precision_recall_fscore_support(
        truth, predicted, labels=range(len(labels)), zero_division=0
    )
    names = {
        "billing": "Billing and payments",
        "delivery": "Delivery",
        "staff": "Staff and courtesy",
        "website_app": "Website and app",
    }
    model = window.per_class_model
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    assert model.rowCount() == len(labels)
    for row, label in enumerate(labels):

        def cell(column: int, row: int = row) -> str:
            return model.index(row, column).data()

        assert cell(ClassColumn.LABEL) == names[label]
        assert cell(ClassColumn.PRECISION) == f"{precision[row]:.0%}"
        assert cell(ClassColumn.RECALL) == f"{recall[row]:.0%}"
        assert cell(ClassColumn.F1) == f"{f1[row]:.0%}"
        assert cell(ClassColumn.SUPPORT) == str(support[row])
        assert metrics["cv_per_class_f1"][label] == pytest.approx(f1[row], abs=1e-4)

    matrix = window.confusion_model
    qtmodeltester.check(matrix)  # type: ignore[attr-defined]
    shown = [[int(matrix.index(r, c).data()) for c in range(len(labels))] for r in range(len(labels))]
    assert shown == confusion
    assert matrix.headerData(0, Qt.Orientation.Vertical) == names[labels[0]]
    share = matrix.index(0, 0).data(ShareRole)
    assert share == pytest.approx(confusion[0][0] / sum(confusion[0]))
    # The biggest confusion is the largest cell off the diagonal.
    biggest = max((n, r, c) for r, row in enumerate(confusion) for c, n in enumerate(row) if r != c)
    assert quality.biggest_confusions()[0].count == biggest[0]
    first_line = window.confusions.text().splitlines()[1]
    assert first_line.startswith(f"{biggest[0]} × ")

    window.target.setCurrentIndex(1)
    qtbot.waitUntil(lambda: window.quality is not None and window.quality.target == "kind")
    assert window.per_class_model.index(0, ClassColumn.LABEL).data() in {
        "Complaint",
        "Idea",
        "Praise",
        "Question",
    }


def test_no_model_and_an_old_model(qtbot: QtBot, sqlite_engine: Engine, trained: dict[str, object]) -> None:
    with sqlite_engine.begin() as conn:
        conn.execute(
            update(classifier_model).where(classifier_model.c.target == "kind").values(is_active=False)
        )
        # A model stored before per-class figures were kept.
        conn.execute(
            update(classifier_model)
            .where(classifier_model.c.target == "category")
            .values(metrics=json.dumps({"training_size": 96, "cv_accuracy": 0.8, "cv_macro_f1": 0.7}))
        )
    window = open_screen(qtbot, sqlite_engine)
    assert "Stored without per-label figures" in window.verdict.text()
    assert "Accuracy <b>80.0%</b>" in window.verdict.text()
    assert window.per_class_model.rowCount() == 0 and window.confusion_model.rowCount() == 0
    with qtbot.waitSignal(window.quality_shown) as shown:
        window.target.setCurrentIndex(1)
    assert shown.args == [None]
    assert "No model is trained yet" in window.verdict.text()


def test_heat_colour() -> None:
    from PySide6.QtGui import QColor

    white = QColor(255, 255, 255)
    assert heat_colour(white, 0.0, False) == white
    assert heat_colour(white, 1.0, False) == QColor(198, 40, 40)
    assert heat_colour(white, 0.5, True).green() > heat_colour(white, 0.5, True).red()


def test_models_empty_without_quality(qtmodeltester: object) -> None:
    for model in (ClassFiguresModel(str), ConfusionModel(str)):
        model.set_quality(None)
        qtmodeltester.check(model)  # type: ignore[attr-defined]
        assert model.rowCount() == 0


def test_a_model_trained_on_the_newest_items_says_so(
    qtbot: QtBot, sqlite_engine: Engine, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fill(sqlite_engine, copies=8)
    confirmed = training.confirmed_examples(sqlite_engine, "category").confirmed
    monkeypatch.setattr(training, "MAX_TRAINING_ITEMS", confirmed - 10)
    monkeypatch.setattr(training, "MIN_PER_LABEL", 1)
    training.train_models(sqlite_engine, tmp_path)
    window = open_screen(qtbot, sqlite_engine)
    assert f"on the newest {confirmed - 10} of {confirmed} confirmed items" in window.details.text()


def test_categories_are_named_in_the_users_language(
    qapp: QApplication, qtbot: QtBot, sqlite_engine: Engine, trained: dict[str, object]
) -> None:
    i18n.apply_language(qapp, "ru")
    try:
        window = open_screen(qtbot, sqlite_engine)
        shown = {
            window.per_class_model.index(row, ClassColumn.LABEL).data()
            for row in range(window.per_class_model.rowCount())
        }
        assert {"Доставка", "Счета и оплата"} <= shown, shown
        assert window.confusion_model.headerData(0, Qt.Orientation.Vertical) in shown
    finally:
        i18n.apply_language(qapp, "en")
