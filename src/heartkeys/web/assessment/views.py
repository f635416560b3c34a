"""Pages of the questionnaire and the daily check-in, and the charts they show as images."""

from __future__ import annotations

from datetime import timedelta

from django.contrib import messages
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST, require_safe

from ..accounts.decorators import coach_required, partner_required
from ..charts import svg_response
from ..coaching import domain as coaching
from ..couples import domain as couples
from ..formdata import form_data, form_status
from ..privacy.domain import choices_for, visible_to_coach
from . import domain
from .forms import CheckInForm, QuestionnaireForm, VisibilityForm
from .models import CheckIn, Kind, Result


def _lang(request) -> str:
    return domain.content_lang(getattr(request, "LANGUAGE_CODE", None))


def _person(request, who: str):
    """``me`` or ``partner`` in a URL; anything else (or no partner) is a 404."""
    if who == "me":
        return request.user
    if who == "partner":
        partner = couples.partner_of(request.user)
        if partner is not None:
            return partner
    raise Http404


def _days(request) -> int:
    try:
        days = int(request.GET.get("days", domain.TREND_DAYS[0]))
    except (TypeError, ValueError):
        days = domain.TREND_DAYS[0]
    return days if days in domain.TREND_DAYS else domain.TREND_DAYS[0]


# --- pages ----------------------------------------------------------------------------------------


@require_safe
@partner_required
def index(request):
    user, lang = request.user, _lang(request)
    partner = couples.partner_of(user)
    mine = domain.latest_results(user, user)
    about_partner = domain.latest_results(partner, user)
    history = domain.self_history(user, user)
    context = {
        "partner": partner,
        "mine": mine,
        "about_partner": about_partner,
        "my_rows": domain.band_rows(mine["self"].scores, lang) if mine["self"] else [],
        "my_gap": domain.perception_gap(user, user, lang),
        "partner_gap": domain.perception_gap(partner, user, lang),
        "my_history": history if len(history) >= 2 else [],
        "key_names": domain.key_names(lang),
        "retake_date": domain.retake_date(user),
        "retake_due": domain.retake_due(user),
        "retake_weeks": domain.questionnaire(lang).scoring.retake_weeks,
        "my_results": Result.objects.filter(owner=user).select_related("subject")[:20],
        "checkin": domain.checkin_today(user),
    }
    return render(request, "assessment/index.html", context)


@require_http_methods(["GET", "HEAD", "POST"])
@partner_required
def take(request, kind: str):
    if kind not in Kind.values:
        raise Http404
    user = request.user
    partner = couples.partner_of(user)
    if kind == Kind.PARTNER and partner is None:
        messages.info(
            request, _("The questionnaire about your partner opens once your partner has joined your couple space.")
        )
        return redirect("assessment:index")
    form = QuestionnaireForm(form_data(request), user=user, kind=kind, lang=_lang(request))
    if request.method == "POST" and form.is_valid():
        try:
            result = domain.save_result(user, kind, form.answers(), form.cleaned_data["visibility"])
        except domain.NeedsPartner:
            messages.info(
                request, _("The questionnaire about your partner opens once your partner has joined your couple space.")
            )
            return redirect("assessment:index")
        messages.success(request, _("Thank you. Your answers are saved."))
        return redirect("assessment:result", pk=result.pk)
    if request.method == "POST":
        messages.error(request, _("Some statements still need an answer. They are marked below."))
    context = {"form": form, "kind": kind, "partner": partner, "scale": form.questionnaire.scale}
    return render(request, "assessment/take.html", context, status=form_status(request))


@require_safe
@partner_required
def result(request, pk: int):
    user, lang = request.user, _lang(request)
    item = get_object_or_404(domain.results_visible_to(user), pk=pk)
    own = item.owner_id == user.pk
    context = {
        "result": item,
        "own": own,
        "rows": domain.band_rows(item.scores, lang),
        "share_form": VisibilityForm(user=user, initial={"visibility": item.visibility}) if own else None,
        "about_me": item.subject_id == user.pk,
    }
    return render(request, "assessment/result.html", context)


@require_POST
@partner_required
def share(request, pk: int):
    item = get_object_or_404(Result, pk=pk, owner=request.user)
    _change_visibility(request, item)
    return redirect("assessment:result", pk=item.pk)


def _change_visibility(request, item) -> None:
    """Apply the posted "who can see this" to the owner's result or check-in, with a message."""
    form = VisibilityForm(request.POST, user=request.user)
    if form.is_valid():
        domain.set_visibility(item, request.user, form.cleaned_data["visibility"])
        messages.success(request, _("Saved: %(who)s.") % {"who": item.get_visibility_display()})
    else:
        messages.error(request, _("Please choose one of the options."))


@require_POST
@partner_required
def delete(request, pk: int):
    get_object_or_404(Result, pk=pk, owner=request.user).delete()
    messages.info(request, _("The result is deleted."))
    return redirect("assessment:index")


@require_http_methods(["GET", "HEAD", "POST"])
@partner_required
def checkin(request):
    user = request.user
    today = domain.checkin_today(user)
    initial = (
        {"mood": today.mood, "connected": today.connected, "note": today.note, "visibility": today.visibility}
        if today
        else {}
    )
    form = CheckInForm(form_data(request), user=user, initial=initial)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        domain.save_checkin(user, data["mood"], data["connected"], data["note"], data["visibility"])
        messages.success(request, _("Today's check-in is updated.") if today else _("Thank you for checking in today."))
        return redirect("assessment:checkins")
    context = {"form": form, "today": today, "date": timezone.localdate()}
    return render(request, "assessment/checkin.html", context, status=form_status(request))


@require_safe
@partner_required
def checkins(request):
    user = request.user
    days = _days(request)
    partner = couples.partner_of(user)
    since = timezone.localdate() - timedelta(days=days)
    visible = domain.checkins_visible_to(user).filter(day__gt=since)
    context = {
        "days": days,
        "trend_days": domain.TREND_DAYS,
        "partner": partner,
        "mine": list(visible.filter(owner=user)),
        "theirs": list(visible.filter(owner=partner)) if partner else [],
        "today": domain.checkin_today(user),
        "visibility_choices": choices_for(user),
    }
    return render(request, "assessment/checkins.html", context)


@require_POST
@partner_required
def checkin_share(request, pk: int):
    """Change who sees one of my own check-ins, also of an earlier day."""
    item = get_object_or_404(CheckIn, pk=pk, owner=request.user)
    _change_visibility(request, item)
    return redirect(reverse("assessment:checkins") + f"#checkin-{item.pk}")


# --- charts (SVG images with their own policy; see heartkeys.web.charts) -----------------------------------


@require_safe
@partner_required
def result_chart(request, pk: int):
    item = get_object_or_404(domain.results_visible_to(request.user), pk=pk)
    name = item.subject_name
    label = _("How %(name)s scores on the 8 keys") % {"name": name}
    return svg_response(domain.radar_svg([(name, item.scores)], _lang(request), label))


@require_safe
@partner_required
def gap_chart(request, who: str):
    person = _person(request, who)
    latest = domain.latest_results(person, request.user)
    if latest["self"] is None or latest["partner"] is None:
        raise Http404
    series = [(_("Own view"), latest["self"].scores), (_("Partner's view"), latest["partner"].scores)]
    label = _("How %(name)s sees themselves and how their partner sees them") % {"name": person.name}
    return svg_response(domain.radar_svg(series, _lang(request), label, chart_id="assessment-gap"))


@require_safe
@partner_required
def history_chart(request, who: str):
    person = _person(request, who)
    results = domain.self_history(person, request.user)
    if not results:
        raise Http404
    label = _("How the 8 keys of %(name)s changed over time") % {"name": person.name}
    return svg_response(domain.history_svg(results, _lang(request), label))


@require_safe
@partner_required
def trend_chart(request, who: str):
    person = _person(request, who)
    days = _days(request)
    series = domain.checkin_series(person, request.user, days)
    label = _("How connected %(name)s felt, last %(days)s days") % {"name": person.name, "days": days}
    return svg_response(domain.trend_svg(series, days, label=label))


# --- charts for a coach (the coach dashboard shows them; it logs the access) ---------------------------


def _coach_link(request, link_id: int):
    link = coaching.active_link_for_coach(request.user, link_id)
    if link is None:
        raise Http404
    return link


@require_safe
@coach_required
def coach_result_chart(request, link_id: int, pk: int):
    link = _coach_link(request, link_id)
    item = get_object_or_404(visible_to_coach(Result.objects.select_related("subject"), link), pk=pk)
    name = item.subject_name
    label = _("How %(name)s scores on the 8 keys") % {"name": name}
    return svg_response(domain.radar_svg([(name, item.scores)], _lang(request), label))


@require_safe
@coach_required
def coach_trend_chart(request, link_id: int, user_id: int):
    link = _coach_link(request, link_id)
    person = next((m for m in couples.members(link.couple) if m.pk == user_id), None)
    if person is None:
        raise Http404
    days = _days(request)
    shared = visible_to_coach(CheckIn.objects.filter(owner=person), link).filter(
        day__gt=timezone.localdate() - timedelta(days=days)
    )
    series = [(c.day, c.connected, c.mood) for c in shared.order_by("day")]
    label = _("How connected %(name)s felt, last %(days)s days") % {"name": person.name, "days": days}
    return svg_response(domain.trend_svg(series, days, label=label))
