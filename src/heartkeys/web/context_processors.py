"""Template context shared by every page."""

from __future__ import annotations

from django.conf import settings


def site(request):
    user = getattr(request, "user", None)
    return {
        "version": settings.VERSION,
        "is_coach": bool(user is not None and user.is_authenticated and user.role == "coach"),
    }
