"""``build_report``: the executive PDF for a period, in English, Russian or Persian.

The PDF is written to a temporary file beside the target and renamed over it
only when complete, so a failure (disk full, a cancel, a bug) leaves no
half-written report and keeps an older file of that name as it was. Long
work: pass a ``TaskState`` to get progress and cancel; the dashboard runs this
off the GUI thread.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import tempfile
from pathlib import Path
from typing import Any

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate
from sqlalchemy import Engine

from app.errors import InvalidValue, KaizenError
from app.metrics import Filters
from app.tasks import TaskState
from reports import numbers
from reports.data import ReportData, gather
from reports.labels import LANGUAGES, Labels
from reports.sections import Section, headline_figures
from reports.typeset import draw_text, register_fonts

log = logging.getLogger("kaizen.reports")

MARGIN = 18 * mm
FOOTER_COLOR = (0.37, 0.42, 0.46)


class ReportOutputError(KaizenError):
    """The report cannot be written where asked; names the path and why."""

    def __init__(self, path: Path | str, reason: str) -> None:
        self.path, self.reason = str(path), reason
        super().__init__(f"cannot write the report to {path}: {reason}")


def build_report(
    engine: Engine,
    date_from: dt.date | dt.datetime,
    date_to: dt.date | dt.datetime,
    out_path: Path | str,
    lang: str = "en",
    state: TaskState | None = None,
    *,
    as_of: dt.datetime | None = None,
    filters: Filters | None = None,
) -> dict[str, Any]:
    """Write the report for [date_from, date_to) to ``out_path``; return what was written.

    ``filters`` (channels, categories) narrow every measure as on the
    dashboard; the cover and the summary say which were applied. The result
    names the file, its pages, the filters and the headline figures as
    compute_all gave them (``kaizen report --json`` prints it).
    """
    if lang not in LANGUAGES:
        raise InvalidValue("lang", lang, f"must be one of {', '.join(LANGUAGES)}")
    start, end = _as_datetime(date_from), _as_datetime(date_to)
    if end <= start:
        raise InvalidValue("to", date_to, "the period must end after it starts")
    out = Path(out_path)
    _check_target(out)
    state = state or TaskState()
    filters = filters or Filters()
    data = gather(engine, start, end, lang, state, as_of, filters)
    pages = _write(data, out)
    state.progress(4, 4)
    log.info("report %s: %d pages, %s", out, pages, lang)
    return {
        "path": str(out),
        "lang": lang,
        "pages": pages,
        "period": {"from": start.isoformat(), "to": end.isoformat()},
        "previous_period": {"from": data.previous_from.isoformat(), "to": start.isoformat()},
        "filters": filters.as_dict(),
        "headline": {
            key[2:]: {"now": now, "before": before} for key, now, before, _ in headline_figures(data)
        },
    }


def _as_datetime(value: dt.date | dt.datetime) -> dt.datetime:
    return value if isinstance(value, dt.datetime) else dt.datetime(value.year, value.month, value.day)


def _check_target(out: Path) -> None:
    """Fail before the minutes of work, with the reason a person can fix."""
    if out.is_dir():
        raise ReportOutputError(out, "it is a folder")
    folder = out.parent
    if not folder.is_dir():
        raise ReportOutputError(out, f"folder {folder} does not exist")
    if not os.access(folder, os.W_OK):
        raise ReportOutputError(out, f"folder {folder} is not writable")


def _write(data: ReportData, out: Path) -> int:
    register_fonts()
    try:
        handle, temp_name = tempfile.mkstemp(prefix=f".{out.name}.", suffix=".part", dir=out.parent)
        os.close(handle)
    except OSError as exc:
        raise ReportOutputError(out, exc.strerror or str(exc)) from exc
    temp = Path(temp_name)
    try:
        pages = _render(data, temp)
        os.replace(temp, out)
    except OSError as exc:
        raise ReportOutputError(out, exc.strerror or str(exc)) from exc
    finally:
        temp.unlink(missing_ok=True)
    return pages


def _render(data: ReportData, path: Path) -> int:
    labels = Labels(data.lang)
    doc = BaseDocTemplate(
        str(path),
        pagesize=A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=MARGIN + 6 * mm,
        title=labels["title"],
        author="Kaizen Desk",
        subject=f"{data.date_from.date()} – {data.date_to.date()}",
        lang=data.lang,
    )
    frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="body", showBoundary=0)
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame])])
    section = Section(data, doc.width)
    story = [
        *section.cover(),
        *section.summary(),
        *section.charts(),
        *section.categories(),
        *section.improvements(),
        *section.quality(),
    ]
    counter: list[int] = []
    doc.build(story, canvasmaker=_numbered_canvas(labels, counter))
    return counter[0]


def _numbered_canvas(labels: Labels, counter: list[int]) -> type[Canvas]:
    """A canvas that holds the pages back until the end, to print "page n of total"."""

    class NumberedCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._held: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._held.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._held)
            counter.append(total)
            for number, page in enumerate(self._held, start=1):
                self.__dict__.update(page)
                if number > 1:  # the cover has no footer
                    self._footer(number, total)
                super().showPage()
            super().save()

        def _footer(self, number: int, total: int) -> None:
            lang, width = labels.lang, A4[0]
            text = labels["page"].format(n=numbers.count(number, lang), total=numbers.count(total, lang))
            self.setFillColorRGB(*FOOTER_COLOR)
            self.setStrokeColorRGB(0.8, 0.82, 0.85)
            self.line(MARGIN, MARGIN + 2 * mm, width - MARGIN, MARGIN + 2 * mm)
            y = MARGIN - 2 * mm
            start_x, end_x = (width - MARGIN, MARGIN) if lang == "fa" else (MARGIN, width - MARGIN)
            draw_text(self, start_x, y, labels["title"], 7.5, lang, align="right" if lang == "fa" else "left")
            draw_text(self, end_x, y, text, 7.5, lang, align="left" if lang == "fa" else "right")

    return NumberedCanvas
