"""Django settings, read from environment variables (``HEARTKEYS_*`` and ``DATABASE_URL``).

Nothing needs to be set for a local try-out: data (an SQLite database and a generated secret key)
goes to ``HEARTKEYS_DATA_DIR``, by default the platform's user data folder. A production setup
sets at least ``HEARTKEYS_SECRET_KEY``, ``HEARTKEYS_ALLOWED_HOSTS``, ``HEARTKEYS_HTTPS=1`` and
usually ``DATABASE_URL``; docs/deploying.md lists every variable.
"""

from __future__ import annotations

import os
from pathlib import Path

from django.utils.translation import gettext_lazy as _

from .. import __version__
from .env import (
    data_dir,
    env_bool,
    env_int,
    env_list,
    load_or_create_secret_key,
    parse_database_url,
    parse_email_url,
)

PACKAGE_DIR = Path(__file__).resolve().parent
DATA_DIR = data_dir()
VERSION = __version__

DEBUG = env_bool("HEARTKEYS_DEBUG", False)
HTTPS = env_bool("HEARTKEYS_HTTPS", False)
SECRET_KEY = os.environ.get("HEARTKEYS_SECRET_KEY", "").strip() or load_or_create_secret_key(DATA_DIR)
ALLOWED_HOSTS = env_list("HEARTKEYS_ALLOWED_HOSTS", "localhost,127.0.0.1,[::1]")
CSRF_TRUSTED_ORIGINS = env_list("HEARTKEYS_CSRF_TRUSTED_ORIGINS", "")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "heartkeys.web.accounts",
    "heartkeys.web.couples",
    "heartkeys.web.coaching",
    "heartkeys.web.privacy",
    "heartkeys.web.safety",
    "heartkeys.web.programme",
    "heartkeys.web.together",
    "heartkeys.web.assessment",
    "heartkeys.web.chats",
    "heartkeys.web.api",
    "heartkeys.web.coachdesk",
    "ninja",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "heartkeys.web.middleware.BodySizeLimitMiddleware",
    "heartkeys.web.request_cache.RequestCacheMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "heartkeys.web.middleware.LanguageMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "heartkeys.web.middleware.ContentSecurityPolicyMiddleware",
]

ROOT_URLCONF = "heartkeys.web.urls"
WSGI_APPLICATION = "heartkeys.web.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [PACKAGE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "heartkeys.web.context_processors.site",
                "heartkeys.web.context_processors.safety_advice",
            ],
        },
    }
]

# --- database ----------------------------------------------------------------------------------
if os.environ.get("DATABASE_URL", "").strip():
    _db = parse_database_url(os.environ["DATABASE_URL"].strip())
else:
    _db = {"ENGINE": "django.db.backends.sqlite3", "NAME": str(DATA_DIR / "heartkeys.sqlite3")}
if _db["ENGINE"].endswith("sqlite3"):
    # WAL and IMMEDIATE transactions let several gunicorn workers write without "database is locked".
    _db["OPTIONS"] = {
        "timeout": 20,
        "transaction_mode": "IMMEDIATE",
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
    }
# Keep connections between requests: opening SQLite (and its PRAGMAs) or a PostgreSQL session
# on every request costs more than the whole query work of a typical page.
_db["CONN_MAX_AGE"] = env_int("HEARTKEYS_DB_CONN_MAX_AGE", 60)
_db["CONN_HEALTH_CHECKS"] = not _db["ENGINE"].endswith("sqlite3")
DATABASES = {"default": _db}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# A database cache is shared by all gunicorn workers (login throttling must see every attempt);
# ``heartkeys serve`` creates its table. Set HEARTKEYS_CACHE=locmem for a single process.
if os.environ.get("HEARTKEYS_CACHE", "db").strip().lower() == "locmem":
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.db.DatabaseCache", "LOCATION": "heartkeys_cache"}}
# Rendered pieces that never depend on a person (the list of the 8 keys per language): kept in each
# worker's own memory; they only change with a new release.
CACHES["fragments"] = {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "fragments"}
# Rendered home pages, per person, language, day and data version (see dataversion.py): each
# worker keeps its own; a change to any personal data makes every kept copy stale at once.
CACHES["pages"] = {
    "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
    "LOCATION": "pages",
    "TIMEOUT": 3600,
    "OPTIONS": {"MAX_ENTRIES": 2000},
}

# --- accounts ------------------------------------------------------------------------------------
AUTH_USER_MODEL = "accounts.User"
AUTHENTICATION_BACKENDS = ["heartkeys.web.accounts.backends.UsernameOrEmailBackend"]
LOGIN_URL = "accounts:login"
LOGIN_REDIRECT_URL = "home"
LOGOUT_REDIRECT_URL = "home"
PASSWORD_HASHERS = [
    "django.contrib.auth.hashers.Argon2PasswordHasher",
    "django.contrib.auth.hashers.PBKDF2PasswordHasher",
    "django.contrib.auth.hashers.PBKDF2SHA1PasswordHasher",
    "django.contrib.auth.hashers.ScryptPasswordHasher",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 10}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
PASSWORD_RESET_TIMEOUT = 60 * 60 * 24  # a reset link works for one day
LOGIN_FAILURE_LIMIT = 5
LOGIN_FAILURE_WINDOW = 15 * 60
LOGIN_LOCKOUT_SECONDS = 15 * 60
# Behind a reverse proxy REMOTE_ADDR is the proxy; with this set the last X-Forwarded-For hop counts.
TRUST_X_FORWARDED_FOR = env_bool("HEARTKEYS_TRUST_X_FORWARDED_FOR", False)

# --- sessions and cookies ----------------------------------------------------------------------
SESSION_COOKIE_AGE = 60 * 60 * 24 * 14
SESSION_EXPIRE_AT_BROWSER_CLOSE = env_bool("HEARTKEYS_SESSION_BROWSER_CLOSE", False)
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_HTTPONLY = True  # no JavaScript here reads it
CSRF_COOKIE_SAMESITE = "Lax"
CSRF_FAILURE_VIEW = "heartkeys.web.views.csrf_failure"
LANGUAGE_COOKIE_NAME = "heartkeys_lang"
LANGUAGE_COOKIE_AGE = 60 * 60 * 24 * 365
LANGUAGE_COOKIE_HTTPONLY = True
LANGUAGE_COOKIE_SAMESITE = "Lax"
SESSION_COOKIE_SECURE = CSRF_COOKIE_SECURE = LANGUAGE_COOKIE_SECURE = HTTPS

# --- security headers --------------------------------------------------------------------------
X_FRAME_OPTIONS = "DENY"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
CONTENT_SECURITY_POLICY = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; "
    "base-uri 'none'; frame-ancestors 'none'; form-action 'self'"
)
if HTTPS and not DEBUG:
    SECURE_SSL_REDIRECT = True
    # The TLS proxy in front must set (and overwrite) this header; see docs/deploying.md.
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    SECURE_HSTS_SECONDS = env_int("HEARTKEYS_HSTS_SECONDS", 60 * 60 * 24 * 365)
    SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("HEARTKEYS_HSTS_SUBDOMAINS", True)
    SECURE_HSTS_PRELOAD = env_bool("HEARTKEYS_HSTS_PRELOAD", True)
    SECURE_REDIRECT_EXEMPT = [r"^healthz$"]

# Request bodies: forms here are short texts; anything bigger is refused before it is read.
DATA_UPLOAD_MAX_MEMORY_SIZE = 256 * 1024
FILE_UPLOAD_MAX_MEMORY_SIZE = 1024 * 1024
DATA_UPLOAD_MAX_NUMBER_FIELDS = 200
#: Larger bodies allowed on these path prefixes only (the upload view checks the size again).
HEARTKEYS_CHAT_UPLOAD_MAX = env_int("HEARTKEYS_CHAT_UPLOAD_MAX", 20 * 1024 * 1024)
UPLOAD_PATH_LIMITS = {"/chats/upload/": HEARTKEYS_CHAT_UPLOAD_MAX + 64 * 1024}
HEARTKEYS_CHAT_UPLOADS_PER_HOUR = env_int("HEARTKEYS_CHAT_UPLOADS_PER_HOUR", 10)
# The JSON API: requests per person per period (live feedback while typing sends about two a second
# at most, debounced, so the default leaves room for a few minutes of steady writing).
HEARTKEYS_API_RATE_LIMIT = env_int("HEARTKEYS_API_RATE_LIMIT", 240)
HEARTKEYS_API_RATE_PERIOD = env_int("HEARTKEYS_API_RATE_PERIOD", 60)

# --- email -------------------------------------------------------------------------------------
if os.environ.get("HEARTKEYS_EMAIL_URL", "").strip():
    globals().update(parse_email_url(os.environ["HEARTKEYS_EMAIL_URL"].strip()))
elif os.environ.get("HEARTKEYS_EMAIL_HOST", "").strip():
    EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    EMAIL_HOST = os.environ["HEARTKEYS_EMAIL_HOST"].strip()
    EMAIL_PORT = env_int("HEARTKEYS_EMAIL_PORT", 587)
    EMAIL_HOST_USER = os.environ.get("HEARTKEYS_EMAIL_USER", "")
    EMAIL_HOST_PASSWORD = os.environ.get("HEARTKEYS_EMAIL_PASSWORD", "")
    EMAIL_USE_TLS = env_bool("HEARTKEYS_EMAIL_USE_TLS", EMAIL_PORT == 587)
    EMAIL_USE_SSL = env_bool("HEARTKEYS_EMAIL_USE_SSL", EMAIL_PORT == 465)
else:
    EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
DEFAULT_FROM_EMAIL = os.environ.get("HEARTKEYS_EMAIL_FROM", "Hartsleutels <noreply@localhost>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL

# --- language ------------------------------------------------------------------------------------
LANGUAGE_CODE = "nl"
LANGUAGES = [("nl", _("Dutch")), ("en", _("English"))]
LOCALE_PATHS = [PACKAGE_DIR / "locale"]
USE_I18N = True
USE_TZ = True
TIME_ZONE = os.environ.get("HEARTKEYS_TIME_ZONE", "Europe/Amsterdam")

# --- static files ------------------------------------------------------------------------------
# WhiteNoise serves the files straight from the package (and Django's admin) through the staticfiles
# finders, so ``heartkeys serve`` needs no collectstatic step and never serves stale copies. Set
# HEARTKEYS_STATIC_ROOT to collect them instead (e.g. to let a proxy serve them).
STATIC_URL = "static/"
STATICFILES_DIRS = [PACKAGE_DIR / "static"]
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = DEBUG
WHITENOISE_MAX_AGE = 60 * 60 * 24
if os.environ.get("HEARTKEYS_STATIC_ROOT", "").strip():
    STATIC_ROOT = os.environ["HEARTKEYS_STATIC_ROOT"].strip()

# --- logging -----------------------------------------------------------------------------------
# Errors go to stderr (gunicorn's log) without request bodies, which may hold intimate text.
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "loggers": {
        "django": {"handlers": ["console"], "level": os.environ.get("HEARTKEYS_LOG_LEVEL", "WARNING")},
        # 403s and 404s are everyday events here (outsiders, wrong roles): only server errors matter.
        "django.request": {"handlers": ["console"], "level": "ERROR", "propagate": False},
        "heartkeys": {"handlers": ["console"], "level": os.environ.get("HEARTKEYS_LOG_LEVEL", "INFO")},
    },
}

# Invites and codes
COUPLE_INVITE_DAYS = 7
COACH_CODE_DAYS = 14
