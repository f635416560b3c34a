"""The progress page: modules done, exercise feedback per key over time, check-ins and the questionnaire.

It only gathers what the apps already offer through their domain functions (programme, assessment);
everything on it is the person's own data, plus nothing of the partner's.
"""

from __future__ import annotations

from datetime import date

from django.shortcuts import render
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_safe

from ..chat.report.charts import line
from ..content import KEY_CODES, load_content
from .accounts.decorators import partner_required
from .assessment import domain as assessment
from .charts import svg_response
from .programme import domain as programme

#: Check-ins shown on the page (the chart and the table).
CHECKIN_DAYS = 30


def _lang() -> str:
    return (get_language() or "nl")[:2]


def _week(day: date) -> str:
    year, week, _weekday = day.isocalendar()
    return f"{year}-W{week:02d}"


def feedback_by_week(user) -> tuple[list[str], dict[str, list[float | None]]]:
    """Weeks with attempts, and per key the mean level (0–2) of its exercises in each week."""
    per_key = programme.key_feedback_over_time(user)
    sums: dict[str, dict[str, list[float]]] = {}
    for key, points in per_key.items():
        for day, level in points:
            sums.setdefault(key, {}).setdefault(_week(day), []).append(level)
    weeks = sorted({w for by_week in sums.values() for w in by_week})
    series = {
        key: [sum(v) / len(v) if (v := sums[key].get(w)) else None for w in weeks] for key in KEY_CODES if key in sums
    }
    return weeks, series


def _feedback_rows(user, content) -> list[dict]:
    rows = []
    for key, points in programme.key_feedback_over_time(user).items():
        if not points:
            continue
        rows.append(
            {
                "key": content.key(key),
                "days": len(points),
                "first": points[0][1],
                "latest": points[-1][1],
                "since": points[0][0],
            }
        )
    rows.sort(key=lambda r: r["key"].number)
    return rows


@require_safe
@partner_required
def progress(request):
    user = request.user
    content = load_content(_lang())
    modules = programme.module_overview(user)
    series = assessment.checkin_series(user, user, CHECKIN_DAYS)
    latest = assessment.latest_results(user, user)
    context = {
        "modules": modules,
        "modules_done": sum(1 for m in modules if m.state == "done"),
        "current": next((m for m in modules if m.state == "current"), None),
        "feedback_rows": _feedback_rows(user, content),
        "checkins": [(day, connected, assessment.mood_label(mood)) for day, connected, mood in reversed(series)],
        "checkin_days": CHECKIN_DAYS,
        "self_result": latest["self"],
        "retake_date": assessment.retake_date(user),
        "retake_due": assessment.retake_due(user),
    }
    return render(request, "progress.html", context)


@require_safe
@partner_required
def progress_chart(request):
    """The exercise feedback per key, week by week (0 = not yet, 1 = a start, 2 = clearly there)."""
    content = load_content(_lang())
    weeks, series = feedback_by_week(request.user)
    named = [(content.key(key).name, values) for key, values in series.items()]
    label = _("Feedback on your exercise replies per key, week by week (0 to 2)")
    if not weeks:
        weeks, named = ["–"], []
    return svg_response(line("progress-keys", label, weeks, named, value_range=(0, 2)))
