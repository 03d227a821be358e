"""The main window: the feedback list with search, opened on start.

Preview on sample data: ``python -m ui.main_window [--db URL]``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Slot
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import Engine

from app.tasks import Cancelled
from ui import crash
from ui.background import BackgroundTask
from ui.delegates.natural_direction_delegate import NaturalDirectionDelegate
from ui.models import labels
from ui.models.feedback_table_model import Column, FeedbackTableModel

if TYPE_CHECKING:
    from ui.capture.window import CaptureWindow
    from ui.dashboard.window import DashboardWindow
    from ui.log_view import LogWindow
    from ui.surveys.phone_survey import PhoneSurveyWindow
    from ui.workflow.window import WorkflowWindow

SEARCH_DELAY_MS = 250  # typing pauses this long before the list is searched


class MainWindow(QMainWindow):
    def __init__(self, engine: Engine, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Kaizen Desk"))
        self._engine = engine
        self._capture: CaptureWindow | None = None
        self._workflow: WorkflowWindow | None = None
        self._dashboard: DashboardWindow | None = None
        self._log_window: LogWindow | None = None
        self._phone_survey: PhoneSurveyWindow | None = None
        self._model = FeedbackTableModel(engine, self)

        self._search = QLineEdit()
        self._search.setPlaceholderText(self.tr("Search feedback in any language (Ctrl+F)"))
        self._search.setClearButtonEnabled(True)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._apply_search)
        self._search.textChanged.connect(self._search_edited)
        self._search.returnPressed.connect(self._apply_search)

        self._table = QTableView()
        self._setup_table()

        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(6, 6, 6, 0)
        layout.setSpacing(6)
        layout.addWidget(self._search)
        layout.addWidget(self._table)
        self.setCentralWidget(central)

        self._status = QLabel()
        self.statusBar().addWidget(self._status, 1)
        self._task_label = QLabel()
        self._task_progress = QProgressBar()
        self._task_progress.setMaximumWidth(160)
        self._task_progress.setTextVisible(False)
        self.statusBar().addPermanentWidget(self._task_label)
        self.statusBar().addPermanentWidget(self._task_progress)
        self._task_label.hide()
        self._task_progress.hide()

        self._model.modelReset.connect(self._update_status)
        self._model.count_changed.connect(self._update_status)
        self._model.error_occurred.connect(self._on_model_error)
        self._setup_actions()
        self._update_status()
        self.resize(1280, 760)

    # -- building -----------------------------------------------------------

    def _setup_table(self) -> None:
        table = self._table
        table.setModel(self._model)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.setTextElideMode(Qt.TextElideMode.ElideRight)
        table.setShowGrid(False)
        table.setCornerButtonEnabled(False)
        table.verticalHeader().hide()
        table.setItemDelegate(NaturalDirectionDelegate(table))

        rows = table.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(table.fontMetrics().height() + 8)

        header = table.horizontalHeader()
        header.setHighlightSections(False)
        header.setStretchLastSection(True)
        header.setSortIndicator(self._model.sort_column(), self._model.sort_order())
        table.setSortingEnabled(True)
        header.sortIndicatorChanged.connect(self._sort_indicator_changed)
        self._size_columns()

    def _size_columns(self) -> None:
        cell = self._table.fontMetrics()
        head = self._table.horizontalHeader().fontMetrics()
        samples = {
            Column.ID: ["0000000"],
            Column.RECEIVED: ["2026-12-31 23:59"],
            Column.CHANNEL: labels.channel_labels().values(),
            Column.KIND: labels.kind_labels().values(),
            Column.CATEGORY: ["Billing and payments"],
            Column.STATUS: labels.status_labels().values(),
            Column.LANGUAGE: labels.language_labels().values(),
            Column.CONTACT: ["Светлана Кузнецова"],
        }
        for column, texts in samples.items():
            title = self._model.headerData(column, Qt.Orientation.Horizontal)
            widest = max(cell.horizontalAdvance(text) for text in texts) + 16
            # Room for the header title and its sort arrow.
            widest = max(widest, head.horizontalAdvance(title) + 30)
            self._table.setColumnWidth(column, widest)

    def _setup_actions(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        # One menu per area; each area's screens add their actions to their own menu.
        self.surveys_menu = bar.addMenu(self.tr("&Surveys"))
        self.improvements_menu = bar.addMenu(self.tr("&Improvements"))
        self.classification_menu = bar.addMenu(self.tr("&Classification"))
        self.reports_menu = bar.addMenu(self.tr("&Reports"))
        phone_survey_action = QAction(self.tr("&Phone survey…"), self)
        phone_survey_action.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Modifier.SHIFT | Qt.Key.Key_P))
        phone_survey_action.triggered.connect(self.open_phone_survey)
        self.surveys_menu.addAction(phone_survey_action)
        # Import wizard (Ctrl+Shift+I), possible duplicates (Ctrl+M), canonical questions: built on first use.
        from ui.surveys.menu import add_survey_actions

        self.surveys = add_survey_actions(self, self.surveys_menu, self._engine)
        # Review queue (Ctrl+R), training, evaluation: screens built on first use.
        from ui.classification.menu import add_classification_menu

        self.classification = add_classification_menu(self, self.classification_menu, self._engine)

        # Capture opens from anywhere in the app, the capture window included.
        capture_action = QAction(self.tr("&New capture…"), self)
        capture_action.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_N))
        capture_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        capture_action.triggered.connect(self.open_capture)
        file_menu.addAction(capture_action)
        file_menu.addSeparator()
        settings_action = QAction(self.tr("&Settings…"), self)
        settings_action.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_Comma))
        settings_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        settings_action.triggered.connect(self.open_settings)
        file_menu.addAction(settings_action)
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_Q))
        quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)

        inbox_action = QAction(self.tr("Triage &inbox"), self)
        inbox_action.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_I))
        inbox_action.triggered.connect(lambda: self.open_workflow().show_inbox())
        self.improvements_menu.addAction(inbox_action)
        board_action = QAction(self.tr("Improvement &board"), self)
        board_action.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_B))
        board_action.triggered.connect(lambda: self.open_workflow().show_board())
        self.improvements_menu.addAction(board_action)
        overdue_action = QAction(self.tr("&Overdue replies…"), self)
        overdue_action.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Modifier.SHIFT | Qt.Key.Key_O))
        overdue_action.triggered.connect(lambda: self.open_workflow().show_overdue())
        self.improvements_menu.addAction(overdue_action)

        dashboard_action = QAction(self.tr("&Dashboard"), self)
        dashboard_action.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_D))
        dashboard_action.triggered.connect(self.open_dashboard)
        self.reports_menu.addAction(dashboard_action)

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        about_action = QAction(self.tr("&About Kaizen Desk"), self)
        about_action.setMenuRole(QAction.MenuRole.AboutRole)
        about_action.triggered.connect(self._show_about)
        help_menu.addAction(about_action)
        log_action = QAction(self.tr("&Log…"), self)
        log_action.triggered.connect(self.open_log)
        help_menu.addAction(log_action)

        find_action = QAction(self.tr("Find"), self)
        keys = QKeySequence.keyBindings(QKeySequence.StandardKey.Find)
        ctrl_f = QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_F)
        find_action.setShortcuts(keys if ctrl_f in keys else [ctrl_f, *keys])
        find_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        find_action.triggered.connect(self.focus_search)
        self.addAction(find_action)

    # -- what others call ---------------------------------------------------

    def model(self) -> FeedbackTableModel:
        return self._model

    def table(self) -> QTableView:
        return self._table

    def search_box(self) -> QLineEdit:
        return self._search

    def status_text(self) -> str:
        return self._status.text()

    def task_text(self) -> str:
        """What the status bar says is running in the background; empty when nothing is."""
        return self._task_label.text() if self._task_label.isVisibleTo(self) else ""

    @Slot()
    def focus_search(self) -> None:
        self._search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self._search.selectAll()

    @Slot()
    def open_capture(self) -> CaptureWindow:
        """Show the capture window (built on first use), focused on the contact box."""
        if self._capture is None:
            from ui.capture.window import CaptureWindow  # its services load on first use, not at start

            self._capture = CaptureWindow(self._engine, parent=self)
        self._capture.open_capture()
        return self._capture

    def open_workflow(self) -> WorkflowWindow:
        """The inbox and board window (built on first use), acting as the operator at this computer."""
        if self._workflow is None:
            from ui.capture.window import current_operator
            from ui.workflow.window import WorkflowWindow

            user = current_operator(self._engine)
            self._workflow = WorkflowWindow(self._engine, user_id=user.id, parent=self)
            self._workflow.setWindowFlag(Qt.WindowType.Window)
        return self._workflow

    @Slot()
    def open_dashboard(self) -> DashboardWindow:
        """Show the executive dashboard (built on first use)."""
        if self._dashboard is None:
            from ui.dashboard.window import DashboardWindow

            self._dashboard = DashboardWindow(self._engine, parent=self)
        self._dashboard.show()
        self._dashboard.raise_()
        return self._dashboard

    @Slot()
    def open_log(self) -> LogWindow:
        """Show the app's log (built on first use): recent records, newest first."""
        if self._log_window is None:
            from ui.log_view import LogWindow

            self._log_window = LogWindow(parent=self)
        self._log_window.show()
        self._log_window.raise_()
        return self._log_window

    @Slot()
    def open_phone_survey(self) -> PhoneSurveyWindow:
        """Show the phone-survey screen (built on first use); its complaints go to this window's capture."""
        if self._phone_survey is None:
            from ui.capture.window import current_operator
            from ui.surveys.phone_survey import PhoneSurveyWindow

            self._phone_survey = PhoneSurveyWindow(
                self._engine,
                operator_id=current_operator(self._engine).id,
                open_capture=self.open_capture,
                parent=self,
            )
        self._phone_survey.open_call()
        return self._phone_survey

    def closeEvent(self, event: QCloseEvent) -> None:
        # A phone call under way is saved or discarded as the operator says, not lost with the app.
        phone = self._phone_survey
        if phone is not None and phone.isVisible() and not phone.close():
            event.ignore()
            return
        super().closeEvent(event)

    def reload(self) -> None:
        """Show the data again from the start (after an import or sample data)."""
        self._model.reload()

    def watch_task(self, task: BackgroundTask, text: str) -> None:
        """Show ``text`` and the progress of ``task`` in the status bar until it ends."""
        self._task_label.setText(text)
        self._task_progress.setRange(0, 0)  # busy until the first progress report
        self._task_label.show()
        self._task_progress.show()
        task.progress.connect(self._task_progressed)
        task.finished.connect(self._task_ended)
        task.failed.connect(self._task_failed)

    # -- slots --------------------------------------------------------------

    @Slot(str)
    def _search_edited(self, _text: str) -> None:
        self._search_timer.start()

    @Slot()
    def _apply_search(self) -> None:
        self._search_timer.stop()
        self._model.set_search(self._search.text())

    @Slot(int, Qt.SortOrder)
    def _sort_indicator_changed(self, column: int, _order: Qt.SortOrder) -> None:
        if not self._model.is_sortable(column):
            # The list keeps its order, so the arrow goes back where it was.
            self._table.horizontalHeader().setSortIndicator(
                self._model.sort_column(), self._model.sort_order()
            )

    @Slot()
    def _update_status(self) -> None:
        count = self._model.count()
        search = self._model.search_text()
        if count is None:
            text = self.tr("Searching…") if search else self.tr("Counting…")
        elif count == 1:
            text = self.tr("1 item matches “%1”").replace("%1", search) if search else self.tr("1 item")
        elif search:
            text = self.tr("%Ln items match “%1”", "", count).replace("%1", search)
        else:
            text = self.tr("%Ln items", "", count)
        self._status.setText(text)

    @Slot(object)
    def _on_model_error(self, exc: BaseException) -> None:
        if crash.is_environment_error(exc):
            self._status.setText(crash.environment_message(exc).replace("\n", " "))
        else:
            crash.report(exc)

    @Slot(int, int)
    def _task_progressed(self, done: int, total: int) -> None:
        self._task_progress.setRange(0, max(total, 1))
        self._task_progress.setValue(done)

    @Slot(object)
    def _task_ended(self, _result: object = None) -> None:
        self._task_label.hide()
        self._task_progress.hide()

    @Slot(object)
    def _task_failed(self, exc: BaseException) -> None:
        self._task_ended()
        if not isinstance(exc, Cancelled):
            crash.report(exc)

    @Slot()
    def open_settings(self) -> None:
        """The settings dialog (a new language applies after the restart it offers)."""
        from ui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self)
        dialog.setModal(True)
        dialog.show()
        self._settings_dialog = dialog  # kept for tests and so it is not collected while open

    @Slot()
    def _show_about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About Kaizen Desk"),
            self.tr(
                "<h3>Kaizen Desk</h3>"
                "<p>Customer feedback and continuous improvement: capture every complaint and idea, "
                "carry it through improvement, and reply to the customer who raised it.</p>"
            ),
        )


def _preview() -> int:
    """Run the window alone: on ``--db URL``, else on sample data in a temporary SQLite file."""
    import argparse
    import tempfile

    from ui.application import run_gui

    parser = argparse.ArgumentParser(prog="python -m ui.main_window", description=_preview.__doc__)
    parser.add_argument(
        "--db", metavar="URL", help="database URL (default: a temporary file with sample data)"
    )
    args = parser.parse_args()
    if args.db:
        return run_gui(args.db, sample_data=False)
    with tempfile.TemporaryDirectory(prefix="kaizen-preview-") as folder:
        return run_gui(f"sqlite:///{folder}/preview.db", sample_data=True)


if __name__ == "__main__":
    QCoreApplication.setApplicationName("Kaizen Desk")
    raise SystemExit(_preview())
