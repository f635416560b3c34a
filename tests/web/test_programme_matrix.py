"""The programme's authorization matrix: every personal programme page, for every member of the cast.

Each partner writes an attempt, a reflection, a module reflection and a need entry in each
visibility, with a marker in the text. No page may show a marker to someone who may not see it,
and no page may answer with a server error.
"""

from __future__ import annotations

import itertools

import pytest
from django.test import Client

from heartkeys.content import load_content
from heartkeys.web.couples.domain import couple_of
from heartkeys.web.programme import domain
from heartkeys.web.programme.models import Attempt, NeedEntry, Reflection

pytestmark = pytest.mark.django_db

NL = load_content("nl")
KINDS = ["ATT", "REF", "MOD", "NEED"]
PEOPLE = ["anna", "bram", "olaf", "pim"]
VISIBILITIES = ["private", "partner", "coach"]

# Exercises whose pages list what people wrote (the others show only content).
LISTING = ["emotional-feeling-reply", "emotional-feelings-vocabulary", "needs-complaint-to-need"]


def marker(who, vis, kind):
    return f"{who.upper()}-{vis.upper()}-{kind}-PG"


def allowed(viewer):
    own = {"anna": "bram", "bram": "anna", "olaf": "pim", "pim": "olaf"}
    if viewer not in own:
        return set()  # coaches (and anonymous visitors) see nothing on partner pages
    result = {marker(viewer, v, k) for v in VISIBILITIES for k in KINDS}
    result |= {marker(own[viewer], v, k) for v in ("partner", "coach") for k in KINDS}
    return result


ALL = {marker(w, v, k) for w, v, k in itertools.product(PEOPLE, VISIBILITIES, KINDS)}


def _write(user):
    for vis in VISIBILITIES:
        couple = None if vis == "private" else couple_of(user)
        shared = {"owner": user, "couple": couple, "visibility": vis}
        Attempt.objects.create(
            exercise_id="emotional-feeling-reply",
            scenario_id="s1",
            key="emotional",
            context="Ik ben zo moe",
            text=f"Je bent moe {marker(user.username, vis, 'ATT')}",
            levels={"emotional": 1},
            finding_ids=[],
            **shared,
        )
        Reflection.objects.create(
            exercise_id="emotional-feelings-vocabulary",
            key="emotional",
            answers=[{"prompt": "?", "answer": marker(user.username, vis, "REF")}],
            **shared,
        )
        Reflection.objects.create(
            key="emotional", answers=[{"prompt": "?", "answer": marker(user.username, vis, "MOD")}], **shared
        )
        NeedEntry.objects.create(
            exercise_id="needs-complaint-to-need",
            scenario_id="s1",
            complaint="Je bent nooit thuis",
            feeling="eenzaam",
            need_id="closeness",
            need_text="nabijheid",
            request=marker(user.username, vis, "NEED"),
            **shared,
        )


def test_nobody_sees_programme_items_they_must_not(cast):
    for couple in (cast.couple, cast.other_couple):
        for code in ("needs",):
            domain.unlock(couple, code)
    for user in (cast.anna, cast.bram, cast.olaf, cast.pim):
        _write(user)
    pages = ["/programme/", "/programme/emotional/", "/programme/needs/"]
    pages += [f"/programme/exercise/{e}/" for e in LISTING]
    pages += [f"/programme/attempt/{pk}/" for pk in Attempt.objects.values_list("pk", flat=True)]
    pages += [f"/programme/reflection/{pk}/" for pk in Reflection.objects.values_list("pk", flat=True)]
    pages += [f"/programme/need/{pk}/" for pk in NeedEntry.objects.values_list("pk", flat=True)]
    problems = []
    for viewer in [None, cast.anna, cast.bram, cast.carla, cast.dora, cast.olaf, cast.pim]:
        client = Client()
        if viewer is not None:
            client.force_login(viewer)
        name = viewer.username if viewer else None
        forbidden = ALL - allowed(name)
        for page in pages:
            response = client.get(page)
            if response.status_code >= 500:
                problems.append(f"{name} {page}: {response.status_code}")
                continue
            html = response.content.decode("utf-8", "replace")
            leaked = [m for m in forbidden if m in html]
            if leaked:
                problems.append(f"{name} {page}: {leaked}")
            if viewer is None:
                assert response.status_code == 302, page
            elif viewer.role == "coach":
                assert response.status_code == 403, page
    assert not problems, "\n".join(problems)


def test_every_exercise_page_renders_for_a_partner(cast, login):
    for code in [k.code.value for k in NL.keys]:
        domain.unlock(cast.couple, code)
    client = login(cast.anna)
    for exercise in NL.exercises:
        for lang in ("nl", "en"):
            response = client.get(f"/programme/exercise/{exercise.id}/?lang={lang}")
            assert response.status_code in (200, 302), (exercise.id, lang)
    for key in NL.keys:
        assert client.get(f"/programme/{key.code.value}/").status_code == 200
