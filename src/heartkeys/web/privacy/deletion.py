"""Account deletion that really deletes: rows go, nothing is merely flagged as deleted."""

from __future__ import annotations

from django.contrib.sessions.models import Session
from django.db import transaction
from django.utils import timezone

from ..coaching.models import AccessLog
from ..couples.domain import leave_couple


def _delete_sessions(user) -> None:
    # Sessions on other devices hold the user's id in their (encoded) data: end them too.
    user_id = str(user.pk)
    stale = [
        s.session_key
        for s in Session.objects.filter(expire_date__gt=timezone.now()).iterator()
        if str(s.get_decoded().get("_auth_user_id")) == user_id
    ]
    Session.objects.filter(session_key__in=stale).delete()


def delete_account(user) -> None:
    """Delete ``user`` and everything that is theirs.

    Leaving the couple first ends any coaching link (consent goes with the person) and removes
    the couple space when nobody is left. Foreign keys cascade for notes, the safety check,
    consents, invites, and a coach's codes, links and notes. The couple's access log keeps the
    fact that a coach looked, but not the name of a coach who deleted their account.
    """
    with transaction.atomic():
        leave_couple(user)
        AccessLog.objects.filter(coach=user).update(coach=None, coach_name="")
        _delete_sessions(user)
        user.delete()
