"""Small, pure helpers that turn environment variables into Django settings.

Kept apart from ``settings.py`` so they can be tested without configuring Django.
"""

from __future__ import annotations

import os
import secrets
from pathlib import Path
from urllib.parse import parse_qsl, unquote, urlsplit

TRUE = {"1", "true", "yes", "on"}
FALSE = {"0", "false", "no", "off", ""}


def env_bool(name: str, default: bool = False, environ: dict[str, str] | None = None) -> bool:
    """A boolean environment variable; anything unrecognised is an error, not a silent default."""
    value = (environ if environ is not None else os.environ).get(name)
    if value is None:
        return default
    value = value.strip().lower()
    if value in TRUE:
        return True
    if value in FALSE:
        return False
    raise ValueError(f"{name} must be 1/0, true/false, yes/no or on/off, not {value!r}")


def env_int(name: str, default: int, environ: dict[str, str] | None = None) -> int:
    value = (environ if environ is not None else os.environ).get(name, "").strip()
    if not value:
        return default
    try:
        return int(value)
    except ValueError:
        raise ValueError(f"{name} must be a whole number, not {value!r}") from None


def env_list(name: str, default: str, environ: dict[str, str] | None = None) -> list[str]:
    value = (environ if environ is not None else os.environ).get(name, default)
    return [part.strip() for part in value.split(",") if part.strip()]


_PG_SCHEMES = {"postgres", "postgresql", "pgsql", "postgis"}


def parse_database_url(url: str) -> dict:
    """A ``DATABASES["default"]`` dict for ``postgres://user:pass@host:port/name?opt=v`` or ``sqlite:///path``.

    Query parameters of a PostgreSQL URL (``sslmode=require`` …) become ``OPTIONS``.
    """
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    if scheme == "sqlite":
        # sqlite:///relative/path is unusual; sqlite:////abs/path and sqlite:///abs/path both mean absolute.
        path = unquote(parts.path)
        if path.startswith("//"):
            path = path[1:]
        if not path or path == "/":
            raise ValueError("a sqlite DATABASE_URL needs a file path, e.g. sqlite:////var/lib/heartkeys/db.sqlite3")
        return {"ENGINE": "django.db.backends.sqlite3", "NAME": path}
    if scheme not in _PG_SCHEMES:
        raise ValueError(f"DATABASE_URL must start with postgres:// or sqlite://, not {scheme or '(nothing)'}://")
    name = unquote(parts.path.lstrip("/"))
    if not name:
        raise ValueError("DATABASE_URL needs a database name, e.g. postgres://user:password@localhost:5432/heartkeys")
    config = {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": name,
        "USER": unquote(parts.username or ""),
        "PASSWORD": unquote(parts.password or ""),
        "HOST": unquote(parts.hostname or ""),
        "PORT": str(parts.port or ""),
        "OPTIONS": dict(parse_qsl(parts.query)),
    }
    return config


def parse_email_url(url: str) -> dict:
    """Django email settings for ``smtp://user:pass@host:587`` (STARTTLS) or ``smtps://…:465`` (TLS).

    ``console://`` keeps the console backend (mails are printed, the default).
    """
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    if scheme == "console":
        return {"EMAIL_BACKEND": "django.core.mail.backends.console.EmailBackend"}
    if scheme not in {"smtp", "smtps"}:
        raise ValueError(f"HEARTKEYS_EMAIL_URL must start with smtp://, smtps:// or console://, not {scheme}://")
    query = dict(parse_qsl(parts.query))
    ssl = scheme == "smtps"
    tls = not ssl and query.get("tls", "1").lower() not in FALSE
    return {
        "EMAIL_BACKEND": "django.core.mail.backends.smtp.EmailBackend",
        "EMAIL_HOST": unquote(parts.hostname or "localhost"),
        "EMAIL_PORT": parts.port or (465 if ssl else 587),
        "EMAIL_HOST_USER": unquote(parts.username or ""),
        "EMAIL_HOST_PASSWORD": unquote(parts.password or ""),
        "EMAIL_USE_SSL": ssl,
        "EMAIL_USE_TLS": tls,
    }


def default_data_dir() -> Path:
    from platformdirs import user_data_dir

    return Path(user_data_dir("heartkeys", appauthor=False))


def data_dir(environ: dict[str, str] | None = None) -> Path:
    value = (environ if environ is not None else os.environ).get("HEARTKEYS_DATA_DIR", "").strip()
    return Path(value).expanduser() if value else default_data_dir()


def load_or_create_secret_key(directory: Path) -> str:
    """The secret key stored in ``directory/secret_key``, created (mode 0600) on first use.

    Created with ``O_EXCL`` so that two processes starting at once cannot each write their own.
    """
    path = directory / "secret_key"
    try:
        return path.read_text(encoding="ascii").strip()
    except FileNotFoundError:
        pass
    directory.mkdir(parents=True, exist_ok=True, mode=0o700)
    key = secrets.token_urlsafe(64)
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        return path.read_text(encoding="ascii").strip()
    with os.fdopen(fd, "w", encoding="ascii") as handle:
        handle.write(key + "\n")
    return key
