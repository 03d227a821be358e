"""The review queue: confirm or correct the classifiers' least confident suggestions, one key each.

Enter or Space confirms the selected item's suggestion, 1-9 takes one of the
model's alternatives, F2 (or C) opens a chooser of every label; the list then
moves on to the next item. Each review is written in the background (it marks
the field confirmed, so it counts for the next training). "Train now" trains
on the confirmed labels in the background, with progress and cancel, and the
queue then shows the new model's suggestions.

Preview: ``python -m ui.classification.review_queue [--db URL]``.
"""

from __future__ import annotations

import unicodedata
from pathlib import Path
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, Signal, Slot
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDoubleSpinBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import Engine

from app.classification_review import DEFAULT_THRESHOLD, acceptance_rate, review
from app.tasks import Cancelled, TaskState
from ui import crash, i18n
from ui.background import BackgroundTask, long_pool, run_in_background
from ui.delegates.natural_direction_delegate import NaturalDirectionDelegate
from ui.models.review_queue_model import Column, ReviewQueueModel
from ui.text_direction import is_right_to_left


def _review(_state: TaskState, engine: Engine, item_id: int, target: str, label: str | None) -> str:
    """Runs in a worker: confirm (label None) or correct one item."""
    return review(engine, item_id, target, label)


def _acceptance(_state: TaskState, engine: Engine, target: str) -> dict[str, Any]:
    with engine.connect() as conn:
        return acceptance_rate(conn, target)


def _train(state: TaskState, engine: Engine, model_dir: Path | None) -> dict[str, Any]:
    """Runs in a worker: train, then write the new models' suggestions."""
    from classifiers.training import train_and_suggest

    return train_and_suggest(engine, model_dir, state)


def _digit(event: QKeyEvent) -> int | None:
    """1-9 from the keyboard's digit row or keypad, also Persian and Arabic-Indic digits."""
    text = event.text()
    if len(text) == 1 and text.isdigit():
        value = unicodedata.digit(text, 0)
        return value if 1 <= value <= 9 else None
    return None


class ReviewTable(QTableView):
    """The queue's table; its keys confirm, take an alternative or open the chooser."""

    #: Enter or Space on a row.
    confirm_pressed = Signal()
    #: A digit key 1-9: take that alternative.
    alternative_pressed = Signal(int)
    #: F2 or C: choose any label.
    choose_pressed = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        plain = not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if plain and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.confirm_pressed.emit()
        elif plain and (digit := _digit(event)) is not None:
            self.alternative_pressed.emit(digit)
        elif plain and key in (Qt.Key.Key_F2, Qt.Key.Key_C):
            self.choose_pressed.emit()
        else:
            super().keyPressEvent(event)


class ReviewQueueWindow(QWidget):
    #: One item was reviewed and saved: (item id, "accepted" or "corrected").
    item_reviewed = Signal(int, str)
    #: A training run ended: its summary (or None if it was cancelled or failed).
    training_finished = Signal(object)

    def __init__(
        self, engine: Engine, parent: QWidget | None = None, *, model_dir: Path | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowFlag(Qt.WindowType.Window)
        self.setWindowTitle(self.tr("Review suggestions"))
        self._engine = engine
        self._model_dir = model_dir
        self._train_task: BackgroundTask | None = None
        self._chooser: QInputDialog | None = None
        self.model = ReviewQueueModel(engine, parent=self, model_dir=model_dir)

        self.target = QComboBox()
        self.target.addItem(self.tr("Category"), "category")
        self.target.addItem(self.tr("Kind"), "kind")
        self.threshold = QDoubleSpinBox()
        self.threshold.setRange(0.05, 1.0)
        self.threshold.setSingleStep(0.05)
        self.threshold.setDecimals(2)
        self.threshold.setValue(DEFAULT_THRESHOLD)
        self.counts = QLabel()
        self.acceptance = QLabel()
        self.train_button = QPushButton(self.tr("Train now"))
        self.cancel_button = QPushButton(self.tr("Cancel training"))
        self.progress = QProgressBar()
        self.progress.setTextVisible(False)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.table = ReviewTable()
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.keys = QLabel(
            self.tr("Enter or Space: confirm   ·   1–9: take that alternative   ·   F2 or C: choose another")
        )
        self.keys.setWordWrap(True)
        self._layout()
        self._setup_table()

        self.target.currentIndexChanged.connect(self._target_changed)
        self.threshold.valueChanged.connect(self.model.set_threshold)
        self.train_button.clicked.connect(self.train)
        self.cancel_button.clicked.connect(self.cancel_training)
        self.table.confirm_pressed.connect(self.confirm)
        self.table.alternative_pressed.connect(self.take_alternative)
        self.table.choose_pressed.connect(self.choose)
        self.model.count_changed.connect(self._show_counts)
        self.model.modelReset.connect(self._after_reset)
        self.model.error_occurred.connect(self._report)
        self._show_training(False)
        self._say("")
        self._after_reset()
        self._refresh_acceptance()
        self.resize(1100, 640)

    def _layout(self) -> None:
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Review:")))
        top.addWidget(self.target)
        top.addWidget(QLabel(self.tr("Confidence below:")))
        top.addWidget(self.threshold)
        top.addSpacing(12)
        top.addWidget(self.counts, 1)
        top.addWidget(self.train_button)
        top.addWidget(self.progress)
        top.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.acceptance)
        layout.addWidget(self.message)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.detail)
        layout.addWidget(self.keys)

    def _setup_table(self) -> None:
        table = self.table
        table.setModel(self.model)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setWordWrap(False)
        table.setShowGrid(False)
        table.verticalHeader().hide()
        table.setItemDelegate(NaturalDirectionDelegate(table))
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
        header = table.horizontalHeader()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        metrics = table.fontMetrics()
        widths = {
            Column.CONFIDENCE: metrics.horizontalAdvance("100%") + 24,
            Column.SUGGESTION: metrics.horizontalAdvance("Billing and payments") + 24,
            Column.ALTERNATIVES: metrics.horizontalAdvance(
                "1 Billing and payments 30%   2 Delivery 10%   3 Staff 5%"
            )
            + 24,
            Column.LANGUAGE: metrics.horizontalAdvance("Persian") + 24,
        }
        for column, width in widths.items():
            title = self.model.headerData(column, Qt.Orientation.Horizontal)
            table.setColumnWidth(column, max(width, header.fontMetrics().horizontalAdvance(title) + 24))
        table.selectionModel().currentRowChanged.connect(self._show_detail)

    # -- what others call ---------------------------------------------------

    @Slot()
    def confirm(self) -> None:
        """Accept the selected item's suggestion."""
        row = self._current_row()
        if row is not None:
            self._review(row, None)

    @Slot(int)
    def take_alternative(self, number: int) -> None:
        """Correct the selected item to its ``number``-th alternative (1 = likeliest)."""
        row = self._current_row()
        if row is None:
            return
        alternatives = self.model.alternatives(row)
        if alternatives is None or not 1 <= number <= len(alternatives):
            missing = self.tr("There is no alternative %1 for this item.")
            self._say(missing.replace("%1", i18n.local_number(number)))
            return
        self._review(row, alternatives[number - 1][0])

    @Slot()
    def choose(self) -> QInputDialog | None:
        """Open the chooser of every label for the selected item; picking one corrects it."""
        row = self._current_row()
        if row is None:
            return None
        choices = self.model.label_choices()
        dialog = QInputDialog(self)
        dialog.setWindowTitle(self.tr("Choose the right label"))
        dialog.setLabelText(self.model.review_row(row).text[:300])
        dialog.setComboBoxItems(list(choices.values()))
        current = self.model.label_name(self.model.review_row(row).suggestion)
        dialog.setTextValue(current)
        codes = {name: code for code, name in choices.items()}
        item_id = self.model.review_row(row).item_id
        dialog.textValueSelected.connect(lambda name: self._chosen(item_id, codes.get(name)))
        dialog.setMinimumWidth(dialog.fontMetrics().horizontalAdvance("x") * 60)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._chooser = dialog
        dialog.open()
        return dialog

    @Slot()
    def train(self) -> BackgroundTask | None:
        """Train on the confirmed labels in the background; the queue then refreshes."""
        if self._train_task is not None:
            return self._train_task
        task = run_in_background(_train, self._engine, self._model_dir, pool=long_pool(), writes=True)
        task.progress.connect(self._train_progressed)
        task.finished.connect(self._trained)
        task.failed.connect(self._train_failed)
        self._train_task = task
        self.progress.setRange(0, 0)
        self._say(self.tr("Training on the confirmed labels…"))
        self._show_training(True)
        return task

    @Slot()
    def cancel_training(self) -> None:
        if self._train_task is not None:
            self._train_task.cancel()

    # -- slots --------------------------------------------------------------

    def _current_row(self) -> int | None:
        index = self.table.currentIndex()
        return index.row() if index.isValid() and index.row() < self.model.rowCount() else None

    def _review(self, row: int, label: str | None) -> None:
        target = self.model.target()
        source = self.model.take_row(row)
        if self.model.rowCount() == 0 and self.model.canFetchMore(QModelIndex()):
            self.model.fetchMore(QModelIndex())
        self._select(min(row, self.model.rowCount() - 1))
        task = run_in_background(_review, self._engine, source.item_id, target, label)
        task.finished.connect(lambda outcome: self._reviewed(source.item_id, outcome))
        task.failed.connect(self._review_failed)

    def _chosen(self, item_id: int, code: str | None) -> None:
        self._chooser = None
        for row in range(self.model.rowCount()):
            if self.model.review_row(row).item_id == item_id and code is not None:
                self._review(row, code)
                return

    def _select(self, row: int) -> None:
        if row >= 0:
            self.table.setCurrentIndex(self.model.index(row, 0))
        self._show_detail()

    def _reviewed(self, item_id: int, outcome: str) -> None:
        self._refresh_acceptance()
        self.item_reviewed.emit(item_id, outcome)

    @Slot(object)
    def _review_failed(self, exc: BaseException) -> None:
        self._report(exc)
        self.model.reload()

    @Slot(int)
    def _target_changed(self, _index: int) -> None:
        self.model.set_target(self.target.currentData())
        self._refresh_acceptance()

    @Slot()
    def _after_reset(self) -> None:
        self._show_counts(self.model.count())
        self._select(0 if self.model.rowCount() else -1)
        self.table.setFocus()

    def _show_counts(self, count: int | None) -> None:
        if count is None:
            self.counts.setText(self.tr("Counting…"))
        else:
            self.counts.setText(
                self.tr("1 suggestion to review")
                if count == 1
                else self.tr("%Ln suggestions to review", "", count)
            )

    def _refresh_acceptance(self) -> None:
        task = run_in_background(_acceptance, self._engine, self.model.target())
        task.finished.connect(self._show_acceptance)
        task.failed.connect(self._report)

    @Slot(object)
    def _show_acceptance(self, rate: dict[str, Any]) -> None:
        if rate["rate"] is None:
            self.acceptance.setText(self.tr("No suggestion has been reviewed yet."))
            return
        self.acceptance.setText(
            self.tr("Suggestions accepted unchanged: %1 (%2 of %3 reviewed)")
            .replace("%1", i18n.local_percent(rate["rate"]))
            .replace("%2", i18n.local_number(rate["accepted"]))
            .replace("%3", i18n.local_number(rate["reviewed"]))
        )

    @Slot()
    def _show_detail(self, *_args: object) -> None:
        """The whole text of the selected item, below the list, in its own direction."""
        row = self._current_row()
        text = self.model.review_row(row).text if row is not None else ""
        rtl = is_right_to_left(text)
        self.detail.setText(text)
        self.detail.setLayoutDirection(
            Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
        )
        edge = Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft
        self.detail.setAlignment(edge | Qt.AlignmentFlag.AlignAbsolute)

    def _show_training(self, running: bool) -> None:
        self.train_button.setEnabled(not running)
        self.progress.setVisible(running)
        self.cancel_button.setVisible(running)

    @Slot(int, int)
    def _train_progressed(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    @Slot(object)
    def _trained(self, summary: dict[str, Any]) -> None:
        self._train_task = None
        self._show_training(False)
        target = self.model.target()
        result = summary.get(target, {})
        if result.get("trained") and result["confirmed_items"] > result["training_size"]:
            text = self.tr(
                "Trained on the newest %1 of %2 confirmed items; the suggestions below are the new model's."
            )
            text = text.replace("%1", i18n.local_number(result["training_size"])).replace(
                "%2", i18n.local_number(result["confirmed_items"])
            )
        elif result.get("trained"):
            text = self.tr(
                "Trained on %1 confirmed items; the suggestions below are the new model's."
            ).replace("%1", i18n.local_number(result["training_size"]))
        else:
            text = self.tr("Not trained: too few confirmed items (at least 20, with two different labels).")
        self._say(text)
        self.model.reload()
        self._refresh_acceptance()
        self.training_finished.emit(summary)

    @Slot(object)
    def _train_failed(self, exc: BaseException) -> None:
        self._train_task = None
        self._show_training(False)
        if isinstance(exc, Cancelled):
            self._say(self.tr("Training cancelled; the previous model is still in use."))
        else:
            self._say("")
            self._report(exc)
        self.training_finished.emit(None)

    def _say(self, text: str) -> None:
        """A line above the list (training result, a key that did nothing); hidden when empty."""
        self.message.setText(text)
        self.message.setVisible(bool(text))

    @Slot(object)
    def _report(self, exc: BaseException) -> None:
        if crash.is_environment_error(exc):
            self._say(crash.environment_message(exc))
        else:
            crash.report(exc)


def _preview() -> int:
    """Show the queue alone on ``--db URL`` (default: the user's database)."""
    import argparse

    from PySide6.QtWidgets import QApplication

    from ui.application import create_application, open_database

    parser = argparse.ArgumentParser(prog="python -m ui.classification.review_queue")
    parser.add_argument("--db", metavar="URL")
    args = parser.parse_args()
    app = create_application()
    window = ReviewQueueWindow(open_database(args.db))
    window.show()
    code = app.exec()
    QApplication.processEvents()
    return code


if __name__ == "__main__":
    raise SystemExit(_preview())
