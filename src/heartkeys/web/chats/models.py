"""A chat report stored in the app: the measures and chosen examples, never the chat itself
(unless the owner ticked "also keep the raw chat text")."""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _

from ..privacy.models import SharedItem


class ChatReport(SharedItem):
    """One analysed chat export of its owner.

    ``document`` is the library's JSON report (``heartkeys.chat-report/1``: measures, the chosen
    example moments, notices, help lines); ``extra`` holds the few facts the JSON leaves out but
    the stand-alone HTML report needs (notice values, messages per person in turns).
    ``raw_text`` is empty unless the owner chose to keep the chat text; it is then the chat as
    read (the analysed period, as a plain transcript, pseudonymized when the report is).
    """

    title = models.CharField(_("title"), max_length=200)
    lang = models.CharField(max_length=2)
    document = models.JSONField()
    extra = models.JSONField(default=dict, blank=True)
    raw_text = models.TextField(blank=True, default="")

    class Meta:
        ordering = ["-created_at", "-pk"]

    def __str__(self) -> str:
        return self.title

    @property
    def kept_raw_text(self) -> bool:
        return bool(self.raw_text)
