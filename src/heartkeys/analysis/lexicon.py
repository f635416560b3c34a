"""Phrase lexicons: a tiny pattern language expanded into one Aho-Corasick automaton.

Language data (``lang/nl``, ``lang/en``) writes cues as patterns:

* words separated by spaces, matched on whole tokens, case- and accent-insensitive;
* ``(a|b|c d)`` alternatives (an alternative may have several words);
* ``[x y]`` or ``(x|y)?`` an optional part (with alternatives);
* ``{SLOT}`` any entry of a word list the language defines (``SLOTS["SLOT"]``).

Every pattern is expanded at load time into plain phrases, tokenised exactly like a reply, and
added to a single automaton, so one linear pass over a reply finds every cue of every recognizer.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from itertools import repeat
from typing import NamedTuple

import ahocorasick

from .text import _STRETCH, _TOKEN, Doc, fold, squeeze

MAX_EXPANSION = 20_000


class PatternError(ValueError):
    """A lexicon pattern could not be parsed or expands to too many phrases."""


def _split_top(pattern: str, sep: str) -> list[str]:
    """Split on ``sep`` outside brackets."""
    parts, depth, cur = [], 0, []
    for ch in pattern:
        if ch in "([{":
            depth += 1
        elif ch in ")]}":
            depth -= 1
            if depth < 0:
                raise PatternError(f"unbalanced brackets in {pattern!r}")
        if ch == sep and depth == 0:
            parts.append("".join(cur))
            cur = []
        else:
            cur.append(ch)
    if depth:
        raise PatternError(f"unbalanced brackets in {pattern!r}")
    parts.append("".join(cur))
    return parts


def expand(pattern: str, slots: Mapping[str, Iterable[str]] | None = None) -> list[str]:
    """All plain phrases a pattern stands for (order kept, duplicates removed)."""
    options = {name: [tuple(o.split()) for o in words] for name, words in (slots or {}).items()}
    return [" ".join(p) for p in _expand_tokens(pattern, options, lambda word: (word,))]


def _expand_tokens(
    pattern: str,
    slots: Mapping[str, list[tuple[str, ...]]],
    tok: Callable[[str], tuple[str, ...]],
    memo: dict[str, list] | None = None,
    empty: tuple | str = (),
) -> list:
    """The phrases of a pattern, each built from what ``tok`` makes of its words.

    :func:`expand` uses it with words as they are; compiling a lexicon uses it with ``empty=""``
    and a ``tok`` that returns a word's token codes, so that the tens of thousands of phrases,
    made of a few thousand words, come out encoded without tokenising each phrase (what
    dominated a cold start). ``memo`` keeps sub-patterns already expanded in one build.
    """
    if memo is not None:
        # the cue files repeat their building blocks (intensifiers, "you're" spellings…): a
        # sub-pattern seen before in this build expands to the same phrases
        got = memo.get(pattern)
        if got is not None:
            return got
    results: list = [empty]
    for part in (p for p in _split_top(pattern.strip(), " ") if p):
        if part[0] == "(" and part[-1] == ")":
            options = [o for alt in _split_top(part[1:-1], "|") for o in _expand_tokens(alt, slots, tok, memo, empty)]
        elif (part[0] == "[" and part[-1] == "]") or (part[0] == "(" and part.endswith(")?")):
            inner = part[1:-1] if part[-1] == "]" else part[1:-2]
            options = [
                empty,
                *(o for alt in _split_top(inner, "|") for o in _expand_tokens(alt, slots, tok, memo, empty)),
            ]
        elif part[0] == "{" and part[-1] == "}":
            name = part[1:-1]
            if name not in slots:
                raise PatternError(f"unknown slot {{{name}}} in {pattern!r}")
            options = slots[name]
        elif any(c in part for c in "()[]{}|"):
            raise PatternError(f"brackets must surround whole words in {pattern!r}: {part!r}")
        else:
            options = [tok(part)]
        results = [r + o for r in results for o in options]
        if len(results) > MAX_EXPANSION:
            raise PatternError(f"{pattern!r} expands to more than {MAX_EXPANSION} phrases")
    out = list(dict.fromkeys(results))
    if memo is not None:
        memo[pattern] = out
    return out


class Hit(NamedTuple):
    """A cue found in a doc: tokens ``first`` .. ``last - 1`` matched a phrase of ``cue``.

    A named tuple (immutable, compared by value) because several are made per reply and a
    tuple is built several times faster than a frozen dataclass.
    """

    cue: str
    first: int
    last: int


_new_tuple = tuple.__new__


def _hit_order(h: Hit) -> tuple[int, int]:
    return (h.first, -h.last)


class _Codes(dict):
    """Word → one code point, handing out the next free one to a new word (0 and 1 are reserved;
    1 stands for any unknown token in a text)."""

    def __missing__(self, word: str) -> str:
        n = len(self) + 2
        if n >= 0xD800:
            raise PatternError("too many distinct words in the language data")
        code = self[word] = chr(n)
        return code


class Lexicon:
    """All cues of one language compiled into two automata.

    Slot words are not spelled out phrase by phrase (``{NEG_TRAIT}`` after ten optional words
    would make tens of thousands of phrases). Each one-word slot entry is instead replaced, in
    the phrases and in the text alike, by a marker for the set of slots it belongs to; phrases
    with a marker are matched on that "classed" copy of the text, the others on the plain copy.
    Slot entries of several words are still spelled out.

    The automata work on tokens, not characters: every token of the data gets a code point of
    its own, a phrase is the string of its tokens' code points and a text the string of its
    tokens' (unknown tokens share one code point). That keeps the tries small and every match
    aligned to whole tokens.
    """

    def __init__(
        self,
        cues: Mapping[str, Iterable[str]],
        slots: Mapping[str, Iterable[str]] | None = None,
        fillers: frozenset[str] = frozenset(),
    ):
        # Fillers ("echt", "heel", "really") are transparent: left out of both the phrases and
        # the text they are matched on, so "ik snap echt heel goed dat" matches "ik snap goed dat"
        # without every pattern having to spell out every intensifier.
        self.fillers = fillers
        findall = _TOKEN.findall
        # Tens of thousands of expanded phrases are made of a few thousand words, so phrases are
        # tokenised word by word through a cache (what dominated a cold start). That is exact:
        # no token spans a space, and folding a word does not depend on its neighbours.
        words_seen: dict[str, tuple[tuple[str, ...], bool]] = {}

        def tokens_of(phrase: str) -> tuple[str, ...]:
            # the same folding and tokenising as Doc, without building a whole Doc
            toks: list[str] = []
            stretched = False
            for word in phrase.split(" "):
                got = words_seen.get(word)
                if got is None:
                    got = words_seen[word] = (tuple(findall(fold(word))), _STRETCH.search(word) is not None)
                toks += got[0]
                stretched = stretched or got[1]
            # as for a whole phrase: one stretched word squeezes all its tokens
            return tuple(squeeze(t) for t in toks) if stretched else tuple(toks)

        # one-word slot entries → the set of slots of each word → one marker per distinct set
        classes: dict[str, set[str]] = {}
        multi: dict[str, list[str]] = {}
        for name, words in (slots or {}).items():
            multi[name] = []
            for w in words:
                toks = tuple(t for t in tokens_of(w) if t not in fillers)
                if len(toks) == 1:
                    classes.setdefault(toks[0], set()).add(name)
                elif toks:
                    multi[name].append(" ".join(toks))
        markers: dict[frozenset[str], str] = {}
        self.token_class: dict[str, str] = {}
        for word, names in classes.items():
            key = frozenset(names)
            # a made-up word that real text does not contain (and that tokenises as one token)
            marker = markers.setdefault(key, f"hkslot{len(markers)}x")
            self.token_class[word] = marker
        slot_options: dict[str, list[str]] = {
            name: [m for key, m in markers.items() if name in key] + multi.get(name, []) for name in multi
        }
        # Phrases are built as strings of token codes (one character per token) straight away:
        # words are tokenised and encoded once, and the per-phrase work is string operations. So
        # that fillers and slot words can be handled on codes, they get their codes first.
        vocab = self.vocab = _Codes()
        for word in (*sorted(fillers), *sorted(set(markers.values())), *self.token_class):
            vocab[word]
        drop_fillers = {ord(vocab[f]): None for f in fillers}
        # a slot word written out in a phrase with a marker is matched as its marker, like in text
        to_marker = {ord(vocab[w]): vocab[m] for w, m in self.token_class.items()}
        marker_codes = {vocab[m] for m in markers.values()}
        marker_search = (
            re.compile("[" + "".join(re.escape(c) for c in sorted(marker_codes)) + "]").search if marker_codes else None
        )
        word_codes_seen: dict[str, str] = {}

        def word_codes(word: str) -> str:
            got = word_codes_seen.get(word)
            if got is None:
                seen = words_seen.get(word)
                if seen is None:
                    seen = words_seen[word] = (tuple(findall(fold(word))), _STRETCH.search(word) is not None)
                toks = tuple(squeeze(t) for t in seen[0]) if seen[1] else seen[0]
                got = word_codes_seen[word] = "".join([vocab[t] for t in toks])
            return got

        slot_codes = {
            name: list(dict.fromkeys("".join([vocab[t] for t in tokens_of(o)]) for o in opts))
            for name, opts in slot_options.items()
        }
        memo: dict[str, list] = {}
        plain_table: dict[str, set[tuple[str, int]]] = {}
        classed_table: dict[str, set[tuple[str, int]]] = {}
        self.sizes: dict[str, int] = {}
        self.widened: set[str] = set()
        for cue, patterns in cues.items():
            count = 0
            for pattern in patterns:
                # Fillers vanish from the text, so they vanish from phrases too. A pattern whose
                # filler was required ("ik doe (even|…)") is widened by that; such patterns are
                # collected in ``widened`` so that the data's authors can check them, and a
                # phrase that would shrink to one word is left out.
                phrases = _expand_tokens(pattern, slot_codes, word_codes, memo, "")
                pairs = [(p, p.translate(drop_fillers)) for p in phrases]
                plain = {p for p, stripped in pairs if len(p) == len(stripped)}
                for codes, stripped in pairs:
                    if len(stripped) != len(codes):
                        if stripped not in plain:
                            self.widened.add(pattern)
                        if len(stripped) < 2:
                            continue
                        codes = stripped
                    if not codes:
                        continue
                    if marker_search is not None and marker_search(codes):
                        codes = codes.translate(to_marker)
                        table = classed_table
                    else:
                        table = plain_table
                    table.setdefault(codes, set()).add((cue, len(codes)))
                    count += 1
            self.sizes[cue] = count
        self.vocab = dict(self.vocab)  # a plain dict from here on: looking up text never adds words
        # Each word's code in the plain text and in the classed text, as one two-character string:
        # one dict lookup per token encodes both texts, which are then its even and odd characters.
        unknown = "\x01"
        self.codes2: dict[str, str] = {}
        for word in {*self.vocab, *self.token_class}:
            plain = self.vocab.get(word, unknown)
            marker = self.token_class.get(word)
            self.codes2[word] = plain + (plain if marker is None else self.vocab.get(marker, unknown))
        self.automaton = self._build(plain_table)
        self.classed = self._build(classed_table) if classed_table else None

    @staticmethod
    def _build(table: dict[str, set[tuple[str, int]]]) -> ahocorasick.Automaton:
        """One automaton over the encoded phrases of ``table``.

        pyahocorasick finds a node's child by a linear scan of the children in the order they
        were added, and after every mismatch a text's next token is looked up among the root's
        children: hundreds of them. Unknown tokens (``\x01``, a third of a chat's tokens) and
        tokens that start no phrase missed the whole list every time. So the root's children are
        laid out first, each as a prefix of a word that can never match (it ends in ``\x00``,
        a code no text holds): ``\x01`` first, then every code of the data, most used first.
        Dead-end words add nodes but no matches; what the automaton reports is unchanged.
        """
        automaton = ahocorasick.Automaton()
        automaton.add_word("\x01\x00", ())
        uses = Counter("".join(table))
        for code in sorted(uses, key=lambda c: (-uses[c], c)):
            automaton.add_word(code + "\x00", ())
        for key, values in table.items():
            automaton.add_word(key, tuple(sorted(values)))
        automaton.make_automaton()
        return automaton

    def find(self, doc: Doc) -> dict[str, list[Hit]]:
        """Every cue occurrence in ``doc``, grouped by cue, in text order."""
        found: dict[str, list[Hit]] = {}
        norms = doc.norms
        if not norms:
            return found
        fillers = self.fillers
        if fillers.isdisjoint(norms):
            words = norms  # the common case: every token kept, a position is its token index
            scan = self._scan_plain
        else:
            kept = [i for i, t in enumerate(norms) if t not in fillers]
            if not kept:
                return found
            words = [norms[i] for i in kept]

            def scan(automaton: ahocorasick.Automaton, text: str, found: dict[str, list[Hit]]) -> None:
                self._scan(automaton, text, kept, found)

        # one lookup per token encodes the plain and the classed text at once (see codes2)
        both = "".join(map(self.codes2.get, words, repeat("\x01\x01")))
        plain = both[::2]
        scan(self.automaton, plain, found)
        if self.classed is not None:
            classed = both[1::2]
            if classed != plain:  # some token belongs to a slot
                scan(self.classed, classed, found)
        for hits in found.values():
            if len(hits) > 1:
                hits.sort(key=_hit_order)
        return found

    @staticmethod
    def _scan_plain(automaton: ahocorasick.Automaton, text: str, found: dict[str, list[Hit]]) -> None:
        # no fillers left out: a token's position in the text is its index
        for end, values in automaton.iter(text):
            for cue, n in values:
                hits = found.get(cue)
                if hits is None:
                    hits = found[cue] = []
                hits.append(_new_tuple(Hit, (cue, end - n + 1, end + 1)))

    @staticmethod
    def _scan(automaton: ahocorasick.Automaton, text: str, kept: list[int], found: dict[str, list[Hit]]) -> None:
        # one character per token: the match's end index is its last token's position
        for end, values in automaton.iter(text):
            for cue, n in values:
                found.setdefault(cue, []).append(_new_tuple(Hit, (cue, kept[end - n + 1], kept[end] + 1)))
