"""The authorization matrix: every page that shows personal data, for every member of the cast.

For each (viewer, page) the response must not be a server error and must not contain any text the
viewer may not see: partner-private notes, notes of other couples, anything for a coach without
consent of both partners, or another coach's private notes.
"""

from __future__ import annotations

import itertools

import pytest
from django.test import Client

ALL_NOTE_MARKERS = [
    f"{who}-{vis}-MARKER"
    for who, vis in itertools.product(["ANNA", "BRAM", "OLAF", "PIM"], ["PRIVATE", "PARTNER", "COACH"])
]
COACH_MARKERS = ["CARLA-NOTE-MARKER", "DORA-NOTE-MARKER"]


def allowed_markers(viewer: str | None) -> set[str]:
    """What each member of the cast may see, written out by hand on purpose."""
    return {
        "anna": {"ANNA-PRIVATE", "ANNA-PARTNER", "ANNA-COACH", "BRAM-PARTNER", "BRAM-COACH"},
        "bram": {"BRAM-PRIVATE", "BRAM-PARTNER", "BRAM-COACH", "ANNA-PARTNER", "ANNA-COACH"},
        "olaf": {"OLAF-PRIVATE", "OLAF-PARTNER", "OLAF-COACH", "PIM-PARTNER", "PIM-COACH"},
        "pim": {"PIM-PRIVATE", "PIM-PARTNER", "PIM-COACH", "OLAF-PARTNER", "OLAF-COACH"},
        "carla": {"ANNA-COACH", "BRAM-COACH", "CARLA-NOTE"},
        "dora": {"DORA-NOTE"},  # olaf asked, pim never agreed: dora sees only her own notes
        None: set(),
    }[viewer]


def forbidden_for(viewer: str | None) -> list[str]:
    allowed = {m + "-MARKER" for m in allowed_markers(viewer)}
    return [m for m in ALL_NOTE_MARKERS + COACH_MARKERS if m not in allowed]


def personal_pages(cast) -> list[str]:
    pages = [
        "/",
        "/notes/",
        "/notes/new/",
        "/couple/",
        "/couple/leave/",
        "/coaching/",
        "/coaching/log/",
        "/coach/",
        "/safety/",
        "/safety/result/",
        "/privacy/",
        "/privacy/export/",
        "/privacy/delete/",
        "/accounts/settings/",
        "/accounts/password/",
    ]
    for note in cast.notes.values():
        pages += [f"/notes/{note.pk}/", f"/notes/{note.pk}/edit/"]
    for link in (cast.link, cast.dora_link):
        pages += [f"/coach/couples/{link.pk}/", f"/coach/couples/{link.pk}/notes/"]
    return pages


def viewers(cast):
    return [None, cast.anna, cast.bram, cast.carla, cast.dora, cast.olaf, cast.pim]


def _client(user) -> Client:
    client = Client()
    if user is not None:
        client.force_login(user)
    return client


def _body(response) -> str:
    return response.content.decode("utf-8", "replace")


def test_nobody_sees_what_they_must_not(cast):
    problems = []
    for user in viewers(cast):
        name = user.username if user else None
        client = _client(user)
        forbidden = forbidden_for(name)
        for url in personal_pages(cast):
            response = client.get(url)
            if response.status_code >= 500:
                problems.append(f"{name} GET {url}: {response.status_code}")
            leaked = [m for m in forbidden if m in _body(response)]
            if leaked:
                problems.append(f"{name} GET {url} shows {leaked}")
        if user is not None:
            response = client.post("/privacy/export/")
            leaked = [m for m in forbidden if m in _body(response)]
            if leaked:
                problems.append(f"{name} export shows {leaked}")
    assert not problems, "\n".join(problems)


def test_the_matrix_is_not_vacuous(cast, login):
    """What people may see really shows up (so the check above does not pass on empty pages)."""
    body = _body(login(cast.anna).get("/notes/"))
    assert all(m in body for m in ["ANNA-PRIVATE-MARKER", "BRAM-PARTNER-MARKER", "BRAM-COACH-MARKER"])
    body = _body(login(cast.carla).get(f"/coach/couples/{cast.link.pk}/"))
    assert all(m in body for m in ["ANNA-COACH-MARKER", "BRAM-COACH-MARKER", "CARLA-NOTE-MARKER"])
    body = _body(login(cast.olaf).get("/notes/"))
    assert "PIM-PARTNER-MARKER" in body


def _status(user, url, method="get"):
    return getattr(_client(user), method)(url).status_code


def test_note_pages_404_for_outsiders_403_for_coaches(cast):
    note = cast.notes["ANNA-PARTNER-MARKER"]
    private = cast.notes["ANNA-PRIVATE-MARKER"]
    assert _status(cast.anna, f"/notes/{private.pk}/") == 200
    assert _status(cast.bram, f"/notes/{note.pk}/") == 200
    assert _status(cast.bram, f"/notes/{private.pk}/") == 404
    assert _status(cast.bram, f"/notes/{note.pk}/edit/") == 404  # the partner reads, never edits
    assert _status(cast.olaf, f"/notes/{note.pk}/") == 404
    assert _status(cast.carla, f"/notes/{note.pk}/") == 403
    assert _status(None, f"/notes/{note.pk}/") == 302


def test_coach_pages_by_role_and_consent(cast):
    own, pending = f"/coach/couples/{cast.link.pk}/", f"/coach/couples/{cast.dora_link.pk}/"
    assert _status(cast.carla, own) == 200
    assert _status(cast.carla, pending) == 404  # someone else's couple
    assert _status(cast.dora, pending) == 404  # her own link, but pim has not agreed
    assert _status(cast.dora, own) == 404
    assert _status(cast.anna, own) == 403  # partners are the wrong role
    assert _status(cast.olaf, "/coach/") == 403
    assert _status(cast.carla, "/notes/") == 403
    assert _status(cast.carla, "/couple/") == 403
    assert _status(cast.carla, "/safety/") == 403
    assert _status(None, own) == 302
    assert _status(cast.dora, f"/coach/couples/{cast.dora_link.pk}/notes/") == 200
    assert _status(cast.carla, f"/coach/couples/{cast.dora_link.pk}/notes/") == 404


def test_revoked_coach_sees_nothing(cast, login):
    login(cast.bram).post("/coaching/end/")
    carla = _client(cast.carla)
    assert carla.get(f"/coach/couples/{cast.link.pk}/").status_code == 404
    for url in ["/coach/", f"/coach/couples/{cast.link.pk}/notes/", "/privacy/"]:
        body = _body(carla.get(url))
        assert not [m for m in ALL_NOTE_MARKERS if m in body], url
    # ... and her own notes stay hers.
    assert "CARLA-NOTE-MARKER" in _body(carla.get(f"/coach/couples/{cast.link.pk}/notes/"))


def test_coach_who_lost_one_consent_sees_nothing(cast):
    """If one partner leaves, their consent goes with them: the coach is shut out at once."""
    from heartkeys.web.couples.domain import leave_couple

    leave_couple(cast.bram)
    assert _status(cast.carla, f"/coach/couples/{cast.link.pk}/") == 404


WRONG_METHODS = [
    ("post", "/"),
    ("get", "/couple/create/"),
    ("get", "/couple/invite/"),
    ("put", "/couple/leave/"),
    ("get", "/accounts/logout/"),
    ("delete", "/accounts/settings/"),
    ("put", "/accounts/password/"),
    ("post", "/coaching/"),
    ("get", "/coaching/code/"),
    ("get", "/coaching/consent/"),
    ("get", "/coaching/end/"),
    ("post", "/coaching/log/"),
    ("post", "/notes/"),
    ("put", "/notes/new/"),
    ("post", "/privacy/"),
    ("put", "/privacy/export/"),
    ("delete", "/privacy/delete/"),
    ("put", "/safety/"),
    ("post", "/safety/result/"),
    ("get", "/safety/share/"),
    ("post", "/healthz"),
]


@pytest.mark.parametrize(("method", "url"), WRONG_METHODS)
def test_wrong_method_is_405(cast, method, url):
    assert _status(cast.anna, url, method) == 405


def test_wrong_method_on_object_pages(cast):
    note = cast.notes["ANNA-PRIVATE-MARKER"]
    assert _status(cast.anna, f"/notes/{note.pk}/", "post") == 405
    assert _status(cast.anna, f"/notes/{note.pk}/delete/") == 405
    assert _status(cast.anna, f"/notes/{note.pk}/edit/", "delete") == 405
    assert _status(cast.carla, "/coach/", "post") == 405
    assert _status(cast.carla, "/coach/codes/") == 405
    assert _status(cast.carla, f"/coach/couples/{cast.link.pk}/", "post") == 405
    note = cast.coach_notes["CARLA-NOTE-MARKER"]
    assert _status(cast.carla, f"/coach/couples/{cast.link.pk}/notes/{note.pk}/delete/") == 405


PARTNER_ONLY = [
    ("get", "/notes/"),
    ("get", "/notes/new/"),
    ("get", "/couple/"),
    ("get", "/couple/leave/"),
    ("post", "/couple/create/"),
    ("post", "/couple/invite/"),
    ("get", "/coaching/"),
    ("get", "/coaching/log/"),
    ("post", "/coaching/code/"),
    ("post", "/coaching/consent/"),
    ("post", "/coaching/end/"),
    ("get", "/safety/"),
    ("get", "/safety/result/"),
    ("post", "/safety/share/"),
]


@pytest.mark.parametrize(("method", "url"), PARTNER_ONLY)
def test_partner_pages_are_403_for_coaches_and_ask_anonymous_to_log_in(cast, method, url):
    assert _status(cast.carla, url, method) == 403
    response = getattr(Client(), method)(url)
    assert response.status_code == 302 and response["Location"].startswith("/accounts/login/")


def test_coach_pages_are_403_for_partners(cast):
    for method, url in [
        ("get", "/coach/"),
        ("post", "/coach/codes/"),
        ("get", f"/coach/couples/{cast.link.pk}/"),
        ("get", f"/coach/couples/{cast.link.pk}/notes/"),
        ("post", f"/coach/couples/{cast.link.pk}/notes/"),
    ]:
        for user in (cast.anna, cast.olaf):
            assert _status(user, url, method) == 403, (user.username, url)


#: Every URL name, per namespace, and where its authorization is tested. A new URL must be added
#: here after its page is in a matrix: this file for the part-1 apps, the app's own matrix file
#: for the others (each checks every member of the cast on every page of that app).
MATRIX = {
    "": ({"home", "healthz", "progress", "progress_chart"}, "test_matrix.py, test_progress.py"),
    "accounts": (
        {"login", "logout", "password_change", "password_reset", "password_reset_complete",
         "password_reset_confirm", "password_reset_done", "settings", "signup"},
        "test_matrix.py, test_accounts.py",
    ),
    "couples": ({"create", "home", "invite", "join", "leave"}, "test_matrix.py"),
    "safety": ({"check", "result", "share"}, "test_matrix.py"),
    "coaching": (
        {"coach_home", "coach_notes", "consent", "couple", "delete_note", "end", "enter_code", "home", "log",
         "new_code"},
        "test_matrix.py",
    ),
    "privacy": (
        {"delete", "export", "note", "note_delete", "note_edit", "note_new", "notes", "overview"},
        "test_matrix.py",
    ),
    "programme": (
        {"assignment_done", "attempt", "exercise", "exercise_done", "index", "module", "module_next",
         "module_reflect", "need", "need_confirm", "reflection", "share"},
        "test_programme_matrix.py",
    ),
    "together": (
        {"accuracy_chart", "accuracy_edit", "accuracy_round", "accuracy_share", "accuracy_tell", "cards_deal",
         "cards_talked", "cards_talked_list", "done", "exercise", "index", "metaphor_choose", "metaphor_new_round",
         "metaphor_round", "treatment_delete", "treatment_edit", "treatment_guess", "treatment_practice",
         "treatment_reveal"},
        "test_together_matrix.py",
    ),
    "assessment": (
        {"checkin", "checkin_share", "checkins", "coach_result_chart", "coach_trend_chart", "delete", "gap_chart",
         "history_chart", "index", "result", "result_chart", "share", "take", "trend_chart"},
        "test_assessment.py, test_assessment_checkins.py, test_assessment_checkin_share.py",
    ),
    "chats": (
        {"chart", "delete", "download_html", "download_json", "index", "report", "upload", "visibility"},
        "test_chats.py",
    ),
    "api": ({"revoke_token", "tokens"}, "test_rest_api.py"),
    "rest": (
        {"analyze_reply", "api-root", "get_exercise", "get_key", "list_attempts", "list_checkins",
         "list_exercises", "list_keys", "list_results", "openapi-json", "openapi-view", "post_checkin"},
        "test_rest_api.py, test_api_personal.py, test_api_schema.py",
    ),
    "coachdesk": (
        {"assign", "card", "couple", "index", "order", "prep", "scenario", "unlock", "withdraw"},
        "test_coachdesk.py, test_coachdesk_matrix.py, test_coachdesk_withdraw.py",
    ),
}  # fmt: skip


def test_every_url_is_in_the_matrix(cast):
    """A new URL with personal data must be added to a matrix; this lists them all, per namespace."""
    from django.urls import URLPattern, URLResolver, get_resolver

    def walk(patterns, namespace=""):
        for p in patterns:
            if isinstance(p, URLResolver) and p.app_name != "admin":
                yield from walk(p.url_patterns, p.namespace or namespace)
            elif isinstance(p, URLPattern):
                yield namespace, p.name

    found: dict[str, set[str]] = {}
    for namespace, name in walk(get_resolver().url_patterns):
        found.setdefault(namespace, set()).add(name)
    assert sum(len(v) for v in found.values()) > 100
    unknown = {ns: sorted(names - MATRIX.get(ns, (set(), ""))[0]) for ns, names in found.items()}
    assert not any(unknown.values()), {ns: names for ns, names in unknown.items() if names}
