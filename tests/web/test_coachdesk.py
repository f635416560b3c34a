"""The coach dashboard (heartkeys.web.coachdesk): pages, actions, privacy, access log, languages."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.test import Client
from django.utils import timezone

from heartkeys.content import load_content
from heartkeys.content.model import KEY_CODES
from heartkeys.web.assessment import domain as assessment
from heartkeys.web.coachdesk import domain
from heartkeys.web.coachdesk.export import export_user
from heartkeys.web.coaching.models import AccessLog, CoachNote
from heartkeys.web.couples.domain import couple_of
from heartkeys.web.programme import domain as programme
from heartkeys.web.programme.models import Assignment, Attempt, CustomScenario
from heartkeys.web.together import domain as together
from heartkeys.web.together.models import CustomCard, TreatmentCard

NL = load_content("nl")
EN = load_content("en")
Q = EN.questionnaire
ORDER = [k.code.value for k in sorted(NL.keys, key=lambda k: k.number)]
REPLY_EXERCISE = next(e for e in NL.exercises if e.type == "scenario")


def answers(value: int) -> dict[str, int]:
    return {i.id: (6 - value if i.reverse else value) for i in Q.items}


def _client(user) -> Client:
    client = Client()
    if user is not None:
        client.force_login(user)
    return client


def body(response) -> str:
    return response.content.decode("utf-8", "replace")


def desk(link, page: str = "") -> str:
    return f"/coach/desk/{link.pk}/{page}"


def attempt(owner, visibility, text, *, days_ago=0, level=1, pitfalls=()):
    row = Attempt.objects.create(
        owner=owner,
        couple=None if visibility == "private" else couple_of(owner),
        visibility=visibility,
        exercise_id=REPLY_EXERCISE.id,
        scenario_id="s1",
        key=REPLY_EXERCISE.key.value,
        context="Ik ben zo moe vandaag",
        text=text,
        levels={REPLY_EXERCISE.key.value: level},
        finding_ids=list(pitfalls),
    )
    if days_ago:
        Attempt.objects.filter(pk=row.pk).update(created_at=timezone.now() - timedelta(days=days_ago))
    return row


@pytest.fixture
def shared(cast):
    """Shared and unshared items of anna and bram in every app the dashboard reads."""
    today = timezone.localdate()
    data = {}
    # Questionnaires: anna shares her own with the coach; bram's view of anna too (a gap); a
    # private and a partner-only result must stay unseen.
    data["anna_self"] = assessment.save_result(cast.anna, "self", answers(4), "coach")
    data["bram_about_anna"] = assessment.save_result(cast.bram, "partner", answers(2), "coach")
    data["bram_self_private"] = assessment.save_result(cast.bram, "self", answers(5), "private")
    data["anna_about_bram_partner"] = assessment.save_result(cast.anna, "partner", answers(5), "partner")
    # Check-ins, one a day, with markers in the note.
    for days_ago, person, vis in [
        (1, cast.anna, "coach"),
        (2, cast.anna, "partner"),
        (3, cast.anna, "private"),
        (1, cast.bram, "coach"),
        (2, cast.bram, "private"),
    ]:
        marker = f"{person.username.upper()}-CHECKIN-{vis.upper()}-{days_ago}-MARKER"
        assessment.save_checkin(person, 3, 7, marker, visibility=vis, today=today - timedelta(days=days_ago))
    # Replies in exercises: the private one is the "best" and must never win on a coach page.
    data["anna_coach"] = attempt(cast.anna, "coach", "ANNA-ATTEMPT-COACH-MARKER", level=1,
                                 pitfalls=["pitfall.unsolicited_advice"])  # fmt: skip
    data["bram_coach"] = attempt(cast.bram, "coach", "BRAM-ATTEMPT-COACH-MARKER", level=2, days_ago=2,
                                 pitfalls=["pitfall.unsolicited_advice", "pitfall.closed_question"])  # fmt: skip
    data["anna_private"] = attempt(cast.anna, "private", "ANNA-ATTEMPT-PRIVATE-MARKER", level=2,
                                   pitfalls=["pitfall.contempt"])  # fmt: skip
    data["bram_partner"] = attempt(cast.bram, "partner", "BRAM-ATTEMPT-PARTNER-MARKER", level=2,
                                   pitfalls=["pitfall.contempt"])  # fmt: skip
    # Treatment cards.
    ex_id = together.first_of_type(together.TREATMENT)
    for person, vis in [(cast.anna, "coach"), (cast.bram, "partner")]:
        TreatmentCard.objects.create(
            owner=person,
            couple=couple_of(person),
            visibility=vis,
            exercise_id=ex_id,
            prompt=0,
            answer=f"{person.username.upper()}-TREAT-{vis.upper()}-MARKER",
        )
    return data


SECRET_MARKERS = [
    "ANNA-CHECKIN-PARTNER-2-MARKER",
    "ANNA-CHECKIN-PRIVATE-3-MARKER",
    "BRAM-CHECKIN-PRIVATE-2-MARKER",
    "ANNA-ATTEMPT-PRIVATE-MARKER",
    "BRAM-ATTEMPT-PARTNER-MARKER",
    "BRAM-TREAT-PARTNER-MARKER",
    "ANNA-PRIVATE-MARKER",
    "ANNA-PARTNER-MARKER",
    "BRAM-PRIVATE-MARKER",
    "BRAM-PARTNER-MARKER",
    "OLAF-COACH-MARKER",
    "PIM-COACH-MARKER",
    "DORA-NOTE-MARKER",
]
SHARED_MARKERS = [
    "ANNA-CHECKIN-COACH-1-MARKER",
    "BRAM-CHECKIN-COACH-1-MARKER",
    "BRAM-ATTEMPT-COACH-MARKER",
    "ANNA-TREAT-COACH-MARKER",
    "CARLA-NOTE-MARKER",
]


# --- access --------------------------------------------------------------------------------------


def _pages(cast):
    return [desk(cast.link), desk(cast.link, "prep/"), desk(cast.dora_link), desk(cast.dora_link, "prep/")]


def test_anonymous_visitors_go_to_the_login_page(cast):
    client = _client(None)
    for url in ["/coach/desk/", *_pages(cast)]:
        response = client.get(url)
        assert response.status_code == 302 and "/accounts/login/" in response["Location"], url


@pytest.mark.parametrize("who", ["anna", "bram", "olaf", "pim"])
def test_partners_get_403_everywhere(cast, who):
    client = _client(getattr(cast, who))
    for url in ["/coach/desk/", *_pages(cast)]:
        assert client.get(url).status_code == 403, url
    for action in ["assign/", "order/", "unlock/", "scenario/", "card/"]:
        assert client.post(desk(cast.link, action), {}).status_code == 403


def test_carla_sees_her_active_couple_and_nothing_else(cast):
    client = _client(cast.carla)
    assert client.get("/coach/desk/").status_code == 200
    assert client.get(desk(cast.link)).status_code == 200
    assert client.get(desk(cast.link, "prep/")).status_code == 200
    assert client.get(desk(cast.dora_link)).status_code == 404
    assert client.get(desk(cast.dora_link, "prep/")).status_code == 404
    assert client.get("/coach/desk/999999/").status_code == 404
    assert client.post(desk(cast.dora_link, "assign/"), {"assign-module": "emotional"}).status_code == 404


def test_dora_with_a_half_consented_link_sees_nothing(cast):
    client = _client(cast.dora)
    response = client.get("/coach/desk/")
    html = body(response)
    assert response.status_code == 200
    assert "waiting for both to agree" in body(client.get("/coach/desk/?lang=en"))
    assert "Olaf" not in html and "Pim" not in html
    assert f"/coach/desk/{cast.dora_link.pk}/" not in html
    for url in _pages(cast):
        assert client.get(url).status_code == 404, url
    for action in ["assign/", "order/", "unlock/", "scenario/", "card/"]:
        assert client.post(desk(cast.dora_link, action), {}).status_code == 404
        assert client.post(desk(cast.link, action), {}).status_code == 404
    assert not AccessLog.objects.filter(coach=cast.dora).exists()


def test_wrong_methods(cast):
    client = _client(cast.carla)
    assert client.post("/coach/desk/").status_code == 405
    assert client.post(desk(cast.link)).status_code == 405
    assert client.post(desk(cast.link, "prep/")).status_code == 405
    for action in ["assign/", "order/", "unlock/", "scenario/", "card/"]:
        assert client.get(desk(cast.link, action)).status_code == 405


def test_actions_need_csrf(cast):
    client = Client(enforce_csrf_checks=True)
    client.force_login(cast.carla)
    response = client.post(desk(cast.link, "assign/"), {"assign-module": "emotional"})
    assert response.status_code == 403
    assert not Assignment.objects.exists()


def test_after_a_partner_ends_coaching_every_page_is_404(cast, shared):
    client = _client(cast.carla)
    assert client.get(desk(cast.link)).status_code == 200
    _client(cast.bram).post("/coaching/end/")
    for url in [desk(cast.link), desk(cast.link, "prep/")]:
        assert client.get(url).status_code == 404
    assert client.post(desk(cast.link, "assign/"), {"assign-module": "emotional"}).status_code == 404
    html = body(client.get("/coach/desk/"))
    assert "Anna" not in html and "ANNA-CHECKIN" not in html
    # The charts the dashboard links to close as well.
    assert client.get(f"/assessment/coach/{cast.link.pk}/results/{shared['anna_self'].pk}/radar.svg").status_code == 404


def test_after_a_partner_leaves_the_couple_every_page_is_404(cast, shared):
    from heartkeys.web.couples.domain import leave_couple

    leave_couple(cast.anna)
    client = _client(cast.carla)
    assert client.get(desk(cast.link)).status_code == 404
    assert client.get(desk(cast.link, "prep/")).status_code == 404


# --- what is shown, and what never is -----------------------------------------------------------


def test_the_couple_page_shows_shared_items_and_never_private_ones(cast, shared):
    html = body(_client(cast.carla).get(desk(cast.link) + "?lang=en"))
    for marker in SHARED_MARKERS:
        assert marker in html, marker
    for marker in SECRET_MARKERS:
        assert marker not in html, marker
    # Results: the shared ones have their chart, the unshared ones do not even have a link.
    assert f"/results/{shared['anna_self'].pk}/radar.svg" in html
    assert f"/results/{shared['bram_about_anna'].pk}/radar.svg" in html
    assert f"/results/{shared['bram_self_private'].pk}/radar.svg" not in html
    assert f"/results/{shared['anna_about_bram_partner'].pk}/radar.svg" not in html
    assert f"/checkins/{cast.anna.pk}.svg?days=30" in html


def test_the_prep_page_shows_shared_items_and_never_private_ones(cast, shared):
    html = body(_client(cast.carla).get(desk(cast.link, "prep/") + "?lang=en"))
    for marker in SHARED_MARKERS:
        assert (marker in html) == ("TREAT" not in marker), marker  # prep has no treatment cards
    for marker in SECRET_MARKERS:
        assert marker not in html, marker
    assert "ANNA-ATTEMPT-COACH-MARKER" in html  # best of each partner in the period


def test_best_reply_of_the_week_is_the_best_shared_one(cast, shared):
    response = _client(cast.carla).get(desk(cast.link))
    best = response.context["highlights"]["best"]
    assert best["attempt"].pk == shared["bram_coach"].pk  # level 2 and shared; the private level 2 is not seen
    ids = [p["id"] for p in response.context["highlights"]["pitfalls"]]
    assert ids == ["pitfall.unsolicited_advice", "pitfall.closed_question"]  # contempt only in unshared replies


def test_old_replies_fall_out_of_the_week_and_the_four_weeks(cast):
    attempt(cast.anna, "coach", "OLD-REPLY-MARKER", level=2, days_ago=10, pitfalls=["pitfall.criticism"])
    attempt(cast.anna, "coach", "ANCIENT-REPLY-MARKER", level=2, days_ago=40, pitfalls=["pitfall.dismissive"])
    response = _client(cast.carla).get(desk(cast.link))
    assert response.context["highlights"]["best"] is None
    assert [p["id"] for p in response.context["highlights"]["pitfalls"]] == ["pitfall.criticism"]


def test_results_table_and_perception_gap(cast, shared):
    response = _client(cast.carla).get(desk(cast.link) + "?lang=en")
    anna = next(p for p in response.context["results"] if p["person"] == cast.anna)
    bram = next(p for p in response.context["results"] if p["person"] == cast.bram)
    assert anna["own"].pk == shared["anna_self"].pk and anna["other"].pk == shared["bram_about_anna"].pk
    assert [row.difference for row in anna["gap"]] == [-2.0] * 8
    assert bram["own"] is None and bram["other"] is None and bram["gap"] is None
    html = body(response)
    assert "Perception gap for Anna" in html and "Perception gap for Bram" not in html
    assert "No questionnaire shared with you yet." in html


def test_index_lists_the_couple_with_its_summary(cast, shared):
    programme.assign(cast.couple, module="curious", note="Try it", by=cast.carla)
    response = _client(cast.carla).get("/coach/desk/?lang=en")
    html = body(response)
    row = response.context["rows"][0]
    assert row["active"] and row["names"] == ["Anna", "Bram"]
    assert row["current"]["code"] == ORDER[0] and row["done"] == 0 and row["total"] == 8
    assert row["last_checkin"] == timezone.localdate() - timedelta(days=1)  # the newest shared one
    assert row["open_assignments"] == 1
    assert (
        "Anna &amp; Bram" in html.replace(" & ", " &amp; ")
        and desk(cast.link) in html
        and desk(cast.link, "prep/") in html
    )
    for marker in [*SECRET_MARKERS, "ANNA-CHECKIN-COACH-1-MARKER"]:
        assert marker not in html


def test_a_partner_only_check_in_is_not_the_last_shared_check_in(cast):
    today = timezone.localdate()
    assessment.save_checkin(cast.anna, 3, 7, visibility="partner", today=today)
    assessment.save_checkin(cast.anna, 3, 7, visibility="coach", today=today - timedelta(days=5))
    row = _client(cast.carla).get("/coach/desk/").context["rows"][0]
    assert row["last_checkin"] == today - timedelta(days=5)


def test_modules_show_all_8_states(cast):
    programme.move_on(cast.anna, ORDER[0])
    programme.unlock(cast.couple, ORDER[4])
    response = _client(cast.carla).get(desk(cast.link) + "?lang=en")
    states = [(m["code"], m["state"]) for m in response.context["modules"]]
    assert len(states) == 8
    assert states[0] == (ORDER[0], "done") and states[1] == (ORDER[1], "current")
    assert states[4] == (ORDER[4], "open") and states[2] == (ORDER[2], "locked")
    html = body(response)
    assert "Not open yet" in html and "moved on" in html


def test_chat_report_headlines_only_when_shared_with_the_coach(cast):
    from heartkeys.web.chats import domain as chats

    data = (
        b"10-10-2026 08:00 - Anna: Ik ben echt verdrietig over mijn oma\n"
        b"10-10-2026 08:02 - Bram: Wat rot voor je, je klinkt verdrietig. Wat heb je nodig?\n"
        b"10-10-2026 08:05 - Anna: Dat je er vanavond bent. Dank je\n"
        b"10-10-2026 12:00 - Bram: Tot vanavond\n"
    )
    shared_report = chats.save(cast.anna, chats.analyse(data))
    shared_report.title = "CHAT-COACH-MARKER"
    shared_report.save()
    chats.set_visibility(shared_report, cast.anna, "coach")
    partner_report = chats.save(cast.bram, chats.analyse(data))
    partner_report.title = "CHAT-PARTNER-MARKER"
    partner_report.save()
    chats.set_visibility(partner_report, cast.bram, "partner")
    html = body(_client(cast.carla).get(desk(cast.link) + "?lang=en"))
    assert "CHAT-COACH-MARKER" in html and "CHAT-PARTNER-MARKER" not in html
    assert "Ik ben echt verdrietig" not in html  # headlines only, never chat text


# --- the access log -----------------------------------------------------------------------------


def test_every_page_writes_one_access_log_entry(cast, shared):
    client = _client(cast.carla)
    for url, what in [
        ("/coach/desk/", domain.WHAT_LIST),
        (desk(cast.link), domain.WHAT_COUPLE),
        (desk(cast.link, "prep/"), domain.WHAT_PREP),
    ]:
        before = AccessLog.objects.count()
        assert client.get(url).status_code == 200
        entries = list(AccessLog.objects.order_by("-pk")[: AccessLog.objects.count() - before])
        assert [(e.couple_id, e.coach_id, e.what) for e in entries] == [(cast.couple.pk, cast.carla.pk, what)]
    # The couple can read it.
    html = body(_client(cast.anna).get("/coaching/log/"))
    assert html.count("Carla") >= 3


def test_a_refused_page_writes_no_log(cast):
    _client(cast.carla).get(desk(cast.dora_link))
    _client(cast.dora).get(desk(cast.dora_link))
    _client(cast.dora).get("/coach/desk/")
    assert not AccessLog.objects.exists()


def test_a_successful_action_writes_no_extra_log(cast):
    response = _client(cast.carla).post(desk(cast.link, "assign/"), {"assign-module": "curious"})
    assert response.status_code == 302
    assert not AccessLog.objects.exists()


# --- actions -----------------------------------------------------------------------------------


def test_assign_a_module_with_a_note(cast):
    client = _client(cast.carla)
    response = client.post(desk(cast.link, "assign/"), {"assign-module": "curious", "assign-note": " Samen oefenen "})
    assert response.status_code == 302 and response["Location"].endswith(f"{desk(cast.link)}#assignments")
    row = Assignment.objects.get()
    assert (row.couple, row.coach, row.module, row.exercise_id, row.note) == (
        cast.couple, cast.carla, "curious", "", "Samen oefenen"
    )  # fmt: skip
    assert [a.pk for a in programme.open_assignments(cast.bram)] == [row.pk]
    html = body(client.get(desk(cast.link)))
    assert "Samen oefenen" in html and "Opgeslagen" in html


def test_assign_an_exercise(cast):
    response = _client(cast.carla).post(desk(cast.link, "assign/"), {"assign-exercise": REPLY_EXERCISE.id})
    assert response.status_code == 302
    row = Assignment.objects.get()
    assert row.exercise_id == REPLY_EXERCISE.id and row.module == REPLY_EXERCISE.key.value


@pytest.mark.parametrize(
    ("data", "field", "message"),
    [
        ({}, None, "Choose a module, an exercise, or both."),
        ({"assign-module": "nope"}, "module", "Select a valid choice"),
        ({"assign-exercise": "nope"}, "exercise", "Select a valid choice"),
        ({"assign-module": "curious", "assign-note": "x" * 2001}, "note", "at most 2000 characters"),
    ],
)
def test_assign_validation(cast, data, field, message):
    response = _client(cast.carla).post(desk(cast.link, "assign/") + "?lang=en", data)
    assert response.status_code == 400
    form = response.context["assign_form"]
    errors = form.errors.get(field or "__all__")
    assert errors and message in " ".join(errors)
    assert message.split(" (")[0][:20] in body(response)
    assert not Assignment.objects.exists()


def test_assign_validation_in_dutch(cast):
    response = _client(cast.carla).post(desk(cast.link, "assign/"), {})
    assert response.status_code == 400
    assert "Kies een module, een oefening of allebei." in body(response)


def test_set_the_module_order(cast):
    new = list(reversed(ORDER))
    data = {f"order-pos_{i + 1}": code for i, code in enumerate(new)}
    response = _client(cast.carla).post(desk(cast.link, "order/"), data)
    assert response.status_code == 302
    assert programme.plan_for_couple(cast.couple).order == new
    assert [m.code for m in programme.module_overview(cast.anna)] == new


@pytest.mark.parametrize(
    "change",
    [
        lambda d: d.update({"order-pos_2": d["order-pos_1"]}),  # a key twice
        lambda d: d.pop("order-pos_8"),  # one missing
        lambda d: d.update({"order-pos_3": "nope"}),  # not a key
    ],
)
def test_module_order_validation(cast, change):
    data = {f"order-pos_{i + 1}": code for i, code in enumerate(ORDER)}
    change(data)
    response = _client(cast.carla).post(desk(cast.link, "order/") + "?lang=en", data)
    assert response.status_code == 400
    assert response.context["order_form"].errors
    assert programme.plan_for_couple(cast.couple).order == []


def test_duplicate_key_in_the_order_says_so(cast):
    data = {f"order-pos_{i + 1}": code for i, code in enumerate(ORDER)}
    data["order-pos_2"] = ORDER[0]
    html = body(_client(cast.carla).post(desk(cast.link, "order/") + "?lang=en", data))
    assert "This key is already at another position." in html


def test_unlock_a_locked_module(cast):
    client = _client(cast.carla)
    response = client.post(desk(cast.link, "unlock/"), {"unlock-module": ORDER[3]})
    assert response.status_code == 302
    assert programme.state_of(cast.anna, ORDER[3]) == "open"
    # An open (or the current) module is not on offer: refused with a field error.
    response = client.post(desk(cast.link, "unlock/"), {"unlock-module": ORDER[0]})
    assert response.status_code == 400 and response.context["unlock_form"].errors["module"]
    response = client.post(desk(cast.link, "unlock/"), {"unlock-module": "nope"})
    assert response.status_code == 400


def test_add_an_own_scenario(cast):
    response = _client(cast.carla).post(
        desk(cast.link, "scenario/"),
        {"scenario-key": "emotional", "scenario-message": "Ik zag op tegen vandaag.", "scenario-hint": "Benoem het"},
    )
    assert response.status_code == 302 and response["Location"].endswith("#own")
    row = CustomScenario.objects.get()
    assert (row.couple, row.coach, row.key, row.message, row.hint) == (
        cast.couple, cast.carla, "emotional", "Ik zag op tegen vandaag.", "Benoem het"
    )  # fmt: skip
    assert [s.pk for s in programme.custom_scenarios_for(cast.bram, "emotional")] == [row.pk]
    assert "Ik zag op tegen vandaag." in body(_client(cast.carla).get(desk(cast.link)))


@pytest.mark.parametrize(
    "data",
    [
        {"scenario-key": "emotional", "scenario-message": "   "},
        {"scenario-key": "nope", "scenario-message": "Hoi"},
        {"scenario-key": "emotional", "scenario-message": "x" * 2001},
        {},
    ],
)
def test_scenario_validation(cast, data):
    response = _client(cast.carla).post(desk(cast.link, "scenario/"), data)
    assert response.status_code == 400 and response.context["scenario_form"].errors
    assert not CustomScenario.objects.exists()


def test_add_an_own_question_card(cast):
    theme = NL.themes[0]
    response = _client(cast.carla).post(
        desk(cast.link, "card/"), {"card-theme": theme.id, "card-text": " Wat gaf je vandaag energie? "}
    )
    assert response.status_code == 302
    card = CustomCard.objects.get()
    assert (card.couple, card.created_by, card.theme, card.text) == (
        cast.couple, cast.carla, theme.id, "Wat gaf je vandaag energie?"
    )  # fmt: skip
    html = body(_client(cast.carla).get(desk(cast.link)))
    assert "Wat gaf je vandaag energie?" in html and theme.name in html


@pytest.mark.parametrize(
    "data",
    [
        {"card-theme": "nope", "card-text": "Vraag?"},
        {"card-text": "Vraag?"},
        {"card-theme": "THEME", "card-text": ""},
        {"card-theme": "THEME", "card-text": "x" * 301},
    ],
)
def test_card_validation(cast, data):
    data = {k: (NL.themes[0].id if v == "THEME" else v) for k, v in data.items()}
    response = _client(cast.carla).post(desk(cast.link, "card/") + "?lang=en", data)
    assert response.status_code == 400 and response.context["card_form"].errors
    assert not CustomCard.objects.exists()


def test_invalid_form_page_still_hides_private_items(cast, shared):
    html = body(_client(cast.carla).post(desk(cast.link, "card/"), {}))
    for marker in SECRET_MARKERS:
        assert marker not in html


# --- the session-prep page -----------------------------------------------------------------------


def test_prep_page_is_printable_and_summarises_the_period(cast, shared):
    programme.move_on(cast.anna, ORDER[0])
    programme.assign(cast.couple, module="curious", note="OPEN-ASSIGNMENT-NOTE", by=cast.carla)
    response = _client(cast.carla).get(desk(cast.link, "prep/") + "?lang=en")
    html = body(response)
    assert response.status_code == 200
    assert "coachdesk/coachdesk.css" in html and "coachdesk/coachdesk.js" in html
    assert "desk-section--break" in html  # page breaks for print
    assert "Session preparation" in html and "Possible talking points" in html
    assert "OPEN-ASSIGNMENT-NOTE" in html and "CARLA-NOTE-MARKER" in html
    assert [m["code"] for m in response.context["moved_on"]] == [ORDER[0]]
    assert response.context["since"] == timezone.localdate() - timedelta(days=14)
    assert "<script>" not in html and "style=" not in html


def test_prep_gives_three_gentle_talking_points_from_the_data(cast, shared):
    response = _client(cast.carla).get(desk(cast.link, "prep/") + "?lang=en")
    points = response.context["points"]
    assert [p.kind for p in points] == ["lowest_key", "pitfall", "gap"]
    assert points[0].detail["key"] == "emotional" and points[0].detail["score"] == 4.0  # all equal: the first key
    assert points[1].detail == {"pitfall": "pitfall.unsolicited_advice", "count": 2}
    assert points[2].detail["difference"] == -2.0
    html = body(response)
    assert "advice nobody asked for (yet)" in html
    for word in ["disorder", "diagnos", "wrong", "fail"]:
        assert word not in " ".join(p.text for p in points).lower()


def test_prep_talking_points_without_data_fall_back_gently(cast):
    points = _client(cast.carla).get(desk(cast.link, "prep/") + "?lang=en").context["points"]
    assert [p.kind for p in points] == ["module", "open"]


def test_prep_since_date_is_chosen_and_validated(cast, shared):
    client = _client(cast.carla)
    since = timezone.localdate() - timedelta(days=1)
    response = client.get(desk(cast.link, "prep/") + f"?since={since.isoformat()}&lang=en")
    assert response.status_code == 200 and response.context["since"] == since
    html = body(response)
    assert "ANNA-CHECKIN-COACH-1-MARKER" in html
    # Notes of an earlier period are left out.
    CoachNote.objects.filter(link=cast.link).update(created_at=timezone.now() - timedelta(days=30))
    assert "CARLA-NOTE-MARKER" not in body(client.get(desk(cast.link, "prep/") + f"?since={since.isoformat()}"))
    for bad in ["nonsense", "2026-13-45", (timezone.localdate() + timedelta(days=3)).isoformat(), "1990-01-01"]:
        response = client.get(desk(cast.link, "prep/") + f"?since={bad}&lang=en")
        assert response.status_code == 400, bad
        assert response.context["since"] == timezone.localdate() - timedelta(days=14)
        assert response.context["form"].errors["since"]
    response = client.get(desk(cast.link, "prep/") + "?since=")
    assert response.status_code == 200 and response.context["since"] == timezone.localdate() - timedelta(days=14)


def test_prep_check_in_trend_compares_with_the_period_before(cast):
    today = timezone.localdate()
    for days_ago, connected in [(1, 3), (2, 4), (16, 8), (20, 9)]:
        assessment.save_checkin(cast.anna, 3, connected, visibility="coach", today=today - timedelta(days=days_ago))
    response = _client(cast.carla).get(desk(cast.link, "prep/") + "?lang=en")
    anna = next(r for r in response.context["trend"] if r["person"] == cast.anna)
    assert (anna["now"], anna["before"], anna["direction"], anna["count"]) == (3.5, 8.5, "down", 2)
    kinds = [p.kind for p in response.context["points"]]
    assert kinds[0] == "trend"
    assert "less connected" in body(response)


# --- languages ---------------------------------------------------------------------------------


def test_pages_in_dutch_and_english(cast, shared):
    client = _client(cast.carla)
    nl = body(client.get(desk(cast.link) + "?lang=nl"))
    assert 'lang="nl"' in nl and "Gedeelde vragenlijsten" in nl and NL.key("emotional").name in nl
    en = body(client.get(desk(cast.link) + "?lang=en"))
    assert 'lang="en"' in en and "Shared questionnaires" in en and EN.key("emotional").name in en
    assert "Coachdashboard" in body(client.get("/coach/desk/?lang=nl"))
    assert "Sessie voorbereiden" in body(client.get(desk(cast.link, "prep/") + "?lang=nl"))


def test_the_dutch_talking_points_say_je_not_u(cast, shared):
    response = _client(cast.carla).get(desk(cast.link, "prep/") + "?lang=nl")
    text = " ".join(p.text for p in response.context["points"])
    assert " je " in f" {text.lower()} " or "Je " in text
    assert " u " not in f" {text.lower()} "


# --- export and storage ---------------------------------------------------------------------------


def test_export_is_empty_this_app_stores_nothing(cast):
    assert export_user(cast.carla) == {}
    assert export_user(cast.anna) == {}


def test_deleting_the_couple_removes_what_the_coach_added(cast):
    from heartkeys.web.couples.domain import leave_couple

    client = _client(cast.carla)
    client.post(desk(cast.link, "assign/"), {"assign-module": "curious"})
    client.post(desk(cast.link, "scenario/"), {"scenario-key": "emotional", "scenario-message": "Hoi"})
    client.post(desk(cast.link, "card/"), {"card-theme": NL.themes[0].id, "card-text": "Vraag?"})
    assert Assignment.objects.count() == CustomScenario.objects.count() == CustomCard.objects.count() == 1
    leave_couple(cast.anna)
    leave_couple(cast.bram)
    assert Assignment.objects.count() == CustomScenario.objects.count() == CustomCard.objects.count() == 0


def test_pitfall_labels_cover_the_analyzer(cast):
    assert len(domain.PITFALLS) == 8
    assert domain.pitfall_label("pitfall.something_new") == "something new"
    assert set(KEY_CODES) >= {"emotional"}
