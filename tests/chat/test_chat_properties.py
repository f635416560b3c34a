"""Property tests: synthetic chats round-trip, and no input makes the parser crash."""

from __future__ import annotations

import contextlib
from datetime import datetime, timedelta

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from heartkeys.chat import ChatFormatError, parse
from heartkeys.chat.synth import LOCALES, generate_whatsapp, synth_messages

AUTHOR_SETS = (
    ("Anna", "Bram"),
    ("Anna",),
    ("Sanne", "Joris", "Fatima", "Youssef", "Anna"),
    ("Mama ❤️", "Papa"),
    ("+31 6 12345678", "Bram de Vries"),
)
FAST = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@FAST
@given(
    n=st.integers(min_value=1, max_value=150),
    seed=st.integers(min_value=0, max_value=10_000),
    locale=st.sampled_from(LOCALES),
    authors=st.sampled_from(AUTHOR_SETS),
    newline=st.sampled_from(["\n", "\r\n"]),
    start=st.datetimes(min_value=datetime(2012, 1, 1), max_value=datetime(2025, 12, 31)),
)
def test_synthetic_chats_round_trip(
    n: int, seed: int, locale: str, authors: tuple[str, ...], newline: str, start: datetime
) -> None:
    text = newline.join(generate_whatsapp(n, seed, locale, authors, start))
    expected = list(synth_messages(n, seed, locale, authors, start))
    messages, stats = parse(text.encode("utf-8"))
    assert len(messages) == n == stats.messages
    assert {m.author for m in messages} == {m.author for m in expected}
    assert {m.author for m in messages} - {None} <= set(authors)
    # Exact equality holds even for short chats whose dates never show the day/month order,
    # because every synthetic locale follows the default order the parser falls back to.
    assert messages == expected


@settings(max_examples=150, deadline=None)
@given(st.binary(max_size=600))
def test_arbitrary_bytes_never_crash(data: bytes) -> None:
    for hint in (None, "whatsapp", "telegram", "transcript"):
        with contextlib.suppress(ChatFormatError):
            parse(data, format_hint=hint)


CHATTY = st.lists(
    st.one_of(
        st.sampled_from(
            [
                "25-11-2026 21:03 - Anna: hoi",
                "[25/11/2026, 21:03:15] Bram: \u200eimage omitted",
                "11/25/26, 9:03\u202fPM - Anna: <Media omitted>",
                "99-99-2026 99:99 - X: y",
                "31-02-2026 10:00 - Anna: no such day",
                "12/31/26, 13:00 PM - Bram: bad clock",
                "\u200e[1/2/26, 0:00:99] Anna: bad seconds",
                "Anna: plain",
                "[21:03] Bram: stamped",
                "2026-13-40 25:00 Anna: bad stamp",
                '{"messages": [',
                '{"type": "message", "date": "2026-01-01T10:00:00", "from": "A", "text": []},',
                "]}",
                "\x00\x01",
                "",
            ]
        ),
        st.text(max_size=40),
    ),
    max_size=30,
)


@settings(max_examples=150, deadline=None)
@given(CHATTY, st.sampled_from(["utf-8", "utf-16", "utf-8-sig"]))
def test_chat_like_noise_never_crashes(lines: list[str], encoding: str) -> None:
    data = "\n".join(lines).encode(encoding, "surrogatepass")
    for hint in (None, "whatsapp", "telegram", "transcript"):
        try:
            messages, stats = parse(data, format_hint=hint)
        except ChatFormatError:
            continue
        assert stats.messages == len(messages)
        assert all(m.line >= 1 for m in messages)
        assert stats.skipped_lines >= len(stats.skipped_examples)


def test_round_trip_over_many_days_and_formats() -> None:
    # A longer chat (thousands of lines, more than one read block) in every locale.
    for locale in LOCALES:
        start = datetime(2024, 2, 27, 23, 50) - timedelta(days=1)
        text = "\n".join(generate_whatsapp(4000, 7, locale, start=start)) + "\n"
        messages, _ = parse(text.encode())
        assert messages == list(synth_messages(4000, 7, locale, start=start)), locale
