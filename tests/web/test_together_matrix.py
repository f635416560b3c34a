"""Authorization matrix of the couple exercises: every page, every member of the cast.

Like test_matrix.py: each (viewer, page) must not be a server error and must not show any
exercise text the viewer may not see.
"""

from __future__ import annotations

import html

import pytest
from django.test import Client

from heartkeys.content import load_content
from heartkeys.web.together import domain


@pytest.fixture(autouse=True)
def _every_module_open(monkeypatch):
    """These tests are about the exercises themselves; the programme's lock has its own tests
    (test_together_lock.py), so here every module counts as open."""
    monkeypatch.setattr("heartkeys.web.together.views._locked", lambda user, ex: False)


CARDS = "curious-question-cards"
TREAT = "moral-treat-me-as-i-want"
META = "metaphorical-our-metaphor"
GAME = "needs-accuracy-game"
NL = load_content("nl")

MARKERS = [
    "ANNA-TREAT-PRIVATE",
    "ANNA-TREAT-PARTNER",
    "ANNA-TREAT-COACH",
    "ANNA-META-WAITING",
    "ANNA-GAME-SITUATION",
    "OLAF-TREAT-PRIVATE",
    "OLAF-TREAT-PARTNER",
    "OLAF-META",
    "PIM-META",
    "OLAF-GAME-SITUATION",
    "PIM-GUESS-PRACTICE",
]

ALLOWED = {
    "anna": {
        "ANNA-TREAT-PRIVATE",
        "ANNA-TREAT-PARTNER",
        "ANNA-TREAT-COACH",
        "ANNA-META-WAITING",
        "ANNA-GAME-SITUATION",
    },
    "bram": {"ANNA-TREAT-PARTNER", "ANNA-TREAT-COACH", "ANNA-GAME-SITUATION"},  # not anna's metaphor before the reveal
    "olaf": {"OLAF-TREAT-PRIVATE", "OLAF-TREAT-PARTNER", "OLAF-META", "PIM-META", "OLAF-GAME-SITUATION"},
    "pim": {"OLAF-TREAT-PARTNER", "OLAF-META", "PIM-META", "OLAF-GAME-SITUATION", "PIM-GUESS-PRACTICE"},
    "carla": set(),
    "dora": set(),
    None: set(),
}


def _feeling(family_id: str, index: int = 0) -> str:
    family = next(f for f in NL.feelings if f.id == family_id)
    return f"{family.id}|{family.words[index]}"


@pytest.fixture
def scene(cast):
    treat, meta, game = (domain.exercise("nl", e) for e in (TREAT, META, GAME))
    ids = {}
    for i, vis in enumerate(["private", "partner", "coach"]):
        card = domain.save_treatment_card(cast.anna, treat, i, f"ANNA-TREAT-{vis.upper()}", vis)
        ids[f"anna-{vis}"] = card.pk
    ids["olaf-private"] = domain.save_treatment_card(cast.olaf, treat, 0, "OLAF-TREAT-PRIVATE", "private").pk
    olaf_card = domain.save_treatment_card(cast.olaf, treat, 1, "OLAF-TREAT-PARTNER", "partner")
    ids["olaf-partner"] = olaf_card.pk
    domain.save_practice_guess(cast.pim, olaf_card, "PIM-GUESS-PRACTICE")
    domain.choose_metaphor(cast.anna, meta, own_name="ANNA-META-WAITING", meaning="waiting")
    domain.choose_metaphor(cast.olaf, meta, own_name="OLAF-META", meaning="o")
    domain.choose_metaphor(cast.pim, meta, own_name="PIM-META", meaning="p")
    anna_round = domain.start_accuracy_round(
        cast.anna, game, situation="ANNA-GAME-SITUATION", feeling=_feeling("sad"), need="closeness", lang="nl"
    )
    olaf_round = domain.start_accuracy_round(
        cast.olaf, game, situation="OLAF-GAME-SITUATION", feeling=_feeling("calm"), need="rest", lang="nl"
    )
    domain.guess_accuracy_round(olaf_round, cast.pim, feeling=_feeling("calm", 1), need="rest", lang="nl")
    ids["anna-round"], ids["olaf-round"] = anna_round.pk, olaf_round.pk
    domain.deal_card(cast.couple, cast.anna, "all", "nl")
    return ids


def pages(ids) -> list[str]:
    urls = [
        "/together/",
        f"/together/{CARDS}/",
        f"/together/{CARDS}/?deck=us",
        f"/together/{CARDS}/talked/list/",
        f"/together/{TREAT}/",
        f"/together/{TREAT}/cards/0/",
        f"/together/{TREAT}/cards/1/",
        f"/together/{TREAT}/practice/",
        f"/together/{META}/",
        f"/together/{META}/round/1/",
        f"/together/{GAME}/",
        f"/together/{GAME}/tell/",
        f"/together/{GAME}/chart.svg",
    ]
    for key in ("anna-private", "anna-partner", "anna-coach", "olaf-private", "olaf-partner"):
        urls += [f"/together/{TREAT}/practice/{ids[key]}/", f"/together/{TREAT}/practice/{ids[key]}/reveal/"]
    for key in ("anna-round", "olaf-round"):
        urls += [f"/together/{GAME}/game/{ids[key]}/", f"/together/{GAME}/game/{ids[key]}/edit/"]
    return urls


def _client(user) -> Client:
    client = Client()
    if user is not None:
        client.force_login(user)
    return client


def test_nobody_sees_exercise_texts_they_must_not(cast, scene):
    problems = []
    for user in [None, cast.anna, cast.bram, cast.carla, cast.dora, cast.olaf, cast.pim]:
        name = user.username if user else None
        forbidden = [m for m in MARKERS if m not in ALLOWED[name]]
        client = _client(user)
        for url in pages(scene):
            response = client.get(url)
            if response.status_code >= 500:
                problems.append(f"{name} GET {url}: {response.status_code}")
            body = html.unescape(response.content.decode("utf-8", "replace"))
            leaked = [m for m in forbidden if m in body]
            if leaked:
                problems.append(f"{name} GET {url} shows {leaked}")
            if user is None and response.status_code != 302:
                problems.append(f"anonymous GET {url}: {response.status_code}")
            if user is not None and user.role == "coach" and response.status_code != 403:
                problems.append(f"{name} GET {url}: {response.status_code}")
        if user is not None:
            body = client.post("/privacy/export/").content.decode()
            leaked = [m for m in forbidden if m in body]
            if leaked:
                problems.append(f"{name} export shows {leaked}")
    assert not problems, "\n".join(problems)


def test_the_matrix_is_not_vacuous(cast, scene):
    def body(user, url):
        return html.unescape(_client(user).get(url).content.decode())

    assert "ANNA-TREAT-PARTNER" in body(cast.bram, f"/together/{TREAT}/")
    assert "ANNA-META-WAITING" in body(cast.anna, f"/together/{META}/")
    assert "OLAF-META" in body(cast.pim, f"/together/{META}/") and "PIM-META" in body(cast.olaf, f"/together/{META}/")
    assert "OLAF-GAME-SITUATION" in body(cast.pim, f"/together/{GAME}/game/{scene['olaf-round']}/")
    assert "PIM-GUESS-PRACTICE" in body(cast.pim, f"/together/{TREAT}/practice/{scene['olaf-partner']}/reveal/")


@pytest.mark.parametrize(
    ("who", "key", "path", "status"),
    [
        ("bram", "anna-partner", "practice/{pk}/", 200),
        ("bram", "anna-private", "practice/{pk}/", 404),
        ("anna", "anna-partner", "practice/{pk}/", 404),  # not on your own card
        ("olaf", "anna-partner", "practice/{pk}/", 404),
        ("pim", "anna-coach", "practice/{pk}/reveal/", 404),
        ("pim", "olaf-private", "practice/{pk}/", 404),
    ],
)
def test_practice_pages_by_person(cast, scene, who, key, path, status):
    url = f"/together/{TREAT}/" + path.format(pk=scene[key])
    assert _client(getattr(cast, who)).get(url).status_code == status


@pytest.mark.parametrize(
    ("who", "key", "suffix", "status"),
    [
        ("anna", "anna-round", "", 200),
        ("bram", "anna-round", "", 200),
        ("bram", "anna-round", "edit/", 404),
        ("anna", "anna-round", "edit/", 200),
        ("olaf", "anna-round", "", 404),
        ("pim", "anna-round", "edit/", 404),
        ("anna", "olaf-round", "", 404),
        ("pim", "olaf-round", "", 200),
    ],
)
def test_game_pages_by_person(cast, scene, who, key, suffix, status):
    url = f"/together/{GAME}/game/{scene[key]}/{suffix}"
    assert _client(getattr(cast, who)).get(url).status_code == status


def test_other_couples_cannot_change_anything(cast, scene):
    olaf = _client(cast.olaf)
    anna_round = scene["anna-round"]
    assert (
        olaf.post(f"/together/{GAME}/game/{anna_round}/", {"feeling": _feeling("sad"), "need": "closeness"}).status_code
        == 404
    )
    assert olaf.post(f"/together/{GAME}/game/{anna_round}/share/", {"share": "1"}).status_code == 404
    assert olaf.post(f"/together/{TREAT}/practice/{scene['anna-partner']}/", {"guess": "x"}).status_code == 404
    from heartkeys.web.together.models import AccuracyRound, PracticeGuess

    assert AccuracyRound.objects.get(pk=anna_round).guessed_at is None
    assert not PracticeGuess.objects.filter(owner=cast.olaf).exists()


@pytest.mark.parametrize(
    ("method", "url"),
    [
        ("post", f"/together/{CARDS}/deal/"),
        ("post", f"/together/{CARDS}/talked/"),
        ("post", f"/together/{CARDS}/done/"),
        ("post", f"/together/{TREAT}/cards/0/"),
        ("post", f"/together/{TREAT}/cards/0/delete/"),
        ("post", f"/together/{META}/choose/"),
        ("post", f"/together/{META}/new-round/"),
        ("post", f"/together/{GAME}/tell/"),
    ],
)
def test_coaches_403_anonymous_to_login(cast, method, url):
    assert getattr(_client(cast.carla), method)(url).status_code == 403
    response = getattr(Client(), method)(url)
    assert response.status_code == 302 and response["Location"].startswith("/accounts/login/")
