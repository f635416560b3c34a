# Written for Hartsleutels by the project team, in our own words, from the ideas in FRAMEWORK.md.
# The English strings are the English edition, written alongside the Dutch ones. Not translated
# or copied from any source.
"""The words of the chat report, in Dutch and English.

``t(lang, name, **values)`` returns a string with ``{placeholders}`` filled in. Both languages
have exactly the same names (a test checks this). Key names come from the content
(:func:`heartkeys.content.load_content`), not from here.
"""

from __future__ import annotations

from typing import Final

STRINGS: Final[dict[str, dict[str, str]]] = {
    "nl": {
        "title": "Jullie gesprekken",
        "subtitle": "Wat jullie chat laat zien over de 8 sleutels van empathie",
        "mirror": (
            "Dit is een spiegel om samen naar te kijken, geen oordeel en geen diagnose. Een programma heeft de "
            "woorden gelezen; het herkent veel, maar begrijpt niet alles wat jullie bedoelen. Gebruik de cijfers "
            "als aanleiding voor een gesprek, niet als eindcijfer."
        ),
        "privacy": "Dit overzicht is op je eigen computer gemaakt. Er is niets verstuurd.",
        "overview": "Overzicht",
        "period": "Periode",
        "period_value": "{first} tot en met {last}",
        "no_dates": "geen datums in de export",
        "messages": "Berichten",
        "turns": "Beurten",
        "turns_hint": "een beurt is een reeks berichten van één persoon achter elkaar",
        "analysed_turns": "Gelezen beurten",
        "words": "Woorden",
        "skipped_lines": "Overgeslagen regels",
        "participants": "Deelnemers",
        "language": "Taal",
        "lang_name": "Nederlands",
        "source": "Bestand",
        "pseudonymized": "Namen zijn vervangen door Partner A en Partner B.",
        "notice_most_active": (
            "In deze chat schrijven {count} mensen. We kijken naar het gesprek tussen de twee die het meest "
            "schrijven; de anderen tellen hieronder alleen mee bij het aantal berichten."
        ),
        "notice_me_most_active": (
            "In deze chat schrijven {count} mensen. Als gesprekspartner nemen we {partner}, die het meest schrijft."
        ),
        "notice_undated": "{count} berichten hebben geen datum; die tellen mee, ook al koos je een periode.",
        "notice_few_turns": (
            "Er zijn maar {count} beurten gelezen. Met zo weinig tekst zeggen de cijfers nog niet veel."
        ),
        "notice_no_times": "De export heeft geen tijden, dus over het reactietempo valt niets te zeggen.",
        "warnings": "Meldingen bij het inlezen",
        "keys_title": "De 8 sleutels per persoon",
        "keys_intro": (
            "Per sleutel: in hoeveel procent van de beurten het programma die sleutel herkent (licht of meer), "
            "en hoe vaak duidelijk (sterk)."
        ),
        "key": "Sleutel",
        "level_1": "herkend",
        "level_2": "sterk",
        "per_100": "per 100 beurten",
        "pitfalls_title": "Valkuilen",
        "pitfalls_intro": "Beurten met een valkuil, per 100 beurten.",
        "pitfall": "Valkuil",
        "none_found": "Niets gevonden.",
        "over_time": "Door de tijd",
        "over_time_intro": "Per maand: beurten waarin een sleutel te horen is, per 100 beurten.",
        "month": "Maand",
        "pitfall_turns": "valkuilen per 100",
        "style_title": "Op elkaar afgestemd schrijven",
        "style_intro": (
            "Stellen die op elkaar zijn afgestemd, gaan vaak ongemerkt op dezelfde manier schrijven: evenveel "
            "'ik' en 'jij', lidwoorden, ontkenningen. Deze maat (language style matching) loopt van 0 tot 1; "
            "hoe hoger, hoe meer jullie stijlen op elkaar lijken. Het zegt iets over afstemming, niet over "
            "wie gelijk heeft."
        ),
        "style_overall": "Samen",
        "style_category": "Woordsoort",
        "style_monthly": "Afstemming per maand",
        "bids_title": "Uitnodigingen tot contact",
        "bids_intro": (
            "Een uitnodiging (een 'bid') is een bericht waarmee iemand contact zoekt: iets delen, aandacht vragen "
            "of een vraag stellen. Wat telt is hoe de ander reageert: ernaartoe (ingaan op het bericht), "
            "erlangs (geen of een kort antwoord binnen {hours} uur) of ertegenin (met een valkuil als kritiek)."
        ),
        "bids_made": "Uitnodigingen",
        "bids_answered": "Zo reageerde {name} op de uitnodigingen van {other}",
        "kind_share": "iets delen",
        "kind_attention": "aandacht vragen",
        "kind_question": "een vraag",
        "toward": "ernaartoe",
        "away": "erlangs",
        "against": "ertegenin",
        "open": "nog open aan het eind",
        "rhythm_title": "Reactietempo",
        "rhythm_intro": (
            "Hoe lang het duurt voordat de ander terugschrijft. Snel is niet beter of slechter: werk, slaap en "
            "afspraken spelen mee."
        ),
        "median": "mediaan",
        "replies": "antwoorden",
        "delay": "Wachttijd",
        "by_hour": "Mediaan per uur waarop het bericht binnenkwam",
        "hour": "Uur",
        "bucket_<1m": "< 1 min",
        "bucket_1-5m": "1–5 min",
        "bucket_5-30m": "5–30 min",
        "bucket_30m-2h": "30 min–2 uur",
        "bucket_2-12h": "2–12 uur",
        "bucket_>12h": "> 12 uur",
        "horsemen_title": "De vier ruiters en hun tegengif",
        "horsemen_intro": (
            "Vier patronen maken ruzies zwaarder: kritiek, minachting, verdedigen en dichtklappen. Elk heeft een "
            "tegengif. Beurten per 100 beurten; het gaat om de verhouding, niet om schuld."
        ),
        "horseman": "Ruiter",
        "antidote": "Tegengif",
        "antidote_gentle_startup": "zacht beginnen (je eigen behoefte noemen)",
        "antidote_appreciation": "waardering en dank",
        "antidote_responsibility": "verantwoordelijkheid nemen, sorry zeggen",
        "antidote_self_soothing": "tot rust komen, ruimte geven",
        "ratio_title": "Positief tegenover negatief",
        "ratio_intro": (
            "Het aantal sterke momenten (sleutels) tegenover het aantal negatieve (kritiek, minachting, "
            "verdedigen, wegwuiven, dichtklappen). Bij stellen die het goed hebben, wegen de positieve "
            "momenten ruim zwaarder, ook tijdens een ruzie."
        ),
        "ratio_overall": "Hele chat",
        "ratio_tense": "Gespannen stukken",
        "ratio_tense_hint": "{stretches} stukken, {turns} beurten rond een negatief moment",
        "positive": "positief",
        "negative": "negatief",
        "ratio": "verhouding",
        "ratio_value": "{ratio} : 1",
        "no_negative": "geen negatieve momenten",
        "best_title": "Mooie momenten",
        "best_intro": "Beurten waarin veel sleutels samenkomen, met wat het programma erin herkent.",
        "learn_title": "Momenten om van te leren",
        "learn_intro": "Beurten met een valkuil, met een idee om het anders te zeggen. Oefenen, niet afrekenen.",
        "in_reply_to": "Als antwoord op",
        "no_examples": "Geen voorbeelden gevonden.",
        "safety_title": "Veiligheid",
        "safety_intro": (
            "In {count} berichten staan woorden over geweld, bedreiging, dwang of jezelf iets aandoen. Die "
            "berichten laten we hier niet zien. Voel je je niet veilig, of maak je je zorgen om jezelf of "
            "je partner? Je hoeft het niet alleen te dragen. Hier kun je terecht:"
        ),
        "safety_danger": "Ben je in direct gevaar? Bel dan meteen 112.",
        "method_title": "Zo is dit gemaakt",
        "method": (
            "Elke beurt is gelezen met de empathie-analyse van Hartsleutels, met de vorige beurt van de ander als "
            "context. De analyse werkt met woordenlijsten en een beetje grammatica: ironie, inside jokes, "
            "spraakberichten en foto's ziet ze niet. De uitleg van elke maat staat in docs/chat.md."
        ),
        "chart_keys": "Sleutels van {name}",
        "chart_keys_desc": (
            "Radardiagram van de acht sleutels voor {name}: procent van de beurten waarin de sleutel klinkt."
        ),
        "chart_time": "Sleutels per maand voor {name}",
        "chart_time_desc": "Lijndiagram per maand van de acht sleutels voor {name}, per 100 beurten.",
        "chart_style": "Afstemming per maand",
        "chart_style_desc": "Lijndiagram van de taalstijl-afstemming per maand (0 tot 1).",
        "chart_delay": "Wachttijd tot een antwoord",
        "chart_delay_desc": "Staafdiagram: hoeveel antwoorden per wachttijd, per persoon.",
        "table_alt": "De cijfers als tabel",
        "percent": "{value}%",
        "made_with": "Gemaakt met Hartsleutels",
        "pitfall_closed_question": "gesloten vraag",
        "pitfall_leading_question": "sturende vraag",
        "pitfall_dismissive": "wegwuiven",
        "pitfall_criticism": "kritiek",
        "pitfall_contempt": "minachting",
        "pitfall_defensiveness": "verdedigen",
        "pitfall_stonewalling": "dichtklappen",
        "pitfall_unsolicited_advice": "ongevraagd advies",
        "category_personal_pronouns": "persoonlijke voornaamwoorden",
        "category_impersonal_pronouns": "onpersoonlijke voornaamwoorden",
        "category_articles": "lidwoorden",
        "category_conjunctions": "voegwoorden",
        "category_prepositions": "voorzetsels",
        "category_auxiliary_verbs": "hulpwerkwoorden",
        "category_adverbs": "bijwoorden",
        "category_negations": "ontkenningen",
        "category_quantifiers": "hoeveelheidswoorden",
        "short_emotional": "Emotioneel",
        "short_nonverbal": "Non-verbaal",
        "short_perspective": "Perspectief",
        "short_curious": "Nieuwsgierig",
        "short_needs": "Behoeften",
        "short_supportive": "Steun",
        "short_moral": "Moreel",
        "short_metaphorical": "Beeldend",
        "link": "[link]",
    },
    "en": {
        "title": "Your conversations",
        "subtitle": "What your chat shows about the 8 keys of empathy",
        "mirror": (
            "This is a mirror to look into together, not a verdict and not a diagnosis. A program read the words; "
            "it recognises a lot, but it does not understand everything you mean. Use the numbers to start a "
            "conversation, not as a final score."
        ),
        "privacy": "This overview was made on your own computer. Nothing was sent anywhere.",
        "overview": "Overview",
        "period": "Period",
        "period_value": "{first} to {last}",
        "no_dates": "no dates in the export",
        "messages": "Messages",
        "turns": "Turns",
        "turns_hint": "a turn is a run of messages by one person in a row",
        "analysed_turns": "Turns read",
        "words": "Words",
        "skipped_lines": "Skipped lines",
        "participants": "Participants",
        "language": "Language",
        "lang_name": "English",
        "source": "File",
        "pseudonymized": "Names have been replaced by Partner A and Partner B.",
        "notice_most_active": (
            "{count} people write in this chat. We look at the conversation between the two who write the most; "
            "the others only count in the number of messages."
        ),
        "notice_me_most_active": (
            "{count} people write in this chat. As the other person we take {partner}, who writes the most."
        ),
        "notice_undated": "{count} messages have no date; they are included even though you chose a period.",
        "notice_few_turns": "Only {count} turns were read. With so little text the numbers do not say much yet.",
        "notice_no_times": "The export has no times, so there is nothing to say about reply rhythm.",
        "warnings": "Notes from reading the file",
        "keys_title": "The 8 keys per person",
        "keys_intro": (
            "Per key: in what percentage of turns the program recognises that key (lightly or more), and how "
            "often clearly (strong)."
        ),
        "key": "Key",
        "level_1": "recognised",
        "level_2": "strong",
        "per_100": "per 100 turns",
        "pitfalls_title": "Pitfalls",
        "pitfalls_intro": "Turns with a pitfall, per 100 turns.",
        "pitfall": "Pitfall",
        "none_found": "Nothing found.",
        "over_time": "Over time",
        "over_time_intro": "Per month: turns in which a key can be heard, per 100 turns.",
        "month": "Month",
        "pitfall_turns": "pitfalls per 100",
        "style_title": "Writing in tune",
        "style_intro": (
            "Couples who are attuned often start writing the same way without noticing: as many 'I's and 'you's, "
            "articles, negations. This measure (language style matching) runs from 0 to 1; the higher, the more "
            "your styles resemble each other. It says something about attunement, not about who is right."
        ),
        "style_overall": "Together",
        "style_category": "Word class",
        "style_monthly": "Attunement per month",
        "bids_title": "Bids for connection",
        "bids_intro": (
            "A bid is a message in which someone reaches out: sharing something, asking for attention or asking a "
            "question. What counts is how the other responds: toward (engaging with it), away (no answer, or a "
            "very short one, within {hours} hours) or against (with a pitfall such as criticism)."
        ),
        "bids_made": "Bids",
        "bids_answered": "How {name} responded to {other}'s bids",
        "kind_share": "sharing something",
        "kind_attention": "asking for attention",
        "kind_question": "a question",
        "toward": "toward",
        "away": "away",
        "against": "against",
        "open": "still open at the end",
        "rhythm_title": "Reply rhythm",
        "rhythm_intro": (
            "How long it takes before the other writes back. Fast is not better or worse: work, sleep and "
            "agreements all play a part."
        ),
        "median": "median",
        "replies": "replies",
        "delay": "Waiting time",
        "by_hour": "Median by the hour the message came in",
        "hour": "Hour",
        "bucket_<1m": "< 1 min",
        "bucket_1-5m": "1–5 min",
        "bucket_5-30m": "5–30 min",
        "bucket_30m-2h": "30 min–2 h",
        "bucket_2-12h": "2–12 h",
        "bucket_>12h": "> 12 h",
        "horsemen_title": "The four horsemen and their antidotes",
        "horsemen_intro": (
            "Four patterns make arguments heavier: criticism, contempt, defensiveness and stonewalling. Each has "
            "an antidote. Turns per 100 turns; it is about the balance, not about blame."
        ),
        "horseman": "Horseman",
        "antidote": "Antidote",
        "antidote_gentle_startup": "a gentle start (naming your own need)",
        "antidote_appreciation": "appreciation and thanks",
        "antidote_responsibility": "taking responsibility, saying sorry",
        "antidote_self_soothing": "calming down, giving space",
        "ratio_title": "Positive and negative",
        "ratio_intro": (
            "The number of strong moments (keys) against the number of negative ones (criticism, contempt, "
            "defensiveness, dismissing, stonewalling). In couples who are doing well, the positive moments "
            "clearly outweigh the negative ones, even during an argument."
        ),
        "ratio_overall": "Whole chat",
        "ratio_tense": "Tense stretches",
        "ratio_tense_hint": "{stretches} stretches, {turns} turns around a negative moment",
        "positive": "positive",
        "negative": "negative",
        "ratio": "ratio",
        "ratio_value": "{ratio} : 1",
        "no_negative": "no negative moments",
        "best_title": "Good moments",
        "best_intro": "Turns where several keys come together, with what the program recognises in them.",
        "learn_title": "Moments to learn from",
        "learn_intro": "Turns with a pitfall, with an idea for saying it differently. Practice, not blame.",
        "in_reply_to": "In reply to",
        "no_examples": "No examples found.",
        "safety_title": "Safety",
        "safety_intro": (
            "{count} messages contain words about violence, threats, coercion or self-harm. We do not show those "
            "messages here. Do you feel unsafe, or are you worried about yourself or your partner? You do not "
            "have to carry this alone. You can turn to:"
        ),
        "safety_danger": "In immediate danger? Call 112 right away.",
        "method_title": "How this was made",
        "method": (
            "Every turn was read by the Hartsleutels empathy analysis, with the other person's previous turn as "
            "context. The analysis works with word lists and a little grammar: it misses irony, inside jokes, "
            "voice notes and photos. Each measure is explained in docs/chat.md."
        ),
        "chart_keys": "Keys of {name}",
        "chart_keys_desc": ("Radar chart of the eight keys for {name}: percentage of turns in which the key is heard."),
        "chart_time": "Keys per month for {name}",
        "chart_time_desc": "Line chart per month of the eight keys for {name}, per 100 turns.",
        "chart_style": "Attunement per month",
        "chart_style_desc": "Line chart of language style matching per month (0 to 1).",
        "chart_delay": "Time until a reply",
        "chart_delay_desc": "Bar chart: how many replies per waiting time, per person.",
        "table_alt": "The numbers as a table",
        "percent": "{value}%",
        "made_with": "Made with Hartsleutels",
        "pitfall_closed_question": "closed question",
        "pitfall_leading_question": "leading question",
        "pitfall_dismissive": "dismissing",
        "pitfall_criticism": "criticism",
        "pitfall_contempt": "contempt",
        "pitfall_defensiveness": "defensiveness",
        "pitfall_stonewalling": "stonewalling",
        "pitfall_unsolicited_advice": "unasked-for advice",
        "category_personal_pronouns": "personal pronouns",
        "category_impersonal_pronouns": "impersonal pronouns",
        "category_articles": "articles",
        "category_conjunctions": "conjunctions",
        "category_prepositions": "prepositions",
        "category_auxiliary_verbs": "auxiliary verbs",
        "category_adverbs": "adverbs",
        "category_negations": "negations",
        "category_quantifiers": "quantifiers",
        "short_emotional": "Emotional",
        "short_nonverbal": "Non-verbal",
        "short_perspective": "Perspective",
        "short_curious": "Curious",
        "short_needs": "Needs",
        "short_supportive": "Support",
        "short_moral": "Moral",
        "short_metaphorical": "Imagery",
        "link": "[link]",
    },
}


def t(lang: str, string: str, /, **values: object) -> str:
    """The string named ``string`` in ``lang`` ("nl" or "en"), with ``values`` filled in."""
    text = STRINGS[lang][string]
    return text.format(**values) if values else text


def key_names(lang: str) -> dict[str, str]:
    """Key code → key name in ``lang`` (from the content)."""
    from ...content import load_content

    return {k.code.value: k.name for k in load_content(lang).keys}


def delay_text(seconds: float | None, lang: str) -> str:
    """A delay in words: "45 s", "12 min", "3,5 uur" / "3.5 h", or "–" when unknown."""
    if seconds is None:
        return "–"
    if seconds < 90:
        return f"{seconds:.0f} s"
    if seconds < 5400:
        return f"{seconds / 60:.0f} min"
    hours = f"{seconds / 3600:.1f}"
    return f"{hours.replace('.', ',')} uur" if lang == "nl" else f"{hours} h"


def number(value: float, lang: str, digits: int = 0) -> str:
    """A number with the decimal comma in Dutch."""
    text = f"{value:.{digits}f}"
    return text.replace(".", ",") if lang == "nl" else text
