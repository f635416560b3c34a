from __future__ import annotations

from django.conf import settings
from django.db import models


class CoachCode(models.Model):
    """A one-time code a coach hands to a couple. Stored as a hash, like invite tokens."""

    coach = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="coach_codes")
    code_hash = models.CharField(max_length=64, unique=True)
    created_at = models.DateTimeField(auto_now_add=True)
    expires_at = models.DateTimeField()
    used_at = models.DateTimeField(null=True, blank=True)


class CoachLink(models.Model):
    """A coach working with a couple. It gives access only while it is open and every member
    of the couple has consented (see ``domain.is_active``); ending it is immediate and final."""

    couple = models.ForeignKey("couples.Couple", on_delete=models.CASCADE, related_name="coach_links")
    coach = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="coach_links")
    created_at = models.DateTimeField(auto_now_add=True)
    ended_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["couple"], condition=models.Q(ended_at__isnull=True), name="coaching_one_open_link_per_couple"
            )
        ]


class Consent(models.Model):
    link = models.ForeignKey(CoachLink, on_delete=models.CASCADE, related_name="consents")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="coach_consents")
    given_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["link", "user"], name="coaching_one_consent_per_person")]


class CoachNote(models.Model):
    """The coach's own notes about a couple: only the coach ever sees them."""

    link = models.ForeignKey(CoachLink, on_delete=models.CASCADE, related_name="notes")
    text = models.TextField()
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at", "-pk"]


class AccessLog(models.Model):
    """Each time a coach looks at a couple's data; the couple can read this log."""

    WHAT_SHARED_ITEMS = "shared_items"

    couple = models.ForeignKey("couples.Couple", on_delete=models.CASCADE, related_name="access_log")
    coach = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+")
    coach_name = models.CharField(max_length=150, blank=True)
    what = models.CharField(max_length=32)
    at = models.DateTimeField(auto_now_add=True, db_index=True)

    class Meta:
        ordering = ["-at", "-pk"]
