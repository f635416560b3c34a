"""The ``analyze-chat`` command: formats, output file, options, and clear errors with exit code 2."""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from heartkeys.chat.command import analyze_chat

GOLDEN = Path(__file__).parent / "golden"
FIXTURES = Path(__file__).parent / "fixtures"
COUPLE = str(GOLDEN / "couple_nl.txt")
JPEG = bytes.fromhex("ffd8ffe000104a46494600010100000100010000") + bytes(64)


def run(*args: str):
    return CliRunner().invoke(analyze_chat, [*args], catch_exceptions=False)


def test_registered_name_and_help() -> None:
    assert analyze_chat.name == "analyze-chat"
    group = click.Group(commands=[analyze_chat])
    result = CliRunner().invoke(group, ["analyze-chat", "--help"])
    assert result.exit_code == 0
    for option in ("--format", "--output", "--me", "--partner", "--since", "--until", "--pseudonymize", "--lang"):
        assert option in result.output
    assert "--format-hint" in result.output and "--workers" in result.output
    assert "--max-bytes" not in result.output  # hidden, for tests and embedding


def test_text_is_the_default() -> None:
    result = run(COUPLE, "--workers", "1")
    assert result.exit_code == 0, result.stderr
    assert "Jullie gesprekken" in result.stdout and "Sanne" in result.stdout
    assert "\x1b[" not in result.stdout


def test_json_to_stdout() -> None:
    result = run(COUPLE, "--format", "json", "--workers", "1")
    assert result.exit_code == 0
    doc = json.loads(result.stdout)
    assert doc["messages"] == 32 and [p["name"] for p in doc["participants"]] == ["Joris", "Sanne"]
    assert result.stdout == (GOLDEN / "couple_nl.json").read_text(encoding="utf-8")


def test_html_to_a_file(tmp_path: Path) -> None:
    target = tmp_path / "rapport.html"
    result = run(COUPLE, "--format", "html", "-o", str(target), "--workers", "1")
    assert result.exit_code == 0
    assert result.stdout == ""
    assert "rapport.html" in result.stderr
    page = target.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") and "<svg" in page
    assert "http://" not in page and "https://" not in page and "<script" not in page


def test_text_to_a_file_has_no_colour_codes(tmp_path: Path) -> None:
    target = tmp_path / "rapport.txt"
    assert run(COUPLE, "-o", str(target), "--lang", "en").exit_code == 0
    text = target.read_text(encoding="utf-8")
    assert "Your conversations" in text and "\x1b[" not in text


def test_me_and_partner_in_a_group() -> None:
    result = run(str(FIXTURES / "group_five.txt"), "--me", "Sanne", "--partner", "joris", "--format", "json")
    assert result.exit_code == 0
    doc = json.loads(result.stdout)
    assert [p["name"] for p in doc["participants"]] == ["Sanne", "Joris"]
    assert doc["selection"] == "given" and len(doc["all_participants"]) == 5
    alone = json.loads(run(str(FIXTURES / "group_five.txt"), "--me", "Fatima", "--format", "json").stdout)
    assert alone["selection"] == "me_most_active" and alone["participants"][0]["name"] == "Fatima"


def test_me_puts_that_person_first() -> None:
    doc = json.loads(run(COUPLE, "--me", "Sanne", "--format", "json").stdout)
    assert [p["name"] for p in doc["participants"]] == ["Sanne", "Joris"]


def test_pseudonymize_hides_names_in_every_format() -> None:
    for fmt in ("text", "json", "html"):
        result = run(COUPLE, "--pseudonymize", "--format", fmt)
        assert result.exit_code == 0
        assert "Sanne" not in result.stdout and "Joris" not in result.stdout
        assert "Partner A" in result.stdout and "Partner B" in result.stdout


def test_since_until() -> None:
    doc = json.loads(run(COUPLE, "--since", "2026-03-01", "--until", "2026-03-31", "--format", "json").stdout)
    assert doc["first"].startswith("2026-03-16") and doc["period"] == {"since": "2026-03-01", "until": "2026-03-31"}


def error(*args: str) -> str:
    result = run(*args)
    assert result.exit_code == 2, result.output
    assert "Traceback" not in result.output
    assert result.stdout == ""
    return result.stderr


def test_empty_file(tmp_path: Path) -> None:
    path = tmp_path / "chat.txt"
    path.write_bytes(b"")
    assert "error: the file is empty" in error(str(path))


def test_photo_renamed_to_txt(tmp_path: Path) -> None:
    path = tmp_path / "WhatsApp Chat met Bram.txt"
    path.write_bytes(JPEG)
    assert "JPEG image, not a chat export" in error(str(path))


def test_too_big() -> None:
    assert "the limit is 100 bytes" in error(COUPLE, "--max-bytes", "100")


def test_zip_bomb(tmp_path: Path) -> None:
    line = b"25-11-2026 21:03 - Anna: ha\n"
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("_chat.txt", line * (4 * 1024 * 1024 // len(line)))
    path = tmp_path / "chat.zip"
    path.write_bytes(buffer.getvalue())
    assert "zip bomb" in error(str(path))


def test_truncated_utf8(tmp_path: Path) -> None:
    # Only a cut-off multi-byte character: nothing to read.
    path = tmp_path / "chat.txt"
    path.write_bytes(b"\xe2\x82")
    assert "error:" in error(str(path))
    # A chat cut off in the middle of a character is read, with a warning on stderr.
    good = (GOLDEN / "couple_nl.txt").read_bytes() + b"17-03-2026 07:20 - Sanne: Ja hoor " + "😊".encode()[:2]
    path.write_bytes(good)
    result = run(str(path), "--format", "json")
    assert result.exit_code == 0
    assert "warning:" in result.stderr and "UTF-8" in result.stderr


def test_one_person_chat(tmp_path: Path) -> None:
    path = tmp_path / "chat.txt"
    path.write_text("25-11-2026 08:00 - Anna: Hoi\n25-11-2026 08:01 - Anna: Hallo?\n", encoding="utf-8")
    message = error(str(path))
    assert "only Anna writes" in message and "two people" in message


def test_group_of_five_without_me() -> None:
    message = error(str(FIXTURES / "group_five.txt"))
    assert "group chat with 5 participants" in message
    for name in ("Anna", "Bram", "Sanne", "Joris", "Fatima"):
        assert name in message
    assert "--me NAME" in message


def test_unknown_me_lists_the_participants() -> None:
    message = error(COUPLE, "--me", "Zoë")
    assert "'Zoë'" in message and "Joris (16)" in message and "Sanne (15)" in message


def test_same_person_twice() -> None:
    assert "own partner" in error(COUPLE, "--me", "Sanne", "--partner", "sanne")


def test_missing_file_and_bad_options(tmp_path: Path) -> None:
    result = run(str(tmp_path / "nope.txt"))
    assert result.exit_code == 2 and "does not exist" in result.stderr
    assert run(COUPLE, "--format", "pdf").exit_code == 2
    assert run(COUPLE, "--since", "25-11-2026").exit_code == 2
    assert "empty" in error(COUPLE, "--since", "2026-04-01", "--until", "2026-03-01")


@pytest.mark.parametrize("hint", ["whatsapp", "transcript"])
def test_format_hint(hint: str) -> None:
    result = run(str(FIXTURES / "transcript_plain.txt"), "--format-hint", hint, "--format", "json")
    if hint == "transcript":
        assert result.exit_code == 0
        assert json.loads(result.stdout)["format"] == "transcript"
    else:
        assert result.exit_code == 2 and "Traceback" not in result.output
