"""Key 2, non-verbal empathy as it shows in text: comfort acts and presence offered (coming over,
a hug, sitting together, ``*knuffel*``, 🤗), calm breathing together, and kindly giving space.
Most of this key is practised off-screen; in a chat, rhythm is measured by ``heartkeys.chat``.
"""

from __future__ import annotations

from collections.abc import Iterator

from .base import Candidate, Recognizer, State


class NonverbalRecognizer(Recognizer):
    key = "nonverbal"
    triggers = frozenset("comfort_strong comfort_weak presence space breathe hearts".split())

    def analyze(self, st: State) -> Iterator[Candidate]:
        yield from self.from_hits(
            st, "comfort_strong", "nonverbal.comfort", 2, 0.85, skip_negated=True, skip_quoted=True
        )
        for h in st.get("comfort_weak"):
            if not st.overlaps(h, "comfort_strong") and not st.quoted(h.first):
                yield Candidate(
                    "nonverbal.comfort", self.key, h.first, h.last, 1, 0.7, reason="nonverbal.comfort_small"
                )
        yield from self.from_hits(st, "presence", "nonverbal.presence", 2, 0.8, skip_negated=True, skip_quoted=True)
        yield from self.from_hits(st, "space", "nonverbal.give_space", 2, 0.8, skip_quoted=True)
        yield from self.from_hits(st, "breathe", "nonverbal.co_regulation", 2, 0.8, skip_quoted=True)
