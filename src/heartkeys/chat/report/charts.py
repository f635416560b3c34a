"""Inline SVG charts for the HTML report, drawn with pygal and made safe to embed.

pygal writes a complete SVG document. Before it goes into the page it is cleaned:

* no script at all (pygal's tooltips need JavaScript; the page works without);
* no comments (pygal's credit comments carry web addresses and the date);
* no ``xmlns`` attributes (inline SVG in HTML needs none, and they hold web addresses);
* pygal's random chart id replaced by a stable one, so the same report gives the same page.

Every chart gets ``role="img"`` and an ``aria-label``; the page puts the same numbers in a
table next to it for screen readers and for print.
"""

from __future__ import annotations

import html
import re
from collections.abc import Sequence
from typing import Final

import pygal
from pygal.style import Style

#: Calm, warm colours: terracotta, teal, ochre, plum, sage, rose, blue, brown.
PALETTE: Final = ("#b5523b", "#3d7a8a", "#c9912e", "#7a5c99", "#5d8a4e", "#c97b84", "#4f6d9a", "#8c6d4f")
FONT: Final = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif"

_STYLE: Final = Style(
    background="transparent",
    plot_background="transparent",
    foreground="#3b3530",
    foreground_strong="#2d2a26",
    foreground_subtle="#d8cfc4",
    opacity=".55",
    opacity_hover=".8",
    transition="0s",
    colors=PALETTE,
    font_family=FONT,
    label_font_family=FONT,
    major_label_font_family=FONT,
    value_font_family=FONT,
    value_label_font_family=FONT,
    tooltip_font_family=FONT,
    title_font_family=FONT,
    legend_font_family=FONT,
    no_data_font_family=FONT,
    label_font_size=13,
    major_label_font_size=13,
    legend_font_size=14,
    value_font_size=12,
    no_data_font_size=16,
)

_COMMENT: Final = re.compile(r"<!--.*?-->", re.S)
_SCRIPT: Final = re.compile(r"<script\b.*?</script\s*>", re.S | re.I)
_XMLNS: Final = re.compile(r'\s+xmlns(?::[\w-]+)?="[^"]*"')
_CHART_ID: Final = re.compile(r"chart-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
_UUID: Final = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


def clean_svg(svg: str, chart_id: str, label: str) -> str:
    """Make pygal's output safe and stable to inline (see module doc)."""
    svg = _COMMENT.sub("", svg)
    svg = _SCRIPT.sub("", svg)
    svg = _XMLNS.sub("", svg)
    svg = _CHART_ID.sub(chart_id, svg)
    svg = _UUID.sub(chart_id, svg)
    return svg.replace("<svg ", f'<svg role="img" aria-label="{html.escape(label)}" focusable="false" ', 1)


def _config(**options: object) -> pygal.Config:
    config = pygal.Config(js=[], disable_xml_declaration=True)
    config.style = _STYLE
    config.legend_at_bottom = True
    config.legend_at_bottom_columns = 4
    config.show_x_guides = False
    config.truncate_legend = 40
    config.truncate_label = 20
    config.margin = 10
    config.margin_bottom = 28
    config.spacing = 12
    config.dots_size = 3
    config.explicit_size = False
    for name, value in options.items():
        setattr(config, name, value)
    return config


def _render(chart: pygal.graph.graph.Graph, chart_id: str, label: str) -> str:
    return clean_svg(chart.render(is_unicode=True), chart_id, label)


def radar(
    chart_id: str, label: str, axes: Sequence[str], series: Sequence[tuple[str, Sequence[float]]], top: float = 100
) -> str:
    """A radar (spider) chart: one axis per label, one filled shape per series (0..``top``)."""
    chart = pygal.Radar(_config(width=520, height=460, fill=True, range=(0, top), show_legend=True))
    chart.x_labels = list(axes)
    for name, values in series:
        chart.add(name, [round(float(v), 1) for v in values])
    return _render(chart, chart_id, label)


def line(
    chart_id: str,
    label: str,
    x_labels: Sequence[str],
    series: Sequence[tuple[str, Sequence[float | None]]],
    value_range: tuple[float, float] | None = None,
) -> str:
    """A line chart over ``x_labels`` (months); ``None`` values leave a gap."""
    options: dict[str, object] = {
        "width": 760,
        "height": 360,
        "x_label_rotation": 30 if len(x_labels) > 8 else 0,
        "show_legend": len(series) > 1,
    }
    if value_range is not None:
        options["range"] = value_range
    chart = pygal.Line(_config(**options))
    chart.x_labels = list(x_labels)
    if len(x_labels) > 14:
        step = max(1, len(x_labels) // 12)
        chart.x_labels_major = list(x_labels)[::step]
        chart.show_minor_x_labels = False
    for name, values in series:
        chart.add(name, [None if v is None else round(float(v), 3) for v in values])
    return _render(chart, chart_id, label)


def bar(chart_id: str, label: str, x_labels: Sequence[str], series: Sequence[tuple[str, Sequence[float]]]) -> str:
    """A grouped bar chart: one group per x label, one bar per series."""
    chart = pygal.Bar(_config(width=760, height=340, range=(0, 100)))
    chart.x_labels = list(x_labels)
    for name, values in series:
        chart.add(name, [round(float(v), 1) for v in values])
    return _render(chart, chart_id, label)
