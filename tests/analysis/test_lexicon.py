"""The phrase pattern language and the single-pass matcher."""

from __future__ import annotations

import pytest

from heartkeys.analysis.lexicon import Lexicon, PatternError, expand
from heartkeys.analysis.text import Doc, fold


def test_expand_alternatives_optional_and_slots():
    assert expand("ik (kan|snap) het") == ["ik kan het", "ik snap het"]
    assert expand("wat [echt|heel] fijn") == ["wat fijn", "wat echt fijn", "wat heel fijn"]
    assert expand("(een)? knuffel") == ["knuffel", "een knuffel"]
    assert expand("wat {F}", {"F": ["rot", "naar"]}) == ["wat rot", "wat naar"]
    assert expand("(dat|het) (is|was) (heel erg|best) fijn")[0] == "dat is heel erg fijn"


@pytest.mark.parametrize("bad", ["wat (fijn", "wat fijn]", "wa(t fijn)", "wat {NOPE}"])
def test_bad_patterns_raise(bad):
    with pytest.raises(PatternError):
        expand(bad, {})


def test_explosion_is_refused():
    slots = {"A": [str(i) for i in range(200)]}
    with pytest.raises(PatternError, match="expands to more than"):
        expand("{A} {A}", slots)


def test_matching_is_token_aligned_case_and_accent_insensitive():
    lex = Lexicon({"sym": ["wat rot"], "hug": ["🤗", "* knuffel *"]})
    doc = Doc("WÀT ROT voor je!! *knuffel* 🤗 watrot")
    hits = lex.find(doc)
    assert [(h.first, h.last) for h in hits["sym"]] == [(0, 2)]
    assert len(hits["hug"]) == 2
    assert "rot" not in {t for t in fold("watrot").split() if t == "rot"}


def test_fillers_are_transparent_but_never_widen_to_one_word():
    lex = Lexicon(
        {"imagine": ["ik snap dat"], "advice": ["neem (gewoon|lekker)"]},
        fillers=frozenset({"echt", "gewoon"}),
    )
    assert "imagine" in lex.find(Doc("ik snap echt dat je moe bent"))
    assert "advice" not in lex.find(Doc("neem de trein"))
    assert "advice" in lex.find(Doc("neem lekker een bad"))
    assert "advice: neem gewoon" not in lex.widened


def test_language_data_compiles_without_errors():
    from heartkeys.analysis.registry import lang_data

    for lang in ("nl", "en"):
        data = lang_data(lang)
        assert sum(data.lexicon.sizes.values()) > 5000
        for cue in ("feeling", "sympathy", "advice", "dismiss", "safety_crisis", "offer"):
            assert data.lexicon.sizes[cue] > 0, (lang, cue)


def test_token_expansion_matches_string_expansion_on_all_cue_data():
    """The lexicon expands patterns straight into token tuples (fast cold start); that must give
    exactly the phrases that expanding to strings and tokenising them gives."""
    import importlib

    from heartkeys.analysis.lexicon import _STRETCH, _TOKEN, _expand_tokens, expand
    from heartkeys.analysis.text import fold, squeeze

    def tokens(phrase: str) -> tuple[str, ...]:
        toks = _TOKEN.findall(fold(phrase))
        return tuple(squeeze(t) for t in toks) if _STRETCH.search(phrase) else tuple(toks)

    for lang in ("nl", "en"):
        cues = importlib.import_module(f"heartkeys.analysis.lang.{lang}.cues")
        slots = {name: [w for w in words][:40] for name, words in cues.SLOTS.items()}
        slot_tokens = {name: list(dict.fromkeys(tokens(w) for w in words)) for name, words in slots.items()}
        for name in ("FEELING", "NEED"):
            slots[name] = slot_tokens[name] = []
        for patterns in cues.CUES.values():
            for pattern in patterns:
                want = {tokens(p) for p in expand(pattern, slots)}
                assert set(_expand_tokens(pattern, slot_tokens, tokens)) == want, pattern
