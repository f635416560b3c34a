"""A shared "something changed" marker, so a rendered page can be kept until the data under it changes.

Every save or delete of a model in the app's own apps (and every many-to-many change) gives the one
:class:`~heartkeys.web.privacy.models.DataVersion` row a new random value, in the same transaction
as the change itself: other workers see the new value exactly when they can see the new data. A page
keeps its rendered copy under ``(person, language, day, version)``; when the version moved on, the
copy is never used again. Frequent writes that no kept page shows (the coach access log, an API
token's "last used") do not count.

Every write changes it (not once per request: a write inside a transaction that is rolled back
takes its new value with it, and a later write must still move it on).
"""

from __future__ import annotations

import uuid

from django.db.models.signals import m2m_changed, post_delete, post_save

#: Apps whose data can show on a kept page.
APPS = frozenset(
    {"accounts", "couples", "coaching", "privacy", "safety", "programme", "together", "assessment", "chats"}
)
#: Models written often that no kept page shows.
IGNORED = frozenset({("coaching", "accesslog"), ("privacy", "dataversion")})


def current() -> str:
    """The version now ("" before the first change)."""
    from .privacy.models import DataVersion

    return DataVersion.objects.filter(pk=1).values_list("value", flat=True).first() or ""


def bump() -> str:
    """Give the version a new value (inside the current transaction)."""
    from .privacy.models import DataVersion

    value = uuid.uuid4().hex
    if not DataVersion.objects.filter(pk=1).update(value=value):
        DataVersion.objects.update_or_create(pk=1, defaults={"value": value})
    return value


def _changed(sender, **kwargs) -> None:
    meta = getattr(sender, "_meta", None)
    if meta is None or meta.app_label not in APPS or (meta.app_label, meta.model_name) in IGNORED:
        return
    if kwargs.get("raw"):  # loading fixtures
        return
    bump()


def _m2m_changed(sender, action, **kwargs) -> None:
    if action.startswith("post_"):
        _changed(kwargs["model"], **kwargs)


def connect() -> None:
    post_save.connect(_changed, dispatch_uid="heartkeys.dataversion.save")
    post_delete.connect(_changed, dispatch_uid="heartkeys.dataversion.delete")
    m2m_changed.connect(_m2m_changed, dispatch_uid="heartkeys.dataversion.m2m")
