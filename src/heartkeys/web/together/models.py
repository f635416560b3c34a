"""Data of the four exercises a couple does together (see docs/web-together.md).

Texts a person writes (treatment cards, metaphor choices, accuracy rounds) are
:class:`~heartkeys.web.privacy.models.SharedItem` rows, read only through
:mod:`heartkeys.web.privacy.domain`. The card deck keeps only card ids.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from ..privacy.models import SharedItem


class CustomCard(models.Model):
    """A question card a coach wrote for one couple; it joins the deck of its theme."""

    couple = models.ForeignKey("couples.Couple", on_delete=models.CASCADE, related_name="+")
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    theme = models.CharField(max_length=32)
    text = models.CharField(max_length=300)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["pk"]

    @property
    def key(self) -> str:
        return f"custom-{self.pk}"


class DealtCard(models.Model):
    """One card dealt to a couple from one deck (a theme, or ``all``) in one round."""

    couple = models.ForeignKey("couples.Couple", on_delete=models.CASCADE, related_name="+")
    dealt_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    deck = models.CharField(max_length=32)
    round = models.PositiveIntegerField(default=1)
    card = models.CharField(max_length=64)
    dealt_at = models.DateTimeField(auto_now_add=True)
    talked_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-dealt_at", "-pk"]
        constraints = [
            models.UniqueConstraint(fields=["couple", "deck", "round", "card"], name="together_card_once_per_round")
        ]


class TreatmentCard(SharedItem):
    """One partner's answer to one prompt of the treatment-cards exercise."""

    exercise_id = models.CharField(max_length=64)
    prompt = models.PositiveSmallIntegerField()
    answer = models.TextField(_("your answer"))

    class Meta:
        ordering = ["prompt", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["owner", "exercise_id", "prompt"], name="together_one_answer_per_prompt")
        ]


class PracticeGuess(models.Model):
    """What a partner thought the other wants for one shared treatment card (only theirs)."""

    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    card = models.ForeignKey(TreatmentCard, on_delete=models.CASCADE, related_name="guesses")
    guess = models.TextField()
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at", "-pk"]


class MetaphorRound(models.Model):
    """One round of choosing a metaphor; both partners' choices are revealed together."""

    couple = models.ForeignKey("couples.Couple", on_delete=models.CASCADE, related_name="+")
    exercise_id = models.CharField(max_length=64)
    number = models.PositiveIntegerField()
    started_at = models.DateTimeField(auto_now_add=True)
    revealed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-number"]
        constraints = [
            models.UniqueConstraint(fields=["couple", "exercise_id", "number"], name="together_metaphor_round_number")
        ]


class MetaphorChoice(SharedItem):
    """A partner's metaphor (from the catalogue or their own) and what it means to them."""

    round = models.ForeignKey(MetaphorRound, on_delete=models.CASCADE, related_name="choices")
    metaphor_id = models.CharField(max_length=64, blank=True)
    own_name = models.CharField(max_length=120, blank=True)
    meaning = models.TextField(blank=True)

    class Meta:
        ordering = ["pk"]
        constraints = [models.UniqueConstraint(fields=["round", "owner"], name="together_one_choice_per_round")]


class AccuracyRound(SharedItem):
    """A round of the accuracy game: the teller (``owner``) wrote a situation with a feeling
    and a need; the guesser guesses both; the scores are kept with the round."""

    exercise_id = models.CharField(max_length=64)
    guesser = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    lang = models.CharField(max_length=8)
    situation = models.TextField()
    feeling_family = models.CharField(max_length=32)
    feeling_word = models.CharField(max_length=80)
    need = models.CharField(max_length=64)
    guess_lang = models.CharField(max_length=8, blank=True)
    guess_feeling_family = models.CharField(max_length=32, blank=True)
    guess_feeling_word = models.CharField(max_length=80, blank=True)
    guess_need = models.CharField(max_length=64, blank=True)
    guessed_at = models.DateTimeField(null=True, blank=True)
    feeling_score = models.FloatField(null=True, blank=True)
    need_score = models.FloatField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-pk"]

    @property
    def is_guessed(self) -> bool:
        return self.guessed_at is not None

    @property
    def score(self) -> float | None:
        if self.feeling_score is None or self.need_score is None:
            return None
        return self.feeling_score + self.need_score
