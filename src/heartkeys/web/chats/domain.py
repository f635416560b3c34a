"""Chat reports without HTTP: analyse an upload in memory, store the measures, decide who sees what.

The upload is analysed by :func:`heartkeys.chat.analyze.analyze_chat` straight from the bytes in
memory, in this process (``workers=1``): no file is written anywhere. What is stored is the
library's JSON report document (measures and the chosen example moments), a few values the
HTML report needs, and the chat text only when the owner asks for it.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import date, datetime, time

from django.conf import settings
from django.core.cache import cache
from django.db.models import QuerySet
from django.utils.translation import gettext as _

from ...chat import iter_messages
from ...chat.analyze import ChatAnalysisError, Pseudonyms, analyze_chat, choose_pair
from ...chat.conversation import participants as count_participants
from ...chat.model import ChatFormatError
from ...chat.report.jsondoc import report_to_dict
from ...chat.report.model import ChatReport as LibraryReport
from ..coaching import domain as coaching
from ..privacy import domain as privacy
from .models import ChatReport
from .rebuild import extra_of

log = logging.getLogger(__name__)

#: Uploads one person may try per hour (each try is analysed, so this guards the worker).
UPLOADS_PER_HOUR = 10
RATE_WINDOW = 60 * 60


class UploadProblem(Exception):
    """Why an upload could not become a report. ``message`` is for the user, in their language;
    ``participants`` lists ``(name, messages)`` when choosing who is who would help."""

    def __init__(self, code: str, message: str, participants=()):
        super().__init__(code)
        self.code = code
        self.message = message
        self.participants = tuple(participants)


def upload_limit() -> int:
    return int(getattr(settings, "HEARTKEYS_CHAT_UPLOAD_MAX", 20 * 1024 * 1024))


def uploads_per_hour() -> int:
    return int(getattr(settings, "HEARTKEYS_CHAT_UPLOADS_PER_HOUR", UPLOADS_PER_HOUR))


# --- rate limit ----------------------------------------------------------------------------------


def _rate_key(user) -> str:
    return f"heartkeys:chats:uploads:{user.pk}"


def take_upload_slot(user) -> bool:
    """Count one upload try for ``user``; False when the hourly limit is reached (nothing counted)."""
    key = _rate_key(user)
    cache.add(key, 0, RATE_WINDOW)
    try:
        used = cache.get(key, 0)
        if used >= uploads_per_hour():
            return False
        cache.incr(key)
    except ValueError:  # expired in between
        cache.set(key, 1, RATE_WINDOW)
    return True


# --- errors in the user's words --------------------------------------------------------------------


def _size(n: int) -> str:
    return f"{n / (1024 * 1024):.1f} MB" if n >= 1024 * 1024 else f"{max(1, round(n / 1024))} kB"


def format_message(code: str) -> str:
    """A ``ChatFormatError`` code in the user's language."""
    messages = {
        "empty": _("The file is empty. Export the chat again and choose that file."),
        "too_large": _("The file is too large. The limit is %(limit)s.") % {"limit": _size(upload_limit())},
        "binary": _(
            "This looks like a photo, a database or another file that is not a chat export. "
            "Choose the .txt or .zip file that WhatsApp made, or Telegram's result.json."
        ),
        "unknown_format": _(
            "We could not recognise this as a chat export. Supported are WhatsApp exports (.txt or .zip), "
            "Telegram's result.json and plain transcripts with one 'Name: text' line per message."
        ),
        "zip_no_chat": _("This ZIP archive holds no chat text file. Export the chat again, with or without media."),
        "zip_too_large": _("The chat inside this ZIP archive is too large to read."),
        "zip_bomb": _("This ZIP archive would unpack to something far larger than a chat. We did not open it."),
        "bad_zip": _("This ZIP archive is damaged, protected with a password, or packed in a way we cannot read."),
        "not_a_chat": _(
            "This file is not a single chat export. For Telegram, export one chat (as JSON), not the whole account."
        ),
        "bad_json": _("This JSON file cannot be read as a Telegram chat export."),
    }
    return messages.get(code, messages["unknown_format"])


def analysis_message(error: ChatAnalysisError) -> str:
    """A ``ChatAnalysisError`` in the user's language."""
    count = len(error.participants)
    messages = {
        "no_people": _("Nobody writes anything in this chat (in the chosen period)."),
        "one_person": _("Only one person writes in this chat (in the chosen period). A conversation needs two people."),
        "group": _(
            "This is a group chat with %(count)s people. Choose who you are below, and if you like who your "
            "partner is; we then look at the conversation between the two of you."
        )
        % {"count": count},
        "unknown_person": _("That name does not write in this chat. Choose your name from the people below."),
        "same_person": _("You and your partner cannot be the same person."),
        "empty_period": _("There are no messages in the chosen period."),
        "bad_period": _("The start date comes after the end date."),
    }
    return messages.get(error.code, _("This chat could not be analysed."))


# --- analysing ---------------------------------------------------------------------------------------


@dataclass
class Analysis:
    """An analysed upload, not stored yet."""

    report: LibraryReport
    raw_text: str = ""
    options: dict = field(default_factory=dict)


def analyse(
    data: bytes,
    *,
    me: str | None = None,
    partner: str | None = None,
    since: date | None = None,
    until: date | None = None,
    pseudonymize: bool = False,
    keep_raw: bool = False,
) -> Analysis:
    """Analyse an uploaded export held in memory; :class:`UploadProblem` when that cannot be done.

    Never writes a file: ``analyze_chat`` reads the bytes directly, in this process.
    """
    limit = upload_limit()
    if not data:
        raise UploadProblem("empty", format_message("empty"))
    if len(data) > limit:
        raise UploadProblem("too_large", format_message("too_large"))
    try:
        report = analyze_chat(
            data,
            me=me or None,
            partner=partner or None,
            since=since,
            until=until,
            pseudonymize=pseudonymize,
            workers=1,
            require_pair=True,
            max_bytes=limit,
        )
        raw = chat_text(data, report, me=me, partner=partner, since=since, until=until) if keep_raw else ""
    except ChatAnalysisError as error:
        raise UploadProblem(error.code, analysis_message(error), error.participants) from None
    except ChatFormatError as error:
        raise UploadProblem(error.code, format_message(error.code)) from None
    except Exception:  # a strange file must never become a server error
        log.warning("a chat upload could not be analysed", exc_info=False)
        raise UploadProblem("failed", _("This file could not be read as a chat. Nothing was stored.")) from None
    return Analysis(report, raw, {"pseudonymize": pseudonymize, "keep_raw": keep_raw})


def chat_text(data: bytes, report: LibraryReport, *, me=None, partner=None, since=None, until=None) -> str:
    """The chat as read, for owners who keep it: the analysed period as a plain transcript.

    One ``YYYY-MM-DD HH:MM Name: text`` line per message (the format ``heartkeys analyze-chat``
    reads back); system messages and deleted ones are left out, media become ``[media]``. With
    pseudonyms the names (also inside the text) are replaced the same way the report does.
    """
    low = datetime.combine(since, time.min) if since else None
    high = datetime.combine(until, time.max) if until else None  # ``until`` includes that day
    kept = [
        m
        for m in iter_messages(data, max_bytes=upload_limit())
        if m.author
        and m.kind in ("text", "media")
        and (m.time is None or ((low is None or m.time >= low) and (high is None or m.time <= high)))
    ]
    masks = None
    if report.pseudonymized:
        people = count_participants(kept)
        first, second, _how = choose_pair(people, me or None, partner or None)
        names = [first, second] + [p.name for p in people if p.name not in (first, second)]
        masks = Pseudonyms(names, report.lang)
    lines = []
    for m in kept:
        author = masks.name(m.author) if masks else m.author
        text = m.text if m.kind == "text" else ("[media] " + m.text).strip()
        if masks:
            text = masks.text(text) or ""
        stamp = f"{m.time:%Y-%m-%d %H:%M} " if m.time else ""
        lines.append(f"{stamp}{author}: {text}")
    return "\n".join(lines) + ("\n" if lines else "")


def title_for(report: LibraryReport) -> str:
    names = " & ".join(p.name for p in report.people)
    if report.first and report.last:
        return f"{names} · {report.first:%Y-%m-%d} – {report.last:%Y-%m-%d}"[:200]
    return names[:200]


def save(user, analysis: Analysis) -> ChatReport:
    """Store an analysis as a private report of ``user``."""
    report = analysis.report
    return ChatReport.objects.create(
        owner=user,
        title=title_for(report),
        lang=report.lang,
        document=report_to_dict(report),
        extra=extra_of(report),
        raw_text=analysis.raw_text if analysis.options.get("keep_raw") else "",
    )


# --- who sees what -----------------------------------------------------------------------------------


def reports_for(viewer) -> QuerySet:
    """Reports ``viewer`` may see: their own and what their partner shared (privacy's one gate)."""
    return privacy.visible_to(ChatReport.objects.select_related("owner"), viewer)


def reports_for_coach(link) -> QuerySet:
    """Reports shared with the coach of ``link``; none unless both partners consented (active link)."""
    if not coaching.is_active(link):
        return ChatReport.objects.none()
    return privacy.visible_to_coach(ChatReport.objects.select_related("owner"), link)


def set_visibility(report: ChatReport, user, visibility: str) -> ChatReport:
    report.visibility = visibility
    privacy.share_in_current_couple(report, user)
    report.save(update_fields=["visibility", "couple", "updated_at"])
    return report


def summary(report: ChatReport) -> dict:
    """Headline numbers of one report, small enough for a dashboard card (no chat text)."""
    doc = report.document
    people = []
    for i, p in enumerate(doc.get("participants", [])):
        bids = doc["bids"]["participants"][i]
        levels = p.get("levels", {})
        people.append(
            {
                "name": p["name"],
                "messages": p["messages"],
                "analysed_turns": p["analysed_turns"],
                "keys_share": {k: v["share_1"] for k, v in levels.items()},
                "bids_made": bids["made"],
                "toward_rate": bids["rates"]["toward"],
                "median_reply_seconds": doc["rhythm"]["participants"][i]["median_seconds"],
            }
        )
    return {
        "id": report.pk,
        "title": report.title,
        "created_at": report.created_at.isoformat() if report.created_at else None,
        "first": doc.get("first"),
        "last": doc.get("last"),
        "messages": doc.get("messages"),
        "turns": doc.get("turns"),
        "style_matching": doc.get("style_matching", {}).get("overall"),
        "ratio": doc.get("ratio", {}).get("overall", {}).get("ratio"),
        "safety_signals": doc.get("safety", {}).get("signals", 0),
        "people": people,
    }
