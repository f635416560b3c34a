"""The chat report in the web app: upload in memory, what is stored, who sees it, charts, errors."""

from __future__ import annotations

import io
import json
import re
import zipfile

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client

from heartkeys.web.charts import SVG_POLICY
from heartkeys.web.chats import domain
from heartkeys.web.chats.export import export_user
from heartkeys.web.chats.models import ChatReport

RAW_MARKER = "Zwaluwstaartvlinder"  # a neutral word in a neutral message: never an example


def chat(*lines: str, day: str = "25-11-2026") -> bytes:
    """A Dutch Android WhatsApp export from ``"HH:MM Name: text"`` lines (``day`` may be per line)."""
    out = []
    for line in lines:
        when, rest = line.split(" ", 1)
        if "|" in when:
            date, clock = when.split("|")
        else:
            date, clock = day, when
        out.append(f"{date} {clock} - {rest}")
    return ("\n".join(out) + "\n").encode()


COUPLE = chat(
    "10-10-2026|08:00 Anna: Ik ben echt verdrietig over mijn oma, ze is ziek",
    "10-10-2026|08:02 Bram: Wat rot voor je, je klinkt verdrietig. Wat heb je nu van me nodig?",
    "10-10-2026|08:05 Anna: Dat je er vanavond bent. Dank je, lief van je",
    f"10-10-2026|12:00 Bram: Ik neem vanavond brood mee van de {RAW_MARKER} bakker",
    "10-10-2026|12:30 Anna: Prima",
    "10-10-2026|12:31 Bram: Tot vanavond",
    "25-11-2026|08:00 Anna: Jij luistert ook nooit naar mij!",
    "25-11-2026|08:10 Bram: Sorry, je hebt gelijk. Ik snap dat je je alleen voelde. Vertel je me wat er was?",
    "25-11-2026|08:15 Anna: Ik voelde me niet gezien vandaag. Fijn dat je het vraagt, dank je",
    "25-11-2026|09:00 Bram: Raad eens! Ik heb de baan gekregen!",
    "25-11-2026|09:01 Anna: Wauw, wat goed! Hoe voel je je nu?",
)

GROUP = chat(
    "08:00 Anna: Wie neemt er brood mee?",
    "08:01 Bram: Ik doe dat wel, lief",
    "08:02 Cees: Ik neem kaas mee",
    "08:03 Anna: Dank je Bram, fijn dat je dat doet",
    "08:04 Cees: En ik wijn",
)


def upload(client, data: bytes, name: str = "WhatsApp Chat met Bram.txt", **fields):
    payload = {"export": SimpleUploadedFile(name, data, content_type="text/plain"), **fields}
    return client.post("/chats/upload/", payload)


def body(response) -> str:
    return response.content.decode("utf-8", "replace")


def make_report(client, data: bytes = COUPLE, **fields) -> ChatReport:
    response = upload(client, data, **fields)
    assert response.status_code == 302, body(response)[:2000]
    return ChatReport.objects.get(pk=int(response["Location"].rstrip("/").split("/")[-1]))


def zipped(files: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in files.items():
            archive.writestr(name, data)
    return buffer.getvalue()


# --- upload and what is stored ---------------------------------------------------------------------


def test_upload_page_shows_the_form(cast, login):
    response = login(cast.anna).get("/chats/upload/")
    assert response.status_code == 200
    text = body(response)
    assert 'enctype="multipart/form-data"' in text and 'name="keep_raw"' in text
    assert 'name="keep_raw" checked' not in text  # unticked by default


def test_upload_makes_a_private_report(cast, login):
    client = login(cast.anna)
    report = make_report(client, me="Anna")
    assert report.owner == cast.anna and report.visibility == "private" and report.couple is None
    assert report.document["schema"] == "heartkeys.chat-report/1"
    assert [p["name"] for p in report.document["participants"]] == ["Anna", "Bram"]
    page = client.get(f"/chats/{report.pk}/")
    assert page.status_code == 200
    assert "Anna &amp; Bram" in body(page)


def test_raw_text_is_not_stored_unless_ticked(cast, login):
    report = make_report(login(cast.anna))
    assert report.raw_text == "" and not report.kept_raw_text
    stored = json.dumps(list(ChatReport.objects.values()), default=str, ensure_ascii=False)
    assert RAW_MARKER not in stored
    assert "chat_text" not in export_user(cast.anna)["reports"][0]


def test_raw_text_is_kept_when_ticked(cast, login):
    report = make_report(login(cast.anna), keep_raw="on")
    assert RAW_MARKER in report.raw_text
    assert "2026-10-10 12:00 Bram: Ik neem vanavond brood mee" in report.raw_text
    exported = export_user(cast.anna)["reports"][0]
    assert RAW_MARKER in exported["chat_text"]


def test_upload_is_never_written_to_disk(cast, login, monkeypatch, settings):
    """Even above Django's 1 MB in-memory limit the upload stays in memory."""
    from django.core.files import uploadhandler

    def refuse(*args, **kwargs):
        raise AssertionError("the upload went to a temporary file")

    monkeypatch.setattr(uploadhandler.TemporaryFileUploadHandler, "new_file", refuse)
    monkeypatch.setattr("tempfile.NamedTemporaryFile", refuse)
    big = COUPLE + chat(*[f"2{i % 10}-12-2026|10:{i % 60:02d} Anna: gewoon een bericht {i}" for i in range(30)]) * 1
    filler = b"25-12-2026 10:00 - Bram: " + b"ja " * (400 * 1024) + b"\n"
    report = make_report(login(cast.anna), big + filler)
    assert report.document["messages"] > 10


def test_pseudonymized_report_has_no_names(cast, login):
    report = make_report(login(cast.anna), pseudonymize="on", keep_raw="on")
    stored = json.dumps(report.document, ensure_ascii=False) + report.title + report.raw_text
    assert "Anna" not in stored and "Bram" not in stored
    assert "Partner A" in stored and "Partner B" in stored
    assert report.document["pseudonymized"] is True
    assert "Partner B: Ik neem vanavond brood mee" in report.raw_text


def test_period_filters_messages(cast, login):
    report = make_report(login(cast.anna), since="2026-11-01")
    assert report.document["first"].startswith("2026-11-25")
    assert report.document["period"]["since"] == "2026-11-01"


def test_period_the_wrong_way_round_is_a_field_error(cast, login):
    response = upload(login(cast.anna), COUPLE, since="2026-12-01", until="2026-01-01")
    assert response.status_code == 400
    assert ChatReport.objects.count() == 0


def test_zip_and_telegram_exports_are_recognised(cast, login):
    from pathlib import Path

    client = login(cast.anna)
    report = make_report(client, zipped({"WhatsApp Chat met Bram.txt": COUPLE, "IMG-0001.jpg": b"\xff\xd8\xff"}))
    assert report.document["format"] == "whatsapp"
    telegram = (Path(__file__).parents[1] / "chat" / "fixtures" / "telegram_result.json").read_bytes()
    response = upload(client, telegram, name="result.json")
    assert response.status_code == 302
    assert ChatReport.objects.latest("pk").document["format"] == "telegram"


def test_group_chat_asks_who_is_who_then_works(cast, login):
    client = login(cast.anna)
    response = upload(client, GROUP)
    assert response.status_code == 400
    text = body(response)
    assert "3" in text and "Cees" in text and 'type="radio"' in text and 'value="Anna"' in text
    assert ChatReport.objects.count() == 0
    report = make_report(client, GROUP, me="Anna", partner="Bram")
    assert [p["name"] for p in report.document["participants"]] == ["Anna", "Bram"]
    assert "Cees" in [p["name"] for p in report.document["all_participants"]]


def test_name_not_in_chat_shows_the_participants(cast, login):
    response = upload(login(cast.anna), COUPLE, me="Zoë")
    assert response.status_code == 400
    assert 'value="Bram"' in body(response) and ChatReport.objects.count() == 0


def test_name_matches_loosely(cast, login):
    report = make_report(login(cast.anna), me="bram")
    assert report.document["participants"][0]["name"] == "Bram"


# --- bad input -----------------------------------------------------------------------------------------

BAD = {
    "empty": (b"", "leeg"),
    "binary": (b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8, "geen chat-export"),
    "unknown": (b"Boodschappenlijst\nmelk\nbrood\neieren\n", "niet herkennen"),
    "zip_without_chat": (zipped({"IMG-0001.jpg": b"\xff\xd8\xff\xe0" + b"0" * 100}), "ZIP"),
    "damaged_zip": (zipped({"WhatsApp Chat met Bram.txt": COUPLE})[:60], "ZIP"),
    "one_person": (chat("08:00 Anna: Hallo?", "08:05 Anna: Ben je daar?"), "één persoon"),
    "junk": (bytes((i * 7919 + 13) % 256 for i in range(5000)), "chat"),
}


@pytest.mark.parametrize("case", sorted(BAD))
def test_bad_input_gets_a_clear_message(cast, login, case):
    data, words = BAD[case]
    response = upload(login(cast.anna), data)
    assert response.status_code == 400, case
    assert words in body(response), body(response)[:3000]
    assert ChatReport.objects.count() == 0


def test_bad_input_message_in_english(cast, login):
    cast.anna.language = "en"
    cast.anna.save()
    response = upload(login(cast.anna), b"Shopping list\nmilk\nbread\n")
    assert response.status_code == 400
    assert "could not recognise this as a chat export" in body(response)


def test_wrong_encoding_is_read_with_a_warning(cast, login):
    latin = COUPLE.decode().replace("Wauw", "Wàùw café").encode("latin-1")
    report = make_report(login(cast.anna), latin)
    assert report.document["warnings"], "invalid UTF-8 should be mentioned"
    utf16 = make_report(login(cast.anna), b"\xff\xfe" + COUPLE.decode().encode("utf-16-le"))
    assert utf16.document["messages"] == 11


def test_oversized_upload_is_refused_kindly(cast, login, settings):
    settings.HEARTKEYS_CHAT_UPLOAD_MAX = 300
    response = upload(login(cast.anna), COUPLE)
    assert response.status_code == 413
    assert "te groot" in body(response)
    assert ChatReport.objects.count() == 0


def test_body_over_the_middleware_limit_is_413(cast, login, settings):
    client = login(cast.anna)
    response = client.generic(
        "POST",
        "/chats/upload/",
        b"x",
        content_type="multipart/form-data; boundary=x",
        CONTENT_LENGTH=str(settings.HEARTKEYS_CHAT_UPLOAD_MAX + 10 * 1024 * 1024),
    )
    assert response.status_code == 413


def test_no_file_is_a_field_error(cast, login):
    response = login(cast.anna).post("/chats/upload/", {"me": "Anna"})
    assert response.status_code == 400 and "Kies het bestand" in body(response)


def test_uploads_are_rate_limited(cast, login, settings):
    settings.HEARTKEYS_CHAT_UPLOADS_PER_HOUR = 2
    client = login(cast.anna)
    assert upload(client, COUPLE).status_code == 302
    assert upload(client, b"Boodschappenlijst\nmelk\n").status_code == 400  # failures count too
    response = upload(client, COUPLE)
    assert response.status_code == 429 and "afgelopen uur" in body(response)
    assert ChatReport.objects.count() == 1
    assert upload(login(cast.bram), COUPLE).status_code == 302  # per person


# --- report page, charts, downloads ---------------------------------------------------------------------


def test_report_page_has_all_sections_charts_and_tables(cast, login):
    client = login(cast.anna)
    report = make_report(client)
    response = client.get(f"/chats/{report.pk}/")
    text = body(response)
    for section in ("overview", "keys", "time", "style", "bids", "rhythm", "horsemen", "best", "learn", "method"):
        assert f'id="{section}"' in text, section
    charts = re.findall(rf'<img src="/chats/{report.pk}/charts/([\w-]+)\.svg" alt="([^"]+)"', text)
    names = {name for name, _alt in charts}
    assert {"keys-0", "keys-1", "time-0", "time-1", "style", "bids", "delay", "horsemen"} <= names
    assert text.count("<table>") >= len(charts)
    assert "style=" not in text and "<script>" not in text and "<style" not in text
    assert "script-src 'self'" in response["Content-Security-Policy"]
    assert "chats/chats.css" in text


def test_every_chart_is_a_safe_svg(cast, login):
    client = login(cast.anna)
    report = make_report(client)
    text = body(client.get(f"/chats/{report.pk}/"))
    for name in re.findall(rf"/chats/{report.pk}/charts/([\w-]+)\.svg", text):
        response = client.get(f"/chats/{report.pk}/charts/{name}.svg")
        assert response.status_code == 200, name
        assert response["Content-Type"].startswith("image/svg+xml")
        assert response["Content-Security-Policy"] == SVG_POLICY
        svg = body(response)
        assert "<script" not in svg.lower()
        urls = set(re.findall(r"https?://[^\s\"'<>)]+", svg))
        assert urls <= {"http://www.w3.org/2000/svg", "http://www.w3.org/1999/xlink"}, urls
    assert client.get(f"/chats/{report.pk}/charts/nonsense.svg").status_code == 404
    assert client.get(f"/chats/{report.pk}/charts/keys-7.svg").status_code == 404


def test_report_in_dutch_and_english(cast, login):
    client = login(cast.anna)
    report = make_report(client)
    assert "De 8 sleutels per persoon" in body(client.get(f"/chats/{report.pk}/"))
    cast.anna.language = "en"
    cast.anna.save()
    text = body(client.get(f"/chats/{report.pk}/"))
    assert "The 8 keys per person" in text and "Download the numbers (JSON)" in text
    assert "recognised" in body(client.get(f"/chats/{report.pk}/charts/keys-0.svg"))


def test_downloads(cast, login):
    client = login(cast.anna)
    report = make_report(client)
    response = client.get(f"/chats/{report.pk}/report.json")
    assert response.status_code == 200 and "attachment" in response["Content-Disposition"]
    assert json.loads(body(response)) == report.document
    response = client.get(f"/chats/{report.pk}/report.html")
    assert response.status_code == 200 and "attachment" in response["Content-Disposition"]
    page = body(response)
    assert page.startswith("<!DOCTYPE html>") and "<svg" in page and "<script" not in page
    assert not re.search(r"(?:src|href)=\"https?:", page)
    assert "sandbox" in response["Content-Security-Policy"]


def test_stored_report_renders_the_same_html_as_the_library(cast, login):
    from heartkeys.chat.analyze import analyze_chat
    from heartkeys.chat.report.html import render_html

    client = login(cast.anna)
    report = make_report(client, me="Anna")
    original = render_html(analyze_chat(COUPLE, me="Anna", workers=1))
    assert body(client.get(f"/chats/{report.pk}/report.html")) == original


def test_safety_signals_put_help_first(cast, login):
    data = chat(
        "08:00 Anna: Waarom ben je zo laat?",
        "08:01 Bram: Als je nog een keer zeurt ga ik je iets aandoen",
        "08:02 Anna: Ik ben bang",
        "08:03 Bram: Je klinkt bang. Sorry, dat had ik niet mogen zeggen.",
    )
    client = login(cast.anna)
    report = make_report(client, data)
    text = body(client.get(f"/chats/{report.pk}/"))
    assert 'id="safety"' in text and "112" in text
    assert text.index('id="safety"') < text.index('id="overview"')
    assert "zeurt" not in text
    assert domain.summary(report)["safety_signals"] >= 1


# --- sharing, who sees what ---------------------------------------------------------------------------


def _client(user) -> Client:
    client = Client()
    if user is not None:
        client.force_login(user)
    return client


@pytest.fixture
def reports(cast):
    """Anna's three reports (private, partner, coach) and one of olaf shared with his partner."""
    from heartkeys.chat.analyze import analyze_chat

    made = {}
    for owner, visibility in [
        (cast.anna, "private"),
        (cast.anna, "partner"),
        (cast.anna, "coach"),
        (cast.olaf, "partner"),
    ]:
        item = domain.save(owner, domain.Analysis(analyze_chat(COUPLE, workers=1)))
        domain.set_visibility(item, owner, visibility)
        made[(owner.username, visibility)] = item
    return made


def test_visibility_for_every_cast_member(cast, reports):
    allowed = {
        "anna": {("anna", "private"), ("anna", "partner"), ("anna", "coach")},
        "bram": {("anna", "partner"), ("anna", "coach")},
        "olaf": {("olaf", "partner")},
        "pim": {("olaf", "partner")},
        "carla": set(),
        "dora": set(),
        None: set(),
    }
    problems = []
    for user in (None, cast.anna, cast.bram, cast.carla, cast.dora, cast.olaf, cast.pim):
        name = user.username if user else None
        client = _client(user)
        for key, item in reports.items():
            for url in (
                f"/chats/{item.pk}/",
                f"/chats/{item.pk}/charts/keys-0.svg",
                f"/chats/{item.pk}/report.html",
                f"/chats/{item.pk}/report.json",
            ):
                status = client.get(url).status_code
                if user is None:
                    expected = 302
                elif user.role == "coach":
                    expected = 403
                else:
                    expected = 200 if key in allowed[name] else 404
                if status != expected:
                    problems.append(f"{name} {url}: {status} (expected {expected})")
            owner = key[0] == name
            status = client.get(f"/chats/{item.pk}/delete/").status_code
            if user is not None and user.role != "coach" and status != (200 if owner else 404):
                problems.append(f"{name} delete page of {key}: {status}")
        if user is not None and user.role != "coach":
            listing = body(client.get("/chats/"))
            shown = {key for key, item in reports.items() if f'href="/chats/{item.pk}/"' in listing}
            if shown != allowed[name]:
                problems.append(f"{name} index shows {shown}")
    assert not problems, "\n".join(problems)


def test_coach_sees_only_coach_shared_reports_with_consent(cast, reports):
    assert list(domain.reports_for_coach(cast.link)) == [reports[("anna", "coach")]]
    assert list(domain.reports_for_coach(cast.dora_link)) == []
    cast.bram.coach_consents.all().delete()  # consent gone: nothing at all
    assert list(domain.reports_for_coach(cast.link)) == []


def test_leaving_the_couple_makes_shared_reports_private_to_others(cast, reports):
    from heartkeys.web.couples.domain import leave_couple

    leave_couple(cast.anna)
    item = reports[("anna", "partner")]
    assert _client(cast.bram).get(f"/chats/{item.pk}/").status_code == 404
    assert _client(cast.anna).get(f"/chats/{item.pk}/").status_code == 200


def test_owner_changes_visibility_partner_cannot(cast, reports):
    item = reports[("anna", "private")]
    assert _client(cast.bram).post(f"/chats/{item.pk}/visibility/", {"visibility": "partner"}).status_code == 404
    response = _client(cast.anna).post(f"/chats/{item.pk}/visibility/", {"visibility": "partner"})
    assert response.status_code == 302
    item.refresh_from_db()
    assert item.visibility == "partner" and item.couple == cast.couple
    assert _client(cast.bram).get(f"/chats/{item.pk}/").status_code == 200
    _client(cast.anna).post(f"/chats/{item.pk}/visibility/", {"visibility": "nonsense"})
    item.refresh_from_db()
    assert item.visibility == "partner"


def test_without_a_couple_only_private_is_possible(cast, login):
    from heartkeys.web.couples.domain import leave_couple

    leave_couple(cast.anna)
    client = login(cast.anna)
    item = make_report(client)
    client.post(f"/chats/{item.pk}/visibility/", {"visibility": "partner"})
    item.refresh_from_db()
    assert item.visibility == "private" and item.couple is None


def test_delete_really_deletes(cast, reports):
    item = reports[("anna", "partner")]
    assert _client(cast.bram).post(f"/chats/{item.pk}/delete/").status_code == 404
    page = _client(cast.anna).get(f"/chats/{item.pk}/delete/")
    assert page.status_code == 200 and "<form" in body(page)
    assert ChatReport.objects.filter(pk=item.pk).exists()
    response = _client(cast.anna).post(f"/chats/{item.pk}/delete/")
    assert response.status_code == 302 and not ChatReport.objects.filter(pk=item.pk).exists()


def test_account_deletion_removes_reports(cast, reports):
    from heartkeys.web.privacy.deletion import delete_account

    anna_id = cast.anna.pk
    delete_account(cast.anna)
    assert not ChatReport.objects.filter(owner_id=anna_id).exists()
    assert ChatReport.objects.filter(owner=cast.olaf).count() == 1


def test_export_holds_own_reports_only(cast, reports, login):
    data = export_user(cast.bram)
    assert data == {"reports": []}
    anna = export_user(cast.anna)["reports"]
    assert len(anna) == 3 and all(r["report"]["schema"] == "heartkeys.chat-report/1" for r in anna)
    full = json.loads(body(login(cast.anna).post("/privacy/export/")))
    assert len(full["chats"]["reports"]) == 3


def test_summary_is_small_and_has_no_chat_text(cast, reports):
    summary = domain.summary(reports[("anna", "coach")])
    assert summary["messages"] == 11 and len(summary["people"]) == 2
    assert {"keys_share", "toward_rate", "median_reply_seconds"} <= set(summary["people"][0])
    assert "oma" not in json.dumps(summary)


@pytest.mark.parametrize(
    ("method", "url"),
    [("get", "/chats/"), ("get", "/chats/upload/"), ("post", "/chats/upload/")],
)
def test_coaches_get_403_and_anonymous_log_in(cast, method, url):
    assert getattr(_client(cast.carla), method)(url).status_code == 403
    response = getattr(Client(), method)(url)
    assert response.status_code == 302 and response["Location"].startswith("/accounts/login/")


def test_wrong_methods(cast, reports):
    item = reports[("anna", "private")]
    client = _client(cast.anna)
    assert client.post("/chats/").status_code == 405
    assert client.put("/chats/upload/").status_code == 405
    assert client.post(f"/chats/{item.pk}/").status_code == 405
    assert client.get(f"/chats/{item.pk}/visibility/").status_code == 405
    assert client.post(f"/chats/{item.pk}/report.json").status_code == 405


def test_upload_needs_csrf(cast):
    client = Client(enforce_csrf_checks=True)
    client.force_login(cast.anna)
    response = upload(client, COUPLE)
    assert response.status_code == 403 and ChatReport.objects.count() == 0
