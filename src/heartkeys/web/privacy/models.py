from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class Visibility(models.TextChoices):
    PRIVATE = "private", _("Only me")
    PARTNER = "partner", _("Me and my partner")
    COACH = "coach", _("Me, my partner and our coach")


class SharedItem(models.Model):
    """Base for every personal item a person stores: it has an owner and a visibility.

    ``couple`` is the couple space the item was shared in. Sharing only reaches people in that
    same space while the owner is still in it, so leaving a couple (or joining a new one) never
    shows old items to someone new. Query through :mod:`heartkeys.web.privacy.domain`, which is
    the one place that decides who sees what.
    """

    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    couple = models.ForeignKey("couples.Couple", on_delete=models.SET_NULL, null=True, blank=True, related_name="+")
    visibility = models.CharField(
        _("who can see this"), max_length=16, choices=Visibility.choices, default=Visibility.PRIVATE
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        abstract = True


class Note(SharedItem):
    """A journal or reflection note: the first kind of shared item."""

    title = models.CharField(_("title"), max_length=120, blank=True)
    text = models.TextField(_("note"))

    class Meta:
        ordering = ["-created_at", "-pk"]


class DataVersion(models.Model):
    """One row whose ``value`` changes whenever personal data changes (see :mod:`heartkeys.web.dataversion`).

    Pages that keep a rendered copy (the couple's home page) store it under this value, so any change
    anywhere makes every kept copy stale at once, in every worker process.
    """

    value = models.CharField(max_length=32, default="")
