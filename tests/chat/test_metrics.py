"""The chat measures on small hand-made conversations: LSM, bids, rhythm, horsemen, ratio, moments."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from heartkeys import Analyzer
from heartkeys.chat.analyze import Pseudonyms, choose_pair
from heartkeys.chat.conversation import Participant
from heartkeys.chat.lsm import CATEGORIES, category_counts, category_lsm, lexicon, lsm, tokenize
from heartkeys.chat.metrics import (
    DELAY_BUCKETS,
    ChatMetrics,
    TopK,
    TurnFacts,
    classify_bid,
    delay_bucket,
    engages,
    measure,
    median_from_counts,
    moments,
    rounded_delay,
    text_features,
    turn_facts,
)
from heartkeys.content.model import KEY_CODES

T0 = datetime(2026, 3, 2, 9, 0)


def at(minutes: float) -> datetime:
    return T0 + timedelta(minutes=minutes)


def turn(person: int, minute: float, **kwargs: object) -> TurnFacts:
    """A text turn at ``minute`` past T0 (start == end), analysed unless told otherwise."""
    kwargs.setdefault("analysed", True)
    kwargs.setdefault("words", 5)
    return TurnFacts(person, at(minute), at(minute), **kwargs)  # type: ignore[arg-type]


def levels(**named: int) -> tuple[int, ...]:
    return tuple(named.get(code, 0) for code in KEY_CODES)


# --- language style matching ------------------------------------------------------------------


def test_tokenize_keeps_contractions_and_dutch_clitics() -> None:
    assert tokenize("Heb je 't gezien? Don’t worry, m'n schat!") == [
        "heb",
        "je",
        "'t",
        "gezien",
        "don't",
        "worry",
        "m'n",
        "schat",
    ]
    assert tokenize("'hallo' 123 😊") == ["hallo"]


def test_lexicon_has_all_nine_categories_in_both_languages() -> None:
    for lang in ("nl", "en"):
        table = lexicon(lang)
        used = {index for slots in table.values() for index in slots}
        assert used == set(range(len(CATEGORIES)))
    assert lexicon("en")["don't"] == (CATEGORIES.index("auxiliary_verbs"), CATEGORIES.index("negations"))
    assert CATEGORIES.index("articles") in lexicon("nl")["het"]


def test_lsm_identical_texts_is_one() -> None:
    text = "Ik heb het niet gezien, maar ik denk dat je gelijk hebt over de afspraak met haar."
    tokens = tokenize(text)
    counts = category_counts(tokens, "nl")
    overall, per_category = lsm(counts, len(tokens), counts, len(tokens))  # type: ignore[misc]
    assert overall == pytest.approx(1.0)
    assert all(score == pytest.approx(1.0) for score in per_category)


def test_lsm_formula_and_differences() -> None:
    assert category_lsm(10.0, 10.0) == 1.0
    assert category_lsm(0.0, 0.0) == 1.0  # neither uses it: they match
    assert category_lsm(10.0, 0.0) == pytest.approx(1 - 10 / 10.0001)
    assert category_lsm(30.0, 10.0) == pytest.approx(1 - 20 / 40.0001)
    a = tokenize("ik en jij en wij")
    b = tokenize("de kat op de mat")
    overall, _ = lsm(category_counts(a, "nl"), len(a), category_counts(b, "nl"), len(b))  # type: ignore[misc]
    assert 0.0 <= overall < 0.7
    assert lsm((0,) * 9, 0, (1,) * 9, 10) is None


def test_style_matching_overall_and_per_month() -> None:
    same = category_counts(tokenize("ik denk dat het goed is"), "nl")
    facts = [
        turn(0, 0, words=6, function_words=same),
        turn(1, 1, words=6, function_words=same),
        TurnFacts(0, datetime(2026, 4, 1), datetime(2026, 4, 1), analysed=True, words=6, function_words=same),
    ]
    style = measure(facts).style
    assert style.overall == pytest.approx(1.0)
    assert dict(style.monthly) == {"2026-03": 1.0, "2026-04": None}  # April: only one person wrote
    assert [name for name, _ in style.categories] == list(CATEGORIES)


# --- bids -------------------------------------------------------------------------------------


def test_text_features_spot_bids_and_acknowledgements() -> None:
    share = text_features("Raad eens wat er vandaag gebeurde!", "nl")
    assert share.share and not share.question_mark
    assert text_features("Ik ben zo moe vandaag", "nl").share  # a feeling of one's own
    assert not text_features("Jij bent zo moe", "nl").share  # the partner's, not a share
    assert text_features("Kijk, de eerste sneeuw", "nl").attention
    assert not text_features("Ik zal er even naar kijk", "nl").attention  # "kijk" only counts up front
    assert text_features("❤️❤️", "nl").attention and text_features("❤️❤️", "nl").ack
    assert text_features("hahaha", "nl").ack
    assert not text_features("ok", "nl").ack
    assert text_features("Guess what happened today", "en").share
    assert text_features("I miss you", "en").attention
    assert text_features("Wow, congrats", "en").ack
    assert text_features("How was your day?", "en").question_mark


def test_classify_bid_toward_away_against() -> None:
    bid = turn(0, 0, bid="share")
    assert classify_bid(bid, turn(1, 5, words=6), 300) == "toward"  # content
    assert classify_bid(bid, turn(1, 5, words=1, ack=True), 300) == "toward"  # "wauw"
    assert classify_bid(bid, turn(1, 5, words=1, question=True), 300) == "toward"  # "echt?"
    assert classify_bid(bid, turn(1, 5, words=2, levels=levels(emotional=1)), 300) == "toward"
    assert classify_bid(bid, turn(1, 5, words=1), 300) == "away"  # "ok"
    assert classify_bid(bid, turn(1, 600, words=9), 5 * 3600) == "away"  # too late
    assert classify_bid(bid, None, None) == "away"
    assert classify_bid(bid, turn(1, 5, words=8, pitfalls=("criticism",)), 300) == "against"
    assert classify_bid(bid, turn(1, 5, words=8, pitfalls=("closed_question",)), 300) == "toward"
    assert classify_bid(bid, turn(1, 5, words=1), None) == "away"
    question = turn(0, 0, bid="question")
    assert classify_bid(question, turn(1, 2, words=1), 120) == "toward"  # "ja" answers a question
    assert engages(turn(1, 0, words=4))
    assert not engages(turn(1, 0, words=0, analysed=False))


def test_bids_are_counted_per_person_with_the_partners_responses() -> None:
    facts = [
        turn(0, 0, bid="share"),  # Anna shares
        turn(1, 2, words=7),  # Bram engages: toward
        turn(0, 4, bid="question", question=True),  # Anna asks
        turn(1, 5, words=6, pitfalls=("contempt",)),  # against
        turn(0, 7, words=2, bid="attention"),  # Anna asks for attention
        turn(1, 7 + 5 * 60, words=9),  # five hours later: away
        turn(0, 400, words=3, bid="share"),  # Anna again, Bram never answers: open
    ]
    result = measure(facts)
    anna, bram = result.people
    assert anna.bids.made == 4
    assert dict(anna.bids.kinds) == {"share": 2, "attention": 1, "question": 1}
    assert anna.bids.open == 1
    assert (bram.bids.toward, bram.bids.away, bram.bids.against) == (1, 1, 1)
    assert bram.bids.rate("toward") == pytest.approx(1 / 3, abs=1e-4)
    assert bram.bids.made == 0
    assert (anna.bids.toward, anna.bids.away, anna.bids.against) == (0, 0, 0)


# --- rhythm -----------------------------------------------------------------------------------


def test_delay_buckets_and_median() -> None:
    assert [name for name, _ in DELAY_BUCKETS] == ["<1m", "1-5m", "5-30m", "30m-2h", "2-12h", ">12h"]
    assert [delay_bucket(s) for s in (0, 59, 60, 299, 300, 1799, 1800, 7199, 7200, 43199, 43200, 10**7)] == [
        0,
        0,
        1,
        1,
        2,
        2,
        3,
        3,
        4,
        4,
        5,
        5,
    ]
    assert median_from_counts({}) is None
    assert median_from_counts({10: 1}) == 10
    assert median_from_counts({10: 1, 20: 1}) == 15
    assert median_from_counts({1: 2, 5: 1, 100: 1}) == 3
    assert rounded_delay(59.7) == 59
    assert rounded_delay(3725) == 3720
    assert rounded_delay(200_000) == 198_000


def test_rhythm_per_person() -> None:
    # Bram answers after 30 s, 2 min, 10 min, 1 h, 5 h and 20 h: one reply in each bucket.
    facts: list[TurnFacts] = []
    minute = 0.0
    for delay in (0.5, 2, 10, 60, 300, 1200):
        facts.append(turn(0, minute))
        minute += delay
        facts.append(turn(1, minute))
        minute += 1  # Anna answers after a minute
    anna, bram = measure(facts).people
    assert bram.rhythm.buckets == (1, 1, 1, 1, 1, 1)
    assert bram.rhythm.replies == 6
    assert bram.rhythm.median_seconds == pytest.approx((600 + 3600) / 2)
    assert anna.rhythm.buckets == (0, 5, 0, 0, 0, 0)
    assert anna.rhythm.median_seconds == 60
    # Anna's messages that came in during the 9 o'clock hour got answers after 30 s, 2, 10 and 60 min
    assert bram.rhythm.median_by_hour[9] == (120 + 600) / 2


def test_rhythm_skips_missing_and_negative_times() -> None:
    facts = [turn(0, 10), turn(1, 5), TurnFacts(0, None, None, analysed=True, words=2)]
    result = measure(facts)
    assert result.negative_delays == 1
    assert all(p.rhythm.replies == 0 for p in result.people)


# --- profile, horsemen, ratio ---------------------------------------------------------------


def test_key_profile_and_pitfall_rates() -> None:
    facts = [
        turn(
            0,
            0,
            levels=levels(emotional=2, curious=1),
            strengths=("emotional.feeling_reflection", "curious.open_question"),
        ),
        turn(1, 1, pitfalls=("criticism", "criticism")),
        turn(0, 2, levels=levels(emotional=1), strengths=("emotional.sympathy",)),
        turn(1, 3),
        TurnFacts(0, at(4), at(4), messages=1),  # a photo: a turn, not analysed
    ]
    anna, bram = measure(facts).people
    assert (anna.turns, anna.analysed_turns) == (3, 2)
    emotional = anna.keys[KEY_CODES.index("emotional")]
    assert (emotional.turns_1, emotional.turns_2) == (2, 1)
    assert (emotional.share_1, emotional.share_2, emotional.per_100) == (1.0, 0.5, 100.0)
    criticism = next(p for p in bram.pitfalls if p.name == "criticism")
    assert (criticism.turns, criticism.per_100) == (1, 50.0)  # turns, not findings
    assert [m.month for m in anna.monthly] == ["2026-03"]
    assert dict(anna.monthly[0].keys)["emotional"] == 100.0
    assert bram.monthly[0].pitfall_turns_per_100 == 50.0


def test_horsemen_and_antidotes() -> None:
    facts = [
        turn(0, 0, pitfalls=("criticism",)),
        turn(1, 1, pitfalls=("defensiveness",), strengths=("moral.apology",)),
        turn(0, 2, strengths=("needs.own_need", "moral.gratitude")),
        turn(1, 3, pitfalls=("stonewalling",)),
        turn(0, 4, strengths=("nonverbal.give_space",)),
        turn(1, 5, pitfalls=("contempt",), strengths=("moral.responsibility",)),
    ]
    anna, bram = measure(facts).people
    a = {h.horseman: (h.turns, h.antidote, h.antidote_turns) for h in anna.horsemen}
    b = {h.horseman: (h.turns, h.antidote_turns) for h in bram.horsemen}
    assert a == {
        "criticism": (1, "gentle_startup", 1),
        "contempt": (0, "appreciation", 1),
        "defensiveness": (0, "responsibility", 0),
        "stonewalling": (0, "self_soothing", 1),
    }
    assert b == {"criticism": (0, 0), "contempt": (1, 0), "defensiveness": (1, 2), "stonewalling": (1, 0)}
    assert next(h for h in anna.horsemen if h.horseman == "criticism").per_100 == pytest.approx(33.33)


def test_ratio_overall_and_in_tense_stretches() -> None:
    positive = ("emotional.sympathy",)
    facts = [turn(i % 2, i, strengths=positive) for i in range(10)]
    facts[5] = turn(1, 5, pitfalls=("criticism", "closed_question"))  # only criticism counts as negative
    metrics = ChatMetrics(tense_radius=2)
    for item in facts:
        metrics.add(item)
    result = metrics.result()
    assert (result.overall.positive, result.overall.negative, result.overall.ratio) == (9, 1, 9.0)
    # turns 3..7 are tense: four positive turns around one negative
    assert (result.tense.turns, result.tense.stretches) == (5, 1)
    assert (result.tense.positive, result.tense.negative, result.tense.ratio) == (4, 1, 4.0)


def test_separate_and_merged_tense_stretches() -> None:
    facts = [turn(i % 2, i) for i in range(20)]
    for index in (2, 4, 15):
        facts[index] = turn(index % 2, index, pitfalls=("contempt",))
    result = measure(facts, tense_radius=1)
    assert result.tense.stretches == 2  # 1..5 and 14..16
    assert result.tense.turns == 5 + 3
    assert measure([], tense_radius=1).tense.turns == 0


# --- facts and moments from real analyses --------------------------------------------------------


@pytest.fixture(scope="module")
def analyzer() -> Analyzer:
    return Analyzer()


def test_turn_facts_from_an_analysis(analyzer: Analyzer) -> None:
    text = "Wat rot voor je. Je klinkt echt teleurgesteld. Wat heb je nu van me nodig?"
    analysis = analyzer.analyze(text, "Mijn presentatie ging helemaal mis", "nl")
    facts = turn_facts(1, at(0), at(1), 2, text, analysis, "nl")
    assert facts.analysed and facts.question and facts.words == 15
    assert facts.levels[KEY_CODES.index("emotional")] == 2
    assert "emotional.feeling_reflection" in facts.strengths
    assert facts.bid == "question"
    assert sum(facts.function_words) > 0
    media = turn_facts(0, at(0), at(0), 1, "", None, "nl")
    assert not media.analysed and media.bid == "attention"


def test_moments_carry_explanations_and_suggestions(analyzer: Analyzer) -> None:
    best = analyzer.analyze("Je klinkt echt teleurgesteld. Wat heb je nodig?", "Het ging mis vandaag", "nl")
    (moment,) = moments(best, 1, 7, at(0), best.reply, "Het ging mis vandaag")
    assert moment.kind == "best" and moment.index == 7 and moment.notes
    assert all(note.explanation for note in moment.notes)
    learn = analyzer.analyze("Je bent ook altijd te laat, typisch jij", "Sorry, de trein", "nl")
    found = {m.kind: m for m in moments(learn, 0, 3, at(0), learn.reply, None)}
    assert found["learn"].notes[0].suggestion
    unsafe = analyzer.analyze("Ik ga je iets aandoen", None, "nl")
    assert unsafe.safety and moments(unsafe, 0, 1, None, unsafe.reply, None) == []


def test_safety_signal_is_counted_not_shown(analyzer: Analyzer) -> None:
    analysis = analyzer.analyze("Ik ga je iets aandoen", None, "nl")
    facts = turn_facts(0, at(0), at(0), 1, analysis.reply, analysis, "nl")
    assert facts.safety
    assert measure([facts]).people[0].safety_signals == 1


def test_topk_keeps_the_best_and_ties_go_to_the_earlier_turn(analyzer: Analyzer) -> None:
    analysis = analyzer.analyze("Je klinkt verdrietig.", "Ik mis mijn oma", "nl")
    (template,) = moments(analysis, 0, 0, None, analysis.reply, None)
    top = TopK(2)
    accepted = []
    for index, score in enumerate([(1, 1), (3, 1), (3, 1), (2, 2), (3, 1)]):
        accepted.append(top.accepts("best", 0, score, index))
        top.add(type(template)("best", 0, index, None, f"t{index}", None, score, ()))
    assert accepted == [True, True, True, False, False]  # the last (3, 1) ties but comes later
    assert [m.index for m in top.ranked("best")] == [1, 2]
    assert top.ranked("learn") == ()


# --- pair and pseudonyms -------------------------------------------------------------------


def test_choose_pair() -> None:
    two = [Participant("Anna", 10), Participant("Bram", 8)]
    assert choose_pair(two) == ("Anna", "Bram", "pair")
    assert choose_pair(two, me="bram") == ("Bram", "Anna", "given")
    group = [*two, Participant("Sanne", 3), Participant("Joris", 1)]
    assert choose_pair(group) == ("Anna", "Bram", "most_active")
    assert choose_pair(group, me="Sanne") == ("Sanne", "Anna", "me_most_active")
    assert choose_pair(group, me="Jor", partner="Sanne") == ("Joris", "Sanne", "given")
    assert choose_pair(group, partner="Joris") == ("Anna", "Joris", "me_most_active")


def test_pseudonyms_replace_names_in_text() -> None:
    masks = Pseudonyms(["Anna de Vries", "Bram", "Sanne"], "nl")
    assert masks.name("Anna de Vries") == "Partner A"
    assert masks.name("Bram") == "Partner B"
    assert masks.name("Sanne") == "Deelnemer C"
    assert masks.text("Hoi bram! Zeg tegen ANNA en Sanne dat de vries komt") == (
        "Hoi Partner B! Zeg tegen Partner A en Deelnemer C dat de Partner A komt"
    )
    assert masks.text("Abrams en Annabel") == "Abrams en Annabel"  # whole words only
    assert Pseudonyms(["Ann", "Bo"], "en").name("Bo") == "Partner B"
