"""The dashboard as an executive meets it: compute_all's figures for the range, the filter, the PDF."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDateEdit, QFileDialog, QLabel
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine

from app import demo_data
from app.metrics import Filters, compute_all, filter_categories
from reports import numbers
from reports.sections import FORMATS, HEADLINE_KINDS
from ui.dashboard.headline import headline_rows
from ui.dashboard.window import DashboardWindow
from ui.dashboard.work import last_full_quarter
from ui.main_window import MainWindow

# The offscreen platform says so whenever a window is shown or raised; nothing of ours.
pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support (propagateSizeHints|raise)\(\)")

WAIT_MS = 20_000


@pytest.fixture
def demo_engine(sqlite_engine: Engine) -> Engine:
    demo_data.generate(sqlite_engine, items=600, seed=3)
    return sqlite_engine


@pytest.fixture
def dashboard(demo_engine: Engine, qtbot: QtBot) -> DashboardWindow:
    w = DashboardWindow(demo_engine)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    qtbot.waitUntil(lambda: w.figures() is not None and not w.is_busy(), timeout=WAIT_MS)
    return w


def expected(engine: Engine, window: DashboardWindow, filters: Filters) -> dict[str, Any]:
    """compute_all for the window's range, at the moment the window's figures were taken."""
    shown = window.figures()
    assert shown is not None
    as_of = dt.datetime.fromisoformat(shown["period"]["as_of"])
    start, end = window.period()
    return compute_all(engine, start, end, filters, as_of=as_of)


def headline_values(m: dict[str, Any]) -> dict[str, Any]:
    s, r, imp = m["service"]["all"], m["repeat_contacts"]["all"], m["improvements"]
    return {
        "items": m["volume"]["total"],
        "unanswered": s["unanswered_share"],
        "beyond_reply": s["beyond_reply_target_share"],
        "fcr": r["fcr_rate"],
        "repeat": r["repeat_rate"],
        "switch": m["channel_switching"]["all"]["rate"],
        "nps": m["surveys"]["nps"]["all"]["nps"],
        "csat": m["surveys"]["csat"]["all"]["csat_percent"],
        "done": imp["outcomes"]["done"],
        "declined": imp["outcomes"]["declined"],
        "loop": imp["loop_closure"]["share"],
        **(
            {"spared": m["surveys"]["questions_spared"]["spared"]}
            if "questions_spared" in m["surveys"]
            else {}
        ),
    }


def assert_shows(window: DashboardWindow, want: dict[str, Any]) -> None:
    assert window.figures() == want
    for key, value in headline_values(want).items():
        assert window.headline_text(key) == FORMATS[HEADLINE_KINDS[f"h.{key}"]](value, "en"), key
    assert window.headline_shown("spared") == ("questions_spared" in want["surveys"])
    volume, times = window.charts()
    assert [values[0] for _, values, _ in volume.rows()] == list(want["volume"]["by_channel"].values())
    medians = sorted(
        (m["first_response_hours"]["median"], m["reply_hours"]["median"])
        for m in want["service"]["by_channel"].values()
        if m["items"]
    )
    assert sorted(tuple(values) for _, values, _ in times.rows() if values != [None, None]) == medians


def test_default_range_is_the_last_full_quarter() -> None:
    assert last_full_quarter(dt.date(2026, 11, 22)) == (dt.date(2026, 7, 1), dt.date(2026, 9, 30))
    assert last_full_quarter(dt.date(2026, 2, 1)) == (dt.date(2025, 10, 1), dt.date(2025, 12, 31))


def test_shows_exactly_compute_alls_figures(dashboard: DashboardWindow, demo_engine: Engine) -> None:
    want = expected(demo_engine, dashboard, Filters())
    assert want["volume"]["total"] > 0, "the default quarter holds demo data"
    assert_shows(dashboard, want)
    assert dashboard.headline_text("items") == numbers.count(want["volume"]["total"], "en")


def test_channel_filter_recomputes(dashboard: DashboardWindow, demo_engine: Engine, qtbot: QtBot) -> None:
    before = dashboard.figures()
    combo = dashboard.channel_combo()
    with qtbot.waitSignal(dashboard.figures_shown, timeout=WAIT_MS):
        combo.setCurrentIndex(combo.findData("email"))
    assert dashboard.figures() != before
    want = expected(demo_engine, dashboard, Filters(channels=("email",)))
    assert want["period"]["filters"]["channels"] == ["email"]
    assert_shows(dashboard, want)


def test_a_range_changed_while_computing_shows_only_the_last_range(
    dashboard: DashboardWindow, demo_engine: Engine, qtbot: QtBot
) -> None:
    dashboard.refresh()
    assert dashboard.is_busy()
    dashboard.set_period(dt.date(2026, 1, 1), dt.date(2026, 3, 31))
    dashboard.set_period(dt.date(2025, 4, 1), dt.date(2025, 6, 30))
    qtbot.waitUntil(
        lambda: not dashboard.is_busy() and dashboard.figures()["period"]["from"].startswith("2025-04"),
        timeout=WAIT_MS,
    )
    assert dashboard.period() == (dt.date(2025, 4, 1), dt.date(2025, 7, 1))
    assert_shows(dashboard, expected(demo_engine, dashboard, Filters()))


def test_export_writes_a_pdf_in_the_background(
    dashboard: DashboardWindow, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "report"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *args: (str(out), "")))
    with qtbot.waitSignal(dashboard.report_exported, timeout=60_000) as signal:
        dashboard.export_pdf()
        task = dashboard.export_task()
        assert task is not None and task.is_running  # export_pdf returned while the report is written
    assert signal.args == [str(out) + ".pdf"]
    reader = PdfReader(str(out) + ".pdf")
    assert len(reader.pages) >= 2
    assert "Report saved" in dashboard.status_text()


def test_export_cancelled_in_the_dialog_writes_nothing(
    dashboard: DashboardWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *args: ("", "")))
    dashboard.export_pdf()
    assert dashboard.export_task() is None


def test_main_window_opens_the_dashboard_with_ctrl_d(demo_engine: Engine, qtbot: QtBot) -> None:
    main = MainWindow(demo_engine)
    qtbot.addWidget(main)
    actions = [a for a in main.reports_menu.actions() if a.shortcut().toString() == "Ctrl+D"]
    assert len(actions) == 1
    actions[0].trigger()
    board = main.open_dashboard()
    assert board.isVisible()
    qtbot.waitUntil(lambda: board.figures() is not None, timeout=WAIT_MS)


def test_right_to_left_application_gets_persian_figures_and_iso_dates(
    demo_engine: Engine, qtbot: QtBot, qapp: Any
) -> None:
    qapp.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    try:
        w = DashboardWindow(demo_engine)
        qtbot.addWidget(w)
        qtbot.waitUntil(lambda: w.figures() is not None and not w.is_busy(), timeout=WAIT_MS)
        assert w.layoutDirection() == Qt.LayoutDirection.RightToLeft
        total = w.figures()["volume"]["total"]
        assert w.headline_text("items") == numbers.count(total, "fa")
        # A figure has no letters to take a direction from: it must still start on the right.
        value = w.findChild(QLabel, "headline_items")
        assert value is not None and value.alignment() & Qt.AlignmentFlag.AlignRight
        start, _end = w.period()
        assert w.findChildren(QDateEdit)[0].text() == start.isoformat()
    finally:
        qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def test_category_filter_offers_names_in_the_ui_language_and_recomputes(
    dashboard: DashboardWindow, demo_engine: Engine, qtbot: QtBot
) -> None:
    categories = dashboard.category_filter()
    qtbot.waitUntil(lambda: categories.categories() != [], timeout=WAIT_MS)
    ids = {code: id_ for id_, code, _name in filter_categories(demo_engine)}
    offered = dict(categories.categories())
    assert set(offered) == set(ids.values())
    assert offered[ids["billing"]] == "Billing and payments" and categories.text() == "All categories"
    with qtbot.waitSignal(dashboard.figures_shown, timeout=WAIT_MS):
        categories.set_selected([ids["delivery"], ids["billing"]])
    assert categories.text() == "2 categories"
    assert sorted(categories.selected_ids()) == sorted([ids["delivery"], ids["billing"]])
    want = expected(demo_engine, dashboard, Filters(category_ids=tuple(categories.selected_ids())))
    assert want["volume"]["by_category"].keys() <= {"delivery", "billing"}
    assert_shows(dashboard, want)
    with qtbot.waitSignal(dashboard.figures_shown, timeout=WAIT_MS):
        categories.clear()
    assert_shows(dashboard, expected(demo_engine, dashboard, Filters()))


def test_exported_pdf_has_the_dashboards_filters_and_numbers(
    dashboard: DashboardWindow, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    categories = dashboard.category_filter()
    qtbot.waitUntil(lambda: categories.categories() != [], timeout=WAIT_MS)
    ids = {code: id_ for id_, code, _name in filter_categories(dashboard._engine)}
    combo = dashboard.channel_combo()
    with qtbot.waitSignal(dashboard.figures_shown, timeout=WAIT_MS):
        combo.setCurrentIndex(combo.findData("email"))
        categories.set_selected([ids["delivery"], ids["billing"]])
    qtbot.waitUntil(lambda: not dashboard.is_busy(), timeout=WAIT_MS)
    shown = dashboard.figures()
    assert shown is not None and shown["period"]["filters"]["category_ids"] == [
        ids["billing"],
        ids["delivery"],
    ]
    out = tmp_path / "filtered.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *args: (str(out), "")))
    with qtbot.waitSignal(dashboard.report_exported, timeout=60_000):
        dashboard.export_pdf()
    pages = PdfReader(out).pages
    cover = " ".join(pages[0].extract_text().split())
    assert "Filters: channels: E-mail; categories: Billing and payments, Delivery" in cover
    summary = [line.strip() for line in pages[1].extract_text().splitlines()]
    for key, label, value in headline_rows(shown, "en"):
        assert summary[summary.index(label) + 1] == dashboard.headline_text(key) == value, key
