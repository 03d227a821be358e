"""Finding the customer for a phone survey, with the capture screen's look-up service and result list.

Type a phone in any format, an e-mail, a name in any script or a customer
number; Down moves into the results, Enter picks (the first result if none is
current, or the one that arrives first while a look-up is still running).
The look-up is ``app.contact_lookup.find_contacts`` run in the background, the
list the capture screen's ``ContactResultsModel``.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal, Slot
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QLineEdit, QListView, QVBoxLayout, QWidget
from sqlalchemy import Engine

from app.contact_lookup import DEFAULT_LIMIT, ContactMatch, find_contacts
from app.tasks import TaskState
from ui import crash
from ui.background import run_in_background
from ui.capture.list_models import ContactResultsModel, RecordRole
from ui.delegates.natural_direction_delegate import NaturalDirectionDelegate

VISIBLE_ROWS = 5


def _find(_state: TaskState, engine: Engine, text: str) -> list[ContactMatch]:
    with engine.connect() as conn:
        found = find_contacts(conn, text)
        if len(found) < DEFAULT_LIMIT and text.strip() and not text.strip()[0].isdigit():
            known = {m.id for m in found}
            found += [m for m in find_contacts(conn, text, inside_names=True) if m.id not in known]
        return found[:DEFAULT_LIMIT]


class ContactFinder(QWidget):
    #: The operator picked a contact (a ContactMatch).
    contact_chosen = Signal(object)
    #: A look-up failed for a reason outside the app (database unreachable ...): the message.
    failed_message = Signal(str)

    def __init__(self, engine: Engine, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._engine = engine
        self._busy = False
        self._pick_when_found = False
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Phone, e-mail, name or customer number"))
        self.search.setClearButtonEnabled(True)
        self.results_model = ContactResultsModel(self)
        self.results = QListView()
        self.results.setModel(self.results_model)
        self.results.setItemDelegate(NaturalDirectionDelegate(self.results))
        self.results.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.results.setMaximumHeight(self.fontMetrics().height() * 2 * VISIBLE_ROWS)
        self.results.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addWidget(self.results)
        self.search.textEdited.connect(self._edited)
        self.search.installEventFilter(self)
        self.results.installEventFilter(self)
        self.results.clicked.connect(lambda index: self._pick(index.data(RecordRole)))

    def is_busy(self) -> bool:
        return self._busy

    def clear(self) -> None:
        self.search.clear()
        self.results_model.set_records([])
        self.results.hide()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return super().eventFilter(watched, event)
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.modifiers():
            self._enter(watched is self.results)
            return True  # the window's Enter is for the steps after this one
        if watched is self.search and key == Qt.Key.Key_Down and self.results_model.rowCount():
            self.results.setFocus(Qt.FocusReason.TabFocusReason)
            self.results.setCurrentIndex(self.results_model.index(0))
            return True
        if watched is self.results and key == Qt.Key.Key_Up and self.results.currentIndex().row() <= 0:
            self.search.setFocus(Qt.FocusReason.TabFocusReason)
            return True
        return super().eventFilter(watched, event)

    def _enter(self, in_results: bool) -> None:
        if self._busy:
            self._pick_when_found = True
            return
        index = self.results.currentIndex() if in_results else self.results_model.index(0)
        if index.isValid():
            self._pick(index.data(RecordRole))

    @Slot(str)
    def _edited(self, _text: str) -> None:
        if not self._busy:
            self._look_up()

    def _look_up(self) -> None:
        text = self.search.text()
        self._busy = True
        task = run_in_background(_find, self._engine, text)
        task.finished.connect(lambda found, t=text: self._found(t, found))
        task.failed.connect(self._failed)

    def _found(self, text: str, found: list[ContactMatch]) -> None:
        self._busy = False
        if text != self.search.text():  # typed on meanwhile
            self._look_up()
            return
        self.results_model.set_records(found)
        self.results.setVisible(bool(found))
        if found:
            self.results.setCurrentIndex(self.results_model.index(0))
        if self._pick_when_found and found:
            self._pick(found[0])
        self._pick_when_found = False

    @Slot(object)
    def _failed(self, exc: BaseException) -> None:
        self._busy = False
        self._pick_when_found = False
        if crash.is_environment_error(exc):
            self.failed_message.emit(crash.environment_message(exc).replace("\n", " "))
        else:
            crash.report(exc)

    def _pick(self, match: ContactMatch) -> None:
        self.results.hide()
        self.contact_chosen.emit(match)
