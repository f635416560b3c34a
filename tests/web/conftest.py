"""Web tests: Django with a throwaway data folder, a fast password hasher and a fixed cast.

The cast: anna and bram (a couple) with carla as their coach (both consented); dora, a coach
whom olaf and pim (another couple) asked for but pim has not agreed to; olaf is an outsider to
anna and bram. Every web test is marked ``web``; without Django they are skipped.
"""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile

import pytest

try:
    import django
except ImportError:  # pragma: no cover - Django is a dependency, but stay polite without it
    django = None
    collect_ignore_glob = ["test_*.py"]
else:
    # Never touch a developer's real data folder or secret key, and ignore their HEARTKEYS_*
    # settings; DATABASE_URL is honoured so CI can run the same tests on PostgreSQL.
    for name in [n for n in os.environ if n.startswith("HEARTKEYS_")]:
        del os.environ[name]
    _data_dir = tempfile.mkdtemp(prefix="heartkeys-test-")
    atexit.register(shutil.rmtree, _data_dir, ignore_errors=True)
    os.environ["HEARTKEYS_DATA_DIR"] = _data_dir
    os.environ["HEARTKEYS_SECRET_KEY"] = "test-only-" + "k" * 60
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "heartkeys.web.settings")
    django.setup()

from web_cast import Cast, link_coach, make_couple, make_user, write_note

WEB_DIR = os.path.dirname(__file__)


def pytest_configure(config):
    config.addinivalue_line("markers", "web: tests of the Django web app (tests/web)")


def pytest_collection_modifyitems(config, items):
    for item in items:
        if str(item.fspath).startswith(WEB_DIR):
            item.add_marker(pytest.mark.web)


@pytest.fixture(autouse=True)
def _fast_hasher(settings):
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture
def cast(db):
    from heartkeys.web.coaching.models import CoachNote

    anna, bram, olaf, pim = (make_user(n) for n in ("anna", "bram", "olaf", "pim"))
    carla, dora = make_user("carla", role="coach"), make_user("dora", role="coach")
    couple = make_couple(anna, bram)
    other = make_couple(olaf, pim)
    link = link_coach(carla, anna, bram)
    dora_link = link_coach(dora, olaf)  # pim never agreed
    c = Cast(anna, bram, carla, dora, olaf, pim, couple, other, link, dora_link)
    for user in (anna, bram, olaf, pim):
        for visibility in ("private", "partner", "coach"):
            marker = f"{user.username.upper()}-{visibility.upper()}-MARKER"
            c.notes[marker] = write_note(user, visibility, marker)
    c.coach_notes["CARLA-NOTE-MARKER"] = CoachNote.objects.create(link=link, text="CARLA-NOTE-MARKER about them")
    c.coach_notes["DORA-NOTE-MARKER"] = CoachNote.objects.create(link=dora_link, text="DORA-NOTE-MARKER waiting")
    return c


@pytest.fixture
def login(client):
    """``login(user)`` logs the test client in as ``user`` and returns it."""

    def _login(user):
        client.force_login(user)
        return client

    return _login
