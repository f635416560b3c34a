"""Text handling shared by every recognizer: folding, tokens with offsets, sentences.

The analyzer never changes the text it reports on. Tokens keep their character offsets into the
original reply, and matching happens on a *folded* copy (lowercase, accents removed, curly quotes
straightened) so that ``Wàt  VERVELEND`` and ``wat vervelend`` look the same to the lexicons.
Everything here is linear in the length of the text.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from typing import NamedTuple

# Words (with inner apostrophes and hyphens: "z'n", "don't", "ex-vriend"), or any other single
# non-space character (punctuation, each emoji code point). \w is Unicode-aware.
_TOKEN = re.compile(r"\w+(?:['’\-]\w+)*|[^\w\s]")
_TOKEN_NL = re.compile(r"\w+(?:['’\-]\w+)*|\n|[^\w\s]")
# The same tokens for lowercased ASCII text without newlines, spelled out with ASCII classes (a
# quarter faster than Unicode \w). For str patterns \s also matches \x1c-\x1f, hence the class.
_TOKEN_ASCII = re.compile(r"[a-z0-9_]+(?:['\-][a-z0-9_]+)*|[^a-z0-9_ \t\n\r\x0b\x0c\x1c-\x1f]")
_SENTENCE_END = frozenset(".!?…\n")
_QUOTES_OPEN = frozenset("\"“„«‘‚'")
_QUOTES_CLOSE = frozenset("\"”»’'")


def _build_fold_table() -> dict[int, str]:
    table: dict[int, str] = {}
    for cp in range(0xC0, 0x250):
        ch = chr(cp)
        base = unicodedata.normalize("NFKD", ch)
        stripped = "".join(c for c in base if not unicodedata.combining(c))
        if stripped != ch and stripped.isascii():
            table[cp] = stripped.lower()
    table.update({ord("’"): "'", ord("‘"): "'", ord("ß"): "ss", ord("æ"): "ae", ord("ø"): "o"})
    return table


_FOLD = _build_fold_table()


def fold(text: str) -> str:
    """Lowercase, strip common Latin accents, straighten apostrophes: ``"Één’tje"`` → ``"een'tje"``."""
    low = text.lower()
    return low if low.isascii() else low.translate(_FOLD)


_STRETCH = re.compile(r"(\w)\1{2,}")
_TRIPLE = re.compile(r"(.)\1\1")


def squeeze(word: str) -> str:
    """Collapse letters repeated three or more times (chat stretching): ``sooooo`` → ``soo``."""
    return _STRETCH.sub(r"\1\1", word)


class Sentence(NamedTuple):
    """A run of tokens ending in . ! ? … or a newline; ``first``/``last`` index tokens.

    A named tuple rather than a frozen dataclass: every reply is split into sentences, and a
    tuple is built several times faster (fields read the same, it is just as immutable).
    """

    first: int
    last: int  # exclusive
    question_mark: bool
    exclamation: bool


_new_tuple = tuple.__new__


class Doc:
    """A tokenised text: folded token forms (``norms``), their offsets and the sentences.

    Offsets are computed lazily: most texts are only matched, and only texts with findings need
    character spans. Everything here is linear in the length of the text.
    """

    __slots__ = (
        "_breaks",
        "_ends",
        "_firsts",
        "_quotes",
        "_raw",
        "_sentences",
        "_src",
        "_starts",
        "norms",
        "text",
    )

    def __init__(self, text: str) -> None:
        self.text = text
        breaks: set[int] = set()
        if "\n" not in text and text.isascii():
            # The common case. For ASCII, lowercasing keeps every character where it is and in its
            # class (word, space, other), so the tokens of the lowercased text are the folded
            # tokens, at the same offsets: one regex pass, no per-token folding.
            low = text.lower()
            raw = folded = _TOKEN_ASCII.findall(low)
            self._src = low  # where the raw tokens are found again for offsets
        else:
            raw = _TOKEN_NL.findall(text)
            if "\n" in text:
                kept = []
                for t in raw:
                    if t == "\n":
                        breaks.add(len(kept))
                    else:
                        kept.append(t)
                raw = kept
            # tokens never hold whitespace, so a newline safely separates them for one fold() call
            folded = fold("\n".join(raw)).split("\n") if raw else []
            self._src = text
        self._raw = raw
        # a cheap pre-check (any character three times in a row) before the per-token squeeze
        self.norms = [squeeze(t) for t in folded] if _TRIPLE.search(text) else folded
        self._starts: list[int] | None = None
        self._ends: list[int] | None = None
        # sentences are split lazily too: a context message often only needs its tokens
        self._breaks = breaks
        self._sentences: tuple[Sentence, ...] | None = None
        self._firsts: list[int] | None = None
        self._quotes: bool | None = None  # whether any token can open a quotation

    @property
    def sentences(self) -> tuple[Sentence, ...]:
        got = self._sentences
        if got is None:
            got = self._split_sentences(self._breaks)
            # _firsts first: another thread may read _sentences as soon as it is set
            self._firsts = [s.first for s in got]
            self._sentences = got
        return got

    def __len__(self) -> int:
        return len(self.norms)

    def _offsets(self) -> None:
        starts, ends = [], []
        pos = 0
        find = self._src.find
        for t in self._raw:
            pos = find(t, pos)
            starts.append(pos)
            pos += len(t)
            ends.append(pos)
        self._starts, self._ends = starts, ends

    @property
    def starts(self) -> list[int]:
        if self._starts is None:
            self._offsets()
        return self._starts  # type: ignore[return-value]

    @property
    def ends(self) -> list[int]:
        if self._ends is None:
            self._offsets()
        return self._ends  # type: ignore[return-value]

    def _split_sentences(self, breaks: set[int]) -> tuple[Sentence, ...]:
        norms = self.norms
        n = len(norms)
        ends = [i for i, t in enumerate(norms) if t in _SENTENCE_END]
        if breaks:
            ends = sorted(set(ends) | {b - 1 for b in breaks if 0 < b <= n})
        out: list[Sentence] = []
        first = 0
        for i in ends:
            if i < first:
                continue
            # absorb a run of closing punctuation such as "?!" or "..."
            if i + 1 < n and norms[i + 1] in _SENTENCE_END and (i + 1) not in breaks:
                continue
            out.append(self._sentence(first, i + 1))
            first = i + 1
        if first < n:
            out.append(self._sentence(first, n))
        return tuple(out)

    def _sentence(self, first: int, last: int) -> Sentence:
        tail = self.norms[max(first, last - 3) : last]
        q = "?" in tail
        return _new_tuple(Sentence, (first, last, q, not q and "!" in tail))

    def span(self, first: int, last: int) -> tuple[int, int]:
        """Character offsets in the original text of tokens ``first`` .. ``last - 1``."""
        return self.starts[first], self.ends[last - 1]

    def sentence_of(self, token: int) -> Sentence:
        sentences = self._sentences
        if sentences is None:
            sentences = self.sentences
        i = bisect_right(self._firsts, token) - 1  # type: ignore[arg-type]
        return sentences[i if i > 0 else 0]

    def in_quotes(self, token: int) -> bool:
        """Whether a token stands inside quotation marks within its sentence (reported speech)."""
        if self._quotes is None:
            self._quotes = not _QUOTES_OPEN.isdisjoint(self.norms)
        if not self._quotes:
            return False  # nothing can be open: the common case, answered without a scan
        s = self.sentence_of(token)
        opened = False
        # a bounded look-back keeps this linear on pathological, punctuation-free input
        for j in range(max(s.first, token - 60), token):
            t = self.norms[j]
            if t in _QUOTES_OPEN and not opened:
                # a lone apostrophe inside a word is not a quote ("z'n" is one token already)
                opened = True
            elif t in _QUOTES_CLOSE and opened:
                opened = False
        if not opened:
            return False
        return any(self.norms[j] in _QUOTES_CLOSE for j in range(token + 1, min(s.last, token + 60)))
