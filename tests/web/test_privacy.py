"""Notes and their visibility, the privacy page, data export and real deletion."""

from __future__ import annotations

import json

import pytest
from django.apps import apps
from django.db import connection
from web_cast import make_user

from heartkeys.web.accounts.models import User
from heartkeys.web.coaching.models import AccessLog
from heartkeys.web.couples.domain import couple_of
from heartkeys.web.couples.models import Couple
from heartkeys.web.privacy.models import Note
from heartkeys.web.safety.domain import record_check

pytestmark = pytest.mark.django_db


def test_write_a_shared_note(cast, login):
    client = login(cast.anna)
    response = client.post("/notes/new/", {"title": "", "text": "Thank you for listening", "visibility": "partner"})
    assert response.status_code == 302
    note = Note.objects.get(text="Thank you for listening")
    assert note.couple == cast.couple
    assert "Thank you for listening" in login(cast.bram).get(f"/notes/{note.pk}/").content.decode()


def test_solo_notes_can_only_be_private(login):
    client = login(make_user("sanne"))
    response = client.post("/notes/new/", {"text": "hello", "visibility": "partner"})
    assert response.status_code == 400
    assert "visibility" in response.context["form"].errors
    assert client.post("/notes/new/", {"text": "hello", "visibility": "private"}).status_code == 302


def test_note_form_errors(login, cast):
    response = login(cast.anna).post("/notes/new/", {"text": "", "visibility": "nobody"})
    assert response.status_code == 400
    assert set(response.context["form"].errors) == {"text", "visibility"}
    response = login(cast.anna).post("/notes/new/", {"text": "x" * 5001, "visibility": "private"})
    assert "text" in response.context["form"].errors


def test_edit_and_delete_own_note_only(cast, login):
    note = cast.notes["ANNA-PARTNER-MARKER"]
    client = login(cast.anna)
    response = client.post(f"/notes/{note.pk}/edit/", {"title": "t", "text": "new text", "visibility": "private"})
    assert response.status_code == 302
    note.refresh_from_db()
    assert (note.text, note.visibility, note.couple) == ("new text", "private", None)
    assert login(cast.bram).post(f"/notes/{note.pk}/delete/").status_code == 404
    assert login(cast.anna).post(f"/notes/{note.pk}/delete/").status_code == 302
    assert not Note.objects.filter(pk=note.pk).exists()


def test_notes_do_not_follow_someone_into_a_new_couple(cast, login):
    """Items shared in one couple space stay there: a later partner never sees them."""
    from web_cast import make_couple

    from heartkeys.web.couples.domain import leave_couple

    leave_couple(cast.bram)
    newcomer = make_user("joris")
    make_couple(cast.bram, newcomer)
    body = login(newcomer).get("/notes/").content.decode()
    assert "BRAM-" not in body and "ANNA-" not in body


def test_privacy_page(cast, login):
    body = login(cast.anna).get("/privacy/").content.decode()
    assert "Carla" in body and "Bram" in body
    assert login(cast.carla).get("/privacy/").status_code == 200


def test_export_is_one_json_file_with_everything_about_me(cast, login):
    record_check(cast.anna, {"fear": 1}, "nl")
    login(cast.carla).get(f"/coach/couples/{cast.link.pk}/")
    response = login(cast.anna).post("/privacy/export/")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/json")
    assert "attachment" in response["Content-Disposition"]
    data = json.loads(response.content)
    assert data["format"] == "hartsleutels-export"
    assert data["account"]["email"] == "anna@example.org"
    assert {n["title"] for n in data["notes"]} == {"ANNA-PRIVATE-MARKER", "ANNA-PARTNER-MARKER", "ANNA-COACH-MARKER"}
    assert data["couple"]["members"] == ["Anna", "Bram"]
    assert data["safety_check"]["flagged_categories"] == ["violence"]
    assert data["coaching"]["consents"][0]["coach"] == "Carla"
    assert data["coaching"]["access_log"][0]["coach"] == "Carla"
    assert "BRAM-PARTNER-MARKER" not in response.content.decode()  # the partner's notes are theirs


def test_coach_export_holds_the_coach_notes(cast, login):
    data = json.loads(login(cast.carla).post("/privacy/export/").content)
    assert data["coach"]["links"][0]["notes"][0]["text"].startswith("CARLA-NOTE-MARKER")


def _scan_database(needles: list[str]) -> list[str]:
    """Every text value in every table that contains one of the needles."""
    hits = []
    with connection.cursor() as cursor:
        for table in connection.introspection.table_names():
            cursor.execute(f"SELECT * FROM {connection.ops.quote_name(table)}")
            for row in cursor.fetchall():
                for value in row:
                    if isinstance(value, memoryview | bytes):
                        value = bytes(value).decode("utf-8", "replace")
                    text = str(value)
                    hits += [f"{table}: {needle}" for needle in needles if needle in text]
    return hits


def _user_foreign_keys(user_id: int) -> list[str]:
    hits = []
    for model in apps.get_models():
        for f in model._meta.get_fields():
            is_user_fk = f.is_relation and f.concrete and f.related_model is User
            if is_user_fk and model.objects.filter(**{f.name: user_id}).exists():
                hits.append(f"{model.__name__}.{f.name}")
    return hits


def test_deleting_an_account_really_deletes(cast, login):
    anna_id = cast.anna.pk
    record_check(cast.anna, {"self-harm": 2}, "nl")
    client = login(cast.anna)
    client.post("/notes/new/", {"text": "ANNA-FRESH-SECRET", "visibility": "coach"})
    assert client.post("/privacy/delete/", {"password": "wrong"}).status_code == 400
    response = client.post("/privacy/delete/", {"password": "a calm sofa evening 42"})
    assert response.status_code == 302
    assert not User.objects.filter(pk=anna_id).exists()
    assert _user_foreign_keys(anna_id) == []
    assert _scan_database(["anna@example.org", "ANNA-", "ANNA-FRESH-SECRET"]) == []
    # The couple space remains for bram, but the coach lost consent at once.
    assert couple_of(cast.bram) == cast.couple
    cast.link.refresh_from_db()
    assert cast.link.ended_at is not None
    assert client.get("/notes/").status_code == 302  # logged out


def test_deleting_the_last_member_removes_the_couple(cast, login):
    login(cast.anna).post("/privacy/delete/", {"password": "a calm sofa evening 42"})
    login(cast.bram).post("/privacy/delete/", {"password": "a calm sofa evening 42"})
    assert not Couple.objects.filter(pk=cast.couple.pk).exists()
    assert _scan_database(["ANNA-", "BRAM-", "CARLA-NOTE-MARKER", "anna@", "bram@"]) == []


def test_deleting_a_coach_keeps_the_log_but_not_the_name(cast, login):
    login(cast.carla).get(f"/coach/couples/{cast.link.pk}/")
    login(cast.carla).post("/privacy/delete/", {"password": "a calm sofa evening 42"})
    entry = AccessLog.objects.get(couple=cast.couple)
    assert entry.coach is None and entry.coach_name == ""
    assert _scan_database(["carla@example.org", "CARLA-NOTE-MARKER"]) == []
    assert login(cast.anna).get("/coaching/log/").status_code == 200


def test_deleting_ends_sessions_on_other_devices(cast, client):
    from django.test import Client

    other_device = Client()
    other_device.force_login(cast.anna)
    client.force_login(cast.anna)
    client.post("/privacy/delete/", {"password": "a calm sofa evening 42"})
    assert other_device.get("/notes/").status_code == 302
