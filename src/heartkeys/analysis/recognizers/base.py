"""What every recognizer shares: the per-reply state it reads and the candidates it yields.

A recognizer is mostly language data plus a small hook. It reads cue hits that the engine has
already found (one Aho-Corasick pass for all recognizers), looks at the tokens around them with
the helpers below, and yields :class:`Candidate` objects. The engine, not the recognizer, merges
overlaps, drops weak results, renders explanations and suggestions and computes the levels.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING, ClassVar, NamedTuple

from ..lexicon import Hit
from ..text import Doc, Sentence

#: After a negation these make it additive ("you're not only tired but…", "niet alleen…").
NOT_ONLY = frozenset(("only", "alleen", "enkel"))

#: Before a reporting verb these name no speaker ("whatever it says", "wat het zegt").
NOT_A_SPEAKER = frozenset("it whatever what this that het wat dat dit".split())

#: Longest phrase in tokens that the overlap test has to look back for.
MAX_PHRASE = 24

_new_tuple = tuple.__new__  # Candidate(...) with every field given, without the Python-level __new__


@lru_cache(maxsize=65536)
def _lemma(word: str, lang: str) -> str:
    # imported on first use: simplemma takes a tenth of a second to import, and only replies
    # with a context message need lemmas
    import simplemma

    return simplemma.lemmatize(word, lang=lang)


#: per language: word -> lemma (a plain dict in front of the lru_cache: a dict lookup per word is
#: several times cheaper), bounded like the cache behind it
_LEMMAS: dict[str, dict[str, str]] = {}


def lemmas_of(words: Iterable[str], lang: str) -> set[str]:
    """The lemmas of ``words`` (simplemma), through a per-language cache."""
    lemmas = _LEMMAS.setdefault(lang, {})
    get = lemmas.get
    out = set()
    for t in words:
        lemma = get(t)
        if lemma is None:
            if len(lemmas) >= 65536:
                lemmas.clear()
            lemma = lemmas[t] = _lemma(t, lang)
        out.add(lemma)
    return out


def content_lemmas(data: LangData, norms: list[str], first: int = 0, last: int | None = None) -> set[str]:
    """Lemmas of the content words (three letters or more, not stop words) of ``norms[first:last]``:
    what paraphrase, shared experience and "taking up their words" compare."""
    stop = data.STOPWORDS
    return lemmas_of((t for t in norms[first:last] if len(t) > 2 and t.isalpha() and t not in stop), data.lang)


def has_negation(data: LangData, norms: Iterable[str]) -> bool:
    """Whether any token negates ("niet", "never", "don't"…)."""
    negs = data.NEGATIONS
    return any(t in negs or t.endswith("n't") for t in norms)


if TYPE_CHECKING:
    from ..registry import LangData


class Candidate(NamedTuple):
    """A proposed finding over tokens ``first`` .. ``last - 1`` of the reply.

    ``reason`` names the message used for the explanation (defaults to ``id``); ``params`` fill
    its placeholders; ``adjustments`` record how the context pass changed the score (Presidio's
    idea: a score never changes without saying why).

    Immutable and compared by value. A named tuple rather than a frozen dataclass because
    several are built per reply and a tuple is built several times faster (use ``c._replace``
    for a changed copy).
    """

    id: str
    key: str | None
    first: int
    last: int
    strength: int = 0
    score: float = 0.8
    reason: str | None = None
    params: tuple[tuple[str, str], ...] = ()
    adjustments: tuple[str, ...] = ()


@dataclass(slots=True)
class State:
    """Everything known about one reply while it is analysed."""

    doc: Doc
    hits: dict[str, list[Hit]]
    data: LangData
    context_doc: Doc | None = None
    context_hits: dict[str, list[Hit]] = field(default_factory=dict)
    found: list[Candidate] = field(default_factory=list)
    _neg: frozenset[int] | None = None
    _firsts: dict[str, list[int]] = field(default_factory=dict)
    _reporting: bool | None = None  # whether the reply holds a reporting verb at all
    _context_lemmas: set[str] | None = None

    def context_lemmas(self) -> set[str]:
        """Content lemmas of the message being answered, computed once for every recognizer."""
        got = self._context_lemmas
        if got is None:
            got = self._context_lemmas = (
                content_lemmas(self.data, self.context_doc.norms) if self.context_doc is not None else set()
            )
        return got

    # --- cue access -------------------------------------------------------------------------
    # These run dozens of times per reply and most cues have no hit: plain loops with an early
    # exit, and a membership test before any real work, cost less than any() over a generator.
    def get(self, cue: str) -> list[Hit]:
        return self.hits.get(cue, [])

    def any(self, *cues: str) -> bool:
        hits = self.hits
        for cue in cues:  # noqa: SIM110 (a loop is faster than any() over a generator)
            if cue in hits:
                return True
        return False

    def context_has(self, *cues: str) -> bool:
        hits = self.context_hits
        for cue in cues:  # noqa: SIM110 (a loop is faster than any() over a generator)
            if cue in hits:
                return True
        return False

    def hits_in(self, cue: str, first: int, last: int) -> list[Hit]:
        """Hits of ``cue`` that start in tokens ``first`` .. ``last - 1`` (bisect: no quadratic scans)."""
        hits = self.hits.get(cue)
        if not hits:
            return []
        firsts = self._firsts.get(cue)
        if firsts is None:
            firsts = self._firsts[cue] = [h.first for h in hits]
        return hits[bisect_left(firsts, first) : bisect_left(firsts, last)]

    def has_in(self, first: int, last: int, *cues: str) -> bool:
        hits = self.hits
        for c in cues:  # noqa: SIM110 (a loop is faster than any() over a generator)
            if c in hits and self.hits_in(c, first, last):
                return True
        return False

    def overlaps(self, hit: Hit, *cues: str) -> bool:
        """Whether ``hit`` overlaps a hit of any of ``cues`` (used for exceptions)."""
        hits = self.hits
        first = hit.first
        for c in cues:
            if c in hits:
                # phrases are short, so any overlapping hit starts within MAX_PHRASE tokens before
                for h in self.hits_in(c, first - MAX_PHRASE, hit.last):
                    if h.last > first:
                        return True
        return False

    # --- token helpers ----------------------------------------------------------------------
    def tok(self, i: int) -> str:
        norms = self.doc.norms
        return norms[i] if 0 <= i < len(norms) else ""

    def sentence(self, i: int) -> Sentence:
        return self.doc.sentence_of(i)

    def clause(self, i: int) -> tuple[int, int]:
        """Token range of the clause around token ``i`` (split at punctuation and conjunctions)."""
        s = self.doc.sentence_of(i)
        breaks = self.data.CLAUSE_BREAKS
        norms = self.doc.norms
        # bounded so that a huge, unpunctuated text stays linear
        lo, hi = max(s.first, i - 40), min(s.last, i + 40)
        a = i
        while a > lo and norms[a - 1] not in breaks:
            a -= 1
        b = i + 1
        while b < hi and norms[b] not in breaks:
            b += 1
        return a, b

    def _negated(self) -> frozenset[int]:
        """Tokens inside a negation's scope: up to 4 tokens either side within the clause.

        Dutch puts ``niet`` after the verb and often after the word it negates ("boos ben ik
        niet"), so the scope looks both ways; it stops at clause breaks. "Not only" / "niet
        alleen" adds rather than denies and opens no scope.
        """
        if self._neg is not None:
            return self._neg
        norms = self.doc.norms
        negs, breaks = self.data.NEGATIONS, self.data.CLAUSE_BREAKS
        out: set[int] = set()
        for i, t in enumerate(norms):
            if t in negs or t.endswith("n't"):
                if i + 1 < len(norms) and norms[i + 1] in NOT_ONLY:
                    continue  # "not only… but also", "niet alleen…": adding, not denying
                for step in (1, -1):
                    j = i + step
                    for _ in range(4):
                        if not 0 <= j < len(norms) or norms[j] in breaks:
                            break
                        out.add(j)
                        j += step
        self._neg = frozenset(out)
        return self._neg

    def negated(self, first: int, last: int | None = None) -> bool:
        neg = self._neg
        if neg is None:
            neg = self._negated()
        if not neg:
            return False  # most replies hold no negation at all
        last = first + 1 if last is None else last
        return any(i in neg for i in range(first, last))

    def negated_before(self, i: int, window: int = 3) -> bool:
        """A negation within ``window`` tokens before token ``i``, in its clause ("niet boos")."""
        a, _ = self.clause(i)
        negs = self.data.NEGATIONS
        return any(self.doc.norms[j] in negs or self.doc.norms[j].endswith("n't") for j in range(max(a, i - window), i))

    def quoted(self, i: int) -> bool:
        """Inside quotation marks, or right after a reporting verb ("ze zei stel je niet aan")."""
        if self.doc.in_quotes(i):
            return True
        reporting = self.data.REPORTING_VERBS
        norms = self.doc.norms
        if self._reporting is None:
            # most replies report nobody's words: one set test answers every later call
            self._reporting = not reporting.isdisjoint(norms)
        if not self._reporting:
            return False
        s = self.doc.sentence_of(i)
        # "whatever it says, we're in the same boat": a scan result or a text "says", no one speaks
        things = NOT_A_SPEAKER
        return any(
            norms[j] in reporting and not (j > 0 and norms[j - 1] in things) for j in range(max(s.first, i - 4), i)
        )

    def near(self, words: frozenset[str], first: int, last: int, before: int = 4, after: int = 0) -> int | None:
        """Index of the nearest token in ``words`` within the window, staying inside the clause."""
        a, b = self.clause(first)
        for j in range(first - 1, max(a, first - before) - 1, -1):
            if self.doc.norms[j] in words:
                return j
        for j in range(last, min(b, last + after)):
            if self.doc.norms[j] in words:
                return j
        return None

    def first_content(self, s: Sentence) -> int:
        """First token of a sentence after openers such as "en", "maar", "hey", "oké"."""
        i = s.first
        skip = self.data.OPENERS
        norms = self.doc.norms
        while i < s.last - 1 and (norms[i] in skip or not norms[i][0].isalnum() or norms[i].rpartition("-")[2] in skip):
            i += 1
        return i

    def around(self, i: int, reach: int = 40) -> tuple[int, int]:
        """Token range of the sentence of ``i``, but at most ``reach`` tokens either side
        (keeps per-hit scans bounded on huge, unpunctuated input)."""
        s = self.doc.sentence_of(i)
        return max(s.first, i - reach), min(s.last, i + reach)

    def words_around(self, i: int, reach: int = 40) -> list[str]:
        a, b = self.around(i, reach)
        return self.doc.norms[a:b]

    def text_of(self, first: int, last: int) -> str:
        a, b = self.doc.span(first, last)
        return self.doc.text[a:b]


class Recognizer:
    """Base class: subclasses set ``key`` and ``name`` and implement :meth:`analyze`.

    Subclasses are discovered automatically by the registry (any module in this package).
    ``order`` lets a recognizer run after others when it reads their candidates (pitfalls that
    depend on acknowledgement, for instance).
    """

    key: ClassVar[str | None] = None
    name: ClassVar[str] = ""
    order: ClassVar[int] = 0
    #: Cues whose presence makes this recognizer worth running; empty means "always run".
    triggers: ClassVar[frozenset[str]] = frozenset()

    def __init__(self, data: LangData):
        self.data = data

    def applies(self, st: State) -> bool:
        """Cheap pre-check so that a short neutral reply does not pay for every recognizer."""
        return not self.triggers or not self.triggers.isdisjoint(st.hits)

    def analyze(self, st: State) -> Iterator[Candidate]:  # pragma: no cover - interface
        raise NotImplementedError
        yield

    def from_hits(
        self,
        st: State,
        cue: str,
        finding: str,
        strength: int = 0,
        score: float = 0.8,
        skip_negated: bool = False,
        skip_quoted: bool = False,
        unless: tuple[str, ...] = (),
    ) -> Iterable[Candidate]:
        """One candidate per hit of ``cue`` (the common case: a phrase is the evidence).

        Returns a list rather than being a generator: most cues have no hit in a given reply,
        and ``yield from ()`` costs much less than starting and finishing a generator.
        """
        hits = st.hits.get(cue)
        if not hits:
            return ()
        out = []
        for h in hits:
            if skip_negated and st.negated(h.first, h.last):
                continue
            if skip_quoted and st.quoted(h.first):
                continue
            if unless and st.overlaps(h, *unless):
                continue
            out.append(_new_tuple(Candidate, (finding, self.key, h.first, h.last, strength, score, None, (), ())))
        return out
