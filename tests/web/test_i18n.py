"""Translations: every string in the code has a Dutch translation, the .mo is current, Dutch says "je"."""

from __future__ import annotations

import gettext
import re
from pathlib import Path

import pytest
from web_cast import make_user
from web_po import msgids_in_package, parse_po

import heartkeys.web

ROOT = Path(heartkeys.web.__file__).resolve().parent
PO = ROOT / "locale" / "nl" / "LC_MESSAGES" / "django.po"
MO = PO.with_suffix(".mo")
HOW_TO_FIX = (
    "run `cd src/heartkeys/web && uv run heartkeys manage makemessages -l nl --add-location file --no-obsolete`, "
    "translate, then `uv run heartkeys manage compilemessages` (see docs/web.md)"
)


def _entries():
    return {e.key: e for e in parse_po(PO) if e.msgid}


def test_every_string_in_the_code_is_in_the_po_and_translated():
    code, entries = msgids_in_package(ROOT), _entries()
    missing = [f"{where}: {key[1]!r}" for key, where in sorted(code.items(), key=str) if key not in entries]
    assert not missing, f"missing from django.po ({HOW_TO_FIX}):\n" + "\n".join(missing)
    untranslated = [key[1] for key in code if not entries[key].translated]
    assert not untranslated, "untranslated or fuzzy in django.po:\n" + "\n".join(untranslated)


def test_the_po_has_no_stale_entries():
    stale = sorted(set(_entries()) - set(msgids_in_package(ROOT)), key=str)
    assert not stale, f"in django.po but no longer in the code ({HOW_TO_FIX}): {stale}"


def test_the_po_header_is_complete():
    header = next(e for e in parse_po(PO) if e.msgid == "")
    assert "fuzzy" not in header.flags
    assert "Language: nl\n" in header.msgstr[0]
    assert "charset=UTF-8" in header.msgstr[0]


def test_the_compiled_mo_matches_the_po():
    with MO.open("rb") as handle:
        catalog = gettext.GNUTranslations(handle)._catalog
    expected = {}
    for entry in _entries().values():
        key = entry.msgid if entry.msgctxt is None else f"{entry.msgctxt}\x04{entry.msgid}"
        if entry.msgid_plural is None:
            expected[key] = entry.msgstr[0]
        else:
            expected.update({(key, i): s for i, s in entry.msgstr.items()})
    compiled = {k: v for k, v in catalog.items() if k != ""}
    assert compiled == expected, "django.mo is out of date: run `uv run heartkeys manage compilemessages`"


def test_dutch_uses_informal_je():
    formal = re.compile(r"\b(?:u|uw|U|Uw)\b")
    offenders = [s for e in _entries().values() for s in e.msgstr.values() if formal.search(s)]
    assert not offenders, offenders


def test_placeholders_survive_translation():
    placeholder = re.compile(r"%\(\w+\)[sd]|\{\w*\}")
    for entry in _entries().values():
        for text in entry.msgstr.values():
            assert sorted(placeholder.findall(text)) == sorted(placeholder.findall(entry.msgid)), entry.msgid


@pytest.mark.django_db
def test_form_errors_come_in_the_users_language(client):
    dutch = client.post("/accounts/signup/", {}).context["form"].errors["username"][0]
    english = client.post("/accounts/signup/?lang=en", {}).context["form"].errors["username"][0]
    assert dutch == "Dit veld is verplicht."
    assert english == "This field is required."
    client.force_login(make_user("sam", language="en"))
    response = client.post("/notes/new/", {"text": "", "visibility": "private"})
    assert response.context["form"].errors["text"] == ["This field is required."]
    assert '<html lang="en">' in response.content.decode()


@pytest.mark.django_db
def test_pages_are_dutch_by_default(client):
    body = client.get("/").content.decode()
    assert '<html lang="nl">' in body
    assert "Maak een account" in body
