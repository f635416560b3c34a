"""Key 3, perspective-taking: imagining the partner's view, checking an interpretation,
accepting their truth, knowing their situation from one's own life ("I've been through something
similar"), and paraphrasing what they said (content words shared with the message
being answered, compared as lemmas). Known limits: a paraphrase in other words than the
partner's (synonyms) is only found when it comes with a frame such as "dus je…".
"""

from __future__ import annotations

from collections.abc import Iterator

from .base import Candidate, Recognizer, State, content_lemmas, has_negation


class PerspectiveRecognizer(Recognizer):
    key = "perspective"
    triggers = frozenset(
        "imagine interpret their_truth understand must_frame reflect_state so_you shared_experience".split()
    )

    def applies(self, st: State) -> bool:
        # paraphrase and "je verlangt naar…" need a second-person word; imagining needs a cue
        # (and a story of one's own answering a message needs a first-person word)
        norms = st.doc.norms
        return (
            super().applies(st)
            or not self.data.SECOND_PERSON.isdisjoint(norms)
            or (st.context_doc is not None and not self.data.FIRST_PERSON.isdisjoint(norms))
        )

    def analyze(self, st: State) -> Iterator[Candidate]:
        yield from self.from_hits(st, "imagine", "perspective.imagining", 2, 0.85, skip_negated=True, skip_quoted=True)
        yield from self.from_hits(st, "interpret", "perspective.interpretation", 2, 0.8, skip_quoted=True)
        yield from self.from_hits(
            st, "their_truth", "perspective.their_truth", 2, 0.8, skip_quoted=True, skip_negated=True
        )
        for h in st.get("understand"):
            if st.negated(h.first, h.last) or st.quoted(h.first) or st.overlaps(h, "imagine", "interpret"):
                continue
            yield Candidate("perspective.understanding", self.key, h.first, h.last, 1, 0.7)
        for h in st.get("shared_experience"):
            # "I've been through something similar": knowing their situation from the inside
            if st.negated(h.first, h.last) or st.quoted(h.first) or st.overlaps(h, "understand", "imagine"):
                continue
            yield Candidate(
                "perspective.understanding", self.key, h.first, h.last, 1, 0.7, reason="perspective.shared_experience"
            )
        for h in st.get("so_you"):
            # "Dus je merkt dat het erger is als…": a reflection, also when it ends in "?"
            if h.first <= st.first_content(st.sentence(h.first)) < h.last and not st.quoted(h.first):
                s = st.sentence(h.first)
                yield Candidate(
                    "perspective.interpretation", self.key, h.first, s.last, 2, 0.75, reason="perspective.so_you"
                )
        yield from self._their_view(st)
        for h in st.get("must_frame"):
            # "dat moet vernederend hebben gevoeld": imagining how it was for them
            _, b = st.clause(h.first)
            tail = st.doc.norms[h.last : min(b, h.last + 6)]
            if any(t in self.data.MUST_TAIL for t in tail):
                yield Candidate("perspective.imagining", self.key, h.first, min(b, h.last + 6), 2, 0.75)
        for h in st.get("reflect_state"):
            # "het voelt vast alsof je…": a guess at their experience, said from their side
            if (
                any(t in self.data.SECOND_PERSON for t in st.doc.norms[h.last : h.last + 2])
                and not st.negated(h.first, h.last)
                and not st.quoted(h.first)
            ):
                yield Candidate(
                    "perspective.interpretation",
                    self.key,
                    h.first,
                    h.last,
                    1,
                    0.7,
                    reason="perspective.reflect_state",
                )
        if st.context_doc is not None and len(st.context_doc):
            yield from self._paraphrase(st)

    def _their_view(self, st: State) -> Iterator[Candidate]:
        """ "Je verlangt naar…", "Je had gehoopt dat…": saying what goes on inside the partner."""
        d = self.data
        if d.INNER_VERBS.isdisjoint(st.doc.norms):
            return  # every match needs an inner verb
        for s in st.doc.sentences:
            if s.question_mark:
                continue
            i = st.first_content(s)
            norms = st.doc.norms
            # "je/jij" + inner verb, or inner verb + "je" (Dutch inversion: "Natuurlijk ben je…")
            for j in range(i, min(i + 4, s.last - 1)):
                a, b = norms[j], norms[j + 1]
                if (a in d.SECOND_PERSON and b in d.INNER_VERBS) or (
                    a in d.INNER_VERBS and b in d.SECOND_PERSON and j > i
                ):
                    if st.negated(j, j + 2) or st.quoted(j):
                        break
                    hedged = any(t in d.HEDGES for t in norms[s.first : s.last])
                    yield Candidate("perspective.their_view", self.key, s.first, s.last, 2 if hedged else 1, 0.7)
                    break

    def _families(self, norms: list[str], hits) -> frozenset[str]:
        feelings = self.data.feelings
        out = set()
        for h in hits:
            got = feelings.get(" ".join(norms[h.first : h.last]))
            if got is not None:
                out.add(got[0])
        return frozenset(out)

    def _same_family(self, st: State, first: int, last: int, families: frozenset[str]) -> bool:
        hits = st.hits_in("feeling", first, last)
        return bool(hits) and not self._families(st.doc.norms, hits).isdisjoint(families)

    def _paraphrase(self, st: State) -> Iterator[Candidate]:
        """Content words shared with the message being answered, compared as lemmas.

        Three readings, by who the sentence is about:

        * about the partner ("you…", or no person at all): a paraphrase — two shared words, or
          one when the sentence opens with "you" and gives nothing else (no advice, no pitfall:
          the context pass drops those), the counsellor's simple reflection "You're exhausted.";
        * about the writer ("I…", "my…"): knowing it from the inside — the writer tells the same
          thing from their own life ("I'm tired no matter how much I sleep" answering "I'm tired
          all the time"): two shared words, or one with "too"/"ook", or a story of one's own
          right after "same here"/"herkenbaar", or — answering a message that hurts — a hard
          feeling of one's own; outside a negation.
        """
        ctx = st.context_lemmas()
        if not ctx:
            return
        d = self.data
        second, first_p = d.SECOND_PERSON, d.FIRST_PERSON
        best: tuple[int, int, int] | None = None  # (shared, first, last)
        own: tuple[int, int, int] | None = None
        norms_all = st.doc.norms
        # answering a message about a feeling, the same kind of feeling of one's own is the
        # writer's version of it ("I feel like a failure too"); another feeling ("I'm still too
        # angry to talk") is their own reaction, not a shared experience
        hurting = self._families(st.context_doc.norms, st.context_hits.get("feeling", ()))
        cnorms = st.context_doc.norms
        # a reply that negates what an affirmative message said denies it rather than reflects it
        ctx_positive = not has_negation(d, cnorms)
        # "You're not keen on groups" mirrors a message about the partner themselves ("I don't like
        # groups"); "you left the hob on" answering "you left the door open" throws it back
        about_self = not first_p.isdisjoint(cnorms)
        for s in st.doc.sentences:
            if s.question_mark:
                continue
            norms = norms_all[s.first : s.last]
            if second.isdisjoint(norms) and first_p.isdisjoint(norms):
                continue  # both readings need a person: skip the lemmas
            lemmas = content_lemmas(d, norms_all, s.first, s.last)
            shared = len(lemmas & ctx)
            # "Same here. I had to delete the app…": the story after a "me too" is the writer's own
            after_me_too = any(h.last <= s.first for h in st.get("me_too"))
            if not shared and not after_me_too and not hurting:
                continue
            head = norms_all[st.first_content(s)]
            if ctx_positive and any(st.negated(i) for i in range(s.first, s.last)):
                continue  # "I don't raise my voice" answering "I hate it when you raise your voice": a denial
            if (
                head in d.QUESTION_WORDS
                or head in d.CLOSED_STARTERS
                or head in d.IMPERATIVES
                or st.has_in(s.first, s.last, "advice")
            ):
                continue  # a question without "?", or advice: about the partner, but not their words back
            if not second.isdisjoint(norms):
                if shared >= 2 and len(ctx) >= 2 and (best is None or shared > best[0]):
                    best = (shared, s.first, s.last)
                elif shared == 1 and best is None and about_self and head in second and not s.exclamation:
                    best = (1, s.first, s.last)
            elif (
                (head in first_p or norms[0] in first_p)
                and own is None
                and (
                    shared >= 2
                    or (shared and not d.ADDITIVE.isdisjoint(norms))
                    or after_me_too
                    or (hurting and self._same_family(st, s.first, s.last, hurting))
                )
                and len(norms) >= 4
                and not any(st.negated(i) for i in range(s.first, s.last))
            ):
                # two shared words, or one with "too"/"ook" ("I used to get them before
                # presentations too"), or any story of one's own right after "same here"
                own = (shared, s.first, s.last)
        if best:
            shared, first, last = best
            strength = 2 if shared >= 3 or shared / len(ctx) >= 0.4 else 1
            yield Candidate(
                "perspective.paraphrase",
                self.key,
                first,
                last,
                strength,
                0.7 if strength == 1 else 0.8,
                params=(("shared", str(shared)),),
            )
        elif own:
            _, first, last = own
            yield Candidate(
                "perspective.understanding",
                self.key,
                first,
                last,
                2,
                0.7,
                reason="perspective.shared_experience",
            )
