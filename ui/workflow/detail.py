"""One improvement in full: its decision, benefits, effort, dates, linked items and timeline.

Preview on sample data: ``python -m ui.workflow.detail [IMPROVEMENT_ID]``.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import Engine

from app.improvement_detail import ImprovementDetail, load_detail
from app.tasks import TaskState
from ui import crash, i18n
from ui.background import BackgroundTask, run_in_background
from ui.models import labels
from ui.models.board_model import stage_labels
from ui.models.improvement_detail_models import LinkedItemsModel, TimelineModel
from ui.similar.improvement_tab import SimilarToImprovementTab
from ui.text_direction import is_right_to_left
from ui.workflow.undo import WorkflowUndo


def _load(_state: TaskState, engine: Engine, improvement_id: int) -> ImprovementDetail:
    with engine.connect() as conn:
        return load_detail(conn, improvement_id)


def _date(value: dt.date | dt.datetime | None) -> str:
    if value is None:
        return "—"
    if isinstance(value, dt.datetime):
        return i18n.local_time(value)
    return i18n.local_date(value)


def _number(value: float) -> str:
    """29.9 as the language writes it ("۲۹٫۹" in Persian)."""
    return QLocale().toString(float(value), "g")


def _side(text: str) -> Qt.AlignmentFlag:
    # Absolute: a label whose text reads right to left would otherwise flip "right" back to the left.
    if is_right_to_left(text):
        return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignAbsolute
    return Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignAbsolute


def _contributors_text(people: int, anonymous: int) -> str:
    translate = QCoreApplication.translate
    text = (
        translate("ImprovementDetail", "1 contact")
        if people == 1
        else translate("ImprovementDetail", "%1 contacts")
    )
    text = text.replace("%1", str(people))
    if anonymous == 1:
        text += translate("ImprovementDetail", ", 1 anonymous item (cannot be answered)")
    elif anonymous:
        text += translate("ImprovementDetail", ", %1 anonymous items (cannot be answered)").replace(
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


# Stages whose news the contributors can be told ("you said, we did"; app.replies.outcome_for).
_NEWS_STAGES = {"accepted", "plan", "do", "check", "act", "on_hold", "done", "declined"}


class ImprovementDetailView(QWidget):
    #: The improvement was read and is shown.
    detail_loaded = Signal(int)
    #: The reply composer was opened for the contributors of the improvement shown (the dialog).
    replies_opened = Signal(object)

    # Titles marked for pyside6-lupdate; self.tr() translates them when the form is built.
    FIELDS = (
        ("stage", QT_TRANSLATE_NOOP("ImprovementDetailView", "Stage")),
        ("owner", QT_TRANSLATE_NOOP("ImprovementDetailView", "Owner")),
        ("category", QT_TRANSLATE_NOOP("ImprovementDetailView", "Category")),
        ("decision", QT_TRANSLATE_NOOP("ImprovementDetailView", "Decision")),
        ("decision_reason", QT_TRANSLATE_NOOP("ImprovementDetailView", "Reason")),
        ("expected_benefit", QT_TRANSLATE_NOOP("ImprovementDetailView", "Expected benefit")),
        ("measured_benefit", QT_TRANSLATE_NOOP("ImprovementDetailView", "Measured benefit")),
        ("effort_days", QT_TRANSLATE_NOOP("ImprovementDetailView", "Effort (days)")),
        ("due_date", QT_TRANSLATE_NOOP("ImprovementDetailView", "Due")),
        ("created_at", QT_TRANSLATE_NOOP("ImprovementDetailView", "Created")),
        ("decided_at", QT_TRANSLATE_NOOP("ImprovementDetailView", "Decided")),
        ("closed_at", QT_TRANSLATE_NOOP("ImprovementDetailView", "Closed")),
        ("contributors", QT_TRANSLATE_NOOP("ImprovementDetailView", "Contributors")),
    )

    def __init__(
        self,
        engine: Engine,
        parent: QWidget | None = None,
        *,
        user_id: int | None = None,
        undo: WorkflowUndo | None = None,
    ) -> None:
        super().__init__(parent)
        self._engine = engine
        self.user_id = user_id  # who the replies are sent as
        self.reply_composer: QWidget | None = None
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
        # Similar items not yet linked: looked up when the tab is opened (the first look-up builds the index).
        # Pass the window's shared stack (``undo``); an own one's Ctrl+Z actions are not added here, as
        # two actions with one shortcut in a window would make Ctrl+Z ambiguous there.
        self.undo = undo or WorkflowUndo(engine, user_id, self)
        self.undo.step_done.connect(self._reload)
        self.similar_tab = SimilarToImprovementTab(engine, self.undo, user_id, self)
        self.similar_tab.loaded.connect(self._similar_loaded)
        self.similar_tab.linked.connect(lambda _change: self._reload())
        self._similar_shown: int | None = None
        self._tabs.addTab(self.similar_tab, self.tr("Similar items not yet linked"))
        self._tabs.currentChanged.connect(lambda _i: self._show_similar())
        self.replies_button = QPushButton(self.tr("You said, we did: &reply to every contributor…"))
        self.replies_button.setEnabled(False)
        self.replies_button.clicked.connect(self.open_replies)
        layout = QVBoxLayout(self)
        layout.addWidget(self._title)
        layout.addLayout(form)
        layout.addWidget(self.replies_button, 0, Qt.AlignmentFlag.AlignLeading)
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

    def _decisions(self) -> dict[str | None, str]:
        return {"accepted": self.tr("Accepted"), "declined": self.tr("Declined")}

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
            "category": labels.category_label(detail.category) if detail.category else "—",
            "decision": self._decisions().get(f["decision"], f["decision"]) or self.tr("not decided"),
            "decision_reason": f["decision_reason"] or "—",
            "expected_benefit": f["expected_benefit"] or "—",
            "measured_benefit": f["measured_benefit"] or self.tr("not measured yet"),
            "effort_days": "—" if f["effort_days"] is None else _number(f["effort_days"]),
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
        self.replies_button.setEnabled(f["stage"] in _NEWS_STAGES and detail.contributors > 0)
        self.items_model.set_items(detail.items)
        self.timeline_model.set_events(detail.timeline)
        self._tabs.setTabText(0, self.tr("Linked items (%1)").replace("%1", str(len(detail.items))))
        self._tabs.setTabText(1, self.tr("Timeline (%1)").replace("%1", str(len(detail.timeline))))
        self._similar_shown = None
        self._show_similar()
        self.detail_loaded.emit(f["id"])

    def show_similar_tab(self) -> None:
        """Open the "Similar items not yet linked" tab (it looks them up)."""
        self._tabs.setCurrentWidget(self.similar_tab)

    def _show_similar(self) -> None:
        if self._detail is None or self._tabs.currentWidget() is not self.similar_tab:
            return
        improvement_id = self._detail.fields["id"]
        if self._similar_shown != improvement_id:
            self._similar_shown = improvement_id
            self.similar_tab.show_improvement(improvement_id)

    @Slot(int)
    def _similar_loaded(self, count: int) -> None:
        index = self._tabs.indexOf(self.similar_tab)
        self._tabs.setTabText(index, self.tr("Similar items not yet linked (%1)").replace("%1", str(count)))

    @Slot()
    def _reload(self) -> None:
        """After a link or its undo: the improvement and its lists afresh."""
        if self._detail is not None:
            self.show_improvement(self._detail.fields["id"])

    @Slot()
    def open_replies(self) -> None:
        """Prepare a reply to every contributor of every linked item, in the reply composer."""
        if self._detail is None:
            return
        from ui.workflow.reply_composer import ReplyComposerDialog  # built on first use

        improvement_id = self._detail.fields["id"]
        dialog = ReplyComposerDialog(
            self._engine, improvement_id=improvement_id, user_id=self.user_id, parent=self
        )
        dialog.setWindowFlag(Qt.WindowType.Window)
        dialog.replies_sent.connect(lambda _d, i=improvement_id: self.show_improvement(i))
        dialog.show()
        self.reply_composer = dialog
        self.replies_opened.emit(dialog)

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
