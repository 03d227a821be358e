"""The Classification menu of the main window: review queue, training, evaluation.

The screens are imported and built on first use, so the menu costs start-up nothing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu
from sqlalchemy import Engine

if TYPE_CHECKING:
    from ui.classification.evaluation import EvaluationWindow
    from ui.classification.review_queue import ReviewQueueWindow


class ClassificationScreens(QObject):
    """Owns the classification screens of one main window and the actions that open them."""

    def __init__(self, window: QMainWindow, menu: QMenu, engine: Engine) -> None:
        super().__init__(window)
        self._window = window
        self._engine = engine
        self._review: ReviewQueueWindow | None = None
        self._evaluation: EvaluationWindow | None = None

        self.review_action = QAction(self.tr("&Review suggestions…"), window)
        self.review_action.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_R))
        self.review_action.triggered.connect(self.open_review_queue)
        window.addAction(self.review_action)  # the shortcut works wherever the focus is in the window
        self.train_action = QAction(self.tr("&Train classifiers…"), window)
        self.train_action.triggered.connect(self.train)
        self.evaluation_action = QAction(self.tr("&How good are the suggestions?"), window)
        self.evaluation_action.triggered.connect(self.open_evaluation)
        menu.addAction(self.review_action)
        menu.addAction(self.train_action)
        menu.addSeparator()
        menu.addAction(self.evaluation_action)

    def open_review_queue(self) -> ReviewQueueWindow:
        if self._review is None:
            from ui.classification.review_queue import ReviewQueueWindow

            self._review = ReviewQueueWindow(self._engine, self._window)
            self._review.training_finished.connect(self._trained)
        self._review.show()
        self._review.raise_()
        self._review.activateWindow()
        return self._review

    def train(self) -> ReviewQueueWindow:
        """Open the review queue and start training there (progress and cancel are on that screen)."""
        window = self.open_review_queue()
        window.train()
        return window

    def open_evaluation(self) -> EvaluationWindow:
        if self._evaluation is None:
            from ui.classification.evaluation import EvaluationWindow

            self._evaluation = EvaluationWindow(self._engine, self._window)
        else:
            self._evaluation.refresh()
        self._evaluation.show()
        self._evaluation.raise_()
        return self._evaluation

    def _trained(self, summary: object) -> None:
        if summary is not None and self._evaluation is not None:
            self._evaluation.refresh()


def add_classification_menu(window: QMainWindow, menu: QMenu, engine: Engine) -> ClassificationScreens:
    return ClassificationScreens(window, menu, engine)
