"""Key 5, needs empathy: naming the partner's need, asking for it, voicing one's own need as a
request, and answering a complaint with the need under it. Known limits: a need named without a
need word or frame ("je wilt gewoon dat ik er ben") is only found for the frames in the data.
"""

from __future__ import annotations

from collections.abc import Iterator

from .base import Candidate, Recognizer, State


class NeedsRecognizer(Recognizer):
    key = "needs"

    def analyze(self, st: State) -> Iterator[Candidate]:
        complaint = st.context_has("criticism_char", "always_never", "defend", "contempt")
        for h in st.get("need_name"):
            if st.quoted(h.first) or st.negated(h.first, h.last):
                continue
            reason = "needs.translation" if complaint else "needs.naming"
            yield Candidate("needs.naming", self.key, h.first, h.last, 2, 0.85, reason=reason)
        yield from self.from_hits(st, "need_ask", "needs.asking", 2, 0.85, skip_quoted=True)
        for h in st.get("need_self"):
            if st.quoted(h.first):
                continue
            yield Candidate("needs.own_need", self.key, h.first, h.last, 2, 0.8)
