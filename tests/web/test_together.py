"""The couple exercises (heartkeys.web.together): cards, treatment cards, metaphor, accuracy game."""

from __future__ import annotations

import html
import random

import pytest
from web_cast import PASSWORD, make_couple, make_user

from heartkeys.content import load_content
from heartkeys.web.programme.models import ExerciseCompletion
from heartkeys.web.together import domain
from heartkeys.web.together.domain import TogetherProblem
from heartkeys.web.together.export import export_user
from heartkeys.web.together.models import (
    AccuracyRound,
    CustomCard,
    DealtCard,
    MetaphorChoice,
    PracticeGuess,
    TreatmentCard,
)


@pytest.fixture(autouse=True)
def _every_module_open(monkeypatch):
    """These tests are about the exercises themselves; the programme's lock has its own tests
    (test_together_lock.py), so here every module counts as open."""
    monkeypatch.setattr("heartkeys.web.together.views._locked", lambda user, ex: False)


CARDS = "curious-question-cards"
TREAT = "moral-treat-me-as-i-want"
META = "metaphorical-our-metaphor"
GAME = "needs-accuracy-game"
NL, EN = load_content("nl"), load_content("en")


def _body(response) -> str:
    """The page with HTML entities decoded, so texts with quotes compare as written."""
    return html.unescape(response.content.decode())


def _ex(exercise_id, lang="nl"):
    return domain.exercise(lang, exercise_id)


def _feeling(family_id: str, index: int = 0, content=NL) -> str:
    family = next(f for f in content.feelings if f.id == family_id)
    return f"{family.id}|{family.words[index]}"


# --- overview and access -------------------------------------------------------------------------


def test_index_lists_the_four_exercises_in_dutch(cast, login):
    response = login(cast.anna).get("/together/")
    assert response.status_code == 200
    body = _body(response)
    for exercise_id in (CARDS, TREAT, META, GAME):
        assert NL.exercise(exercise_id).title in body
        assert f"/together/{exercise_id}/" in body
    assert "Samen oefenen" in body


def test_index_in_english(cast, login):
    body = _body(login(cast.anna).get("/together/?lang=en"))
    assert "Exercises together" in body
    assert all(EN.exercise(e).title in body for e in (CARDS, TREAT, META, GAME))


@pytest.mark.parametrize("url", ["/together/", f"/together/{CARDS}/", f"/together/{GAME}/tell/"])
def test_without_a_partner_a_friendly_page(db, login, url):
    from heartkeys.web.couples.domain import create_couple

    solo = make_user("solo")
    body = _body(login(solo).get(url))
    assert "/couple/" in body and "partner" in body.lower()
    assert not DealtCard.objects.exists()
    create_couple(solo)  # a couple space, but nobody joined yet
    response = login(solo).get(url)
    assert response.status_code == 200 and "/couple/" in _body(response)


def test_without_a_partner_a_post_changes_nothing(db, login):
    solo = make_user("solo")
    response = login(solo).post(f"/together/{CARDS}/deal/", {"deck": "all"})
    assert response.status_code == 200
    assert not DealtCard.objects.exists()


def test_coaches_and_anonymous_are_kept_out(cast, client):
    for url in ["/together/", f"/together/{CARDS}/", f"/together/{META}/"]:
        client.force_login(cast.carla)
        assert client.get(url).status_code == 403
        client.logout()
        response = client.get(url)
        assert response.status_code == 302 and response["Location"].startswith("/accounts/login/")


def test_unknown_exercise_or_other_type_is_404(cast, login):
    client = login(cast.anna)
    assert client.get("/together/no-such-exercise/").status_code == 404
    other = next(e for e in NL.exercises if e.type not in domain.TYPES)
    assert client.get(f"/together/{other.id}/").status_code == 404
    # a sub-page of one type does not work for another type
    assert client.post(f"/together/{TREAT}/deal/", {"deck": "all"}).status_code == 404
    assert client.get(f"/together/{CARDS}/practice/").status_code == 404


def test_wrong_methods_are_405(cast, login):
    client = login(cast.anna)
    assert client.get(f"/together/{CARDS}/deal/").status_code == 405
    assert client.get(f"/together/{CARDS}/talked/").status_code == 405
    assert client.post("/together/").status_code == 405
    assert client.post(f"/together/{CARDS}/").status_code == 405
    assert client.get(f"/together/{META}/choose/").status_code == 405
    assert client.get(f"/together/{CARDS}/done/").status_code == 405


def test_done_button_marks_the_exercise(cast, login):
    response = login(cast.anna).post(f"/together/{TREAT}/done/")
    assert response.status_code == 302
    assert ExerciseCompletion.objects.filter(user=cast.anna, exercise_id=TREAT).count() == 1
    assert not ExerciseCompletion.objects.filter(user=cast.bram).exists()


# --- question cards ------------------------------------------------------------------------------


def test_the_whole_theme_deck_is_dealt_before_any_card_repeats(cast):
    rng = random.Random(7)
    deck = {c.id for c in NL.cards_in("daily")}
    seen = []
    for _ in range(len(deck)):
        card, new_round = domain.deal_card(cast.couple, cast.anna, "daily", "nl", rng)
        assert not new_round and card.round == 1
        seen.append(card.card)
    assert sorted(seen) == sorted(deck)  # every card once, none twice
    card, new_round = domain.deal_card(cast.couple, cast.bram, "daily", "nl", rng)
    assert new_round and card.round == 2 and card.card in deck
    # the other couple has its own deck
    assert domain.deck_progress(cast.other_couple, "daily", "nl") == {"round": 1, "dealt": 0, "total": len(deck)}


def test_mixed_deck_includes_the_coach_cards(cast):
    custom = domain.add_custom_card(
        cast.couple, theme="us", text="CUSTOM-CARD-MARKER what made you laugh?", by=cast.carla
    )
    keys = {c.key for c in domain.deck_cards(cast.couple, "all", "nl")}
    assert len(keys) == len(NL.cards) + 1 and custom.key in keys
    assert custom.key in {c.key for c in domain.deck_cards(cast.couple, "us", "en")}
    assert custom.key not in {c.key for c in domain.deck_cards(cast.couple, "daily", "nl")}
    assert custom.key not in {c.key for c in domain.deck_cards(cast.other_couple, "all", "nl")}
    dealt = {domain.deal_card(cast.couple, cast.anna, "all", "nl")[0].card for _ in range(len(keys))}
    assert dealt == keys


def test_only_the_active_coach_can_add_cards(cast):
    for by in (cast.dora, cast.anna, cast.olaf):
        with pytest.raises(TogetherProblem):
            domain.add_custom_card(cast.couple, theme="us", text="hi", by=by)
    with pytest.raises(TogetherProblem):
        domain.add_custom_card(cast.other_couple, theme="us", text="hi", by=cast.dora)  # pim never agreed
    with pytest.raises(TogetherProblem, match="unknown_theme"):
        domain.add_custom_card(cast.couple, theme="nope", text="hi", by=cast.carla)
    with pytest.raises(TogetherProblem, match="empty"):
        domain.add_custom_card(cast.couple, theme="us", text="   ", by=cast.carla)
    with pytest.raises(TogetherProblem, match="too_long"):
        domain.add_custom_card(cast.couple, theme="us", text="x" * 301, by=cast.carla)
    assert not CustomCard.objects.exists()


def test_deal_talk_and_list_through_the_pages(cast, login):
    client = login(cast.anna)
    response = client.post(f"/together/{CARDS}/deal/", {"deck": "feelings"})
    assert response.status_code == 302 and response["Location"].endswith("?deck=feelings")
    dealt = DealtCard.objects.get()
    text = next(c.text for c in NL.cards if c.id == dealt.card)
    body = _body(client.get(response["Location"]))
    assert text in body and "We talked about it" not in body  # Dutch page
    assert "We hebben het erover gehad" in body
    response = client.post(f"/together/{CARDS}/talked/", {"deck": "feelings", "card": dealt.pk})
    assert response.status_code == 302
    dealt.refresh_from_db()
    assert dealt.talked_at is not None
    # bram sees the same couple deck and talked list
    assert text in _body(login(cast.bram).get(f"/together/{CARDS}/talked/list/"))
    en = _body(login(cast.bram).get(f"/together/{CARDS}/talked/list/?lang=en"))
    assert next(c.text for c in EN.cards if c.id == dealt.card) in en
    # the other couple cannot touch or see it
    olaf = login(cast.olaf)
    assert olaf.post(f"/together/{CARDS}/talked/", {"card": dealt.pk}).status_code == 404
    assert text not in _body(olaf.get(f"/together/{CARDS}/talked/list/"))
    assert text not in _body(olaf.get(f"/together/{CARDS}/?deck=feelings"))


def test_a_new_round_is_announced(cast, login):
    for card in NL.cards_in("past"):
        DealtCard.objects.create(couple=cast.couple, dealt_by=cast.anna, deck="past", round=1, card=card.id)
    response = login(cast.anna).post(f"/together/{CARDS}/deal/?lang=en", {"deck": "past"}, follow=True)
    assert "A new round starts" in _body(response)
    assert DealtCard.objects.filter(deck="past", round=2).count() == 1


def test_bad_card_input_never_breaks(cast, login):
    client = login(cast.anna)
    response = client.post(f"/together/{CARDS}/deal/", {"deck": "<script>"}, follow=True)
    assert response.status_code == 200 and not DealtCard.objects.exists()
    assert client.get(f"/together/{CARDS}/?deck=nonsense").status_code == 200
    assert client.post(f"/together/{CARDS}/talked/", {"card": "abc"}).status_code == 404
    assert client.post(f"/together/{CARDS}/talked/", {}).status_code == 404
    assert client.post(f"/together/{CARDS}/talked/", {"card": "999999"}).status_code == 404


# --- treatment cards -----------------------------------------------------------------------------


def test_treatment_cards_are_private_until_shared(cast, login):
    anna = login(cast.anna)
    url = f"/together/{TREAT}/cards/0/"
    assert NL.exercise(TREAT).prompts[0] in _body(anna.get(url))
    response = anna.post(url, {"answer": "TREAT-SECRET tea and quiet", "visibility": "private"})
    assert response.status_code == 302
    bram = login(cast.bram)
    assert "TREAT-SECRET" not in _body(bram.get(f"/together/{TREAT}/"))
    card = TreatmentCard.objects.get(owner=cast.anna)
    assert bram.get(f"/together/{TREAT}/practice/{card.pk}/").status_code == 404
    login(cast.anna).post(url, {"answer": "TREAT-SECRET tea and quiet", "visibility": "partner"})
    assert TreatmentCard.objects.count() == 1
    assert "TREAT-SECRET" in _body(login(cast.bram).get(f"/together/{TREAT}/"))


def test_practice_guess_then_reveal_side_by_side(cast, login):
    login(cast.anna).post(f"/together/{TREAT}/cards/2/", {"answer": "REAL-ANSWER a long walk", "visibility": "partner"})
    card = TreatmentCard.objects.get()
    bram = login(cast.bram)
    practice = _body(bram.get(f"/together/{TREAT}/practice/"))
    assert NL.exercise(TREAT).prompts[2] in practice
    # the answer is not on the guess page, and the reveal needs a guess first
    assert "REAL-ANSWER" not in _body(bram.get(f"/together/{TREAT}/practice/{card.pk}/"))
    response = bram.get(f"/together/{TREAT}/practice/{card.pk}/reveal/")
    assert response.status_code == 302 and response["Location"].endswith(f"/practice/{card.pk}/")
    assert bram.post(f"/together/{TREAT}/practice/{card.pk}/", {"guess": ""}).status_code == 400
    response = bram.post(f"/together/{TREAT}/practice/{card.pk}/", {"guess": "MY-GUESS a hug"})
    assert response.status_code == 302
    body = _body(bram.get(response["Location"]))
    assert "MY-GUESS" in body and "REAL-ANSWER" in body
    assert PracticeGuess.objects.get().owner == cast.bram
    # anna cannot practise on her own card; olaf and carla get nothing
    assert login(cast.anna).get(f"/together/{TREAT}/practice/{card.pk}/").status_code == 404
    assert login(cast.olaf).get(f"/together/{TREAT}/practice/{card.pk}/reveal/").status_code == 404
    assert login(cast.carla).get(f"/together/{TREAT}/practice/{card.pk}/").status_code == 403


def test_treatment_validation(cast, login):
    client = login(cast.anna)
    url = f"/together/{TREAT}/cards/1/"
    response = client.post(url, {"answer": "", "visibility": "private"})
    assert response.status_code == 400 and "errorlist" in _body(response)
    assert client.post(url, {"answer": "x" * 2001, "visibility": "private"}).status_code == 400
    assert client.post(url, {"answer": "ok", "visibility": "everyone"}).status_code == 400
    assert client.post(url, {}).status_code == 400
    assert client.get(f"/together/{TREAT}/cards/99/").status_code == 404
    assert client.post(f"/together/{TREAT}/cards/99/", {"answer": "a", "visibility": "private"}).status_code == 404
    assert not TreatmentCard.objects.exists()
    english = _body(client.post(f"{url}?lang=en", {"answer": "", "visibility": "private"}))
    assert "This field is required." in english


def test_treatment_card_delete_own_only(cast, login):
    login(cast.anna).post(f"/together/{TREAT}/cards/3/", {"answer": "mine", "visibility": "partner"})
    assert login(cast.bram).post(f"/together/{TREAT}/cards/3/delete/").status_code == 404
    assert login(cast.anna).post(f"/together/{TREAT}/cards/3/delete/").status_code == 302
    assert not TreatmentCard.objects.exists()


def test_coach_sees_only_cards_shared_with_the_coach(cast):
    ex = _ex(TREAT)
    domain.save_treatment_card(cast.anna, ex, 0, "ANNA-FOR-COACH", "coach")
    domain.save_treatment_card(cast.anna, ex, 1, "ANNA-FOR-BRAM", "partner")
    domain.save_treatment_card(cast.bram, ex, 0, "BRAM-PRIVATE-CARD", "private")
    domain.save_treatment_card(cast.olaf, ex, 0, "OLAF-FOR-COACH", "coach")
    assert [c.answer for c in domain.shared_treatment_cards_for_coach(cast.link)] == ["ANNA-FOR-COACH"]
    assert domain.shared_treatment_cards_for_coach(cast.dora_link) == []  # pim never agreed


def test_leaving_takes_treatment_cards_back(cast, login):
    from heartkeys.web.couples.domain import leave_couple

    domain.save_treatment_card(cast.anna, _ex(TREAT), 0, "ANNA-SHARED-CARD", "partner")
    leave_couple(cast.anna)
    card = TreatmentCard.objects.get()
    assert (card.visibility, card.couple) == ("private", None)
    assert "ANNA-SHARED-CARD" not in _body(login(cast.bram).get(f"/together/{TREAT}/"))


# --- our metaphor --------------------------------------------------------------------------------


def test_metaphor_is_revealed_only_after_both_chose(cast, login):
    metaphor = NL.metaphors[0]
    anna = login(cast.anna)
    response = anna.post(f"/together/{META}/choose/", {"metaphor": metaphor.id, "meaning": "ANNA-MEANING"})
    assert response.status_code == 302
    waiting = _body(anna.get(f"/together/{META}/"))
    assert "Wachten op je partner" in waiting and metaphor.name in waiting
    bram_page = _body(login(cast.bram).get(f"/together/{META}/"))
    assert "ANNA-MEANING" not in bram_page and 'name="metaphor"' in bram_page
    assert "Bram" not in _body(login(cast.olaf).get(f"/together/{META}/"))
    assert not ExerciseCompletion.objects.exists()
    response = login(cast.bram).post(
        f"/together/{META}/choose/", {"own_name": "BRAM-OWN a sailing boat", "meaning": "BRAM-MEANING we steer"}
    )
    assert response.status_code == 302
    for user in (cast.anna, cast.bram):
        body = _body(login(user).get(f"/together/{META}/"))
        assert all(m in body for m in ["ANNA-MEANING", "BRAM-OWN", "BRAM-MEANING", metaphor.question])
        assert NL.exercise(META).prompts[0] in body
        assert ExerciseCompletion.objects.filter(user=user, exercise_id=META).count() == 1
    olaf = _body(login(cast.olaf).get(f"/together/{META}/"))
    assert "ANNA-MEANING" not in olaf and "BRAM-OWN" not in olaf
    assert login(cast.olaf).get(f"/together/{META}/round/1/").status_code == 404


def test_metaphor_new_round(cast, login):
    ex = _ex(META)
    assert login(cast.anna).post(f"/together/{META}/new-round/", follow=True).status_code == 200
    assert domain.metaphor_round(cast.couple, META).number == 1  # not while the round is open
    domain.choose_metaphor(cast.anna, ex, metaphor_id=NL.metaphors[1].id)
    with pytest.raises(TogetherProblem, match="already_chosen"):
        domain.choose_metaphor(cast.anna, ex, metaphor_id=NL.metaphors[2].id)
    domain.choose_metaphor(cast.bram, ex, metaphor_id=NL.metaphors[2].id)
    assert login(cast.anna).post(f"/together/{META}/new-round/").status_code == 302
    state = domain.metaphor_state(cast.bram, META)
    assert state["round"].number == 2 and state["mine"] is None and not state["revealed"]
    body = _body(login(cast.bram).get(f"/together/{META}/?lang=en"))
    assert 'name="metaphor"' in body and "/round/1/" in body
    round_one = _body(login(cast.bram).get(f"/together/{META}/round/1/"))
    assert EN.metaphors[1].name in round_one and EN.metaphors[2].name in round_one  # the cookie says English


@pytest.mark.parametrize(
    "data",
    [
        {},
        {"metaphor": "garden-of-nothing"},
        {"metaphor": NL.metaphors[0].id, "own_name": "both"},
        {"own_name": "a kite"},
        {"own_name": "x" * 121, "meaning": "m"},
    ],
)
def test_metaphor_validation(cast, login, data):
    response = login(cast.anna).post(f"/together/{META}/choose/", data)
    assert response.status_code == 400 and "errorlist" in _body(response)
    assert not MetaphorChoice.objects.exists()


def test_metaphor_for_the_coach_only_when_both_shared(cast):
    ex = _ex(META)
    domain.choose_metaphor(cast.anna, ex, metaphor_id=NL.metaphors[0].id, share_with_coach=True)
    assert domain.metaphor_reveal_for_coach(cast.link) is None  # not revealed yet
    domain.choose_metaphor(cast.bram, ex, own_name="a kite", meaning="light", share_with_coach=False)
    assert domain.metaphor_reveal_for_coach(cast.link) is None  # bram did not share
    MetaphorChoice.objects.filter(owner=cast.bram).update(visibility="coach")
    reveal = domain.metaphor_reveal_for_coach(cast.link)
    assert reveal is not None and len(reveal["choices"]) == 2
    assert domain.metaphor_reveal_for_coach(cast.dora_link) is None


# --- accuracy game -------------------------------------------------------------------------------


def test_scoring_exact_family_and_none():
    happy = next(f for f in NL.feelings if f.id == "happy")
    assert domain.score_feeling(("happy", happy.words[0]), ("happy", happy.words[0])) == 1
    assert domain.score_feeling(("happy", happy.words[0]), ("happy", happy.words[1])) == 0.5
    assert domain.score_feeling(("happy", happy.words[0]), ("sad", "verdrietig")) == 0
    same_group = [n.id for n in NL.needs if n.group == "connection"]
    other_group = next(n.id for n in NL.needs if n.group == "rest")
    assert domain.score_need(same_group[0], same_group[0]) == 1
    assert domain.score_need(same_group[0], same_group[1]) == 0.5
    assert domain.score_need(same_group[0], other_group) == 0


def _tell(client, situation="GAME-SITUATION the meeting ran late", feeling=None, need="closeness"):
    return client.post(
        f"/together/{GAME}/tell/", {"situation": situation, "feeling": feeling or _feeling("tired", 2), "need": need}
    )


def test_accuracy_round_from_tell_to_score(cast, login):
    response = _tell(login(cast.anna))
    assert response.status_code == 302
    rnd = AccuracyRound.objects.get()
    assert (rnd.owner, rnd.guesser, rnd.visibility) == (cast.anna, cast.bram, "partner")
    url = f"/together/{GAME}/game/{rnd.pk}/"
    bram = login(cast.bram)
    page = _body(bram.get(url))
    assert "GAME-SITUATION" in page and 'name="feeling"' in page  # the guess form
    assert f"<strong>{rnd.feeling_word}</strong>" not in page and f'{rnd.feeling_word}" selected' not in page
    assert "Rondes die op jouw gok wachten: 1." in _body(bram.get("/together/"))
    # the teller cannot guess her own round
    assert login(cast.anna).post(url, {"feeling": _feeling("tired", 2), "need": "closeness"}).status_code == 302
    assert AccuracyRound.objects.get().guessed_at is None
    # same family, other word; need of the same group
    other_connection = next(n.id for n in NL.needs if n.group == "connection" and n.id != "closeness")
    response = login(cast.bram).post(url, {"feeling": _feeling("tired", 3), "need": other_connection})
    assert response.status_code == 302
    rnd.refresh_from_db()
    assert (rnd.feeling_score, rnd.need_score, rnd.score) == (0.5, 0.5, 1.0)
    body = _body(login(cast.bram).get(url))
    assert rnd.feeling_word in body and rnd.guess_feeling_word in body and "1 van de 2" in body
    assert {c.user_id for c in ExerciseCompletion.objects.filter(exercise_id=GAME)} == {cast.anna.pk, cast.bram.pk}
    # no second guess, no change of the answer any more
    login(cast.bram).post(url, {"feeling": _feeling("tired", 2), "need": "closeness"})
    rnd.refresh_from_db()
    assert rnd.score == 1.0
    response = login(cast.anna).post(f"{url}edit/", {"situation": "x", "feeling": _feeling("happy"), "need": "rest"})
    assert response.status_code == 302
    rnd.refresh_from_db()
    assert rnd.feeling_family == "tired" and rnd.situation.startswith("GAME-SITUATION")
    with pytest.raises(TogetherProblem, match="already_guessed"):
        domain.update_accuracy_round(rnd, cast.anna, situation="x", feeling=_feeling("happy"), need="rest", lang="nl")


def test_teller_may_change_the_answer_before_the_guess(cast, login):
    _tell(login(cast.anna))
    rnd = AccuracyRound.objects.get()
    url = f"/together/{GAME}/game/{rnd.pk}/edit/"
    assert login(cast.bram).get(url).status_code == 404
    response = login(cast.anna).post(url, {"situation": "changed", "feeling": _feeling("happy", 1), "need": "rest"})
    assert response.status_code == 302
    rnd.refresh_from_db()
    assert (rnd.situation, rnd.feeling_family, rnd.need) == ("changed", "happy", "rest")


def test_exact_guess_scores_two_and_a_miss_scores_zero(cast):
    ex = _ex(GAME)
    rnd = domain.start_accuracy_round(
        cast.anna, ex, situation="s", feeling=_feeling("angry", 0), need="respect", lang="nl"
    )
    rnd = domain.guess_accuracy_round(rnd, cast.bram, feeling=_feeling("angry", 0), need="respect", lang="nl")
    assert rnd.score == 2
    rnd = domain.start_accuracy_round(
        cast.bram, ex, situation="s2", feeling=_feeling("calm", 0), need="rest", lang="nl"
    )
    with pytest.raises(TogetherProblem, match="not_yours"):
        domain.guess_accuracy_round(rnd, cast.bram, feeling=_feeling("calm", 0), need="rest", lang="nl")
    with pytest.raises(TogetherProblem, match="not_yours"):
        domain.guess_accuracy_round(rnd, cast.olaf, feeling=_feeling("calm", 0), need="rest", lang="nl")
    rnd = domain.guess_accuracy_round(rnd, cast.anna, feeling=_feeling("sad", 0), need="closeness", lang="nl")
    assert rnd.score == 0
    history = domain.accuracy_history(cast.anna, GAME)
    averages = {p["guesser"].username: p["average"] for p in history["per_person"]}
    assert averages == {"bram": 2.0, "anna": 0.0}


@pytest.mark.parametrize(
    "data",
    [
        {},
        {"situation": "s", "feeling": "happy|not a word", "need": "closeness"},
        {
            "situation": "s",
            "feeling": "sad|" + next(f for f in NL.feelings if f.id == "happy").words[0],
            "need": "rest",
        },
        {"situation": "s", "feeling": "happy", "need": "rest"},
        {"situation": "s", "feeling": _feeling("happy"), "need": "no-such-need"},
        {"situation": "", "feeling": _feeling("happy"), "need": "rest"},
        {"situation": "x" * 2001, "feeling": _feeling("happy"), "need": "rest"},
    ],
)
def test_accuracy_validation(cast, login, data):
    response = login(cast.anna).post(f"/together/{GAME}/tell/", data)
    assert response.status_code == 400 and "errorlist" in _body(response)
    assert not AccuracyRound.objects.exists()


def test_guess_validation_and_english(cast, login):
    _tell(login(cast.anna))
    rnd = AccuracyRound.objects.get()
    url = f"/together/{GAME}/game/{rnd.pk}/?lang=en"
    response = login(cast.bram).post(url, {"feeling": "bogus|x", "need": "closeness"})
    assert response.status_code == 400 and "Select a valid choice" in _body(response)
    assert AccuracyRound.objects.get().guessed_at is None
    # an English guess: the words come from the English list
    response = login(cast.bram).post(url, {"feeling": _feeling("tired", 0, EN), "need": "closeness"})
    rnd.refresh_from_db()
    assert rnd.need_score == 1 and rnd.feeling_score in (0.5, 1)
    assert "Score: " in _body(login(cast.bram).get(url))


def test_accuracy_for_the_coach(cast, login):
    ex = _ex(GAME)
    shared = domain.start_accuracy_round(
        cast.anna, ex, situation="SHARED-SITUATION", feeling=_feeling("hurt"), need="closeness", lang="nl",
        share_with_coach=True,
    )  # fmt: skip
    private = domain.start_accuracy_round(
        cast.bram, ex, situation="GAME-ONLY-SITUATION", feeling=_feeling("calm"), need="rest", lang="nl"
    )
    domain.guess_accuracy_round(shared, cast.bram, feeling=_feeling("hurt"), need="closeness", lang="nl")
    domain.guess_accuracy_round(private, cast.anna, feeling=_feeling("calm", 1), need="rest", lang="nl")
    summary = domain.accuracy_summary(cast.couple)
    assert {s["name"]: s["average"] for s in summary} == {"Bram": 2.0, "Anna": 1.5}
    assert "SITUATION" not in repr(summary)
    assert [r.situation for r in domain.accuracy_rounds_for_coach(cast.link)] == ["SHARED-SITUATION"]
    assert domain.accuracy_rounds_for_coach(cast.dora_link) == []
    # the teller can stop sharing
    login(cast.anna).post(f"/together/{GAME}/game/{shared.pk}/share/", {"share": "0"})
    assert domain.accuracy_rounds_for_coach(cast.link) == []
    assert login(cast.bram).post(f"/together/{GAME}/game/{shared.pk}/share/", {"share": "1"}).status_code == 404


def test_accuracy_page_and_chart(cast, login):
    ex = _ex(GAME)
    rnd = domain.start_accuracy_round(cast.anna, ex, situation="s", feeling=_feeling("happy"), need="rest", lang="nl")
    domain.guess_accuracy_round(rnd, cast.bram, feeling=_feeling("happy"), need="rest", lang="nl")
    body = _body(login(cast.bram).get(f"/together/{GAME}/"))
    assert "<table" in body and f"/together/{GAME}/chart.svg" in body
    response = login(cast.bram).get(f"/together/{GAME}/chart.svg")
    assert response.status_code == 200 and response["Content-Type"].startswith("image/svg+xml")
    assert "<script" not in _body(response)
    assert login(cast.carla).get(f"/together/{GAME}/chart.svg").status_code == 403


# --- export and deletion -------------------------------------------------------------------------


def _fill_everything(cast):
    domain.add_custom_card(cast.couple, theme="us", text="CARLA-CUSTOM-CARD", by=cast.carla)
    dealt, _new = domain.deal_card(cast.couple, cast.anna, "all", "nl")
    domain.mark_talked(cast.couple, dealt.pk)
    card = domain.save_treatment_card(cast.anna, _ex(TREAT), 0, "ANNA-TREAT-TEXT", "partner")
    domain.save_treatment_card(cast.bram, _ex(TREAT), 0, "BRAM-TREAT-TEXT", "partner")
    domain.save_practice_guess(cast.bram, card, "BRAM-GUESS-TEXT")
    domain.choose_metaphor(cast.anna, _ex(META), own_name="ANNA-OWN-METAPHOR", meaning="ANNA-METAPHOR-MEANING")
    domain.choose_metaphor(cast.bram, _ex(META), metaphor_id=NL.metaphors[3].id, meaning="BRAM-METAPHOR-MEANING")
    rnd = domain.start_accuracy_round(
        cast.anna, _ex(GAME), situation="ANNA-GAME-SITUATION", feeling=_feeling("sad"), need="closeness", lang="nl"
    )
    domain.guess_accuracy_round(rnd, cast.bram, feeling=_feeling("sad", 1), need="closeness", lang="nl")


def test_export_has_everything_and_nothing_of_the_partner(cast, login):
    _fill_everything(cast)
    anna = export_user(cast.anna)
    assert anna["treatment_cards"][0]["answer"] == "ANNA-TREAT-TEXT"
    assert anna["metaphor_choices"][0]["own_metaphor"] == "ANNA-OWN-METAPHOR"
    assert anna["accuracy_rounds_told"][0]["situation"] == "ANNA-GAME-SITUATION"
    assert len(anna["cards_dealt"]) == 1 and anna["cards_dealt"][0]["talked_at"]
    assert "BRAM-" not in repr(anna)
    bram = export_user(cast.bram)
    assert bram["practice_guesses"][0]["guess"] == "BRAM-GUESS-TEXT"
    assert bram["accuracy_guesses"][0]["feeling_score"] == 0.5
    assert "ANNA-" not in repr(bram)
    assert export_user(cast.carla)["custom_cards_written"][0]["text"] == "CARLA-CUSTOM-CARD"
    # and the privacy download includes this section
    response = login(cast.anna).post("/privacy/export/")
    assert "ANNA-GAME-SITUATION" in _body(response) and "BRAM-TREAT-TEXT" not in _body(response)


def test_deleting_an_account_deletes_its_exercise_rows(cast, login):
    _fill_everything(cast)
    response = login(cast.anna).post("/privacy/delete/", {"password": PASSWORD})
    assert response.status_code == 302
    assert not TreatmentCard.objects.filter(answer__startswith="ANNA").exists()
    assert not MetaphorChoice.objects.filter(own_name__startswith="ANNA").exists()
    assert not AccuracyRound.objects.exists()  # told by anna, guessed by bram: it was a round of two
    assert not DealtCard.objects.filter(dealt_by_id=cast.anna.pk).exists()
    assert TreatmentCard.objects.filter(answer="BRAM-TREAT-TEXT").exists()  # bram's own stay
    login(cast.bram).post("/privacy/delete/", {"password": PASSWORD})
    login(cast.carla).post("/privacy/delete/", {"password": PASSWORD})
    for model in (TreatmentCard, PracticeGuess, MetaphorChoice, CustomCard, DealtCard):
        assert not model.objects.exists(), model.__name__


def test_a_new_partner_never_sees_what_was_meant_for_the_old_one(cast, login):
    from heartkeys.web.couples import domain as couples

    domain.choose_metaphor(cast.anna, _ex(META), own_name="OLD-METAPHOR", meaning="old")
    domain.save_treatment_card(cast.anna, _ex(TREAT), 0, "OLD-TREAT-CARD", "partner")
    domain.deal_card(cast.couple, cast.anna, "all", "nl")
    couples.leave_couple(cast.bram)
    nina = make_user("nina")
    _invite, token = couples.create_invite(cast.anna)
    couples.accept_invite(token, nina)
    assert "OLD-TREAT-CARD" not in _body(login(nina).get(f"/together/{TREAT}/"))
    assert not DealtCard.objects.exists()  # a fresh deck for the new pair
    domain.choose_metaphor(nina, _ex(META), metaphor_id=NL.metaphors[0].id)
    assert "OLD-METAPHOR" not in _body(login(nina).get(f"/together/{META}/"))
    assert domain.metaphor_state(cast.anna, META)["mine"] is None  # anna chooses again in the new round
    domain.choose_metaphor(cast.anna, _ex(META), metaphor_id=NL.metaphors[1].id)
    body = _body(login(nina).get(f"/together/{META}/"))
    assert NL.metaphors[1].name in body and "OLD-METAPHOR" not in body


def test_make_couple_helper_still_works_for_a_fresh_pair(db, login):
    a, b = make_user("ava"), make_user("ben")
    make_couple(a, b)
    assert login(a).get(f"/together/{CARDS}/").status_code == 200
