"""What the coach dashboard shows, built only from the other apps' public domain functions.

No function here checks who is asking: the views first get an *active* link through
``coaching.domain.active_link_for_coach`` (both partners agreed), and every function that reads
couple data also goes through the other apps' coach functions, which return nothing unless the
link is active and only read items shared with the coach. Writing the access log is up to the
view (once per page).

This app stores nothing of its own.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from functools import cache

from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from ...content import load_content
from ...content.model import KEY_CODES
from ..assessment import domain as assessment
from ..coaching import domain as coaching
from ..couples import domain as couples
from ..programme import domain as programme
from ..together import domain as together

#: What the access log says the coach looked at (``AccessLog.what``, at most 32 characters).
WHAT_LIST = "desk_overview"
WHAT_COUPLE = "desk_couple"
WHAT_PREP = "desk_prep"

#: "Best reply of the week" looks back this many days; recurring pitfalls over four weeks.
BEST_DAYS = 7
PITFALL_DAYS = 28
#: The session-prep page looks back this far unless the coach picks another date.
DEFAULT_SINCE_DAYS = 14
MAX_SINCE_DAYS = 366
#: Check-ins shown on the couple page.
CHECKIN_DAYS = 30
#: A change in the mean "feeling connected" (1..10) worth mentioning.
TREND_STEP = 1.0

#: The analyzer's pitfalls in plain words (no judgement: a habit, not a verdict).
PITFALLS = {
    "pitfall.closed_question": gettext_lazy("a yes/no question where an open one could invite more"),
    "pitfall.leading_question": gettext_lazy("a question that already holds the answer"),
    "pitfall.dismissive": gettext_lazy("making the feeling smaller than it is"),
    "pitfall.criticism": gettext_lazy("criticism of the person instead of the situation"),
    "pitfall.contempt": gettext_lazy("a mocking or contemptuous tone"),
    "pitfall.defensiveness": gettext_lazy("defending oneself before listening"),
    "pitfall.stonewalling": gettext_lazy("closing off the conversation"),
    "pitfall.unsolicited_advice": gettext_lazy("advice nobody asked for (yet)"),
}


def pitfall_label(pitfall_id: str) -> str:
    label = PITFALLS.get(pitfall_id)
    return str(label) if label is not None else pitfall_id.removeprefix("pitfall.").replace("_", " ")


@cache
def _content(lang: str):
    return load_content(lang)


def content_lang(lang: str | None) -> str:
    return "en" if (lang or "")[:2] == "en" else "nl"


def content(lang: str | None):
    return _content(content_lang(lang))


def key_name(code: str, lang: str | None) -> str:
    try:
        return content(lang).key(code).name
    except KeyError:
        return code


def exercise_title(exercise_id: str, lang: str | None) -> str:
    try:
        return content(lang).exercise(exercise_id).title
    except KeyError:
        return exercise_id


def start_of(day: date) -> datetime:
    return timezone.make_aware(datetime.combine(day, time.min))


def _mean(values) -> float | None:
    values = [v for v in values if v is not None]
    return round(sum(values) / len(values), 2) if values else None


# --- the coach's couples ------------------------------------------------------------------------


def modules(link) -> list[dict]:
    """The 8 modules of the couple's plan, in its order, with their state (couple-level only:
    never a person's own exercise progress)."""
    members = couples.members(link.couple)
    if not members:
        return []
    done_at = {row.code: row.done_at for row in programme.plan_for_couple(link.couple).modules.all()}
    return [
        {"code": m.code, "number": m.number, "name": m.name, "state": m.state, "done_at": done_at.get(m.code)}
        for m in programme.module_overview(members[0])
    ]


def open_assignments(link, lang: str | None) -> list[dict]:
    members = couples.members(link.couple)
    if not members:
        return []
    rows = []
    for row in programme.open_assignments(members[0]):
        rows.append(
            {
                "row": row,
                "module": key_name(row.module, lang) if row.module else "",
                "exercise": exercise_title(row.exercise_id, lang) if row.exercise_id else "",
            }
        )
    return rows


def last_checkin_day(link) -> date | None:
    checkins = assessment.checkins_for_coach(link)
    return max((c.day for c in checkins), default=None)


def overview(coach) -> list[dict]:
    """The coach's open links: active ones with a short summary, waiting ones without anything
    (not even names). Ended links are left out (the coaching app lists them)."""
    rows = []
    for link in coaching.links_for_coach(coach):
        if link.ended_at is not None:
            continue
        if not coaching.is_active(link):
            rows.append({"link": link, "active": False})
            continue
        mods = modules(link)
        current = next((m for m in mods if m["state"] == programme.CURRENT), None)
        rows.append(
            {
                "link": link,
                "active": True,
                "names": [m.name for m in couples.members(link.couple)],
                "current": current,
                "done": sum(1 for m in mods if m["state"] == programme.DONE),
                "total": len(mods),
                "last_checkin": last_checkin_day(link),
                "open_assignments": len(open_assignments(link, None)),
            }
        )
    return rows


# --- questionnaires -----------------------------------------------------------------------------


def shared_results(link, lang: str | None) -> list[dict]:
    """Per partner: their latest shared self result, the latest shared result their partner gave
    about them, both as table rows, and the perception gap when both are shared."""
    results = assessment.results_for_coach(link)  # newest first
    people = []
    for person in couples.members(link.couple):
        own = next((r for r in results if r.is_self and r.owner_id == person.pk and r.subject_id == person.pk), None)
        other = next(
            (r for r in results if not r.is_self and r.subject_id == person.pk and r.owner_id != person.pk), None
        )
        gap = None
        if own is not None and other is not None:
            gap = [
                assessment.GapRow(code, key_name(code, lang), own.scores[code], other.scores[code])
                for code in KEY_CODES
                if code in own.scores and code in other.scores
            ]
        people.append(
            {
                "person": person,
                "own": own,
                "own_rows": assessment.band_rows(own.scores, lang) if own else [],
                "other": other,
                "other_rows": assessment.band_rows(other.scores, lang) if other else [],
                "gap": gap,
            }
        )
    return people


def results_since(link, since: date) -> list:
    start = start_of(since)
    return [r for r in assessment.results_for_coach(link) if r.created_at >= start]


# --- check-ins ----------------------------------------------------------------------------------


def checkins_by_person(link, days: int | None = CHECKIN_DAYS, since: date | None = None) -> list[dict]:
    checkins = assessment.checkins_for_coach(link, days=days)
    if since is not None:
        checkins = [c for c in checkins if c.day >= since]
    return [
        {"person": person, "items": [c for c in checkins if c.owner_id == person.pk]}
        for person in couples.members(link.couple)
    ]


def checkin_trend(link, since: date, today: date | None = None) -> list[dict]:
    """Per partner: mean "feeling connected" of the shared check-ins since ``since``, and of the
    same number of days before it (``None`` where there were none)."""
    today = today or timezone.localdate()
    span = max((today - since).days + 1, 1)
    before_start = since - timedelta(days=span)
    checkins = assessment.checkins_for_coach(link)
    rows = []
    for person in couples.members(link.couple):
        mine = [c for c in checkins if c.owner_id == person.pk]
        now = _mean(c.connected for c in mine if since <= c.day <= today)
        before = _mean(c.connected for c in mine if before_start <= c.day < since)
        direction = ""
        if now is not None and before is not None:
            if now - before >= TREND_STEP:
                direction = "up"
            elif before - now >= TREND_STEP:
                direction = "down"
            else:
                direction = "same"
        count = sum(1 for c in mine if since <= c.day <= today)
        rows.append({"person": person, "now": now, "before": before, "direction": direction, "count": count})
    return rows


# --- exercises ----------------------------------------------------------------------------------


def attempt_info(attempt, lang: str | None) -> dict | None:
    if attempt is None:
        return None
    levels = attempt.levels if isinstance(attempt.levels, dict) else {}
    return {
        "attempt": attempt,
        "exercise": exercise_title(attempt.exercise_id, lang),
        "key": key_name(attempt.key, lang),
        "level": levels.get(attempt.key, 0) or 0,
        "keys": [key_name(code, lang) for code in KEY_CODES if levels.get(code)],
    }


def pitfall_rows(queryset) -> list[dict]:
    return [
        {"id": pid, "label": pitfall_label(pid), "count": count}
        for pid, count in programme.recurring_pitfalls(queryset)
    ]


def highlights(link, lang: str | None, now: datetime | None = None) -> dict:
    """The best shared reply of the last 7 days and the pitfalls of the last 4 weeks."""
    now = now or timezone.now()
    attempts = programme.attempts_for_coach(link)
    week = attempts.filter(created_at__gte=now - timedelta(days=BEST_DAYS))
    return {
        "best": attempt_info(programme.best_attempt(week), lang),
        "pitfalls": pitfall_rows(attempts.filter(created_at__gte=now - timedelta(days=PITFALL_DAYS))),
        "count_week": week.count(),
    }


def highlights_since(link, since: date, lang: str | None) -> dict:
    """Best shared reply per partner and the recurring pitfalls since ``since``."""
    attempts = programme.attempts_for_coach(link).filter(created_at__gte=start_of(since))
    best = []
    for person in couples.members(link.couple):
        info = attempt_info(programme.best_attempt(attempts.filter(owner=person)), lang)
        if info is not None:
            best.append(info)
    return {"best": best, "pitfalls": pitfall_rows(attempts), "count": attempts.count()}


# --- the couple exercises and chat reports ----------------------------------------------------


def treatment_cards(link, lang: str | None) -> list[dict]:
    cards = together.shared_treatment_cards_for_coach(link)
    if not cards:
        return []
    ex = together.exercise(content_lang(lang), cards[0].exercise_id)
    prompts = ex.prompts if ex is not None else ()
    return [{"card": c, "prompt": prompts[c.prompt] if 0 <= c.prompt < len(prompts) else ""} for c in cards]


def metaphor_reveal(link, lang: str | None) -> list[dict]:
    reveal = together.metaphor_reveal_for_coach(link)
    if reveal is None:
        return []
    catalogue = {m.id: m for m in content(lang).metaphors}
    rows = []
    for choice in reveal["choices"]:
        metaphor = catalogue.get(choice.metaphor_id)
        rows.append(
            {
                "person": choice.owner,
                "name": choice.own_name or (metaphor.name if metaphor else choice.metaphor_id),
                "meaning": choice.meaning or (metaphor.meaning if metaphor else ""),
            }
        )
    return rows


def accuracy(link) -> list[dict]:
    """Scores only (no situation, feeling or need) from the accuracy game; active links only."""
    if not coaching.is_active(link):
        return []
    return together.accuracy_summary(link.couple)


def custom_cards(link, lang: str | None) -> list[dict]:
    themes = {t.id: t.name for t in content(lang).themes}
    return [{"card": c, "theme": themes.get(c.theme, c.theme)} for c in together.custom_cards(link.couple)]


def custom_scenarios(link, lang: str | None) -> list[dict]:
    members = couples.members(link.couple)
    if not members:
        return []
    rows = []
    for code in KEY_CODES:
        for scenario in programme.custom_scenarios_for(members[0], code):
            rows.append({"scenario": scenario, "key": key_name(code, lang)})
    return rows


def chat_reports(link) -> list[dict] | None:
    """Headlines of chat reports shared with the coach; ``None`` when the chats app does not
    offer them (it is imported lazily so the dashboard works without it)."""
    try:
        from ..chats import domain as chats
    except ImportError:  # pragma: no cover - the chats app is installed in this project
        return None
    reports_for_coach = getattr(chats, "reports_for_coach", None)
    summary = getattr(chats, "summary", None)
    if reports_for_coach is None or summary is None:  # pragma: no cover
        return None
    rows = []
    for report in reports_for_coach(link)[:10]:
        try:
            data = summary(report)
        except (KeyError, IndexError, TypeError, AttributeError):
            continue  # an old or damaged document: leave it out rather than fail the page
        people = []
        for p in data.get("people", []):
            shares = p.get("keys_share") or {}
            top = max(shares, key=lambda code: shares[code] or 0, default=None)
            people.append(
                {
                    "name": p.get("name", ""),
                    "messages": p.get("messages"),
                    "toward": _percent(p.get("toward_rate")),
                    "top_key": top if top and shares.get(top) else None,
                }
            )
        rows.append(
            {
                "report": report,
                "title": data.get("title") or report.title,
                "first": _day(data.get("first")),
                "last": _day(data.get("last")),
                "messages": data.get("messages"),
                "style_matching": _percent(data.get("style_matching")),
                "ratio": data.get("ratio"),
                "safety_signals": data.get("safety_signals") or 0,
                "people": people,
            }
        )
    return rows


def _percent(value) -> int | None:
    return round(100 * value) if isinstance(value, int | float) else None


def _day(value) -> date | None:
    if not value:
        return None
    try:
        return datetime.fromisoformat(str(value)).date()
    except ValueError:
        return None


# --- the session-prep summary ----------------------------------------------------------------


def default_since(today: date | None = None) -> date:
    return (today or timezone.localdate()) - timedelta(days=DEFAULT_SINCE_DAYS)


def modules_moved_on(link, since: date) -> list[dict]:
    start = start_of(since)
    return [m for m in modules(link) if m["done_at"] is not None and m["done_at"] >= start]


@dataclass
class TalkingPoint:
    kind: str
    text: str
    detail: dict = field(default_factory=dict)


def talking_points(
    results: list[dict], pitfalls: list[dict], trend: list[dict], mods: list[dict], assignments: list[dict],
    lang: str | None, limit: int = 3,
) -> list[TalkingPoint]:  # fmt: skip
    """Up to ``limit`` gentle suggestions for the session, from the data in priority order:
    the key with the lowest shared score, the most recurring pitfall, the largest perception gap;
    then a drop in feeling connected, the current module and open assignments; and an open
    question to fill up. Suggestions, never conclusions."""
    points: list[TalkingPoint] = []

    # 1. The key with the lowest shared self score (mean over the partners who shared one).
    per_key: dict[str, list[float]] = {}
    for person in results:
        if person["own"] is not None:
            for code, value in person["own"].scores.items():
                per_key.setdefault(code, []).append(value)
    if per_key:
        code = min(per_key, key=lambda c: (sum(per_key[c]) / len(per_key[c]), KEY_CODES.index(c)))
        score = sum(per_key[code]) / len(per_key[code])
        points.append(
            TalkingPoint(
                "lowest_key",
                _(
                    "In the questionnaires they shared, “%(key)s” has the lowest score (%(score)s of 5). "
                    "You might explore together what makes this key harder right now, and what already helps."
                )
                % {"key": key_name(code, lang), "score": f"{score:.1f}"},
                {"key": code, "score": round(score, 2)},
            )
        )

    # 2. The pitfall that came back most often.
    if pitfalls:
        top = pitfalls[0]
        points.append(
            TalkingPoint(
                "pitfall",
                _(
                    "In their shared replies, one habit came back most often: %(pitfall)s (%(count)s times). "
                    "You could practise an alternative together, with curiosity rather than judgement."
                )
                % {"pitfall": top["label"], "count": top["count"]},
                {"pitfall": top["id"], "count": top["count"]},
            )
        )

    # 3. The largest perception gap.
    gaps = [(person["person"], row) for person in results for row in (person["gap"] or [])]
    if gaps:
        person, row = max(gaps, key=lambda pr: (abs(pr[1].difference), -KEY_CODES.index(pr[1].key)))
        if row.difference != 0:
            points.append(
                TalkingPoint(
                    "gap",
                    _(
                        "%(name)s and their partner see %(name)s differently on “%(key)s” "
                        "(%(own)s in their own eyes, %(other)s in their partner's). "
                        "A curious question could be: what does each of you notice in daily life?"
                    )
                    % {"name": person.name, "key": row.name, "own": f"{row.own:.1f}", "other": f"{row.other:.1f}"},
                    {"key": row.key, "difference": row.difference},
                )
            )

    # Then, to fill up: feeling less connected, the current module, open assignments.
    for row in trend:
        if row["direction"] == "down":
            points.append(
                TalkingPoint(
                    "trend",
                    _(
                        "%(name)s felt a little less connected lately (on average %(now)s, before %(before)s). "
                        "You might ask, gently, what the past days were like."
                    )
                    % {"name": row["person"].name, "now": f"{row['now']:.1f}", "before": f"{row['before']:.1f}"},
                    {"user": row["person"].pk},
                )
            )
    current = next((m for m in mods if m["state"] == programme.CURRENT), None)
    if current is not None:
        points.append(
            TalkingPoint(
                "module",
                _("They are working on “%(key)s”. You could ask what they noticed so far, and what felt easy or hard.")
                % {"key": current["name"]},
                {"key": current["code"]},
            )
        )
    if assignments:
        points.append(
            TalkingPoint(
                "assignments",
                _("%(count)s of your assignments are still open. You could check whether they still fit.")
                % {"count": len(assignments)},
                {"count": len(assignments)},
            )
        )
    points.append(
        TalkingPoint("open", _("Ask what each of them would like to bring to this session, and start there."))
    )
    return points[:limit]
