"""Hartsleutels: learn and practise the 8 keys of empathy in relationships.

The public API:

* :func:`analyze` and :class:`Analyzer` — feedback on a reply (``heartkeys.analysis``);
* :func:`load_content` — the 8-key framework as data in Dutch and English (``heartkeys.content``).
"""

__version__ = "0.1.0"

from .analysis import Analysis, Analyzer, Finding, analyze
from .content import load_content

__all__ = ["Analysis", "Analyzer", "Finding", "__version__", "analyze", "load_content"]
