"""The dashboard window: a period, a channel, categories, the headline numbers, two charts, the PDF export.

Every figure comes from one ``compute_all`` call run through
``ui.background.run_in_background``; a change of period or filter cancels
the computation still running and starts a new one, so the window never
freezes and never shows numbers of a range no longer chosen. The "to" date
is shown inclusive; compute_all and the report get the day after it. The
exported PDF gets the same range and filters, so its numbers are the ones
on screen.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import Engine

from app.metrics import Filters
from app.tasks import Cancelled
from reports import numbers
from reports.labels import Labels
from ui import crash, i18n
from ui.background import BackgroundTask, long_pool, run_in_background
from ui.dashboard.bar_chart import BarChart
from ui.dashboard.category_filter import CategoryFilter
from ui.dashboard.headline import channel_label, headline_labels, headline_rows, report_language
from ui.dashboard.work import compute_figures, export_report, last_full_quarter, load_categories
from ui.models.labels import channel_labels

RECOMPUTE_DELAY_MS = 300  # editing a date pauses this long before the figures are computed again
HEADLINE_COLUMNS = 4


class DashboardWindow(QWidget):
    #: The figures of compute_all for the chosen range and channel are on screen.
    figures_shown = Signal(dict)
    #: The PDF report was written to this path.
    report_exported = Signal(str)

    def __init__(self, engine: Engine, parent: QWidget | None = None, today: dt.date | None = None) -> None:
        super().__init__(parent)
        self.setWindowFlag(Qt.WindowType.Window)
        self.setWindowTitle(self.tr("Dashboard — Kaizen Desk"))
        self._engine = engine
        self._lang = report_language()
        self._task: BackgroundTask | None = None
        self._export: BackgroundTask | None = None
        self._figures: dict[str, Any] | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(RECOMPUTE_DELAY_MS)
        self._timer.timeout.connect(self.refresh)

        start, end = last_full_quarter(today or dt.date.today())
        self._from = self._date_edit(start)
        self._to = self._date_edit(end)
        self._channel = QComboBox()
        self._channel.addItem(self.tr("All channels"), "")
        for code, label in channel_labels().items():
            self._channel.addItem(label, code)
        self._categories = CategoryFilter()
        self._refresh = QPushButton(self.tr("&Refresh"))
        self._busy = QProgressBar()
        self._busy.setRange(0, 0)
        self._busy.setMaximumWidth(120)
        self._busy.setTextVisible(False)
        self._busy.hide()
        self._export_button = QPushButton(self.tr("&Export PDF…"))
        self._status = QLabel()

        bar = QHBoxLayout()
        for text, widget in ((self.tr("From"), self._from), (self.tr("To"), self._to)):
            bar.addWidget(QLabel(text))
            bar.addWidget(widget)
        bar.addSpacing(12)
        bar.addWidget(QLabel(self.tr("Channel")))
        bar.addWidget(self._channel)
        bar.addWidget(QLabel(self.tr("Categories")))
        bar.addWidget(self._categories)
        bar.addWidget(self._refresh)
        bar.addStretch(1)
        bar.addWidget(self._busy)
        bar.addWidget(self._export_button)

        self._values: dict[str, QLabel] = {}
        self._cards: dict[str, QFrame] = {}
        cards = QGridLayout()
        cards.setSpacing(8)
        for i, (key, label) in enumerate(headline_labels(self._lang)):
            cards.addWidget(self._card(key, label), i // HEADLINE_COLUMNS, i % HEADLINE_COLUMNS)

        self._volume_chart = BarChart(self.tr("Items received by channel"))
        self._times_chart = BarChart(self.tr("Median hours to first response and to reply, by channel"))
        charts = QHBoxLayout()
        charts.addWidget(self._volume_chart, 1)
        charts.addWidget(self._times_chart, 1)

        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addLayout(cards)
        layout.addLayout(charts, 1)
        layout.addWidget(self._status)

        self._from.dateChanged.connect(self._range_edited)
        self._to.dateChanged.connect(self._range_edited)
        self._channel.currentIndexChanged.connect(self._range_edited)
        self._categories.selection_changed.connect(self._range_edited)
        self._refresh.clicked.connect(self.refresh)
        self._export_button.clicked.connect(self.export_pdf)
        self.resize(1100, 720)
        self._load_categories()
        self.refresh()

    # -- building -----------------------------------------------------------

    def _date_edit(self, value: dt.date) -> QDateEdit:
        edit = QDateEdit(QDate(value.year, value.month, value.day))
        # An ISO date reads left to right everywhere. Set before the format: in a right-to-left
        # widget QDateEdit reverses the format's sections (2026-07-01 would show as 01-07-2026).
        edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        edit.setCalendarPopup(True)
        edit.setCalendar(i18n.calendar())
        edit.setDisplayFormat("yyyy-MM-dd")
        return edit

    def _card(self, key: str, label: str) -> QFrame:
        frame = QFrame()
        frame.setFrameShape(QFrame.Shape.StyledPanel)
        box = QVBoxLayout(frame)
        box.setContentsMargins(10, 6, 10, 6)
        name = QLabel(label)
        name.setWordWrap(True)
        value = QLabel("–")
        font = value.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        value.setFont(font)
        value.setObjectName(f"headline_{key}")
        # A QLabel of plain text takes its direction from its first strong letter, so a figure
        # (no letters) or "NPS" would sit on the left of a right-to-left card: align to the start.
        start = Qt.AlignmentFlag.AlignRight if self.isRightToLeft() else Qt.AlignmentFlag.AlignLeft
        for text in (name, value):
            text.setAlignment(start | Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignVCenter)
        box.addWidget(name)
        box.addWidget(value)
        self._values[key] = value
        self._cards[key] = frame
        if key == "spared":  # shown once compute_all counts it (surveys.questions_spared)
            frame.hide()
        return frame

    def _load_categories(self) -> None:
        task = run_in_background(load_categories, self._engine)
        task.finished.connect(self._categories_loaded)
        task.failed.connect(self._categories_failed)

    @Slot(object)
    def _categories_loaded(self, rows: list[tuple[int, str, str]]) -> None:
        labels = Labels(self._lang)
        named = [(id_, labels.category(code, name)) for id_, code, name in rows]
        self._categories.set_categories(sorted(named, key=lambda pair: pair[1].casefold()))

    @Slot(object)
    def _categories_failed(self, exc: BaseException) -> None:
        self._categories.setEnabled(False)  # the figures' own failure explains the database problem
        if not crash.is_environment_error(exc) and not isinstance(exc, Cancelled):
            crash.report(exc)

    # -- what others call ---------------------------------------------------

    def period(self) -> tuple[dt.date, dt.date]:
        """The chosen range as compute_all takes it: [from, day after "to")."""
        start, last = self._from.date().toPython(), self._to.date().toPython()
        return start, last + dt.timedelta(days=1)

    def set_period(self, start: dt.date, last: dt.date) -> None:
        """Choose the range (``last`` inclusive); the figures follow."""
        self._from.setDate(QDate(start.year, start.month, start.day))
        self._to.setDate(QDate(last.year, last.month, last.day))

    def filters(self) -> Filters:
        code = self._channel.currentData()
        return Filters(channels=(code,) if code else (), category_ids=tuple(self._categories.selected_ids()))

    def channel_combo(self) -> QComboBox:
        return self._channel

    def category_filter(self) -> CategoryFilter:
        return self._categories

    def headline_shown(self, key: str) -> bool:
        return not self._cards[key].isHidden()

    def figures(self) -> dict[str, Any] | None:
        """The compute_all dict on screen (None before the first one arrives)."""
        return self._figures

    def headline_text(self, key: str) -> str:
        return self._values[key].text()

    def charts(self) -> tuple[BarChart, BarChart]:
        return self._volume_chart, self._times_chart

    def is_busy(self) -> bool:
        return self._task is not None and self._task.is_running

    def export_task(self) -> BackgroundTask | None:
        return self._export

    def status_text(self) -> str:
        return self._status.text()

    @Slot()
    def refresh(self) -> None:
        """Compute the figures again for the chosen range, dropping a computation still running."""
        self._timer.stop()
        if self._task is not None and self._task.is_running:
            self._task.cancel()
        start, end = self.period()
        if end <= start:
            self._task = None
            self._busy.hide()
            self._status.setText(self.tr("The period must end on or after the day it starts."))
            return
        task = run_in_background(compute_figures, self._engine, start, end, self.filters())
        self._task = task
        task.finished.connect(lambda result, t=task: self._computed(t, result))
        task.failed.connect(lambda exc, t=task: self._failed(t, exc))
        self._busy.show()
        self._status.setText(self.tr("Computing…"))

    @Slot()
    def export_pdf(self) -> None:
        """Ask where, then write the PDF report for the chosen range in the background."""
        if self._export is not None and self._export.is_running:
            return
        start, end = self.period()
        suggested = f"kaizen-report-{start.isoformat()}-{(end - dt.timedelta(days=1)).isoformat()}.pdf"
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Export PDF report"), suggested, self.tr("PDF files (*.pdf)")
        )
        if not path:
            return
        out = Path(path) if path.lower().endswith(".pdf") else Path(path + ".pdf")
        task = run_in_background(
            export_report, self._engine, start, end, out, self._lang, self.filters(), pool=long_pool()
        )
        self._export = task
        task.finished.connect(self._exported)
        task.failed.connect(self._export_failed)
        self._export_button.setEnabled(False)
        self._status.setText(self.tr("Writing the report to %1…").replace("%1", str(out)))

    # -- slots --------------------------------------------------------------

    @Slot()
    def _range_edited(self) -> None:
        if self._task is not None and self._task.is_running:
            self._task.cancel()  # stale at once; the new one starts when the editing pauses
        self._timer.start()

    def _computed(self, task: BackgroundTask, figures: dict[str, Any]) -> None:
        if task is not self._task:
            return
        self._busy.hide()
        self._show(figures)
        as_of = i18n.local_time(dt.datetime.fromisoformat(figures["period"]["as_of"]))  # stored as UTC
        self._status.setText(self.tr("As of %1").replace("%1", as_of))
        self.figures_shown.emit(figures)

    def _failed(self, task: BackgroundTask, exc: BaseException) -> None:
        if task is not self._task or isinstance(exc, Cancelled):
            return
        self._busy.hide()
        if crash.is_environment_error(exc):
            self._status.setText(crash.environment_message(exc).replace("\n", " "))
        else:
            self._status.setText(self.tr("The figures could not be computed."))
            crash.report(exc)

    def _show(self, figures: dict[str, Any]) -> None:
        self._figures = figures
        shown = set()
        for key, _label, value in headline_rows(figures, self._lang):
            self._values[key].setText(value)
            shown.add(key)
        for key, card in self._cards.items():
            card.setVisible(key in shown)
        volume = figures["volume"]["by_channel"]
        self._volume_chart.set_data(
            [self.tr("Items")],
            [(channel_label(c, self._lang), [n], [numbers.count(n, self._lang)]) for c, n in volume.items()],
        )
        rows = []
        for code, measures in sorted(
            figures["service"]["by_channel"].items(), key=lambda kv: -kv[1]["items"]
        ):
            first = (measures.get("first_response_hours") or {}).get("median")
            reply = (measures.get("reply_hours") or {}).get("median")
            rows.append(
                (
                    channel_label(code, self._lang),
                    [first, reply],
                    [numbers.hours(first, self._lang), numbers.hours(reply, self._lang)],
                )
            )
        self._times_chart.set_data([self.tr("First response"), self.tr("Reply")], rows)

    @Slot(object)
    def _exported(self, result: dict[str, Any]) -> None:
        self._export_button.setEnabled(True)
        self._status.setText(
            self.tr("Report saved to %1 (%2 pages).")
            .replace("%1", result["path"])
            .replace("%2", str(result["pages"]))
        )
        self.report_exported.emit(result["path"])

    @Slot(object)
    def _export_failed(self, exc: BaseException) -> None:
        self._export_button.setEnabled(True)
        if isinstance(exc, Cancelled):
            self._status.setText(self.tr("Export cancelled."))
        elif crash.is_environment_error(exc):
            message = crash.environment_message(exc)
            self._status.setText(message.replace("\n", " "))
            QMessageBox.warning(self, self.tr("Export PDF report"), message)
        else:
            self._status.setText(self.tr("The report could not be written."))
            crash.report(exc)

    def closeEvent(self, event: Any) -> None:
        self._timer.stop()
        if self._task is not None and self._task.is_running:
            self._task.cancel()
        super().closeEvent(event)
