"""The report's charts, as reportlab drawings built from compute_all's figures.

Labels are shaped and ordered like all other text (``bidi_text``) and drawn in
the report's font. In a Persian report the charts are mirrored: bars grow from
the right, category labels stand on the right, and weeks run from right to left.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.shapes import Drawing, Rect, String
from reportlab.lib import colors

from reports import numbers
from reports.bidi_text import is_rtl, shape, visual
from reports.labels import Labels
from reports.typeset import family, register_fonts, width

BLUE = colors.HexColor("#2F6690")
ORANGE = colors.HexColor("#E07A1F")
GRID = colors.HexColor("#D9DEE4")
INK = colors.HexColor("#333333")
SERIES_COLORS = (BLUE, ORANGE)
LABEL_SIZE = 7.5
WEEK_LABELS = 12  # at most this many week labels, so they never overlap


def _text(text: str, lang: str) -> str:
    return visual(shape(text), is_rtl(text, default=lang == "fa"))


def _style_axes(chart: Any, lang: str) -> None:
    font = family(lang)
    for axis in (chart.categoryAxis, chart.valueAxis):
        axis.labels.fontName, axis.labels.fontSize, axis.labels.fillColor = font, LABEL_SIZE, INK
        axis.strokeColor = colors.grey
    chart.valueAxis.gridStrokeColor = GRID
    chart.valueAxis.visibleGrid = 1
    chart.valueAxis.forceZero = 1
    chart.valueAxis.labelTextFormat = _axis_format(lang)


def _axis_format(lang: str) -> Callable[[float], str]:
    return lambda v: numbers.localise(f"{v:,.0f}" if v == int(v) else f"{v:,.1f}", lang)


def horizontal_bars(
    labels: Sequence[str],
    series: Sequence[Sequence[float]],
    lang: str,
    width_pt: float,
    value_text: Callable[[float], str],
    legend: Sequence[str] = (),
) -> Drawing:
    """One bar (or a group of bars) per label, the first label at the top; legend above."""
    register_fonts()
    rtl, font = lang == "fa", family(lang)
    shown = [_text(label, lang) for label in labels]
    label_w = max((width(s, LABEL_SIZE, font) for s in shown), default=0) + 10
    legend_h = 16 if legend else 0
    row_h = 11 if len(series) == 1 else 7.5 * len(series) + 4
    height = 22 + max(1, len(labels)) * row_h + legend_h
    drawing = Drawing(width_pt, height)
    chart = HorizontalBarChart()
    chart.y, chart.height = 14, height - 18 - legend_h
    chart.width = width_pt - label_w - 40
    chart.x = 30 if rtl else label_w
    # reportlab stacks from the bottom: reverse labels and series so the first is on top.
    chart.data = [list(reversed(values)) for values in reversed(series)]
    chart.categoryAxis.categoryNames = list(reversed(shown))
    _style_axes(chart, lang)
    chart.categoryAxis.labels.boxAnchor = "w" if rtl else "e"
    chart.categoryAxis.labels.dx = 6 if rtl else -6
    if rtl:
        chart.valueAxis.reverseDirection = 1
        chart.categoryAxis.joinAxisMode = "right"
    for i, color in enumerate(reversed(SERIES_COLORS[: len(series)])):
        chart.bars[i].fillColor, chart.bars[i].strokeColor = color, None
    # A zero bar has no end to label; its figure is in the quality table.
    chart.barLabelFormat = lambda v: value_text(v) if v else ""
    chart.barLabels.fontName, chart.barLabels.fontSize = font, LABEL_SIZE - 0.5
    chart.barLabels.boxAnchor, chart.barLabels.dx = "w", 3  # reportlab mirrors both for a reversed axis
    chart.barSpacing, chart.groupSpacing = 1, 4
    drawing.add(chart)
    if legend:
        _legend(drawing, legend, lang, chart.x, chart.x + chart.width, height - 9)
    return drawing


def _legend(drawing: Drawing, names: Sequence[str], lang: str, left: float, right: float, y: float) -> None:
    """Swatch and name per series, from the start side of the layout."""
    rtl, font = lang == "fa", family(lang)
    x = right if rtl else left
    for name, color in zip(names, SERIES_COLORS, strict=False):
        text = _text(name, lang)
        text_w = width(text, LABEL_SIZE, font)
        swatch_x = x - 8 if rtl else x
        drawing.add(Rect(swatch_x, y - 1, 8, 8, fillColor=color, strokeColor=None))
        text_x = swatch_x - 4 - text_w if rtl else swatch_x + 12
        drawing.add(String(text_x, y, text, fontName=font, fontSize=LABEL_SIZE, fillColor=INK))
        step = 8 + 4 + text_w + 18
        x = x - step if rtl else x + step


def weekly_bars(weeks: Sequence[dict[str, Any]], week_label: str, lang: str, width_pt: float) -> Drawing:
    """Items per ISO week ("W05"); in Persian the newest week is on the left."""
    register_fonts()
    rtl = lang == "fa"
    height = 150
    drawing = Drawing(width_pt, height)
    chart = VerticalBarChart()
    chart.x, chart.y, chart.width, chart.height = (10, 28, width_pt - 50, height - 38)
    if not rtl:
        chart.x = 40
    chart.data = [[w["items"] for w in weeks] or [0]]
    step = max(1, -(-len(weeks) // WEEK_LABELS))
    chart.categoryAxis.categoryNames = [
        _text(week_label.format(n=numbers.localise(w["week"][-2:], lang)), lang) if i % step == 0 else ""
        for i, w in enumerate(weeks)
    ] or [""]
    _style_axes(chart, lang)
    chart.categoryAxis.labels.angle = 0
    chart.categoryAxis.labels.boxAnchor = "n"
    chart.categoryAxis.labels.fontSize = LABEL_SIZE - 1
    if rtl:
        chart.categoryAxis.reverseDirection = 1
        chart.valueAxis.joinAxisMode = "right"
        chart.valueAxis.labels.boxAnchor = "w"
        chart.valueAxis.labels.dx = 4
    chart.bars[0].fillColor, chart.bars[0].strokeColor = BLUE, None
    chart.barSpacing, chart.groupSpacing = 0, max(0.5, 4 - len(weeks) / 20)
    drawing.add(chart)
    return drawing


def channel_volume(now: dict[str, Any], labels: Labels, width_pt: float) -> Drawing:
    by_channel = now["volume"]["by_channel"]
    lang = labels.lang
    return horizontal_bars(
        [labels.channel(c) for c in by_channel],
        [list(by_channel.values())],
        lang,
        width_pt,
        lambda v: numbers.count(int(v), lang),
    )


def response_times(now: dict[str, Any], labels: Labels, width_pt: float) -> Drawing:
    service = now["service"]["by_channel"]
    # In the order of the volume chart, busiest channel first.
    codes = [c for c in now["volume"]["by_channel"] if c in service] + sorted(
        set(service) - set(now["volume"]["by_channel"])
    )
    lang = labels.lang
    first = [(service[c]["first_response_hours"]["median"] or 0.0) for c in codes]
    reply = [(service[c]["reply_hours"]["median"] or 0.0) for c in codes]
    return horizontal_bars(
        [labels.channel(c) for c in codes],
        [first, reply],
        lang,
        width_pt,
        lambda v: numbers.hours(v, lang),
        legend=(labels["legend.first_response"], labels["legend.reply"]),
    )
