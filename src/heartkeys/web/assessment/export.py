"""What this app stores about one person, for the data export (see privacy/export.py)."""

from __future__ import annotations

from .models import CheckIn, Result


def _when(value):
    return value.isoformat() if value else None


def export_user(user) -> dict:
    """All questionnaire results this person filled in and all their daily check-ins."""
    return {
        "questionnaire_results": [
            {
                "id": r.pk,
                "kind": r.kind,
                "about": "me" if r.subject_id == user.pk else (r.subject.name if r.subject else None),
                "answers": r.answers,
                "scores": r.scores,
                "visibility": r.visibility,
                "created_at": _when(r.created_at),
                "updated_at": _when(r.updated_at),
            }
            for r in Result.objects.filter(owner=user).select_related("subject").order_by("created_at", "pk")
        ],
        "checkins": [
            {
                "day": c.day.isoformat(),
                "mood": c.mood,
                "connected": c.connected,
                "note": c.note,
                "visibility": c.visibility,
                "created_at": _when(c.created_at),
                "updated_at": _when(c.updated_at),
            }
            for c in CheckIn.objects.filter(owner=user).order_by("day", "pk")
        ],
    }
