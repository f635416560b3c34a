"""Key 8, metaphorical empathy: figurative images about the relationship or a feeling (journey,
storm, mountain, same boat, rollercoaster). Strong when the image is about "us" or a feeling;
weak for a simile. Known limits: only images in the data are known; fresh metaphors are missed.
"""

from __future__ import annotations

from collections.abc import Iterator

from .base import Candidate, Recognizer, State


class MetaphorRecognizer(Recognizer):
    key = "metaphorical"

    def analyze(self, st: State) -> Iterator[Candidate]:
        we = self.data.FIRST_PERSON | self.data.SECOND_PERSON
        for h in st.get("metaphor"):
            if st.quoted(h.first):
                continue
            s = st.sentence(h.first)
            personal = any(t in we for t in st.doc.norms[s.first : s.last]) or any(
                s.first <= f.first < s.last for f in st.get("feeling")
            )
            yield Candidate("metaphorical.image", self.key, h.first, h.last, 2 if personal else 1, 0.75)
        for h in st.get("simile"):
            if not st.quoted(h.first) and not st.overlaps(h, "metaphor"):
                yield Candidate(
                    "metaphorical.image", self.key, h.first, h.last, 1, 0.6, reason="metaphorical.simile"
                )
