"""The JSON API (django-ninja), mounted at /api/. Docs at /api/docs, schema at /api/openapi.json."""

from dataclasses import asdict

from django.http import Http404
from ninja import NinjaAPI
from ninja.errors import HttpError

from ... import __version__
from ...analysis.engine import analyze as _analyze
from ...content import load_content
from .auth import SessionAuth, TokenAuth, UserRateThrottle
from .docs import LocalSwagger
from .personal import router as personal_router
from .schemas import (
    AnalysisOut,
    AnalyzeIn,
    ExerciseOut,
    ExerciseSummaryOut,
    KeyCodeLiteral,
    KeyOut,
    KeySummaryOut,
    Lang,
    Message,
    ValidationErrorOut,
)

ERRORS = {401: Message, 403: Message, 422: ValidationErrorOut, 429: Message}

api = NinjaAPI(
    title="Hartsleutels API",
    version=__version__,
    description=(
        "The Hartsleutels JSON API: analyse a reply for the 8 keys of empathy, read the keys and "
        "exercises. Authenticate with a personal access token (`Authorization: Bearer hk_…`, made on "
        "/api/tokens/) or, from the site itself, the browser session plus `X-CSRFToken`."
    ),
    auth=[TokenAuth(), SessionAuth()],
    throttle=[UserRateThrottle()],
    docs=LocalSwagger(),
    docs_url="/docs",
    openapi_url="/openapi.json",
    urls_namespace="api:rest",  # nested in the "api" app namespace (see urls.py),
)


api.add_router("/", personal_router)


@api.exception_handler(HttpError)
def _http_error(request, exc):
    """ninja answers 400 for a body that is not JSON; for the API that is invalid input (422)."""
    if exc.status_code == 400 and str(exc.message).startswith("Cannot parse request body"):
        detail = [{"type": "json_invalid", "loc": ["body"], "msg": "The body must be a JSON object in UTF-8."}]
        return api.create_response(request, {"detail": detail}, status=422)
    return api.create_response(request, {"detail": exc.message}, status=exc.status_code)


def _lang(request, lang: str | None) -> str:
    """Explicit ``?lang=`` → the caller's language setting → the request's language → Dutch."""
    if lang in ("nl", "en"):
        return lang
    user_lang = getattr(request.auth, "language", None)
    if user_lang in ("nl", "en"):
        return user_lang
    current = getattr(request, "LANGUAGE_CODE", "nl")
    return current if current in ("nl", "en") else "nl"


@api.post("/analyze", response={200: AnalysisOut, **ERRORS}, tags=["analyzer"], summary="Analyse a reply")
def analyze_reply(request, payload: AnalyzeIn):
    """Which of the 8 keys a reply carries (levels 0–2), its strengths and pitfalls with character
    spans, explanations and suggestions, and help lines when a safety signal is found."""
    return _analyze(payload.reply, payload.context, payload.lang).to_dict()


def _key_dict(key, full: bool) -> dict:
    data = {"code": key.code.value, "number": key.number, "name": key.name, "summary": key.summary}
    if full:
        data.update(
            lesson=key.lesson,
            try_today=key.try_today,
            strengths=list(key.strengths),
            pitfalls=list(key.pitfalls),
            examples=[asdict(e) for e in key.examples],
            facets=[asdict(f) for f in key.facets],
        )
    return data


def _exercise_dict(ex, full: bool) -> dict:
    data = {
        "id": ex.id,
        "key": ex.key.value if hasattr(ex.key, "value") else ex.key,
        "type": ex.type,
        "title": ex.title,
        "duration_minutes": ex.duration_minutes,
        "summary": ex.summary,
    }
    if full:
        data.update(
            instructions=ex.instructions,
            prompts=list(ex.prompts),
            steps=[asdict(s) for s in ex.steps],
            scenarios=[
                {
                    "id": s.id,
                    "message": s.message,
                    "carries": [str(c) for c in s.carries],
                    "hint": s.hint,
                    "example": s.example,
                }
                for s in ex.scenarios
            ],
        )
    return data


@api.get("/keys", response={200: list[KeySummaryOut], **ERRORS}, tags=["content"], summary="The 8 keys")
def list_keys(request, lang: Lang | None = None):
    content = load_content(_lang(request, lang))
    return [_key_dict(k, full=False) for k in content.keys]


@api.get("/keys/{code}", response={200: KeyOut, 404: Message, **ERRORS}, tags=["content"], summary="One key")
def get_key(request, code: str, lang: Lang | None = None):
    content = load_content(_lang(request, lang))
    try:
        key = content.key(code)
    except KeyError:
        raise Http404 from None
    return _key_dict(key, full=True)


@api.get("/exercises", response={200: list[ExerciseSummaryOut], **ERRORS}, tags=["content"], summary="Exercises")
def list_exercises(request, key: KeyCodeLiteral | None = None, lang: Lang | None = None):
    content = load_content(_lang(request, lang))
    exercises = content.exercises_for(key) if key else content.exercises
    return [_exercise_dict(e, full=False) for e in exercises]


@api.get("/exercises/{exercise_id}", response={200: ExerciseOut, 404: Message, **ERRORS}, tags=["content"])
def get_exercise(request, exercise_id: str, lang: Lang | None = None):
    """One exercise with its instructions, prompts, steps and scenarios."""
    content = load_content(_lang(request, lang))
    try:
        exercise = content.exercise(exercise_id)
    except KeyError:
        raise Http404 from None
    return _exercise_dict(exercise, full=True)
