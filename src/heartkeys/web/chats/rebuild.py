"""Turn a stored JSON report document back into the library's ``ChatReport``.

The app keeps only the JSON document (plus a few values in ``extra``), yet the stand-alone
HTML download is drawn by :func:`heartkeys.chat.report.html.render_html`, which takes a
``ChatReport``. This is the inverse of :func:`heartkeys.chat.report.jsondoc.report_to_dict`;
a test checks that the rebuilt report renders to the same page as the original.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from ...analysis.types import PITFALLS
from ...chat.lsm import CATEGORIES
from ...chat.metrics import (
    BID_KINDS,
    BidStats,
    HorsemanStat,
    KeyStat,
    Measures,
    Moment,
    MonthStat,
    Note,
    PersonMeasures,
    PitfallStat,
    Ratio,
    RhythmStats,
    StyleMatching,
)
from ...chat.report.model import ChatReport, HelpLine, Notice, Participant, Person
from ...content import KEY_CODES


def _ordered(mapping: dict[str, Any], order) -> list[tuple[str, Any]]:
    """The items of a stored JSON object in the library's own order.

    PostgreSQL keeps JSON objects as ``jsonb``, which does not keep the order of keys; the report
    lists keys, pitfalls and bid kinds in a fixed order, so the rebuild puts it back (unknown names,
    if any, follow in sorted order).
    """
    known = [(name, mapping[name]) for name in order if name in mapping]
    rest = sorted((name, value) for name, value in mapping.items() if name not in set(order))
    return known + rest


def _dt(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value) if value else None


def _d(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def _person(doc: dict[str, Any], i: int, messages_in_turns: int) -> PersonMeasures:
    p = doc["participants"][i]
    bids = doc["bids"]["participants"][i]
    rhythm = doc["rhythm"]["participants"][i]
    horsemen = doc["horsemen"]["participants"][i]["items"]
    return PersonMeasures(
        turns=p["turns"],
        analysed_turns=p["analysed_turns"],
        messages_in_turns=messages_in_turns,
        words=p["words"],
        keys=tuple(KeyStat(key, **v) for key, v in _ordered(p["levels"], KEY_CODES)),
        pitfalls=tuple(PitfallStat(name, v["turns"], v["per_100"]) for name, v in _ordered(p["pitfalls"], PITFALLS)),
        monthly=tuple(
            MonthStat(
                m["month"],
                m["turns"],
                tuple(_ordered(m["keys"], KEY_CODES)),
                tuple(_ordered(m["pitfalls"], PITFALLS)),
                m["pitfall_turns_per_100"],
            )
            for m in p["monthly"]
        ),
        bids=BidStats(
            bids["made"],
            tuple(_ordered(bids["kinds"], BID_KINDS)),
            bids["open"],
            **{k: bids["responses"][k] for k in ("toward", "away", "against")},
        ),
        rhythm=RhythmStats(
            rhythm["replies"], rhythm["median_seconds"], tuple(rhythm["buckets"]), tuple(rhythm["median_by_hour"])
        ),
        horsemen=tuple(HorsemanStat(**h) for h in horsemen),
        positive=p["positive"],
        negative=p["negative"],
        safety_signals=p["safety_signals"],
    )


def _moment(kind: str, item: dict[str, Any], names: list[str]) -> Moment:
    return Moment(
        kind=kind,
        person=names.index(item["person"]) if item["person"] in names else 0,
        index=item["turn"],
        time=_dt(item["time"]),
        text=item["text"],
        context=item["context"],
        score=tuple(item["score"]),
        notes=tuple(Note(n["id"], n["key"], n["text"], n["explanation"], n.get("suggestion")) for n in item["notes"]),
    )


def notices(doc: dict[str, Any], extra: dict[str, Any]) -> tuple[Notice, ...]:
    """The notices with their values (kept in ``extra``; the JSON holds only rendered text)."""
    values = {n["code"]: n.get("values", {}) for n in extra.get("notices", [])}
    return tuple(Notice(n["code"], tuple(values.get(n["code"], {}).items())) for n in doc["notices"])


def rebuild(doc: dict[str, Any], extra: dict[str, Any] | None = None) -> ChatReport:
    """The ``ChatReport`` that ``report_to_dict`` turned into ``doc``."""
    extra = extra or {}
    in_turns = extra.get("messages_in_turns") or [0] * len(doc["participants"])
    names = [p["name"] for p in doc["participants"]]
    people = tuple(
        Person(p["name"], p["messages"], _person(doc, i, in_turns[i])) for i, p in enumerate(doc["participants"])
    )
    style, ratio = doc["style_matching"], doc["ratio"]
    tense = ratio["tense"]
    measures = Measures(
        people=tuple(p.measures for p in people),
        turns=doc["turns"],
        style=StyleMatching(
            style["overall"],
            tuple(_ordered(style["categories"], CATEGORIES)),
            tuple((m["month"], m["overall"]) for m in style["monthly"]),
        ),
        overall=Ratio(**ratio["overall"]),
        tense=Ratio(tense["positive"], tense["negative"], tense["ratio"], tense["turns"], tense["stretches"]),
        bid_window_seconds=extra.get("bid_window_seconds", doc["bids"]["window_hours"] * 3600),
        tense_radius=tense["radius"],
        negative_delays=doc["rhythm"]["negative_delays"],
    )
    return ChatReport(
        lang=doc["lang"],
        format=doc["format"],
        variant=doc["variant"],
        encoding=doc["encoding"],
        title=doc["title"],
        pseudonymized=doc["pseudonymized"],
        since=_d(doc["period"]["since"]),
        until=_d(doc["period"]["until"]),
        messages=doc["messages"],
        skipped_lines=doc["skipped_lines"],
        first=_dt(doc["first"]),
        last=_dt(doc["last"]),
        participants=tuple(Participant(p["name"], p["messages"]) for p in doc["all_participants"]),
        selection=doc["selection"],
        people=people,
        measures=measures,
        best=tuple(_moment("best", m, names) for m in doc["examples"]["best"]),
        learn=tuple(_moment("learn", m, names) for m in doc["examples"]["learn"]),
        safety_signals=doc["safety"]["signals"],
        help=tuple(HelpLine(**h) for h in doc["safety"]["help"]),
        notices=notices(doc, extra),
        warnings=tuple(doc["warnings"]),
    )


def extra_of(report: ChatReport) -> dict[str, Any]:
    """What ``rebuild`` needs besides the JSON document."""
    return {
        "notices": [{"code": n.code, "values": dict(n.values)} for n in report.notices],
        "messages_in_turns": [p.measures.messages_in_turns for p in report.people],
        "bid_window_seconds": report.measures.bid_window_seconds,
    }
