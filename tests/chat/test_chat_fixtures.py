"""Every fixture export parses to exactly the messages it holds."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from datetime import datetime
from pathlib import Path

import pytest

from heartkeys.chat import Message, iter_messages, parse, participants

FIXTURES = Path(__file__).parent / "fixtures"


def counts(messages: Iterable[Message]) -> dict[tuple[str | None, str], int]:
    return dict(Counter((m.author, m.kind) for m in messages))


# file -> (format, exact {(author, kind): count}, physical lines)
EXPECTED = {
    "android_nl.txt": (
        "whatsapp",
        {
            (None, "system"): 2,
            ("Anna", "text"): 3,
            ("Anna", "media"): 2,
            ("Anna", "deleted"): 1,
            ("Bram", "text"): 4,
            ("Bram", "deleted"): 1,
        },
        16,
    ),
    "android_en.txt": (
        "whatsapp",
        {
            (None, "system"): 1,
            ("Sanne", "text"): 3,
            ("Sanne", "deleted"): 1,
            ("Joris", "text"): 2,
            ("Joris", "media"): 2,
            ("Joris", "deleted"): 1,
        },
        10,
    ),
    "ios_nl.txt": (
        "whatsapp",
        {
            (None, "system"): 2,
            ("Anna", "text"): 2,
            ("Anna", "media"): 2,
            ("Bram", "text"): 2,
            ("Bram", "media"): 1,
            ("Bram", "deleted"): 1,
        },
        11,
    ),
    "ios_en.txt": (
        "whatsapp",
        {
            (None, "system"): 2,
            ("Fatima", "text"): 2,
            ("Fatima", "media"): 2,
            ("Youssef", "text"): 2,
            ("Youssef", "media"): 2,
            ("Youssef", "deleted"): 1,
        },
        12,
    ),
    "us.txt": (
        "whatsapp",
        {(None, "system"): 1, ("Anna", "text"): 2, ("Anna", "media"): 1, ("Bram", "text"): 3},
        7,
    ),
    "ampm_dots.txt": ("whatsapp", {("Sanne", "text"): 2, ("Joris", "text"): 2}, 4),
    "dotted.txt": (
        "whatsapp",
        {(None, "system"): 1, ("Joris", "text"): 2, ("Sanne", "text"): 2, ("Sanne", "media"): 1},
        6,
    ),
    "whatsapp_export.zip": (
        "whatsapp",
        {(None, "system"): 1, ("Anna", "text"): 1, ("Anna", "media"): 1, ("Bram", "text"): 2},
        6,
    ),
    "utf16_le.txt": ("whatsapp", {("Fatima", "text"): 2, ("Youssef", "text"): 1}, 3),
    "utf16_be.txt": ("whatsapp", {("Fatima", "text"): 2, ("Youssef", "text"): 1}, 3),
    "bom.txt": ("whatsapp", {("Youssef", "text"): 2, ("Fatima", "text"): 1}, 3),
    "telegram_result.json": (
        "telegram",
        {
            (None, "system"): 1,
            ("Sanne", "text"): 2,
            ("Sanne", "media"): 2,
            ("Joris", "text"): 2,
            ("Joris", "media"): 1,
        },
        102,
    ),
    "transcript_plain.txt": ("transcript", {("Anna", "text"): 3, ("Bram", "text"): 2}, 6),
    "transcript_times.txt": ("transcript", {("Sanne", "text"): 3, ("Joris", "text"): 2}, 6),
    "broken.txt": ("whatsapp", {("Anna", "text"): 2, ("Bram", "text"): 1}, 9),
    "group_five.txt": (
        "whatsapp",
        {
            (None, "system"): 8,
            ("Anna", "text"): 1,
            ("Anna", "media"): 1,
            ("Bram", "text"): 2,
            ("Sanne", "text"): 2,
            ("Joris", "text"): 1,
            ("Joris", "deleted"): 1,
            ("Fatima", "text"): 2,
        },
        19,
    ),
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_fixture_counts(name: str) -> None:
    fmt, expected, lines = EXPECTED[name]
    messages, stats = parse(FIXTURES / name)
    assert stats.format == fmt
    assert counts(messages) == expected
    assert stats.messages == len(messages) == sum(expected.values())
    assert stats.lines == lines
    # The same file read from bytes and streamed gives the same messages.
    assert parse((FIXTURES / name).read_bytes())[0] == messages
    assert list(iter_messages(FIXTURES / name)) == messages


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_no_marks_or_placeholders_left(name: str) -> None:
    messages, _ = parse(FIXTURES / name)
    for message in messages:
        assert "\u200e" not in message.text
        assert "\u200e" not in (message.author or "")
        assert "omitted" not in message.text and "weggelaten" not in message.text
        assert "bewerkt>" not in message.text and "edited>" not in message.text
        assert message.kind in ("text", "media", "system", "deleted")
        if message.kind == "system":
            assert message.author is None
        if message.kind == "deleted":
            assert message.text == ""


def test_android_nl_details() -> None:
    messages, stats = parse(FIXTURES / "android_nl.txt")
    assert stats.variant == "android, D-M-Y, 24h"
    assert stats.encoding == "utf-8"
    assert stats.skipped_lines == 0 and stats.warnings == []
    first, second = messages[0], messages[1]
    assert first.kind == "system" and first.text.startswith("Berichten en gesprekken")
    assert second == Message(datetime(2026, 11, 14, 8, 12), "Anna", "Goedemorgen! Heb je goed geslapen?", "text", 2)
    multi = messages[4]
    assert multi.text == "Graag.\nIk neem wel iets lekkers mee\nvoor bij de thee"
    assert multi.line == 5
    photo = messages[6]
    assert (photo.kind, photo.text, photo.line) == ("media", "Kijk, de eerste sneeuw in het park!", 9)
    edited = messages[8]
    assert (edited.kind, edited.text) == ("text", "Wat mooi! Ik wou dat ik erbij was")
    assert messages[10].kind == "system" and messages[10].text.startswith("Bram heeft een nieuw")


def test_android_en_details() -> None:
    messages, stats = parse(FIXTURES / "android_en.txt")
    assert stats.variant == "android, D/M/Y, 24h"
    assert messages[1].time == datetime(2026, 11, 3, 19, 41)
    assert messages[7].kind == "media"  # "PXL_....jpg (file attached)"
    assert messages[8].text == "Pancakes! You are the best"


def test_ios_nl_details() -> None:
    messages, stats = parse(FIXTURES / "ios_nl.txt")
    assert stats.variant == "ios, D-M-Y, 24h"
    assert messages[0].kind == "system" and messages[0].author is None
    assert messages[1].time == datetime(2026, 10, 2, 20, 14, 41)
    assert messages[5].text == "Ik ben trots op je, echt\nJe hebt er zo hard voor gewerkt"
    missed = messages[7]
    assert (missed.kind, missed.author, missed.text) == ("system", None, "Gemiste spraakoproep")
    assert messages[8].text == "Goedemorgen lief"
    assert messages[8].time == datetime(2026, 10, 13, 7, 55, 48)


def test_ios_en_twelve_hour_clock() -> None:
    messages, stats = parse(FIXTURES / "ios_en.txt")
    assert stats.variant == "ios, M/D/Y, 12h"
    assert messages[0].time == datetime(2026, 10, 30, 20, 1, 12)
    times = {m.line: m.time for m in messages}
    assert times[8] == datetime(2026, 10, 30, 23, 58, 33)
    assert times[9] == datetime(2026, 10, 31, 0, 2, 17)  # 12:02 AM is just after midnight
    assert times[12] == datetime(2026, 11, 1, 12, 30)  # 12:30 PM is noon
    assert messages[-1].text == "Missed voice call" and messages[-1].kind == "system"
    assert [m.text for m in messages if m.author == "Youssef" and m.kind == "text"] == [
        "Hi love, dinner at my parents' on Sunday still okay?",
        "Sleep well",
    ]


def test_us_month_first_and_am_pm() -> None:
    messages, stats = parse(FIXTURES / "us.txt")
    assert stats.variant == "android, M/D/Y, 12h"
    assert messages[0].time == datetime(2026, 9, 14, 18, 30)
    assert messages[-1].time == datetime(2026, 9, 15, 8, 12)


def test_dotted_am_pm_with_dots() -> None:
    messages, _ = parse(FIXTURES / "ampm_dots.txt")
    assert [m.time for m in messages] == [
        datetime(2026, 8, 21, 9, 15),
        datetime(2026, 8, 21, 9, 20),
        datetime(2026, 8, 21, 12, 5),
        datetime(2026, 8, 22, 0, 40),
    ]


def test_dotted_dates_two_digit_year() -> None:
    messages, stats = parse(FIXTURES / "dotted.txt")
    assert stats.variant == "android, D.M.Y, 24h"
    assert messages[-1].time == datetime(2026, 6, 19, 17, 46)


def test_zip_export_reads_the_chat_and_ignores_media() -> None:
    messages, stats = parse(FIXTURES / "whatsapp_export.zip")
    assert stats.title == "Bram"
    assert messages[3].kind == "media" and messages[3].text == "Verrassing 😄"


@pytest.mark.parametrize("name", ["utf16_le.txt", "utf16_be.txt"])
def test_utf16(name: str) -> None:
    messages, stats = parse(FIXTURES / name)
    assert stats.encoding == "utf-16"
    assert messages[1].text == "Heel erg, ik heb ontbijt op bed voor je gemaakt ☕"
    assert all("\r" not in m.text for m in messages)


def test_bom_and_ambiguous_dates_default_to_day_first() -> None:
    messages, stats = parse(FIXTURES / "bom.txt")
    assert stats.encoding == "utf-8-sig"
    assert messages[0].author == "Youssef"  # no BOM glued to the first header
    assert messages[0].time == datetime(2025, 12, 12, 22, 10)
    assert any("day or the month" in w for w in stats.warnings)


def test_telegram_details() -> None:
    messages, stats = parse(FIXTURES / "telegram_result.json")
    assert stats.title == "Sanne"
    assert messages[0] == Message(datetime(2026, 9, 1, 8), None, "Joris phone call", "system", 6)
    assert messages[2].text == "Veel beter, dankjewel voor gisteren"  # entity list joined
    assert messages[3].kind == "media" and messages[3].text == "Ontbijt staat klaar"
    assert messages[5].text == "Kijk: https://example.org/recept"
    assert messages[-1].text == "Tot vanavond!\nIk hou van je"


def test_transcript_plain() -> None:
    messages, stats = parse(FIXTURES / "transcript_plain.txt")
    assert all(m.time is None for m in messages)
    assert messages[2].text.endswith("\nHet voelt alsof je al met je telefoon bezig bent.")
    assert stats.skipped_lines == 0


def test_transcript_with_times() -> None:
    messages, _ = parse(FIXTURES / "transcript_times.txt")
    assert [m.time for m in messages] == [
        None,
        None,
        None,
        datetime(2026, 11, 20, 21, 8),
        datetime(2026, 11, 20, 21, 10),
    ]
    assert messages[3].text == "Je had beloofd om op tijd te zijn.\nIk had gekookt."


def test_broken_file_keeps_what_is_valid() -> None:
    messages, stats = parse(FIXTURES / "broken.txt")
    assert stats.skipped_lines == 5
    assert [n for n, _ in stats.skipped_examples] == [1, 2, 5, 7, 8]
    assert stats.skipped_examples[0] == (1, "Dit is geen chatregel")
    assert messages[1].text == "Morgen schat\nnog een regel van Bram"
    assert messages[2].line == 9


def test_group_of_five() -> None:
    messages, _ = parse(FIXTURES / "group_five.txt")
    people = participants(messages)
    assert [(p.name, p.messages) for p in people] == [
        ("Anna", 2),
        ("Bram", 2),
        ("Sanne", 2),
        ("Joris", 2),
        ("Fatima", 2),
    ]
    subject = next(m for m in messages if "groepsonderwerp" in m.text)
    assert subject.kind == "system" and subject.author is None
    assert subject.text.endswith('"Texel: 3-5 juli"')
    assert messages[-1].text == "Joris heeft de groep verlaten"
