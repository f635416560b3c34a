"""Pages of the couple exercises. The rules live in :mod:`.domain`; these only translate."""

from __future__ import annotations

from functools import wraps

from django.contrib import messages
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_http_methods, require_safe

from ...chat.report import charts
from ..accounts.decorators import partner_required
from ..charts import svg_response
from ..coaching import domain as coaching
from ..couples import domain as couples
from ..formdata import form_data, form_status
from ..privacy.models import Visibility
from ..programme import domain as programme
from ..programme.domain import mark_done
from . import domain
from .domain import TogetherProblem
from .forms import AccuracyGuessForm, AccuracyTellForm, MetaphorForm, PracticeForm, TreatmentCardForm
from .models import DealtCard, PracticeGuess, TreatmentCard

PROBLEMS = {
    "empty": gettext_lazy("Please write something first."),
    "too_long": gettext_lazy("That text is too long. Please make it shorter."),
    "unknown_theme": gettext_lazy("We don't know that theme. Choose one from the list."),
    "unknown_card": gettext_lazy("We couldn't find that card."),
    "busy": gettext_lazy("Your partner was dealing at the same moment. Please try again."),
    "empty_deck": gettext_lazy("This deck has no cards."),
    "unknown_prompt": gettext_lazy("We couldn't find that card."),
    "bad_visibility": gettext_lazy("Choose who can see this."),
    "needs_partner": gettext_lazy("This exercise needs your partner in your couple space."),
    "one_metaphor": gettext_lazy("Choose one metaphor from the list or write your own, not both."),
    "unknown_metaphor": gettext_lazy("We don't know that metaphor. Choose one from the list."),
    "no_metaphor": gettext_lazy("Choose a metaphor from the list or write your own."),
    "meaning_needed": gettext_lazy("Tell in a few words what your own metaphor means to you."),
    "already_chosen": gettext_lazy("You already chose a metaphor in this round."),
    "round_open": gettext_lazy("This round is still going: first you both choose."),
    "unknown_feeling": gettext_lazy("Choose a feeling from the list."),
    "unknown_need": gettext_lazy("Choose a need from the list."),
    "already_guessed": gettext_lazy("Your partner has already guessed, so this round can't change any more."),
    "not_yours": gettext_lazy("This isn't your turn in this round."),
}


def _problem(problem: TogetherProblem) -> str:
    return str(PROBLEMS.get(problem.reason, gettext_lazy("That didn't work. Please try again.")))


def _lang(request) -> str:
    return (getattr(request, "LANGUAGE_CODE", None) or "nl")[:2]


def _coach_active(user) -> bool:
    return coaching.is_active(coaching.open_link(couples.couple_of(user)))


def together_view(kind: str | None = None, methods=("GET", "HEAD")):
    """Partner pages of one exercise: 404 for an unknown exercise or another type, a friendly
    page when there is no partner yet. The view gets ``(request, ex, couple, ...)``."""

    def decorate(view):
        @require_http_methods(list(methods))
        @partner_required
        @wraps(view)
        def wrapper(request, exercise_id: str, *args, **kwargs):
            ex = domain.exercise(_lang(request), exercise_id)
            if ex is None or (kind is not None and ex.type != kind):
                raise Http404
            couple = domain.complete_couple(request.user)
            if couple is None:
                return _no_partner(request, ex)
            if _locked(request.user, ex):
                return _locked_page(request, ex)
            return view(request, ex, couple, *args, **kwargs)

        return wrapper

    return decorate


def _locked(user, ex) -> bool:
    """The exercise belongs to a module of the programme that is not open yet for this couple."""
    return programme.state_of(user, ex.key) == programme.LOCKED


def _locked_page(request, ex):
    """The programme's own "not open yet" page: 200 for a look, 403 for a change."""
    key = domain.content(_lang(request)).key(ex.key)
    status = 200 if request.method in ("GET", "HEAD") else 403
    return render(request, "programme/locked.html", {"key": key}, status=status)


def _no_partner(request, ex=None):
    context = {"exercise": ex, "couple": couples.couple_of(request.user)}
    return render(request, "together/no_partner.html", context)


# --- overview ------------------------------------------------------------------------------------


@require_safe
@partner_required
def index(request):
    user, lang = request.user, _lang(request)
    couple = domain.complete_couple(user)
    if couple is None:
        return _no_partner(request)
    rows = []
    for ex in domain.exercises(lang):
        rows.append({"exercise": ex, "state": _state(user, couple, ex, lang)})
    return render(request, "together/index.html", {"rows": rows, "partner": couples.partner_of(user)})


def _state(user, couple, ex, lang) -> dict:
    if ex.type == domain.CARDS:
        talked = DealtCard.objects.filter(couple=couple, talked_at__isnull=False).count()
        return {"talked": talked, **domain.deck_progress(couple, domain.ALL_THEMES, lang)}
    if ex.type == domain.TREATMENT:
        return {
            "filled": len(domain.my_treatment_cards(user, ex.id)),
            "total": len(ex.prompts),
            "from_partner": domain.partner_treatment_cards(user, ex.id).count(),
        }
    if ex.type == domain.METAPHOR:
        state = domain.metaphor_state(user, ex.id)
        return {
            "mine": state["mine"] is not None,
            "partner_chosen": state["partner_chosen"],
            "revealed": state["revealed"],
        }
    rounds = domain.accuracy_rounds(user, ex.id)
    return {
        "to_guess": rounds.filter(guesser=user, guessed_at__isnull=True).exclude(owner=user).count(),
        "scored": rounds.filter(guessed_at__isnull=False).count(),
    }


@require_safe
@partner_required
def exercise(request, exercise_id: str):
    ex = domain.exercise(_lang(request), exercise_id)
    if ex is None:
        raise Http404
    couple = domain.complete_couple(request.user)
    if couple is None:
        return _no_partner(request, ex)
    if _locked(request.user, ex):
        return _locked_page(request, ex)
    page = {
        domain.CARDS: _cards_page,
        domain.TREATMENT: _treatment_page,
        domain.METAPHOR: _metaphor_page,
        domain.ACCURACY: _accuracy_page,
    }[ex.type]
    return page(request, ex, couple)


@together_view(methods=("POST",))
def done(request, ex, couple):
    mark_done(request.user, ex.id)
    messages.success(request, _("Well done. We noted that you did this exercise."))
    return redirect("together:exercise", exercise_id=ex.id)


# --- question cards ------------------------------------------------------------------------------


def _deck(request) -> str:
    deck = (request.POST.get("deck") if request.method == "POST" else request.GET.get("deck")) or domain.ALL_THEMES
    return deck[:32]


def _cards_page(request, ex, couple, status=200):
    lang = _lang(request)
    deck = _deck(request)
    themes = domain.content(lang).themes
    if deck != domain.ALL_THEMES and deck not in {t.id for t in themes}:
        messages.error(request, _problem(TogetherProblem("unknown_theme")))
        deck = domain.ALL_THEMES
    current = domain.current_card(couple, deck)
    card = domain.card_lookup(couple, lang).get(current.card) if current else None
    context = {
        "exercise": ex,
        "themes": themes,
        "deck": deck,
        "current": current,
        "current_card": card,
        "current_theme": {t.id: t.name for t in themes}.get(card.theme, "") if card else "",
        "progress": domain.deck_progress(couple, deck, lang),
        "talked_count": DealtCard.objects.filter(couple=couple, talked_at__isnull=False).count(),
    }
    return render(request, "together/cards.html", context, status=status)


@together_view(domain.CARDS, methods=("POST",))
def cards_deal(request, ex, couple):
    deck = _deck(request)
    try:
        _card, new_round = domain.deal_card(couple, request.user, deck, _lang(request))
    except TogetherProblem as problem:
        messages.error(request, _problem(problem))
        return redirect("together:exercise", exercise_id=ex.id)
    if new_round:
        messages.info(
            request, _("You've had every card of this deck. A new round starts: the cards are shuffled again.")
        )
    return redirect(f"{_url(ex)}?deck={deck}")


def _url(ex) -> str:
    from django.urls import reverse

    return reverse("together:exercise", kwargs={"exercise_id": ex.id})


@together_view(domain.CARDS, methods=("POST",))
def cards_talked(request, ex, couple):
    deck = _deck(request)
    try:
        domain.mark_talked(couple, int(request.POST.get("card", "")))
    except (TogetherProblem, ValueError):
        raise Http404 from None
    messages.success(request, _("Noted: you talked about this card."))
    return redirect(f"{_url(ex)}?deck={deck}")


@together_view(domain.CARDS)
def cards_talked_list(request, ex, couple):
    lang = _lang(request)
    theme_names = {t.id: t.name for t in domain.content(lang).themes}
    context = {"exercise": ex, "talked": domain.talked_cards(couple, lang), "theme_names": theme_names}
    return render(request, "together/cards_talked.html", context)


# --- treatment cards -----------------------------------------------------------------------------


def _treatment_page(request, ex, couple):
    mine = domain.my_treatment_cards(request.user, ex.id)
    theirs = {c.prompt: c for c in domain.partner_treatment_cards(request.user, ex.id)}
    rows = [{"number": i, "prompt": p, "mine": mine.get(i), "theirs": theirs.get(i)} for i, p in enumerate(ex.prompts)]
    context = {
        "exercise": ex,
        "rows": rows,
        "filled": len(mine),
        "partner": couples.partner_of(request.user),
        "partner_shared": len(theirs),
    }
    return render(request, "together/treatment.html", context)


def _prompt(ex, number: int) -> str:
    if not 0 <= number < len(ex.prompts):
        raise Http404
    return ex.prompts[number]


@together_view(domain.TREATMENT, methods=("GET", "HEAD", "POST"))
def treatment_edit(request, ex, couple, number: int):
    prompt = _prompt(ex, number)
    card = TreatmentCard.objects.filter(owner=request.user, exercise_id=ex.id, prompt=number).first()
    initial = {"answer": card.answer, "visibility": card.visibility} if card else {"visibility": Visibility.PRIVATE}
    form = TreatmentCardForm(form_data(request), user=request.user, initial=initial)
    if request.method == "POST" and form.is_valid():
        try:
            domain.save_treatment_card(
                request.user, ex, number, form.cleaned_data["answer"], form.cleaned_data["visibility"]
            )
        except TogetherProblem as problem:
            form.add_error(None, _problem(problem))
        else:
            messages.success(request, _("Your card is saved."))
            return redirect("together:exercise", exercise_id=ex.id)
    context = {"exercise": ex, "prompt": prompt, "number": number, "form": form, "card": card}
    return render(request, "together/treatment_edit.html", context, status=form_status(request))


@together_view(domain.TREATMENT, methods=("POST",))
def treatment_delete(request, ex, couple, number: int):
    _prompt(ex, number)
    get_object_or_404(TreatmentCard, owner=request.user, exercise_id=ex.id, prompt=number).delete()
    messages.info(request, _("The card is deleted."))
    return redirect("together:exercise", exercise_id=ex.id)


@together_view(domain.TREATMENT)
def treatment_practice(request, ex, couple):
    cards = [
        {"card": c, "prompt": ex.prompts[c.prompt]}
        for c in domain.partner_treatment_cards(request.user, ex.id)
        if c.prompt < len(ex.prompts)
    ]
    context = {"exercise": ex, "cards": cards, "partner": couples.partner_of(request.user)}
    return render(request, "together/treatment_practice.html", context)


def _partner_card(request, ex, pk: int) -> TreatmentCard:
    card = get_object_or_404(domain.partner_treatment_cards(request.user, ex.id).select_related("owner"), pk=pk)
    if card.prompt >= len(ex.prompts):
        raise Http404
    return card


@together_view(domain.TREATMENT, methods=("GET", "HEAD", "POST"))
def treatment_guess(request, ex, couple, pk: int):
    card = _partner_card(request, ex, pk)
    form = PracticeForm(form_data(request))
    if request.method == "POST" and form.is_valid():
        try:
            domain.save_practice_guess(request.user, card, form.cleaned_data["guess"])
        except TogetherProblem as problem:
            form.add_error(None, _problem(problem))
        else:
            return redirect("together:treatment_reveal", exercise_id=ex.id, pk=card.pk)
    context = {"exercise": ex, "card": card, "prompt": ex.prompts[card.prompt], "form": form}
    return render(request, "together/treatment_guess.html", context, status=form_status(request))


@together_view(domain.TREATMENT)
def treatment_reveal(request, ex, couple, pk: int):
    card = _partner_card(request, ex, pk)
    guess = PracticeGuess.objects.filter(owner=request.user, card=card).first()
    if guess is None:  # guess first, then see the answer
        return redirect("together:treatment_guess", exercise_id=ex.id, pk=card.pk)
    context = {"exercise": ex, "card": card, "prompt": ex.prompts[card.prompt], "guess": guess}
    return render(request, "together/treatment_reveal.html", context)


# --- our metaphor --------------------------------------------------------------------------------


def _metaphor_view(lang: str, choice) -> dict:
    data = domain.content(lang)
    metaphor = next((m for m in data.metaphors if m.id == choice.metaphor_id), None)
    return {
        "choice": choice,
        "name": metaphor.name if metaphor else choice.own_name,
        "catalogue_meaning": metaphor.meaning if metaphor else "",
        "question": metaphor.question if metaphor else "",
        "own": metaphor is None,
    }


def _reveal_context(request, ex, rnd) -> dict:
    lang = _lang(request)
    choices = [_metaphor_view(lang, c) for c in domain.revealed_choices(request.user, rnd)]
    return {
        "round": rnd,
        "choices": choices,
        "questions": [c["question"] for c in choices if c["question"]],
        "prompts": ex.prompts,
    }


def _metaphor_page(request, ex, couple, form=None, status=200):
    state = domain.metaphor_state(request.user, ex.id)
    lang = _lang(request)
    context = {
        "exercise": ex,
        "state": state,
        "partner": couples.partner_of(request.user),
        "past": [r for r in domain.past_rounds(couple, ex.id) if r.pk != state["round"].pk],
    }
    if state["revealed"]:
        context.update(_reveal_context(request, ex, state["round"]))
    elif state["mine"] is None:
        context["form"] = form or MetaphorForm(lang=lang, coach=_coach_active(request.user))
    else:
        context["mine"] = _metaphor_view(lang, state["mine"])
    return render(request, "together/metaphor.html", context, status=status)


@together_view(domain.METAPHOR, methods=("POST",))
def metaphor_choose(request, ex, couple):
    form = MetaphorForm(request.POST, lang=_lang(request), coach=_coach_active(request.user))
    if form.is_valid():
        data = form.cleaned_data
        try:
            domain.choose_metaphor(
                request.user,
                ex,
                metaphor_id=data["metaphor"],
                own_name=data["own_name"],
                meaning=data["meaning"],
                share_with_coach=data.get("share_with_coach", False),
            )
        except TogetherProblem as problem:
            if problem.reason != "already_chosen":
                form.add_error(None, _problem(problem))
                return _metaphor_page(request, ex, couple, form=form, status=400)
            messages.info(request, _problem(problem))
        return redirect("together:exercise", exercise_id=ex.id)
    return _metaphor_page(request, ex, couple, form=form, status=400)


@together_view(domain.METAPHOR, methods=("POST",))
def metaphor_new_round(request, ex, couple):
    try:
        domain.new_metaphor_round(request.user, ex.id)
    except TogetherProblem as problem:
        messages.info(request, _problem(problem))
    else:
        messages.success(request, _("A new round has started. Choose a metaphor again, each on your own."))
    return redirect("together:exercise", exercise_id=ex.id)


@together_view(domain.METAPHOR)
def metaphor_round(request, ex, couple, number: int):
    rnd = get_object_or_404(domain.past_rounds(couple, ex.id), number=number)
    context = {"exercise": ex, **_reveal_context(request, ex, rnd)}
    return render(request, "together/metaphor_round.html", context)


# --- accuracy game -------------------------------------------------------------------------------

EXPLAIN_FEELING = {
    1.0: gettext_lazy("Spot on: you named the very feeling."),
    0.5: gettext_lazy("Close: you sensed the right kind of feeling. Ask what the exact word adds."),
    0.0: gettext_lazy("A different feeling. That's where there's something new to learn: ask what it was like."),
}
EXPLAIN_NEED = {
    1.0: gettext_lazy("Spot on: you heard the very need."),
    0.5: gettext_lazy("Close: the need you guessed lies near it. Talk about the difference."),
    0.0: gettext_lazy("A different need. Ask your partner what mattered most to them then."),
}


def _names(lang: str) -> tuple[dict, dict]:
    data = domain.content(lang)
    return {f.id: f.name for f in data.feelings}, {n.id: n.name for n in data.needs}


def _round_view(rnd, lang: str) -> dict:
    families, needs = _names(lang)
    view = {
        "round": rnd,
        "feeling_family": families.get(rnd.feeling_family, ""),
        "need": needs.get(rnd.need, rnd.need),
    }
    if rnd.is_guessed:
        view.update(
            guess_family=families.get(rnd.guess_feeling_family, ""),
            guess_need=needs.get(rnd.guess_need, rnd.guess_need),
            explain_feeling=EXPLAIN_FEELING.get(rnd.feeling_score, ""),
            explain_need=EXPLAIN_NEED.get(rnd.need_score, ""),
        )
    return view


def _accuracy_page(request, ex, couple):
    user, lang = request.user, _lang(request)
    rounds = domain.accuracy_rounds(user, ex.id)
    history = domain.accuracy_history(user, ex.id)
    context = {
        "exercise": ex,
        "partner": couples.partner_of(user),
        "to_guess": rounds.filter(guesser=user, guessed_at__isnull=True).exclude(owner=user),
        "waiting": rounds.filter(owner=user, guessed_at__isnull=True),
        "history": [_round_view(r, lang) for r in reversed(history["rounds"])],
        "per_person": history["per_person"],
    }
    return render(request, "together/accuracy.html", context)


@together_view(domain.ACCURACY, methods=("GET", "HEAD", "POST"))
def accuracy_tell(request, ex, couple):
    lang = _lang(request)
    form = AccuracyTellForm(form_data(request), lang=lang, coach=_coach_active(request.user))
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            rnd = domain.start_accuracy_round(
                request.user,
                ex,
                situation=data["situation"],
                feeling=data["feeling"],
                need=data["need"],
                lang=lang,
                share_with_coach=data.get("share_with_coach", False),
            )
        except TogetherProblem as problem:
            form.add_error(None, _problem(problem))
        else:
            messages.success(request, _("Saved. Now tell your partner the situation, and let them guess."))
            return redirect("together:accuracy_round", exercise_id=ex.id, pk=rnd.pk)
    context = {"exercise": ex, "form": form, "partner": couples.partner_of(request.user)}
    return render(request, "together/accuracy_tell.html", context, status=form_status(request))


def _visible_round(request, ex, pk: int):
    return get_object_or_404(domain.accuracy_rounds(request.user, ex.id), pk=pk)


@together_view(domain.ACCURACY, methods=("GET", "HEAD", "POST"))
def accuracy_round(request, ex, couple, pk: int):
    rnd = _visible_round(request, ex, pk)
    user, lang = request.user, _lang(request)
    is_teller = rnd.owner_id == user.pk
    form = None
    if not rnd.is_guessed and not is_teller:
        if rnd.guesser_id != user.pk:
            raise Http404
        form = AccuracyGuessForm(form_data(request), lang=lang)
        if request.method == "POST" and form.is_valid():
            try:
                domain.guess_accuracy_round(
                    rnd, user, feeling=form.cleaned_data["feeling"], need=form.cleaned_data["need"], lang=lang
                )
            except TogetherProblem as problem:
                form.add_error(None, _problem(problem))
            else:
                return redirect("together:accuracy_round", exercise_id=ex.id, pk=rnd.pk)
    elif request.method == "POST":
        messages.info(request, _problem(TogetherProblem("already_guessed" if rnd.is_guessed else "not_yours")))
        return redirect("together:accuracy_round", exercise_id=ex.id, pk=rnd.pk)
    context = {
        "exercise": ex,
        "is_teller": is_teller,
        "form": form,
        "coach_active": _coach_active(user),
        "shared_with_coach": rnd.visibility == Visibility.COACH,
        **_round_view(rnd, lang),
    }
    return render(request, "together/accuracy_round.html", context, status=form_status(request) if form else 200)


@together_view(domain.ACCURACY, methods=("GET", "HEAD", "POST"))
def accuracy_edit(request, ex, couple, pk: int):
    rnd = _visible_round(request, ex, pk)
    if rnd.owner_id != request.user.pk:
        raise Http404
    if rnd.is_guessed:
        messages.info(request, _problem(TogetherProblem("already_guessed")))
        return redirect("together:accuracy_round", exercise_id=ex.id, pk=rnd.pk)
    lang = _lang(request)
    initial = {"situation": rnd.situation, "feeling": f"{rnd.feeling_family}|{rnd.feeling_word}", "need": rnd.need}
    form = AccuracyTellForm(form_data(request), lang=lang, initial=initial)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            domain.update_accuracy_round(
                rnd, request.user, situation=data["situation"], feeling=data["feeling"], need=data["need"], lang=lang
            )
        except TogetherProblem as problem:
            form.add_error(None, _problem(problem))
        else:
            messages.success(request, _("Your answer is saved."))
            return redirect("together:accuracy_round", exercise_id=ex.id, pk=rnd.pk)
    context = {"exercise": ex, "form": form, "round": rnd, "partner": couples.partner_of(request.user)}
    return render(request, "together/accuracy_tell.html", context, status=form_status(request))


@together_view(domain.ACCURACY, methods=("POST",))
def accuracy_share(request, ex, couple, pk: int):
    rnd = _visible_round(request, ex, pk)
    if rnd.owner_id != request.user.pk:
        raise Http404
    share = request.POST.get("share") == "1" and _coach_active(request.user)
    try:
        domain.set_round_sharing(rnd, request.user, share)
    except TogetherProblem as problem:
        messages.error(request, _problem(problem))
    else:
        if share:
            messages.success(request, _("Your coach can now read this round."))
        else:
            messages.success(request, _("This round is no longer shared with your coach."))
    return redirect("together:accuracy_round", exercise_id=ex.id, pk=rnd.pk)


@together_view(domain.ACCURACY)
def accuracy_chart(request, ex, couple):
    history = domain.accuracy_history(request.user, ex.id)
    rounds = history["rounds"]
    labels = [f"{i}" for i in range(1, len(rounds) + 1)]
    series = [
        (p["guesser"].name, [r.score if r.guesser_id == p["guesser"].pk else None for r in rounds])
        for p in history["per_person"]
    ]
    svg = charts.line("together-accuracy", _("Score per round (0 to 2)"), labels, series, value_range=(0, 2))
    return svg_response(svg)
