"""``heartkeys manage createcoach USERNAME``: the only way (besides the admin) to make a coach."""

from __future__ import annotations

import secrets

from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from ...models import Role, User


class Command(BaseCommand):
    help = "Create a coach account, or make an existing account a coach."

    def add_arguments(self, parser):
        parser.add_argument("username")
        parser.add_argument("--email", default="", help="Email address (needed for a new account).")
        parser.add_argument("--name", default="", help="Display name shown to couples.")

    @transaction.atomic
    def handle(self, *args, username, email, name, **options):
        from ....couples.models import Membership

        user = User.objects.filter(username__iexact=username).first()
        if user is not None:
            if Membership.objects.filter(user=user).exists():
                raise CommandError(f"{user.username} is in a couple space; a coach account must stand on its own.")
            user.role = Role.COACH
            if name:
                user.display_name = name
            user.save()
            self.stdout.write(f"{user.username} is now a coach.")
            return
        if not email:
            raise CommandError("a new coach account needs --email")
        if User.objects.filter(email__iexact=email).exists():
            raise CommandError(f"another account already uses {email}")
        password = secrets.token_urlsafe(12)
        user = User(username=username, email=email, display_name=name, role=Role.COACH)
        user.set_password(password)
        user.save()
        self.stdout.write(f"Created coach {username}. Temporary password: {password}")
        self.stdout.write("Ask them to change it after logging in (Settings → Change password).")
