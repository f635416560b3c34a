"""Key 4, curious empathy, and the question pitfalls.

Every sentence is read as a statement, an open question (hoe/wat/welke…, how/what/which…) or a
closed yes/no question (verb first, or a "?" without a question word). Open questions about the
partner's inner world are curious empathy (strong when they are about feelings, wishes, views or
needs; weak when generic, like "wat is er?"). Every closed question yields
``signal.closed_question``; one about the partner's feelings also yields
``pitfall.closed_question`` with an open rewrite. Offers ("Zal ik…?"), choices ("of wil je
liever…?") and invitations ("Wil je erover praten?") are closed in form but not pitfalls.
Known limits: questions without "?" are only recognised when they start like a question;
rhetorical questions are read as questions.
"""

from __future__ import annotations

from collections.abc import Iterator

from ..text import Sentence
from .base import Candidate, Recognizer, State


def _unstutter(token: str) -> str:
    """Transcribed speech repeats the start of a word: "ho-how", "wh-what", "so-so" → last part."""
    if "-" in token:
        parts = token.split("-")
        if len(parts) > 1 and parts[-1] and all(parts[-1].startswith(p) for p in parts[:-1] if p):
            return parts[-1]
    return token


class QuestionRecognizer(Recognizer):
    key = "curious"

    def analyze(self, st: State) -> Iterator[Candidate]:
        d = self.data
        for s in st.doc.sentences:
            kind = self.classify(st, s)
            if kind is None:
                continue
            norms = st.doc.norms[s.first : s.last]
            you = any(t in d.SECOND_PERSON for t in norms)
            inner = any(t in d.INNER_WORLD for t in norms) or self._in(st, s, "feeling", "need_ask", "eval")
            if kind == "open":
                if self._in(st, s, "why_blame") or (st.quoted(s.first + 1) and not you):
                    continue
                if self._in(st, s, "logistics_q") and not inner:
                    continue
                checkin = self._in(st, s, "checkin")
                if not (inner or checkin or (you and self._wh(st, s) not in d.FACTUAL_WH)):
                    continue  # "Waar heb je de schaar gelegd?" asks for facts, not for the partner
                strength = 2 if (inner and you) or self._in(st, s, "need_ask") else 1
                if you and any(t in d.NEED_QUESTION for t in norms) and not self._in(st, s, "need_ask"):
                    # "Wat zou je vanavond het meeste helpen?": asking for the need
                    yield Candidate("needs.asking", "needs", s.first, self._end(st, s), 2, 0.75)
                yield Candidate(
                    "curious.open_question",
                    self.key,
                    s.first,
                    self._end(st, s),
                    strength,
                    0.8,
                    reason="curious.open_question" if strength == 2 else "curious.open_question_generic",
                )
                continue
            # closed
            last = self._end(st, s)
            yield Candidate("signal.closed_question", None, s.first, last, 0, 0.8)
            if self._in(st, s, "invite_talk"):
                yield Candidate("curious.invitation", self.key, s.first, last, 1, 0.7)
                continue
            if self._in(st, s, "offer", "ask_treatment", "interpret", "leading", "comfort_strong", "presence_support"):
                continue
            if you and inner and not self._in(st, s, "why_blame"):
                yield Candidate(
                    "pitfall.closed_question",
                    self.key,
                    s.first,
                    last,
                    0,
                    0.75,
                    params=(("rewrite", self.rewrite(st, s)),),
                )
        for h in st.get("invite_open"):
            if st.quoted(h.first) or st.negated(h.first, h.last):
                continue
            a, b = st.around(h.first)
            inner = st.has_in(a, b, "feeling") or any(t in d.INNER_WORLD for t in st.doc.norms[a:b])
            yield Candidate("curious.invitation", self.key, h.first, h.last, 2 if inner else 1, 0.75)
        for h in st.get("leading"):
            if not st.quoted(h.first):
                yield Candidate("pitfall.leading_question", self.key, h.first, h.last, 0, 0.75)

    # -- helpers ------------------------------------------------------------------------------
    @staticmethod
    def _end(st: State, s: Sentence) -> int:
        """Sentence end without trailing emoji or punctuation beyond the question mark."""
        return s.last

    @staticmethod
    def _in(st: State, s: Sentence, *cues: str) -> bool:
        return st.has_in(s.first, s.last, *cues)

    def _wh(self, st: State, s: Sentence) -> str:
        """The question word of an open question (first one in the sentence)."""
        d = self.data
        for j in range(s.first, s.last):
            if st.doc.norms[j] in d.QUESTION_WORDS:
                nxt = st.doc.norms[j + 1] if j + 1 < s.last else ""
                if st.doc.norms[j] == "hoe" and nxt in ("lang", "laat", "vaak", "ver", "duur"):
                    return "hoeveel"
                return st.doc.norms[j]
        return ""

    def classify(self, st: State, s: Sentence) -> str | None:
        """``"open"``, ``"closed"`` or ``None`` (not a question)."""
        d = self.data
        starts = [st.first_content(s)]
        # the last clause of the sentence may hold the question: "Ik hoorde het, hoe gaat het?"
        for j in range(s.last - 1, s.first, -1):
            if st.doc.norms[j] in (",", ";", ":", "-", "–"):
                starts.append(self._skip(st, j + 1, s.last))
                break
        wh = verb_first = False
        for i in starts:
            if i >= s.last:
                continue
            t0, t1, t2 = _unstutter(st.tok(i)), st.tok(i + 1), st.tok(i + 2)
            if t0 in d.QUESTION_PREPOSITIONS and t1 in d.QUESTION_WORDS:
                t0, t1, t2 = t1, t2, st.tok(i + 3)  # "Met wie…", "In what way…"
            if t0 in d.QUESTION_WORDS:
                # "Wat fijn!" is an exclamation; "Wat is er?" a question
                if s.question_mark or t1 in d.FINITE_VERBS or t2 in d.SUBJECT_PRONOUNS:
                    wh = True
            elif t0 in d.CLOSED_STARTERS and t1 in d.SUBJECT_PRONOUNS:
                verb_first = True
        if wh and not self._tag_only(st, s):
            return "open"
        if verb_first and not s.exclamation:
            return "closed"
        if s.question_mark:
            words = [t for t in st.doc.norms[s.first : s.last] if t[0].isalnum()]
            if len(words) <= 1 and (not words or words[0] in d.TAGS):
                return None  # "Oké?", "Toch?": a check-in tag, not a question about anything
            if st.doc.norms[s.first] in ("-", "–", "…") and len(words) <= 4:
                return None  # an interrupted fragment ("-uiteindelijk je drinken?")
            if any(h.first <= st.first_content(s) < h.last for h in st.hits_in("so_you", s.first, s.first + 4)):
                return None  # "Dus je merkt dat…?": a reflection to check, read by the perspective key
            return "closed"
        return None

    @staticmethod
    def _skip(st: State, i: int, end: int) -> int:
        skip = st.data.OPENERS
        while i < end - 1 and (st.doc.norms[i] in skip or not st.doc.norms[i][0].isalnum()):
            i += 1
        return i

    @staticmethod
    def _tag_only(st: State, s: Sentence) -> bool:
        return False

    def rewrite(self, st: State, s: Sentence) -> str:
        """An open alternative for a closed question, chosen by its verb (from messages data)."""
        rewrites = self.data.messages.get("rewrites", {})
        i = st.first_content(s)
        for j in range(i, min(i + 3, s.last)):
            t = st.doc.norms[j]
            if t in rewrites:
                return rewrites[t]
        return rewrites.get("default", "")
