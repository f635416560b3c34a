"""The analyzer on its hand-labelled example sets (spaCy-style `examples`), with floors per label.

The floors are set honestly a little below what the analyzer measured when they were last
raised (see docs/analyzer.md for the figures), so that a change that makes the analyzer worse on
a label fails here. Pitfall precision has the highest floors: a false "that was criticism" hurts
a couple more than a missed one.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from heartkeys.analysis import Analyzer
from heartkeys.analysis.evaluate import evaluate, read_jsonl

LANG = Path(__file__).resolve().parents[2] / "src" / "heartkeys" / "analysis" / "lang"

# label: (precision floor, recall floor)
FLOORS = {
    "nl": {
        "emotional": (0.75, 0.65),
        "nonverbal": (0.90, 0.60),
        "perspective": (0.70, 0.45),
        "curious": (0.85, 0.85),
        "needs": (0.90, 0.65),
        "supportive": (0.85, 0.70),
        "moral": (0.90, 0.75),
        "metaphorical": (0.90, 0.80),
        "closed_question": (0.85, 0.90),
        "leading_question": (0.90, 0.40),
        "dismissive": (0.90, 0.70),
        "criticism": (0.80, 0.60),
        "contempt": (0.90, 0.80),
        "defensiveness": (0.80, 0.50),
        "stonewalling": (0.85, 0.70),
        "unsolicited_advice": (0.80, 0.65),
        "advice": (0.90, 0.80),
        "safety": (0.90, 0.90),
    },
    "en": {
        "emotional": (0.75, 0.75),
        "nonverbal": (0.80, 0.70),
        "perspective": (0.75, 0.85),
        "curious": (0.85, 0.90),
        "needs": (0.90, 0.80),
        "supportive": (0.85, 0.75),
        "moral": (0.80, 0.80),
        "metaphorical": (0.90, 0.90),
        "closed_question": (0.85, 0.90),
        "leading_question": (0.90, 0.90),
        "dismissive": (0.85, 0.75),
        "criticism": (0.80, 0.80),
        "contempt": (0.90, 0.85),
        "defensiveness": (0.80, 0.85),
        "stonewalling": (0.85, 0.85),
        "unsolicited_advice": (0.90, 0.80),
        "advice": (0.80, 0.60),
        "safety": (0.90, 0.80),
    },
}


@pytest.fixture(scope="module")
def reports():
    analyzer = Analyzer()
    return {lang: evaluate(read_jsonl(LANG / lang / "examples.jsonl"), analyzer) for lang in FLOORS}


@pytest.mark.parametrize("lang", sorted(FLOORS))
def test_example_set_is_large_and_covers_every_label(lang, reports):
    report = reports[lang]
    assert report.items >= (400 if lang == "nl" else 200)
    for label in FLOORS[lang]:
        assert report.labels[label].support >= 10, label


@pytest.mark.parametrize(("lang", "label"), [(lang, label) for lang in sorted(FLOORS) for label in FLOORS[lang]])
def test_precision_and_recall_floors(lang, label, reports):
    score = reports[lang].labels[label]
    p_floor, r_floor = FLOORS[lang][label]
    assert score.precision >= p_floor, f"{lang} {label}: precision {score.precision:.3f} < {p_floor}"
    assert score.recall >= r_floor, f"{lang} {label}: recall {score.recall:.3f} < {r_floor}"


# The support-style sets (peer support, helper chats, counselling turns; written for the project,
# see lang/<lang>/SUPPORT_README.md) check that the phenomena carry over outside couples' chat.
# They label six names only; floors a little below what was measured when they were added.
SUPPORT_FLOORS = {
    "nl": {
        "emotional": (0.70, 0.65),
        "perspective": (0.70, 0.30),
        "curious": (0.80, 0.75),
        "closed_question": (0.65, 0.90),
        "supportive": (0.70, 0.25),
        "advice": (0.65, 0.40),
    },
    "en": {
        "emotional": (0.75, 0.65),
        "perspective": (0.55, 0.40),
        "curious": (0.90, 0.85),
        "closed_question": (0.85, 0.95),
        "supportive": (0.80, 0.30),
        "advice": (0.75, 0.80),
    },
}


@pytest.fixture(scope="module")
def support_reports():
    analyzer = Analyzer()
    return {lang: evaluate(read_jsonl(LANG / lang / "support.jsonl"), analyzer) for lang in SUPPORT_FLOORS}


@pytest.mark.parametrize(
    ("lang", "label"), [(lang, label) for lang in sorted(SUPPORT_FLOORS) for label in SUPPORT_FLOORS[lang]]
)
def test_support_set_floors(lang, label, support_reports):
    report = support_reports[lang]
    assert report.items >= (200 if lang == "nl" else 250)
    score = report.labels[label]
    p_floor, r_floor = SUPPORT_FLOORS[lang][label]
    assert score.precision >= p_floor, f"{lang} {label}: precision {score.precision:.3f} < {p_floor}"
    assert score.recall >= r_floor, f"{lang} {label}: recall {score.recall:.3f} < {r_floor}"
