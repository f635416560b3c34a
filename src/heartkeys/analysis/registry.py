"""Language data and recognizers, assembled once per language.

:class:`LangData` gathers a language's word sets, cue lexicon (compiled into one automaton),
messages and help resources. :func:`recognizers` discovers every :class:`Recognizer` subclass in
``heartkeys.analysis.recognizers`` — adding a recognizer is adding a module there, nothing else.
"""

from __future__ import annotations

import functools
import hashlib
import importlib
import inspect
import os
import pickle
import pkgutil
import tempfile
import tomllib
from importlib import resources
from pathlib import Path
from types import ModuleType
from typing import Any

from ..content import load_content
from . import lexicon as lexicon_module
from .lexicon import Lexicon
from .recognizers.base import Recognizer

LANGUAGES: tuple[str, ...] = ("nl", "en")

# Feeling words too ambiguous to match on their own ("goed", "op", "klaar"…).
# "leeg", "op", "kapot", "down" stay: they are read as feelings only after "je bent", "you're"…
_AMBIGUOUS_FEELINGS = frozenset(
    "goed ok oke oké prima fine good okay vol klaar open weg los high up off out well great".split()
    # participles that are feelings only after "feel" ("je voelt je niet gezien", "I feel heard");
    # the cue files spell those frames out ("have you seen the weather?" is no feeling)
    + "seen heard understood gezien gehoord begrepen".split()
)


class LangData:
    """Everything the recognizers of one language read. Attribute access falls through to the
    language's ``words`` module, so recognizers write ``self.data.NEGATIONS``."""

    def __init__(self, lang: str):
        if lang not in LANGUAGES:
            raise ValueError(f"unsupported language {lang!r}; choose one of {LANGUAGES}")
        self.lang = lang
        self.words: ModuleType = importlib.import_module(f"heartkeys.analysis.lang.{lang}.words")
        cues: ModuleType = importlib.import_module(f"heartkeys.analysis.lang.{lang}.cues")
        content = load_content(lang)
        self.content = content
        self.feelings: dict[str, tuple[str, str]] = {}  # folded word -> (family id, tone)
        for fam in content.feelings:
            for w in fam.words:
                if w.lower() not in _AMBIGUOUS_FEELINGS:
                    self.feelings[w.lower()] = (fam.id, fam.tone)
        extra = getattr(cues, "FEELING_EXTRA", {})
        for fam_id, words in extra.items():
            tone = next((f.tone for f in content.feelings if f.id == fam_id), "unpleasant")
            for w in words:
                self.feelings.setdefault(w, (fam_id, tone))
        needs = [n.name.lower() for n in content.needs] + list(getattr(cues, "NEED_EXTRA", ()))
        needs = [n for n in needs if n not in _AMBIGUOUS_FEELINGS]
        slots = {**cues.SLOTS, "FEELING": sorted(self.feelings), "NEED": sorted(set(needs))}
        self.lexicon = _cached_lexicon(lang, cues.CUES, slots, getattr(self.words, "FILLERS", frozenset()))
        # word sets become plain attributes: recognizers read them in hot loops
        for name in dir(self.words):
            if name.isupper():
                setattr(self, name, getattr(self.words, name))
        with resources.files(f"heartkeys.analysis.lang.{lang}").joinpath("messages.toml").open("rb") as fh:
            self.messages: dict[str, Any] = tomllib.load(fh)
        # Everything else the words module defines falls through too, copied once rather than
        # looked up by a ``__getattr__``: a class with ``__getattr__`` defeats Python 3.11's
        # specialised attribute access, and recognizers read these attributes in hot loops.
        for name in dir(self.words):
            if not name.startswith("__") and name not in self.__dict__ and not hasattr(type(self), name):
                setattr(self, name, getattr(self.words, name))

    def message(self, section: str, key: str, default: str | None = None) -> str | None:
        return self.messages.get(section, {}).get(key, default)


def _cache_dir() -> Path | None:
    explicit = os.environ.get("HEARTKEYS_CACHE_DIR")
    if explicit == "":
        return None  # caching switched off
    base = (
        Path(explicit) if explicit else Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "heartkeys"
    )
    return base


def _cached_lexicon(lang: str, cues: dict, slots: dict, fillers: frozenset[str]) -> Lexicon:
    """Build the lexicon, or load it from the cache when the data and the code are unchanged.

    Compiling ~50,000 phrases takes a few tenths of a second; loading the pickled result takes a
    few hundredths. The cache key hashes everything the lexicon is made of, so an edited cue file
    or a new lexicon.py simply builds (and stores) a fresh one. Any cache problem falls back to
    building in memory: the cache is an optimisation, never a requirement.
    """
    digest = hashlib.sha256()
    digest.update(Path(lexicon_module.__file__).read_bytes())
    digest.update(repr(sorted((k, tuple(v)) for k, v in cues.items())).encode())
    digest.update(repr(sorted((k, tuple(v)) for k, v in slots.items())).encode())
    digest.update(repr(sorted(fillers)).encode())
    folder = _cache_dir()
    path = folder / f"lexicon-{lang}-{digest.hexdigest()[:20]}.pickle" if folder else None
    if path is not None:
        try:
            with path.open("rb") as fh:
                loaded = pickle.load(fh)
            if isinstance(loaded, Lexicon):
                return loaded
        except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError, TypeError):
            pass
    built = Lexicon(cues, slots, fillers)
    if path is not None:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            for old in path.parent.glob(f"lexicon-{lang}-*.pickle"):
                old.unlink(missing_ok=True)
            fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
            with os.fdopen(fd, "wb") as fh:
                pickle.dump(built, fh, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(tmp, path)
        except OSError:
            pass
    return built


@functools.cache
def lang_data(lang: str) -> LangData:
    return LangData(lang)


@functools.cache
def recognizer_classes() -> tuple[type[Recognizer], ...]:
    from . import recognizers as package

    found: list[type[Recognizer]] = []
    for info in pkgutil.iter_modules(package.__path__):
        module = importlib.import_module(f"{package.__name__}.{info.name}")
        for _, obj in inspect.getmembers(module, inspect.isclass):
            if issubclass(obj, Recognizer) and obj is not Recognizer and obj.__module__ == module.__name__:
                found.append(obj)
    return tuple(sorted(found, key=lambda c: (c.order, c.__module__, c.__name__)))


def recognizers(data: LangData) -> tuple[Recognizer, ...]:
    """One instance of every recognizer for this language, in run order."""
    return tuple(cls(data) for cls in recognizer_classes())
