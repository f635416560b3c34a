"""Questionnaire results and daily check-ins: both are shared items, private until the owner shares."""

from __future__ import annotations

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from ...content.model import KEY_CODES
from ..privacy.models import SharedItem


class Kind(models.TextChoices):
    SELF = "self", _("About myself")
    PARTNER = "partner", _("About my partner")


class Mood(models.IntegerChoices):
    HEAVY = 1, _("Heavy")
    LOW = 2, _("Low")
    SO_SO = 3, _("So-so")
    GOOD = 4, _("Good")
    BRIGHT = 5, _("Bright")


class Result(SharedItem):
    """One filled-in 8-key questionnaire.

    ``kind`` says whose behaviour the answers describe: ``self`` (the owner about themselves,
    ``subject`` is the owner) or ``partner`` (the owner about their partner, ``subject`` is that
    partner). ``answers`` holds ``{item_id: 1..5}`` as given; ``scores`` holds ``{key: mean}``
    after reverse-keying, as computed by the content's :meth:`Questionnaire.score`.
    If the subject deletes their account, the owner keeps their own answers (``subject`` empty).
    """

    kind = models.CharField(_("kind"), max_length=8, choices=Kind.choices)
    subject = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    answers = models.JSONField(default=dict)
    scores = models.JSONField(default=dict)

    class Meta:
        ordering = ["-created_at", "-pk"]
        indexes = [models.Index(fields=["subject", "kind", "created_at"])]

    @property
    def is_self(self) -> bool:
        return self.kind == Kind.SELF

    @property
    def subject_name(self) -> str:
        """The name of the person the answers are about (their account may be gone)."""
        return self.subject.name if self.subject else str(_("a former partner"))

    @property
    def score_list(self) -> list[float | None]:
        """The scores in the order of the 8 keys (for tables)."""
        return [self.scores.get(code) for code in KEY_CODES]


class CheckIn(SharedItem):
    """How someone felt on one day: a mood (1..5), how connected they felt (1..10) and a note."""

    day = models.DateField(_("day"))
    mood = models.PositiveSmallIntegerField(
        _("mood"), choices=Mood.choices, validators=[MinValueValidator(1), MaxValueValidator(5)]
    )
    connected = models.PositiveSmallIntegerField(
        _("feeling connected"), validators=[MinValueValidator(1), MaxValueValidator(10)]
    )
    note = models.TextField(_("note"), blank=True, max_length=1000)

    class Meta:
        ordering = ["-day", "-pk"]
        constraints = [models.UniqueConstraint(fields=["owner", "day"], name="assessment_one_checkin_per_day")]
