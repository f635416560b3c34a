"""The couple's side of coaching: enter a code, consent, end it, and read who looked at what."""

from __future__ import annotations

from django.contrib import messages
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST, require_safe

from ..accounts.decorators import partner_required
from ..couples import domain as couples
from . import domain
from .forms import CodeForm
from .models import AccessLog

PROBLEM_TEXT = {
    "needs_couple": lambda: _("A coach can join once you and your partner are both in your couple space."),
    "already_linked": lambda: _("You already have a coach, or a request is waiting. End that one first."),
    "bad_code": lambda: _("This code does not work. It may be mistyped, used already or expired. Ask your coach."),
}


def _context(request, form=None) -> dict:
    couple = couples.couple_of(request.user)
    link = domain.open_link(couple)
    return {
        "couple": couple,
        "complete": couple is not None and couples.is_complete(couple),
        "partner": couples.partner_of(request.user),
        "link": link,
        "active": domain.is_active(link),
        "i_consented": link is not None and request.user.pk in domain.consented_ids(link),
        "form": form or CodeForm(),
    }


@require_safe
@partner_required
def coaching_home(request):
    return render(request, "coaching/home.html", _context(request))


@require_POST
@partner_required
def enter_code(request):
    form = CodeForm(request.POST)
    if form.is_valid():
        try:
            domain.redeem_code(request.user, form.cleaned_data["code"])
        except domain.CoachingProblem as problem:
            form.add_error("code", PROBLEM_TEXT[problem.reason]())
        else:
            messages.success(request, _("Thank you. Your coach sees nothing until your partner agrees too."))
            return redirect("coaching:home")
    return render(request, "coaching/home.html", _context(request, form), status=400)


@require_POST
@partner_required
def consent(request):
    link = domain.open_link(couples.couple_of(request.user))
    if link is None:
        raise Http404
    domain.give_consent(request.user, link)
    messages.success(request, _("You agreed. Your coach now sees what you both mark as shared with your coach."))
    return redirect("coaching:home")


@require_POST
@partner_required
def end(request):
    link = domain.open_link(couples.couple_of(request.user))
    if link is not None:
        domain.end_link(link)
        messages.info(request, _("Done. The coach no longer has access to anything of yours."))
    return redirect("coaching:home")


@require_safe
@partner_required
def access_log(request):
    couple = couples.couple_of(request.user)
    entries = AccessLog.objects.filter(couple=couple)[:200] if couple is not None else []
    return render(request, "coaching/access_log.html", {"entries": entries, "couple": couple})
