"""When someone leaves a couple space, the exercises of that pair end with them.

privacy's own receiver takes back the items of the person who leaves. Here the remaining partner's
exercise items in that space become private too (they were written for the partner who left), so
a later partner in the same space never sees them; the card deck starts afresh, and an open
metaphor round is closed so the next pair starts a new one.
"""

from __future__ import annotations

from django.dispatch import receiver

from ..couples.signals import membership_changed
from ..privacy.models import Visibility
from .models import AccuracyRound, DealtCard, MetaphorChoice, MetaphorRound, TreatmentCard


@receiver(membership_changed)
def end_pair_exercises(sender, couple, user, change, **kwargs):
    if change != "left":
        return
    for model in (TreatmentCard, MetaphorChoice, AccuracyRound):
        model.objects.filter(couple=couple).update(couple=None, visibility=Visibility.PRIVATE)
    DealtCard.objects.filter(couple=couple).delete()
    if couple.pk is None:
        return
    for exercise_id in set(MetaphorRound.objects.filter(couple=couple).values_list("exercise_id", flat=True)):
        current = MetaphorRound.objects.filter(couple=couple, exercise_id=exercise_id).first()
        if current is not None and current.revealed_at is None and current.choices.exists():
            MetaphorRound.objects.create(couple=couple, exercise_id=exercise_id, number=current.number + 1)
