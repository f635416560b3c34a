"""Language style matching (LSM): how alike two people use small function words.

The idea comes from Ireland and Pennebaker's work on function words: people who are attuned
to each other tend to drift towards the same *way* of writing — as many "ik"s and "je"s, as
many articles and negations — regardless of what they write about. Per category::

    LSM_c = 1 - |p1 - p2| / (p1 + p2 + 0.0001)

where ``p1`` and ``p2`` are the percentages (0–100) of each person's words that fall in
category ``c``; the overall score is the mean over the nine categories. 1.0 means the same
proportions, values near 0 very different ones. A category neither person uses scores 1.0
(they match in not using it).

The word lists are in :mod:`heartkeys.chat.lang` (Dutch and English, written for this
project). Words are counted with a plain tokenizer: runs of letters, with inner apostrophes
("don't", "m'n") and the Dutch clitics "'t", "'n", "'k" kept as one word.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache
from typing import Final

from .lang import words_for

#: The nine categories, in a fixed order (used for tuples of counts).
CATEGORIES: Final = (
    "personal_pronouns",
    "impersonal_pronouns",
    "articles",
    "conjunctions",
    "prepositions",
    "auxiliary_verbs",
    "adverbs",
    "negations",
    "quantifiers",
)
#: The small constant of the formula that keeps it defined when neither uses a category.
EPSILON: Final = 0.0001

_WORD: Final = re.compile(r"'[tnk](?![^\W\d_])|[^\W\d_]+(?:'[^\W\d_]+)*")


def tokenize(text: str) -> list[str]:
    """Lowercase words of ``text`` (letters only; curly apostrophes are straightened)."""
    return _WORD.findall(text.lower().replace("\u2019", "'").replace("`", "'"))


@cache
def lexicon(lang: str) -> dict[str, tuple[int, ...]]:
    """Map each function word of ``lang`` to the indexes of the categories it belongs to."""
    table = words_for(lang).FUNCTION_WORDS
    found: dict[str, list[int]] = {}
    for index, category in enumerate(CATEGORIES):
        for word in table[category].split():
            slots = found.setdefault(word, [])
            if index not in slots:
                slots.append(index)
    return {word: tuple(slots) for word, slots in found.items()}


def category_counts(tokens: Sequence[str], lang: str) -> tuple[int, ...]:
    """How many of ``tokens`` fall in each category (a word may count in several)."""
    table = lexicon(lang)
    counts = [0] * len(CATEGORIES)
    for token in tokens:
        slots = table.get(token)
        if slots:
            for index in slots:
                counts[index] += 1
    return tuple(counts)


def category_lsm(p1: float, p2: float) -> float:
    """LSM for one category from two percentages (0–100)."""
    return 1.0 - abs(p1 - p2) / (p1 + p2 + EPSILON)


def lsm(
    counts_a: Sequence[int], words_a: int, counts_b: Sequence[int], words_b: int
) -> tuple[float, tuple[float, ...]] | None:
    """Overall LSM and the nine category scores for two people's word counts.

    ``counts_*`` are category counts (see :func:`category_counts`) summed over everything a
    person wrote, ``words_*`` their total number of words. ``None`` when either wrote no words.
    """
    if words_a <= 0 or words_b <= 0:
        return None
    scores = tuple(
        category_lsm(100.0 * a / words_a, 100.0 * b / words_b) for a, b in zip(counts_a, counts_b, strict=True)
    )
    return sum(scores) / len(scores), scores
