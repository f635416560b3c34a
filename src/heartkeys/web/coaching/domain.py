"""Coach codes, links and consent, without HTTP. ``is_active`` is the single gate to couple data."""

from __future__ import annotations

import hashlib
import secrets
from datetime import timedelta

from django.conf import settings
from django.db import IntegrityError, transaction
from django.utils import timezone

from ..couples import domain as couples
from .models import AccessLog, CoachCode, CoachLink, Consent

# No 0/O or 1/I: the code is read out loud or typed over from a piece of paper.
CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
CODE_LENGTH = 10


class CoachingProblem(Exception):
    def __init__(self, reason: str):
        super().__init__(reason)
        self.reason = reason


def normalize_code(code: str) -> str:
    return "".join(ch for ch in code.upper() if ch.isalnum())


def hash_code(code: str) -> str:
    return hashlib.sha256(normalize_code(code).encode()).hexdigest()


def format_code(code: str) -> str:
    half = len(code) // 2
    return f"{code[:half]}-{code[half:]}"


def create_code(coach, now=None) -> tuple[CoachCode, str]:
    now = now or timezone.now()
    code = "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))
    row = CoachCode.objects.create(
        coach=coach, code_hash=hash_code(code), expires_at=now + timedelta(days=settings.COACH_CODE_DAYS)
    )
    return row, format_code(code)


def open_link(couple) -> CoachLink | None:
    if couple is None:
        return None
    return couple.coach_links.filter(ended_at__isnull=True).select_related("coach").first()


def consented_ids(link: CoachLink) -> set[int]:
    return set(link.consents.values_list("user_id", flat=True))


def is_active(link: CoachLink | None, member_ids: set[int] | None = None, consented: set[int] | None = None) -> bool:
    """True only when the link is open, the couple has two members and both have consented.

    A page that already knows the couple's member ids or the consents may pass them to save queries.
    """
    if link is None or link.ended_at is not None:
        return False
    if member_ids is None:
        member_ids = set(link.couple.memberships.values_list("user_id", flat=True))
    if consented is None:
        consented = consented_ids(link)
    return len(member_ids) == couples.MAX_MEMBERS and member_ids <= consented


def redeem_code(user, code: str, now=None) -> CoachLink:
    """A couple member enters a coach's code; that counts as their consent."""
    now = now or timezone.now()
    couple = couples.couple_of(user)
    if couple is None or not couples.is_complete(couple):
        raise CoachingProblem("needs_couple")
    if open_link(couple) is not None:
        raise CoachingProblem("already_linked")
    try:
        with transaction.atomic():
            row = CoachCode.objects.select_for_update().filter(code_hash=hash_code(code)).first()
            if row is None or row.used_at is not None or row.expires_at <= now:
                raise CoachingProblem("bad_code")
            row.used_at = now
            row.save(update_fields=["used_at"])
            link = CoachLink.objects.create(couple=couple, coach=row.coach)
            Consent.objects.create(link=link, user=user)
    except IntegrityError:
        raise CoachingProblem("already_linked") from None
    return link


def give_consent(user, link: CoachLink) -> None:
    Consent.objects.get_or_create(link=link, user=user)


def end_link(link: CoachLink, now=None) -> None:
    if link.ended_at is None:
        link.ended_at = now or timezone.now()
        link.save(update_fields=["ended_at"])


def links_for_coach(coach):
    return CoachLink.objects.filter(coach=coach).select_related("couple").order_by("-created_at")


def active_link_for_coach(coach, link_id: int) -> CoachLink | None:
    link = CoachLink.objects.filter(pk=link_id, coach=coach).select_related("couple").first()
    return link if is_active(link) else None


def log_access(link: CoachLink, what: str) -> None:
    AccessLog.objects.create(couple=link.couple, coach=link.coach, coach_name=link.coach.name, what=what)
