"""Tiny request helpers shared by the views."""

from __future__ import annotations


def form_data(request):
    """The POST data to bind a form to, or None on GET.

    Not ``request.POST or None``: an empty POST is falsy, and must still be validated (and answered
    with field errors) instead of showing a fresh form.
    """
    return request.POST if request.method == "POST" else None


def form_status(request) -> int:
    """400 for a submitted form that did not validate, 200 for a page that shows a fresh form."""
    return 400 if request.method == "POST" else 200
