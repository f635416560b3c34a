"""Daily check-ins: one per person per day, validation, visibility, series and trend charts."""

from __future__ import annotations

import itertools
from datetime import timedelta

import pytest
from django.test import Client
from django.utils import timezone
from web_cast import make_user

from heartkeys.web.assessment import domain
from heartkeys.web.assessment.models import CheckIn


def _client(user) -> Client:
    client = Client()
    if user is not None:
        client.force_login(user)
    return client


def _body(response) -> str:
    return response.content.decode("utf-8", "replace")


def _checkin(owner, days_ago, connected, mood=3, visibility="private", note=""):
    return domain.save_checkin(
        owner, mood, connected, note, visibility, today=timezone.localdate() - timedelta(days=days_ago)
    )


def test_check_in_and_update_the_same_day(cast, login):
    client = login(cast.anna)
    page = client.get("/assessment/checkin/?lang=en")
    assert page.status_code == 200 and "How connected do you feel" in _body(page)
    response = client.post("/assessment/checkin/", {"mood": "2", "connected": "4", "note": "", "visibility": "private"})
    assert response.status_code == 302 and response["Location"] == "/assessment/checkins/"
    response = client.post(
        "/assessment/checkin/", {"mood": "5", "connected": "9", "note": "A good walk", "visibility": "partner"}
    )
    assert response.status_code == 302
    only = CheckIn.objects.get(owner=cast.anna)
    assert (only.mood, only.connected, only.note, only.visibility) == (5, 9, "A good walk", "partner")
    assert only.day == timezone.localdate() and only.couple == cast.couple
    body = _body(client.get("/assessment/checkin/?lang=en"))
    assert "You already checked in today" in body and "A good walk" in body


def test_a_new_day_makes_a_new_check_in(cast):
    _checkin(cast.anna, 1, 5)
    domain.save_checkin(cast.anna, 3, 6)
    assert CheckIn.objects.filter(owner=cast.anna).count() == 2


@pytest.mark.parametrize(
    ("mood", "connected", "error"),
    [
        ("", "5", "Please choose how your mood is."),
        ("0", "5", "Please choose one of the five moods."),
        ("6", "5", "Please choose one of the five moods."),
        ("3", "", "Please choose a number from 1 to 10."),
        ("3", "11", "Please choose a number from 1 to 10."),
        ("3", "0", "Please choose a number from 1 to 10."),
        ("3", "five", "Please choose a number from 1 to 10."),
    ],
)
def test_check_in_validation(cast, login, mood, connected, error):
    data = {"mood": mood, "connected": connected, "note": "", "visibility": "private"}
    response = login(cast.anna).post("/assessment/checkin/?lang=en", data)
    assert response.status_code == 400 and error in _body(response)
    assert not CheckIn.objects.exists()


def test_check_in_validation_in_dutch_and_long_notes(cast, login):
    client = login(cast.anna)
    response = client.post("/assessment/checkin/?lang=nl", {"mood": "3", "visibility": "private"})
    assert response.status_code == 400 and "Kies een getal van 1 tot en met 10." in _body(response)
    data = {"mood": "3", "connected": "5", "note": "x" * 1001, "visibility": "private"}
    assert client.post("/assessment/checkin/", data).status_code == 400
    data["visibility"] = "nobody"
    data["note"] = "short"
    assert client.post("/assessment/checkin/", data).status_code == 400
    assert not CheckIn.objects.exists()
    with pytest.raises(ValueError):
        domain.save_checkin(cast.anna, 9, 5)


def test_solo_check_ins_can_only_be_private(db, login):
    solo = make_user("sol")
    client = login(solo)
    data = {"mood": "3", "connected": "5", "note": "", "visibility": "partner"}
    assert client.post("/assessment/checkin/", data).status_code == 400
    data["visibility"] = "private"
    assert client.post("/assessment/checkin/", data).status_code == 302
    assert client.get("/assessment/checkins/").status_code == 200


def test_checkin_series_window_and_visibility(cast):
    _checkin(cast.anna, 0, 8, visibility="partner")
    _checkin(cast.anna, 5, 3)  # private
    _checkin(cast.anna, 40, 6, visibility="partner")
    _checkin(cast.anna, 100, 2, visibility="partner")
    today = timezone.localdate()
    mine = domain.checkin_series(cast.anna, cast.anna)
    assert mine == [(today - timedelta(days=5), 3, 3), (today, 8, 3)]
    assert [c for _d, c, _m in domain.checkin_series(cast.anna, cast.anna, days=90)] == [6, 3, 8]
    assert [c for _d, c, _m in domain.checkin_series(cast.anna, cast.bram, days=90)] == [6, 8]
    assert domain.checkin_series(cast.anna, cast.olaf, days=365) == []
    assert domain.checkin_series(cast.anna, cast.carla, days=365) == []
    assert domain.checkin_series(None, cast.anna) == []


def test_checkins_for_coach_only_coach_shared_and_active(cast):
    shared = _checkin(cast.bram, 1, 7, visibility="coach")
    _checkin(cast.anna, 1, 7, visibility="partner")
    _checkin(cast.olaf, 1, 7, visibility="coach")
    assert domain.checkins_for_coach(cast.link) == [shared]
    assert domain.checkins_for_coach(cast.link, days=30) == [shared]
    assert domain.checkins_for_coach(cast.dora_link) == []
    from heartkeys.web.coaching.domain import end_link

    end_link(cast.link)
    assert domain.checkins_for_coach(cast.link) == []


def test_checkins_page_lists_mine_and_shared_ones(cast, login):
    _checkin(cast.anna, 0, 8, note="ANNA-SHARED-NOTE", visibility="partner")
    _checkin(cast.anna, 1, 2, note="ANNA-SECRET-NOTE")
    _checkin(cast.anna, 50, 2, note="ANNA-OLD-NOTE")
    body = _body(login(cast.anna).get("/assessment/checkins/?lang=en"))
    assert "ANNA-SHARED-NOTE" in body and "ANNA-SECRET-NOTE" in body and "ANNA-OLD-NOTE" not in body
    assert "/assessment/checkins/me.svg?days=30" in body
    assert "ANNA-OLD-NOTE" in _body(login(cast.anna).get("/assessment/checkins/?days=90"))
    bram = _body(_client(cast.bram).get("/assessment/checkins/?lang=en"))
    assert "ANNA-SHARED-NOTE" in bram and "ANNA-SECRET-NOTE" not in bram
    assert "/assessment/checkins/partner.svg?days=30" in bram


@pytest.mark.parametrize("days", ["7", "abc", "", "-1", "99999999999999999999"])
def test_odd_days_fall_back_to_30(cast, login, days):
    client = login(cast.anna)
    assert client.get(f"/assessment/checkins/?days={days}").status_code == 200
    response = client.get(f"/assessment/checkins/me.svg?days={days}")
    assert response.status_code == 200 and "30" in response.content.decode()


def test_trend_chart_shows_connection_per_day(cast, login):
    _checkin(cast.anna, 0, 9)
    _checkin(cast.anna, 3, 4)
    svg = _body(login(cast.anna).get("/assessment/checkins/me.svg?lang=en"))
    assert "How connected Anna felt, last 30 days" in svg and timezone.localdate().strftime("%d-%m") in svg
    svg = domain.trend_svg(domain.checkin_series(cast.anna, cast.anna, 90), 90)
    assert "<svg" in svg


def test_index_shows_todays_check_in(cast, login):
    client = login(cast.anna)
    assert "Ten seconds" in _body(client.get("/assessment/?lang=en"))
    domain.save_checkin(cast.anna, 5, 10)
    body = _body(client.get("/assessment/?lang=en"))
    assert "Mood: Bright. Feeling connected: 10 out of 10." in body
    body = _body(client.get("/assessment/?lang=nl"))
    assert "Stemming: Stralend." in body


# --- every page for every member of the cast ---------------------------------------------------------------------

MARKERS = [
    f"{w}-{v}-CHECKIN" for w, v in itertools.product(["ANNA", "BRAM", "OLAF", "PIM"], ["PRIVATE", "PARTNER", "COACH"])
]
ALLOWED = {
    "anna": {"ANNA-PRIVATE", "ANNA-PARTNER", "ANNA-COACH", "BRAM-PARTNER", "BRAM-COACH"},
    "bram": {"BRAM-PRIVATE", "BRAM-PARTNER", "BRAM-COACH", "ANNA-PARTNER", "ANNA-COACH"},
    "olaf": {"OLAF-PRIVATE", "OLAF-PARTNER", "OLAF-COACH", "PIM-PARTNER", "PIM-COACH"},
    "pim": {"PIM-PRIVATE", "PIM-PARTNER", "PIM-COACH", "OLAF-PARTNER", "OLAF-COACH"},
    "carla": set(),  # coaches never see partner pages; coach-shared ones only through checkins_for_coach
    "dora": set(),
    None: set(),
}
PAGES = ["/assessment/", "/assessment/checkin/", "/assessment/checkins/", "/assessment/checkins/?days=90",
         "/assessment/take/self/", "/assessment/take/partner/"]  # fmt: skip


def test_nobody_sees_check_ins_they_must_not(cast):
    for day, (who, vis) in enumerate(
        itertools.product(["anna", "bram", "olaf", "pim"], ["private", "partner", "coach"])
    ):
        _checkin(getattr(cast, who), day, 5, visibility=vis, note=f"{who.upper()}-{vis.upper()}-CHECKIN")
    problems = []
    for name in ALLOWED:
        user = getattr(cast, name) if name else None
        client = _client(user)
        allowed = {m + "-CHECKIN" for m in ALLOWED[name]}
        for url in PAGES:
            response = client.get(url)
            if name is None:
                ok = response.status_code == 302 and response["Location"].startswith("/accounts/login/")
            elif name in ("carla", "dora"):
                ok = response.status_code == 403
            else:
                ok = response.status_code in (200, 302)
            if not ok:
                problems.append(f"{name} GET {url}: {response.status_code}")
            body = _body(response)
            if name in ("anna", "bram", "olaf", "pim") and "checkins" in url:
                missing = [m for m in allowed if m not in body]
                if missing:
                    problems.append(f"{name} GET {url} misses {missing}")
            leaked = [m for m in MARKERS if m in body and m not in allowed]
            if leaked:
                problems.append(f"{name} GET {url} shows {leaked}")
    assert not problems, "\n".join(problems)
    carla = [c.note for c in domain.checkins_for_coach(cast.link)]
    assert sorted(carla) == ["ANNA-COACH-CHECKIN", "BRAM-COACH-CHECKIN"]
    assert domain.checkins_for_coach(cast.dora_link) == []
