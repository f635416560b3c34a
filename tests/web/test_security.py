"""Headers, CSP-friendly templates, no external requests, body limits, CSRF, cookies and languages."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from django.test import Client, override_settings
from web_cast import PASSWORD, make_user

import heartkeys.web
from heartkeys.web.middleware import negotiate_language

ROOT = Path(heartkeys.web.__file__).resolve().parent
TEMPLATES = sorted(p for p in ROOT.rglob("templates/**/*") if p.is_file())
CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; "
    "base-uri 'none'; frame-ancestors 'none'; form-action 'self'"
)

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("url", ["/", "/accounts/login/", "/accounts/signup/", "/no-such-page/", "/healthz"])
def test_security_headers_on_pages(client, url):
    response = client.get(url)
    assert response["Content-Security-Policy"] == CSP
    assert response["X-Frame-Options"] == "DENY"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "same-origin"


def test_csp_on_error_and_logged_in_pages(cast, login):
    client = login(cast.anna)
    for url in ["/notes/", "/coach/", f"/notes/{cast.notes['BRAM-PRIVATE-MARKER'].pk}/"]:
        assert client.get(url)["Content-Security-Policy"] == CSP


def test_templates_have_no_inline_scripts_styles_or_handlers():
    problems = []
    for path in TEMPLATES:
        text = path.read_text(encoding="utf-8")
        # data blocks (<script type="application/json">) never run, so the CSP allows them
        if re.search(r"<script(?![^>]*\b(?:src=|type=\"application/json\"))[^>]*>", text):
            problems.append(f"{path.name}: inline <script>")
        if re.search(r"<style\b|\sstyle=", text):
            problems.append(f"{path.name}: inline style")
        if re.search(r"\son[a-z]+=", text):
            problems.append(f"{path.name}: inline event handler")
    assert not problems, problems


def test_no_external_requests_anywhere():
    """No CDN, web font or analytics: every src/href points to this server (links to tel: are fine)."""
    problems = []
    for path in [*TEMPLATES, *ROOT.rglob("static/**/*.css"), *ROOT.rglob("static/**/*.js")]:
        if not path.is_file():
            continue
        text = path.read_text(encoding="utf-8")
        for match in re.finditer(r"""(?:src|href|action)=["']([^"']*)["']|url\(([^)]*)\)|@import""", text):
            target = (match.group(1) or match.group(2) or "@import").strip("'\"")
            if target == "@import" or re.match(r"(?:https?:)?//", target):
                problems.append(f"{path.name}: {target}")
    assert not problems, problems


def test_rendered_pages_are_csp_clean(cast, login):
    client = login(cast.anna)
    for url in ["/", "/notes/", "/couple/", "/coaching/", "/safety/", "/privacy/", "/accounts/settings/"]:
        body = client.get(url).content.decode()
        assert ' style="' not in body
        assert not re.search(r"<script(?![^>]*\bsrc=)[^>]*>", body), url


def test_static_files_are_served(client):
    response = client.get("/static/heartkeys/app.css")
    assert response.status_code == 200
    css = b"".join(response.streaming_content).decode() if response.streaming else response.content.decode()
    assert "prefers-color-scheme: dark" in css and "prefers-reduced-motion" in css and ":focus-visible" in css


def test_oversized_bodies_are_refused(cast, login):
    client = login(cast.anna)
    huge = client.generic("POST", "/notes/new/", b"x", CONTENT_LENGTH=str(5 * 1024 * 1024))
    assert huge.status_code == 413
    too_much_form = client.post("/notes/new/", {"text": "x" * (300 * 1024), "visibility": "private"})
    assert too_much_form.status_code == 400
    assert not cast.anna.__class__.objects.filter(pk=cast.anna.pk, username="").exists()


def test_too_many_fields_are_refused(login, cast):
    response = login(cast.anna).post("/notes/new/", {f"f{i}": "x" for i in range(500)})
    assert response.status_code == 400


def test_csrf_is_enforced_with_a_friendly_page(cast):
    client = Client(enforce_csrf_checks=True)
    client.force_login(cast.anna)
    response = client.post("/notes/new/", {"text": "hi", "visibility": "private"})
    assert response.status_code == 403
    assert "Probeer het nog een keer" in response.content.decode()


def test_session_cookie_flags(client):
    make_user("anna")
    response = client.post("/accounts/login/", {"login": "anna", "password": PASSWORD, "remember": "on"})
    cookie = response.cookies["sessionid"]
    assert cookie["httponly"] and cookie["samesite"] == "Lax"
    assert int(cookie["max-age"]) == 14 * 24 * 3600


@override_settings(SESSION_COOKIE_SECURE=True, CSRF_COOKIE_SECURE=True)
def test_cookies_are_secure_behind_https(client):
    make_user("anna")
    response = client.post("/accounts/login/", {"login": "anna", "password": PASSWORD})
    assert response.cookies["sessionid"]["secure"]


# --- language negotiation: ?lang= → user setting → cookie → Accept-Language → Dutch --------------


@pytest.mark.parametrize(
    ("query", "user", "cookie", "accept", "expected"),
    [
        (None, None, None, "", "nl"),
        (None, None, None, "fr-FR,fr;q=0.9", "nl"),
        (None, None, None, "en-GB,en;q=0.8", "en"),
        (None, None, None, "de;q=0.9,en;q=0.5,nl;q=0.7", "nl"),
        (None, None, "en", "nl", "en"),
        (None, "nl", "en", "en", "nl"),
        ("en", "nl", "nl", "nl", "en"),
        ("xx", None, None, "en", "en"),
        (None, "", "en", "nl", "en"),
    ],
)
def test_negotiate_language(query, user, cookie, accept, expected):
    assert negotiate_language(query, user, cookie, accept) == expected


def _lang(response) -> str:
    return re.search(r'<html lang="(\w+)"', response.content.decode()).group(1)


def test_language_order_end_to_end(client):
    assert _lang(client.get("/")) == "nl"
    assert _lang(client.get("/", HTTP_ACCEPT_LANGUAGE="en-US,en;q=0.9")) == "en"
    response = client.get("/?lang=en", HTTP_ACCEPT_LANGUAGE="nl")
    assert _lang(response) == "en"
    assert response.cookies["heartkeys_lang"].value == "en"
    assert response["Content-Language"] == "en"
    assert _lang(client.get("/", HTTP_ACCEPT_LANGUAGE="nl")) == "en"  # the cookie beats the browser
    client.force_login(make_user("anna", language="nl"))
    assert _lang(client.get("/", HTTP_ACCEPT_LANGUAGE="en")) == "nl"  # the user setting beats the cookie
    assert _lang(client.get("/?lang=en")) == "en"  # an explicit ?lang= beats everything


def test_head_requests_work_where_get_does(cast, login):
    assert Client().head("/").status_code == 200
    assert login(cast.anna).head("/notes/").status_code == 200


def test_healthz(client):
    response = client.get("/healthz")
    assert response.status_code == 200 and response.content == b"ok\n"
