"""A cache that lives for one request: the same question asked twice while a page is built costs one query.

:class:`RequestCacheMiddleware` gives every request an empty dict (in a context variable, so threads
and requests never share it); :func:`memo` answers from it. Outside a request (tests calling domain
functions, management commands) nothing is cached. Code that changes what a memo holds calls
:func:`clear`.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from contextvars import ContextVar
from typing import TypeVar

T = TypeVar("T")

_cache: ContextVar[dict | None] = ContextVar("heartkeys_request_cache", default=None)


def memo(key: Hashable, compute: Callable[[], T]) -> T:
    """``compute()``, remembered under ``key`` until the end of the current request."""
    cache = _cache.get()
    if cache is None:
        return compute()
    try:
        return cache[key]
    except KeyError:
        value = cache[key] = compute()
        return value


def clear() -> None:
    """Forget everything remembered in this request (after a change to memberships, say)."""
    cache = _cache.get()
    if cache is not None:
        cache.clear()


class RequestCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        token = _cache.set({})
        try:
            return self.get_response(request)
        finally:
            _cache.reset(token)
