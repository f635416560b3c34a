"""The coach dashboard: the coach's couples, one couple's shared progress, actions, session prep.

Access follows the coaching app: coaches only (others 403, anonymous to the login page), and
only through an *active* link of this coach (both partners agreed); anything else answers 404,
so a page never reveals that a couple exists. Every page that shows couple data writes one entry
in the access log the couple can read.
"""

from __future__ import annotations

from datetime import date

from django.contrib import messages
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST, require_safe

from ..accounts.decorators import coach_required
from ..assessment.domain import TREND_DAYS
from ..coaching import domain as coaching
from ..couples import domain as couples
from ..programme import domain as programme
from ..together import domain as together
from . import domain
from .forms import AssignForm, CardForm, OrderForm, ScenarioForm, SinceForm, UnlockForm

CARD_PROBLEMS = {
    "unknown_theme": gettext_lazy("Choose one of the themes."),
    "empty": gettext_lazy("Write the question."),
    "too_long": gettext_lazy("Keep the question shorter."),
}


def _lang(request) -> str:
    return domain.content_lang(getattr(request, "LANGUAGE_CODE", None))


def _active_link(request, link_id: int):
    link = coaching.active_link_for_coach(request.user, link_id)
    if link is None:
        raise Http404
    return link


def _back(link, anchor: str):
    return redirect(reverse("coachdesk:couple", args=[link.pk]) + f"#{anchor}")


# --- pages ---------------------------------------------------------------------------------------


@require_safe
@coach_required
def index(request):
    rows = domain.overview(request.user)
    for row in rows:
        if row["active"]:
            coaching.log_access(row["link"], domain.WHAT_LIST)
    return render(request, "coachdesk/index.html", {"rows": rows})


def _couple_context(request, link, bound: dict | None = None) -> dict:
    lang = _lang(request)
    bound = bound or {}
    mods = domain.modules(link)
    locked = [m["code"] for m in mods if m["state"] == programme.LOCKED]
    return {
        "link": link,
        "members": couples.members(link.couple),
        "modules": mods,
        "results": domain.shared_results(link, lang),
        "checkins": domain.checkins_by_person(link, days=domain.CHECKIN_DAYS),
        "checkin_days": domain.CHECKIN_DAYS,
        "highlights": domain.highlights(link, lang),
        "best_days": domain.BEST_DAYS,
        "pitfall_days": domain.PITFALL_DAYS,
        "chats": domain.chat_reports(link),
        "treatment_cards": domain.treatment_cards(link, lang),
        "metaphors": domain.metaphor_reveal(link, lang),
        "accuracy": domain.accuracy(link),
        "custom_cards": domain.custom_cards(link, lang),
        "custom_scenarios": domain.custom_scenarios(link, lang),
        "coach_notes": list(link.notes.all()[:5]),
        "assignments": domain.open_assignments(link, lang),
        "assign_form": bound.get("assign") or AssignForm(lang=lang),
        "order_form": bound.get("order") or OrderForm(lang=lang, current=[m["code"] for m in mods]),
        "unlock_form": bound.get("unlock") or UnlockForm(lang=lang, locked=locked),
        "scenario_form": bound.get("scenario") or ScenarioForm(lang=lang),
        "card_form": bound.get("card") or CardForm(lang=lang),
    }


@require_safe
@coach_required
def couple(request, link_id: int):
    link = _active_link(request, link_id)
    coaching.log_access(link, domain.WHAT_COUPLE)
    return render(request, "coachdesk/couple.html", _couple_context(request, link))


def _invalid(request, link, name: str, form):
    """Show the couple page again with the form's errors (it shows couple data: log it)."""
    coaching.log_access(link, domain.WHAT_COUPLE)
    context = _couple_context(request, link, {name: form})
    return render(request, "coachdesk/couple.html", context, status=400)


def _since(request) -> tuple[SinceForm, date]:
    default = domain.default_since()
    if "since" in request.GET:
        form = SinceForm(request.GET)
        if form.is_valid() and form.cleaned_data["since"] is not None:
            return form, form.cleaned_data["since"]
        if form.is_valid():
            form = SinceForm(initial={"since": default})
        return form, default
    return SinceForm(initial={"since": default}), default


@require_safe
@coach_required
def prep(request, link_id: int):
    link = _active_link(request, link_id)
    coaching.log_access(link, domain.WHAT_PREP)
    lang = _lang(request)
    form, since = _since(request)
    today = timezone.localdate()
    mods = domain.modules(link)
    results = domain.shared_results(link, lang)
    trend = domain.checkin_trend(link, since, today)
    exercises = domain.highlights_since(link, since, lang)
    assignments = domain.open_assignments(link, lang)
    span = (today - since).days + 1
    context = {
        "link": link,
        "members": couples.members(link.couple),
        "form": form,
        "since": since,
        "today": today,
        "modules": mods,
        "current": next((m for m in mods if m["state"] == programme.CURRENT), None),
        "moved_on": domain.modules_moved_on(link, since),
        "results": results,
        "new_results": domain.results_since(link, since),
        "trend": trend,
        "trend_days": next((d for d in TREND_DAYS if d >= span), TREND_DAYS[-1]),
        "checkins": domain.checkins_by_person(link, days=None, since=since),
        "exercises": exercises,
        "assignments": assignments,
        "coach_notes": list(link.notes.filter(created_at__gte=domain.start_of(since))),
        "points": domain.talking_points(results, exercises["pitfalls"], trend, mods, assignments, lang),
        "default_days": domain.DEFAULT_SINCE_DAYS,
    }
    status = 400 if form.is_bound and form.errors else 200
    return render(request, "coachdesk/prep.html", context, status=status)


# --- actions -------------------------------------------------------------------------------------


@require_POST
@coach_required
def assign(request, link_id: int):
    link = _active_link(request, link_id)
    form = AssignForm(request.POST, lang=_lang(request))
    if form.is_valid():
        try:
            programme.assign(
                link.couple,
                module=form.cleaned_data["module"] or None,
                exercise_id=form.cleaned_data["exercise"] or None,
                note=form.cleaned_data["note"].strip(),
                by=request.user,
            )
        except ValueError:
            form.add_error(None, _("That module or exercise does not exist."))
        else:
            messages.success(request, _("Saved. The couple sees this on their programme page."))
            return _back(link, "assignments")
    return _invalid(request, link, "assign", form)


@require_POST
@coach_required
def order(request, link_id: int):
    link = _active_link(request, link_id)
    form = OrderForm(request.POST, lang=_lang(request))
    if form.is_valid():
        try:
            programme.set_order(link.couple, form.codes)
        except ValueError:
            form.add_error(None, _("Put each of the 8 keys in the list exactly once."))
        else:
            messages.success(request, _("The new order of the modules is saved."))
            return _back(link, "modules")
    return _invalid(request, link, "order", form)


@require_POST
@coach_required
def unlock(request, link_id: int):
    link = _active_link(request, link_id)
    locked = [m["code"] for m in domain.modules(link) if m["state"] == programme.LOCKED]
    form = UnlockForm(request.POST, lang=_lang(request), locked=locked)
    if form.is_valid():
        programme.unlock(link.couple, form.cleaned_data["module"])
        messages.success(request, _("The module is open for the couple now."))
        return _back(link, "modules")
    return _invalid(request, link, "unlock", form)


@require_POST
@coach_required
def scenario(request, link_id: int):
    link = _active_link(request, link_id)
    form = ScenarioForm(request.POST, lang=_lang(request))
    if form.is_valid():
        try:
            programme.add_custom_scenario(
                link.couple,
                key=form.cleaned_data["key"],
                message=form.cleaned_data["message"],
                hint=form.cleaned_data["hint"],
                by=request.user,
            )
        except ValueError:
            form.add_error(None, _("Write the message the partner says."))
        else:
            messages.success(request, _("Your scenario is added to this key's exercises for this couple."))
            return _back(link, "own")
    return _invalid(request, link, "scenario", form)


@require_POST
@coach_required
def card(request, link_id: int):
    link = _active_link(request, link_id)
    form = CardForm(request.POST, lang=_lang(request))
    if form.is_valid():
        try:
            together.add_custom_card(
                link.couple, theme=form.cleaned_data["theme"], text=form.cleaned_data["text"], by=request.user
            )
        except together.TogetherProblem as problem:
            if problem.reason == "not_your_couple":
                raise Http404 from None
            form.add_error(None, str(CARD_PROBLEMS.get(problem.reason, CARD_PROBLEMS["empty"])))
        else:
            messages.success(request, _("Your question card is added to this couple's deck."))
            return _back(link, "own")
    return _invalid(request, link, "card", form)


#: What a coach can take back on the couple page: (function, anchor, message).
_WITHDRAW = {
    "assignment": (programme.withdraw_assignment, "assignments", gettext_lazy("The assignment is taken back.")),
    "scenario": (programme.delete_custom_scenario, "own", gettext_lazy("Your scenario is deleted.")),
    "card": (together.delete_custom_card, "own", gettext_lazy("Your question card is deleted.")),
}


@require_POST
@coach_required
def withdraw(request, link_id: int, kind: str, pk: int):
    """Take back an open assignment, or delete a scenario or card this coach wrote for the couple."""
    link = _active_link(request, link_id)
    if kind not in _WITHDRAW:
        raise Http404
    function, anchor, message = _WITHDRAW[kind]
    if not function(link.couple, pk, by=request.user):
        raise Http404
    messages.success(request, message)
    return _back(link, anchor)
