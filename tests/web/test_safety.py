"""The safety check: private, only the flagged categories stored, help shown, never to the partner."""

from __future__ import annotations

import pytest
from web_cast import make_user

from heartkeys.content import load_content
from heartkeys.web.safety.models import SafetyCheck

pytestmark = pytest.mark.django_db

SAFE = {"fear": 0, "physical-harm": 0, "threats": 0, "control": 0, "forced": 0, "self-harm": 0}


def test_the_questions_come_from_the_content(login):
    body = login(make_user("sanne")).get("/safety/").content.decode()
    for item in load_content("nl").safety.screening:
        assert item.text in body


def test_safe_answers(login):
    sanne = make_user("sanne")
    client = login(sanne)
    assert client.post("/safety/", SAFE).status_code == 302
    check = SafetyCheck.objects.get(user=sanne)
    assert check.flagged == ""
    body = client.get("/safety/result/").content.decode()
    assert "Veilig Thuis" not in body


def test_flagged_answers_show_help_privately(cast, login):
    client = login(cast.anna)
    client.post("/safety/", {**SAFE, "fear": 2, "self-harm": 1})
    check = SafetyCheck.objects.get(user=cast.anna)
    assert check.flagged == "violence,crisis"
    assert not hasattr(check, "answers")  # only the outcome is kept
    body = client.get("/safety/result/").content.decode()
    assert "Veilig Thuis" in body and "113" in body and "1712" in body
    dashboard = client.get("/").content.decode()
    assert "/safety/result/" in dashboard  # a private pointer on her own home page
    for user in (cast.bram, cast.carla, cast.olaf):
        other = login(user)
        for url in ("/", "/notes/", "/couple/", "/coaching/", "/privacy/", f"/coach/couples/{cast.link.pk}/"):
            text = other.get(url).content.decode()
            assert "Veilig Thuis" not in text and "/safety/result/" not in text, (user.username, url)
    assert login(cast.bram).get("/safety/result/").status_code == 302  # bram has no check of his own


def test_help_is_in_english_too(login):
    client = login(make_user("sanne", language="en"))
    client.post("/safety/", {**SAFE, "control": 1})
    body = client.get("/safety/result/").content.decode()
    assert "Belgium" in body


def test_coach_sees_it_only_when_the_person_chooses(cast, login):
    client = login(cast.anna)
    client.post("/safety/", {**SAFE, "threats": 1})
    coach_page = f"/coach/couples/{cast.link.pk}/"
    assert "Anna" not in _safety_cards(login(cast.carla).get(coach_page).content.decode())
    assert login(cast.anna).post("/safety/share/", {"share": "1"}).status_code == 302
    assert "Anna" in _safety_cards(login(cast.carla).get(coach_page).content.decode())
    login(cast.anna).post("/safety/share/", {"share": "0"})
    assert "Anna" not in _safety_cards(login(cast.carla).get(coach_page).content.decode())


def test_sharing_does_not_carry_over_to_a_new_coach(cast, login):
    login(cast.anna).post("/safety/", {**SAFE, "threats": 1})
    login(cast.anna).post("/safety/share/", {"share": "1"})
    login(cast.anna).post("/coaching/end/")
    from web_cast import link_coach

    new_link = link_coach(cast.dora, cast.anna, cast.bram)
    assert "card--safety" not in login(cast.dora).get(f"/coach/couples/{new_link.pk}/").content.decode()


def test_sharing_needs_an_active_coach(login):
    sanne = make_user("sanne")
    client = login(sanne)
    client.post("/safety/", {**SAFE, "fear": 1})
    client.post("/safety/share/", {"share": "1"})
    assert SafetyCheck.objects.get(user=sanne).shared_with_link is None


def test_missing_answers_are_field_errors(login):
    response = login(make_user("sanne")).post("/safety/", {"fear": 0})
    assert response.status_code == 400
    assert "self-harm" in response.context["form"].errors
    response = login(make_user("joris")).post("/safety/", {**SAFE, "fear": 9})
    assert "fear" in response.context["form"].errors


def test_result_and_share_without_a_check_redirect(login):
    client = login(make_user("sanne"))
    assert client.get("/safety/result/")["Location"] == "/safety/"
    assert client.post("/safety/share/", {"share": "1"})["Location"] == "/safety/"


def test_couple_exercises_advice(login):
    from heartkeys.web.safety.domain import couple_exercises_advised, record_check

    sanne = make_user("sanne")
    assert couple_exercises_advised(sanne)
    record_check(sanne, {"forced": 1}, "nl")
    assert not couple_exercises_advised(sanne)
    record_check(sanne, SAFE, "nl")
    assert couple_exercises_advised(sanne)


def _safety_cards(body: str) -> str:
    return " ".join(part.split("</div>")[0] for part in body.split('class="card card--safety"')[1:])
