"""Key 8, metaphorical empathy: figurative images about the relationship or a feeling (journey,
storm, mountain, same boat, rollercoaster). Strong when the image is about "us" or a feeling;
weak for a simile. Known limits: only images in the data are known; fresh metaphors are missed.
"""

from __future__ import annotations

from collections.abc import Iterator

from .base import Candidate, Recognizer, State


class MetaphorRecognizer(Recognizer):
    key = "metaphorical"
    triggers = frozenset("metaphor compare simile".split())

    def analyze(self, st: State) -> Iterator[Candidate]:
        we = self.data.FIRST_PERSON | self.data.SECOND_PERSON
        for h in st.get("metaphor"):
            if st.quoted(h.first):
                continue
            a, b = st.around(h.first)
            personal = any(t in we for t in st.doc.norms[a:b]) or st.has_in(a, b, "feeling")
            yield Candidate("metaphorical.image", self.key, h.first, h.last, 2 if personal else 1, 0.75)
        for h in st.get("compare"):
            # a comparison with a concrete image in its clause: "het voelt alsof we in een
            # sneltrein zitten", "klinkt als een overvolle zolder"
            if st.quoted(h.first) or st.overlaps(h, "metaphor"):
                continue
            a, b = st.clause(h.first)
            _, b = (
                st.clause(min(b, len(st.doc) - 1))
                if b < st.sentence(h.first).last and st.doc.norms[b] not in (".", "!", "?")
                else (a, b)
            )
            images = st.hits_in("image", h.last, b)
            if images:
                personal = any(t in we for t in st.words_around(h.first))
                yield Candidate(
                    "metaphorical.image",
                    self.key,
                    h.first,
                    images[-1].last,
                    2 if personal else 1,
                    0.7,
                    reason="metaphorical.simile",
                )
        for h in st.get("simile"):
            if not st.quoted(h.first) and not st.overlaps(h, "metaphor"):
                yield Candidate("metaphorical.image", self.key, h.first, h.last, 1, 0.6, reason="metaphorical.simile")
