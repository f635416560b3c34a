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
        # read several times per analysis (levels, feedback, to_dict): remembered per id
        got = _KINDS.get(self.id)
        if got is None:
            head = self.id.split(".", 1)[0]
            got = _KINDS[self.id] = head if head in ("pitfall", "signal") else "strength"
        return got

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


#: Finding.kind per id (a few dozen ids exist).
_KINDS: dict[str, str] = {}


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


# --- fast construction ---------------------------------------------------------------------
#
# A frozen dataclass sets each field through ``object.__setattr__`` (its own ``__setattr__``
# refuses), which makes building one several times slower than building a plain object; the
# engine builds a few per reply. So it fills a plain twin class with the same slots and then
# turns the object into the frozen class. Python allows ``__class__`` assignment between
# classes with an identical layout (same base, same slots); the result is an ordinary instance
# of the frozen class in every respect (type, equality, hash, pickling, immutability).


class _FindingTwin:
    __slots__ = Finding.__slots__  # type: ignore[attr-defined]


class _AnalysisTwin:
    __slots__ = Analysis.__slots__  # type: ignore[attr-defined]


def _new_finding(
    id: str,
    key: str | None,
    start: int,
    end: int,
    text: str,
    score: float,
    explanation: str,
    suggestion: str | None,
    strength: int,
) -> Finding:
    """``Finding(...)`` with every field given, built the fast way."""
    f = object.__new__(_FindingTwin)
    f.id = id
    f.key = key
    f.start = start
    f.end = end
    f.text = text
    f.score = score
    f.explanation = explanation
    f.suggestion = suggestion
    f.strength = strength
    f.__class__ = Finding
    return f  # type: ignore[return-value]


def _new_analysis(
    reply: str,
    context: str | None,
    lang: str,
    levels: Mapping[str, int],
    findings: tuple[Finding, ...],
    help: tuple[HelpResource, ...],
    feedback: tuple[str, ...],
) -> Analysis:
    """``Analysis(...)`` with every field given, built the fast way."""
    a = object.__new__(_AnalysisTwin)
    a.reply = reply
    a.context = context
    a.lang = lang
    a.levels = levels
    a.findings = findings
    a.help = help
    a.feedback = feedback
    a.__class__ = Analysis
    return a  # type: ignore[return-value]
