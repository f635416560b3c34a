"""Plain transcripts: one ``Name: text`` line per message, typed or pasted by hand.

An optional time stamp may come first: ``[21:03] Anna: …``, ``21:03 - Anna: …`` or
``2026-11-25 21:03 Anna: …``. A stamp with a date gives the message a ``time``; a stamp with
only a clock time does not (there is no day to put it on), so ``time`` stays ``None``.
Lines that do not start with a name belong to the message above (multi-line messages);
``Anna:`` alone on a line starts a message whose text follows on the next lines.

A name is 1 to 40 characters, starts with a letter, has at most four words and holds only
letters, digits, spaces and ``.'’&+()-``. That keeps lines such as ``https://…`` or
``Tip van de dag: …`` from being read as speakers (the latter has four words and would pass,
which is the price of a format without any structure).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from datetime import datetime
from typing import Final

from ..model import TEXT, Message, ParseStats

_LINE: Final = re.compile(
    r"""
    [ \t]*
    (?:
      (?P<open>\[)?
      (?:(?P<date>\d{4}-\d{2}-\d{2})[ T])?
      (?P<H>\d{1,2}):(?P<M>\d{2})(?::(?P<S>\d{2}))?
      (?(open)\])
      (?:[ \t]*[-\u2013\u2014][ \t]*|[ \t]+)
    )?
    (?P<name>[^\W\d_][^:\n]{0,39}?)
    [ \t]?:(?:[ \t]+(?P<text>.*)|[ \t]*)$
    """,
    re.VERBOSE,
)
_NAME: Final = re.compile(r"[^\W\d_][\w .'’&+()-]{0,39}")
_MAX_WORDS: Final = 4
_NAME_CACHE_LIMIT: Final = 10_000


def _valid_name(name: str) -> bool:
    return _NAME.fullmatch(name) is not None and len(name.split()) <= _MAX_WORDS


def sniff(lines: Iterable[str]) -> int:
    """How many of ``lines`` look like ``Name: text`` lines."""
    hits = 0
    for line in lines:
        match = _LINE.match(line)
        if match is not None and _valid_name(match["name"].strip()):
            hits += 1
    return hits


def _stamp(match: re.Match[str]) -> datetime | None:
    """The message time of a stamped line; ``None`` for a clock time without a date.

    Raises :class:`ValueError` for impossible dates and times.
    """
    hour, minute, second = int(match["H"]), int(match["M"]), int(match["S"] or 0)
    if hour > 23 or minute > 59 or second > 59:
        raise ValueError("impossible time")
    day = match["date"]
    if day is None:
        return None
    return datetime.fromisoformat(day).replace(hour=hour, minute=minute, second=second)


def parse_lines(lines: Iterable[str], stats: ParseStats) -> Iterator[Message]:
    """Yield the messages of a transcript given its lines (without line endings)."""
    match_line = _LINE.match
    names: dict[str, bool] = {}
    p_line = 0
    p_time: datetime | None = None
    p_author = ""
    p_parts: list[str] = []
    lineno = 0
    for line in lines:
        lineno += 1
        match = match_line(line)
        if match is not None:
            name = match["name"].strip()
            ok = names.get(name)
            if ok is None:
                ok = _valid_name(name)
                if len(names) < _NAME_CACHE_LIMIT:
                    names[name] = ok
            if ok and match["H"] is not None:
                try:
                    time = _stamp(match)
                except ValueError:
                    stats.skip(lineno, line)
                    continue
            else:
                time = None
            if ok:
                if p_line:
                    yield _finish(p_time, p_author, p_parts, p_line)
                p_line, p_time, p_author = lineno, time, name
                text = match["text"]
                p_parts = [text] if text is not None else []
                continue
        if p_line:
            p_parts.append(line)
        elif line.strip():
            stats.skip(lineno, line)
    if p_line:
        yield _finish(p_time, p_author, p_parts, p_line)
    stats.lines = lineno


def _finish(time: datetime | None, author: str, parts: list[str], line: int) -> Message:
    text = "\n".join(parts).strip("\n")
    return Message(time, author, text, TEXT, line)
