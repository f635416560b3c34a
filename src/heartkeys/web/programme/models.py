"""The step-by-step programme: module progress per couple (or per person), coach assignments and
custom scenarios, and what a person writes in the exercises (attempts, reflections, needs).

Everything a person writes inherits :class:`~heartkeys.web.privacy.models.SharedItem`: it is
private until its owner shares it, and it is read only through ``privacy.domain``.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from ..privacy.models import SharedItem


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


class Plan(models.Model):
    """The programme of one couple, or of one person who is not in a couple (yet).

    ``order`` lists the 8 key codes in the order the modules are followed; empty means the
    framework's order. A coach can set another one.
    """

    couple = models.OneToOneField(
        "couples.Couple", on_delete=models.CASCADE, null=True, blank=True, related_name="programme_plan"
    )
    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, null=True, blank=True, related_name="programme_plan"
    )
    order = models.JSONField(default=list, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        constraints = [
            models.CheckConstraint(
                condition=(Q(couple__isnull=False) & Q(user__isnull=True))
                | (Q(couple__isnull=True) & Q(user__isnull=False)),
                name="programme_plan_couple_xor_user",
            )
        ]


class ModuleState(models.Model):
    """What happened to one module of a plan: marked done (the couple moved on) or unlocked."""

    plan = models.ForeignKey(Plan, on_delete=models.CASCADE, related_name="modules")
    code = models.CharField(max_length=20)
    done_at = models.DateTimeField(null=True, blank=True)
    unlocked_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["plan", "code"], name="programme_one_state_per_module")]


class Assignment(models.Model):
    """Something a coach asks a couple to do: a module, an exercise, or both, with a note."""

    couple = models.ForeignKey("couples.Couple", on_delete=models.CASCADE, related_name="programme_assignments")
    coach = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+")
    module = models.CharField(max_length=20, blank=True)
    exercise_id = models.CharField(max_length=80, blank=True)
    note = models.TextField(blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    done_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-pk"]


class CustomScenario(models.Model):
    """A partner message a coach wrote for one couple; it shows up in that key's scenario exercises."""

    couple = models.ForeignKey("couples.Couple", on_delete=models.CASCADE, related_name="programme_scenarios")
    coach = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+")
    key = models.CharField(max_length=20)
    message = models.TextField()
    hint = models.TextField(blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["created_at", "pk"]

    @property
    def scenario_id(self) -> str:
        return f"c{self.pk}"


class Attempt(SharedItem):
    """One reply written in a scenario or rewrite exercise, with what the analyzer found."""

    exercise_id = models.CharField(max_length=80)
    scenario_id = models.CharField(max_length=20, blank=True)
    key = models.CharField(max_length=20)
    lang = models.CharField(max_length=5, default="nl")
    context = models.TextField(blank=True)
    text = models.TextField()
    levels = models.JSONField(default=dict)
    finding_ids = models.JSONField(default=list)

    class Meta:
        ordering = ["-created_at", "-pk"]


class Reflection(SharedItem):
    """Answers to a reflection exercise, or the short "what did you notice?" at a module's end."""

    exercise_id = models.CharField(max_length=80, blank=True)
    key = models.CharField(max_length=20)
    answers = models.JSONField(default=list)  # [{"prompt": str, "answer": str}, ...]

    class Meta:
        ordering = ["-created_at", "-pk"]

    @property
    def is_module_reflection(self) -> bool:
        return not self.exercise_id


class NeedEntry(SharedItem):
    """From complaint to need: the feeling, the need and the request someone found under a complaint."""

    exercise_id = models.CharField(max_length=80)
    scenario_id = models.CharField(max_length=20, blank=True)
    complaint = models.TextField()
    feeling = models.CharField(max_length=80)
    need_id = models.CharField(max_length=40, blank=True)
    need_text = models.CharField(max_length=120)
    request = models.TextField()

    class Meta:
        ordering = ["-created_at", "-pk"]


class NeedConfirmation(models.Model):
    """The partner's answer to a shared need entry: "yes, that's my need" or "not quite"."""

    class Answer(models.TextChoices):
        YES = "yes", _("Yes, that's my need")
        NOT_QUITE = "not_quite", _("Not quite")

    entry = models.ForeignKey(NeedEntry, on_delete=models.CASCADE, related_name="confirmations")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    answer = models.CharField(max_length=16, choices=Answer.choices)
    at = models.DateTimeField(auto_now=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["entry", "user"], name="programme_one_confirmation_each")]


class ChecklistState(models.Model):
    """Which items of a checklist exercise someone ticked (indexes into the exercise's prompts)."""

    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    exercise_id = models.CharField(max_length=80)
    ticked = models.JSONField(default=list)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["owner", "exercise_id"], name="programme_one_checklist_each")]
