"""The reply composer's recipients: one row per contact with their reply as edited, then the anonymous items.

The rows hold the text being edited (the composer writes it back here as the
user types), the channel chosen, and what became of the reply once sent. An
anonymous item is a row of its own that says it cannot be answered; it is
never sent and never blocks the others.
"""

from __future__ import annotations

import dataclasses
import enum
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QBrush, QColor

from app.replies import MISSING_MARK, Draft, Route
from ui.error_messages import reason_text
from ui.models import labels
from ui.models.table_base import AnyIndex, RowsTableModel
from ui.text_direction import is_right_to_left


class Column(enum.IntEnum):
    RECIPIENT = 0
    LANGUAGE = 1
    CHANNEL = 2
    STATUS = 3


class State(enum.Enum):
    READY = "ready"
    SENT = "sent"
    FAILED = "failed"
    ANONYMOUS = "anonymous"


@dataclass
class Recipient:
    draft: Draft | None  # None: an anonymous item
    routes: list[Route]  # the channels this contact can be answered through
    item_id: int | None = None  # the anonymous item
    body: str = ""
    subject: str = ""
    channel: str | None = None
    state: State = State.READY
    error: str = ""

    @property
    def contact_id(self) -> int | None:
        return self.draft.contact_id if self.draft else None

    def edited_draft(self) -> Draft:
        """The draft to send: the template's, with the text and channel as edited."""
        assert self.draft is not None
        return dataclasses.replace(
            self.draft, body=self.body, subject=self.subject or None, channel=self.channel
        )

    def blanks(self) -> list[str]:
        """Placeholders still shown as [name?] in the text."""
        return sorted(set(MISSING_MARK.findall(self.body)))


class ReplyRecipientsModel(RowsTableModel[Recipient]):
    CONTEXT = "ReplyRecipientsModel"
    HEADERS = (
        QT_TRANSLATE_NOOP("ReplyRecipientsModel", "Recipient"),
        QT_TRANSLATE_NOOP("ReplyRecipientsModel", "Language"),
        QT_TRANSLATE_NOOP("ReplyRecipientsModel", "Channel"),
        QT_TRANSLATE_NOOP("ReplyRecipientsModel", "Status"),
    )

    # -- what the composer asks ---------------------------------------------

    def set_recipients(self, rows: list[Recipient]) -> None:
        self.set_rows(rows)

    def recipient(self, row: int) -> Recipient:
        return self._rows[row]

    def recipients(self) -> list[Recipient]:
        return list(self._rows)

    def row_of(self, contact_id: int) -> int | None:
        for row, r in enumerate(self._rows):
            if r.contact_id == contact_id:
                return row
        return None

    def refresh(self, row: int) -> None:
        """The recipient in ``row`` changed (text, channel, state): show it again."""
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(Column) - 1))

    def to_send(self) -> list[Recipient]:
        return [r for r in self._rows if r.draft is not None and r.state is not State.SENT]

    # -- what the view asks -------------------------------------------------

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        r = self._rows[index.row()]
        column = Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(r, column)
        if role == Qt.ItemDataRole.ToolTipRole and column is Column.STATUS:
            return reason_text(r.error) or None
        if role == Qt.ItemDataRole.ForegroundRole and column is Column.STATUS:
            if r.state is State.FAILED:
                return QBrush(QColor("#b00020"))
            if r.state is State.SENT:
                return QBrush(QColor("#1b7a2e"))
            if r.state is State.ANONYMOUS:
                return QBrush(QColor("#707070"))
        if role == Qt.ItemDataRole.TextAlignmentRole and column is Column.RECIPIENT:
            text = self._text(r, column)
            side = Qt.AlignmentFlag.AlignRight if is_right_to_left(text) else Qt.AlignmentFlag.AlignLeft
            return int(side | Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _text(self, r: Recipient, column: Column) -> str:
        if r.draft is None:
            if column is Column.RECIPIENT:
                return self.tr("Anonymous item #%1").replace("%1", str(r.item_id))
            return self.tr("cannot be answered") if column is Column.STATUS else "—"
        if column is Column.RECIPIENT:
            return r.draft.name or self.tr("contact #%1").replace("%1", str(r.draft.contact_id))
        if column is Column.LANGUAGE:
            return labels.language_labels().get(r.draft.language, r.draft.language)
        if column is Column.CHANNEL:
            if r.channel is None:
                return self.tr("choose a channel")
            return labels.channel_labels().get(r.channel, r.channel)
        return self._status(r)

    def _status(self, r: Recipient) -> str:
        if r.state is State.SENT:
            return self.tr("sent")
        if r.state is State.FAILED:
            return self.tr("not sent: %1").replace("%1", reason_text(r.error))
        if r.channel is None:
            return self.tr("needs a channel")
        blanks = r.blanks()
        if blanks:
            return self.tr("fill in: %1").replace("%1", ", ".join(blanks))
        return self.tr("ready")
