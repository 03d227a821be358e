"""The questions of a phone-survey call as a table: each with what happened to it so far.

Holds one ``CallProgress`` (a survey has a handful of questions, so nothing is
paged); ``refresh()`` after each step repaints the rows. The number and
answer of the question at hand are bold.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from app.phone_survey import CallProgress, PlannedQuestion
from ui.text_direction import is_right_to_left

AnyIndex = QModelIndex | QPersistentModelIndex

NUMBER, QUESTION, STATE = range(3)


def answer_label(value: str) -> str:
    """An answer as the operator reads it: yes and no in the screen's language."""
    return {
        "yes": QCoreApplication.translate("PhoneSurvey", "Yes"),
        "no": QCoreApplication.translate("PhoneSurvey", "No"),
    }.get(value, value)


def isolated(text: str) -> str:
    """``text`` laid out in its own direction inside any line (a Unicode first-strong isolate)."""
    return f"\u2068{text}\u2069"


class PhoneSurveyQuestionsModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._progress: CallProgress | None = None

    def set_progress(self, progress: CallProgress | None) -> None:
        self.beginResetModel()
        self._progress = progress
        self.endResetModel()

    def refresh(self) -> None:
        """The call moved on: every row may read differently."""
        if self.rowCount():
            self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, STATE))

    def question(self, row: int) -> PlannedQuestion | None:
        if self._progress is None or not 0 <= row < len(self._progress.plan.questions):
            return None
        return self._progress.plan.questions[row]

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() or self._progress is None:
            return 0
        return len(self._progress.plan.questions)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            NUMBER: QCoreApplication.translate("PhoneSurvey", "#"),
            QUESTION: QCoreApplication.translate("PhoneSurvey", "Question"),
            STATE: QCoreApplication.translate("PhoneSurvey", "Answer"),
        }.get(section)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        planned = self.question(index.row()) if index.isValid() else None
        if planned is None or self._progress is None or not 0 <= index.column() < 3:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(planned, index.column())
        if role == Qt.ItemDataRole.ToolTipRole and index.column() != NUMBER:
            return self._display(planned, index.column())
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() != NUMBER:
            # Each cell reads in its own direction: a Persian question starts at the right.
            rtl = is_right_to_left(self._display(planned, index.column()))
            side = Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft
            return int(side | Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignVCenter)
        if (
            role == Qt.ItemDataRole.FontRole
            and index.row() == self._progress.index
            and index.column() != QUESTION
        ):
            # Not the question itself: bold, a long word would no longer fit a narrow column.
            font = QFont()
            font.setBold(True)
            return font
        return None

    def _display(self, planned: PlannedQuestion, column: int) -> str:
        assert self._progress is not None
        if column == NUMBER:
            return str(index_of(self._progress, planned) + 1)
        if column == QUESTION:
            return planned.text
        return self.state_text(planned)

    def state_text(self, planned: PlannedQuestion) -> str:
        assert self._progress is not None
        outcome = self._progress.outcome(planned)
        if outcome == "answered":
            return answer_label(self._progress.answers[planned.question_id] or "")
        if outcome == "declined":
            return QCoreApplication.translate("PhoneSurvey", "Asked, no answer")
        on_file = planned.on_file
        if on_file is not None and (outcome == "spared" or not self._progress.must_ask(planned)):
            text = QCoreApplication.translate("PhoneSurvey", "On file: %1").replace(
                "%1", isolated(answer_label(on_file.latest.value))
            )
            return (
                text
                + " "
                + (
                    QCoreApplication.translate("PhoneSurvey", "— not asked")
                    if outcome
                    else QCoreApplication.translate("PhoneSurvey", "(not to ask)")
                )
            )
        return ""  # to ask, not reached yet


def index_of(progress: CallProgress, planned: PlannedQuestion) -> int:
    return progress.plan.questions.index(planned)
