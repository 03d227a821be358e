"""Survey questions with the canonical question each means (``app.survey_questions.survey_questions``).

One row per question of every survey (or of one source system): its survey
(and source system), its text, the canonical question it is linked to, and
for an unlinked one the best suggestion. The screen reads the rows in a
worker and hands them over with ``set_questions``.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Qt
from PySide6.QtGui import QFont

from app.survey_questions import Suggestion, SurveyQuestion
from ui.models.table_base import AnyIndex, RowsTableModel
from ui.text_direction import is_right_to_left

CONTEXT = "CanonicalQuestions"
HEADERS = (
    QT_TRANSLATE_NOOP("CanonicalQuestions", "Survey"),
    QT_TRANSLATE_NOOP("CanonicalQuestions", "Question"),
    QT_TRANSLATE_NOOP("CanonicalQuestions", "Means (canonical question)"),
)
SURVEY_COLUMN, QUESTION_COLUMN, CANONICAL_COLUMN = 0, 1, 2


class SurveyQuestionsModel(RowsTableModel[SurveyQuestion]):
    CONTEXT = CONTEXT
    HEADERS = HEADERS

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._suggestions: dict[int, list[Suggestion]] = {}

    def set_questions(self, rows: list[SurveyQuestion], suggestions: dict[int, list[Suggestion]]) -> None:
        self._suggestions = dict(suggestions)
        self.set_rows(rows)

    def question_at(self, row: int) -> SurveyQuestion | None:
        return self.row_at(row)

    def suggestions(self, question_id: int) -> list[Suggestion]:
        return self._suggestions.get(question_id, [])

    def row_of(self, question_id: int) -> int:
        return next((row for row, q in enumerate(self._rows) if q.id == question_id), -1)

    def linked_count(self) -> int:
        return sum(1 for q in self._rows if q.canonical_id is not None)

    def _text(self, q: SurveyQuestion, column: int) -> str:
        if column == SURVEY_COLUMN:
            # The survey is named after its source unless the mapping named it.
            return q.survey if q.survey == q.source_system else f"{q.survey} ({q.source_system})"
        if column == QUESTION_COLUMN:
            return " ".join(q.text.split())
        if q.canonical_id is not None:
            return f"{q.canonical_code}: {q.canonical_text}"
        best = self._suggestions.get(q.id)
        if best:
            return QCoreApplication.translate("CanonicalQuestions", "not linked; perhaps %1").replace(
                "%1", best[0].code
            )
        return QCoreApplication.translate("CanonicalQuestions", "not linked")

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        if not 0 <= index.column() < len(HEADERS):
            return None
        q = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._text(q, index.column())
        if role == Qt.ItemDataRole.TextAlignmentRole:
            side = Qt.AlignmentFlag.AlignLeft
            if is_right_to_left(self._text(q, index.column())):
                side = Qt.AlignmentFlag.AlignRight
            return int(side | Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and index.column() == CANONICAL_COLUMN and q.canonical_id is None:
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.UserRole:
            return q.id
        return None
