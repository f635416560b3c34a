"""How the API knows who is calling, and how often they may: a personal access token
(``Authorization: Bearer hk_…``) or the browser's Django session with a CSRF token."""

from __future__ import annotations

import math
import threading
import time

from django.conf import settings
from django.core.cache import cache
from ninja.errors import HttpError
from ninja.security import APIKeyCookie, HttpBearer
from ninja.throttling import BaseThrottle
from ninja.utils import check_csrf

from .tokens import user_for_token

SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "TRACE"})


class TokenAuth(HttpBearer):
    """``Authorization: Bearer hk_…``: the token's owner, if the token is active."""

    openapi_description = "A personal access token (hk_…), made on /api/tokens/."

    def authenticate(self, request, token):
        user = user_for_token(token)
        if user is not None:
            request.user = user
        return user


class SessionAuth(APIKeyCookie):
    """The logged-in browser. Unsafe methods need the CSRF token in ``X-CSRFToken``.

    Unlike ninja's own SessionAuth, an anonymous request gets 401 (not a CSRF 403): CSRF is only
    checked once there is a session user to protect.
    """

    param_name = settings.SESSION_COOKIE_NAME
    openapi_description = "The Django session of a logged-in browser; send X-CSRFToken on POST."

    def _get_key(self, request):
        return request.COOKIES.get(self.param_name)

    def authenticate(self, request, key):
        user = getattr(request, "user", None)
        if user is None or not user.is_authenticated:
            return None
        unsafe = request.method not in SAFE_METHODS and not getattr(request, "_ninja_csrf_exempt", False)
        if unsafe and check_csrf(request) is not None:
            raise HttpError(403, "CSRF check failed: send the page's CSRF token in the X-CSRFToken header.")
        return user


def rate() -> tuple[int, int]:
    """(requests, seconds) allowed per user: settings HEARTKEYS_API_RATE_LIMIT / _PERIOD."""
    limit = int(getattr(settings, "HEARTKEYS_API_RATE_LIMIT", 60))
    period = int(getattr(settings, "HEARTKEYS_API_RATE_PERIOD", 60))
    return max(limit, 1), max(period, 1)


class UserRateThrottle(BaseThrottle):
    """A fixed window per user in the Django cache (shared by all workers): at most ``limit``
    calls per ``period`` seconds; then 429 with ``Retry-After`` until the window ends."""

    def __init__(self) -> None:
        self._local = threading.local()

    def allow_request(self, request) -> bool:
        user = getattr(request, "auth", None)
        if user is None or getattr(user, "pk", None) is None:
            return True
        limit, period = rate()
        now = time.time()
        window = int(now // period)
        self._local.wait = (window + 1) * period - now
        key = f"api-rate:{user.pk}:{period}:{window}"
        # get + set instead of add/incr: with the database cache that is the fewest queries. Two
        # workers may both count the same request as the n-th; the limit is a guard, not a bill.
        count = cache.get(key, 0) + 1
        if count > limit:
            return False
        cache.set(key, count, math.ceil(self._local.wait) + 5)
        return True

    def wait(self) -> float | None:
        wait = getattr(self._local, "wait", None)
        return None if wait is None else max(1, math.ceil(wait))
