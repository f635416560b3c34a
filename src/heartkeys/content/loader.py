"""Read and validate the framework's data files.

Every problem is reported as a :class:`ContentError` that names the file, the entry and the field,
so a translator or coach editing a TOML file sees at once what to fix. Validation is strict on
purpose: a missing field or a stray key code in a data file is a bug that would otherwise surface
much later as an empty page.
"""

from __future__ import annotations

import functools
import itertools
import re
import tomllib
from collections.abc import Callable, Iterable
from importlib import resources
from pathlib import Path
from typing import Any, TypeVar

from .model import (
    EXERCISE_TYPES,
    KEY_CODES,
    SCENARIO_TYPES,
    Band,
    Card,
    Content,
    Exercise,
    Facet,
    FeelingFamily,
    Item,
    Key,
    KeyCode,
    KeyExample,
    Metaphor,
    Need,
    NeedGroup,
    Questionnaire,
    Resource,
    Safety,
    Scale,
    Scenario,
    Scoring,
    ScreeningItem,
    Step,
    Theme,
    Value,
)

LANGUAGES: tuple[str, ...] = ("nl", "en")
DATA_DIR = Path(str(resources.files("heartkeys.content") / "data"))

_ID = re.compile(r"^[a-z0-9][a-z0-9-]*$")
T = TypeVar("T")


class ContentError(ValueError):
    """A data file is missing, unreadable or breaks the schema."""

    def __init__(self, file: str, message: str, entry: str | None = None, field: str | None = None):
        self.file, self.entry, self.field = file, entry, field
        where = file
        if entry:
            where += f": {entry}"
        if field:
            where += f": field '{field}'"
        super().__init__(f"{where}: {message}")


class _Entry:
    """A TOML table being read, which knows where it is for error messages."""

    def __init__(self, data: Any, file: str, entry: str | None = None):
        if not isinstance(data, dict):
            raise ContentError(file, f"expected a table, found {type(data).__name__}", entry)
        self.data, self.file, self.entry = data, file, entry

    def fail(self, field: str | None, message: str) -> ContentError:
        return ContentError(self.file, message, self.entry, field)

    def get(self, field: str, kind: type, default: Any = ...) -> Any:
        if field not in self.data:
            if default is ...:
                raise self.fail(field, "missing")
            return default
        value = self.data[field]
        if kind is float and isinstance(value, int) and not isinstance(value, bool):
            value = float(value)
        if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
            raise self.fail(field, f"expected {kind.__name__}, found {type(value).__name__}")
        return value

    def text(self, field: str, default: Any = ...) -> str:
        value = self.get(field, str, default)
        if isinstance(value, str):
            value = value.strip()
            if not value and default is ...:
                raise self.fail(field, "must not be empty")
        return value

    def ident(self, field: str = "id") -> str:
        value = self.text(field)
        if not _ID.match(value):
            raise self.fail(field, f"{value!r} is not a valid id (lowercase letters, digits, '-')")
        return value

    def key_code(self, field: str = "key") -> KeyCode:
        value = self.text(field)
        if value not in KEY_CODES:
            raise self.fail(field, f"unknown key code {value!r}; expected one of {KEY_CODES}")
        return KeyCode(value)

    def texts(self, field: str, minimum: int = 0, default: Any = ...) -> tuple[str, ...]:
        values = self.get(field, list, [] if default is not ... else ...)
        out = []
        for i, v in enumerate(values):
            if not isinstance(v, str) or not v.strip():
                raise self.fail(f"{field}[{i}]", "expected a non-empty string")
            out.append(v.strip())
        if len(out) < minimum:
            raise self.fail(field, f"needs at least {minimum} entries, found {len(out)}")
        return tuple(out)

    def tables(self, field: str, minimum: int = 0, default: Any = ...) -> list[_Entry]:
        values = self.get(field, list, [] if default is not ... else ...)
        if len(values) < minimum:
            raise self.fail(field, f"needs at least {minimum} entries, found {len(values)}")
        out = []
        for i, v in enumerate(values):
            label = f"{field}[{i}]"
            if isinstance(v, dict) and isinstance(v.get("id"), str):
                label += f" (id={v['id']!r})"
            if self.entry:
                label = f"{self.entry} > {label}"
            out.append(_Entry(v, self.file, label))
        return out

    def one_of(self, field: str, allowed: Iterable[str]) -> str:
        value = self.text(field)
        allowed = tuple(allowed)
        if value not in allowed:
            raise self.fail(field, f"{value!r} is not one of {allowed}")
        return value


def _read(path: Path, root: Path) -> _Entry:
    rel = str(path.relative_to(root)) if path.is_relative_to(root) else str(path)
    try:
        with path.open("rb") as fh:
            data = tomllib.load(fh)
    except FileNotFoundError:
        raise ContentError(rel, "file is missing") from None
    except tomllib.TOMLDecodeError as exc:
        raise ContentError(rel, f"not valid TOML: {exc}") from None
    except UnicodeDecodeError as exc:
        raise ContentError(rel, f"not valid UTF-8: {exc}") from None
    return _Entry(data, rel)


def _unique(items: Iterable[T], attr: Callable[[T], str], file: str, what: str) -> None:
    seen: set[str] = set()
    for item in items:
        value = attr(item)
        norm = value.casefold() if what != "id" else value
        if norm in seen:
            raise ContentError(file, f"duplicate {what} {value!r}")
        seen.add(norm)


# --- one reader per file -------------------------------------------------------------------


def _key(e: _Entry, expected: str) -> Key:
    code = e.key_code("code")
    if code != expected:
        raise e.fail("code", f"file is for {expected!r} but says {code.value!r}")
    number = e.get("number", int)
    if number != KEY_CODES.index(code) + 1:
        raise e.fail("number", f"{code.value} is key {KEY_CODES.index(code) + 1}, not {number}")
    lesson = e.text("lesson")
    words = len(lesson.split())
    if not 300 <= words <= 700:
        raise e.fail("lesson", f"must be 300–700 words, has {words}")
    facets = tuple(Facet(f.ident(), f.text("name"), f.text("description")) for f in e.tables("facets", 2))
    _unique(facets, lambda f: f.id, e.file, "id")
    examples = tuple(KeyExample(x.text("partner"), x.text("reply")) for x in e.tables("examples", 2))
    return Key(
        code=code,
        number=number,
        name=e.text("name"),
        summary=e.text("summary"),
        lesson=lesson,
        try_today=e.text("try_today"),
        strengths=e.texts("strengths", 3),
        pitfalls=e.texts("pitfalls", 2),
        examples=examples,
        facets=facets,
    )


def _exercise(e: _Entry, key: str) -> Exercise:
    ex_id = e.ident()
    code = e.key_code()
    if code != key:
        raise e.fail("key", f"exercise sits in {key}.toml but says key {code.value!r}")
    if not ex_id.startswith(f"{key}-"):
        raise e.fail("id", f"must start with '{key}-'")
    ex_type = e.one_of("type", sorted(EXERCISE_TYPES))
    duration = e.get("duration_minutes", int)
    if not 1 <= duration <= 120:
        raise e.fail("duration_minutes", f"must be 1–120, got {duration}")
    scenarios = tuple(
        Scenario(
            id=s.ident(),
            message=s.text("message"),
            carries=tuple(KeyCode(c) for c in _codes(s, "carries")),
            hint=s.text("hint"),
            example=s.text("example"),
        )
        for s in e.tables("scenarios", 6 if ex_type in SCENARIO_TYPES else 0, default=[])
    )
    _unique(scenarios, lambda s: s.id, e.file, "id")
    steps = tuple(Step(s.text("text"), s.get("seconds", int)) for s in e.tables("steps", 0, default=[]))
    if ex_type == "guided" and not steps:
        raise e.fail("steps", "a guided exercise needs steps")
    for s in steps:
        if not 1 <= s.seconds <= 3600:
            raise e.fail("steps", f"step seconds must be 1–3600, got {s.seconds}")
    prompts = e.texts("prompts", 0, default=())
    if ex_type in {"reflection", "conversation", "treatment_cards", "checklist"} and not prompts:
        raise e.fail("prompts", f"a {ex_type} exercise needs prompts")
    return Exercise(
        id=ex_id,
        key=code,
        type=ex_type,
        title=e.text("title"),
        duration_minutes=duration,
        summary=e.text("summary"),
        instructions=e.text("instructions"),
        prompts=prompts,
        steps=steps,
        scenarios=scenarios,
    )


def _codes(e: _Entry, field: str) -> tuple[str, ...]:
    codes = e.texts(field, 1)
    for c in codes:
        if c not in KEY_CODES:
            raise e.fail(field, f"unknown key code {c!r}")
    return codes


def _cards(root: _Entry) -> tuple[tuple[Theme, ...], tuple[Card, ...]]:
    themes = tuple(Theme(t.ident(), t.text("name")) for t in root.tables("themes", 1))
    _unique(themes, lambda t: t.id, root.file, "id")
    theme_ids = [t.id for t in themes]
    cards = tuple(Card(c.ident(), c.one_of("theme", theme_ids), c.text("text")) for c in root.tables("cards", 1))
    _unique(cards, lambda c: c.id, root.file, "id")
    _unique(cards, lambda c: c.text, root.file, "card text")
    return themes, cards


def _feelings(root: _Entry) -> tuple[FeelingFamily, ...]:
    families = tuple(
        FeelingFamily(f.ident(), f.text("name"), f.one_of("tone", ("pleasant", "unpleasant")), f.texts("words", 1))
        for f in root.tables("families", 1)
    )
    _unique(families, lambda f: f.id, root.file, "id")
    _unique((w for f in families for w in f.words), lambda w: w, root.file, "feeling word")
    return families


def _needs(root: _Entry) -> tuple[tuple[NeedGroup, ...], tuple[Need, ...]]:
    groups = tuple(NeedGroup(g.ident(), g.text("name")) for g in root.tables("groups", 1))
    _unique(groups, lambda g: g.id, root.file, "id")
    ids = [g.id for g in groups]
    needs = tuple(Need(n.ident(), n.one_of("group", ids), n.text("name")) for n in root.tables("needs", 1))
    _unique(needs, lambda n: n.id, root.file, "id")
    _unique(needs, lambda n: n.name, root.file, "need name")
    return groups, needs


def _questionnaire(root: _Entry) -> Questionnaire:
    s = _Entry(root.get("scale", dict), root.file, "scale")
    scale = Scale(s.get("min", int), s.get("max", int), s.texts("labels", 2))
    if scale.max <= scale.min or len(scale.labels) != scale.max - scale.min + 1:
        raise s.fail("labels", "need one label for every point of the scale")
    sc = _Entry(root.get("scoring", dict), root.file, "scoring")
    bands = tuple(
        Band(b.get("min", float), b.get("max", float), b.ident("level"), b.text("label")) for b in sc.tables("bands", 1)
    )
    if bands[0].min > scale.min or bands[-1].max < scale.max:
        raise sc.fail("bands", "bands must cover the whole scale")
    for a, b in itertools.pairwise(bands):
        if a.max != b.min:
            raise sc.fail("bands", f"gap or overlap between {a.level!r} and {b.level!r}")
    weeks = sc.get("retake_weeks", list)
    if len(weeks) != 2 or not all(isinstance(w, int) for w in weeks) or weeks[0] > weeks[1]:
        raise sc.fail("retake_weeks", "expected [min_weeks, max_weeks]")
    scoring = Scoring(sc.one_of("method", ("mean",)), bands, (weeks[0], weeks[1]))
    items = tuple(
        Item(i.ident(), i.key_code(), i.get("reverse", bool), i.text("self"), i.text("partner"))
        for i in root.tables("items", 8)
    )
    _unique(items, lambda i: i.id, root.file, "id")
    return Questionnaire(scale, scoring, items)


def _safety(root: _Entry) -> Safety:
    categories = ("violence", "coercion", "crisis")
    screening = []
    for s in root.tables("screening", 1):
        options = s.texts("options", 2)
        flag_from = s.get("flag_from", int)
        if not 0 < flag_from < len(options):
            raise s.fail("flag_from", f"must point into options (1..{len(options) - 1})")
        screening.append(ScreeningItem(s.ident(), s.one_of("category", categories), s.text("text"), options, flag_from))
    resources_ = []
    for r in root.tables("resources", 1):
        for_ = r.texts("for", 1)
        for c in for_:
            if c not in categories:
                raise r.fail("for", f"unknown category {c!r}")
        resources_.append(
            Resource(
                r.ident(),
                r.one_of("country", ("NL", "BE")),
                r.text("name"),
                r.text("phone"),
                r.text("when"),
                for_,
                r.text("description"),
            )
        )
    _unique(screening, lambda s: s.id, root.file, "id")
    _unique(resources_, lambda r: r.id, root.file, "id")
    return Safety(root.text("intro"), root.text("flagged_message"), tuple(screening), tuple(resources_))


def load_from(directory: Path | str, lang: str) -> Content:
    """Load and validate the content of one language from ``directory`` (a ``data/<lang>`` folder)."""
    folder = Path(directory)
    root = folder.parent
    if not folder.is_dir():
        raise ContentError(str(folder), "content folder is missing")

    keys = tuple(_key(_read(folder / "keys" / f"{c}.toml", root), c) for c in KEY_CODES)
    exercises: list[Exercise] = []
    for code in KEY_CODES:
        f = _read(folder / "exercises" / f"{code}.toml", root)
        exercises.extend(_exercise(e, code) for e in f.tables("exercises", 4))
    _unique(exercises, lambda x: x.id, f"{lang}/exercises", "id")

    themes, cards = _cards(_read(folder / "cards.toml", root))
    m = _read(folder / "metaphors.toml", root)
    metaphors = tuple(
        Metaphor(x.ident(), x.text("name"), x.text("meaning"), x.text("question")) for x in m.tables("metaphors", 1)
    )
    _unique(metaphors, lambda x: x.id, m.file, "id")
    v = _read(folder / "values.toml", root)
    values = tuple(Value(x.ident(), x.text("name"), x.text("description")) for x in v.tables("values", 1))
    _unique(values, lambda x: x.id, v.file, "id")
    feelings = _feelings(_read(folder / "feelings.toml", root))
    need_groups, needs = _needs(_read(folder / "needs.toml", root))
    questionnaire = _questionnaire(_read(folder / "questionnaire.toml", root))
    safety = _safety(_read(folder / "safety.toml", root))
    return Content(
        lang=lang,
        keys=keys,
        exercises=tuple(exercises),
        themes=themes,
        cards=cards,
        metaphors=metaphors,
        values=values,
        feelings=feelings,
        need_groups=need_groups,
        needs=needs,
        questionnaire=questionnaire,
        safety=safety,
    )


@functools.cache
def load_content(lang: str = "nl") -> Content:
    """The validated framework content in ``lang`` ("nl" or "en"), loaded once and cached."""
    if lang not in LANGUAGES:
        raise ValueError(f"unsupported language {lang!r}; choose one of {LANGUAGES}")
    return load_from(DATA_DIR / lang, lang)
