"""Pages that belong to no single app: the home page (landing or dashboard), health and errors."""

from __future__ import annotations

from django.core.cache import caches
from django.db import connection
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.safestring import mark_safe
from django.utils.translation import get_language
from django.views.decorators.http import require_safe

from ..content import load_content
from . import dataversion
from .assessment import domain as assessment
from .coaching import domain as coaching
from .couples import domain as couples
from .privacy.domain import visible_to
from .privacy.models import Note
from .programme import domain as programme
from .safety import domain as safety


def _content():
    return load_content((get_language() or "nl")[:2])


@require_safe
def home(request):
    if not request.user.is_authenticated:
        return render(request, "landing.html", {"keys": _content().keys})
    if request.user.role == "coach":
        return redirect("coaching:coach_home")
    user = request.user
    key = f"home:{user.pk}:{get_language()}:{timezone.localdate().isoformat()}:{dataversion.current()}"
    body = caches["pages"].get(key)
    if body is None:
        body = render_to_string("dashboard_body.html", _home_context(user), request)
        caches["pages"].set(key, body)
    return render(request, "dashboard.html", {"body": mark_safe(body)})


def _home_context(user) -> dict:
    """What the couple's home page shows; rendered once per data version (see dataversion.py)."""
    couple = couples.couple_of(user)
    members = couples.members(couple) if couple is not None else []
    link = coaching.open_link(couple)
    consented = coaching.consented_ids(link) if link is not None else set()
    notes = visible_to(Note.objects.select_related("owner"), user)
    plan = programme.plan_for_couple(couple) if couple is not None else programme.plan_for(user)
    current = next((code for code, state in programme.states(plan).items() if state == programme.CURRENT), None)
    context = {
        "current_key": _content().key(current) if current else None,
        "assignments": programme.open_assignments(user).count() if couple is not None else 0,
        "checkin_today": assessment.checkin_today(user),
        "couple": couple,
        "partner": next((m for m in members if m.pk != user.pk), None),
        "safety_check": safety.check_of(user),
        "coach_link": link,
        "coach_active": coaching.is_active(link, {m.pk for m in members}, consented),
        "coach_waiting_for_me": link is not None and user.pk not in consented,
        "recent_notes": notes[:3],
        "keys": _content().keys,
    }
    return context


@require_safe
def healthz(request):
    """For load balancers and uptime checks: 200 when the database answers."""
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
    return HttpResponse("ok\n", content_type="text/plain")


def csrf_failure(request, reason=""):
    return render(request, "403_csrf.html", status=403)
