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

    def analyze(self, st: State) -> Iterator[Candidate]:
        for cue, category in CATEGORIES.items():
            for h in st.get(cue):
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
            if st.context_has(cue):
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
