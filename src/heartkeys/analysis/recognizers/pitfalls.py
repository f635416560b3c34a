"""The pitfalls: dismissing, criticism, contempt, defensiveness, stonewalling.

Pitfall precision matters most: a wrong "that was criticism" hurts a couple. So every rule here
prefers to stay silent: reported speech is skipped, negated phrases are skipped, teasing marked
with 😂/haha lowers mild sarcasm below the reporting threshold, and "ja, maar ik snap je" is not
defensive. Known limits: sarcasm without a marker ("Goh, lekker op tijd weer") is mostly missed.
"""

from __future__ import annotations

from collections.abc import Iterator

from .base import Candidate, Recognizer, State, content_lemmas, has_negation


class PitfallRecognizer(Recognizer):
    key = None
    order = 10  # after the keys: a soft dismissal is only one when nothing acknowledged first
    triggers = frozenset(
        "dismiss dismiss_soft criticism_char why_blame always_never contempt contempt_sigh insult defend "
        "apology_not stonewall".split()
    )

    def applies(self, st: State) -> bool:
        return super().applies(st) or st.context_doc is not None  # curt replies need the context

    def analyze(self, st: State) -> Iterator[Candidate]:
        yield from self._dismissive(st)
        yield from self._criticism(st)
        yield from self._contempt(st)
        yield from self._defensiveness(st)
        yield from self._stonewalling(st)

    def _dismissive(self, st: State) -> Iterator[Candidate]:
        for h in st.get("dismiss"):
            # "ik denk niet dat je overdrijft" turns the phrase around
            if st.quoted(h.first) or st.negated_before(h.first, window=5):
                continue
            yield Candidate("pitfall.dismissive", "emotional", h.first, h.last, 0, 0.85)
        acknowledged = min(
            (c.first for c in st.found if c.key in ("emotional", "perspective") and c.strength), default=None
        )
        for h in st.get("dismiss_soft"):
            if st.quoted(h.first) or st.overlaps(h, "dismiss") or (acknowledged is not None and acknowledged < h.first):
                continue
            yield Candidate(
                "pitfall.dismissive", "emotional", h.first, h.last, 0, 0.6, reason="pitfall.dismissive_soft"
            )

    def _criticism(self, st: State) -> Iterator[Candidate]:
        d = self.data
        for h in st.get("criticism_char"):
            # the patterns spell out their own "nooit"/"niet"; only a negation just before the
            # phrase ("het is niet jouw schuld") turns it around
            if st.quoted(h.first) or st.tok(h.first - 1) in d.NEGATIONS or st.tok(h.first - 2) in d.NEGATIONS:
                continue
            yield Candidate("pitfall.criticism", "needs", h.first, h.last, 0, 0.85)
        for h in st.get("why_blame"):
            if not st.quoted(h.first):
                yield Candidate("pitfall.criticism", "needs", h.first, h.last, 0, 0.75, reason="pitfall.criticism_why")
        for h in st.get("always_never"):
            if st.quoted(h.first) or st.overlaps(h, "criticism_char", "why_blame"):
                continue
            sent = st.sentence(h.first)
            if any(st.doc.norms[j] in d.NEGATIONS for j in range(max(sent.first, h.first - 6), h.first)) and any(
                st.doc.norms[j] in d.FIRST_PERSON for j in range(max(sent.first, h.first - 8), h.first)
            ):
                continue  # "Ik zeg niet dat je altijd alles vergeet, maar…" disowns the generalisation
            if st.has_in(sent.first, h.first, "interpret", "imagine") or not d.SEEM_WORDS.isdisjoint(
                st.doc.norms[sent.first : h.first]
            ):
                continue  # "sounds like you're always the one making the effort" takes their side
            a, b = st.clause(h.first)
            window = st.doc.norms[max(a, h.first - 4) : h.first]
            after = st.doc.norms[h.last : min(b, h.last + 4)]
            you = [j for j, t in enumerate(window) if t in d.SECOND_PERSON]
            me = [j for j, t in enumerate(window) if t in d.FIRST_PERSON]
            if not you or (me and max(me) > max(you)):
                continue
            around = set(window) | set(after)
            if around & d.KIND_MODALS or around & d.POSITIVE_WORDS:
                continue
            s = st.sentence(h.first)
            if s.question_mark and b >= s.last - 1 and not st.overlaps(h, "why_blame"):
                continue  # "Doe je dat altijd zo?" asks rather than accuses
            start = a + max(0, h.first - 4 - a) + you[-1] if h.first - 4 > a else a + you[-1]
            yield Candidate(
                "pitfall.criticism",
                "needs",
                min(start, h.first),
                min(b, h.last + 3),
                0,
                0.7,
                reason="pitfall.criticism_always",
            )

    def _contempt(self, st: State) -> Iterator[Candidate]:
        d = self.data
        n = len(st.doc)
        for h in st.get("contempt"):
            if st.quoted(h.first) or self._describes(st, h.first):
                continue
            playful = any(t in d.PLAYFUL for t in st.words_around(h.first))
            mild = h.last - h.first == 1 and not st.doc.norms[h.first].isalpha()  # an emoji or "pff"
            if mild and not self._aimed(st, h.first):
                continue  # "rain all day 😒": a sigh about the weather, not at the partner
            score = 0.6 if mild else 0.8
            if playful:
                score -= 0.3
            yield Candidate(
                "pitfall.contempt",
                "moral",
                h.first,
                h.last,
                0,
                score,
                reason="pitfall.contempt_mild" if mild else "pitfall.contempt",
            )
        if st.any("contempt_sigh") and self._reproached(st, feelings=True):
            for h in st.get("contempt_sigh"):
                if not st.quoted(h.first):
                    yield Candidate("pitfall.contempt", "moral", h.first, h.last, 0, 0.75, reason="pitfall.contempt")
        for h in st.get("insult"):
            if st.quoted(h.first):
                continue
            a, b = st.clause(h.first)
            clause = st.doc.norms[a:b]
            directed = any(t in d.SECOND_PERSON for t in clause) or n <= 3
            self_talk = any(t in d.FIRST_PERSON for t in st.doc.norms[a : h.first])
            if directed and not self_talk and not st.negated(h.first):
                playful = any(t in d.PLAYFUL for t in clause)
                if playful and (self._context_playful(st) or st.any("affection")):
                    continue  # "ur such an idiot lol 😂 love u" answering their own joke: teasing
                yield Candidate(
                    "pitfall.contempt",
                    "moral",
                    h.first,
                    h.last,
                    0,
                    0.55 if playful else 0.85,
                    reason="pitfall.contempt_insult",
                )

    def _defensiveness(self, st: State) -> Iterator[Candidate]:
        warm = (
            st.context_doc is not None
            and st.context_has("gratitude", "gratitude_strong", "appreciation", "joy_strong", "joy_weak")
            and not self._reproached(st)
        )
        for h in st.get("defend"):
            if st.quoted(h.first) or st.overlaps(h, "defend_except"):
                continue
            if warm:
                continue  # "je was zelf ook lief" answering a thank-you defends nothing
            if st.tok(h.first) in self.data.YES_WORDS and not self._reproached(st):
                continue  # "yes but not another true crime doc": a preference, nothing to defend
            yield Candidate("pitfall.defensiveness", "needs", h.first, h.last, 0, 0.75)
        yield from self._counter_complaint(st)
        for h in st.get("apology_not"):
            if st.quoted(h.first) or st.overlaps(h, "sympathy"):
                continue
            yield Candidate("pitfall.defensiveness", "needs", h.first, h.last, 0, 0.7, reason="pitfall.non_apology")

    def _counter_complaint(self, st: State) -> Iterator[Candidate]:
        """Turning a reproach back: "Yeah but you leave your stuff everywhere too" answering "You
        left your clothes on the floor again", "you embarrassed yourself", "omdat jij overal over
        zeurt". The partner reproached the writer; a sentence of the reply is about the partner
        ("you…" first) and takes up their words, or adds "too"/"ook", or generalises."""
        d = self.data
        if st.context_doc is None or d.SECOND_PERSON.isdisjoint(st.context_doc.norms) or not self._reproached(st):
            return
        norms = st.doc.norms
        for s in st.doc.sentences:
            if s.question_mark:
                continue
            i = st.first_content(s)
            if norms[i] in d.BECAUSE:
                i += 1
            if i >= s.last or norms[i] not in d.SECOND_PERSON:
                continue
            words = norms[s.first : s.last]
            if any(
                c.strength and c.key in ("perspective", "emotional", "moral", "supportive", "needs") for c in st.found
            ):
                return  # "you're right, I did", "dat snap ik. jij wil voelen dat…": taking their side
            if any(c.id in ("pitfall.criticism", "pitfall.contempt") and s.first <= c.first < s.last for c in st.found):
                continue  # "You always make everything about you" is reported as the criticism it is
            turned = not d.ADDITIVE.isdisjoint(words) or not d.ALWAYS_NEVER.isdisjoint(words)
            if not turned:
                turned = not content_lemmas(d, norms, s.first, s.last).isdisjoint(st.context_lemmas())
            if turned and not st.quoted(i):
                yield Candidate(
                    "pitfall.defensiveness", "needs", s.first, s.last, 0, 0.65, reason="pitfall.counter_complaint"
                )
                return

    def _describes(self, st: State, i: int) -> bool:
        """ "fine, boring. loads of emails" tells how the day was: a word such as "boring" is a
        put-down only when it is the whole answer, opening the reply."""
        d = self.data
        return st.doc.norms[i] in d.DESCRIBING_WORDS and i != st.first_content(st.doc.sentences[0])

    def _aimed(self, st: State, i: int) -> bool:
        """Whether an eye-roll or a sigh is aimed at the partner: a "you" near it (not inside a
        quote), a reply of almost nothing else, or an answer to a reproach or feelings about the
        two of them ("train cancelled again 🙃" is about the train)."""
        d = self.data
        norms = st.doc.norms
        # the sentence before counts too: "Huil je nou alweer? 🙄" puts the emoji on its own
        if any(
            norms[j] in d.SECOND_PERSON and not st.doc.in_quotes(j)
            for j in range(max(0, i - 12), min(len(norms), i + 3))
        ):
            return True
        if len(st.doc) <= 3:
            return True
        if st.context_doc is None:
            return False
        about_us = not d.SECOND_PERSON.isdisjoint(st.context_doc.norms) or not d.FIRST_PERSON.isdisjoint(
            st.context_doc.norms
        )
        return about_us and self._reproached(st)

    def _context_playful(self, st: State) -> bool:
        return st.context_doc is not None and not self.data.PLAYFUL.isdisjoint(st.context_doc.norms)

    def _reproached(self, st: State, feelings: bool = False) -> bool:
        """Whether the message answered complains, criticises or tells a feeling."""
        if st.context_doc is None:
            return False
        if st.context_has(
            "feeling", "distress", "criticism_char", "always_never", "why_blame", "talk_request", "need_self", "eval"
        ):
            return True
        norms = st.context_doc.norms
        d = self.data
        # "The bins still aren't out.", "You left your clothes on the floor again."
        if not d.REPROACH_WORDS.isdisjoint(norms) or (feelings and not d.FEEL_WORDS.isdisjoint(norms)):
            return True  # …or (for a sigh) the partner is telling how they feel ("ik wou mijn gevoel uitleggen")
        if d.SECOND_PERSON.isdisjoint(norms):
            return False
        # "Waarom heb je de vaatwasser niet uitgeruimd?" reproaches; "have you seen the weather"
        # asks; a statement about the partner ("You left the door open") reproaches
        if not d.WHY_WORDS.isdisjoint(norms):
            return True
        first = next((t for t in norms if t[0].isalnum() and t not in d.OPENERS), "")
        asks = any(s.question_mark for s in st.context_doc.sentences) or first in d.CLOSED_STARTERS
        # a statement about the partner that says something is wrong ("You didn't call"; "You left
        # the door open again" is caught above); "Dankjewel dat je luisterde" is no reproach
        negative = has_negation(d, norms)
        return negative and not asks and first not in d.QUESTION_WORDS

    def _has_curt(self, st: State) -> bool:
        """Whether some token could make a curt sentence (a word of CURT or a run of dots)."""
        norms = st.doc.norms
        return not self.data.CURT.isdisjoint(norms) or ("..." in self.data.CURT and ("." in norms or "…" in norms))

    @staticmethod
    def _asked(st: State) -> bool:
        return st.context_has("talk_request", "feeling", "distress", "criticism_char", "always_never") or any(
            s.question_mark for s in st.context_doc.sentences
        )

    def _stonewalling(self, st: State) -> Iterator[Candidate]:
        later = st.any("later")
        # cheap tests first: the context's sentences are only split when the reply is curt
        if not later and st.context_doc is not None and self._has_curt(st) and self._asked(st):
            curt = self.data.CURT
            found = []
            for s in st.doc.sentences:
                words = [t for t in st.doc.norms[s.first : s.last] if t not in (".", "!", ",")] or (
                    ["..."] if all(t in (".", "…") for t in st.doc.norms[s.first : s.last]) else []
                )
                if words and len(words) <= 2 and all(t in curt for t in words):
                    found.append(s)
                else:
                    # "Ok. Thank you for telling me. How would you like me to respond?" opens curtly
                    # but then engages: only a reply that is curt all the way through is a wall
                    found = []
                    break
            if len(st.doc.sentences) > 1 or len(st.doc) <= 4:
                for s in found:
                    yield Candidate(
                        "pitfall.stonewalling",
                        "nonverbal",
                        s.first,
                        s.last,
                        0,
                        0.6,
                        reason="pitfall.stonewalling_curt",
                    )
        for h in st.get("stonewall"):
            if st.quoted(h.first) or st.overlaps(h, "stonewall_except") or self._describes(st, h.first):
                continue
            if later:
                continue  # "ik wil er nu niet over praten, straks wel" is a pause, not a wall
            yield Candidate("pitfall.stonewalling", "nonverbal", h.first, h.last, 0, 0.75)
