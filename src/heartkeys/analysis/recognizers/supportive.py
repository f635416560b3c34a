"""Key 6, helping and supportive empathy: offers of help, presence ("ik ben er voor je"),
reassurance. Advice alone is not support (it is reported as ``signal.advice``).
"""

from __future__ import annotations

from collections.abc import Iterator

from .base import Candidate, Recognizer, State


class SupportiveRecognizer(Recognizer):
    key = "supportive"

    def analyze(self, st: State) -> Iterator[Candidate]:
        for h in st.get("offer"):
            if st.quoted(h.first) or st.negated(h.first, h.last) or st.overlaps(h, "advice_except_offer"):
                continue
            yield Candidate("supportive.offer_help", self.key, h.first, h.last, 2, 0.8)
        yield from self.from_hits(st, "presence_support", "supportive.presence", 2, 0.85, skip_quoted=True)
        yield from self.from_hits(st, "reassure_strong", "supportive.reassurance", 2, 0.8, skip_quoted=True)
        for h in st.get("reassure_weak"):
            if st.quoted(h.first) or st.negated(h.first, h.last) or st.overlaps(h, "reassure_strong"):
                continue
            yield Candidate(
                "supportive.reassurance",
                self.key,
                h.first,
                h.last,
                1,
                0.7,
                reason="supportive.reassurance_generic",
            )
