from __future__ import annotations

from django.conf import settings
from django.db import models


class Couple(models.Model):
    """A shared space for (at most) two partners. Removed as soon as nobody is in it."""

    created_at = models.DateTimeField(auto_now_add=True)

    def __str__(self) -> str:
        return f"couple {self.pk}"


class Membership(models.Model):
    # One-to-one: a person is in at most one couple space at a time.
    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="membership")
    couple = models.ForeignKey(Couple, on_delete=models.CASCADE, related_name="memberships")
    joined_at = models.DateTimeField(auto_now_add=True)


class Invite(models.Model):
    """A one-time invite link. Only a SHA-256 hash of the token is stored, so a database leak
    does not hand out working links."""

    couple = models.ForeignKey(Couple, on_delete=models.CASCADE, related_name="invites")
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    token_hash = models.CharField(max_length=64, unique=True)
    created_at = models.DateTimeField(auto_now_add=True)
    expires_at = models.DateTimeField()
    used_at = models.DateTimeField(null=True, blank=True)
