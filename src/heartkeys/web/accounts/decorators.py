"""Role checks for views. Anonymous visitors go to the login page; the wrong role gets 403."""

from __future__ import annotations

from functools import wraps

from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied

from .models import Role


def partner_required(view):
    """Pages for people in (or on their way to) a couple: everyone except coaches."""

    @wraps(view)
    @login_required
    def wrapper(request, *args, **kwargs):
        if request.user.role == Role.COACH:
            raise PermissionDenied
        return view(request, *args, **kwargs)

    return wrapper


def coach_required(view):
    @wraps(view)
    @login_required
    def wrapper(request, *args, **kwargs):
        if request.user.role != Role.COACH:
            raise PermissionDenied
        return view(request, *args, **kwargs)

    return wrapper
