"""A coach takes back what they gave a couple: an open assignment, an own scenario, an own question card."""

from __future__ import annotations

import pytest
from django.test import Client

from heartkeys.web.programme import domain as programme
from heartkeys.web.programme.models import Assignment, CustomScenario
from heartkeys.web.together import domain as together
from heartkeys.web.together.models import CustomCard, DealtCard


def _client(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


@pytest.fixture
def material(cast):
    assignment = programme.assign(cast.couple, module="needs", note="Lees de les", by=cast.carla)
    scenario = programme.add_custom_scenario(cast.couple, key="emotional", message="Ik ben zo moe", by=cast.carla)
    card = together.add_custom_card(cast.couple, theme="us", text="Wat maakt jou trots op ons?", by=cast.carla)
    return {"assignment": assignment, "scenario": scenario, "card": card}


def _url(cast, kind: str, pk: int) -> str:
    return f"/coach/desk/{cast.link.pk}/withdraw/{kind}/{pk}/"


def test_couple_page_offers_to_take_back_own_material(cast, material):
    body = _client(cast.carla).get(f"/coach/desk/{cast.link.pk}/").content.decode()
    for kind in ("assignment", "scenario", "card"):
        assert _url(cast, kind, material[kind].pk) in body
    assert "Intrekken" in body and "Verwijderen" in body


def test_coach_takes_back_an_assignment(cast, material):
    response = _client(cast.carla).post(_url(cast, "assignment", material["assignment"].pk))
    assert response.status_code == 302 and response["Location"].endswith("#assignments")
    assert not Assignment.objects.filter(pk=material["assignment"].pk).exists()
    assert programme.open_assignments(cast.anna).count() == 0


def test_coach_deletes_a_scenario_and_a_card_with_its_place_in_the_deck(cast, material):
    client = _client(cast.carla)
    card = material["card"]
    DealtCard.objects.create(couple=cast.couple, deck="us", card=card.key, dealt_by=cast.anna)
    assert client.post(_url(cast, "scenario", material["scenario"].pk)).status_code == 302
    assert client.post(_url(cast, "card", card.pk)).status_code == 302
    assert not CustomScenario.objects.filter(pk=material["scenario"].pk).exists()
    assert not CustomCard.objects.filter(pk=card.pk).exists()
    assert not DealtCard.objects.filter(card=card.key).exists()


def test_a_done_assignment_stays(cast, material):
    programme.complete_assignment(cast.anna, material["assignment"].pk)
    assert _client(cast.carla).post(_url(cast, "assignment", material["assignment"].pk)).status_code == 404
    assert Assignment.objects.filter(pk=material["assignment"].pk).exists()


@pytest.mark.parametrize("kind", ["assignment", "scenario", "card"])
def test_nobody_else_can_take_it_back(cast, material, kind):
    url = _url(cast, kind, material[kind].pk)
    assert _client(cast.dora).post(url).status_code == 404  # another coach: not her couple
    for partner in (cast.anna, cast.olaf):
        assert _client(partner).post(url).status_code == 403
    response = Client().post(url)
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]
    assert _client(cast.carla).get(url).status_code == 405
    assert type(material[kind]).objects.filter(pk=material[kind].pk).exists()


def test_unknown_kind_or_item_is_404(cast, material):
    client = _client(cast.carla)
    assert client.post(f"/coach/desk/{cast.link.pk}/withdraw/note/1/").status_code == 404
    assert client.post(_url(cast, "card", 999999)).status_code == 404


def test_after_consent_ends_nothing_can_be_taken_back(cast, material):
    from heartkeys.web.coaching import domain as coaching

    coaching.end_link(cast.link)
    assert _client(cast.carla).post(_url(cast, "assignment", material["assignment"].pk)).status_code == 404
