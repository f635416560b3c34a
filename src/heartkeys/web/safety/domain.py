"""The safety check without HTTP: scoring uses the screening items from ``heartkeys.content``."""

from __future__ import annotations

from django.utils import timezone

from ...content import load_content
from ..couples import domain as couples
from .models import SafetyCheck

CATEGORY_ORDER = ("violence", "coercion", "crisis")


def screening(lang: str):
    return load_content(lang).safety


def record_check(user, answers: dict[str, int], lang: str, now=None) -> SafetyCheck:
    """Store only the flagged categories of ``answers`` (``{item_id: option_index}``)."""
    flagged = screening(lang).flagged_categories(answers)
    check, _created = SafetyCheck.objects.update_or_create(
        user=user,
        defaults={
            "flagged": ",".join(c for c in CATEGORY_ORDER if c in flagged),
            "checked_at": now or timezone.now(),
            # A new check starts private again, whatever was chosen for the previous one.
            "shared_with_link": None,
        },
    )
    return check


def check_of(user) -> SafetyCheck | None:
    return SafetyCheck.objects.filter(user=user).first()


def couple_exercises_advised(user) -> bool:
    """False when this person's latest check flagged: we advise against couple exercises for now.

    Only ever used for this person's own pages; the partner's pages must not change because of it.
    """
    check = check_of(user)
    return check is None or not check.is_flagged


def resources_by_country(lang: str, categories) -> list[tuple[str, list]]:
    resources = screening(lang).resources_for(set(categories) or None)
    return [(country, [r for r in resources if r.country == country]) for country in ("NL", "BE")]


def shared_with_coach(link) -> list[SafetyCheck]:
    """Flagged checks that their owners chose to share with the coach of ``link`` (an active link)."""
    member_ids = [m.pk for m in couples.members(link.couple)]
    return list(
        SafetyCheck.objects.filter(user_id__in=member_ids, shared_with_link=link)
        .exclude(flagged="")
        .select_related("user")
    )
