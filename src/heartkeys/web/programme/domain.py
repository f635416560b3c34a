"""The programme's rules in one place: which exercises someone has done, and module progress.

Other apps (the couple exercises in :mod:`heartkeys.web.together`, the coach dashboard, the
progress page) call these functions; keep their signatures stable.
"""

from __future__ import annotations

from functools import cache

from ...content import load_content
from .models import ExerciseCompletion


@cache
def _content(lang: str):
    return load_content(lang)


def mark_done(user, exercise_id: str) -> ExerciseCompletion:
    """Record that ``user`` finished the exercise ``exercise_id``; KeyError for an unknown id."""
    exercise = _content("nl").exercise(exercise_id)
    return ExerciseCompletion.objects.create(user=user, exercise_id=exercise.id, key=exercise.key)


def done_exercise_ids(user) -> set[str]:
    """Ids of the exercises ``user`` has finished at least once."""
    return set(ExerciseCompletion.objects.filter(user=user).values_list("exercise_id", flat=True))
