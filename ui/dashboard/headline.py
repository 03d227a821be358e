"""The headline numbers as the PDF report chooses, labels and formats them, read from compute_all's dict.

The dashboard reuses ``reports.sections.headline_figures`` (which numbers, in
which order, of which kind) and the report's words and number formats, so a
figure on screen reads exactly as it does in the exported PDF.
"""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QGuiApplication

from reports.labels import Labels
from reports.sections import FORMATS, HEADLINE_KINDS, headline_figures


def report_language() -> str:
    """The report language that matches the application: Persian when right to left, else by locale."""
    if QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft:
        return "fa"
    language = QLocale().language()
    if language == QLocale.Language.Persian:
        return "fa"
    if language == QLocale.Language.Russian:
        return "ru"
    return "en"


def headline_labels(lang: str) -> list[tuple[str, str]]:
    """``(key, label)`` of each headline number, in the report's order, before any figure is known."""
    labels = Labels(lang)
    return [(key[2:], labels[key]) for key in HEADLINE_KINDS]


def headline_rows(metrics: dict[str, Any], lang: str) -> list[tuple[str, str, str]]:
    """``(key, label, formatted value)`` of each headline number of ``metrics`` (one compute_all dict)."""
    labels = Labels(lang)
    # headline_figures compares two periods; the dashboard shows one, so both are this one.
    figures = headline_figures(SimpleNamespace(now=metrics, before=metrics))  # type: ignore[arg-type]
    return [(key[2:], labels[key], FORMATS[kind](now, lang)) for key, now, _before, kind in figures]


def channel_label(code: str, lang: str) -> str:
    return Labels(lang).channel(code)
