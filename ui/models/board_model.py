"""The improvement board's cards: one list model per stage column, newest first, with a total.

The cards come from ``app.board.load_board``, run in a worker.

A card dragged out of a column carries ``CARD_MIME``: its id, stage and
version. Dropping it on another column's model does not move it; the model
announces ``move_requested`` and the board asks the workflow service, so a
refused move leaves the card where it was.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QByteArray,
    QCoreApplication,
    QLocale,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from app.board import Card
from app.conflicts import EditConflict
from db.enums import Stage
from db.tables import utcnow
from ui.models import labels

CARD_MIME = "application/x-kaizen-improvement-card"
CardRole = Qt.ItemDataRole.UserRole + 1  # the Card itself
AnyIndex = QModelIndex | QPersistentModelIndex


def stage_labels() -> dict[Stage, str]:
    translate = QCoreApplication.translate
    return {
        Stage.NEW: translate("Board", "New"),
        Stage.TRIAGE: translate("Board", "Triage"),
        Stage.ACCEPTED: translate("Board", "Accepted"),
        Stage.PLAN: translate("Board", "Plan"),
        Stage.DO: translate("Board", "Do"),
        Stage.CHECK: translate("Board", "Check"),
        Stage.ACT: translate("Board", "Act / standardised"),
        Stage.DONE: translate("Board", "Done"),
        Stage.DECLINED: translate("Board", "Declined"),
        Stage.ON_HOLD: translate("Board", "On hold"),
    }


def age_text(since: dt.datetime, now: dt.datetime | None = None) -> str:
    """How long a card has been in its stage, in the largest whole unit: "3 d", "5 h", "12 min"."""
    seconds = max(0, int(((now or utcnow()) - since).total_seconds()))
    translate = QCoreApplication.translate
    if seconds >= 86_400:
        return translate("Board", "%1 d").replace("%1", QLocale().toString(seconds // 86_400))
    if seconds >= 3_600:
        return translate("Board", "%1 h").replace("%1", QLocale().toString(seconds // 3_600))
    return translate("Board", "%1 min").replace("%1", QLocale().toString(seconds // 60))


def current_state_text(exc: EditConflict) -> str:
    """Where the row another user saved stands now, for the conflict message: "Now: Do (version 3)"."""
    translate = QCoreApplication.translate
    row = exc.current
    if row is None:
        return ""
    if exc.entity_type == "improvement":
        where = stage_labels().get(Stage(row["stage"]), row["stage"]) if row.get("stage") else ""
    else:
        where = labels.status_labels().get(row.get("status") or "", row.get("status") or "")
        if row.get("improvement_id"):
            where += translate("Board", ", improvement %1").replace("%1", str(row["improvement_id"]))
    return (
        translate("Board", "Now: %1 (version %2)").replace("%1", where).replace("%2", str(row.get("version")))
    )


def encode_card(card: Card) -> QByteArray:
    return QByteArray(
        json.dumps({"id": card.id, "stage": card.stage.value, "version": card.version}).encode()
    )


def decode_card(data: QMimeData) -> tuple[int, Stage, int] | None:
    if not data.hasFormat(CARD_MIME):
        return None
    try:
        found = json.loads(bytes(data.data(CARD_MIME).data()).decode())
        return int(found["id"]), Stage(found["stage"]), int(found["version"])
    except (ValueError, KeyError, TypeError):
        return None


class StageCardsModel(QAbstractListModel):
    """The cards of one stage column."""

    #: A card was dropped here: improvement id, the stage it is in, its version as seen, this stage.
    move_requested = Signal(int, str, int, str)

    def __init__(self, stage: Stage, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._stage = stage
        self._cards: tuple[Card, ...] = ()
        self._total = 0

    @property
    def stage(self) -> Stage:
        return self._stage

    def total(self) -> int:
        return self._total

    def card(self, row: int) -> Card:
        return self._cards[row]

    def row_of(self, improvement_id: int) -> int | None:
        for row, card in enumerate(self._cards):
            if card.id == improvement_id:
                return row
        return None

    def set_cards(self, cards: Sequence[Card], total: int) -> None:
        self.beginResetModel()
        self._cards = tuple(cards)
        self._total = total
        self.endResetModel()

    # -- what the view asks -------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._cards)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._cards):
            return None
        card = self._cards[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return card.title
        if role == Qt.ItemDataRole.ToolTipRole:
            return (
                self.tr("%1\nOwner: %2\n%3 items from %4 contributors; %5 in this stage")
                .replace("%1", card.title)
                .replace("%2", card.owner or self.tr("nobody"))
                .replace("%3", str(card.items))
                .replace("%4", str(card.contributors))
                .replace("%5", age_text(card.stage_changed_at))
            )
        if role == CardRole:
            return card
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsDragEnabled
            | Qt.ItemFlag.ItemNeverHasChildren
        )

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [CARD_MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        data = QMimeData()
        valid = [i for i in indexes if i.isValid()]
        if valid:
            data.setData(CARD_MIME, encode_card(self._cards[valid[0].row()]))
        return data

    def canDropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: AnyIndex
    ) -> bool:
        found = decode_card(data)
        # Any other column: the workflow decides, and says why when it refuses.
        return found is not None and found[1] is not self._stage

    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: AnyIndex
    ) -> bool:
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        found = decode_card(data)
        assert found is not None
        improvement_id, from_stage, version = found
        self.move_requested.emit(improvement_id, from_stage.value, version, self._stage.value)
        # Nothing changes here: the board reloads once the workflow accepted the move.
        return False
