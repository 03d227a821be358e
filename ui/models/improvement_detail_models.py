"""An improvement's detail: its fields, its linked items and contributors, its timeline.

``app.improvement_detail.load_detail`` reads it in a worker;
``LinkedItemsModel`` and ``TimelineModel`` show the two lists.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, NamedTuple

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt

from app.audit import Event
from app.improvement_detail import LinkedItem
from ui import i18n
from ui.models import labels
from ui.models.table_base import AnyIndex, RowsTableModel
from ui.text_direction import is_right_to_left


def _when(at: dt.datetime) -> str:
    return i18n.local_time(at)


def _plain(value: Any) -> str:
    return "—" if value is None or value == "" else " ".join(str(value).split())


def describe_changes(changes: dict[str, list[Any]]) -> str:
    """``{"stage": ["plan", "do"]}`` as "stage: plan → do"; several fields joined by "; "."""
    return "; ".join(f"{key}: {_plain(pair[0])} → {_plain(pair[1])}" for key, pair in changes.items())


class _Line(NamedTuple):
    cells: tuple[str, ...]
    rtl: bool  # the last column reads right to left


class _ListModel(RowsTableModel[_Line]):
    CONTEXT = "ImprovementDetail"

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        line = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return line.cells[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == len(self.HEADERS) - 1:
            side = Qt.AlignmentFlag.AlignRight if line.rtl else Qt.AlignmentFlag.AlignLeft
            return int(side | Qt.AlignmentFlag.AlignVCenter)
        return None


class LinkedItemsModel(_ListModel):
    """The feedback items linked to the improvement (duplicates included), oldest first."""

    HEADERS = (
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
            cells = (number, _when(item.received_at), kinds.get(item.kind, item.kind), who, text)
            rows.append(_Line(cells, is_right_to_left(item.text)))
        self.set_rows(rows)


class TimelineModel(_ListModel):
    """Every audited change of the improvement, oldest first."""

    HEADERS = (
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
        self.set_rows(_Line(cells, is_right_to_left(cells[3])) for cells in rows)
