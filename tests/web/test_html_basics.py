"""Accessibility basics on every page a partner or coach opens: one h1, alt text on every image, a
label for every form field, the page language set, no duplicate ids."""

from __future__ import annotations

from collections import Counter
from html.parser import HTMLParser

import pytest
from django.test import Client

from heartkeys.web.assessment import domain as assessment
from heartkeys.web.programme import domain as programme


class _Page(HTMLParser):
    def __init__(self):
        super().__init__()
        self.h1 = 0
        self.images_without_alt: list[str] = []
        self.fields: list[dict] = []
        self.label_for: set[str] = set()
        self.ids: Counter[str] = Counter()
        self.lang = None
        self._label_depth = 0

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if "id" in a:
            self.ids[a["id"]] += 1
        if tag == "html":
            self.lang = a.get("lang")
        elif tag == "h1":
            self.h1 += 1
        elif tag == "img" and not a.get("alt"):
            self.images_without_alt.append(a.get("src", "?"))
        elif tag == "label":
            self._label_depth += 1
            if a.get("for"):
                self.label_for.add(a["for"])
        elif tag in ("input", "select", "textarea"):
            if a.get("type") in ("hidden", "submit", "button"):
                return
            self.fields.append({**a, "_wrapped": self._label_depth > 0})

    def handle_endtag(self, tag):
        if tag == "label":
            self._label_depth = max(0, self._label_depth - 1)

    def unlabelled(self) -> list[str]:
        return [
            f.get("name", "?")
            for f in self.fields
            if not (f["_wrapped"] or f.get("aria-label") or f.get("aria-labelledby") or f.get("id") in self.label_for)
        ]


def _check(client: Client, url: str) -> list[str]:
    response = client.get(url)
    assert response.status_code == 200, (url, response.status_code)
    page = _Page()
    page.feed(response.content.decode())
    problems = []
    if page.h1 != 1:
        problems.append(f"{url}: {page.h1} h1 elements")
    if page.images_without_alt:
        problems.append(f"{url}: images without alt {page.images_without_alt}")
    if page.unlabelled():
        problems.append(f"{url}: fields without a label {page.unlabelled()}")
    if page.lang not in ("nl", "en"):
        problems.append(f"{url}: html lang {page.lang!r}")
    dupes = [i for i, n in page.ids.items() if n > 1]
    if dupes:
        problems.append(f"{url}: duplicate ids {dupes}")
    return problems


PARTNER_PAGES = [
    "/", "/progress/", "/programme/", "/programme/emotional/", "/programme/exercise/emotional-feeling-reply/",
    "/programme/exercise/curious-closed-to-open/", "/programme/exercise/needs-complaint-to-need/",
    "/programme/exercise/nonverbal-co-regulation/", "/programme/exercise/nonverbal-presence-checklist/",
    "/programme/exercise/emotional-feelings-vocabulary/", "/programme/exercise/emotional-daily-weather/",
    "/together/", "/together/curious-question-cards/", "/together/moral-treat-me-as-i-want/",
    "/together/metaphorical-our-metaphor/", "/together/needs-accuracy-game/",
    "/assessment/", "/assessment/take/self/", "/assessment/take/partner/", "/assessment/checkin/",
    "/assessment/checkins/", "/chats/", "/chats/upload/", "/notes/", "/notes/new/", "/couple/", "/coaching/",
    "/safety/", "/privacy/", "/accounts/settings/", "/api/tokens/",
]  # fmt: skip


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_partner_pages(cast, lang):
    for code in ("emotional", "nonverbal", "perspective", "curious", "needs", "moral", "metaphorical"):
        programme.unlock(cast.couple, code)
    assessment.save_checkin(cast.anna, 4, 7, visibility="partner")
    client = Client()
    client.force_login(cast.anna)
    client.get(f"/?lang={lang}")
    problems = [p for url in PARTNER_PAGES for p in _check(client, url)]
    assert not problems, "\n".join(problems)


def test_coach_pages(cast):
    client = Client()
    client.force_login(cast.carla)
    urls = ["/coach/", "/coach/desk/", f"/coach/desk/{cast.link.pk}/", f"/coach/desk/{cast.link.pk}/prep/",
            f"/coach/couples/{cast.link.pk}/", f"/coach/couples/{cast.link.pk}/notes/"]  # fmt: skip
    problems = [p for url in urls for p in _check(client, url)]
    assert not problems, "\n".join(problems)


def test_public_pages(db):
    client = Client()
    problems = [p for url in ("/", "/accounts/login/", "/accounts/signup/") for p in _check(client, url)]
    assert not problems, "\n".join(problems)
