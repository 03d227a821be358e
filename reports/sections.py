"""The report's sections as lists of flowables: cover, summary, charts, categories, improvements, quality.

Each function reads ``ReportData`` and prints compute_all's figures through
``numbers``; none of them queries or computes a measure. In Persian the
table columns run from right to left.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, PageBreak, Spacer, Table, TableStyle

from reports import charts, numbers
from reports.bidi_text import is_rtl
from reports.data import ReportData
from reports.labels import Labels
from reports.typeset import Text, TextStyle

ACCENT = colors.HexColor("#2F6690")
MUTED = colors.HexColor("#5F6B76")
RULE = colors.HexColor("#C9D1D9")
HEAD_BG = colors.HexColor("#EAF0F5")
LIST_LIMIT = 8

TITLE = TextStyle(size=26, bold=True, color=ACCENT, space_after=10)
SUBTITLE = TextStyle(size=13, color=MUTED, space_after=28)
H1 = TextStyle(size=15, bold=True, color=ACCENT, space_before=4, space_after=8)
H2 = TextStyle(size=11, bold=True, space_before=8, space_after=4)
BODY = TextStyle(size=9.5)
SMALL = TextStyle(size=8, color=MUTED)
CELL = TextStyle(size=8.5, space_after=0)
CELL_BOLD = TextStyle(size=8.5, bold=True, space_after=0)
QUOTE = TextStyle(size=9, color=colors.HexColor("#222222"), space_after=0)


class Section:
    """Builds flowables for one report: its data, words and column width."""

    def __init__(self, data: ReportData, width: float) -> None:
        self.data, self.width, self.lang = data, width, data.lang
        self.labels = Labels(data.lang)

    def text(self, text: str, style: TextStyle = BODY, align: str = "start") -> Text:
        return Text(text, style, self.lang, align)

    def table(self, rows: Sequence[Sequence[Any]], widths: Sequence[float], header: bool = True) -> Table:
        """Cells may be text (wrapped) or flowables; the first row is the header."""
        rtl = self.lang == "fa"
        cells = [
            [
                c if isinstance(c, Flowable) else self.text(str(c), CELL_BOLD if header and r == 0 else CELL)
                for c in row
            ]
            for r, row in enumerate(rows)
        ]
        if rtl:
            cells, widths = [row[::-1] for row in cells], list(widths)[::-1]
        style = [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
            ("TOPPADDING", (0, 0), (-1, -1), 3),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ]
        if header:
            style += [("BACKGROUND", (0, 0), (-1, 0), HEAD_BG), ("LINEBELOW", (0, 0), (-1, 0), 0.8, ACCENT)]
        return Table(cells, colWidths=widths, style=TableStyle(style), repeatRows=1 if header else 0)

    def date(self, value: dt.datetime) -> str:
        return numbers.date(value.date(), self.lang)

    def span(self, start: dt.datetime, end: dt.datetime) -> str:
        last = end - dt.timedelta(days=1) if end.time() == dt.time() else end
        return f"{self.date(start)} – {self.date(last)}"

    def filters(self) -> str:
        """``Filters: channels: E-mail, Phone; categories: Delivery`` in the report's words."""
        lb, f = self.labels, self.data.filters
        parts = []
        if f.channels:
            parts.append(f"{lb['filters.channels']}: {lb.join([lb.channel(c) for c in f.channels])}")
        if f.category_ids:
            known = self.data.filter_categories
            names = [lb.category(*known[i]) if i in known else str(i) for i in f.category_ids]
            parts.append(f"{lb['filters.categories']}: {lb.join(names)}")
        return f"{lb['filters']}: {lb.join(parts, outer=True) if parts else lb['filters.none']}"

    # -- sections ------------------------------------------------------------------------------

    def cover(self) -> list[Flowable]:
        d, lb = self.data, self.labels
        return [
            Spacer(1, 60 * mm),
            self.text(lb["title"], TITLE),
            self.text(lb["subtitle"], SUBTITLE),
            self.text(f"{lb['period']}: {self.span(d.date_from, d.date_to)}", H2),
            self.text(f"{lb['previous']}: {self.span(d.previous_from, d.date_from)}", BODY),
            self.text(self.filters(), BODY),
            self.text(f"{lb['generated']}: {self.date(d.generated_at)}", BODY),
            Spacer(1, 6 * mm),
            self.text(lb["items_in_period"].format(n=numbers.count(d.now["volume"]["total"], self.lang)), H2),
            PageBreak(),
        ]

    def summary(self) -> list[Flowable]:
        lb, lang = self.labels, self.lang
        rows: list[list[Any]] = [[lb["measure"], lb["this_period"], lb["previous"], lb["change"]]]
        for key, now, before, kind in headline_figures(self.data):
            fmt = FORMATS[kind]
            rows.append([lb[key], fmt(now, lang), fmt(before, lang), numbers.change(now, before, kind, lang)])
        w = self.width
        return [
            self.text(lb["summary"], H1),
            self.text(f"{lb['period']}: {self.span(self.data.date_from, self.data.date_to)}", SMALL),
            self.text(self.filters(), SMALL),
            Spacer(1, 3 * mm),
            self.table(rows, [w * 0.40, w * 0.18, w * 0.18, w * 0.24]),
            Spacer(1, 6 * mm),
            self.text(lb["chart.by_channel"], H2),
            charts.channel_volume(self.data.now, lb, w),
            PageBreak(),
        ]

    def charts(self) -> list[Flowable]:
        lb, w = self.labels, self.width
        return [
            self.text(lb["charts"], H1),
            self.text(lb["chart.by_week"], H2),
            charts.weekly_bars(self.data.now["volume"]["by_week"], lb["week"], self.lang, w),
            Spacer(1, 4 * mm),
            self.text(lb["chart.response"], H2),
            charts.response_times(self.data.now, lb, w),
            Spacer(1, 6 * mm),
        ]

    def categories(self) -> list[Flowable]:
        lb = self.labels
        out: list[Flowable] = [CondPageBreak(80 * mm), self.text(lb["top_categories"], H1)]
        for code, n in self.data.top_categories:
            title = f"{lb.category(code)} — {lb['items_share'].format(n=numbers.count(n, self.lang))}"
            block: list[Flowable] = [self.text(title, H2)]
            quotes = self.data.quotes.get(code, [])
            block += [self._quote(q.text) for q in quotes] or [self.text(lb["no_quotes"], SMALL)]
            out.append(KeepTogether(block))
        return out

    def _quote(self, text: str) -> Table:
        side = "LINEAFTER" if is_rtl(text, default=self.lang == "fa") else "LINEBEFORE"
        style = [(side, (0, 0), (0, 0), 2, ACCENT), ("LEFTPADDING", (0, 0), (-1, -1), 8)]
        style += [("RIGHTPADDING", (0, 0), (-1, -1), 8), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]
        return Table([[self.text(text, QUOTE)]], colWidths=[self.width], style=TableStyle(style))

    def improvements(self) -> list[Flowable]:
        lb, lang, w = self.labels, self.lang, self.width
        outcomes = self.data.now["improvements"]["outcomes"]
        out: list[Flowable] = [CondPageBreak(90 * mm), self.text(lb["improvements"], H1)]
        for kind, listed, second, key in (
            ("done", outcomes["done_list"], lb["benefit"], "measured_benefit"),
            ("declined", outcomes["declined_list"], lb["reason"], "reason"),
        ):
            out.append(self.text(f"{lb[kind]}: {numbers.count(outcomes[kind], lang)}", H2))
            if not listed:
                out.append(self.text(lb["none"], SMALL))
                continue
            rows = [[lb["improvement"], second]]
            rows += [[i["title"], i.get(key) or numbers.NONE] for i in listed[:LIST_LIMIT]]
            out.append(self.table(rows, [w * 0.45, w * 0.55]))
            if outcomes[kind] > LIST_LIMIT:
                more = numbers.count(outcomes[kind] - LIST_LIMIT, lang)
                out.append(self.text(lb["more"].format(n=more), SMALL))
        reasons = outcomes["declined_reasons"]
        if reasons:
            rows = [[lb["reasons"], lb["count"]]]
            rows += [[r["reason"] or numbers.NONE, numbers.count(r["count"], lang)] for r in reasons]
            out += [Spacer(1, 3 * mm), KeepTogether([self.table(rows, [w * 0.8, w * 0.2])])]
        return out

    def quality(self) -> list[Flowable]:
        lb, lang, w = self.labels, self.lang, self.width
        service = self.data.now["service"]
        rows: list[list[Any]] = [
            [
                lb[k]
                for k in (
                    "col.channel",
                    "col.items",
                    "col.first",
                    "col.reply",
                    "col.beyond",
                    "col.unanswered",
                )
            ]
        ]
        entries = [(lb.channel(c), s) for c, s in service["by_channel"].items()]
        for name, s in [*entries, (lb["all_channels"], service["all"])]:
            rows.append(
                [
                    name,
                    numbers.count(s["items"], lang),
                    _median_p90(s.get("first_response_hours"), lang),
                    _median_p90(s.get("reply_hours"), lang),
                    _count_share(s["beyond_reply_target"], s["beyond_reply_target_share"], lang),
                    _count_share(s["unanswered"], s["unanswered_share"], lang),
                ]
            )
        table = self.table(rows, [w * f for f in (0.22, 0.12, 0.17, 0.17, 0.16, 0.16)])
        table.setStyle(TableStyle([("LINEABOVE", (0, -1), (-1, -1), 0.8, ACCENT)]))
        note = self.text(lb["quality_note"], SMALL)
        return [CondPageBreak(90 * mm), self.text(lb["quality"], H1), table, Spacer(1, 2 * mm), note]


def _median_p90(times: dict[str, Any] | None, lang: str) -> str:
    if not times:
        return numbers.NONE
    return f"{numbers.hours(times['median'], lang)} / {numbers.hours(times['p90'], lang)}"


def _count_share(n: int, share: float | None, lang: str) -> str:
    return f"{numbers.count(n, lang)} ({numbers.share(share, lang)})"


FORMATS: dict[str, Callable[[Any, str], str]] = {
    "count": numbers.count,
    "share": numbers.share,
    "score": numbers.score,
    "percent": numbers.percent,
}


def headline_figures(data: ReportData) -> list[tuple[str, Any, Any, str]]:
    """``(label key, this period, previous period, kind)`` of each headline number."""

    def pick(m: dict[str, Any]) -> dict[str, Any]:
        s, r, imp = m["service"]["all"], m["repeat_contacts"]["all"], m["improvements"]
        return {
            "h.items": m["volume"]["total"],
            "h.unanswered": s["unanswered_share"],
            "h.beyond_reply": s["beyond_reply_target_share"],
            "h.fcr": r["fcr_rate"],
            "h.repeat": r["repeat_rate"],
            "h.switch": m["channel_switching"]["all"]["rate"],
            "h.nps": m["surveys"]["nps"]["all"]["nps"],
            "h.csat": m["surveys"]["csat"]["all"]["csat_percent"],
            "h.done": imp["outcomes"]["done"],
            "h.declined": imp["outcomes"]["declined"],
            "h.loop": imp["loop_closure"]["share"],
        }

    now, before = pick(data.now), pick(data.before)
    if all(SPARED_KEY in m["surveys"] for m in (data.now, data.before)):
        now["h.spared"] = data.now["surveys"][SPARED_KEY]["spared"]
        before["h.spared"] = data.before["surveys"][SPARED_KEY]["spared"]
    return [(key, now[key], before[key], HEADLINE_KINDS[key]) for key in now]


SPARED_KEY = "questions_spared"


HEADLINE_KINDS = {
    "h.items": "count",
    "h.unanswered": "share",
    "h.beyond_reply": "share",
    "h.fcr": "share",
    "h.repeat": "share",
    "h.switch": "share",
    "h.nps": "score",
    "h.csat": "percent",
    "h.done": "count",
    "h.declined": "count",
    "h.loop": "share",
    "h.spared": "count",  # shown once compute_all has surveys.questions_spared
}
