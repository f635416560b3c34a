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

from bisect import bisect_right
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

import ahocorasick

from .text import _TOKEN, Doc, fold, squeeze

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
    slots = slots or {}
    results = [""]
    for part in (p for p in _split_top(pattern.strip(), " ") if p):
        if part[0] == "(" and part[-1] == ")":
            options = [o for alt in _split_top(part[1:-1], "|") for o in expand(alt, slots)]
        elif (part[0] == "[" and part[-1] == "]") or (part[0] == "(" and part.endswith(")?")):
            inner = part[1:-1] if part[-1] == "]" else part[1:-2]
            options = ["", *(o for alt in _split_top(inner, "|") for o in expand(alt, slots))]
        elif part[0] == "{" and part[-1] == "}":
            name = part[1:-1]
            if name not in slots:
                raise PatternError(f"unknown slot {{{name}}} in {pattern!r}")
            options = list(slots[name])
        elif any(c in part for c in "()[]{}|"):
            raise PatternError(f"brackets must surround whole words in {pattern!r}: {part!r}")
        else:
            options = [part]
        results = [f"{r} {o}".strip() for r in results for o in options]
        if len(results) > MAX_EXPANSION:
            raise PatternError(f"{pattern!r} expands to more than {MAX_EXPANSION} phrases")
    return list(dict.fromkeys(results))


@dataclass(frozen=True, slots=True)
class Hit:
    """A cue found in a doc: tokens ``first`` .. ``last - 1`` matched a phrase of ``cue``."""

    cue: str
    first: int
    last: int


class Lexicon:
    """All cues of one language compiled into one automaton."""

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
        self.automaton = ahocorasick.Automaton()
        table: dict[str, set[tuple[str, int]]] = {}
        self.sizes: dict[str, int] = {}
        findall = _TOKEN.findall
        self.widened: set[str] = set()
        for cue, patterns in cues.items():
            count = 0
            for pattern in patterns:
                # Fillers vanish from the text, so they vanish from phrases too. A pattern whose
                # filler was required ("ik doe (even|…)") is widened by that; such patterns are
                # collected in ``widened`` so that the data's authors can check them, and a
                # phrase that would shrink to one word is left out.
                # (The same folding and tokenising as Doc, without building a whole Doc.)
                phrases = [
                    tuple(squeeze(t) for t in findall(fold(p)))
                    for p in expand(pattern, slots)
                ]
                plain = {p for p in phrases if not any(t in fillers for t in p)}
                for tokens in phrases:
                    if any(t in fillers for t in tokens):
                        stripped = tuple(t for t in tokens if t not in fillers)
                        if stripped not in plain:
                            self.widened.add(pattern)
                        if len(stripped) < 2:
                            continue
                        tokens = stripped
                    if not tokens:
                        continue
                    table.setdefault(" " + " ".join(tokens) + " ", set()).add((cue, len(tokens)))
                    count += 1
            self.sizes[cue] = count
        for key, values in table.items():
            self.automaton.add_word(key, tuple(sorted(values)))
        self.automaton.make_automaton()

    def find(self, doc: Doc) -> dict[str, list[Hit]]:
        """Every cue occurrence in ``doc``, grouped by cue, in text order."""
        found: dict[str, list[Hit]] = {}
        if not len(doc):
            return found
        fillers = self.fillers
        kept = [i for i, t in enumerate(doc.norms) if t not in fillers]
        if not kept:
            return found
        offsets: list[int] = []
        parts: list[str] = []
        pos = 1
        norms = doc.norms
        for i in kept:
            offsets.append(pos)
            parts.append(norms[i])
            pos += len(norms[i]) + 1
        joined = " " + " ".join(parts) + " "
        for end, values in self.automaton.iter(joined):
            # the key ends with a space at ``end``; its last kept token ends at end - 1
            last_kept = bisect_right(offsets, end - 1) - 1
            for cue, n in values:
                found.setdefault(cue, []).append(Hit(cue, kept[last_kept - n + 1], kept[last_kept] + 1))
        for hits in found.values():
            hits.sort(key=lambda h: (h.first, -h.last))
        return found
