"""Every CLI command and option is documented in the README or docs/cli.md."""

from __future__ import annotations

from pathlib import Path

import click

from heartkeys.cli import cli

ROOT = Path(__file__).resolve().parents[1]


def _docs() -> str:
    parts = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
    return "\n".join(p.read_text(encoding="utf-8") for p in parts)


def test_every_command_and_option_is_documented():
    docs = _docs()
    missing = []
    for name, command in cli.commands.items():
        if f"heartkeys {name}" not in docs:
            missing.append(f"command {name}")
        for param in command.params:
            if isinstance(param, click.Option):
                for opt in param.opts:
                    if opt.startswith("--") and opt not in docs:
                        missing.append(f"{name} {opt}")
    assert not missing, f"undocumented: {missing}"
