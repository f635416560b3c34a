"""The rules of the couple exercises, without HTTP (see docs/web-together.md).

Four exercise types from the content live here: question cards (``cards``), treatment cards
(``treatment_cards``), our metaphor (``metaphor_choice``) and the accuracy game
(``accuracy_game``). Everything personal is read through :mod:`heartkeys.web.privacy.domain`;
the functions for a coach return nothing unless :func:`heartkeys.web.coaching.domain.is_active`.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from functools import cache

from django.db import IntegrityError, transaction
from django.db.models import Max
from django.utils import timezone

from ...content import load_content
from ..coaching import domain as coaching
from ..couples import domain as couples
from ..privacy.domain import visible_to, visible_to_coach
from ..privacy.models import Visibility
from ..programme.domain import mark_done
from .models import AccuracyRound, CustomCard, DealtCard, MetaphorChoice, MetaphorRound, PracticeGuess, TreatmentCard

CARDS, TREATMENT, METAPHOR, ACCURACY = "cards", "treatment_cards", "metaphor_choice", "accuracy_game"
TYPES = (CARDS, TREATMENT, METAPHOR, ACCURACY)
ALL_THEMES = "all"
MAX_CARD_TEXT = 300
MAX_TEXT = 2000
MAX_NAME = 120


class TogetherProblem(Exception):
    """A request the rules do not allow; ``reason`` picks the friendly text."""

    def __init__(self, reason: str):
        super().__init__(reason)
        self.reason = reason


@cache
def content(lang: str):
    return load_content(lang if lang in ("nl", "en") else "nl")


def exercises(lang: str) -> list:
    """The exercises of this app, in the order of the content."""
    return [e for e in content(lang).exercises if e.type in TYPES]


def exercise(lang: str, exercise_id: str):
    """The exercise with this id if it is one of ours; ``None`` otherwise."""
    try:
        found = content(lang).exercise(exercise_id)
    except KeyError:
        return None
    return found if found.type in TYPES else None


def first_of_type(kind: str) -> str:
    """Id of the (first) exercise of a type; used as a default by the coach functions."""
    return next(e.id for e in content("nl").exercises if e.type == kind)


def couple_members(couple) -> list:
    return couples.members(couple) if couple is not None else []


def complete_couple(user):
    """The user's couple space if their partner is in it too, else ``None``."""
    couple = couples.couple_of(user)
    if couple is None or not couples.is_complete(couple):
        return None
    return couple


def _clean(text: str | None, limit: int, reason: str = "empty") -> str:
    text = (text or "").strip()
    if not text:
        raise TogetherProblem(reason)
    if len(text) > limit:
        raise TogetherProblem("too_long")
    return text


def _done_for(users, exercise_id: str) -> None:
    for user in users:
        mark_done(user, exercise_id)


# --- question cards ------------------------------------------------------------------------------


@dataclass(frozen=True)
class DeckCard:
    key: str
    theme: str
    text: str
    custom: bool = False


def deck_cards(couple, deck: str, lang: str) -> list[DeckCard]:
    """The cards of one deck (a theme id or ``all``): the content's plus the coach's own."""
    data = content(lang)
    if deck != ALL_THEMES and deck not in {t.id for t in data.themes}:
        raise TogetherProblem("unknown_theme")
    theme = None if deck == ALL_THEMES else deck
    cards = [DeckCard(c.id, c.theme, c.text) for c in data.cards_in(theme)]
    custom = CustomCard.objects.filter(couple=couple)
    if theme is not None:
        custom = custom.filter(theme=theme)
    cards += [DeckCard(c.key, c.theme, c.text, custom=True) for c in custom]
    return cards


def card_lookup(couple, lang: str) -> dict[str, DeckCard]:
    return {c.key: c for c in deck_cards(couple, ALL_THEMES, lang)}


def current_round(couple, deck: str) -> int:
    return DealtCard.objects.filter(couple=couple, deck=deck).aggregate(r=Max("round"))["r"] or 1


def deck_progress(couple, deck: str, lang: str) -> dict:
    """How far this round of a deck is: ``{"round", "dealt", "total"}``."""
    keys = {c.key for c in deck_cards(couple, deck, lang)}
    number = current_round(couple, deck)
    dealt = set(DealtCard.objects.filter(couple=couple, deck=deck, round=number).values_list("card", flat=True))
    return {"round": number, "dealt": len(dealt & keys), "total": len(keys)}


def deal_card(couple, user, deck: str, lang: str, rng: random.Random | None = None) -> tuple[DealtCard, bool]:
    """Deal the next card of ``deck`` to the couple. No card comes twice in a round: once every
    card of the deck was dealt, a new round starts (the second value is then True)."""
    rng = rng or random.SystemRandom()
    keys = sorted(c.key for c in deck_cards(couple, deck, lang))
    if not keys:
        raise TogetherProblem("empty_deck")
    for _attempt in range(3):
        number = current_round(couple, deck)
        dealt = set(DealtCard.objects.filter(couple=couple, deck=deck, round=number).values_list("card", flat=True))
        remaining = [k for k in keys if k not in dealt]
        new_round = False
        if not remaining:
            number, remaining, new_round = number + 1, keys, True
        try:
            with transaction.atomic():
                card = DealtCard.objects.create(
                    couple=couple, dealt_by=user, deck=deck, round=number, card=rng.choice(remaining)
                )
            return card, new_round
        except IntegrityError:  # the partner dealt the same card in the same instant: try again
            continue
    raise TogetherProblem("busy")


def current_card(couple, deck: str) -> DealtCard | None:
    return DealtCard.objects.filter(couple=couple, deck=deck).first()


def mark_talked(couple, dealt_id: int) -> DealtCard:
    card = DealtCard.objects.filter(couple=couple, pk=dealt_id).first()
    if card is None:
        raise TogetherProblem("unknown_card")
    if card.talked_at is None:
        card.talked_at = timezone.now()
        card.save(update_fields=["talked_at"])
    return card


def talked_cards(couple, lang: str) -> list[dict]:
    """Cards the couple talked about, newest first, with their text in ``lang``."""
    lookup = card_lookup(couple, lang)
    rows = DealtCard.objects.filter(couple=couple, talked_at__isnull=False).order_by("-talked_at", "-pk")
    return [{"dealt": row, "card": lookup[row.card]} for row in rows if row.card in lookup]


def add_custom_card(couple, *, theme: str, text: str, by) -> CustomCard:
    """A coach adds a question card for one couple they actively coach."""
    link = coaching.open_link(couple)
    if by.role != "coach" or link is None or link.coach_id != by.pk or not coaching.is_active(link):
        raise TogetherProblem("not_your_couple")
    if theme not in {t.id for t in content("nl").themes}:
        raise TogetherProblem("unknown_theme")
    return CustomCard.objects.create(couple=couple, created_by=by, theme=theme, text=_clean(text, MAX_CARD_TEXT))


def delete_custom_card(couple, pk: int, *, by) -> bool:
    """The coach ``by`` deletes a question card they wrote for ``couple``, and its place in the deck.
    False when there is no such card of theirs."""
    card = CustomCard.objects.filter(couple=couple, pk=pk, created_by=by).first()
    if card is None:
        return False
    DealtCard.objects.filter(couple=couple, card=card.key).delete()
    card.delete()
    return True


def custom_cards(couple):
    return CustomCard.objects.filter(couple=couple)


# --- treatment cards -----------------------------------------------------------------------------


def _visibility(value: str, couple) -> str:
    if value not in Visibility.values:
        raise TogetherProblem("bad_visibility")
    return Visibility.PRIVATE if couple is None else value


def my_treatment_cards(user, exercise_id: str) -> dict[int, TreatmentCard]:
    return {c.prompt: c for c in TreatmentCard.objects.filter(owner=user, exercise_id=exercise_id)}


def save_treatment_card(user, ex, prompt: int, answer: str, visibility: str) -> TreatmentCard:
    if not 0 <= prompt < len(ex.prompts):
        raise TogetherProblem("unknown_prompt")
    answer = _clean(answer, MAX_TEXT)
    couple = couples.couple_of(user)
    visibility = _visibility(visibility, couple)
    card, _created = TreatmentCard.objects.update_or_create(
        owner=user,
        exercise_id=ex.id,
        prompt=prompt,
        defaults={
            "answer": answer,
            "visibility": visibility,
            "couple": None if visibility == Visibility.PRIVATE else couple,
        },
    )
    return card


def partner_treatment_cards(user, exercise_id: str):
    """The partner's treatment cards that they shared with ``user``."""
    return visible_to(TreatmentCard.objects.filter(exercise_id=exercise_id), user).exclude(owner=user)


def save_practice_guess(user, card: TreatmentCard, guess: str) -> PracticeGuess:
    if not partner_treatment_cards(user, card.exercise_id).filter(pk=card.pk).exists():
        raise TogetherProblem("unknown_card")
    return PracticeGuess.objects.create(owner=user, card=card, guess=_clean(guess, MAX_TEXT))


def shared_treatment_cards_for_coach(link, exercise_id: str | None = None) -> list[TreatmentCard]:
    """Treatment cards the partners shared with their coach (empty without both consents)."""
    if not coaching.is_active(link):
        return []
    cards = TreatmentCard.objects.filter(exercise_id=exercise_id or first_of_type(TREATMENT))
    return list(visible_to_coach(cards, link).select_related("owner").order_by("owner_id", "prompt"))


# --- our metaphor --------------------------------------------------------------------------------


def metaphor_round(couple, exercise_id: str) -> MetaphorRound:
    """The couple's current round (made on first use)."""
    current = MetaphorRound.objects.filter(couple=couple, exercise_id=exercise_id).first()
    if current is not None:
        return current
    try:
        with transaction.atomic():
            return MetaphorRound.objects.create(couple=couple, exercise_id=exercise_id, number=1)
    except IntegrityError:
        return MetaphorRound.objects.filter(couple=couple, exercise_id=exercise_id).first()


def _member_choices(rnd: MetaphorRound, couple):
    """Choices in the round by the people who are in the couple now (a former partner's choice,
    made private when they left, does not count)."""
    ids = [m.pk for m in couple_members(couple)]
    return rnd.choices.filter(owner_id__in=ids, couple=couple)


def metaphor_state(user, exercise_id: str) -> dict:
    """What ``user`` may know about the current round, without revealing the partner's choice."""
    couple = couples.couple_of(user)
    rnd = metaphor_round(couple, exercise_id)
    chosen = _member_choices(rnd, couple)
    mine = rnd.choices.filter(owner=user).first()
    return {
        "round": rnd,
        "mine": mine,
        "partner_chosen": chosen.exclude(owner=user).exists(),
        "revealed": rnd.revealed_at is not None,
    }


def choose_metaphor(
    user, ex, *, metaphor_id: str = "", own_name: str = "", meaning: str = "", share_with_coach: bool = False
) -> MetaphorChoice:
    """Store the user's choice for the current round; reveal the round once both chose."""
    couple = complete_couple(user)
    if couple is None:
        raise TogetherProblem("needs_partner")
    metaphor_id, own_name = (metaphor_id or "").strip(), (own_name or "").strip()
    meaning = (meaning or "").strip()
    if metaphor_id and own_name:
        raise TogetherProblem("one_metaphor")
    if metaphor_id:
        if metaphor_id not in {m.id for m in content("nl").metaphors}:
            raise TogetherProblem("unknown_metaphor")
    elif own_name:
        own_name = _clean(own_name, MAX_NAME)
        meaning = _clean(meaning, MAX_TEXT, reason="meaning_needed")
    else:
        raise TogetherProblem("no_metaphor")
    if len(meaning) > MAX_TEXT:
        raise TogetherProblem("too_long")
    with transaction.atomic():
        rnd = MetaphorRound.objects.select_for_update().get(pk=metaphor_round(couple, ex.id).pk)
        if rnd.choices.filter(owner=user).exists():
            raise TogetherProblem("already_chosen")
        choice = MetaphorChoice.objects.create(
            owner=user,
            couple=couple,
            visibility=Visibility.COACH if share_with_coach else Visibility.PARTNER,
            round=rnd,
            metaphor_id=metaphor_id,
            own_name=own_name,
            meaning=meaning,
        )
        members = couple_members(couple)
        if _member_choices(rnd, couple).count() >= len(members) and rnd.revealed_at is None:
            rnd.revealed_at = timezone.now()
            rnd.save(update_fields=["revealed_at"])
            _done_for(members, ex.id)
    return choice


def revealed_choices(user, rnd: MetaphorRound) -> list[MetaphorChoice]:
    """Both choices of a revealed round, as ``user`` may see them; empty before the reveal."""
    if rnd.revealed_at is None:
        return []
    return list(visible_to(rnd.choices.select_related("owner"), user).order_by("pk"))


def past_rounds(couple, exercise_id: str):
    return MetaphorRound.objects.filter(couple=couple, exercise_id=exercise_id, revealed_at__isnull=False)


def new_metaphor_round(user, exercise_id: str) -> MetaphorRound:
    couple = complete_couple(user)
    if couple is None:
        raise TogetherProblem("needs_partner")
    current = metaphor_round(couple, exercise_id)
    if current.revealed_at is None:
        raise TogetherProblem("round_open")
    try:
        with transaction.atomic():
            return MetaphorRound.objects.create(couple=couple, exercise_id=exercise_id, number=current.number + 1)
    except IntegrityError:  # the partner started it a moment ago
        return metaphor_round(couple, exercise_id)


def metaphor_reveal_for_coach(link, exercise_id: str | None = None) -> dict | None:
    """The latest revealed round, only when both partners shared their choice with the coach."""
    if not coaching.is_active(link):
        return None
    couple = link.couple
    members = couple_members(couple)
    for rnd in past_rounds(couple, exercise_id or first_of_type(METAPHOR)):
        shared = list(visible_to_coach(rnd.choices.select_related("owner"), link).order_by("pk"))
        if len(shared) == len(members) == couples.MAX_MEMBERS:
            return {"round": rnd, "choices": shared}
    return None


# --- accuracy game -------------------------------------------------------------------------------


def feeling_groups(lang: str) -> list[tuple[str, list[tuple[str, str]]]]:
    """Feeling words grouped by family, as choices ``family|word``."""
    return [(f.name, [(f"{f.id}|{w}", w) for w in f.words]) for f in content(lang).feelings]


def need_groups(lang: str) -> list[tuple[str, list[tuple[str, str]]]]:
    data = content(lang)
    return [(g.name, [(n.id, n.name) for n in data.needs if n.group == g.id]) for g in data.need_groups]


def parse_feeling(value: str, lang: str) -> tuple[str, str]:
    family_id, sep, word = (value or "").partition("|")
    family = next((f for f in content(lang).feelings if f.id == family_id), None)
    if not sep or family is None or word not in family.words:
        raise TogetherProblem("unknown_feeling")
    return family_id, word


def check_need(value: str) -> str:
    if value not in {n.id for n in content("nl").needs}:
        raise TogetherProblem("unknown_need")
    return value


def score_feeling(answer: tuple[str, str], guess: tuple[str, str]) -> float:
    """1 for the same word, 0.5 for a word of the same family, 0 otherwise."""
    (family, word), (guess_family, guess_word) = answer, guess
    if family != guess_family:
        return 0.0
    return 1.0 if word.casefold() == guess_word.casefold() else 0.5


def score_need(answer: str, guess: str) -> float:
    """1 for the same need, 0.5 for a need of the same group, 0 otherwise."""
    if answer == guess:
        return 1.0
    groups = {n.id: n.group for n in content("nl").needs}
    return 0.5 if answer in groups and groups.get(answer) == groups.get(guess) else 0.0


def start_accuracy_round(
    teller, ex, *, situation: str, feeling: str, need: str, lang: str, share_with_coach: bool = False
) -> AccuracyRound:
    couple = complete_couple(teller)
    if couple is None:
        raise TogetherProblem("needs_partner")
    guesser = couples.partner_of(teller)
    family, word = parse_feeling(feeling, lang)
    return AccuracyRound.objects.create(
        owner=teller,
        couple=couple,
        visibility=Visibility.COACH if share_with_coach else Visibility.PARTNER,
        exercise_id=ex.id,
        guesser=guesser,
        lang=lang,
        situation=_clean(situation, MAX_TEXT),
        feeling_family=family,
        feeling_word=word,
        need=check_need(need),
    )


def update_accuracy_round(rnd: AccuracyRound, teller, *, situation: str, feeling: str, need: str, lang: str):
    """The teller may change the answer only until the guess is in."""
    if rnd.owner_id != teller.pk:
        raise TogetherProblem("not_yours")
    family, word = parse_feeling(feeling, lang)
    updated = AccuracyRound.objects.filter(pk=rnd.pk, guessed_at__isnull=True).update(
        situation=_clean(situation, MAX_TEXT),
        feeling_family=family,
        feeling_word=word,
        need=check_need(need),
        lang=lang,
        updated_at=timezone.now(),
    )
    if not updated:
        raise TogetherProblem("already_guessed")
    rnd.refresh_from_db()
    return rnd


def guess_accuracy_round(rnd: AccuracyRound, guesser, *, feeling: str, need: str, lang: str) -> AccuracyRound:
    """The guesser's one guess; the round is scored at once and counts as done for both."""
    if rnd.guesser_id != guesser.pk or rnd.owner_id == guesser.pk:
        raise TogetherProblem("not_yours")
    family, word = parse_feeling(feeling, lang)
    need = check_need(need)
    feeling_score = score_feeling((rnd.feeling_family, rnd.feeling_word), (family, word))
    need_score = score_need(rnd.need, need)
    with transaction.atomic():
        updated = AccuracyRound.objects.filter(pk=rnd.pk, guessed_at__isnull=True).update(
            guess_lang=lang,
            guess_feeling_family=family,
            guess_feeling_word=word,
            guess_need=need,
            guessed_at=timezone.now(),
            feeling_score=feeling_score,
            need_score=need_score,
        )
        if not updated:
            raise TogetherProblem("already_guessed")
        rnd.refresh_from_db()
        _done_for([rnd.owner, guesser], rnd.exercise_id)
    return rnd


def accuracy_rounds(user, exercise_id: str):
    """Rounds ``user`` takes part in and may see (their own, and their partner's in this couple)."""
    rounds = AccuracyRound.objects.filter(exercise_id=exercise_id).select_related("owner", "guesser")
    return visible_to(rounds, user)


def set_round_sharing(rnd: AccuracyRound, teller, share_with_coach: bool) -> None:
    if rnd.owner_id != teller.pk:
        raise TogetherProblem("not_yours")
    if rnd.couple_id is None:
        raise TogetherProblem("needs_partner")
    rnd.visibility = Visibility.COACH if share_with_coach else Visibility.PARTNER
    rnd.save(update_fields=["visibility", "updated_at"])


def _averages(rounds) -> dict:
    per_person: dict[int, dict] = {}
    for rnd in rounds:
        entry = per_person.setdefault(rnd.guesser_id, {"guesser": rnd.guesser, "rounds": 0, "total": 0.0})
        entry["rounds"] += 1
        entry["total"] += rnd.score
    for entry in per_person.values():
        entry["average"] = round(entry["total"] / entry["rounds"], 2)
    return per_person


def accuracy_history(user, exercise_id: str) -> dict:
    """Scored rounds (oldest first) and each guesser's average, as ``user`` may see them."""
    scored = list(accuracy_rounds(user, exercise_id).filter(guessed_at__isnull=False).order_by("guessed_at", "pk"))
    return {"rounds": scored, "per_person": list(_averages(scored).values())}


def accuracy_summary(couple, exercise_id: str | None = None) -> list[dict]:
    """Scores only (no situation, feeling or need) per guesser, for the coach dashboard:
    ``[{"name", "rounds", "average", "scores": [(guessed_at, feeling_score, need_score)]}]``.
    Only rounds both partners of the current couple still take part in."""
    if couple is None:
        return []
    ids = [m.pk for m in couple_members(couple)]
    rounds = AccuracyRound.objects.filter(
        exercise_id=exercise_id or first_of_type(ACCURACY),
        couple=couple,
        owner_id__in=ids,
        guesser_id__in=ids,
        guessed_at__isnull=False,
    ).select_related("guesser")
    rounds = list(rounds.order_by("guessed_at", "pk"))
    result = []
    for entry in _averages(rounds).values():
        mine = [r for r in rounds if r.guesser_id == entry["guesser"].pk]
        result.append(
            {
                "name": entry["guesser"].name,
                "rounds": entry["rounds"],
                "average": entry["average"],
                "scores": [(r.guessed_at, r.feeling_score, r.need_score) for r in mine],
            }
        )
    return result


def accuracy_rounds_for_coach(link, exercise_id: str | None = None) -> list[AccuracyRound]:
    """Rounds (with the situation) the teller shared with the coach; empty without consent."""
    if not coaching.is_active(link):
        return []
    rounds = AccuracyRound.objects.filter(exercise_id=exercise_id or first_of_type(ACCURACY))
    return list(visible_to_coach(rounds, link).select_related("owner", "guesser"))
