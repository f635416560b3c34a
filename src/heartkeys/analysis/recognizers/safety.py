"""Safety: threats, violence, coercion or talk of self-harm, in the reply or in the message it
answers. These are not communication problems to polish: the engine then shows help resources
instead of suggestions. Recall matters more than precision here; a joke like "ik vermoord je 😂"
is still flagged, gently.
"""

from __future__ import annotations

from collections.abc import Iterator

from .base import Candidate, Recognizer, State

CATEGORIES = {"safety_violence": "violence", "safety_coercion": "coercion", "safety_crisis": "crisis"}


class SafetyRecognizer(Recognizer):
    key = None

    def applies(self, st: State) -> bool:
        # (asked for every reply: two set tests instead of a generator)
        return not CATEGORIES.keys().isdisjoint(st.hits) or not CATEGORIES.keys().isdisjoint(st.context_hits)

    def analyze(self, st: State) -> Iterator[Candidate]:
        playful = self.data.PLAYFUL
        for cue, category in CATEGORIES.items():
            for h in st.get(cue):
                if st.overlaps(h, "safety_except"):
                    continue
                if category == "violence" and any(t in playful for t in st.words_around(h.first)):
                    continue  # "als je de laatste stroopwafel pakt vermoord ik je 😂"
                yield Candidate(
                    "signal.safety",
                    None,
                    h.first,
                    h.last,
                    0,
                    0.9,
                    reason=f"signal.safety_{category}",
                    params=(("category", category),),
                )
            if any(not self._excepted(st, h) for h in st.context_hits.get(cue, [])):
                # the danger is in the partner's message: the finding has an empty span at 0
                yield Candidate(
                    "signal.safety",
                    None,
                    0,
                    0,
                    0,
                    0.9,
                    reason="signal.safety_context",
                    params=(("category", category),),
                )

    def _excepted(self, st: State, h) -> bool:
        """A context hit that is an idiom ("zie het niet meer zitten met mijn studie") or a joke."""
        ctx = st.context_doc
        if any(x.first < h.last and h.first < x.last for x in st.context_hits.get("safety_except", [])):
            return True
        s = ctx.sentence_of(h.first)
        return h.cue == "safety_violence" and any(t in self.data.PLAYFUL for t in ctx.norms[s.first : s.last])
