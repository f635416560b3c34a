"""Serving pygal charts inside the app under our Content-Security-Policy.

Pages may not carry inline ``<style>`` (``style-src 'self'``), and pygal styles its SVG with an
inline ``<style>`` element. So a page shows a chart as ``<img src="…/chart.svg" alt="…">`` (next to
a table with the same numbers), and the chart view answers with :func:`svg_response`: an SVG
document with a policy of its own that allows its inline style and nothing else. An SVG loaded
through ``<img>`` never runs scripts and never loads anything, so this opens no hole.

Draw charts with :mod:`heartkeys.chat.report.charts` (``radar``, ``line``, ``bar``), which
already drops pygal's script and external references.
"""

from __future__ import annotations

from django.http import HttpResponse

SVG_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:"
_SVG_NS = 'xmlns="http://www.w3.org/2000/svg"'


def svg_response(svg: str) -> HttpResponse:
    """An ``image/svg+xml`` response for one chart, private and never cached by proxies."""
    if _SVG_NS not in svg[:400]:
        # A stand-alone SVG file needs its namespace (inline SVG in HTML does not).
        svg = svg.replace("<svg", f"<svg {_SVG_NS}", 1)
    response = HttpResponse(svg, content_type="image/svg+xml; charset=utf-8")
    response["Content-Security-Policy"] = SVG_POLICY
    response["Cache-Control"] = "private, no-store"
    response["X-Content-Type-Options"] = "nosniff"
    return response
