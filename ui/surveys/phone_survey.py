"""The operator's phone-survey screen: ask only what is not on file, and let the customer add anything.

Find the customer (as in capture), choose the survey, Enter: the questions come
one at a time. A question answered recently in any survey system shows that
answer, its source and date instead of being asked (Enter passes it; Ctrl+R
asks it again); any other gets an input for its answer type, and Enter records
the answer and moves on. Ctrl+K opens capture for this customer at any point.
The summary counts the questions asked and spared; Enter saves the call. A call
closed half-way is saved or discarded as the operator says, never lost silently.

Preview on sample data: ``python -m ui.surveys.phone_survey [--db URL]``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal, Slot
from PySide6.QtGui import QCloseEvent, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget
from sqlalchemy import Engine

from app.contact_lookup import ContactMatch
from app.contact_rules import ContactRules, configured_rules
from app.errors import InvalidValue
from app.phone_survey import (
    AnswerType,
    CallPlan,
    CallProgress,
    RecordedCall,
    SurveyChoice,
    phone_surveys,
    start_call,
)
from app.tasks import TaskState
from ui import crash
from ui.background import run_in_background
from ui.models.phone_survey_questions_model import PhoneSurveyQuestionsModel, answer_label, isolated
from ui.surveys.phone_survey_inputs import AnswerInput
from ui.surveys.phone_survey_pages import QUESTION, START, SUMMARY, build_screen
from ui.text_direction import is_right_to_left

if TYPE_CHECKING:
    from ui.capture.window import CaptureWindow


def _surveys(_state: TaskState, engine: Engine) -> list[SurveyChoice]:
    with engine.connect() as conn:
        return phone_surveys(conn)


def _plan(
    _state: TaskState, engine: Engine, contact_id: int, survey_id: int, rules: ContactRules
) -> CallPlan:
    with engine.connect() as conn:
        return start_call(conn, contact_id, survey_id, rules)


def _save(
    _state: TaskState, engine: Engine, progress: CallProgress, operator_id: int | None, reason: str
) -> RecordedCall:
    with engine.begin() as conn:  # the response, its answers and the call: all or nothing
        return progress.save(conn, operator_id=operator_id, override_reason=reason)


class PhoneSurveyWindow(QWidget):
    #: A call was saved (the RecordedCall).
    call_saved = Signal(object)

    def __init__(
        self,
        engine: Engine,
        *,
        operator_id: int | None = None,
        open_capture: Callable[[], CaptureWindow] | None = None,
        rules: ContactRules | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setWindowTitle(self.tr("Phone survey — Kaizen Desk"))
        self._engine = engine
        if operator_id is None:
            from ui.capture.window import current_operator

            operator_id = current_operator(engine).id
        self._operator_id = operator_id
        self._open_capture = open_capture
        self._own_capture: CaptureWindow | None = None
        self._watched_capture: CaptureWindow | None = None
        self._rules = rules
        self._contact: ContactMatch | None = None
        self._plan: CallPlan | None = None
        self._progress: CallProgress | None = None
        self._planning = False
        self._start_when_planned = False
        self._saving = False
        self._close_after_save = False
        self._input: AnswerInput | None = None
        self.model = PhoneSurveyQuestionsModel(self)
        self.w = build_screen(self, engine, self.model)
        self._connect()
        self._show_page(START)
        self.resize(1000, 600)

    # -- wiring -------------------------------------------------------------------

    def _connect(self) -> None:
        w = self.w
        w.start.finder.contact_chosen.connect(self._contact_chosen)
        w.start.finder.failed_message.connect(w.status.setText)
        w.start.survey.currentIndexChanged.connect(lambda _i: self._plan_call())
        w.start.reason.textEdited.connect(lambda _t: w.start.error.hide())
        w.start.start.clicked.connect(self.start)
        w.question.keep.clicked.connect(self.keep_on_file)
        w.question.ask_again.clicked.connect(self.ask_again)
        w.question.record.clicked.connect(self.record)
        w.question.decline.clicked.connect(self.decline)
        w.question.back.clicked.connect(self.back)
        w.summary.back.clicked.connect(self.back)
        w.summary.save.clicked.connect(self.save)
        w.complaint.clicked.connect(self.open_complaint)
        ctrl = Qt.Modifier.CTRL
        for keys, slot in (
            ((ctrl | Qt.Key.Key_K,), self.open_complaint),
            ((ctrl | Qt.Key.Key_R,), self.ask_again),
            ((ctrl | Qt.Key.Key_D,), self.decline),
            ((Qt.Modifier.ALT | Qt.Key.Key_Left,), self.back),
            ((ctrl | Qt.Key.Key_Return, ctrl | Qt.Key.Key_Enter), self._enter),
            ((ctrl | Qt.Key.Key_L,), self._find_contact),
            ((Qt.Key.Key_Escape,), self.close),
        ):
            for key in keys:
                QShortcut(QKeySequence(key), self, activated=slot)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Enter that no input took (a score, a yes/no, a button, the survey list) is the screen's.
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not (
            event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        ):
            self._enter()
            return
        super().keyPressEvent(event)

    # -- what the main window and tests call ------------------------------------------

    def open_call(self) -> None:
        """Show the screen, ready for the next call (a call under way stays as it is)."""
        self.show()
        self.raise_()
        self.activateWindow()
        if self._progress is None:
            self._load_surveys()
            self._find_contact()

    def progress(self) -> CallProgress | None:
        return self._progress

    def page(self) -> int:
        return self.w.pages.currentIndex()

    def is_busy(self) -> bool:
        return self._planning or self._saving or self.w.start.finder.is_busy()

    def answer_input(self) -> AnswerInput | None:
        return self._input

    # -- choosing the customer and the survey -------------------------------------------

    def _load_surveys(self) -> None:
        task = run_in_background(_surveys, self._engine)
        task.finished.connect(self._surveys_loaded)
        task.failed.connect(self._failed)

    @Slot(object)
    def _surveys_loaded(self, surveys: list[SurveyChoice]) -> None:
        combo = self.w.start.survey
        chosen = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        for choice in surveys:
            text = self.tr("%1 (%2) — %n question(s)", "", choice.questions)
            combo.addItem(text.replace("%1", choice.name).replace("%2", choice.source_system), choice.id)
        index = combo.findData(chosen)
        combo.setCurrentIndex(max(index, 0))
        combo.blockSignals(False)
        self._plan_call()

    @Slot()
    def _find_contact(self) -> None:
        if self.page() == START:
            self.w.start.finder.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
            self.w.start.finder.search.selectAll()

    @Slot(object)
    def _contact_chosen(self, match: ContactMatch) -> None:
        self._contact = match
        parts = " · ".join(isolated(v) for v in (match.display_name, match.phone, match.email) if v)
        self.w.start.contact.setText(self.tr("Customer: %1").replace("%1", parts))
        self.w.start.survey.setFocus(Qt.FocusReason.OtherFocusReason)
        self._plan_call()

    def _plan_call(self) -> None:
        survey_id = self.w.start.survey.currentData()
        self._plan = None
        self._show_plan()
        if self._contact is None or survey_id is None:
            return
        self._planning = True
        rules = self._rules or configured_rules()
        task = run_in_background(_plan, self._engine, self._contact.id, survey_id, rules)
        task.finished.connect(lambda plan, c=self._contact.id, s=survey_id: self._planned(c, s, plan))
        task.failed.connect(self._failed)

    def _planned(self, contact_id: int, survey_id: int, plan: CallPlan) -> None:
        self._planning = False
        if self._contact is None or (contact_id, survey_id) != (
            self._contact.id,
            self.w.start.survey.currentData(),
        ):
            self._plan_call()  # the operator chose another meanwhile
            return
        self._plan = plan
        self._show_plan()
        if self._start_when_planned:
            self._start_when_planned = False
            self.start()

    def _show_plan(self) -> None:
        s, plan = self.w.start, self._plan
        s.plan.setText("")
        s.rule.setText("")
        s.rule.setStyleSheet("")
        s.reason.setVisible(plan is not None and plan.refused)
        if plan is None:
            return
        s.plan.setText(
            self.tr("%n question(s): ", "", len(plan.questions))
            + self.tr("%n on file, not to ask again", "", plan.on_file_count)
        )
        decision = plan.decision
        if decision.allowed:
            text = (
                self.tr("Last surveyed %1.").replace("%1", f"{decision.last_surveyed_at:%Y-%m-%d}")
                if decision.last_surveyed_at
                else self.tr("Never surveyed before.")
            )
        else:
            s.rule.setStyleSheet("color: #b3261e;")
            text = (
                self.tr(
                    "Surveyed on %1: the rule is not to survey again within %n day(s) (until %2).",
                    "",
                    plan.rules.survey_gap_days,
                )
                .replace("%1", f"{decision.last_surveyed_at:%Y-%m-%d}")
                .replace("%2", f"{decision.next_allowed_at:%Y-%m-%d}")
            )
            text += " " + self.tr("To call anyway, give the reason.")
        s.rule.setText(text)

    # -- the call ----------------------------------------------------------------------

    @Slot()
    def start(self) -> None:
        s = self.w.start
        s.error.hide()
        if self._contact is None:
            self._start_error(self.tr("Find the customer first."))
            s.finder.search.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        if self._plan is None:
            self._start_when_planned = self._planning
            if not self._planning:
                self._plan_call()
                self._start_when_planned = True
            return
        if self._plan.refused and not s.reason.text().strip():
            self._start_error(self.tr("The contact rules say not yet: give the reason to call anyway."))
            s.reason.show()
            s.reason.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        self._progress = CallProgress(self._plan)
        self.model.set_progress(self._progress)
        self._show_question()

    def _start_error(self, text: str) -> None:
        self.w.start.error.setText(text)
        self.w.start.error.show()

    @Slot()
    def _enter(self) -> None:
        page = self.page()
        if page == START:
            self.start()
        elif page == QUESTION and self._progress is not None and self._progress.current is not None:
            if self._progress.must_ask(self._progress.current):
                self.record()
            else:
                self.keep_on_file()
        elif page == SUMMARY:
            self.save()

    @Slot()
    def record(self) -> None:
        if self._progress is None or self._input is None or self.page() != QUESTION:
            return
        value = self._input.value()
        if not value.strip():
            self._question_error(
                self.tr("Type the answer, or press Ctrl+D if the customer would not answer.")
            )
            return
        try:
            self._progress.answer(value)
        except InvalidValue:
            self._question_error(
                self.tr("“%1” does not fit this question.").replace("%1", isolated(value.strip()))
                + " "
                + self._hint(self._input)
            )
            return
        self._moved()

    @Slot()
    def decline(self) -> None:
        if self._progress is not None and self.page() == QUESTION and self._input is not None:
            self._progress.decline()
            self._moved()

    @Slot()
    def keep_on_file(self) -> None:
        if self._progress is not None and self.page() == QUESTION:
            self._progress.keep_on_file()
            self._moved()

    @Slot()
    def ask_again(self) -> None:
        if self._progress is not None and self.page() == QUESTION:
            self._progress.ask_again()
            self._show_question()

    @Slot()
    def back(self) -> None:
        if self._progress is None or self.page() == START:
            return
        if self.page() == QUESTION and self._progress.index == 0:
            return
        self._progress.back()
        self._moved()

    def _moved(self) -> None:
        self.model.refresh()
        if self._progress is not None and self._progress.finished:
            self._show_summary()
        else:
            self._show_question()

    def _question_error(self, text: str) -> None:
        self.w.question.error.setText(text)
        self.w.question.error.show()
        self.w.question.hint.hide()
        if self._input is not None:
            self._input.focus()

    # -- showing -------------------------------------------------------------------------

    def _show_page(self, page: int) -> None:
        self.w.pages.setCurrentIndex(page)
        self.w.table.setVisible(page != START)

    def _show_question(self) -> None:
        assert self._progress is not None
        planned = self._progress.current
        if planned is None:
            self._show_summary()
            return
        q, progress = self.w.question, self._progress
        self._show_page(QUESTION)
        q.error.hide()
        total = len(progress.plan.questions)
        q.progress.setText(
            self.tr("Question %1 of %2").replace("%1", str(progress.index + 1)).replace("%2", str(total))
        )
        self._set_text(q.question, planned.text)
        if self._input is not None:
            self._input.deleteLater()
            self._input = None
        asking = progress.must_ask(planned)
        on_file = planned.on_file
        q.on_file_card.setVisible(on_file is not None)
        q.keep.setVisible(on_file is not None)  # asking again can still be taken back
        q.keep.setText(
            self.tr("Keep the answer on file") if asking else self.tr("Not asked: keep it, next (Enter)")
        )
        q.ask_again.setVisible(not asking)
        q.record.setVisible(asking)
        q.decline.setVisible(asking)
        q.hint.setVisible(asking)
        q.back.setEnabled(progress.index > 0)
        if on_file is not None:
            latest = on_file.latest
            lead = self.tr("On file: %1") if not asking else self.tr("On file was: %1")
            q.on_file.setText(lead.replace("%1", isolated(answer_label(latest.value))))
            source = latest.source_system
            if latest.survey != source:
                source = f"{isolated(source)} · {isolated(latest.survey)}"
            q.on_file_where.setText(
                self.tr("From %1, %2. Asked there as: %3")
                .replace("%1", isolated(source))
                .replace("%2", f"{latest.responded_at:%Y-%m-%d}")
                .replace("%3", isolated(latest.question_text))
            )
        if asking:
            self._input = AnswerInput(planned.answer_type, self)
            self._input.submitted.connect(self.record)
            q.input_area.addWidget(self._input)
            given = progress.answers.get(planned.question_id)
            if given:
                self._input.set_value(given)
            q.hint.setText(self._hint(self._input))
            self._input.focus()
        else:
            q.keep.setFocus(Qt.FocusReason.OtherFocusReason)
        self.model.refresh()
        self.w.table.scrollTo(self.model.index(progress.index, 0))

    def _hint(self, answer_input: AnswerInput) -> str:
        scale = answer_input.answer_type.scale
        if scale is not None:
            return (
                self.tr("Type a whole number from %1 to %2, then Enter.")
                .replace("%1", str(scale[0]))
                .replace("%2", str(scale[1]))
            )
        if answer_input.answer_type is AnswerType.YES_NO:
            return self.tr("Y for yes, N for no, then Enter.")
        return self.tr("Type what the customer says, then Enter (Shift+Enter: new line).")

    def _show_summary(self) -> None:
        assert self._progress is not None
        progress = self._progress
        self._show_page(SUMMARY)
        self.w.summary.counts.setText(
            self.tr("%1 questions asked, %2 spared")
            .replace("%1", str(progress.asked))
            .replace("%2", str(len(progress.spared)))
        )
        answered = sum(1 for v in progress.answers.values() if v is not None)
        self.w.summary.detail.setText(
            self.tr("%n new answer(s) will be saved as a phone survey response.", "", answered)
            + " "
            + self.tr("Spared: questions answered recently in another survey, not asked again.")
        )
        self.w.summary.save.setEnabled(not self._saving)
        self.w.summary.save.setFocus(Qt.FocusReason.OtherFocusReason)

    @staticmethod
    def _set_text(label: QLabel, text: str) -> None:
        label.setText(text)
        rtl = is_right_to_left(text)
        side = Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft
        label.setAlignment(side | Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignVCenter)

    # -- saving, closing ---------------------------------------------------------------------

    @Slot()
    def save(self) -> None:
        if self._progress is None or self._saving:
            return
        self._saving = True
        self.w.summary.save.setEnabled(False)
        self.w.status.setText(self.tr("Saving…"))
        task = run_in_background(
            _save, self._engine, self._progress, self._operator_id, self.w.start.reason.text()
        )
        task.finished.connect(self._saved)
        task.failed.connect(self._save_failed)

    @Slot(object)
    def _saved(self, recorded: RecordedCall) -> None:
        self._saving = False
        who = self._contact.display_name if self._contact else ""
        self.w.status.setText(
            self.tr("Call saved — %1: %2 asked, %3 spared")
            .replace("%1", isolated(who or ""))
            .replace("%2", str(recorded.asked))
            .replace("%3", str(recorded.spared))
        )
        self.call_saved.emit(recorded)
        self.reset()
        if self._close_after_save:
            self._close_after_save = False
            self.close()

    @Slot(object)
    def _save_failed(self, exc: BaseException) -> None:
        self._saving = False
        self._close_after_save = False
        self.w.summary.save.setEnabled(True)
        self._failed(exc)

    def reset(self) -> None:
        """Ready for the next call: no customer, no questions."""
        self._progress = None
        self._plan = None
        self._contact = None
        if self._input is not None:
            self._input.deleteLater()
            self._input = None
        self.model.set_progress(None)
        s = self.w.start
        s.finder.clear()
        s.contact.setText("")
        s.reason.clear()
        s.error.hide()
        self._show_plan()
        self._show_page(START)
        self._find_contact()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._saving:
            self._close_after_save = True
            event.ignore()
            return
        if self._progress is not None and self._progress.started:
            answer = QMessageBox.question(
                self,
                self.tr("Call not saved"),
                self.tr("This call is not saved yet. Save what the customer said so far?"),
                QMessageBox.StandardButton.Save
                | QMessageBox.StandardButton.Discard
                | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Save,
            )
            if answer == QMessageBox.StandardButton.Save:
                self._close_after_save = True
                self.save()
                event.ignore()
                return
            if answer != QMessageBox.StandardButton.Discard:
                event.ignore()  # Cancel, or the box closed: the call goes on
                return
        self.reset()
        super().closeEvent(event)

    # -- a complaint or an idea, mid-call ------------------------------------------------------

    @Slot()
    def open_complaint(self) -> None:
        """Capture for this customer: the same capture window and service as Ctrl+N, on this contact."""
        capture = self._capture_window()
        if self._contact is None:
            return
        form = capture.form
        current = form.contact()
        if current is not None and current.id != self._contact.id and not form.draft().is_empty():
            self.w.status.setText(
                self.tr("Capture holds unsaved text for another customer; save or clear it first.")
            )
            return
        if current is None or current.id != self._contact.id:
            form.choose_contact(self._contact)

    def _capture_window(self) -> CaptureWindow:
        if self._open_capture is not None:
            capture = self._open_capture()
        else:
            if self._own_capture is None:
                from ui.capture.window import CaptureWindow

                self._own_capture = CaptureWindow(self._engine, parent=self)
            capture = self._own_capture
            capture.open_capture()
        if capture is not self._watched_capture:
            self._watched_capture = capture
            capture.form.items_saved.connect(self._captured)
        return capture

    @Slot(object)
    def _captured(self, result: tuple[int | None, list[int]]) -> None:
        if self._contact is not None and result[0] == self._contact.id:
            count = len(result[1])
            self.w.status.setText(
                self.tr("Saved %n item(s) for this customer; the survey goes on.", "", count)
            )
            self.raise_()
            self.activateWindow()

    @Slot(object)
    def _failed(self, exc: BaseException) -> None:
        self._planning = False
        self._start_when_planned = False
        if crash.is_environment_error(exc):
            self.w.status.setText(crash.environment_message(exc).replace("\n", " "))
        else:
            crash.report(exc)


def _preview() -> int:
    """Run the screen alone: on ``--db URL``, else on sample data in a temporary SQLite file."""
    import argparse
    import sys
    import tempfile

    from PySide6.QtWidgets import QApplication

    parser = argparse.ArgumentParser(prog="python -m ui.surveys.phone_survey", description=_preview.__doc__)
    parser.add_argument(
        "--db", metavar="URL", help="database URL (default: a temporary file with sample data)"
    )
    args = parser.parse_args()
    app = QApplication.instance() or QApplication(sys.argv)
    from app import demo_data
    from db.engine import make_engine
    from db.migrate import upgrade_to_head

    with tempfile.TemporaryDirectory(prefix="kaizen-phone-survey-") as folder:
        engine = make_engine(args.db or f"sqlite:///{folder}/preview.db")
        upgrade_to_head(engine)
        if not args.db:
            demo_data.ensure_sample_data(engine, items=2000)
        window = PhoneSurveyWindow(engine)
        window.open_call()
        code = app.exec()
        engine.dispose()
    return code


if __name__ == "__main__":
    QCoreApplication.setApplicationName("Kaizen Desk")
    raise SystemExit(_preview())
