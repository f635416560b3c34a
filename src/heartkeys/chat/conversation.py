"""From a flat list of messages to a conversation: turns, reply pairs and participants.

Choices, so that the analysis downstream can rely on them:

* A **turn** is a run of consecutive messages by one author. Text and media messages belong
  to it (a photo sent between two lines is part of what that person "said"); ``texts`` keeps
  only the non-empty texts and captions, while ``messages`` counts every message in the turn.
* **Deleted and system messages are transparent**: they neither join nor break a turn. If
  Anna writes, deletes something, and writes again, that is still one turn. Messages without
  an author are ignored the same way.
* Optionally, ``max_gap`` starts a new turn when the same author pauses longer than that
  (say, a message the next morning). By default there is no such split.
* A **reply pair** is every turn followed directly by a turn of someone else; the delay is the
  time from the end of the first turn to the start of the second (``None`` when a time is
  missing). In a group chat this is simply "who spoke after whom", not a claim about who
  answered whom.

Everything here is a pure function of its input.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta

from .model import DELETED, MEDIA, SYSTEM, TEXT, Message


@dataclass(frozen=True, slots=True)
class Turn:
    """Consecutive messages of one author, merged."""

    author: str
    start: datetime | None
    end: datetime | None
    texts: tuple[str, ...]
    messages: int

    @property
    def text(self) -> str:
        """All texts of the turn joined by newlines."""
        return "\n".join(self.texts)


@dataclass(frozen=True, slots=True)
class ReplyPair:
    """A turn (``prompt``) and the next turn by someone else (``reply``)."""

    prompt: Turn
    reply: Turn
    delay_seconds: float | None


@dataclass(frozen=True, slots=True)
class Participant:
    """One author with the number of messages of each kind they sent."""

    name: str
    messages: int
    text: int = 0
    media: int = 0
    deleted: int = 0


def turns(messages: Iterable[Message], max_gap: timedelta | None = None) -> Iterator[Turn]:
    """Merge consecutive text and media messages of one author into turns (see module doc)."""
    author: str | None = None
    start: datetime | None = None
    end: datetime | None = None
    texts: list[str] = []
    count = 0
    for message in messages:
        if message.author is None or message.kind not in (TEXT, MEDIA):
            continue
        time = message.time
        same = message.author == author
        if same and max_gap is not None and time is not None and end is not None and time - end > max_gap:
            same = False
        if not same:
            if author is not None:
                yield Turn(author, start, end, tuple(texts), count)
            author, start, texts, count = message.author, time, [], 0
        if time is not None:
            if start is None:
                start = time
            end = time
        if message.text:
            texts.append(message.text)
        count += 1
    if author is not None:
        yield Turn(author, start, end, tuple(texts), count)


def reply_pairs(turn_seq: Iterable[Turn]) -> Iterator[ReplyPair]:
    """Pair every turn with the next turn when that one is by a different author."""
    previous: Turn | None = None
    for turn in turn_seq:
        if previous is not None and previous.author != turn.author:
            delay = None
            if previous.end is not None and turn.start is not None:
                delay = (turn.start - previous.end).total_seconds()
            yield ReplyPair(previous, turn, delay)
        previous = turn


def participants(messages: Iterable[Message]) -> list[Participant]:
    """Everyone who wrote something, most messages first (ties: who wrote first).

    System messages have no author and are not counted.
    """
    counts: dict[str, list[int]] = {}
    for message in messages:
        if message.author is None or message.kind == SYSTEM:
            continue
        row = counts.get(message.author)
        if row is None:
            row = counts[message.author] = [0, 0, 0]
        if message.kind == MEDIA:
            row[1] += 1
        elif message.kind == DELETED:
            row[2] += 1
        else:
            row[0] += 1
    people = [Participant(name, sum(row), row[0], row[1], row[2]) for name, row in counts.items()]
    people.sort(key=lambda p: -p.messages)  # stable: first appearance breaks ties
    return people
