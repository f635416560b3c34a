"""Key 6, helping and supportive empathy: offers of help, presence ("ik ben er voor je"),
reassurance. Advice alone is not support (it is reported as ``signal.advice``).
"""

from __future__ import annotations

from collections.abc import Iterator

from .base import Candidate, Recognizer, State


class SupportiveRecognizer(Recognizer):
    key = "supportive"
    triggers = frozenset(
        "offer act_for_you need_ask comfort_strong propose presence_support reassure_strong reassure_weak".split()
    )

    def analyze(self, st: State) -> Iterator[Candidate]:
        for h in st.get("offer"):
            if st.quoted(h.first) or st.negated(h.first, h.last) or st.overlaps(h, "advice_except_offer"):
                continue
            yield Candidate("supportive.offer_help", self.key, h.first, h.last, 2, 0.8)
        for h in st.get("act_for_you"):
            if not st.quoted(h.first) and not st.negated(h.first, h.last):
                yield Candidate("supportive.offer_help", self.key, h.first, h.last, 2, 0.75, reason="supportive.act")
        for h in st.get("need_ask"):
            # "Hoe kan ik je helpen?" asks a need and offers help at once
            if st.overlaps(h, "offer") or any(t in ("ik", "i") for t in st.doc.norms[h.first : h.last]):
                yield Candidate("supportive.offer_help", self.key, h.first, h.last, 2, 0.75)
        for h in st.get("comfort_strong"):
            # comfort in deeds is also being present (framework, key 6 B)
            if not st.quoted(h.first) and not st.negated(h.first, h.last):
                yield Candidate(
                    "supportive.presence", self.key, h.first, h.last, 1, 0.7, reason="supportive.presence_act"
                )
        for h in st.get("propose"):
            # "Zullen we samen koken?": doing something together for the two of you
            s = st.sentence(h.first)
            if h.first == st.first_content(s) and st.has_in(*st.around(h.first), "together"):
                yield Candidate(
                    "supportive.offer_help", self.key, h.first, s.last, 2, 0.7, reason="supportive.together"
                )
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
