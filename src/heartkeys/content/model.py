"""Immutable, typed objects for the 8-key framework.

Everything here is plain data: frozen dataclasses with tuples instead of lists, so a loaded
:class:`Content` can be shared freely (between threads, requests, analyzer instances) without
anyone changing it underneath another.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


class KeyCode(StrEnum):
    """Stable ids of the 8 keys, in the framework's order (used in data, findings, DB and API)."""

    EMOTIONAL = "emotional"
    NONVERBAL = "nonverbal"
    PERSPECTIVE = "perspective"
    CURIOUS = "curious"
    NEEDS = "needs"
    SUPPORTIVE = "supportive"
    MORAL = "moral"
    METAPHORICAL = "metaphorical"


KEY_CODES: tuple[str, ...] = tuple(k.value for k in KeyCode)

EXERCISE_TYPES: frozenset[str] = frozenset(
    {
        "reflection",
        "scenario",
        "rewrite",
        "complaint_need",
        "conversation",
        "guided",
        "cards",
        "treatment_cards",
        "metaphor_choice",
        "accuracy_game",
        "checklist",
    }
)
#: Exercise types whose substance is a list of scenarios (each needs an example answer).
SCENARIO_TYPES: frozenset[str] = frozenset({"scenario", "rewrite", "complaint_need"})


@dataclass(frozen=True, slots=True)
class Facet:
    id: str
    name: str
    description: str


@dataclass(frozen=True, slots=True)
class KeyExample:
    """A short partner message with an answer that carries the key."""

    partner: str
    reply: str


@dataclass(frozen=True, slots=True)
class Key:
    code: KeyCode
    number: int
    name: str
    summary: str
    lesson: str
    try_today: str
    strengths: tuple[str, ...]
    pitfalls: tuple[str, ...]
    examples: tuple[KeyExample, ...]
    facets: tuple[Facet, ...]

    @property
    def lesson_paragraphs(self) -> tuple[str, ...]:
        """The lesson split on blank lines, for rendering."""
        return tuple(p.strip() for p in self.lesson.split("\n\n") if p.strip())

    @property
    def lesson_words(self) -> int:
        return len(self.lesson.split())


@dataclass(frozen=True, slots=True)
class Step:
    """One step of a guided (timed) exercise."""

    text: str
    seconds: int


@dataclass(frozen=True, slots=True)
class Scenario:
    id: str
    message: str
    carries: tuple[KeyCode, ...]
    hint: str
    example: str


@dataclass(frozen=True, slots=True)
class Exercise:
    id: str
    key: KeyCode
    type: str
    title: str
    duration_minutes: int
    summary: str
    instructions: str
    prompts: tuple[str, ...] = ()
    steps: tuple[Step, ...] = ()
    scenarios: tuple[Scenario, ...] = ()

    @property
    def total_seconds(self) -> int:
        """Length of a guided exercise's steps (0 for other types)."""
        return sum(s.seconds for s in self.steps)

    def scenario(self, scenario_id: str) -> Scenario:
        for s in self.scenarios:
            if s.id == scenario_id:
                return s
        raise KeyError(scenario_id)


@dataclass(frozen=True, slots=True)
class Theme:
    id: str
    name: str


@dataclass(frozen=True, slots=True)
class Card:
    id: str
    theme: str
    text: str


@dataclass(frozen=True, slots=True)
class Metaphor:
    id: str
    name: str
    meaning: str
    question: str


@dataclass(frozen=True, slots=True)
class Value:
    id: str
    name: str
    description: str


@dataclass(frozen=True, slots=True)
class FeelingFamily:
    id: str
    name: str
    tone: str  # "pleasant" | "unpleasant"
    words: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class NeedGroup:
    id: str
    name: str


@dataclass(frozen=True, slots=True)
class Need:
    id: str
    group: str
    name: str


@dataclass(frozen=True, slots=True)
class Scale:
    min: int
    max: int
    labels: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Band:
    min: float
    max: float
    level: str
    label: str


@dataclass(frozen=True, slots=True)
class Scoring:
    method: str
    bands: tuple[Band, ...]
    retake_weeks: tuple[int, int]


@dataclass(frozen=True, slots=True)
class Item:
    id: str
    key: KeyCode
    reverse: bool
    self: str
    partner: str


@dataclass(frozen=True, slots=True)
class KeyScore:
    """A key's questionnaire score: the mean (after reverse-keying) and its band."""

    key: KeyCode
    mean: float
    answered: int
    band: Band


@dataclass(frozen=True, slots=True)
class Questionnaire:
    scale: Scale
    scoring: Scoring
    items: tuple[Item, ...]

    def items_for(self, key: str) -> tuple[Item, ...]:
        return tuple(i for i in self.items if i.key == key)

    def item_score(self, item: Item, answer: int) -> int:
        """One answer as it counts for its key: reverse-keyed items are mirrored on the scale."""
        if not isinstance(answer, int) or isinstance(answer, bool):
            raise TypeError(f"answer to {item.id!r} must be an int, not {type(answer).__name__}")
        if not self.scale.min <= answer <= self.scale.max:
            raise ValueError(f"answer to {item.id!r} must lie in {self.scale.min}..{self.scale.max}, got {answer}")
        return self.scale.min + self.scale.max - answer if item.reverse else answer

    def band_for(self, mean: float) -> Band:
        for band in self.scoring.bands:
            if band.min <= mean < band.max:
                return band
        return self.scoring.bands[-1]

    def score(self, answers: dict[str, int]) -> dict[str, KeyScore]:
        """Score a set of answers ``{item_id: 1..5}``; keys without any answer are left out.

        Unknown item ids raise ``KeyError`` so that a typo never silently lowers a score.
        """
        by_id = {i.id: i for i in self.items}
        per_key: dict[str, list[int]] = {}
        for item_id, answer in answers.items():
            if item_id not in by_id:
                raise KeyError(f"unknown questionnaire item {item_id!r}")
            item = by_id[item_id]
            per_key.setdefault(item.key, []).append(self.item_score(item, answer))
        result: dict[str, KeyScore] = {}
        for code in KEY_CODES:
            scores = per_key.get(code)
            if scores:
                mean = sum(scores) / len(scores)
                result[code] = KeyScore(KeyCode(code), mean, len(scores), self.band_for(mean))
        return result


@dataclass(frozen=True, slots=True)
class ScreeningItem:
    id: str
    category: str  # violence | coercion | crisis
    text: str
    options: tuple[str, ...]
    flag_from: int

    def flags(self, option_index: int) -> bool:
        return option_index >= self.flag_from


@dataclass(frozen=True, slots=True)
class Resource:
    id: str
    country: str  # NL | BE
    name: str
    phone: str
    when: str
    for_: tuple[str, ...]
    description: str


@dataclass(frozen=True, slots=True)
class Safety:
    intro: str
    flagged_message: str
    screening: tuple[ScreeningItem, ...]
    resources: tuple[Resource, ...]

    def flagged_categories(self, answers: dict[str, int]) -> frozenset[str]:
        """Categories (violence, coercion, crisis) flagged by ``{item_id: option_index}``."""
        by_id = {s.id: s for s in self.screening}
        return frozenset(by_id[i].category for i, a in answers.items() if i in by_id and by_id[i].flags(a))

    def resources_for(
        self, categories: frozenset[str] | set[str] | None = None, country: str | None = None
    ) -> tuple[Resource, ...]:
        """Help resources for the given categories (all when None), optionally one country."""
        return tuple(
            r
            for r in self.resources
            if (country is None or r.country == country) and (categories is None or set(r.for_) & set(categories))
        )


@dataclass(frozen=True, slots=True)
class Content:
    """Everything of the framework in one language."""

    lang: str
    keys: tuple[Key, ...]
    exercises: tuple[Exercise, ...]
    themes: tuple[Theme, ...]
    cards: tuple[Card, ...]
    metaphors: tuple[Metaphor, ...]
    values: tuple[Value, ...]
    feelings: tuple[FeelingFamily, ...]
    need_groups: tuple[NeedGroup, ...]
    needs: tuple[Need, ...]
    questionnaire: Questionnaire
    safety: Safety
    _key_index: dict[str, Key] = field(default_factory=dict, repr=False, compare=False)

    def __post_init__(self) -> None:
        self._key_index.update({k.code.value: k for k in self.keys})

    def key(self, code: str) -> Key:
        """The key with this code; ``KeyError`` for an unknown code."""
        return self._key_index[code]

    def exercises_for(self, code: str) -> tuple[Exercise, ...]:
        return tuple(e for e in self.exercises if e.key == code)

    def exercise(self, exercise_id: str) -> Exercise:
        for e in self.exercises:
            if e.id == exercise_id:
                return e
        raise KeyError(exercise_id)

    def cards_in(self, theme: str | None = None) -> tuple[Card, ...]:
        return tuple(c for c in self.cards if theme is None or c.theme == theme)

    @property
    def feeling_words(self) -> tuple[str, ...]:
        return tuple(w for fam in self.feelings for w in fam.words)

    def counts(self) -> dict[str, int]:
        """Sizes of the collections, as shown by ``heartkeys keys --json``."""
        return {
            "cards": len(self.cards),
            "feelings": len(self.feeling_words),
            "needs": len(self.needs),
            "values": len(self.values),
            "metaphors": len(self.metaphors),
            "questionnaire_items": len(self.questionnaire.items),
            "exercises": len(self.exercises),
        }
