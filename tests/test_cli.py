"""The command line, through click's test runner (and once as a real subprocess)."""

from __future__ import annotations

import json
import subprocess
import sys

from click.testing import CliRunner

from heartkeys import __version__
from heartkeys.cli import cli

runner = CliRunner()


def run(*args: str, input: str | None = None):
    return runner.invoke(cli, list(args), input=input, catch_exceptions=False)


def test_version():
    result = run("--version")
    assert result.exit_code == 0
    assert __version__ in result.output


def test_keys_json_lists_eight_keys_with_counts():
    for lang in ("nl", "en"):
        data = json.loads(run("keys", "--json", "--lang", lang).output)
        assert data["lang"] == lang
        assert [k["code"] for k in data["keys"]] == [
            "emotional",
            "nonverbal",
            "perspective",
            "curious",
            "needs",
            "supportive",
            "moral",
            "metaphorical",
        ]
        for k in data["keys"]:
            assert {"code", "number", "name", "summary", "facets", "exercises"} <= set(k)
            assert len(k["exercises"]) >= 4
            assert all({"id", "type"} <= set(e) for e in k["exercises"])
        c = data["counts"]
        assert c["cards"] >= 80 and c["needs"] >= 80 and c["metaphors"] >= 25 and c["values"] >= 13
        assert c["feelings"] >= (250 if lang == "nl" else 200)
        assert c["questionnaire_items"] >= 32


def test_keys_one_key_text_and_json():
    text = run("keys", "curious").output
    assert "Nieuwsgierige empathie" in text and "curious-closed-to-open" in text
    data = json.loads(run("keys", "needs", "--json", "--lang", "en").output)
    assert data["keys"][0]["code"] == "needs" and len(data["keys"][0]["lesson"].split()) >= 300


def test_keys_table():
    out = run("keys", "--lang", "en").output
    assert "Emotional empathy" in out and "Metaphorical empathy" in out


def test_keys_unknown_code_is_a_usage_error():
    result = runner.invoke(cli, ["keys", "happiness"])
    assert result.exit_code == 2 and "Invalid value" in result.output


def test_cards_deals_a_card_reproducibly():
    a = run("cards", "--seed", "3").output
    b = run("cards", "--seed", "3").output
    assert a == b and a.strip()
    out = run("cards", "--theme", "dreams", "--lang", "en", "--seed", "1").output
    assert "Dreams" in out


def test_cards_unknown_theme():
    result = runner.invoke(cli, ["cards", "--theme", "nope"])
    assert result.exit_code == 2 and "unknown theme" in result.output


def test_python_dash_m_works():
    proc = subprocess.run([sys.executable, "-m", "heartkeys", "--version"], capture_output=True, text=True, check=False)
    assert proc.returncode == 0 and __version__ in proc.stdout
