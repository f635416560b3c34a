"""Translations: every string in the code has a Dutch translation, the .mo is current, Dutch says "je"."""

from __future__ import annotations

import gettext
import re
from pathlib import Path

import pytest
from web_cast import make_user
from web_po import catalog_roots, msgids_in_package, parse_po

import heartkeys.web

ROOT = Path(heartkeys.web.__file__).resolve().parent
#: The project catalog (heartkeys/web/locale) and one per app that keeps its own (app/locale).
CATALOGS = catalog_roots(ROOT)
CATALOG_IDS = [str(root.relative_to(ROOT)) or "web" for root in CATALOGS]


def _po(root: Path) -> Path:
    return root / "locale" / "nl" / "LC_MESSAGES" / "django.po"


def _how_to_fix(root: Path) -> str:
    where = root.relative_to(ROOT.parents[1])
    return (
        f"run `cd src/{where} && uv run heartkeys manage makemessages -l nl --add-location file --no-obsolete`, "
        "translate, then `uv run heartkeys manage compilemessages` (see docs/web.md)"
    )


def _entries(root: Path = ROOT):
    return {e.key: e for e in parse_po(_po(root)) if e.msgid}


def _all_entries():
    return [entry for root in CATALOGS for entry in _entries(root).values()]


@pytest.mark.parametrize("root", CATALOGS, ids=CATALOG_IDS)
def test_every_string_in_the_code_is_in_the_po_and_translated(root):
    code, entries = msgids_in_package(root), _entries(root)
    missing = [f"{where}: {key[1]!r}" for key, where in sorted(code.items(), key=str) if key not in entries]
    assert not missing, f"missing from {_po(root)} ({_how_to_fix(root)}):\n" + "\n".join(missing)
    untranslated = [key[1] for key in code if not entries[key].translated]
    assert not untranslated, "untranslated or fuzzy in django.po:\n" + "\n".join(untranslated)


@pytest.mark.parametrize("root", CATALOGS, ids=CATALOG_IDS)
def test_the_po_has_no_stale_entries(root):
    stale = sorted(set(_entries(root)) - set(msgids_in_package(root)), key=str)
    assert not stale, f"in {_po(root)} but no longer in the code ({_how_to_fix(root)}): {stale}"


@pytest.mark.parametrize("root", CATALOGS, ids=CATALOG_IDS)
def test_the_po_header_is_complete(root):
    header = next(e for e in parse_po(_po(root)) if e.msgid == "")
    assert "fuzzy" not in header.flags
    assert "Language: nl\n" in header.msgstr[0]
    assert "charset=UTF-8" in header.msgstr[0]


@pytest.mark.parametrize("root", CATALOGS, ids=CATALOG_IDS)
def test_the_compiled_mo_matches_the_po(root):
    with _po(root).with_suffix(".mo").open("rb") as handle:
        catalog = gettext.GNUTranslations(handle)._catalog
    expected = {}
    for entry in _entries(root).values():
        key = entry.msgid if entry.msgctxt is None else f"{entry.msgctxt}\x04{entry.msgid}"
        if entry.msgid_plural is None:
            expected[key] = entry.msgstr[0]
        else:
            expected.update({(key, i): s for i, s in entry.msgstr.items()})
    compiled = {k: v for k, v in catalog.items() if k != ""}
    assert compiled == expected, (
        f"{_po(root).with_suffix('.mo')} is out of date: run `uv run heartkeys manage compilemessages`"
    )


def test_one_dutch_wording_per_string_across_catalogs():
    """Django serves the first translation it finds; two wordings would mix on one page."""
    wordings: dict = {}
    for root in CATALOGS:
        for key, entry in _entries(root).items():
            wordings.setdefault(key, {})[str(root.relative_to(ROOT)) or "web"] = entry.msgstr.get(0)
    differ = {key[1]: found for key, found in wordings.items() if len(set(found.values())) > 1}
    assert not differ, differ


def test_dutch_uses_informal_je():
    formal = re.compile(r"\b(?:u|uw|U|Uw)\b")
    offenders = [s for e in _all_entries() for s in e.msgstr.values() if formal.search(s)]
    assert not offenders, offenders


def test_placeholders_survive_translation():
    placeholder = re.compile(r"%\(\w+\)[sd]|\{\w*\}")
    for entry in _all_entries():
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
