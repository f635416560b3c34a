from __future__ import annotations

from django.contrib.auth import get_user_model
from django.contrib.auth.backends import ModelBackend


class UsernameOrEmailBackend(ModelBackend):
    """Log in with the username or the email address, both case-insensitive."""

    def authenticate(self, request, username=None, password=None, **kwargs):
        user_model = get_user_model()
        login = (username or kwargs.get(user_model.USERNAME_FIELD) or "").strip()
        if not login or password is None:
            return None
        field = "email__iexact" if "@" in login else "username__iexact"
        try:
            user = user_model._default_manager.get(**{field: login})
        except (user_model.DoesNotExist, user_model.MultipleObjectsReturned):
            # Hash anyway, so that response time does not tell whether the account exists.
            user_model().set_password(password)
            return None
        if user.check_password(password) and self.user_can_authenticate(user):
            return user
        return None
