"""Feedback on a reply, rendered on the server (the same data the live /api/analyze feedback shows).

The page's JavaScript asks /api/analyze while someone types; after submitting, and without
JavaScript, this module turns the analyzer's ``to_dict()`` into what the templates show: the reply
with pitfalls (and strengths) marked, the keys reached with their levels, explanations and
suggestions.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ... import analyze

OPEN_IDS = frozenset({"curious.open_question", "curious.invitation"})
CLOSED_IDS = frozenset({"signal.closed_question", "pitfall.closed_question", "pitfall.leading_question"})
#: The exercise whose feedback says in so many words whether the rewrite is an open question.
CLOSED_TO_OPEN = "curious-closed-to-open"


@dataclass
class Segment:
    text: str
    kind: str = ""  # "" | "pitfall" | "strength"
    title: str = ""


@dataclass
class Feedback:
    segments: list[Segment] = field(default_factory=list)
    keys: list[dict] = field(default_factory=list)  # [{"code", "name", "level"}] for level > 0
    strengths: list[dict] = field(default_factory=list)
    pitfalls: list[dict] = field(default_factory=list)
    advice: list[dict] = field(default_factory=list)
    feedback: list[str] = field(default_factory=list)
    safety: bool = False
    help: list[dict] = field(default_factory=list)
    open_question: bool | None = None  # only for the closed-to-open exercise
    has_closed_question: bool = False
    inner_world: bool | None = None

    @property
    def empty(self) -> bool:
        return not (self.keys or self.strengths or self.pitfalls or self.advice or self.safety)


def _segments(reply: str, findings: list[dict]) -> list[Segment]:
    spans = sorted(
        (f for f in findings if f.get("kind") in ("pitfall", "strength") and f["end"] > f["start"]),
        key=lambda f: (f["start"], f.get("kind") != "pitfall", -(f["end"] - f["start"])),
    )
    segments, position = [], 0
    for f in spans:
        if f["start"] < position:
            continue  # overlaps a span already marked
        if f["start"] > position:
            segments.append(Segment(reply[position : f["start"]]))
        segments.append(Segment(reply[f["start"] : f["end"]], f["kind"], f.get("explanation") or ""))
        position = f["end"]
    if position < len(reply):
        segments.append(Segment(reply[position:]))
    return segments


def build(data: dict, content, exercise_id: str = "") -> Feedback:
    """A :class:`Feedback` from an ``Analysis.to_dict()``; ``content`` gives the key names."""
    findings = list(data.get("findings") or [])
    names = {k.code.value: k.name for k in content.keys}
    result = Feedback(
        segments=_segments(data.get("reply") or "", findings),
        keys=[
            {"code": code, "name": names.get(code, code), "level": level}
            for code, level in (data.get("levels") or {}).items()
            if level
        ],
        strengths=[f for f in findings if f.get("kind") == "strength"],
        pitfalls=[f for f in findings if f.get("kind") == "pitfall"],
        advice=[f for f in findings if f.get("kind") == "signal" and f.get("suggestion")],
        feedback=list(data.get("feedback") or []),
        safety=bool(data.get("safety")),
        help=list(data.get("help") or []),
    )
    if exercise_id == CLOSED_TO_OPEN:
        ids = {f["id"] for f in findings}
        result.has_closed_question = bool(ids & CLOSED_IDS)
        result.open_question = bool(ids & OPEN_IDS) and not result.has_closed_question
        result.inner_world = any(f["id"].startswith("curious.") and (f.get("strength") or 0) >= 2 for f in findings)
    return result


def analyse(reply: str, context: str, lang: str):
    """Run the analyzer (``lang`` "nl" or "en")."""
    return analyze(reply, context=context or None, lang=lang if lang in ("nl", "en") else None)
