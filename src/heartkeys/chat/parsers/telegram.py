"""Telegram Desktop JSON exports (``result.json`` of a single chat).

The file looks like ``{"name": "Anna", "type": "personal_chat", "id": 1, "messages": [...]}``.
Each entry of ``messages`` is an object with ``type`` (``"message"`` or ``"service"``),
``date`` (ISO local time), ``from`` and ``text``: a string, or a list of strings and entity
objects ``{"type": "bold", "text": "..."}`` whose texts are joined. A message with ``photo``,
``file``, ``media_type``, a sticker, location, contact or poll is a media message (its text is
the caption). Service entries become system messages, described by their ``text`` or their
``actor`` and ``action``.

The standard library has no streaming JSON reader, so this module feeds the text to
:meth:`json.JSONDecoder.raw_decode` one message object at a time, keeping only a small window
of the file in memory. A file cut off in the middle keeps every message before the cut and
gets a warning.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from datetime import datetime
from typing import Any, Final

from ..model import MEDIA, SYSTEM, TEXT, ChatFormatError, Message, ParseStats

_CHUNK: Final = 1 << 16
#: Give up on one message object that is still incomplete after this many characters.
_MAX_OBJECT: Final = 16 << 20
_MESSAGES_RE: Final = re.compile(r'(?<!\\)"messages"\s*:\s*\[')
_NAME_RE: Final = re.compile(r'(?<!\\)"name"\s*:\s*("(?:[^"\\]|\\.)*")')
_FULL_EXPORT_RE: Final = re.compile(r'(?<!\\)"chats"\s*:\s*\{')
_WHITESPACE: Final = " \t\r\n,"
_MEDIA_KEYS: Final = (
    "photo",
    "file",
    "media_type",
    "sticker_emoji",
    "location_information",
    "contact_information",
    "poll",
)
_ACTIONS: Final = {
    "create_group": "created the group",
    "invite_members": "added members",
    "remove_members": "removed members",
    "join_group_by_link": "joined the group by link",
    "edit_group_title": "changed the group name",
    "edit_group_photo": "changed the group photo",
    "pin_message": "pinned a message",
    "phone_call": "phone call",
    "group_call": "group call",
}


def flatten_text(value: Any) -> str:
    """Join a Telegram ``text`` value (string or list of strings and entities) into one string."""
    if isinstance(value, str):
        return value
    if isinstance(value, list):
        parts: list[str] = []
        for item in value:
            if isinstance(item, str):
                parts.append(item)
            elif isinstance(item, dict):
                inner = item.get("text")
                if isinstance(inner, str):
                    parts.append(inner)
        return "".join(parts)
    return ""


def _time(entry: dict[str, Any]) -> datetime | None:
    value = entry.get("date")
    if isinstance(value, str):
        try:
            return datetime.fromisoformat(value)
        except ValueError:
            return None
    return None


def _to_message(entry: Any, line: int) -> Message | None:
    if not isinstance(entry, dict):
        return None
    kind = entry.get("type")
    text = flatten_text(entry.get("text", ""))
    if kind == "service":
        if not text:
            actor = entry.get("actor")
            action = entry.get("action")
            action_text = _ACTIONS.get(action, str(action).replace("_", " ")) if action else ""
            text = " ".join(p for p in (actor if isinstance(actor, str) else "", action_text) if p)
        return Message(_time(entry), None, text, SYSTEM, line)
    if kind != "message":
        return None
    author = entry.get("from")
    if not isinstance(author, str) or not author:
        author = entry.get("from_id")
        author = str(author) if author else None
    media = any(key in entry for key in _MEDIA_KEYS)
    return Message(_time(entry), author, text, MEDIA if media else TEXT, line)


class _Window:
    """A sliding window over the text of the file, with line numbers."""

    def __init__(self, chunks: Iterable[str]) -> None:
        self._chunks = iter(chunks)
        self.text = ""
        self.pos = 0
        self.line = 1  # line number at self.pos
        self.eof = False
        self.newlines = 0  # newlines read so far
        self.ends_with_newline = True

    def fill(self, want: int) -> bool:
        """Read until at least ``want`` characters are available after ``pos``."""
        if self.pos:
            self.text = self.text[self.pos :]
            self.pos = 0
        parts = [self.text]
        have = len(self.text)
        for chunk in self._chunks:
            self._note(chunk)
            parts.append(chunk)
            have += len(chunk)
            if have >= want:
                break
        else:
            self.eof = True
        self.text = "".join(parts)
        return have >= want

    def drain(self) -> int:
        """Read the rest of the file without keeping it; return its number of lines."""
        for chunk in self._chunks:
            self._note(chunk)
        return self.newlines + (0 if self.ends_with_newline else 1)

    def _note(self, chunk: str) -> None:
        self.newlines += chunk.count("\n")
        self.ends_with_newline = chunk.endswith("\n")

    def advance(self, to: int) -> None:
        self.line += self.text.count("\n", self.pos, to)
        self.pos = to

    def skip_separators(self) -> str:
        """Move past whitespace and commas; return the next character ('' at the end)."""
        while True:
            text, pos = self.text, self.pos
            end = len(text)
            while pos < end and text[pos] in _WHITESPACE:
                pos += 1
            self.advance(pos)
            if pos < end:
                return text[pos]
            if self.eof:
                return ""
            self.fill(_CHUNK)


def parse_chunks(chunks: Iterable[str], stats: ParseStats) -> Iterator[Message]:
    """Yield the messages of a Telegram JSON export given its text in pieces of any size."""
    window = _Window(chunks)
    decoder = json.JSONDecoder()
    _find_messages(window, stats)
    count = 0
    want = _CHUNK
    while True:
        char = window.skip_separators()
        if char == "]":
            break
        if char == "":
            stats.warn(f"the JSON file ends early; {count} messages were read before the cut")
            break
        try:
            entry, end = decoder.raw_decode(window.text, window.pos)
        except json.JSONDecodeError:
            if window.eof or len(window.text) - window.pos > _MAX_OBJECT:
                stats.warn(f"the JSON file is damaged after {count} messages; the rest was not read")
                break
            want = max(want * 2, len(window.text) - window.pos + _CHUNK)
            window.fill(want)
            continue
        except RecursionError:
            raise ChatFormatError("the JSON file is nested too deeply", "bad_json") from None
        except ValueError:  # for instance a number with thousands of digits
            stats.warn(f"the JSON file is damaged after {count} messages; the rest was not read")
            break
        want = _CHUNK
        line = window.line
        window.advance(end)
        message = _to_message(entry, line)
        if message is None:
            stats.skip(line, _preview(entry))
            continue
        count += 1
        yield message
    # Read to the end so that the line count (and decoding warnings) are complete.
    stats.lines = window.drain()


def _preview(entry: Any) -> str:
    """A short text for a skipped entry (never fails, whatever the entry holds)."""
    try:
        return json.dumps(entry, ensure_ascii=False)[:80]
    except (ValueError, RecursionError):
        return type(entry).__name__


def _find_messages(window: _Window, stats: ParseStats) -> None:
    """Position ``window`` just after ``"messages": [`` and read the chat's name."""
    while True:
        found = _MESSAGES_RE.search(window.text)
        if found is not None:
            break
        if window.eof or len(window.text) > _MAX_OBJECT:
            raise ChatFormatError(
                'this JSON file has no "messages" list, so it is not a Telegram chat export',
                "not_a_chat",
            )
        window.fill(len(window.text) + _CHUNK)
    head = window.text[: found.start()]
    if _FULL_EXPORT_RE.search(head):
        raise ChatFormatError("this is a full Telegram account export; export a single chat instead", "not_a_chat")
    name = _NAME_RE.search(head)
    if name is not None:
        try:
            title = json.loads(name.group(1))
        except json.JSONDecodeError:
            title = None
        if isinstance(title, str) and title:
            stats.title = title
    window.advance(found.end())
