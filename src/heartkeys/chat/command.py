"""The ``analyze-chat`` command: a couple's chat export in, a report out (text, JSON or HTML).

A thin shell over :func:`heartkeys.chat.analyze.analyze_chat` and the renderers in
:mod:`heartkeys.chat.report`. Anything the user can get wrong (an empty file, a photo, a zip
bomb, a group chat without ``--me``, a name that is not in the chat) ends with one clear line
on standard error and exit code 2 — never a traceback.
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import click

from . import analyze as pipeline
from .analyze import ChatAnalysisError
from .model import ChatFormatError
from .parsers import DEFAULT_MAX_BYTES, FORMATS

#: Show a progress bar (on standard error, when it is a terminal) for exports larger than this.
PROGRESS_FROM_BYTES = 1 << 20


def _fail(message: str) -> None:
    click.echo(f"heartkeys analyze-chat: error: {message}", err=True)
    sys.exit(2)


def _size(path: Path) -> int:
    try:
        if path.is_dir():
            return sum(p.stat().st_size for p in path.iterdir() if p.is_file())
        return path.stat().st_size
    except OSError:
        return 0


class _Bar:
    """A rich progress bar on standard error, refreshed by the pipeline's progress calls.

    It never starts a thread (``auto_refresh=False``), so worker processes can be forked safely.
    """

    def __init__(self) -> None:
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

        self.progress = Progress(
            TextColumn("{task.description}"),
            BarColumn(),
            MofNCompleteColumn(),
            TimeElapsedColumn(),
            console=Console(stderr=True),
            auto_refresh=False,
            transient=True,
        )
        self.task = None

    def __enter__(self) -> _Bar:
        self.progress.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.progress.stop()

    def __call__(self, stage: str, done: int, total: int | None) -> None:
        description = "reading" if stage == "read" else "analysing"
        if self.task is None:
            self.task = self.progress.add_task(description, total=total)
        self.progress.update(self.task, description=description, completed=done, total=total)
        self.progress.refresh()


@click.command("analyze-chat")
@click.argument("export", type=click.Path(exists=True, path_type=Path))
@click.option(
    "--format",
    "output_format",
    type=click.Choice(["text", "json", "html"]),
    default="text",
    show_default=True,
    help="Report format: a terminal summary, a JSON document, or one self-contained HTML page.",
)
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), help="Write the report to FILE.")
@click.option("--me", metavar="NAME", help="Your name as it appears in the chat (needed for a group chat).")
@click.option("--partner", metavar="NAME", help="Your partner's name (default: the other person, or the most active).")
@click.option("--since", type=click.DateTime(["%Y-%m-%d"]), help="Only messages from this date (YYYY-MM-DD).")
@click.option("--until", type=click.DateTime(["%Y-%m-%d"]), help="Only messages up to and including this date.")
@click.option("--pseudonymize", is_flag=True, help='Replace names by "Partner A" and "Partner B" everywhere.')
@click.option(
    "--lang", type=click.Choice(["nl", "en"]), help="Language of the analysis and report (default: detected)."
)
@click.option("--format-hint", type=click.Choice(FORMATS), help="Force the export format instead of detecting it.")
@click.option("--workers", type=click.IntRange(1, 64), help="Processes to use (default: all cores on big chats).")
@click.option("--max-bytes", type=click.IntRange(1), default=DEFAULT_MAX_BYTES, hidden=True)
def analyze_chat(
    export: Path,
    output_format: str,
    output: Path | None,
    me: str | None,
    partner: str | None,
    since,
    until,
    pseudonymize: bool,
    lang: str | None,
    format_hint: str | None,
    workers: int | None,
    max_bytes: int,
) -> None:
    """Analyse a chat export (WhatsApp .txt/.zip, Telegram result.json, transcript) locally.

    Shows how the two of you use the 8 keys of empathy, the pitfalls, how you respond to each
    other's bids for connection, reply rhythm, language style matching and examples to learn
    from. Nothing leaves your computer.
    """
    options = {
        "me": me,
        "partner": partner,
        "since": since.date() if since else None,
        "until": until.date() if until else None,
        "format_hint": format_hint,
        "pseudonymize": pseudonymize,
        "lang": lang,
        "workers": workers,
        "require_pair": True,
        "max_bytes": max_bytes,
    }
    try:
        if _size(export) > PROGRESS_FROM_BYTES and sys.stderr.isatty():
            with _Bar() as bar:
                report = pipeline.analyze_chat(export, progress=bar, **options)
        else:
            report = pipeline.analyze_chat(export, **options)
    except ChatAnalysisError as error:
        _fail(_explain(error))
    except ChatFormatError as error:
        _fail(str(error))
    except OSError as error:
        _fail(f"cannot read {export}: {error.strerror or error}")

    for warning in report.warnings:
        click.echo(f"heartkeys analyze-chat: warning: {warning}", err=True)

    if output_format == "json":
        from .report.jsondoc import render_json

        rendered = render_json(report)
    elif output_format == "html":
        from .report.html import render_html

        rendered = render_html(report)
    else:
        from .report.text import render_text

        colour = output is None and sys.stdout.isatty()
        width = min(120, shutil.get_terminal_size((100, 24)).columns) if colour else 100
        rendered = render_text(report, color=colour, width=width)

    if output is None:
        click.echo(rendered, nl=False)
        return
    try:
        output.write_text(rendered, encoding="utf-8")
    except OSError as error:
        _fail(f"cannot write {output}: {error.strerror or error}")
    click.echo(f"heartkeys analyze-chat: wrote the {output_format} report to {output}", err=True)


def _explain(error: ChatAnalysisError) -> str:
    """The error in command-line terms (options instead of parameters)."""
    people = ", ".join(f"{name} ({count})" for name, count in error.participants)
    if error.code == "group":
        return (
            f"this is a group chat with {len(error.participants)} participants: {people}. "
            "Say whose conversation to analyse with --me NAME (and optionally --partner NAME)."
        )
    if error.code == "unknown_person":
        return f"{error} (use one of these names with --me/--partner)"
    return str(error)
