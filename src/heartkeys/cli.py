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
    """Run the web app (on an embedded SQLite database unless DATABASE_URL is set)."""
    try:
        from .web import server  # noqa: F401  (the web app arrives with the web issue)
    except ImportError:
        click.echo(
            "heartkeys serve: the web app is not part of this version yet.\n"
            f"It will serve Hartsleutels on http://{host}:{port}/ with an embedded SQLite "
            "database once it lands.\n"
            "Available now: 'heartkeys keys', 'heartkeys cards' (see 'heartkeys --help').",
            err=True,
        )
        sys.exit(2)
    server.run(host=host, port=port, demo=demo)  # pragma: no cover


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
        payload = {"lang": lang, "keys": [_key_json(k, content) for k in selected], "counts": content.counts()}
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
    console.print(
        f"\n[bold]{'Probeer vandaag' if lang == 'nl' else 'Try today'}:[/bold] {key.try_today}"
    )


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


def main() -> None:
    """Entry point of the ``heartkeys`` script."""
    cli(prog_name="heartkeys")
