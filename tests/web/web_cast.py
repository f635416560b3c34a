"""Helpers that build the test cast (see conftest.py); importable from the test modules."""

from __future__ import annotations

from dataclasses import dataclass, field

PASSWORD = "a calm sofa evening 42"


@dataclass
class Cast:
    anna: object
    bram: object
    carla: object
    dora: object
    olaf: object
    pim: object
    couple: object
    other_couple: object
    link: object
    dora_link: object
    notes: dict = field(default_factory=dict)
    coach_notes: dict = field(default_factory=dict)


def make_user(username, role="partner", **extra):
    from heartkeys.web.accounts.models import User

    user = User(username=username, email=f"{username}@example.org", display_name=username.title(), role=role, **extra)
    user.set_password(PASSWORD)
    user.save()
    return user


def make_couple(a, b):
    from heartkeys.web.couples import domain

    domain.create_couple(a)
    _invite, token = domain.create_invite(a)
    return domain.accept_invite(token, b)


def link_coach(coach, first, second=None):
    from heartkeys.web.coaching import domain

    _row, code = domain.create_code(coach)
    link = domain.redeem_code(first, code)
    if second is not None:
        domain.give_consent(second, link)
    return link


def write_note(owner, visibility, marker):
    from heartkeys.web.couples.domain import couple_of
    from heartkeys.web.privacy.models import Note, Visibility

    couple = None if visibility == Visibility.PRIVATE else couple_of(owner)
    return Note.objects.create(owner=owner, couple=couple, visibility=visibility, title=marker, text=f"{marker} body")
