"""The chat pipeline: an export in, a :class:`~heartkeys.chat.report.model.ChatReport` out.

::

    report = analyze_chat("WhatsApp Chat met Bram.zip", lang="nl")

Steps, all local:

1. **Scan** the export once (streaming) for everyone who wrote in the period, the first and
   last date, and a sample of text to detect the chat's language.
2. **Pick the pair.** Two authors: those two. More: ``me`` and ``partner`` when given, ``me``
   plus the most active other person, or — with neither — the two most active people (the
   report says so; ``require_pair=True`` refuses instead, as the command line does).
3. **Read again** (streaming), keep the pair's messages, merge them into turns (a pause of
   :data:`TURN_GAP` by the same person starts a new turn) and analyse
   every turn with the empathy analyzer, with the other person's previous turn as context.
   Chunks of turns go to ``workers`` worker processes (``workers=1`` runs everything here),
   each with its own :class:`~heartkeys.analysis.Analyzer`, while this process reads on; only
   small facts per turn and each chunk's best candidate examples come back.
4. **Fold** the facts, in order, into the measures of :mod:`heartkeys.chat.metrics` and keep
   the top examples in small heaps, so memory stays flat however long the chat is.

Errors a user can cause raise :class:`~heartkeys.chat.model.ChatFormatError` (the file) or
:class:`ChatAnalysisError` (the people or the period), both with a short English sentence.
"""

from __future__ import annotations

import multiprocessing
import os
import re
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import replace
from datetime import date, datetime, time, timedelta
from typing import Final

from ..analysis import Analyzer, detect_language
from .conversation import Participant as Author
from .conversation import participants as count_participants
from .conversation import turns as merge_turns
from .metrics import (
    DEFAULT_BID_WINDOW,
    DEFAULT_EXAMPLES,
    ChatMetrics,
    Moment,
    Note,
    TopK,
    TurnFacts,
    best_score,
    learn_score,
    moments,
    turn_facts,
)
from .model import TEXT, ChatFormatError, Message, ParseStats
from .parsers import DEFAULT_MAX_BYTES, iter_messages
from .report.model import ChatReport, HelpLine, Notice, Participant, Person

__all__ = ["ChatAnalysisError", "ChatFormatError", "Progress", "analyze_chat", "choose_pair"]

#: Called as ``progress(stage, done, total)``: stage ``"read"`` (messages read, total ``None``)
#: or ``"analyse"`` (messages of the pair analysed, out of ``total``).
Progress = Callable[[str, int, int | None], None]

LANGUAGES: Final = ("nl", "en")
#: Turns per chunk sent to a worker: large enough that pickling is cheap, small enough to keep
#: both cores busy and the memory in flight small.
CHUNK_TURNS: Final = 600
#: Below this many messages of the pair, everything runs in this process (workers cost startup).
PARALLEL_FROM: Final = 4000
#: Fewer analysed turns than this: the report warns that the numbers say little.
FEW_TURNS: Final = 30
#: A pause this long by the same person starts a new turn (a new conversation, not one long turn).
TURN_GAP: Final = timedelta(hours=3)
#: How much text the language is detected from.
SAMPLE_MESSAGES: Final = 400
SAMPLE_CHARS: Final = 40_000


class ChatAnalysisError(ValueError):
    """The chat was read but cannot be analysed as asked (people, period).

    ``str(error)`` is a short English sentence. ``code`` is one of ``"no_people"``,
    ``"one_person"``, ``"group"``, ``"unknown_person"``, ``"same_person"``, ``"empty_period"``,
    ``"bad_period"``, ``"bad_lang"``, ``"bad_workers"``, ``"worker_failed"``. ``participants`` lists
    ``(name, messages)`` of everyone who wrote, most active first, when that helps to choose.
    """

    def __init__(self, message: str, code: str = "invalid", participants: Sequence[tuple[str, int]] = ()) -> None:
        super().__init__(message)
        self.code = code
        self.participants = tuple(participants)


# --------------------------------------------------------------------------------------------
# Period and pair
# --------------------------------------------------------------------------------------------


def _bounds(since: date | None, until: date | None) -> tuple[datetime | None, datetime | None]:
    """Inclusive datetime bounds; a date ``until`` includes that whole day."""
    low = high = None
    if since is not None:
        low = since if isinstance(since, datetime) else datetime.combine(since, time.min)
    if until is not None:
        high = until if isinstance(until, datetime) else datetime.combine(until, time.max)
    if low is not None and high is not None and low > high:
        raise ChatAnalysisError(f"the period is empty: {since} comes after {until}", "bad_period")
    return low, high


class _Window:
    """Filters messages to the period and notes what it saw on the way."""

    def __init__(self, low: datetime | None, high: datetime | None, progress: Progress | None = None) -> None:
        self.low, self.high = low, high
        self.progress = progress
        self.count = 0
        self.undated = 0
        self.first: datetime | None = None
        self.last: datetime | None = None
        self.sample: list[str] = []
        self._sample_chars = 0

    def __call__(self, messages: Iterable[Message]) -> Iterator[Message]:
        low, high, progress = self.low, self.high, self.progress
        seen = 0
        for message in messages:
            seen += 1
            if progress is not None and not seen % 20_000:
                progress("read", seen, None)
            when = message.time
            if when is None:
                if low is not None or high is not None:
                    self.undated += 1
            elif (low is not None and when < low) or (high is not None and when > high):
                continue
            else:
                if self.first is None or when < self.first:
                    self.first = when
                if self.last is None or when > self.last:
                    self.last = when
            self.count += 1
            if (
                message.kind == TEXT
                and message.author
                and self._sample_chars < SAMPLE_CHARS
                and len(self.sample) < SAMPLE_MESSAGES
            ):
                self.sample.append(message.text)
                self._sample_chars += len(message.text)
            yield message


def _resolve(name: str, people: Sequence[Author]) -> str:
    """The participant meant by ``name``: exact, then ignoring case, then a unique prefix."""
    names = [p.name for p in people]
    if name in names:
        return name
    folded = name.casefold().strip()
    same = [n for n in names if n.casefold() == folded]
    if len(same) == 1:
        return same[0]
    starts = [n for n in names if n.casefold().startswith(folded)] if folded else []
    if len(starts) == 1:
        return starts[0]
    listing = ", ".join(f"{p.name} ({p.messages})" for p in people)
    raise ChatAnalysisError(
        f"nobody called {name!r} writes in this chat; the participants are: {listing}",
        "unknown_person",
        [(p.name, p.messages) for p in people],
    )


def choose_pair(
    people: Sequence[Author], me: str | None = None, partner: str | None = None, require_pair: bool = False
) -> tuple[str, str, str]:
    """Pick the two people to analyse: ``(first, second, how)``.

    ``how`` is ``"pair"`` (the chat has two authors), ``"given"`` (``me`` and/or ``partner``
    decided), ``"me_most_active"`` (``me`` plus the most active other) or ``"most_active"``
    (a group without a choice: the two most active). ``people`` is most active first.
    """
    counts = [(p.name, p.messages) for p in people]
    if not people:
        raise ChatAnalysisError("nobody writes anything in this chat (in this period)", "no_people")
    if len(people) == 1:
        raise ChatAnalysisError(
            f"only {people[0].name} writes in this chat; a conversation needs two people", "one_person", counts
        )
    me_name = _resolve(me, people) if me else None
    partner_name = _resolve(partner, people) if partner else None
    if me_name and partner_name:
        if me_name == partner_name:
            raise ChatAnalysisError(f"{me_name} cannot be their own partner", "same_person", counts)
        return me_name, partner_name, "given"
    if me_name or partner_name:
        chosen = me_name or partner_name
        other = next(p.name for p in people if p.name != chosen)
        how = "given" if len(people) == 2 else "me_most_active"
        return (chosen, other, how) if me_name else (other, chosen, how)
    if len(people) == 2:
        return people[0].name, people[1].name, "pair"
    if require_pair:
        listing = ", ".join(f"{name} ({n})" for name, n in counts)
        raise ChatAnalysisError(
            f"this is a group chat with {len(people)} participants: {listing}; "
            "say whose conversation to analyse (me, and optionally partner)",
            "group",
            counts,
        )
    return people[0].name, people[1].name, "most_active"


# --------------------------------------------------------------------------------------------
# Work on turns (runs in worker processes, or here when workers=1)
# --------------------------------------------------------------------------------------------

#: One turn as sent to a worker: index, person, start, end, messages, text, context.
Item = tuple[int, int, datetime | None, datetime | None, int, str, str | None]

_ANALYZER: Analyzer | None = None


def _analyzer() -> Analyzer:
    global _ANALYZER
    if _ANALYZER is None:
        _ANALYZER = Analyzer()
    return _ANALYZER


_WARM_UP: Final = {
    "nl": ("Dus je baalt van je werk?", "Ik baal zo van mijn werk vandaag"),
    "en": ("So your work is getting you down?", "My work is really getting me down today"),
}


def _warm(lang: str) -> None:
    """Worker initializer: build this process's analyzer and load the language data once."""
    reply, context = _WARM_UP[lang]
    _analyzer().analyze(reply, context, lang)


def analyse_chunk(items: Sequence[Item], lang: str, k: int) -> tuple[list[TurnFacts], list[Moment]]:
    """Analyse a run of turns: the facts of each, and the chunk's best candidate examples."""
    analyzer = _analyzer()
    top = TopK(k)
    facts: list[TurnFacts] = []
    for index, person, start, end, messages, text, context in items:
        analysis = None
        if text.strip():
            analysis = analyzer.analyze(text, context, lang)
            if not analysis.safety and (
                top.accepts("best", person, best_score(analysis), index)
                or top.accepts("learn", person, learn_score(analysis), index)
            ):
                top.extend(moments(analysis, person, index, start or end, text, context))
        facts.append(turn_facts(person, start, end, messages, text, analysis, lang))
    return facts, top.items()


def _chunks(turn_items: Iterable[Item], size: int) -> Iterator[list[Item]]:
    chunk: list[Item] = []
    for item in turn_items:
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _start_method() -> str:
    """``fork`` when it is safe (POSIX, no other threads), else ``forkserver`` or ``spawn``.

    Forking is fastest and needs no ``if __name__ == "__main__"`` guard in the caller's script;
    with other threads running (a progress display, a web server) a fork could copy a held
    lock, so a clean process start is used instead.
    """
    methods = multiprocessing.get_all_start_methods()
    if "fork" in methods and threading.active_count() == 1:
        return "fork"
    return "forkserver" if "forkserver" in methods else "spawn"


ChunkResult = tuple[list[TurnFacts], list[Moment]]


def _run(chunks: Iterable[list[Item]], lang: str, k: int, workers: int) -> Iterator[ChunkResult]:
    """Analyse chunks and yield their results in order.

    With ``workers`` > 1 the chunks go to a pool of that many processes, with at most two
    chunks per process in flight (so memory stays small); this process meanwhile reads the
    file and folds the results, which keeps it mostly waiting. When the pool is forked, this
    process loads the language data first and the workers inherit it.
    """
    if workers <= 1:
        for chunk in chunks:
            yield analyse_chunk(chunk, lang, k)
        return
    method = _start_method()
    if method == "fork":
        _warm(lang)  # the children start with the language data already loaded
    try:
        pool = ProcessPoolExecutor(
            max_workers=workers,
            mp_context=multiprocessing.get_context(method),
            initializer=None if method == "fork" else _warm,
            initargs=() if method == "fork" else (lang,),
        )
    except (OSError, ValueError, NotImplementedError):  # no processes here (a sandbox): do it alone
        yield from _run(chunks, lang, k, 1)
        return
    pending: deque[Future[ChunkResult]] = deque()
    try:
        for chunk in chunks:
            pending.append(pool.submit(analyse_chunk, chunk, lang, k))
            while pending and (pending[0].done() or len(pending) > 2 * workers):
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()
    except BrokenProcessPool:
        raise ChatAnalysisError(
            "a worker process stopped unexpectedly (out of memory?); try again with one worker", "worker_failed"
        ) from None
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


# --------------------------------------------------------------------------------------------
# Pseudonyms
# --------------------------------------------------------------------------------------------


class Pseudonyms:
    """Replace participants' names by "Partner A", "Partner B" (others: "Deelnemer C" / "Participant C").

    Mentions in text are replaced too: the full name and each of its words of three letters or
    more ("Anna" for "Anna de Vries"), ignoring case, as whole words.
    """

    def __init__(self, names: Sequence[str], lang: str) -> None:
        other = "Deelnemer" if lang == "nl" else "Participant"
        self.labels: dict[str, str] = {}
        for i, name in enumerate(names):
            letter = chr(ord("A") + i) if i < 26 else str(i + 1)
            self.labels[name] = f"Partner {letter}" if i < 2 else f"{other} {letter}"
        words: dict[str, str] = {}
        for name in names:
            label = self.labels[name]
            words.setdefault(name.casefold(), label)
            for part in re.findall(r"[^\W\d_]{3,}", name):
                words.setdefault(part.casefold(), label)
        self._words = words
        alternatives = sorted(words, key=len, reverse=True)
        self._pattern = (
            re.compile(r"(?<![\w])(?:" + "|".join(re.escape(w) for w in alternatives) + r")(?![\w])", re.IGNORECASE)
            if alternatives
            else None
        )

    def name(self, name: str) -> str:
        return self.labels.get(name, name)

    def text(self, text: str | None) -> str | None:
        if text is None or self._pattern is None:
            return text
        return self._pattern.sub(lambda m: self._words[m.group(0).casefold()], text)

    def moment(self, moment: Moment) -> Moment:
        notes = tuple(
            Note(n.id, n.key, self.text(n.text) or "", self.text(n.explanation) or "", self.text(n.suggestion))
            for n in moment.notes
        )
        return replace(moment, text=self.text(moment.text) or "", context=self.text(moment.context), notes=notes)


# --------------------------------------------------------------------------------------------
# The pipeline
# --------------------------------------------------------------------------------------------


def _default_workers(pair_messages: int) -> int:
    if pair_messages < PARALLEL_FROM:
        return 1
    return max(1, min(os.cpu_count() or 1, 4))


def _help_lines(lang: str) -> tuple[HelpLine, ...]:
    from ..content import load_content

    return tuple(
        HelpLine(r.name, r.phone, r.when, r.country, r.description) for r in load_content(lang).safety.resources
    )


def analyze_chat(
    source: str | os.PathLike[str] | bytes,
    *,
    me: str | None = None,
    partner: str | None = None,
    since: date | None = None,
    until: date | None = None,
    format_hint: str | None = None,
    pseudonymize: bool = False,
    lang: str | None = None,
    workers: int | None = None,
    progress: Progress | None = None,
    require_pair: bool = False,
    bid_window: timedelta = DEFAULT_BID_WINDOW,
    examples: int = DEFAULT_EXAMPLES,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> ChatReport:
    """Read a chat export and measure the conversation of two people in it (see module doc).

    ``since``/``until`` are inclusive dates (or datetimes). ``lang`` ("nl"/"en") fixes the
    language of the analysis and the report; by default it is detected once from the chat.
    ``workers`` is the number of processes (default: 1 for small chats, else the CPU count up
    to 4). ``examples`` is how many best moments and moments to learn from are kept per person.
    """
    if lang is not None and lang not in LANGUAGES:
        raise ChatAnalysisError(f"unsupported language {lang!r}; choose nl or en", "bad_lang")
    if workers is not None and workers < 1:
        raise ChatAnalysisError("workers must be 1 or more", "bad_workers")
    low, high = _bounds(since, until)

    # 1. Scan: who writes, when, in which language.
    scan_stats = ParseStats()
    window = _Window(low, high, progress)
    people = count_participants(window(iter_messages(source, format_hint, scan_stats, max_bytes=max_bytes)))
    if window.count == 0 and scan_stats.messages and (low or high):
        raise ChatAnalysisError("there are no messages in this period", "empty_period")
    first, second, selection = choose_pair(people, me, partner, require_pair)
    counts = {p.name: p.messages for p in people}
    pair = {first: 0, second: 1}
    chat_lang = lang or detect_language("\n".join(window.sample))
    # messages that end up in turns (deleted ones do not), so progress reaches its total
    pair_messages = sum(p.text + p.media for p in people if p.name in pair)
    jobs = workers if workers is not None else _default_workers(pair_messages)

    # 2. Read again and analyse the pair's turns.
    stats = ParseStats()
    again = _Window(low, high)
    stream = again(iter_messages(source, format_hint, stats, max_bytes=max_bytes))
    pair_stream = (m for m in stream if m.author in pair)
    metrics = ChatMetrics(2, bid_window)
    top = TopK(examples)
    done = 0
    if progress is not None:
        progress("analyse", 0, pair_messages)
    for facts, found in _run(_chunks(_items(pair_stream, pair), CHUNK_TURNS), chat_lang, examples, jobs):
        for item in facts:
            metrics.add(item)
            done += item.messages
        top.extend(found)
        if progress is not None:
            progress("analyse", min(done, pair_messages), pair_messages)
    measures = metrics.result()

    # 3. The report.
    notices: list[Notice] = []
    if selection == "most_active":
        notices.append(Notice("most_active", (("count", str(len(people))),)))
    elif selection == "me_most_active":
        notices.append(Notice("me_most_active", (("count", str(len(people))), ("partner", second))))
    if window.undated:
        notices.append(Notice("undated", (("count", str(window.undated)),)))
    analysed = sum(p.analysed_turns for p in measures.people)
    if analysed < FEW_TURNS:
        notices.append(Notice("few_turns", (("count", str(analysed)),)))
    if window.first is None:
        notices.append(Notice("no_times"))

    names = [first, second] + [p.name for p in people if p.name not in pair]
    masks = Pseudonyms(names, chat_lang) if pseudonymize else None
    best, learn = top.ranked("best"), top.ranked("learn")
    if masks is not None:
        notices = [
            Notice(n.code, tuple((k, masks.name(v) if k == "partner" else v) for k, v in n.values)) for n in notices
        ]
        best = tuple(masks.moment(m) for m in best)
        learn = tuple(masks.moment(m) for m in learn)

    def shown(name: str) -> str:
        return masks.name(name) if masks is not None else name

    safety = sum(p.safety_signals for p in measures.people)
    warnings = tuple(masks.text(w) or "" for w in stats.warnings) if masks is not None else tuple(stats.warnings)
    return ChatReport(
        lang=chat_lang,
        format=stats.format,
        variant=stats.variant,
        encoding=stats.encoding,
        title=None if masks is not None else stats.title,
        pseudonymized=masks is not None,
        since=since.date() if isinstance(since, datetime) else since,
        until=until.date() if isinstance(until, datetime) else until,
        messages=window.count,
        skipped_lines=stats.skipped_lines,
        first=window.first,
        last=window.last,
        participants=tuple(Participant(shown(p.name), p.messages) for p in people),
        selection=selection,
        people=tuple(Person(shown(name), counts[name], measures.people[i]) for i, name in enumerate((first, second))),
        measures=measures,
        best=best,
        learn=learn,
        safety_signals=safety,
        help=_help_lines(chat_lang) if safety else (),
        notices=tuple(notices),
        warnings=warnings,
    )


def _items(messages: Iterable[Message], pair: dict[str, int]) -> Iterator[Item]:
    """Turn the pair's messages into work items, each with the other's previous turn as context."""
    last_text: list[str | None] = [None, None]
    for index, turn in enumerate(merge_turns(messages, max_gap=TURN_GAP)):
        person = pair[turn.author]
        text = turn.text
        yield (index, person, turn.start, turn.end, turn.messages, text, last_text[1 - person])
        if text.strip():
            last_text[person] = text
