"""Coaching: codes, consent of both partners, ending it, the coach's private notes and the access log."""

from __future__ import annotations

import re
from datetime import timedelta

import pytest
from django.utils import timezone
from web_cast import make_couple, make_user

from heartkeys.web.coaching import domain
from heartkeys.web.coaching.models import AccessLog, CoachCode, CoachLink

pytestmark = pytest.mark.django_db


@pytest.fixture
def pair():
    sanne, joris = make_user("sanne"), make_user("joris")
    make_couple(sanne, joris)
    return sanne, joris


def _new_code(client) -> str:
    body = client.post("/coach/codes/").content.decode()
    return re.search(r'id="coach-code">([A-Z0-9-]+)<', body).group(1)


def test_coach_gives_code_both_consent_then_coach_sees(client, pair):
    sanne, joris = pair
    coach = make_user("carla", role="coach")
    client.force_login(coach)
    code = _new_code(client)
    assert CoachCode.objects.get().code_hash != code  # stored hashed

    client.force_login(sanne)
    response = client.post("/coaching/code/", {"code": code.lower().replace("-", " "), "consent": "on"})
    assert response.status_code == 302
    link = CoachLink.objects.get()
    assert not domain.is_active(link)

    client.force_login(coach)
    assert client.get(f"/coach/couples/{link.pk}/").status_code == 404
    coach_home = client.get("/coach/").content.decode()
    assert "Sanne" not in coach_home and "Joris" not in coach_home  # no names before both agree

    client.force_login(joris)
    assert "Carla" in client.get("/coaching/").content.decode()
    assert client.post("/coaching/consent/").status_code == 302
    assert domain.is_active(link)

    client.force_login(coach)
    assert client.get(f"/coach/couples/{link.pk}/").status_code == 200
    assert "Sanne" in client.get("/coach/").content.decode()


def test_code_needs_the_consent_box(login, pair):
    coach = make_user("carla", role="coach")
    _row, code = domain.create_code(coach)
    response = login(pair[0]).post("/coaching/code/", {"code": code})
    assert response.status_code == 400
    assert "consent" in response.context["form"].errors
    assert not CoachLink.objects.exists()


@pytest.mark.parametrize("problem", ["bad", "used", "expired"])
def test_bad_codes_are_field_errors(login, pair, problem):
    coach = make_user("carla", role="coach")
    now = timezone.now() - timedelta(days=30) if problem == "expired" else None
    row, code = domain.create_code(coach, now=now)
    if problem == "used":
        row.used_at = timezone.now()
        row.save()
    if problem == "bad":
        code = "WRONG-CODE1"
    response = login(pair[0]).post("/coaching/code/", {"code": code, "consent": "on"})
    assert response.status_code == 400
    assert "code" in response.context["form"].errors


def test_solo_person_cannot_bring_a_coach(login):
    coach = make_user("carla", role="coach")
    _row, code = domain.create_code(coach)
    response = login(make_user("sanne")).post("/coaching/code/", {"code": code, "consent": "on"})
    assert response.status_code == 400
    assert not CoachLink.objects.exists()


def test_one_open_link_per_couple(cast, login):
    _row, code = domain.create_code(cast.dora)
    response = login(cast.anna).post("/coaching/code/", {"code": code, "consent": "on"})
    assert response.status_code == 400
    assert CoachLink.objects.filter(couple=cast.couple, ended_at__isnull=True).count() == 1


def test_either_partner_can_end_it_at_once(cast, login):
    assert login(cast.bram).post("/coaching/end/").status_code == 302
    cast.link.refresh_from_db()
    assert cast.link.ended_at is not None
    assert login(cast.carla).get(f"/coach/couples/{cast.link.pk}/").status_code == 404
    # A decline of a waiting request is the same action.
    login(cast.pim).post("/coaching/end/")
    cast.dora_link.refresh_from_db()
    assert cast.dora_link.ended_at is not None


def test_consent_without_a_request_is_404(login):
    sanne, joris = make_user("sanne"), make_user("joris")
    make_couple(sanne, joris)
    assert login(sanne).post("/coaching/consent/").status_code == 404


def test_coach_sees_only_items_shared_with_the_coach(cast, login):
    body = login(cast.carla).get(f"/coach/couples/{cast.link.pk}/").content.decode()
    assert "ANNA-COACH-MARKER" in body and "BRAM-COACH-MARKER" in body
    assert "ANNA-PARTNER-MARKER" not in body and "ANNA-PRIVATE-MARKER" not in body


def test_every_coach_view_is_logged_and_readable_by_both(cast, login):
    carla = login(cast.carla)
    carla.get(f"/coach/couples/{cast.link.pk}/")
    carla.get(f"/coach/couples/{cast.link.pk}/")
    assert AccessLog.objects.filter(couple=cast.couple, coach=cast.carla).count() == 2
    for partner in (cast.anna, cast.bram):
        body = login(partner).get("/coaching/log/").content.decode()
        assert body.count("Carla") >= 2
    assert "Carla" not in login(cast.olaf).get("/coaching/log/").content.decode()


def test_refused_views_are_not_logged(cast, login):
    login(cast.dora).get(f"/coach/couples/{cast.dora_link.pk}/")
    assert not AccessLog.objects.exists()


def test_coach_notes_are_private_to_the_coach(cast, login):
    carla = login(cast.carla)
    response = carla.post(f"/coach/couples/{cast.link.pk}/notes/", {"text": "SESSION-THREE-PLAN"})
    assert response.status_code == 302
    for user in (cast.anna, cast.bram, cast.dora, cast.olaf):
        client = login(user)
        for url in ("/", "/notes/", "/coaching/", "/coaching/log/", f"/coach/couples/{cast.link.pk}/notes/"):
            assert "SESSION-THREE-PLAN" not in client.get(url).content.decode()
    assert "SESSION-THREE-PLAN" in login(cast.carla).get(f"/coach/couples/{cast.link.pk}/").content.decode()


def test_coach_note_errors_and_delete(cast, login):
    carla = login(cast.carla)
    assert carla.post(f"/coach/couples/{cast.link.pk}/notes/", {"text": ""}).status_code == 400
    note = cast.coach_notes["CARLA-NOTE-MARKER"]
    assert login(cast.dora).post(f"/coach/couples/{cast.link.pk}/notes/{note.pk}/delete/").status_code == 404
    carla = login(cast.carla)
    assert carla.post(f"/coach/couples/{cast.link.pk}/notes/{note.pk}/delete/").status_code == 302
    assert not cast.link.notes.exists()


def test_partner_pages_show_each_state(cast, login):
    assert "Carla" in login(cast.anna).get("/coaching/").content.decode()
    body = login(cast.pim).get("/coaching/").content.decode()
    assert "Dora" in body and "/coaching/consent/" in body
    body = login(cast.olaf).get("/coaching/").content.decode()
    assert "/coaching/consent/" not in body
    assert login(make_user("sanne")).get("/coaching/").status_code == 200
