"""Same question, any survey: link each survey's questions to the canonical question they mean.

The list shows every survey question (all sources, or one) with its
canonical question. For the selected one: the suggestions of
``app.survey_questions`` (text similarity and shared survey concepts, across
English, Russian and Persian), a choice of every canonical question, unlinking,
and a new canonical question made from it. Reading and changing run in
workers (``ui.background``); the list keeps its place after a change.

Preview alone: ``python -m ui.surveys.canonical_questions [--db URL]``.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QItemSelectionModel, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import Engine

from app.errors import KaizenError
from app.survey_questions import CanonicalQuestion, Suggestion, SurveyQuestion
from app.tasks import TaskState
from ui import crash
from ui.background import BackgroundTask, run_in_background
from ui.delegates.natural_direction_delegate import NaturalDirectionDelegate
from ui.models.survey_questions_model import SurveyQuestionsModel
from ui.models.survey_text_table import SurveyTextTableModel

Loaded = tuple[list[SurveyQuestion], dict[int, list[Suggestion]], list[CanonicalQuestion], list[str]]


def load_questions(_state: TaskState, engine: Engine, source: str | None) -> Loaded:
    """In a worker: the questions (of one source or all), suggestions, canonical questions, sources."""
    from app.survey_preview import known_sources
    from app.survey_questions import canonical_questions, suggestions_for, survey_questions

    with engine.connect() as conn:
        rows = survey_questions(conn, source)
        return rows, suggestions_for(conn, rows), canonical_questions(conn), known_sources(conn)


def link_question(
    _state: TaskState, engine: Engine, question_id: int, canonical_id: int | None, new: tuple[str, str] | None
) -> int:
    """In a worker: link (None: unlink) a question; with ``new`` (code, text) create the target first."""
    from app.survey_questions import create_canonical, set_canonical

    with engine.begin() as conn:
        if new is not None:
            canonical_id = create_canonical(conn, *new)
        set_canonical(conn, question_id, canonical_id)
    return question_id


class CanonicalQuestionsWindow(QWidget):
    #: The list was read and is on screen (number of questions).
    questions_loaded = Signal(int)
    #: A question's link changed: question id.
    question_linked = Signal(int)

    def __init__(self, engine: Engine, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowFlag(Qt.WindowType.Window)
        self.setWindowTitle(self.tr("Same question, any survey — Kaizen Desk"))
        self._engine = engine
        self._task: BackgroundTask | None = None
        self._busy = False
        self._keep_question: int | None = None
        self._model = SurveyQuestionsModel(self)

        self._source = QComboBox()
        self._source.addItem(self.tr("All sources"), None)
        self._source.currentIndexChanged.connect(self.reload)
        self._summary = QLabel()
        self._summary.setWordWrap(True)
        top = QHBoxLayout()
        source_label = QLabel(self.tr("&Source:"))
        source_label.setBuddy(self._source)
        top.addWidget(source_label)
        top.addWidget(self._source)
        top.addWidget(self._summary, 1)

        self._table = QTableView()
        self._table.setModel(self._model)
        self._table.setItemDelegate(NaturalDirectionDelegate(self._table))
        self._table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self._table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self._table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self._table.setAlternatingRowColors(True)
        self._table.setWordWrap(False)
        self._table.verticalHeader().hide()
        self._table.setItemDelegate(NaturalDirectionDelegate(self._table))
        header = self._table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self._table.selectionModel().currentRowChanged.connect(self._show_current)

        self._question = QLabel()
        self._question.setWordWrap(True)
        self._question.setStyleSheet("font-weight: bold")
        self._means = QLabel()
        self._means.setWordWrap(True)
        self._suggestions = SurveyTextTableModel([self.tr("Canonical question"), self.tr("Score")], self)
        self._suggestion_view = QTableView()
        self._suggestion_view.setModel(self._suggestions)
        self._suggestion_view.setItemDelegate(NaturalDirectionDelegate(self._suggestion_view))
        self._suggestion_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self._suggestion_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self._suggestion_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self._suggestion_view.verticalHeader().hide()
        self._suggestion_view.setItemDelegate(NaturalDirectionDelegate(self._suggestion_view))
        suggestion_header = self._suggestion_view.horizontalHeader()
        suggestion_header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        suggestion_header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self._suggestion_view.setMaximumHeight(self.fontMetrics().height() * 7)
        self._suggestion_view.doubleClicked.connect(self.use_suggestion)
        self._use = QPushButton(self.tr("&Use suggestion"))
        self._use.clicked.connect(self.use_suggestion)

        self._canonical = QComboBox()
        self._canonical.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self._canonical.setMinimumContentsLength(24)
        self._link = QPushButton(self.tr("&Link"))
        self._link.clicked.connect(self.link_chosen)
        self._unlink = QPushButton(self.tr("U&nlink"))
        self._unlink.clicked.connect(self.unlink)
        self._new_code = QLineEdit()
        self._new_code.setPlaceholderText(self.tr("code, e.g. nps"))
        self._new_text = QLineEdit()
        self._create = QPushButton(self.tr("&Create and link"))
        self._create.clicked.connect(self.create_and_link)
        self._error = QLabel()
        self._error.setWordWrap(True)
        self._error.setStyleSheet("color: #b00020")
        self._error.hide()

        choose = QHBoxLayout()
        choose.addWidget(self._canonical, 1)
        choose.addWidget(self._link)
        choose.addWidget(self._unlink)
        new_box = QGroupBox(self.tr("New canonical question"))
        new_form = QFormLayout(new_box)
        new_form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        new_form.addRow(self.tr("Code:"), self._new_code)
        new_form.addRow(self.tr("Text:"), self._new_text)
        new_form.addRow(self._create)
        detail = QWidget()
        side = QVBoxLayout(detail)
        side.setContentsMargins(0, 0, 0, 0)
        side.addWidget(self._question)
        side.addWidget(self._means)
        side.addWidget(QLabel(self.tr("Suggestions:")))
        side.addWidget(self._suggestion_view)
        side.addWidget(self._use, 0, Qt.AlignmentFlag.AlignLeading)
        side.addWidget(QLabel(self.tr("Or choose one:")))
        side.addLayout(choose)
        side.addWidget(new_box)
        side.addWidget(self._error)
        side.addStretch(1)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self._table)
        splitter.addWidget(detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([720, 480])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        self.resize(1200, 680)
        self._show_current()
        self.reload()

    # -- what others call ---------------------------------------------------

    def model(self) -> SurveyQuestionsModel:
        return self._model

    def table(self) -> QTableView:
        return self._table

    def suggestions_model(self) -> SurveyTextTableModel:
        return self._suggestions

    def canonical_box(self) -> QComboBox:
        return self._canonical

    def new_question_edits(self) -> tuple[QLineEdit, QLineEdit]:
        return self._new_code, self._new_text

    def summary_text(self) -> str:
        return self._summary.text()

    def error_text(self) -> str:
        return self._error.text() if not self._error.isHidden() else ""

    def current_question(self) -> SurveyQuestion | None:
        return self._model.question_at(self._table.currentIndex().row())

    def select_question(self, question_id: int) -> None:
        row = self._model.row_of(question_id)
        if row >= 0:
            self._table.selectionModel().setCurrentIndex(
                self._model.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
            )

    @Slot()
    def reload(self) -> None:
        question = self.current_question()
        if question is not None and self._keep_question is None:
            self._keep_question = question.id
        self._summary.setText(self.tr("Reading…"))
        self._run(load_questions, self._engine, self._source.currentData(), on_done=self._loaded)

    @Slot()
    def use_suggestion(self) -> None:
        question = self.current_question()
        row = self._suggestion_view.currentIndex().row()
        found = self._model.suggestions(question.id) if question else []
        if question is not None and found:
            self._change(question.id, found[max(row, 0)].canonical_id)

    @Slot()
    def link_chosen(self) -> None:
        question = self.current_question()
        canonical_id = self._canonical.currentData()
        if question is not None and canonical_id is not None:
            self._change(question.id, int(canonical_id))

    @Slot()
    def unlink(self) -> None:
        question = self.current_question()
        if question is not None and question.canonical_id is not None:
            self._change(question.id, None)

    @Slot()
    def create_and_link(self) -> None:
        question = self.current_question()
        if question is not None:
            new = (self._new_code.text().strip(), self._new_text.text().strip())
            self._change(question.id, None, new)

    # -- work -----------------------------------------------------------------

    def _run(self, fn: Any, *args: Any, on_done: Any) -> None:
        self._busy = True
        self._update_buttons()
        task = run_in_background(fn, *args)
        task.finished.connect(on_done)
        task.failed.connect(self._failed)
        self._task = task

    def _change(self, question_id: int, canonical_id: int | None, new: tuple[str, str] | None = None) -> None:
        if self._busy:
            return
        self._error.hide()
        self._keep_question = question_id
        self._run(link_question, self._engine, question_id, canonical_id, new, on_done=self._linked)

    @Slot(object)
    def _linked(self, question_id: int) -> None:
        self._new_code.clear()
        self.question_linked.emit(question_id)
        self.reload()

    @Slot(object)
    def _loaded(self, result: Loaded) -> None:
        rows, suggestions, canonical, sources = result
        self._busy = False
        self._model.set_questions(rows, suggestions)
        self._fill_sources(sources)
        self._canonical.clear()
        for c in canonical:
            self._canonical.addItem(f"{c.code}: {c.text}", c.id)
        self._summary.setText(
            self.tr("%1 questions; %2 linked to a canonical question.")
            .replace("%1", str(len(rows)))
            .replace("%2", str(self._model.linked_count()))
        )
        self._table.resizeColumnsToContents()
        for column in range(self._model.columnCount()):
            self._table.setColumnWidth(column, min(self._table.columnWidth(column), 360))
        if rows:
            keep = self._keep_question
            row = self._model.row_of(keep) if keep is not None else 0
            self.select_question(rows[max(row, 0)].id)
        self._keep_question = None
        self._show_current()
        self.questions_loaded.emit(len(rows))

    def _fill_sources(self, sources: list[str]) -> None:
        chosen = self._source.currentData()
        self._source.blockSignals(True)
        self._source.clear()
        self._source.addItem(self.tr("All sources"), None)
        for source in sources:
            self._source.addItem(source, source)
        self._source.setCurrentIndex(max(self._source.findData(chosen), 0))
        self._source.blockSignals(False)

    @Slot(object)
    def _failed(self, exc: BaseException) -> None:
        self._busy = False
        self._update_buttons()
        if isinstance(exc, KaizenError):
            self._error.setText(crash.environment_message(exc))  # in the user's language
            self._error.show()
        elif crash.is_environment_error(exc):
            self._error.setText(crash.environment_message(exc))
            self._error.show()
        else:
            crash.report(exc)

    # -- showing ----------------------------------------------------------------

    def _update_buttons(self) -> None:
        question = self.current_question()
        ready = question is not None and not self._busy
        self._use.setEnabled(ready and bool(self._suggestions.rowCount()))
        self._link.setEnabled(ready and self._canonical.count() > 0)
        self._unlink.setEnabled(ready and question is not None and question.canonical_id is not None)
        self._create.setEnabled(ready)

    @Slot()
    def _show_current(self, *_args: object) -> None:
        question = self.current_question()
        if question is None:
            self._question.setText(self.tr("Choose a question in the list."))
            self._means.setText("")
            self._suggestions.set_rows([])
            self._update_buttons()
            return
        self._question.setText(question.text)
        if question.canonical_id is None:
            self._means.setText(self.tr("Not linked to a canonical question yet."))
        else:
            self._means.setText(
                self.tr("Means: %1").replace("%1", f"{question.canonical_code}: {question.canonical_text}")
            )
            self._canonical.setCurrentIndex(max(self._canonical.findData(question.canonical_id), 0))
        found = self._model.suggestions(question.id)
        because = self.tr("Most alike: %1")
        self._suggestions.set_rows(
            [[f"{s.code}: {s.text}", f"{s.score:.2f}"] for s in found],
            [[because.replace("%1", s.because)] * 2 for s in found],
        )
        if found:
            self._suggestion_view.selectRow(0)
            self._canonical.setCurrentIndex(max(self._canonical.findData(found[0].canonical_id), 0))
        if not self._new_code.text():
            self._new_text.setText(question.text)
        self._update_buttons()


def _preview() -> int:
    """Run the screen alone on ``--db URL``, else on a temporary database with sample surveys."""
    import argparse
    import tempfile

    from ui.application import create_application, open_database

    parser = argparse.ArgumentParser(
        prog="python -m ui.surveys.canonical_questions", description=_preview.__doc__
    )
    parser.add_argument("--db", metavar="URL")
    args = parser.parse_args()
    app = create_application()
    with tempfile.TemporaryDirectory(prefix="kaizen-questions-") as folder:
        engine = open_database(args.db or f"sqlite:///{folder}/preview.db")
        if not args.db:
            from ui.surveys.sample_surveys import add_sample_surveys

            add_sample_surveys(engine, folder)
        window = CanonicalQuestionsWindow(engine)
        window.show()
        code = app.exec()
        from ui import background

        background.cancel_all()
        background.wait_for_all()
        engine.dispose()
    return code


if __name__ == "__main__":
    raise SystemExit(_preview())
