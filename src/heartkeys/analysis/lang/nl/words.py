"""Dutch function-word sets the recognizers use to read structure (who, negation, questions).

Written by the Hartsleutels team from our own knowledge of Dutch grammar and chat spelling
(including Flemish forms such as "ge", "gij", "u" as object); not taken from any word list.
All entries are folded (lowercase, no accents), as the analyzer compares folded tokens.
"""

SECOND_PERSON = frozenset(
    [
        "je",
        "jij",
        "jou",
        "jouw",
        "jouwe",
        "u",
        "uw",
        "ge",
        "gij",
        "gy",
        "ji",
        "jullie",
        "jezelf",
        "jouzelf",
        "zelf",
        "ze_jij",
        "jw",
    ]
)
FIRST_PERSON = frozenset(
    ["ik", "k", "'k", "me", "mij", "mijn", "m'n", "mn", "we", "wij", "ons", "onze", "mezelf", "mijzelf"]
)
SUBJECT_PRONOUNS = frozenset(
    [
        "je",
        "jij",
        "ik",
        "k",
        "we",
        "wij",
        "hij",
        "zij",
        "ze",
        "het",
        "dat",
        "dit",
        "er",
        "u",
        "ge",
        "gij",
        "jullie",
        "men",
        "iemand",
        "alles",
        "iets",
        "die",
    ]
)
NEGATIONS = frozenset(["niet", "geen", "nooit", "niks", "niets", "nergens", "nie", "ni", "nimmer", "allerminst"])
CLAUSE_BREAKS = frozenset(
    [
        ",",
        ";",
        ":",
        ".",
        "!",
        "?",
        "…",
        "(",
        ")",
        "-",
        "–",
        "—",
        "maar",
        "want",
        "omdat",
        "terwijl",
        "hoewel",
        "en",
        "of",
        "dus",
        "toen",
        "als",
        "zodat",
        "doch",
    ]
)
# Words that may open a sentence before its real start ("En hoe gaat het nu?", "Hé, ben je boos?").
OPENERS = frozenset(
    [
        "en",
        "maar",
        "dus",
        "oke",
        "oké",
        "ok",
        "okay",
        "nou",
        "ja",
        "nee",
        "hé",
        "he",
        "hey",
        "hoi",
        "hee",
        "joh",
        "schat",
        "lieverd",
        "lief",
        "liefje",
        "babe",
        "allez",
        "amai",
        "zeg",
        "ah",
        "oh",
        "och",
        "ach",
        "oei",
        "hm",
        "hmm",
        "mm",
        "trouwens",
        "btw",
        "maat",
        "gast",
        "kerel",
    ]
)
# A summarising opener that makes a statement with "?" a restatement to check, not a yes/no
# question ("Dus de verhuizing valt je zwaarder dan je dacht?").
SUMMARY_OPENERS = frozenset("dus oftewel kortom eigenlijk".split())
# Particles that make a statement with "?" an assumption to confirm, not a restatement.
ASSUMING = frozenset("toch heus nou serieus echt".split())
QUESTION_WORDS = frozenset(
    [
        "hoe",
        "wat",
        "waarom",
        "wanneer",
        "waar",
        "wie",
        "welke",
        "welk",
        "waardoor",
        "waarover",
        "waarmee",
        "waarvan",
        "waarin",
        "waaraan",
        "waarop",
        "waarbij",
        "waarnaar",
        "hoezo",
        "hoeveel",
        "wat's",
        "watte",
        "welkeen",
        "hoelang",
        "hoevaak",
    ]
)
# Prepositions that may stand before a question word ("Met wie…", "Over welke…").
QUESTION_PREPOSITIONS = frozenset(
    ["met", "over", "van", "voor", "naar", "bij", "op", "in", "aan", "door", "om", "tegen", "sinds", "vanaf", "tot"]
)
# Finite verbs that follow a question word in a real question ("Wat is er", "Hoe voel je…").
FINITE_VERBS = frozenset(
    [
        "is",
        "ben",
        "bent",
        "was",
        "waren",
        "zijn",
        "wordt",
        "word",
        "werd",
        "heb",
        "hebt",
        "heeft",
        "had",
        "hadden",
        "hebben",
        "kan",
        "kun",
        "kunt",
        "konden",
        "kon",
        "zal",
        "zult",
        "zou",
        "zouden",
        "wil",
        "wilt",
        "wilde",
        "wou",
        "moet",
        "moest",
        "mag",
        "mocht",
        "ga",
        "gaat",
        "ging",
        "gingen",
        "doe",
        "doet",
        "deed",
        "deden",
        "voel",
        "voelt",
        "voelde",
        "vind",
        "vindt",
        "vond",
        "denk",
        "denkt",
        "dacht",
        "zie",
        "ziet",
        "zag",
        "weet",
        "wist",
        "maak",
        "maakt",
        "maakte",
        "zit",
        "zat",
        "zeg",
        "zegt",
        "zei",
        "kom",
        "komt",
        "kwam",
        "blijf",
        "blijft",
        "bedoel",
        "bedoelt",
        "helpt",
        "help",
        "hielp",
        "heet",
        "speelt",
        "speel",
        "loopt",
        "liep",
        "leek",
        "lijkt",
        "klinkt",
        "klonk",
        "gebeurt",
        "gebeurde",
        "ervaar",
        "ervaart",
        "merk",
        "merkt",
        "raakt",
        "raakte",
        "houdt",
        "hou",
        "hield",
        "wens",
        "wenst",
        "hoop",
        "hoopt",
    ]
)
# Verbs that open a yes/no question when followed by a subject ("Ben je boos?", "Heb je…").
# Any verb can do this in Dutch; this list only helps when the "?" is missing.
CLOSED_STARTERS = FINITE_VERBS | frozenset(
    [
        "zullen",
        "zullen",
        "kunnen",
        "willen",
        "mogen",
        "moeten",
        "snap",
        "snapt",
        "begrijp",
        "begrijpt",
        "mis",
        "mist",
        "baal",
        "baalt",
        "schaam",
        "schaamt",
        "twijfel",
        "twijfelt",
        "slaap",
        "slaapt",
        "eet",
        "eet",
        "werk",
        "werkt",
    ]
)
# Words that make a question one about the partner's inner world (feelings, wishes, views).
INNER_WORLD = frozenset(
    [
        "voel",
        "voelt",
        "voelde",
        "gevoel",
        "gevoelens",
        "vind",
        "vindt",
        "vond",
        "denk",
        "denkt",
        "dacht",
        "wil",
        "wilt",
        "wilde",
        "wens",
        "wenst",
        "nodig",
        "behoefte",
        "ervaar",
        "ervaart",
        "ervaring",
        "bang",
        "boos",
        "verdrietig",
        "blij",
        "erg",
        "raakt",
        "raakte",
        "zit",
        "dwars",
        "stoort",
        "mis",
        "mist",
        "baal",
        "baalt",
        "schaam",
        "schaamt",
        "vertrouw",
        "vertrouwt",
        "hoop",
        "hoopt",
        "twijfel",
        "twijfelt",
        "bedoelde",
        "bedoel",
        "bedoelt",
        "gaat",
        "lukt",
        "ok",
        "oke",
        "oké",
        "goed",
    ]
)
REPORTING_VERBS = frozenset(
    [
        "zei",
        "zegt",
        "zeiden",
        "zeggen",
        "riep",
        "roept",
        "vroeg",
        "vraagt",
        "schreef",
        "schrijft",
        "appte",
        "appt",
        "noemde",
        "noemt",
        "citeer",
        "citaat",
    ]
)
# Permission and reassurance around "altijd"/"nooit" that make it kind, not a reproach.
KIND_MODALS = frozenset(["mag", "mogen", "kan", "kunt", "kun", "hoeft", "hoef", "hoeven", "durf"])
POSITIVE_WORDS = frozenset(
    [
        "lief",
        "lieve",
        "fijn",
        "fijne",
        "leuk",
        "leuke",
        "goed",
        "goede",
        "mooi",
        "mooie",
        "sterk",
        "sterke",
        "knap",
        "slim",
        "grappig",
        "geweldig",
        "zorgzaam",
        "attent",
        "eerlijk",
        "welkom",
        "gelukkig",
        "blij",
        "trots",
        "bereid",
        "er",
        "welkom",
        "thuis",
    ]
)
ALWAYS_NEVER = frozenset(["altijd", "nooit", "steeds", "telkens", "constant", "eeuwig", "continu"])
# Sentence-initial imperatives that usually give advice ("Bel haar gewoon.").
IMPERATIVES = frozenset(
    [
        "bel",
        "ga",
        "zeg",
        "praat",
        "neem",
        "probeer",
        "stop",
        "doe",
        "vraag",
        "gebruik",
        "maak",
        "zoek",
        "schrijf",
        "plan",
        "eet",
        "drink",
        "stuur",
        "app",
        "vertel",
        "negeer",
        "laat",
        "kies",
        "begin",
        "leg",
        "blijf",
        "geef",
        "pak",
        "zet",
        "regel",
        "check",
        "kijk",
        "denk",
        "stap",
        "hang",
        "zorg",
        "meld",
        "bespreek",
        "blokkeer",
        "haal",
    ]
)
# Tokens that mark playful teasing, so mild sarcasm cues are not taken as contempt.
PLAYFUL = frozenset(
    [
        "😂",
        "🤣",
        "😜",
        "😝",
        "😘",
        "😉",
        "😋",
        "😆",
        "haha",
        "hahaha",
        "hihi",
        "grapje",
        "geintje",
        "jk",
        "lol",
        "xd",
    ]
)
# Content-word filter for the paraphrase check: frequent words that carry no content.
STOPWORDS = frozenset(
    [
        "de",
        "het",
        "een",
        "en",
        "of",
        "maar",
        "dat",
        "die",
        "dit",
        "deze",
        "daar",
        "hier",
        "er",
        "is",
        "ben",
        "bent",
        "was",
        "waren",
        "zijn",
        "wordt",
        "werd",
        "heb",
        "hebt",
        "heeft",
        "had",
        "hadden",
        "hebben",
        "ik",
        "je",
        "jij",
        "jou",
        "jouw",
        "u",
        "uw",
        "hij",
        "zij",
        "ze",
        "we",
        "wij",
        "ons",
        "onze",
        "mijn",
        "me",
        "mij",
        "zich",
        "zelf",
        "ook",
        "nog",
        "al",
        "wel",
        "niet",
        "geen",
        "nooit",
        "altijd",
        "heel",
        "erg",
        "zo",
        "te",
        "van",
        "voor",
        "naar",
        "met",
        "op",
        "in",
        "aan",
        "bij",
        "om",
        "uit",
        "tot",
        "over",
        "door",
        "als",
        "dan",
        "toen",
        "nu",
        "wat",
        "hoe",
        "wie",
        "waar",
        "waarom",
        "wanneer",
        "welke",
        "kan",
        "kun",
        "kunt",
        "zal",
        "zou",
        "wil",
        "wilt",
        "moet",
        "mag",
        "ga",
        "gaat",
        "doe",
        "doet",
        "gedaan",
        "echt",
        "gewoon",
        "even",
        "eens",
        "toch",
        "maar",
        "nou",
        "ja",
        "nee",
        "oke",
        "ok",
        "hoor",
        "zeg",
        "dus",
        "want",
        "omdat",
        "terwijl",
        "hem",
        "haar",
        "hun",
        "men",
        "iets",
        "niets",
        "iemand",
        "alles",
        "veel",
        "weinig",
        "meer",
        "minst",
        "meest",
        "vandaag",
        "morgen",
        "gisteren",
        "weer",
        "ook",
        "wel",
        "best",
        "beetje",
        "ff",
        "denk",
        "vind",
        "weet",
        "snap",
        "voel",
        "heel",
        "helemaal",
        "zeker",
        "misschien",
        "gaan",
        "komen",
        "komt",
        "kwam",
        "zegt",
        "zei",
    ]
)
# Function words for telling Dutch from English (frequent, and rare in the other language).
LANG_MARKERS = frozenset(
    [
        "de",
        "het",
        "een",
        "en",
        "ik",
        "je",
        "jij",
        "niet",
        "wat",
        "dat",
        "is",
        "zijn",
        "ben",
        "bent",
        "van",
        "voor",
        "met",
        "op",
        "maar",
        "ook",
        "wel",
        "nog",
        "heb",
        "hebt",
        "heeft",
        "er",
        "als",
        "dan",
        "naar",
        "mij",
        "me",
        "mijn",
        "jou",
        "jouw",
        "we",
        "wij",
        "ze",
        "zij",
        "hoe",
        "waarom",
        "echt",
        "gewoon",
        "toch",
        "even",
        "eens",
        "nou",
        "hoor",
        "zo",
        "al",
        "geen",
        "kan",
        "wil",
        "moet",
        "zou",
        "ga",
        "gaat",
        "doe",
        "doet",
    ]
)
# Intensifiers and fillers that phrase matching skips ("ik snap echt heel goed dat…").
FILLERS = frozenset(
    [
        "echt",
        "heel",
        "gewoon",
        "even",
        "ff",
        "eventjes",
        "eens",
        "nogal",
        "behoorlijk",
        "enorm",
        "ontzettend",
        "hartstikke",
    ]
)
# Verbs of inner life after "je"/"jij": "je verlangt naar…", "je merkt dat…", "je had gehoopt…".
# A statement that says what goes on inside the partner is perspective-taking.
INNER_VERBS = frozenset(
    """
    voelt voelde voel merkt merkte verlangt verlangde hoopt hoopte gehoopt droomt droomde
    ervaart ervoer bedoelt bedoelde baalt baalde schaamt schaamde twijfelt twijfelde worstelt
    worstelde verheugde verheugt snakt snakte schrok schrikt verheugd gehoopt verwacht
    bedoeld gedacht gemist wenst wenste beseft besefte realiseert realiseerde
    """.split()
)
# Hedges that mark a guess about the partner's inner world ("je voelde je vast verloren").
HEDGES = frozenset("vast waarschijnlijk misschien denk volgens allicht wellicht natuurlijk".split())
# Question words that usually ask for facts (place, time, amount, choice): such an open question
# is curious empathy only when it is about the partner's inner world.
FACTUAL_WH = frozenset("waar wanneer wie hoeveel hoelang welk welke waarmee hoelaat".split())
# A whole reply made only of these closes the door on a message that asked for something.
CURT = frozenset("k ok oke oké okay prima best boeiend klaar niks niets whatever pff mwah tja ... … 👍 👌 🙄".split())
# In an open question to the partner these ask for a need ("Wat zou je helpen?").
NEED_QUESTION = frozenset("nodig helpen helpt hielp behoefte missen verlangen verlang".split())
# One-word check-in tags that end with "?" without asking anything.
TAGS = frozenset("oke oké ok okay toch he hè hé ja nee echt right goed prima hm hmm serieus".split())
# Words that make an open question one about how the partner's story came about ("Waarover ging de ruzie?").
STORY_WORDS = frozenset(
    "gebeurd gebeurde gebeurt kwam komt over ging gaat begon begonnen begint uitgegaan aanleiding oorzaak veroorzaakt veroorzaakte geleid leidde uitgelokt".split()
)
# Words that point back at what the partner said ("Why did you decide on that?"): an open
# question with one of them, answering a message, is about that message (specific curiosity).
BACK_REFERENCE = frozenset("dat dit die deze daar daarvan daarover daarmee daardoor".split())
# Between "you" and a feeling word these make it a wish, promise or advice, not a reflection of
# what the partner feels now ("you deserve to feel safe", "je zult je weer blij voelen").
IRREALIS = frozenset("verdient verdien wil wilt kan kunt zou zouden hoop hoopt mag".split())
# "Too"/"ook": a sentence about the writer that adds their own version of the partner's story.
ADDITIVE = frozenset("ook eveneens evengoed".split())
# "Wat voor…", "welk soort…": the noun after them comes before the verb of the question.
KIND_OF = frozenset("voor soort".split())
# Dutch splits "waarvan" into "waar … van": with one of these last, "waar" asks "what", not "where".
R_PARTICLES = frozenset("van in over mee aan op naar door uit bij om tegen achter".split())
# "Yes"/"ja" opening a "yes, but": defensive only when the partner complained or told a feeling.
YES_WORDS = frozenset("ja jaa jawel jah ok oke oké okay tuurlijk natuurlijk goed nou".split())
# "Sounds like…"/"klinkt alsof…": a frame that takes the partner's side, also around "always".
SEEM_WORDS = frozenset("klinkt klonk lijkt leek alsof".split())
# Words that make a message a reproach even without a feeling word ("the bins still aren't out").
REPROACH_WORDS = frozenset("weer alweer nog steeds nogsteeds nooit altijd".split())
# An assuming particle inside a question to the partner makes it push an answer ("Je bent toch
# niet jaloers?"); a closing agreement tag does the same ("…, vond je niet?").
LEADING_PARTICLES = frozenset("toch".split())
AGREEMENT_TAGS: tuple[tuple[str, ...], ...] = (
    ("vind", "je", "niet"),
    ("vond", "je", "niet"),
    ("vindt", "je", "niet"),
    ("vind", "je", "ook", "niet"),
    ("vond", "je", "ook", "niet"),
    ("niet", "dan"),
    ("of", "niet"),
)
# A question that opens with one of these asks a favour or offers, even with "toch" in it.
REQUEST_STARTERS = frozenset("kun kan kunt wil wilt zou zal mag mogen zullen".split())
# A "why" question to the partner is often a reproach in question form.
WHY_WORDS = frozenset("waarom waarvoor hoezo".split())
# Judgements of a situation that fit any bad news ("that sounds awful", "wat vervelend"): generic
# sympathy, a weak emotional signal. Other evaluative words name a particular experience
# ("frustrating", "vernederend") and count as reflecting the partner's feeling.
GENERIC_EVAL = frozenset(
    """
    rot naar kut klote vervelend balen zwaar lastig moeilijk erg stom shit pech jammer k*t kloten beroerd rottig akelig vreselijk verschrikkelijk veel
    """.split()
) | frozenset(("niet leuk", "niet fijn", "niet tof"))
# Verb + "you" followed by a comma is a filler in speech ("Dus, weet je, het…"), not a question.
DISCOURSE_TAGS: frozenset[tuple[str, str]] = frozenset(
    (("weet", "je"), ("weet", "jij"), ("snap", "je"), ("zie", "je"), ("hoor", "je"))
)
# After "that must…"/"dat moet…" these make it a guess at how it was for the partner ("it must
# have meant so much", "dat moet veel voor je betekend hebben").
MUST_TAIL = frozenset("gevoeld geweest voelen zijn betekend betekenen gedaan doen geraakt raken".split())
# "Because you…"/"omdat jij…" opening a counter-reproach.
BECAUSE = frozenset("omdat want aangezien".split())
# A message with one of these tells how the writer feels: answering it with a sigh is contempt.
FEEL_WORDS = frozenset("voel voelt voelde gevoel gevoelens".split())
# Words that are a put-down only as the whole answer ("Boring."), not when they describe something
# ("fine, boring. loads of emails").
DESCRIBING_WORDS = frozenset("saai".split())
