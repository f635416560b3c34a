"""``heartkeys serve`` and ``heartkeys manage``: prepare the database, then run gunicorn or a command.

Static files are served by WhiteNoise straight from the package (no collectstatic step); see
``settings.py``.
"""

from __future__ import annotations

import os
import secrets
import sys
from collections.abc import Callable

SETTINGS_MODULE = "heartkeys.web.settings"
DEMO_EMAIL_DOMAIN = "demo.hartsleutels.invalid"


def setup() -> None:
    """Point Django at our settings, make sure the data folder exists, and load the apps."""
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", SETTINGS_MODULE)
    import django
    from django.conf import settings

    settings.DATA_DIR.mkdir(parents=True, exist_ok=True, mode=0o700)
    django.setup()


def prepare(demo: bool = False, out: Callable[[str], None] = print) -> None:
    """Bring the database up to date (migrations, cache table) and optionally add the demo cast."""
    from django.core.management import call_command
    from django.db import connections

    call_command("migrate", interactive=False, verbosity=0)
    call_command("createcachetable", verbosity=0)
    if demo:
        for line in create_demo():
            out(line)
    # Workers are forked after this: none of them may inherit an open database connection.
    connections.close_all()


def create_demo() -> list[str]:
    """Demo users anna and bram (a couple) and carla (their coach, with consent of both).

    Every call gives them new random passwords. Accounts with these usernames that were not made
    by the demo are left alone.
    """
    from .accounts.models import Role, User
    from .coaching import domain as coaching
    from .couples import domain as couples
    from .privacy.models import Note, Visibility

    cast = [("anna", "Anna", Role.PARTNER), ("bram", "Bram", Role.PARTNER), ("carla", "Carla", Role.COACH)]
    users, lines = {}, []
    for username, name, role in cast:
        email = f"{username}@{DEMO_EMAIL_DOMAIN}"
        user = User.objects.filter(username__iexact=username).first()
        if user is not None and user.email != email:
            return [f"Not adding the demo: an account named {username!r} already exists and is not a demo account."]
        if user is None:
            user = User(username=username, email=email, display_name=name, role=role)
        password = secrets.token_urlsafe(9)
        user.set_password(password)
        user.save()
        users[username] = (user, password)
    anna, bram, carla = (users[n][0] for n in ("anna", "bram", "carla"))
    couple = couples.couple_of(anna)
    if couple is None or couples.couple_of(bram) != couple:
        couples.leave_couple(bram)
        couples.create_couple(anna)
        _invite, token = couples.create_invite(anna)
        couple = couples.accept_invite(token, bram)
    link = coaching.open_link(couple)
    if link is None or link.coach_id != carla.pk:
        if link is not None:
            coaching.end_link(link)
        _row, code = coaching.create_code(carla)
        link = coaching.redeem_code(anna, code)
    coaching.give_consent(bram, link)
    if not Note.objects.filter(owner=anna).exists():
        couples_notes = [
            (anna, Visibility.PRIVATE, "Voor mezelf", "Ik merk dat ik snel in de verdediging schiet als Bram moe is."),
            (anna, Visibility.PARTNER, "Voor Bram", "Dank je dat je gisteren gewoon even naast me kwam zitten."),
            (anna, Visibility.COACH, "Voor de sessie", "We willen oefenen met open vragen stellen."),
            (bram, Visibility.PARTNER, "Voor Anna", "Ik wil vaker vragen hoe je dag echt was."),
        ]
        for owner, visibility, title, text in couples_notes:
            Note.objects.create(owner=owner, couple=couple, visibility=visibility, title=title, text=text)
    _demo_practice(anna, bram)
    bar = "=" * 72
    lines += [bar, "DEMO ACCOUNTS — for trying Hartsleutels only; never put real data in them.", bar]
    for username, (user, password) in users.items():
        lines.append(f"  DEMO  {username:<6} password: {password:<14} ({user.get_role_display()})")
    lines += ["  anna and bram share a couple space; carla is their coach (both agreed).", bar]
    return lines


def _demo_practice(anna, bram) -> None:
    """Some practice for the demo couple, so the progress and questionnaire pages have something to show:
    a questionnaire each (shared with the partner and coach), two weeks of check-ins and a few
    exercise replies with the analyzer's feedback. Added once."""
    from datetime import timedelta

    from django.utils import timezone

    from ..analysis import analyze
    from .assessment import domain as assessment
    from .assessment.models import Result
    from .programme.models import Attempt, ExerciseCompletion

    if Result.objects.filter(owner=anna).exists():
        return
    items = assessment.questionnaire().items
    for person, base in ((anna, 4), (bram, 3)):
        answers = {item.id: (base + i) % 5 + 1 for i, item in enumerate(items)}
        assessment.save_result(person, "self", answers, visibility="coach")
    assessment.save_result(bram, "partner", {item.id: 4 for item in items}, visibility="coach")
    today = timezone.localdate()
    for back in range(14, 0, -1):
        day = today - timedelta(days=back)
        assessment.save_checkin(anna, mood=3 + back % 3, connected=5 + back % 5, visibility="partner", today=day)
        if back % 2:
            assessment.save_checkin(bram, mood=2 + back % 4, connected=4 + back % 6, visibility="coach", today=day)
    replies = [
        (
            "emotional-feeling-reply",
            "emotional",
            "Ik ben zo moe, mijn baas blijft maar mailen.",
            "Wat vervelend. Je klinkt echt uitgeput, dat je zelfs 's avonds nog moet reageren.",
        ),
        ("curious-closed-to-open", "curious", "Ben je boos op me?", "Wat speelt er bij je sinds vanmiddag?"),
        (
            "needs-hear-the-need",
            "needs",
            "Jij bent ook nooit thuis.",
            "Ik hoor dat je me mist. Heb je behoefte aan meer tijd samen?",
        ),
    ]
    for exercise_id, key, context, text in replies:
        result = analyze(text, context, "nl")
        Attempt.objects.create(
            owner=anna,
            couple=None,
            visibility="private",
            exercise_id=exercise_id,
            key=key,
            lang="nl",
            context=context,
            text=text,
            levels=dict(result.levels),
            finding_ids=[f.id for f in result.findings],
        )
        ExerciseCompletion.objects.create(user=anna, exercise_id=exercise_id, key=key)


def _bind(host: str, port: int) -> str:
    return f"[{host}]:{port}" if ":" in host else f"{host}:{port}"


def run(host: str = "127.0.0.1", port: int = 8000, demo: bool = False, workers: int | None = None) -> None:
    """Prepare the database and serve the app with gunicorn until interrupted."""
    setup()
    prepare(demo)
    from gunicorn.app.base import BaseApplication

    from .wsgi import application

    workers = workers or int(os.environ.get("HEARTKEYS_WORKERS", "2"))

    class HeartkeysServer(BaseApplication):
        def load_config(self):
            self.cfg.set("bind", [_bind(host, port)])
            self.cfg.set("workers", workers)
            # No access log by default: paths can carry invite and password-reset tokens.
            self.cfg.set("accesslog", os.environ.get("HEARTKEYS_ACCESS_LOG") or None)
            self.cfg.set("proc_name", "heartkeys")
            if "control_socket_disable" in self.cfg.settings:
                # gunicorn's control socket would live in $HOME; `heartkeys serve` does not need it.
                self.cfg.set("control_socket_disable", True)

        def load(self):
            return application

    print(f"Hartsleutels runs on http://{_bind(host, port)}/  (Ctrl+C stops it)")
    sys.stdout.flush()
    HeartkeysServer().run()


def manage(argv: list[str]) -> int:
    """Run a Django management command (``heartkeys manage migrate`` …) with our settings."""
    setup()
    from django.core.management import execute_from_command_line

    try:
        execute_from_command_line(["heartkeys manage", *argv])
    except SystemExit as exc:
        if exc.code is None:
            return 0
        return exc.code if isinstance(exc.code, int) else 1
    return 0
