"""Language data for the analyzer, one package per language (spaCy style: data, no logic).

Each language package has ``words.py`` (function-word sets), ``cues.py`` (phrase patterns per
cue), ``messages.toml`` (explanations and suggestions, editable by a coach) and ``examples.jsonl``
(hand-labelled replies the tests run).
"""
