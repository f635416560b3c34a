"""Plain data types shared by the chat parsers and the conversation helpers.

A parsed export is a sequence of :class:`Message` objects plus one :class:`ParseStats` that says
how the file was read (which format, which encoding, how many lines were skipped and why).
Anything that cannot be read at all raises :class:`ChatFormatError`, whose message is short,
in English and meant to be shown to the person who picked the file.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Final, Literal

#: The four kinds a message can have.
MessageKind = Literal["text", "media", "system", "deleted"]

TEXT: Final = "text"
MEDIA: Final = "media"
SYSTEM: Final = "system"
DELETED: Final = "deleted"
KINDS: Final[tuple[str, ...]] = (TEXT, MEDIA, SYSTEM, DELETED)

#: How many skipped lines :class:`ParseStats` keeps as examples.
MAX_SKIPPED_EXAMPLES: Final = 5


@dataclass(frozen=True, slots=True)
class Message:
    """One message of a chat export.

    ``time`` is a naive local datetime (chat apps export wall-clock time without a zone); it is
    ``None`` when the export gives no date, as in a transcript with only ``[21:03]`` stamps.
    ``author`` is ``None`` for system messages. ``text`` is what the person wrote, with the
    export's placeholders taken out: a media message keeps only its caption (often ``""``),
    a deleted message has ``""`` and an "edited" marker is removed. ``kind`` is one of
    ``"text"``, ``"media"``, ``"system"`` or ``"deleted"``. ``line`` is the 1-based line in the
    file where the message starts.
    """

    time: datetime | None
    author: str | None
    text: str
    kind: str
    line: int


@dataclass(slots=True)
class ParseStats:
    """What the parser found out while reading one export.

    Unlike the other types this one is mutable: the streaming reader fills it in as it goes,
    so the numbers are final only once the message iterator is exhausted.

    ``format`` is ``"whatsapp"``, ``"telegram"`` or ``"transcript"``; ``variant`` describes the
    detected layout in words (for example ``"android, D-M-Y, 24h"``). ``skipped_examples``
    holds the first few skipped lines as ``(line_no, text[:80])``.
    """

    format: str = ""
    variant: str = ""
    encoding: str = ""
    title: str | None = None
    messages: int = 0
    lines: int = 0
    skipped_lines: int = 0
    skipped_examples: list[tuple[int, str]] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def skip(self, line_no: int, text: str) -> None:
        """Count one unreadable line and keep it as an example while there is room."""
        self.skipped_lines += 1
        if len(self.skipped_examples) < MAX_SKIPPED_EXAMPLES:
            self.skipped_examples.append((line_no, text[:80]))

    def warn(self, message: str) -> None:
        """Add a warning once (the same text is never repeated)."""
        if message not in self.warnings:
            self.warnings.append(message)


class ChatFormatError(ValueError):
    """The file cannot be read as a chat export.

    ``str(error)`` is a short English sentence for the user. ``code`` is a stable identifier
    (``"empty"``, ``"binary"``, ``"too_large"``, ``"unknown_format"``, ``"zip_no_chat"``,
    ``"zip_too_large"``, ``"zip_bomb"``, ``"bad_zip"``, ``"bad_json"``, ``"not_a_chat"``) so
    that an interface can show its own, translated text.
    """

    def __init__(self, message: str, code: str = "invalid") -> None:
        super().__init__(message)
        self.code = code
