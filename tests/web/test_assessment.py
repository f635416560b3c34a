"""The 8-key questionnaire: forms, scoring (with reverse-keyed items), sharing, the perception gap,
the retake hint, charts, export and deletion, for every member of the cast."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest
from django.test import Client
from django.utils import timezone
from web_cast import make_user

from heartkeys.content import load_content
from heartkeys.web.assessment import domain
from heartkeys.web.assessment.models import CheckIn, Result
from heartkeys.web.charts import SVG_POLICY

Q = load_content("en").questionnaire
REVERSE = {i.id for i in Q.items if i.reverse}


def answers(value=3, reverse=None) -> dict[str, int]:
    """Every item answered with ``value``; reverse-keyed items with ``reverse`` when given."""
    return {i.id: (reverse if reverse is not None and i.reverse else value) for i in Q.items}


def post_data(values: dict, visibility="private") -> dict:
    return {**{k: str(v) for k, v in values.items()}, "visibility": visibility}


def _client(user) -> Client:
    client = Client()
    if user is not None:
        client.force_login(user)
    return client


def _body(response) -> str:
    return response.content.decode("utf-8", "replace")


def result(owner, kind="self", value=3, visibility="private", reverse=None) -> Result:
    return domain.save_result(owner, kind, answers(value, reverse), visibility)


# --- the form and scoring -------------------------------------------------------------------------------


def test_the_self_form_has_one_accessible_radio_group_per_statement(cast, login):
    response = login(cast.anna).get("/assessment/take/self/?lang=en")
    body = _body(response)
    assert response.status_code == 200
    assert body.count('<fieldset class="likert') == len(Q.items) == 48
    assert Q.items[0].self in body and Q.items[0].partner not in body
    assert body.count('type="radio"') >= 48 * 5
    assert "completely true" in body  # the scale labels come from the content
    assert "assessment/assessment.css" in body and "assessment/assessment.js" in body


def test_the_partner_form_uses_the_partner_wording(cast, login):
    body = _body(login(cast.anna).get("/assessment/take/partner/?lang=en"))
    assert Q.items[0].partner in body and Q.items[0].self not in body
    assert "Questionnaire about Bram" in body


def test_scoring_through_the_view_mirrors_reverse_items(cast, login):
    client = login(cast.anna)
    response = client.post("/assessment/take/self/", post_data(answers(5, reverse=1)))
    r = Result.objects.get(owner=cast.anna)
    assert response.status_code == 302 and response["Location"] == f"/assessment/results/{r.pk}/"
    assert r.kind == "self" and r.subject == cast.anna and r.visibility == "private" and r.couple is None
    assert r.scores == {code: 5.0 for code in domain.KEY_CODES}
    assert r.answers["emotional-5"] == 1 and len(r.answers) == 48


def test_same_answer_everywhere_is_lowered_by_reverse_items(cast, login):
    login(cast.anna).post("/assessment/take/self/", post_data(answers(5)))
    scores = Result.objects.get(owner=cast.anna).scores
    emotional = [i for i in Q.items if i.key == "emotional"]
    reversed_count = sum(i.reverse for i in emotional)
    expected = (5 * (len(emotional) - reversed_count) + 1 * reversed_count) / len(emotional)
    assert scores["emotional"] == pytest.approx(expected, abs=0.001)
    assert scores["emotional"] < 5


def test_missing_answers_give_field_errors_and_keep_the_rest(cast, login):
    values = answers(4)
    del values["moral-3"], values["needs-1"]
    response = login(cast.anna).post("/assessment/take/self/?lang=en", post_data(values))
    body = _body(response)
    assert response.status_code == 400
    assert body.count("Please choose an answer for this statement.") == 2
    assert 'aria-invalid="true"' in body
    assert '<input type="radio" name="moral-2" value="4" id="id_moral-2_3" required checked>' in body  # kept
    assert not Result.objects.exists()


def test_missing_answers_in_dutch(cast, login):
    values = answers(4)
    del values["moral-3"]
    body = _body(login(cast.anna).post("/assessment/take/self/?lang=nl", post_data(values)))
    assert "Kies een antwoord bij deze uitspraak." in body


def test_an_empty_post_is_a_form_with_errors(cast, login):
    response = login(cast.anna).post("/assessment/take/self/?lang=en", {})
    assert response.status_code == 400
    assert _body(response).count("Please choose an answer for this statement.") == 48


@pytest.mark.parametrize("bad", ["0", "6", "7", "-1", "3.5", "abc", "", "9" * 500, "1e3"])
def test_out_of_range_or_malformed_answers_are_refused(cast, login, bad):
    values = post_data(answers(3))
    values["curious-2"] = bad
    response = login(cast.anna).post("/assessment/take/self/?lang=en", values)
    assert response.status_code == 400
    assert not Result.objects.exists()


def test_tampered_post_unknown_fields_and_visibility(cast, login):
    client = login(cast.anna)
    data = post_data(answers(3), visibility="everyone")
    data["made-up-item"] = "5"
    data["owner"] = str(cast.bram.pk)
    assert client.post("/assessment/take/self/", data).status_code == 400
    data["visibility"] = "partner"
    assert client.post("/assessment/take/self/", data).status_code == 302
    r = Result.objects.get()
    assert r.owner == cast.anna and "made-up-item" not in r.answers and r.couple == cast.couple


def test_solo_person_cannot_share_or_fill_in_about_a_partner(db, login):
    solo = make_user("sol")
    client = login(solo)
    assert client.post("/assessment/take/self/", post_data(answers(3), "coach")).status_code == 400
    response = client.get("/assessment/take/partner/")
    assert response.status_code == 302 and response["Location"] == "/assessment/"
    assert client.post("/assessment/take/partner/", post_data(answers(3))).status_code == 302
    assert not Result.objects.exists()
    with pytest.raises(domain.NeedsPartner):
        domain.save_result(solo, "partner", answers(3))
    assert client.get("/assessment/").status_code == 200


def test_partner_form_needs_a_partner_who_joined(db, login):
    from heartkeys.web.couples.domain import create_couple

    alone = make_user("alone")
    create_couple(alone)  # a couple space, but nobody has joined yet
    assert login(alone).get("/assessment/take/partner/").status_code == 302


def test_partner_result_is_about_the_partner(cast, login):
    login(cast.anna).post("/assessment/take/partner/", post_data(answers(2), "partner"))
    r = Result.objects.get()
    assert r.kind == "partner" and r.owner == cast.anna and r.subject == cast.bram


def test_unknown_kind_is_404(cast, login):
    assert login(cast.anna).get("/assessment/take/everyone/").status_code == 404


def test_domain_refuses_incomplete_or_wrong_answers(cast):
    with pytest.raises(ValueError):
        domain.save_result(cast.anna, "self", {"emotional-1": 3})
    with pytest.raises(ValueError):
        domain.save_result(cast.anna, "self", answers(9))
    with pytest.raises(KeyError):
        domain.save_result(cast.anna, "self", {**answers(3), "nope-1": 3})
    with pytest.raises(ValueError):
        domain.save_result(cast.anna, "nobody", answers(3))


# --- results, sharing and the gap -----------------------------------------------------------------------


def test_result_page_shows_chart_table_and_band_labels(cast, login):
    r = result(cast.anna, value=5, reverse=1)
    body = _body(login(cast.anna).get(f"/assessment/results/{r.pk}/?lang=en"))
    assert f'src="/assessment/results/{r.pk}/radar.svg"' in body and "<table" in body
    strong = Q.band_for(5.0).label
    assert strong in body and "Emotional empathy" in body
    assert 'name="visibility"' in body  # the owner may share it


def test_result_page_in_dutch_uses_dutch_content(cast, login):
    r = result(cast.anna, value=1, reverse=5)
    body = _body(login(cast.anna).get(f"/assessment/results/{r.pk}/?lang=nl"))
    nl = load_content("nl")
    assert nl.questionnaire.band_for(1.0).label in body
    assert nl.key("emotional").name in body
    assert "Wie ziet deze uitslag?" in body


def test_sharing_and_taking_back(cast, login):
    r = result(cast.anna)
    bram = _client(cast.bram)
    assert bram.get(f"/assessment/results/{r.pk}/").status_code == 404
    response = login(cast.anna).post(f"/assessment/results/{r.pk}/share/", {"visibility": "partner"})
    assert response.status_code == 302
    r.refresh_from_db()
    assert r.visibility == "partner" and r.couple == cast.couple
    assert bram.get(f"/assessment/results/{r.pk}/").status_code == 404  # bram has shared nothing yet
    result(cast.bram, visibility="partner")
    body = _body(bram.get(f"/assessment/results/{r.pk}/?lang=en"))
    assert "How Anna sees themselves" in body and 'name="visibility"' not in body
    login(cast.anna).post(f"/assessment/results/{r.pk}/share/", {"visibility": "private"})
    assert bram.get(f"/assessment/results/{r.pk}/").status_code == 404


def test_only_the_owner_shares_or_deletes(cast, login):
    r = result(cast.anna, visibility="partner")
    bram = login(cast.bram)
    assert bram.post(f"/assessment/results/{r.pk}/share/", {"visibility": "coach"}).status_code == 404
    assert bram.post(f"/assessment/results/{r.pk}/delete/").status_code == 404
    r.refresh_from_db()
    assert r.visibility == "partner"
    assert _client(cast.anna).post(f"/assessment/results/{r.pk}/share/", {"visibility": "bogus"}).status_code == 302
    r.refresh_from_db()
    assert r.visibility == "partner"  # an invalid choice changes nothing
    assert _client(cast.anna).post(f"/assessment/results/{r.pk}/delete/").status_code == 302
    assert not Result.objects.filter(pk=r.pk).exists()


def test_gap_is_shown_only_when_the_partner_shared(cast, login):
    result(cast.anna, value=4, reverse=2)  # anna about herself: 4 everywhere after mirroring
    result(cast.anna, kind="partner", visibility="partner")  # anna shared her view of bram
    theirs = result(cast.bram, kind="partner", value=2, reverse=4)  # bram about anna: 2 everywhere
    anna = login(cast.anna)
    body = _body(anna.get("/assessment/?lang=en"))
    assert "Perception gap for Anna" not in body
    assert anna.get("/assessment/gap/me.svg").status_code == 404
    assert domain.perception_gap(cast.anna, cast.anna) is None
    domain.set_visibility(theirs, cast.bram, "partner")
    body = _body(anna.get("/assessment/?lang=en"))
    assert "Perception gap for Anna" in body and "worth a talk" in body
    assert "-2.0" in body
    gap = domain.perception_gap(cast.anna, cast.anna, "en")
    assert [row.difference for row in gap] == [-2.0] * 8 and gap[0].name == "Emotional empathy"
    assert anna.get("/assessment/gap/me.svg").status_code == 200
    # bram sees the gap about anna only once she shares her own result
    assert domain.perception_gap(cast.anna, cast.bram) is None
    assert _client(cast.bram).get("/assessment/gap/partner.svg").status_code == 404


def test_latest_results_respects_visibility(cast):
    private = result(cast.anna, value=5)
    shared = result(cast.anna, value=2, visibility="partner")
    result(cast.anna, value=4)  # newer but private
    assert domain.latest_results(cast.anna, cast.bram)["self"] is None  # bram shared nothing yet
    result(cast.bram, visibility="partner")
    assert domain.latest_results(cast.anna, cast.anna)["self"].scores["moral"] != shared.scores["moral"]
    assert domain.latest_results(cast.anna, cast.bram)["self"] == shared
    assert domain.latest_results(cast.anna, cast.olaf) == {"self": None, "partner": None}
    assert domain.latest_results(cast.anna, cast.carla) == {"self": None, "partner": None}
    assert private not in domain.self_history(cast.anna, cast.bram)


def test_results_for_coach_only_coach_shared_and_active(cast):
    result(cast.anna, visibility="private")
    result(cast.anna, visibility="partner")
    coach_shared = result(cast.bram, visibility="coach")
    result(cast.olaf, visibility="coach")
    assert domain.results_for_coach(cast.link) == [coach_shared]
    assert domain.results_for_coach(cast.dora_link) == []  # pim never agreed
    from heartkeys.web.coaching.domain import end_link

    end_link(cast.link)
    assert domain.results_for_coach(cast.link) == []


def test_leaving_the_couple_takes_results_back(cast):
    from heartkeys.web.couples.domain import leave_couple

    r = result(cast.anna, visibility="coach")
    leave_couple(cast.anna)
    r.refresh_from_db()
    assert r.visibility == "private" and r.couple is None
    assert domain.latest_results(cast.anna, cast.bram)["self"] is None


# --- retake and history -----------------------------------------------------------------------------------


def _age(r, weeks):
    Result.objects.filter(pk=r.pk).update(created_at=timezone.now() - timedelta(weeks=weeks))


def test_retake_is_suggested_after_the_content_window(cast, login):
    assert domain.retake_date(cast.anna) is None and domain.retake_due(cast.anna) is False
    r = result(cast.anna)
    low, high = Q.scoring.retake_weeks
    assert (low, high) == (4, 8)
    assert not domain.retake_due(cast.anna)
    assert "Retake suggested" not in _body(login(cast.anna).get("/assessment/?lang=en"))
    _age(r, low - 1)
    assert not domain.retake_due(cast.anna)
    _age(r, low)
    assert domain.retake_due(cast.anna)
    body = _body(login(cast.anna).get("/assessment/?lang=en"))
    assert "Retake suggested" in body and "4 to 8 weeks" in body
    today = timezone.localdate()
    assert domain.retake_due(cast.anna, today=today - timedelta(days=1)) is False
    # a partner result does not count as a retake; a new self result does
    result(cast.anna, kind="partner")
    assert domain.retake_due(cast.anna)
    result(cast.anna)
    assert not domain.retake_due(cast.anna)


def test_history_chart_and_table_with_several_results(cast, login):
    first = result(cast.anna, value=2)
    _age(first, 6)
    result(cast.anna, value=4)
    anna = login(cast.anna)
    body = _body(anna.get("/assessment/?lang=en"))
    assert "Change over time" in body and "/assessment/history/me.svg" in body
    assert "Your score per key in each result" in body
    svg = anna.get("/assessment/history/me.svg")
    assert svg.status_code == 200 and "Emotional" in _body(svg)
    assert _client(cast.bram).get("/assessment/history/partner.svg").status_code == 404  # nothing shared


def test_one_result_shows_no_history(cast, login):
    result(cast.anna)
    assert "/assessment/history/me.svg" not in _body(login(cast.anna).get("/assessment/"))


# --- charts ---------------------------------------------------------------------------------------------------


def _assert_safe_svg(response):
    assert response.status_code == 200
    assert response["Content-Type"].startswith("image/svg+xml")
    assert response["Content-Security-Policy"] == SVG_POLICY
    assert response["Cache-Control"] == "private, no-store"
    svg = _body(response).replace('xmlns="http://www.w3.org/2000/svg"', "")
    assert "<script" not in svg.lower()
    assert "http:" not in svg and "https:" not in svg and "href=" not in svg.replace('href="#', "")


def test_chart_views_answer_safe_svg(cast, login):
    r = result(cast.anna, visibility="partner")
    result(cast.bram, kind="partner", visibility="partner")
    domain.save_checkin(cast.anna, 4, 8)
    anna = login(cast.anna)
    for url in [
        f"/assessment/results/{r.pk}/radar.svg",
        "/assessment/gap/me.svg",
        "/assessment/checkins/me.svg",
        "/assessment/checkins/me.svg?days=90",
    ]:
        _assert_safe_svg(anna.get(url))
    _age(r, 5)
    result(cast.anna)
    _assert_safe_svg(anna.get("/assessment/history/me.svg"))


def test_chart_views_for_people_who_may_not_see(cast):
    r = result(cast.anna)
    url = f"/assessment/results/{r.pk}/radar.svg"
    assert _client(cast.bram).get(url).status_code == 404
    assert _client(cast.olaf).get(url).status_code == 404
    assert _client(cast.carla).get(url).status_code == 403
    assert _client(None).get(url).status_code == 302
    assert _client(cast.anna).get("/assessment/gap/nobody.svg").status_code == 404
    assert _client(make_user("sol")).get("/assessment/checkins/partner.svg").status_code == 404


def test_coach_chart_views_need_coach_sharing_and_consent(cast):
    private = result(cast.anna)
    shared = result(cast.anna, visibility="coach")
    olaf_shared = result(cast.olaf, visibility="coach")
    base = f"/assessment/coach/{cast.link.pk}"
    carla = _client(cast.carla)
    _assert_safe_svg(carla.get(f"{base}/results/{shared.pk}/radar.svg"))
    assert carla.get(f"{base}/results/{private.pk}/radar.svg").status_code == 404
    assert carla.get(f"{base}/results/{olaf_shared.pk}/radar.svg").status_code == 404
    dora_base = f"/assessment/coach/{cast.dora_link.pk}"
    assert _client(cast.dora).get(f"{dora_base}/results/{olaf_shared.pk}/radar.svg").status_code == 404
    assert _client(cast.dora).get(f"{base}/results/{shared.pk}/radar.svg").status_code == 404
    assert _client(cast.anna).get(f"{base}/results/{shared.pk}/radar.svg").status_code == 403
    domain.save_checkin(cast.anna, 3, 6, visibility="coach")
    _assert_safe_svg(carla.get(f"{base}/checkins/{cast.anna.pk}.svg"))
    assert carla.get(f"{base}/checkins/{cast.olaf.pk}.svg").status_code == 404


# --- every page for every member of the cast -------------------------------------------------------------------


def test_result_pages_for_every_member_of_the_cast(cast):
    result(cast.bram, visibility="partner")  # bram shared one of his own, so he may see anna's shared ones
    private = result(cast.anna)
    partner = result(cast.anna, visibility="partner")
    coach = result(cast.anna, visibility="coach")
    expected = {
        "anna": {private: 200, partner: 200, coach: 200},
        "bram": {private: 404, partner: 200, coach: 200},
        "carla": {private: 403, partner: 403, coach: 403},  # coaches use the coach dashboard
        "dora": {private: 403, partner: 403, coach: 403},
        "olaf": {private: 404, partner: 404, coach: 404},
        "pim": {private: 404, partner: 404, coach: 404},
    }
    for name, codes in expected.items():
        client = _client(getattr(cast, name))
        for r, code in codes.items():
            for suffix in ("", "radar.svg"):
                got = client.get(f"/assessment/results/{r.pk}/{suffix}").status_code
                assert got == code, (name, r.visibility, suffix, got)
    for r in (private, partner, coach):
        response = _client(None).get(f"/assessment/results/{r.pk}/")
        assert response.status_code == 302 and response["Location"].startswith("/accounts/login/")
    # carla sees only the coach-shared one, and only through the coach functions
    assert domain.results_for_coach(cast.link) == [coach]


def test_wrong_methods_on_assessment_pages(cast, login):
    r = result(cast.anna)
    client = login(cast.anna)
    assert client.post("/assessment/").status_code == 405
    assert client.post(f"/assessment/results/{r.pk}/").status_code == 405
    assert client.get(f"/assessment/results/{r.pk}/share/").status_code == 405
    assert client.get(f"/assessment/results/{r.pk}/delete/").status_code == 405
    assert client.post("/assessment/checkins/").status_code == 405
    assert client.delete("/assessment/checkin/").status_code == 405


# --- export and deletion ---------------------------------------------------------------------------------------------


def test_export_holds_all_results_and_checkins(cast, login):
    result(cast.anna, value=5, reverse=1)
    result(cast.anna, kind="partner", visibility="partner")
    domain.save_checkin(cast.anna, 2, 7, "ANNA-CHECKIN-NOTE")
    result(cast.bram)  # not anna's
    data = json.loads(login(cast.anna).post("/privacy/export/").content)["assessment"]
    kinds = [r["kind"] for r in data["questionnaire_results"]]
    assert kinds == ["self", "partner"]
    first = data["questionnaire_results"][0]
    assert first["about"] == "me" and first["scores"]["emotional"] == 5.0 and first["answers"]["emotional-5"] == 1
    assert data["questionnaire_results"][1]["about"] == "Bram"
    assert data["checkins"] == [
        {**data["checkins"][0], "mood": 2, "connected": 7, "note": "ANNA-CHECKIN-NOTE", "visibility": "private"}
    ]
    bram = json.loads(_client(cast.bram).post("/privacy/export/").content)["assessment"]
    assert len(bram["questionnaire_results"]) == 1 and bram["checkins"] == []


def test_deleting_an_account_deletes_results_and_checkins(cast, login):
    result(cast.anna, visibility="coach")
    domain.save_checkin(cast.anna, 4, 9, "ANNA-GONE", visibility="partner")
    about_anna = result(cast.bram, kind="partner", visibility="partner")
    anna_id = cast.anna.pk
    response = login(cast.anna).post("/privacy/delete/", {"password": "a calm sofa evening 42"})
    assert response.status_code == 302
    assert not Result.objects.filter(owner_id=anna_id).exists()
    assert not CheckIn.objects.filter(owner_id=anna_id).exists()
    assert not Result.objects.filter(subject_id=anna_id).exists()
    # bram keeps his own answers, no longer tied to anna's account
    about_anna.refresh_from_db()
    assert about_anna.subject is None and about_anna.owner == cast.bram
    assert _client(cast.bram).get(f"/assessment/results/{about_anna.pk}/").status_code == 200
    assert _client(cast.bram).get("/assessment/").status_code == 200


def test_answers_stay_private_until_both_chose_to_reveal(cast, login):
    """A partner's shared answers show only once you shared a result of your own with them."""
    anna_shared = result(cast.anna, visibility="partner")
    bram = _client(cast.bram)
    assert bram.get(f"/assessment/results/{anna_shared.pk}/").status_code == 404
    assert domain.latest_results(cast.anna, cast.bram)["self"] is None
    own = result(cast.bram, visibility="private")
    assert bram.get(f"/assessment/results/{anna_shared.pk}/").status_code == 404  # private does not count
    domain.set_visibility(own, cast.bram, "coach")  # shared with partner and coach counts
    assert bram.get(f"/assessment/results/{anna_shared.pk}/").status_code == 200
    domain.set_visibility(own, cast.bram, "private")  # taking it back closes the view again
    assert bram.get(f"/assessment/results/{anna_shared.pk}/").status_code == 404
    # the coach is not affected: what is shared with the coach shows on the coach pages
    coach_shared = result(cast.anna, visibility="coach")
    assert coach_shared in domain.results_for_coach(cast.link)
