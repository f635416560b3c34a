"""Everything the programme stores about one person, for the data export (privacy/export.py)."""

from __future__ import annotations

from ..couples.domain import couple_of
from .models import (
    Assignment,
    Attempt,
    ChecklistState,
    CustomScenario,
    ExerciseCompletion,
    NeedConfirmation,
    NeedEntry,
    Plan,
    Reflection,
)


def _when(value):
    return value.isoformat() if value else None


def _plan(plan: Plan | None):
    if plan is None:
        return None
    from . import domain

    return {
        "shared_with_couple": plan.couple_id is not None,
        "order": domain.order_of(plan),
        "modules": [
            {
                "code": code,
                "state": state,
                "done_at": _when(next((m.done_at for m in plan.modules.all() if m.code == code), None)),
                "unlocked_at": _when(next((m.unlocked_at for m in plan.modules.all() if m.code == code), None)),
            }
            for code, state in domain.states(plan).items()
        ],
    }


def export_user(user) -> dict:
    couple = couple_of(user)
    couple_plan = Plan.objects.filter(couple=couple).first() if couple is not None else None
    own_plan = Plan.objects.filter(user=user).first()
    return {
        "plan": _plan(couple_plan),
        "own_plan": _plan(own_plan),
        "exercises_done": [
            {"exercise": c.exercise_id, "key": c.key, "at": _when(c.completed_at)}
            for c in ExerciseCompletion.objects.filter(user=user).order_by("completed_at", "pk")
        ],
        "attempts": [
            {
                "id": a.pk,
                "exercise": a.exercise_id,
                "scenario": a.scenario_id,
                "key": a.key,
                "lang": a.lang,
                "context": a.context,
                "text": a.text,
                "levels": a.levels,
                "findings": a.finding_ids,
                "visibility": a.visibility,
                "created_at": _when(a.created_at),
            }
            for a in Attempt.objects.filter(owner=user).order_by("created_at", "pk")
        ],
        "reflections": [
            {
                "id": r.pk,
                "exercise": r.exercise_id or None,
                "module": r.key,
                "answers": r.answers,
                "visibility": r.visibility,
                "created_at": _when(r.created_at),
            }
            for r in Reflection.objects.filter(owner=user).order_by("created_at", "pk")
        ],
        "needs": [
            {
                "id": n.pk,
                "exercise": n.exercise_id,
                "complaint": n.complaint,
                "feeling": n.feeling,
                "need": n.need_text,
                "need_id": n.need_id or None,
                "request": n.request,
                "visibility": n.visibility,
                "created_at": _when(n.created_at),
                "partner_answers": [
                    {"answer": c.answer, "at": _when(c.at)} for c in n.confirmations.order_by("at", "pk")
                ],
            }
            for n in NeedEntry.objects.filter(owner=user).order_by("created_at", "pk")
        ],
        "need_confirmations_given": [
            {"need_entry": c.entry_id, "answer": c.answer, "at": _when(c.at)}
            for c in NeedConfirmation.objects.filter(user=user).order_by("at", "pk")
        ],
        "checklists": [
            {"exercise": c.exercise_id, "ticked": c.ticked, "updated_at": _when(c.updated_at)}
            for c in ChecklistState.objects.filter(owner=user).order_by("exercise_id")
        ],
        "assignments": [
            {
                "module": a.module,
                "exercise": a.exercise_id,
                "note": a.note,
                "created_at": _when(a.created_at),
                "done_at": _when(a.done_at),
            }
            for a in Assignment.objects.filter(couple=couple).order_by("created_at", "pk")
        ]
        if couple is not None
        else [],
        "custom_scenarios": [
            {"key": s.key, "message": s.message, "hint": s.hint, "created_at": _when(s.created_at)}
            for s in CustomScenario.objects.filter(couple=couple)
        ]
        if couple is not None
        else [],
    }
