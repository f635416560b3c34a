"""Questionnaire results and check-ins, without HTTP.

Everything another person's data passes through :mod:`heartkeys.web.privacy.domain`
(``visible_to`` for partners, ``visible_to_coach`` for a coach with an active link), so these
functions are safe to call from other apps (a progress page, the coach dashboard).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from ...chat.report import charts
from ...content import load_content
from ...content.model import KEY_CODES
from ..coaching import domain as coaching
from ..couples import domain as couples
from ..privacy import domain as privacy
from .models import CheckIn, Kind, Mood, Result

#: The mood scale of a check-in, from low to high.
MOODS = Mood.choices
CONNECTED_MIN, CONNECTED_MAX = 1, 10
#: Check-in trend windows offered on the pages, in days.
TREND_DAYS = (30, 90)
#: A difference in means (on the 1..5 scale) from which a perception gap is worth a word.
GAP_NOTICEABLE = 0.75


def content_lang(lang: str | None) -> str:
    return "en" if (lang or "")[:2] == "en" else "nl"


def questionnaire(lang: str | None = None):
    return load_content(content_lang(lang)).questionnaire


def mood_label(value: int | None) -> str:
    return str(dict(MOODS).get(value, ""))


# --- questionnaire results --------------------------------------------------------------------------


class NeedsPartner(Exception):
    """The questionnaire about one's partner needs a partner in the couple space."""


def save_result(owner, kind: str, answers: dict[str, int], visibility: str = "private") -> Result:
    """Score ``answers`` (every item, ``{item_id: 1..5}``) and store them as a new result.

    Raises ``KeyError``/``ValueError``/``TypeError`` for answers the content rejects, ``ValueError``
    when an item is missing and :class:`NeedsPartner` for a partner result without a partner.
    """
    if kind not in Kind.values:
        raise ValueError(f"unknown kind {kind!r}")
    q = questionnaire()
    missing = {i.id for i in q.items} - set(answers)
    if missing:
        raise ValueError(f"missing answers: {sorted(missing)}")
    scores = {code: round(s.mean, 3) for code, s in q.score(answers).items()}
    subject = owner
    if kind == Kind.PARTNER:
        subject = couples.partner_of(owner)
        if subject is None:
            raise NeedsPartner
    result = Result(owner=owner, kind=kind, subject=subject, answers=dict(answers), scores=scores)
    result.visibility = visibility
    privacy.share_in_current_couple(result, owner)
    result.save()
    return result


def set_visibility(result, owner, visibility: str) -> None:
    """The owner shares a result (or a check-in) with their partner/coach or takes it back."""
    if result.owner_id != owner.pk:
        raise PermissionError
    allowed = {value for value, _label in privacy.choices_for(owner)}
    result.visibility = visibility if visibility in allowed else "private"
    privacy.share_in_current_couple(result, owner)
    result.save(update_fields=["visibility", "couple", "updated_at"])


def results_visible_to(viewer):
    """Results ``viewer`` may see: their own, and what their partner shared with them — but a
    partner's answers only once ``viewer`` has shared a result with their partner too (answers stay
    private until both chose to reveal; nobody gets to look without showing)."""
    qs = privacy.visible_to(Result.objects.select_related("owner", "subject"), viewer)
    if viewer.role == "coach":
        return qs
    couple = couples.couple_of(viewer)
    shared_own = Result.objects.filter(owner=viewer, couple=couple, visibility__in=privacy.SHARED_WITH_PARTNER)
    if couple is None or not shared_own.exists():
        return qs.filter(owner=viewer)
    return qs


def latest_results(subject, viewer) -> dict[str, Result | None]:
    """What ``viewer`` may see about ``subject``: the latest ``self`` result of ``subject`` and the
    latest ``partner`` result about ``subject`` (written by their partner). ``None`` where there is
    none or it is not shared with ``viewer``."""
    if subject is None:
        return {"self": None, "partner": None}
    qs = results_visible_to(viewer).filter(subject=subject)
    return {
        "self": qs.filter(kind=Kind.SELF, owner=subject).first(),
        "partner": qs.filter(kind=Kind.PARTNER).exclude(owner=subject).first(),
    }


def self_history(subject, viewer) -> list[Result]:
    """``subject``'s own results that ``viewer`` may see, oldest first."""
    if subject is None:
        return []
    qs = results_visible_to(viewer).filter(kind=Kind.SELF, owner=subject, subject=subject)
    return list(qs.order_by("created_at", "pk"))


def results_for_coach(link) -> list[Result]:
    """Results the couple of ``link`` shared with their coach (newest first); nothing unless the
    link is active. Logging the access is up to the page that shows them."""
    if not coaching.is_active(link):
        return []
    return list(privacy.visible_to_coach(Result.objects.select_related("owner", "subject"), link))


@dataclass(frozen=True)
class GapRow:
    key: str
    name: str
    own: float
    other: float

    @property
    def difference(self) -> float:
        return round(self.other - self.own, 2)

    @property
    def noticeable(self) -> bool:
        return abs(self.difference) >= GAP_NOTICEABLE


def perception_gap(subject, viewer, lang: str | None = None) -> list[GapRow] | None:
    """How ``subject`` sees themselves next to how their partner sees them, per key, as far as
    ``viewer`` may see both results; ``None`` when one of the two is missing or not shared."""
    latest = latest_results(subject, viewer)
    own, other = latest["self"], latest["partner"]
    if own is None or other is None:
        return None
    content = load_content(content_lang(lang))
    return [
        GapRow(code, content.key(code).name, own.scores[code], other.scores[code])
        for code in KEY_CODES
        if code in own.scores and code in other.scores
    ]


def band_rows(scores: dict[str, float], lang: str | None = None) -> list[dict]:
    """Per key: number, name, mean and the band (level and label) from the content's scoring."""
    content = load_content(content_lang(lang))
    q = content.questionnaire
    rows = []
    for code in KEY_CODES:
        if code in scores:
            key = content.key(code)
            band = q.band_for(scores[code])
            rows.append(
                {"key": code, "number": key.number, "name": key.name, "mean": scores[code], "level": band.level,
                 "band": band.label}
            )  # fmt: skip
    return rows


def retake_date(user) -> date | None:
    """From which day a retake is suggested: the content's retake window (its first week count)
    after the last ``self`` result; ``None`` before the first one."""
    last = Result.objects.filter(owner=user, kind=Kind.SELF).order_by("-created_at").first()
    if last is None:
        return None
    weeks = questionnaire().scoring.retake_weeks[0]
    return timezone.localdate(last.created_at) + timedelta(weeks=weeks)


def retake_due(user, today: date | None = None) -> bool:
    """True when the last ``self`` result is at least the retake window old."""
    due = retake_date(user)
    return due is not None and (today or timezone.localdate()) >= due


# --- check-ins ----------------------------------------------------------------------------------------


def checkin_today(user, today: date | None = None) -> CheckIn | None:
    return CheckIn.objects.filter(owner=user, day=today or timezone.localdate()).first()


def save_checkin(user, mood: int, connected: int, note: str = "", visibility: str = "private", today=None) -> CheckIn:
    """Today's check-in: the first one of the day is created, a later one updates it."""
    day = today or timezone.localdate()
    if not 1 <= int(mood) <= 5 or not CONNECTED_MIN <= int(connected) <= CONNECTED_MAX:
        raise ValueError("mood or connection out of range")
    for _attempt in range(2):
        checkin = CheckIn.objects.filter(owner=user, day=day).first() or CheckIn(owner=user, day=day)
        checkin.mood, checkin.connected, checkin.note = int(mood), int(connected), note.strip()
        checkin.visibility = visibility
        privacy.share_in_current_couple(checkin, user)
        try:
            with transaction.atomic():
                checkin.save()
            return checkin
        except IntegrityError:  # the same check-in sent twice at once: update the one that won
            continue
    raise IntegrityError("could not save the check-in")


def checkins_visible_to(viewer):
    return privacy.visible_to(CheckIn.objects.select_related("owner"), viewer)


def checkin_series(user, viewer, days: int = 30, today: date | None = None) -> list[tuple[date, int, int]]:
    """``user``'s check-ins of the last ``days`` days that ``viewer`` may see, oldest first, as
    ``(day, connected, mood)``."""
    if user is None:
        return []
    today = today or timezone.localdate()
    qs = checkins_visible_to(viewer).filter(owner=user, day__gt=today - timedelta(days=days), day__lte=today)
    return [(c.day, c.connected, c.mood) for c in qs.order_by("day")]


def checkins_for_coach(link, days: int | None = None) -> list[CheckIn]:
    """Check-ins the couple of ``link`` shared with their coach (newest first); nothing unless the
    link is active."""
    if not coaching.is_active(link):
        return []
    qs = privacy.visible_to_coach(CheckIn.objects.select_related("owner"), link)
    if days is not None:
        qs = qs.filter(day__gt=timezone.localdate() - timedelta(days=days))
    return list(qs)


# --- charts ---------------------------------------------------------------------------------------------


def key_names(lang: str | None = None) -> list[str]:
    content = load_content(content_lang(lang))
    return [content.key(code).name for code in KEY_CODES]


def radar_svg(series: list[tuple[str, dict[str, float]]], lang: str | None = None, label: str = "",
              chart_id: str = "assessment-radar") -> str:  # fmt: skip
    """A radar chart over the 8 keys (scale 0..5), one shape per ``(name, scores)``."""
    return charts.radar(
        chart_id,
        label or str(_("The 8 keys")),
        key_names(lang),
        [(name, [scores.get(code, 0) for code in KEY_CODES]) for name, scores in series],
        top=5,
    )


def history_svg(results: list[Result], lang: str | None = None, label: str = "",
                chart_id: str = "assessment-history") -> str:  # fmt: skip
    """A line per key through a person's results (oldest first)."""
    x = [timezone.localtime(r.created_at).strftime("%d-%m-%Y") for r in results]
    series = [
        (name, [r.scores.get(code) for r in results]) for code, name in zip(KEY_CODES, key_names(lang), strict=True)
    ]
    return charts.line(chart_id, label or str(_("Change over time")), x, series, value_range=(1, 5))


def trend_svg(series: list[tuple[date, int, int]], days: int, today: date | None = None, label: str = "",
              chart_id: str = "assessment-trend") -> str:  # fmt: skip
    """Feeling connected (1..10) per day over the last ``days`` days; days without a check-in are gaps."""
    today = today or timezone.localdate()
    by_day = {d: connected for d, connected, _mood in series}
    span = [today - timedelta(days=n) for n in range(days - 1, -1, -1)]
    x = [d.strftime("%d-%m") for d in span]
    values = [by_day.get(d) for d in span]
    name = str(_("Feeling connected"))
    return charts.line(chart_id, label or name, x, [(name, values)], value_range=(1, 10))
