"""The progress page and the home page's next step: modules, feedback per key, check-ins, questionnaire."""

from __future__ import annotations

import pytest
from django.test import Client
from web_cast import make_user

from heartkeys.web.assessment import domain as assessment
from heartkeys.web.programme import domain as programme
from heartkeys.web.programme.models import Attempt


def _attempt(user, key: str, level: int, visibility: str = "private") -> Attempt:
    return Attempt.objects.create(
        owner=user, exercise_id=f"{key}-x", key=key, text="…", levels={key: level}, visibility=visibility
    )


def test_progress_page_shows_modules_feedback_checkins_and_questionnaire(cast, login):
    client = login(cast.anna)
    _attempt(cast.anna, "emotional", 1)
    _attempt(cast.anna, "emotional", 2)
    assessment.save_checkin(cast.anna, mood=4, connected=8, note="ANNA-CHECKIN-NOTE")
    body = client.get("/progress/").content.decode()
    assert "Je voortgang" in body
    assert "0 van de 8 sleutels afgerond" in body
    assert "Emotionele empathie" in body and "/progress/keys.svg" in body
    assert "/assessment/checkins/me.svg?days=30" in body
    assert ">8<" in body  # the check-in's connection score in the table
    assert "ANNA-CHECKIN-NOTE" not in body  # notes stay on the check-in pages
    assert "Vul de vragenlijst in" in body


def test_progress_shows_only_my_own_data(cast, login):
    _attempt(cast.bram, "moral", 2, visibility="partner")
    assessment.save_checkin(cast.bram, mood=2, connected=3, visibility="partner")
    body = login(cast.anna).get("/progress/").content.decode()
    assert "Morele empathie" not in body.split("feedback-title")[1].split("checkins-title")[0]
    assert "Nog geen check-ins" in body


def test_module_done_counts(cast, login):
    programme.move_on(cast.anna, programme.current_module(cast.anna))
    body = login(cast.bram).get("/progress/").content.decode()
    assert "1 van de 8 sleutels afgerond" in body  # the couple shares the programme


def test_feedback_chart_is_an_svg_with_the_keys(cast, login):
    _attempt(cast.anna, "curious", 2)
    _attempt(cast.anna, "needs", 1)
    response = login(cast.anna).get("/progress/keys.svg")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("image/svg+xml")
    assert "style-src 'unsafe-inline'" in response["Content-Security-Policy"]
    svg = response.content.decode()
    assert "Nieuwsgierige empathie" in svg and "Behoefte-empathie" in svg  # the legend names the keys
    assert "http://" not in svg.replace("http://www.w3.org/", "") and "https://" not in svg


def test_feedback_chart_without_attempts_is_still_an_svg(cast, login):
    response = login(cast.bram).get("/progress/keys.svg")
    assert response.status_code == 200 and b"<svg" in response.content


def test_progress_in_english(db, client):
    sam = make_user("sam", language="en")
    client.force_login(sam)
    body = client.get("/progress/").content.decode()
    assert "Your progress" in body and "0 of 8 keys done" in body


@pytest.mark.parametrize("url", ["/progress/", "/progress/keys.svg"])
def test_progress_is_for_partners_only(cast, url):
    coach = Client()
    coach.force_login(cast.carla)
    assert coach.get(url).status_code == 403
    response = Client().get(url)
    assert response.status_code == 302 and response["Location"].startswith("/accounts/login/")


def test_home_shows_the_next_step_and_todays_checkin(cast, login):
    client = login(cast.anna)
    body = client.get("/").content.decode()
    assert "Je volgende stap" in body and "sleutel 1" in body
    assert "/programme/emotional/" in body
    assert "Inchecken" in body
    assessment.save_checkin(cast.anna, mood=3, connected=7)
    body = client.get("/").content.decode()
    assert "7 van de 10 verbonden" in body


def test_home_mentions_open_coach_assignments(cast, login):
    programme.assign(cast.couple, module="needs", note="Kijk eens naar deze", by=cast.carla)
    body = login(cast.bram).get("/").content.decode()
    assert "Je coach stelt 1 oefening voor." in body


def test_nav_links_to_the_new_sections(cast, login):
    body = login(cast.anna).get("/").content.decode()
    for url in ("/programme/", "/progress/", "/chats/"):
        assert f'href="{url}"' in body
