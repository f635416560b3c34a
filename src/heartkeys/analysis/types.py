"""Immutable result types of the analyzer.

A :class:`Finding` says *what* was found (``id``), *where* (character offsets into the reply,
``text`` is always ``reply[start:end]``), *how sure* (``score``), *why* (``explanation``) and, for
pitfalls, *what to try instead* (``suggestion``). An :class:`Analysis` bundles the findings with
the per-key ``levels``. Nothing here is mutated after creation.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any

from ..content.model import KEY_CODES

#: Names of the pitfalls the analyzer can report as ``pitfall.<name>``.
PITFALLS: tuple[str, ...] = (
    "closed_question",
    "leading_question",
    "dismissive",
    "criticism",
    "contempt",
    "defensiveness",
    "stonewalling",
    "unsolicited_advice",
)
#: Neutral observations reported as ``signal.<name>``.
SIGNALS: tuple[str, ...] = ("advice", "closed_question", "safety")


@dataclass(frozen=True, slots=True)
class Finding:
    """One thing the analyzer noticed in a reply.

    ``id`` is ``<key>.<signal>`` for a strength, ``pitfall.<name>`` or ``signal.<name>``.
    ``key`` is the key code a strength belongs to, the key a pitfall works against, or ``None``.
    ``strength`` is 1 (weak) or 2 (strong) for strengths and 0 otherwise.
    """

    id: str
    key: str | None
    start: int
    end: int
    text: str
    score: float
    explanation: str
    suggestion: str | None = None
    strength: int = 0

    @property
    def kind(self) -> str:
        """``strength``, ``pitfall`` or ``signal``."""
        head = self.id.split(".", 1)[0]
        return head if head in ("pitfall", "signal") else "strength"

    @property
    def name(self) -> str:
        return self.id.split(".", 1)[1]

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "kind": self.kind,
            "key": self.key,
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "score": round(self.score, 3),
            "strength": self.strength,
            "explanation": self.explanation,
            "suggestion": self.suggestion,
        }


@dataclass(frozen=True, slots=True)
class HelpResource:
    """A place to get help, shown instead of tips when a safety signal is found."""

    name: str
    phone: str
    when: str
    country: str
    description: str

    def to_dict(self) -> dict[str, str]:
        return {
            "name": self.name,
            "phone": self.phone,
            "when": self.when,
            "country": self.country,
            "description": self.description,
        }


def _empty_levels() -> Mapping[str, int]:
    return MappingProxyType(dict.fromkeys(KEY_CODES, 0))


@dataclass(frozen=True, slots=True)
class Analysis:
    """The analyzer's answer for one reply.

    ``levels`` maps each of the 8 key codes to 0 (none), 1 (weak) or 2 (strong) (a read-only
    mapping: analyses may be shared from a cache); ``findings`` are
    sorted by position. When ``safety`` is true the analysis carries ``help`` resources and no
    communication suggestions: people in danger need help, not tips.
    """

    reply: str
    context: str | None
    lang: str
    levels: Mapping[str, int] = field(default_factory=_empty_levels)
    findings: tuple[Finding, ...] = ()
    help: tuple[HelpResource, ...] = ()
    feedback: tuple[str, ...] = ()

    @property
    def safety(self) -> bool:
        return any(f.id == "signal.safety" for f in self.findings)

    @property
    def strengths(self) -> tuple[Finding, ...]:
        return tuple(f for f in self.findings if f.kind == "strength")

    @property
    def pitfalls(self) -> tuple[Finding, ...]:
        return tuple(f for f in self.findings if f.kind == "pitfall")

    @property
    def signals(self) -> tuple[Finding, ...]:
        return tuple(f for f in self.findings if f.kind == "signal")

    def has(self, finding_id: str) -> bool:
        return any(f.id == finding_id for f in self.findings)

    def labels(self) -> frozenset[str]:
        """The label names used by ``heartkeys eval``: keys at level >= 1, pitfall names,
        ``advice``, ``closed_question`` and ``safety``."""
        out = {k for k, v in self.levels.items() if v >= 1}
        for f in self.findings:
            if f.kind == "pitfall":
                out.add(f.name)
                if f.name == "unsolicited_advice":
                    out.add("advice")
            elif f.kind == "signal":
                out.add(f.name)
        return frozenset(out)

    def to_dict(self) -> dict[str, Any]:
        """A JSON-serialisable dict; the schema is documented in docs/analyzer.md."""
        return {
            "lang": self.lang,
            "reply": self.reply,
            "context": self.context,
            "levels": dict(self.levels),
            "safety": self.safety,
            "findings": [f.to_dict() for f in self.findings],
            "feedback": list(self.feedback),
            "help": [h.to_dict() for h in self.help],
        }
