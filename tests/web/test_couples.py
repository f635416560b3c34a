"""Couple spaces: create, invite (one-time, hashed, expiring), join, leave, and friendly invite errors."""

from __future__ import annotations

import re
from datetime import timedelta

import pytest
from django.utils import timezone
from web_cast import make_user

from heartkeys.web.couples import domain
from heartkeys.web.couples.models import Couple, Invite, Membership

pytestmark = pytest.mark.django_db


def _invite_path(client) -> str:
    body = client.post("/couple/invite/").content.decode()
    return re.search(r"http://testserver(/couple/join/[^<\s]+/)", body).group(1)


def test_solo_path_has_an_inviting_empty_state(login):
    client = login(make_user("sanne"))
    response = client.get("/couple/")
    assert response.status_code == 200
    assert 'class="empty"' in response.content.decode()
    assert client.get("/").status_code == 200
    assert client.get("/notes/").status_code == 200


def test_create_invite_and_join(client):
    sanne, joris = make_user("sanne"), make_user("joris")
    client.force_login(sanne)
    assert client.post("/couple/create/").status_code == 302
    path = _invite_path(client)
    token = path.rstrip("/").rsplit("/", 1)[1]
    invite = Invite.objects.get()
    assert invite.token_hash != token and len(invite.token_hash) == 64  # only the hash is stored
    assert invite.expires_at - timezone.now() > timedelta(days=6, hours=23)

    client.force_login(joris)
    page = client.get(path)
    assert page.status_code == 200
    assert "Sanne" in page.content.decode()
    assert client.post(path).status_code == 302
    assert domain.partner_of(joris) == sanne
    assert domain.partner_of(sanne) == joris


def test_join_needs_login_and_comes_back(client):
    sanne = make_user("sanne")
    client.force_login(sanne)
    client.post("/couple/create/")
    path = _invite_path(client)
    client.post("/accounts/logout/")
    response = client.get(path)
    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/login/?next=/couple/join/")


def test_invite_is_one_time(client):
    sanne, joris, olaf = make_user("sanne"), make_user("joris"), make_user("olaf")
    client.force_login(sanne)
    client.post("/couple/create/")
    path = _invite_path(client)
    client.force_login(joris)
    client.post(path)
    client.force_login(olaf)
    for method in ("get", "post"):
        response = getattr(client, method)(path)
        assert response.status_code == 410
        assert "used already" not in response.content.decode()  # the page is in Dutch
        assert "al gebruikt" in response.content.decode()
    assert domain.couple_of(olaf) is None


def test_expired_invite_is_friendly(client):
    sanne, joris = make_user("sanne"), make_user("joris")
    domain.create_couple(sanne)
    _invite, token = domain.create_invite(sanne, now=timezone.now() - timedelta(days=8))
    client.force_login(joris)
    response = client.get(f"/couple/join/{token}/?lang=en")
    assert response.status_code == 410
    assert "more than seven days old" in response.content.decode()


@pytest.mark.parametrize("token", ["nonsense", "x" * 43, "%00", "..%2F"])
def test_unknown_invite_is_404_not_500(login, token):
    response = login(make_user("joris")).get(f"/couple/join/{token}/")
    assert response.status_code == 404


def test_foreign_invites(client):
    sanne, joris, olaf, pim = (make_user(n) for n in ("sanne", "joris", "olaf", "pim"))
    domain.create_couple(sanne)
    _invite, token = domain.create_invite(sanne)
    path = f"/couple/join/{token}/"
    client.force_login(sanne)
    assert client.get(path).status_code == 409  # your own link
    domain.create_couple(olaf)
    client.force_login(olaf)
    assert client.get(path).status_code == 409  # already in another couple
    client.force_login(make_user("carla", role="coach"))
    assert client.get(path).status_code == 409  # coaches never join
    client.force_login(joris)
    client.post(path)
    couple = domain.couple_of(sanne)
    expires = timezone.now() + timedelta(days=1)
    Invite.objects.create(couple=couple, created_by=sanne, token_hash=domain.hash_token("late"), expires_at=expires)
    client.force_login(pim)
    assert client.get("/couple/join/late/").status_code == 409  # the couple is full now


def test_inviting_into_a_full_couple_is_refused(cast, login):
    assert login(cast.anna).post("/couple/invite/").status_code == 409


def test_new_invite_replaces_the_old_one(client):
    sanne = make_user("sanne")
    client.force_login(sanne)
    client.post("/couple/create/")
    first = _invite_path(client)
    second = _invite_path(client)
    client.force_login(make_user("joris"))
    assert client.get(first).status_code == 404
    assert client.get(second).status_code == 200


def test_leave_couple_takes_back_shared_notes(cast, login):
    client = login(cast.bram)
    assert client.get("/couple/leave/").status_code == 200
    assert client.post("/couple/leave/").status_code == 302
    assert domain.couple_of(cast.bram) is None
    shared = cast.notes["BRAM-PARTNER-MARKER"]
    shared.refresh_from_db()
    assert shared.visibility == "private" and shared.couple is None
    body = login(cast.anna).get("/notes/").content.decode()
    assert "BRAM-PARTNER-MARKER" not in body
    cast.link.refresh_from_db()
    assert cast.link.ended_at is not None  # coaching ends with the change


def test_last_one_out_removes_the_couple(client):
    sanne = make_user("sanne")
    domain.create_couple(sanne)
    client.force_login(sanne)
    client.post("/couple/leave/")
    assert not Couple.objects.exists()
    assert not Membership.objects.exists()


def test_leave_without_couple_redirects(login):
    assert login(make_user("sanne")).get("/couple/leave/").status_code == 302


def test_race_for_the_last_seat():
    sanne, joris, olaf = make_user("sanne"), make_user("joris"), make_user("olaf")
    domain.create_couple(sanne)
    _invite, token = domain.create_invite(sanne)
    domain.accept_invite(token, joris)
    with pytest.raises(domain.InviteProblem):
        domain.accept_invite(token, olaf)
