"""`heartkeys serve` and `heartkeys manage`: the demo cast, gunicorn configuration, management commands."""

from __future__ import annotations

import pytest

from heartkeys.web import server


def test_bind_addresses():
    assert server._bind("127.0.0.1", 8000) == "127.0.0.1:8000"
    assert server._bind("::1", 8765) == "[::1]:8765"


def test_manage_runs_commands_and_returns_exit_codes(capsys):
    assert server.manage(["check"]) == 0
    assert "no issues" in capsys.readouterr().out
    assert server.manage(["no-such-command"]) == 1


@pytest.mark.django_db
def test_demo_cast(capsys):
    from heartkeys.web.accounts.models import User
    from heartkeys.web.coaching import domain as coaching
    from heartkeys.web.couples import domain as couples

    lines = server.create_demo()
    assert sum("DEMO" in line for line in lines) >= 4
    anna, bram, carla = (User.objects.get(username=n) for n in ("anna", "bram", "carla"))
    assert couples.partner_of(anna) == bram
    assert carla.is_coach
    link = coaching.open_link(couples.couple_of(anna))
    assert link.coach == carla and coaching.is_active(link)
    password = next(line.split("password:")[1].split()[0] for line in lines if "DEMO  anna" in line)
    assert anna.check_password(password)
    again = server.create_demo()  # runs twice without trouble, with new passwords
    assert again != lines
    assert coaching.open_link(couples.couple_of(anna)).pk == link.pk


@pytest.mark.django_db
def test_demo_couple_has_practice_to_show():
    from heartkeys.web.assessment import domain as assessment
    from heartkeys.web.programme import domain as programme

    server.create_demo()
    server.create_demo()  # added once
    from heartkeys.web.accounts.models import User

    anna, bram = (User.objects.get(username=n) for n in ("anna", "bram"))
    assert assessment.latest_results(anna, anna)["self"] is not None
    assert assessment.latest_results(anna, bram)["self"] is not None  # shared with partner and coach
    assert assessment.latest_results(anna, anna)["partner"] is not None  # bram's view of anna
    assert assessment.latest_results(bram, bram)["partner"] is None  # anna wrote none about bram
    assert len(assessment.checkin_series(anna, anna, 30)) == 14
    assert set(programme.key_feedback_over_time(anna)) == {"emotional", "curious", "needs"}


@pytest.mark.django_db
def test_demo_leaves_real_accounts_alone():
    from web_cast import make_user

    make_user("anna")
    lines = server.create_demo()
    assert "already exists" in lines[0]


def test_run_configures_gunicorn(monkeypatch, capsys):
    seen = {}

    def fake_run(self):
        seen.update(bind=self.cfg.bind, workers=self.cfg.workers, accesslog=self.cfg.accesslog)
        seen["control_socket"] = not getattr(self.cfg, "control_socket_disable", True)
        seen["app"] = self.load()

    monkeypatch.setattr(server, "prepare", lambda demo: seen.setdefault("demo", demo))
    monkeypatch.setattr("gunicorn.app.base.BaseApplication.run", fake_run)
    server.run(host="127.0.0.1", port=8765, demo=True)
    assert seen["bind"] == ["127.0.0.1:8765"] and seen["workers"] == 2 and seen["accesslog"] is None
    assert seen["demo"] is True and callable(seen["app"])
    assert seen["control_socket"] is False
    assert "http://127.0.0.1:8765/" in capsys.readouterr().out


@pytest.mark.django_db
def test_migrations_are_complete(capsys):
    """Model changes without a committed migration fail here (`heartkeys manage makemigrations`)."""
    assert server.manage(["makemigrations", "--check", "--dry-run"]) == 0, capsys.readouterr().out
