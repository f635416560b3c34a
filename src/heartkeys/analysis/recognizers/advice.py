"""Advice, and advice before acknowledgement.

Every piece of advice or suggestion yields ``signal.advice`` (neutral: advice can be welcome).
When the message being answered expressed a feeling or a problem and the reply gives advice
before acknowledging anything, that is ``pitfall.unsolicited_advice``: the framework's
"fixing before acknowledging". Without a context message the pitfall is never reported.
"""

from __future__ import annotations

from collections.abc import Iterator

from .base import Candidate, Recognizer, State, has_negation

_ACK_KEYS = frozenset({"emotional", "perspective", "nonverbal", "needs"})
_ACK_IDS = frozenset({"supportive.presence", "supportive.reassurance", "curious.open_question", "curious.invitation"})


class AdviceRecognizer(Recognizer):
    key = None
    order = 5

    def analyze(self, st: State) -> Iterator[Candidate]:
        found: list[Candidate] = []
        for h in st.get("advice"):
            if st.quoted(h.first) or st.overlaps(h, "advice_except", "need_self", "offer"):
                continue
            found.append(Candidate("signal.advice", "supportive", h.first, h.last, 0, 0.75))
        # every advice by imperative starts at a token in IMPERATIVES
        sentences = () if self.data.IMPERATIVES.isdisjoint(st.doc.norms) else st.doc.sentences
        persons = self.data.SECOND_PERSON | self.data.FIRST_PERSON if sentences else frozenset()
        for s in sentences:
            starts = [st.first_content(s)]
            # an imperative may open a later clause: "Het regent, neem een jas mee."
            starts += [
                j + 1 for j in range(s.first, min(s.last - 1, s.first + 40)) if st.doc.norms[j] in (",", ";", ":")
            ]
            i = next((k for k in starts if st.tok(k) in self.data.IMPERATIVES and st.tok(k + 1) not in persons), None)
            if i is not None and not s.question_mark:
                if any(
                    h.last > i
                    for c in (
                        "advice_except",
                        "offer",
                        "stonewall",
                        "invite_open",
                        "comfort_strong",
                        "presence",
                        "breathe",
                        "space",
                        "advice",
                        "contempt",
                        "dismiss",
                    )
                    for h in st.hits_in(c, i - 24, i + 1)
                ):
                    continue
                found.append(
                    Candidate("signal.advice", "supportive", i, s.last, 0, 0.65, reason="signal.advice_imperative")
                )
        yield from found
        if not found or not self._context_hurts(st):
            return
        first_advice = min(c.first for c in found)
        acknowledged = any(
            c.first < first_advice
            and ((c.key in _ACK_KEYS and c.strength) or c.id in _ACK_IDS)
            # repeating the partner's words is not yet acknowledging how they feel
            and c.id != "perspective.paraphrase"
            for c in st.found
        )
        if not acknowledged:
            c = min(found, key=lambda c: c.first)
            yield Candidate("pitfall.unsolicited_advice", "supportive", c.first, c.last, 0, 0.7)

    @staticmethod
    def _context_hurts(st: State) -> bool:
        """Whether the message being answered expressed a feeling or a problem."""
        if st.context_doc is None:
            return False
        if st.context_has("feeling", "eval", "safety_crisis", "safety_violence", "safety_coercion"):
            return True
        norms = st.context_doc.norms
        d = st.data
        if not d.FEEL_WORDS.isdisjoint(norms) and not d.FIRST_PERSON.isdisjoint(norms) and has_negation(d, norms):
            return True  # "I feel like my boss doesn't respect me" (not "het voelt goed om te praten")
        return st.context_has("distress")
