"""A small .po parser and a msgid extractor for the i18n tests (no polib, no GNU gettext needed)."""

from __future__ import annotations

import ast
import re
from dataclasses import dataclass, field
from pathlib import Path

GETTEXT_NAMES = {"_", "gettext", "gettext_lazy", "gettext_noop", "ngettext", "ngettext_lazy"}
CONTEXT_NAMES = {"pgettext", "pgettext_lazy", "npgettext", "npgettext_lazy"}
_ESCAPES = {"n": "\n", "t": "\t", '"': '"', "\\": "\\", "r": "\r"}


@dataclass
class Entry:
    msgid: str = ""
    msgid_plural: str | None = None
    msgctxt: str | None = None
    msgstr: dict[int, str] = field(default_factory=dict)
    flags: set[str] = field(default_factory=set)

    @property
    def key(self) -> tuple[str | None, str]:
        return (self.msgctxt, self.msgid)

    @property
    def translated(self) -> bool:
        return bool(self.msgstr) and all(self.msgstr.values()) and "fuzzy" not in self.flags


def _unquote(text: str) -> str:
    text = text.strip()
    assert text.startswith('"') and text.endswith('"'), text
    return re.sub(r"\\(.)", lambda m: _ESCAPES.get(m.group(1), m.group(1)), text[1:-1])


def parse_po(path: Path) -> list[Entry]:
    """Entries of a .po file, one per blank-line separated block; obsolete ``#~`` entries are skipped.

    The header is the entry whose msgid is "".
    """
    entries = []
    for block in re.split(r"\n[ \t]*\n", path.read_text(encoding="utf-8")):
        entry, target, obsolete = Entry(), None, False
        for line in block.splitlines():
            line = line.strip()
            if line.startswith("#~"):
                obsolete = True
            elif line.startswith("#,"):
                entry.flags |= {flag.strip() for flag in line[2:].split(",")}
            elif line.startswith('"') and target is not None:
                name, index = target
                if name == "msgstr":
                    entry.msgstr[index] += _unquote(line)
                else:
                    setattr(entry, name, getattr(entry, name) + _unquote(line))
            elif line.startswith("msg"):
                keyword, _, rest = line.partition(" ")
                if keyword.startswith("msgstr"):
                    index = int(keyword[7:-1]) if "[" in keyword else 0
                    entry.msgstr[index] = _unquote(rest)
                    target = ("msgstr", index)
                else:
                    setattr(entry, keyword, _unquote(rest))
                    target = (keyword, 0)
        if not obsolete and target is not None:
            entries.append(entry)
    return entries


def _const(node) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def msgids_in_python(path: Path) -> set[tuple[str | None, str]]:
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(node, ast.Call):
            continue
        name = node.func.id if isinstance(node.func, ast.Name) else getattr(node.func, "attr", None)
        args = [_const(a) for a in node.args]
        if name in GETTEXT_NAMES and args and args[0] is not None:
            found.add((None, args[0]))  # a plural's second string is its msgid_plural, not an entry
        elif name in CONTEXT_NAMES and len(args) > 1 and args[0] is not None and args[1] is not None:
            found.add((args[0], args[1]))
    return found


_LITERAL = r"""u?(?:'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*")"""
_TEMPLATE_CALL = re.compile(rf"\b(n?p?gettext)\(((?:{_LITERAL})(?:,\s*{_LITERAL})*)")


def msgids_in_template(path: Path) -> set[tuple[str | None, str]]:
    """Django's own ``templatize`` (what makemessages uses) turns the template into gettext calls."""
    from django.utils.translation.template import templatize

    code = templatize(path.read_text(encoding="utf-8"), origin=str(path))
    found = set()
    for match in _TEMPLATE_CALL.finditer(code):
        literals = [ast.literal_eval(lit) for lit in re.findall(_LITERAL, match.group(2))]
        name = match.group(1)
        if name in ("pgettext", "npgettext"):  # context, singular (and its plural): one entry
            found.add((literals[0], literals[1]))
        elif name == "ngettext":  # singular, plural: one entry keyed by the singular
            found.add((None, literals[0]))
        else:
            found.update((None, lit) for lit in literals)
    return found


def catalog_roots(root: Path) -> list[Path]:
    """``root`` and every folder below it that has its own Dutch catalog (a Django app's ``locale``)."""
    found = {po.parents[3] for po in root.rglob("locale/nl/LC_MESSAGES/django.po")}
    return sorted(found | {root})


def msgids_in_package(root: Path) -> dict[tuple[str | None, str], str]:
    """Every translatable string under ``root`` and the first file it appears in.

    Folders below ``root`` with a catalog of their own (apps with a ``locale`` folder) are left
    out: their strings belong to that catalog.
    """
    others = [r for r in catalog_roots(root) if r != root]
    where: dict[tuple[str | None, str], str] = {}
    for path in sorted(root.rglob("*")):
        if "migrations" in path.parts or not path.is_file():
            continue
        if any(path.is_relative_to(other) for other in others):
            continue
        if path.suffix == ".py":
            ids = msgids_in_python(path)
        elif path.suffix in {".html", ".txt"} and "templates" in path.parts:
            ids = msgids_in_template(path)
        else:
            continue
        for msgid in ids:
            where.setdefault(msgid, str(path.relative_to(root)))
    return where
