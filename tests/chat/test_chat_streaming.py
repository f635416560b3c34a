"""Streaming: same result as parse(), flat memory, blocks, and the day/month decision."""

from __future__ import annotations

import json
import tracemalloc
from datetime import datetime
from pathlib import Path

import pytest

from heartkeys.chat import ChatFormatError, ParseStats, iter_messages, parse
from heartkeys.chat.parsers import detect
from heartkeys.chat.synth import LOCALES, generate_whatsapp, synth_messages, write_whatsapp

FIXTURES = Path(__file__).parent / "fixtures"


def test_iter_messages_matches_parse_and_fills_stats(tmp_path: Path) -> None:
    path = write_whatsapp(tmp_path / "chat.txt", 500, seed=3)
    messages, stats = parse(path)
    streamed_stats = ParseStats()
    stream = iter_messages(path, stats=streamed_stats)
    assert streamed_stats.format == "whatsapp"  # known before the first message
    assert streamed_stats.messages == 0
    assert list(stream) == messages
    assert streamed_stats == stats


def test_errors_are_raised_by_the_call_not_by_iteration() -> None:
    with pytest.raises(ChatFormatError):
        iter_messages(b"")


def test_stopping_early_is_fine(tmp_path: Path) -> None:
    path = write_whatsapp(tmp_path / "chat.txt", 1000, seed=1)
    stream = iter_messages(path)
    first = [next(stream) for _ in range(3)]
    stream.close()  # type: ignore[attr-defined]
    assert [m.line for m in first] == [1, 2, 3]


def _peak_while_streaming(path: Path) -> int:
    tracemalloc.start()
    try:
        for _ in iter_messages(path):
            pass
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def test_streaming_memory_does_not_grow_with_file_size(tmp_path: Path) -> None:
    small = write_whatsapp(tmp_path / "small.txt", 4_000, seed=2)
    large = write_whatsapp(tmp_path / "large.txt", 40_000, seed=2)
    assert large.stat().st_size > 2_000_000
    peak_small = _peak_while_streaming(small)
    peak_large = _peak_while_streaming(large)
    assert peak_large < 1.5 * peak_small + 200_000
    assert peak_large < large.stat().st_size


@pytest.mark.parametrize("locale", ["nl-android", "en-ios"])
@pytest.mark.parametrize("encoding", ["utf-8", "utf-16"])
def test_tiny_read_blocks(monkeypatch: pytest.MonkeyPatch, locale: str, encoding: str) -> None:
    """Messages and CRLF line ends that straddle read blocks are put together correctly."""
    monkeypatch.setattr(detect, "_DECODE_BLOCK", 37)
    text = "\r\n".join(generate_whatsapp(150, 5, locale)) + "\r\n"
    messages, stats = parse(text.encode(encoding))
    assert messages == list(synth_messages(150, 5, locale))
    assert stats.lines == text.count("\n")


def test_long_message_bigger_than_a_block(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(detect, "_DECODE_BLOCK", 64)
    body = "\n".join(f"regel {i} van een lange brief" for i in range(200))
    data = f"25-11-2026 21:03 - Anna: {body}\n25-11-2026 21:04 - Bram: wauw\n".encode()
    messages, _ = parse(data)
    assert messages[0].text == body
    assert messages[1].line == 201


def _ambiguous_header(i: int) -> str:
    return f"{1 + i % 12}/{1 + i % 9}/25, 10:{i % 60:02d} - Anna: bericht {i}"


def test_day_month_order_decided_after_the_sample() -> None:
    """The first 60 dates are ambiguous; a later one shows the month comes first."""
    lines = [_ambiguous_header(i) for i in range(60)]
    lines.append("1/25/25, 11:00 - Bram: en nu is het duidelijk")
    messages, stats = parse("\n".join(lines).encode())
    assert stats.variant == "android, M/D/Y, 24h"
    assert messages[0].time == datetime(2025, 1, 1, 10, 0)
    assert messages[1].time == datetime(2025, 2, 2, 10, 1)
    assert messages[-1].time == datetime(2025, 1, 25, 11, 0)
    assert stats.warnings == []


def test_day_month_order_day_first_evidence_late() -> None:
    lines = [_ambiguous_header(i) for i in range(60)]
    lines.append("25/1/25, 11:00 - Bram: dag eerst")
    messages, stats = parse("\n".join(lines).encode())
    assert stats.variant == "android, D/M/Y, 24h"
    assert messages[1].time == datetime(2025, 2, 2, 10, 1)
    assert messages[3].time == datetime(2025, 4, 4, 10, 3)
    assert messages[5].time == datetime(2025, 6, 6, 10, 5)
    assert messages[9].time == datetime(2025, 1, 10, 10, 9)  # "10/1/25": 10 January


def test_day_month_order_never_shown() -> None:
    dutch = "\n".join(_ambiguous_header(i) for i in range(20)).encode()
    messages, stats = parse(dutch)
    assert messages[9].time == datetime(2025, 1, 10, 10, 9)  # day first by default
    assert stats.warnings == [
        "the dates never show whether the day or the month comes first; they were read as day-month-year"
    ]
    us = b"1/10/26, 9:00 AM - Anna: hi\n1/11/26, 9:01 PM - Bram: hey\n"
    messages, stats = parse(us)
    assert messages[0].time == datetime(2026, 1, 10, 9, 0)  # 12-hour clock: month first
    assert messages[1].time == datetime(2026, 1, 11, 21, 1)


def test_year_first_dates() -> None:
    data = b"2026-11-25, 21:03 - Anna: iso\n2026-11-26, 08:00 - Bram: ook iso\n"
    messages, stats = parse(data)
    assert stats.variant == "android, Y-M-D, 24h"
    assert [m.time for m in messages] == [datetime(2026, 11, 25, 21, 3), datetime(2026, 11, 26, 8)]


def test_utf16_without_bom() -> None:
    text = "25-11-2026 21:03 - Anna: zonder BOM\n25-11-2026 21:04 - Bram: ok\n"
    for encoding in ("utf-16-le", "utf-16-be"):
        messages, stats = parse(text.encode(encoding))
        assert stats.encoding == encoding
        assert [m.text for m in messages] == ["zonder BOM", "ok"]


def test_phone_number_author_with_direction_marks() -> None:
    data = "25-11-2026 21:03 - \u202a+31 6 12345678\u202c: Hoi, met Joris!\n".encode()
    messages, _ = parse(data)
    assert messages[0].author == "+31 6 12345678"


@pytest.mark.parametrize("locale", LOCALES)
def test_every_synthetic_locale_is_detected(locale: str) -> None:
    messages, stats = parse("\n".join(generate_whatsapp(80, 11, locale)).encode())
    assert stats.format == "whatsapp" and len(messages) == 80


@pytest.mark.parametrize("encoding", ["utf-8", "utf-16"])
def test_minified_telegram_json_in_tiny_blocks(monkeypatch: pytest.MonkeyPatch, encoding: str) -> None:
    """A JSON file without line breaks is still read in small pieces, characters intact."""
    expected, _ = parse(FIXTURES / "telegram_result.json")
    document = json.loads((FIXTURES / "telegram_result.json").read_text(encoding="utf-8"))
    for message in document["messages"]:
        message["text"] = message["text"] or "😊 ❤️ é"  # multi-byte characters everywhere
    minified = json.dumps(document, ensure_ascii=False, separators=(",", ":"))
    monkeypatch.setattr(detect, "_DECODE_BLOCK", 16)
    messages, stats = parse(minified.encode(encoding))
    assert [(m.time, m.author, m.kind) for m in messages] == [(m.time, m.author, m.kind) for m in expected]
    assert [m.text for m in messages][4] == "😊 ❤️ é"
    assert {m.line for m in messages} == {1} and stats.lines == 1


def test_message_whose_text_starts_on_the_next_line() -> None:
    data = b"25-11-2026 21:03 - Anna:\nlijstje\n- melk\n25-11-2026 21:04 - Bram: \nok\n\n"
    messages, _ = parse(data)
    assert [(m.author, m.text) for m in messages] == [("Anna", "lijstje\n- melk"), ("Bram", "ok")]
