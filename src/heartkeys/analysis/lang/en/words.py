"""English function-word sets the recognizers use to read structure (who, negation, questions).

Written by the Hartsleutels team from FRAMEWORK.md and our own knowledge of everyday English
grammar and chat spelling (US and UK forms, "u", "ur", "im", "dont", "gonna", "idk"); not taken
from any dataset, word list or other project. The constant names match ``lang/nl/words.py``.
All entries are folded (lowercase, no accents, straight apostrophes), as the analyzer compares
folded tokens; "don't" and "dont" are both listed because chat often drops the apostrophe.
"""

SECOND_PERSON = frozenset(
    """
    you your yours yourself yourselves you're youre you've youve you'd youd you'll youll
    u ur urs urself ya y'all yall ya'll ye yer yourr
    """.split()
)
FIRST_PERSON = frozenset(
    """
    i me my mine myself we us our ours ourselves i'm im i've ive i'd i'll we're we've we'd
    we'll lemme mah
    """.split()
)
SUBJECT_PRONOUNS = frozenset(
    """
    i you u we he she it they that this there one someone somebody everyone everybody anyone
    anybody nobody everything something nothing people who y'all yall ya i'm im you're youre
    ur we're he's she's it's its they're that's thats there's i've ive you've youve we've
    they've i'd you'd he'd she'd we'd they'd i'll you'll youll he'll she'll we'll they'll
    it'll that'll
    """.split()
)
# Apostrophe forms ending in "n't" are negations already (the analyzer checks the ending);
# these are the other negators plus the apostrophe-less chat spellings.
NEGATIONS = frozenset(
    """
    not never nothing nothin nobody noone no-one none nowhere neither nor cannot
    dont doesnt didnt isnt arent wasnt werent wont wouldnt couldnt shouldnt havent hasnt
    hadnt aint cant mustnt neednt
    """.split()
)
CLAUSE_BREAKS = frozenset(
    """
    , ; : . ! ? … ( ) - – — but because cause cuz coz bc since while whereas although though
    and or when whenever if unless until till then yet
    """.split()
)
# Words that may open a sentence before its real start ("And how are you now?", "Hey, you ok?",
# "Just call her.").
OPENERS = frozenset(
    """
    and but so ok okay okey k kk well yeah yea yeh yes yep yup ya no nah nope hey hi hello heya
    oh ah aw aww awh ahh hmm hm mm um uh erm babe baby honey hon love luv sweetie sweetheart
    darling dear btw also anyway anyways listen look wow omg ugh lol just maybe honestly
    seriously plus alright right sorry tbh hunny hun buddy bud dude bro mate
    """.split()
)
# A summarising opener that makes a statement with "?" a restatement to check, not a yes/no
# question ("So the move has been harder than you thought?").
SUMMARY_OPENERS = frozenset("so basically sounds".split())
# Particles that make a statement with "?" an assumption to confirm, not a restatement.
ASSUMING = frozenset("surely really seriously".split())
QUESTION_WORDS = frozenset(
    """
    how what why when where who whom whose which whatever wat wut wht wot y how's hows what's
    whats why's whys when's whens where's wheres who's whos how'd howd what'd whatd why'd
    whyd where'd how're what're where're who're whatcha wassup sup
    """.split()
)
# Prepositions that may stand before a question word ("With who…", "About what…").
QUESTION_PREPOSITIONS = frozenset("with about from for to at in on of by into after since until till".split())
# Finite verbs that follow a question word in a real question ("What is…", "How do you feel…",
# "What happened…"), including chat "r" ("how r u").
FINITE_VERBS = frozenset(
    """
    am is are was were do does did have has had can could will would shall should may might
    must r isn't isnt aren't arent wasn't wasnt weren't werent don't dont doesn't doesnt didn't
    didnt haven't havent hasn't hasnt can't cant couldn't couldnt won't wont wouldn't wouldnt
    shouldn't shouldnt happened happens happening went goes made makes helped helps said says
    told bothers bothered worries worried upset upsets hurt hurts matters feel feels felt
    going happening
    think thinks thought want wants wanted need needs needed mean means meant
    """.split()
)
# Auxiliaries and modals that open a yes/no question ("Are you ok?", "Did you eat?", "Isn't it…"),
# with contracted and apostrophe-less chat forms; "wanna"/"want" cover "Wanna talk?".
CLOSED_STARTERS = frozenset(
    """
    am are is was were do does did have has had can could will would shall should may might
    must isn't isnt aren't arent wasn't wasnt weren't werent don't dont doesn't doesnt didn't
    didnt haven't havent hasn't hasnt hadn't hadnt can't cant couldn't couldnt won't wont
    wouldn't wouldnt shouldn't shouldnt mustn't shan't ain't aint r d'you dyou didja dya
    wanna want
    """.split()
)
# Words that make a question one about the partner's inner world (feelings, wishes, views).
INNER_WORLD = frozenset(
    """
    feel feels felt feeling feelings think thinks thought want wants wanted wish wishes need
    needs needed mean meant experience experienced sad angry mad upset scared afraid worried
    happy hurt hurts bother bothers bothering bothered miss missing hope hoping trust ok okay
    alright doing holding going mind heart like prefer rather matter matters important
    affect affected stressed anxious nervous lonely
    """.split()
)
REPORTING_VERBS = frozenset(
    """
    said says told tells asked asks wrote writes texted texts messaged yelled yells shouted
    shouts screamed replied replies quote quoting whispered muttered
    """.split()
)
# Permission and reassurance around "always"/"never" that make it kind, not a reproach
# ("you can always call me", "you're always welcome").
KIND_MODALS = frozenset("can could may might cn welcome allowed free".split())
POSITIVE_WORDS = frozenset(
    """
    kind sweet nice good great lovely amazing wonderful strong smart clever funny brave caring
    thoughtful honest welcome happy proud there beautiful gorgeous helpful patient generous
    supportive calm fun loving warm gentle safe best
    """.split()
)
ALWAYS_NEVER = frozenset("always allways alwys never nvr constantly continually forever".split())
# Sentence-initial imperatives that usually give advice ("Just call her.", "Tell him tomorrow.").
IMPERATIVES = frozenset(
    """
    talk tell call ring text message phone email go take try stop ask get make ignore leave
    write eat sleep drink focus quit find give start put spend avoid keep book see check set
    use plan block delete unfollow report apologise apologize think let switch change
    drop send speak say buy cancel skip turn treat grab schedule pick choose sort work read
    watch distract stay explain join walk rest journal meditate exercise confront dump
    """.split()
)
# Tokens that mark playful teasing, so mild sarcasm cues are not taken as contempt.
PLAYFUL = frozenset(
    """
    😂 🤣 😜 😝 😘 😉 😋 😆 😛 😁 haha hahah hahaha hahahah hahahaha hehe hihi lol lool lolol
    lmao lmaoo lmfao rofl jk jking kidding teasing xd
    """.split()
)
# Content-word filter for the paraphrase check: frequent words that carry no content.
STOPWORDS = frozenset(
    """
    i me my mine myself you your yours yourself u ur ya we us our ours they them their he him
    his she her it its it's this that these those there here a an the and or but so if then
    than because as at by for from in into of on onto to with without about over under up
    down out off is am are was were be been being have has had having do does did doing done
    can could will would shall should may might must not no never always just also too very
    really still even again ever only all any some much many more most less what how who
    which when where why i'm im you're youre that's thats don't dont didn't didnt can't cant
    won't wont isn't isnt wasn't ok okay yeah yes yep well oh ah hey lol like get got go
    going gonna wanna know think feel say said tell told today tomorrow yesterday now right
    maybe sure guess mean thing things something nothing anything everything someone bit lot
    kind sort quite pretty actually though anyway
    """.split()
)
# Function words for telling English from Dutch (frequent here, rare in Dutch).
LANG_MARKERS = frozenset(
    """
    the you your to it and that this what with have for not my i i'm im are were they he she
    do don't dont can can't just be but if how why would should could will about there their
    them our us from it's you're youre yeah really so no all when where who been did does
    """.split()
)
# Intensifiers and fillers that phrase matching skips ("I really totally get that…").
FILLERS = frozenset(
    """
    really very totally truly quite kinda super pretty extremely incredibly absolutely
    completely utterly honestly literally actually rly rlly realy totes
    """.split()
)
# Verbs of inner life after "you": "you felt…", "you've been struggling", "you were dreading…".
# A statement that says what goes on inside the partner is perspective-taking. Verbs that
# often follow "I" with "you" as object ("I miss you", "I hope you…") are left out on purpose.
INNER_VERBS = frozenset(
    """
    feel feels felt feeling longed longing yearned yearning struggled struggling struggle
    dreaded dreading dread craved craving ached aching sensed experienced experiencing
    regretted regretting wondered wondering doubted doubting hoped hoping wished wishing
    noticed noticing notice meant mean expected expecting realised realized realising realizing
    """.split()
)
# Hedges that mark a guess about the partner's inner world ("you probably felt lost").
HEDGES = frozenset(
    "probably maybe perhaps likely surely guess bet imagine suppose presumably must prob prolly course".split()
)
# Question words that usually ask for facts (place, time, person, choice): such an open question
# is curious empathy only when it is about the partner's inner world.
FACTUAL_WH = frozenset("where when who whom whose which where's wheres when's whens who's whos".split())
# A whole reply made only of these closes the door on a message that asked for something.
CURT = frozenset(
    "k kk ok okay okey kay fine whatever whatevs wtv meh nothing nvm mhm hm hmm pff pfft ... … 👍 👌 🙄".split()
)
# In an open question to the partner these ask for a need ("What would help you?").
NEED_QUESTION = frozenset("need needs needed help helps helped helping miss missing long longing".split())

# One-word check-in tags that end with "?" without asking anything ("Okay?", "Right?").
TAGS = frozenset("ok okay right yeah yes no really huh hm hmm mm seriously sure".split())
# Words that make an open question one about how the partner's story came about ("What was the fight about?").
STORY_WORDS = frozenset(
    "happened happen happens caused cause causes about led lead started start began begin ended end triggered trigger sparked spark".split()
)
# Words that point back at what the partner said ("Why did you decide on that?"): an open
# question with one of them, answering a message, is about that message (specific curiosity).
BACK_REFERENCE = frozenset("that this those these".split())
# Between "you" and a feeling word these make it a wish, promise or advice, not a reflection of
# what the partner feels now ("you deserve to feel safe", "je zult je weer blij voelen").
IRREALIS = frozenset("will would could can should deserve deserves want wanna gonna hope wish shall".split())
# "Too"/"ook": a sentence about the writer that adds their own version of the partner's story.
ADDITIVE = frozenset("too also".split())
# "What kind of…", "what sort of…": the noun after them comes before the verb of the question.
KIND_OF = frozenset("kind sort type of".split())
# Only Dutch splits its question words ("waar … van"); kept empty so both languages share the code.
R_PARTICLES: frozenset[str] = frozenset()
# "Yes"/"ja" opening a "yes, but": defensive only when the partner complained or told a feeling.
YES_WORDS = frozenset("yeah yes yea ya yh yep ok okay sure well true".split())
# "Sounds like…"/"klinkt alsof…": a frame that takes the partner's side, also around "always".
SEEM_WORDS = frozenset("sounds sound seems seem seemed sounded".split())
# Words that make a message a reproach even without a feeling word ("the bins still aren't out").
REPROACH_WORDS = frozenset("still again yet anymore".split())
# An assuming particle inside a question to the partner makes it push an answer ("Je bent toch
# niet jaloers?"); a closing agreement tag does the same ("…, vond je niet?").
LEADING_PARTICLES = frozenset("surely".split())
AGREEMENT_TAGS: tuple[tuple[str, ...], ...] = (
    ("don't", "you", "think"),
    ("dont", "you", "think"),
    ("wouldn't", "you", "agree"),
    ("wouldnt", "you", "agree"),
    ("wouldn't", "you", "say"),
    ("don't", "you", "agree"),
    ("dont", "you", "agree"),
)
# A question that opens with one of these asks a favour or offers, even with "toch" in it.
REQUEST_STARTERS = frozenset("can could would will may".split())
# A "why" question to the partner is often a reproach in question form.
WHY_WORDS = frozenset("why how come".split())
# Judgements of a situation that fit any bad news ("that sounds awful", "wat vervelend"): generic
# sympathy, a weak emotional signal. Other evaluative words name a particular experience
# ("frustrating", "vernederend") and count as reflecting the partner's feeling.
GENERIC_EVAL = frozenset(
    """
    awful terrible horrible bad rough tough hard crap crappy shit shitty rubbish annoying unfortunate sad difficult sucky lousy rotten nasty unpleasant
    """.split()
) | frozenset(("not great", "not nice", "not fun", "no fun", "a lot", "too much"))
# Verb + "you" followed by a comma is a filler in speech ("Dus, weet je, het…"), not a question.
DISCOURSE_TAGS: frozenset[tuple[str, str]] = frozenset(
    (("you", "know"), ("ya", "know"), ("you", "see"), ("d'you", "know"))
)
# After "that must…"/"dat moet…" these make it a guess at how it was for the partner ("it must
# have meant so much", "dat moet veel voor je betekend hebben").
MUST_TAIL = frozenset("felt feel be been meant mean hurt hurts taken take".split())
# "Because you…"/"omdat jij…" opening a counter-reproach.
BECAUSE = frozenset("because cause cuz coz bc since".split())
# A message with one of these tells how the writer feels: answering it with a sigh is contempt.
FEEL_WORDS = frozenset("feel feels felt feeling feelings".split())
# Words that are a put-down only as the whole answer ("Boring."), not when they describe something
# ("fine, boring. loads of emails").
DESCRIBING_WORDS = frozenset("boring yawn".split())
