"""The input for one answer, suited to its type: a score, yes or no, or free text.

Each is keyboard-first. A score is typed (digits of any script) or clicked; yes
and no are Y / N (or the first letter of the word in Russian and Persian) or
the arrow keys; text is typed, Shift+Enter for a new line. Enter itself is the
screen's: it records the answer and moves on (``submitted``).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app.phone_survey import AnswerType
from ui.text_direction import is_right_to_left

YES_KEYS = {"y", "д", "ب", "1"}
NO_KEYS = {"n", "н", "خ", "ن", "0"}


class AnswerInput(QWidget):
    #: Enter in a text answer (other inputs leave Enter to the screen).
    submitted = Signal()

    def __init__(self, answer_type: AnswerType, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.answer_type = answer_type
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self._line: QLineEdit | None = None
        self._text: QPlainTextEdit | None = None
        self._yes_no: QButtonGroup | None = None
        scale = answer_type.scale
        if scale is not None:
            self._build_scale(layout, *scale)
        elif answer_type is AnswerType.YES_NO:
            self._build_yes_no(layout)
        else:
            self._text = QPlainTextEdit()
            self._text.setTabChangesFocus(True)
            self._text.setPlaceholderText(self.tr("What the customer says (Shift+Enter: new line)"))
            self._text.installEventFilter(self)
            self._text.textChanged.connect(self._follow_direction)
            layout.addWidget(self._text)

    def _build_scale(self, layout: QVBoxLayout, low: int, high: int) -> None:
        self._line = QLineEdit()
        self._line.setPlaceholderText(
            self.tr("A whole number from %1 to %2").replace("%1", str(low)).replace("%2", str(high))
        )
        self._line.setMaxLength(2)
        layout.addWidget(self._line)
        row = QHBoxLayout()
        row.setSpacing(4)
        for value in range(low, high + 1):
            button = QPushButton(str(value))
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the keyboard types the number
            button.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)
            button.setMinimumWidth(button.fontMetrics().horizontalAdvance("10") + 16)
            button.clicked.connect(
                lambda _c=False, v=value: self._line.setText(str(v)) if self._line else None
            )
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)

    def _build_yes_no(self, layout: QVBoxLayout) -> None:
        self._yes_no = QButtonGroup(self)
        row = QHBoxLayout()
        for value, text in (("yes", self.tr("&Yes (Y)")), ("no", self.tr("&No (N)"))):
            button = QRadioButton(text)
            button.setProperty("answer", value)
            button.installEventFilter(self)
            self._yes_no.addButton(button)
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)

    def value(self) -> str:
        """What was entered, as the service reads it ("" when nothing was)."""
        if self._line is not None:
            return self._line.text()
        if self._text is not None:
            return self._text.toPlainText()
        checked = self._yes_no.checkedButton() if self._yes_no is not None else None
        return str(checked.property("answer")) if checked is not None else ""

    def set_value(self, value: str) -> None:
        if self._line is not None:
            self._line.setText(value)
        elif self._text is not None:
            self._text.setPlainText(value)
        elif self._yes_no is not None:
            for button in self._yes_no.buttons():
                button.setChecked(button.property("answer") == value)

    def focus(self) -> None:
        target: QWidget | None = self._line or self._text
        if target is None and self._yes_no is not None:
            target = self._yes_no.checkedButton() or self._yes_no.buttons()[0]
        if target is not None:
            target.setFocus(Qt.FocusReason.OtherFocusReason)
        if self._line is not None:
            self._line.selectAll()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            shift = event.modifiers() & Qt.KeyboardModifier.ShiftModifier
            if watched is self._text and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not shift:
                self.submitted.emit()
                return True
            if self._yes_no is not None and watched in self._yes_no.buttons():
                typed = event.text().casefold()
                if typed in YES_KEYS or typed in NO_KEYS:
                    self.set_value("yes" if typed in YES_KEYS else "no")
                    self.focus()
                    return True
        return super().eventFilter(watched, event)

    def _follow_direction(self) -> None:
        assert self._text is not None
        rtl = is_right_to_left(self._text.toPlainText())
        direction = Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
        option = self._text.document().defaultTextOption()
        if option.textDirection() != direction:
            option.setTextDirection(direction)
            self._text.document().setDefaultTextOption(option)
