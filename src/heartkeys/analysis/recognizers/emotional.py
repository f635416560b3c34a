"""Key 1, emotional empathy: naming and reflecting the partner's feeling, resonance, compassion,
shared joy, and the weak resonance of a familiar feeling ("I know how you feel", "ken het
gevoel"). Known limits: a feeling word is read as the partner's when a second-person word or a
reflecting frame ("dat klinkt…", "you sound…") stands just before it; longer-distance reference
("Wat je vertelt over je moeder maakt me verdrietig") is missed.
"""

from __future__ import annotations

from collections.abc import Iterator

from .base import Candidate, Recognizer, State


class EmotionalRecognizer(Recognizer):
    key = "emotional"
    triggers = frozenset(
        "feeling eval feeling_noun reflect_state sympathy sympathy_strong resonance compassion "
        "joy_strong joy_weak me_too warm_wish known_feeling".split()
    )

    def analyze(self, st: State) -> Iterator[Candidate]:
        second, first_p = self.data.SECOND_PERSON, self.data.FIRST_PERSON
        understood = {st.sentence(h.first).first for c in ("imagine", "understand") for h in st.get(c)}
        for cue in ("feeling", "eval"):
            for h in st.get(cue):
                # a negation inside the phrase belongs to the feeling ("je voelt je niet gezien")
                if st.negated_before(h.first) or st.quoted(h.first):
                    continue
                if cue == "eval" and st.sentence(h.first).first in understood and not st.overlaps(h, "sympathy"):
                    # "Dat snap ik, zo'n week wachten is slopend"
                    yield Candidate(
                        "emotional.feeling_reflection",
                        self.key,
                        h.first,
                        h.last,
                        1,
                        0.7,
                        params=(("feeling", st.text_of(h.first, h.last)),),
                    )
                    continue
                if cue == "eval" and st.tok(h.last) in ("of", "van") and st.tok(h.last + 1) in ("me", "mij"):
                    continue  # "that was unfair of me" is owning a deed, not reflecting a feeling
                frames = [
                    f
                    for f in st.hits_in("reflect_frame", h.first - 24, h.first)
                    if f.last <= h.first and h.first - f.last <= 2 and f.first >= st.clause(h.first)[0]
                ]
                who = self._subject(st, h.first, second, first_p)
                if who == "you" and self._irrealis(st, h.first):
                    continue  # "you deserve to feel loved", "you'll be happy again": a wish, not their feeling
                if frames or (cue == "feeling" and who == "you"):
                    # "That sounds awful" judges the situation: warm, but generic (weak). A feeling
                    # word ("that sounds lonely"), a word naming a particular experience ("that
                    # sounds frustrating", "humiliating") or a frame about the partner ("you sound
                    # exhausted") reflects *their* feeling (strong).
                    about_them = (
                        cue == "feeling"
                        or " ".join(st.doc.norms[h.first : h.last]) not in self.data.GENERIC_EVAL
                        or any(t in second for f in frames for t in st.doc.norms[f.first : f.last])
                    )
                    yield Candidate(
                        "emotional.feeling_reflection",
                        self.key,
                        h.first,
                        h.last,
                        2 if about_them else 1,
                        0.85 if about_them else 0.75,
                        params=(("feeling", st.text_of(h.first, h.last)),),
                    )
        for h in st.get("feeling_noun"):
            if not st.quoted(h.first) and not st.negated(h.first, h.last):
                yield Candidate(
                    "emotional.feeling_reflection",
                    self.key,
                    h.first,
                    h.last,
                    2,
                    0.8,
                    params=(("feeling", st.text_of(h.first, h.last)),),
                )
        yield from self.from_hits(
            st, "reflect_state", "emotional.feeling_reflection", 2, 0.8, skip_negated=True, skip_quoted=True
        )
        for h in st.get("sympathy_strong"):
            if not st.negated(h.first, h.last) and not st.quoted(h.first):
                yield Candidate(
                    "emotional.sympathy",
                    self.key,
                    h.first,
                    h.last,
                    2,
                    0.8,
                    reason="emotional.sympathy_strong",
                )
        for h in st.get("sympathy"):
            if st.negated(h.first, h.last) or st.quoted(h.first) or st.overlaps(h, "sympathy_strong"):
                continue
            yield Candidate("emotional.sympathy", self.key, h.first, h.last, 1, 0.75)
        # "Ik ook." answering a feeling: resonance
        if st.context_doc is not None and st.context_has("feeling", "eval", "joy_weak", "joy_strong", "distress"):
            for h in st.get("me_too"):
                if h.first == st.first_content(st.sentence(h.first)):
                    yield Candidate("emotional.resonance", self.key, h.first, h.last, 1, 0.7, reason="emotional.me_too")

        # "I know how you feel", "ken het gevoel": the feeling is familiar, a weak resonance
        for h in st.get("known_feeling"):
            if st.negated(h.first, h.last) or st.quoted(h.first) or st.overlaps(h, "resonance"):
                continue
            yield Candidate("emotional.resonance", self.key, h.first, h.last, 1, 0.7, reason="emotional.known_feeling")
        yield from self.from_hits(st, "warm_wish", "emotional.sympathy", 1, 0.7, skip_quoted=True, skip_negated=True)
        yield from self.from_hits(st, "resonance", "emotional.resonance", 2, 0.85, skip_quoted=True)
        yield from self.from_hits(st, "compassion", "emotional.compassion", 2, 0.85, skip_quoted=True)
        yield from self.from_hits(
            st, "joy_strong", "emotional.shared_joy", 2, 0.85, skip_negated=True, skip_quoted=True
        )
        yield from self.from_hits(st, "joy_weak", "emotional.shared_joy", 1, 0.7, skip_negated=True, skip_quoted=True)

    def _irrealis(self, st: State, i: int) -> bool:
        """A wish, promise or advice word between "you" and the feeling word ("you deserve to
        feel safe", "je zult je weer gelukkig voelen", "you should be proud")."""
        # the sentence, not the clause: "je verdient het om je veilig te voelen" has "om" between
        a, _ = st.around(i, 8)
        words = self.data.IRREALIS
        return any(t in words or t.endswith("'ll") for t in st.doc.norms[max(a, i - 7) : i])

    @staticmethod
    def _subject(st: State, i: int, second: frozenset[str], first_p: frozenset[str]) -> str | None:
        """Who a feeling word is about: the nearest person word before it in its clause."""
        a, _ = st.clause(i)
        for j in range(i - 1, max(a, i - 5) - 1, -1):
            t = st.doc.norms[j]
            if t in second:
                return "you"
            if t in first_p:
                return "me"
        return None
