"""Request and response shapes of the JSON API (they make the OpenAPI schema at /api/openapi.json)."""

from typing import Literal

from ninja import Schema
from pydantic import Field, StrictStr, field_validator

Lang = Literal["nl", "en"]
KeyCodeLiteral = Literal[
    "emotional", "nonverbal", "perspective", "curious", "needs", "supportive", "moral", "metaphorical"
]
MAX_TEXT = 5000


def _clean_text(value):
    if value is None:
        return value
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise ValueError("text must be valid Unicode (no lone surrogates)") from None
    return value


class AnalyzeIn(Schema):
    reply: StrictStr = Field(
        min_length=1, max_length=MAX_TEXT, description="The reply to analyse (1 to 5000 characters)."
    )
    context: StrictStr | None = Field(
        default=None, max_length=MAX_TEXT, description="The partner's message it answers, if any."
    )
    lang: Lang | None = Field(default=None, description='"nl" or "en"; null detects the language.')

    @field_validator("reply")
    @classmethod
    def _reply_has_text(cls, value):
        _clean_text(value)
        if not value.strip():
            raise ValueError("reply must contain text, not only spaces")
        return value

    @field_validator("context")
    @classmethod
    def _context_text(cls, value):
        return _clean_text(value)


class Levels(Schema):
    emotional: int = Field(ge=0, le=2)
    nonverbal: int = Field(ge=0, le=2)
    perspective: int = Field(ge=0, le=2)
    curious: int = Field(ge=0, le=2)
    needs: int = Field(ge=0, le=2)
    supportive: int = Field(ge=0, le=2)
    moral: int = Field(ge=0, le=2)
    metaphorical: int = Field(ge=0, le=2)


class FindingOut(Schema):
    id: str = Field(description="e.g. emotional.feeling_reflection, pitfall.criticism, signal.closed_question")
    kind: Literal["strength", "pitfall", "signal"]
    key: str | None = Field(description="The key this finding is about (null for some signals).")
    start: int = Field(ge=0, description="Start of the span in reply (characters).")
    end: int = Field(ge=0, description="End of the span; text == reply[start:end].")
    text: str
    score: float = Field(ge=0, le=1)
    strength: int = Field(ge=0, le=2)
    explanation: str
    suggestion: str | None


class HelpOut(Schema):
    name: str
    phone: str
    when: str
    country: str
    description: str


class AnalysisOut(Schema):
    lang: Lang
    reply: str
    context: str | None
    levels: Levels
    safety: bool = Field(description="True when threats, violence, coercion or self-harm were found.")
    findings: list[FindingOut]
    feedback: list[str]
    help: list[HelpOut] = Field(description="Help lines (NL/BE) when safety is true; otherwise empty.")


class Message(Schema):
    detail: str


class ValidationErrorOut(Schema):
    detail: list[dict]


class FacetOut(Schema):
    id: str
    name: str
    description: str


class KeyExampleOut(Schema):
    partner: str
    reply: str


class KeySummaryOut(Schema):
    code: KeyCodeLiteral
    number: int
    name: str
    summary: str


class KeyOut(KeySummaryOut):
    lesson: str
    try_today: str
    strengths: list[str]
    pitfalls: list[str]
    examples: list[KeyExampleOut]
    facets: list[FacetOut]


class StepOut(Schema):
    text: str
    seconds: int


class ScenarioOut(Schema):
    id: str
    message: str
    carries: list[str]
    hint: str
    example: str


class ExerciseSummaryOut(Schema):
    id: str
    key: KeyCodeLiteral
    type: str
    title: str
    duration_minutes: int
    summary: str


class ExerciseOut(ExerciseSummaryOut):
    instructions: str
    prompts: list[str]
    steps: list[StepOut]
    scenarios: list[ScenarioOut]
