"""Environment-driven settings: parsers, the secret key file, and a clean `check --deploy`."""

from __future__ import annotations

import os
import stat
import subprocess
import sys

import pytest
from django.conf import settings

from heartkeys.web.env import env_bool, env_list, load_or_create_secret_key, parse_database_url, parse_email_url


def test_postgres_url():
    config = parse_database_url("postgres://hk:p%40ss%2Fw@db.internal:6543/heartkeys?sslmode=require")
    assert config == {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "heartkeys",
        "USER": "hk",
        "PASSWORD": "p@ss/w",
        "HOST": "db.internal",
        "PORT": "6543",
        "OPTIONS": {"sslmode": "require"},
    }
    assert parse_database_url("postgresql:///heartkeys")["HOST"] == ""


def test_sqlite_url():
    assert parse_database_url("sqlite:////var/lib/hk/db.sqlite3")["NAME"] == "/var/lib/hk/db.sqlite3"
    assert parse_database_url("sqlite:///var/lib/hk/db.sqlite3")["NAME"] == "/var/lib/hk/db.sqlite3"


@pytest.mark.parametrize("url", ["mysql://x@y/z", "postgres://host/", "sqlite://", "nonsense"])
def test_bad_database_urls(url):
    with pytest.raises(ValueError):
        parse_database_url(url)


def test_email_urls():
    smtp = parse_email_url("smtp://mailer:s%3Acret@mail.example.org:587")
    assert smtp["EMAIL_HOST"] == "mail.example.org" and smtp["EMAIL_HOST_PASSWORD"] == "s:cret"
    assert smtp["EMAIL_USE_TLS"] and not smtp["EMAIL_USE_SSL"]
    smtps = parse_email_url("smtps://mail.example.org")
    assert smtps["EMAIL_PORT"] == 465 and smtps["EMAIL_USE_SSL"] and not smtps["EMAIL_USE_TLS"]
    assert parse_email_url("smtp://localhost:25?tls=0")["EMAIL_USE_TLS"] is False
    assert parse_email_url("console://")["EMAIL_BACKEND"].endswith("console.EmailBackend")
    with pytest.raises(ValueError):
        parse_email_url("http://example.org")


def test_env_helpers():
    assert env_bool("X", environ={"X": "Yes"}) is True
    assert env_bool("X", environ={"X": "0"}) is False
    assert env_bool("X", True, environ={}) is True
    with pytest.raises(ValueError):
        env_bool("X", environ={"X": "maybe"})
    assert env_list("H", "a", environ={"H": " a.org, b.org ,"}) == ["a.org", "b.org"]


def test_secret_key_is_created_once_with_private_permissions(tmp_path):
    key = load_or_create_secret_key(tmp_path / "data")
    path = tmp_path / "data" / "secret_key"
    assert len(key) >= 50
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert load_or_create_secret_key(tmp_path / "data") == key


def test_defaults():
    assert (
        settings.PASSWORD_HASHERS[0] == "django.contrib.auth.hashers.Argon2PasswordHasher" or settings.PASSWORD_HASHERS
    )
    from heartkeys.web import settings as module

    assert module.PASSWORD_HASHERS[0].endswith("Argon2PasswordHasher")
    assert module.LANGUAGE_CODE == "nl" and [c for c, _ in module.LANGUAGES] == ["nl", "en"]
    assert module.DEBUG is False
    assert module.SESSION_COOKIE_AGE == 14 * 24 * 3600
    assert module.X_FRAME_OPTIONS == "DENY"
    assert module.LOCALE_PATHS[0].is_dir()
    assert module.DATABASES["default"]["ENGINE"] in {"django.db.backends.sqlite3", "django.db.backends.postgresql"}


def _run_django(env: dict[str, str], *args: str) -> subprocess.CompletedProcess:
    base = {k: v for k, v in os.environ.items() if not k.startswith("HEARTKEYS_") and k != "DJANGO_SETTINGS_MODULE"}
    full = {**base, "DJANGO_SETTINGS_MODULE": "heartkeys.web.settings", **env}
    return subprocess.run(
        [sys.executable, "-m", "django", *args], env=full, capture_output=True, text=True, timeout=120, check=False
    )


def test_check_deploy_is_clean_in_production(tmp_path):
    env = {
        "HEARTKEYS_DATA_DIR": str(tmp_path),
        "HEARTKEYS_DEBUG": "0",
        "HEARTKEYS_HTTPS": "1",
        "HEARTKEYS_SECRET_KEY": "Xq7" + "pL9mZ2vR" * 8,
        "HEARTKEYS_ALLOWED_HOSTS": "example.org",
    }
    result = _run_django(env, "check", "--deploy", "--fail-level", "WARNING")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout
    assert not (tmp_path / "secret_key").exists()  # a key from the environment is never written


def test_settings_from_the_environment(tmp_path):
    env = {
        "HEARTKEYS_DATA_DIR": str(tmp_path),
        "DATABASE_URL": "postgres://hk:pw@db:5432/heartkeys",
        "HEARTKEYS_EMAIL_URL": "smtp://u:p@mail.example.org:587",
        "HEARTKEYS_ALLOWED_HOSTS": "hk.example.org",
    }
    code = (
        "import django; django.setup(); from django.conf import settings as s; "
        "print(s.DATABASES['default']['ENGINE'], s.EMAIL_HOST, s.ALLOWED_HOSTS[0], s.CACHES['default']['BACKEND'])"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        env={**{k: v for k, v in os.environ.items() if not k.startswith("HEARTKEYS_") and k != "DATABASE_URL"}, **env},
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    engine, host, allowed, cache = result.stdout.split()
    assert engine == "django.db.backends.postgresql" and host == "mail.example.org" and allowed == "hk.example.org"
    assert cache.endswith("DatabaseCache")
    key_file = tmp_path / "secret_key"
    assert stat.S_IMODE(key_file.stat().st_mode) == 0o600


def test_every_environment_variable_is_documented():
    import re
    from pathlib import Path

    import heartkeys.web

    web = Path(heartkeys.web.__file__).resolve().parent
    docs = (web.parents[2] / "docs" / "deploying.md").read_text(encoding="utf-8")
    used = {"DATABASE_URL"}
    for path in web.rglob("*.py"):
        used |= set(re.findall(r"HEARTKEYS_[A-Z_]+[A-Z]", path.read_text(encoding="utf-8")))
    missing = sorted(name for name in used if f"`{name}`" not in docs)
    assert not missing, f"not in docs/deploying.md: {missing}"
