"""Everything the app stores about one person, as one JSON-ready dict (the data-export download)."""

from __future__ import annotations

from django.utils import timezone

from ..coaching.models import AccessLog, CoachCode, CoachLink, Consent
from ..couples import domain as couples
from ..couples.models import Invite, Membership
from ..safety.models import SafetyCheck
from .models import Note

FORMAT = "hartsleutels-export"
VERSION = 1


def _when(value):
    return value.isoformat() if value else None


#: Apps that add their own section to the export: each has an ``export`` module with
#: ``export_user(user) -> dict`` (what that app stores about the person).
EXPORT_SECTIONS = ("programme", "together", "assessment", "chats", "api", "coachdesk")


def _app_sections(user) -> dict:
    from importlib import import_module

    sections = {}
    for label in EXPORT_SECTIONS:
        try:
            module = import_module(f"heartkeys.web.{label}.export")
        except ModuleNotFoundError as exc:
            if exc.name != f"heartkeys.web.{label}.export":
                raise
            continue
        sections[label] = module.export_user(user)
    return sections


def export_user(user) -> dict:
    membership = Membership.objects.filter(user=user).select_related("couple").first()
    couple = membership.couple if membership else None
    check = SafetyCheck.objects.filter(user=user).first()
    data = {
        "format": FORMAT,
        "version": VERSION,
        "exported_at": _when(timezone.now()),
        "account": {
            "username": user.username,
            "display_name": user.display_name,
            "email": user.email,
            "language": user.language,
            "role": user.role,
            "date_joined": _when(user.date_joined),
            "last_login": _when(user.last_login),
        },
        "couple": None,
        "invites_created": [
            {"created_at": _when(i.created_at), "expires_at": _when(i.expires_at), "used_at": _when(i.used_at)}
            for i in Invite.objects.filter(created_by=user).order_by("created_at")
        ],
        "notes": [
            {
                "id": n.pk,
                "title": n.title,
                "text": n.text,
                "visibility": n.visibility,
                "created_at": _when(n.created_at),
                "updated_at": _when(n.updated_at),
            }
            for n in Note.objects.filter(owner=user).order_by("created_at", "pk")
        ],
        "safety_check": None,
        "coaching": {
            "consents": [
                {"coach": c.link.coach.name, "given_at": _when(c.given_at), "ended_at": _when(c.link.ended_at)}
                for c in Consent.objects.filter(user=user).select_related("link__coach").order_by("given_at")
            ],
            "access_log": [],
        },
    }
    if couple is not None:
        data["couple"] = {
            "created_at": _when(couple.created_at),
            "joined_at": _when(membership.joined_at),
            "members": [m.name for m in couples.members(couple)],
        }
        data["coaching"]["access_log"] = [
            {"coach": e.coach_name, "what": e.what, "at": _when(e.at)}
            for e in AccessLog.objects.filter(couple=couple).order_by("at", "pk")
        ]
    if check is not None:
        data["safety_check"] = {
            "flagged_categories": sorted(check.categories),
            "checked_at": _when(check.checked_at),
            "shared_with_coach": check.shared_with_link_id is not None,
        }
    if user.role == "coach":
        data["coach"] = {
            "codes": [
                {"created_at": _when(c.created_at), "expires_at": _when(c.expires_at), "used_at": _when(c.used_at)}
                for c in CoachCode.objects.filter(coach=user).order_by("created_at")
            ],
            "links": [
                {
                    "created_at": _when(link.created_at),
                    "ended_at": _when(link.ended_at),
                    "notes": [{"text": n.text, "created_at": _when(n.created_at)} for n in link.notes.order_by("pk")],
                }
                for link in CoachLink.objects.filter(coach=user).order_by("created_at")
            ],
        }
    data.update(_app_sections(user))
    return data
