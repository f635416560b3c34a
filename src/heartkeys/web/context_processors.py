"""Template context shared by every page."""

from __future__ import annotations

from django.conf import settings


def site(request):
    user = getattr(request, "user", None)
    return {
        "version": settings.VERSION,
        "is_coach": bool(user is not None and user.is_authenticated and user.role == "coach"),
    }


#: Pages with exercises for two: (url namespace, url names or None for all of the namespace).
_COUPLE_PAGES = {"together": None, "programme": {"module", "exercise"}}


def safety_advice(request):
    """``advise_apart``: True on pages with exercises for two when this person's own safety check
    flagged. Only their own pages change; the partner never sees a trace of it."""
    match = getattr(request, "resolver_match", None)
    user = getattr(request, "user", None)
    if match is None or user is None or not user.is_authenticated or user.role == "coach":
        return {}
    if match.namespace not in _COUPLE_PAGES:
        return {}
    names = _COUPLE_PAGES[match.namespace]
    if names is not None and match.url_name not in names:
        return {}
    if match.namespace == "programme" and match.url_name == "exercise" and not _for_two(match.kwargs):
        return {}
    from .safety.domain import couple_exercises_advised

    return {"advise_apart": not couple_exercises_advised(user)}


def _for_two(kwargs) -> bool:
    """Exercises done together: the couple conversation guides and the "together" app's types
    (the programme's other exercises are done alone)."""
    from ..content import load_content
    from .together.domain import TYPES

    try:
        kind = load_content("nl").exercise(kwargs.get("exercise_id", "")).type
    except KeyError:
        return False
    return kind == "conversation" or kind in TYPES
