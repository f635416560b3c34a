"""Login throttling with the cache: after too many failures per username + IP, refuse for a while.

Only a hash of the username and address is stored, never the name itself.
"""

from __future__ import annotations

import hashlib
import time

from django.conf import settings
from django.core.cache import cache


def _digest(login: str, ip: str) -> str:
    return hashlib.sha256(f"{login.strip().lower()}|{ip}".encode()).hexdigest()


def _keys(login: str, ip: str) -> tuple[str, str]:
    digest = _digest(login, ip)
    return f"login-fails:{digest}", f"login-locked:{digest}"


def is_locked(login: str, ip: str) -> bool:
    return cache.get(_keys(login, ip)[1]) is not None


def record_failure(login: str, ip: str, now: float | None = None) -> bool:
    """Count a failed attempt; returns True when this one locks the login."""
    now = time.time() if now is None else now
    fails_key, locked_key = _keys(login, ip)
    window = settings.LOGIN_FAILURE_WINDOW
    fails = [t for t in cache.get(fails_key, []) if t > now - window] + [now]
    if len(fails) >= settings.LOGIN_FAILURE_LIMIT:
        cache.set(locked_key, now, settings.LOGIN_LOCKOUT_SECONDS)
        cache.delete(fails_key)
        return True
    cache.set(fails_key, fails, window)
    return False


def clear(login: str, ip: str) -> None:
    cache.delete_many(list(_keys(login, ip)))


def client_ip(request) -> str:
    """The client's address; behind a trusted proxy the last X-Forwarded-For hop (the proxy's view)."""
    if settings.TRUST_X_FORWARDED_FOR:
        forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
        hops = [h.strip() for h in forwarded.split(",") if h.strip()]
        if hops:
            return hops[-1]
    return request.META.get("REMOTE_ADDR", "")
