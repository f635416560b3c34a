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
    messages = list(
        iter_messages(
            source,
            format_hint,
            stats,
            max_bytes=max_bytes,
            max_unzipped_bytes=max_unzipped_bytes,
            max_zip_ratio=max_zip_ratio,
        )
    )
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
    """Stream the messages of a chat export, reading the file line by line.

    Checking the file and recognising the format happen right away, so a
    :class:`ChatFormatError` for an unusable file is raised by this call itself; the returned
    iterator then reads the rest lazily and closes the file when it is exhausted or closed.
    ``stats`` (if given) is filled in along the way and is complete once the iterator ends.
    """
    if stats is None:
        stats = ParseStats()
    limits = Limits(max_bytes, max_unzipped_bytes, max_zip_ratio)
    opened = open_source(source, limits)
    with opened.open() as stream:
        sample = read_sample(decode_lines(stream, opened.encoding, None))
    found = detect_format(sample, format_hint)
    stats.format = found.format
    stats.encoding = opened.encoding
    stats.title = opened.title
    order = ""
    if found.format == "whatsapp":
        assert found.layout is not None
        order = whatsapp.resolve_order(found.layout, _rereader(opened), stats)
        stats.variant = found.layout.describe(order)
    elif found.format == "telegram":
        stats.variant = "telegram desktop json"
    else:
        stats.variant = "name: text"
    return _messages(opened, found, order, stats)


def _rereader(opened: Source) -> Callable[[], Iterator[str]]:
    def reread() -> Iterator[str]:
        with opened.open() as stream:
            yield from decode_blocks(stream, opened.encoding, None)

    return reread


def _messages(opened: Source, found: Detection, order: str, stats: ParseStats) -> Iterator[Message]:
    """Read the file from the start with the chosen parser; count messages and future dates."""
    with opened.open() as stream:
        if found.format == "whatsapp":
            assert found.layout is not None
            blocks = decode_blocks(stream, opened.encoding, stats)
            messages = whatsapp.parse_blocks(blocks, found.layout, order, stats)
        elif found.format == "telegram":
            messages = telegram.parse_lines(decode_lines(stream, opened.encoding, stats), stats)
        else:
            messages = transcript.parse_lines(decode_lines(stream, opened.encoding, stats), stats)
        yield from _counted(messages, stats)


def _counted(messages: Iterator[Message], stats: ParseStats) -> Iterator[Message]:
    """Pass messages through while counting them and noting dates in the future."""
    limit = datetime.now() + FUTURE_SLACK
    count = 0
    future = 0
    first_future: Message | None = None
    try:
        for message in messages:
            count += 1
            time = message.time
            if time is not None and time > limit:
                future += 1
                if first_future is None:
                    first_future = message
            yield message
    finally:
        stats.messages = count
    if first_future is not None:
        noun = "message is" if future == 1 else "messages are"
        stats.warn(
            f"{future} {noun} dated in the future (first on line {first_future.line}, "
            f"{first_future.time:%Y-%m-%d %H:%M}); check the phone's clock"
        )
