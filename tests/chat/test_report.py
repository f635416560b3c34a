"""The chat report: golden JSON, the HTML page (self-contained, escaped, accessible), text, languages."""

from __future__ import annotations

import json
import os
import re
from datetime import date
from pathlib import Path

import pytest

from heartkeys.chat.analyze import ChatAnalysisError, analyze_chat
from heartkeys.chat.report.html import render_html
from heartkeys.chat.report.i18n import STRINGS
from heartkeys.chat.report.jsondoc import render_json, report_to_dict
from heartkeys.chat.report.text import render_text
from heartkeys.chat.synth import write_whatsapp

GOLDEN = Path(__file__).parent / "golden"
FIXTURES = Path(__file__).parent / "fixtures"
HOSTILE = "<script>alert(1)</script>"


def chat(*lines: str) -> bytes:
    """A Dutch Android WhatsApp export from ``"HH:MM Name: text"`` lines on 2026-11-25."""
    out = []
    for line in lines:
        clock, rest = line.split(" ", 1)
        out.append(f"25-11-2026 {clock} - {rest}")
    return ("\n".join(out) + "\n").encode()


HOSTILE_CHAT = chat(
    "08:00 Anna: Ik ben echt verdrietig over mijn oma, ze is ziek",
    f"08:02 Bram: Wat rot voor je, je klinkt echt verdrietig. Wat heb je nu van me nodig? {HOSTILE}",
    "08:05 Anna: Dat je er vanavond bent. Kijk https://example.com/oma voor de foto",
    "08:07 Bram: Natuurlijk, ik ben er. <img src=x onerror=alert(2)>",
    "08:09 Anna: Dank je, lief van je",
)


@pytest.fixture(scope="module")
def golden_report():
    return analyze_chat(GOLDEN / "couple_nl.txt", workers=1)


def test_golden_json(golden_report) -> None:
    """The JSON for a small fixture chat is stable. Regenerate with HEARTKEYS_UPDATE_GOLDEN=1."""
    rendered = render_json(golden_report)
    path = GOLDEN / "couple_nl.json"
    if os.environ.get("HEARTKEYS_UPDATE_GOLDEN"):
        path.write_text(rendered, encoding="utf-8")
    assert rendered == path.read_text(encoding="utf-8")
    assert render_json(analyze_chat(GOLDEN / "couple_nl.txt", workers=1)) == rendered  # deterministic


def test_json_schema_fields(golden_report) -> None:
    doc = report_to_dict(golden_report)
    for field in ("participants", "messages", "skipped_lines", "first", "last", "style_matching", "bids", "rhythm"):
        assert field in doc
    for field in ("horsemen", "ratio", "examples", "warnings", "notices", "safety", "all_participants"):
        assert field in doc
    person = doc["participants"][0]
    for field in ("name", "messages", "turns", "levels", "pitfalls", "monthly"):
        assert field in person
    assert set(person["levels"]) == {
        "emotional",
        "nonverbal",
        "perspective",
        "curious",
        "needs",
        "supportive",
        "moral",
        "metaphorical",
    }
    assert doc["first"] == "2026-02-03T07:58:00"
    assert doc["lang"] == "nl"
    assert [p["name"] for p in doc["participants"]] == ["Joris", "Sanne"]
    assert [m["month"] for m in person["monthly"]] == ["2026-02", "2026-03"]
    assert len(doc["rhythm"]["participants"][0]["median_by_hour"]) == 24
    assert doc["examples"]["learn"] and all("suggestion" in n for e in doc["examples"]["learn"] for n in e["notes"])
    json.dumps(doc)  # serialisable as is


def test_html_is_self_contained_and_offline(golden_report) -> None:
    page = render_html(golden_report)
    assert page.startswith("<!DOCTYPE html>")
    assert '<html lang="nl">' in page
    lowered = page.lower()
    assert "http://" not in lowered and "https://" not in lowered
    assert "<script" not in lowered
    assert "<link" not in lowered and " src=" not in lowered and "url(" not in lowered
    assert page.count("<svg") >= 5  # two radars, two lines over time, style over time, delays
    assert "@media print" in page and 'name="viewport"' in page
    assert "Content-Security-Policy" in page
    # every chart has a text alternative: a label and a table with the numbers
    assert page.count('role="img"') == page.count("<svg")
    assert page.count("aria-label=") >= page.count("<svg")
    assert page.count("<figure>") == page.count("<details><summary>De cijfers als tabel")
    # stable chart ids, so the same report gives the same page
    assert "hk-chart-1" in page and not re.search(r"chart-[0-9a-f]{8}-", page)
    assert render_html(golden_report) == page


def test_html_escapes_hostile_messages() -> None:
    report = analyze_chat(HOSTILE_CHAT, workers=1)
    shown = " ".join(m.text for m in report.best + report.learn)
    assert HOSTILE in shown  # the hostile reply is one of the examples
    page = render_html(report)
    assert "<script" not in page.lower()
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "<img" not in page and "&lt;img src=x onerror=alert(2)&gt;" in page
    assert "example.com" not in page and "[link]" in page
    assert "https://" not in page


def test_hostile_names_are_escaped_everywhere() -> None:
    data = chat(
        "08:00 <b>Anna</b>: Ik ben zo moe vandaag",
        "08:01 Bram: Wat rot, je klinkt echt moe. Wat heb je nodig?",
        "08:02 <b>Anna</b>: Rust",
    )
    report = analyze_chat(data, workers=1)
    assert report.people[0].name == "<b>Anna</b>"
    page = render_html(report)
    assert "<b>Anna</b>" not in page and "&lt;b&gt;Anna&lt;/b&gt;" in page


def test_text_report(golden_report) -> None:
    text = render_text(golden_report)
    for expected in ("Jullie gesprekken", "Joris", "Sanne", "Emotionele empathie", "Reactietempo", "Mooie momenten"):
        assert expected in text
    assert "\x1b[" not in text
    assert "\x1b[" in render_text(golden_report, color=True)


def test_text_shows_markup_literally() -> None:
    data = chat("08:00 Anna: [bold red]hoi[/bold red] ik ben zo verdrietig", "08:01 Bram: Je klinkt verdrietig.")
    text = render_text(analyze_chat(data, workers=1))
    assert "[bold red]hoi[/bold red]" in text


def test_english_chat_gives_an_english_report() -> None:
    report = analyze_chat(FIXTURES / "android_en.txt", workers=1)
    assert report.lang == "en"
    assert "Your conversations" in render_text(report)
    assert '<html lang="en">' in render_html(report)
    forced = analyze_chat(FIXTURES / "android_en.txt", workers=1, lang="nl")
    assert forced.lang == "nl" and "Jullie gesprekken" in render_text(forced)


def test_strings_exist_in_both_languages() -> None:
    assert set(STRINGS["nl"]) == set(STRINGS["en"])
    for lang in ("nl", "en"):
        placeholders = {name: set(re.findall(r"\{(\w+)\}", text)) for name, text in STRINGS[lang].items()}
        other = "en" if lang == "nl" else "nl"
        for name, names in placeholders.items():
            assert names == set(re.findall(r"\{(\w+)\}", STRINGS[other][name])), name


def test_pseudonymize_hides_names() -> None:
    data = chat(
        "08:00 Anna: Bram, ik ben zo verdrietig vandaag",
        "08:01 Bram: Ach Anna, je klinkt echt verdrietig. Wat heb je nodig?",
        "08:02 Anna: Een knuffel van Bram",
    )
    report = analyze_chat(data, workers=1, pseudonymize=True)
    for rendered in (render_json(report), render_html(report), render_text(report)):
        assert "Anna" not in rendered and "Bram" not in rendered
        assert "Partner A" in rendered and "Partner B" in rendered


def test_safety_signals_show_help_not_the_message() -> None:
    data = chat(
        "08:00 Anna: Waarom ben je zo laat?",
        "08:01 Bram: Als je nog een keer zeurt ga ik je iets aandoen",
        "08:02 Anna: Ik ben bang",
        "08:03 Bram: Je klinkt bang. Sorry, dat had ik niet mogen zeggen.",
    )
    report = analyze_chat(data, workers=1)
    assert report.safety_signals >= 1
    assert report.help and any(h.phone for h in report.help)
    assert all("aandoen" not in m.text for m in report.best + report.learn)
    page = render_html(report)
    assert 'class="safety"' in page and report.help[0].name in page
    assert json.loads(render_json(report))["safety"]["signals"] == report.safety_signals


def test_parallel_and_serial_runs_agree(tmp_path: Path) -> None:
    path = write_whatsapp(tmp_path / "chat.txt", 3000, seed=5)
    serial = render_json(analyze_chat(path, workers=1))
    assert render_json(analyze_chat(path, workers=2)) == serial


def test_period_and_progress(tmp_path: Path) -> None:
    path = write_whatsapp(tmp_path / "chat.txt", 2000, seed=2)
    calls: list[tuple[str, int, int | None]] = []
    full = analyze_chat(path, workers=1)

    def progress(stage: str, done: int, total: int | None) -> None:
        calls.append((stage, done, total))

    part = analyze_chat(path, workers=1, since=date(2019, 2, 1), until=date(2019, 2, 28), progress=progress)
    assert part.messages < full.messages
    assert part.first is not None and part.first.date() >= date(2019, 2, 1)
    assert part.last is not None and part.last.date() <= date(2019, 2, 28)
    assert calls and calls[-1][0] == "analyse" and calls[-1][1] == calls[-1][2]
    with pytest.raises(ChatAnalysisError) as info:
        analyze_chat(path, since=date(2030, 1, 1))
    assert info.value.code == "empty_period"
    with pytest.raises(ChatAnalysisError):
        analyze_chat(path, since=date(2020, 1, 1), until=date(2019, 1, 1))


def test_group_chat_without_choice_takes_the_two_most_active() -> None:
    report = analyze_chat(FIXTURES / "group_five.txt", workers=1)
    assert report.selection == "most_active"
    assert len(report.participants) == 5
    assert next(n.code for n in report.notices) == "most_active"
    assert "5" in report_to_dict(report)["notices"][0]["text"]
    with pytest.raises(ChatAnalysisError) as info:
        analyze_chat(FIXTURES / "group_five.txt", workers=1, require_pair=True)
    assert info.value.code == "group" and len(info.value.participants) == 5
