"""The chat report as ONE self-contained HTML file.

Everything is inside the file: the CSS, the charts (inline SVG from :mod:`.charts`), the text.
There is no script and no address to fetch anything from, so the page works offline and leaks
nothing when opened. Every piece of chat text (names included) goes through
:func:`html.escape`; web addresses inside messages are shown as "[link]" (they may be private,
and the page must not link out). Each chart has a text alternative: an ``aria-label`` and a
table with the same numbers. The page prints cleanly (``@media print``) and reads well on a phone.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Sequence
from html import escape
from typing import Final

from ...content.model import KEY_CODES
from ..metrics import DELAY_BUCKETS, Moment
from . import charts
from .i18n import delay_text, key_names, number, t
from .model import ChatReport

#: Nothing may be loaded or run: only the inline styles of the page and its charts.
_CSP: Final = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'"
_URL: Final = re.compile(r"(?i)\b(?:https?|ftp)://\S+|\bwww\.[^\s/]+\S*")

CSS: Final = """
:root{--bg:#fbf7f2;--card:#fffdfa;--ink:#2d2a26;--soft:#6b625a;--line:#e8dfd4;--accent:#b5523b;
--calm:#3d7a8a;--good:#4f7d45;--warn:#a8642a;--radius:14px}
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{margin:0;background:var(--bg);color:var(--ink);font:16px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,
"Helvetica Neue",Arial,sans-serif}
main{max-width:880px;margin:0 auto;padding:24px 16px 48px}
header.top{padding:8px 0 16px}
h1{font-size:2rem;margin:0 0 4px;color:var(--accent);letter-spacing:-.01em}
h2{font-size:1.35rem;margin:0 0 8px;color:var(--ink)}
h3{font-size:1.05rem;margin:16px 0 6px}
p{margin:6px 0}
.lead{font-size:1.1rem;color:var(--soft);margin:0 0 10px}
.mirror{background:#f3ebe1;border-left:4px solid var(--accent);padding:10px 14px;border-radius:8px}
.muted{color:var(--soft);font-size:.93rem}
section{background:var(--card);border:1px solid var(--line);border-radius:var(--radius);padding:18px 20px;
margin:18px 0;box-shadow:0 1px 2px rgba(60,40,20,.05)}
section.safety{border:2px solid var(--warn);background:#fff8ef}
dl.facts{display:grid;grid-template-columns:max-content 1fr;gap:4px 16px;margin:8px 0}
dl.facts dt{color:var(--soft)}dl.facts dd{margin:0}
.notice{background:#fdf3e3;border-radius:8px;padding:8px 12px;margin:8px 0}
.scroll{overflow-x:auto;-webkit-overflow-scrolling:touch}
table{border-collapse:collapse;width:100%;margin:8px 0;font-size:.95rem}
caption{text-align:left;color:var(--soft);font-size:.9rem;padding:4px 0}
th,td{padding:6px 8px;border-bottom:1px solid var(--line);text-align:right;vertical-align:top}
th:first-child,td:first-child{text-align:left}
thead th{font-weight:600;border-bottom:2px solid var(--line)}
td.word{text-align:left}
figure{margin:10px 0}
figure svg{display:block;width:100%;height:auto;max-height:480px}
figcaption{font-weight:600;margin-bottom:4px}
.grid{display:grid;grid-template-columns:repeat(auto-fit,minmax(280px,1fr));gap:12px}
.big{font-size:2.2rem;font-weight:700;color:var(--calm);line-height:1.1}
details{margin:6px 0}summary{cursor:pointer;color:var(--calm)}
article.moment{border:1px solid var(--line);border-radius:10px;padding:10px 14px;margin:10px 0;background:#fff}
article.moment header{font-weight:600}
article.moment .when{color:var(--soft);font-weight:400}
blockquote{margin:6px 0;padding:6px 12px;border-left:3px solid var(--line);white-space:pre-wrap;
overflow-wrap:anywhere}
.context{color:var(--soft);font-size:.92rem;white-space:pre-wrap;overflow-wrap:anywhere}
ul.notes{margin:6px 0;padding-left:20px}
ul.notes li.good{color:var(--good)}
.suggestion{display:block;color:var(--calm);margin-top:2px}
.help li{margin:6px 0}
.tag{display:inline-block;background:#f1e7dc;border-radius:999px;padding:0 8px;font-size:.85rem;margin-right:4px}
footer{color:var(--soft);font-size:.85rem;text-align:center;margin-top:24px}
@media (max-width:560px){main{padding:14px 10px 32px}section{padding:14px 12px}h1{font-size:1.6rem}
dl.facts{grid-template-columns:1fr}dl.facts dd{margin-bottom:6px}}
@media print{body{background:#fff;font-size:11pt}main{max-width:none;padding:0}
section{box-shadow:none;border:1px solid #ccc}h2,h3,figcaption{break-after:avoid}
.scroll{overflow:visible}table{font-size:9pt}
figure,article.moment,table{break-inside:avoid;page-break-inside:avoid}summary{display:none}
.mirror{background:#fff}}
"""


def _e(text: object) -> str:
    return escape(str(text), quote=True)


def _chat(text: str | None, lang: str) -> str:
    """Chat text for the page: links replaced, then escaped."""
    if not text:
        return ""
    return _e(_URL.sub(t(lang, "link"), text))


def _pct(value: float, lang: str) -> str:
    return _e(t(lang, "percent", value=number(100 * value, lang)))


def _table(caption: str, head: Sequence[str], rows: Iterable[Sequence[str]], raw: bool = False) -> str:
    """A table; cells are escaped unless ``raw`` (then they must already be safe HTML)."""
    out = ['<div class="scroll"><table>']
    if caption:
        out.append(f"<caption>{_e(caption)}</caption>")
    out.append("<thead><tr>" + "".join(f'<th scope="col">{_e(h)}</th>' for h in head) + "</tr></thead><tbody>")
    for row in rows:
        cells = [c if raw else _e(c) for c in row]
        out.append(f'<tr><th scope="row">{cells[0]}</th>' + "".join(f"<td>{c}</td>" for c in cells[1:]) + "</tr>")
    out.append("</tbody></table></div>")
    return "".join(out)


class _Page:
    """Builds the page section by section."""

    def __init__(self, report: ChatReport) -> None:
        self.r = report
        self.lang = report.lang
        self.keys = key_names(report.lang)
        self.short = {code: t(report.lang, f"short_{code}") for code in KEY_CODES}
        self.charts = 0

    def chart_id(self) -> str:
        self.charts += 1
        return f"hk-chart-{self.charts}"

    def tr(self, string: str, /, **values: object) -> str:
        return t(self.lang, string, **values)

    def figure(self, svg: str, title: str, description: str, table: str) -> str:
        """A chart with its title, a description and its numbers as a table (the text alternative)."""
        return (
            f'<figure><figcaption>{_e(title)}</figcaption>{svg}<p class="muted">{_e(description)}</p>'
            f"<details><summary>{_e(self.tr('table_alt'))}</summary>{table}</details></figure>"
        )

    # -- sections -----------------------------------------------------------------------------
    def header(self) -> str:
        r, tr = self.r, self.tr
        names = " &amp; ".join(_e(p.name) for p in r.people)
        parts = [
            '<header class="top">',
            f"<h1>{_e(tr('title'))}</h1>",
            f'<p class="lead">{_e(tr("subtitle"))} — {names}</p>',
            f'<p class="mirror">{_e(tr("mirror"))}</p>',
            f'<p class="muted">{_e(tr("privacy"))}</p>',
        ]
        if r.pseudonymized:
            parts.append(f'<p class="muted">{_e(tr("pseudonymized"))}</p>')
        parts.append("</header>")
        return "".join(parts)

    def overview(self) -> str:
        r, tr, lang = self.r, self.tr, self.lang
        if r.first and r.last:
            period = tr("period_value", first=f"{r.first:%Y-%m-%d}", last=f"{r.last:%Y-%m-%d}")
        else:
            period = tr("no_dates")
        facts = [
            (tr("period"), period),
            (tr("messages"), str(r.messages)),
            (tr("turns"), f"{r.turns} ({tr('turns_hint')})"),
            (tr("participants"), ", ".join(f"{p.name} ({p.messages})" for p in r.participants)),
            (tr("language"), tr("lang_name")),
        ]
        if r.skipped_lines:
            facts.append((tr("skipped_lines"), str(r.skipped_lines)))
        items = "".join(f"<dt>{_e(k)}</dt><dd>{_e(v)}</dd>" for k, v in facts)
        notices = "".join(
            f'<p class="notice">{_e(t(lang, f"notice_{n.code}", **dict(n.values)))}</p>' for n in r.notices
        )
        return f'<section id="overview"><h2>{_e(tr("overview"))}</h2><dl class="facts">{items}</dl>{notices}</section>'

    def safety(self) -> str:
        r, tr = self.r, self.tr
        if not r.safety_signals:
            return ""
        lines = "".join(
            f"<li><strong>{_e(h.name)}</strong> ({_e(h.country)}): <strong>{_e(h.phone)}</strong>, {_e(h.when)}"
            f"<br>{_e(h.description)}</li>"
            for h in r.help
        )
        return (
            f'<section class="safety" id="safety"><h2>{_e(tr("safety_title"))}</h2>'
            f'<p>{_e(tr("safety_intro", count=r.safety_signals))}</p><ul class="help">{lines}</ul>'
            f"<p><strong>{_e(tr('safety_danger'))}</strong></p></section>"
        )

    def keys_section(self) -> str:
        r, tr, lang = self.r, self.tr, self.lang
        figures = []
        highest = max((100 * s.share_1 for p in r.people for s in p.measures.keys), default=0.0)
        top = min(100, max(20, 10 * math.ceil(highest / 10)))  # the same scale for both people
        for person in r.people:
            stats = person.measures.keys
            svg = charts.radar(
                self.chart_id(),
                tr("chart_keys_desc", name=person.name),
                [self.short[s.key] for s in stats],
                [(tr("level_1"), [100 * s.share_1 for s in stats]), (tr("level_2"), [100 * s.share_2 for s in stats])],
                top=top,
            )
            table = _table(
                "",
                [tr("key"), tr("level_1"), tr("level_2"), tr("per_100")],
                [
                    (self.keys[s.key], _pct(s.share_1, lang), _pct(s.share_2, lang), number(s.per_100, lang, 1))
                    for s in stats
                ],
            )
            figures.append(
                self.figure(svg, tr("chart_keys", name=person.name), tr("chart_keys_desc", name=person.name), table)
            )
        pitfall_rows = [
            stats for stats in zip(*(p.measures.pitfalls for p in r.people), strict=True) if any(s.turns for s in stats)
        ]
        if pitfall_rows:
            pitfalls = _table(
                tr("pitfalls_intro"),
                [tr("pitfall"), *(p.name for p in r.people)],
                [(tr(f"pitfall_{s[0].name}"), *(number(x.per_100, lang, 1) for x in s)) for s in pitfall_rows],
            )
        else:
            pitfalls = f"<p>{_e(tr('none_found'))}</p>"
        return (
            f'<section id="keys"><h2>{_e(tr("keys_title"))}</h2><p>{_e(tr("keys_intro"))}</p>'
            f'<div class="grid">{"".join(figures)}</div>'
            f"<h3>{_e(tr('pitfalls_title'))}</h3>{pitfalls}</section>"
        )

    def time_section(self) -> str:
        r, tr, lang = self.r, self.tr, self.lang
        months = sorted({m.month for p in r.people for m in p.measures.monthly})
        if not months:
            return ""
        figures = []
        for person in r.people:
            by_month = {m.month: m for m in person.measures.monthly}
            series = []
            for code in KEY_CODES:
                values = [dict(by_month[mo].keys)[code] if mo in by_month else None for mo in months]
                series.append((self.short[code], values))
            svg = charts.line(self.chart_id(), tr("chart_time_desc", name=person.name), months, series)
            rows = []
            for mo in months:
                m = by_month.get(mo)
                if m is None:
                    rows.append((mo, "0", *("–" for _ in KEY_CODES), "–"))
                    continue
                keys = dict(m.keys)
                rows.append(
                    (
                        mo,
                        str(m.turns),
                        *(number(keys[c], lang) for c in KEY_CODES),
                        number(m.pitfall_turns_per_100, lang),
                    )
                )
            table = _table(
                tr("over_time_intro"),
                [tr("month"), tr("turns"), *(self.short[c] for c in KEY_CODES), tr("pitfall_turns")],
                rows,
            )
            figures.append(
                self.figure(svg, tr("chart_time", name=person.name), tr("chart_time_desc", name=person.name), table)
            )
        return (
            f'<section id="time"><h2>{_e(tr("over_time"))}</h2><p>{_e(tr("over_time_intro"))}</p>'
            f"{''.join(figures)}</section>"
        )

    def style_section(self) -> str:
        r, tr, lang = self.r, self.tr, self.lang
        style = r.measures.style
        overall = number(style.overall, lang, 2) if style.overall is not None else "–"
        categories = _table(
            "",
            [tr("style_category"), "LSM"],
            [(tr(f"category_{name}"), number(value, lang, 2)) for name, value in style.categories],
        )
        parts = [
            f'<section id="style"><h2>{_e(tr("style_title"))}</h2><p>{_e(tr("style_intro"))}</p>',
            f'<p><span class="big">{_e(overall)}</span> <span class="muted">{_e(tr("style_overall"))}</span></p>',
            categories,
        ]
        if style.monthly:
            months = [m for m, _ in style.monthly]
            svg = charts.line(
                self.chart_id(),
                tr("chart_style_desc"),
                months,
                [(tr("style_overall"), [v for _, v in style.monthly])],
                value_range=(0, 1),
            )
            table = _table(
                "",
                [tr("month"), "LSM"],
                [(m, number(v, lang, 2) if v is not None else "–") for m, v in style.monthly],
            )
            parts.append(self.figure(svg, tr("chart_style"), tr("chart_style_desc"), table))
        parts.append("</section>")
        return "".join(parts)

    def bids_section(self) -> str:
        r, tr, lang = self.r, self.tr, self.lang
        hours = number(r.measures.bid_window_seconds / 3600, lang)
        rows = []
        for i, person in enumerate(r.people):
            bids = person.measures.bids
            answer = r.people[1 - i].measures.bids
            kinds = ", ".join(f"{tr(f'kind_{k}')}: {n}" for k, n in bids.kinds)
            rows.append(
                (
                    person.name,
                    f"{bids.made} ({kinds})",
                    f"{answer.toward} ({t(lang, 'percent', value=number(100 * answer.rate('toward'), lang))})",
                    f"{answer.away} ({t(lang, 'percent', value=number(100 * answer.rate('away'), lang))})",
                    f"{answer.against} ({t(lang, 'percent', value=number(100 * answer.rate('against'), lang))})",
                )
            )
        table = _table("", ["", tr("bids_made"), tr("toward"), tr("away"), tr("against")], rows)
        answered = "".join(
            f"<li>{_e(tr('bids_answered', name=r.people[1 - i].name, other=p.name))}: "
            f"{_e(tr('toward'))} {_pct(r.people[1 - i].measures.bids.rate('toward'), lang)}, "
            f"{_e(tr('away'))} {_pct(r.people[1 - i].measures.bids.rate('away'), lang)}, "
            f"{_e(tr('against'))} {_pct(r.people[1 - i].measures.bids.rate('against'), lang)}</li>"
            for i, p in enumerate(r.people)
        )
        return (
            f'<section id="bids"><h2>{_e(tr("bids_title"))}</h2><p>{_e(tr("bids_intro", hours=hours))}</p>'
            f"{table}<ul>{answered}</ul></section>"
        )

    def rhythm_section(self) -> str:
        r, tr, lang = self.r, self.tr, self.lang
        labels = [tr(f"bucket_{name}") for name, _ in DELAY_BUCKETS]
        series = []
        for person in r.people:
            rhythm = person.measures.rhythm
            total = rhythm.replies or 1
            series.append((person.name, [100 * c / total for c in rhythm.buckets]))
        parts = [f'<section id="rhythm"><h2>{_e(tr("rhythm_title"))}</h2><p>{_e(tr("rhythm_intro"))}</p>']
        medians = _table(
            "",
            ["", tr("median"), tr("replies")],
            [
                (p.name, delay_text(p.measures.rhythm.median_seconds, lang), str(p.measures.rhythm.replies))
                for p in r.people
            ],
        )
        parts.append(medians)
        if any(p.measures.rhythm.replies for p in r.people):
            svg = charts.bar(self.chart_id(), tr("chart_delay_desc"), labels, series)
            table = _table(
                "",
                [tr("delay"), *(p.name for p in r.people)],
                [(label, *(f"{p.measures.rhythm.buckets[i]}" for p in r.people)) for i, label in enumerate(labels)],
            )
            parts.append(self.figure(svg, tr("chart_delay"), tr("chart_delay_desc"), table))
            hours = _table(
                tr("by_hour"),
                [tr("hour"), *(p.name for p in r.people)],
                [
                    (f"{h:02d}:00", *(delay_text(p.measures.rhythm.median_by_hour[h], lang) for p in r.people))
                    for h in range(24)
                    if any(p.measures.rhythm.median_by_hour[h] is not None for p in r.people)
                ],
            )
            parts.append(f"<details><summary>{_e(tr('by_hour'))}</summary>{hours}</details>")
        parts.append("</section>")
        return "".join(parts)

    def horsemen_section(self) -> str:
        r, tr, lang = self.r, self.tr, self.lang
        head = [tr("horseman"), tr("antidote")]
        for p in r.people:
            head += [f"{p.name}: {tr('horseman').lower()}", f"{p.name}: {tr('antidote').lower()}"]
        rows = []
        for items in zip(*(p.measures.horsemen for p in r.people), strict=True):
            row = [tr(f"pitfall_{items[0].horseman}"), tr(f"antidote_{items[0].antidote}")]
            for h in items:
                row += [number(h.per_100, lang, 1), number(h.antidote_per_100, lang, 1)]
            rows.append(row)
        table = _table(tr("per_100"), head, rows)
        m = r.measures
        ratio_rows = []
        for label, ratio, hint in (
            (tr("ratio_overall"), m.overall, ""),
            (tr("ratio_tense"), m.tense, tr("ratio_tense_hint", stretches=m.tense.stretches, turns=m.tense.turns)),
        ):
            value = (
                tr("ratio_value", ratio=number(ratio.ratio, lang, 1)) if ratio.ratio is not None else tr("no_negative")
            )
            ratio_rows.append((label + (f" ({hint})" if hint else ""), str(ratio.positive), str(ratio.negative), value))
        ratios = _table("", ["", tr("positive"), tr("negative"), tr("ratio")], ratio_rows)
        return (
            f'<section id="horsemen"><h2>{_e(tr("horsemen_title"))}</h2><p>{_e(tr("horsemen_intro"))}</p>{table}'
            f"<h3>{_e(tr('ratio_title'))}</h3><p>{_e(tr('ratio_intro'))}</p>{ratios}</section>"
        )

    def moments_section(self, items: tuple[Moment, ...], kind: str) -> str:
        r, tr, lang = self.r, self.tr, self.lang
        learn = kind == "learn"
        cards = []
        for moment in items:
            when = f'<span class="when"> · {_e(f"{moment.time:%Y-%m-%d %H:%M}")}</span>' if moment.time else ""
            context = (
                f'<p class="context">{_e(tr("in_reply_to"))}: {_chat(moment.context, lang)}</p>'
                if moment.context
                else ""
            )
            notes = []
            for note in moment.notes:
                tags = (
                    f'<span class="tag">{_e(self.short.get(note.key or "", ""))}</span>'
                    if note.key and not learn
                    else ""
                )
                suggestion = (
                    f'<span class="suggestion">→ {_chat(note.suggestion, lang)}</span>'
                    if learn and note.suggestion
                    else ""
                )
                cls = "" if learn else ' class="good"'
                notes.append(f"<li{cls}>{tags}{_chat(note.explanation, lang)}{suggestion}</li>")
            cards.append(
                f'<article class="moment"><header>{_e(r.name(moment.person))}{when}</header>{context}'
                f'<blockquote>{_chat(moment.text, lang)}</blockquote><ul class="notes">{"".join(notes)}</ul></article>'
            )
        body = "".join(cards) or f"<p>{_e(tr('no_examples'))}</p>"
        return (
            f'<section id="{kind}"><h2>{_e(tr(f"{kind}_title"))}</h2><p>{_e(tr(f"{kind}_intro"))}</p>{body}</section>'
        )

    def warnings(self) -> str:
        if not self.r.warnings:
            return ""
        items = "".join(f"<li>{_chat(w, self.lang)}</li>" for w in self.r.warnings)
        return f'<section id="warnings"><h2>{_e(self.tr("warnings"))}</h2><ul>{items}</ul></section>'

    def method(self) -> str:
        return f'<section id="method"><h2>{_e(self.tr("method_title"))}</h2><p>{_e(self.tr("method"))}</p></section>'

    def render(self) -> str:
        r = self.r
        title = f"{t(self.lang, 'title')} — {' & '.join(p.name for p in r.people)}"
        body = "".join(
            [
                self.header(),
                self.safety(),
                self.overview(),
                self.keys_section(),
                self.time_section(),
                self.style_section(),
                self.bids_section(),
                self.rhythm_section(),
                self.horsemen_section(),
                self.moments_section(r.best, "best"),
                self.moments_section(r.learn, "learn"),
                self.warnings(),
                self.method(),
            ]
        )
        return (
            f'<!DOCTYPE html>\n<html lang="{_e(self.lang)}">\n<head>\n<meta charset="utf-8">\n'
            '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            '<meta name="referrer" content="no-referrer">\n'
            f'<meta http-equiv="Content-Security-Policy" content="{_CSP}">\n'
            f"<title>{_e(title)}</title>\n<style>{CSS}</style>\n</head>\n<body>\n<main>\n{body}\n"
            f"<footer>{_e(t(self.lang, 'made_with'))} · {_e(t(self.lang, 'privacy'))}</footer>\n"
            "</main>\n</body>\n</html>\n"
        )


def render_html(report: ChatReport) -> str:
    """The report as one self-contained, offline, printable HTML page (see module doc)."""
    return _Page(report).render()
