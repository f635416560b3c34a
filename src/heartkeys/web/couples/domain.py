"""Couple spaces and invites, without HTTP: the views only translate these results into pages."""

from __future__ import annotations

import hashlib
import secrets
from datetime import timedelta

from django.conf import settings
from django.db import IntegrityError, transaction
from django.utils import timezone

from .. import request_cache
from .models import Couple, Invite, Membership
from .signals import membership_changed

MAX_MEMBERS = 2


class InviteProblem(Exception):
    """Why an invite cannot be used; ``reason`` picks the friendly page text."""

    def __init__(self, reason: str, invite: Invite | None = None):
        super().__init__(reason)
        self.reason = reason
        self.invite = invite


def hash_token(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def couple_of(user) -> Couple | None:
    """The couple space ``user`` is in, or None (asked once per request)."""

    def lookup() -> Couple | None:
        membership = Membership.objects.filter(user=user).select_related("couple").first()
        return membership.couple if membership else None

    return request_cache.memo(("couple_of", user.pk), lookup)


def members(couple: Couple) -> list:
    """The members of ``couple`` in the order they joined (asked once per request)."""
    found = request_cache.memo(
        ("members", couple.pk),
        lambda: tuple(m.user for m in couple.memberships.select_related("user").order_by("joined_at", "pk")),
    )
    return list(found)


def partner_of(user):
    couple = couple_of(user)
    if couple is None:
        return None
    return next((m for m in members(couple) if m.pk != user.pk), None)


def is_complete(couple: Couple) -> bool:
    return couple.memberships.count() >= MAX_MEMBERS


def create_couple(user) -> Couple:
    existing = couple_of(user)
    if existing is not None:
        return existing
    try:
        with transaction.atomic():
            couple = Couple.objects.create()
            Membership.objects.create(user=user, couple=couple)
            request_cache.clear()
    except IntegrityError:  # a double click made the couple space a moment ago
        return couple_of(user)
    membership_changed.send(sender=Couple, couple=couple, user=user, change="joined")
    return couple


def open_invite(couple: Couple, now=None) -> Invite | None:
    now = now or timezone.now()
    return couple.invites.filter(used_at__isnull=True, expires_at__gt=now).order_by("-created_at").first()


def create_invite(user, now=None) -> tuple[Invite, str]:
    """A new invite for the user's couple; older unused invites stop working. Returns the token once."""
    now = now or timezone.now()
    couple = couple_of(user)
    if couple is None:
        raise InviteProblem("no_couple")
    if is_complete(couple):
        raise InviteProblem("full")
    token = secrets.token_urlsafe(32)
    with transaction.atomic():
        couple.invites.filter(used_at__isnull=True).delete()
        invite = Invite.objects.create(
            couple=couple,
            created_by=user,
            token_hash=hash_token(token),
            expires_at=now + timedelta(days=settings.COUPLE_INVITE_DAYS),
        )
    return invite, token


def check_invite(token: str, user, now=None) -> Invite:
    """The invite behind ``token`` if ``user`` may use it; else :class:`InviteProblem`."""
    now = now or timezone.now()
    invite = Invite.objects.filter(token_hash=hash_token(token)).select_related("couple", "created_by").first()
    if invite is None:
        raise InviteProblem("unknown")
    if invite.used_at is not None:
        raise InviteProblem("used", invite)
    if invite.expires_at <= now:
        raise InviteProblem("expired", invite)
    if user.role == "coach":
        raise InviteProblem("coach", invite)
    own = couple_of(user)
    if own is not None and own.pk == invite.couple_id:
        raise InviteProblem("own", invite)
    if own is not None:
        raise InviteProblem("in_couple", invite)
    if is_complete(invite.couple):
        raise InviteProblem("full", invite)
    return invite


def accept_invite(token: str, user, now=None) -> Couple:
    now = now or timezone.now()
    try:
        with transaction.atomic():
            invite = check_invite(token, user, now)
            # Lock the invite row so two people clicking the same link cannot both get in.
            invite = Invite.objects.select_for_update().get(pk=invite.pk)
            if invite.used_at is not None:
                raise InviteProblem("used", invite)
            invite.used_at = now
            invite.save(update_fields=["used_at"])
            Membership.objects.create(user=user, couple=invite.couple)
            request_cache.clear()
    except IntegrityError:  # joined another couple space in the same instant
        raise InviteProblem("in_couple") from None
    membership_changed.send(sender=Couple, couple=invite.couple, user=user, change="joined")
    return invite.couple


def leave_couple(user) -> None:
    """Leave the couple space; the space itself goes when nobody is left in it."""
    with transaction.atomic():
        membership = Membership.objects.filter(user=user).select_related("couple").first()
        if membership is None:
            return
        couple = membership.couple
        membership.delete()
        request_cache.clear()
        Invite.objects.filter(couple=couple, created_by=user).delete()
        membership_changed.send(sender=Couple, couple=couple, user=user, change="left")
        if not couple.memberships.exists():
            couple.delete()
