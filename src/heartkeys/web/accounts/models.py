"""The user model: a custom one from the start, so that email login and roles need no migration later."""

from __future__ import annotations

from django.contrib.auth.models import AbstractUser
from django.contrib.auth.models import UserManager as DjangoUserManager
from django.db import models
from django.db.models.functions import Lower
from django.utils.translation import gettext_lazy as _


class Role(models.TextChoices):
    PARTNER = "partner", _("Partner")
    # Never chosen by the user: only `heartkeys manage createcoach` or the admin sets it.
    COACH = "coach", _("Coach")
    ADMIN = "admin", _("Administrator")


LANGUAGE_CHOICES = [("", _("Follow my browser")), ("nl", "Nederlands"), ("en", "English")]


class UserManager(DjangoUserManager):
    def create_superuser(self, username, email=None, password=None, **extra_fields):
        extra_fields.setdefault("role", Role.ADMIN)
        return super().create_superuser(username, email, password, **extra_fields)


class User(AbstractUser):
    first_name = None
    last_name = None
    email = models.EmailField(_("email address"), blank=True)
    display_name = models.CharField(_("name"), max_length=80, blank=True)
    language = models.CharField(_("language"), max_length=8, choices=LANGUAGE_CHOICES, blank=True, default="")
    role = models.CharField(_("role"), max_length=16, choices=Role.choices, default=Role.PARTNER)

    objects = UserManager()

    REQUIRED_FIELDS = ["email"]

    class Meta:
        verbose_name = _("user")
        verbose_name_plural = _("users")
        constraints = [
            models.UniqueConstraint(Lower("username"), name="accounts_user_username_ci_unique"),
            models.UniqueConstraint(
                Lower("email"), condition=~models.Q(email=""), name="accounts_user_email_ci_unique"
            ),
        ]

    def save(self, *args, **kwargs):
        self.email = (self.email or "").strip().lower()
        super().save(*args, **kwargs)

    @property
    def name(self) -> str:
        """What other people see: the display name, or else the username."""
        return self.display_name or self.username

    @property
    def is_coach(self) -> bool:
        return self.role == Role.COACH

    def get_full_name(self) -> str:
        return self.name

    def get_short_name(self) -> str:
        return self.name
