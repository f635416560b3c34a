"""The chat report as JSON (schema ``heartkeys.chat-report/1``, documented in docs/chat.md).

The document is deterministic: the same export and options give the same bytes (fixed key
order, rounded numbers, no paths and no time of creation). Dates are ISO 8601 local times
without a zone, as the chat apps export them.
"""

from __future__ import annotations

import json
from datetime import date, datetime
from typing import Any

from ..metrics import DELAY_BUCKETS, Moment, PersonMeasures
from .i18n import t
from .model import SCHEMA, ChatReport


def _iso(value: date | datetime | None) -> str | None:
    if value is None:
        return None
    return value.isoformat(timespec="seconds") if isinstance(value, datetime) else value.isoformat()


def _person(name: str, messages: int, m: PersonMeasures) -> dict[str, Any]:
    return {
        "name": name,
        "messages": messages,
        "turns": m.turns,
        "analysed_turns": m.analysed_turns,
        "words": m.words,
        "levels": {
            k.key: {
                "turns_1": k.turns_1,
                "turns_2": k.turns_2,
                "share_1": k.share_1,
                "share_2": k.share_2,
                "per_100": k.per_100,
            }
            for k in m.keys
        },
        "pitfalls": {p.name: {"turns": p.turns, "per_100": p.per_100} for p in m.pitfalls},
        "positive": m.positive,
        "negative": m.negative,
        "safety_signals": m.safety_signals,
        "monthly": [
            {
                "month": month.month,
                "turns": month.turns,
                "keys": dict(month.keys),
                "pitfalls": dict(month.pitfalls),
                "pitfall_turns_per_100": month.pitfall_turns_per_100,
            }
            for month in m.monthly
        ],
    }


def _moment(report: ChatReport, moment: Moment) -> dict[str, Any]:
    return {
        "person": report.name(moment.person),
        "turn": moment.index,
        "time": _iso(moment.time),
        "text": moment.text,
        "context": moment.context,
        "score": list(moment.score),
        "notes": [
            {
                "id": n.id,
                "key": n.key,
                "text": n.text,
                "explanation": n.explanation,
                **({"suggestion": n.suggestion} if moment.kind == "learn" else {}),
            }
            for n in moment.notes
        ],
    }


def report_to_dict(report: ChatReport) -> dict[str, Any]:
    """The report as plain JSON-ready data (see docs/chat.md for every field)."""
    m = report.measures
    people = report.people
    names = [p.name for p in people]
    style = m.style
    return {
        "schema": SCHEMA,
        "lang": report.lang,
        "format": report.format,
        "variant": report.variant,
        "encoding": report.encoding,
        "title": report.title,
        "pseudonymized": report.pseudonymized,
        "period": {"since": _iso(report.since), "until": _iso(report.until)},
        "messages": report.messages,
        "skipped_lines": report.skipped_lines,
        "first": _iso(report.first),
        "last": _iso(report.last),
        "turns": report.turns,
        "selection": report.selection,
        "all_participants": [{"name": p.name, "messages": p.messages} for p in report.participants],
        "participants": [_person(p.name, p.messages, p.measures) for p in people],
        "style_matching": {
            "overall": style.overall,
            "categories": dict(style.categories),
            "monthly": [{"month": month, "overall": value} for month, value in style.monthly],
        },
        "bids": {
            "window_hours": round(m.bid_window_seconds / 3600, 2),
            "participants": [
                {
                    "name": p.name,
                    "made": p.measures.bids.made,
                    "kinds": dict(p.measures.bids.kinds),
                    "open": p.measures.bids.open,
                    "responded_to": names[1 - i],
                    "responses": {
                        response: getattr(p.measures.bids, response) for response in ("toward", "away", "against")
                    },
                    "rates": {response: p.measures.bids.rate(response) for response in ("toward", "away", "against")},
                }
                for i, p in enumerate(people)
            ],
        },
        "rhythm": {
            "buckets": [name for name, _ in DELAY_BUCKETS],
            "negative_delays": m.negative_delays,
            "participants": [
                {
                    "name": p.name,
                    "replies": p.measures.rhythm.replies,
                    "median_seconds": p.measures.rhythm.median_seconds,
                    "buckets": list(p.measures.rhythm.buckets),
                    "median_by_hour": list(p.measures.rhythm.median_by_hour),
                }
                for p in people
            ],
        },
        "horsemen": {
            "participants": [
                {
                    "name": p.name,
                    "items": [
                        {
                            "horseman": h.horseman,
                            "turns": h.turns,
                            "per_100": h.per_100,
                            "antidote": h.antidote,
                            "antidote_turns": h.antidote_turns,
                            "antidote_per_100": h.antidote_per_100,
                        }
                        for h in p.measures.horsemen
                    ],
                }
                for p in people
            ],
        },
        "ratio": {
            "overall": {
                "positive": m.overall.positive,
                "negative": m.overall.negative,
                "ratio": m.overall.ratio,
                "turns": m.overall.turns,
            },
            "tense": {
                "positive": m.tense.positive,
                "negative": m.tense.negative,
                "ratio": m.tense.ratio,
                "turns": m.tense.turns,
                "stretches": m.tense.stretches,
                "radius": m.tense_radius,
            },
        },
        "examples": {
            "best": [_moment(report, x) for x in report.best],
            "learn": [_moment(report, x) for x in report.learn],
        },
        "safety": {
            "signals": report.safety_signals,
            "help": [
                {"name": h.name, "phone": h.phone, "when": h.when, "country": h.country, "description": h.description}
                for h in report.help
            ],
        },
        "notices": [
            {"code": n.code, "text": t(report.lang, f"notice_{n.code}", **dict(n.values))} for n in report.notices
        ],
        "warnings": list(report.warnings),
    }


def render_json(report: ChatReport, indent: int | None = 2) -> str:
    """The report as a JSON string (UTF-8 text, not ASCII-escaped), ending in a newline."""
    return json.dumps(report_to_dict(report), ensure_ascii=False, indent=indent) + "\n"
