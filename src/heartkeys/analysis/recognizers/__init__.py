"""Recognizers: one module per key, plus questions, pitfalls, advice and safety.

Every module may define :class:`~heartkeys.analysis.recognizers.base.Recognizer` subclasses;
the registry finds them without any list to update.
"""
