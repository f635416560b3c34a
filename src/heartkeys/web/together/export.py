"""Everything the couple exercises store about one person, for the data-export download."""

from __future__ import annotations

from .models import AccuracyRound, CustomCard, DealtCard, MetaphorChoice, PracticeGuess, TreatmentCard


def _when(value):
    return value.isoformat() if value else None


def export_user(user) -> dict:
    """Rows this person owns or wrote. Of a round they guessed, only their own guess and the
    score (the teller's situation is the teller's)."""
    return {
        "cards_dealt": [
            {
                "deck": d.deck,
                "round": d.round,
                "card": d.card,
                "dealt_at": _when(d.dealt_at),
                "talked_at": _when(d.talked_at),
            }
            for d in DealtCard.objects.filter(dealt_by=user).order_by("dealt_at", "pk")
        ],
        "custom_cards_written": [
            {"theme": c.theme, "text": c.text, "created_at": _when(c.created_at)}
            for c in CustomCard.objects.filter(created_by=user).order_by("pk")
        ],
        "treatment_cards": [
            {
                "exercise": c.exercise_id,
                "prompt": c.prompt,
                "answer": c.answer,
                "visibility": c.visibility,
                "created_at": _when(c.created_at),
                "updated_at": _when(c.updated_at),
            }
            for c in TreatmentCard.objects.filter(owner=user).order_by("exercise_id", "prompt")
        ],
        "practice_guesses": [
            {
                "exercise": g.card.exercise_id,
                "prompt": g.card.prompt,
                "guess": g.guess,
                "created_at": _when(g.created_at),
            }
            for g in PracticeGuess.objects.filter(owner=user).select_related("card").order_by("created_at", "pk")
        ],
        "metaphor_choices": [
            {
                "round": c.round.number,
                "metaphor": c.metaphor_id,
                "own_metaphor": c.own_name,
                "meaning": c.meaning,
                "visibility": c.visibility,
                "created_at": _when(c.created_at),
            }
            for c in MetaphorChoice.objects.filter(owner=user).select_related("round").order_by("created_at", "pk")
        ],
        "accuracy_rounds_told": [
            {
                "situation": r.situation,
                "feeling": r.feeling_word,
                "feeling_family": r.feeling_family,
                "need": r.need,
                "visibility": r.visibility,
                "created_at": _when(r.created_at),
                "guessed_at": _when(r.guessed_at),
                "feeling_score": r.feeling_score,
                "need_score": r.need_score,
            }
            for r in AccuracyRound.objects.filter(owner=user).order_by("created_at", "pk")
        ],
        "accuracy_guesses": [
            {
                "feeling": r.guess_feeling_word,
                "feeling_family": r.guess_feeling_family,
                "need": r.guess_need,
                "guessed_at": _when(r.guessed_at),
                "feeling_score": r.feeling_score,
                "need_score": r.need_score,
            }
            for r in AccuracyRound.objects.filter(guesser=user, guessed_at__isnull=False).order_by("guessed_at", "pk")
        ],
    }
