"""Click-throughs of the programme (part 2 of the web app) in Chromium, in Dutch and in English.

The people, the couple space and the coach link are made with the app's own domain functions (the
sign-up, invite and coaching-code pages have their own click-through in test_flows.py); everything
after logging in goes through the pages: the lesson, live feedback while typing, the server's
feedback, the closed-to-open rewrite, the metaphor reveal, the accuracy game, the module
reflection, moving on, the questionnaire, and what the coach sees. Every request the browsers make
is recorded: none may leave the live server.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from flow_helpers import (
    assert_only_local_requests,
    expect_message,
    link_coach,
    log_in,
    make_coach,
    make_couple,
    make_partner,
    submit,
    type_with_live_feedback,
)

expect = pytest.importorskip("playwright.sync_api").expect

RESULTS_DIR = Path(__file__).resolve().parents[2] / "test-results"

FEELING_REPLY_NL = "Wat een zware dag, je klinkt echt uitgeput en gefrustreerd."
OPEN_REWRITE_NL = "Wat voel je op dit moment?"
FEELING_REPLY_EN = "What a day, you sound really exhausted and frustrated."
SITUATION = "Gisteravond had jij de afwas al gedaan toen ik thuiskwam, en de thee stond klaar."


def expect_lang(session, lang: str) -> None:
    expect(session.page.locator("html")).to_have_attribute("lang", lang)


@pytest.fixture(autouse=True)
def _fresh_screenshots(request):
    """Remove this test's screenshots of an earlier run, so the folder shows this run only."""
    for old in RESULTS_DIR.glob(request.node.name.removeprefix("test_") + "-*.png"):
        old.unlink()


# --- the steps of the Dutch flow -------------------------------------------------------------------


def lesson_and_live_feedback(anna) -> str:
    """Module 1: the lesson, a scenario with live feedback, then the server's feedback (shared with
    partner and coach). Returns the attempt's URL."""
    page = anna.page
    page.goto("/programme/")
    expect(page.locator(".pg-current")).to_contain_text("1. Emotionele empathie")
    anna.shot("programme")

    page.locator(".pg-current").get_by_role("link").click()
    expect(page.locator("h1")).to_have_text("Emotionele empathie")
    expect(page.locator("#lesson-title")).to_have_text("De les")
    expect(page.locator(".pg-lesson p").first).to_be_visible()
    anna.shot("lesson")

    page.locator(".pg-exercises").get_by_role("link", name="Benoem het gevoel").click()
    expect(page.locator("h1")).to_have_text("Benoem het gevoel")
    live = page.locator("#pg-live")
    expect(live).to_be_hidden()  # nothing typed yet
    response = type_with_live_feedback(anna, FEELING_REPLY_NL)
    assert response.json()["levels"]["emotional"] == 2
    expect(live).to_be_visible()
    expect(live).to_contain_text("Terwijl je typt")
    expect(live.locator(".pg-keys")).to_contain_text("Emotionele empathie · duidelijk")
    expect(live.locator("mark.pg-mark--strength").first).to_be_visible()
    anna.shot("live-feedback")

    page.check("input[name='visibility'][value='coach']")  # partner and coach may see this one
    submit(anna, "Bekijk mijn antwoord")
    expect(page).to_have_url(re.compile(r"/programme/attempt/\d+/$"))
    feedback = page.locator(".pg-feedback")
    expect(feedback.locator("#feedback-title")).to_have_text("Terugkoppeling op je antwoord")
    expect(feedback.locator(".pg-keys")).to_contain_text("Emotionele empathie · duidelijk")
    expect(feedback.locator(".pg-reply")).to_have_text(FEELING_REPLY_NL)
    expect(page.locator("main")).to_contain_text("Een mogelijk antwoord")
    anna.shot("server-feedback")
    attempt_url = page.url

    page.goto("/programme/exercise/emotional-feeling-reply/")
    submit(anna, "Zet op klaar")
    expect_message(anna, "Op klaar gezet.")
    expect(page.locator(".pg-exercises")).to_contain_text("Klaar")
    return attempt_url


def partner_sees_shared_reply(bram) -> None:
    page = bram.page
    page.goto("/programme/exercise/emotional-feeling-reply/")
    shared = page.locator("section[aria-labelledby='partner-title']")
    expect(shared).to_contain_text("Gedeeld door je partner")
    expect(shared).to_contain_text("Wat een zware dag")
    shared.get_by_role("link").first.click()
    expect(page.locator("main")).to_contain_text("Gedeeld door Anna")
    expect(page.locator(".pg-feedback .pg-keys")).to_contain_text("Emotionele empathie")
    bram.shot("partner-reply")


def reflect_and_move_on(anna, bram) -> None:
    page = anna.page
    page.goto("/programme/emotional/")
    page.fill("#id_text", "Ik merkte dat ik sneller een oplossing geef dan dat ik het gevoel benoem.")
    page.locator("#reflect form button[type='submit']").click()
    expect_message(anna, "Dank je. Wat je opviel is bewaard.")
    expect(page.locator("#reflect")).to_contain_text("Alleen ik")
    anna.shot("module-reflection")

    submit(anna, "We zijn klaar voor de volgende sleutel")
    expect_message(anna, "Mooi gedaan. Wanneer je er klaar voor bent: Non-verbale empathie.")
    expect(page.locator("h1")).to_have_text("Non-verbale empathie")
    anna.shot("next-key")

    # module states belong to the couple: bram sees key 1 done and key 2 as the current one
    bram.page.goto("/programme/emotional/")
    expect(bram.page.locator(".pg-move-on")).to_contain_text("Je hebt deze sleutel op klaar gezet.")
    expect(bram.page.locator("#reflect")).not_to_contain_text("Gedeeld door Anna")  # her note is private
    bram.page.goto("/programme/")
    expect(bram.page.locator(".pg-current")).to_contain_text("2. Non-verbale empathie")
    bram.shot("programme-after-move-on")


def closed_to_open(anna) -> None:
    page = anna.page
    page.goto("/programme/exercise/curious-closed-to-open/")
    expect(page.locator("h1")).to_have_text("Van gesloten naar open")
    expect(page.locator(".pg-message")).to_contain_text("Ben je boos?")
    live = page.locator("#pg-live")
    type_with_live_feedback(anna, OPEN_REWRITE_NL)
    expect(live.locator(".pg-checks")).to_contain_text("Open vraag: ja")
    expect(live.locator(".pg-keys")).to_contain_text("Nieuwsgierige empathie")
    anna.shot("closed-to-open-live")
    submit(anna, "Bekijk mijn antwoord")  # visibility stays "only me"
    checks = page.locator(".pg-feedback .pg-checks")
    expect(checks.locator("li").first).to_have_text(
        "Ja: dit is een open vraag. Je partner kan in eigen woorden antwoorden."
    )
    expect(checks.locator("li").first).to_have_class("pg-yes")
    anna.shot("closed-to-open-feedback")


def metaphor_reveal(anna, bram) -> None:
    a, b = anna.page, bram.page
    a.goto("/programme/exercise/metaphorical-our-metaphor/")
    expect(a).to_have_url(re.compile(r"/together/metaphorical-our-metaphor/$"))
    a.check("input[name='metaphor'][value='lifelong-school']")
    a.check("#id_share_with_coach")
    anna.shot("metaphor-choose")
    submit(anna, "Mijn keuze opslaan")
    expect(a.locator("main h2").first).to_have_text("Wachten op je partner")
    expect(a.locator("main")).to_contain_text("Je koos Een levenslange school.")
    anna.shot("metaphor-waiting")

    b.goto("/programme/exercise/metaphorical-our-metaphor/")
    expect(b.locator("main")).to_contain_text("Anna heeft gekozen. Jij bent aan de beurt.")
    # bram sees that anna chose, never what: no reveal, no "you chose", nothing pre-selected
    expect(b.locator(".together-compare")).to_have_count(0)
    expect(b.locator("main")).not_to_contain_text("Je koos")
    expect(b.locator("input[name='metaphor']:checked")).to_have_count(0)
    expect(b.locator("main > :not(form)")).not_to_contain_text(["Een levenslange school"])
    bram.shot("metaphor-partner-turn")
    b.check("input[name='metaphor'][value='journey']")
    b.check("#id_share_with_coach")
    submit(bram, "Mijn keuze opslaan")

    for session, page in ((bram, b), (anna, a)):
        if page is a:
            page.reload()
        expect(page.locator("main")).to_contain_text("Ronde 1: jullie hebben allebei gekozen.")
        compare = page.locator(".together-compare")
        expect(compare).to_contain_text("Een levenslange school")
        expect(compare).to_contain_text("Een reis")
        expect(page.locator("main")).to_contain_text("Vragen om over te praten")
        questions = page.locator(".together-questions")
        expect(questions).to_contain_text("Waar staan we nu op onze reis")  # journey's question
        expect(questions).to_contain_text("Wat heb jij het afgelopen jaar van mij")  # school's question
        session.shot("metaphor-reveal")


def accuracy_game(anna, bram) -> None:
    a, b = anna.page, bram.page
    a.goto("/programme/exercise/needs-accuracy-game/")
    expect(a).to_have_url(re.compile(r"/together/needs-accuracy-game/$"))
    a.locator("main").get_by_role("link", name="Ik vertel een situatie").click()
    a.fill("#id_situation", SITUATION)
    a.select_option("#id_feeling", "grateful|dankbaar")
    a.select_option("#id_need", "closeness")
    a.check("#id_share_with_coach")
    anna.shot("accuracy-tell")
    submit(anna, "Opslaan")
    expect(a).to_have_url(re.compile(r"/together/needs-accuracy-game/game/\d+/$"))
    expect(a.locator("main")).to_contain_text("dankbaar")
    expect(a.locator("main")).to_contain_text("Wacht tot Bram raadt.")
    anna.shot("accuracy-waiting")
    round_url = a.url

    b.goto("/together/needs-accuracy-game/")
    expect(b.locator("main")).to_contain_text("Jij mag raden")
    b.goto(round_url)
    expect(b.locator("main .note-text")).to_have_text(SITUATION)
    expect(b.locator("main")).not_to_contain_text("Score")
    expect(b.locator("main .card--soft")).to_have_count(0)  # anna's answer stays hidden
    b.select_option("#id_feeling", "grateful|dankbaar")  # same word: 1
    b.select_option("#id_need", "warmth")  # same group (connection): 0.5
    bram.shot("accuracy-guess")
    submit(bram, "Dit is mijn gok")
    for session, page in ((bram, b), (anna, a)):
        if page is a:
            page.reload()
        expect(page.locator("main .lead")).to_have_text("Score: 1,5 van de 2")
        compare = page.locator(".together-compare")
        expect(compare).to_contain_text("nabijheid")
        expect(compare).to_contain_text("warmte")
        session.shot("accuracy-score")


def questionnaire_shared_with_coach(anna) -> None:
    page = anna.page
    page.goto("/assessment/take/self/")
    radios = page.locator("fieldset.likert")
    count = radios.count()
    assert count == 48
    for i in range(count):
        radios.nth(i).locator(f"input[value='{2 + i % 3}']").check()
    page.check("input[name='visibility'][value='coach']")
    anna.shot("questionnaire")
    page.locator("form.questionnaire button[type='submit']").click()
    expect(page).to_have_url(re.compile(r"/assessment/results/\d+/$"))
    expect(page.locator("main table")).to_contain_text("Emotionele empathie")
    anna.shot("questionnaire-result")


# --- the tests -------------------------------------------------------------------------------------


def coach_opens_later_keys(carla, *codes: str) -> str:
    """Carla finds the couple on her dashboard and opens later keys early. Returns the couple URL."""
    page = carla.page
    page.goto("/coach/desk/")
    couple_card = page.locator(".desk-couple").filter(has_text="Anna & Bram")
    expect(couple_card).to_contain_text("2. Non-verbale empathie")  # they moved on after key 1
    expect(couple_card).to_contain_text("1 van 8")
    carla.shot("desk")
    couple_card.get_by_role("link", name="Anna & Bram").click()
    expect(page.locator("h1")).to_have_text("Anna & Bram")
    couple_url = page.url
    for code in codes:
        page.locator("details:has(#id_unlock-module) > summary").click()
        page.select_option("#id_unlock-module", code)
        page.locator("form[action$='/unlock/'] button[type='submit']").click()
        expect_message(carla, "De module staat nu open voor het stel.")
    modules = page.locator(".desk-modules")
    for code in codes:
        expect(modules.locator(f".key--{code}")).to_have_class(re.compile(r"desk-module--open"))
    carla.shot("desk-unlocked")
    return couple_url


def coach_sees_what_was_shared(carla, couple_url: str) -> None:
    """The dashboard shows what the couple shared with the coach, and nothing they kept private."""
    page = carla.page
    page.goto(couple_url)
    main = page.locator("main")
    expect(page.locator("#modules .key--emotional")).to_have_class(re.compile(r"desk-module--done"))

    # the questionnaire anna shared with the coach: her radar chart (an image that loads) and table
    results = page.locator("#results")
    anna_results = results.locator(".desk-person").filter(has=page.locator("h3", has_text="Anna"))
    expect(anna_results.locator("table")).to_contain_text("Emotionele empathie")
    chart = anna_results.locator("img").first
    chart.scroll_into_view_if_needed()
    expect(chart).to_have_js_property("complete", True)
    assert chart.evaluate("img => img.naturalWidth") > 0
    bram_results = results.locator(".desk-person").filter(has=page.locator("h3", has_text="Bram"))
    expect(bram_results).to_contain_text("Nog geen vragenlijst met je gedeeld.")

    # the reply anna shared with the coach; her private closed-to-open rewrite never shows
    exercises = page.locator("#exercises")
    expect(exercises.locator(".desk-attempt")).to_contain_text(FEELING_REPLY_NL)
    expect(main).not_to_contain_text(OPEN_REWRITE_NL)
    expect(main).not_to_contain_text("Ik merkte dat ik sneller")  # the private module reflection

    # together: both metaphors (both shared), the accuracy game as scores only
    together = page.locator("#together")
    expect(together).to_contain_text("Anna: Een levenslange school")
    expect(together).to_contain_text("Bram: Een reis")
    expect(together.locator("table")).to_contain_text("Bram")
    expect(main).not_to_contain_text(SITUATION)
    carla.shot("desk-shared")


def test_dutch_couple_walks_the_programme(people, live_server):
    anna_user = make_partner("anna", "Anna")
    bram_user = make_partner("bram", "Bram")
    make_couple(anna_user, bram_user)
    carla_password = make_coach("carla", "Carla")
    link_coach("carla", anna_user, bram_user)

    anna = people("anna", locale="nl-NL")
    bram = people("bram", locale="nl-NL")
    carla = people("carla", locale="nl-NL")
    log_in(anna, "anna")
    log_in(bram, "bram")
    log_in(carla, "carla", carla_password)
    expect_lang(anna, "nl")

    # module 1 (emotional empathy), then moving on together
    lesson_and_live_feedback(anna)
    partner_sees_shared_reply(bram)
    reflect_and_move_on(anna, bram)

    # the coach opens the keys of the other exercises early, from her dashboard
    couple_url = coach_opens_later_keys(carla, "curious", "needs", "metaphorical")
    closed_to_open(anna)
    metaphor_reveal(anna, bram)
    accuracy_game(anna, bram)
    questionnaire_shared_with_coach(anna)

    coach_sees_what_was_shared(carla, couple_url)

    # anna can see that carla looked
    anna.page.goto("/coaching/log/")
    expect(anna.page.locator("main li").first).to_contain_text("Carla")
    anna.shot("access-log")

    for session in (anna, bram, carla):
        expect_lang(session, "nl")
    # the recording saw the flow's own traffic (pages, static files, the live-feedback calls) ...
    assert sum(url.endswith("/api/analyze") for url in anna.requests) >= 2
    assert any("/static/" in url for url in anna.requests)
    # ... and none of it, for any of the three, left the local server
    assert_only_local_requests(people, live_server)


def test_english_live_feedback(people, live_server):
    make_partner("sanne", "Sanne", language="en")
    sanne = people("sanne", locale="nl-NL")  # the browser says Dutch; her setting says English
    log_in(sanne, "sanne")
    page = sanne.page
    page.goto("/programme/exercise/emotional-feeling-reply/")
    expect_lang(sanne, "en")
    expect(page.locator("h1")).to_have_text("Name the feeling")
    live = page.locator("#pg-live")
    response = type_with_live_feedback(sanne, FEELING_REPLY_EN)
    assert response.json()["lang"] == "en"
    expect(live).to_be_visible()
    expect(live).to_contain_text("While you type")
    expect(live.locator(".pg-keys")).to_contain_text("Emotional empathy · clearly")
    expect(live).to_contain_text("You name what your partner feels")
    sanne.shot("live-feedback")
    submit(sanne, "Check my reply")
    expect(page.locator("#feedback-title")).to_have_text("Feedback on your reply")
    expect(page.locator(".pg-feedback .pg-keys")).to_contain_text("Emotional empathy · clearly")
    sanne.shot("server-feedback")
    assert_only_local_requests(people, live_server)
