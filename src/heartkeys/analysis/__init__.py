"""The empathy analyzer: which of the 8 keys a reply carries, which pitfalls, where and why.

>>> from heartkeys.analysis import analyze
>>> a = analyze("Wat rot voor je. Wat heb je nu van me nodig?", lang="nl")
>>> a.levels["needs"]
2
"""

from .engine import Analyzer, analyze, detect_language
from .types import PITFALLS, SIGNALS, Analysis, Finding, HelpResource

__all__ = [
    "PITFALLS",
    "SIGNALS",
    "Analysis",
    "Analyzer",
    "Finding",
    "HelpResource",
    "analyze",
    "detect_language",
]
