"""Sign-up, log-in (with throttling), log-out, settings, passwords and the createcoach command."""

from __future__ import annotations

import re

import pytest
from django.core import mail
from django.core.management import CommandError, call_command
from web_cast import PASSWORD, make_user

from heartkeys.web.accounts.models import Role, User

pytestmark = pytest.mark.django_db

SIGNUP = {
    "username": "sanne",
    "display_name": "Sanne",
    "email": "Sanne@Example.org",
    "password1": "a quiet walk by the canal",
    "password2": "a quiet walk by the canal",
}


def test_signup_creates_a_partner_and_logs_in(client):
    response = client.post("/accounts/signup/", SIGNUP)
    assert response.status_code == 302
    user = User.objects.get(username="sanne")
    assert user.role == Role.PARTNER
    assert user.email == "sanne@example.org"
    assert user.language == "nl"
    assert client.get("/").context["user"] == user


def test_signup_cannot_choose_a_role(client):
    client.post("/accounts/signup/", {**SIGNUP, "role": "coach"})
    assert User.objects.get(username="sanne").role == Role.PARTNER


def test_signup_form_errors_are_per_field(client):
    make_user("joris")
    data = {**SIGNUP, "username": "Joris", "email": "joris@example.org", "password2": "something else"}
    response = client.post("/accounts/signup/", data)
    assert response.status_code == 400
    errors = response.context["form"].errors
    assert set(errors) == {"username", "email", "password2"}
    assert "al bezet" in errors["username"][0]  # Dutch by default


def test_signup_rejects_weak_password_in_english(client):
    data = {**SIGNUP, "password1": "12345678", "password2": "12345678"}
    response = client.post("/accounts/signup/?lang=en", data)
    assert "password1" in response.context["form"].errors
    assert "too short" in " ".join(response.context["form"].errors["password1"])


def test_signup_keeps_a_safe_next(client):
    response = client.post("/accounts/signup/", {**SIGNUP, "next": "/couple/"})
    assert response["Location"] == "/couple/"
    client.post("/accounts/logout/")
    data = {**SIGNUP, "username": "fatima", "email": "f@example.org", "next": "https://evil.example/"}
    response = client.post("/accounts/signup/", data)
    assert response["Location"] == "/"


@pytest.mark.parametrize("login", ["anna", "ANNA", "anna@example.org", "Anna@Example.org"])
def test_login_with_username_or_email(client, login):
    make_user("anna")
    response = client.post("/accounts/login/", {"login": login, "password": PASSWORD, "remember": "on"})
    assert response.status_code == 302
    assert client.session.get_expire_at_browser_close() is False


def test_login_without_remember_ends_with_the_browser(client):
    make_user("anna")
    client.post("/accounts/login/", {"login": "anna", "password": PASSWORD})
    assert client.session.get_expire_at_browser_close() is True


def test_wrong_password_gives_a_form_error(client):
    make_user("anna")
    response = client.post("/accounts/login/", {"login": "anna", "password": "nope"})
    assert response.status_code == 400
    assert response.context["form"].non_field_errors()


def test_login_is_throttled_after_five_failures(client, monkeypatch):
    make_user("anna")
    for _ in range(4):
        assert client.post("/accounts/login/", {"login": "anna", "password": "nope"}).status_code == 400
    response = client.post("/accounts/login/", {"login": "anna", "password": "nope"})
    assert response.status_code == 429
    assert "15 minuten" in response.content.decode()
    # Even the right password is refused while locked, without being checked at all ...
    with monkeypatch.context() as patch:
        patch.setattr("heartkeys.web.accounts.forms.authenticate", lambda *a, **k: pytest.fail("checked"))
        response = client.post("/accounts/login/", {"login": "anna", "password": PASSWORD})
    assert response.status_code == 429
    assert "_auth_user_id" not in client.session
    # ... but only for that name from that address.
    other = client.post("/accounts/login/", {"login": "anna", "password": PASSWORD}, REMOTE_ADDR="10.0.0.9")
    assert other.status_code == 302


def test_throttle_window_and_lockout_expire():
    from heartkeys.web.accounts import throttle

    for minute in range(4):
        assert not throttle.record_failure("bram", "1.2.3.4", now=1000.0 + minute * 60)
    # The first failure is older than 15 minutes by now: still not locked.
    assert not throttle.record_failure("bram", "1.2.3.4", now=1000.0 + 16 * 60)
    assert not throttle.is_locked("bram", "1.2.3.4")


def test_logout_is_post_only(client):
    client.force_login(make_user("anna"))
    assert client.get("/accounts/logout/").status_code == 405
    assert client.post("/accounts/logout/").status_code == 302
    assert "_auth_user_id" not in client.session


def test_settings_change_name_email_and_language(client):
    anna = make_user("anna")
    client.force_login(anna)
    response = client.post(
        "/accounts/settings/", {"display_name": "Anna V.", "email": "anna.v@example.org", "language": "en"}
    )
    assert response.status_code == 302
    anna.refresh_from_db()
    assert (anna.display_name, anna.email, anna.language) == ("Anna V.", "anna.v@example.org", "en")
    assert "Settings" in client.get("/accounts/settings/").content.decode()


def test_settings_refuses_someone_elses_email(client):
    make_user("bram")
    client.force_login(make_user("anna"))
    response = client.post("/accounts/settings/", {"display_name": "", "email": "BRAM@example.org", "language": ""})
    assert "email" in response.context["form"].errors


def test_settings_needs_login(client):
    response = client.get("/accounts/settings/")
    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/login/?next=")


def test_change_password(client):
    anna = make_user("anna")
    client.force_login(anna)
    new = "another long sentence 7"
    response = client.post("/accounts/password/", {"old_password": "wrong", "new_password1": new, "new_password2": new})
    assert "old_password" in response.context["form"].errors
    response = client.post(
        "/accounts/password/", {"old_password": PASSWORD, "new_password1": new, "new_password2": new}
    )
    assert response.status_code == 302
    anna.refresh_from_db()
    assert anna.check_password(new)
    assert client.get("/accounts/settings/").status_code == 200  # still logged in


def test_password_reset_by_email(client):
    anna = make_user("anna")
    response = client.post("/accounts/password/reset/", {"email": "ANNA@example.org"})
    assert response.status_code == 302
    assert len(mail.outbox) == 1
    assert "Hartsleutels" in mail.outbox[0].subject
    link = re.search(r"http://testserver(/accounts/password/reset/\S+/)", mail.outbox[0].body).group(1)
    response = client.get(link, follow=True)
    assert response.status_code == 200
    new = "a brand new sentence 9"
    form_url = response.redirect_chain[-1][0]
    response = client.post(form_url, {"new_password1": new, "new_password2": new})
    assert response.status_code == 302
    anna.refresh_from_db()
    assert anna.check_password(new)


def test_password_reset_does_not_reveal_accounts(client):
    response = client.post("/accounts/password/reset/", {"email": "nobody@example.org"})
    assert response.status_code == 302
    assert mail.outbox == []


def test_bad_reset_link_is_friendly(client):
    response = client.get("/accounts/password/reset/MQ/set-password/")
    assert response.status_code == 200
    assert "werkt niet meer" in response.content.decode()


def test_createcoach_makes_a_new_coach(capsys):
    call_command("createcoach", "carla", email="carla@example.org", name="Carla")
    carla = User.objects.get(username="carla")
    assert carla.role == Role.COACH
    assert "Temporary password" in capsys.readouterr().out


def test_createcoach_promotes_an_existing_account():
    make_user("dora")
    call_command("createcoach", "DORA")
    assert User.objects.get(username="dora").role == Role.COACH


def test_createcoach_refuses_a_partner_in_a_couple(cast):
    with pytest.raises(CommandError):
        call_command("createcoach", "anna")
    with pytest.raises(CommandError):
        call_command("createcoach", "newcoach")  # no email


def test_superuser_gets_the_admin_role():
    admin = User.objects.create_superuser("root", "root@example.org", "x" * 12)
    assert admin.role == Role.ADMIN


def test_admin_shows_accounts_only(client):
    client.force_login(User.objects.create_superuser("root", "root@example.org", "x" * 12))
    assert client.get("/admin/accounts/user/").status_code == 200
    assert client.get("/admin/accounts/user/add/").status_code == 200
    anna = make_user("anna")
    assert client.get(f"/admin/accounts/user/{anna.pk}/change/").status_code == 200
    for model in ("privacy/note", "safety/safetycheck", "coaching/coachnote", "couples/couple"):
        assert client.get(f"/admin/{model}/").status_code == 404


def test_admin_can_make_a_coach(client):
    client.force_login(User.objects.create_superuser("root", "root@example.org", "x" * 12))
    password = "a long coach password 3"
    data = {"username": "carla", "email": "carla@example.org", "role": "coach", "usable_password": "true"}
    response = client.post("/admin/accounts/user/add/", {**data, "password1": password, "password2": password})
    assert response.status_code == 302, response.context["adminform"].form.errors
    assert User.objects.get(username="carla").role == Role.COACH
