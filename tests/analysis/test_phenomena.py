"""Phenomena the analyzer models, one small case each (both languages where the rule is shared).

These read like a specification: a reply, the message it answers, and what must (not) be found.
The example sets hold the broad measurements; these pin down the reasoning behind single rules.
"""

from __future__ import annotations

import pytest

from heartkeys import analyze


def ids(a) -> set[str]:
    return {f.id for f in a.findings}


@pytest.mark.parametrize(
    ("reply", "context", "lang", "level"),
    [
        # generic: asks nothing about this story
        ("Wat is er?", "Ik voel me rot.", "nl", 1),
        ("What happened?", "I had a rotten day.", "en", 1),
        # specific: takes up the partner's words or points back at them
        ("Hoe lang twijfel je al over die baan?", "Ik twijfel of ik die baan moet nemen.", "nl", 2),
        ("Why did you decide on that?", "I've decided to quit my course.", "en", 2),
        ("How long have you been thinking about leaving your course?", None, "en", 2),
        # Dutch question words that split ("waar … van") or take a noun ("wat voor…")
        ("Waar word je het meest onrustig van?", "Ik slaap slecht.", "nl", 2),
        ("Wat voor werk zou je willen doen", "Ik wil weg bij mijn baan.", "nl", 2),
    ],
)
def test_open_questions_are_specific_when_they_take_up_the_story(reply, context, lang, level):
    assert analyze(reply, context, lang).levels["curious"] == level


def test_where_question_about_a_thing_is_not_curiosity():
    assert analyze("Waar is de sleutel?", "Ik ben thuis.", "nl").levels["curious"] == 0


@pytest.mark.parametrize(
    ("reply", "context", "lang"),
    [
        (
            "I used to get panic attacks before presentations too.",
            "I get panic attacks before every presentation.",
            "en",
        ),
        (
            "Same here. I had to delete the app because I felt worse every time I scrolled.",
            "I can't stop comparing myself to people online.",
            "en",
        ),
        ("Herkenbaar. Ik heb mijn studie ook een jaar uitgesteld.", "Ik durf niet te beginnen met mijn studie.", "nl"),
        ("I feel like a failure at times too.", "I feel like such a failure.", "en"),
    ],
)
def test_own_similar_experience_is_perspective(reply, context, lang):
    a = analyze(reply, context, lang)
    assert a.levels["perspective"] >= 1, ids(a)


def test_own_other_feeling_is_not_a_shared_experience():
    reply = "Ik merk dat ik nog te boos ben om erover te praten."
    a = analyze(reply, "Ik ben zo verdrietig over de ruzie van vanochtend.", "nl")
    assert a.levels["perspective"] == 0, ids(a)


@pytest.mark.parametrize(
    ("reply", "context", "lang"),
    [
        ("You're not keen on groups.", "I don't like talking in groups.", "en"),
        ("Je hebt er weinig zin in, in die groepen.", "Ik heb geen zin in groepen.", "nl"),
    ],
)
def test_short_reflection_with_the_partners_word(reply, context, lang):
    assert analyze(reply, context, lang).levels["perspective"] >= 1


def test_advice_and_questions_are_not_paraphrases():
    a = analyze("Take a walk somewhere near where you live.", "I live in a city and I feel stuck.", "en")
    assert "perspective.paraphrase" not in ids(a)


@pytest.mark.parametrize(
    ("reply", "lang", "level"),
    [
        ("That sounds awful.", "en", 1),  # judges the situation: warm but generic
        ("You sound exhausted.", "en", 2),  # their feeling
        ("Dat klinkt vervelend.", "nl", 1),
        ("Je klinkt echt uitgeput.", "nl", 2),
    ],
)
def test_situation_words_are_weak_and_feelings_strong(reply, lang, level):
    assert (
        analyze(reply, "I had a long day at work." if lang == "en" else "Lange dag gehad.", lang).levels["emotional"]
        == level
    )


@pytest.mark.parametrize(
    ("reply", "lang"),
    [("You deserve to feel safe and loved.", "en"), ("Je verdient het om je veilig te voelen.", "nl")],
)
def test_a_wish_is_not_a_reflection(reply, lang):
    assert "emotional.feeling_reflection" not in ids(analyze(reply, None, lang))


@pytest.mark.parametrize(
    ("reply", "lang"), [("Good luck tomorrow, take care!", "en"), ("Veel succes morgen, pas goed op jezelf.", "nl")]
)
def test_good_wishes_are_weak_warmth(reply, lang):
    assert analyze(reply, None, lang).levels["emotional"] == 1


@pytest.mark.parametrize(
    ("reply", "context", "lang"),
    [
        ("Could you ask your tutor for an extension?", "I'm drowning in assignments.", "en"),
        ("Might be worth getting your bloods checked.", "I'm tired all the time.", "en"),
        ("Stap naar je leidinggevende.", "Mijn collega pest me.", "nl"),
        ("Heb je al een osteopaat geprobeerd?", "Mijn rug doet al weken pijn.", "nl"),
    ],
)
def test_softer_suggestions_are_advice(reply, context, lang):
    assert "signal.advice" in ids(analyze(reply, context, lang)) or "pitfall.unsolicited_advice" in ids(
        analyze(reply, context, lang)
    )


@pytest.mark.parametrize(
    ("reply", "lang"),
    [("What would help you feel less alone?", "en"), ("Wat zou je helpen om je minder alleen te voelen?", "nl")],
)
def test_asking_what_would_help_is_not_advice(reply, lang):
    assert "signal.advice" not in ids(analyze(reply, "I feel lonely.", lang))


@pytest.mark.parametrize(
    ("reply", "lang"),
    [("Good for you, that's a real achievement.", "en"), ("Goed zo, dat is een flinke stap.", "nl")],
)
def test_affirming_a_step_is_reassurance(reply, lang):
    assert analyze(reply, "I cut down to two cigarettes a day.", lang).levels["supportive"] >= 1


def test_an_inference_is_still_a_reflection():
    # "zult wel" / "must" guess at the partner's feeling now: not a wish
    assert analyze("Je zult wel doodmoe zijn.", "Lange dag gehad.", "nl").levels["emotional"] == 2
    assert analyze("You must be exhausted.", "Long day.", "en").levels["emotional"] == 2


@pytest.mark.parametrize(
    ("reply", "lang", "leading"),
    [
        ("je bent toch niet jaloers?", "nl", True),
        ("Het was toch best gezellig bij mijn moeder, vond je niet?", "nl", True),
        ("Surely you don't think that's fair?", "en", True),
        ("Om 8 uur toch?", "nl", False),  # checks a fact
        ("Kun je toch even de kinderen halen?", "nl", False),  # asks a favour
    ],
)
def test_questions_that_assume_their_answer_are_leading(reply, lang, leading):
    assert ("pitfall.leading_question" in ids(analyze(reply, "Ik ben moe.", lang))) is leading


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Ik snij mezelf weer sinds een paar weken", "nl"),
        ("Soms wil ik er gewoon niet meer zijn", "nl"),
        ("mijn ex heeft me gisteren geduwd en ik ben gevallen", "nl"),
        ("als ge da nog eens doet, dan zult ge 't voelen", "nl"),
        ("I cut myself again last night", "en"),
        ("he grabbed me so hard it left marks", "en"),
    ],
)
def test_safety_in_everyday_wording(text, lang):
    assert analyze("Ik ben er voor je." if lang == "nl" else "I'm here for you.", text, lang).safety


@pytest.mark.parametrize(
    ("reply", "context", "lang", "pitfall"),
    [
        # precision: none of these is a pitfall
        ("ok. thank you for telling me. how would you like me to respond?", "Stop joking when I'm upset.", "en", None),
        ("yeah rain all day 😒 bbq might be off", "have you seen the weather for saturday", "en", None),
        ("ur such an idiot lol 😂 love u", "I forgot my own PIN at the till 😂", "en", None),
        ("yes but not another true crime doc pls", "netflix tonight?", "en", None),
        ("sounds like you're always the one making the effort", "my friend cancelled on me again", "en", None),
        # and these are
        (
            "Yeah but you leave your stuff everywhere too.",
            "You left your clothes on the floor again.",
            "en",
            "defensiveness",
        ),
        (
            "I don't raise my voice, you're just too sensitive",
            "I hate it when you raise your voice",
            "en",
            "dismissive",
        ),
        ("of course you did. you can't organise anything", "I forgot to book the restaurant, sorry", "en", "criticism"),
    ],
)
def test_pitfalls_only_when_a_reader_would_agree(reply, context, lang, pitfall):
    found = {i.removeprefix("pitfall.") for i in ids(analyze(reply, context, lang)) if i.startswith("pitfall.")}
    assert found == ({pitfall} if pitfall else set()) or (pitfall and pitfall in found)


@pytest.mark.parametrize(
    ("reply", "context", "lang", "defensive"),
    [
        ("Jij laat je spullen ook overal slingeren.", "Je laat je kleren weer op de grond liggen.", "nl", True),
        ("because you moan about everything I plan", "you never plan anything nice for us", "en", True),
        # taking their side first is no counter-complaint
        ("Dat snap ik. Jij wil voelen dat ik ook moeite doe.", "Je plant nooit zelf een date.", "nl", False),
        ("You shouldn't have to ask. I'm sorry, that's on me.", "I hate that I always have to ask you.", "en", False),
        # a thank-you is no reproach to defend against
        ("Jij ook bedankt, je was zelf ook lief.", "Dankjewel dat je zo goed luisterde.", "nl", False),
    ],
)
def test_turning_a_reproach_back_is_defensive(reply, context, lang, defensive):
    assert ("pitfall.defensiveness" in ids(analyze(reply, context, lang))) is defensive
