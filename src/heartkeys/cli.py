"""The ``heartkeys`` command line: a click group whose default command is ``serve``.

Every command is a thin shell over the library (``heartkeys.content``, ``heartkeys.analysis``,
``heartkeys.chat``); nothing here holds domain logic.
"""

from __future__ import annotations

import json
import random
import sys

import click

from . import __version__
from .content import KEY_CODES, LANGUAGES, load_content

LANG_OPTION = click.option(
    "--lang",
    type=click.Choice(LANGUAGES),
    default="nl",
    show_default=True,
    help="Language of the content (Dutch first, English second).",
)


def _console():
    from rich.console import Console

    return Console(highlight=False, soft_wrap=True)


@click.group(invoke_without_command=True, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "--version", prog_name="heartkeys")
@click.pass_context
def cli(ctx: click.Context) -> None:
    """Hartsleutels: learn and practise the 8 keys of empathy in relationships.

    Without a command, ``heartkeys`` runs ``serve``.
    """
    if ctx.invoked_subcommand is None:
        ctx.invoke(serve)


@cli.command()
@click.option(
    "--host",
    default="127.0.0.1",
    show_default=True,
    help="Address to bind to. The default only accepts connections from this computer, because "
    "the app holds intimate data: put a TLS reverse proxy in front before opening it to a network.",
)
@click.option("--port", default=8000, show_default=True, type=click.IntRange(1, 65535), help="Port.")
@click.option("--demo", is_flag=True, help="Add a demo couple (anna, bram) and coach (carla).")
def serve(host: str, port: int, demo: bool) -> None:
    """Run the web app with gunicorn, on an embedded SQLite database unless DATABASE_URL is set.

    On first start it creates the data directory (HEARTKEYS_DATA_DIR) and applies migrations.
    """
    from .web import server

    server.run(host=host, port=port, demo=demo)  # pragma: no cover - serves until stopped


def _key_json(key, content) -> dict:
    return {
        "code": key.code.value,
        "number": key.number,
        "name": key.name,
        "summary": key.summary,
        "facets": [{"id": f.id, "name": f.name, "description": f.description} for f in key.facets],
        "exercises": [
            {
                "id": e.id,
                "type": e.type,
                "title": e.title,
                "duration_minutes": e.duration_minutes,
                "scenarios": len(e.scenarios),
            }
            for e in content.exercises_for(key.code)
        ],
    }


@cli.command()
@click.argument("code", required=False, type=click.Choice(KEY_CODES))
@LANG_OPTION
@click.option("--json", "as_json", is_flag=True, help="Print JSON instead of text.")
def keys(code: str | None, lang: str, as_json: bool) -> None:
    """List the 8 keys, or show one key (CODE) with its lesson, facets and exercises."""
    content = load_content(lang)
    selected = [content.key(code)] if code else list(content.keys)
    if as_json:
        payload = {
            "lang": lang,
            "keys": [_key_json(k, content) for k in selected],
            "counts": content.counts(),
        }
        if code:
            payload["keys"][0]["lesson"] = selected[0].lesson
            payload["keys"][0]["try_today"] = selected[0].try_today
        click.echo(json.dumps(payload, ensure_ascii=False, indent=2))
        return

    from rich.table import Table

    console = _console()
    if not code:
        table = Table(title="Hartsleutels — de 8 sleutels" if lang == "nl" else "Hartsleutels — the 8 keys")
        table.add_column("#", justify="right")
        table.add_column("code")
        table.add_column("naam" if lang == "nl" else "name", style="bold")
        table.add_column("samenvatting" if lang == "nl" else "summary")
        for k in selected:
            table.add_row(str(k.number), k.code.value, k.name, k.summary)
        console.print(table)
        return
    key = selected[0]
    console.print(f"[bold]{key.number}. {key.name}[/bold]  ({key.code.value})")
    console.print(f"[italic]{key.summary}[/italic]\n")
    for paragraph in key.lesson_paragraphs:
        console.print(paragraph + "\n")
    console.print("[bold]Facetten[/bold]" if lang == "nl" else "[bold]Facets[/bold]")
    for f in key.facets:
        console.print(f"  • [bold]{f.name}[/bold]: {f.description}")
    console.print("\n[bold]Oefeningen[/bold]" if lang == "nl" else "\n[bold]Exercises[/bold]")
    for e in content.exercises_for(key.code):
        console.print(f"  • {e.title} [dim]({e.id}, {e.type}, {e.duration_minutes} min)[/dim]")
    console.print(f"\n[bold]{'Probeer vandaag' if lang == 'nl' else 'Try today'}:[/bold] {key.try_today}")


@cli.command()
@LANG_OPTION
@click.option("--theme", help="Only cards of this theme (daily, past, dreams, feelings, us).")
@click.option("--seed", type=int, help="Seed for a reproducible deal.")
def cards(lang: str, theme: str | None, seed: int | None) -> None:
    """Deal a curious question card to talk about together."""
    content = load_content(lang)
    themes = {t.id: t for t in content.themes}
    if theme is not None and theme not in themes:
        raise click.BadParameter(f"unknown theme {theme!r}; choose from {', '.join(themes)}", param_hint="--theme")
    deck = content.cards_in(theme)
    card = random.Random(seed).choice(deck)
    console = _console()
    console.print(f"[dim]{themes[card.theme].name}[/dim]")
    console.print(f"[bold]{card.text}[/bold]")


_STYLE = {"pitfall": "bold red", "strength": "bold green", "signal": "yellow"}


def _read_arg(value: str) -> str:
    """``-`` reads the text from standard input."""
    return sys.stdin.read() if value == "-" else value


@cli.command()
@click.argument("reply")
@click.option("--context", "-c", help="The partner's message this reply answers.")
@click.option("--lang", type=click.Choice(LANGUAGES), help="Language (default: detect Dutch or English).")
@click.option("--json", "as_json", is_flag=True, help="Print the analysis as JSON.")
def check(reply: str, context: str | None, lang: str | None, as_json: bool) -> None:
    """Feedback on a REPLY (use - to read it from standard input): keys, pitfalls, suggestions."""
    from .analysis import analyze

    analysis = analyze(_read_arg(reply), _read_arg(context) if context else None, lang)
    if as_json:
        click.echo(json.dumps(analysis.to_dict(), ensure_ascii=False, indent=2))
        return
    _print_analysis(analysis)


def _print_analysis(analysis) -> None:
    from rich.table import Table
    from rich.text import Text

    console = _console()
    nl = analysis.lang == "nl"
    content = load_content(analysis.lang)
    text = Text(analysis.reply)
    for f in analysis.findings:
        if f.end > f.start and f.kind != "signal":
            text.stylize(_STYLE[f.kind] if f.kind == "pitfall" else "underline green", f.start, f.end)
    console.print(text)
    console.print()
    table = Table(show_header=True, box=None, pad_edge=False)
    table.add_column("sleutel" if nl else "key")
    table.add_column("niveau" if nl else "level")
    names = {"0": "–", "1": "●○", "2": "●●"}
    for key in content.keys:
        level = analysis.levels[key.code.value]
        style = "green" if level else "dim"
        table.add_row(Text(key.name, style=style), Text(names[str(level)], style=style))
    console.print(table)
    console.print()
    if analysis.safety:
        console.print(f"[bold red]{'Veiligheid gaat voor' if nl else 'Safety first'}[/bold red]")
        for line in analysis.feedback:
            console.print(line)
        for h in analysis.help:
            console.print(f"  • [bold]{h.name}[/bold] ({h.country}): {h.phone} — {h.when}")
        return
    for f in analysis.findings:
        if f.kind == "signal" and f.id != "signal.advice":
            continue
        mark = {"strength": "[green]✓[/green]", "pitfall": "[red]![/red]", "signal": "[yellow]·[/yellow]"}[f.kind]
        console.print(f"{mark} {f.explanation}")
        if f.suggestion and f.kind == "pitfall":
            console.print(f"   [cyan]→ {f.suggestion}[/cyan]")
    if not analysis.findings:
        for line in analysis.feedback:
            console.print(line)


@cli.command(name="eval")
@click.argument("file", type=click.Path(exists=True, dir_okay=False))
@click.option("--json", "as_json", is_flag=True, help="Print the scores as JSON.")
@click.option("--errors", is_flag=True, help="Also list the items the analyzer got wrong.")
def eval_(file: str, as_json: bool, errors: bool) -> None:
    """Measure the analyzer on a labelled JSONL FILE: precision, recall and F1 per label."""
    from .analysis.evaluate import evaluate, read_jsonl

    try:
        report = evaluate(read_jsonl(file), keep_errors=errors)
    except ValueError as exc:
        raise click.ClickException(str(exc)) from None
    if as_json:
        payload = report.to_dict()
        if errors:
            payload["errors"] = report.errors
        click.echo(json.dumps(payload, ensure_ascii=False, indent=2))
        return
    from rich.table import Table

    table = Table(title=f"{file} — {report.items} items")
    for col in ("label", "support", "TP", "FP", "FN", "precision", "recall", "F1"):
        table.add_column(col, justify="left" if col == "label" else "right")
    for label, s in sorted(report.labels.items()):
        table.add_row(
            label,
            str(s.support),
            str(s.tp),
            str(s.fp),
            str(s.fn),
            f"{s.precision:.3f}",
            f"{s.recall:.3f}",
            f"{s.f1:.3f}",
        )
    console = _console()
    console.print(table)
    for key, lv in report.levels.items():
        console.print(f"levels {key}: macro-F1 {lv['macro_f1']:.3f} over {lv['n']} items")
    if errors:
        for e in report.errors:
            console.print(f"[dim]{e['id']}[/dim] {e['wrong']}: {e['reply'][:120]}")


@cli.command(
    context_settings={"ignore_unknown_options": True, "allow_extra_args": True, "help_option_names": []},
)
@click.argument("args", nargs=-1, type=click.UNPROCESSED)
def manage(args: tuple[str, ...]) -> None:
    """Run a Django management command of the web app (e.g. createcoach, migrate, check --deploy)."""
    from .web import server

    sys.exit(server.manage(list(args)))


def _register_chat() -> None:
    # the chat report command lives with the chat package; the CLI only mounts it
    from .chat.command import analyze_chat

    cli.add_command(analyze_chat)


_register_chat()


def main() -> None:
    """Entry point of the ``heartkeys`` script."""
    cli(prog_name="heartkeys")
