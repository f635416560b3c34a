"""The coach's side: codes, the couples that consented, and the coach's private notes."""

from __future__ import annotations

from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_http_methods, require_POST, require_safe

from ..accounts.decorators import coach_required
from ..couples import domain as couples
from ..formdata import form_data, form_status
from ..privacy.domain import visible_to_coach
from ..privacy.models import Note
from ..safety.domain import shared_with_coach
from . import domain
from .forms import CoachNoteForm
from .models import AccessLog, CoachLink


def _own_link(request, link_id: int) -> CoachLink:
    return get_object_or_404(CoachLink.objects.select_related("couple"), pk=link_id, coach=request.user)


@require_safe
@coach_required
def coach_home(request):
    rows = []
    for link in domain.links_for_coach(request.user):
        active = domain.is_active(link)
        rows.append(
            {
                "link": link,
                "active": active,
                "state": "active" if active else ("ended" if link.ended_at else "waiting"),
                # Names only once both partners agreed: before that the coach learns nothing.
                "names": [m.name for m in couples.members(link.couple)] if active else [],
            }
        )
    return render(request, "coaching/coach_home.html", {"rows": rows})


@require_POST
@coach_required
def new_code(request):
    row, code = domain.create_code(request.user)
    return render(request, "coaching/code_created.html", {"code": code, "row": row})


@require_safe
@coach_required
def couple_view(request, link_id: int):
    link = domain.active_link_for_coach(request.user, link_id)
    if link is None:
        raise Http404
    domain.log_access(link, AccessLog.WHAT_SHARED_ITEMS)
    context = {
        "link": link,
        "members": couples.members(link.couple),
        "notes": visible_to_coach(Note.objects.select_related("owner"), link),
        "safety_shares": shared_with_coach(link),
        "coach_notes": link.notes.all(),
        "form": CoachNoteForm(),
    }
    return render(request, "coaching/couple.html", context)


@require_http_methods(["GET", "HEAD", "POST"])
@coach_required
def coach_notes(request, link_id: int):
    link = _own_link(request, link_id)
    form = CoachNoteForm(form_data(request))
    if request.method == "POST" and form.is_valid():
        link.notes.create(text=form.cleaned_data["text"])
        target = "coaching:couple" if domain.is_active(link) else "coaching:coach_notes"
        return redirect(target, link_id=link.pk)
    status = form_status(request)
    context = {"link": link, "coach_notes": link.notes.all(), "form": form, "active": domain.is_active(link)}
    return render(request, "coaching/coach_notes.html", context, status=status)


@require_POST
@coach_required
def delete_note(request, link_id: int, note_id: int):
    link = _own_link(request, link_id)
    get_object_or_404(link.notes, pk=note_id).delete()
    return redirect("coaching:coach_notes", link_id=link.pk)
