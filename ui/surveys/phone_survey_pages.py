"""The phone-survey screen's widgets and their layout, apart from what the screen does with them.

Three pages: choose the customer and the survey; one question at a time; the
summary. Texts wrap rather than truncate, so Russian and Persian fit.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import Engine

from ui.delegates.natural_direction_delegate import NaturalDirectionDelegate
from ui.models.phone_survey_questions_model import PhoneSurveyQuestionsModel
from ui.surveys.phone_survey_contact import ContactFinder

WARNING_STYLE = "color: #b3261e;"
CARD_STYLE = (
    "QFrame#onFile { background: palette(alternate-base); "
    "border: 1px solid palette(mid); border-radius: 4px; }"
)
START, QUESTION, SUMMARY = range(3)


def _wrapping(text: str = "", *, bold: bool = False, scale: float = 1.0) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if bold or scale != 1.0:
        font = QFont(label.font())
        font.setBold(bold)
        font.setPointSizeF(font.pointSizeF() * scale)
        label.setFont(font)
    return label


def _warning() -> QLabel:
    label = _wrapping()
    label.setStyleSheet(WARNING_STYLE)
    label.hide()
    return label


@dataclass
class StartPage:
    finder: ContactFinder
    contact: QLabel
    survey: QComboBox
    plan: QLabel
    rule: QLabel
    reason: QLineEdit
    error: QLabel
    start: QPushButton


@dataclass
class QuestionPage:
    progress: QLabel
    question: QLabel
    on_file_card: QFrame
    on_file: QLabel
    on_file_where: QLabel
    keep: QPushButton
    ask_again: QPushButton
    input_area: QVBoxLayout
    hint: QLabel
    error: QLabel
    back: QPushButton
    decline: QPushButton
    record: QPushButton


@dataclass
class SummaryPage:
    counts: QLabel
    detail: QLabel
    back: QPushButton
    save: QPushButton


@dataclass
class Screen:
    pages: QStackedWidget
    start: StartPage
    question: QuestionPage
    summary: SummaryPage
    table: QTableView
    complaint: QPushButton
    status: QLabel


def _start_page(engine: Engine) -> tuple[QWidget, StartPage]:
    page = QWidget()
    layout = QVBoxLayout(page)
    w = StartPage(
        finder=ContactFinder(engine),
        contact=_wrapping(),
        survey=QComboBox(),
        plan=_wrapping(),
        rule=_wrapping(),
        reason=QLineEdit(),
        error=_warning(),
        start=QPushButton(QCoreApplication.translate("PhoneSurvey", "Start the survey (Enter)")),
    )
    w.reason.setPlaceholderText(
        QCoreApplication.translate("PhoneSurvey", "Reason to survey this customer anyway")
    )
    w.reason.hide()
    w.survey.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    for text, widget in (
        (QCoreApplication.translate("PhoneSurvey", "&Customer:"), w.finder),
        (None, w.contact),
        (QCoreApplication.translate("PhoneSurvey", "Sur&vey:"), w.survey),
    ):
        if text is not None:
            label = QLabel(text)
            label.setBuddy(widget.search if isinstance(widget, ContactFinder) else widget)
            layout.addWidget(label)
        layout.addWidget(widget)
    for widget in (w.plan, w.rule, w.reason, w.error):
        layout.addWidget(widget)
    layout.addStretch(1)
    buttons = QHBoxLayout()
    buttons.addStretch(1)
    buttons.addWidget(w.start)
    layout.addLayout(buttons)
    return page, w


def _question_page() -> tuple[QWidget, QuestionPage]:
    page = QWidget()
    layout = QVBoxLayout(page)
    card = QFrame()
    card.setObjectName("onFile")
    card.setStyleSheet(CARD_STYLE)
    w = QuestionPage(
        progress=_wrapping(),
        question=_wrapping(bold=True, scale=1.25),
        on_file_card=card,
        on_file=_wrapping(bold=True),
        on_file_where=_wrapping(),
        keep=QPushButton(QCoreApplication.translate("PhoneSurvey", "Not asked: keep it, next (Enter)")),
        ask_again=QPushButton(QCoreApplication.translate("PhoneSurvey", "Ask again (Ctrl+R)")),
        input_area=QVBoxLayout(),
        hint=_wrapping(),
        error=_warning(),
        back=QPushButton(QCoreApplication.translate("PhoneSurvey", "Back (Alt+Left)")),
        decline=QPushButton(QCoreApplication.translate("PhoneSurvey", "No answer (Ctrl+D)")),
        record=QPushButton(QCoreApplication.translate("PhoneSurvey", "Record, next (Enter)")),
    )
    card_layout = QVBoxLayout(card)
    card_layout.addWidget(w.on_file)
    card_layout.addWidget(w.on_file_where)
    card_buttons = QHBoxLayout()
    card_buttons.addWidget(w.keep)
    card_buttons.addWidget(w.ask_again)
    card_buttons.addStretch(1)
    card_layout.addLayout(card_buttons)
    for widget in (w.progress, w.question, card):
        layout.addWidget(widget)
    layout.addLayout(w.input_area)
    layout.addWidget(w.hint)
    layout.addWidget(w.error)
    layout.addStretch(1)
    buttons = QHBoxLayout()
    buttons.addWidget(w.back)
    buttons.addStretch(1)
    buttons.addWidget(w.decline)
    buttons.addWidget(w.record)
    layout.addLayout(buttons)
    return page, w


def _summary_page() -> tuple[QWidget, SummaryPage]:
    page = QWidget()
    layout = QVBoxLayout(page)
    w = SummaryPage(
        counts=_wrapping(bold=True, scale=1.25),
        detail=_wrapping(),
        back=QPushButton(QCoreApplication.translate("PhoneSurvey", "Back (Alt+Left)")),
        save=QPushButton(QCoreApplication.translate("PhoneSurvey", "Save the call (Enter)")),
    )
    layout.addWidget(w.counts)
    layout.addWidget(w.detail)
    layout.addStretch(1)
    buttons = QHBoxLayout()
    buttons.addWidget(w.back)
    buttons.addStretch(1)
    buttons.addWidget(w.save)
    layout.addLayout(buttons)
    return page, w


def _table(model: PhoneSurveyQuestionsModel) -> QTableView:
    table = QTableView()
    table.setModel(model)
    table.setItemDelegate(NaturalDirectionDelegate(table))
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
    table.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the keyboard stays on the question
    table.setWordWrap(True)
    table.verticalHeader().hide()
    table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header = table.horizontalHeader()
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
    header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
    return table


def build_screen(window: QWidget, engine: Engine, model: PhoneSurveyQuestionsModel) -> Screen:
    pages = QStackedWidget()
    start_widget, start = _start_page(engine)
    question_widget, question = _question_page()
    summary_widget, summary = _summary_page()
    for widget in (start_widget, question_widget, summary_widget):
        pages.addWidget(widget)
    screen = Screen(
        pages=pages,
        start=start,
        question=question,
        summary=summary,
        table=_table(model),
        complaint=QPushButton(QCoreApplication.translate("PhoneSurvey", "Complaint or idea… (Ctrl+K)")),
        status=_wrapping(),
    )
    body = QHBoxLayout()
    body.addWidget(pages, 3)
    body.addWidget(screen.table, 2)
    bottom = QHBoxLayout()
    bottom.addWidget(screen.status, 1)
    bottom.addWidget(screen.complaint)
    layout = QVBoxLayout(window)
    layout.addLayout(body, 1)
    layout.addLayout(bottom)
    return screen
