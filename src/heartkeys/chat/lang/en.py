# Written for Hartsleutels by the project team, in our own words: the English edition, made
# alongside the Dutch lists from our knowledge of English grammar and of how people text each
# other. Not copied from LIWC or any other dictionary or word list. Choices: contractions such
# as "i'm" and "don't" count in every category they contain (pronoun + auxiliary, negation +
# auxiliary); apostrophe-less chat spellings (im, dont, cant) are included.
"""English word lists for the chat measures (language style matching, bids, acknowledgements)."""

from __future__ import annotations

FUNCTION_WORDS: dict[str, str] = {
    "personal_pronouns": """
        i me my mine myself we us our ours ourselves you your yours yourself yourselves
        he him his himself she her hers herself they them their theirs themselves
        i'm im i've ive i'd i'll you're youre you've you'd you'll we're we've we'd we'll
        he's she's they're they've they'd they'll u ur ya y'all
    """,
    "impersonal_pronouns": """
        it its itself it's this that these those something anything everything nothing
        someone anyone everyone somebody anybody everybody nobody what which whatever
        whichever one ones oneself that's what's thats whats
    """,
    "articles": "a an the",
    "conjunctions": """
        and but or so because cause cuz coz if although though while whereas unless nor
        yet as whether once whenever
    """,
    "prepositions": """
        about above across after against along among around at before behind below beneath
        beside between beyond by despite down during except for from in inside into like
        near of off on onto out outside over past per since through throughout till to
        toward towards under until up upon with within without via
    """,
    "auxiliary_verbs": """
        am is are was were be been being have has had having do does did will would shall
        should can could may might must ought i'm im you're we're they're he's she's it's
        that's i've ive you've we've they've i'll you'll we'll they'll i'd you'd we'd
        they'd don't dont doesn't doesnt didn't didnt can't cant won't wouldn't wouldnt
        couldn't couldnt shouldn't shouldnt isn't isnt aren't arent wasn't wasnt weren't
        werent haven't havent hasn't hasnt hadn't hadnt gonna wanna gotta
    """,
    "adverbs": """
        very really just so too also only even still already always often sometimes here
        there now then again almost quite rather maybe perhaps actually probably soon
        later ever much well how when where why literally totally pretty definitely
        honestly anyway kinda sorta basically
    """,
    "negations": """
        no not never none nobody nothing nowhere neither nor don't dont doesn't doesnt
        didn't didnt can't cant cannot won't wouldn't wouldnt couldn't couldnt shouldn't
        shouldnt isn't isnt aren't arent wasn't wasnt weren't werent haven't havent hasn't
        hasnt hadn't hadnt ain't aint nope nah
    """,
    "quantifiers": """
        all any some many much more most few fewer less least lot lots several each every
        both enough plenty half whole little bit couple loads tons
    """,
}

#: A feeling word with one of these up to four words before it is the writer's own feeling.
FIRST_PERSON = "i i'm im me feel feeling felt we we're"

#: Phrases (lowercase, words separated by spaces) that announce news or share something.
NEWS_CUES = """
guess what|you know what|guess who|you'll never guess|you won't believe|i have news|
good news|bad news|big news|i have to tell you|i need to tell you|remember when|
i did it|i got it|i got the job|finally
"""

#: Phrases that ask for attention or affection ("^": only at the start of the turn).
ATTENTION_CUES = """
^look|look at this|check this out|^check this|see this|i miss you|miss you|thinking of you|
just thought of you|thought of you|i love you|love you|big hug|hugs
"""

#: Words that show a reply takes the other's message in (besides questions and laughter).
ACK_WORDS = """
oh ooh wow whoa aw aww ah ahh oops yay nice great cool lovely amazing awesome sweet
congrats congratulations sorry thanks thank ty yes yeah yep no nope hmm true exactly
right sure totally seriously omg damn ugh bummer glad fair gotcha
brilliant fantastic wonderful beautiful cute
"""
