"""The coach dashboard's authorization matrix: every page and action, for every member of the cast.

Expected: anonymous → the login page; partners → 403; carla → her active couple only; dora (her
link is only half agreed) → 404 on every couple page. No page shows anything the viewer may not see.
"""

from __future__ import annotations

import itertools

from django.test import Client

ALL_NOTE_MARKERS = [
    f"{who}-{vis}-MARKER"
    for who, vis in itertools.product(["ANNA", "BRAM", "OLAF", "PIM"], ["PRIVATE", "PARTNER", "COACH"])
]
ACTIONS = ["assign/", "order/", "unlock/", "scenario/", "card/"]


def _client(user) -> Client:
    client = Client()
    if user is not None:
        client.force_login(user)
    return client


def expected_status(viewer: str | None, link_owner: str) -> int:
    """Status of a couple page (or action) of ``link_owner``'s link for ``viewer``."""
    if viewer is None:
        return 302
    if viewer in ("anna", "bram", "olaf", "pim"):
        return 403
    if viewer == "carla" and link_owner == "carla":
        return 200
    return 404


def allowed(viewer: str | None) -> set[str]:
    # The dashboard never shows notes; carla sees her own coach notes there.
    return {"carla": {"CARLA-NOTE-MARKER"}}.get(viewer or "", set())


def test_every_page_for_every_member_of_the_cast(cast):
    from datetime import timedelta

    from django.utils import timezone

    since = (timezone.localdate() - timedelta(days=60)).isoformat()
    problems = []
    viewers = [None, cast.anna, cast.bram, cast.carla, cast.dora, cast.olaf, cast.pim]
    for user in viewers:
        name = user.username if user else None
        client = _client(user)
        forbidden = [m for m in [*ALL_NOTE_MARKERS, "CARLA-NOTE-MARKER", "DORA-NOTE-MARKER"] if m not in allowed(name)]
        index = client.get("/coach/desk/")
        want = 302 if name is None else (200 if name in ("carla", "dora") else 403)
        if index.status_code != want:
            problems.append(f"{name} /coach/desk/: {index.status_code} != {want}")
        pages = []
        for link, owner in [(cast.link, "carla"), (cast.dora_link, "dora")]:
            for page in ["", "prep/", f"prep/?since={since}", "?lang=en"]:
                pages.append((f"/coach/desk/{link.pk}/{page}", expected_status(name, owner)))
        for url, want in pages:
            response = client.get(url)
            if response.status_code != want:
                problems.append(f"{name} GET {url}: {response.status_code} != {want}")
        for url, _want in [("/coach/desk/", 0), *pages]:
            text = client.get(url).content.decode("utf-8", "replace")
            leaked = [m for m in forbidden if m in text]
            if leaked:
                problems.append(f"{name} GET {url} shows {leaked}")
            if name != "carla" and ("Anna" in text or "Bram" in text) and name not in ("anna", "bram"):
                problems.append(f"{name} GET {url} shows anna or bram")
            if name in ("carla", "dora") and ("Olaf" in text or "Pim" in text):
                problems.append(f"{name} GET {url} shows olaf or pim before pim agreed")
    assert not problems, "\n".join(problems)


def test_every_action_for_every_member_of_the_cast(cast):
    from heartkeys.web.programme.models import Assignment, CustomScenario
    from heartkeys.web.together.models import CustomCard

    problems = []
    for user in [None, cast.anna, cast.bram, cast.dora, cast.olaf, cast.pim]:
        name = user.username if user else None
        client = _client(user)
        for link, owner in [(cast.link, "carla"), (cast.dora_link, "dora")]:
            for action in ACTIONS:
                response = client.post(f"/coach/desk/{link.pk}/{action}", {"assign-module": "emotional"})
                if response.status_code != expected_status(name, owner):
                    problems.append(f"{name} POST {action} on {owner}'s link: {response.status_code}")
    assert not problems, "\n".join(problems)
    assert not Assignment.objects.exists() and not CustomScenario.objects.exists() and not CustomCard.objects.exists()


def test_carla_cannot_act_on_doras_couple(cast):
    client = _client(cast.carla)
    for action in ACTIONS:
        assert client.post(f"/coach/desk/{cast.dora_link.pk}/{action}", {}).status_code == 404


def test_once_pim_agrees_dora_sees_them(cast):
    from heartkeys.web.coaching import domain

    domain.give_consent(cast.pim, cast.dora_link)
    client = _client(cast.dora)
    assert client.get(f"/coach/desk/{cast.dora_link.pk}/").status_code == 200
    html = client.get("/coach/desk/").content.decode()
    assert "Olaf" in html and "Pim" in html
    assert "Anna" not in html
    assert client.get(f"/coach/desk/{cast.link.pk}/").status_code == 404
