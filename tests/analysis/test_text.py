"""Tokens keep their offsets; sentences, folding and quotes."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from heartkeys.analysis.text import Doc, fold


def test_fold_strips_accents_and_straightens_quotes():
    assert fold("Één’tje CAFÉ") == "een'tje cafe"


def test_tokens_sentences_and_quotes():
    d = Doc('Wat rot voor je!! Ben je boos?\nZe zei "stel je niet aan". Sooooo lief 🤗')
    assert d.norms[:4] == ["wat", "rot", "voor", "je"]
    assert len(d.sentences) == 4
    assert d.sentences[1].question_mark and d.sentences[0].exclamation
    assert d.in_quotes(d.norms.index("stel"))
    assert not d.in_quotes(d.norms.index("ze"))
    assert "soo" in d.norms  # stretched letters are squeezed


@given(st.text(max_size=200))
def test_offsets_always_point_into_the_text(text):
    d = Doc(text)
    for a, b in zip(d.starts, d.ends, strict=True):
        assert 0 <= a < b <= len(text)
    for s in d.sentences:
        assert 0 <= s.first < s.last <= len(d.norms)
