from __future__ import annotations

from django.conf import settings
from django.db import models


class SafetyCheck(models.Model):
    """The outcome of a person's latest safety check, and nothing more.

    The answers themselves are not stored: only which categories (violence, coercion, crisis)
    flagged, which is all the app needs to show the right help. Always private to its owner;
    a coach sees the outcome only when its owner chose to share it with that coach. The choice is
    tied to one coaching link, so it never carries over to another coach or a later link.
    """

    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="safety_check")
    flagged = models.CharField(max_length=64, blank=True)  # comma-separated categories; "" = nothing flagged
    checked_at = models.DateTimeField()
    shared_with_link = models.ForeignKey(
        "coaching.CoachLink", on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )

    @property
    def categories(self) -> frozenset[str]:
        return frozenset(c for c in self.flagged.split(",") if c)

    @property
    def is_flagged(self) -> bool:
        return bool(self.flagged)
