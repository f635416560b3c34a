"""Finding out what a file is before parsing it.

Three questions are answered here, in this order:

1. *Is it something we may read at all?* Size limits, empty files, binary files (photos, PDFs,
   databases), ZIP archives (the chat text inside is used; media files are ignored; a member
   that would unpack too large, or with an absurd compression ratio, is refused).
2. *Which encoding?* UTF-8 with or without BOM, UTF-16/UTF-32 with BOM, UTF-16 without BOM when
   every other byte is NUL. Invalid UTF-8 is decoded with replacement characters and a warning.
3. *Which chat format?* Telegram JSON when the text starts with ``{``; otherwise the first
   :data:`SAMPLE_LINES` non-empty lines are scored against the WhatsApp and transcript layouts.

The file itself is never read into memory: :class:`Source` can open a fresh binary stream
as often as needed (the WhatsApp parser rereads a file once when the sample does not show
whether dates are day-first or month-first).
"""

from __future__ import annotations

import io
import os
import re
import struct
import zipfile
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Final

try:
    from lzma import LZMAError
except ImportError:  # pragma: no cover - Python built without lzma

    class LZMAError(Exception):  # type: ignore[no-redef]
        """Stand-in so that the error tuple below stays valid."""


from ..model import ChatFormatError, ParseStats
from . import transcript, whatsapp

#: Formats that can be forced with ``format_hint``.
FORMATS: Final = ("whatsapp", "telegram", "transcript")

#: How many non-empty lines are used to recognise the format.
SAMPLE_LINES: Final = 50
#: The most text read for that sample.
SAMPLE_CHARS: Final = 1 << 16

DEFAULT_MAX_BYTES: Final = 1 << 30  # 1 GiB
DEFAULT_MAX_UNZIPPED_BYTES: Final = 512 << 20  # 512 MiB
#: Unpacked size divided by packed size above which a ZIP member counts as a zip bomb.
#: Chat text packs about 3 to 6 times smaller; 100 leaves plenty of room.
DEFAULT_MAX_ZIP_RATIO: Final = 100.0
#: Members smaller than this are never refused for their ratio alone (they are harmless).
ZIP_RATIO_FLOOR: Final = 1 << 20

_HEAD_BYTES: Final = 4096
_READ_BUFFER: Final = 1 << 16


@dataclass(frozen=True, slots=True)
class Limits:
    """Bounds that protect against huge or malicious input."""

    max_bytes: int = DEFAULT_MAX_BYTES
    max_unzipped_bytes: int = DEFAULT_MAX_UNZIPPED_BYTES
    max_zip_ratio: float = DEFAULT_MAX_ZIP_RATIO


@dataclass(frozen=True, slots=True)
class Source:
    """A readable chat file: how to open it, how it is encoded, and what it is called."""

    opener: Callable[[], IO[bytes]]
    encoding: str
    name: str | None = None
    title: str | None = None

    def open(self) -> IO[bytes]:
        """Open a fresh binary stream positioned at the start of the chat text."""
        return self.opener()


# --------------------------------------------------------------------------------------------
# Binary sniffing
# --------------------------------------------------------------------------------------------

_MAGIC: Final[tuple[tuple[bytes, str], ...]] = (
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"%PDF-", "a PDF document"),
    (b"SQLite format 3\x00", "an SQLite database"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"Rar!\x1a\x07", "a RAR archive"),
    (b"OggS", "an audio file (Ogg/Opus)"),
    (b"ID3", "an MP3 audio file"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Microsoft Office document"),
    (b"\x7fELF", "a program file"),
    (b"MZ\x90\x00", "a Windows program file"),
)
_ZIP_MAGIC: Final = (b"PK\x03\x04", b"PK\x05\x06")


def sniff_binary(head: bytes) -> str | None:
    """Say what a non-text file looks like (``"a JPEG image"``), or ``None`` if it may be text.

    ZIP archives are not reported here; they are opened and searched for a chat instead.
    """
    for magic, what in _MAGIC:
        if head.startswith(magic):
            return what
    if head[:4] == b"RIFF" and len(head) >= 12:
        kind = head[8:12]
        if kind == b"WEBP":
            return "a WebP image"
        if kind in (b"WAVE", b"AVI "):
            return "an audio or video file"
    if head[4:8] == b"ftyp":
        brand = head[8:12]
        if brand in (b"heic", b"heix", b"mif1", b"msf1", b"avif"):
            return "a HEIC/AVIF photo"
        if brand.startswith(b"M4A"):
            return "an audio file (M4A)"
        return "a video file (MP4/MOV)"
    return None


def sniff_encoding(head: bytes) -> str:
    """Pick the text encoding from the first bytes; raise if the bytes look binary."""
    if head.startswith(b"\xef\xbb\xbf"):
        return "utf-8-sig"
    if head.startswith((b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")):
        return "utf-32"
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "utf-16"
    if b"\x00" not in head:
        return "utf-8"
    # UTF-16 without a BOM: ASCII-range text has a NUL in every other byte.
    pairs = len(head) // 2
    if pairs:
        even = head[0 : pairs * 2 : 2].count(0)
        odd = head[1 : pairs * 2 : 2].count(0)
        if odd >= 0.4 * pairs and even <= 0.02 * pairs:
            return "utf-16-le"
        if even >= 0.4 * pairs and odd <= 0.02 * pairs:
            return "utf-16-be"
    raise ChatFormatError("this looks like a binary file, not a chat export", "binary")


def format_size(n: int) -> str:
    """Human-readable byte count (``"812 bytes"``, ``"1.5 GiB"``)."""
    if n < 1024:
        return f"{n} bytes"
    size = n / 1024
    for unit in ("KiB", "MiB"):
        if size < 1024:
            return f"{size:.1f} {unit}"
        size /= 1024
    return f"{size:.1f} GiB"


_TITLE_RE: Final = re.compile(
    r"^WhatsApp[ _-]?[Cc]hat(?:[ _]with|[ _]met|[ _]mit|[ _]-)?[ _]+(?P<title>.+?)(?:\.txt|\.zip)?$"
)


def _title_from_name(name: str | None) -> str | None:
    """The contact or group name in "WhatsApp Chat with Anna.txt" and similar file names."""
    if not name:
        return None
    match = _TITLE_RE.match(os.path.basename(name))
    return match.group("title").strip() or None if match else None


# --------------------------------------------------------------------------------------------
# Opening sources
# --------------------------------------------------------------------------------------------


def open_source(source: str | os.PathLike[str] | bytes, limits: Limits) -> Source:
    """Check ``source`` and return a :class:`Source` for its chat text.

    ``source`` is a path (str or :class:`~pathlib.Path`; a Telegram export folder is accepted
    too) or the file's bytes. Raises :class:`ChatFormatError` for empty, oversized, binary and
    unusable ZIP input; :class:`OSError` (such as :class:`FileNotFoundError`) passes through.
    """
    if isinstance(source, bytes | bytearray | memoryview):
        data = bytes(source)
        _check_size(len(data), limits.max_bytes)

        def open_bytes() -> IO[bytes]:
            return io.BytesIO(data)

        return _from_opener(open_bytes, None, limits)
    path = Path(source)
    if path.is_dir():
        path = _pick_from_folder(path)
    size = path.stat().st_size
    _check_size(size, limits.max_bytes)

    def open_path() -> IO[bytes]:
        return open(path, "rb", buffering=_READ_BUFFER)

    return _from_opener(open_path, path.name, limits)


def _pick_from_folder(folder: Path) -> Path:
    for name in ("result.json", "_chat.txt"):
        if (folder / name).is_file():
            return folder / name
    texts = sorted(p for p in folder.glob("*.txt") if p.is_file())
    if len(texts) == 1:
        return texts[0]
    raise ChatFormatError("this folder holds no result.json or single chat .txt file", "not_a_chat")


def _check_size(size: int, max_bytes: int) -> None:
    if size > max_bytes:
        raise ChatFormatError(
            f"the file is {format_size(size)}; the limit is {format_size(max_bytes)}",
            "too_large",
        )
    if size == 0:
        raise ChatFormatError("the file is empty", "empty")


def _read_head(opener: Callable[[], IO[bytes]]) -> bytes:
    with opener() as stream:
        return stream.read(_HEAD_BYTES)


def _from_opener(opener: Callable[[], IO[bytes]], name: str | None, limits: Limits) -> Source:
    head = _read_head(opener)
    if head.startswith(_ZIP_MAGIC):
        return _open_zip(opener, name, limits)
    what = sniff_binary(head)
    if what is not None:
        raise ChatFormatError(f"this looks like {what}, not a chat export", "binary")
    return Source(opener, sniff_encoding(head), name, _title_from_name(name))


# --------------------------------------------------------------------------------------------
# ZIP archives
# --------------------------------------------------------------------------------------------


def _choose_member(infos: list[zipfile.ZipInfo]) -> zipfile.ZipInfo | None:
    files = [i for i in infos if not i.is_dir() and not i.filename.startswith("__MACOSX/") and "/._" not in i.filename]
    texts = [i for i in files if i.filename.lower().endswith(".txt")]
    for info in texts:
        if os.path.basename(info.filename) == "_chat.txt":
            return info
    chats = [i for i in texts if os.path.basename(i.filename).lower().startswith("whatsapp")]
    if chats:
        return chats[0]
    if texts:
        return max(texts, key=lambda i: i.file_size)
    for info in files:
        if os.path.basename(info.filename) == "result.json":
            return info
    return None


def _open_zip(opener: Callable[[], IO[bytes]], name: str | None, limits: Limits) -> Source:
    try:
        with opener() as stream, zipfile.ZipFile(stream) as archive:
            infos = archive.infolist()
            info = _choose_member(infos)
            if info is None:
                raise ChatFormatError(
                    f"this ZIP archive holds no chat text file ({len(infos)} other files)",
                    "zip_no_chat",
                )
            _check_member(info, limits)
            if info.file_size == 0:
                raise ChatFormatError("the chat file inside the ZIP archive is empty", "empty")
            with archive.open(info) as member:
                head = member.read(_HEAD_BYTES)
    except ChatFormatError:
        raise
    except _ZIP_DAMAGE:
        raise ChatFormatError("the ZIP archive is damaged", "bad_zip") from None
    except NotImplementedError:
        raise ChatFormatError("the ZIP archive uses a compression method that cannot be read", "bad_zip") from None
    except RuntimeError:
        raise ChatFormatError("the ZIP archive is password-protected", "bad_zip") from None
    what = sniff_binary(head)
    if what is not None:
        raise ChatFormatError(f"the chat file inside the ZIP archive looks like {what}", "binary")
    encoding = sniff_encoding(head)
    member_name = info.filename
    index = infos.index(info)
    bound = min(info.file_size, limits.max_unzipped_bytes)

    def open_member() -> IO[bytes]:
        stream = opener()
        try:
            archive = zipfile.ZipFile(stream)
            member = archive.open(archive.infolist()[index])
        except BaseException as exc:
            stream.close()
            if isinstance(exc, _ZIP_DAMAGE) and not isinstance(exc, ChatFormatError):
                raise ChatFormatError("the ZIP archive is damaged", "bad_zip") from exc
            raise
        raw = _BoundedZipReader(member, bound, (member, archive, stream))
        return io.BufferedReader(raw, buffer_size=_READ_BUFFER)

    title = _title_from_name(member_name) or _title_from_name(name)
    return Source(open_member, encoding, member_name, title)


#: What :mod:`zipfile` raises on archives that are cut off or corrupt.
_ZIP_DAMAGE: Final = (
    zipfile.BadZipFile,
    LZMAError,
    zlib.error,
    EOFError,
    ValueError,
    OSError,
    struct.error,
    KeyError,
    IndexError,
    OverflowError,
)


def _check_member(info: zipfile.ZipInfo, limits: Limits) -> None:
    if info.file_size > limits.max_unzipped_bytes:
        raise ChatFormatError(
            f"the chat inside the ZIP archive would unpack to {format_size(info.file_size)}; "
            f"the limit is {format_size(limits.max_unzipped_bytes)}",
            "zip_too_large",
        )
    if info.file_size > ZIP_RATIO_FLOOR and info.file_size > limits.max_zip_ratio * max(info.compress_size, 1):
        ratio = info.file_size / max(info.compress_size, 1)
        raise ChatFormatError(
            f"the ZIP archive looks like a zip bomb (it would unpack {ratio:.0f} times larger)",
            "zip_bomb",
        )


class _BoundedZipReader(io.RawIOBase):
    """Raw stream over a ZIP member that stops at ``bound`` bytes and reports damage clearly."""

    def __init__(self, member: IO[bytes], bound: int, closers: tuple[IO[bytes] | zipfile.ZipFile, ...]):
        super().__init__()
        self._member = member
        self._left = bound
        self._closers = closers

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: memoryview) -> int:  # type: ignore[override]
        try:
            data = self._member.read(len(buffer))
        except ChatFormatError:
            raise
        except _ZIP_DAMAGE as exc:
            raise ChatFormatError("the ZIP archive is damaged", "bad_zip") from exc
        n = len(data)
        self._left -= n
        if self._left < 0:
            raise ChatFormatError("the chat inside the ZIP archive is larger than it says", "zip_bomb")
        buffer[:n] = data
        return n

    def close(self) -> None:
        if not self.closed:
            for item in self._closers:
                item.close()
        super().close()


# --------------------------------------------------------------------------------------------
# Decoding
# --------------------------------------------------------------------------------------------


def decode_blocks(
    stream: IO[bytes], encoding: str, stats: ParseStats | None, *, whole_lines: bool = True
) -> Iterator[str]:
    """Yield the text of ``stream`` in blocks of about :data:`_DECODE_BLOCK` characters.

    With ``whole_lines`` (the default) every block except the last ends with ``\\n``, so no
    line is ever split between blocks (a single line longer than a block is kept whole).
    Without it, blocks end anywhere between characters and memory stays bounded even for a
    file without line breaks (a minified JSON file). A leading BOM is dropped. Undecodable
    bytes become U+FFFD; how many lines that happened to is added to ``stats.warnings`` when
    the stream ends.
    """
    bad = [0]
    if encoding.startswith("utf-8"):
        chunks = _utf8_chunks(stream, bad, whole_lines)
    else:
        chunks = _text_chunks(stream, encoding, bad)
        if whole_lines:
            chunks = _line_aligned(chunks)
    first = True
    for chunk in chunks:
        if first:
            first = False
            if chunk.startswith("\ufeff"):
                chunk = chunk[1:]
                if not chunk:
                    continue
        yield chunk
    if bad[0] and stats is not None:
        noun = "line has" if bad[0] == 1 else "lines have"
        stats.warn(
            f"{bad[0]} {noun} bytes that are not valid {_encoding_name(encoding)}; they were replaced with \ufffd"
        )


def decode_lines(stream: IO[bytes], encoding: str, stats: ParseStats | None) -> Iterator[str]:
    """Yield the lines of ``stream`` as text without their line ending.

    Lines end at ``\\n`` only (``\\r\\n`` loses its ``\\r``; a lone ``\\r`` stays inside
    the line). Decoding works as in :func:`decode_blocks`.
    """
    for block in decode_blocks(stream, encoding, stats):
        lines = block.split("\n")
        if block.endswith("\n"):
            lines.pop()
        if "\r" in block:
            lines = [line[:-1] if line.endswith("\r") else line for line in lines]
        yield from lines


def _line_aligned(chunks: Iterator[str]) -> Iterator[str]:
    """Re-cut text chunks so that each one but the last ends with a newline."""
    carry = ""
    for chunk in chunks:
        if carry:
            chunk = carry + chunk
        cut = chunk.rfind("\n") + 1
        if cut == 0:
            carry = chunk
            continue
        carry = chunk[cut:]
        yield chunk[:cut]
    if carry:
        yield carry


_DECODE_BLOCK: Final = 1 << 16


def _utf8_chunks(stream: IO[bytes], bad: list[int], whole_lines: bool) -> Iterator[str]:
    """Decode UTF-8 in blocks cut after a newline (a newline byte never splits a character),
    or, without ``whole_lines``, cut just before the last character that starts in the block.
    """
    carry = b""
    while True:
        block = stream.read(_DECODE_BLOCK)
        if not block:
            break
        if carry:
            block = carry + block
        if whole_lines:
            cut = block.rfind(b"\n") + 1
            if cut == 0:
                carry = block
                continue
        else:
            cut = len(block)
            for back in range(1, min(4, len(block)) + 1):
                if block[-back] & 0xC0 != 0x80:  # not a continuation byte: a character starts
                    cut -= back
                    break
            if cut == 0:
                carry = block
                continue
        carry = block[cut:]
        yield _decode_utf8(block[:cut], bad)
    if carry:
        yield _decode_utf8(carry, bad)


def _decode_utf8(block: bytes, bad: list[int]) -> str:
    try:
        return block.decode("utf-8")
    except UnicodeDecodeError:
        for raw in block.split(b"\n"):
            try:
                raw.decode("utf-8")
            except UnicodeDecodeError:
                bad[0] += 1
        return block.decode("utf-8", "replace")


def _text_chunks(stream: IO[bytes], encoding: str, bad: list[int]) -> Iterator[str]:
    text = io.TextIOWrapper(stream, encoding=encoding, errors="replace", newline="")
    while True:
        chunk = text.read(_DECODE_BLOCK)
        if not chunk:
            break
        if "\ufffd" in chunk:
            bad[0] += sum(1 for line in chunk.split("\n") if "\ufffd" in line)
        yield chunk
    text.detach()


def _encoding_name(encoding: str) -> str:
    return "UTF-8" if encoding.startswith("utf-8") else encoding.upper()


# --------------------------------------------------------------------------------------------
# Format detection
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Detection:
    """The outcome of :func:`detect_format`."""

    format: str
    layout: whatsapp.Layout | None = None


def read_sample(stream: IO[bytes], encoding: str) -> list[str]:
    """The first lines of ``stream``, up to :data:`SAMPLE_LINES` non-empty ones.

    At most :data:`SAMPLE_CHARS` characters are read, so a file without line breaks (or with
    enormous lines) costs no more than that; its last sampled line may then be cut short.
    """
    parts: list[str] = []
    size = 0
    for chunk in decode_blocks(stream, encoding, None, whole_lines=False):
        parts.append(chunk)
        size += len(chunk)
        if size >= SAMPLE_CHARS:
            break
    lines = "".join(parts)[:SAMPLE_CHARS].split("\n")
    sample: list[str] = []
    nonempty = 0
    for line in lines:
        sample.append(line[:-1] if line.endswith("\r") else line)
        if line.strip():
            nonempty += 1
            if nonempty >= SAMPLE_LINES:
                break
    return sample


def detect_format(sample: list[str], hint: str | None = None) -> Detection:
    """Decide which parser reads ``sample`` (the first lines of the file).

    Raises :class:`ChatFormatError` when nothing in the sample can be read, naming the first
    lines that could not be read.
    """
    nonempty = [(i + 1, line) for i, line in enumerate(sample) if line.strip()]
    if not nonempty:
        raise ChatFormatError("the file is empty", "empty")
    if hint is not None and hint not in FORMATS:
        raise ValueError(f"unknown format_hint {hint!r}; use one of {', '.join(FORMATS)}")
    looks_json = nonempty[0][1].lstrip().startswith("{")
    if hint == "telegram" or (hint is None and looks_json):
        if not looks_json:
            raise ChatFormatError("this is not a Telegram JSON export (it does not start with '{')", "not_a_chat")
        return Detection("telegram")
    layout, wa_hits = whatsapp.sniff(line for _, line in nonempty)
    if hint == "whatsapp" or (hint is None and layout is not None):
        tr_hits = 0 if hint else transcript.sniff(line for _, line in nonempty)
        if layout is not None and wa_hits * 2 >= tr_hits:
            return Detection("whatsapp", layout)
        if hint == "whatsapp":
            raise _unreadable(nonempty, "no WhatsApp message lines found")
    tr_hits = transcript.sniff(line for _, line in nonempty)
    enough = tr_hits >= 1 and tr_hits * 5 >= len(nonempty)
    if hint == "transcript" or (hint is None and enough):
        if tr_hits == 0:
            raise _unreadable(nonempty, "no 'Name: text' lines found")
        return Detection("transcript")
    raise _unreadable(nonempty, "could not recognise this as a chat export")


def _unreadable(nonempty: list[tuple[int, str]], reason: str) -> ChatFormatError:
    shown = "; ".join(f"line {n}: {_quote(line)}" for n, line in nonempty[:3])
    return ChatFormatError(f"{reason}. First lines: {shown}", "unknown_format")


def _quote(line: str) -> str:
    line = line.strip()
    if len(line) > 60:
        line = line[:57] + "..."
    return repr(line)
