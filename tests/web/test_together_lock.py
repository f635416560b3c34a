"""The couple exercises follow the programme: an exercise of a module that is not open yet shows the
programme's "not open yet" page and refuses changes, until the couple gets there or a coach opens it."""

from __future__ import annotations

from heartkeys.web.programme import domain as programme

METAPHOR = "/together/metaphorical-our-metaphor/"  # key 8: locked at the start
CARDS = "/together/curious-question-cards/"  # key 4


def test_exercise_of_a_locked_module_shows_not_open_yet(cast, login):
    client = login(cast.anna)
    response = client.get(METAPHOR)
    assert response.status_code == 200
    assert "programme/locked.html" in [t.name for t in response.templates]
    assert client.post(METAPHOR + "choose/", {"metaphor": "journey"}).status_code == 403


def test_a_coach_unlock_opens_it(cast, login):
    programme.unlock(cast.couple, "metaphorical")
    response = login(cast.bram).get(METAPHOR)
    assert response.status_code == 200
    assert "programme/locked.html" not in [t.name for t in response.templates]


def test_moving_on_opens_the_next_module(cast, login):
    client = login(cast.anna)
    assert "programme/locked.html" in [t.name for t in client.get(CARDS).templates]
    for code in ("emotional", "nonverbal", "perspective"):
        programme.move_on(cast.anna, code)
    assert "programme/locked.html" not in [t.name for t in client.get(CARDS).templates]
