"""The inbox's filter bar: search, the filter combos, a date range, a contact and an assignee.

The bar only gathers what the user chose: ``filter_values()`` gives the
``FeedbackQuery`` fields, and ``show_view`` puts a saved view's values back
without announcing each one. The contact box finds contacts as the user
types (``app.contact_lookup``, in the background) and filters on the one
picked from its list.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QDate, QDateTime, QModelIndex, QStringListModel, Qt, QTime, QTimer, Signal, Slot
from PySide6.QtWidgets import QComboBox, QCompleter, QDateEdit, QGridLayout, QLineEdit, QWidget
from sqlalchemy import Engine

from app.contact_lookup import ContactMatch, find_contacts
from app.feedback import FeedbackQuery
from app.saved_views import MINE, NOBODY
from app.tasks import TaskState
from ui import i18n
from ui.background import BackgroundTask, run_in_background
from ui.models import labels

SEARCH_DELAY_MS = 250
CONTACT_DELAY_MS = 200
CONTACT_MATCHES = 10
NO_DATE = QDate(2000, 1, 1)  # the date boxes' "any" value


def _find_contacts(_state: TaskState, engine: Engine, typed: str) -> list[ContactMatch]:
    with engine.connect() as conn:
        return find_contacts(conn, typed, CONTACT_MATCHES, inside_names=True)


def contact_label(match: ContactMatch) -> str:
    """A name and the way to reach them, for the box and its list: "Борис Петров · +79161234567"."""
    reach = match.phone or match.email or match.customer_number or match.matched_value
    name = match.display_name or ""
    return f"{name} · {reach}" if name and reach else name or reach or f"#{match.id}"


class InboxFilterBar(QWidget):
    #: A filter changed (combos, dates, contact, assignee): read ``filter_values()``.
    filters_changed = Signal()
    #: The search text settled (after a short pause in typing).
    search_changed = Signal(str)
    #: Contacts matching the typed text were found (offered in the box's list).
    contacts_found = Signal(int)

    def __init__(self, engine: Engine, *, user_id: int | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._engine = engine
        self._user_id = user_id
        self._contact_id: int | None = None
        self._matches: list[ContactMatch] = []
        self._lookup: BackgroundTask | None = None

        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search in any language"))
        self.search.setClearButtonEnabled(True)
        self._search_timer = self._timer(SEARCH_DELAY_MS, self._emit_search)
        self.search.textChanged.connect(lambda _text: self._search_timer.start())

        self.filters: dict[str, QComboBox] = {
            "channel": self._combo(self.tr("Any channel"), labels.channel_labels()),
            "kind": self._combo(self.tr("Any kind"), labels.kind_labels()),
            "category_id": self._combo(self.tr("Any category"), {}),
            "status": self._combo(self.tr("Any status"), labels.status_labels()),
            "language": self._combo(self.tr("Any language"), labels.language_labels()),
        }
        self.assignee = self._combo(self.tr("Assigned to anyone"), {})
        if user_id is not None:
            self.assignee.addItem(self.tr("Assigned to me"), MINE)
        self.assignee.addItem(self.tr("Assigned to nobody"), NOBODY)
        self._fixed_assignee_items = self.assignee.count()
        self.date_from = self._date_box(self.tr("from: any"))
        self.date_to = self._date_box(self.tr("to: any"))

        self.contact = QLineEdit()
        self.contact.setPlaceholderText(self.tr("Contact: name, phone or e-mail"))
        self.contact.setClearButtonEnabled(True)
        self._contact_model = QStringListModel(self)
        completer = QCompleter(self._contact_model, self)
        # The database matched already ("8916" finds "+7916…"): the list shows every match.
        completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        completer.activated[QModelIndex].connect(self._on_contact_activated)  # type: ignore[index]
        self.contact.setCompleter(completer)
        self._contact_timer = self._timer(CONTACT_DELAY_MS, self._look_up_contacts)
        self.contact.textEdited.connect(self._on_contact_edited)
        self.contact.returnPressed.connect(self._on_contact_return)

        # Two rows: the search and the wide boxes above, the combos below; all stretch,
        # so longer Russian labels and right-to-left Persian ones are never cut.
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(self.search, 0, 0, 1, 3)
        grid.addWidget(self.contact, 0, 3, 1, 2)
        grid.addWidget(self.date_from, 0, 5)
        grid.addWidget(self.date_to, 0, 6)
        for column, combo in enumerate([*self.filters.values(), self.assignee]):
            grid.addWidget(combo, 1, column)
        for column in range(7):
            grid.setColumnStretch(column, 1)

    # -- building -----------------------------------------------------------

    def _timer(self, interval: int, slot: Any) -> QTimer:
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.setInterval(interval)
        timer.timeout.connect(slot)
        return timer

    def _combo(self, any_text: str, options: dict[str, str]) -> QComboBox:
        combo = QComboBox()
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContentsOnFirstShow)
        combo.setMinimumContentsLength(8)
        combo.addItem(any_text, None)
        for code, text in options.items():
            combo.addItem(text, code)
        combo.currentIndexChanged.connect(self.filters_changed)
        return combo

    def _date_box(self, any_text: str) -> QDateEdit:
        box = QDateEdit()
        # An ISO date reads left to right everywhere; set before the format, or a right-to-left
        # QDateEdit reverses its sections (as on the dashboard).
        box.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        box.setCalendarPopup(True)
        box.setCalendar(i18n.calendar())
        box.setDisplayFormat("yyyy-MM-dd")
        box.setMinimumDate(NO_DATE)
        box.setSpecialValueText(any_text)  # shown while the date is the minimum: no limit
        box.setDate(NO_DATE)
        box.dateChanged.connect(self.filters_changed)
        return box

    # -- what the inbox asks ------------------------------------------------

    def filter_values(self) -> dict[str, Any]:
        """The ``FeedbackQuery`` filter fields the bar shows."""
        values: dict[str, Any] = {key: combo.currentData() for key, combo in self.filters.items()}
        values["received_from"] = _day(self.date_from, 0)
        values["received_before"] = _day(self.date_to, 1)  # the "to" day is included
        values["contact_id"] = self._contact_id
        chosen = self.assignee.currentData()
        values["unassigned"] = chosen == NOBODY
        values["assignee_id"] = (
            self._user_id if chosen == MINE else chosen if isinstance(chosen, int) else None
        )
        return values

    def assignee_choice(self) -> int | str | None:
        return self.assignee.currentData()  # type: ignore[no-any-return]

    def contact_id(self) -> int | None:
        return self._contact_id

    def set_categories(self, categories: list[tuple[int, str]]) -> None:
        shown = [(id_, labels.category_label(name)) for id_, name in categories]  # base ones translated
        self._refill(self.filters["category_id"], 1, shown)

    def set_users(self, users: list[tuple[int, str]]) -> None:
        self._refill(self.assignee, self._fixed_assignee_items, users)

    def show_view(self, query: FeedbackQuery, assignee: int | str | None, contact_name: str | None) -> None:
        """Show a saved view's values, without a signal per box."""
        boxes = [*self.filters.values(), self.assignee, self.date_from, self.date_to, self.search]
        for box in boxes:
            box.blockSignals(True)
        try:
            for key, combo in self.filters.items():
                combo.setCurrentIndex(max(0, combo.findData(getattr(query, key))))
            self.assignee.setCurrentIndex(max(0, self.assignee.findData(assignee)))
            _set_day(self.date_from, query.received_from, 0)
            _set_day(self.date_to, query.received_before, -1)
            self.search.setText(query.search)
            self._search_timer.stop()
            self._contact_id = query.contact_id
            self.contact.setText(contact_name or (f"#{query.contact_id}" if query.contact_id else ""))
        finally:
            for box in boxes:
                box.blockSignals(False)

    def pick_contact(self, row: int) -> None:
        """Filter on the contact in this row of the box's list."""
        match = self._matches[row]
        self._contact_id = match.id
        self.contact.setText(contact_label(match))
        self.filters_changed.emit()

    def contact_matches(self) -> list[str]:
        return self._contact_model.stringList()

    def is_busy(self) -> bool:
        return self._lookup is not None

    # -- inside -------------------------------------------------------------

    def _refill(self, combo: QComboBox, keep: int, options: list[tuple[int, str]]) -> None:
        current = combo.currentData()
        combo.blockSignals(True)
        while combo.count() > keep:
            combo.removeItem(keep)
        for id_, name in options:
            combo.addItem(name, id_)
        found = combo.findData(current) if current is not None else 0
        combo.setCurrentIndex(max(0, found))
        combo.blockSignals(False)
        if current is not None and found < 0:
            self.filters_changed.emit()  # what it filtered on is gone

    @Slot()
    def _emit_search(self) -> None:
        self.search_changed.emit(self.search.text())

    @Slot(str)
    def _on_contact_edited(self, text: str) -> None:
        if self._contact_id is not None:  # the box no longer names the contact: no filter until a pick
            self._contact_id = None
            self.filters_changed.emit()
        if not text.strip():
            self._contact_timer.stop()
            self._matches = []
            self._contact_model.setStringList([])
            return
        self._contact_timer.start()

    @Slot()
    def _on_contact_return(self) -> None:
        if self._matches and self.contact.text() != contact_label(self._matches[0]):
            self.pick_contact(0)

    @Slot()
    def _look_up_contacts(self) -> None:
        if self._lookup is not None:
            self._lookup.cancel()
        task = run_in_background(_find_contacts, self._engine, self.contact.text())
        task.finished.connect(self._on_contacts)
        task.failed.connect(self._on_lookup_failed)
        self._lookup = task

    @Slot(object)
    def _on_contacts(self, matches: list[ContactMatch]) -> None:
        if self.sender() is not self._lookup:
            return
        self._lookup = None
        self._matches = matches
        self._contact_model.setStringList([contact_label(m) for m in matches])
        if matches and self.contact.hasFocus():
            completer = self.contact.completer()
            completer.setCompletionPrefix("")
            completer.complete()
        self.contacts_found.emit(len(matches))

    @Slot(object)
    def _on_lookup_failed(self, _exc: BaseException) -> None:
        if self.sender() is self._lookup:
            self._lookup = None  # a look-up while typing: the next keystroke tries again

    @Slot(QModelIndex)
    def _on_contact_activated(self, index: QModelIndex) -> None:
        if index.isValid() and index.row() < len(self._matches):
            self.pick_contact(index.row())


def _day(box: QDateEdit, extra_days: int) -> dt.datetime | None:
    if box.date() == NO_DATE:
        return None
    # Shown in local time; stored in UTC.
    local = box.dateTime().addDays(extra_days)
    local.setTime(QTime(0, 0))
    return local.toUTC().toPython().replace(tzinfo=None)  # type: ignore[union-attr]


def _set_day(box: QDateEdit, value: dt.datetime | None, extra_days: int) -> None:
    if value is None:
        box.setDate(NO_DATE)
        return
    local = QDateTime.fromSecsSinceEpoch(int(value.replace(tzinfo=dt.UTC).timestamp()))
    box.setDate(local.date().addDays(extra_days))
