from __future__ import annotations

from django.contrib import messages
from django.shortcuts import redirect, render
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST, require_safe

from ..accounts.decorators import partner_required
from ..coaching import domain as coaching
from ..couples import domain as couples
from ..formdata import form_data, form_status
from . import domain
from .forms import SafetyForm


def _lang() -> str:
    return (get_language() or "nl")[:2]


@require_http_methods(["GET", "HEAD", "POST"])
@partner_required
def check(request):
    safety = domain.screening(_lang())
    form = SafetyForm(form_data(request), safety=safety)
    if request.method == "POST" and form.is_valid():
        domain.record_check(request.user, form.answers(), _lang())
        return redirect("safety:result")
    status = form_status(request)
    return render(request, "safety/check.html", {"form": form, "intro": safety.intro}, status=status)


@require_safe
@partner_required
def result(request):
    check = domain.check_of(request.user)
    if check is None:
        return redirect("safety:check")
    safety = domain.screening(_lang())
    link = coaching.open_link(couples.couple_of(request.user))
    context = {
        "check": check,
        "flagged_message": safety.flagged_message,
        "resources": domain.resources_by_country(_lang(), check.categories) if check.is_flagged else [],
        "coach_active": coaching.is_active(link),
        "shared": link is not None and check.shared_with_link_id == link.pk,
        "coach": link.coach if link else None,
    }
    return render(request, "safety/result.html", context)


@require_POST
@partner_required
def share(request):
    check = domain.check_of(request.user)
    if check is None:
        return redirect("safety:check")
    link = coaching.open_link(couples.couple_of(request.user))
    wanted = request.POST.get("share") == "1" and coaching.is_active(link)
    check.shared_with_link = link if wanted else None
    check.save(update_fields=["shared_with_link"])
    if wanted:
        messages.info(request, _("Your coach can now see that your safety check raised concerns. Not your answers."))
    else:
        messages.info(request, _("Your safety check is private again. Your coach no longer sees it."))
    return redirect("safety:result")
