"""The step-by-step programme: modules and their states, the exercises per type, feedback,
sharing, coach functions, export and deletion."""

from __future__ import annotations

import pytest
from django.test import Client
from web_cast import make_user

from heartkeys.content import load_content
from heartkeys.web.privacy.deletion import delete_account
from heartkeys.web.privacy.export import export_user
from heartkeys.web.programme import domain
from heartkeys.web.programme.models import (
    Assignment,
    Attempt,
    ChecklistState,
    CustomScenario,
    ExerciseCompletion,
    ModuleState,
    NeedConfirmation,
    NeedEntry,
    Plan,
    Reflection,
)

pytestmark = pytest.mark.django_db

NL = load_content("nl")
EN = load_content("en")
ORDER = ["emotional", "nonverbal", "perspective", "curious", "needs", "supportive", "moral", "metaphorical"]


def body(response) -> str:
    return response.content.decode("utf-8", "replace")


def first_exercise(code, type_):
    return next(e for e in NL.exercises_for(code) if e.type == type_)


def open_all(couple):
    for code in ORDER:
        domain.unlock(couple, code)


def attempt(owner, visibility="private", text="Wat vervelend voor je", exercise_id="emotional-feeling-reply", **extra):
    from heartkeys.web.couples.domain import couple_of

    couple = None if visibility == "private" else couple_of(owner)
    defaults = {
        "scenario_id": "s1",
        "key": NL.exercise(exercise_id).key.value,
        "context": "Ik ben zo moe",
        "levels": {"emotional": 1},
        "finding_ids": [],
    }
    defaults.update(extra)
    return Attempt.objects.create(
        owner=owner, couple=couple, visibility=visibility, exercise_id=exercise_id, text=text, **defaults
    )


# --- the programme page and module states ---------------------------------------------------


def test_index_shows_the_8_modules_first_one_current(cast, login):
    response = login(cast.anna).get("/programme/")
    assert response.status_code == 200
    html = body(response)
    assert "Je programma" in html
    for key in NL.keys:
        assert key.name in html
    modules = response.context["modules"]
    assert [m.code for m in modules] == ORDER
    assert [m.state for m in modules] == ["current"] + ["locked"] * 7
    assert modules[0].exercises_total == len(NL.exercises_for("emotional"))
    assert 'aria-current="step"' in html


def test_index_in_english(cast, login):
    html = body(login(cast.anna).get("/programme/?lang=en"))
    assert "Your programme" in html
    assert EN.key("emotional").name in html
    assert "Not open yet" in html


def test_module_page_shows_the_lesson_exercises_and_conversation(cast, login):
    response = login(cast.anna).get("/programme/emotional/")
    assert response.status_code == 200
    html = body(response)
    key = NL.key("emotional")
    assert key.lesson_paragraphs[0][:40] in html
    assert key.try_today[:30] in html
    assert key.facets[0].name in html
    assert key.pitfalls[0][:30] in html
    conversation = first_exercise("emotional", "conversation")
    assert f"/programme/exercise/{conversation.id}/" in html
    assert "Het gesprek van deze week" in html
    assert "Wat is je opgevallen?" in html
    assert "We zijn klaar voor de volgende sleutel" in html


def test_module_page_in_english(cast, login):
    html = body(login(cast.anna).get("/programme/emotional/?lang=en"))
    assert EN.key("emotional").lesson_paragraphs[0][:40] in html
    assert "We're ready for the next key" in html
    assert "Try this today" in html


def test_locked_module_shows_a_calm_message_not_the_lesson(cast, login):
    response = login(cast.anna).get("/programme/curious/")
    assert response.status_code == 200
    html = body(response)
    assert "Nog niet open" in html
    assert NL.key("curious").lesson_paragraphs[0][:40] not in html


def test_locked_exercise_is_not_available(cast, login):
    client = login(cast.anna)
    ex = first_exercise("curious", "rewrite")
    assert "Nog niet open" in body(client.get(f"/programme/exercise/{ex.id}/"))
    assert client.post(f"/programme/exercise/{ex.id}/", {"reply": "x", "scenario": "s1"}).status_code == 403
    assert client.post(f"/programme/exercise/{ex.id}/done/").status_code == 403
    assert not Attempt.objects.exists() and not ExerciseCompletion.objects.exists()


def test_unknown_module_and_exercise_are_404(cast, login):
    client = login(cast.anna)
    assert client.get("/programme/nothing/").status_code == 404
    assert client.get("/programme/exercise/nothing/").status_code == 404
    assert client.post("/programme/nothing/next/").status_code == 404
    assert client.post("/programme/exercise/nothing/done/").status_code == 404


def test_move_on_is_the_couples_choice_and_shared(cast, login):
    client = login(cast.anna)
    response = client.post("/programme/emotional/next/")
    assert response.status_code == 302 and response["Location"] == "/programme/nonverbal/"
    states = [m.state for m in domain.module_overview(cast.bram)]
    assert states[:3] == ["done", "current", "locked"]
    # no exercises were needed; bram sees the same plan
    assert not ExerciseCompletion.objects.exists()
    assert "Klaar" in body(login(cast.bram).get("/programme/"))


def test_moving_on_from_a_locked_module_is_refused(cast, login):
    response = login(cast.anna).post("/programme/moral/next/", follow=True)
    assert "Deze sleutel is nog niet open." in body(response)
    assert domain.state_of(cast.anna, "moral") == "locked"


def test_moving_on_from_the_last_module(cast, login):
    for code in ORDER[:-1]:
        domain.move_on(cast.anna, code)
    response = login(cast.anna).post("/programme/metaphorical/next/", follow=True)
    assert "alle 8 sleutels" in body(response)
    assert all(m.state == "done" for m in domain.module_overview(cast.anna))


def test_a_person_without_a_couple_has_their_own_plan(db, login):
    sam = make_user("sam")
    response = login(sam).post("/programme/emotional/next/")
    assert response.status_code == 302
    plan = Plan.objects.get(user=sam)
    assert plan.couple is None
    assert "Ik ben klaar voor de volgende sleutel" in body(login(sam).get("/programme/nonverbal/"))


# --- coach functions --------------------------------------------------------------------------


def test_set_order_changes_the_current_module(cast):
    order = list(reversed(ORDER))
    domain.set_order(cast.couple, order)
    overview = domain.module_overview(cast.anna)
    assert [m.code for m in overview] == order
    assert overview[0].state == "current" and overview[0].code == "metaphorical"
    with pytest.raises(ValueError):
        domain.set_order(cast.couple, ORDER[:7])
    with pytest.raises(ValueError):
        domain.set_order(cast.couple, [*ORDER[:7], "emotional"])


def test_unlock_opens_a_later_module(cast, login):
    domain.unlock(cast.couple, "needs")
    assert domain.state_of(cast.anna, "needs") == "open"
    assert domain.state_of(cast.anna, "curious") == "locked"
    assert login(cast.bram).get("/programme/needs/").context["state"] == "open"
    with pytest.raises(KeyError):
        domain.unlock(cast.couple, "nope")
    assert domain.state_of(cast.olaf, "needs") == "locked"


def test_assignments_show_for_the_couple_and_can_be_ticked(cast, login):
    row = domain.assign(cast.couple, exercise_id="curious-closed-to-open", note="Try two a day", by=cast.carla)
    assert row.module == "curious"
    html = body(login(cast.bram).get("/programme/"))
    assert "Van je coach" in html and "Try two a day" in html and "Van gesloten naar open" in html
    assert "Try two a day" not in body(login(cast.olaf).get("/programme/"))
    assert login(cast.olaf).post(f"/programme/assignment/{row.pk}/done/").status_code == 404
    assert login(cast.anna).post(f"/programme/assignment/{row.pk}/done/").status_code == 302
    row.refresh_from_db()
    assert row.done_at is not None
    assert "Try two a day" not in body(login(cast.anna).get("/programme/"))


def test_assign_validates(cast):
    with pytest.raises(ValueError):
        domain.assign(cast.couple, by=cast.carla)
    with pytest.raises(ValueError):
        domain.assign(cast.couple, module="nope", by=cast.carla)
    with pytest.raises(ValueError):
        domain.assign(cast.couple, exercise_id="nope", by=cast.carla)
    assert domain.assign(cast.couple, module="moral", by=cast.carla).exercise_id == ""


def test_custom_scenarios_appear_for_that_couple_only(cast, login):
    custom = domain.add_custom_scenario(
        cast.couple, key="emotional", message="CUSTOM-MSG ik voel me alleen", hint="CUSTOM-HINT", by=cast.carla
    )
    url = "/programme/exercise/emotional-feeling-reply/"
    assert "CUSTOM-MSG" in body(login(cast.anna).get(url))
    assert "CUSTOM-MSG" not in body(login(cast.olaf).get(url))
    response = login(cast.anna).post(
        url, {"scenario": custom.scenario_id, "reply": "Je voelt je eenzaam, hè?", "visibility": "private"}
    )
    assert response.status_code == 302
    saved = Attempt.objects.get(owner=cast.anna)
    assert saved.scenario_id == custom.scenario_id and saved.context.startswith("CUSTOM-MSG")
    assert "CUSTOM-HINT" in body(login(cast.anna).get(response["Location"]))
    # olaf cannot post against another couple's scenario
    assert login(cast.olaf).post(url, {"scenario": custom.scenario_id, "reply": "hoi"}).status_code == 400
    with pytest.raises(ValueError):
        domain.add_custom_scenario(cast.couple, key="nope", message="x", hint="", by=cast.carla)
    with pytest.raises(ValueError):
        domain.add_custom_scenario(cast.couple, key="emotional", message="  ", hint="", by=cast.carla)


# --- scenario and rewrite exercises ---------------------------------------------------------


def test_scenario_page_has_the_message_form_and_live_feedback_hooks(cast, login):
    html = body(login(cast.anna).get("/programme/exercise/emotional-feeling-reply/?s=s2"))
    ex = NL.exercise("emotional-feeling-reply")
    assert ex.scenario("s2").message[:30] in html
    assert 'data-api="/api/analyze"' in html
    assert 'data-lang="nl"' in html
    assert 'id="pg-key-names"' in html
    assert "programme/programme.js" in html
    assert "<script>" not in html and "style=" not in html


def test_submitting_a_reply_saves_a_private_attempt_and_shows_feedback(cast, login):
    client = login(cast.anna)
    url = "/programme/exercise/emotional-feeling-reply/"
    response = client.post(url, {"scenario": "s1", "reply": "Je moet gewoon niet zo zeuren", "visibility": "private"})
    assert response.status_code == 302
    saved = Attempt.objects.get(owner=cast.anna)
    assert saved.visibility == "private" and saved.couple is None
    assert saved.key == "emotional" and saved.scenario_id == "s1"
    assert saved.context == NL.exercise("emotional-feeling-reply").scenario("s1").message
    assert "pitfall.dismissive" in saved.finding_ids
    assert set(saved.levels) == set(ORDER)
    html = body(client.get(response["Location"]))
    assert '<mark class="pg-mark pg-mark--pitfall"' in html
    assert "Bekijk dit nog eens" in html
    scenario = NL.exercise("emotional-feeling-reply").scenario("s1")
    assert scenario.hint[:30] in html and scenario.example[:30] in html


def test_a_good_reply_shows_the_keys_reached(cast, login):
    client = login(cast.anna)
    response = client.post(
        "/programme/exercise/emotional-feeling-reply/",
        {"scenario": "s1", "reply": "Je klinkt echt gefrustreerd. Wat heb je nu nodig?", "visibility": "private"},
    )
    html = body(client.get(response["Location"]))
    assert "Sleutels in je antwoord" in html
    assert NL.key("emotional").name in html


@pytest.mark.parametrize(
    "data, message",
    [
        ({"scenario": "s1", "reply": "", "visibility": "private"}, "Schrijf eerst een antwoord"),
        ({"scenario": "s99", "reply": "hoi", "visibility": "private"}, "hoort niet bij de oefening"),
        ({"scenario": "s1", "reply": "x" * 2001, "visibility": "private"}, "2000"),
        ({"scenario": "s1", "reply": "hoi", "visibility": "everyone"}, "keuze"),
        ({}, "Schrijf eerst een antwoord"),
    ],
)
def test_reply_validation_errors(cast, login, data, message):
    response = login(cast.anna).post("/programme/exercise/emotional-feeling-reply/", data)
    assert response.status_code == 400
    assert message in body(response)
    assert not Attempt.objects.exists()


def test_validation_errors_in_english(cast, login):
    response = login(cast.anna).post("/programme/exercise/emotional-feeling-reply/?lang=en", {"scenario": "s1"})
    assert response.status_code == 400
    assert "Write a reply first" in body(response)


def test_closed_to_open_feedback_says_if_it_is_an_open_question(cast, login):
    domain.unlock(cast.couple, "curious")
    client = login(cast.anna)
    url = "/programme/exercise/curious-closed-to-open/"
    closed = client.post(url, {"scenario": "s1", "reply": "Ben je boos?", "visibility": "private"})
    html = body(client.get(closed["Location"]))
    assert "Nog niet: er zit nog een ja/nee-vraag in" in html
    assert "Nog niet over de binnenwereld" in html
    opened = client.post(url, {"scenario": "s1", "reply": "Hoe voel je je hierover?", "visibility": "private"})
    html = body(client.get(opened["Location"]))
    assert "Ja: dit is een open vraag" in html
    assert "Ja: je vraagt naar de binnenwereld" in html


def test_attempt_feedback_in_english(cast, login):
    domain.unlock(cast.couple, "curious")
    client = login(cast.anna)
    response = client.post(
        "/programme/exercise/curious-closed-to-open/?lang=en",
        {"scenario": "s1", "reply": "Are you angry?", "visibility": "private"},
    )
    saved = Attempt.objects.get()
    assert saved.lang == "en"
    html = body(client.get(response["Location"]))
    assert "Not yet: there is still a yes/no question" in html


def test_sharing_an_attempt_later(cast, login):
    item = attempt(cast.anna, text="ANNA-LATER-SHARE")
    assert login(cast.bram).get(f"/programme/attempt/{item.pk}/").status_code == 404
    assert login(cast.bram).post(f"/programme/share/attempt/{item.pk}/", {"visibility": "partner"}).status_code == 404
    response = login(cast.anna).post(f"/programme/share/attempt/{item.pk}/", {"visibility": "partner"})
    assert response.status_code == 302
    item.refresh_from_db()
    assert item.visibility == "partner" and item.couple == cast.couple
    assert "ANNA-LATER-SHARE" in body(login(cast.bram).get(f"/programme/attempt/{item.pk}/"))
    assert login(cast.anna).post(f"/programme/share/nothing/{item.pk}/", {"visibility": "partner"}).status_code == 404


def test_partner_attempts_are_listed_on_the_exercise(cast, login):
    attempt(cast.anna, "partner", text="ANNA-SHARED-REPLY")
    attempt(cast.anna, "private", text="ANNA-SECRET-REPLY")
    html = body(login(cast.bram).get("/programme/exercise/emotional-feeling-reply/"))
    assert "ANNA-SHARED-REPLY" in html and "ANNA-SECRET-REPLY" not in html


# --- visibility of attempts, everyone in the cast --------------------------------------------


def test_who_sees_an_attempt(cast, login):
    shared = attempt(cast.anna, "partner", text="ANNA-PARTNER-ATTEMPT")
    private = attempt(cast.anna, "private", text="ANNA-PRIVATE-ATTEMPT")
    coach = attempt(cast.anna, "coach", text="ANNA-COACH-ATTEMPT")
    expect = {
        "anna": {shared.pk: 200, private.pk: 200, coach.pk: 200},
        "bram": {shared.pk: 200, private.pk: 404, coach.pk: 200},
        "olaf": {shared.pk: 404, private.pk: 404, coach.pk: 404},
        "pim": {shared.pk: 404, private.pk: 404, coach.pk: 404},
        "carla": {shared.pk: 403, private.pk: 403, coach.pk: 403},
        "dora": {shared.pk: 403, private.pk: 403, coach.pk: 403},
    }
    for name, pages in expect.items():
        client = login(getattr(cast, name))
        for pk, status in pages.items():
            response = client.get(f"/programme/attempt/{pk}/")
            assert response.status_code == status, (name, pk)
            if status != 200:
                assert "ATTEMPT" not in body(response)
    assert list(domain.attempts_for_coach(cast.link)) == [coach]
    assert not domain.attempts_for_coach(cast.dora_link).exists()


def test_anonymous_and_coaches_cannot_use_the_programme(cast):
    client = Client()
    response = client.get("/programme/")
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]
    client.force_login(cast.carla)
    assert client.get("/programme/").status_code == 403
    assert client.post("/programme/emotional/next/").status_code == 403


def test_attempts_for_coach_stops_when_the_link_ends(cast):
    from heartkeys.web.coaching.domain import end_link

    attempt(cast.anna, "coach")
    assert domain.attempts_for_coach(cast.link).count() == 1
    end_link(cast.link)
    assert domain.attempts_for_coach(cast.link).count() == 0


def test_get_only_pages_refuse_other_methods(cast, login):
    item = attempt(cast.anna)
    client = login(cast.anna)
    assert client.post(f"/programme/attempt/{item.pk}/").status_code == 405
    assert client.post("/programme/").status_code == 405
    assert client.get("/programme/emotional/next/").status_code == 405
    assert client.get(f"/programme/share/attempt/{item.pk}/").status_code == 405


# --- reflection exercises and the module reflection ------------------------------------------


def test_reflection_exercise_saves_answers(cast, login):
    ex = first_exercise("emotional", "reflection")
    client = login(cast.anna)
    html = body(client.get(f"/programme/exercise/{ex.id}/"))
    assert ex.prompts[0][:30] in html
    response = client.post(f"/programme/exercise/{ex.id}/", {"answer_1": "REFLECT-ANSWER", "visibility": "private"})
    assert response.status_code == 302
    item = Reflection.objects.get(owner=cast.anna)
    assert item.answers == [{"prompt": ex.prompts[1], "answer": "REFLECT-ANSWER"}]
    assert item.exercise_id == ex.id and item.visibility == "private"
    assert "REFLECT-ANSWER" in body(client.get(response["Location"]))
    assert login(cast.bram).get(response["Location"]).status_code == 404


def test_reflection_exercise_needs_one_answer(cast, login):
    ex = first_exercise("emotional", "reflection")
    response = login(cast.anna).post(f"/programme/exercise/{ex.id}/", {"answer_0": "   ", "visibility": "private"})
    assert response.status_code == 400
    assert "Beantwoord minstens één vraag" in body(response)


def test_module_reflection_private_by_default_owner_chooses(cast, login):
    client = login(cast.anna)
    response = client.post("/programme/emotional/reflect/", {"text": "NOTICED-PRIVATE", "visibility": "private"})
    assert response.status_code == 302
    client.post("/programme/emotional/reflect/", {"text": "NOTICED-SHARED", "visibility": "partner"})
    private = Reflection.objects.get(answers__0__answer="NOTICED-PRIVATE")
    shared = Reflection.objects.get(answers__0__answer="NOTICED-SHARED")
    assert private.is_module_reflection and private.key == "emotional"
    bram = login(cast.bram)
    assert bram.get(f"/programme/reflection/{private.pk}/").status_code == 404
    assert "NOTICED-SHARED" in body(bram.get(f"/programme/reflection/{shared.pk}/"))
    assert f"/programme/reflection/{shared.pk}/" in body(bram.get("/programme/emotional/"))


def test_module_reflection_validation(cast, login):
    client = login(cast.anna)
    response = client.post("/programme/emotional/reflect/", {"text": "", "visibility": "private"})
    assert response.status_code == 400
    assert "Schrijf een paar woorden" in body(response)
    assert client.post("/programme/moral/reflect/", {"text": "x", "visibility": "private"}).status_code == 403
    assert not Reflection.objects.exists()


# --- complaint to need, and the partner's confirmation ---------------------------------------


def _need_post(**extra):
    need = NL.needs[0]
    data = {
        "scenario": "s1",
        "feeling": NL.feelings[-1].words[0],
        "need": need.id,
        "need_custom": "",
        "request": "Wil je me vanavond even vasthouden?",
        "visibility": "private",
    }
    data.update(extra)
    return data


def test_complaint_need_page_lists_feelings_and_needs_grouped(cast, login):
    domain.unlock(cast.couple, "needs")
    html = body(login(cast.anna).get("/programme/exercise/needs-complaint-to-need/"))
    assert f'<optgroup label="{NL.feelings[0].name}">' in html
    assert f'<optgroup label="{NL.need_groups[0].name}">' in html
    assert NL.exercise("needs-complaint-to-need").scenarios[0].message[:25] in html


def test_complaint_need_saves_an_entry(cast, login):
    domain.unlock(cast.couple, "needs")
    client = login(cast.anna)
    response = client.post("/programme/exercise/needs-complaint-to-need/", _need_post())
    assert response.status_code == 302
    entry = NeedEntry.objects.get(owner=cast.anna)
    assert entry.need_id == NL.needs[0].id and entry.need_text == NL.needs[0].name
    assert entry.complaint == NL.exercise("needs-complaint-to-need").scenario("s1").message
    html = body(client.get(response["Location"]))
    assert NL.exercise("needs-complaint-to-need").scenario("s1").example[:25] in html


def test_complaint_need_own_words_and_errors(cast, login):
    domain.unlock(cast.couple, "needs")
    client = login(cast.anna)
    url = "/programme/exercise/needs-complaint-to-need/"
    response = client.post(url, _need_post(need="", need_custom="samen tijd zonder telefoon"))
    assert response.status_code == 302
    assert NeedEntry.objects.get().need_text == "samen tijd zonder telefoon"
    response = client.post(url, _need_post(need="", need_custom=""))
    assert response.status_code == 400 and "Kies een behoefte" in body(response)
    response = client.post(url, _need_post(feeling="not-a-feeling"))
    assert response.status_code == 400
    response = client.post(url, _need_post(request=""))
    assert response.status_code == 400 and "Formuleer een verzoek" in body(response)
    assert NeedEntry.objects.count() == 1


def test_partner_confirms_a_shared_need(cast, login):
    domain.unlock(cast.couple, "needs")
    login(cast.anna).post("/programme/exercise/needs-complaint-to-need/", _need_post(visibility="partner"))
    entry = NeedEntry.objects.get()
    url = f"/programme/need/{entry.pk}/"
    bram = login(cast.bram)
    assert "Heeft je partner je behoefte gevonden?" in body(bram.get(url))
    assert bram.post(url + "confirm/", {"answer": "maybe"}).status_code == 400
    assert bram.post(url + "confirm/", {"answer": "yes"}).status_code == 302
    assert bram.post(url + "confirm/", {"answer": "not_quite"}).status_code == 302
    confirmation = NeedConfirmation.objects.get()
    assert confirmation.user == cast.bram and confirmation.answer == "not_quite"
    assert "Niet helemaal" in body(login(cast.anna).get(url))
    assert login(cast.anna).post(url + "confirm/", {"answer": "yes"}).status_code == 404
    for outsider in (cast.olaf, cast.pim):
        assert login(outsider).get(url).status_code == 404
        assert login(outsider).post(url + "confirm/", {"answer": "yes"}).status_code == 404
    assert NeedConfirmation.objects.count() == 1


def test_a_private_need_cannot_be_confirmed(cast, login):
    domain.unlock(cast.couple, "needs")
    login(cast.anna).post("/programme/exercise/needs-complaint-to-need/", _need_post())
    entry = NeedEntry.objects.get()
    assert login(cast.bram).post(f"/programme/need/{entry.pk}/confirm/", {"answer": "yes"}).status_code == 404


# --- conversation, guided, checklist, together types, done ------------------------------------


def test_conversation_guide_and_done(cast, login):
    ex = first_exercise("emotional", "conversation")
    client = login(cast.anna)
    html = body(client.get(f"/programme/exercise/{ex.id}/"))
    for prompt in ex.prompts:
        assert prompt[:25] in html
    response = client.post(f"/programme/exercise/{ex.id}/done/")
    assert response.status_code == 302 and response["Location"] == "/programme/emotional/"
    assert domain.done_exercise_ids(cast.anna) == {ex.id}
    assert domain.module_overview(cast.anna)[0].exercises_done == 1
    assert domain.module_overview(cast.bram)[0].exercises_done == 0


def test_guided_exercise_lists_steps_for_everyone(cast, login):
    domain.unlock(cast.couple, "nonverbal")
    ex = NL.exercise("nonverbal-co-regulation")
    html = body(login(cast.anna).get(f"/programme/exercise/{ex.id}/"))
    assert ex.steps[0].text[:25] in html
    assert f'data-seconds="{ex.steps[0].seconds}"' in html
    assert 'aria-live="polite"' in html
    assert "geen geluid" in html


def test_checklist_ticks_are_saved(cast, login):
    domain.unlock(cast.couple, "nonverbal")
    ex = NL.exercise("nonverbal-presence-checklist")
    client = login(cast.anna)
    url = f"/programme/exercise/{ex.id}/"
    assert ex.prompts[0][:25] in body(client.get(url))
    assert client.post(url, {"ticked": ["0", "3"]}).status_code == 302
    assert ChecklistState.objects.get(owner=cast.anna).ticked == [0, 3]
    response = client.get(url)
    assert response.context["form"]["ticked"].value() == [0, 3]
    assert client.post(url, {"ticked": ["99"]}).status_code == 400
    assert client.post(url, {}).status_code == 302
    assert ChecklistState.objects.get(owner=cast.anna).ticked == []


def test_together_types_go_to_the_together_app_or_show_instructions(cast, login):
    open_all(cast.couple)
    ex = NL.exercise("curious-question-cards")
    response = login(cast.anna).get(f"/programme/exercise/{ex.id}/")
    if response.status_code == 302:
        assert ex.id in response["Location"]
    else:
        assert response.status_code == 200
        assert ex.instructions[:30] in body(response)


# --- public domain functions ------------------------------------------------------------------


def test_key_feedback_over_time(cast):
    attempt(cast.anna, levels={"emotional": 2})
    attempt(cast.anna, levels={"emotional": 1})
    attempt(cast.anna, exercise_id="curious-closed-to-open", levels={"curious": 0, "emotional": 2})
    attempt(cast.bram, levels={"emotional": 0})
    result = domain.key_feedback_over_time(cast.anna)
    assert set(result) == {"emotional", "curious"}
    ((_day, mean),) = result["emotional"]
    assert mean == 1.5
    assert result["curious"][0][1] == 0.0


def test_best_attempt_and_recurring_pitfalls(cast):
    a = attempt(cast.anna, levels={"emotional": 1}, finding_ids=["pitfall.dismissive", "pitfall.criticism"])
    b = attempt(cast.anna, levels={"emotional": 2, "curious": 2}, finding_ids=["emotional.feeling_reflection"])
    attempt(cast.anna, levels={"emotional": 0}, finding_ids=["pitfall.dismissive"])
    qs = Attempt.objects.filter(owner=cast.anna)
    assert domain.best_attempt(qs) == b
    assert domain.best_attempt(Attempt.objects.none()) is None
    assert domain.recurring_pitfalls(qs) == [("pitfall.dismissive", 2), ("pitfall.criticism", 1)]
    assert domain.recurring_pitfalls(qs, min_count=2) == [("pitfall.dismissive", 2)]
    assert a.pk


def test_mark_done_keeps_its_contract(cast):
    row = domain.mark_done(cast.anna, "emotional-daily-weather")
    assert row.key == "emotional"
    with pytest.raises(KeyError):
        domain.mark_done(cast.anna, "nope")


# --- export and deletion ------------------------------------------------------------------------


def test_export_holds_everything(cast, login):
    domain.unlock(cast.couple, "needs")
    domain.move_on(cast.anna, "emotional")
    domain.mark_done(cast.anna, "emotional-daily-weather")
    attempt(cast.anna, text="EXPORT-ATTEMPT", finding_ids=["pitfall.dismissive"])
    Reflection.objects.create(owner=cast.anna, key="emotional", answers=[{"prompt": "p", "answer": "EXPORT-REFL"}])
    login(cast.anna).post("/programme/exercise/needs-complaint-to-need/", _need_post(visibility="partner"))
    login(cast.bram).post(f"/programme/need/{NeedEntry.objects.get().pk}/confirm/", {"answer": "yes"})
    ChecklistState.objects.create(owner=cast.anna, exercise_id="nonverbal-presence-checklist", ticked=[1])
    domain.assign(cast.couple, module="moral", note="EXPORT-ASSIGN", by=cast.carla)
    data = export_user(cast.anna)["programme"]
    assert data["plan"]["modules"][0] == {
        "code": "emotional",
        "state": "done",
        "done_at": data["plan"]["modules"][0]["done_at"],
        "unlocked_at": None,
    }
    assert data["plan"]["modules"][0]["done_at"]
    assert {m["code"]: m["state"] for m in data["plan"]["modules"]}["needs"] == "open"
    assert data["exercises_done"][0]["exercise"] == "emotional-daily-weather"
    assert data["attempts"][0]["text"] == "EXPORT-ATTEMPT"
    assert data["attempts"][0]["findings"] == ["pitfall.dismissive"]
    assert data["reflections"][0]["answers"][0]["answer"] == "EXPORT-REFL"
    assert data["needs"][0]["partner_answers"][0]["answer"] == "yes"
    assert data["checklists"][0]["exercise"] == "nonverbal-presence-checklist"
    assert data["checklists"][0]["ticked"] == [1]
    assert data["assignments"][0]["note"] == "EXPORT-ASSIGN"
    bram = export_user(cast.bram)["programme"]
    assert bram["need_confirmations_given"][0]["answer"] == "yes"
    assert bram["attempts"] == []
    import json

    json.dumps(export_user(cast.anna))


def test_deleting_an_account_deletes_its_programme_data(cast, login):
    domain.unlock(cast.couple, "needs")
    attempt(cast.anna, "partner")
    Reflection.objects.create(owner=cast.anna, key="emotional", answers=[])
    login(cast.anna).post("/programme/exercise/needs-complaint-to-need/", _need_post(visibility="partner"))
    login(cast.bram).post(f"/programme/need/{NeedEntry.objects.get().pk}/confirm/", {"answer": "yes"})
    ChecklistState.objects.create(owner=cast.anna, exercise_id="nonverbal-presence-checklist", ticked=[1])
    domain.mark_done(cast.anna, "emotional-daily-weather")
    domain.move_on(cast.olaf, "emotional")  # olaf's plan is untouched
    delete_account(cast.anna)
    assert not Attempt.objects.exists()
    assert not Reflection.objects.exists()
    assert not NeedEntry.objects.exists() and not NeedConfirmation.objects.exists()
    assert not ChecklistState.objects.exists()
    assert not ExerciseCompletion.objects.exists()
    delete_account(cast.bram)  # the couple space goes, and its plan, states and assignments with it
    assert list(Plan.objects.values_list("couple", flat=True)) == [cast.other_couple.pk]
    assert ModuleState.objects.count() == 1
    assert not Assignment.objects.exists() and not CustomScenario.objects.exists()


def test_leaving_the_couple_takes_shared_items_back(cast):
    from heartkeys.web.couples.domain import leave_couple

    item = attempt(cast.anna, "partner")
    leave_couple(cast.anna)
    item.refresh_from_db()
    assert item.visibility == "private" and item.couple is None
    # after leaving, anna follows a plan of her own
    assert domain.plan_for(cast.anna).user == cast.anna
