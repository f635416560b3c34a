"""The framework content: schema, parity between languages, minimum sizes, clear errors."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from heartkeys.content import KEY_CODES, ContentError, load_content, load_from
from heartkeys.content.loader import DATA_DIR
from heartkeys.content.model import SCENARIO_TYPES


@pytest.fixture(scope="module", params=["nl", "en"])
def content(request):
    return load_content(request.param)


def test_all_eight_keys_in_order(content):
    assert [k.code.value for k in content.keys] == list(KEY_CODES)
    assert [k.number for k in content.keys] == list(range(1, 9))


def test_lessons_and_key_fields(content):
    for key in content.keys:
        assert 300 <= key.lesson_words <= 700, key.code
        assert len(key.lesson_paragraphs) >= 3
        assert len(key.strengths) >= 3 and len(key.pitfalls) >= 2
        assert key.try_today and key.summary and len(key.facets) >= 2


def test_facets_of_nonverbal_and_supportive(content):
    assert [f.id for f in content.key("nonverbal").facets] == [
        "co-regulation",
        "presence",
        "expression",
        "rhythm",
        "space",
    ]
    assert {f.id for f in content.key("supportive").facets} == {"help", "presence"}


def test_exercises_per_key(content):
    for code in KEY_CODES:
        exercises = content.exercises_for(code)
        assert len(exercises) >= 4, code
        assert len({e.type for e in exercises}) >= 2, code
        for e in exercises:
            if e.type in SCENARIO_TYPES:
                assert len(e.scenarios) >= 6, e.id
                assert all(s.example and s.carries for s in e.scenarios)
            if e.type == "guided":
                assert e.total_seconds >= 60


def test_required_exercise_types_exist(content):
    types = {e.type for e in content.exercises}
    for t in (
        "scenario",
        "rewrite",
        "complaint_need",
        "guided",
        "cards",
        "treatment_cards",
        "metaphor_choice",
        "accuracy_game",
        "checklist",
    ):
        assert t in types


def test_minimum_counts(content):
    counts = content.counts()
    assert counts["cards"] >= 80
    assert counts["feelings"] >= (250 if content.lang == "nl" else 200)
    assert counts["needs"] >= 80
    assert counts["metaphors"] >= 25
    assert counts["values"] >= 13
    assert counts["questionnaire_items"] >= 4 * 8


def test_cards_unique_and_themed(content):
    texts = [c.text.casefold() for c in content.cards]
    assert len(texts) == len(set(texts))
    assert {t.id for t in content.themes} == {"daily", "past", "dreams", "feelings", "us"}
    for theme in content.themes:
        assert content.cards_in(theme.id)


def test_feelings_marked_and_grouped(content):
    tones = {f.tone for f in content.feelings}
    assert tones == {"pleasant", "unpleasant"}
    words = content.feeling_words
    assert len(words) == len(set(words))


def test_values_include_the_framework_thirteen(content):
    ids = {v.id for v in content.values}
    for v in (
        "honesty",
        "trust",
        "openness",
        "reliability",
        "commitment",
        "patience",
        "justice",
        "peacefulness",
        "forgiveness",
        "responsibility",
        "gratitude",
        "flexibility",
        "appreciation",
    ):
        assert v in ids


def test_questionnaire_forms_and_reverse_items(content):
    q = content.questionnaire
    self_prefix, partner_prefix = ("Ik ", "Mijn partner ") if content.lang == "nl" else (("I ", "I'"), "My partner ")
    for code in KEY_CODES:
        items = q.items_for(code)
        assert len(items) >= 4
        assert any(i.reverse for i in items), code
        for i in items:
            assert i.self.startswith(self_prefix), i.id
            assert i.partner.startswith(partner_prefix), i.id


def test_questionnaire_scoring_reverses_and_bands(content):
    q = content.questionnaire
    items = q.items_for("emotional")
    normal = next(i for i in items if not i.reverse)
    reverse = next(i for i in items if i.reverse)
    scores = q.score({normal.id: 5, reverse.id: 1})
    assert scores["emotional"].mean == 5.0
    assert scores["emotional"].band.level == q.scoring.bands[-1].level
    low = q.score({normal.id: 1, reverse.id: 5})["emotional"]
    assert low.mean == 1.0 and low.band.level == q.scoring.bands[0].level
    with pytest.raises(ValueError):
        q.score({normal.id: 6})
    with pytest.raises(KeyError):
        q.score({"nope-1": 3})


def test_safety_resources(content):
    s = content.safety
    phones = {r.id: r.phone for r in s.resources}
    assert phones["veilig-thuis"] == "0800-2000"
    assert "0800-0113" in phones["113-zelfmoordpreventie"]
    assert phones["1712"] == "1712" and phones["zelfmoordlijn-1813"] == "1813"
    assert {r.country for r in s.resources} == {"NL", "BE"}
    crisis = s.resources_for({"crisis"}, country="NL")
    assert any("113" in r.phone for r in crisis)
    flagged = s.flagged_categories({s.screening[0].id: s.screening[0].flag_from})
    assert flagged == {s.screening[0].category}
    assert s.flagged_categories({s.screening[0].id: 0}) == frozenset()


def _ids(c):
    return {
        "keys": [k.code.value for k in c.keys],
        "facets": [(k.code.value, f.id) for k in c.keys for f in k.facets],
        "exercises": [(e.id, e.type, len(e.scenarios)) for e in c.exercises],
        "scenarios": [(e.id, s.id) for e in c.exercises for s in e.scenarios],
        "cards": [(x.id, x.theme) for x in c.cards],
        "themes": [t.id for t in c.themes],
        "metaphors": [m.id for m in c.metaphors],
        "values": [v.id for v in c.values],
        "feeling families": [(f.id, f.tone) for f in c.feelings],
        "needs": [(n.id, n.group) for n in c.needs],
        "items": [(i.id, i.key, i.reverse) for i in c.questionnaire.items],
        "screening": [(s.id, s.category, s.flag_from) for s in c.safety.screening],
        "resources": [r.id for r in c.safety.resources],
    }


def test_dutch_and_english_have_the_same_ids():
    nl, en = _ids(load_content("nl")), _ids(load_content("en"))
    for what in nl:
        assert nl[what] == en[what], what


def test_unsupported_language():
    with pytest.raises(ValueError, match="unsupported language"):
        load_content("de")


def test_content_is_immutable():
    key = load_content("nl").key("emotional")
    with pytest.raises(AttributeError):
        key.name = "x"  # type: ignore[misc]


# --- broken files give an error that names file, entry and field ----------------------------


@pytest.fixture
def broken(tmp_path: Path):
    target = tmp_path / "data" / "nl"
    shutil.copytree(DATA_DIR / "nl", target)
    return target


def test_missing_field_names_file_entry_and_field(broken: Path):
    f = broken / "cards.toml"
    f.write_text(f.read_text(encoding="utf-8").replace('theme = "daily"', "", 1), encoding="utf-8")
    with pytest.raises(ContentError) as err:
        load_from(broken, "nl")
    e = err.value
    assert e.file == "nl/cards.toml" and e.field == "theme"
    assert "cards[0] (id='daily-01')" in str(e)


def test_invalid_toml_is_reported(broken: Path):
    (broken / "values.toml").write_text("[[values]\nid = ", encoding="utf-8")
    with pytest.raises(ContentError, match=r"nl/values.toml: not valid TOML"):
        load_from(broken, "nl")


def test_unknown_key_code_in_exercise(broken: Path):
    f = broken / "exercises" / "moral.toml"
    f.write_text(f.read_text(encoding="utf-8").replace('key = "moral"', 'key = "moarl"', 1), encoding="utf-8")
    with pytest.raises(ContentError, match="unknown key code 'moarl'"):
        load_from(broken, "nl")


def test_duplicate_card_text(broken: Path):
    f = broken / "cards.toml"
    text = f.read_text(encoding="utf-8")
    text += '\n[[cards]]\nid = "extra-01"\ntheme = "daily"\ntext = "' + load_content("nl").cards[0].text + '"\n'
    f.write_text(text, encoding="utf-8")
    with pytest.raises(ContentError, match="duplicate card text"):
        load_from(broken, "nl")


def test_missing_file(broken: Path):
    (broken / "needs.toml").unlink()
    with pytest.raises(ContentError, match=r"nl/needs\.toml: file is missing"):
        load_from(broken, "nl")


def test_lesson_too_short(broken: Path):
    f = broken / "keys" / "curious.toml"
    text = f.read_text(encoding="utf-8")
    start = text.index('lesson = """')
    end = text.index('"""', start + 12) + 3
    f.write_text(text[:start] + 'lesson = """Te kort."""' + text[end:], encoding="utf-8")
    with pytest.raises(ContentError, match="must be 300–700 words, has 2"):
        load_from(broken, "nl")
