"""Import survey responses: pick a file, see it as the importer reads it, map its columns, import.

Pages: the file and the source system it came from (the sources on file are
offered); a preview of the first rows with the format found (CSV encoding and
delimiter, or XLSX); what each column is (``ColumnMappingEditor``, filled from
the source's saved mapping or the recognised column names); a summary to
confirm, where the import runs in the background with progress and cancel;
the report (rows read, responses added, duplicates, contacts, uncertain
matches, rejected rows with their row number and reason).

The services do the work (``app.survey_preview``, ``app.survey_import``): the
import is all or nothing and saves the confirmed mapping for the source. A
file that cannot be read is said so on the file page.

Preview alone: ``python -m ui.surveys.import_wizard [--db URL]``.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)
from sqlalchemy import Engine

from app.errors import KaizenError
from app.survey_import import SurveyImportReport
from app.survey_mapping import SurveyMapping
from app.survey_preview import ImportPreview
from app.tasks import Cancelled, TaskState
from ui import crash
from ui.background import BackgroundTask, long_pool, run_in_background
from ui.delegates.natural_direction_delegate import NaturalDirectionDelegate
from ui.error_messages import reason_text
from ui.models.survey_text_table import SurveyTextTableModel
from ui.surveys.column_mapping import ColumnMappingEditor, role_labels

FILE_PAGE, PREVIEW_PAGE, MAPPING_PAGE, CONFIRM_PAGE, REPORT_PAGE = range(5)


# -- work done in workers ---------------------------------------------------------


def read_sources(_state: TaskState, engine: Engine) -> list[str]:
    from app.survey_preview import known_sources

    with engine.connect() as conn:
        return known_sources(conn)


def read_preview(_state: TaskState, engine: Engine, path: Path, source: str) -> ImportPreview:
    from app.survey_preview import preview_import

    return preview_import(engine, path, source)


def run_import(
    state: TaskState, engine: Engine, path: Path, source: str, mapping: SurveyMapping
) -> SurveyImportReport:
    from app.survey_import import import_survey

    return import_survey(engine, path, source=source, mapping=mapping, state=state)


def _message(exc: BaseException) -> str | None:
    """The calm message for an expected problem; None for a bug (which goes to the crash path)."""
    if isinstance(exc, Cancelled):
        return QCoreApplication.translate("ImportWizard", "Cancelled: nothing was imported.")
    if isinstance(exc, KaizenError):
        return crash.environment_message(exc)  # in the user's language where its kind is known
    if crash.is_environment_error(exc):
        return crash.environment_message(exc)
    return None


def _error_label() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setStyleSheet("color: #b00020")
    label.hide()
    return label


def _table(model: SurveyTextTableModel) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().hide()
    view.setItemDelegate(NaturalDirectionDelegate(view))
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    view.horizontalHeader().setStretchLastSection(True)
    return view


# -- pages ----------------------------------------------------------------------------


class FilePage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(self.tr("Which file?"))
        self.setSubTitle(self.tr("A CSV or XLSX export of survey responses, and the system it came from."))
        self.path_edit = QLineEdit()
        self.path_edit.setPlaceholderText(self.tr("Path of a .csv or .xlsx file"))
        browse = QPushButton(self.tr("&Browse…"))
        browse.clicked.connect(self._browse)
        self.source_box = QComboBox()
        self.source_box.setEditable(True)
        self.source_box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        line = self.source_box.lineEdit()
        if line is not None:
            line.setPlaceholderText(self.tr("e.g. dealer_esurvey"))
        self.error = _error_label()
        self.busy = QLabel(self.tr("Reading the file…"))
        self.busy.hide()
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(browse)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        file_label = QLabel(self.tr("&File:"))
        file_label.setBuddy(self.path_edit)
        form.addRow(file_label, row)
        form.addRow(self.tr("&Source system:"), self.source_box)
        hint = QLabel(
            self.tr(
                "The source names the system the answers come from; its column mapping is saved "
                "and offered again next time."
            )
        )
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.busy)
        layout.addWidget(self.error)
        layout.addStretch(1)
        self.path_edit.textChanged.connect(self._edited)
        self.source_box.editTextChanged.connect(self._edited)
        self._task: BackgroundTask | None = None
        self._read_for: tuple[str, str] | None = None  # (path, source) of the preview on hand
        self._reading: tuple[str, str] = ("", "")

    def forget_preview(self) -> None:
        self._read_for = None

    def set_sources(self, sources: list[str]) -> None:
        text = self.source_box.currentText()
        self.source_box.clear()
        self.source_box.addItems(sources)
        self.source_box.setEditText(text)

    def wanted(self) -> tuple[str, str]:
        return self.path_edit.text().strip(), self.source_box.currentText().strip()

    def isComplete(self) -> bool:
        path, source = self.wanted()
        return bool(path and source) and self._task is None

    def validatePage(self) -> bool:
        if self._read_for == self.wanted() and self._wizard.preview is not None:
            return True
        if self._task is not None:
            return False
        path, source = self._reading = self.wanted()
        self.error.hide()
        self.busy.show()
        self._task = run_in_background(read_preview, self._wizard.engine, Path(path), source)
        self._task.finished.connect(self._read)
        self._task.failed.connect(self._failed)
        self.completeChanged.emit()
        return False

    @Slot(object)
    def _read(self, preview: ImportPreview) -> None:
        self._task = None
        self.busy.hide()
        self._wizard.preview = preview
        self._read_for = self._reading
        self.completeChanged.emit()
        if self._read_for == self.wanted():  # else the user chose another file meanwhile: Next reads it
            self._wizard.next()

    @Slot(object)
    def _failed(self, exc: BaseException) -> None:
        self._task = None
        self.busy.hide()
        self.completeChanged.emit()
        message = _message(exc)
        if message is None:
            crash.report(exc)
            return
        self.error.setText(message)
        self.error.show()

    @Slot()
    def _edited(self) -> None:
        self.error.hide()
        self.completeChanged.emit()

    @Slot()
    def _browse(self) -> None:
        kinds = self.tr("Survey exports (*.csv *.tsv *.txt *.xlsx *.xlsm)")
        chosen, _ = QFileDialog.getOpenFileName(self, self.tr("Survey export"), self.path_edit.text(), kinds)
        if chosen:
            self.path_edit.setText(chosen)


class PreviewPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(self.tr("As the import reads it"))
        self.format_label = QLabel()
        self.format_label.setWordWrap(True)
        self.model = SurveyTextTableModel(parent=self)
        self.view = _table(self.model)
        layout = QVBoxLayout(self)
        layout.addWidget(self.format_label)
        layout.addWidget(self.view, 1)

    def initializePage(self) -> None:
        preview = self._wizard.preview
        if preview is None:
            return
        if preview.format == "CSV":
            text = (
                self.tr("CSV file; encoding %1; delimiter: %2.")
                .replace("%1", preview.encoding or "?")
                .replace("%2", self._delimiter(preview))
            )
        else:
            text = self.tr("Excel workbook (XLSX); the first worksheet is read.")
        shown = self.tr(
            "The first %1 rows, as the import reads them (row numbers as a spreadsheet shows them)."
        )
        self.format_label.setText(f"{text} {shown.replace('%1', str(len(preview.rows)))}")
        self.model.set_table(
            [self.tr("Row"), *preview.headers],
            [[str(number), *cells] for number, cells in preview.rows],
        )
        self.view.resizeColumnsToContents()
        for column in range(self.model.columnCount()):
            self.view.setColumnWidth(column, min(self.view.columnWidth(column), 320))

    def _delimiter(self, preview: ImportPreview) -> str:
        names = {
            ",": self.tr("comma (,)"),
            ";": self.tr("semicolon (;)"),
            "\t": self.tr("tab"),
            "|": self.tr("vertical bar (|)"),
            "\x1f": self.tr("none (one column)"),
        }
        return names.get(preview.delimiter or "", repr(preview.delimiter))


class MappingPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(self.tr("What each column is"))
        self.origin = QLabel()
        self.origin.setWordWrap(True)
        self.editor = ColumnMappingEditor()
        self.editor.mapping_edited.connect(self._edited)
        self.problem = _error_label()
        layout = QVBoxLayout(self)
        layout.addWidget(self.origin)
        layout.addWidget(self.editor, 1)
        layout.addWidget(self.problem)
        self._shown: ImportPreview | None = None

    def initializePage(self) -> None:
        preview = self._wizard.preview
        if preview is None or preview is self._shown:
            return  # coming back from the summary keeps what the user chose
        self._shown = preview
        self.editor.set_preview(preview)
        source = self._wizard.file_page.wanted()[1]
        if preview.mapping_saved:
            text = self.tr("As mapped for %1 last time; new columns are questions.").replace("%1", source)
        else:
            text = self.tr(
                "Recognised from the column names; every other column is a question of the survey."
            )
        if preview.mapping_problem:
            text += " " + self.tr("Not recognised: %1").replace("%1", preview.mapping_problem)
        self.origin.setText(text)
        self._edited()

    def isComplete(self) -> bool:
        return self._shown is not None and self.editor.problem() is None

    @Slot()
    def _edited(self) -> None:
        problem = self.editor.problem()
        self.problem.setText(problem or "")
        self.problem.setVisible(problem is not None)
        self.completeChanged.emit()


class ConfirmPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(self.tr("Import"))
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("&Import"))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.progress = QProgressBar()
        self.progress.hide()
        self.cancel_button = QPushButton(self.tr("&Stop the import"))
        self.cancel_button.hide()
        self.cancel_button.clicked.connect(self.cancel)
        self.error = _error_label()
        row = QHBoxLayout()
        row.addWidget(self.progress, 1)
        row.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addLayout(row)
        layout.addWidget(self.error)
        layout.addStretch(1)
        self._task: BackgroundTask | None = None
        self._done = False

    def initializePage(self) -> None:
        self._done = False
        self.error.hide()
        mapping = self._wizard.mapping_page.editor.mapping()
        path, source = self._wizard.file_page.wanted()
        labels = role_labels()
        identity = ", ".join(f"{labels[f]} = {column}" for f, column in mapping.identity.items()) or self.tr(
            "none: every respondent is anonymous"
        )
        lines = [
            self.tr("File: %1").replace("%1", path),
            self.tr("Source system: %1").replace("%1", source),
            self.tr("Survey: %1").replace("%1", mapping.survey or source),
            self.tr("Respondent: %1").replace("%1", identity),
            self.tr("Questions: %1").replace("%1", str(len(mapping.questions))),
            self.tr("Ignored columns: %1").replace("%1", ", ".join(mapping.ignore) or "—"),
            "",
            self.tr(
                "All or nothing: if any row is rejected, nothing is imported and every rejected row "
                "is listed. Responses already on file are skipped, so the import is safe to run again."
            ),
        ]
        self.summary.setText("\n".join(lines))

    def isComplete(self) -> bool:
        return self._task is None

    def validatePage(self) -> bool:
        if self._done:
            return True
        if self._task is not None:
            return False
        path, source = self._wizard.file_page.wanted()
        mapping = self._wizard.mapping_page.editor.mapping()
        self.error.hide()
        self.progress.setRange(0, 0)
        self.progress.show()
        self.cancel_button.show()
        self._wizard.button(QWizard.WizardButton.BackButton).setEnabled(False)
        task = run_in_background(
            run_import, self._wizard.engine, Path(path), source, mapping, pool=long_pool(), writes=True
        )
        task.progress.connect(self._progressed)
        task.finished.connect(self._imported)
        task.failed.connect(self._failed)
        self._task = task
        self.completeChanged.emit()
        return False

    @Slot()
    def cancel(self) -> None:
        if self._task is not None:
            self._task.cancel()

    def is_running(self) -> bool:
        return self._task is not None

    @Slot(int, int)
    def _progressed(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _ended(self) -> None:
        self._task = None
        self.progress.hide()
        self.cancel_button.hide()
        self._wizard.button(QWizard.WizardButton.BackButton).setEnabled(True)
        self.completeChanged.emit()

    @Slot(object)
    def _imported(self, report: SurveyImportReport) -> None:
        self._ended()
        self._wizard.report = report
        self._done = True
        self._wizard.next()
        self._wizard.import_finished.emit(report)

    @Slot(object)
    def _failed(self, exc: BaseException) -> None:
        self._ended()
        message = _message(exc)
        if message is None:
            crash.report(exc)
            return
        self.error.setText(message)
        self.error.show()


class ReportPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(self.tr("Report"))
        self.headline = QLabel()
        self.headline.setWordWrap(True)
        self.figures = QLabel()
        self.figures.setTextFormat(Qt.TextFormat.PlainText)
        self.figures.setWordWrap(True)
        self.rejected_title = QLabel(self.tr("Rejected rows"))
        self.rejected = SurveyTextTableModel([self.tr("Row"), self.tr("Reason")], self)
        self.rejected_view = _table(self.rejected)
        self.rejected_view.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.headline)
        layout.addWidget(self.figures)
        layout.addWidget(self.rejected_title)
        layout.addWidget(self.rejected_view, 1)
        layout.addStretch(0)
        self.setFinalPage(True)

    def initializePage(self) -> None:
        report = self._wizard.report
        if report is None:
            return
        if report.committed:
            self.headline.setText(
                self.tr("%n response(s) imported from %1.", "", report.responses_added).replace(
                    "%1", report.source
                )
            )
        else:
            self.headline.setText(
                self.tr(
                    "Nothing was imported: %n row(s) were rejected. Fix them and import again.",
                    "",
                    len(report.rejected),
                )
            )
        self.headline.setStyleSheet("" if report.committed else "color: #b00020; font-weight: bold")
        figures = [
            (self.tr("Rows read"), report.rows_read),
            (self.tr("Responses added"), report.responses_added),
            (self.tr("Duplicates skipped"), report.duplicates_skipped),
            (self.tr("Contacts matched"), report.contacts_matched),
            (self.tr("Contacts created"), report.contacts_created),
            (self.tr("Uncertain matches held for review"), report.uncertain_matches),
            (self.tr("Rows rejected"), len(report.rejected)),
        ]
        lines = [f"{label}: {value}" for label, value in figures]
        if report.committed and report.uncertain_matches:
            lines += [
                "",
                self.tr("Decide the uncertain matches in Surveys → Review possible duplicates (Ctrl+M)."),
            ]
        self.figures.setText("\n".join(lines))
        rows = [[str(number), reason_text(reason)] for number, reason in report.rejected]
        self.rejected.set_rows(rows)
        self.rejected_title.setVisible(bool(rows))
        self.rejected_view.setVisible(bool(rows))
        layout = self.layout()
        if isinstance(layout, QVBoxLayout):
            layout.setStretch(layout.count() - 1, 0 if rows else 1)
        self.rejected_view.resizeColumnToContents(0)
        self.rejected_view.resizeRowsToContents()


class ImportWizard(QWizard):
    #: An import ended and was written, or rejected as a whole (the report).
    import_finished = Signal(object)

    def __init__(self, engine: Engine, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import survey responses — Kaizen Desk"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.engine = engine
        self.preview: ImportPreview | None = None
        self.report: SurveyImportReport | None = None
        self.file_page = FilePage(self)
        self.preview_page = PreviewPage(self)
        self.mapping_page = MappingPage(self)
        self.confirm_page = ConfirmPage(self)
        self.report_page = ReportPage(self)
        for page_id, page in enumerate(
            (self.file_page, self.preview_page, self.mapping_page, self.confirm_page, self.report_page)
        ):
            self.setPage(page_id, page)
        self.resize(900, 620)
        self._read_sources()

    def _read_sources(self) -> None:
        sources = run_in_background(read_sources, self.engine)
        sources.finished.connect(self.file_page.set_sources)
        sources.failed.connect(self._sources_failed)

    def reject(self) -> None:
        """Closing while the import runs stops it (nothing is written)."""
        if self.confirm_page.is_running():
            self.confirm_page.cancel()
        super().reject()

    @Slot(object)
    def _sources_failed(self, exc: BaseException) -> None:
        message = _message(exc)
        if message is None:
            crash.report(exc)
        else:
            self.file_page.error.setText(message)
            self.file_page.error.show()

    def start_over(self, path: str | None = None, source: str | None = None) -> None:
        """Back to the file page, optionally with a file and source filled in; the file is read afresh."""
        self.preview = None
        self.report = None
        self.file_page.forget_preview()
        self.restart()
        self._read_sources()  # an import may have added one
        if path is not None:
            self.file_page.path_edit.setText(path)
        if source is not None:
            self.file_page.source_box.setEditText(source)


def _preview() -> int:
    """Run the wizard alone on ``--db URL``, else on a temporary database, with sample exports to pick."""
    import argparse
    import tempfile

    from ui.application import create_application, open_database

    parser = argparse.ArgumentParser(prog="python -m ui.surveys.import_wizard", description=_preview.__doc__)
    parser.add_argument("--db", metavar="URL")
    args = parser.parse_args()
    app = create_application()
    with tempfile.TemporaryDirectory(prefix="kaizen-import-") as folder:
        from ui.surveys.sample_surveys import write_sample_exports

        engine = open_database(args.db or f"sqlite:///{folder}/preview.db")
        paths = write_sample_exports(folder)
        wizard = ImportWizard(engine)
        wizard.start_over(str(paths["call_centre"]), "call_centre")
        wizard.show()
        code = app.exec()
        from ui import background

        background.cancel_all()
        background.wait_for_all()
        engine.dispose()
    return code


if __name__ == "__main__":
    raise SystemExit(_preview())
