"""Word lists for the chat measures, one module per language (``nl``, ``en``).

Each module defines the same names:

* ``FUNCTION_WORDS``: the nine function-word categories of language style matching, each a
  space-separated string of lowercase words (one word may sit in several categories);
* ``FIRST_PERSON``: words that make a nearby feeling word the writer's own ("ik ben moe");
* ``NEWS_CUES`` and ``ATTENTION_CUES``: short phrases that open a bid for connection;
* ``ACK_WORDS``: words that show a reply takes the other person's message in.

Written for Hartsleutels by the project team; see the header of each module.
"""

from __future__ import annotations

import importlib
from functools import cache
from types import ModuleType

LANGUAGES = ("nl", "en")


@cache
def words_for(lang: str) -> ModuleType:
    """The word-list module of ``lang`` ("nl" or "en")."""
    if lang not in LANGUAGES:
        raise ValueError(f"unsupported language {lang!r}; choose one of {LANGUAGES}")
    return importlib.import_module(f"{__name__}.{lang}")
