"""Input that is not a chat, or is hostile, gives a clear ChatFormatError (never a crash)."""

from __future__ import annotations

import io
import json
import zipfile
from datetime import datetime
from pathlib import Path

import pytest

from heartkeys.chat import ChatFormatError, ParseStats, iter_messages, parse

FIXTURES = Path(__file__).parent / "fixtures"
JPEG = bytes.fromhex("ffd8ffe000104a46494600010100000100010000") + bytes(64)


def error_of(source: object, **kwargs: object) -> ChatFormatError:
    with pytest.raises(ChatFormatError) as info:
        parse(source, **kwargs)  # type: ignore[arg-type]
    return info.value


def test_empty_file(tmp_path: Path) -> None:
    path = tmp_path / "chat.txt"
    path.write_bytes(b"")
    error = error_of(path)
    assert str(error) == "the file is empty"
    assert error.code == "empty"
    assert isinstance(error, ValueError)


def test_only_blank_lines() -> None:
    assert error_of(b"\n\n  \r\n\t\n").code == "empty"


def test_photo_renamed_to_txt(tmp_path: Path) -> None:
    path = tmp_path / "WhatsApp Chat with Anna.txt"
    path.write_bytes(JPEG)
    error = error_of(path)
    assert str(error) == "this looks like a JPEG image, not a chat export"
    assert error.code == "binary"


@pytest.mark.parametrize(
    ("head", "what"),
    [
        (b"\x89PNG\r\n\x1a\n" + bytes(20), "a PNG image"),
        (b"GIF89a" + bytes(20), "a GIF image"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "a PDF document"),
        (b"SQLite format 3\x00" + bytes(20), "an SQLite database"),
        (b"\x00\x00\x00\x18ftypheic" + bytes(20), "a HEIC/AVIF photo"),
        (b"OggS\x00\x02" + bytes(20), "an audio file (Ogg/Opus)"),
    ],
)
def test_other_binary_files(head: bytes, what: str) -> None:
    assert str(error_of(head)) == f"this looks like {what}, not a chat export"


def test_binary_with_nul_bytes() -> None:
    error = error_of(b"hello\x00\x01\x02\x00\xff\x00world" * 10)
    assert error.code == "binary"
    assert "binary" in str(error)


def test_zip_without_chat() -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("IMG-20261125-WA0001.jpg", JPEG)
        archive.writestr("PTT-20261125-WA0002.opus", b"OggS")
    error = error_of(buffer.getvalue())
    assert error.code == "zip_no_chat"
    assert str(error) == "this ZIP archive holds no chat text file (2 other files)"


def _zip_with(member: str, data: bytes) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(member, data)
    return buffer.getvalue()


def test_zip_bomb_by_ratio() -> None:
    # 4 MiB of one repeated line packs into a few kilobytes: ratio far above 100.
    line = b"25-11-2026 21:03 - Anna: ha\n"
    bomb = _zip_with("_chat.txt", line * (4 * 1024 * 1024 // len(line)))
    error = error_of(bomb)
    assert error.code == "zip_bomb"
    assert "zip bomb" in str(error)


def test_zip_member_over_the_size_bound() -> None:
    data = b"25-11-2026 21:03 - Anna: hoi\n" * 2000
    error = error_of(_zip_with("WhatsApp Chat with Anna.txt", data), max_unzipped_bytes=10_000)
    assert error.code == "zip_too_large"
    assert "would unpack to 56.6 KiB; the limit is 9.8 KiB" in str(error)


def test_zip_bound_is_a_parameter_of_iter_messages_too() -> None:
    data = b"25-11-2026 21:03 - Anna: hoi\n" * 100
    with pytest.raises(ChatFormatError):
        iter_messages(_zip_with("_chat.txt", data), max_unzipped_bytes=100)


def test_damaged_zip() -> None:
    good = _zip_with("_chat.txt", b"25-11-2026 21:03 - Anna: hoi\n" * 50)
    error = error_of(good[: len(good) // 2])
    assert error.code == "bad_zip"


def test_zip_member_that_is_a_photo() -> None:
    error = error_of(_zip_with("_chat.txt", JPEG))
    assert str(error) == "the chat file inside the ZIP archive looks like a JPEG image"


def test_file_over_max_bytes(tmp_path: Path) -> None:
    path = tmp_path / "chat.txt"
    path.write_bytes(b"25-11-2026 21:03 - Anna: hoi\n" * 100)
    error = error_of(path, max_bytes=1024)
    assert error.code == "too_large"
    assert str(error) == "the file is 2.8 KiB; the limit is 1.0 KiB"
    assert error_of(path.read_bytes(), max_bytes=1024).code == "too_large"


def test_unknown_format_names_the_first_lines() -> None:
    text = "Boodschappenlijst\nmelk\n\neieren\nbrood\n" * 3
    error = error_of(text.encode())
    assert error.code == "unknown_format"
    assert str(error) == (
        "could not recognise this as a chat export. "
        "First lines: line 1: 'Boodschappenlijst'; line 2: 'melk'; line 4: 'eieren'"
    )


def test_forced_format_that_does_not_fit() -> None:
    error = error_of((FIXTURES / "transcript_plain.txt").read_bytes(), format_hint="whatsapp")
    assert str(error).startswith("no WhatsApp message lines found. First lines: line 1: ")
    assert error_of(b"Anna: hoi\n", format_hint="telegram").code == "not_a_chat"


def test_unknown_format_hint_is_a_programming_error() -> None:
    with pytest.raises(ValueError, match="unknown format_hint"):
        parse(b"Anna: hoi\n", format_hint="signal")


def test_format_hint_forces_transcript_on_whatsapp_like_text() -> None:
    data = b"Anna: hoi\nBram: hey\n"
    messages, stats = parse(data, format_hint="transcript")
    assert stats.format == "transcript" and len(messages) == 2


def test_truncated_utf8_is_replaced_with_a_warning() -> None:
    data = "25-11-2026 21:03 - Anna: Tot straks ❤️\n25-11-2026 21:04 - Bram: Tot zo 😘".encode()
    messages, stats = parse(data[:-2])  # cut in the middle of the emoji
    assert [m.author for m in messages] == ["Anna", "Bram"]
    assert messages[1].text == "Tot zo \ufffd"
    assert stats.warnings == ["1 line has bytes that are not valid UTF-8; they were replaced with \ufffd"]


def test_invalid_utf8_inside_the_file() -> None:
    data = b"25-11-2026 21:03 - Anna: caf\xe9\n25-11-2026 21:04 - Bram: \xff\xfe ok\n"
    messages, stats = parse(data)
    assert [m.text for m in messages] == ["caf\ufffd", "\ufffd\ufffd ok"]
    assert "2 lines have bytes" in stats.warnings[0]


def test_future_dates_are_kept_with_a_warning() -> None:
    data = b"25-11-2026 21:03 - Anna: nu\n25-11-2099 08:00 - Bram: later\n26-11-2099 08:00 - Bram: nog later\n"
    messages, stats = parse(data)
    assert [m.time for m in messages][1:] == [datetime(2099, 11, 25, 8), datetime(2099, 11, 26, 8)]
    assert stats.warnings == [
        "2 messages are dated in the future (first on line 2, 2099-11-25 08:00); check the phone's clock"
    ]
    streamed_stats = ParseStats()
    assert list(iter_messages(data, stats=streamed_stats)) == messages
    assert streamed_stats.warnings == stats.warnings


def test_one_person_chat() -> None:
    data = (
        b"13-03-2026 07:00 - Anna: Notitie aan mezelf: vandaag vragen hoe Bram zich voelt\n"
        b"13-03-2026 07:01 - Anna: <Media weggelaten>\n"
        b"14-03-2026 22:15 - Anna: Gedaan. Hij was blij dat ik het vroeg\n"
    )
    messages, stats = parse(data)
    assert stats.format == "whatsapp" and stats.warnings == []
    assert {m.author for m in messages} == {"Anna"}
    assert [m.kind for m in messages] == ["text", "media", "text"]
    assert messages[0].text == "Notitie aan mezelf: vandaag vragen hoe Bram zich voelt"


def test_telegram_without_messages() -> None:
    error = error_of(json.dumps({"name": "x", "about": "nothing here"}).encode())
    assert error.code == "not_a_chat"
    assert 'no "messages" list' in str(error)


def test_telegram_full_account_export_is_refused() -> None:
    data = json.dumps({"about": "", "chats": {"list": [{"name": "Anna", "messages": []}]}})
    assert "full Telegram account export" in str(error_of(data.encode()))


def test_telegram_cut_off_keeps_the_messages_before_the_cut() -> None:
    text = (FIXTURES / "telegram_result.json").read_text(encoding="utf-8")
    cut = text.index('"id": 6')
    messages, stats = parse(text[:cut].encode())
    assert len(messages) == 5
    assert stats.warnings == ["the JSON file is damaged after 5 messages; the rest was not read"]


def test_telegram_entries_that_are_not_messages_are_skipped() -> None:
    data = json.dumps(
        {
            "name": "Anna",
            "messages": [
                42,
                {"type": "unknown_thing", "date": "2026-01-01T10:00:00"},
                {"type": "message", "date": "not a date", "from": "Anna", "text": "hoi"},
            ],
        }
    )
    messages, stats = parse(data.encode())
    assert stats.skipped_lines == 2
    assert messages == [messages[0]] and messages[0].time is None and messages[0].text == "hoi"


def test_telegram_export_folder(tmp_path: Path) -> None:
    folder = tmp_path / "ChatExport_2026-11-25"
    folder.mkdir()
    (folder / "result.json").write_bytes((FIXTURES / "telegram_result.json").read_bytes())
    (folder / "photos").mkdir()
    messages, stats = parse(folder)
    assert stats.format == "telegram" and len(messages) == 8


def test_missing_file_is_an_os_error(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        parse(tmp_path / "nope.txt")
