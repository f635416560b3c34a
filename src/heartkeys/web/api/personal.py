"""Personal data through the API: attempts, check-ins and questionnaire results.

Read only through :func:`heartkeys.web.privacy.domain.visible_to` (your own items plus what your
partner shared in your current couple space), like the pages. These are partner pages on the
site, so a coach gets 403 here; coaches see what couples share on their coach pages, where each
look is written to the access log.
"""

from datetime import date, datetime
from typing import Annotated, Literal

from ninja import Query, Router, Schema, Status
from ninja.errors import HttpError
from pydantic import BeforeValidator, Field, StrictStr

from ..assessment import domain as assessment
from ..privacy import domain as privacy
from ..programme.models import Attempt
from .schemas import Message, ValidationErrorOut

router = Router(tags=["personal"])
ERRORS = {401: Message, 403: Message, 422: ValidationErrorOut, 429: Message}
Visibility = Literal["private", "partner", "coach"]


def _number_not_text(value):
    if isinstance(value, (str, bool)):
        raise ValueError("must be a whole number, not text or true/false")
    return value


#: A whole number in JSON (4 or 4.0), never "4" or true.
WholeNumber = Annotated[int, BeforeValidator(_number_not_text)]


class Page(Schema):
    limit: int = Field(50, ge=1, le=200, description="How many items (newest first).")
    offset: int = Field(0, ge=0, le=100_000)


class AttemptOut(Schema):
    id: int
    mine: bool
    owner_name: str
    exercise_id: str
    scenario_id: str
    key: str
    lang: str
    context: str
    text: str
    levels: dict[str, int]
    finding_ids: list[str]
    visibility: Visibility
    created_at: datetime


class CheckInOut(Schema):
    id: int
    mine: bool
    owner_name: str
    day: date
    mood: int = Field(ge=1, le=5)
    connected: int = Field(ge=1, le=10)
    note: str
    visibility: Visibility
    created_at: datetime


class CheckInIn(Schema):
    mood: WholeNumber = Field(ge=1, le=5, description="1 heavy … 5 bright")
    connected: WholeNumber = Field(ge=1, le=10, description="1 far apart … 10 very close")
    note: StrictStr = Field("", max_length=1000)
    visibility: Visibility = "private"


class ResultOut(Schema):
    id: int
    mine: bool
    owner_name: str
    kind: Literal["self", "partner"]
    about_me: bool = Field(description="True when the answers describe the caller.")
    scores: dict[str, float]
    visibility: Visibility
    created_at: datetime


def _partner(request):
    user = request.auth
    if user.role == "coach":
        raise HttpError(403, "These are a partner's own items; coaches see what couples share on their coach pages.")
    return user


def _base(item, user) -> dict:
    return {
        "id": item.pk,
        "mine": item.owner_id == user.pk,
        "owner_name": item.owner.name,
        "visibility": item.visibility,
        "created_at": item.created_at,
    }


@router.get("/attempts", response={200: list[AttemptOut], **ERRORS}, summary="Exercise attempts you may see")
def list_attempts(request, page: Query[Page]):
    """Your replies in the exercises, plus those your partner shared with you; newest first."""
    user = _partner(request)
    qs = privacy.visible_to(Attempt.objects.select_related("owner"), user).order_by("-created_at", "-pk")
    return [
        {
            **_base(a, user),
            "exercise_id": a.exercise_id,
            "scenario_id": a.scenario_id,
            "key": a.key,
            "lang": a.lang,
            "context": a.context,
            "text": a.text,
            "levels": a.levels or {},
            "finding_ids": a.finding_ids or [],
        }
        for a in qs[page.offset : page.offset + page.limit]
    ]


def _checkin(c, user) -> dict:
    return {**_base(c, user), "day": c.day, "mood": c.mood, "connected": c.connected, "note": c.note}


@router.get("/checkins", response={200: list[CheckInOut], **ERRORS}, summary="Check-ins you may see")
def list_checkins(request, page: Query[Page]):
    """Your daily check-ins, plus those your partner shared with you; newest day first."""
    user = _partner(request)
    qs = assessment.checkins_visible_to(user).order_by("-day", "-pk")
    return [_checkin(c, user) for c in qs[page.offset : page.offset + page.limit]]


@router.post("/checkins", response={200: CheckInOut, **ERRORS}, summary="Check in for today")
def post_checkin(request, payload: CheckInIn):
    """Today's check-in: the first of the day is created, a later one replaces it (like the page).
    Sharing (``partner``/``coach``) needs a couple space."""
    user = _partner(request)
    allowed = {value for value, _label in privacy.choices_for(user)}
    if payload.visibility not in allowed:
        detail = [
            {
                "type": "visibility",
                "loc": ["body", "payload", "visibility"],
                "msg": "You can only share with a partner or coach once you are in a couple space; use private.",
            }
        ]
        return Status(422, {"detail": detail})
    checkin = assessment.save_checkin(user, payload.mood, payload.connected, payload.note, payload.visibility)
    checkin.owner = user
    return _checkin(checkin, user)


@router.get("/assessments", response={200: list[ResultOut], **ERRORS}, summary="Questionnaire results you may see")
def list_results(request, page: Query[Page]):
    """Your questionnaire results, plus those your partner shared with you; newest first. Scores
    per key (1–5); the individual answers are not part of the API."""
    user = _partner(request)
    qs = assessment.results_visible_to(user).order_by("-created_at", "-pk")
    return [
        {**_base(r, user), "kind": r.kind, "about_me": r.subject_id == user.pk, "scores": r.scores or {}}
        for r in qs[page.offset : page.offset + page.limit]
    ]
