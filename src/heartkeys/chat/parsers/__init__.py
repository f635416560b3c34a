"""Read chat exports: WhatsApp (``.txt`` and ``.zip``), Telegram Desktop JSON, plain transcripts.

Two entry points:

* :func:`parse` reads everything and returns ``(messages, stats)``.
* :func:`iter_messages` streams messages one by one; memory stays flat however big the file.

Both detect the format on their own (see :mod:`.detect`); ``format_hint`` forces one of
``"whatsapp"``, ``"telegram"`` or ``"transcript"``. Anything that cannot be read raises
:class:`~heartkeys.chat.model.ChatFormatError` with a short message for the user; partly broken
files are read as far as possible and the skipped lines are counted in the stats.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta

from ..model import ChatFormatError, Message, ParseStats
from . import telegram, transcript, whatsapp
from .detect import (
    DEFAULT_MAX_BYTES,
    DEFAULT_MAX_UNZIPPED_BYTES,
    DEFAULT_MAX_ZIP_RATIO,
    FORMATS,
    Detection,
    Limits,
    Source,
    decode_blocks,
    decode_lines,
    detect_format,
    open_source,
    read_sample,
)

__all__ = [
    "DEFAULT_MAX_BYTES",
    "DEFAULT_MAX_UNZIPPED_BYTES",
    "DEFAULT_MAX_ZIP_RATIO",
    "FORMATS",
    "ChatFormatError",
    "ParseStats",
    "iter_messages",
    "parse",
]

#: Messages later than "now" plus this much count as dated in the future (time zones differ).
FUTURE_SLACK = timedelta(days=1)

ChatSource = str | os.PathLike[str] | bytes


def parse(
    source: ChatSource,
    format_hint: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    *,
    max_unzipped_bytes: int = DEFAULT_MAX_UNZIPPED_BYTES,
    max_zip_ratio: float = DEFAULT_MAX_ZIP_RATIO,
) -> tuple[list[Message], ParseStats]:
    """Read a whole chat export.

    ``source`` is a path (``str`` or :class:`~pathlib.Path`) or the file's content as bytes.
    ``max_bytes`` bounds the file itself; ``max_unzipped_bytes`` and ``max_zip_ratio`` bound the
    chat inside a ZIP archive. Raises :class:`ChatFormatError` for input that is not a chat.
    """
    stats = ParseStats()
    limits = Limits(max_bytes, max_unzipped_bytes, max_zip_ratio)
    plan = _prepare(source, format_hint, stats, limits)
    messages = list(_read(plan, stats))
    stats.messages = len(messages)
    future = _Future()
    for message in messages:
        time = message.time
        if time is not None and time > future.limit:
            future.add(message)
    future.report(stats)
    return messages, stats


def iter_messages(
    source: ChatSource,
    format_hint: str | None = None,
    stats: ParseStats | None = None,
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    max_unzipped_bytes: int = DEFAULT_MAX_UNZIPPED_BYTES,
    max_zip_ratio: float = DEFAULT_MAX_ZIP_RATIO,
) -> Iterator[Message]:
    """Stream the messages of a chat export, reading the file block by block.

    Checking the file and recognising the format happen right away, so a
    :class:`ChatFormatError` for an unusable file is raised by this call itself; the returned
    iterator then reads the rest lazily and closes the file when it is exhausted or closed.
    ``stats`` (if given) is filled in along the way and is complete once the iterator ends.
    """
    if stats is None:
        stats = ParseStats()
    limits = Limits(max_bytes, max_unzipped_bytes, max_zip_ratio)
    plan = _prepare(source, format_hint, stats, limits)
    return _counted(_read(plan, stats), stats)


@dataclass(frozen=True, slots=True)
class _Plan:
    opened: Source
    found: Detection
    order: str


def _prepare(source: ChatSource, hint: str | None, stats: ParseStats, limits: Limits) -> _Plan:
    """Open and check the source, read a sample and decide how to parse it."""
    opened = open_source(source, limits)
    with opened.open() as stream:
        sample = read_sample(stream, opened.encoding)
    found = detect_format(sample, hint)
    stats.format = found.format
    stats.encoding = opened.encoding
    stats.title = opened.title
    order = ""
    if found.layout is not None:
        order = whatsapp.resolve_order(found.layout, _rereader(opened), stats)
        stats.variant = found.layout.describe(order)
    elif found.format == "telegram":
        stats.variant = "telegram desktop json"
    else:
        stats.variant = "name: text"
    return _Plan(opened, found, order)


def _rereader(opened: Source) -> Callable[[], Iterator[str]]:
    def reread() -> Iterator[str]:
        with opened.open() as stream:
            yield from decode_blocks(stream, opened.encoding, None)

    return reread


def _read(plan: _Plan, stats: ParseStats) -> Iterator[Message]:
    """Read the file from the start with the chosen parser."""
    opened, found = plan.opened, plan.found
    with opened.open() as stream:
        if found.layout is not None:
            blocks = decode_blocks(stream, opened.encoding, stats)
            yield from whatsapp.parse_blocks(blocks, found.layout, plan.order, stats)
        elif found.format == "telegram":
            chunks = decode_blocks(stream, opened.encoding, stats, whole_lines=False)
            yield from telegram.parse_chunks(chunks, stats)
        else:
            yield from transcript.parse_lines(decode_lines(stream, opened.encoding, stats), stats)


class _Future:
    """Collects messages dated after now (plus :data:`FUTURE_SLACK`) for one warning."""

    __slots__ = ("count", "first", "limit")

    def __init__(self) -> None:
        self.limit = datetime.now() + FUTURE_SLACK
        self.count = 0
        self.first: Message | None = None

    def add(self, message: Message) -> None:
        self.count += 1
        if self.first is None:
            self.first = message

    def report(self, stats: ParseStats) -> None:
        first = self.first
        if first is None or first.time is None:
            return
        noun = "message is" if self.count == 1 else "messages are"
        stats.warn(
            f"{self.count} {noun} dated in the future (first on line {first.line}, "
            f"{first.time:%Y-%m-%d %H:%M}); check the phone's clock"
        )


def _counted(messages: Iterator[Message], stats: ParseStats) -> Iterator[Message]:
    """Pass messages through while counting them and noting dates in the future."""
    future = _Future()
    limit = future.limit
    count = 0
    try:
        for message in messages:
            count += 1
            time = message.time
            if time is not None and time > limit:
                future.add(message)
            yield message
    finally:
        stats.messages = count
    future.report(stats)
