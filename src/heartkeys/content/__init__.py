"""The 8-key empathy framework as validated, immutable data in Dutch and English.

>>> from heartkeys.content import load_content
>>> nl = load_content("nl")
>>> nl.key("curious").name
'Nieuwsgierige empathie'
"""

from .loader import LANGUAGES, ContentError, load_content, load_from
from .model import KEY_CODES, Content, Exercise, Key, KeyCode

__all__ = [
    "KEY_CODES",
    "LANGUAGES",
    "Content",
    "ContentError",
    "Exercise",
    "Key",
    "KeyCode",
    "load_content",
    "load_from",
]
