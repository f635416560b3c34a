from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class ExerciseCompletion(models.Model):
    """One person finished one exercise (from the content files) once.

    Every exercise type records this when the person says they are done, so the programme can
    show which exercises of a module are behind them. Doing an exercise again adds a row.
    """

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    exercise_id = models.CharField(_("exercise"), max_length=80)
    key = models.CharField(_("key"), max_length=20)
    completed_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-completed_at", "-pk"]
        indexes = [models.Index(fields=["user", "exercise_id"])]
