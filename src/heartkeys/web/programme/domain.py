"""The programme's rules in one place: which exercises someone has done, and module progress.

Other apps (the couple exercises in :mod:`heartkeys.web.together`, the coach dashboard, the
progress page) call these functions; keep their signatures stable.

Rules of the programme:

- 8 modules, one per key, by default in the framework's order (the keys' numbers); a coach can
  set another order per couple (:func:`set_order`).
- The plan belongs to the couple, or to the person while they are not in a couple.
- The first module that is not done is *current*. A couple moves on when they choose
  (:func:`move_on`); nobody has to finish every exercise first. A later module is *locked* until
  the module before it is done or a coach unlocks it (:func:`unlock`); then it is *open*.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import date
from functools import cache

from django.db.models import QuerySet
from django.utils import timezone
from django.utils.translation import get_language

from ...content import load_content
from ...content.model import KEY_CODES
from ..coaching import domain as coaching
from ..couples.domain import couple_of
from ..privacy.domain import visible_to_coach
from .models import Assignment, Attempt, CustomScenario, ExerciseCompletion, ModuleState, Plan

DONE, CURRENT, OPEN, LOCKED = "done", "current", "open", "locked"
#: Exercise types that live in the "together" app (the programme links to them).
TOGETHER_TYPES = frozenset({"cards", "treatment_cards", "metaphor_choice", "accuracy_game"})


class ProgrammeProblem(Exception):
    """Why a change to the programme is not possible; ``reason`` picks the message."""

    def __init__(self, reason: str):
        super().__init__(reason)
        self.reason = reason


@cache
def _content(lang: str):
    return load_content(lang)


def content(lang: str | None = None):
    """The content in ``lang`` (or the active language), Dutch for anything unknown."""
    lang = (lang or get_language() or "nl")[:2]
    return _content(lang if lang in ("nl", "en") else "nl")


# --- exercises done --------------------------------------------------------------------------


def mark_done(user, exercise_id: str) -> ExerciseCompletion:
    """Record that ``user`` finished the exercise ``exercise_id``; KeyError for an unknown id."""
    exercise = _content("nl").exercise(exercise_id)
    return ExerciseCompletion.objects.create(user=user, exercise_id=exercise.id, key=exercise.key)


def done_exercise_ids(user) -> set[str]:
    """Ids of the exercises ``user`` has finished at least once."""
    return set(ExerciseCompletion.objects.filter(user=user).values_list("exercise_id", flat=True))


# --- plans and module states ----------------------------------------------------------------


def default_order() -> list[str]:
    return [k.code.value for k in sorted(_content("nl").keys, key=lambda k: k.number)]


def plan_for_couple(couple) -> Plan:
    plan, _created = Plan.objects.get_or_create(couple=couple)
    return plan


def plan_for(user) -> Plan:
    """The plan ``user`` follows: their couple's, or their own while they have no couple."""
    couple = couple_of(user)
    if couple is not None:
        return plan_for_couple(couple)
    plan, _created = Plan.objects.get_or_create(user=user)
    return plan


def order_of(plan: Plan) -> list[str]:
    order = [c for c in plan.order if c in KEY_CODES]
    return order if sorted(order) == sorted(KEY_CODES) else default_order()


def states(plan: Plan) -> dict[str, str]:
    """``{code: state}`` for the 8 modules of ``plan``, in the plan's order."""
    rows = {m.code: m for m in plan.modules.all()}
    result: dict[str, str] = {}
    current_seen = False
    previous_done = True
    for code in order_of(plan):
        row = rows.get(code)
        if row is not None and row.done_at is not None:
            result[code] = DONE
            previous_done = True
            continue
        if not current_seen:
            result[code] = CURRENT
            current_seen = True
        elif previous_done or (row is not None and row.unlocked_at is not None):
            result[code] = OPEN
        else:
            result[code] = LOCKED
        previous_done = False
    return result


def state_of(user, code: str) -> str:
    return states(plan_for(user))[code]


def current_module(user) -> str | None:
    return next((c for c, s in states(plan_for(user)).items() if s == CURRENT), None)


@dataclass(frozen=True)
class ModuleInfo:
    code: str
    number: int
    name: str
    state: str  # "done" | "current" | "open" | "locked"
    exercises_done: int
    exercises_total: int

    @property
    def percent(self) -> int:
        return round(100 * self.exercises_done / self.exercises_total) if self.exercises_total else 0


def module_overview(user) -> list[ModuleInfo]:
    """The 8 modules in ``user``'s plan order, with state and this person's exercise progress."""
    data = content()
    done = done_exercise_ids(user)
    result = []
    for code, state in states(plan_for(user)).items():
        key = data.key(code)
        ids = [e.id for e in data.exercises_for(code)]
        result.append(ModuleInfo(code, key.number, key.name, state, len(done & set(ids)), len(ids)))
    return result


def move_on(user, code: str) -> ModuleState:
    """The couple says "we're ready for the next key": the module ``code`` is done.

    Only the current or an open module can be marked done; ``ProgrammeProblem("locked")`` else.
    """
    plan = plan_for(user)
    state = states(plan).get(code)
    if state is None:
        raise ProgrammeProblem("unknown")
    if state == LOCKED:
        raise ProgrammeProblem("locked")
    row, _created = ModuleState.objects.get_or_create(plan=plan, code=code)
    if row.done_at is None:
        row.done_at = timezone.now()
        row.save(update_fields=["done_at"])
    return row


# --- for the coach dashboard ----------------------------------------------------------------


def set_order(couple, codes: list[str]) -> Plan:
    """Follow the modules in this order: all 8 key codes, each once (``ValueError`` otherwise)."""
    codes = [str(c) for c in codes]
    if sorted(codes) != sorted(KEY_CODES):
        raise ValueError("the order must hold each of the 8 key codes exactly once")
    plan = plan_for_couple(couple)
    plan.order = codes
    plan.save(update_fields=["order", "updated_at"])
    return plan


def unlock(couple, code: str) -> ModuleState:
    """Open a module for the couple before the one before it is done (``KeyError`` for a bad code)."""
    if code not in KEY_CODES:
        raise KeyError(code)
    plan = plan_for_couple(couple)
    row, _created = ModuleState.objects.get_or_create(plan=plan, code=code)
    if row.unlocked_at is None:
        row.unlocked_at = timezone.now()
        row.save(update_fields=["unlocked_at"])
    return row


def assign(couple, *, module=None, exercise_id=None, note="", by=None) -> Assignment:
    """A coach asks the couple to do a module and/or an exercise. ``ValueError`` when neither is
    given or one is unknown. The couple sees open assignments on the programme page."""
    module = module or ""
    exercise_id = exercise_id or ""
    if not module and not exercise_id:
        raise ValueError("give a module or an exercise")
    if module and module not in KEY_CODES:
        raise ValueError(f"unknown module {module!r}")
    if exercise_id:
        try:
            exercise = _content("nl").exercise(exercise_id)
        except KeyError:
            raise ValueError(f"unknown exercise {exercise_id!r}") from None
        module = module or exercise.key.value
    return Assignment.objects.create(
        couple=couple, coach=by, module=module, exercise_id=exercise_id, note=(note or "")[:2000]
    )


def open_assignments(user) -> QuerySet:
    couple = couple_of(user)
    if couple is None:
        return Assignment.objects.none()
    return Assignment.objects.filter(couple=couple, done_at__isnull=True)


def complete_assignment(user, pk: int) -> Assignment | None:
    """Tick an assignment of the user's couple done; None when it is not theirs."""
    couple = couple_of(user)
    if couple is None:
        return None
    row = Assignment.objects.filter(pk=pk, couple=couple).first()
    if row is not None and row.done_at is None:
        row.done_at = timezone.now()
        row.save(update_fields=["done_at"])
    return row


def withdraw_assignment(couple, pk: int, *, by) -> bool:
    """The coach ``by`` takes back an open assignment they gave ``couple``; False when there is none."""
    deleted, _rows = Assignment.objects.filter(couple=couple, pk=pk, coach=by, done_at__isnull=True).delete()
    return bool(deleted)


def delete_custom_scenario(couple, pk: int, *, by) -> bool:
    """The coach ``by`` deletes a scenario they wrote for ``couple``; replies already written keep
    the message they answered. False when there is no such scenario of theirs."""
    deleted, _rows = CustomScenario.objects.filter(couple=couple, pk=pk, coach=by).delete()
    return bool(deleted)


def add_custom_scenario(couple, *, key, message, hint="", by=None) -> CustomScenario:
    """A partner message written by the coach for this couple's scenario exercises of ``key``."""
    if key not in KEY_CODES:
        raise ValueError(f"unknown key {key!r}")
    message = (message or "").strip()
    if not message:
        raise ValueError("the message is empty")
    return CustomScenario.objects.create(
        couple=couple, coach=by, key=key, message=message[:2000], hint=(hint or "").strip()[:2000]
    )


def custom_scenarios_for(user, key: str) -> list[CustomScenario]:
    couple = couple_of(user)
    if couple is None:
        return []
    return list(CustomScenario.objects.filter(couple=couple, key=key))


# --- attempts: for progress pages and the coach --------------------------------------------


def key_feedback_over_time(user) -> dict[str, list[tuple[date, float]]]:
    """Per key: ``[(day, mean level of that key)]`` over ``user``'s attempts in that key's exercises."""
    per: dict[str, dict[date, list[int]]] = defaultdict(lambda: defaultdict(list))
    for attempt in Attempt.objects.filter(owner=user).order_by("created_at"):
        level = attempt.levels.get(attempt.key) if isinstance(attempt.levels, dict) else None
        if isinstance(level, int):
            per[attempt.key][timezone.localdate(attempt.created_at)].append(level)
    return {
        key: [(day, sum(levels) / len(levels)) for day, levels in sorted(days.items())] for key, days in per.items()
    }


def attempts_for_coach(link) -> QuerySet:
    """Attempts the couple of ``link`` shared with their coach; nothing unless the link is active."""
    if not coaching.is_active(link):
        return Attempt.objects.none()
    return visible_to_coach(Attempt.objects.select_related("owner"), link)


def _score(attempt: Attempt) -> tuple:
    levels = attempt.levels if isinstance(attempt.levels, dict) else {}
    pitfalls = sum(1 for f in attempt.finding_ids if str(f).startswith("pitfall."))
    own = levels.get(attempt.key, 0) or 0
    return (own, sum(v for v in levels.values() if isinstance(v, int)), -pitfalls, attempt.created_at)


def best_attempt(queryset) -> Attempt | None:
    """The attempt with the highest level of its own key (then most keys, fewest pitfalls, newest)."""
    attempts = list(queryset)
    return max(attempts, key=_score) if attempts else None


def recurring_pitfalls(queryset, min_count: int = 1) -> list[tuple[str, int]]:
    """``[(pitfall_id, count)]`` over the attempts, most frequent first (ties by id)."""
    counts: Counter[str] = Counter()
    rows = (
        queryset.values_list("finding_ids", flat=True)
        if hasattr(queryset, "values_list")
        else (a.finding_ids for a in queryset)
    )
    for finding_ids in rows:
        counts.update({f for f in finding_ids or [] if str(f).startswith("pitfall.")})
    return sorted(((p, n) for p, n in counts.items() if n >= min_count), key=lambda pn: (-pn[1], pn[0]))
