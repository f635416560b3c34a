"""Turns, reply pairs and participants."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

from heartkeys.chat import Message, Participant, parse, participants, reply_pairs, turns

FIXTURES = Path(__file__).parent / "fixtures"
T0 = datetime(2026, 11, 25, 21, 0)


def msg(minute: int, author: str | None, text: str, kind: str = "text") -> Message:
    return Message(T0 + timedelta(minutes=minute), author, text, kind, minute + 1)


CHAT = [
    msg(0, None, "Berichten en gesprekken worden end-to-end versleuteld.", "system"),
    msg(1, "Anna", "Hoi"),
    msg(2, "Anna", "Hoe was je dag?"),
    msg(3, "Bram", "Zwaar"),
    msg(4, "Bram", "", "deleted"),  # transparent: does not end Bram's turn
    msg(5, None, "Bram heeft een nieuw telefoonnummer.", "system"),  # transparent too
    msg(6, "Bram", "", "media"),  # a photo without caption counts but adds no text
    msg(7, "Bram", "Kijk wat er op mijn bureau lag", "media"),
    msg(20, "Anna", "Oei. Wil je erover praten?"),
    msg(21, "Anna", "", "deleted"),
]


def test_turns_merge_consecutive_messages_of_one_author() -> None:
    result = list(turns(CHAT))
    assert [(t.author, t.messages, t.texts) for t in result] == [
        ("Anna", 2, ("Hoi", "Hoe was je dag?")),
        ("Bram", 3, ("Zwaar", "Kijk wat er op mijn bureau lag")),
        ("Anna", 1, ("Oei. Wil je erover praten?",)),
    ]
    bram = result[1]
    assert bram.start == T0 + timedelta(minutes=3)
    assert bram.end == T0 + timedelta(minutes=7)
    assert bram.text == "Zwaar\nKijk wat er op mijn bureau lag"


def test_deleted_and_system_messages_neither_join_nor_break_turns() -> None:
    chat = [msg(0, "Anna", "a"), msg(1, "Bram", "", "deleted"), msg(2, "Anna", "b")]
    assert [(t.author, t.texts) for t in turns(chat)] == [("Anna", ("a", "b"))]


def test_max_gap_splits_a_long_pause() -> None:
    chat = [msg(0, "Anna", "avond"), msg(600, "Anna", "ochtend"), msg(601, "Bram", "hoi")]
    assert len(list(turns(chat))) == 2
    split = list(turns(chat, max_gap=timedelta(hours=1)))
    assert [(t.author, t.texts) for t in split] == [
        ("Anna", ("avond",)),
        ("Anna", ("ochtend",)),
        ("Bram", ("hoi",)),
    ]
    # Two turns of the same author in a row are not a reply pair.
    assert [(p.prompt.texts, p.reply.texts) for p in reply_pairs(split)] == [(("ochtend",), ("hoi",))]


def test_reply_pairs_with_delays() -> None:
    pairs = list(reply_pairs(turns(CHAT)))
    assert [(p.prompt.author, p.reply.author, p.delay_seconds) for p in pairs] == [
        ("Anna", "Bram", 60.0),
        ("Bram", "Anna", 13 * 60.0),
    ]


def test_reply_pairs_without_times() -> None:
    messages, _ = parse(FIXTURES / "transcript_plain.txt")
    pairs = list(reply_pairs(turns(messages)))
    assert len(pairs) == 4
    assert all(p.delay_seconds is None for p in pairs)
    assert pairs[1].reply.text.startswith("Ik denk dat ik me niet gehoord voel")
    assert pairs[2].prompt.text.endswith("met je telefoon bezig bent.")


def test_empty_and_single_author_input() -> None:
    assert list(turns([])) == []
    assert list(reply_pairs([])) == []
    assert participants([]) == []
    solo = [msg(0, "Anna", "een"), msg(1, "Anna", "twee")]
    assert len(list(turns(solo))) == 1
    assert list(reply_pairs(turns(solo))) == []


def test_participants_are_ordered_by_count_then_first_appearance() -> None:
    people = participants(CHAT)
    assert [p.name for p in people] == ["Anna", "Bram"]  # 4 each: Anna wrote first
    assert people[0] == Participant("Anna", 4, text=3, media=0, deleted=1)
    assert people[1] == Participant("Bram", 4, text=1, media=2, deleted=1)


def test_participants_of_a_fixture() -> None:
    messages, _ = parse(FIXTURES / "android_nl.txt")
    assert participants(messages) == [
        Participant("Anna", 6, text=3, media=2, deleted=1),
        Participant("Bram", 5, text=4, media=0, deleted=1),
    ]


def test_turns_accept_a_stream() -> None:
    messages, _ = parse(FIXTURES / "group_five.txt")
    streamed = list(turns(iter(messages)))
    assert [t.author for t in streamed] == [
        "Anna",
        "Bram",
        "Sanne",
        "Joris",
        "Fatima",
        "Anna",
        "Bram",
        "Sanne",
        "Fatima",
    ]
