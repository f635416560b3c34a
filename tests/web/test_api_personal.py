"""Attempts, check-ins and questionnaire results through the API: who sees what (the matrix),
and POST /api/checkins."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest
from django.test import Client
from django.utils import timezone

from heartkeys.web.api.tokens import create_token

pytestmark = pytest.mark.django_db

PARTNERS = ["anna", "bram", "olaf", "pim"]
VISIBILITIES = ["private", "partner", "coach"]
URLS = ["/api/attempts", "/api/checkins", "/api/assessments"]


@pytest.fixture
def items(cast):
    """For every partner and visibility: an attempt, a check-in and a result, each with a marker."""
    from heartkeys.web.assessment.models import CheckIn, Result
    from heartkeys.web.couples.domain import couple_of
    from heartkeys.web.programme.models import Attempt

    markers = {}
    today = timezone.localdate()
    for name in PARTNERS:
        user = getattr(cast, name)
        for n, visibility in enumerate(VISIBILITIES):
            couple = None if visibility == "private" else couple_of(user)
            marker = f"{name.upper()}-{visibility.upper()}"
            common = {"owner": user, "couple": couple, "visibility": visibility}
            Attempt.objects.create(
                **common, exercise_id="x", key="needs", text=f"{marker}-ATTEMPT", levels={"needs": 1}, finding_ids=[]
            )
            day = today - timedelta(days=n)
            CheckIn.objects.create(**common, day=day, mood=3, connected=5, note=f"{marker}-CHECKIN")
            Result.objects.create(**common, kind="self", subject=user, answers={}, scores={"needs": 3.5 + n})
            markers[marker] = (name, visibility)
    return markers


def expected_visible(viewer: str) -> set[str]:
    partner = {"anna": "bram", "bram": "anna", "olaf": "pim", "pim": "olaf"}[viewer]
    return {f"{viewer.upper()}-{v.upper()}" for v in VISIBILITIES} | {
        f"{partner.upper()}-PARTNER",
        f"{partner.upper()}-COACH",
    }


def bearer(user):
    return {"HTTP_AUTHORIZATION": f"Bearer {create_token(user, 't')[1]}"}


@pytest.mark.parametrize("viewer", PARTNERS)
def test_partners_see_their_own_and_what_their_partner_shared(cast, items, viewer):
    user = getattr(cast, viewer)
    headers = bearer(user)
    client = Client()
    attempts = client.get("/api/attempts", **headers).json()
    checkins = client.get("/api/checkins", **headers).json()
    results = client.get("/api/assessments", **headers).json()
    seen_attempts = {a["text"].removesuffix("-ATTEMPT") for a in attempts}
    seen_checkins = {c["note"].removesuffix("-CHECKIN") for c in checkins}
    assert seen_attempts == expected_visible(viewer)
    assert seen_checkins == expected_visible(viewer)
    assert len(results) == len(expected_visible(viewer))
    for row in attempts + checkins + results:
        assert row["mine"] == (row["owner_name"] == user.name)
    body = json.dumps([attempts, checkins, results])
    for marker in cast.notes:  # notes never leak through these endpoints
        assert marker not in body


@pytest.mark.parametrize("coach", ["carla", "dora"])
@pytest.mark.parametrize("url", URLS)
def test_coaches_get_403(cast, items, coach, url):
    response = Client().get(url, **bearer(getattr(cast, coach)))
    assert response.status_code == 403
    assert "COACH" not in response.content.decode().replace("coach", "")


@pytest.mark.parametrize("url", URLS)
def test_anonymous_gets_401(items, url):
    assert Client().get(url).status_code == 401


def test_session_works_too(cast, items):
    client = Client()
    client.force_login(cast.bram)
    seen = {a["text"].removesuffix("-ATTEMPT") for a in client.get("/api/attempts").json()}
    assert seen == expected_visible("bram")


def test_pagination(cast, items):
    headers = bearer(cast.anna)
    client = Client()
    first = client.get("/api/checkins?limit=2", **headers).json()
    rest = client.get("/api/checkins?limit=2&offset=2", **headers).json()
    assert len(first) == 2 and first[0]["day"] >= first[1]["day"]
    assert {c["id"] for c in first}.isdisjoint({c["id"] for c in rest})
    assert client.get("/api/checkins?limit=0", **headers).status_code == 422
    assert client.get("/api/checkins?limit=1000", **headers).status_code == 422
    assert client.get("/api/checkins?offset=-1", **headers).status_code == 422


def post(client, body, headers):
    return client.post("/api/checkins", json.dumps(body), content_type="application/json", **headers)


def test_post_checkin_creates_then_updates_today(cast):
    from heartkeys.web.assessment.models import CheckIn

    headers = bearer(cast.anna)
    client = Client()
    created = post(client, {"mood": 4, "connected": 7, "note": "fijne dag", "visibility": "partner"}, headers)
    assert created.status_code == 200, created.content
    data = created.json()
    assert data["mine"] and data["mood"] == 4 and data["visibility"] == "partner"
    assert data["day"] == timezone.localdate().isoformat()
    updated = post(client, {"mood": 2, "connected": 3}, headers).json()
    assert updated["id"] == data["id"] and updated["visibility"] == "private"
    assert CheckIn.objects.filter(owner=cast.anna).count() == 1
    # bram sees it only while shared
    post(client, {"mood": 5, "connected": 9, "visibility": "partner"}, headers)
    bram = Client().get("/api/checkins", **bearer(cast.bram)).json()
    assert [c["mood"] for c in bram if not c["mine"]] == [5]


@pytest.mark.parametrize(
    "body",
    [
        {},
        {"mood": 0, "connected": 5},
        {"mood": 6, "connected": 5},
        {"mood": 3, "connected": 11},
        {"mood": "3", "connected": 5},
        {"mood": 3.5, "connected": 5},
        {"mood": True, "connected": 5},
        {"mood": 3, "connected": 5, "note": "x" * 1001},
        {"mood": 3, "connected": 5, "visibility": "everyone"},
    ],
)
def test_post_checkin_validates(cast, body):
    response = post(Client(), body, bearer(cast.anna))
    assert response.status_code == 422
    assert response.json()["detail"]


def test_post_checkin_sharing_needs_a_couple(cast):
    from heartkeys.web.accounts.models import User

    solo = User.objects.create(username="solo", role="partner")
    response = post(Client(), {"mood": 3, "connected": 5, "visibility": "partner"}, bearer(solo))
    assert response.status_code == 422
    assert "couple" in response.json()["detail"][0]["msg"]
    assert post(Client(), {"mood": 3, "connected": 5}, bearer(solo)).status_code == 200


def test_post_checkin_session_needs_csrf_and_coach_is_refused(cast):
    client = Client(enforce_csrf_checks=True)
    client.force_login(cast.anna)
    assert post(client, {"mood": 3, "connected": 5}, {}).status_code == 403
    assert post(Client(), {"mood": 3, "connected": 5}, bearer(cast.carla)).status_code == 403
    assert post(Client(), {"mood": 3, "connected": 5}, {}).status_code == 401
