"""Browser tests: real click-throughs of the web app in Chromium, driven by Playwright.

They run against pytest-django's ``live_server`` with a throwaway data folder (set up the same way
as tests/web/conftest.py). The whole folder is skipped when Playwright or a Chromium binary is
missing. Screenshots of every step land in ``test-results/`` at the repository root.
"""

from __future__ import annotations

import atexit
import os
import re
import shutil
import tempfile
from pathlib import Path

import pytest

try:
    import django
    from playwright.sync_api import sync_playwright
except ImportError as error:  # Playwright is a dev dependency; stay polite without it
    django = sync_playwright = None
    SKIP_REASON = f"browser tests need Playwright and Django ({error})"
else:
    SKIP_REASON = ""

CHROMIUM = "/usr/bin/chromium" if os.path.exists("/usr/bin/chromium") else shutil.which("chromium")
if CHROMIUM is None and not SKIP_REASON:
    SKIP_REASON = "browser tests need Chromium (/usr/bin/chromium or chromium on PATH)"

if django is not None:
    # As in tests/web/conftest.py: never touch a real data folder or secret key, and ignore HEARTKEYS_*.
    for name in [n for n in os.environ if n.startswith("HEARTKEYS_")]:
        del os.environ[name]
    _data_dir = tempfile.mkdtemp(prefix="heartkeys-browser-")
    atexit.register(shutil.rmtree, _data_dir, ignore_errors=True)
    os.environ["HEARTKEYS_DATA_DIR"] = _data_dir
    os.environ["HEARTKEYS_SECRET_KEY"] = "test-only-" + "k" * 60
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "heartkeys.web.settings")
    django.setup()

BROWSER_DIR = os.path.dirname(__file__)
RESULTS_DIR = Path(__file__).resolve().parents[2] / "test-results"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


def pytest_configure(config):
    config.addinivalue_line("markers", "browser: click-through tests of the web app in Chromium (tests/browser)")


def pytest_collection_modifyitems(config, items):
    for item in items:
        if str(item.fspath).startswith(BROWSER_DIR):
            item.add_marker(pytest.mark.browser)
            if SKIP_REASON:
                item.add_marker(pytest.mark.skip(reason=SKIP_REASON))


@pytest.fixture(autouse=True)
def _fast_hasher(settings):
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture(scope="module")
def browser(django_db_setup):
    """One Chromium for all tests of a module (the folder has one), closed before other folders run.

    Playwright's sync API keeps an asyncio loop running in this thread, so while it is open the Django
    ORM (the admin step, pytest-django's flushes) needs ``DJANGO_ALLOW_ASYNC_UNSAFE``. It is set only
    for as long as the browser lives: left set, it would leak into later tests (tests/web runs
    ``check --deploy`` in a subprocess, which warns about it).
    """
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
        with sync_playwright() as p:
            chromium = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            yield chromium
            chromium.close()


class Session:
    """One person's browser context: its page, the requests it made, and numbered screenshots."""

    def __init__(self, context, name: str, shots: Shots):
        self.context, self.name, self.shots = context, name, shots
        self.requests: list[str] = []
        context.on("request", lambda request: self.requests.append(request.url))
        self.page = context.new_page()

    def shot(self, step: str) -> None:
        self.shots.take(self.page, f"{self.name}-{step}")


class Shots:
    def __init__(self, prefix: str):
        self.prefix, self.count, self.written = prefix, 0, []
        RESULTS_DIR.mkdir(exist_ok=True)

    def take(self, page, step: str) -> None:
        self.count += 1
        path = RESULTS_DIR / f"{self.prefix}-{self.count:02d}-{re.sub(r'[^a-z0-9-]+', '-', step.lower())}.png"
        page.screenshot(path=str(path), full_page=True)
        self.written.append(path)


@pytest.fixture
def people(request, live_server, browser):
    """``people(name, locale=...)`` opens a fresh browser context (its own cookies) for one person."""
    shots = Shots(request.node.name.removeprefix("test_"))
    sessions: list[Session] = []

    def _open(name: str, locale: str = "nl-NL") -> Session:
        context = browser.new_context(locale=locale, base_url=live_server.url)
        context.set_default_timeout(10_000)
        context.grant_permissions(["clipboard-read", "clipboard-write"], origin=live_server.url)
        session = Session(context, name, shots)
        sessions.append(session)
        return session

    _open.sessions = sessions
    yield _open
    for session in sessions:
        session.context.close()
