from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST, require_safe

from ..accounts.decorators import partner_required
from . import domain

# The status code of each invite problem; the page itself is always the same friendly one.
PROBLEM_STATUS = {"unknown": 404, "used": 410, "expired": 410, "no_couple": 409, "full": 409}


def _problem(request, problem: domain.InviteProblem):
    return render(
        request,
        "couples/invite_problem.html",
        {"reason": problem.reason},
        status=PROBLEM_STATUS.get(problem.reason, 409),
    )


@require_safe
@partner_required
def couple_home(request):
    couple = domain.couple_of(request.user)
    context = {"couple": couple}
    if couple is not None:
        context["members"] = domain.members(couple)
        context["partner"] = domain.partner_of(request.user)
        context["open_invite"] = domain.open_invite(couple)
    return render(request, "couples/home.html", context)


@require_POST
@partner_required
def create(request):
    domain.create_couple(request.user)
    messages.success(request, _("Your couple space is ready. Invite your partner whenever you like."))
    return redirect("couples:home")


@require_POST
@partner_required
def invite(request):
    try:
        invite, token = domain.create_invite(request.user)
    except domain.InviteProblem as problem:
        return _problem(request, problem)
    link = request.build_absolute_uri(reverse("couples:join", args=[token]))
    # The link is shown this once: only its hash is stored.
    return render(request, "couples/invite_created.html", {"link": link, "invite": invite})


@require_http_methods(["GET", "HEAD", "POST"])
@login_required
def join(request, token: str):
    try:
        if request.method == "POST":
            domain.accept_invite(token, request.user)
            messages.success(request, _("Welcome to your shared space!"))
            return redirect("couples:home")
        invite = domain.check_invite(token, request.user)
    except domain.InviteProblem as problem:
        return _problem(request, problem)
    return render(request, "couples/join.html", {"inviter": invite.created_by, "invite": invite})


@require_http_methods(["GET", "HEAD", "POST"])
@partner_required
def leave(request):
    couple = domain.couple_of(request.user)
    if couple is None:
        return redirect("couples:home")
    if request.method == "POST":
        domain.leave_couple(request.user)
        messages.info(request, _("You have left the couple space. Your private notes are still here."))
        return redirect("home")
    return render(request, "couples/leave.html", {"partner": domain.partner_of(request.user)})
