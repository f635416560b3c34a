"""The analyzer's public API, its result types and its behaviour on bad input."""

from __future__ import annotations

import json
import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from heartkeys import Analyzer, analyze
from heartkeys.analysis import PITFALLS, detect_language
from heartkeys.content import KEY_CODES


def test_levels_cover_all_keys_and_are_bounded():
    a = analyze("Wat rot voor je, je klinkt echt gefrustreerd. Wat heb je nu van me nodig?", "Rotdag gehad.")
    assert set(a.levels) == set(KEY_CODES)
    assert all(v in (0, 1, 2) for v in a.levels.values())
    assert a.levels["emotional"] == 2 and a.levels["needs"] == 2 and a.levels["curious"] == 2
    assert a.lang == "nl"


def test_finding_fields_and_ids():
    a = analyze("Ben je boos?", lang="nl")
    ids = [f.id for f in a.findings]
    assert "signal.closed_question" in ids and "pitfall.closed_question" in ids
    pit = next(f for f in a.findings if f.id == "pitfall.closed_question")
    assert pit.key == "curious" and 0 <= pit.score <= 1
    assert pit.text == a.reply[pit.start : pit.end]
    assert pit.suggestion and "“" in pit.suggestion
    assert pit.explanation
    for f in a.findings:
        head, name = f.id.split(".", 1)
        assert head in (*KEY_CODES, "pitfall", "signal")
        if head == "pitfall":
            assert name in PITFALLS


def test_findings_are_immutable():
    f = analyze("Dank je wel dat je kookte!", lang="nl").findings[0]
    with pytest.raises(AttributeError):
        f.score = 1.0  # type: ignore[misc]


def test_to_dict_is_json_and_documented_shape():
    a = analyze("Je moet gewoon met je baas praten.", "Ik ben zo gestrest van mijn werk.")
    d = json.loads(json.dumps(a.to_dict()))
    assert set(d) == {"lang", "reply", "context", "levels", "safety", "findings", "feedback", "help"}
    assert {
        "id",
        "kind",
        "key",
        "start",
        "end",
        "text",
        "score",
        "strength",
        "explanation",
        "suggestion",
    } == set(d["findings"][0])
    assert "advice" in a.labels() and "unsolicited_advice" in a.labels()


def test_lang_detection_and_explicit_lang():
    assert analyze("I hear you, what do you need right now?").lang == "en"
    assert analyze("Ik hoor je, wat heb je nu nodig?").lang == "nl"
    assert detect_language("") == "nl"
    with pytest.raises(ValueError, match="unsupported language"):
        analyze("Hola", lang="es")


@pytest.mark.parametrize("bad", [None, 3, b"bytes", ["list"]])
def test_non_str_reply_is_a_type_error(bad):
    with pytest.raises(TypeError, match="reply must be a str"):
        analyze(bad)  # type: ignore[arg-type]


def test_non_str_context_is_a_type_error():
    with pytest.raises(TypeError, match="context must be a str"):
        analyze("hoi", context=5)  # type: ignore[arg-type]


@pytest.mark.parametrize("empty", ["", "   ", "\n\t "])
def test_empty_reply_gives_empty_analysis(empty):
    a = analyze(empty)
    assert a.findings == () and all(v == 0 for v in a.levels.values())


def test_analyze_many_streams_the_same_results():
    items = [("Wat fijn voor je!", "Ik ben aangenomen!"), ("Ben je boos?", None), "Laat maar."]
    analyzer = Analyzer()
    many = list(analyzer.analyze_many(items))
    single = [analyzer.analyze(*(i if isinstance(i, tuple) else (i, None))) for i in items]
    assert [m.to_dict() for m in many] == [s.to_dict() for s in single]


def test_safety_shows_help_not_tips():
    a = analyze("Je moet gewoon rustig blijven.", "Hij heeft me gisteren geslagen en ik ben bang voor hem.")
    assert a.safety
    assert any("0800-2000" in h.phone for h in a.help)
    assert all(f.suggestion is None for f in a.findings)
    crisis = analyze("I don't want to live anymore, I want to end it all.", lang="en")
    assert crisis.safety and crisis.help


def test_quoted_speech_is_not_a_pitfall():
    a = analyze('Ze zei "stel je niet aan" en dat deed pijn.', lang="nl")
    assert not a.pitfalls


def test_negation_is_respected():
    a = analyze("Ik ben niet boos op je.", lang="nl")
    assert not a.has("emotional.feeling_reflection")


def test_huge_and_hostile_input_is_bounded():
    big = ("Wat rot voor je, ik snap dat je boos bent. Ben je moe? " * 20000)[:1_000_000]
    start = time.perf_counter()
    a = analyze(big, lang="nl")
    assert time.perf_counter() - start < 30
    assert a.levels["emotional"] == 2
    for text in [
        "\x00\x01\x02 hoi",
        "\ud800\udfff broken surrogates",
        "\u202eRTL\u202c text",
        "🤗" * 50000,
        "\u200b" * 1000,
    ]:
        result = analyze(text)
        assert all(f.text == text[f.start : f.end] for f in result.findings)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(reply=st.text(max_size=300), context=st.one_of(st.none(), st.text(max_size=200)))
def test_properties_on_arbitrary_unicode(reply, context):
    a = analyze(reply, context)
    for f in a.findings:
        assert 0 <= f.start <= f.end <= len(reply)
        assert f.text == reply[f.start : f.end]
        assert 0.0 <= f.score <= 1.0
    assert analyze(reply, context).to_dict() == a.to_dict()  # deterministic
