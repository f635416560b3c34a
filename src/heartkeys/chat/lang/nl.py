# Written for Hartsleutels by the project team, in our own words, from our knowledge of Dutch
# grammar and of how people text each other. Not translated or copied from LIWC or any other
# dictionary or word list. Choices: "het" and "'t" count as articles (not as pronouns); "zijn"
# is both a personal pronoun and an auxiliary verb; chat spellings (m'n, mn, k, idd) are included.
"""Dutch word lists for the chat measures (language style matching, bids, acknowledgements)."""

from __future__ import annotations

FUNCTION_WORDS: dict[str, str] = {
    "personal_pronouns": """
        ik k 'k me mij mijn m'n mn mezelf mijzelf jij je jou jouw jouwe jezelf u uw jullie
        hij hem zijn z'n zn zichzelf zij ze haar hen hun wij we ons onze onszelf elkaar
        ge gij d'r
    """,
    "impersonal_pronouns": """
        dit dat deze die iets niets niks alles iemand niemand iedereen wat welk welke men
        zoiets zulke zo'n dezelfde hetzelfde watte ietsje
    """,
    "articles": "de het 't een 'n",
    "conjunctions": """
        en maar of want dus omdat als toen terwijl hoewel tenzij zodat doordat nadat voordat
        zodra noch ofwel zowel hetzij aangezien indien mits zolang alsof wanneer
    """,
    "prepositions": """
        aan achter bij binnen boven buiten door in langs met na naar naast om onder op over
        per rond rondom sinds te tegen tijdens tot tussen uit van via volgens voor vanaf
        vanuit zonder ondanks wegens richting jegens behalve vanwege
    """,
    "auxiliary_verbs": """
        ben bent is zijn was waren geweest wees heb hebt heeft hebben had hadden gehad
        word wordt worden werd werden geworden zal zult zullen zou zouden kan kun kunt
        kunnen kon konden wil wilt willen wou wilde wilden moet moeten moest moesten mag
        mogen mocht mochten hoef hoeft hoeven hoefde ga gaat gaan ging gingen laat laten liet
    """,
    "adverbs": """
        heel erg echt zo ook al nog wel even gewoon misschien soms vaak altijd nu dan hier
        daar er waar hoe waarom straks later weer alleen zelfs eigenlijk toch best bijna
        meteen gauw vast zeker juist pas eens ooit ineens vooral natuurlijk helemaal nogal
        trouwens inderdaad idd nou zeer ongeveer gelijk alvast binnenkort zometeen
    """,
    "negations": "niet geen nooit niets niks niemand nergens nee neen noch nimmer evenmin geeneens",
    "quantifiers": """
        alle allemaal elk elke ieder iedere veel vele weinig meer meest meeste minder minst
        enkele sommige paar beetje genoeg beide allebei hele half halve zoveel aantal
        allerlei diverse verscheidene tal
    """,
}

#: A feeling word with one of these up to four words before it is the writer's own feeling.
FIRST_PERSON = "ik k 'k me mij voel ben we wij"

#: Phrases (lowercase, words separated by spaces) that announce news or share something.
NEWS_CUES = """
raad eens|weet je wat|weet je wie|moet je horen|je raadt nooit|ik heb nieuws|goed nieuws|
slecht nieuws|groot nieuws|ik moet je iets vertellen|je gelooft nooit|weet je nog|
het is gelukt|ik heb het|ik ben aangenomen|eindelijk
"""

#: Phrases that ask for attention or affection ("^": only at the start of the turn).
ATTENTION_CUES = """
^kijk|kijk eens|moet je zien|zie je dit|check dit|ik mis je|mis je|ik denk aan je|
heb net aan je gedacht|denk aan jou|ik hou van je|hou van je|dikke kus|knuffel
"""

#: Words that show a reply takes the other's message in (besides questions and laughter).
ACK_WORDS = """
oh ooh o wauw wow jeetje jee oei oeps ah aah aww ahh leuk fijn mooi top gaaf vet super
balen jammer klopt precies zeker graag dank dankje dankjewel bedankt thanks ja jaa jep
nee hmm goed lief snap begrijp sorry gefeliciteerd proficiat knap gezellig heerlijk
lekker serieus pff pfff tof zalig nice cool joh ohja ohh
"""
