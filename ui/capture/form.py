"""The capture form: find or add the contact, type what they said, pick kind, channel and category, save.

Every step works from the keyboard: type in the contact box, Down or Enter
picks a result (Ctrl+Shift+N adds a new contact instead), type the text,
Ctrl+1..4 sets the kind, Tab reaches channel and category, Ctrl+Shift+Enter
keeps the item and starts another for the same contact, Ctrl+Enter saves.
Look-ups, suggestions and saving run in the background: typing never waits.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QComboBox, QWidget
from sqlalchemy import Engine, select

from app import capture, similar_items
from app.capture import InvalidInput, NewItem, Suggester, Suggestion
from app.contact_lookup import DEFAULT_LIMIT, ContactMatch, find_contacts
from app.drafts import Draft, DraftItem
from app.operators import Operator
from app.similar_items import SimilarRow
from app.tasks import TaskState
from db.tables import category
from ui import crash
from ui.background import run_in_background
from ui.capture.form_layout import FormWidgets, build_form
from ui.capture.list_models import ContactResultsModel, RecordRole
from ui.error_messages import reason_text
from ui.models import labels
from ui.similar.sounds_like import SoundsLikeBox
from ui.text_direction import is_right_to_left

SUGGEST_DELAY_MS = 400  # typing pauses this long before the classifier is asked


def _lookup(_state: TaskState, engine: Engine, text: str, inside_names: bool) -> list[ContactMatch]:
    with engine.connect() as conn:
        return find_contacts(conn, text, inside_names=inside_names)


def _save(
    _state: TaskState,
    engine: Engine,
    items: list[NewItem],
    logged_by: int,
    contact_id: int | None,
    new_contact: capture.NewContact | None,
) -> tuple[int | None, list[int]]:
    return capture.save_items(
        engine, items, logged_by=logged_by, contact_id=contact_id, new_contact=new_contact
    )


def _suggest(_state: TaskState, suggester: Suggester, text: str) -> Suggestion | None:
    return suggester(text)


def load_categories(engine: Engine) -> list[tuple[int, str]]:
    with engine.connect() as conn:
        rows = conn.execute(
            select(category.c.id, category.c.name).where(category.c.is_active).order_by(category.c.name)
        )
        return [(row.id, labels.category_label(row.name)) for row in rows]


class CaptureForm(QWidget):
    #: Items were saved: (contact id or None, [item ids]).
    items_saved = Signal(object)
    #: The chosen contact changed: its id, or None.
    contact_changed = Signal(object)
    #: Anything the operator typed or chose changed (the draft is due).
    edited = Signal()

    def __init__(
        self,
        engine: Engine,
        operator: Operator,
        categories: list[tuple[int, str]],
        suggester: Suggester | None = None,
        parent: QWidget | None = None,
        *,
        find_similar: bool = True,
    ) -> None:
        super().__init__(parent)
        self._engine = engine
        self._operator = operator
        self._suggester = suggester
        self._contact: ContactMatch | None = None
        self._contact_label = ""
        self._pending: list[DraftItem] = []
        self._lookup_running = False
        self._saving = False
        self._pick_when_found = False
        self._kind_set_by_hand = False
        self._category_set_by_hand = False
        self._suggestion: Suggestion | None = None
        self._results = ContactResultsModel(self)
        self.w: FormWidgets = build_form(self, self._results, categories)
        # "Sounds like": what the text may repeat, under it; the choice links the item when saved.
        self.sounds_like: SoundsLikeBox | None = None
        self._pending_links: list[SimilarRow | None] = []
        if find_similar:
            self.sounds_like = SoundsLikeBox(engine, self)
            layout = self.layout()
            layout.insertWidget(layout.indexOf(self.w.errors["text"]) + 1, self.sounds_like)  # type: ignore[attr-defined]
            self.sounds_like.choice_changed.connect(lambda _row: self.edited.emit())  # the draft keeps it
        self._suggest_timer = QTimer(self)
        self._suggest_timer.setSingleShot(True)
        self._suggest_timer.setInterval(SUGGEST_DELAY_MS)
        self._suggest_timer.timeout.connect(self._ask_suggester)
        self._connect()
        self.reset()

    # -- wiring --------------------------------------------------------------

    def _connect(self) -> None:
        w = self.w
        w.search.textEdited.connect(self._search_edited)
        w.search.returnPressed.connect(self._search_return)
        w.search.installEventFilter(self)
        w.results.installEventFilter(self)
        w.results.activated.connect(lambda index: self._choose(index.data(RecordRole)))
        w.text.textChanged.connect(self._text_changed)
        w.kind.activated.connect(lambda _i: self._mark_kind_by_hand())
        w.category.activated.connect(lambda _i: self._mark_category_by_hand())
        for combo in (w.kind, w.channel, w.category):
            combo.currentIndexChanged.connect(lambda _i: self.edited.emit())
        for edit in w.new_contact.values():
            edit.textEdited.connect(lambda _t: self.edited.emit())
            edit.editingFinished.connect(self._check_new_contact_field)
        w.new_contact_button.clicked.connect(self.show_new_contact)
        w.add_button.clicked.connect(self.add_another)
        w.save_button.clicked.connect(self.save)

        def shortcut(keys: list[QKeySequence], slot: object) -> None:
            for key in keys:
                s = QShortcut(key, self)
                s.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
                s.activated.connect(slot)

        ctrl, shift = Qt.Modifier.CTRL, Qt.Modifier.SHIFT
        shortcut([QKeySequence(ctrl | Qt.Key.Key_Return), QKeySequence(ctrl | Qt.Key.Key_Enter)], self.save)
        shortcut(
            [QKeySequence(ctrl | shift | Qt.Key.Key_Return), QKeySequence(ctrl | shift | Qt.Key.Key_Enter)],
            self.add_another,
        )
        shortcut([QKeySequence(ctrl | shift | Qt.Key.Key_N)], self.show_new_contact)
        shortcut([QKeySequence(ctrl | Qt.Key.Key_L)], self.focus_search)
        if self.sounds_like is not None:
            box = self.sounds_like
            for number in range(3):
                shortcut(
                    [QKeySequence(Qt.Modifier.ALT | Qt.Key(Qt.Key.Key_1 + number))],
                    lambda n=number: box.toggle(n),
                )
        for number in range(w.kind.count()):
            shortcut(
                [QKeySequence(ctrl | Qt.Key(Qt.Key.Key_1 + number))],
                lambda n=number: self._set_kind_by_hand(n),
            )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            if watched is self.w.search and key == Qt.Key.Key_Down and self._results.rowCount():
                self.w.results.setFocus(Qt.FocusReason.TabFocusReason)
                self.w.results.setCurrentIndex(self._results.index(0))
                return True
            if watched is self.w.results and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                index = self.w.results.currentIndex()
                if index.isValid() and not event.modifiers() & Qt.KeyboardModifier.ControlModifier:
                    self._choose(index.data(RecordRole))
                    return True
            if (
                watched is self.w.results
                and key == Qt.Key.Key_Up
                and self.w.results.currentIndex().row() <= 0
            ):
                self.w.search.setFocus(Qt.FocusReason.TabFocusReason)
                return True
        return super().eventFilter(watched, event)

    # -- what the window and tests call ---------------------------------------

    def contact(self) -> ContactMatch | None:
        return self._contact

    def results(self) -> ContactResultsModel:
        return self._results

    def pending_items(self) -> list[DraftItem]:
        return list(self._pending)

    def is_busy(self) -> bool:
        return self._lookup_running or self._saving

    @Slot()
    def focus_search(self) -> None:
        self.w.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.w.search.selectAll()

    def reset(self) -> None:
        """An empty form for the next conversation; channel back to the operator's usual one."""
        self._contact, self._contact_label, self._pending = None, "", []
        self.w.search.clear()
        self._results.set_records([])
        self.w.results.hide()
        self.w.text.clear()
        for edit in self.w.new_contact.values():
            edit.clear()
        self.w.new_contact_box.hide()
        self.w.kind.setCurrentIndex(0)
        self._set_combo(self.w.channel, self._operator.usual_channel)
        self.w.category.setCurrentIndex(0)
        self._kind_set_by_hand = self._category_set_by_hand = False
        self._suggestion = None
        self._pending_links = []
        if self.sounds_like is not None:
            self.sounds_like.clear()
        self._show_contact()
        self._show_pending()
        self.clear_errors()

    def draft(self) -> Draft:
        chosen = self.sounds_like.choice() if self.sounds_like else None
        return Draft(
            search=self.w.search.text(),
            contact_id=self._contact.id if self._contact else None,
            contact_label=self._contact_label,
            new_contact={k: e.text() for k, e in self.w.new_contact.items()}
            if self.w.new_contact_box.isVisible() or any(e.text() for e in self.w.new_contact.values())
            else {},
            items=tuple(
                replace(item, link_kind=link.kind, link_id=link.id) if link else item
                for item, link in zip(self._pending, self._links_of_pending(), strict=True)
            ),
            text=self.w.text.toPlainText(),
            kind=self.w.kind.currentData() or "",
            channel=self.w.channel.currentData() or "",
            category_id=self.w.category.currentData(),
            link_kind=chosen.kind if chosen else "",
            link_id=chosen.id if chosen else None,
        )

    def _links_of_pending(self) -> list[SimilarRow | None]:
        return (self._pending_links + [None] * len(self._pending))[: len(self._pending)]

    def restore(self, draft: Draft) -> None:
        """Fill the form from a draft: exactly what was typed, the contact as it was chosen."""
        self.reset()
        self.w.search.setText(draft.search)
        if draft.contact_id is not None:
            self._contact = ContactMatch(draft.contact_id, draft.contact_label, "draft", "", exact=True)
            self._contact_label = draft.contact_label
        if draft.new_contact:
            for key, edit in self.w.new_contact.items():
                edit.setText(draft.new_contact.get(key, ""))
            self.w.new_contact_box.show()
        self._pending = list(draft.items)
        # The matches chosen under "Sounds like" come back as they are now (gone: no link).
        keys = [(i.link_kind, i.link_id) for i in draft.items if i.link_kind and i.link_id is not None]
        if draft.link_kind and draft.link_id is not None:
            keys.append((draft.link_kind, draft.link_id))
        rows = {row.key: row for row in similar_items.rows_for(self._engine, keys)} if keys else {}
        self._pending_links = [rows.get((i.link_kind, i.link_id or 0)) for i in draft.items]
        self.w.text.setPlainText(draft.text)
        chosen = rows.get((draft.link_kind, draft.link_id or 0))
        if chosen is not None and self.sounds_like is not None:
            self.sounds_like.restore_choice(chosen)
        self._set_combo(self.w.kind, draft.kind)
        self._set_combo(self.w.channel, draft.channel or self._operator.usual_channel)
        self._set_combo(self.w.category, draft.category_id)
        self._kind_set_by_hand = self._category_set_by_hand = True  # the operator's choices stand
        self._show_contact()
        self._show_pending()
        self.contact_changed.emit(draft.contact_id)

    # -- contact look-up --------------------------------------------------------

    @Slot(str)
    def _search_edited(self, _text: str) -> None:
        self.edited.emit()
        if not self._lookup_running:
            self._start_lookup(inside_names=False)

    def _start_lookup(self, inside_names: bool) -> None:
        text = self.w.search.text()
        self._lookup_running = True
        task = run_in_background(_lookup, self._engine, text, inside_names)
        task.finished.connect(lambda found, t=text, i=inside_names: self._found(t, i, found))
        task.failed.connect(self._lookup_failed)

    def _found(self, text: str, inside_names: bool, found: list[ContactMatch]) -> None:
        self._lookup_running = False
        if text != self.w.search.text():  # typed on meanwhile: look up what is there now
            self._start_lookup(inside_names=False)
            return
        if inside_names:
            known = {m.id for m in self._results.records()}
            found = self._results.records() + [m for m in found if m.id not in known]
        self._results.set_records(found[:DEFAULT_LIMIT])
        self.w.results.setVisible(bool(found))
        if found:
            self.w.results.setCurrentIndex(self._results.index(0))
        if not inside_names and len(found) < DEFAULT_LIMIT and text.strip() and not text.strip()[0].isdigit():
            self._start_lookup(inside_names=True)
            return
        if self._pick_when_found and found:
            self._pick_when_found = False
            self._choose(found[0])

    @Slot(object)
    def _lookup_failed(self, exc: BaseException) -> None:
        self._lookup_running = False
        self._report(exc)

    @Slot()
    def _search_return(self) -> None:
        if self._lookup_running:
            self._pick_when_found = True
            return
        index = self.w.results.currentIndex()
        if self._results.rowCount():
            self._choose((index if index.isValid() else self._results.index(0)).data(RecordRole))
        elif self.w.search.text().strip():
            self.show_new_contact()

    def choose_contact(self, match: ContactMatch) -> None:
        """Start on a contact found elsewhere (the phone survey), as if picked from the results."""
        self._choose(match)

    def _choose(self, match: ContactMatch) -> None:
        self._contact = match
        self._contact_label = " · ".join(v for v in (match.display_name, match.phone, match.email) if v)
        self.w.new_contact_box.hide()
        self.w.results.hide()
        self._show_contact()
        self.contact_changed.emit(match.id)
        self.w.text.setFocus(Qt.FocusReason.OtherFocusReason)

    @Slot()
    def show_new_contact(self) -> None:
        """Open the inline new-contact fields, filled from what was typed in the contact box."""
        typed = self.w.search.text().strip()
        fields = self.w.new_contact
        if typed and not any(e.text() for e in fields.values()):
            key = "email" if "@" in typed else "phone" if typed[0] in "+0123456789۰۱۲۳۴۵۶۷۸۹" else "name"
            fields[key].setText(typed)
        self._contact = None
        self._contact_label = ""
        self._show_contact()
        self.contact_changed.emit(None)
        self.w.new_contact_box.show()
        self.w.results.hide()
        first_empty = next((e for e in fields.values() if not e.text()), fields["name"])
        first_empty.setFocus(Qt.FocusReason.ShortcutFocusReason)

    @Slot()
    def _check_new_contact_field(self) -> None:
        # Checked as each field is left, so the message is there before Save.
        field = next((k for k, e in self.w.new_contact.items() if e is self.sender()), None)
        if field is None:
            return
        value = self.w.new_contact[field].text()
        error = ""
        if value.strip() and field != "name":
            try:
                capture.check_contact(capture.NewContact(**{field: value}))  # type: ignore[arg-type]
            except InvalidInput as exc:
                error = reason_text(exc.errors[field].reason) if field in exc.errors else ""
        self.w.set_error(field, error)

    # -- the items ------------------------------------------------------------------

    @Slot()
    def _text_changed(self) -> None:
        text = self.w.text.toPlainText()
        direction = (
            Qt.LayoutDirection.RightToLeft if is_right_to_left(text) else Qt.LayoutDirection.LeftToRight
        )
        option = self.w.text.document().defaultTextOption()
        if option.textDirection() != direction:
            option.setTextDirection(direction)
            option.setAlignment(
                Qt.AlignmentFlag.AlignRight
                if direction == Qt.LayoutDirection.RightToLeft
                else Qt.AlignmentFlag.AlignLeft
            )
            self.w.text.document().setDefaultTextOption(option)
        if text.strip():
            self.w.set_error("text", "")
        self.edited.emit()
        if self._suggester is not None or self.sounds_like is not None:
            self._suggest_timer.start()

    def _mark_kind_by_hand(self) -> None:
        self._kind_set_by_hand = True
        self.w.suggestion.clear()

    def _mark_category_by_hand(self) -> None:
        self._category_set_by_hand = True

    def _set_kind_by_hand(self, index: int) -> None:
        self.w.kind.setCurrentIndex(index)
        self._mark_kind_by_hand()

    @Slot()
    def _ask_suggester(self) -> None:
        text = self.w.text.toPlainText()
        if self.sounds_like is not None:
            self.sounds_like.look_up(text)
        if self._suggester is None or not text.strip():
            return
        task = run_in_background(_suggest, self._suggester, text)
        task.finished.connect(lambda s, t=text: self._apply_suggestion(t, s))
        task.failed.connect(self._report)

    def _apply_suggestion(self, text: str, suggestion: Suggestion | None) -> None:
        if suggestion is None or text != self.w.text.toPlainText():
            return
        self._suggestion = suggestion
        shown = []
        if suggestion.kind and not self._kind_set_by_hand:
            self._set_combo(self.w.kind, suggestion.kind)
            shown.append(self.w.kind.currentText())
        if suggestion.category_id is not None and not self._category_set_by_hand:
            self._set_combo(self.w.category, suggestion.category_id)
            shown.append(self.w.category.currentText())
        self.w.suggestion.setText(self.tr("Suggested: %1").replace("%1", ", ".join(shown)) if shown else "")

    def _current_item(self) -> DraftItem:
        kind, category_id = self.w.kind.currentData(), self.w.category.currentData()
        # A suggestion left as it was keeps its confidence (the item stays open
        # to review); a value the operator chose is theirs: no confidence.
        suggested = self._suggestion
        kind_confidence = category_confidence = None
        if suggested is not None and not self._kind_set_by_hand and suggested.kind == kind:
            kind_confidence = suggested.kind_confidence
        if suggested is not None and not self._category_set_by_hand and suggested.category_id == category_id:
            category_confidence = suggested.category_confidence
        return DraftItem(
            self.w.text.toPlainText(),
            kind,
            self.w.channel.currentData(),
            category_id,
            kind_confidence,
            category_confidence,
        )

    @Slot()
    def add_another(self) -> None:
        """Keep the item typed so far and start another one for the same contact."""
        if not self.w.text.toPlainText().strip():
            self.w.set_error("text", self.tr("Type what the customer said first."))
            self.w.text.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        self._pending.append(self._current_item())
        self._pending_links.append(self.sounds_like.choice() if self.sounds_like else None)
        if self.sounds_like is not None:
            self.sounds_like.clear()
        self.w.text.clear()
        self.w.kind.setCurrentIndex(0)
        self.w.category.setCurrentIndex(0)
        self._kind_set_by_hand = self._category_set_by_hand = False
        self._suggestion = None
        self._show_pending()
        self.edited.emit()
        self.w.text.setFocus(Qt.FocusReason.OtherFocusReason)

    @Slot()
    def save(self) -> None:
        if self._saving:
            return
        self.clear_errors()
        items = list(self._pending)
        links = list(self._pending_links) + [None] * (len(items) - len(self._pending_links))
        if self.w.text.toPlainText().strip() or not items:
            items.append(self._current_item())
            links.append(self.sounds_like.choice() if self.sounds_like else None)
        new_contact = None
        if self._contact is None and any(e.text().strip() for e in self.w.new_contact.values()):
            new_contact = capture.NewContact(**{k: e.text() for k, e in self.w.new_contact.items()})
        self._saving = True
        self.w.save_button.setEnabled(False)
        task = run_in_background(
            _save,
            self._engine,
            [
                NewItem(
                    i.text,
                    i.kind,
                    i.channel,
                    i.category_id,
                    kind_confidence=i.kind_confidence,
                    category_confidence=i.category_confidence,
                    improvement_id=link.id if link and link.kind == "improvement" else None,
                    duplicate_of=link.id if link and link.kind == "item" else None,
                )
                for i, link in zip(items, links, strict=True)
            ],
            self._operator.id,
            self._contact.id if self._contact else None,
            new_contact,
        )
        task.finished.connect(self._saved)
        task.failed.connect(self._save_failed)

    @Slot(object)
    def _saved(self, result: tuple[int | None, list[int]]) -> None:
        self._saving = False
        self.w.save_button.setEnabled(True)
        who = self._contact_label or " ".join(self.w.new_contact["name"].text().split())
        count = len(result[1])
        self.reset()
        message = self.tr("Saved %n item(s)", "", count)
        self.w.status.setText(message + (f" — {who}" if who else ""))
        self.items_saved.emit(result)
        self.focus_search()

    @Slot(object)
    def _save_failed(self, exc: BaseException) -> None:
        self._saving = False
        self.w.save_button.setEnabled(True)
        if not isinstance(exc, InvalidInput):
            self._report(exc)
            return
        current = f".{len(self._pending) + 1}" if self._pending and self.w.text.toPlainText().strip() else ""
        if not self._pending:
            current = ""
        for key, error in exc.errors.items():
            field, _, number = key.partition(".")
            if field in ("improvement", "duplicate_of"):  # the "Sounds like" choice: shown under the text
                field = "text"
            if field in self.w.new_contact or (f".{number}" if number else "") == current:
                self.w.set_error(field, reason_text(error.reason))
            else:
                self.w.set_error(
                    "pending",
                    self.tr("Item %1: %2")
                    .replace("%1", number or "1")
                    .replace("%2", reason_text(error.reason)),
                )
        focus = next((self.w.field(k.partition(".")[0]) for k in exc.errors), None)
        if focus is not None:
            focus.setFocus(Qt.FocusReason.OtherFocusReason)

    def clear_errors(self) -> None:
        self.w.clear_errors()

    # -- showing ------------------------------------------------------------------------

    def _show_contact(self) -> None:
        if self._contact is None:
            self.w.contact.setText(self.tr("No contact chosen (the item is saved as anonymous)"))
            self.w.contact.setEnabled(False)
        else:
            # Each part isolated: a Persian name must not carry the "+" of the phone after it to its far end.
            parts = " · ".join(f"\u2068{part}\u2069" for part in self._contact_label.split(" · "))
            self.w.contact.setText(self.tr("Contact: %1").replace("%1", parts))
            self.w.contact.setEnabled(True)

    def _show_pending(self) -> None:
        kinds = labels.kind_labels()
        lines = [
            f"{n}. {kinds.get(item.kind, item.kind)}: \u2068{' '.join(item.text.split())[:80]}\u2069"
            for n, item in enumerate(self._pending, 1)
        ]
        self.w.pending.setText("\n".join(lines))
        self.w.pending.setVisible(bool(lines))
        self.w.save_button.setText(
            self.tr("Save %n items", "", len(self._pending) + 1) if self._pending else self.tr("Save")
        )

    @staticmethod
    def _set_combo(combo: QComboBox, data: object) -> None:
        index = combo.findData(data)
        if index >= 0:
            combo.setCurrentIndex(index)

    def _report(self, exc: BaseException) -> None:
        if crash.is_environment_error(exc):
            self.w.status.setText(crash.environment_message(exc).replace("\n", " "))
        else:
            crash.report(exc)
