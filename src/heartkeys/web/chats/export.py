"""What the chats app stores about one person, for the data export (privacy/export.py)."""

from __future__ import annotations

from .models import ChatReport


def _when(value):
    return value.isoformat() if value else None


def export_user(user) -> dict:
    """The person's own chat reports: the measures and examples, and the chat text only if kept."""
    reports = []
    for item in ChatReport.objects.filter(owner=user).order_by("created_at", "pk"):
        entry = {
            "id": item.pk,
            "title": item.title,
            "visibility": item.visibility,
            "created_at": _when(item.created_at),
            "updated_at": _when(item.updated_at),
            "report": item.document,
        }
        if item.raw_text:
            entry["chat_text"] = item.raw_text
        reports.append(entry)
    return {"reports": reports}
