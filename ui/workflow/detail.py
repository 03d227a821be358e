"""One improvement in full: its decision, benefits, effort, dates, linked items and timeline.

Preview on sample data: ``python -m ui.workflow.detail [IMPROVEMENT_ID]``.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import Engine

from app.improvement_detail import ImprovementDetail, load_detail
from app.tasks import TaskState
from ui import crash
from ui.background import BackgroundTask, run_in_background
from ui.models.board_model import stage_labels
from ui.models.improvement_detail_models import LinkedItemsModel, TimelineModel
from ui.text_direction import is_right_to_left


def _load(_state: TaskState, engine: Engine, improvement_id: int) -> ImprovementDetail:
    with engine.connect() as conn:
        return load_detail(conn, improvement_id)


def _date(value: dt.date | dt.datetime | None) -> str:
    if value is None:
        return "—"
    if isinstance(value, dt.datetime):
        return value.replace(tzinfo=dt.UTC).astimezone().strftime("%Y-%m-%d %H:%M")
    return value.isoformat()


def _side(text: str) -> Qt.AlignmentFlag:
    # Absolute: a label whose text reads right to left would otherwise flip "right" back to the left.
    if is_right_to_left(text):
        return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignAbsolute
    return Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignAbsolute


def _contributors_text(people: int, anonymous: int) -> str:
    t = QCoreApplication.translate
    text = t("ImprovementDetail", "1 contact") if people == 1 else t("ImprovementDetail", "%1 contacts")
    text = text.replace("%1", str(people))
    if anonymous == 1:
        text += t("ImprovementDetail", ", 1 anonymous item (cannot be answered)")
    elif anonymous:
        text += t("ImprovementDetail", ", %1 anonymous items (cannot be answered)").replace(
            "%1", str(anonymous)
        )
    return text


def _table(model: Any) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setWordWrap(False)
    view.setShowGrid(False)
    view.verticalHeader().hide()
    view.horizontalHeader().setStretchLastSection(True)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    return view


class ImprovementDetailView(QWidget):
    #: The improvement was read and is shown.
    detail_loaded = Signal(int)

    FIELDS = (
        ("stage", "Stage"),
        ("owner", "Owner"),
        ("category", "Category"),
        ("decision", "Decision"),
        ("decision_reason", "Reason"),
        ("expected_benefit", "Expected benefit"),
        ("measured_benefit", "Measured benefit"),
        ("effort_days", "Effort (days)"),
        ("due_date", "Due"),
        ("created_at", "Created"),
        ("decided_at", "Decided"),
        ("closed_at", "Closed"),
        ("contributors", "Contributors"),
    )

    def __init__(self, engine: Engine, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._engine = engine
        self._task: BackgroundTask | None = None
        self._detail: ImprovementDetail | None = None
        self._title = QLabel()
        self._title.setWordWrap(True)
        self._title.setStyleSheet("font-size: 15pt; font-weight: bold;")
        self._title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._values: dict[str, QLabel] = {}
        for key, title in self.FIELDS:
            value = QLabel()
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            form.addRow(self.tr(title) + ":", value)
            self._values[key] = value
        self.items_model = LinkedItemsModel(self)
        self.timeline_model = TimelineModel(self)
        self._tabs = QTabWidget()
        self._tabs.addTab(_table(self.items_model), self.tr("Linked items"))
        self._tabs.addTab(_table(self.timeline_model), self.tr("Timeline"))
        layout = QVBoxLayout(self)
        layout.addWidget(self._title)
        layout.addLayout(form)
        layout.addWidget(self._tabs, 1)

    def detail(self) -> ImprovementDetail | None:
        return self._detail

    def value_text(self, key: str) -> str:
        return self._values[key].text()

    def title_text(self) -> str:
        return self._title.text()

    def is_busy(self) -> bool:
        return self._task is not None

    def show_improvement(self, improvement_id: int) -> None:
        """Read the improvement in the background and show it."""
        if self._task is not None:
            self._task.cancel()
        task = run_in_background(_load, self._engine, improvement_id)
        task.finished.connect(self._on_loaded)
        task.failed.connect(self._on_failed)
        self._task = task

    @Slot(object)
    def _on_loaded(self, detail: ImprovementDetail) -> None:
        self._task = None
        self._detail = detail
        f = detail.fields
        self._title.setText(f"#{f['id']} {f['title']}")
        self._title.setAlignment(_side(f["title"]))
        values = {
            "stage": stage_labels().get(f["stage"], f["stage"]),  # type: ignore[call-overload]
            "owner": detail.owner or self.tr("nobody"),
            "category": detail.category or "—",
            "decision": f["decision"] or self.tr("not decided"),
            "decision_reason": f["decision_reason"] or "—",
            "expected_benefit": f["expected_benefit"] or "—",
            "measured_benefit": f["measured_benefit"] or self.tr("not measured yet"),
            "effort_days": "—" if f["effort_days"] is None else f"{f['effort_days']:g}",
            "due_date": _date(f["due_date"]),
            "created_at": _date(f["created_at"]),
            "decided_at": _date(f["decided_at"]),
            "closed_at": _date(f["closed_at"]),
            "contributors": _contributors_text(detail.contributors, detail.anonymous_items),
        }
        for key, text in values.items():
            label = self._values[key]
            label.setText(text)
            label.setAlignment(_side(text))
        self.items_model.set_items(detail.items)
        self.timeline_model.set_events(detail.timeline)
        self._tabs.setTabText(0, self.tr("Linked items (%1)").replace("%1", str(len(detail.items))))
        self._tabs.setTabText(1, self.tr("Timeline (%1)").replace("%1", str(len(detail.timeline))))
        self.detail_loaded.emit(f["id"])

    @Slot(object)
    def _on_failed(self, exc: BaseException) -> None:
        if self.sender() is not self._task:
            return
        self._task = None
        if crash.is_environment_error(exc):
            self._title.setText(crash.environment_message(exc))
        else:
            crash.report(exc)


if __name__ == "__main__":
    import sys

    from ui.workflow.preview import run_preview

    wanted = int(sys.argv.pop(1)) if len(sys.argv) > 1 and sys.argv[1].isdigit() else 1

    def build(engine: Engine) -> QWidget:
        view = ImprovementDetailView(engine)
        view.show_improvement(wanted)
        return view

    raise SystemExit(run_preview("python -m ui.workflow.detail", build))
