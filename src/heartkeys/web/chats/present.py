"""What the report page and its charts show, built from a stored report in the reader's language.

The page follows the library's HTML report (:mod:`heartkeys.chat.report.html`) section by
section and uses its words (:mod:`heartkeys.chat.report.i18n`, Dutch and English) so both say
the same; the charts are drawn with :mod:`heartkeys.chat.report.charts` and served one per URL
(see :func:`heartkeys.web.charts.svg_response`), each with a table of the same numbers.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field

from ...chat.metrics import DELAY_BUCKETS
from ...chat.report import charts
from ...chat.report.i18n import delay_text, key_names, number, t
from ...chat.report.model import ChatReport as LibraryReport
from ...content.model import KEY_CODES

_URL = re.compile(r"(?i)\b(?:https?|ftp)://\S+|\bwww\.[^\s/]+\S*")


@dataclass
class Table:
    head: list[str]
    rows: list[list[str]]
    caption: str = ""


@dataclass
class Figure:
    name: str  # the chart's URL part
    title: str
    description: str
    table: Table


@dataclass
class Section:
    id: str
    title: str
    intro: str = ""
    figures: list[Figure] = field(default_factory=list)
    tables: list[Table] = field(default_factory=list)
    lines: list[str] = field(default_factory=list)
    big: str = ""
    big_label: str = ""


def chat_text(text: str | None, lang: str) -> str:
    """Chat text for the page: web addresses replaced (they may be private; we never link out)."""
    return _URL.sub(t(lang, "link"), text) if text else ""


def _pct(value: float, lang: str) -> str:
    return t(lang, "percent", value=number(100 * value, lang))


def help_lines(lang: str) -> list:
    """Help lines from the content, in the reader's language (the stored ones are in the chat's)."""
    from ...content import load_content

    return list(load_content(lang).safety.resources)


class Presenter:
    def __init__(self, report: LibraryReport, lang: str):
        self.r = report
        self.lang = lang if lang in ("nl", "en") else "nl"
        self.keys = key_names(self.lang)
        self.short = {code: t(self.lang, f"short_{code}") for code in KEY_CODES}

    def tr(self, string: str, /, **values) -> str:
        return t(self.lang, string, **values)

    # -- charts -----------------------------------------------------------------------------------
    def chart_names(self) -> list[str]:
        names = [f"keys-{i}" for i in range(len(self.r.people))]
        if self._months():
            names += [f"time-{i}" for i in range(len(self.r.people))]
        if self.r.measures.style.monthly:
            names.append("style")
        names.append("bids")
        if any(p.measures.rhythm.replies for p in self.r.people):
            names.append("delay")
        names.append("horsemen")
        return names

    def chart(self, name: str) -> str | None:
        """The SVG of chart ``name``, or None when this report has no such chart."""
        if name not in self.chart_names():
            return None
        kind, _, index = name.partition("-")
        chart_id = f"hk-{name}"
        tr, r = self.tr, self.r
        if kind == "keys":
            person = r.people[int(index)]
            stats = person.measures.keys
            return charts.radar(
                chart_id,
                tr("chart_keys_desc", name=person.name),
                [self.short[s.key] for s in stats],
                [(tr("level_1"), [100 * s.share_1 for s in stats]), (tr("level_2"), [100 * s.share_2 for s in stats])],
                top=self._radar_top(),
            )
        if kind == "time":
            person = r.people[int(index)]
            months = self._months()
            by_month = {m.month: dict(m.keys) for m in person.measures.monthly}
            series = [(self.short[c], [by_month[m][c] if m in by_month else None for m in months]) for c in KEY_CODES]
            return charts.line(chart_id, tr("chart_time_desc", name=person.name), months, series)
        if kind == "style":
            monthly = r.measures.style.monthly
            return charts.line(
                chart_id,
                tr("chart_style_desc"),
                [m for m, _ in monthly],
                [(tr("style_overall"), [v for _, v in monthly])],
                value_range=(0, 1),
            )
        if kind == "delay":
            labels = [tr(f"bucket_{b}") for b, _ in DELAY_BUCKETS]
            series = [
                (p.name, [100 * c / (p.measures.rhythm.replies or 1) for c in p.measures.rhythm.buckets])
                for p in r.people
            ]
            return charts.bar(chart_id, tr("chart_delay_desc"), labels, series)
        if kind == "bids":
            labels = [tr(x) for x in ("toward", "away", "against")]
            series = [
                (tr("bids_answered", name=p.name, other=r.people[1 - i].name),
                 [100 * p.measures.bids.rate(x) for x in ("toward", "away", "against")])
                for i, p in enumerate(r.people)
            ]  # fmt: skip
            return charts.bar(chart_id, self.bids_title(), labels, series)
        if kind == "horsemen":
            labels = [tr(f"pitfall_{h.horseman}") for h in r.people[0].measures.horsemen]
            series = []
            for p in r.people:
                series.append((f"{p.name}: {tr('horseman').lower()}", [h.per_100 for h in p.measures.horsemen]))
                series.append(
                    (f"{p.name}: {tr('antidote').lower()}", [h.antidote_per_100 for h in p.measures.horsemen])
                )
            return charts.bar(chart_id, tr("horsemen_title"), labels, series)
        return None

    def bids_title(self) -> str:
        return self.tr("bids_title")

    def _months(self) -> list[str]:
        return sorted({m.month for p in self.r.people for m in p.measures.monthly})

    def _radar_top(self) -> float:
        highest = max((100 * s.share_1 for p in self.r.people for s in p.measures.keys), default=0.0)
        return min(100, max(20, 10 * math.ceil(highest / 10)))

    # -- sections ---------------------------------------------------------------------------------
    def sections(self) -> list[Section]:
        return [
            s
            for s in (
                self.keys_section(),
                self.time_section(),
                self.style_section(),
                self.bids_section(),
                self.rhythm_section(),
                self.horsemen_section(),
            )
            if s is not None
        ]

    def keys_section(self) -> Section:
        r, tr, lang = self.r, self.tr, self.lang
        section = Section("keys", tr("keys_title"), tr("keys_intro"))
        for i, person in enumerate(r.people):
            table = Table(
                [tr("key"), tr("level_1"), tr("level_2"), tr("per_100")],
                [
                    [self.keys[s.key], _pct(s.share_1, lang), _pct(s.share_2, lang), number(s.per_100, lang, 1)]
                    for s in person.measures.keys
                ],
            )
            section.figures.append(
                Figure(f"keys-{i}", tr("chart_keys", name=person.name), tr("chart_keys_desc", name=person.name), table)
            )
        rows = [
            [tr(f"pitfall_{s[0].name}"), *(number(x.per_100, lang, 1) for x in s)]
            for s in zip(*(p.measures.pitfalls for p in r.people), strict=True)
            if any(x.turns for x in s)
        ]
        if rows:
            section.tables.append(Table([tr("pitfall"), *(p.name for p in r.people)], rows, tr("pitfalls_intro")))
        else:
            section.lines.append(f"{tr('pitfalls_title')}: {tr('none_found')}")
        return section

    def time_section(self) -> Section | None:
        r, tr, lang = self.r, self.tr, self.lang
        months = self._months()
        if not months:
            return None
        section = Section("time", tr("over_time"), tr("over_time_intro"))
        for i, person in enumerate(r.people):
            by_month = {m.month: m for m in person.measures.monthly}
            rows = []
            for mo in months:
                m = by_month.get(mo)
                if m is None:
                    rows.append([mo, "0", *("–" for _ in KEY_CODES), "–"])
                else:
                    keys = dict(m.keys)
                    rows.append(
                        [
                            mo,
                            str(m.turns),
                            *(number(keys[c], lang) for c in KEY_CODES),
                            number(m.pitfall_turns_per_100, lang),
                        ]
                    )
            table = Table([tr("month"), tr("turns"), *(self.short[c] for c in KEY_CODES), tr("pitfall_turns")], rows)
            section.figures.append(
                Figure(f"time-{i}", tr("chart_time", name=person.name), tr("chart_time_desc", name=person.name), table)
            )
        return section

    def style_section(self) -> Section:
        tr, lang = self.tr, self.lang
        style = self.r.measures.style
        section = Section("style", tr("style_title"), tr("style_intro"))
        section.big = number(style.overall, lang, 2) if style.overall is not None else "–"
        section.big_label = tr("style_overall")
        section.tables.append(
            Table(
                [tr("style_category"), "LSM"],
                [[tr(f"category_{name}"), number(value, lang, 2)] for name, value in style.categories],
            )
        )
        if style.monthly:
            table = Table(
                [tr("month"), "LSM"],
                [[m, number(v, lang, 2) if v is not None else "–"] for m, v in style.monthly],
            )
            section.figures.append(Figure("style", tr("chart_style"), tr("chart_style_desc"), table))
        return section

    def bids_section(self) -> Section:
        r, tr, lang = self.r, self.tr, self.lang
        hours = number(r.measures.bid_window_seconds / 3600, lang)
        section = Section("bids", tr("bids_title"), tr("bids_intro", hours=hours))
        rows = []
        for person in r.people:
            bids = person.measures.bids
            kinds = ", ".join(f"{tr(f'kind_{k}')}: {n}" for k, n in bids.kinds)
            rows.append([person.name, f"{bids.made} ({kinds})", str(bids.open)])
        section.tables.append(Table(["", tr("bids_made"), tr("open")], rows))
        answer_rows = []
        for i, p in enumerate(r.people):
            b = p.measures.bids
            answer_rows.append(
                [
                    tr("bids_answered", name=p.name, other=r.people[1 - i].name),
                    *(f"{getattr(b, x)} ({_pct(b.rate(x), lang)})" for x in ("toward", "away", "against")),
                ]
            )
        table = Table(["", tr("toward"), tr("away"), tr("against")], answer_rows)
        section.figures.append(Figure("bids", tr("bids_title"), tr("bids_intro", hours=hours), table))
        return section

    def rhythm_section(self) -> Section:
        r, tr, lang = self.r, self.tr, self.lang
        section = Section("rhythm", tr("rhythm_title"), tr("rhythm_intro"))
        section.tables.append(
            Table(
                ["", tr("median"), tr("replies")],
                [
                    [p.name, delay_text(p.measures.rhythm.median_seconds, lang), str(p.measures.rhythm.replies)]
                    for p in r.people
                ],
            )
        )
        if any(p.measures.rhythm.replies for p in r.people):
            labels = [tr(f"bucket_{b}") for b, _ in DELAY_BUCKETS]
            table = Table(
                [tr("delay"), *(p.name for p in r.people)],
                [[label, *(str(p.measures.rhythm.buckets[i]) for p in r.people)] for i, label in enumerate(labels)],
            )
            section.figures.append(Figure("delay", tr("chart_delay"), tr("chart_delay_desc"), table))
            section.tables.append(
                Table(
                    [tr("hour"), *(p.name for p in r.people)],
                    [
                        [f"{h:02d}:00", *(delay_text(p.measures.rhythm.median_by_hour[h], lang) for p in r.people)]
                        for h in range(24)
                        if any(p.measures.rhythm.median_by_hour[h] is not None for p in r.people)
                    ],
                    tr("by_hour"),
                )
            )
        return section

    def horsemen_section(self) -> Section:
        r, tr, lang = self.r, self.tr, self.lang
        section = Section("horsemen", tr("horsemen_title"), tr("horsemen_intro"))
        head = [tr("horseman"), tr("antidote")]
        for p in r.people:
            head += [f"{p.name}: {tr('horseman').lower()}", f"{p.name}: {tr('antidote').lower()}"]
        rows = []
        for items in zip(*(p.measures.horsemen for p in r.people), strict=True):
            row = [tr(f"pitfall_{items[0].horseman}"), tr(f"antidote_{items[0].antidote}")]
            for h in items:
                row += [number(h.per_100, lang, 1), number(h.antidote_per_100, lang, 1)]
            rows.append(row)
        section.figures.append(
            Figure("horsemen", tr("horsemen_title"), tr("per_100"), Table(head, rows, tr("per_100")))
        )
        m = r.measures
        ratio_rows = []
        for label, ratio, hint in (
            (tr("ratio_overall"), m.overall, ""),
            (tr("ratio_tense"), m.tense, tr("ratio_tense_hint", stretches=m.tense.stretches, turns=m.tense.turns)),
        ):
            value = (
                tr("ratio_value", ratio=number(ratio.ratio, lang, 1)) if ratio.ratio is not None else tr("no_negative")
            )
            ratio_rows.append([label + (f" ({hint})" if hint else ""), str(ratio.positive), str(ratio.negative), value])
        section.tables.append(Table(["", tr("positive"), tr("negative"), tr("ratio")], ratio_rows, tr("ratio_title")))
        section.lines.append(tr("ratio_intro"))
        return section

    def moments(self, kind: str) -> dict:
        r, lang = self.r, self.lang
        items = r.best if kind == "best" else r.learn
        cards = []
        for moment in items:
            notes = [
                {
                    "key": self.short.get(note.key or "", "") if kind == "best" else "",
                    "explanation": chat_text(note.explanation, lang),
                    "suggestion": chat_text(note.suggestion, lang) if kind == "learn" else "",
                }
                for note in moment.notes
            ]
            cards.append(
                {
                    "person": r.name(moment.person),
                    "time": f"{moment.time:%Y-%m-%d %H:%M}" if moment.time else "",
                    "context": chat_text(moment.context, lang),
                    "text": chat_text(moment.text, lang),
                    "notes": notes,
                }
            )
        return {"id": kind, "title": self.tr(f"{kind}_title"), "intro": self.tr(f"{kind}_intro"), "cards": cards}

    def notices(self) -> list[str]:
        out = []
        for n in self.r.notices:
            try:
                out.append(t(self.lang, f"notice_{n.code}", **dict(n.values)))
            except (KeyError, IndexError):  # a notice without its values (older rows): skip it
                continue
        return out

    def overview(self) -> list[tuple[str, str]]:
        r, tr = self.r, self.tr
        if r.first and r.last:
            period = tr("period_value", first=f"{r.first:%Y-%m-%d}", last=f"{r.last:%Y-%m-%d}")
        else:
            period = tr("no_dates")
        facts = [
            (tr("period"), period),
            (tr("messages"), str(r.messages)),
            (tr("turns"), f"{r.turns} ({tr('turns_hint')})"),
            (tr("participants"), ", ".join(f"{p.name} ({p.messages})" for p in r.participants)),
            (tr("language"), t(r.lang, "lang_name")),
        ]
        if r.skipped_lines:
            facts.append((tr("skipped_lines"), str(r.skipped_lines)))
        return facts

    def context(self) -> dict:
        """Everything the report template needs."""
        tr = self.tr
        return {
            "lang": self.lang,
            "heading": tr("title"),
            "subtitle": tr("subtitle"),
            "mirror": tr("mirror"),
            "names": " & ".join(p.name for p in self.r.people),
            "pseudonymized": tr("pseudonymized") if self.r.pseudonymized else "",
            "overview_title": tr("overview"),
            "overview": self.overview(),
            "notices": self.notices(),
            "safety": {
                "title": tr("safety_title"),
                "intro": tr("safety_intro", count=self.r.safety_signals),
                "danger": tr("safety_danger"),
                "help": help_lines(self.lang) or self.r.help,
            }
            if self.r.safety_signals
            else None,
            "sections": self.sections(),
            "moments": [self.moments("best"), self.moments("learn")],
            "warnings_title": tr("warnings"),
            "warnings": [chat_text(w, self.lang) for w in self.r.warnings],
            "method_title": tr("method_title"),
            "method": tr("method"),
            "table_alt": tr("table_alt"),
        }
