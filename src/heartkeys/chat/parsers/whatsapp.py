"""WhatsApp ``.txt`` exports (Android and iOS, any locale that uses numeric dates).

A message starts with a header that holds date and time, then the author and the text:

* Android: ``25-11-2026 21:03 - Anna: text`` or ``25/11/2026, 21:03 - Anna: text``
* iOS: ``[25-11-2026 21:03:15] Anna: text`` or ``[11/25/26, 9:03:15 PM] Anna: text``

Any line without a header belongs to the message above it (multi-line messages). A header
without ``Author: `` is a system line. Before anything else the bidirectional marks that
exports sprinkle around (U+200E, U+200F, U+202A-U+202E, U+2066-U+2069, U+FEFF) are removed.

:func:`sniff` looks at the first lines with one general pattern and settles the file's layout
(brackets, date separator, time separator, 12- or 24-hour clock). :func:`parse_blocks` then
reads the whole file with a single regex compiled for exactly that layout, so the hot loop
never re-detects anything.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Final

from ..model import DELETED, MEDIA, SYSTEM, TEXT, Message, ParseStats

_MARK_CLASS: Final = "[\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]"
_MARKS: Final = re.compile(_MARK_CLASS)

#: One pattern for every layout; used on the sample only.
_GENERIC: Final = re.compile(
    r"""
    (?P<br>\[)?
    (?P<a>\d{1,4})(?P<sep>[./-])(?P<b>\d{1,2})(?P=sep)(?P<c>\d{2}|\d{4})
    ,?[ \u00a0]
    (?P<H>\d{1,2})(?P<tsep>[:.])(?P<M>\d{2})(?:(?P=tsep)(?P<S>\d{2}))?
    (?:[ \u00a0\u202f]?(?P<ampm>[AaPp]\.?[ ]?[Mm]\.?|[VvNn][Mm]\.?))?
    (?(br)\][ ]|[ ]?[-\u2013][ ])
    """,
    re.VERBOSE,
)

_AMPM: Final = r"[ \u00a0\u202f]?([AaPp]\.?[ ]?[Mm]\.?|[VvNn][Mm]\.?)"

DAY_FIRST: Final = "dmy"
MONTH_FIRST: Final = "mdy"
YEAR_FIRST: Final = "ymd"


@dataclass(frozen=True, slots=True)
class Layout:
    """The header layout of one WhatsApp export.

    ``order`` is ``"dmy"``, ``"mdy"``, ``"ymd"`` or ``None`` when the sample did not show it.
    """

    bracket: bool
    date_sep: str
    time_sep: str
    ampm: bool
    order: str | None

    def pattern(self, order: str) -> re.Pattern[str]:
        """The header regex for this layout, anchored on the newline before the header.

        Groups: date, hours and minutes, seconds (or ``None``), am/pm (``""`` on a 24-hour
        clock), rest of the line. Direction marks may precede the header. Starting with a
        literal ``\\n`` lets the regex engine jump from line to line instead of trying every
        character.
        """
        s = re.escape(self.date_sep)
        t = re.escape(self.time_sep)
        if order == YEAR_FIRST:
            day = rf"(\d{{4}}{s}\d{{1,2}}{s}\d{{1,2}})"
        else:
            day = rf"(\d{{1,2}}{s}\d{{1,2}}{s}(?:\d{{4}}|\d{{2}}))"
        clock = rf"(\d{{1,2}}{t}\d{{2}})(?:{t}(\d{{2}}))?"
        ampm = _AMPM if self.ampm else "()"
        lead = rf"\n{_MARK_CLASS}*"
        if self.bracket:
            return re.compile(rf"{lead}\[{day},?[ \u00a0]{clock}{ampm}\] ([^\n]*)")
        return re.compile(rf"{lead}{day},?[ \u00a0]{clock}{ampm} ?[-\u2013] ([^\n]*)")

    def describe(self, order: str) -> str:
        """Short human description, e.g. ``"ios, D/M/Y, 24h"``."""
        letters = {"dmy": "D{0}M{0}Y", "mdy": "M{0}D{0}Y", "ymd": "Y{0}M{0}D"}[order]
        return (
            f"{'ios' if self.bracket else 'android'}, {letters.format(self.date_sep)}, {'12h' if self.ampm else '24h'}"
        )


def sniff(lines: Iterable[str]) -> tuple[Layout | None, int]:
    """Find the most common header layout in ``lines``; return it and how many lines use it."""
    votes: Counter[tuple[bool, str, str, bool]] = Counter()
    fields: dict[tuple[bool, str, str, bool], list[tuple[str, str]]] = {}
    for line in lines:
        match = _GENERIC.match(_MARKS.sub("", line))
        if match is None:
            continue
        key = (
            match["br"] is not None,
            match["sep"],
            match["tsep"],
            match["ampm"] is not None,
        )
        votes[key] += 1
        fields.setdefault(key, []).append((match["a"], match["b"]))
    if not votes:
        return None, 0
    key, hits = votes.most_common(1)[0]
    return Layout(*key, order=_order_from_fields(fields[key])), hits


def _order_from_fields(pairs: Iterable[tuple[str, str]]) -> str | None:
    for a, b in pairs:
        if len(a) == 4:
            return YEAR_FIRST
        if int(a) > 12:
            return DAY_FIRST
        if int(b) > 12:
            return MONTH_FIRST
    return None


def default_order(layout: Layout) -> str:
    """Day/month order when the whole file never shows it.

    A 12-hour clock with slashes is the US convention (month first); everything else, including
    Dutch exports, is read day first.
    """
    return MONTH_FIRST if layout.ampm and layout.date_sep == "/" else DAY_FIRST


def resolve_order(layout: Layout, reread: Callable[[], Iterable[str]] | None, stats: ParseStats | None = None) -> str:
    """Settle the date order for the whole file.

    When the sample was ambiguous, the file is scanned once more (``reread`` gives its text in
    blocks that end at a line end; only the headers are looked at, stopping at the first date
    with a day or month above 12). If even that does not tell, the :func:`default_order` is
    used and a warning is added to ``stats``.
    """
    if layout.order is not None:
        return layout.order
    if reread is not None:
        finditer = layout.pattern(DAY_FIRST).finditer
        sep = layout.date_sep

        def pairs() -> Iterator[tuple[str, str]]:
            for block in reread():
                for m in finditer("\n" + block):
                    a, b, _ = m.group(1).split(sep)
                    yield a, b

        found = _order_from_fields(pairs())
        if found is not None:
            return found
    order = default_order(layout)
    if stats is not None:
        stats.warn(
            "the dates never show whether the day or the month comes first; "
            f"they were read as {'month-day-year' if order == MONTH_FIRST else 'day-month-year'}"
        )
    return order


# --------------------------------------------------------------------------------------------
# Kinds: media placeholders, deleted messages, system lines, edit markers
# --------------------------------------------------------------------------------------------

#: Cheap tests that decide whether a message needs the slower checks below.
_SPECIAL_STARTS: Final = ("<", "Dit bericht", "Je hebt dit bericht", "This message", "You deleted")
_SPECIAL_ENDS: Final = (
    ">",
    "omitted",
    "weggelaten",
    "bijgevoegd)",
    "attached)",
    "verwijderd",
    "verwijderd.",
    "deleted",
    "deleted.",
)

_DELETED_RE: Final = re.compile(
    r"(?:dit bericht is verwijderd|je hebt dit bericht verwijderd|this message was deleted"
    r"|you deleted this message)(?:\s+(?:door|by)\s.*)?\.?",
    re.IGNORECASE,
)
_MEDIA_RE: Final = re.compile(
    r"""
    <media[ ](?:weggelaten|omitted)>
    | <(?:attached|bijgevoegd|bijlage):[ ][^>]+>
    | (?:.{0,200}[ ])?(?:image|photo|video|audio|gif|sticker|document|contact[ ]card
        |afbeelding|foto|geluidsfragment|audiobestand|contactkaart|videobestand)
      [ ](?:omitted|weggelaten)
    | .{1,250}\.[a-z0-9]{1,5}[ ]\((?:bestand[ ]bijgevoegd|file[ ]attached)\)
    """,
    re.IGNORECASE | re.VERBOSE,
)
_EDITED_RE: Final = re.compile(
    r"\s*<(?:dit bericht is bewerkt|deze bericht is bewerkt|bericht bewerkt"
    r"|this message was edited|edited)>\s*$",
    re.IGNORECASE,
)
#: System events; only tried on authored lines that carry an iOS direction mark.
_SYSTEM_RE: Final = re.compile(
    r"""
    end-to-end | versleuteld | encrypted
    | \b(?:joined|left|added|removed|created[ ](?:group|this[ ]group)|changed[ ]
        |was[ ]added|were[ ]added|is[ ]toegevoegd|toegevoegd|heeft[ ]de[ ]groep
        |groep[ ]verlaten|neemt[ ]deel|is[ ]lid[ ]geworden|telefoonnummer|security[ ]code
        |beveiligingscode|missed[ ](?:voice|video)[ ]call|gemiste[ ](?:spraak|video)\w*
        |disappearing[ ]messages|verdwijnende[ ]berichten|now[ ]an[ ]admin|nu[ ]beheerder
        |pinned[ ]a[ ]message|vastgezet|aangemaakt|gewijzigd)\b
    """,
    re.IGNORECASE | re.VERBOSE,
)
#: An "author" that is really the start of a system sentence containing ": ".
_NOT_AN_AUTHOR_RE: Final = re.compile(
    r"[\"“”«»]|\b(?:changed|created|added|removed|joined|left|heeft|wijzigde|gewijzigd"
    r"|toegevoegd|verwijderd|veranderde)\b",
    re.IGNORECASE,
)
_MAX_AUTHOR: Final = 80
_AUTHOR_CACHE_LIMIT: Final = 10_000
#: Bound on the cache of dates, so that memory stays flat on any file. (The cache of clock
#: times needs none: "H:MM" with an am/pm letter has fewer than 31,000 spellings.)
_CACHE_LIMIT: Final = 50_000
_CONTROL_RE: Final = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def classify(text: str, marked: bool) -> tuple[str, str]:
    """Return ``(kind, text)`` for an authored message, with placeholders taken out.

    ``marked`` says whether the text started with an iOS direction mark; only then are system
    events looked for, because on iOS those arrive with the group's or contact's name in front.
    """
    stripped = text.strip()
    if _DELETED_RE.fullmatch(stripped):
        return DELETED, ""
    first, newline, rest = stripped.partition("\n")
    if _MEDIA_RE.fullmatch(first.strip()):
        return MEDIA, _strip_edited(rest.strip()) if newline else ""
    if marked and _SYSTEM_RE.search(first):
        return SYSTEM, text
    return TEXT, _strip_edited(text)


def _strip_edited(text: str) -> str:
    if text.endswith(">"):
        match = _EDITED_RE.search(text)
        if match is not None:
            return text[: match.start()]
    return text


def _looks_like_author(name: str) -> bool:
    return 0 < len(name) <= _MAX_AUTHOR and _NOT_AN_AUTHOR_RE.search(name) is None


# --------------------------------------------------------------------------------------------
# The parser
# --------------------------------------------------------------------------------------------


def _day_start(text: str, sep: str, order: str) -> datetime | None:
    """Midnight of a header's date, or ``None`` if there is no such day."""
    a, b, c = text.split(sep)
    if order == YEAR_FIRST:
        year, month, day = int(a), int(b), int(c)
    elif order == DAY_FIRST:
        day, month, year = int(a), int(b), int(c)
    else:
        month, day, year = int(a), int(b), int(c)
    if year < 100:
        year += 2000
    try:
        return datetime(year, month, day)
    except ValueError:
        return None


def _clock_offset(text: str, sep: str, marker: str | None) -> timedelta | None:
    """Time since midnight of a header's hours and minutes, or ``None`` if it is impossible."""
    hours, minutes = text.split(sep)
    hour, minute = int(hours), int(minutes)
    if marker is not None:  # 12-hour clock: 12 AM is midnight, 12 PM is noon
        if not 1 <= hour <= 12:
            return None
        if hour == 12:
            hour = 0
        if marker[0] in "pPnN":  # PM, p.m., nm (Dutch "namiddag")
            hour += 12
    if hour > 23 or minute > 59:
        return None
    return timedelta(hours=hour, minutes=minute)


#: Seconds field of a header to the matching time delta ("60" and up are missing: invalid).
_SECONDS: Final = {f"{i:02d}": timedelta(seconds=i) for i in range(60)}


_PLAIN: Final = 0
_SPECIAL: Final = 1
_MARKED: Final = 2


def _build(
    time: datetime | None,
    author: str | None,
    text: str,
    extra: list[str] | None,
    special: int,
    line: int,
) -> Message:
    """Finish one message: join its lines, then sort out its kind if it may be special."""
    if extra is not None:
        text = "\n".join([text, *extra]).strip("\n")
        if not special and extra[-1].endswith(">"):
            special = _SPECIAL
    if author is None:
        return Message(time, None, text, SYSTEM, line)
    if special:
        kind, text = classify(text, special == _MARKED)
        if kind == SYSTEM:
            author = None
        return Message(time, author, text, kind, line)
    return Message(time, author, text, TEXT, line)


def parse_blocks(blocks: Iterable[str], layout: Layout, order: str, stats: ParseStats) -> Iterator[Message]:
    """Yield the messages of a WhatsApp export given its text in blocks.

    Every block but the last must end with ``\\n`` (see
    :func:`~heartkeys.chat.parsers.detect.decode_blocks`). Headers are found with one
    ``finditer`` per block; the text between two headers is the first message's body, so
    continuation lines never pass through Python one by one.
    """
    finditer = layout.pattern(order).finditer
    sep = layout.date_sep
    marks_sub = _MARKS.sub
    marks_search = _MARKS.search
    control = _CONTROL_RE.search
    starts = _SPECIAL_STARTS
    ends = _SPECIAL_ENDS
    authors: dict[str, str | None] = {}

    tsep = layout.time_sep
    day_starts: dict[str, datetime | None] = {}
    offsets: dict[str, timedelta | None] = {}
    last_day = ""
    day_start: datetime | None = None

    # The message being collected; p_line == 0 means there is none yet. p_special is set for
    # anything that needs a closer look in _build (system lines included).
    p_line = 0
    p_time: datetime | None = None
    p_author: str | None = None
    p_text = ""
    p_extra: list[str] | None = None
    p_special = _PLAIN

    base = 0  # lines in earlier blocks
    for block in blocks:
        if "\r" in block:
            block = block.replace("\r\n", "\n")
        work = "\n" + block
        has_marks = marks_search(block) is not None
        next_line = base + 1  # number of the line that starts at `pos`
        pos = 1  # start of the text not yet handled
        for m in finditer(work):
            head_start = m.start() + 1
            if head_start > pos:
                piece = work[pos : head_start - 1]
                if p_line and control(piece) is None:
                    if has_marks:
                        piece = marks_sub("", piece)
                    if p_extra is None:
                        p_extra = [piece]
                    else:
                        p_extra.append(piece)
                else:
                    p_extra = _loose_lines(piece, next_line, p_line > 0, p_extra, stats)
                next_line += piece.count("\n") + 1
            lineno = next_line
            next_line += 1
            pos = m.end() + 1
            day, clock, second, marker, rest = m.groups()
            if day != last_day:
                last_day = day
                try:
                    day_start = day_starts[day]
                except KeyError:
                    day_start = _day_start(day, sep, order)
                    if len(day_starts) >= _CACHE_LIMIT:
                        day_starts.clear()
                    day_starts[day] = day_start
            key = clock + marker if marker else clock
            try:
                offset = offsets[key]
            except KeyError:
                offset = offsets[key] = _clock_offset(clock, tsep, marker or None)
            if second is not None and offset is not None:
                try:
                    offset += _SECONDS[second]
                except KeyError:
                    offset = None
            if day_start is None or offset is None:
                stats.skip(lineno, work[head_start : pos - 1])
                continue
            if p_line:
                if p_special or p_extra is not None:
                    yield _build(p_time, p_author, p_text, p_extra, p_special, p_line)
                else:
                    yield Message(p_time, p_author, p_text, TEXT, p_line)
            p_line = lineno
            p_time = day_start + offset
            p_extra = None
            marked = False
            if has_marks and not rest.isascii():
                cleaned = marks_sub("", rest)
                if cleaned is not rest:
                    # iOS puts a mark right before the text of system and media lines.
                    marked = ": \u200e" in rest or ": \u200f" in rest
                    rest = cleaned
            colon = rest.find(": ")
            if colon < 0:
                if rest.endswith(":") and len(rest) > 1:  # "Anna:" with the text on later lines
                    colon = len(rest) - 1
                else:
                    p_author = None
                    p_text = rest
                    p_special = _SPECIAL
                    continue
            name = rest[:colon]
            author = authors.get(name, "")
            if author == "":
                author = name if _looks_like_author(name) else None
                if len(authors) < _AUTHOR_CACHE_LIMIT:
                    authors[name] = author
            if author is None:
                p_author = None
                p_text = rest
                p_special = _SPECIAL
                continue
            p_author = author
            p_text = text = rest[colon + 2 :]
            if marked:
                p_special = _MARKED
            elif text.startswith(starts) or text.endswith(ends):
                p_special = _SPECIAL
            else:
                p_special = _PLAIN
        if pos < len(work):
            piece = work[pos:-1] if work.endswith("\n") else work[pos:]
            if p_line and control(piece) is None:
                if has_marks:
                    piece = marks_sub("", piece)
                if p_extra is None:
                    p_extra = [piece]
                else:
                    p_extra.append(piece)
            else:
                p_extra = _loose_lines(piece, next_line, p_line > 0, p_extra, stats)
        base += block.count("\n")
        if not block.endswith("\n"):
            base += 1
    if p_line:
        yield _build(p_time, p_author, p_text, p_extra, p_special, p_line)
    stats.lines = base


def _loose_lines(
    piece: str, first_line: int, pending: bool, extra: list[str] | None, stats: ParseStats
) -> list[str] | None:
    """Handle text outside a clean message body, line by line.

    Before the first message every non-empty line is skipped; inside a message, lines with
    control characters (binary garbage) are skipped and the rest is kept.
    """
    keep: list[str] = []
    for offset, line in enumerate(piece.split("\n")):
        if pending and _CONTROL_RE.search(line) is None:
            keep.append(_MARKS.sub("", line))
        elif line.strip():
            stats.skip(first_line + offset, line)
    if not pending or not keep:
        return extra
    if extra is None:
        return keep
    extra.extend(keep)
    return extra
