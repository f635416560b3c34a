"""Key 7, moral empathy: asking how the partner wants to be treated, apology and
responsibility, gratitude, appreciation, forgiveness. "Sorry, maar…" and "sorry dat je je zo
voelt" are not apologies (see the defensiveness pitfall).
"""

from __future__ import annotations

from collections.abc import Iterator

from .base import Candidate, Recognizer, State

_SHOULD = frozenset(("had", "should", "shouldn't", "shouldnt"))


class MoralRecognizer(Recognizer):
    key = "moral"
    triggers = frozenset(
        "ask_treatment apology apology_weak responsibility gratitude gratitude_strong appreciation forgive".split()
    )

    def applies(self, st: State) -> bool:
        return super().applies(st) or not _SHOULD.isdisjoint(st.doc.norms)

    def analyze(self, st: State) -> Iterator[Candidate]:
        yield from self.from_hits(st, "ask_treatment", "moral.ask_treatment", 2, 0.85, skip_quoted=True)
        for cue, strength in (("apology", 2), ("apology_weak", 1)):
            for h in st.get(cue):
                if st.quoted(h.first) or st.negated(h.first, h.last) or st.overlaps(h, "apology_not"):
                    continue
                if cue == "apology_weak" and st.overlaps(h, "apology", "sympathy", "compassion"):
                    continue
                yield Candidate("moral.apology", self.key, h.first, h.last, strength, 0.8 if strength == 2 else 0.7)
        yield from self.from_hits(st, "responsibility", "moral.responsibility", 2, 0.85, skip_quoted=True)
        yield from self._should_have(st)
        for h in st.get("gratitude_strong"):
            if not st.quoted(h.first) and not self._sarcastic(st, h.first):
                yield Candidate("moral.gratitude", self.key, h.first, h.last, 2, 0.8)
        for h in st.get("gratitude"):
            if not st.quoted(h.first) and not st.overlaps(h, "gratitude_strong") and not self._sarcastic(st, h.first):
                yield Candidate("moral.gratitude", self.key, h.first, h.last, 1, 0.7, reason="moral.gratitude_short")
        for h in st.get("appreciation"):
            if st.quoted(h.first) or st.negated(h.first, h.last) or self._sarcastic(st, h.first):
                continue
            yield Candidate("moral.appreciation", self.key, h.first, h.last, 2, 0.8)
        yield from self.from_hits(st, "forgive", "moral.forgiveness", 2, 0.75, skip_quoted=True)

    def _should_have(self, st: State) -> Iterator[Candidate]:
        """ "Ik had het met je moeten overleggen": owning what one should have done."""
        norms = st.doc.norms
        for j in range(len(norms) - 2):
            if norms[j] in ("ik", "i") and norms[j + 1] in ("had", "should", "shouldn't", "shouldnt"):
                _, b = st.clause(j)
                tail = norms[j + 2 : min(b, j + 9)]
                if (norms[j + 1] != "had" or any(t in ("moeten", "mogen") for t in tail)) and not st.quoted(j):
                    yield Candidate("moral.responsibility", self.key, j, min(b, j + 9), 2, 0.8)

    @staticmethod
    def _sarcastic(st: State, i: int) -> bool:
        a, b = st.around(i)
        return st.has_in(a, b, "contempt", "insult")
