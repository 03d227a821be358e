"""The reply composer: a reply per contact, from the template in their language, through a channel they have.

Opened for an improvement ("you said, we did": every contributor of every
linked item) or for chosen items (the inbox's bulk "Reply…", the overdue
list). The services prepare the drafts (``app.replies``); here the user reads
and edits each one, picks another channel the contact has, and sends them all
in one background task, one transaction per recipient: a failure is shown on
its row and keeps its text, the others are recorded. Unsent text is saved as
drafts (``app.reply_drafts``) and offered back when the composer is opened
again for the same improvement or items.

Preview on sample data: ``python -m ui.workflow.reply_composer [IMPROVEMENT_ID]``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QItemSelection, Qt, Signal, Slot
from PySide6.QtGui import QCloseEvent, QKeySequence, QTextOption
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import Engine, select
from sqlalchemy.exc import SQLAlchemyError

from app import replies, reply_drafts, workflow
from app.conflicts import EditConflict
from app.errors import carried
from app.reference_data import ANSWER
from app.replies import Delivery, Prepared, Route
from app.reply_drafts import ReplyDraft, SavedReplyDrafts
from app.tasks import TaskState
from app.workflow import Moved
from db.enums import ReplyOutcome, Stage
from db.tables import improvement
from ui import crash, i18n
from ui.background import BackgroundTask, run_in_background
from ui.error_messages import reason_text
from ui.models import labels
from ui.models.reply_draft_keeper import ReplyDraftKeeper
from ui.models.reply_recipients_model import Recipient, ReplyRecipientsModel, State
from ui.text_direction import is_right_to_left

HAND_CHANNEL = "in_person"  # a contact with no e-mail, phone or handle can still be told face to face


def outcome_labels() -> dict[str, str]:
    translate = QCoreApplication.translate
    return {
        ReplyOutcome.RECEIVED.value: translate("ReplyComposer", "Received: we have it"),
        ReplyOutcome.ACCEPTED.value: translate("ReplyComposer", "Accepted: we are on it"),
        ReplyOutcome.DECLINED.value: translate("ReplyComposer", "Declined, with the reason"),
        ReplyOutcome.DONE.value: translate("ReplyComposer", "Done: what changed"),
        ANSWER: translate("ReplyComposer", "A direct answer"),
    }


@dataclass(frozen=True)
class Loaded:
    prepared: Prepared
    routes: dict[int, list[Route]]
    title: str | None  # the improvement's
    stage: str | None
    saved: SavedReplyDrafts | None


@dataclass(frozen=True)
class SendResult:
    deliveries: tuple[Delivery, ...]
    moved: Moved | None  # moved to done once everyone was told
    close_error: str | None  # why it could not move to done


def _prepare(
    _state: TaskState,
    engine: Engine,
    improvement_id: int | None,
    item_ids: tuple[int, ...],
    outcome: str | None,
    user_id: int | None,
    key: str,
) -> Loaded:
    title = stage = None
    with engine.connect() as conn:
        if improvement_id is not None:
            prepared = replies.prepare_outcome_replies(conn, improvement_id, outcome)
        else:
            prepared = replies.prepare_item_replies(conn, item_ids, outcome)
        routes = replies.routes_of(conn, [d.contact_id for d in prepared.drafts])
        if prepared.improvement_id is not None:
            row = conn.execute(
                select(improvement.c.title, improvement.c.stage).where(
                    improvement.c.id == prepared.improvement_id
                )
            ).first()
            if row is not None:
                title, stage = row
    return Loaded(prepared, routes, title, stage, reply_drafts.load_reply_drafts(engine, user_id, key))


def _send(
    _state: TaskState,
    engine: Engine,
    prepared: Prepared,
    drafts: list[replies.Draft],
    user_id: int | None,
    close: bool,
) -> SendResult:
    deliveries = replies.send_each(engine, prepared, drafts, user_id=user_id)
    moved = close_error = None
    if close and prepared.improvement_id is not None and all(d.error is None for d in deliveries):
        try:
            moved = workflow.advance(engine, prepared.improvement_id, Stage.DONE, user_id=user_id)
        except (workflow.WorkflowError, EditConflict) as exc:
            close_error = carried(exc)  # English, and translated when shown
        except SQLAlchemyError as exc:  # the replies are recorded: say why it stays open, keep the results
            close_error = str(getattr(exc, "orig", exc))
    return SendResult(deliveries, moved, close_error)


def _local(at: dt.datetime) -> str:
    return i18n.local_time(at)  # the user's time zone and digits


class ReplyComposerDialog(QDialog):
    #: The drafts were prepared and are shown.
    replies_loaded = Signal()
    #: A send finished: the tuple of ``app.replies.Delivery``, one per recipient tried.
    replies_sent = Signal(object)
    #: Once everyone was told, the improvement was moved to done.
    improvement_closed = Signal(int)

    def __init__(
        self,
        engine: Engine,
        *,
        item_ids: Sequence[int] | None = None,
        improvement_id: int | None = None,
        user_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        if improvement_id is None and not item_ids:
            raise ValueError("the composer answers for an improvement or for items")
        self.setWindowTitle(self.tr("Replies – Kaizen Desk"))
        self._engine = engine
        self._user_id = user_id
        self._improvement_id = improvement_id
        self._item_ids = tuple(item_ids or ())
        self._key = reply_drafts.draft_key(improvement_id=improvement_id, item_ids=self._item_ids)
        self._task: BackgroundTask | None = None
        self._loaded: Loaded | None = None
        self._pending_restore: dict[int, ReplyDraft] | None = None
        self._showing = False  # filling the editor: not an edit of the user's
        self._current: int | None = None
        self.recipients_model = ReplyRecipientsModel(self)
        self.keeper = ReplyDraftKeeper(engine, user_id, self._key, self._snapshot, self)
        self._build()
        self.resize(1100, 680)
        self._load(None)

    # -- layout -------------------------------------------------------------

    def _build(self) -> None:
        self._heading = QLabel()
        self._heading.setWordWrap(True)
        self._heading.setStyleSheet("font-size: 13pt; font-weight: bold;")
        self.outcome_box = QComboBox()
        names = outcome_labels()
        for outcome in replies.OUTCOMES:
            if outcome != ANSWER or self._improvement_id is None:
                self.outcome_box.addItem(names[outcome], outcome)
        self.outcome_box.activated.connect(self._on_outcome_chosen)
        top = QHBoxLayout()
        top.addWidget(self._heading, 1)
        top.addWidget(QLabel(self.tr("Tell them:")))
        top.addWidget(self.outcome_box)

        self._restore_bar = QFrame()
        self._restore_bar.setFrameShape(QFrame.Shape.StyledPanel)
        self._restore_bar.setStyleSheet("QFrame { background: #fff6d5; }")
        self._restore_text = QLabel()
        self._restore_text.setWordWrap(True)
        restore = QPushButton(self.tr("&Restore them"))
        restore.clicked.connect(self.restore_drafts)
        discard = QPushButton(self.tr("Start from the &templates"))
        discard.clicked.connect(self.discard_saved_drafts)
        bar = QHBoxLayout(self._restore_bar)
        bar.addWidget(self._restore_text, 1)
        bar.addWidget(restore)
        bar.addWidget(discard)
        self._restore_bar.hide()

        self.recipients_view = QTableView()
        self.recipients_view.setModel(self.recipients_model)
        self.recipients_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.recipients_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.recipients_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.recipients_view.verticalHeader().hide()
        self.recipients_view.setShowGrid(False)
        self.recipients_view.setWordWrap(False)
        header = self.recipients_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.recipients_view.selectionModel().selectionChanged.connect(self._on_selection)

        self._to = QLabel()
        self._to.setWordWrap(True)
        self.channel_box = QComboBox()
        self.channel_box.setPlaceholderText(self.tr("Choose how you tell them"))
        self.channel_box.activated.connect(self._on_channel_chosen)
        self.subject_edit = QLineEdit()
        self.subject_edit.textEdited.connect(self._on_subject_edited)
        self.body_edit = QPlainTextEdit()
        self.body_edit.textChanged.connect(self._on_body_edited)
        self._hint = QLabel()
        self._hint.setWordWrap(True)
        self._hint.setStyleSheet("color: #8a5a00;")
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("To:"), self._to)
        form.addRow(self.tr("Channel:"), self.channel_box)
        form.addRow(self.tr("Subject:"), self.subject_edit)
        editor = QWidget()
        editor_layout = QVBoxLayout(editor)
        editor_layout.setContentsMargins(0, 0, 0, 0)
        editor_layout.addLayout(form)
        editor_layout.addWidget(self.body_edit, 1)
        editor_layout.addWidget(self._hint)
        self._editor = editor

        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.recipients_view)
        split.addWidget(editor)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        split.setChildrenCollapsible(False)
        self._split = split

        self.close_box = QCheckBox(self.tr("Move the improvement to done once everyone is told"))
        self.close_box.hide()
        self._status = QLabel()
        self._status.setWordWrap(True)
        self.send_button = QPushButton(self.tr("&Send all"))
        self.send_button.setDefault(True)
        self.send_button.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_Return))
        self.send_button.clicked.connect(self.send)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.close)
        buttons = QHBoxLayout()
        buttons.addWidget(self._status, 1)
        buttons.addWidget(self.send_button)
        buttons.addWidget(close)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self._restore_bar)
        layout.addWidget(split, 1)
        layout.addWidget(self.close_box)
        layout.addLayout(buttons)

    # -- what others call ---------------------------------------------------

    def is_busy(self) -> bool:
        return self._task is not None or not self.keeper.is_idle()

    def prepared(self) -> Prepared | None:
        return self._loaded.prepared if self._loaded else None

    def status_text(self) -> str:
        return self._status.text()

    def saved_drafts_offered(self) -> bool:
        return not self._restore_bar.isHidden()

    def set_close_when_sent(self, close: bool) -> None:
        """Tick "move to done once everyone is told" (when the board's move to done was refused)."""
        self.close_box.setChecked(close)

    def select_recipient(self, row: int) -> None:
        self.recipients_view.selectRow(row)

    def current_recipient(self) -> Recipient | None:
        return None if self._current is None else self.recipients_model.recipient(self._current)

    @Slot()
    def send(self) -> None:
        """Record every reply not sent yet, in the background."""
        if self._task is not None or self._loaded is None:
            return
        todo = self.recipients_model.to_send()
        if not todo:
            self._status.setText(self.tr("Nobody is waiting for a reply here."))
            return
        self._set_busy(True)
        self.keeper.hold()  # written once the send is over, with what is left unsent
        self._status.setText(self.tr("Sending %1 replies…").replace("%1", str(len(todo))))
        close = self.close_box.isVisible() and self.close_box.isChecked()
        task = run_in_background(
            _send,
            self._engine,
            self._loaded.prepared,
            [r.edited_draft() for r in todo],
            self._user_id,
            close,
        )
        task.finished.connect(self._on_sent)
        task.failed.connect(self._on_failed)
        self._task = task

    @Slot()
    def restore_drafts(self) -> None:
        """Put the saved, unsent text back (in the outcome it was written for)."""
        saved = self._loaded.saved if self._loaded else None
        self._restore_bar.hide()
        if saved is None:
            return
        outcome = next(iter(saved.drafts.values())).outcome
        if outcome and outcome != self._loaded_outcome() and self.outcome_box.findData(outcome) >= 0:
            self._pending_restore = saved.drafts
            self._load(outcome)
            return
        self._apply_drafts(saved.drafts)

    @Slot()
    def discard_saved_drafts(self) -> None:
        self._restore_bar.hide()
        self.keeper.discard()

    # -- loading ------------------------------------------------------------

    def _loaded_outcome(self) -> str | None:
        return self._loaded.prepared.outcome if self._loaded else None

    def _load(self, outcome: str | None) -> None:
        self._set_busy(True)
        self._status.setText(self.tr("Preparing the replies…"))
        task = run_in_background(
            _prepare, self._engine, self._improvement_id, self._item_ids, outcome, self._user_id, self._key
        )
        task.finished.connect(self._on_prepared)
        task.failed.connect(self._on_failed)
        self._task = task

    @Slot(int)
    def _on_outcome_chosen(self, index: int) -> None:
        outcome = self.outcome_box.itemData(index)
        if outcome != self._loaded_outcome() and self._task is None:
            self.keeper.save_if_changed()  # the text written for the other outcome is offered back later
            self._load(outcome)

    @Slot(object)
    def _on_prepared(self, loaded: Loaded) -> None:
        self._task = None
        self._set_busy(False)
        self._loaded = loaded
        p = loaded.prepared
        self.outcome_box.setCurrentIndex(max(0, self.outcome_box.findData(p.outcome)))
        rows = []
        for d in p.drafts:
            routes = loaded.routes.get(d.contact_id, [])
            rows.append(Recipient(d, routes, body=d.body, subject=d.subject or "", channel=d.channel))
        rows += [Recipient(None, [], item_id=i, state=State.ANONYMOUS) for i in p.not_answerable]
        self.recipients_model.set_recipients(rows)
        self._fit_recipients()
        self._set_heading(loaded)
        can_close = p.outcome == ReplyOutcome.DONE.value and loaded.stage == Stage.ACT.value
        self.close_box.setVisible(can_close)
        self._status.setText(self._summary())
        if self._pending_restore is not None:
            drafts, self._pending_restore = self._pending_restore, None
            self._apply_drafts(drafts)
        elif loaded.saved is not None and any(r.contact_id in loaded.saved.drafts for r in rows):
            found = sum(1 for r in rows if r.contact_id in loaded.saved.drafts)
            self._restore_text.setText(
                self.tr("You have unsent replies to %1 of these contacts, saved %2.")
                .replace("%1", str(found))
                .replace("%2", _local(loaded.saved.saved_at))
            )
            self._restore_bar.show()
        if rows:
            self.select_recipient(0)
        else:
            self._show_recipient(None)
        self.replies_loaded.emit()

    def _fit_recipients(self) -> None:
        """Widen the list so that every column shows whole (longer in Russian), up to 60% of the dialog."""
        view, header = self.recipients_view, self.recipients_view.horizontalHeader()
        view.resizeColumnsToContents()
        last = header.count() - 1
        wanted = sum(header.sectionSize(c) for c in range(last))
        # A stretched last section is never narrower than the default section size.
        wanted += max(view.sizeHintForColumn(last), header.sectionSizeHint(last), header.defaultSectionSize())
        wanted += 2 * view.frameWidth() + view.verticalScrollBar().sizeHint().width() + 8
        total = sum(self._split.sizes()) or self.width()
        left = min(wanted, total * 6 // 10)
        self._split.setSizes([left, total - left])

    def _set_heading(self, loaded: Loaded) -> None:
        p = loaded.prepared
        if p.improvement_id is not None and loaded.title is not None:
            text = self.tr("Replies about #%1 “%2”").replace("%1", str(p.improvement_id))
            text = text.replace("%2", loaded.title)
        else:
            text = self.tr("Replies to %1 items").replace("%1", str(len(self._item_ids)))
        self._heading.setText(text)

    def _summary(self) -> str:
        rows = self.recipients_model.recipients()
        waiting = sum(1 for r in rows if r.draft is not None and r.state is not State.SENT)
        anonymous = sum(1 for r in rows if r.state is State.ANONYMOUS)
        told = len(self._loaded.prepared.already_answered) if self._loaded else 0
        parts = [self.tr("%1 to send").replace("%1", str(waiting))]
        if told:
            parts.append(self.tr("%1 told before").replace("%1", str(told)))
        if anonymous:
            parts.append(self.tr("%1 anonymous (cannot be answered)").replace("%1", str(anonymous)))
        return "; ".join(parts)

    def _apply_drafts(self, drafts: dict[int, ReplyDraft]) -> None:
        for row, r in enumerate(self.recipients_model.recipients()):
            saved = drafts.get(r.contact_id) if r.contact_id is not None else None
            if saved is None or r.state is State.SENT:
                continue
            r.body, r.subject = saved.body, saved.subject or ""
            if saved.channel is not None:
                r.channel = saved.channel
            self.recipients_model.refresh(row)
        self._show_recipient(self._current)

    # -- editing ------------------------------------------------------------

    @Slot(QItemSelection, QItemSelection)
    def _on_selection(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        rows = self.recipients_view.selectionModel().selectedRows()
        self._show_recipient(rows[0].row() if rows else None)

    def _show_recipient(self, row: int | None) -> None:
        self._current = row
        r = self.recipients_model.recipient(row) if row is not None else None
        self._showing = True
        try:
            editable = r is not None and r.draft is not None and r.state is not State.SENT
            self._editor.setEnabled(editable)
            self.channel_box.clear()
            if r is None or r.draft is None:
                self._to.setText(
                    self.tr("An anonymous item cannot be answered; it does not keep the improvement open.")
                    if r is not None
                    else ""
                )
                self.subject_edit.clear()
                self.body_edit.clear()
                self._hint.clear()
                return
            names = labels.channel_labels()
            for route in r.routes:
                self.channel_box.addItem(
                    f"{names.get(route.channel, route.channel)} — {route.address}", route.channel
                )
            if not r.routes:
                self.channel_box.addItem(
                    self.tr("In person (no e-mail, phone or handle on file)"), HAND_CHANNEL
                )
            self.channel_box.setCurrentIndex(self.channel_box.findData(r.channel) if r.channel else -1)
            self._to.setText(r.draft.name or self.tr("contact #%1").replace("%1", str(r.draft.contact_id)))
            self.subject_edit.setText(r.subject)
            self.body_edit.setPlainText(r.body)
            self._set_direction(r.draft.language == "fa" or is_right_to_left(r.body))
            self._update_hint(r)
        finally:
            self._showing = False

    def _set_direction(self, right_to_left: bool) -> None:
        direction = Qt.LayoutDirection.RightToLeft if right_to_left else Qt.LayoutDirection.LeftToRight
        for widget in (self.body_edit, self.subject_edit, self._to):
            widget.setLayoutDirection(direction)
        option = self.body_edit.document().defaultTextOption()
        option.setTextDirection(direction)
        side = Qt.AlignmentFlag.AlignRight if right_to_left else Qt.AlignmentFlag.AlignLeft
        option.setAlignment(side | Qt.AlignmentFlag.AlignAbsolute)
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.body_edit.document().setDefaultTextOption(option)
        self.subject_edit.setAlignment(side | Qt.AlignmentFlag.AlignAbsolute)

    def _update_hint(self, r: Recipient) -> None:
        notes = []
        if r.state is State.FAILED:
            notes.append(self.tr("Not sent: %1").replace("%1", reason_text(r.error)))
        blanks = r.blanks()
        if blanks:
            notes.append(self.tr("Fill in or remove: %1").replace("%1", ", ".join(f"[{b}?]" for b in blanks)))
        if r.channel is None:
            notes.append(self.tr("Choose how to tell them."))
        self._hint.setText("\n".join(notes))

    def _edited(self) -> Recipient | None:
        if self._showing or self._current is None:
            return None
        r = self.recipients_model.recipient(self._current)
        return r if r.draft is not None and r.state is not State.SENT else None

    def _changed(self, r: Recipient) -> None:
        if r.state is State.FAILED:
            r.state, r.error = State.READY, ""
        assert self._current is not None
        self.recipients_model.refresh(self._current)
        self._update_hint(r)
        self.keeper.mark_changed()

    @Slot()
    def _on_body_edited(self) -> None:
        r = self._edited()
        if r is not None:
            r.body = self.body_edit.toPlainText()
            self._changed(r)

    @Slot(str)
    def _on_subject_edited(self, text: str) -> None:
        r = self._edited()
        if r is not None:
            r.subject = text
            self._changed(r)

    @Slot(int)
    def _on_channel_chosen(self, index: int) -> None:
        r = self._edited()
        if r is not None and index >= 0:
            r.channel = self.channel_box.itemData(index)
            self._changed(r)

    def _snapshot(self) -> list[ReplyDraft]:
        outcome = self._loaded_outcome() or ""
        return [
            ReplyDraft(r.draft.contact_id, r.body, r.subject or None, r.channel, outcome)
            for r in self.recipients_model.to_send()
            if r.draft is not None
        ]

    # -- sending ------------------------------------------------------------

    @Slot(object)
    def _on_sent(self, result: SendResult) -> None:
        self._task = None
        self._set_busy(False)
        sent = failed = 0
        for delivery in result.deliveries:
            row = self.recipients_model.row_of(delivery.contact_id)
            if row is None:
                continue
            r = self.recipients_model.recipient(row)
            if delivery.error is not None:
                r.state, r.error = State.FAILED, delivery.error
                failed += 1
            else:
                # Skipped: someone else told them meanwhile; either way nothing is left to send.
                r.state, r.error = State.SENT, ""
                sent += 1
            self.recipients_model.refresh(row)
        self.keeper.save_now()  # what is left unsent (nothing: the drafts go)
        text = self.tr("%1 sent").replace("%1", str(sent))
        if failed:
            text += self.tr("; %1 not sent: see the red rows, their text is kept").replace("%1", str(failed))
        if result.moved is not None:
            text += self.tr("; the improvement is done")
            self.close_box.hide()
        elif result.close_error:
            text += self.tr("; not moved to done: %1").replace("%1", reason_text(result.close_error))
        self._status.setText(text)
        self._show_recipient(self._current)
        self.replies_sent.emit(result.deliveries)
        if result.moved is not None:
            self.improvement_closed.emit(result.moved.improvement_id)

    @Slot(object)
    def _on_failed(self, exc: BaseException) -> None:
        if self.sender() is not self._task:
            return
        self._task = None
        self._set_busy(False)
        if crash.is_environment_error(exc):  # a KaizenError too: in the user's language
            self._status.setText(crash.environment_message(exc))
        else:
            crash.report(exc)

    def _set_busy(self, busy: bool) -> None:
        self.send_button.setEnabled(not busy)
        self.outcome_box.setEnabled(not busy)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.keeper.save_if_changed()
        super().closeEvent(event)

    def reject(self) -> None:
        self.keeper.save_if_changed()
        super().reject()


#: Asks a yes/no question: (parent, title, text) -> yes.
Confirm = Callable[[QWidget, str, str], bool]


def confirm(parent: QWidget, title: str, text: str) -> bool:
    yes, no = QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No
    return QMessageBox.question(parent, title, text, yes | no, yes) == yes


def offer_outcome_replies(
    parent: QWidget,
    engine: Engine,
    improvement_id: int,
    user_id: int | None,
    *,
    title: str,
    close: bool = False,
    ask: Confirm = confirm,
) -> ReplyComposerDialog | None:
    """After a move to declined (or a refused move to done): offer "you said, we did" in one step."""
    translate = QCoreApplication.translate
    if close:
        text = translate(
            "ReplyComposer",
            "Done needs a reply to every contributor of “%1”. Prepare the replies now? "
            "Once they are sent, the improvement moves to done.",
        )
    else:
        text = translate(
            "ReplyComposer", "Tell every contributor of “%1” about the decision now (you said, we did)?"
        )
    if not ask(parent, translate("ReplyComposer", "Reply to the contributors"), text.replace("%1", title)):
        return None
    dialog = ReplyComposerDialog(engine, improvement_id=improvement_id, user_id=user_id, parent=parent)
    dialog.set_close_when_sent(close)
    dialog.setWindowFlag(Qt.WindowType.Window)
    dialog.show()
    return dialog


if __name__ == "__main__":
    import sys

    from ui.workflow.preview import run_preview

    wanted = int(sys.argv.pop(1)) if len(sys.argv) > 1 and sys.argv[1].isdigit() else None

    def build(engine: Engine) -> QWidget:
        if wanted is not None:
            return ReplyComposerDialog(engine, improvement_id=wanted)
        return ReplyComposerDialog(engine, item_ids=[1, 2, 3, 4, 5])

    raise SystemExit(run_preview("python -m ui.workflow.reply_composer", build))
