"""The small lists of the capture screen as Qt models: contacts found, earlier items, answers on file.

Each holds what one service call returned (a dozen look-up results, at most
fifty earlier items), so unlike the feedback list they page nothing.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractListModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

from app.contact_history import AnswerOnFile, EarlierItem
from app.contact_lookup import ContactMatch
from ui.models import labels
from ui.text_direction import is_right_to_left

AnyIndex = QModelIndex | QPersistentModelIndex
T = TypeVar("T")

#: The row's record itself (a ContactMatch, EarlierItem or AnswerOnFile).
RecordRole = Qt.ItemDataRole.UserRole + 1


class RecordListModel(QAbstractListModel, Generic[T]):
    """A read-only list of records; subclasses say how a record reads."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._records: list[T] = []

    def set_records(self, records: Sequence[T]) -> None:
        self.beginResetModel()
        self._records = list(records)
        self.endResetModel()

    def records(self) -> list[T]:
        return list(self._records)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._records)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._records) or index.column() != 0:
            return None
        record = self._records[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.display(record)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tooltip(record)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            # Each row reads in its own direction: Persian rows start at the right.
            rtl = is_right_to_left(self.display(record))
            side = Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft
            return int(side | Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignVCenter)
        if role == RecordRole:
            return record
        return None

    def display(self, record: T) -> str:
        raise NotImplementedError

    def tooltip(self, record: T) -> str | None:
        return None


def _isolated(text: str) -> str:
    """``text`` as a Unicode first-strong isolate: laid out in its own direction inside any line."""
    return f"\u2068{text}\u2069"


class ContactResultsModel(RecordListModel[ContactMatch]):
    def display(self, record: ContactMatch) -> str:
        name = record.display_name or QCoreApplication.translate("Capture", "(no name)")
        details = [v for v in (record.phone, record.email, record.customer_number) if v]
        if record.matched_kind not in ("name", "phone", "email", "customer_number"):
            details.insert(0, record.matched_value)
        # U+2068/U+2069 isolate each part, so a Persian name does not pull the numbers after it around.
        return " · ".join(f"\u2068{part}\u2069" for part in [name, *details])


class EarlierItemsModel(RecordListModel[EarlierItem]):
    def display(self, record: EarlierItem) -> str:
        kinds, statuses, channels = labels.kind_labels(), labels.status_labels(), labels.channel_labels()
        head = " · ".join(
            [
                f"{record.received_at:%Y-%m-%d}",
                kinds.get(record.kind, record.kind),
                channels.get(record.channel, record.channel),
                statuses.get(record.status, record.status),
            ]
        )
        # Each line's own text isolated: a Persian sentence keeps its full stop at its own end.
        lines = [head, _isolated(record.text.replace("\n", " "))]
        if record.improvement_title:
            stage = record.improvement_stage or ""
            lines.append(
                QCoreApplication.translate("Capture", "Improvement: %1 (%2)")
                .replace("%1", record.improvement_title)
                .replace("%2", stage)
            )
        if record.last_reply is not None:
            lines.append(
                QCoreApplication.translate("Capture", "Last reply %1: %2")
                .replace("%1", f"{record.last_reply.sent_at:%Y-%m-%d}")
                .replace("%2", _isolated(record.last_reply.body.replace("\n", " ")[:160]))
            )
        else:
            lines.append(QCoreApplication.translate("Capture", "No reply yet"))
        return "\n".join(lines)


class AnswersModel(RecordListModel[AnswerOnFile]):
    def display(self, record: AnswerOnFile) -> str:
        latest = record.latest
        line = (
            QCoreApplication.translate("Capture", "%1 — %2, %3")
            .replace("%1", latest.value)
            .replace("%2", latest.survey)
            .replace("%3", f"{latest.responded_at:%Y-%m-%d}")
        )
        if record.earlier:
            line += " " + QCoreApplication.translate("Capture", "(answered %n more time(s))").replace(
                "%n", str(len(record.earlier))
            )
        return f"{_isolated(record.question)}\n{line}"

    def tooltip(self, record: AnswerOnFile) -> str | None:
        rows = [record.latest, *record.earlier]
        return "\n".join(
            f"{a.responded_at:%Y-%m-%d} {a.source_system} / {a.survey}: {a.question_text} → {a.value}"
            for a in rows
        )
