"""Changing who sees a check-in of an earlier day (assessment:checkin_share)."""

from __future__ import annotations

from datetime import timedelta

from django.test import Client
from django.utils import timezone

from heartkeys.web.assessment import domain
from heartkeys.web.assessment.models import CheckIn


def _client(user) -> Client:
    client = Client()
    if user is not None:
        client.force_login(user)
    return client


def _old_checkin(user, visibility="private") -> CheckIn:
    return domain.save_checkin(
        user, 3, 6, note="OLD-CHECKIN-NOTE", visibility=visibility, today=timezone.localdate() - timedelta(days=5)
    )


def test_owner_shares_an_old_checkin_and_takes_it_back(cast):
    item = _old_checkin(cast.anna)
    anna, bram = _client(cast.anna), _client(cast.bram)
    page = anna.get("/assessment/checkins/").content.decode()
    assert f'action="/assessment/checkins/{item.pk}/share/"' in page
    assert "OLD-CHECKIN-NOTE" not in bram.get("/assessment/checkins/").content.decode()
    response = anna.post(f"/assessment/checkins/{item.pk}/share/", {"visibility": "partner"})
    assert response.status_code == 302 and response["Location"].endswith(f"#checkin-{item.pk}")
    item.refresh_from_db()
    assert item.visibility == "partner" and item.couple == cast.couple
    assert "OLD-CHECKIN-NOTE" in bram.get("/assessment/checkins/").content.decode()
    anna.post(f"/assessment/checkins/{item.pk}/share/", {"visibility": "private"})
    assert "OLD-CHECKIN-NOTE" not in bram.get("/assessment/checkins/").content.decode()


def test_a_wrong_choice_changes_nothing(cast):
    item = _old_checkin(cast.anna, visibility="partner")
    response = _client(cast.anna).post(f"/assessment/checkins/{item.pk}/share/", {"visibility": "everyone"})
    assert response.status_code == 302
    item.refresh_from_db()
    assert item.visibility == "partner"


def test_only_the_owner_can_change_it(cast):
    item = _old_checkin(cast.anna, visibility="partner")
    url = f"/assessment/checkins/{item.pk}/share/"
    for user in (cast.bram, cast.olaf, cast.pim):
        assert _client(user).post(url, {"visibility": "coach"}).status_code == 404
    for coach in (cast.carla, cast.dora):
        assert _client(coach).post(url, {"visibility": "coach"}).status_code == 403
    response = _client(None).post(url, {"visibility": "coach"})
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]
    assert _client(cast.anna).get(url).status_code == 405
    item.refresh_from_db()
    assert item.visibility == "partner"
