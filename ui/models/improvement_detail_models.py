"""An improvement's detail: its fields, its linked items and contributors, its timeline.

``app.improvement_detail.load_detail`` reads it in a worker;
``LinkedItemsModel`` and ``TimelineModel`` show the two lists.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from app.audit import Event
from app.improvement_detail import LinkedItem
from ui import i18n
from ui.models import labels
from ui.text_direction import is_right_to_left

AnyIndex = QModelIndex | QPersistentModelIndex


def _when(at: dt.datetime) -> str:
    return i18n.local_time(at)


def _plain(value: Any) -> str:
    return "—" if value is None or value == "" else " ".join(str(value).split())


def describe_changes(changes: dict[str, list[Any]]) -> str:
    """``{"stage": ["plan", "do"]}`` as "stage: plan → do"; several fields joined by "; "."""
    return "; ".join(f"{key}: {_plain(pair[0])} → {_plain(pair[1])}" for key, pair in changes.items())


class _ListModel(QAbstractTableModel):
    headers: tuple[str, ...] = ()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[str, ...]] = []
        self._rtl: list[bool] = []

    def set_rows(self, rows: list[tuple[str, ...]], rtl: list[bool]) -> None:
        self.beginResetModel()
        self._rows, self._rtl = rows, rtl
        self.endResetModel()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal
        if role == Qt.ItemDataRole.DisplayRole and horizontal and 0 <= section < len(self.headers):
            return QCoreApplication.translate("ImprovementDetail", self.headers[section])
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._rows[index.row()][index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == len(self.headers) - 1:
            side = Qt.AlignmentFlag.AlignRight if self._rtl[index.row()] else Qt.AlignmentFlag.AlignLeft
            return int(side | Qt.AlignmentFlag.AlignVCenter)
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren


class LinkedItemsModel(_ListModel):
    """The feedback items linked to the improvement (duplicates included), oldest first."""

    headers = (
        QT_TRANSLATE_NOOP("ImprovementDetail", "#"),
        QT_TRANSLATE_NOOP("ImprovementDetail", "Received"),
        QT_TRANSLATE_NOOP("ImprovementDetail", "Kind"),
        QT_TRANSLATE_NOOP("ImprovementDetail", "Contributor"),
        QT_TRANSLATE_NOOP("ImprovementDetail", "Text"),
    )

    def set_items(self, items: tuple[LinkedItem, ...]) -> None:
        translate = QCoreApplication.translate
        kinds = labels.kind_labels()
        rows = []
        for item in items:
            number = str(item.id)
            if item.duplicate_of_id is not None:
                number += translate("ImprovementDetail", " (duplicate of %1)").replace(
                    "%1", str(item.duplicate_of_id)
                )
            who = item.contact or translate("ImprovementDetail", "anonymous: cannot be answered")
            text = " ".join(item.text.split())
            rows.append((number, _when(item.received_at), kinds.get(item.kind, item.kind), who, text))
        self.set_rows(rows, [is_right_to_left(item.text) for item in items])


class TimelineModel(_ListModel):
    """Every audited change of the improvement, oldest first."""

    headers = (
        QT_TRANSLATE_NOOP("ImprovementDetail", "When"),
        QT_TRANSLATE_NOOP("ImprovementDetail", "Who"),
        QT_TRANSLATE_NOOP("ImprovementDetail", "What"),
        QT_TRANSLATE_NOOP("ImprovementDetail", "Changes"),
    )

    def set_events(self, events: tuple[Event, ...]) -> None:
        translate = QCoreApplication.translate
        rows = [
            (
                _when(e.at),
                e.user_name or translate("ImprovementDetail", "system"),
                e.action.replace("_", " "),
                describe_changes(e.changes),
            )
            for e in events
        ]
        self.set_rows(rows, [is_right_to_left(r[3]) for r in rows])
