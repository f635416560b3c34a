"""The programme pages: the 8 modules, a module's lesson, and the exercises (dispatched by type)."""

from __future__ import annotations

from django.contrib import messages
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import NoReverseMatch, reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST, require_safe

from ...content.model import KEY_CODES
from ..accounts.decorators import partner_required
from ..couples.domain import partner_of
from ..formdata import form_data, form_status
from ..privacy import domain as privacy
from . import domain, feedback
from .forms import (
    ChecklistForm,
    ConfirmForm,
    ModuleReflectionForm,
    NeedForm,
    ReflectionForm,
    ReplyForm,
    ShareForm,
)
from .models import Attempt, ChecklistState, NeedConfirmation, NeedEntry, Reflection

GET_POST = ["GET", "HEAD", "POST"]


def _lang(request) -> str:
    lang = (getattr(request, "LANGUAGE_CODE", "") or "nl")[:2]
    return lang if lang in ("nl", "en") else "nl"


def _content(request):
    return domain.content(_lang(request))


def _locked(request, key, status=200):
    return render(request, "programme/locked.html", {"key": key}, status=status)


def _shared_by_partner(queryset, user):
    return [item for item in privacy.visible_to(queryset, user) if item.owner_id != user.pk]


# --- the programme and a module ------------------------------------------------------------


@require_safe
@partner_required
def index(request):
    user, data = request.user, _content(request)
    overview = domain.module_overview(user)
    assignments = []
    for row in domain.open_assignments(user):
        exercise = None
        if row.exercise_id:
            try:
                exercise = data.exercise(row.exercise_id)
            except KeyError:
                exercise = None
        key = data.key(row.module) if row.module in KEY_CODES else None
        assignments.append({"row": row, "exercise": exercise, "key": key})
    current = next((m for m in overview if m.state == domain.CURRENT), None)
    context = {"modules": overview, "current": current, "assignments": assignments, "partner": partner_of(user)}
    return render(request, "programme/index.html", context)


def _module_context(request, code, reflection_form=None):
    user, data = request.user, _content(request)
    key = data.key(code)
    exercises = data.exercises_for(code)
    done = domain.done_exercise_ids(user)
    reflections = Reflection.objects.filter(key=code, exercise_id="").select_related("owner")
    return {
        "key": key,
        "state": domain.state_of(user, code),
        "exercises": [(e, e.id in done) for e in exercises if e.type != "conversation"],
        "conversation": next((e for e in exercises if e.type == "conversation"), None),
        "conversation_done": any(e.id in done for e in exercises if e.type == "conversation"),
        "reflection_form": reflection_form or ModuleReflectionForm(user=user),
        "my_reflections": reflections.filter(owner=user),
        "partner_reflections": _shared_by_partner(reflections, user),
        "partner": partner_of(user),
    }


def _key_or_404(code: str):
    if code not in KEY_CODES:
        raise Http404


@require_safe
@partner_required
def module(request, code: str):
    _key_or_404(code)
    if domain.state_of(request.user, code) == domain.LOCKED:
        return _locked(request, _content(request).key(code))
    return render(request, "programme/module.html", _module_context(request, code))


@require_POST
@partner_required
def module_reflect(request, code: str):
    _key_or_404(code)
    if domain.state_of(request.user, code) == domain.LOCKED:
        return _locked(request, _content(request).key(code), status=403)
    form = ModuleReflectionForm(request.POST, user=request.user)
    if not form.is_valid():
        return render(request, "programme/module.html", _module_context(request, code, form), status=400)
    item = Reflection(
        owner=request.user,
        key=code,
        exercise_id="",
        visibility=form.cleaned_data["visibility"],
        answers=[{"prompt": str(form.fields["text"].label), "answer": form.cleaned_data["text"].strip()}],
    )
    privacy.share_in_current_couple(item, request.user)
    item.save()
    messages.success(request, _("Thank you. What you noticed is saved."))
    return redirect(reverse("programme:module", args=[code]) + "#reflect")


@require_POST
@partner_required
def module_next(request, code: str):
    _key_or_404(code)
    try:
        domain.move_on(request.user, code)
    except domain.ProgrammeProblem:
        messages.error(request, _("This key is not open yet."))
        return redirect("programme:index")
    current = domain.current_module(request.user)
    if current is None:
        messages.success(request, _("You have walked through all 8 keys. Come back to any of them whenever you like."))
        return redirect("programme:index")
    name = _content(request).key(current).name
    messages.success(request, _("Well done. Whenever you are ready: %(name)s.") % {"name": name})
    return redirect("programme:module", code=current)


@require_POST
@partner_required
def assignment_done(request, pk: int):
    if domain.complete_assignment(request.user, pk) is None:
        raise Http404
    messages.success(request, _("Ticked off. Nicely done."))
    return redirect("programme:index")


# --- exercises ---------------------------------------------------------------------------------


def _exercise_context(request, exercise, **extra):
    return {
        "exercise": exercise,
        "key": _content(request).key(exercise.key),
        "done": exercise.id in domain.done_exercise_ids(request.user),
        "lang": _lang(request),
        "key_names": {k.code.value: k.name for k in _content(request).keys},
        **extra,
    }


def _scenarios(request, exercise) -> list[dict]:
    items = [{"id": s.id, "message": s.message, "hint": s.hint, "example": s.example} for s in exercise.scenarios]
    for custom in domain.custom_scenarios_for(request.user, exercise.key):
        items.append({"id": custom.scenario_id, "message": custom.message, "hint": custom.hint, "example": ""})
    return items


def _reply_exercise(request, exercise):
    user = request.user
    scenarios = _scenarios(request, exercise)
    by_id = {s["id"]: s for s in scenarios}
    form = ReplyForm(form_data(request), user=user, scenario_ids=set(by_id))
    chosen = by_id.get(request.GET.get("s", "")) or (scenarios[0] if scenarios else None)
    if request.method == "POST":
        chosen = by_id.get(request.POST.get("scenario", "")) or chosen
        if form.is_valid():
            scenario = by_id[form.cleaned_data["scenario"]]
            reply = form.cleaned_data["reply"].strip()
            lang = _lang(request)
            analysis = feedback.analyse(reply, scenario["message"], lang)
            attempt = Attempt(
                owner=user,
                exercise_id=exercise.id,
                scenario_id=scenario["id"],
                key=exercise.key.value,
                lang=analysis.lang,
                context=scenario["message"],
                text=reply,
                levels=dict(analysis.levels),
                finding_ids=[f.id for f in analysis.findings],
                visibility=form.cleaned_data["visibility"],
            )
            privacy.share_in_current_couple(attempt, user)
            attempt.save()
            return redirect("programme:attempt", pk=attempt.pk)
    if chosen is not None and not form.is_bound:
        form.initial["scenario"] = chosen["id"]
    attempts = Attempt.objects.filter(exercise_id=exercise.id).select_related("owner")
    context = _exercise_context(
        request,
        exercise,
        form=form,
        scenarios=scenarios,
        chosen=chosen,
        my_attempts=attempts.filter(owner=user)[:20],
        partner_attempts=_shared_by_partner(attempts, user)[:20],
    )
    return render(request, "programme/ex_reply.html", context, status=form_status(request))


def _reflection_exercise(request, exercise):
    user = request.user
    form = ReflectionForm(form_data(request), user=user, prompts=exercise.prompts)
    if request.method == "POST" and form.is_valid():
        item = Reflection(
            owner=user,
            exercise_id=exercise.id,
            key=exercise.key.value,
            answers=form.answers(),
            visibility=form.cleaned_data["visibility"],
        )
        privacy.share_in_current_couple(item, user)
        item.save()
        messages.success(request, _("Your answers are saved."))
        return redirect("programme:reflection", pk=item.pk)
    rows = Reflection.objects.filter(exercise_id=exercise.id).select_related("owner")
    context = _exercise_context(
        request,
        exercise,
        form=form,
        my_items=rows.filter(owner=user)[:20],
        partner_items=_shared_by_partner(rows, user)[:20],
    )
    return render(request, "programme/ex_reflection.html", context, status=form_status(request))


def _need_exercise(request, exercise):
    user = request.user
    scenarios = _scenarios(request, exercise)
    form = NeedForm(
        form_data(request), user=user, scenarios=[(s["id"], s["message"]) for s in scenarios], content=_content(request)
    )
    if request.GET.get("s") in {s["id"] for s in scenarios} and not form.is_bound:
        form.initial["scenario"] = request.GET["s"]
    if request.method == "POST" and form.is_valid():
        scenario = next(s for s in scenarios if s["id"] == form.cleaned_data["scenario"])
        entry = NeedEntry(
            owner=user,
            exercise_id=exercise.id,
            scenario_id=scenario["id"],
            complaint=scenario["message"],
            feeling=form.cleaned_data["feeling"],
            need_id="" if (form.cleaned_data.get("need_custom") or "").strip() else form.cleaned_data["need"],
            need_text=form.cleaned_data["need_text"],
            request=form.cleaned_data["request"].strip(),
            visibility=form.cleaned_data["visibility"],
        )
        privacy.share_in_current_couple(entry, user)
        entry.save()
        messages.success(request, _("Saved. Have a look at the example below."))
        return redirect("programme:need", pk=entry.pk)
    rows = NeedEntry.objects.filter(exercise_id=exercise.id).select_related("owner")
    context = _exercise_context(
        request,
        exercise,
        form=form,
        my_items=rows.filter(owner=user)[:20],
        partner_items=_shared_by_partner(rows, user)[:20],
    )
    return render(request, "programme/ex_need.html", context, status=form_status(request))


def _checklist_exercise(request, exercise):
    user = request.user
    state = ChecklistState.objects.filter(owner=user, exercise_id=exercise.id).first()
    form = ChecklistForm(form_data(request), items=exercise.prompts, initial={"ticked": state.ticked if state else []})
    if request.method == "POST" and form.is_valid():
        ChecklistState.objects.update_or_create(
            owner=user, exercise_id=exercise.id, defaults={"ticked": sorted(set(form.cleaned_data["ticked"]))}
        )
        messages.success(request, _("Your ticks are saved."))
        return redirect("programme:exercise", exercise_id=exercise.id)
    context = _exercise_context(request, exercise, form=form)
    return render(request, "programme/ex_checklist.html", context, status=form_status(request))


def _simple_exercise(template):
    def handler(request, exercise):
        if request.method == "POST":
            return redirect("programme:exercise", exercise_id=exercise.id)
        return render(request, template, _exercise_context(request, exercise))

    return handler


HANDLERS = {
    "scenario": _reply_exercise,
    "rewrite": _reply_exercise,
    "reflection": _reflection_exercise,
    "complaint_need": _need_exercise,
    "checklist": _checklist_exercise,
    "conversation": _simple_exercise("programme/ex_conversation.html"),
    "guided": _simple_exercise("programme/ex_guided.html"),
}


def _exercise_or_404(request, exercise_id):
    try:
        return _content(request).exercise(exercise_id)
    except KeyError:
        raise Http404 from None


@require_http_methods(GET_POST)
@partner_required
def exercise(request, exercise_id: str):
    ex = _exercise_or_404(request, exercise_id)
    if domain.state_of(request.user, ex.key) == domain.LOCKED:
        return _locked(request, _content(request).key(ex.key), status=200 if request.method != "POST" else 403)
    if ex.type in domain.TOGETHER_TYPES:
        try:
            return redirect(reverse("together:exercise", args=[ex.id]))
        except NoReverseMatch:
            return render(request, "programme/ex_elsewhere.html", _exercise_context(request, ex))
    handler = HANDLERS.get(ex.type)
    if handler is None:  # pragma: no cover - every type in the content has a handler
        return render(request, "programme/ex_elsewhere.html", _exercise_context(request, ex))
    return handler(request, ex)


@require_POST
@partner_required
def exercise_done(request, exercise_id: str):
    ex = _exercise_or_404(request, exercise_id)
    if domain.state_of(request.user, ex.key) == domain.LOCKED:
        return _locked(request, _content(request).key(ex.key), status=403)
    domain.mark_done(request.user, ex.id)
    messages.success(request, _("Marked as done. Take a moment to let it land."))
    return redirect("programme:module", code=ex.key.value)


# --- what someone wrote ------------------------------------------------------------------------


def _scenario_of(request, exercise_id, scenario_id):
    """The scenario (hint, example) an item was written for, in the page language, or None."""
    try:
        exercise = _content(request).exercise(exercise_id)
    except KeyError:
        return None
    for s in _scenarios(request, exercise):
        if s["id"] == scenario_id:
            return s
    return None


def _exercise_title(request, exercise_id):
    try:
        return _content(request).exercise(exercise_id)
    except KeyError:
        return None


@require_safe
@partner_required
def attempt(request, pk: int):
    item = get_object_or_404(privacy.visible_to(Attempt.objects.select_related("owner"), request.user), pk=pk)
    own = item.owner_id == request.user.pk
    analysis = feedback.analyse(item.text, item.context, item.lang)
    context = {
        "item": item,
        "own": own,
        "exercise": _exercise_title(request, item.exercise_id),
        "scenario": _scenario_of(request, item.exercise_id, item.scenario_id) if own else None,
        "fb": feedback.build(analysis.to_dict(), _content(request), item.exercise_id),
        "share_form": ShareForm(user=request.user, initial={"visibility": item.visibility}) if own else None,
    }
    return render(request, "programme/attempt.html", context)


@require_safe
@partner_required
def reflection(request, pk: int):
    item = get_object_or_404(privacy.visible_to(Reflection.objects.select_related("owner"), request.user), pk=pk)
    own = item.owner_id == request.user.pk
    context = {
        "item": item,
        "own": own,
        "exercise": _exercise_title(request, item.exercise_id) if item.exercise_id else None,
        "key": _content(request).key(item.key) if item.key in KEY_CODES else None,
        "share_form": ShareForm(user=request.user, initial={"visibility": item.visibility}) if own else None,
    }
    return render(request, "programme/reflection.html", context)


def _need_page(request, item, confirm_form=None, status=200):
    own = item.owner_id == request.user.pk
    mine = None if own else item.confirmations.filter(user=request.user).first()
    context = {
        "item": item,
        "own": own,
        "exercise": _exercise_title(request, item.exercise_id),
        "scenario": _scenario_of(request, item.exercise_id, item.scenario_id) if own else None,
        "confirmations": item.confirmations.select_related("user") if own else [],
        "my_confirmation": mine,
        "confirm_form": None
        if own
        else (confirm_form or ConfirmForm(initial={"answer": getattr(mine, "answer", None)})),
        "share_form": ShareForm(user=request.user, initial={"visibility": item.visibility}) if own else None,
    }
    return render(request, "programme/need.html", context, status=status)


@require_safe
@partner_required
def need(request, pk: int):
    item = get_object_or_404(privacy.visible_to(NeedEntry.objects.select_related("owner"), request.user), pk=pk)
    return _need_page(request, item)


@require_POST
@partner_required
def need_confirm(request, pk: int):
    item = get_object_or_404(privacy.visible_to(NeedEntry.objects.select_related("owner"), request.user), pk=pk)
    if item.owner_id == request.user.pk:
        raise Http404  # you confirm your partner's need, not your own
    form = ConfirmForm(request.POST)
    if not form.is_valid():
        return _need_page(request, item, form, status=400)
    answer = form.cleaned_data["answer"]
    NeedConfirmation.objects.update_or_create(entry=item, user=request.user, defaults={"answer": answer})
    messages.success(request, _("Thank you. Your partner will see your answer."))
    return redirect("programme:need", pk=item.pk)


SHAREABLE = {"attempt": Attempt, "reflection": Reflection, "need": NeedEntry}


@require_POST
@partner_required
def share(request, kind: str, pk: int):
    model = SHAREABLE.get(kind)
    if model is None:
        raise Http404
    item = get_object_or_404(model, pk=pk, owner=request.user)
    form = ShareForm(request.POST, user=request.user)
    if form.is_valid():
        item.visibility = form.cleaned_data["visibility"]
        privacy.share_in_current_couple(item, request.user)
        item.save(update_fields=["visibility", "couple", "updated_at"])
        messages.success(request, _("Saved: %(who)s.") % {"who": item.get_visibility_display()})
    else:
        messages.error(request, _("Choose who can see this."))
    return redirect(f"programme:{kind}", pk=item.pk)
