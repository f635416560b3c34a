"""The chat report as a readable terminal summary (rich tables and colours).

:func:`render_text` returns a string; with ``color=True`` it holds ANSI colour codes (click's
``echo`` strips them again when the output is not a terminal). Chat text is printed as plain
text: rich markup in a message ("[bold]") is shown literally, never interpreted.
"""

from __future__ import annotations

import io

from rich.console import Console, Group
from rich.padding import Padding
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from ..metrics import DELAY_BUCKETS, Moment
from .i18n import delay_text, key_names, number, t
from .model import ChatReport

_CALM = "cyan"
_WARM = "magenta"
_SOFT = "dim"


def _pct(value: float, lang: str) -> str:
    return t(lang, "percent", value=number(100 * value, lang))


def _header(report: ChatReport) -> Panel:
    lang = report.lang
    lines = Text()
    lines.append(t(lang, "subtitle") + "\n", style="bold")
    if report.first and report.last:
        period = t(lang, "period_value", first=f"{report.first:%Y-%m-%d}", last=f"{report.last:%Y-%m-%d}")
    else:
        period = t(lang, "no_dates")
    rows = [
        (t(lang, "period"), period),
        (t(lang, "messages"), str(report.messages)),
        (t(lang, "turns"), f"{report.turns} ({t(lang, 'turns_hint')})"),
        (t(lang, "participants"), ", ".join(f"{p.name} ({p.messages})" for p in report.participants)),
        (t(lang, "language"), t(lang, "lang_name")),
    ]
    if report.skipped_lines:
        rows.append((t(lang, "skipped_lines"), str(report.skipped_lines)))
    for label, value in rows:
        lines.append(f"{label}: ", style=_SOFT)
        lines.append(value + "\n")
    lines.append("\n" + t(lang, "mirror"), style="italic")
    if report.pseudonymized:
        lines.append("\n" + t(lang, "pseudonymized"), style=_SOFT)
    return Panel(lines, title=Text(t(lang, "title"), style=f"bold {_WARM}"), border_style=_WARM, expand=True)


def _keys_table(report: ChatReport) -> Table:
    lang = report.lang
    names = key_names(lang)
    table = Table(
        title=t(lang, "keys_title"),
        title_justify="left",
        caption_justify="left",
        caption=t(lang, "keys_intro"),
        expand=False,
    )
    table.add_column(t(lang, "key"), style="bold")
    for person in report.people:
        table.add_column(f"{person.name}\n{t(lang, 'level_1')}", justify="right", style=_CALM)
        table.add_column(f"{person.name}\n{t(lang, 'level_2')}", justify="right")
    rows = zip(*(p.measures.keys for p in report.people), strict=True)
    for stats in rows:
        cells = []
        for stat in stats:
            cells += [_pct(stat.share_1, lang), _pct(stat.share_2, lang)]
        table.add_row(names[stats[0].key], *cells)
    return table


def _pitfalls_table(report: ChatReport) -> Table | Text:
    lang = report.lang
    rows = [
        stats
        for stats in zip(*(p.measures.pitfalls for p in report.people), strict=True)
        if any(s.turns for s in stats)
    ]
    if not rows:
        return Text(f"{t(lang, 'pitfalls_title')}: {t(lang, 'none_found')}")
    table = Table(
        title=t(lang, "pitfalls_title"), title_justify="left", caption_justify="left", caption=t(lang, "pitfalls_intro")
    )
    table.add_column(t(lang, "pitfall"), style="bold")
    for person in report.people:
        table.add_column(person.name, justify="right")
    for stats in rows:
        table.add_row(t(lang, f"pitfall_{stats[0].name}"), *(number(s.per_100, lang, 1) for s in stats))
    return table


def _style(report: ChatReport) -> Table:
    lang = report.lang
    style = report.measures.style
    table = Table(title=t(lang, "style_title"), title_justify="left", caption_justify="left")
    table.add_column(t(lang, "style_category"))
    table.add_column("LSM", justify="right", style=_CALM)
    overall = number(style.overall, lang, 2) if style.overall is not None else "–"
    table.add_row(Text(t(lang, "style_overall"), style="bold"), Text(overall, style="bold"))
    for name, value in style.categories:
        table.add_row(t(lang, f"category_{name}"), number(value, lang, 2))
    return table


def _bids(report: ChatReport) -> Table:
    lang = report.lang
    hours = number(report.measures.bid_window_seconds / 3600, lang)
    table = Table(
        title=t(lang, "bids_title"),
        title_justify="left",
        caption_justify="left",
        caption=t(lang, "bids_intro", hours=hours),
    )
    table.add_column("")
    for name in (t(lang, "bids_made"), t(lang, "toward"), t(lang, "away"), t(lang, "against")):
        table.add_column(name, justify="right")
    for i, person in enumerate(report.people):
        other = report.people[1 - i]
        bids = person.measures.bids
        answer = other.measures.bids  # how the other turned to this person's bids
        table.add_row(
            Text(person.name, style="bold"),
            str(bids.made),
            Text(_pct(answer.rate("toward"), lang), style="green"),
            _pct(answer.rate("away"), lang),
            Text(_pct(answer.rate("against"), lang), style="red"),
        )
    return table


def _rhythm(report: ChatReport) -> Table:
    lang = report.lang
    table = Table(
        title=t(lang, "rhythm_title"), title_justify="left", caption_justify="left", caption=t(lang, "rhythm_intro")
    )
    table.add_column("")
    table.add_column(t(lang, "median"), justify="right", style=_CALM)
    for name, _ in DELAY_BUCKETS:
        table.add_column(t(lang, f"bucket_{name}"), justify="right")
    for person in report.people:
        rhythm = person.measures.rhythm
        total = rhythm.replies
        cells = [_pct(c / total, lang) if total else "–" for c in rhythm.buckets]
        table.add_row(Text(person.name, style="bold"), delay_text(rhythm.median_seconds, lang), *cells)
    return table


def _horsemen(report: ChatReport) -> Table:
    lang = report.lang
    table = Table(
        title=t(lang, "horsemen_title"), title_justify="left", caption_justify="left", caption=t(lang, "horsemen_intro")
    )
    table.add_column(t(lang, "horseman"))
    table.add_column(t(lang, "antidote"))
    for person in report.people:
        table.add_column(person.name, justify="right")
    for items in zip(*(p.measures.horsemen for p in report.people), strict=True):
        first = items[0]
        cells = [
            Text.assemble(
                (number(h.per_100, lang, 1), "red" if h.per_100 > h.antidote_per_100 else ""),
                " / ",
                (number(h.antidote_per_100, lang, 1), "green"),
            )
            for h in items
        ]
        table.add_row(t(lang, f"pitfall_{first.horseman}"), t(lang, f"antidote_{first.antidote}"), *cells)
    return table


def _ratio(report: ChatReport) -> Table:
    lang = report.lang
    m = report.measures
    table = Table(
        title=t(lang, "ratio_title"), title_justify="left", caption_justify="left", caption=t(lang, "ratio_intro")
    )
    table.add_column("")
    table.add_column(t(lang, "positive"), justify="right", style="green")
    table.add_column(t(lang, "negative"), justify="right", style="red")
    table.add_column(t(lang, "ratio"), justify="right", style="bold")
    for label, r in ((t(lang, "ratio_overall"), m.overall), (t(lang, "ratio_tense"), m.tense)):
        value = t(lang, "ratio_value", ratio=number(r.ratio, lang, 1)) if r.ratio is not None else "–"
        table.add_row(label, str(r.positive), str(r.negative), value)
    return table


def _moments(report: ChatReport, items: tuple[Moment, ...], title: str, intro: str, learn: bool) -> Group:
    lang = report.lang
    parts: list = [Text(title, style=f"bold {_WARM}"), Text(intro, style=_SOFT)]
    if not items:
        parts.append(Text(t(lang, "no_examples")))
    for moment in items:
        body = Text()
        when = f"{moment.time:%Y-%m-%d %H:%M}  " if moment.time else ""
        body.append(f"{when}{report.name(moment.person)}\n", style="bold")
        if moment.context:
            body.append(f"{t(lang, 'in_reply_to')}: {moment.context}\n", style=_SOFT)
        body.append(f"“{moment.text}”\n")
        for note in moment.notes:
            body.append(f"• {note.explanation}\n", style="red" if learn else "green")
            if learn and note.suggestion:
                body.append(f"  → {note.suggestion}\n", style=_CALM)
        parts.append(Padding(body, (0, 0, 0, 2)))
    return Group(*parts)


def _safety(report: ChatReport) -> Panel:
    lang = report.lang
    body = Text(t(lang, "safety_intro", count=report.safety_signals) + "\n")
    for line in report.help:
        body.append(f"• {line.name} ({line.country}): {line.phone}, {line.when}\n", style="bold")
        body.append(f"  {line.description}\n")
    body.append(t(lang, "safety_danger"), style="bold")
    return Panel(body, title=t(lang, "safety_title"), border_style="yellow")


def render_text(report: ChatReport, color: bool = False, width: int = 100) -> str:
    """The report as terminal text (with ANSI colours when ``color`` is true)."""
    buffer = io.StringIO()
    console = Console(
        file=buffer,
        width=width,
        force_terminal=color,
        color_system="standard" if color else None,
        highlight=False,
        emoji=False,
        markup=False,
    )
    lang = report.lang
    console.print(_header(report))
    for notice in report.notices:
        console.print(Text("! " + t(lang, f"notice_{notice.code}", **dict(notice.values)), style="yellow"))
    if report.safety_signals:
        console.print(_safety(report))
    console.print(_keys_table(report))
    console.print(_pitfalls_table(report))
    console.print(_style(report))
    console.print(_bids(report))
    console.print(_rhythm(report))
    console.print(_horsemen(report))
    console.print(_ratio(report))
    console.print()
    console.print(_moments(report, report.best, t(lang, "best_title"), t(lang, "best_intro"), learn=False))
    console.print()
    console.print(_moments(report, report.learn, t(lang, "learn_title"), t(lang, "learn_intro"), learn=True))
    if report.warnings:
        console.print()
        console.print(Text(t(lang, "warnings"), style="bold yellow"))
        for warning in report.warnings:
            console.print(Text(f"• {warning}"))
    console.print()
    console.print(Text(t(lang, "method"), style=_SOFT))
    return buffer.getvalue()
