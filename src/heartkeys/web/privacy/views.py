from __future__ import annotations

import json

from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.decorators import login_required
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST, require_safe

from ..accounts.decorators import partner_required
from ..coaching import domain as coaching
from ..couples import domain as couples
from ..formdata import form_data, form_status
from . import domain
from .deletion import delete_account
from .export import export_user
from .forms import DeleteAccountForm, NoteForm
from .models import Note, Visibility

# --- notes ---------------------------------------------------------------------------------------


@require_safe
@partner_required
def note_list(request):
    notes = list(domain.visible_to(Note.objects.select_related("owner"), request.user))
    context = {
        "mine": [n for n in notes if n.owner_id == request.user.pk],
        "from_partner": [n for n in notes if n.owner_id != request.user.pk],
        "partner": couples.partner_of(request.user),
    }
    return render(request, "privacy/note_list.html", context)


@require_http_methods(["GET", "HEAD", "POST"])
@partner_required
def note_new(request):
    form = NoteForm(form_data(request), user=request.user)
    if request.method == "POST" and form.is_valid():
        note = form.save()
        messages.success(request, _("Your note is saved."))
        return redirect("privacy:note", pk=note.pk)
    status = form_status(request)
    return render(request, "privacy/note_form.html", {"form": form, "new": True}, status=status)


@require_safe
@partner_required
def note_detail(request, pk: int):
    note = get_object_or_404(domain.visible_to(Note.objects.select_related("owner"), request.user), pk=pk)
    return render(request, "privacy/note_detail.html", {"note": note, "own": note.owner_id == request.user.pk})


@require_http_methods(["GET", "HEAD", "POST"])
@partner_required
def note_edit(request, pk: int):
    note = get_object_or_404(Note, pk=pk, owner=request.user)
    form = NoteForm(form_data(request), instance=note, user=request.user)
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, _("Your note is saved."))
        return redirect("privacy:note", pk=note.pk)
    status = form_status(request)
    return render(request, "privacy/note_form.html", {"form": form, "note": note}, status=status)


@require_POST
@partner_required
def note_delete(request, pk: int):
    get_object_or_404(Note, pk=pk, owner=request.user).delete()
    messages.info(request, _("The note is deleted."))
    return redirect("privacy:notes")


# --- privacy -------------------------------------------------------------------------------------


@require_safe
@login_required
def overview(request):
    user = request.user
    couple = couples.couple_of(user)
    link = coaching.open_link(couple)
    own = Note.objects.filter(owner=user)
    counts = {v: own.filter(visibility=v).count() for v in Visibility.values}
    context = {
        "couple": couple,
        "partner": couples.partner_of(user),
        "coach": link.coach if coaching.is_active(link) else None,
        "counts": [(label, counts[value]) for value, label in Visibility.choices],
    }
    return render(request, "privacy/overview.html", context)


@require_http_methods(["GET", "HEAD", "POST"])
@login_required
def export(request):
    if request.method == "GET":
        return render(request, "privacy/export.html")
    payload = json.dumps(export_user(request.user), ensure_ascii=False, indent=2)
    response = HttpResponse(payload, content_type="application/json; charset=utf-8")
    filename = f"hartsleutels-{timezone.localdate().isoformat()}.json"
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    response["Cache-Control"] = "no-store"
    return response


@require_http_methods(["GET", "HEAD", "POST"])
@login_required
def delete(request):
    form = DeleteAccountForm(form_data(request), user=request.user)
    if request.method == "POST" and form.is_valid():
        delete_account(request.user)
        logout(request)
        messages.info(request, _("Your account and everything in it are deleted. Take good care of yourself."))
        return redirect("home")
    status = form_status(request)
    context = {"form": form, "partner": couples.partner_of(request.user)}
    return render(request, "privacy/delete.html", context, status=status)
