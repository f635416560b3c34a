"""After a flagged safety check, pages with exercises for two advise against them — only for that person."""

from __future__ import annotations

import pytest
from django.utils import timezone

from heartkeys.web.safety.models import SafetyCheck

ADVICE = "raden we je aan om voorlopig geen oefeningen samen te doen"
COUPLE_PAGES = ["/together/", "/together/curious-question-cards/", "/programme/emotional/",
                "/programme/exercise/emotional-daily-weather/"]  # fmt: skip


def _flag(user, categories="violence"):
    SafetyCheck.objects.update_or_create(user=user, defaults={"flagged": categories, "checked_at": timezone.now()})


@pytest.fixture
def open_programme(cast):
    from heartkeys.web.programme import domain as programme

    programme.unlock(cast.couple, "curious")


@pytest.mark.parametrize("url", COUPLE_PAGES)
def test_flagged_person_gets_the_advice_on_pages_for_two(cast, login, open_programme, url):
    _flag(cast.anna)
    body = login(cast.anna).get(url).content.decode()
    assert ADVICE in body and "/safety/result/" in body


@pytest.mark.parametrize("url", COUPLE_PAGES)
def test_partner_sees_no_trace_of_it(cast, login, open_programme, url):
    _flag(cast.anna)
    body = login(cast.bram).get(url).content.decode()
    assert ADVICE not in body and "veiligheidscheck" not in body


def test_no_advice_without_a_flag_or_on_other_pages(cast, login):
    SafetyCheck.objects.create(user=cast.anna, flagged="", checked_at=timezone.now())
    client = login(cast.anna)
    assert ADVICE not in client.get("/together/").content.decode()
    _flag(cast.anna, "crisis")
    assert ADVICE not in client.get("/notes/").content.decode()
    assert ADVICE not in client.get("/programme/exercise/emotional-feeling-reply/").content.decode()  # done alone
    assert ADVICE in client.get("/together/?lang=nl").content.decode()
    assert "we advise you not to do exercises together for now" in client.get("/together/?lang=en").content.decode()
