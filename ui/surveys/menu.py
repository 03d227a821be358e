"""The survey screens of the Surveys menu: import wizard, possible duplicates, canonical questions.

Each screen is imported and built on first use, so the menu costs start-up nothing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu
from sqlalchemy import Engine

if TYPE_CHECKING:
    from ui.surveys.canonical_questions import CanonicalQuestionsWindow
    from ui.surveys.import_wizard import ImportWizard
    from ui.surveys.match_review import MatchReviewWindow


class SurveyScreens(QObject):
    """Owns the survey screens of one main window and the actions that open them."""

    #: A survey import ended (its ``SurveyImportReport``).
    import_finished = Signal(object)

    def __init__(self, window: QMainWindow, menu: QMenu, engine: Engine) -> None:
        super().__init__(window)
        self._window = window
        self._engine = engine
        self._wizard: ImportWizard | None = None
        self._review: MatchReviewWindow | None = None
        self._questions: CanonicalQuestionsWindow | None = None

        self.import_action = QAction(self.tr("&Import survey responses…"), window)
        self.import_action.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Modifier.SHIFT | Qt.Key.Key_I))
        self.import_action.triggered.connect(self.open_import_wizard)
        self.review_action = QAction(self.tr("Review possible &duplicates…"), window)
        self.review_action.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_M))
        self.review_action.triggered.connect(self.open_match_review)
        self.questions_action = QAction(self.tr("Same &question, any survey…"), window)
        self.questions_action.triggered.connect(self.open_canonical_questions)
        for action in (self.import_action, self.review_action):
            window.addAction(action)  # the shortcut works wherever the focus is in the window
        menu.addSeparator()
        menu.addAction(self.import_action)
        menu.addAction(self.review_action)
        menu.addAction(self.questions_action)

    @Slot()
    def open_import_wizard(self) -> ImportWizard:
        """The import wizard, from its first page if the last import has ended."""
        from ui.surveys.import_wizard import ImportWizard

        if self._wizard is None:
            self._wizard = ImportWizard(self._engine, parent=self._window)
            self._wizard.import_finished.connect(self._imported)
        elif not self._wizard.isVisible():
            self._wizard.start_over()
        self._wizard.show()
        self._wizard.raise_()
        return self._wizard

    @Slot()
    def open_match_review(self) -> MatchReviewWindow:
        """The review list of possible duplicates, read afresh."""
        if self._review is None:
            from ui.capture.window import current_operator
            from ui.surveys.match_review import MatchReviewWindow

            user = current_operator(self._engine)
            self._review = MatchReviewWindow(self._engine, user_id=user.id, parent=self._window)
        else:
            self._review.reload()
        self._review.show()
        self._review.raise_()
        return self._review

    @Slot()
    def open_canonical_questions(self) -> CanonicalQuestionsWindow:
        if self._questions is None:
            from ui.surveys.canonical_questions import CanonicalQuestionsWindow

            self._questions = CanonicalQuestionsWindow(self._engine, parent=self._window)
        else:
            self._questions.reload()
        self._questions.show()
        self._questions.raise_()
        return self._questions

    @Slot(object)
    def _imported(self, report: object) -> None:
        # Open screens show what the import added (new pairs to review, new questions).
        for screen in (self._review, self._questions):
            if screen is not None and screen.isVisible():
                screen.reload()
        self.import_finished.emit(report)


def add_survey_actions(window: QMainWindow, menu: QMenu, engine: Engine) -> SurveyScreens:
    return SurveyScreens(window, menu, engine)
