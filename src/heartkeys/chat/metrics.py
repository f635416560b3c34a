"""The measures of "Jullie gesprekken": what a couple's chat shows, in numbers with honest limits.

Everything here works on :class:`TurnFacts` — the few facts about one turn that the measures
need (who, when, how many words, which keys and pitfalls the analyzer found, whether it asks a
question or makes a bid). Turning a turn's text and its :class:`~heartkeys.analysis.Analysis`
into facts is :func:`turn_facts`; folding a conversation's facts into numbers is
:class:`ChatMetrics` (one pass, bounded memory) or :func:`measure` (for a list). The formulas
themselves are small pure functions, each documented where it is defined:

* **key profile**: per person and key, the share of analysed turns at level >= 1 and >= 2, and
  the analyzer's findings for that key per 100 analysed turns (:class:`KeyStat`);
* **pitfalls**: turns with each pitfall, per 100 analysed turns (:class:`PitfallStat`);
* **per month** (``YYYY-MM``): the same rates month by month (:class:`MonthStat`);
* **language style matching**: :mod:`heartkeys.chat.lsm`, overall and per month;
* **bids for connection**: :func:`bid_kind` finds bids, :func:`classify_bid` says how the other
  person turned: toward, away or against (:class:`BidStats`);
* **reply rhythm**: delays between a turn and the other person's answer, in
  :data:`DELAY_BUCKETS`, with medians overall and by hour of day (:class:`RhythmStats`);
* **Four Horsemen and antidotes**: :data:`HORSEMEN` (:class:`HorsemanStat`);
* **positive/negative ratio**, overall and in tense stretches (:class:`Ratio`);
* **moments**: the best moments and moments to learn from (:class:`Moment`, :class:`TopK`).

These numbers describe what a word-based analyzer recognises in text. They are a mirror to
talk about together, not a diagnosis of a relationship. docs/chat.md spells out every limit.
"""

from __future__ import annotations

import heapq
import math
import re
from collections import Counter, deque
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import cache, lru_cache
from typing import TYPE_CHECKING, Final, NamedTuple

from ..analysis.types import PITFALLS
from ..content.model import KEY_CODES
from .lang import words_for
from .lsm import CATEGORIES, category_counts, lsm, tokenize

if TYPE_CHECKING:  # pragma: no cover
    from ..analysis.types import Analysis

# --------------------------------------------------------------------------------------------
# Definitions
# --------------------------------------------------------------------------------------------

#: Pitfalls that turn *against* a bid, and that count as negative in the ratio.
AGAINST: Final = frozenset({"criticism", "contempt", "defensiveness", "dismissive", "stonewalling"})

#: The Four Horsemen (Gottman) and the analyzer findings that count as their antidote.
HORSEMEN: Final[tuple[tuple[str, str, tuple[str, ...]], ...]] = (
    ("criticism", "gentle_startup", ("needs.own_need",)),
    ("contempt", "appreciation", ("moral.appreciation", "moral.gratitude")),
    ("defensiveness", "responsibility", ("moral.responsibility", "moral.apology")),
    ("stonewalling", "self_soothing", ("nonverbal.give_space", "nonverbal.co_regulation")),
)

#: Reply-delay buckets: (id, upper bound in seconds, exclusive).
DELAY_BUCKETS: Final[tuple[tuple[str, float], ...]] = (
    ("<1m", 60.0),
    ("1-5m", 300.0),
    ("5-30m", 1800.0),
    ("30m-2h", 7200.0),
    ("2-12h", 43200.0),
    (">12h", math.inf),
)

#: A bid that gets no answer within this time counts as turned away from.
DEFAULT_BID_WINDOW: Final = timedelta(hours=4)
#: A reply with at least this many words engages with a bid by its content alone.
CONTENT_WORDS: Final = 4
#: Turns this close (before or after) to a turn with a negative pitfall form a tense stretch.
TENSE_RADIUS: Final = 3
#: How many best moments and moments to learn from are kept per person.
DEFAULT_EXAMPLES: Final = 3

#: Bid kinds, in the order they are checked.
BID_KINDS: Final = ("share", "attention", "question")
#: How the other person can respond to a bid.
RESPONSES: Final = ("toward", "away", "against")

#: How heavily each pitfall weighs when choosing the moments to learn from.
SEVERITY: Final[Mapping[str, int]] = {
    "contempt": 6,
    "criticism": 5,
    "defensiveness": 5,
    "stonewalling": 4,
    "dismissive": 4,
    "leading_question": 2,
    "unsolicited_advice": 2,
    "closed_question": 1,
}

_NO_LEVELS: Final = (0,) * len(KEY_CODES)
_NO_WORDS: Final = (0,) * len(CATEGORIES)


# --------------------------------------------------------------------------------------------
# Facts about one turn
# --------------------------------------------------------------------------------------------


class TurnFacts(NamedTuple):
    """What the measures need to know about one turn (immutable; a named tuple, because
    tens of thousands are made and sent between processes).

    ``person`` is 0 or 1 (the pair's order). ``analysed`` is true when the turn had text (a
    photo without caption is a turn but has nothing to analyse). ``levels`` follows
    :data:`~heartkeys.content.model.KEY_CODES`; ``strengths`` holds the analyzer's strength
    finding ids (one per finding), ``pitfalls`` the pitfall names. ``safety`` is true when the
    turn itself holds a safety signal. ``bid`` is ``"share"``, ``"attention"``, ``"question"``
    or ``None``; ``function_words`` are the nine LSM category counts.
    """

    person: int
    start: datetime | None = None
    end: datetime | None = None
    messages: int = 1
    words: int = 0
    analysed: bool = False
    levels: tuple[int, ...] = _NO_LEVELS
    strengths: tuple[str, ...] = ()
    pitfalls: tuple[str, ...] = ()
    safety: bool = False
    question: bool = False
    ack: bool = False
    bid: str | None = None
    function_words: tuple[int, ...] = _NO_WORDS

    @property
    def last(self) -> datetime | None:
        """When the turn ended (its start when the end is unknown)."""
        return self.end if self.end is not None else self.start

    @property
    def negative(self) -> int:
        """Number of negative pitfall findings (see :data:`AGAINST`)."""
        return sum(1 for name in self.pitfalls if name in AGAINST)


@dataclass(frozen=True, slots=True)
class _Cues:
    first_person: frozenset[str]
    feelings: frozenset[tuple[str, ...]]
    feeling_starts: frozenset[str]
    longest: int
    news: _Phrases
    attention: _Phrases
    ack: frozenset[str]


def _phrases(block: str) -> list[str]:
    return [p.strip() for p in block.replace("\n", "").split("|") if p.strip()]


class _Phrases:
    """A few word sequences, matched on the space-joined words of a text (a phrase starting
    with ``^`` only counts at the start of the text)."""

    __slots__ = ("_anywhere", "_start")

    def __init__(self, phrases: Iterable[str]) -> None:
        anywhere, start = [], []
        for phrase in phrases:
            words = " ".join(tokenize(phrase.lstrip("^")))
            if words:
                (start if phrase.startswith("^") else anywhere).append(f" {words} ")
        self._anywhere = tuple(anywhere)
        self._start = tuple(start)

    def search(self, joined: str) -> bool:
        """Whether ``joined`` (words joined by single spaces, padded with one space on each
        side) holds one of the phrases."""
        return any(p in joined for p in self._anywhere) or any(joined.startswith(p) for p in self._start)


@cache
def _cues(lang: str) -> _Cues:
    from ..content import load_content

    words = words_for(lang)
    feelings = {tuple(tokenize(w)) for family in load_content(lang).feelings for w in family.words}
    feelings.discard(())
    return _Cues(
        first_person=frozenset(tokenize(words.FIRST_PERSON)),
        feelings=frozenset(feelings),
        feeling_starts=frozenset(f[0] for f in feelings),
        longest=max(len(f) for f in feelings),
        news=_Phrases(_phrases(words.NEWS_CUES)),
        attention=_Phrases(_phrases(words.ATTENTION_CUES)),
        ack=frozenset(words.ACK_WORDS.split()),
    )


_LAUGH: Final = re.compile(r" (?:(?:h[aeiou])+h?|lol+|lmao|xd+|hihi+)(?= )")
_EMOJI: Final = re.compile(
    "[\U0001f300-\U0001faff\u2600-\u27bf\u2764\u2665\u263a\U0001f000-\U0001f2ff\ufe0f\u200d]|<3|:-?[)(DP*]|;-?\\)"
)
_AFFECTION: Final = re.compile(
    "[\u2764\u2665\U0001f495-\U0001f49f\U0001f618\U0001f60d\U0001f970\U0001f917\U0001f48b]|<3"
)
_DIGITS: Final = re.compile(r"\d")


def own_feeling(tokens: Sequence[str], lang: str) -> bool:
    """Whether the words hold a first-person feeling statement ("ik ben zo moe", "I feel lost").

    A feeling word (from the content's feeling vocabulary) counts when a first-person word
    (``FIRST_PERSON`` in :mod:`heartkeys.chat.lang`) stands at most four words before it.
    """
    cues = _cues(lang)
    if cues.feeling_starts.isdisjoint(tokens) or cues.first_person.isdisjoint(tokens):
        return False
    for i, token in enumerate(tokens):
        if token not in cues.feeling_starts:
            continue
        if cues.first_person.isdisjoint(tokens[max(0, i - 4) : i]):
            continue
        for n in range(1, cues.longest + 1):
            if tuple(tokens[i : i + n]) in cues.feelings:
                return True
    return False


@dataclass(frozen=True, slots=True)
class TextFeatures:
    """Word-level facts about a turn's text (see :func:`text_features`)."""

    words: int
    function_words: tuple[int, ...]
    question_mark: bool
    ack: bool
    share: bool
    attention: bool


@lru_cache(maxsize=4096)
def text_features(text: str, lang: str) -> TextFeatures:
    """Count words and function words and spot questions, acknowledgements and bid cues.

    * ``ack``: a word of ``ACK_WORDS``, laughter ("haha", "lol"), or a reply of only emoji;
    * ``share``: a news phrase ("raad eens", "guess what"), a first-person feeling statement,
      or an exclamation mark in a message of four or more words that speaks about the writer
      ("ik", "we", "mijn" …);
    * ``attention``: an attention phrase ("kijk", "ik mis je", "look", "miss you"), or a message
      of only affectionate emoji (❤️, 😘, <3 …).

    Results are cached: chats repeat themselves ("oké", "ik hou van je").
    """
    cues = _cues(lang)
    tokens = tokenize(text)
    joined = f" {' '.join(tokens)} "
    emoji_only = not tokens and not _DIGITS.search(text) and _EMOJI.search(text) is not None
    ack = emoji_only or not cues.ack.isdisjoint(tokens) or _LAUGH.search(joined) is not None
    share = (
        cues.news.search(joined)
        or own_feeling(tokens, lang)
        or ("!" in text and len(tokens) >= CONTENT_WORDS and not _SELF[lang].isdisjoint(tokens))
    )
    attention = (emoji_only and _AFFECTION.search(text) is not None) or cues.attention.search(joined)
    return TextFeatures(
        words=len(tokens),
        function_words=category_counts(tokens, lang) if tokens else _NO_WORDS,
        question_mark="?" in text,
        ack=ack,
        share=share,
        attention=attention,
    )


_SELF: Final = {
    "nl": frozenset("ik k 'k me mij mijn m'n mn we wij ons onze".split()),
    "en": frozenset("i i'm im me my mine we we're us our".split()),
}
_QUESTION_IDS: Final = frozenset({"curious.open_question", "curious.invitation", "signal.closed_question"})


def bid_kind(features: TextFeatures, question: bool, own_need: bool = False, media_only: bool = False) -> str | None:
    """The kind of bid for connection a turn makes, or ``None``.

    A **share** (news or a feeling of one's own, or the analyzer's ``needs.own_need``) is
    checked first, then **attention** (including a photo or other media sent without text),
    then a **question**. One turn gets one kind.
    """
    if features.share or own_need:
        return "share"
    if features.attention or media_only:
        return "attention"
    if question:
        return "question"
    return None


def turn_facts(
    person: int,
    start: datetime | None,
    end: datetime | None,
    messages: int,
    text: str,
    analysis: Analysis | None,
    lang: str,
) -> TurnFacts:
    """Facts of one turn from its text and the analyzer's result (``None`` for no text)."""
    if analysis is None or not text.strip():
        return TurnFacts(person, start, end, messages, bid=bid_kind(_EMPTY, False, media_only=messages > 0))
    features = text_features(text, lang)
    strengths: list[str] = []
    pitfalls: list[str] = []
    question = features.question_mark
    safety = False
    for finding in analysis.findings:
        kind = finding.kind
        if kind == "strength":
            strengths.append(finding.id)
        elif kind == "pitfall":
            pitfalls.append(finding.name)
        elif finding.id == "signal.safety" and finding.end > finding.start:
            safety = True
        if finding.id in _QUESTION_IDS:
            question = True
    own_need = "needs.own_need" in strengths
    return TurnFacts(
        person=person,
        start=start,
        end=end,
        messages=messages,
        words=features.words,
        analysed=True,
        levels=tuple(analysis.levels.get(code, 0) for code in KEY_CODES),
        strengths=tuple(strengths),
        pitfalls=tuple(pitfalls),
        safety=safety,
        question=question,
        ack=features.ack,
        bid=bid_kind(features, question, own_need),
        function_words=features.function_words,
    )


_EMPTY: Final = TextFeatures(0, _NO_WORDS, False, False, False, False)


# --------------------------------------------------------------------------------------------
# Small formulas
# --------------------------------------------------------------------------------------------


def per_100(count: int, turns: int) -> float:
    """``count`` per 100 turns (0.0 when there are no turns), rounded to two decimals."""
    return round(100.0 * count / turns, 2) if turns else 0.0


def share(count: int, total: int) -> float:
    """``count / total`` rounded to four decimals (0.0 when ``total`` is 0)."""
    return round(count / total, 4) if total else 0.0


def ratio(positive: int, negative: int) -> float | None:
    """Positive per negative, rounded to two decimals; ``None`` when nothing was negative."""
    return round(positive / negative, 2) if negative else None


def delay_bucket(seconds: float) -> int:
    """Index into :data:`DELAY_BUCKETS` for a delay of ``seconds`` (>= 0)."""
    for index, (_, upper) in enumerate(DELAY_BUCKETS):
        if seconds < upper:
            return index
    return len(DELAY_BUCKETS) - 1  # pragma: no cover - the last bound is infinite


def rounded_delay(seconds: float) -> int:
    """A delay rounded for the median: to the second under ten minutes, to the minute under a
    day, to the hour beyond. Keeps the tally small however long the chat, at little cost."""
    if seconds < 600:
        return int(seconds)
    if seconds < 86400:
        return int(seconds // 60 * 60)
    return int(seconds // 3600 * 3600)


def median_from_counts(counts: Mapping[int, int]) -> float | None:
    """The median of a tally ``{value: how often}`` (``None`` when empty)."""
    total = sum(counts.values())
    if not total:
        return None
    values = sorted(counts)
    low_rank, high_rank = (total - 1) // 2, total // 2
    low = high = None
    seen = 0
    for value in values:
        seen += counts[value]
        if low is None and seen > low_rank:
            low = value
        if seen > high_rank:
            high = value
            break
    assert low is not None and high is not None
    return (low + high) / 2


def engages(reply: TurnFacts, bid: TurnFacts | None = None) -> bool:
    """Whether a reply engages with what came before it.

    It does when it asks a question back, acknowledges (``ack``), carries any key (level >= 1),
    has content (:data:`CONTENT_WORDS` or more words), or answers a question bid with words.
    """
    if reply.question or reply.ack or any(reply.levels) or reply.words >= CONTENT_WORDS:
        return True
    return bid is not None and bid.bid == "question" and reply.words > 0


def classify_bid(
    bid: TurnFacts, reply: TurnFacts | None, delay_seconds: float | None, window: timedelta = DEFAULT_BID_WINDOW
) -> str:
    """How the other person responded to a bid: ``"toward"``, ``"away"`` or ``"against"``.

    * no reply, or a reply later than ``window`` → **away**;
    * a reply with a pitfall of :data:`AGAINST` → **against**;
    * a reply that :func:`engages` → **toward**;
    * any other reply (very short, nothing taken in, e.g. "ok" or a photo) → **away**.

    A delay of ``None`` (no times in the export) counts as within the window.
    """
    if reply is None or (delay_seconds is not None and delay_seconds > window.total_seconds()):
        return "away"
    if any(name in AGAINST for name in reply.pitfalls):
        return "against"
    return "toward" if engages(reply, bid) else "away"


# --------------------------------------------------------------------------------------------
# Results
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class KeyStat:
    """One key for one person: shares of analysed turns at level >= 1 and >= 2, findings per 100."""

    key: str
    turns_1: int
    turns_2: int
    share_1: float
    share_2: float
    per_100: float


@dataclass(frozen=True, slots=True)
class PitfallStat:
    """Turns with a pitfall, and those per 100 analysed turns."""

    name: str
    turns: int
    per_100: float


@dataclass(frozen=True, slots=True)
class MonthStat:
    """One month (``YYYY-MM``) for one person: analysed turns, key and pitfall rates per 100."""

    month: str
    turns: int
    keys: tuple[tuple[str, float], ...]
    pitfalls: tuple[tuple[str, float], ...]
    pitfall_turns_per_100: float


@dataclass(frozen=True, slots=True)
class BidStats:
    """Bids one person made, and how that person responded to the other's bids."""

    made: int
    kinds: tuple[tuple[str, int], ...]
    open: int
    toward: int
    away: int
    against: int

    @property
    def responded(self) -> int:
        return self.toward + self.away + self.against

    def rate(self, response: str) -> float:
        """Share of the other's bids this person answered in this way."""
        return share(getattr(self, response), self.responded)


@dataclass(frozen=True, slots=True)
class RhythmStats:
    """How fast one person answers: counts per :data:`DELAY_BUCKETS`, medians in seconds."""

    replies: int
    median_seconds: float | None
    buckets: tuple[int, ...]
    median_by_hour: tuple[float | None, ...]


@dataclass(frozen=True, slots=True)
class HorsemanStat:
    """One horseman and its antidote for one person: turns and turns per 100 analysed turns."""

    horseman: str
    turns: int
    per_100: float
    antidote: str
    antidote_turns: int
    antidote_per_100: float


@dataclass(frozen=True, slots=True)
class PersonMeasures:
    """Everything measured for one person of the pair."""

    turns: int
    analysed_turns: int
    messages_in_turns: int
    words: int
    keys: tuple[KeyStat, ...]
    pitfalls: tuple[PitfallStat, ...]
    monthly: tuple[MonthStat, ...]
    bids: BidStats
    rhythm: RhythmStats
    horsemen: tuple[HorsemanStat, ...]
    positive: int
    negative: int
    safety_signals: int


@dataclass(frozen=True, slots=True)
class StyleMatching:
    """Language style matching: overall, per category, and per month (``None``: too few words)."""

    overall: float | None
    categories: tuple[tuple[str, float], ...]
    monthly: tuple[tuple[str, float | None], ...]


@dataclass(frozen=True, slots=True)
class Ratio:
    """Positive findings (strengths) against negative ones (pitfalls of :data:`AGAINST`).

    For the tense stretches ``turns`` is how many turns they cover and ``stretches`` how many
    separate stretches there were; both are 0 for the overall ratio's ``stretches``.
    """

    positive: int
    negative: int
    ratio: float | None
    turns: int
    stretches: int = 0


@dataclass(frozen=True, slots=True)
class Measures:
    """The result of :class:`ChatMetrics`: one :class:`PersonMeasures` per person and the pair's."""

    people: tuple[PersonMeasures, ...]
    turns: int
    style: StyleMatching
    overall: Ratio
    tense: Ratio
    bid_window_seconds: float
    tense_radius: int
    negative_delays: int


# --------------------------------------------------------------------------------------------
# The fold
# --------------------------------------------------------------------------------------------


class _Month:
    __slots__ = ("function_words", "key_1", "pitfall_turns", "pitfalls", "turns", "words")

    def __init__(self) -> None:
        self.turns = 0
        self.words = 0
        self.key_1 = [0] * len(KEY_CODES)
        self.pitfalls: Counter[str] = Counter()
        self.pitfall_turns = 0
        self.function_words = [0] * len(CATEGORIES)


class _Person:
    def __init__(self) -> None:
        self.turns = 0
        self.analysed = 0
        self.messages = 0
        self.words = 0
        self.key_1 = [0] * len(KEY_CODES)
        self.key_2 = [0] * len(KEY_CODES)
        self.key_findings = [0] * len(KEY_CODES)
        self.pitfalls: Counter[str] = Counter()
        self.strength_turns: Counter[str] = Counter()
        self.function_words = [0] * len(CATEGORIES)
        self.months: dict[str, _Month] = {}
        self.bids_made = 0
        self.bid_kinds: Counter[str] = Counter()
        self.responses: Counter[str] = Counter()
        self.delays: Counter[int] = Counter()
        self.buckets = [0] * len(DELAY_BUCKETS)
        self.by_hour: list[Counter[int]] = [Counter() for _ in range(24)]
        self.positive = 0
        self.negative = 0
        self.safety = 0


_KEY_INDEX: Final = {code: i for i, code in enumerate(KEY_CODES)}


class ChatMetrics:
    """Fold a conversation's :class:`TurnFacts`, in order, into :class:`Measures`.

    Memory does not grow with the length of the chat beyond per-month totals and small tallies:
    each turn is added with :meth:`add` and forgotten (only the previous turn, a pending bid
    and the last :data:`TENSE_RADIUS` turns are remembered).
    """

    def __init__(
        self, persons: int = 2, bid_window: timedelta = DEFAULT_BID_WINDOW, tense_radius: int = TENSE_RADIUS
    ) -> None:
        self._people = [_Person() for _ in range(persons)]
        self._window = bid_window
        self._radius = tense_radius
        self._index = -1
        self._previous: TurnFacts | None = None
        self._pending: TurnFacts | None = None
        self._negative_delays = 0
        # tense stretches
        self._recent: deque[tuple[int, int, int]] = deque(maxlen=max(tense_radius, 0) or None)
        self._tense_until = -1
        self._last_tense = -10
        self._tense = [0, 0, 0, 0]  # turns, stretches, positive, negative

    def add(self, facts: TurnFacts) -> None:
        """Add the next turn of the conversation."""
        self._index += 1
        person = self._people[facts.person]
        person.turns += 1
        person.messages += facts.messages
        positive, negative = len(facts.strengths), facts.negative
        person.positive += positive
        person.negative += negative
        if facts.analysed:
            self._profile(person, facts)
        self._rhythm(facts)
        self._bids(facts)
        self._stretch(positive, negative)
        self._previous = facts

    def _profile(self, person: _Person, facts: TurnFacts) -> None:
        person.analysed += 1
        person.words += facts.words
        person.safety += facts.safety
        for i, level in enumerate(facts.levels):
            if level >= 1:
                person.key_1[i] += 1
                if level >= 2:
                    person.key_2[i] += 1
        for finding in facts.strengths:
            index = _KEY_INDEX.get(finding.split(".", 1)[0])
            if index is not None:
                person.key_findings[index] += 1
        names = set(facts.pitfalls)
        person.pitfalls.update(names)
        person.strength_turns.update(set(facts.strengths))
        for i, count in enumerate(facts.function_words):
            person.function_words[i] += count
        when = facts.start or facts.end
        if when is None:
            return
        key = f"{when:%Y-%m}"
        month = person.months.get(key)
        if month is None:
            month = person.months[key] = _Month()
        month.turns += 1
        month.words += facts.words
        for i, level in enumerate(facts.levels):
            if level >= 1:
                month.key_1[i] += 1
        month.pitfalls.update(names)
        month.pitfall_turns += bool(names)
        for i, count in enumerate(facts.function_words):
            month.function_words[i] += count

    def _delay(self, facts: TurnFacts) -> float | None:
        previous = self._previous
        if previous is None or previous.last is None or facts.start is None:
            return None
        return (facts.start - previous.last).total_seconds()

    def _rhythm(self, facts: TurnFacts) -> None:
        previous = self._previous
        if previous is None or previous.person == facts.person:
            return
        delay = self._delay(facts)
        if delay is None:
            return
        if delay < 0:
            self._negative_delays += 1
            return
        person = self._people[facts.person]
        rounded = rounded_delay(delay)
        person.delays[rounded] += 1
        person.buckets[delay_bucket(delay)] += 1
        assert previous.last is not None
        person.by_hour[previous.last.hour][rounded] += 1

    def _bids(self, facts: TurnFacts) -> None:
        pending = self._pending
        if pending is not None and pending.person != facts.person:
            response = classify_bid(pending, facts, self._delay(facts), self._window)
            self._people[facts.person].responses[response] += 1
            self._pending = pending = None
        if facts.bid is not None:
            person = self._people[facts.person]
            person.bids_made += 1
            person.bid_kinds[facts.bid] += 1
            if pending is None:
                self._pending = facts

    def _stretch(self, positive: int, negative: int) -> None:
        index, tense = self._index, self._tense
        if negative:
            first = self._recent[0][0] if self._recent else index
            if self._last_tense < first - 1:
                tense[1] += 1
            for _, pos, neg in self._recent:
                tense[0] += 1
                tense[2] += pos
                tense[3] += neg
            self._recent.clear()
            self._tense_until = index + self._radius
        elif index > self._tense_until:
            if self._radius > 0:
                self._recent.append((index, positive, negative))
            return
        tense[0] += 1
        tense[2] += positive
        tense[3] += negative
        self._last_tense = index

    def result(self) -> Measures:
        """The measures so far (call once the last turn was added)."""
        open_bids = [0] * len(self._people)
        if self._pending is not None:  # the export ends before anyone could answer
            open_bids[self._pending.person] = 1
        people = tuple(_person_result(p, open_bids[i]) for i, p in enumerate(self._people))
        positive = sum(p.positive for p in self._people)
        negative = sum(p.negative for p in self._people)
        turns, stretches, tense_pos, tense_neg = self._tense
        return Measures(
            people=people,
            turns=self._index + 1,
            style=_style(self._people),
            overall=Ratio(positive, negative, ratio(positive, negative), self._index + 1),
            tense=Ratio(tense_pos, tense_neg, ratio(tense_pos, tense_neg), turns, stretches),
            bid_window_seconds=self._window.total_seconds(),
            tense_radius=self._radius,
            negative_delays=self._negative_delays,
        )


def _person_result(p: _Person, open_bids: int) -> PersonMeasures:
    n = p.analysed
    keys = tuple(
        KeyStat(code, p.key_1[i], p.key_2[i], share(p.key_1[i], n), share(p.key_2[i], n), per_100(p.key_findings[i], n))
        for i, code in enumerate(KEY_CODES)
    )
    pitfalls = tuple(PitfallStat(name, p.pitfalls[name], per_100(p.pitfalls[name], n)) for name in PITFALLS)
    monthly = tuple(
        MonthStat(
            month=key,
            turns=m.turns,
            keys=tuple((code, per_100(m.key_1[i], m.turns)) for i, code in enumerate(KEY_CODES)),
            pitfalls=tuple((name, per_100(m.pitfalls[name], m.turns)) for name in PITFALLS),
            pitfall_turns_per_100=per_100(m.pitfall_turns, m.turns),
        )
        for key, m in sorted(p.months.items())
    )
    horsemen = []
    for horseman, antidote, ids in HORSEMEN:
        count = p.pitfalls[horseman]
        antidote_count = sum(p.strength_turns[i] for i in ids)
        horsemen.append(
            HorsemanStat(horseman, count, per_100(count, n), antidote, antidote_count, per_100(antidote_count, n))
        )
    rhythm = RhythmStats(
        replies=sum(p.buckets),
        median_seconds=median_from_counts(p.delays),
        buckets=tuple(p.buckets),
        median_by_hour=tuple(median_from_counts(c) for c in p.by_hour),
    )
    bids = BidStats(
        made=p.bids_made,
        kinds=tuple((kind, p.bid_kinds[kind]) for kind in BID_KINDS),
        open=open_bids,
        toward=p.responses["toward"],
        away=p.responses["away"],
        against=p.responses["against"],
    )
    return PersonMeasures(
        turns=p.turns,
        analysed_turns=n,
        messages_in_turns=p.messages,
        words=p.words,
        keys=keys,
        pitfalls=pitfalls,
        monthly=monthly,
        bids=bids,
        rhythm=rhythm,
        horsemen=tuple(horsemen),
        positive=p.positive,
        negative=p.negative,
        safety_signals=p.safety,
    )


def _style(people: Sequence[_Person]) -> StyleMatching:
    if len(people) != 2:
        return StyleMatching(None, (), ())
    a, b = people
    found = lsm(a.function_words, a.words, b.function_words, b.words)
    overall = round(found[0], 4) if found else None
    categories = tuple((c, round(s, 4)) for c, s in zip(CATEGORIES, found[1], strict=True)) if found else ()
    monthly = []
    for key in sorted(set(a.months) | set(b.months)):
        ma, mb = a.months.get(key), b.months.get(key)
        value = None
        if ma is not None and mb is not None:
            got = lsm(ma.function_words, ma.words, mb.function_words, mb.words)
            value = round(got[0], 4) if got else None
        monthly.append((key, value))
    return StyleMatching(overall, categories, tuple(monthly))


def measure(
    facts: Iterable[TurnFacts],
    persons: int = 2,
    bid_window: timedelta = DEFAULT_BID_WINDOW,
    tense_radius: int = TENSE_RADIUS,
) -> Measures:
    """Fold ``facts`` (one conversation, in order) into :class:`Measures`."""
    metrics = ChatMetrics(persons, bid_window, tense_radius)
    for item in facts:
        metrics.add(item)
    return metrics.result()


# --------------------------------------------------------------------------------------------
# Moments
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Note:
    """One finding behind a moment: its id, key, the words it is about, and what it says."""

    id: str
    key: str | None
    text: str
    explanation: str
    suggestion: str | None = None


@dataclass(frozen=True, slots=True)
class Moment:
    """A turn worth showing: a best moment (``kind="best"``) or a moment to learn from (``"learn"``).

    ``index`` is the turn's position in the conversation, ``score`` what it was ranked by.
    """

    kind: str
    person: int
    index: int
    time: datetime | None
    text: str
    context: str | None
    score: tuple[int, ...]
    notes: tuple[Note, ...]


#: Longest text kept for a moment (and for its context), in characters.
MOMENT_TEXT: Final = 320
MOMENT_CONTEXT: Final = 200


def clip(text: str, limit: int) -> str:
    """``text`` cut at ``limit`` characters (at a space when possible), with an ellipsis."""
    text = text.strip()
    if len(text) <= limit:
        return text
    cut = text[:limit]
    space = cut.rfind(" ")
    if space > limit * 0.6:
        cut = cut[:space]
    return cut.rstrip() + "…"


def best_score(analysis: Analysis) -> tuple[int, ...] | None:
    """Rank of a best moment: total strength, then number of keys; ``None`` if no strength."""
    total = sum(f.strength for f in analysis.findings if f.kind == "strength")
    if not total:
        return None
    return (total, sum(1 for v in analysis.levels.values() if v))


def learn_score(analysis: Analysis) -> tuple[int, ...] | None:
    """Rank of a moment to learn from: worst pitfall (:data:`SEVERITY`), then how many."""
    weights = [SEVERITY.get(f.name, 1) for f in analysis.findings if f.kind == "pitfall"]
    if not weights:
        return None
    return (max(weights), len(weights))


def moments(
    analysis: Analysis, person: int, index: int, time: datetime | None, text: str, context: str | None
) -> list[Moment]:
    """The best moment and/or moment to learn from that one analysed turn offers.

    Turns with a safety signal (in the turn or in what it answers) never become an example.
    Best moments carry the analyzer's explanations of the two strongest findings; moments to
    learn from carry each pitfall's explanation and suggestion.
    """
    if analysis.safety:
        return []
    found: list[Moment] = []
    clipped = clip(text, MOMENT_TEXT)
    ctx = clip(context, MOMENT_CONTEXT) if context else None
    best = best_score(analysis)
    if best is not None:
        strengths = sorted(
            (f for f in analysis.findings if f.kind == "strength"), key=lambda f: (-f.strength, -f.score, f.start)
        )
        notes = _unique_notes(Note(f.id, f.key, f.text, f.explanation) for f in strengths)[:2]
        found.append(Moment("best", person, index, time, clipped, ctx, best, notes))
    learn = learn_score(analysis)
    if learn is not None:
        pitfalls = sorted(
            (f for f in analysis.findings if f.kind == "pitfall"), key=lambda f: (-SEVERITY.get(f.name, 1), f.start)
        )
        notes = _unique_notes(Note(f.id, f.key, f.text, f.explanation, f.suggestion) for f in pitfalls)[:3]
        found.append(Moment("learn", person, index, time, clipped, ctx, learn, notes))
    return found


def _unique_notes(notes: Iterable[Note]) -> tuple[Note, ...]:
    seen: set[str] = set()
    out = []
    for note in notes:
        if note.id not in seen:
            seen.add(note.id)
            out.append(note)
    return tuple(out)


class TopK:
    """Keep the ``k`` highest-ranked moments per (kind, person) with small heaps.

    Ties go to the earlier turn, so the result does not depend on how the work was split.
    """

    def __init__(self, k: int = DEFAULT_EXAMPLES) -> None:
        self.k = k
        self._heaps: dict[tuple[str, int], list[tuple[tuple[int, ...], int, Moment]]] = {}

    def accepts(self, kind: str, person: int, score: tuple[int, ...] | None, index: int) -> bool:
        """Whether a moment with this rank would be kept (so it is only built when it will be)."""
        if score is None or self.k <= 0:
            return False
        heap = self._heaps.get((kind, person))
        return heap is None or len(heap) < self.k or (score, -index) > heap[0][:2]

    def add(self, moment: Moment) -> None:
        if self.k <= 0:
            return
        heap = self._heaps.setdefault((moment.kind, moment.person), [])
        item = (moment.score, -moment.index, moment)
        if len(heap) < self.k:
            heapq.heappush(heap, item)
        elif item[:2] > heap[0][:2]:
            heapq.heapreplace(heap, item)

    def extend(self, items: Iterable[Moment]) -> None:
        for moment in items:
            self.add(moment)

    def items(self) -> list[Moment]:
        """Everything kept, unordered (for merging one chunk's moments into another's)."""
        return [item[2] for heap in self._heaps.values() for item in heap]

    def ranked(self, kind: str, persons: int = 2) -> tuple[Moment, ...]:
        """The kept moments of ``kind``: person by person, best first."""
        out: list[Moment] = []
        for person in range(persons):
            heap = self._heaps.get((kind, person), [])
            out.extend(m for _, _, m in sorted(heap, key=lambda item: item[:2], reverse=True))
        return tuple(out)
