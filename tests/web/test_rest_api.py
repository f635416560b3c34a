"""The JSON API: /api/analyze, tokens, content endpoints, docs, authorization and rate limit."""

from __future__ import annotations

import hashlib
import json
import re
from datetime import timedelta

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from heartkeys import analyze
from heartkeys.web.api import tokens as domain
from heartkeys.web.api.models import AccessToken

pytestmark = pytest.mark.django_db

REPLY = "Wat vervelend, je klinkt gefrustreerd. Wat heb je nodig?"
CONTEXT = "Ik ben zo moe van alles op mijn werk."


def bearer(raw):
    return {"HTTP_AUTHORIZATION": f"Bearer {raw}"}


def post_json(client, url, body, **extra):
    data = body if isinstance(body, (bytes, str)) else json.dumps(body)
    return client.post(url, data, content_type="application/json", **extra)


@pytest.fixture
def token(cast):
    _row, raw = domain.create_token(cast.anna, "script")
    return raw


@pytest.fixture
def csrf_client(cast):
    """A browser: logged in as anna, CSRF enforced, with the token a page's form would carry."""
    client = Client(enforce_csrf_checks=True)
    client.force_login(cast.anna)
    page = client.get("/api/tokens/")
    match = re.search(rb'name="csrfmiddlewaretoken" value="([^"]+)"', page.content)
    client.csrf = match.group(1).decode()
    return client


# --- /api/analyze ------------------------------------------------------------------------------


def test_analyze_with_token_returns_the_analyzer_result(client, token):
    response = post_json(client, "/api/analyze", {"reply": REPLY, "context": CONTEXT, "lang": "nl"}, **bearer(token))
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/json")
    assert response.json() == json.loads(json.dumps(analyze(REPLY, CONTEXT, "nl").to_dict()))
    data = response.json()
    assert data["levels"]["emotional"] == 2
    for finding in data["findings"]:
        assert data["reply"][finding["start"] : finding["end"]] == finding["text"]


def test_analyze_detects_language_and_optional_fields(client, token):
    response = post_json(
        client, "/api/analyze", {"reply": "That sounds really hard. What do you need?"}, **bearer(token)
    )
    assert response.status_code == 200
    assert response.json()["lang"] == "en"
    assert response.json()["context"] is None


def test_analyze_safety_gives_help_lines(client, token):
    data = post_json(client, "/api/analyze", {"reply": "I will kill you", "lang": "en"}, **bearer(token)).json()
    assert data["safety"] is True
    assert data["help"] and {"name", "phone", "when", "country", "description"} <= set(data["help"][0])


def test_analyze_with_session_needs_csrf(csrf_client):
    without = post_json(csrf_client, "/api/analyze", {"reply": REPLY})
    assert without.status_code == 403
    assert "CSRF" in without.json()["detail"]
    with_token = post_json(csrf_client, "/api/analyze", {"reply": REPLY}, HTTP_X_CSRFTOKEN=csrf_client.csrf)
    assert with_token.status_code == 200
    assert with_token.json()["reply"] == REPLY


@pytest.mark.parametrize(
    "headers",
    [{}, bearer("hk_not-a-real-token"), bearer(""), {"HTTP_AUTHORIZATION": "Basic abc"}, bearer("x" * 500)],
)
def test_analyze_without_valid_auth_is_401(headers, db):
    response = post_json(Client(enforce_csrf_checks=True), "/api/analyze", {"reply": REPLY}, **headers)
    assert response.status_code == 401
    assert response.json() == {"detail": "Unauthorized"}


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"reply": ""}, "reply"),
        ({"reply": "   \n "}, "reply"),
        ({}, "reply"),
        ({"reply": "x" * 5001}, "reply"),
        ({"reply": "ok", "context": "x" * 5001}, "context"),
        ({"reply": 42}, "reply"),
        ({"reply": ["a"]}, "reply"),
        ({"reply": None}, "reply"),
        ({"reply": "ok", "context": 3}, "context"),
        ({"reply": "ok", "lang": "de"}, "lang"),
        ({"reply": "ok", "lang": 1}, "lang"),
        ({"reply": "\ud800"}, "reply"),
    ],
)
def test_analyze_invalid_input_is_422_naming_the_field(client, token, body, field):
    response = post_json(client, "/api/analyze", json.dumps(body), **bearer(token))
    assert response.status_code == 422
    detail = response.json()["detail"]
    assert any(field in err["loc"] for err in detail), detail
    assert all(err["msg"] for err in detail)


@pytest.mark.parametrize(
    "body", [b"\xff\xfe\x00\x01junk", b"{not json", b"\x89PNG\r\n\x1a\n", b"[]", b'"text"', b"null"]
)
def test_analyze_junk_body_is_422(client, token, body):
    response = post_json(client, "/api/analyze", body, **bearer(token))
    assert response.status_code == 422
    assert response.json()["detail"]


def test_analyze_exactly_5000_characters_is_fine(client, token):
    response = post_json(client, "/api/analyze", {"reply": "a" * 5000, "context": "b" * 5000}, **bearer(token))
    assert response.status_code == 200


def test_analyze_wrong_method_is_405(client, token):
    assert client.get("/api/analyze", **bearer(token)).status_code == 405


def test_analyze_rate_limit_429_with_retry_after(client, token, settings):
    settings.HEARTKEYS_API_RATE_LIMIT = 3
    settings.HEARTKEYS_API_RATE_PERIOD = 60
    statuses = [post_json(client, "/api/analyze", {"reply": REPLY}, **bearer(token)).status_code for _ in range(3)]
    assert statuses == [200, 200, 200]
    limited = post_json(client, "/api/analyze", {"reply": REPLY}, **bearer(token))
    assert limited.status_code == 429
    assert 1 <= int(limited["Retry-After"]) <= 60
    assert limited.json()["detail"]


def test_rate_limit_is_per_user_across_tokens_and_session(cast, client, token, settings):
    settings.HEARTKEYS_API_RATE_LIMIT = 2
    _row, second = domain.create_token(cast.anna, "other script")
    assert post_json(client, "/api/analyze", {"reply": REPLY}, **bearer(token)).status_code == 200
    assert post_json(client, "/api/analyze", {"reply": REPLY}, **bearer(second)).status_code == 200
    assert post_json(client, "/api/analyze", {"reply": REPLY}, **bearer(second)).status_code == 429
    _row, bram = domain.create_token(cast.bram, "bram")
    assert post_json(client, "/api/analyze", {"reply": REPLY}, **bearer(bram)).status_code == 200


def test_analyze_uses_few_queries(client, token):
    post_json(client, "/api/analyze", {"reply": REPLY}, **bearer(token))  # warm up, last_used write
    with CaptureQueriesContext(connection) as queries:
        response = post_json(client, "/api/analyze", {"reply": REPLY}, **bearer(token))
    assert response.status_code == 200
    # the token with its owner, and the rate-limit counter in the database cache (get + set)
    sql = [q["sql"] for q in queries if "SAVEPOINT" not in q["sql"]]
    assert len(sql) <= 6, sql
    assert not any("UPDATE" in q["sql"] and "api_accesstoken" in q["sql"] for q in queries)


# --- tokens ------------------------------------------------------------------------------------


def test_token_page_needs_login(client):
    response = client.get("/api/tokens/")
    assert response.status_code == 302
    assert "/accounts/login/" in response["Location"]


@pytest.mark.parametrize("who", ["anna", "carla"])
def test_create_token_shows_it_once_and_stores_only_a_hash(cast, login, who):
    client = login(getattr(cast, who))
    response = client.post("/api/tokens/", {"name": "my script", "expires": "30"})
    assert response.status_code == 200
    assert response["Cache-Control"] == "no-store"
    raw = re.search(rb"hk_[A-Za-z0-9_-]{20,}", response.content).group(0).decode()
    row = AccessToken.objects.get(owner=getattr(cast, who))
    assert row.token_hash == hashlib.sha256(raw.encode()).hexdigest()
    assert raw not in {row.name, row.prefix, row.token_hash}
    assert raw.startswith(row.prefix)
    assert timedelta(days=29) < row.expires_at - timezone.now() <= timedelta(days=30)
    listing = client.get("/api/tokens/")
    assert raw.encode() not in listing.content
    assert b"my script" in listing.content and row.prefix.encode() in listing.content
    # it works for the API, as its owner
    keys = Client().get("/api/keys", **bearer(raw))
    assert keys.status_code == 200


def test_create_token_validates(cast, login):
    client = login(cast.anna)
    response = client.post("/api/tokens/", {"name": "   ", "expires": "30"})
    assert response.status_code == 200
    assert not AccessToken.objects.exists()
    assert b"errorlist" in response.content
    assert client.post("/api/tokens/", {"name": "x" * 81, "expires": "7"}).status_code == 200
    assert client.post("/api/tokens/", {"name": "ok", "expires": "9999"}).status_code == 200
    assert not AccessToken.objects.exists()


def test_create_token_without_expiry(cast, login):
    login(cast.anna).post("/api/tokens/", {"name": "forever", "expires": ""})
    assert AccessToken.objects.get().expires_at is None


def test_token_limit(cast, login):
    for n in range(domain.MAX_ACTIVE_TOKENS):
        domain.create_token(cast.anna, f"t{n}")
    response = login(cast.anna).post("/api/tokens/", {"name": "one more", "expires": "7"})
    assert AccessToken.objects.filter(owner=cast.anna).count() == domain.MAX_ACTIVE_TOKENS
    assert b"te veel" in response.content


def test_token_page_in_dutch_and_english(cast, login):
    client = login(cast.anna)
    assert b"Je tokens" in client.get("/api/tokens/?lang=nl").content
    assert b"Your tokens" in client.get("/api/tokens/?lang=en").content


def test_revoke_token(cast, login, client):
    row, raw = domain.create_token(cast.anna, "script")
    assert client.get("/api/keys", **bearer(raw)).status_code == 200
    browser = login(cast.anna)
    assert browser.get(f"/api/tokens/{row.pk}/revoke/").status_code == 405
    response = browser.post(f"/api/tokens/{row.pk}/revoke/")
    assert response.status_code == 302
    row.refresh_from_db()
    assert row.revoked_at is not None
    browser.logout()
    assert Client().get("/api/keys", **bearer(raw)).status_code == 401


def test_expired_token_is_401(cast):
    row, raw = domain.create_token(cast.anna, "short", expires_in_days=7)
    assert Client().get("/api/keys", **bearer(raw)).status_code == 200
    AccessToken.objects.filter(pk=row.pk).update(expires_at=timezone.now() - timedelta(seconds=1))
    assert Client().get("/api/keys", **bearer(raw)).status_code == 401


def test_inactive_owner_token_is_401(cast):
    _row, raw = domain.create_token(cast.anna, "script")
    cast.anna.is_active = False
    cast.anna.save()
    assert Client().get("/api/keys", **bearer(raw)).status_code == 401


def test_last_used_is_recorded(cast):
    row, raw = domain.create_token(cast.anna, "script")
    assert row.last_used_at is None
    Client().get("/api/keys", **bearer(raw))
    row.refresh_from_db()
    assert row.last_used_at is not None


@pytest.mark.parametrize("who", ["bram", "carla", "dora", "olaf", "pim"])
def test_others_cannot_see_or_revoke_a_token(cast, login, who):
    row, _raw = domain.create_token(cast.anna, "ANNA-TOKEN-NAME")
    client = login(getattr(cast, who))
    assert b"ANNA-TOKEN-NAME" not in client.get("/api/tokens/").content
    assert row.prefix.encode() not in client.get("/api/tokens/").content
    assert client.post(f"/api/tokens/{row.pk}/revoke/").status_code == 404
    row.refresh_from_db()
    assert row.revoked_at is None


def test_anonymous_cannot_revoke(cast, client):
    row, _raw = domain.create_token(cast.anna, "script")
    assert client.post(f"/api/tokens/{row.pk}/revoke/").status_code == 302
    assert client.post("/api/tokens/99999/revoke/").status_code == 302
    row.refresh_from_db()
    assert row.revoked_at is None


def test_revoke_unknown_id_is_404(cast, login):
    assert login(cast.anna).post("/api/tokens/99999/revoke/").status_code == 404


def test_export_lists_token_metadata_without_secrets(cast):
    from heartkeys.web.api.export import export_user
    from heartkeys.web.privacy.export import export_user as full_export

    row, raw = domain.create_token(cast.anna, "script", expires_in_days=30)
    data = export_user(cast.anna)
    assert data["access_tokens"][0]["name"] == "script"
    assert data["access_tokens"][0]["prefix"] == row.prefix
    dumped = json.dumps(full_export(cast.anna))
    assert raw not in dumped and row.token_hash not in dumped
    assert json.loads(dumped)["api"]["access_tokens"][0]["expires_at"]
    assert export_user(cast.bram) == {"access_tokens": []}


def test_tokens_are_deleted_with_the_account(cast):
    from django.db import models

    assert AccessToken._meta.get_field("owner").remote_field.on_delete is models.CASCADE
    domain.create_token(cast.anna, "script")
    domain.create_token(cast.bram, "script")
    cast.anna.delete()
    assert list(AccessToken.objects.values_list("owner__username", flat=True)) == ["bram"]


# --- content endpoints and the authorization matrix ---------------------------------------------

ENDPOINTS = ["/api/keys", "/api/keys/curious", "/api/exercises", "/api/exercises?key=needs"]
CAST = ["anna", "bram", "carla", "dora", "olaf", "pim"]


@pytest.mark.parametrize("url", [*ENDPOINTS, "/api/openapi.json"])
def test_anonymous_gets_401_on_every_endpoint(db, url):
    response = Client().get(url)
    if url.endswith("openapi.json"):
        assert response.status_code == 200  # the schema is public: it holds no personal data
    else:
        assert response.status_code == 401


@pytest.mark.parametrize("who", CAST)
@pytest.mark.parametrize("how", ["token", "session"])
def test_every_cast_member_reads_content(cast, who, how):
    client = Client()
    headers = {}
    if how == "token":
        headers = bearer(domain.create_token(getattr(cast, who), "t")[1])
    else:
        client.force_login(getattr(cast, who))
    for url in ENDPOINTS:
        response = client.get(url, **headers)
        assert response.status_code == 200, (who, url)
        body = response.content
        for marker in [*cast.notes, *cast.coach_notes]:
            assert marker.encode() not in body


def test_keys_in_both_languages(client, token):
    nl = client.get("/api/keys?lang=nl", **bearer(token)).json()
    en = client.get("/api/keys?lang=en", **bearer(token)).json()
    assert [k["code"] for k in nl] == [k["code"] for k in en]
    assert len(nl) == 8 and nl[0]["name"] != en[0]["name"]
    one = client.get("/api/keys/needs?lang=en", **bearer(token)).json()
    assert one["code"] == "needs" and one["lesson"] and one["facets"]


def test_language_follows_the_users_setting(cast, client, token):
    cast.anna.language = "en"
    cast.anna.save()
    from heartkeys.content import load_content

    names = [k["name"] for k in client.get("/api/keys", **bearer(token)).json()]
    assert names == [k.name for k in load_content("en").keys]


def test_unknown_key_and_exercise_are_404(client, token):
    assert client.get("/api/keys/nope", **bearer(token)).status_code == 404
    assert client.get("/api/exercises/nope", **bearer(token)).status_code == 404
    assert client.get("/api/exercises?key=nope", **bearer(token)).status_code == 422
    assert client.get("/api/keys?lang=de", **bearer(token)).status_code == 422


def test_exercises_filter_and_detail(client, token):
    listed = client.get("/api/exercises?key=needs&lang=en", **bearer(token)).json()
    assert listed and all(e["key"] == "needs" for e in listed)
    detail = client.get(f"/api/exercises/{listed[0]['id']}?lang=en", **bearer(token)).json()
    assert detail["id"] == listed[0]["id"] and detail["instructions"]


# --- docs --------------------------------------------------------------------------------------


def test_docs_page_is_local_and_csp_safe(db):
    response = Client().get("/api/docs")
    assert response.status_code == 200
    html = response.content.decode()
    assert "script-src 'self'" in response["Content-Security-Policy"]
    urls = re.findall(r'(?:src|href)="([^"]+)"', html)
    assert urls and all(u.startswith("/") and not u.startswith("//") for u in urls), urls
    assert "http://" not in html and "https://" not in html
    # no inline script (only a JSON data block), no inline style
    scripts = re.findall(r"<script([^>]*)>(.*?)</script>", html, re.S)
    for attrs, body in scripts:
        assert "src=" in attrs or 'type="application/json"' in attrs
        if "src=" in attrs:
            assert not body.strip()
    assert "style=" not in html and "<style" not in html
    assert json.loads(re.search(r'id="swagger-settings">(.*?)</script>', html, re.S).group(1))["validatorUrl"] is None
    for url in urls:
        if url.startswith("/static/"):
            assert Client().get(url).status_code == 200, url


def test_openapi_schema(db):
    schema = Client().get("/api/openapi.json").json()
    assert {"/api/analyze", "/api/keys", "/api/keys/{code}", "/api/exercises", "/api/exercises/{exercise_id}"} <= set(
        schema["paths"]
    )
    analyze_op = schema["paths"]["/api/analyze"]["post"]
    assert {"200", "401", "422", "429"} <= set(analyze_op["responses"])
