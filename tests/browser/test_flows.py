"""Click-throughs of the main flows, as the people in them would do it, in Dutch and in English.

Only the coach account is made outside the browser, because by design only an admin can make one
(``heartkeys manage createcoach``); everything else goes through the pages.
"""

from __future__ import annotations

import io
import re

import pytest

expect = pytest.importorskip("playwright.sync_api").expect
from django.core.management import call_command  # noqa: E402

PASSWORD = "een rustige avond op de bank 42"


def expect_lang(session, lang: str) -> None:
    expect(session.page.locator("html")).to_have_attribute("lang", lang)


def expect_message(session, text: str) -> None:
    expect(session.page.locator(".messages")).to_contain_text(text)


def submit(session, label: str) -> None:
    """Click the submit button with this label inside the page's main content."""
    session.page.locator("main").get_by_role("button", name=label, exact=True).click()


def sign_up(session, username: str, name: str, button: str) -> None:
    page = session.page
    page.fill("#id_username", username)
    page.fill("#id_display_name", name)
    page.fill("#id_email", f"{username}@example.org")
    page.fill("#id_password1", PASSWORD)
    page.fill("#id_password2", PASSWORD)
    session.shot("signup-form")
    submit(session, button)


def copy_invite_link(session, copy_label: str, copied_label: str) -> str:
    """Press the copy button (app.js) and read the link back from the clipboard."""
    page = session.page
    shown = page.locator("#invite-link").inner_text().strip()
    button = page.get_by_role("button", name=copy_label)
    expect(button).to_be_visible()  # app.js un-hides it when a clipboard is available
    button.click()
    expect(page.get_by_role("button", name=copied_label)).to_be_visible()
    copied = page.evaluate("navigator.clipboard.readText()")
    assert copied == shown
    return copied


def make_coach(username: str, name: str) -> str:
    """What an admin does: ``heartkeys manage createcoach``. Returns the temporary password."""
    out = io.StringIO()
    call_command("createcoach", username, email=f"{username}@example.org", name=name, stdout=out)
    match = re.search(r"Temporary password: (\S+)", out.getvalue())
    assert match, out.getvalue()
    return match.group(1)


def assert_only_local_requests(people, live_server) -> None:
    outside = [
        url
        for session in people.sessions
        for url in session.requests
        if not (url.startswith(live_server.url + "/") or url.startswith("data:"))
    ]
    assert not outside, f"requests outside the live server: {outside}"
    assert all(session.requests for session in people.sessions)


def test_dutch_couple_coach_and_notes(people, live_server):
    # --- anna signs up and makes a couple space (a Dutch browser) ---------------------------------
    anna = people("anna", locale="nl-NL")
    anna.page.goto("/")
    expect_lang(anna, "nl")
    anna.shot("landing")
    anna.page.locator("nav").get_by_role("link", name="Account maken").click()
    expect(anna.page.locator("h1")).to_have_text("Maak een account")
    sign_up(anna, "anna", "Anna", "Maak mijn account")
    expect_message(anna, "Welkom, Anna! Je account is klaar.")
    expect_lang(anna, "nl")
    anna.shot("dashboard")

    anna.page.locator("nav").get_by_role("link", name="Samen").click()
    submit(anna, "Maak een gezamenlijke ruimte")
    expect_lang(anna, "nl")
    submit(anna, "Maak een uitnodigingslink")
    expect(anna.page.locator("h1")).to_have_text("Je uitnodigingslink")
    link = copy_invite_link(anna, "Kopieer de link", "Gekopieerd")
    assert link.startswith(live_server.url + "/couple/join/")
    anna.shot("invite-link")

    # --- bram opens the link in his own browser (German: so the app falls back to Dutch) --------
    bram = people("bram", locale="de-DE")
    bram.page.goto(link)
    expect_lang(bram, "nl")
    expect(bram.page.locator("h1")).to_have_text("Inloggen")  # the link needs an account first
    bram.page.locator("main").get_by_role("link", name="Maak een account").click()
    sign_up(bram, "bram", "Bram", "Maak mijn account")
    expect(bram.page.locator("h1")).to_have_text("Anna nodigt je uit")
    bram.shot("join")
    submit(bram, "Doe mee")
    expect_message(bram, "Welkom in jullie gezamenlijke ruimte!")
    expect(bram.page.locator("main")).to_contain_text("Anna")
    expect_lang(bram, "nl")
    bram.shot("joined")

    # --- carla, a coach the admin made, logs in and makes a code --------------------------------
    carla_password = make_coach("carla", "Carla")
    carla = people("carla", locale="nl-NL")
    carla.page.goto("/accounts/login/")
    carla.page.fill("#id_login", "carla")
    carla.page.fill("#id_password", carla_password)
    submit(carla, "Inloggen")
    expect(carla.page.locator("h1")).to_have_text("Mijn stellen")
    submit(carla, "Maak een nieuwe code")
    expect(carla.page.locator("h1")).to_have_text("Je nieuwe code")
    code = carla.page.locator("#coach-code").inner_text().strip()
    assert code
    expect_lang(carla, "nl")
    carla.shot("code")

    # --- anna enters the code, bram agrees ------------------------------------------------------
    anna.page.locator("nav").get_by_role("link", name="Coach").click()
    expect(anna.page.locator("h1")).to_have_text("Werken met een coach")
    anna.page.fill("#id_code", code)
    anna.page.check("#id_consent")
    anna.shot("enter-code")
    submit(anna, "Koppelen")
    expect_message(anna, "Dank je. Je coach ziet niets tot je partner ook akkoord is.")
    anna.shot("code-entered")

    bram.page.locator("nav").get_by_role("link", name="Coach").click()
    expect(bram.page.locator("main")).to_contain_text("Carla")
    bram.shot("consent-asked")
    submit(bram, "Ja, dat vind ik goed")
    expect(bram.page.locator("main")).to_contain_text("Carla")
    expect_lang(bram, "nl")
    bram.shot("consented")

    # --- anna writes a private note and one for partner and coach -------------------------------
    notes = [("Alleen voor mij", "private"), ("Voor ons en Carla", "coach")]
    for title, visibility in notes:
        anna.page.locator("nav").get_by_role("link", name="Notities").click()
        anna.page.locator("main").get_by_role("link", name="Nieuwe notitie").click()
        expect(anna.page.locator("main form")).to_contain_text("Wie mag dit zien?")
        anna.page.fill("#id_title", title)
        anna.page.fill("#id_text", f"{title}: vandaag merkte ik dat ik beter luisterde.")
        anna.page.check(f"input[name='visibility'][value='{visibility}']")
        anna.shot(f"note-{visibility}")
        submit(anna, "Opslaan")
        expect_message(anna, "Je notitie is opgeslagen.")
    anna.page.locator("nav").get_by_role("link", name="Notities").click()
    for title, _visibility in notes:
        expect(anna.page.locator("main")).to_contain_text(title)
    anna.shot("notes")

    # bram sees the shared note, not the private one
    bram.page.locator("nav").get_by_role("link", name="Notities").click()
    expect(bram.page.locator("main")).to_contain_text("Voor ons en Carla")
    expect(bram.page.locator("main")).not_to_contain_text("Alleen voor mij")
    bram.shot("partner-notes")

    # --- carla sees only the shared note ------------------------------------------------------------
    carla.page.locator("nav").get_by_role("link", name="Mijn stellen").click()
    carla.page.locator("main").get_by_role("link", name="Anna & Bram").click()
    expect(carla.page.locator("h2").first).to_have_text("Gedeelde notities")
    expect(carla.page.locator("main")).to_contain_text("Voor ons en Carla")
    expect(carla.page.locator("main")).not_to_contain_text("Alleen voor mij")
    expect_lang(carla, "nl")
    carla.shot("shared-with-coach")

    # --- anna sees carla's visit in the access log ----------------------------------------------
    anna.page.locator("nav").get_by_role("link", name="Coach").click()
    anna.page.get_by_role("link", name="Bekijk wanneer je coach meekeek").click()
    expect(anna.page.locator("h1")).to_have_text("Wanneer je coach meekeek")
    entries = anna.page.locator("main li")
    expect(entries).to_have_count(1)
    expect(entries.first).to_contain_text("Carla")
    expect(entries.first).to_contain_text("bekeek jullie gedeelde notities")
    expect_lang(anna, "nl")
    anna.shot("access-log")

    assert_only_local_requests(people, live_server)


def test_english_couple_invite(people, live_server):
    # sanne's browser says Dutch, but she picks English with ?lang=en
    sanne = people("sanne", locale="nl-NL")
    sanne.page.goto("/?lang=en")
    expect_lang(sanne, "en")
    sanne.shot("landing")
    sanne.page.locator("nav").get_by_role("link", name="Sign up").click()
    expect(sanne.page.locator("h1")).to_have_text("Create an account")
    sign_up(sanne, "sanne", "Sanne", "Create my account")
    expect_message(sanne, "Welcome, Sanne! Your account is ready.")
    sanne.page.locator("nav").get_by_role("link", name="Together").click()
    submit(sanne, "Make a couple space")
    expect_message(sanne, "Your couple space is ready.")
    submit(sanne, "Make an invite link")
    expect(sanne.page.locator("h1")).to_have_text("Your invite link")
    link = copy_invite_link(sanne, "Copy link", "Copied")
    expect_lang(sanne, "en")
    sanne.shot("invite-link")

    # joris's browser says Dutch too; he adds ?lang=en once and the choice sticks
    joris = people("joris", locale="nl-NL")
    joris.page.goto(link + "?lang=en")
    expect(joris.page.locator("h1")).to_have_text("Log in")
    expect_lang(joris, "en")
    joris.page.locator("main").get_by_role("link", name="Create an account").click()
    expect_lang(joris, "en")
    sign_up(joris, "joris", "Joris", "Create my account")
    expect(joris.page.locator("h1")).to_have_text("Sanne invites you")
    joris.shot("join")
    submit(joris, "Join")
    expect_message(joris, "Welcome to your shared space!")
    expect(joris.page.locator("main")).to_contain_text("You share this space with Sanne.")
    expect_lang(joris, "en")
    joris.shot("joined")

    sanne.page.locator("nav").get_by_role("link", name="Together").click()
    expect(sanne.page.locator("main")).to_contain_text("You share this space with Joris.")
    expect_lang(sanne, "en")
    sanne.shot("together")

    assert_only_local_requests(people, live_server)


def test_public_pages_request_nothing_outside(people, live_server):
    visitor = people("visitor", locale="en-US")
    for path in ("/", "/accounts/signup/", "/accounts/login/", "/accounts/password/reset/"):
        visitor.page.goto(path)
        visitor.page.wait_for_load_state("networkidle")
    expect_lang(visitor, "en")
    visitor.shot("password-reset")
    assert any(url.endswith(".css") or ".css?" in url for url in visitor.requests)
    assert any(".js" in url for url in visitor.requests)
    assert_only_local_requests(people, live_server)
