"""Our own middleware: body-size limit, language choice and the Content-Security-Policy header."""

from __future__ import annotations

from django.conf import settings
from django.shortcuts import render
from django.utils import translation
from django.utils.translation.trans_real import get_supported_language_variant, parse_accept_lang_header

SUPPORTED = tuple(code for code, _name in settings.LANGUAGES)


def negotiate_language(query: str | None, user_setting: str | None, cookie: str | None, accept: str) -> str:
    """The language for a request: ``?lang=`` → the user's setting → cookie → Accept-Language → Dutch."""
    for candidate in (query, user_setting, cookie):
        if candidate in SUPPORTED:
            return candidate
    for code, _quality in parse_accept_lang_header(accept or ""):
        if code == "*":
            break
        try:
            variant = get_supported_language_variant(code)
        except LookupError:
            continue
        if variant in SUPPORTED:
            return variant
    return settings.LANGUAGE_CODE


class LanguageMiddleware:
    """Runs after LocaleMiddleware and authentication, so the user's own setting can win.

    LocaleMiddleware stays in the stack for what it does on the way out (``Vary`` and
    ``Content-Language``); the choice itself is made here so that its order is explicit.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        query = request.GET.get("lang")
        user = getattr(request, "user", None)
        user_setting = user.language if user is not None and user.is_authenticated else None
        lang = negotiate_language(
            query,
            user_setting,
            request.COOKIES.get(settings.LANGUAGE_COOKIE_NAME),
            request.META.get("HTTP_ACCEPT_LANGUAGE", ""),
        )
        translation.activate(lang)
        request.LANGUAGE_CODE = lang
        response = self.get_response(request)
        if query in SUPPORTED:
            # Remember an explicit choice for the next visit, like a language switch should.
            response.set_cookie(
                settings.LANGUAGE_COOKIE_NAME,
                query,
                max_age=settings.LANGUAGE_COOKIE_AGE,
                secure=settings.LANGUAGE_COOKIE_SECURE,
                httponly=settings.LANGUAGE_COOKIE_HTTPONLY,
                samesite=settings.LANGUAGE_COOKIE_SAMESITE,
            )
        return response


class BodySizeLimitMiddleware:
    """Refuse a request whose declared body is too large with 413, before anything reads it.

    Django would refuse it too (``RequestDataTooBig`` → 400), but only once the body is parsed;
    answering early keeps a worker from spending time on a body nobody wants.
    """

    def __init__(self, get_response):
        self.get_response = get_response
        self.limit = max(settings.DATA_UPLOAD_MAX_MEMORY_SIZE, settings.FILE_UPLOAD_MAX_MEMORY_SIZE)
        #: Paths (prefixes) that take a larger upload, e.g. a chat export: {prefix: limit in bytes}.
        self.upload_paths = dict(getattr(settings, "UPLOAD_PATH_LIMITS", {}))

    def _limit_for(self, path: str) -> int:
        for prefix, limit in self.upload_paths.items():
            if path.startswith(prefix):
                return max(limit, self.limit)
        return self.limit

    def __call__(self, request):
        try:
            length = int(request.META.get("CONTENT_LENGTH") or 0)
        except ValueError:
            length = 0
        if length > self._limit_for(request.path_info):
            return render(request, "413.html", status=413)
        return self.get_response(request)


class ContentSecurityPolicyMiddleware:
    """A strict CSP on every response: only our own scripts, styles and images, no framing."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        response.headers.setdefault("Content-Security-Policy", settings.CONTENT_SECURITY_POLICY)
        response.headers.setdefault("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=()")
        return response
