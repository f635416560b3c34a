from __future__ import annotations

from django.dispatch import receiver

from ..couples.signals import membership_changed
from . import domain


@receiver(membership_changed)
def end_coaching_on_change(sender, couple, user, change, **kwargs):
    """Consent was given by the people in the couple at that moment; when that changes, it ends."""
    link = domain.open_link(couple)
    if link is not None:
        domain.end_link(link)
