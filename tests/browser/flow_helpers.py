"""Small helpers for tests/browser/test_programme_flow.py: people made through the app's own domain
functions (as an admin or a seeding script would), a browser log-in, live-feedback typing and the
"nothing left the local server" check.
"""

from __future__ import annotations

import io
import json
import re

import pytest

expect = pytest.importorskip("playwright.sync_api").expect

PASSWORD = "een rustige avond op de bank 42"


# --- people, made outside the browser ----------------------------------------------------------


def make_partner(username: str, name: str, language: str = ""):
    from heartkeys.web.accounts.models import User

    user = User(
        username=username, email=f"{username}@example.org", display_name=name, role="partner", language=language
    )
    user.set_password(PASSWORD)
    user.save()
    return user


def make_couple(first, second):
    """A couple space made the way the pages do it: create, invite, accept."""
    from heartkeys.web.couples import domain

    domain.create_couple(first)
    _invite, token = domain.create_invite(first)
    return domain.accept_invite(token, second)


def make_coach(username: str, name: str) -> str:
    """What an admin does (``heartkeys manage createcoach``); returns the temporary password."""
    from django.core.management import call_command

    out = io.StringIO()
    call_command("createcoach", username, email=f"{username}@example.org", name=name, stdout=out)
    match = re.search(r"Temporary password: (\S+)", out.getvalue())
    assert match, out.getvalue()
    return match.group(1)


def link_coach(coach_username: str, first, second):
    """The coaching code flow through its domain: the coach makes a code, one partner redeems it
    (with consent), the other agrees. Returns the active link."""
    from heartkeys.web.accounts.models import User
    from heartkeys.web.coaching import domain

    coach = User.objects.get(username=coach_username)
    _row, code = domain.create_code(coach)
    link = domain.redeem_code(first, code)
    domain.give_consent(second, link)
    assert domain.is_active(link)
    return link


# --- in the browser ------------------------------------------------------------------------------


def log_in(session, username: str, password: str = PASSWORD, button: str = "Inloggen") -> None:
    page = session.page
    page.goto("/accounts/login/")
    page.fill("#id_login", username)
    page.fill("#id_password", password)
    page.locator("main").get_by_role("button", name=button, exact=True).click()
    expect(page.locator("form #id_login")).to_have_count(0)


def submit(session, label: str) -> None:
    """Click the submit button with this label inside the page's main content."""
    session.page.locator("main").get_by_role("button", name=label, exact=True).click()


def expect_message(session, text: str) -> None:
    expect(session.page.locator(".messages")).to_contain_text(text)


def type_with_live_feedback(session, text: str):
    """Type a reply key by key (as a person does) and wait for the live-feedback call it triggers.

    Returns the /api/analyze response; the caller checks the live region. The page must not have
    navigated: live feedback comes before submitting.
    """
    page = session.page
    url_before = page.url
    field = page.locator("#id_reply")
    field.click()

    def is_full_reply(response) -> bool:
        # a pause while typing may send a partial reply first; wait for the one with all of it
        if not response.url.endswith("/api/analyze") or response.request.method != "POST":
            return False
        return json.loads(response.request.post_data or "{}").get("reply") == text

    with page.expect_response(is_full_reply) as info:
        field.press_sequentially(text, delay=5)
    response = info.value
    assert response.status == 200, (response.status, response.text())
    assert page.url == url_before
    return response


def assert_only_local_requests(people, live_server) -> None:
    """Every request every browser context made went to the live server (or was a data: URL)."""
    outside = [
        url
        for session in people.sessions
        for url in session.requests
        if not (url.startswith(live_server.url + "/") or url.startswith("data:"))
    ]
    assert not outside, f"requests outside the live server: {outside}"
    assert all(session.requests for session in people.sessions)
