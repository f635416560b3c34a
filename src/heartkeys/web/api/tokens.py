"""Personal access tokens: create, list, revoke and check them (plain functions, no HTTP)."""

from __future__ import annotations

import hashlib
import secrets
from datetime import timedelta

from django.utils import timezone

from .models import AccessToken

PREFIX = "hk_"
#: How often ``last_used_at`` is written at most: a busy client must not cost a write per call.
LAST_USED_RESOLUTION = timedelta(minutes=1)
#: Expiry choices offered on the page (days; None = never).
EXPIRY_DAYS = (7, 30, 90, 365, None)
MAX_ACTIVE_TOKENS = 20


def hash_token(raw: str) -> str:
    return hashlib.sha256(raw.encode("utf-8", "surrogatepass")).hexdigest()


def create_token(owner, name: str, expires_in_days: int | None = None) -> tuple[AccessToken, str]:
    """Make a token for ``owner``; returns the row and the secret, which is never stored."""
    raw = PREFIX + secrets.token_urlsafe(32)
    expires_at = timezone.now() + timedelta(days=expires_in_days) if expires_in_days else None
    row = AccessToken.objects.create(
        owner=owner,
        name=name.strip()[:80],
        token_hash=hash_token(raw),
        prefix=raw[:10],
        expires_at=expires_at,
    )
    return row, raw


def tokens_of(owner):
    """All of ``owner``'s tokens, newest first (revoked ones too, so the list tells the story)."""
    return AccessToken.objects.filter(owner=owner)


def active_count(owner) -> int:
    now = timezone.now()
    qs = AccessToken.objects.filter(owner=owner, revoked_at__isnull=True)
    return qs.exclude(expires_at__lte=now).count()


def get_own_token(owner, pk: int) -> AccessToken:
    """``owner``'s token ``pk``; ``AccessToken.DoesNotExist`` for anyone else's."""
    return AccessToken.objects.get(owner=owner, pk=pk)


def revoke_token(token: AccessToken) -> None:
    if token.revoked_at is None:
        token.revoked_at = timezone.now()
        token.save(update_fields=["revoked_at"])


def user_for_token(raw: str | None):
    """The active owner of the token ``raw``, or None (unknown, revoked, expired, inactive user).

    One query (token + owner); ``last_used_at`` is written at most once a minute.
    """
    if not raw or not raw.startswith(PREFIX) or len(raw) > 200:
        return None
    try:
        token = AccessToken.objects.select_related("owner").get(token_hash=hash_token(raw))
    except AccessToken.DoesNotExist:
        return None
    now = timezone.now()
    if token.revoked_at is not None or token.is_expired(now) or not token.owner.is_active:
        return None
    if token.last_used_at is None or now - token.last_used_at >= LAST_USED_RESOLUTION:
        AccessToken.objects.filter(pk=token.pk).update(last_used_at=now)
    return token.owner
