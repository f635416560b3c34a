"""Key 5, needs empathy: naming the partner's need, asking for it, voicing one's own need as a
request, and answering a complaint with the need under it. Known limits: a need named without a
need word or frame ("je wilt gewoon dat ik er ben") is only found for the frames in the data.
"""

from __future__ import annotations

from collections.abc import Iterator

from .base import Candidate, Recognizer, State


class NeedsRecognizer(Recognizer):
    key = "needs"
    triggers = frozenset("need_name need_ask need_self need_word".split())

    def applies(self, st: State) -> bool:
        return super().applies(st) or not self._NEED_VERB.isdisjoint(st.doc.norms)

    def analyze(self, st: State) -> Iterator[Candidate]:
        complaint = st.context_has("criticism_char", "always_never", "defend", "contempt")
        for h in st.get("need_name"):
            if st.quoted(h.first) or st.negated(h.first, h.last):
                continue
            reason = "needs.translation" if complaint else "needs.naming"
            yield Candidate("needs.naming", self.key, h.first, h.last, 2, 0.85, reason=reason)
        yield from self.from_hits(st, "need_ask", "needs.asking", 2, 0.85, skip_quoted=True)
        yield from self._wants(st, complaint)
        for h in st.get("need_self"):
            if st.quoted(h.first):
                continue
            yield Candidate("needs.own_need", self.key, h.first, h.last, 2, 0.8)

    _WANT = frozenset(
        "wil wilt wou wilde verlangt verlangde zoekt zocht mist miste "
        "want wants wanted need needs needed miss missed".split()
    )
    _NEED_VERB = frozenset("nodig need needs".split())

    def _wants(self, st: State, complaint: bool) -> Iterator[Candidate]:
        """ "Je wil vooral rust", "van je moeder wil je steun", "je hebt even tijd nodig":
        the partner's wish with a need in it; "ik heb een uurtje nodig": one's own."""
        d = self.data
        norms = st.doc.norms
        if self._WANT.isdisjoint(norms) and "heb" not in norms and "have" not in norms:
            return  # neither "you want" nor "I have … nodig" can match
        for s in st.doc.sentences:
            if s.question_mark:
                continue
            for j in range(s.first, s.last - 1):
                a, b = norms[j], norms[j + 1]
                you_want = (a in d.SECOND_PERSON and b in self._WANT) or (a in self._WANT and b in d.SECOND_PERSON)
                tail = norms[j + 2 : min(s.last, j + 9)]
                me_need = (
                    a in ("ik", "i")
                    and b in ("heb", "have")
                    and any(t in self._NEED_VERB for t in tail)
                    # a need, not a thing: "ik heb een uurtje nodig om…", not "ik heb de auto nodig"
                    and (
                        bool(st.hits_in("need_word", j + 2, j + 9))
                        or any(t in ("om", "dat", "to", "that") for t in norms[j + 2 : min(s.last, j + 11)])
                    )
                )
                if you_want and st.hits_in("need_word", j + 1, min(j + 10, s.last)):
                    if not st.negated(j, j + 2) and not st.quoted(j):
                        yield Candidate(
                            "needs.naming",
                            self.key,
                            j,
                            min(s.last, j + 10),
                            2,
                            0.75,
                            reason="needs.translation" if complaint else "needs.naming",
                        )
                    break
                if me_need and not st.negated(j, j + 3) and not st.quoted(j):
                    yield Candidate("needs.own_need", self.key, j, min(s.last, j + 9), 2, 0.75)
                    break
