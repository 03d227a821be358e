"""How good are the suggestions? The active model's figures on items held out while it trained.

Accuracy and macro-F1, a verdict a manager can act on, precision / recall / F1
per label, and the confusion matrix (heat-coloured) with its biggest mix-ups.
Training holds out confirmed items (3-fold cross-validation, or 20% above 5,000
items) and keeps what the model said about them; the figures are computed from
that in the background (``app.classification_review.model_quality``).

Preview: ``python -m ui.classification.evaluation [--db URL]``.
"""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import Engine

from app.classification_review import ModelQuality, label_names, model_quality
from app.tasks import TaskState
from ui import crash, i18n
from ui.background import run_in_background
from ui.classification.heat_delegate import HeatDelegate
from ui.models import labels
from ui.models.evaluation_models import ClassFiguresModel, ConfusionModel


def _load(_state: TaskState, engine: Engine, target: str) -> tuple[ModelQuality | None, dict[str, str]]:
    """Runs in a worker: the figures of the active model and the names of its labels."""
    with engine.connect() as conn:
        return model_quality(conn, target), label_names(conn, target)


class EvaluationWindow(QWidget):
    #: The figures of the chosen target are shown (None: no model is trained).
    quality_shown = Signal(object)

    def __init__(self, engine: Engine, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowFlag(Qt.WindowType.Window)
        self.setWindowTitle(self.tr("How good are the suggestions?"))
        self._engine = engine
        self._names: dict[str, str] = {}
        self.quality: ModelQuality | None = None

        self.target = QComboBox()
        self.target.addItem(self.tr("Category"), "category")
        self.target.addItem(self.tr("Kind"), "kind")
        self.verdict = QLabel()
        self.verdict.setWordWrap(True)
        self.verdict.setTextFormat(Qt.TextFormat.RichText)
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.confusions = QLabel()
        self.confusions.setWordWrap(True)
        self.per_class_model = ClassFiguresModel(self._name_of, self)
        self.confusion_model = ConfusionModel(self._name_of, self)
        self.per_class = self._table(self.per_class_model)
        self.confusion = self._table(self.confusion_model)
        self.confusion.setItemDelegate(HeatDelegate(self.confusion))
        self.confusion.verticalHeader().show()
        self.confusion.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self._layout()
        self.target.currentIndexChanged.connect(self.refresh)
        self.refresh()
        self.resize(1100, 700)

    def _table(self, model: Any) -> QTableView:
        table = QTableView()
        table.setModel(model)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        table.verticalHeader().hide()
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setStretchLastSection(False)
        return table

    def _layout(self) -> None:
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Suggestions of:")))
        top.addWidget(self.target)
        top.addStretch(1)
        per_class = QGroupBox(self.tr("Per label"))
        QVBoxLayout(per_class).addWidget(self.per_class)
        confusion = QGroupBox(self.tr("Confirmed label (rows) against suggested label (columns)"))
        box = QVBoxLayout(confusion)
        box.addWidget(self.confusion, 1)
        box.addWidget(self.confusions)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(per_class)
        split.addWidget(confusion)
        split.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.verdict)
        layout.addWidget(self.details)
        layout.addWidget(split, 1)

    # -- what others call ---------------------------------------------------

    @Slot()
    def refresh(self) -> None:
        """Read the active model's figures again (after training)."""
        self.verdict.setText(self.tr("Reading the model's figures…"))
        task = run_in_background(_load, self._engine, self.target.currentData())
        task.finished.connect(self._loaded)
        task.failed.connect(self._failed)

    # -- inside -------------------------------------------------------------

    @staticmethod
    def _fit_width(table: QTableView) -> None:
        """Wide enough for every column: the per-label figures are never cut off."""
        table.resizeColumnsToContents()
        columns = sum(table.columnWidth(c) for c in range(table.model().columnCount()))
        scroll = table.verticalScrollBar().sizeHint().width()
        table.setMinimumWidth(columns + scroll + 2 * table.frameWidth() + 4)

    def _name_of(self, label: str) -> str:
        return self._names.get(label, label)

    @Slot(object)
    def _loaded(self, result: tuple[ModelQuality | None, dict[str, str]]) -> None:
        quality, names = result
        if quality is not None and quality.target != self.target.currentData():
            return  # an answer for the target shown before
        if self.target.currentData() == "kind":
            self._names = labels.kind_labels()
        else:  # the base categories in the user's language, as everywhere else
            self._names = {code: labels.category_label(name) for code, name in names.items()}
        self.quality = quality
        self.per_class_model.set_quality(quality)
        self.confusion_model.set_quality(quality)
        self._fit_width(self.per_class)
        self.verdict.setText(self._verdict_text(quality))
        self.details.setText(self._details_text(quality) if quality else "")
        self.confusions.setText(self._confusions_text(quality) if quality else "")
        self.quality_shown.emit(quality)

    @Slot(object)
    def _failed(self, exc: BaseException) -> None:
        if crash.is_environment_error(exc):
            self.verdict.setText(html.escape(crash.environment_message(exc)))
        else:
            crash.report(exc)

    def _verdict_text(self, quality: ModelQuality | None) -> str:
        if quality is None:
            return self.tr("No model is trained yet: confirm labels in the review queue, then train.")
        if quality.accuracy is None:
            return self.tr("This model was stored without test figures: train it again to see them.")
        figures = (
            self.tr(
                "Accuracy <b>%1</b>, macro-F1 <b>%2</b>, tested on %3 confirmed items held out of training."
            )
            .replace("%1", i18n.local_percent(quality.accuracy, 1))
            .replace("%2", i18n.local_percent(quality.macro_f1, 1) if quality.macro_f1 is not None else "–")
            .replace("%3", i18n.local_number(quality.held_out) if quality.held_out else "?")
        )
        verdict = quality.verdict()
        if verdict == "good":
            advice = self.tr("Trustworthy: about %1 of 10 suggestions are right.")
        elif verdict == "fair":
            advice = self.tr(
                "Usable with care: about %1 of 10 suggestions are right; review the doubtful ones."
            )
        elif verdict == "poor":
            advice = self.tr(
                "Not reliable yet: only about %1 of 10 suggestions are right. "
                "Confirm more items and train again."
            )
        elif quality.held_out == 0:
            advice = self.tr("Stored without per-label figures: train again to see them.")
        else:
            advice = self.tr("Too few confirmed items to judge: confirm more and train again.")
        advice = advice.replace("%1", i18n.local_number(round(quality.accuracy * 10)))
        weak = quality.weak_classes()
        if weak:
            names = ", ".join(f"{self._name_of(c.label)} ({i18n.local_percent(c.recall)})" for c in weak)
            advice += " " + self.tr("Often missed (share found): %1.").replace("%1", names)
        return f"<p><b>{html.escape(advice)}</b></p><p>{figures}</p>"

    def _details_text(self, quality: ModelQuality) -> str:
        versions = ", ".join(
            f"{name} {version}"
            for name, version in sorted(quality.library_versions.items())
            if name != "format"
        )
        if quality.confirmed_items and quality.confirmed_items > quality.training_size:
            text = self.tr(
                "Trained %1 on the newest %2 of %5 confirmed items, with %3 labels. Libraries: %4."
            )
            text = text.replace("%5", i18n.local_number(quality.confirmed_items))
        else:
            text = self.tr("Trained %1 on %2 confirmed items with %3 labels. Libraries: %4.")
        return (
            text.replace("%1", i18n.local_time(quality.trained_at))
            .replace("%2", i18n.local_number(quality.training_size))
            .replace("%3", i18n.local_number(len(quality.labels)))
            .replace("%4", versions)
        )

    def _confusions_text(self, quality: ModelQuality) -> str:
        biggest = quality.biggest_confusions()
        if not quality.confusion:
            return ""
        if not biggest:
            return self.tr("No confusions among the items tested.")
        lines = [
            self.tr("%1 × “%2” suggested as “%3” (%4 of them)")
            .replace("%1", i18n.local_number(c.count))
            .replace("%2", self._name_of(c.true_label))
            .replace("%3", self._name_of(c.predicted))
            .replace("%4", i18n.local_percent(c.share))
            for c in biggest
        ]
        return self.tr("Biggest confusions:") + "\n" + "\n".join(lines)


def _preview() -> int:
    """Show the screen alone on ``--db URL`` (default: the user's database)."""
    import argparse

    from ui.application import create_application, open_database

    parser = argparse.ArgumentParser(prog="python -m ui.classification.evaluation")
    parser.add_argument("--db", metavar="URL")
    args = parser.parse_args()
    app = create_application()
    window = EvaluationWindow(open_database(args.db))
    window.show()
    return app.exec()


if __name__ == "__main__":
    raise SystemExit(_preview())
