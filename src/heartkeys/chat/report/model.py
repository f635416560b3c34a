"""The report of one analysed chat: frozen data, no formatting.

:class:`ChatReport` is what :func:`heartkeys.chat.analyze.analyze_chat` returns and what the
renderers (:mod:`.text`, :mod:`.jsondoc`, :mod:`.html`) turn into a terminal summary, JSON or
a self-contained HTML page. Numbers come from :mod:`heartkeys.chat.metrics`; texts the user
sees (key names, labels) are looked up by the renderers in the report's language.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from ..metrics import Measures, Moment, PersonMeasures

#: Version of the JSON document (``"schema"`` field); raise it when fields change meaning.
SCHEMA = "heartkeys.chat-report/1"


@dataclass(frozen=True, slots=True)
class Participant:
    """Someone who wrote in the chat (in the analysed period), with their number of messages."""

    name: str
    messages: int


@dataclass(frozen=True, slots=True)
class Person:
    """One of the two people whose conversation is analysed."""

    name: str
    messages: int
    measures: PersonMeasures


@dataclass(frozen=True, slots=True)
class HelpLine:
    """A help line from the content's safety resources, shown when safety signals were found."""

    name: str
    phone: str
    when: str
    country: str
    description: str


@dataclass(frozen=True, slots=True)
class Notice:
    """Something the reader should know about how the chat was read, as a code plus values.

    Codes: ``most_active`` (a group chat: the two most active people were analysed),
    ``me_most_active`` (``me`` was given; the most active other person was taken as partner),
    ``undated`` (messages without a date were kept although a period was asked for),
    ``few_turns`` (too few turns to say much), ``no_times`` (no times, so no reply rhythm).
    """

    code: str
    values: tuple[tuple[str, str], ...] = ()

    def get(self, name: str, default: str = "") -> str:
        return dict(self.values).get(name, default)


@dataclass(frozen=True, slots=True)
class ChatReport:
    """Everything the chat analysis found, ready to render.

    ``messages`` counts every message of the export in the analysed period (all authors, all
    kinds); ``participants`` lists everyone who wrote, most active first; ``people`` are the
    two analysed, in the pair's order (the person given as ``me`` first). ``best`` and ``learn``
    are the example moments (their ``person`` indexes ``people``). ``warnings`` are the
    parser's own sentences (English); ``notices`` are coded and rendered in ``lang``.
    """

    lang: str
    format: str
    variant: str
    encoding: str
    title: str | None
    pseudonymized: bool
    since: date | None
    until: date | None
    messages: int
    skipped_lines: int
    first: datetime | None
    last: datetime | None
    participants: tuple[Participant, ...]
    selection: str
    people: tuple[Person, ...]
    measures: Measures
    best: tuple[Moment, ...]
    learn: tuple[Moment, ...]
    safety_signals: int
    help: tuple[HelpLine, ...]
    notices: tuple[Notice, ...]
    warnings: tuple[str, ...]

    @property
    def turns(self) -> int:
        """Turns of the two analysed people."""
        return self.measures.turns

    def name(self, person: int) -> str:
        """The name (or pseudonym) of person 0 or 1."""
        return self.people[person].name
