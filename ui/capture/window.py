"""The capture window: the form beside the contact panel, or compact and always on top.

Opened with Ctrl+N from anywhere in the app; closing it keeps the draft, so
reopening (or the next start, after a crash) brings the text back.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Slot
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QSplitter, QVBoxLayout, QWidget
from sqlalchemy import Engine

from app import operators
from app.capture import Suggester
from app.drafts import Draft
from app.operators import Operator, login_name
from app.reference_data import ensure_reference_data
from classifiers.suggest import ModelSuggester
from ui.capture.contact_panel import ContactPanel
from ui.capture.draft_keeper import DraftKeeper
from ui.capture.form import CaptureForm, load_categories

COMPACT_SIZE = (460, 520)
FULL_SIZE = (1040, 640)


def find_operator(engine: Engine) -> Operator | None:
    """The app user named like the person logged in to this computer, else the system user (read only)."""
    with engine.connect() as conn:
        return operators.operator(conn, login_name())


def current_operator(engine: Engine) -> Operator:
    """As ``find_operator``; a new, empty database gets its reference data (channels, system user) first."""
    found = find_operator(engine)
    if found is not None:
        return found
    with engine.begin() as conn:
        ensure_reference_data(conn)
        found = operators.operator(conn, login_name())
    assert found is not None  # ensure_reference_data made the system user
    return found


class CaptureWindow(QWidget):
    def __init__(
        self,
        engine: Engine,
        operator: Operator | None = None,
        suggester: Suggester | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setWindowTitle(self.tr("Capture feedback — Kaizen Desk"))
        self.operator = operator or current_operator(engine)
        # The trained classifiers suggest kind and category as the operator types
        # (loaded on the first suggestion, off the GUI thread); none trained: no suggestion.
        suggester = suggester if suggester is not None else ModelSuggester(engine)
        self.form = CaptureForm(engine, self.operator, load_categories(engine), suggester, self)
        self.panel = ContactPanel(engine, self)
        self.drafts = DraftKeeper(engine, self.operator.id, self.form.draft, self)
        self.form.edited.connect(self.drafts.mark_changed)
        self.form.contact_changed.connect(self.panel.show_contact)
        self.form.contact_changed.connect(lambda _c: self.drafts.save_now())
        self.form.items_saved.connect(lambda _r: self.drafts.discard())
        self.drafts.draft_written.connect(self._draft_written)

        self._splitter = QSplitter(Qt.Orientation.Horizontal)
        self._splitter.addWidget(self.form)
        self._splitter.addWidget(self.panel)
        self._splitter.setStretchFactor(0, 3)
        self._splitter.setStretchFactor(1, 2)
        self._splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._splitter)

        self.compact_action = QAction(self.tr("Compact, always on top"), self)
        self.compact_action.setCheckable(True)
        self.compact_action.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Modifier.SHIFT | Qt.Key.Key_T))
        self.compact_action.toggled.connect(self.set_compact)
        self.addAction(self.compact_action)
        close = QAction(self.tr("Close"), self)
        close.setShortcut(QKeySequence(Qt.Key.Key_Escape))
        close.triggered.connect(self.close)
        self.addAction(close)
        self.resize(*FULL_SIZE)

    def is_compact(self) -> bool:
        return self.compact_action.isChecked()

    @Slot(bool)
    def set_compact(self, compact: bool) -> None:
        """Compact: the form alone, small and above other programs, for use beside a phone system."""
        if self.compact_action.isChecked() != compact:
            self.compact_action.setChecked(compact)  # comes back here through toggled
            return
        visible = self.isVisible()
        self.panel.setVisible(not compact)
        self.form.w.set_compact(compact)
        # The shorter labels lower the minimum width only once the layouts have
        # taken them in; without this the resize stops at the old minimum.
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        self.layout().activate()
        self.setWindowFlag(Qt.WindowType.WindowStaysOnTopHint, compact)
        self.resize(*(COMPACT_SIZE if compact else FULL_SIZE))
        if visible:
            self.show()  # changing a window flag hides the window

    def open_capture(self) -> float:
        """Show, raise and focus the contact box; returns seconds taken (for the benchmark)."""
        started = time.perf_counter()
        self.show()
        self.raise_()
        self.activateWindow()
        self.form.focus_search()
        return time.perf_counter() - started

    def restore(self, draft: Draft) -> None:
        self.form.restore(draft)
        self.form.w.text.setFocus(Qt.FocusReason.OtherFocusReason)

    @Slot(object)
    def _draft_written(self, draft: Draft | None) -> None:
        if draft is not None and not draft.is_empty():
            text = QCoreApplication.translate("Capture", "Draft saved %1").replace(
                "%1", time.strftime("%H:%M:%S")
            )
            self.form.w.status.setText(text)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.drafts.save_now()  # closing is not discarding: the text stays on file
        super().closeEvent(event)
