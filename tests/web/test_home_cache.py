"""The home page keeps its rendered copy until personal data changes (heartkeys.web.dataversion)."""

from __future__ import annotations

from django.db import connection
from django.test.utils import CaptureQueriesContext
from web_cast import write_note

from heartkeys.web import dataversion
from heartkeys.web.assessment import domain as assessment
from heartkeys.web.coaching import domain as coaching
from heartkeys.web.couples import domain as couples


def _main(body: str) -> str:
    return body.split("<main", 1)[1].split("</main>", 1)[0]


def test_a_kept_home_page_costs_three_queries(cast, login):
    client = login(cast.anna)
    client.get("/")  # the first visit makes the couple's programme plan: a write, so a new version
    first = client.get("/").content.decode()
    with CaptureQueriesContext(connection) as queries:
        second = client.get("/").content.decode()
    assert _main(second) == _main(first)  # the page around it (a fresh CSRF token) is rendered anew
    assert len(queries.captured_queries) <= 3  # session, user, data version


def test_every_write_moves_the_version(cast):
    before = dataversion.current()
    write_note(cast.bram, "partner", "NEW-NOTE")
    after = dataversion.current()
    assert after and after != before
    coaching.log_access(cast.link, "shared_items")  # the access log is not shown on kept pages
    assert dataversion.current() == after


def test_partner_sharing_shows_at_once(cast, login):
    client = login(cast.anna)
    assert "FRESHLY-SHARED" not in client.get("/").content.decode()
    note = write_note(cast.bram, "partner", "FRESHLY-SHARED")
    assert "FRESHLY-SHARED" in client.get("/").content.decode()
    note.visibility = "private"
    note.save()
    assert "FRESHLY-SHARED" not in client.get("/").content.decode()


def test_checkin_and_leaving_the_couple_show_at_once(cast, login):
    client = login(cast.anna)
    assert "Inchecken" in client.get("/").content.decode()
    assessment.save_checkin(cast.anna, mood=4, connected=9)
    assert "9 van de 10" in client.get("/").content.decode()
    assert "Bram" in client.get("/").content.decode()
    couples.leave_couple(cast.bram)
    body = client.get("/").content.decode()
    assert "Je deelt een ruimte met Bram" not in body


def test_kept_copies_are_per_person_and_language(cast, login):
    anna = login(cast.anna).get("/").content.decode()
    assert "Hoi Anna" in anna
    client = login(cast.bram)
    assert "Hoi Bram" in client.get("/").content.decode()
    assert "Hello Bram" in client.get("/?lang=en").content.decode()
    assert "Hoi Bram" in client.get("/?lang=nl").content.decode()


def test_flash_messages_are_not_kept(cast, login):
    client = login(cast.anna)
    client.get("/")
    response = client.post("/notes/new/", {"text": "een notitie", "visibility": "private"}, follow=False)
    assert response.status_code == 302
    body = client.get("/").content.decode()
    assert 'class="messages"' in body  # the message of the save shows once …
    assert 'class="messages"' not in client.get("/").content.decode()  # … and is not kept
