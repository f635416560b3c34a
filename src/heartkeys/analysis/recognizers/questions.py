"""Key 4, curious empathy, and the question pitfalls.

Every sentence is read as a statement, an open question (hoe/wat/welke…, how/what/which…) or a
closed yes/no question (verb first, or a "?" without a question word). Open questions about the
partner's inner world are curious empathy (strong when they are about feelings, wishes, views or
needs; weak when generic, like "wat is er?"). Every closed question yields
``signal.closed_question``; one about the partner's feelings also yields
``pitfall.closed_question`` with an open rewrite. Offers ("Zal ik…?"), choices ("of wil je
liever…?") and invitations ("Wil je erover praten?") are closed in form but not pitfalls.
A statement with a "?" that restates what the partner said ("So it has been a hard year for
you?", "Dus je slaapt al weken slecht?") is a reflection to check, read as perspective-taking
(``perspective.interpretation``; still a ``signal.closed_question``, never a pitfall): it
opens with a summarising "so"/"dus" or is a long declarative sentence about the partner. A
short one ("Je bent boos?") stays closed.
An open question about how the partner's story came about ("What was the fight about?",
"Waardoor is het uitgegaan?") is weak curiosity when it answers their message; practical and
factual questions ("Hoe laat eten we?", "Wat kostte het?") are not.
Known limits: questions without "?" are only recognised when they start like a question;
rhetorical questions are read as questions.
"""

from __future__ import annotations

from collections.abc import Iterator

from ..text import Sentence
from .base import Candidate, Recognizer, State, lemmas_of


def _unstutter(token: str) -> str:
    """Transcribed speech repeats the start of a word: "ho-how", "wh-what", "so-so" → last part."""
    if "-" in token:
        parts = token.split("-")
        if len(parts) > 1 and parts[-1] and all(parts[-1].startswith(p) for p in parts[:-1] if p):
            return parts[-1]
    return token


class QuestionRecognizer(Recognizer):
    key = "curious"
    _starters: frozenset[str] | None = None

    def analyze(self, st: State) -> Iterator[Candidate]:
        d = self.data
        for s in st.doc.sentences:
            kind = self.classify(st, s)
            if kind is None:
                continue
            norms = st.doc.norms[s.first : s.last]
            you = not d.SECOND_PERSON.isdisjoint(norms)
            inner = not d.INNER_WORLD.isdisjoint(norms) or self._in(st, s, "feeling", "need_ask", "eval")
            if kind == "open":
                if self._in(st, s, "why_blame") or (st.quoted(s.first + 1) and not you):
                    continue
                if self._in(st, s, "logistics_q") and not inner:
                    continue
                checkin = self._in(st, s, "checkin")
                # "What was the fight about?", "Waardoor is het uitgegaan?": answering the partner's
                # message, a question about how their story came about is curiosity about them
                wh = self._wh(st, s)
                story = (
                    st.context_doc is not None
                    and wh not in d.FACTUAL_WH
                    and any(t in d.STORY_WORDS for t in norms)
                    and len(norms) >= 4
                )
                if not (inner or checkin or story or (you and wh not in d.FACTUAL_WH)):
                    continue  # "Waar heb je de schaar gelegd?" asks for facts, not for the partner
                strength = (
                    2 if (inner and you) or self._in(st, s, "need_ask") or self._specific(st, s, norms, you) else 1
                )
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
            if kind == "reflect":
                # "So it has been a hard year for you?": a restatement to check. It can be answered
                # with yes or no (the neutral signal), but it is no pitfall: it offers an understanding.
                strength = 2 if inner and you else 1
                yield Candidate("signal.closed_question", None, s.first, self._end(st, s), 0, 0.8)
                yield Candidate(
                    "perspective.interpretation",
                    "perspective",
                    s.first,
                    self._end(st, s),
                    strength,
                    0.7,
                    reason="perspective.check",
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
        leading = [h for h in st.get("leading") if not st.quoted(h.first)]
        for h in leading:
            yield Candidate("pitfall.leading_question", self.key, h.first, h.last, 0, 0.75)
        if not leading:
            yield from self._leading_form(st)

    def _leading_form(self, st: State) -> Iterator[Candidate]:
        """A question that assumes its answer by its form: an assuming particle inside a question
        to the partner ("Je bent toch niet jaloers?", "Surely you don't think…?") or a tag that
        asks for agreement ("…, vond je niet?", "…, don't you think?"). A closing "toch?" alone
        ("Om 8 uur toch?") only checks a fact."""
        d = self.data
        norms = st.doc.norms
        for s in st.doc.sentences:
            if not s.question_mark:
                continue
            words = [t for t in norms[s.first : s.last] if t[0].isalnum()]
            if len(words) < 3 or st.quoted(s.first):
                continue
            tail = tuple(words[-4:])
            tagged = any(tail[-len(tag) :] == tag for tag in d.AGREEMENT_TAGS)
            assuming = (
                not d.LEADING_PARTICLES.isdisjoint(words[:-1])
                # "Kun je toch even de kinderen halen?" asks a favour
                and words[0] not in d.REQUEST_STARTERS
                and not d.SECOND_PERSON.isdisjoint(words)
                and not st.has_in(s.first, s.last, "offer", "invite_talk", "ask_treatment")
            )
            if tagged or assuming:
                yield Candidate(
                    "pitfall.leading_question", self.key, s.first, s.last, 0, 0.65, reason="pitfall.leading_question"
                )

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
                if st.doc.norms[j] == "hoe" and nxt in ("laat", "ver", "duur"):
                    return "hoeveel"
                if st.doc.norms[j] == "waar" and self._split_r(st, s):
                    return "wat"  # "Waar hou je van?", "Waar faal je in?": waar…van is "what", not "where"
                return st.doc.norms[j]
        return ""

    @staticmethod
    def _split_r(st: State, s: Sentence) -> bool:
        """Dutch "waar … van/in/over": the question word split from its preposition at the end."""
        words = [t for t in st.doc.norms[s.first : s.last] if t[0].isalnum()]
        return bool(words) and words[-1] in st.data.R_PARTICLES

    def classify(self, st: State, s: Sentence) -> str | None:
        """``"open"``, ``"closed"``, ``"reflect"`` (a restatement with "?") or ``None``."""
        d = self.data
        if not s.question_mark:
            # without "?" only a question word, a verb first or a preposition (before a question
            # word) can start a question; "-" covers stuttered words ("ho-how")
            starters = self._starters
            if starters is None:
                starters = self._starters = d.QUESTION_WORDS | d.CLOSED_STARTERS | d.QUESTION_PREPOSITIONS
            norms = st.doc.norms[s.first : s.last]
            # ("-" in the joined tokens: a "-" in some token, without a generator)
            if starters.isdisjoint(norms) and "-" not in "".join(norms):
                return None
        starts = [st.first_content(s)]
        all_norms = st.doc.norms
        # the last clause of the sentence may hold the question: "Ik hoorde het, hoe gaat het?"
        for j in range(s.last - 1, s.first, -1):
            if all_norms[j] in (",", ";", ":", "-", "–"):
                start = self._skip(st, j + 1, s.last)
                words = sum(1 for t in st.doc.norms[start : s.last] if t[0].isalnum())
                # "…, weet je" / "…, you know" without "?" is a discourse tag, not a question
                if s.question_mark or words > 2:
                    starts.append(start)
                break
        # "Fijn om te horen 😊 Wat heb je gedaan?": an emoji can end a sentence too
        for j in range(s.first + 1, min(s.last - 1, s.first + 40)):
            t = all_norms[j]
            if not t[0].isalnum() and ord(t[0]) > 0x2000:
                starts.append(self._skip(st, j + 1, s.last))
        wh = verb_first = False
        for i in starts:
            if i >= s.last:
                continue
            t0, t1, t2 = _unstutter(st.tok(i)), st.tok(i + 1), st.tok(i + 2)
            if t0 in d.QUESTION_PREPOSITIONS and t1 in d.QUESTION_WORDS:
                t0, t1, t2 = t1, t2, st.tok(i + 3)  # "Met wie…", "In what way…"
            if t0 in d.QUESTION_WORDS and t1 in d.KIND_OF:
                # "Wat voor werk doe je", "What kind of music do you like": skip to the noun
                k = i + 2 if t2 not in d.KIND_OF else i + 3
                t1, t2 = st.tok(k + 1), st.tok(k + 2)
            if t0 in d.QUESTION_WORDS:
                # "Wat fijn!" is an exclamation; "Wat is er?" a question
                if s.question_mark or t1 in d.FINITE_VERBS or t2 in d.SUBJECT_PRONOUNS:
                    wh = True
            elif t0 in d.CLOSED_STARTERS and t1 in d.SUBJECT_PRONOUNS:
                if st.tok(i + 2) in (",", "…") and (t0, t1) in d.DISCOURSE_TAGS:
                    continue  # "Dus, weet je, het roken…": a filler, not "do you know?"
                if i != starts[0] and not s.question_mark:
                    # "Je kunt met de instructeur praten, en zo val je niet, voel je je zeker…":
                    # inversion inside a statement; a later clause asks only with a "?"
                    continue
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
            if self._restatement(st, s, words):
                return "reflect"
            return "closed"
        return None

    def _specific(self, st: State, s: Sentence, norms: list[str], you: bool) -> bool:
        """Whether an open question is about *this* story rather than a generic "what's up?".

        Specific: it takes up what the partner said (a content word of their message, compared
        as lemmas, or a pointer back such as "that"/"dat" when there is a message), or it asks
        about the partner with content of its own ("How long have you been thinking about
        leaving?"). "Wat is er?", "How are you?", "What happened?" stay generic.
        """
        d = self.data
        stop = d.STOPWORDS
        content = [t for t in norms if len(t) > 2 and t.isalpha() and t not in stop and t not in d.QUESTION_WORDS]
        if you and len(content) >= 2:
            return True
        if st.context_doc is None or not len(st.context_doc):
            return False
        if not d.BACK_REFERENCE.isdisjoint(norms) and len(norms) >= 4:
            return True
        if not content:
            return False
        return not lemmas_of(content, d.lang).isdisjoint(st.context_lemmas())

    @staticmethod
    def _skip(st: State, i: int, end: int) -> int:
        skip = st.data.OPENERS
        while i < end - 1 and (st.doc.norms[i] in skip or not st.doc.norms[i][0].isalnum()):
            i += 1
        return i

    @staticmethod
    def _tag_only(st: State, s: Sentence) -> bool:
        return False

    def _restatement(self, st: State, s: Sentence, words: list[str]) -> bool:
        """A declarative sentence with "?" that sums up the partner's story: it opens with a
        summarising "so"/"dus" ("So, one bad night after another?") or is long and about the
        partner. Tag questions ("…, toch?", "…, right?") stay closed, as do short checks."""
        d = self.data
        norms = st.doc.norms
        if st.has_in(s.first, s.last, "leading", "why_blame", "offer", "invite_talk"):
            return False
        tail = [t for t in norms[max(s.first, s.last - 3) : s.last] if t[0].isalnum()]
        if tail and tail[-1] in d.TAGS:
            return False
        if st.has_in(s.first, s.last, "advice", "dismiss", "defend", "contempt"):
            return False
        i = st.first_content(s)
        # a verb before its subject ("Huil je…?", "Bel je me…?") is a yes/no question, also
        # after a comma; so is a question word anywhere ("…😂 waar ben je nu?")
        clause_starts = [i] + [self._skip(st, j + 1, s.last) for j in range(i, s.last) if norms[j] == ","]
        for c in clause_starts:
            if norms[c] not in d.SUBJECT_PRONOUNS and st.tok(c + 1) in d.SUBJECT_PRONOUNS:
                return False
        if any(t in d.ASSUMING for t in words):
            return False
        # a question word asking something ("…😂 waar ben je nu?") — a verb and a subject follow it;
        # a relative one ("…in a situation where there is alcohol?") does not make a question
        for j in range(s.first, s.last - 1):
            if norms[j] in d.QUESTION_WORDS and (
                norms[j + 1] in d.FINITE_VERBS or norms[j + 1] in d.CLOSED_STARTERS or j == i
            ):
                return False
        if any(t in d.SUMMARY_OPENERS for t in norms[s.first : i + 1]):
            return True
        return len(words) >= 7 and any(t in d.SECOND_PERSON for t in words)

    def rewrite(self, st: State, s: Sentence) -> str:
        """An open alternative for a closed question, chosen by its verb (from messages data)."""
        rewrites = self.data.messages.get("rewrites", {})
        i = st.first_content(s)
        for j in range(i, min(i + 3, s.last)):
            t = st.doc.norms[j]
            if t in rewrites:
                return rewrites[t]
        return rewrites.get("default", "")
