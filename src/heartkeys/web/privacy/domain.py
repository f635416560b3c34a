"""Who sees which shared item. Every view goes through these functions; none filters on its own."""

from __future__ import annotations

from django.db.models import Q, QuerySet

from ..couples.domain import couple_of
from .models import Visibility

SHARED_WITH_PARTNER = (Visibility.PARTNER, Visibility.COACH)


def visible_to(queryset: QuerySet, viewer) -> QuerySet:
    """Items of ``queryset`` that ``viewer`` (a partner) may see: their own, plus what their
    partner shared in their current couple space. Coaches never see anything through here."""
    if viewer.role == "coach":
        return queryset.none()
    condition = Q(owner=viewer)
    couple = couple_of(viewer)
    if couple is not None:
        condition |= Q(couple=couple, visibility__in=SHARED_WITH_PARTNER, owner__membership__couple=couple)
    return queryset.filter(condition)


def visible_to_coach(queryset: QuerySet, link) -> QuerySet:
    """Items shared with the coach of ``link``; the caller has checked that the link is active."""
    couple = link.couple
    return queryset.filter(couple=couple, visibility=Visibility.COACH, owner__membership__couple=couple)


def choices_for(user) -> list[tuple[str, str]]:
    """Visibility options that mean something right now: sharing needs a couple space."""
    if couple_of(user) is None:
        return [(Visibility.PRIVATE.value, Visibility.PRIVATE.label)]
    return list(Visibility.choices)


def share_in_current_couple(item, user) -> None:
    """Set the item's couple to the owner's current one (or none when it is private)."""
    item.couple = None if item.visibility == Visibility.PRIVATE else couple_of(user)
    if item.couple is None:
        item.visibility = Visibility.PRIVATE
