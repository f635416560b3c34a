"""English cue phrases, one list per cue the recognizers read.

Written by the Hartsleutels team from FRAMEWORK.md's descriptions of each key and pitfall and
from everyday English couples' chat language (US and UK spelling, contractions with and without
apostrophe, "u"/"ur" chat forms added by hand). Not taken from any dataset or other project, and
not a translation of the Dutch lists: the cue names match ``lang/nl/cues.py``, the phrasing is
English. Pattern syntax: see ``heartkeys.analysis.lexicon`` — ``(a|b)`` alternatives, ``[x]``
optional, ``{SLOT}`` word lists. Intensifiers in FILLERS (words.py: "really", "totally", …) are
skipped in both patterns and text, so patterns leave them out.
"""

# Building blocks for the patterns below (plain strings, expanded like any other pattern part).
INT = "[so|soo|such|a bit|a little|a little bit|kind of|sort of|a lot|rather|too]"
YOU = "(you|u)"
YOURE = "(you're|youre|you are|ur|u r|u are|you r)"
YOUVE = "(you've|youve|you have|u have|uve)"
YOULL = "(you'll|youll|you will|u will|ull)"
IM = "(i'm|im|i am)"
IVE = "(i've|ive|i have)"
ILL = "(i'll|ill|i will)"
ID = "(i'd|id|i would)"
ITS = "(it's|its|it is)"
THATS = "(that's|thats|that is)"
WERE = "(we're|we are)"
DONT = "(don't|dont|do not)"
DIDNT = "(didn't|didnt|did not)"
CANT = "(can't|cant|cannot|can not)"
WONT = "(won't|wont|will not)"
PARTNER = "(he|she|they|you|u|my husband|my wife|my boyfriend|my girlfriend|my partner|my ex|my bf|my gf)"

SLOTS = {
    # Evaluative words for a situation: reflected ("that sounds painful") or generic sympathy.
    "EVAL": (
        "awful terrible horrible horrid rough hard tough difficult painful sad shitty crappy "
        "crap sucky rubbish dreadful scary frightening stressful frustrating annoying hurtful "
        "upsetting heartbreaking devastating exhausting draining overwhelming unfair nasty "
        "miserable brutal grim harsh heavy intense gutting crushing disappointing infuriating "
        "maddening humiliating embarrassing lousy bad unpleasant rotten sh*t s**t shit scary "
        "traumatic tiring wearing lonely confusing worrying nerve-wracking nerve-racking "
        "discouraging disheartening demoralising demoralizing isolating terrifying alarming "
        "uncomfortable unsettling distressing agonising agonizing excruciating daunting tense "
        "harrowing bleak dispiriting deflating soul-destroying insulting degrading belittling "
        "patronising patronizing disorienting disorientating bewildering jarring empty hollow "
        "raw surreal stressy"
    ).split(),
    "JOY": (
        "great amazing wonderful fantastic brilliant awesome lovely fab fabulous exciting cool "
        "incredible gorgeous beautiful fun perfect delightful epic nice wicked sweet ace "
        "marvellous marvelous splendid"
    ).split(),
    # Feelings named as nouns ("all that stress", "your grief").
    "FEELING_NOUN": (
        "fear sadness anger rage guilt pain frustration disappointment worries worry stress "
        "loneliness jealousy insecurity shame tension panic anxiety restlessness helplessness "
        "homesickness grief loss doubt doubts irritation annoyance tiredness exhaustion fatigue "
        "relief joy happiness hurt heartbreak heartache sorrow dread despair hopelessness "
        "overwhelm burnout nerves embarrassment resentment upset excitement nervousness "
        "pressure strain heartbreak"
    ).split(),
    "NEG_TRAIT": (
        "selfish lazy mean unreasonable childish immature stupid dumb self-centred self-centered "
        "selfcentered difficult annoying impossible hopeless useless worthless "
        "unreliable disrespectful ungrateful stubborn hysterical dramatic oversensitive jealous "
        "possessive stingy messy sloppy inconsiderate whiny spoiled spoilt naive cowardly "
        "arrogant controlling clingy needy heartless careless thoughtless irresponsible "
        "insensitive rude impatient paranoid crazy insane ridiculous toxic manipulative fake "
        "self-absorbed entitled lazy-ass petty bossy cruel condescending passive-aggressive "
        "irrational useless-ass"
    ).split(),
    "INSULT": [
        *(
            "idiot moron loser jerk asshole arsehole dickhead prick bitch twat wanker retard "
            "imbecile dumbass jackass douche douchebag tosser bastard cunt muppet numpty dipshit "
            "shithead knobhead bellend crybaby psycho nutcase weirdo slut whore skank scumbag "
            "dumbo halfwit nitwit twit cretin airhead dimwit nag"
        ).split(),
        "cry baby",
        "drama queen",
        "piece of shit",
        "waste of space",
        "son of a bitch",
    ],
    # Concrete images a comparison can point to ("it feels like we're on a treadmill").
    "IMAGE": [
        *(
            "train carriage blanket hole circle loop suitcase balls ball attic backpack rucksack "
            "stones stone rock boulder storm storms mountain mountains tunnel wave waves sea "
            "ocean boat ship ships anchor puzzle wall walls hell marathon sprint rollercoaster "
            "merry-go-round carousel whirlwind hurricane tornado volcano timebomb fog maze "
            "labyrinth desert oasis island prison cage treadmill wheel engine battery fuse "
            "minefield bucket rag wreck zombie robot machine circus stage battlefield battle war "
            "chess dance waltz tango journey path crossroads bridge fire flame candle sun cloud "
            "clouds rain thunder lightning ice snow winter garden flower plant tree roots seed "
            "forest jungle foundation roof mess chaos avalanche snowball tightrope eggshells "
            "quicksand abyss cliff lighthouse compass tide current river ghost rewind radio "
            "replay tape record sponge doormat puppet prisoner yo-yo pinball hamster drain "
            "vacuum swamp"
        ).split(),
        "pressure cooker",
        "time bomb",
        "ticking time bomb",
        "powder keg",
        "hamster wheel",
        "house of cards",
        "black hole",
        "broken record",
        "punching bag",
        "deep end",
        "brick wall",
        "glass house",
        "fish out of water",
        "headless chicken",
        "train wreck",
        "car crash",
        "deer in headlights",
        "two ships",
        "spinning plates",
        "dark cloud",
        "ton of bricks",
        "washing machine",
        "fairground ride",
        "pressure valve",
    ],
    "DO": [
        *"do help listen clean cook ask tidy call text care try notice remember think wash".split(),
        *"apologise apologize plan".split(),
        "pay attention",
        "show up",
        "lift a finger",
        "make time",
        "make an effort",
    ],
}

CUES = {
    # ---------------------------------------------------------------- emotional
    "feeling": [
        "{FEELING}",
        "(feel|feels|felt|feeling) (so|really|truly|not|never)? (seen|heard|understood)",
    ],
    "eval": ["{EVAL}"],
    # frames after which a feeling word reflects the partner's feeling ("you sound exhausted")
    "reflect_frame": [
        YOU + " (sound|seem|look|looked|sounded|seemed|feel|felt|are|were|are feeling|"
        "were feeling|seem to be|must be|must have been|must feel|must be feeling|might be|"
        "probably feel|probably felt) " + INT,
        YOURE + " (feeling|getting|being|still|clearly|obviously|probably)? " + INT,
        "(you've|youve|you have) been (feeling)? " + INT,
        "(that|it|this) (sounds|sounded|seems|seemed|must be|must have been|must feel|"
        "must have felt|feels|felt|looks|is|was|would be|would have been) " + INT,
        "(that's|thats|it's|its|that was|it was) " + INT,
        "(sounds|seems|must be|must have been|must feel|must've been) " + INT,
        "(i can tell|i can see|i can hear|i know|i bet|i imagine|i guess|i sense) [that] "
        "(you're|youre|you are|you feel|you felt|you were|ur|you must be|you must feel|"
        "you've been|youve been) " + INT,
        "(it sounds|sounds|it seems|seems|it looks|looks) like (you're|youre|you are|you feel|"
        "you felt|you were|you've been|youve been|ur|you're feeling|youre feeling|u r) " + INT,
        "(no wonder|of course) (you're|youre|you are|you feel|you felt|you were|ur|you got) " + INT,
        "that would make (anyone|me|you|u|anybody) (feel)? " + INT,
        "i (hear|see|can hear|can see|can tell|notice) how " + INT,
        "(that|it)? (sounds|sounded|seems|seemed) like (such a|such an|a|an|quite a|a bit of a)",
        "(that's|thats|that is|it's|its|what) (such a|such an)",
    ],
    "feeling_noun": [
        "(that|your|ur|all that|all your|all the|such|so much|this whole|that whole|your whole|"
        "all this|that kind of|the|those|these) {FEELING_NOUN}",
        "(that's|thats|that is|it's|its|sounds like|that sounds like) {FEELING_NOUN}",
    ],
    # a state of the partner said without a feeling word ("that must sting", "you're done")
    "reflect_state": [
        YOU + " (sound|seem|look|sounded|seemed|looked) (like|as if|as though)",
        "(it|that) (feels|felt|must feel|must have felt) (to you|for you) (like|as if|as though)?",
        "(it|that|this) (must|probably|might|may|maybe) (feel|feels|felt|have felt) (like|as if|as though)",
        "(it's|its|that's|thats|it is|that is) (a lot|so much|too much) (,|.|!|to deal with|"
        "to carry|to handle|on your plate|at once|all at once|for one person|for anyone)",
        "(a lot of|so much|too much|such) (pressure|stress|weight|responsibility|worry|strain) "
        "(on you|for you|to carry|on your shoulders)",
        "(you're|youre|ur|you are|you've been|youve been) going through (a lot|so much|it|hell|"
        "a hard time|a rough time|a tough time|a rough patch|the wringer)",
        "(that|it|this) (must|will|would|'ll|is going to) (sting|hurt|have hurt|have stung|"
        "be painful|cut deep|hit hard|have hit hard|get to you|weigh on you|eat at you|"
        "have cut deep|have got to you|have gotten to you|wear you down|have worn you down)",
        "(that|it) (hit|hits|has hit) (you)? hard",
        "(that|it) (got|gets|has got|has gotten) to (you|u)",
        "(you're|youre|ur|you are|you were|u r) (done|over it|fed up|at the end of your rope|"
        "at your wits end|at your wit's end|running on empty|falling apart|barely holding on|"
        "in pieces|a wreck|at breaking point|sick of it|sick and tired|still shaken|shaken up|"
        "rattled|on the edge|at your limit|hanging by a thread|struggling|not okay|not ok)",
        "(you've|youve|you have) had (enough|it|a lot)",
        "(you|u) (miss|missed) (her|him|them|your mum|your mom|your dad|your nan|your gran|"
        "grandma|grandpa|your grandma|your grandpa|your sister|your brother|your friend|home)",
        "(it's|its|it is) (weighing|eating) (on|at) (you|u)",
        "(you|u) (can't|cant|couldn't|couldnt) (sleep|stop thinking|stop crying|switch off)",
        "(you're|youre|ur|you were) (lying|laying) awake",
        "(it|this|that) (keeps|kept) (you|u) (up|awake)",
    ],
    "known_feeling": [
        "i know (how|what) (you|u) (feel|felt|mean|meant|are going through|'re going through|went through)",
        "[i] know (that|the|this) feeling",
        "i (feel|felt) (you|ya|u)",
        "i (feel|felt) the same [way]",
        "(i|i can|i totally|i really) relate",
        "(i've|ive|i have) (felt|been) (that|like that|the same|that way|this way) (too|before|myself)?",
    ],
    "shared_experience": [
        "(i've|ive|i have) (been|gone) through (something similar|the same|the same thing|similar|it too|that too|this too|something like (that|this)|the exact same)",
        "i (went|go|am going) through (the same|something similar|the same thing|that too|this too|the exact same)",
        "(the)? (same|exact same) (thing)? (happened|happens) to me",
        "(something|this|that) (similar|like that|like this) (happened|happens) to me",
        "i know what (it's|its|it is|that's|thats) like",
        "(i've|ive|i have|i) (had|struggled with|dealt with|struggle with|deal with|battled) (the same|something similar|this too|that too|it too|the same thing)",
        "(i'm|im|i am|i was|i've been|ive been) in the same (boat|situation|position|place|spot)",
        "(i've|ive|i have) been (there|in your shoes|where you are)",
        "been there",
    ],
    "me_too": [
        "welcome to the club",
        "(so)? relatable",
        "(me too|same|same here|me as well|i do too|i feel the same|samesies|i did too|ditto|"
        "i'm the same|im the same|me also|so do i|so did i|i know right)",
    ],
    "sympathy_strong": [
        "what a {EVAL} (day|week|time|situation|night) (for you|you've had|youve had)",
        "how {EVAL} for (you|u|you both|you two)",
        "(that's|thats|that sounds|sounds|it's) [so] {EVAL} for (you|u)",
        "what a (relief|gift|blessing|lucky break|great news|good news|lovely news|brilliant news|result)",
    ],
    "sympathy": [
        "how [so] {EVAL} (!|.|…|,|for you|to hear|that|of them|of him|of her|😢|😞|😔|🥺)",
        "how {EVAL} (!|.|…)",
        "what a {EVAL} (day|week|thing|situation|time|morning|night|experience|shift|weekend|"
        "year|month|thing to happen|fight|mess)",
        "what a (nightmare|mess|bummer|shame|pity|disaster|drag|pain|headache|day|week|ordeal|"
        "letdown|let down|blow|shock|rubbish day|crap day|shit day|shitty day)",
        "(oh|ah|aw|aww|awh|awe) (no|noo|dear|god|gosh|man|jeez|geez|love|babe|baby|honey|hon|"
        "sweetie|sweetheart|darling|my god|my gosh|bless|mate|boo)",
        "(ouch|oof|yikes|jeez|geez|gosh|bummer|blimey)",
        "(that|this|it|that all|which|ugh that|man that|god that) (sucks|stinks|blows|bites)",
        "(that's|thats|that is|what a|sounds) (rough|shit|crap|crappy|pants|rubbish|a shame|"
        "such a shame|too bad|a nightmare|a bummer|gutting|the worst|harsh|brutal|unlucky|"
        "bad luck|so unfair|a lot|a lot to deal with|so much)",
        "(sorry|so sorry|i'm sorry|im sorry|i am sorry|i'm so sorry|im so sorry|so so sorry) "
        "(to hear|to hear that|to hear this|that happened|this happened|it happened|for your loss|"
        "about your|that happened to you|it went that way)",
        "[my] (condolences|deepest condolences|sympathies|deepest sympathies)",
        "(what|that's|thats|such) a (shame|pity)",
        "(so|too) (sad|bad|awful|horrible) to hear",
        "ugh (i'm sorry|im sorry|sorry|no|that sucks|that's awful|thats awful|how awful|poor you|babe|love|hon)",
        "(oh|aw|aww) (noo|nooo)",
        "bad luck",
        "(that|this) (is|was|'s) (awful|horrible|terrible|sad|hard) to hear",
        "(it|that|this|which) (can|could) be [so|such a] {EVAL}",
        "(it's|its|it is|that's|thats|that is|it isn't|it isnt) not (always)? easy",
        "(it's|its|it is|that's|thats|that is) never easy",
        "(that's|thats|that is|how|so|very|it's|its) unfortunate",
        "unfortunate to hear",
        "(i feel|i'm|im|i am|feel) [so|kind of|kinda|a bit] sorry for (you|u|ya)",
        "sorry (about|for) (your|ur) (situation|loss|troubles|struggles|pain|day|week|news)",
        "(that|it) (sounds|seems) (like)? (a lot|so much|too much)",
    ],
    # warm wishes: a small act of compassion
    "warm_wish": [
        "(i)? hope (you|u) (feel|get|are|'re|will be) (better|well|ok|okay|alright|good|some rest)",
        "(i)? hope (it|things|everything) (gets|get|goes|go|works|turns|will get|will be) (better|well|ok|okay|alright|out)",
        "(sending|sending you|lots of|so much) (love|hugs|strength|good vibes|positive vibes)",
        "(get well soon|feel better soon|hang in there|stay strong|be kind to yourself|take care of yourself)",
        "(i'm|im|i am) (thinking of|thinking about) (you|u)",
        "my thoughts are with (you|u)",
        "[i] hope (you're|youre|you are|ur|u r|u are) (doing)? (ok|okay|well|alright|better|good|holding up)",
        "[i] hope (you|u) (are|'re)? (managing|coping|hanging in)",
        # good wishes and a warm welcome: small, generic warmth
        "(good luck|best of luck|all the best|wishing you (luck|the best|well))",
        "(hopefully|i hope) (it|this|that) (helps|will help|helped)",
        "(welcome|welcome aboard|welcome to the (club|sub|group|forum))",
        "(glad|nice|good|great) to (meet|have|see) (you|ya|u) (here)?",
        "(take care|take good care of yourself|look after yourself|be gentle with yourself)",
        "(way to go|keep it up|keep going|you got this|you've got this|youve got this|you can do (it|this))",
    ],
    "resonance": [
        "(i'd|id|i would) (be|have been|feel|have felt) (too|as well|the same)",
        "(that|it|this) (scares|worries|hurts|upsets|frightens|saddens) me (too|as well)",
        "(anyone|anybody|everyone) (would|would've|would have) (been|be|feel|felt) {FEELING}",
        "(i)? miss (you|u) too",
        "(that|it) (makes|made) me [so|feel|feel so] {FEELING}",
        "(i'd|id|i would) (be|feel|have been) {FEELING} too",
        "(i've|ive|i have) missed (you|u) [so much|loads|like crazy] too",
        "i miss (you|u) [so much|loads] too",
        "(i'm|im|i feel) {FEELING} (too|as well|for you|with you|on your behalf)",
        "i feel (for|with) (you|u|ya)",
        "i feel (it|that) (too|as well|with you|in my chest|in my bones)",
        "i feel your pain",
        "(it|that|this) (breaks|broke) my heart",
        "my heart (breaks|broke|aches|ached|hurts|hurt|sank|sinks|is breaking|is aching) "
        "[for you|for u|a bit|reading this|hearing this]",
        "(i'm|im|i am|i was) (tearing up|welling up|in tears|crying|choked up|getting teary|getting emotional)",
        "i (teared|welled|choked) up",
        "(it|that|this) (gives|gave) me (chills|goosebumps|goose bumps|shivers)",
        "i (got|get|have) (chills|goosebumps|goose bumps)",
        "(i'm|im|i am) " + INT + " (happy|proud|sad|angry|mad|furious|gutted|thrilled|excited|"
        "heartbroken|devastated|fuming|upset|hurt|buzzing|emotional) (for you|for u|for ya|"
        "on your behalf|with you)",
        "(it|that) hurts me (to see|to hear|to know|too|as well)",
        "i hurt (for|with) you",
        "(i'm|im|i am) (crying|hurting|aching|raging|fuming) (with|for) you",
        "i (can|could) feel (it|that|your|how)",
    ],
    "compassion": [
        IM + " [so|so so] sorry (you're|youre|you are|ur|you have to|you had to|you've been|"
        "youve been|that you're|that youre|that you are|you went|you were|that you had to|"
        "that you have to) (going through|dealing with|feeling|facing|stuck with|struggling|"
        "hurting|in pain|alone|through|go through|deal with|been through|carrying|under)",
        "(sorry|so sorry) (you're|youre|you are|ur|you have to|you had to|you've been|"
        "youve been|you went) (going through|dealing with|facing|stuck with|struggling|"
        "hurting|in pain|go through|deal with|been through|through)",
        "i hate that (you're|youre|you are|ur|you have to|you had to|you've been|youve been) "
        "(going through|dealing with|hurting|in pain|feeling|sad|upset|alone|struggling|"
        "stressed|so stressed|so sad|deal with|go through|carrying)",
        "i hate (seeing|to see) (you|u) (like this|so|sad|upset|hurt|in pain|cry|crying|"
        "struggle|struggling|this way|hurting|stressed)",
        "i hate that (this|that|it) (happened|is happening|keeps happening|happens) to (you|u)",
        "{EVAL} for (you|u|ya)",
        "(poor|my poor|oh my poor|you poor|oh you poor) (you|thing|baby|love|darling|babe|"
        "sweetheart|honey|hon|bub|boo|lamb|kid)",
        YOU + " " + DONT + " deserve (this|that|any of this|any of that|to be treated|to feel|that treatment)",
        YOU + " (didn't|didnt|did not) deserve (this|that|any of this|any of that|to be treated|that)",
        "(nobody|no one|noone|no-one) deserves (this|that|to be treated|to feel)",
        "my heart goes out to (you|u|ya)",
        "what (you're|youre|you are|you've been|youve been|ur) going through",
        "(everything|all) (you're|youre|you are|you've been|youve been|ur) (going through|"
        "dealing with|carrying|juggling|facing)",
        YOUVE + " been through (so much|a lot|enough|hell|the wringer|so much already)",
        "(that's|thats|that is|it's|its) (a lot|so much|too much) (to carry|to deal with|"
        "for one person|on your plate|to handle)",
    ],
    "joy_strong": [
        "{JOY} for (you|u|you both|you two|ya)",
        IM + " " + INT + " (happy|glad|thrilled|excited|stoked|chuffed|delighted|over the moon|"
        "buzzing|ecstatic|pleased) for (you|u|ya|you both|you two)",
        "(so|soo) (happy|glad|thrilled|excited|stoked|chuffed|delighted|pleased) for (you|u|ya)",
        "(congrats|congratulations|congratz|congrats babe|congrats love|congratulations babe|"
        "well deserved|you earned it|you earned this|you've earned it|youve earned it|"
        "you've earned this|youve earned this)",
        YOU + " [so|soo] deserve (it|this|every bit of it|all of it|all of this)",
        "(that's|thats|that is|what|such|the|best|amazing|great) (great|amazing|fantastic|"
        "wonderful|brilliant|awesome|fab|good|incredible|exciting|best|lovely|happy) news",
        "you must be (so)? (thrilled|proud|happy|over the moon|excited|stoked|buzzing|ecstatic|"
        "relieved|chuffed|delighted)",
        "(let's|lets|we have to|we need to|we should|we gotta|time to|we must) celebrate",
        IM + " (beaming|grinning|smiling|glowing) (for you|ear to ear|so much|right now|reading this)?",
        "(this|that|you|it) (made|makes) my (day|week|year)",
        IM + " (so)? (excited|happy|thrilled) (for|with) (you|u) (both)?",
        "i share your (joy|happiness|excitement)",
    ],
    "joy_weak": [
        "how " + INT + " {JOY}",
        "what a " + INT + " {JOY} (news|idea|surprise|thing|day|moment|result|outcome|time)",
        "(that's|thats|that is|sounds|that sounds|so) " + INT + " (amazing|awesome|wonderful|"
        "fantastic|brilliant|incredible|exciting|fab|fabulous|epic)",
        "(yay|yaay|yayy|woohoo|woo hoo|whoohoo|woo|whoo|whoop|whoop whoop|hooray|hurray|"
        "hurrah|yesss|hell yes|hell yeah|fuck yes|fuck yeah|omg yes|omg yay)",
        "(wow|woww|wooow) [,|!] (amazing|congrats|congratulations|well done|that's amazing|"
        "thats amazing|so cool|brilliant|incredible|fantastic|wonderful)",
        "🎉",
        "🥳",
        "🎊",
        "👏",
        "🙌",
        "🤩",
        "(amazing|awesome|brilliant|fantastic|wonderful|incredible|fab|epic) (!|babe|love|hon|honey|man|dude|mate)",
    ],
    # ---------------------------------------------------------------- nonverbal
    "comfort_strong": [
        "(i'll|ill|i can|let me) (rub|stroke|hold|scratch|massage) (your) (back|feet|hand|head|shoulders)",
        IM + " (coming|heading|driving|leaving) (over|home|to you|right now|now|to get you|"
        "straight home|straight over|right over|round|work now|the office now)",
        IM + " (leaving|heading out) (work|now|the office|right now|early)",
        ILL + " (come|be) (over|there|home now|right there|right over|straight over|round|"
        "with you) (now|right now|asap|soon|in a bit|as soon as i can|straight away|after work|"
        "in|tonight)?",
        ILL + " be (there|with you|home|over) in (5|10|15|20|30|five|ten|fifteen|twenty|thirty|"
        "a few|half an hour|an hour|a minute|a sec|a bit|no time)",
        "[i'm|im|i am] on my way",
        "omw",
        "(want|do you want|d'you want|wanna|shall|should|can|could) (me to|i) (come|pop|swing|"
        "drive) (over|home|round|by|get you|pick you up|to you|and get you|sit with you)",
        "(i'll|ill|i will|let me|i want to|i just want to|i wanna|i need to|i wish i could) "
        "(hold|hug|cuddle) (you|u|ya)",
        "(come|come here|come over here) (and)? (cuddle|snuggle|here|to me|sit with me|"
        "let me hold you|give me a hug|for a hug)",
        "(big|huge|tight|warm|giant|massive|virtual|biggest|bear) (hug|hugs|cuddle|cuddles|squeeze|squeezes)",
        "* (hug|hugs|hugs you|holds you|holds you tight|holds your hand|cuddles you|"
        "squeezes you|squeezes your hand|kisses your forehead|wraps you up|hug hug|big hug) *",
        "sending (you)? (hugs|a hug|a big hug|cuddles|a cuddle|big hugs|all the hugs)",
        ILL + " give (you|u) (a|the biggest)? (big|huge|massive|long)? (hug|cuddle|squeeze)",
        "(can|could|may) i (give you|have) a (hug|cuddle)",
        "(let's|lets|we can|we could|shall we) (cuddle|snuggle|curl up|sit together|"
        "lie down together|get under a blanket|have a cuddle) (on the sofa|on the couch|"
        "in bed|tonight|together|later)?",
        "(i'll|ill|i will|let me|i can|i could|i'm going to|im going to) (sit|lie|stay) [down|right] "
        "(with you|next to you|beside you|by your side|close to you)",
        "(shall|should|can|could) i (come and|come)? (sit|lie|cuddle|snuggle) (with you|next to you|beside you)",
        "(want to|wanna|shall we|let's|lets|we could|how about we|fancy) (go for a walk|"
        "take a walk|go for a drive|sit outside|sit together|lie down together)",
        ILL + " hold your hand",
        "hand in hand",
        "(i'll|ill|i will) be (right)? (there|here) (for you)? (when you get home|when you wake up)",
    ],
    "comfort_weak": ["🤗", "🫂", "hug", "hugs", "cuddle", "cuddles", "* hug *", "* hugs *"],
    "hearts": [
        "❤️",
        "❤",
        "🤍",
        "💛",
        "💜",
        "💙",
        "💚",
        "🧡",
        "♥️",
        "♥",
        "💕",
        "💗",
        "💖",
        "💞",
        "😘",
        "🥰",
        "<3",
    ],
    "presence": [
        IM + " listening",
        IM + " (all ears|all yours|right here listening|listening properly|paying attention|here and listening)",
        "(i'll|ill|i will|i'm|im|i am) (be)? (right)? (by|at) your side",
        "(i'm|im|i am) staying (right here|here|with you|put|by your side|right here with you)",
        "(i'll|ill|i will) stay (right here|with you|here with you|by your side|up with you)",
        "(i'm|im|i am|i've|i have|ive) (putting|put) (my|the) (phone|laptop|mobile) (away|down)",
        "(phone|phone's|laptop|laptop's|telly|tv) (is)? (away|off|down|closed)",
        "(i've|ive|i have) got (all the)? time (for you|in the world)",
        "i have (all the)? time (for you|in the world)",
        "take (all the|your|as much) time (you need)?",
        "take your time",
        "tell me [,] i'm listening",
        "(go on|go ahead) [,] (i'm|im) listening",
        IM + " (sitting|right) (right here|here|next to you|with you|beside you)",
        "(you have|you've got|youve got|u have) my (full|undivided)? attention",
        "(i'm|im|i am) (fully|all)? here (with you|now)",
        "no (phone|screens|distractions)",
    ],
    "space": [
        "(you|u) (have|get|can have) the (house|place|flat|apartment|evening|night) to yourself",
        ILL + " give (you|u) (some|a bit of|a little|all the|the)? (space|room|time|breathing room)",
        "(take|have) (all|some)? the (space|time) you need",
        "if (you|u) need (some|a bit of|a little|more)? (space|time|a minute|a moment|"
        "to be alone|time alone|time to yourself|some quiet|quiet|a breather|room)",
        "if (you|u) (want|'d like|would like|prefer|'d rather|would rather) to be (alone|on your own)",
        "(no|there's no|theres no|there is no) (rush|pressure|hurry)",
        YOU + " " + DONT + " (have|need) to (say|talk|explain|decide|answer|tell me|reply|"
        "respond) (anything)? (right now|now|yet|tonight)?",
        YOU + " " + DONT + " (have|need) to talk about it",
        "(when|whenever|once) (you're|youre|you are|ur|you feel) (ready|up to it|up for it)",
        "in your own time",
        "(i'll|ill|i will|i can) wait",
        "(i'll|ill|i will) leave (you|u) (alone|be|to it) (if|for a bit|for now|for a while)",
        "(i'll|ill|i will|i'm|im|i am) be (here|around|there) (if|when|whenever) (you|u) (need|want|feel)",
        IM + " (here|around) (if|when|whenever) (you|u) (need|want|feel ready|are ready)",
        "no need to (reply|answer|respond|explain) (right away|now|yet)?",
        "(i'll|ill|i will) (back off|step back|give you a minute|give you a moment)",
    ],
    "breathe": [
        "(take|let's take|lets take|try to take|try taking) (a|some|a few) (deep|slow|big|long)? (breath|breaths)",
        "(breathe|breath) (in|out|slowly|deeply|with me|for a sec|for a second|for a moment|in and out)",
        "(let's|lets|we can|shall we|we could) breathe (together|for a moment|for a bit)?",
        "(deep|slow) breaths",
        "(just|ok|okay|try to|try and|remember to|first) breathe",
        "in through (your|the) nose",
        "(breathe|breathing) together",
    ],
    # ---------------------------------------------------------------- perspective
    "imagine": [
        "(it|that) (probably|must have|must've|would have|would've) (felt|been) like",
        "(you'd|youd|you had) (been)? (looking forward to|hoping for|counting on|waiting for|"
        "set your heart on|so excited about|excited about|dreading)",
        "(you were|you've been|youve been|ur) (looking forward to|hoping for|counting on|so excited about|dreading)",
        "after (everything|all) (you|you've|youve|u) (did|done|put in|gave|went through|been through|do)",
        "i (saw|noticed|could see) your face (drop|fall|change)",
        "would make me feel",
        "(that|it|this) (wasn't|wasnt|can't have been|cant have been|isn't|isnt|won't be|"
        "wont be) (easy|nothing|a small thing|small)",
        "i know (things|it|this|that|everything|work|life) (has|have|'s|is) been",
        "i (can|could) [only|just|well|fully] imagine",
        "(can|could) [only|just] imagine",
        "i " + CANT + " [even|begin to] imagine (how|what)",
        "no wonder (you|you're|youre|you are|ur|u|you've|youve|you feel|you felt)",
        "(it|that|this)? makes [total|complete|perfect|so much|a lot of] sense (that|you|why|"
        "to me that|that you|you'd|youd|you would)",
        "(it's|its|it is|that's|thats|that is) (understandable|natural|normal|human|"
        "no surprise|not surprising|only natural|only human|so understandable|totally normal) "
        "(that|you|to feel|to be|you'd|youd|you would|you feel|you felt)",
        "of course (you're|youre|you are|you feel|you felt|you were|ur|you'd|youd|you would|"
        "you did|you want|you wanted|it hurt|it hurts|that hurt|that hurts)",
        "i (get|understand|see|can see|can understand|totally get) (why|how) (you|you're|youre|ur|it|this|that|u)",
        "i (get|understand|see|can see|can understand) why",
        "i understand (that|how) (you|it|this|that)",
        "if i were in your (shoes|position|place|situation)",
        "in your (shoes|position|place|situation)",
        "(if i were you|if i was you) (i'd|id|i would) (feel|be|have felt|have been)",
        "(from|in) your (point of view|perspective|side|position|eyes)",
        "from where (you're|youre|you are|ur) (standing|sitting)",
        "(to you|for you) it (felt|feels|must have felt|must feel|seemed|seems|was|is) (like|as if)",
        "(it|that|this) must (be|have been|feel|have felt|feel like)",
        "(i'd|id|i would) (feel|be|have felt|have been|react) (the same|exactly the same|"
        "upset|angry|hurt|sad|the same way|just as|gutted|furious|like that|that way) (too)?",
        "(i'd|id|i would) (probably|definitely)? (feel|react) the same",
        "anyone (would|'d) (feel|be|have|react)",
        "(i see|i can see|i get|i understand) where (you're|youre|you are|ur) coming from",
        "i can see (it)? from your (side|point of view|perspective)",
        "i can see (how|why|that) (you|you're|youre|it|this|that)",
        "that would (hurt|upset|bother|scare|anger|annoy|get to) me (too|as well)",
        "i understand why",
        "(i'm|im|i am) (trying to)? (put|putting) myself in your shoes",
    ],
    "must_frame": [
        "(that|it|this) (must|must've|mustve|musta|must have)",
        "(that's|thats|it's|its) (got|gotta) (to)? (have)?",
        "(that|it|this) (will|would) have",
        "(you|u) (must|must've|mustve|must have)",
    ],
    # "So you…" opening a sentence: a reflection to check (also when it ends in "?")
    "so_you": [
        "so [,] (you|you're|youre|you've|youve|u|ur|you'd|your)",
        "(so|okay so|right so) (it's|its|it is|this is|that's|thats) (like|been)",
        "what (i'm|im) hearing is",
    ],
    "interpret": [
        "(matters|matter|means|mean) (so much|a lot|everything|the world)? to (you|u)",
        "let me (see|check) if (i|i've|i have) (got|get|understand) (this|that|it|you) (right|correctly)",
        "(if i understand|if i've understood|if i have understood|if i'm hearing) (you|this|it)? (correctly|right)",
        "(to sum up|so to sum up|let me sum up|in summary|if i sum up)",
        "(it|that) (sounds|seems|looks|feels) as (though|if) (you|you're|youre|u|ur|you've|youve|it|there|the)",
        "(i'm|im|i am) (also)? hearing (that|you)",
        "(i)? also am hearing (that|you)",
        "what (i|i'm|im) (hear|hearing) (is|you say)",
        "i know (how much|how|what|how hard|how important|how big) (you|u|that|this|it) "
        "(hate|hated|love|loved|mean|means|meant|matters|mattered|dread|dreaded|struggle|"
        "care about|cost|costs|was|is|were|are)",
        "so (you're|youre|ur|you are|you've been|youve been) (the one|always|basically|doing|"
        "carrying|keeping|handling|stuck|left|expected|supposed)",
        "(it|that) (sounds|seems|looks) like (you|you're|youre|u|ur|it|there|the|he|she|they|you've|youve|what)",
        "sounds like (you|you're|youre|u|ur|you've|youve|it was|it's|there's)",
        "so what (you're|youre|you are|ur|u r) saying is",
        "so (you're|youre|you are|ur|u r) saying",
        "what (you're|youre|you are|ur) saying is",
        "so (you|u) (feel|felt|mean|think|thought|want|wanted|were|are|miss|missed|need|needed|"
        "wish|wished|'re|kind of)",
        "if i (understand|hear|get|read|follow) (you|this|that|it) (right|correctly|properly)",
        "if (i'm|im|i am) (understanding|hearing|getting|reading|following) (you|this|that|it) "
        "(right|correctly|properly)",
        "am i right (that|in thinking|to think)",
        "(do|d'you|did) (you|u) mean (that)?",
        "(you mean|you're saying|youre saying|ur saying|you are saying) (that)?",
        "(is that|was that|have i got that|did i get that) (right|it|what you mean|what you meant|"
        "correct|what happened)",
        "did i (get|understand|hear) (that|you|it) (right|correctly)",
        "correct me if (i'm|im|i am) wrong",
        "let me (see if i|make sure i|check i) (get|understand|have|got|heard) (this|it|that|you)",
        "what (i'm|im|i am) hearing is",
        "i hear (you saying|that you|that it|you say)",
        "(i'm|im|i am) hearing that",
        "in other words",
        "so basically (you|it|u)",
        "so (it|this) (feels|felt|was|is) like",
        "(it's|its) like (you|you're|youre) (feel|felt|are|were)",
    ],
    "understand": [
        "i (get|understand|hear|see) (it|you|that|ya|u|what you mean|what you're saying|"
        "what youre saying|where you're coming from|the point|your point)",
        "i (get|understand|hear|see) (it|you|that) (now|completely|100%)?",
        "i understand",
        "(totally|so|very|completely|perfectly)? understandable",
        "(that|it) makes [total|complete|perfect|so much|a lot of] sense",
        "makes [total|complete|perfect|so much] sense",
        "(i've|ive|i have) been there",
        "been there",
        "i know the feeling",
        "i know (how|what) (that|it) (feels|is|feels like|'s like|is like)",
        "i know how (you|u) (feel|felt)",
        "i (feel|felt) the same [way]",
        "(i've|ive|i have) (had|felt|been through|experienced) (that|the same|something similar|that too|it too)",
        "(i|i can) (totally)? relate",
        "(so)? relatable",
        "i feel (you|ya|u)",
        "i hear (ya|u)",
        "fair enough",
    ],
    "their_truth": [
        "(that's|thats|that is|it's|its|it is|is) (completely|totally|perfectly|absolutely|so)? (fair|valid|reasonable)",
        "(your|ur) (feelings|feeling|emotions|reaction|anger|sadness|hurt|frustration|fear) "
        "(are|is|'s) (valid|understandable|fair|justified|okay|ok|real|legit|allowed|important)",
        "(that|this) (feeling|reaction) (is|'s) (valid|understandable|fair|justified|okay|ok|real|legit|allowed)",
        YOUVE + " (every|a|all the) right to (feel|be)",
        "(you're|youre|you are|ur|u r) allowed to (feel|be|cry|have)",
        "(it's|its|it is) (okay|ok|fine|alright|normal|allowed) to (feel|be) (like|that way|"
        "this way|how you feel|sad|angry|upset|hurt|mad|scared|disappointed|jealous|tired)",
        "(you're|youre|you are|ur|u r|your) (right|not wrong)",
        "(you have|you've got|youve got|u have) a (point|fair point)",
        "(that's|thats|that is) (fair|valid|legit|a fair point|a good point|true)",
        "fair point",
        "(you're|youre|you are|ur) (not|never) (crazy|wrong|being silly|overreacting|"
        "being dramatic) (to feel|for feeling|to be|for being)",
        "(that's|thats|that is) (your|how you) (truth|experience|experienced it|feel|felt|see it|saw it)",
        "(your|ur) (experience|feelings|feeling|side) (matters|matter|is real|are real|counts|count)",
        "(it|that) (matters|counts) how (you|u) feel",
        "(you|u) see it (differently|your way)",
        "(how you feel|what you feel|what you felt|how you felt) (is|was) real",
        "(you|u) (don't|dont|do not) have to pretend",
    ],
    # ---------------------------------------------------------------- curious
    "invite_open": [
        "(just|i was|i'm|im)? wondering (how|what|why|whether|if) (you|u|your|ur|things|it)",
        "(can|could|would) (you|u) (tell|say|share) (me)? (more|a bit more|a little more|what|how|about)",
        "care to (share|explain|expand|elaborate|say more)",
        "tell me (more|about it|everything|what happened|how|what|all about it|about|"
        "what's going on|whats going on|how you feel|how it went|what you're thinking)",
        IM + " (so)? (curious|wondering) (about|how|what|why|whether|if)",
        IM + " (so)? curious",
        "i wonder (how|what|why) (you|it|that|this|u)",
        "(i'd|id|i would) (love|like) to (know|hear|understand) (more|how|what|about|why)",
        "i [just|really] want to (know|hear|understand) (more|how|what|about|why|everything)",
        "(go on|keep going|say more|and then what|what else|walk me through it|walk me through|help me understand)",
    ],
    # open questions that check in on the partner ("how was your day?", "what happened?")
    "checkin": [
        "(how|what) about (you|your|the|that|this|friendship|work|school|family|home|tests|it)",
        "(what's|whats|what is|wats|wots) (up|wrong|going on|the matter|happening|happened|"
        "up with you|on your mind|bothering you|eating you)",
        "what (happened|went wrong|went on|'s happened|has happened)",
        "how (are|r) (you|u|ya) (doing|feeling|holding up|going|getting on|coping|today|now)?",
        "(how's|hows|how is) (it going|everything|things|your day|work|your week|your head|"
        "your mum|your mom|your dad|the|it)",
        "how (was|is) (your|ur) (day|evening|week|morning|night|weekend|appointment|meeting|"
        "interview|shift|chat|talk|session|date|trip|exam|test|visit|call)",
        "how (did|does) (it|that|the|your|ur) (go|feel|end|turn out|land)",
        "how (do|did) (you|u) feel (about)?",
        "what did (he|she|they|your boss|your mum|your mom|your dad|the doctor|the teacher|"
        "your manager) (say|do|mean|want|tell you)",
        "what (do|did) (you|u) (think|make of it|reckon)",
        "how (are|r) things",
        "how (you|u) (doing|holding up|feeling)",
        "what (was|is) (it|that) like",
        "what's (going|been going) on (with you|for you)",
        "what (comes|came) (back|up|to mind)",
        "what (made|makes) (it|that|you|this|u)",
        "what is it",
        "(weird|different|strange|scary|bad|hard|rough|off) how",
    ],
    "invite_talk": [
        "(do|d'you|would)? (you|u)? (want|wanna|want to|like to) (talk|chat|vent|tell me) "
        "(about it|about this|about that|more|about what happened)?",
        "(would|do) (you|u) (like|want) to (talk|chat|vent|tell me) (about it|more|about this)?",
        "would it help to (talk|vent|get it off your chest|talk about it|talk it through)",
        "(do|d'you) (you|u) feel like (talking|telling me|talking about it)",
        "(shall|should|can|could) we talk (about it|about this|about that|it through|tonight)",
        "(let's|lets) talk (about it|about this|it through|properly)",
        "talk to me",
        "if (you|u) (want|need|feel like) (to talk|to vent|talking|venting)",
        IM + " here (if|whenever|when) (you|u) (want|need) to (talk|vent|chat)",
        "get it off your chest",
        "(you can|u can) (tell|talk to) me",
        "(want|wanna) to talk",
    ],
    "logistics_q": [
        "what time",
        "(when|where|what time) (are|r|do|will|should|shall|is|did|does|can) (you|u|we|i)",
        "(when's|whens|when is) (dinner|the|your|our|it)",
        "what (are|r) we (eating|having|doing|making|getting)",
        "(what's|whats|what is) for (dinner|lunch|tea|breakfast)",
        "what (should|shall|do) i (bring|get|buy|cook|make|pick up|grab)",
        "where (is|are|'s|did you put|did i put|did we put) (the|my|your|our)",
        "(where's|wheres) (the|my|your|our)",
        "which (time|day|train|bus|one|shop|restaurant|film|movie)",
        "how much (is|was|does|did|money|time|do we)",
        "(who's|whos|who is) (picking|getting|cooking|doing|taking|driving|collecting)",
        "how (long|far) (will|is|are|till|until)",
        "(what|how) (much|many) do we (need|have)",
        "(when|what time) (do|shall|should) we (eat|leave|go|meet)",
        "where (shall|should|do) we (meet|go|eat)",
    ],
    "why_blame": [
        "why (do|did|are|were|would|have|must|'d) (you|u) (always|never|even|again|keep|"
        "constantly|still|have to|always have to)",
        "why (can't|cant|won't|wont|don't|dont|didn't|didnt|doesn't|couldn't|couldnt) (you|u) "
        "(ever|even|for once|once)",
        "why (are|r) (you|u) (so|like this|always|being so|being like this|such a|acting like)",
        "why would (you|u) (do|say|think) (that|this|something like that|such a thing)",
        "(what's|whats|what is) (wrong|the matter) with (you|u)",
        "what were (you|u) thinking",
        "how (could|can|dare) (you|u)",
        "how many times (do|have) i",
        "are (you|u) (stupid|crazy|insane|deaf|blind|kidding me|for real|thick|an idiot|dumb|mental|serious right now)",
        "(what's|whats|what is) your problem",
        "why (again|now of all times)",
        "why is it always",
        "have (you|u) (learned|learnt) nothing",
        "why (the hell|the fuck|tf|on earth|would anyone)",
        "what (the hell|the fuck|tf) (is|was) wrong with (you|u)",
        "what is it with (you|u)",
    ],
    "leading": [
        "(isn't|isnt|is not) it time (you|to|we)",
        "(you|u) agree (we|that|it's|its|this|he|she|they|it)",
        "(shouldn't|shouldnt|should not) (you|u) (be|feel|just)",
        "(wouldn't|wouldnt|would not) (you|u) (rather|prefer|like|want)",
        ", (are you|is it|do you|did you|will you|would you|wouldn't it|isn't it|aren't you|"
        "don't you|didn't you|won't you|can you|can't you|wasn't it|shouldn't you|haven't you|"
        "right|yeah|no) ?",
        "(don't|dont|do not) (you|u) (think|agree|see|get it|realise|realize|understand|feel|know)",
        "(wouldn't|wouldnt|would not) (you|u) (say|agree)",
        "surely (you|u) (know|see|understand|realise|realize|agree|get|can see)",
        "(you|u) do (know|realise|realize|understand|see) (that|that's|thats|it's|its|how|what)",
        "(you|u) (must|have to|gotta) (admit|agree|see)",
        "(just)? admit (it|that)",
        "(isn't|isnt|is not) it (obvious|better|clear|true|smarter|easier|simpler|fair) (that|to)",
        "(wouldn't|wouldnt|would not) it be (better|smarter|easier|nicer|wiser|simpler) (to|if)",
        "(isn't it|isnt it|don't you|dont you|wasn't it|wasnt it|aren't you|wouldn't you|"
        "didn't you|doesn't it|can't you|wouldn't it|shouldn't you|shouldn't we|wasn't he|"
        "wasn't she|isn't he|isn't she) ?",
        "you (agree|'d agree|would agree) (with me|that)",
        "(can't|cant) (you|u) see (that|it|how)",
        "do (you|u) (not|really not) (see|think|get|realise|realize|understand)",
        "(be honest|come on) [,] (you|u) (know|agree|think|must)",
        "(you|u) (know|knew) (i'm|im|i am) right",
        "(isn't|isnt|wasn't|wasnt) that (what|why|exactly)",
        "(you'd|youd|you would) (agree|say) (that)?",
    ],
    # ---------------------------------------------------------------- needs
    "need_word": ["{NEED}"],
    "need_name": [
        "you (need|want|could use|miss|crave|long for) [more|some] {NEED}",
        "(you're|youre) (craving|longing for|missing|looking for) [more|some] {NEED}",
        "you (needed|wanted|missed) [more] {NEED}",
        YOU + " need (some|more|a bit of|a little|a lot more|a little more|real|proper|a bit more) "
        "(time|space|rest|sleep|support|help|reassurance|quiet|attention|closeness|care|love|"
        "appreciation|recognition|comfort|peace|downtime|me time|alone time|time alone|"
        "time to yourself|fun|connection|tenderness|affection|understanding)",
        YOU + " need some {NEED}",
        YOU + " [just|mostly] (want|wanted|wanna|need|needed) to (feel|be) "
        "(seen|heard|understood|appreciated|valued|taken seriously|supported|loved|safe|"
        "respected|cared for|held|noticed|included|wanted|important|close|listened to|"
        "comforted|reassured|cherished|acknowledged|chosen|that|like|at home|trusted|a priority|"
        "part of (it|this|things|the family)|on the same team|believed|wanted here)",
        YOU + " (miss|missed|are missing|'re missing) (me|us|our|the|time|closeness|attention|"
        "feeling|being|how we|when we|having|spending)",
        "(you're|youre|you are|ur|you've been|youve been) (longing|yearning|aching|craving|hungry|desperate) for",
        "what (you|u) (need|really need|want|really want|are missing|miss|'re missing|"
        "are looking for|'re looking for|long for|are craving) (is|most is|right now is)",
        "(it|that)? (sounds|seems|looks) like (you|u) (need|want|miss|could use|are craving|"
        "'re craving|are missing|need more|want more)",
        YOU + " could (really)? use (some|a|more|a bit of|a little)? {NEED}",
        "{NEED} (is|really is|matters|is important|is so important|means a lot) (to you|for you)",
        "(for you|to you) [,] {NEED} (is|matters)",
        YOU + " [just|really|mostly] (want|wanted|need|needed) (more|a bit more|some) (of me|"
        "time with me|time together|us time|of us|from me)",
        YOU + " [just|really|mostly] (want|wanted|need|needed) (me|us) to (be|listen|notice|"
        "show|see|understand|help|ask|check|make)",
        "(deep down|underneath|under it all|what's underneath|at heart) (you|u) (need|want|wish|"
        "long for|are asking for)",
        "what (you're|youre|you are|ur) (really)? asking for is",
    ],
    "need_ask": [
        "look like for (you|u)",
        "whatever (you|u) need",
        "(you|u) need from me",
        "what (do|would|will) (you|u) need (from me|right now|now|today|most|tonight|at the moment|to feel better)?",
        "what (would|could|might|will|can) (help|make it better|make it easier|make you feel "
        "better) (you|right now|most|tonight|now)?",
        "what (helps|would help|could help|might help|will help)",
        "how (can|could|should|do) i (help|support|be there for|make it better|make this easier|"
        "make you feel better|best support|help you)",
        "what can i do (for you|to help|to make it better|to support you|right now)?",
        "what would (be|feel) (good|nice|helpful|best|better|right|comforting) (for you|to you|right now)?",
        "what do (you|u) (want|wish|long for|miss|need|crave) (most|right now|now|from me|from us|tonight)",
        "what are (you|u) (missing|needing|longing for|craving|hoping for)",
        "(what|what's|whats) (matters|is important|would make a difference|important) (to you|for you|most|to u)",
        "what would make (you|it|this|things|u|today|tonight) (feel)? (better|easier|okay|ok|"
        "lighter|good|special|right|nice|safe|loved|calmer)",
        "what would (a good day|a good evening|a good weekend|a good week|good|better|"
        "that|it|support) look like (for you|for u|to you)",
        "is there anything (i can do|you need|you'd like|that would help|u need)",
        "anything (i can do|you need|u need|that would help)",
        "what do (you|u) need",
        "what (are|r) (you|u) (hoping|wishing) for",
        "what would (you|u) (like|love|wish) (to happen|from me|from us|more of)",
    ],
    "need_self": [
        "i (need|needed|could use|could really use) (some|more|a bit of|a little|a little more|a bit more)? {NEED}",
        "i [really|just] need (you|us) to",
        "i (need|want|wanna|want to|would like to|'d like to) (to)? (feel|be) (seen|heard|"
        "understood|appreciated|valued|taken seriously|supported|loved|safe|respected|"
        "cared for|held|noticed|included|wanted|important|close|listened to|chosen)",
        "(i'd|id|i would) (so)? (love|like|appreciate|prefer) it if",
        "(i'd|id|i would) (love|like|appreciate) (some|more|a bit more|a little more) {NEED}",
        "it would (help|mean a lot|mean so much|make a difference|be nice|be good|help me|"
        "mean the world) (to me|for me)? (if|when)",
        "(it'd|itd) (help|mean a lot|mean so much|be nice|be good|mean the world) (to me|for me)? (if|when)",
        "what i (need|really need|want|really want) (is|right now is|most is)",
        "what (i'm|im|i am) (missing|needing|longing for|craving|asking for) is",
        "i (want|wish|hope) (that)? we (could|can|'d|would|will) (spend|have|do|talk|be|get|make|go|find)",
        "{NEED} (is|matters) (really|so)? (important|a lot) to me",
        "(i'm|im|i am|i've been|ive been) (longing|craving|aching|yearning|desperate) for",
        "i miss (you|us|our|the|when|how|feeling|being|spending|having|u|talking|doing)",
        "i (need|needed) (to feel|you to|us to|more time|some time|a hug|a cuddle|a break|"
        "reassurance|a bit of space|some space)",
        "can we (please)? (spend|have|make|find) (more|some)",
        "(for me|to me) [,] {NEED} (is|matters|means)",
        "i feel like i need",
        "(we|we both|both of us) [just|really] (need|want) to (feel|be) (heard|seen|understood|"
        "close|closer|safe|appreciated|valued|connected|on the same page)",
        "we (both)? (need|could use|deserve) (a|some|more) (weekend|night|time|break|day|evening|"
        "holiday|time together|date night|quiet)",
        "(i'd|id|i would) (like|love) (us|you) to",
        "(i'd|id|i would) (like|love|appreciate) (ten minutes of|an hour of|a few minutes of|"
        "some time with|time with|a bit of time with|some of) (your|you|us)",
        "i [just|really] (need|needed) (a hug|a cuddle|an early night|a break|a rest|a nap|"
        "some sleep|a bath|a night off|a day off|a minute|some quiet|some space|a breather)",
    ],
    # ---------------------------------------------------------------- supportive
    "offer": [
        "(want|do you want|d'you want|wanna|would you like|would you want|do u want|u want|you want) (me to|me 2)",
        "shall i",
        "should i (come|call|get|bring|grab|pick|make|cook|order|do|take|book|run|stay|text|"
        "ring|handle|sort|deal|talk|come over|come home|be there|drive|help|make you|get you)",
        "(can|could|may) i (do|get|bring|help|make|cook|grab|pick|take|run|order|come|drive|handle|sort|lend|give you)",
        "(can|could|may) i (do|get) (anything|something) (for you|for u)?",
        "(is there|there's|theres) anything i can do",
        "anything i can do",
        "let me (know if|help|get|make|take|handle|do|grab|cook|pick|sort|deal|run|bring|call|drive|take care of)",
        "let me know if",
        "i (can|could) (pick|get|grab|bring|make|cook|take|handle|do|help|come|call|drive|sort|"
        "collect|watch|look after|run|have|deal with|do the|book|pick up)",
        ILL + " (get|grab|bring|make|cook|fetch|pick up|run|drive|collect|call|ring|text) (you|u)",
        ILL + " (handle|sort|sort out|deal with|take care of|cover|do|look after|watch) (it|that|"
        "this|everything|the rest|dinner|the kids|bedtime|the dishes|the washing up|the shopping|"
        "the laundry|the school run|the cooking|the cleaning|tonight|it all)",
        ILL + " (help|come with|help you|drive you|take you|pick you up|collect you)",
        ILL + " (pick|collect) (you|u|the kids|them|her|him) up",
        "(i'll|ill|i will|let me) take care of (it|that|this|the|dinner|everything|the kids|things)",
        "(leave|just leave) it (to|with) me",
        IM + " (happy|glad) to (help|do|take|pick|come|cook|drive|sort|handle)",
        "happy to help",
        "if (you|u) (want|like|need|'d like|would like) [,] i (can|could|'ll|will|'d|would)",
        "if (you|u) need (anything|me|help|a hand|something|a lift|a ride)",
        "(do|d'you|do u|you|u) need (anything|a hand|help|a lift|a ride|me to|something)",
        "i (can|could|'ll|will) come (with you|along|too)",
        "(i'll|ill|i will) come with (you|u)",
        "(i'll|ill|i will|let me|i can) (make|get|run|order|bring) (you|u)? (some|a)? (tea|cuppa|"
        "cup of tea|coffee|dinner|food|a bath|soup|a takeaway|takeout|pizza|hot chocolate|snacks)",
        "(how about|what if) i",
        "(i can|i'll|ill|let me) be (that|the) (someone|person|one)",
        "that (someone|person) (can|could) be me",
        "(i'd|id|i would) (happily|gladly)? (come|go) (along|with you|too)",
        "(i'd|id|i would) (love|be happy|be glad) to (come|help|go with you)",
        "i (want|'d like|would like|'d love) to help",
        "(do|d'you|would) (you|u) (want|like) us to",
        "i've got (dinner|the kids|this one|tonight|the shopping) (covered|sorted)?",
    ],
    # proposals to do something together ("Shall we cook together?") are read in code
    "together": [
        "together",
        "the two of us",
        "both of us",
        "us two",
        "each other",
        "you and me",
        "you and i",
        "me and you",
        "as a team",
        "the both of us",
        "us both",
        "as a couple",
    ],
    "propose": [
        "shall we",
        "shall i",
        "let's",
        "lets",
        "let us",
        "how about we",
        "what if we",
        "should we",
        "wanna",
        "want to",
        "fancy",
        "come",
        "why don't we",
        "why dont we",
        "we could",
        "how about",
        "do you want to",
        "do you wanna",
    ],
    # acts of care announced in the first person ("I'll pick the kids up", "kettle's on")
    "act_for_you": [
        "(from now on|from today|going forward) [,] (i'll|ill|i will|i'm|im|the)",
        "(i'm|im|i am|i'll|ill|i will) (calling|call|ringing|ring|getting|get) (someone|somebody|"
        "help|a doctor|an ambulance|the gp|the crisis line|a helpline|the police|the doctor)",
        "(i'll|ill|i will) (make|run|order|book|cook|call|ring|text|email|pick up|get|put) "
        "(the kettle on|you a bath|a bath|dinner|tea|soup|food|pizza|a takeaway|takeout|"
        "the doctor|the gp|the school|the vet|the plumber|the landlord|your mum|your mom|"
        "your boss|the kids|the shopping|the groceries|your prescription|your medicine|"
        "us a table|a taxi|an uber)",
        "(i've|ive|i have) (already)? (made|run|ordered|booked|cooked|called|rang|texted|"
        "emailed|picked up|got|put) (the kettle on|you a bath|a bath|dinner|tea|soup|food|pizza|"
        "a takeaway|takeout|the doctor|the gp|the school|the vet|your mum|your mom|your boss|"
        "the kids|the shopping|the groceries|your prescription|your medicine|us a table|"
        "a taxi|an uber|you some|you a)",
        "(i'm|im|i am) (making|running|ordering|booking|cooking|calling|ringing|picking up|"
        "getting|putting) (the kettle on|you a bath|a bath|dinner|tea|soup|food|pizza|"
        "a takeaway|takeout|the doctor|the gp|the school|your mum|your mom|the kids|"
        "the shopping|your prescription|your medicine|you some|you a)",
        "(kettle's|kettles|the kettle is|kettle is) on",
        "let me (do|carry|take|handle|sort|deal with|take over) (it|that|this|some of it|the rest|"
        "the kids|dinner|bedtime|the dishes|the washing up|the shopping)",
        "(i'll|ill|i will) (do|handle|sort|cover|take|deal with) (the|it|that|dinner|bedtime|"
        "the school run|the dishes|the washing up|the shopping|the laundry|the kids|the dog|"
        "tonight|tomorrow|the rest|the cooking|the cleaning) (tonight|tomorrow|for you|today)?",
        "(i'll|ill|i will) (take|have) (the kids|the dog|the baby|over|care of it|care of that)",
        "(i'll|ill|i will|i can) (come|go) with (you|u)",
        "(i'm|im|i am) on it",
        "(tell|just tell) me what (to do|i can do|you need me to do|needs doing)",
        "(i'm|im|i am) (coming|on my way) to (get|pick up|collect) (you|u)",
        "(i'll|ill|i will) (pick|come and get|collect|fetch) (you|u) (up)?",
        "(i'll|ill|i will) (get|grab|pick up) (the|some|you|us)? (milk|bread|groceries|shopping|"
        "dinner|food|flowers|medicine|painkillers|tissues|chocolate|ice cream|wine)",
        "(what if|how about) i",
    ],
    "presence_support": [
        "(i'm|im|i am) (here and)? listening",
        "(i'll|ill|i will) be (right)? (next to|beside|with|by|by your side) (you|u)? (the whole time|all night|all day)?",
        "(calling|ringing|facetiming) (you|u) (now|right now|in a sec)",
        YOU + " (won't|wont|will not) be alone",
        "(we'll|we will|we can|we're going to) (ride it out|weather it|weather this|"
        "make it through|get through it|get through this|come through this)",
        "(i'll|ill|i will) (walk|stand|stay|be) (next to|beside|alongside|right next to) (you|u)",
        "every step of the way",
        "(i'll|ill|i will|let me) be your (lighthouse|rock|anchor|compass|safe place|shoulder|"
        "cheerleader|teammate|person|safe harbour|safe harbor)",
        "(i'm|im|i am) staying (right here|here|with you|right here with you)",
        "(i'm|im|i am) here (,|.|!|now|for us|with you)",
        "(i'm|im|i am) (always)? on your side",
        "(you|u) come first",
        "(you're|youre|you are|ur) my (priority|number one|first priority)",
        IM + " (here|always here|right here|there|always there|still here|here now) (for you|"
        "for u|for ya|for you always|if you need me|whenever you need me)",
        IM + " (here|right here|with you|by your side|still here)",
        IM + " always here",
        "(you're|youre|you are|ur|u r|your) not alone",
        YOU + " (don't|dont|do not) have to (do|face|carry|go through|deal with|handle) (this|it|"
        "that|any of this) alone",
        "(we're|we are|were) in this together",
        "(we'll|well|we will|we can|we're going to|we're gonna) (get through|figure out|"
        "sort out|handle|face|deal with|work out|beat|fix|tackle) (this|it|that) together",
        "(we'll|we will|we can) (figure|sort|work) it out",
        "we (got|'ve got|have got) this",
        "(we've|weve) got this",
        "(i've|ive|i have|i) got (you|u|ya)",
        "(i've|ive|i have|i)? got your back",
        IM + " (on your side|in your corner|with you|behind you|always on your side)",
        IM + " not going anywhere",
        "(i'll|ill|i will) (always)? be (here|there) (for you|for u)",
        YOU + " can (always)? (count on|rely on|lean on|come to|talk to|call) me",
        "i " + WONT + " (leave|let you down|let you fall|abandon|ever leave)",
        "(we're|we are) a team",
        "(you and me|you and i|me and you) (against the world|together|always)",
        "(i'm|im|i am) (always)? (here|there) (if|when|whenever) (you|u) need me",
        "(you've|youve) got me",
        "(lean|you can lean) on me",
        "(we|us) together",
    ],
    "reassure_strong": [
        "(you're|youre|you are|ur|you were|you weren't|you werent|you aren't|you arent) (not)? being (dramatic|needy|silly|"
        "ridiculous|too much|clingy|stupid|unreasonable|a burden|difficult)",
        "(you|u) (belong|deserve to be) (there|here|in that room|on that team)",
        "(you|u) (don't|dont|do not) have to (do|carry|face|handle) (it|this|that|everything)? (all)? (alone|on your own|by yourself)",
        "no harm done",
        DONT + " feel (bad|guilty|sorry|silly|stupid|ashamed|embarrassed)",
        "(it|that) (doesn't|doesnt|does not) matter (at all|one bit|in the slightest)",
        "(you're|youre|you are|ur) (way|much|so much)? more important",
        "(you're|youre|you are|ur) (not|never) a (bad|terrible|useless|rubbish|failure of a) "
        "(mum|mom|dad|parent|partner|person|wife|husband|girlfriend|boyfriend|friend)",
        "(you're|youre|you are|ur) a (great|good|wonderful|amazing|lovely|brilliant|fantastic) "
        "(mum|mom|dad|parent|partner|person|wife|husband|girlfriend|boyfriend|friend)",
        "(to me|in my eyes) (you're|youre|you are|ur) (beautiful|perfect|enough|gorgeous|the best)",
        "(it|that) says (a lot|so much|something good|something) about (you|u)",
        "(it's|its|it is|it was|this is|that's|thats|that is|this was|that was) not your fault",
        "(it|this|that) (isn't|isnt|wasn't|wasnt) your fault",
        "(it's|its|it is|it was) not on (you|u)",
        "(you've|youve|you) (so|totally|really|definitely|absolutely)? got this",
        "(i don't|i dont|i do not) think (you|u) (should|need to|have to|ought to) (feel|be) (guilty|bad|ashamed|"
        "sorry|embarrassed|stupid|selfish)",
        YOU + " did (nothing|nothing wrong|the right thing|your best|so well|great|amazing|"
        "brilliantly|all you could|everything you could)",
        YOU + " " + DIDNT + " do anything wrong",
        YOURE + " (not|never) (stupid|crazy|weak|a failure|dumb|silly|too much|a burden|"
        "a bad person|a bad|a fraud|useless|worthless|broken|the problem)",
        YOURE + " (enough|good enough|more than enough|strong|stronger than you think|"
        "doing great|doing amazing|doing your best|doing so well|doing fine|doing brilliantly|"
        "doing a great job|doing an amazing job|doing everything you can|doing so much|"
        "doing the best you can|doing all you can)",
        "i believe in (you|u)",
        "i trust (you|u|that you)",
        IM + " not (angry|mad|upset|cross|disappointed) (with|at) (you|u)",
        "i [still] love (you|u) (no matter what|anyway|regardless|just the same|still|always)",
        "nothing (could|will|can|is going to) change (that|how i feel|how much i love you)",
        YOU + " (can|will|'ll|are going to|'re going to|'re gonna|are gonna|will totally) (do|make|"
        "get through|handle|ace|nail|smash|manage|survive) (this|it|that)",
        YOULL + " (get through|handle|manage|ace|nail|smash|survive) (this|it|that)",
        YOU + " " + DONT + " (have|need) to (feel|be) (guilty|ashamed|bad|sorry|embarrassed|perfect)",
        "(nothing|no need|no reason) to (be|feel) (ashamed|sorry|embarrassed|guilty|bad) (of|about)?",
        "(it's|its|it is) (completely|totally|perfectly)? (normal|human|okay|ok|understandable|"
        "allowed|fine) to (feel|be|make mistakes|mess up|struggle|cry|need|not be okay)",
        YOURE + " only human",
        YOU + " (did|handled|managed) (it|that|this) (so)? (well|brilliantly|perfectly|fine|right)",
    ],
    "reassure_weak": [
        # affirming what the partner did, and "that doesn't make you a bad person"
        "good for (you|u|ya)",
        "(that's|thats|that is|what) (a|such a) (real|huge|big|great|massive|genuine) (achievement|"
        "accomplishment|change|step|win|improvement)",
        "(you've|youve|you have) worked (so|really)? hard (for|on) (that|this|it)",
        "go for it",
        "(doesn't|doesnt|does not|won't|wont|will not) make (you|u) (a)? (bad|terrible|awful|horrible|"
        "weak|worse|failure|failure of a|less of a) (person|friend|parent|mum|mom|dad|partner|human)?",
        "(none of (it|this|that)|nothing) makes (you|u) a (bad|terrible|awful|horrible) (person|friend|parent|human)",
        "says (a lot|so much|something|a lot of good things) about (you|u)",
        "(you're|youre|you are|ur) not (weird|crazy|abnormal|the only one|alone in (this|that|feeling))",
        "(your|ur) (feelings|feeling|grief|pain|anger|sadness|fear|hurt) (is|are) (real|valid|allowed|okay|normal)",
        "(that|it|this) makes (total|complete|perfect|so much)? sense (that|to feel|to be)",
        # affirming a step or a choice the partner made or plans
        "(that's|thats|that is|sounds like|that sounds like|what) (a|such a)? (great|good|wise|smart|brave|healthy|"
        "sensible|solid|strong) (idea|plan|step|start|first step|decision|choice|move|thing to do)",
        "(it's|its|it is|that's|thats|that is) (so|really)? (good|great|brave|smart|wise|strong) (that|of) (you|u)",
        "(i'm|im|i am) (sure|certain|confident) (you|you'll|youll|you will|you can|things will|it will)",
        "(that's|thats|that is|it's|its|it is|your feelings are) (completely|totally|perfectly|so)? (valid|normal)",
        "(it'll|itll|it will|everything'll|everything will|things will|it's going to|"
        "its going to|it's gonna|its gonna|everything is going to|everything's going to|"
        "we'll|well|we will) (be|all be) (okay|ok|alright|all right|fine|good)",
        "(it'll|itll|it will|things will|this will) (work out|get better|pass|blow over)",
        DONT + " worry",
        "try not to worry",
        YOULL + " (be fine|be okay|be ok|be alright|get through (this|it)|make it|manage|"
        "figure it out|be great|smash it|nail it|do great)",
        "hang in there",
        "stay strong",
        "good luck",
        "sending (you)? (strength|love|good vibes|positive vibes|healing thoughts|so much love|"
        "lots of love|all my love|good thoughts)",
        "fingers crossed",
        "(this|it) (too)? shall pass",
        "(it's|its|it is) (just|only)? temporary",
        "(tomorrow's|tomorrow is) a new day",
        "(i)? love (you|u|ya)",
        "(luv|lov) (you|u|ya)",
        "ily",
        YOU + " can do (it|this)",
        "(you'll|youll|you will) be (fine|okay|ok|alright|great)",
        "(you'll|youll|you will) get there",
        "and (that's|thats|that is|it's|its) (ok|okay|fine|alright|allowed|normal)",
        "(i'm|im|i am)? thinking (of|about) (you|u) (today|tonight|xx|x)?",
        "hope (it|that|the appointment|the interview|the exam|the meeting|the scan|the test|"
        "the day|today|tomorrow|everything|your appointment|your interview|your exam|"
        "your meeting|your day|your scan) goes (ok|okay|well|alright|fine|great|smoothly)",
        "(it's|its|it is) (gonna|going to) be (okay|ok|alright|fine)",
        "(all will|all shall|everything will) be well",
        "(we'll|we will) (manage|be okay|be fine|figure it out)",
        # hope that the hard time ends, in general words
        "(things|it|this|it all|the pain|this feeling|these feelings|these days|these sad days|"
        "this time|this phase|the hurt) (will|is going to|'s going to|is gonna|'ll) (improve|get easier|"
        "ease|ease up|pass|get better|fade|soften|settle)",
        "(better|brighter|easier|happier) days (are|will be) (ahead|coming|on their way)",
        "(keep|hold) (your|ur) (head|chin) up",
        "(there's|theres|there is) (help|hope|light) (available|out there|at the end|ahead)",
        "(it|that) (sounds|seems) like (you're|youre|you are) doing (all|everything|the best|what) (you can|you could)",
        YOURE + " (such)? a (good|kind|strong|brave|caring|lovely) (person|soul|human)",
    ],
    # ---------------------------------------------------------------- moral
    "ask_treatment": [
        "how (do|would|should) (you|u) (want|like) me to",
        "what (do|would) (you|u) (want|like) me to (do|say|be|change)",
        "what would (you|u) like (me to|from me)",
        "would (you|u) (rather|prefer)",
        "(do|would) (you|u) prefer",
        "or (do|would) (you|u) (want|rather|prefer|like)",
        "or (should|shall) i",
        "or (would|do) (you|u) (rather|prefer)",
        "how can i (do|handle) (this|it|that|things) (better|differently)",
        "what (could|can|should) i (do|have done) (better|differently)",
        "how (would|do) (you|u) (like|want) (to be|us to|it to be|me to be)",
        "how (do|would) (you|u) want (us|to handle|to deal|me to handle|me to deal)",
        "(what's|whats|what is) the best way (to|for me to) (support|help|be there for|comfort|talk to|approach)",
        "what (kind|sort) of (support|help|comfort|reaction) (do|would|works|helps)",
        "tell me (how|what) (you|u) (want|need|'d like|would like|prefer)",
        "how should i (respond|react|handle|approach|be|talk to you|treat you)",
        "what helps (you|u) (most)? (when|if)",
        "do (you|u) want (advice|me to listen|solutions|a hug|space|me to just listen|to vent|"
        "company|me there|me to come)",
        "(advice|solutions|fixing) or (just)? (listening|a hug|sympathy|support|venting|vent|an ear|me to listen)",
        "(listen|listening|a listening ear) or (advice|solutions|fixing|help)",
        "(do|would) (you|u) (like|want) me to (listen|help|just listen|fix|leave|stay|come)",
        "what (would|do) (you|u) need from me (right now|now|here)?",
        "how (can|could) i (treat|love|show up for|be better for) (you|u)",
        "what works (best)? for (you|u)",
        "(would|do) (you|u) (like|want) me to (text|call|message|check in|ask|help|cook|talk|be|say|do) (more|less)",
        "more or less ?",
        "or (want|do you want|d'you want|wanna|would you like) me to",
        "(wanna|want to|do you want to) (talk|vent|chat) or",
    ],
    "apology": [
        IM + " [so|so so|very|deeply|awfully] sorry (for|that|i|about|i'm|im|babe|love|hon|honey|sweetie|darling|baby)",
        "(sorry|soz|sry) (for|that i|i|about my|about what|about last night|about earlier|"
        "about today|babe|love|hon|honey|darling|baby)",
        "(i|let me) (apologise|apologize)",
        "[my] (apologies|sincere apologies|deepest apologies)",
        "(please)? forgive me",
        "i (shouldn't|shouldnt|should not) have (said|done|snapped|yelled|shouted|been|gone|"
        "reacted|spoken|raised|ignored|left|lied)",
        "(that|it) (wasn't|wasnt|was not) (okay|ok|fair|kind|nice|right|cool) of me",
        "(that|it) was (unfair|mean|rude|wrong|stupid|thoughtless|selfish|out of line|harsh|"
        "careless|uncalled for|not okay|not ok|not fair|not kind|shitty|crappy|nasty|low) of me",
        "i owe (you|u) an apology",
        "i (messed|screwed|fucked|mucked|cocked) (up|that up|it up)",
        "my bad",
        "sorry sorry",
        "i (was|am|'m) (wrong|out of order)",
    ],
    "apology_weak": ["sorry", "sorryyy", "sry", "srry", "soz", "sozz", "oops", "whoops", "my bad"],
    "apology_not": [
        "(sorry|i'm sorry|im sorry) (that|if)? (you|u) (feel|felt|see|saw|took|take) "
        "(it|that|this)? (that way|this way|like that|personally|the wrong way)",
        "(sorry|i'm sorry|im sorry|i am sorry) (that|if)? (you|u) (misunderstood|were offended|"
        "are offended|got offended|are upset|got upset|were upset|are so sensitive|can't take|"
        "cant take|took it)",
        "(sorry|i'm sorry|im sorry|i am sorry) if (you|u|it|that|this|anything|anyone|i offended|my|what i)",
        "(sorry|i'm sorry|im sorry|i am sorry) (you|u) feel that way",
        "(sorry|i'm sorry|im sorry|i am sorry|sorry not sorry) [,] but",
        "sorry not sorry",
        "sorry (i exist|i'm alive|im alive|for breathing|for existing|for living|for being alive|"
        "i'm not perfect|im not perfect|i'm such a|for being me)",
        "excuse me for (breathing|living|existing)",
        "well (sorry|excuse me|pardon me)",
        "(sorry|so sorry|i'm sorry|im sorry) to hear (that|this|it|about)?",
        "sorry for your loss",
        "(i'm|im|i am) sorry (that)? (you're|youre|ur|you are) (upset|offended|hurt|angry|mad) (but|though)",
    ],
    "responsibility": [
        "(that|it) (wasn't|wasnt|was not) (okay|ok|fair|kind|nice|right|cool) of me",
        "(that|it) was (unfair|mean|rude|wrong|stupid|thoughtless|selfish|out of line|harsh|"
        "careless|uncalled for|not okay|not ok|not fair|not kind|shitty|crappy|nasty|low|"
        "disrespectful) of me",
        "i (should have|should've|shouldve|shoulda) (said|done|told|asked|called|listened|been|"
        "checked|thought|texted|remembered|helped|noticed|come|stayed|handled)",
        "i (shouldn't|shouldnt|should not) have",
        "(it's|its|it is|it was|that's|thats|that was|that is) (my fault|on me|my bad|my mistake|"
        "all on me|my responsibility)",
        "(sorry|i'm sorry|im sorry) [,] my (fault|mistake|bad)",
        "i take (full)? (responsibility|the blame|ownership)",
        "(i'll|ill|i will|i'm going to|im going to|i'm gonna|im gonna) (do better|work on (it|"
        "that|this|myself)|try harder|make it up to you|change|be more careful|pay more "
        "attention|fix (it|this)|be better)",
        "(you're|youre|you are|ur) right [,] i (was|should|shouldn't|did|didn't|have|haven't|'ve|"
        "wasn't|messed|screwed|forgot|wasnt|didnt)",
        "i (hurt|let down|disappointed|ignored|neglected|upset|embarrassed) (you|u)",
        "i let (you|u) down",
        "i (was|am|'m) (wrong|out of line|unfair|selfish|being unfair|being selfish|"
        "the one who|too harsh|a jerk|an idiot|being a jerk|being an idiot|being defensive|"
        "defensive)",
        "i (own|acknowledge) (that|it|this|my part)",
        "(next time|from now on|going forward) [,] (i'll|ill|i will)",
        "(i'm|im|i am) going to get (help|some help|support)",
        "(my|i see my) part in (this|it|that)",
        "i (messed|screwed|fucked|mucked) (up|that up|it up)",
    ],
    "gratitude": [
        "(thank you|thanks|thx|thnx|thanx|ty|tysm|thank u|thankyou|thanku|cheers|ta|"
        "many thanks|thanks a lot|thanks a million|tnx)",
    ],
    "gratitude_strong": [
        "(thank you|thanks|thank u|thankyou|thx|ty|thanku) (so much|soo much|for|for being|"
        "for everything|for listening|for this|for that|for doing|for taking|for helping|"
        "for always|for understanding|for telling|for being there|a million|from the bottom "
        "of my heart)",
        "(thanks|thank you) for",
        "i [really|so|just] appreciate (it|that|you|this|how|what|everything|all|u)",
        IM + " (so)? (grateful|thankful) (for|that|to)",
        "(so|really|truly)? (grateful|thankful) (for you|for u|for this|for that)",
        "(that's|thats|that is|that was|how|so|you're so|ur so) (sweet|kind|lovely|thoughtful|"
        "nice|generous|considerate) of (you|u)",
        "(sweet|kind|lovely|thoughtful|nice|generous) of (you|u)",
        YOURE + " (the best|a star|an angel|a gem|a lifesaver|a life saver|my hero|a legend|"
        "a sweetheart|too good to me|so good to me|so sweet|the sweetest)",
        "what would i do without (you|u)",
        IM + " (so|really)? glad (you|u) (told|tell|came|reached out|said|shared|trusted|opened up)",
        "(it|that|this|you) (means|meant) (so much|a lot|the world|everything) (to me)?",
    ],
    "appreciation": [
        "(i'm|im|i am) (so)? (glad|lucky|grateful|thankful) (you're|youre|you are|to have you|for you|i have you)",
        "(that|it|this|those|they) (look|looks) (amazing|incredible|beautiful|gorgeous|delicious|great|fantastic)",
        IM + " (so|soo)? proud of (you|u|ya)",
        "proud of (how|the way|what|everything|all) (you|u|you've|youve)",
        "(so)? proud of (you|u|ya)",
        "(well|nicely) done",
        "(good|great|nice|amazing|brilliant) (job|work|one)",
        "way to go",
        YOURE + " (so|such a|such|a|an)? (brave|strong|amazing|incredible|wonderful|awesome|"
        "brilliant|fantastic|clever|kind|thoughtful|caring|generous|patient|talented|smart|"
        "funny|beautiful|gorgeous|the best|a rockstar|a superstar|a legend|a hero|a champ|"
        "an inspiration|a great mum|a great mom|a great dad|a great partner|so good at)",
        "i (admire|love) (how|the way|that) (you|u)",
        "i admire (you|u)",
        "i (see|notice|noticed|saw|can see) (how|what) (hard|much) (you|u|you've|youve|you're|youre|you have)",
        "i (see|notice|noticed|saw|can see) (all)? the (effort|work|love|care|energy|time) (you|u)",
        YOU + " (worked|tried) so hard",
        "(it's|its|it is) (amazing|impressive|incredible|admirable|inspiring|brave|beautiful|"
        "lovely) (how|that|the way) (you|u)",
        YOU + " (killed|nailed|smashed|aced|crushed|rocked) it",
        "i (love|appreciate|value) (how|the way|that|it when) (you|u)",
        "(you|u) (handled|managed|did) (that|it|this) (so)? (well|brilliantly|beautifully|amazingly|gracefully)",
    ],
    "forgive": [
        "i forgive (you|u|ya)",
        "(it's|its|it is) (all)? (forgiven|forgotten)",
        "(it's|its|it is) (okay|ok|alright|fine|all good) [,] (i forgive you|i'm not mad|"
        "im not mad|i'm not angry|no harm done|we're good|apology accepted|don't worry about it|"
        "dont worry about it|i get it|it happens|these things happen)",
        "all (is)? forgiven",
        "no hard feelings",
        "water under the bridge",
        "(we're|we are) (good|cool|all good|okay again|ok again|good again)",
        IM + " not (mad|angry|upset|cross) (anymore|any more|now)",
        "apology accepted",
        "i accept your apology",
        DONT + " worry about it",
        "(let's|lets) (move on|put it behind us|forget about it|start over|start again|leave it behind)",
        "(thank you|thanks) for (apologising|apologizing|saying sorry|the apology)",
    ],
    # ---------------------------------------------------------------- metaphorical
    "metaphor": [
        # story, journey, mountain, water and light as images of what two people go through
        "(the|our|a|this) (next|new|best|hardest|last)? chapter",
        "(write|writing) (our|the|this) (own)? (story|book) (together)?",
        "(a)? (steep|hard|rough|tough) (part|bit|stretch) (of the (mountain|road|climb|journey))?",
        "(climb|climbing) (it|this|that)? (together|with you|with each other)",
        "(our|my|your|a) (safe|calm|quiet)? (harbour|harbor)",
        "(see|seeing) the light (again)?",
        "(a|no)? wall (between|around) (us|you|me|yourself|myself)",
        "(carry|carrying|lug|lugging|drag|dragging) (that|this|it) (around)? (with you|alone|all this time)",
        "(what|it's been|its been|it has been|this has been) (a|such a) (long|wild|hard|crazy|beautiful)? (journey|ride|trip)",
        "(like)? a (broken|scratched|stuck) record",
        "(kind|sort) of (a)? (fog|blanket|wall|storm|tunnel|hole|prison|cage|rollercoaster|maze)",
        "(in|on) the same (boat|page|team|wavelength|side)",
        "[emotional] (rollercoaster|roller coaster|rollercoster|roller-coaster)",
        "(light|a light|lights) at the end of (the|this) tunnel",
        "(through|in) (a|the|this) (dark|long)? tunnel",
        "(climb|climbing|climbed) (a|the|this|that) mountain (together)?",
        "(a|this|the|our)? mountain to climb",
        "(weather|weathering|weathered|ride out|riding out|through) (the|this|a|that|every) storm",
        "(the)? storm (will pass|is over|has passed|passes|will blow over|always passes)",
        "(after|behind) (the|every) (storm|rain) (comes|there's)? (the)? (sun|rainbow|calm)",
        "(rough|stormy|choppy|troubled|uncharted) (seas|waters|patch|weather)",
        "(a)? rough patch",
        "(smooth|plain) sailing",
        "wind (in|behind) (our|my|your) (sails|back)",
        "(against|with) the (wind|tide|current)",
        "(swimming|rowing|paddling) (against|upstream)",
        "(pull|pulling|rowing) in the same direction",
        "(steer|steering|at|on) the (wheel|helm) (together)?",
        "(walking|walk|walked) on eggshells",
        "(a|the) (dark|black|deep) (pit|hole|valley|place)",
        "(in|at) (a|the) (low|dark) (place|point|patch)",
        "(our|this|a|the) (journey|adventure) (together)?",
        "(a|the|our) (road|path) (ahead|together)",
        "(a|like a|now and then a|sometimes a) puzzle",
        "(the|a)? (puzzle)? pieces (fall|falling|fell|fit|fitting) (into place|together)",
        "(emotional)? baggage",
        "(carry|carrying|carried) (the|this|that|a|so much) (weight|load|burden)",
        "(weight|load) of the world",
        "(a)? weight off (my|your|our) (shoulders|chest|mind)",
        "(build|building|built) (a|our) (home|house|foundation|life|nest) together",
        "(our|a|the|solid) (foundation|bedrock)",
        "(tend|tending|water|watering|grow|growing) (our|the|a) (garden|love)",
        "(a|our|this) dance (together)?",
        "(dance|dancing) through life",
        "the best is yet to come",
        "(like a|our own|our life is a|life is a) (film|movie)",
        "(a|our|the) (new|next) chapter",
        "(a|in a|caught in a) (whirlwind|fog|maze|haze|spiral|downward spiral|black hole|rabbit hole)",
        "(our|my|a|your|the) (compass|anchor|lighthouse|safe harbour|safe harbor|north star|safe haven)",
        "(you're|youre|you are|ur) my (rock|anchor|home|safe place|lighthouse|person|sunshine)",
        "(keep|keeping|kept) the (fire|flame|spark) (alive|burning|going|lit)",
        "(lost|losing|lose|find|found|rekindle|rekindling|reignite) the spark",
        "(walking|on|walk) a tightrope",
        "(on|walking on|skating on) thin ice",
        "(my|your|the|our) (cup|glass|bucket|tank|battery) is (full|empty|overflowing|low|flat|"
        "running on empty|drained)",
        "running on (empty|fumes)",
        "(the)? last straw",
        "straw that broke",
        "like a (wreck|volcano|zombie|pressure cooker|train wreck|trainwreck|ticking time bomb|"
        "time bomb|ton of bricks|truck|storm|rollercoaster|roller coaster|whirlwind)",
        "hit (me|you|us|u) like a (truck|ton of bricks|train|wave)",
        "(in|down) the dumps",
        "(a|the|this) (black|dark|grey|gray|storm) cloud",
        "(the)? sun (will)? (come|comes|is coming|always comes) (out|back|out again)",
        "(build|building|built) (a|that|the)? (bridge|bridges)",
        "on (the same)? stage together",
        "two peas in a pod",
        "(a)? (two-way street|two way street)",
        "(my|your|a) (heavy|broken|aching) heart",
        "(drowning|drown|drowned) in",
        "treading water",
        "(head|keep my head|keep your head|heads) above water",
        "(at|hit|hitting) rock bottom",
        "(a)? (wall|walls) (between us|up|going up|came down|coming down)",
        "(a)? (lifeline|life raft|life jacket)",
        "(off|back on) track",
        "(at a)? crossroads",
        "(a|the) (long|bumpy|winding|rocky) (road|ride|path)",
        "(a)? (bumpy|rocky) (start|patch|ride)",
        "school of life",
        "(a)? work of art",
        "(the)? tip of the iceberg",
        "elephant in the room",
        "(an)? uphill (battle|climb|struggle)",
        "(a|one) step at a time",
        "(it's|its|it has|this has|that has|that was|it was) (been)? (a|such a|quite a|one long) "
        "(storm|rollercoaster|roller coaster|marathon|battle|whirlwind|journey|ride|circus|"
        "minefield|maze|tornado|hurricane)",
        "(still|both|all) in the (same)? boat",
        "(a few|some|many|lots of|a couple of) detours",
        "(on|down) this road (with you|together)",
        "find (our|my|your) way back (to each other|to us|to you|to me)",
        "(drift|drifting|drifted) apart",
        "work in progress",
        "(carrying|carry|carried) (a|this|that|the|your|my) (backpack|rucksack|sack|suitcase)",
        "full of (bricks|stones|rocks)",
        "(same|one) team",
        "(lost|losing) (our|my) way",
        "(out|up) of the woods",
    ],
    # a comparison word; with an image from IMAGE after it in the clause it is a simile
    "compare": [
        "like a",
        "like an",
        "as if",
        "as though",
        "like being",
        "like we're",
        "like were",
        "like i'm",
        "like im",
        "like living",
        "like walking",
        "like talking to",
        "like carrying",
        "like trying",
        "feels like",
        "felt like",
        "sounds like a",
        "looks like a",
        "kind of like",
        "a bit like",
        "just like a",
        "like your",
        "like my",
    ],
    "image": ["{IMAGE}"],
    "simile": [
        "(it|this|that|everything|life|it all|work) (feels|felt|is|was) (like|as if|as though) "
        "(a|an|being|i'm|im|i am|we're|we are|the|i was|we were|i've|ive|my|our|everything|"
        "nothing|i have|drowning|falling|climbing|running|walking)",
        "(it's|its|that's|thats) like (a|an|being|living|walking|talking to|running)",
        "i (feel|felt) like (a|an) (zombie|ghost|wreck|robot|stranger|prisoner|balloon|"
        "punching bag|doormat|burden|fish out of water|hamster on a wheel|headless chicken|"
        "deer in headlights|broken record|sponge|yo-yo|yoyo|volcano|shadow|stranger in my own)",
        "(as if|like|as though) (i'm|im|i am|i was|we're|we are|we were) (drowning|falling|"
        "suffocating|invisible|underwater|stuck|in a cage|on fire|walking on|running on|"
        "screaming into|shouting into|talking to a wall)",
        "like (a|an) (fish out of water|zombie|wreck|ghost|robot|prisoner|hamster on a wheel|"
        "headless chicken|deer in headlights|broken record|punching bag|doormat|yo-yo|yoyo|"
        "brick wall|wall|stranger)",
        "like talking to a (brick)? wall",
    ],
    # ---------------------------------------------------------------- pitfalls
    "dismiss": [
        "(aren't|arent) (you|u) over (it|that|this) (yet|by now)?",
        "(you|u) (should|ought to) be over (it|that|this) (by now)?",
        YOURE + " (just|simply|always|being)? (too|so|way too|overly) (sensitive|emotional|dramatic|touchy)",
        "(he|she|they) (didn't|didnt|did not) mean (it|anything) (like that|that way|badly|by it)",
        "not everything is about (you|u)",
        "(it's|its|it is) not (all)? about (you|u)",
        "(you're|youre|you are|ur) not (seriously|actually)? (hurt|jealous|upset|offended|scared|"
        "crying|sulking|worried) (about|over|are you)",
        "why would (you|that) (be|find it|get) (scary|hard|upset|a big deal|so bad|a problem)",
        "(it's|its|it is) (probably|surely)? nothing [to worry about|serious]",
        "i'm sure (it's|its) nothing",
        "what does it matter",
        "(your|those|these|that) (fears|worries|feelings) (make|makes) no sense",
        "(it|that) (was|happened) (months|years|ages|weeks|a year|so long|forever) ago",
        YOU + " (need|have|gotta|just need|just have) to (move on|let it go|get over it|put it behind you|drop it)",
        DONT + " be so (shy|negative|difficult|clingy|serious|soft|touchy)",
        "(everyone|everybody) (has|goes through|feels) (that|this|problems|it|baggage|stuff like that|bad days)",
        "(that's|thats|that is) (just)? (life|how it is|how relationships are|how people are|normal|how it goes)",
        "welcome to (adulthood|the real world|life)",
        "(are|r) (you|u) crying (again|now|about this)",
        "(it'll|itll|it will) sort itself out",
        "is that (the most important thing|such a big deal|that important|that bad|a problem)",
        "better luck next time",
        "(stop|quit) (worrying|stressing|overthinking|panicking|freaking out|fretting|stressing out)",
        "nothing (even)? happened",
        "(oh no)? the world is ending",
        "(imagine|fancy) (being|getting) (this|so|that) (upset|worked up|angry|emotional|sad|"
        "bothered|offended) (about|over)",
        YOU + " (overreacted|overreact|overdid it|exaggerated|exaggerate|made too much of it)",
        "(isn't it|it's|its|it is) time (you|to) (let (it|that) go|move on|get over it)",
        "(just)? let it go",
        "(shouldn't|shouldnt|should not) (you|u) be (happy|glad|grateful|proud|relieved|thankful|pleased)",
        "(can't|cant) (you|u) take a joke",
        DONT + " be (so)? (dramatic|silly|ridiculous|sensitive|childish|such a baby|a baby|"
        "like that|stupid|paranoid|hysterical|daft|soft|overdramatic|a drama queen|such a drama "
        "queen|such a wimp|a wimp|precious)",
        "(stop|quit) being (so)? (dramatic|sensitive|silly|ridiculous|childish|a baby|paranoid|"
        "hysterical|overdramatic|a drama queen|precious|emotional)",
        YOURE + " (overreacting|over reacting|over-reacting|being dramatic|being silly|"
        "being ridiculous|being oversensitive|being over sensitive|making a big deal|"
        "making a fuss|exaggerating|too sensitive|so sensitive|oversensitive|over sensitive|"
        "overthinking|overthinking it|being paranoid|being childish|being hysterical|"
        "being a baby|being a drama queen|imagining things|making this about you|"
        "making it about you|blowing (this|it|things) out of proportion|so dramatic|"
        "too emotional|being emotional|way too sensitive)",
        "(it's|its|it is|that's|thats|that is|it was|that was|this is|this isn't|it isn't|"
        "its not|it's not) (not)? (a big deal|that bad|that big a deal|that serious|that deep|"
        "the end of the world|worth crying over|worth getting upset over|worth getting upset "
        "about|such a big deal|a drama|anything to cry about)",
        "(it's|its|it is|that's|thats|it was|that was) not (that|such a) (big|bad|serious|deep|hard)",
        "no big deal",
        "(what's|whats|what is) the big deal",
        "(get|just get|you'll get|get) over it",
        "(just|ok|okay|oh|please|pls|hey|dude|babe|jeez|geez|god|omg|wow|bro|man|seriously|"
        "you need to|u need to|can you|will you|would you|could you|just chill and) calm down",
        "calm (down|tf down|the fuck down|your tits) (!|,|already|jeez|geez|dude|babe|pls|please|"
        "lol|omg|bro|man|it's|its|it is|you're|youre|ur|it was|nothing)",
        "(chill|chill out|chill tf out|relax) (!|,)? (it's|its|it is|it was|that's|thats|dude|"
        "babe|bro|man|jeez|lol|nothing|no big deal|already|omg)",
        "(stop|quit) (whining|complaining|moaning|crying|sulking|making a fuss|overreacting|"
        "exaggerating|being a baby|being so dramatic|bitching|whinging|fussing)",
        "(it|that) (was|is|'s) (just|only) (a joke|nothing|a bit of fun|banter|work|money|a game|"
        "a job|a party|a comment|one day|a phone|a text|a stupid)",
        "(it's|its|it is|that's|thats|it was) (just|only) (a joke|a bit of fun|banter|work|money|"
        "a game|a job|a party|a comment|one day|a phone|a text)",
        "(make|making|made) a mountain out of a molehill",
        "(you're|youre|ur|you are) making (a|such a|a huge) (big deal|fuss|drama|scene|thing) (out of|of|about)",
        "(that's|thats|that is|it's|its) (not true|nonsense|rubbish|ridiculous|bullshit|bs|"
        "complete nonsense|not what happened|all in your head)",
        "(it's|its) all in your head",
        "(others|other people|some people|lots of people|many people|people) have it (way|much|"
        "a lot|so much)? (worse|harder)",
        "(so|and) what (?|!|.|if|then)",
        "so what [,] (you|it|it's|its|everyone|people|he|she)",
        "who cares",
        "(man|toughen|woman) up",
        "grow a pair",
        "suck it up",
        "deal with it",
        "get a grip",
        "pull yourself together",
        "snap out of it",
        YOU + " (brought|bring) (it|this|that) on yourself",
        YOURE + " (fine|overreacting|ok|okay) [,] (stop|it's|its|get|calm|relax|chill|jeez|you're|youre|ur|seriously)",
        "(you're|youre|ur|you are) (just)? being (silly|dramatic|ridiculous|daft|childish|paranoid|"
        "oversensitive|a baby|soft|precious|over the top)",
        "(you'll|youll|you will) live",
        "(there's|theres|there is) nothing to (cry|be upset|worry|be scared|get upset|freak out|"
        "get worked up|make a fuss) about",
        "nothing to (cry|get upset|be upset|freak out|get worked up|make a fuss) about",
        "(you're|youre|ur|you are) (too|way too|so) (sensitive|emotional|touchy|thin-skinned|thin skinned|dramatic)",
        "(don't|dont) (get|be) (so)? (worked up|upset|emotional|touchy|wound up|stressed) "
        "(about|over) (it|this|that|nothing|something so)",
        "(it|that) (didn't|didnt|did not) (hurt|happen) (that much|like that)",
        "(you're|youre|ur|you are) (imagining|making up) (things|it|stuff)",
    ],
    "dismiss_soft": [
        "(nothing|not much) (to worry about|wrong with you)",
        "(he|she|they) (had|lived) a (long|good|full) (life|innings)",
        "chin up",
        "cheer up",
        "(look|looking) on the bright side",
        "(at least|atleast) (you|it|u|he|she|we|they|there's|theres|its|it's|nobody|no one|"
        "you've|youve|you're|youre|ur|it wasn't|it isnt|you didn't)",
        "(it|things)? (could|coulda) (have been|'ve been|be) (way|much|a lot|so much)? worse",
        "(there are|there's) worse things",
        DONT + " (dwell on it|be sad|think about it|let it get to you|get upset|get down|"
        "be down|cry|take it so hard|take it personally)",
        "(everything|things) (happens|happen) for a reason",
        "(just|try to)? smile",
        "(try to|just)? forget about (it|him|her|them)",
        "(it's|its|it is|he's|she's|hes|shes|they're) not worth (crying|getting upset|worrying|it|"
        "your tears|the stress)",
        "(just)? move on",
        "(no use|no point) (crying|worrying|dwelling|getting upset|being upset)",
        "plenty (more)? fish in the sea",
        "(look|think|focus) (at|about|on)? the positives",
        "(stay|be|think) positive",
        "good vibes only",
        "(you'll|youll|you will) (get|be) over it",
        "(it's|its|it is) not (that|so) bad (really)?",
        "(smile|cheer up) [,] (it|things|tomorrow|life)",
        "(worse|bad) things happen",
    ],
    "criticism_char": [
        "(you|u) (can't|cant|cannot|can never|never|don't ever) (do|organise|organize|plan|remember|get|manage|"
        "finish|handle|cook|fix|decide|choose) (anything|a thing|anything right|nothing|right)",
        "(that's|thats|that is) (just)? (your|ur) (problem|whole problem|issue|whole issue)",
        "(this|it|that) is (all)? (your|ur) (own)? fault",
        "(it's|its|that's|thats) (all)? (your|ur) (own)? fault",
        "(well)? (you|u) (shouldn't|shouldnt|should not) have (done|said|shouted|yelled) (that|it)?",
        "(see ?|see ,|see !|told you so|i told you so|told ya so|what did i tell you)",
        "typical (.|!|…)",
        YOU + " (forget|forgot|ruin|ruined|ignore|ignored|mess up|screw up) (everything|anything|all of it)",
        "(that|it) (wasn't|wasnt|was not) (very)? (smart|clever|nice|sensible|bright|wise) of (you|u)",
        "(don't|dont) you think (you're|youre|ur) [being] {NEG_TRAIT}",
        "what (can|are) (you|u) (even|actually)? (good for|able to do)",
        "(you|u) (can't|cant) do anything",
        "(you're|youre|you are|ur|u r) [so|soo|such|such a|a|an] {NEG_TRAIT}",
        "(you're|youre|you are|ur|u r) (being|being so|acting|acting so) {NEG_TRAIT}",
        "(you're|youre|you are|ur|u r) (always|always so|just|just so|the most|too) {NEG_TRAIT}",
        "(you were|u are|you r|u were) [so|such|such a|being|being so|always|just] {NEG_TRAIT}",
        "(why are you so|why r u so|why are you being so|how can you be so|how can u be so) {NEG_TRAIT}",
        "typical (you|of you|u)",
        "(that's|thats|that is|so) (so)? typical (of you|of u)?",
        "(you|u) (only|just|always|only ever) (think|care) about (yourself|you|your|urself)",
        "(it's|its|it is) always about (you|u)",
        "(you|u) (never|always|never ever|don't ever|dont ever|never even|don't even|dont even|"
        "hardly ever|rarely) {DO}",
        "(you|u) (always|constantly|keep|never stop) (forget|forgetting|ignore|ignoring|ruin|"
        "ruining|interrupt|interrupting|complain|complaining|nag|nagging|whine|whining|moan|"
        "moaning|criticise|criticize|criticising|criticizing|blame|blaming|twist|twisting|"
        "make everything|mess|screw|do this|do that|say that|pick|start|leave|lie|lying)",
        "(you're|youre|you are|ur) (always|never|constantly) (like this|late|on your phone|busy|"
        "complaining|nagging|moaning|working|home|there|around|tired|angry|in a mood|"
        "in a bad mood|grumpy|distracted)",
        "(you|u) (can't|cant|never|cannot) (do|get) anything right",
        "(you|u) (ruin|ruined|spoil|spoiled|spoilt|wreck|wrecked) everything",
        "with (you|u) it's always",
        "(you|u) (don't|dont|never|do not|never ever) (care|give a shit|give a damn|give a fuck) "
        "(about)? (me|us|anyone|anything|my|what i|how i)",
        "(you're|youre|you are|ur|u r|you were) (such|always)? (a|an|such a) (slob|baby|child|"
        "narcissist|egoist|liar|hypocrite|control freak|mess|nag|brat|disappointment|failure|"
        "joke|coward|snob|bully|spoilt brat|spoiled brat|kid|toddler|teenager)",
        "(you|u) (can|could) never",
        "(you|u) (never|don't ever|dont ever) (listen|help|ask|think|notice|try|change|learn)",
        "what kind of (person|partner|husband|wife|boyfriend|girlfriend|man|woman) (does|would)",
        "(every single time|every time|always the same) with (you|u)",
        "(you're|youre|you are|ur) (just|exactly) like your (mother|father|mum|mom|dad|ex)",
    ],
    "always_never": [
        "always",
        "never",
        "constantly",
        "every time",
        "every single time",
        "all the time",
        "never ever",
        "not once",
        "not even once",
        "forever",
        "nonstop",
        "non-stop",
    ],
    # a sigh ("daar gaan we weer") is contempt only as the answer to a complaint or a feeling
    "contempt_sigh": [
        "(here we go|there you go|there she goes|there he goes) again",
    ],
    "contempt": [
        "(congrats|congratulations|well done|bravo|good job) [,] (genius|einstein|professor|smart guy)",
        "i (have|'ve got|got) better things to do",
        "🙃",
        "(wow|oh wow|omg|whoa)? [,] (a|what a|it's a|its a) (miracle|christmas miracle)",
        "(should i|shall i|better) (call|alert|tell) the (papers|press|news|newspapers)",
        "(want|do you want|you want|d'you want) a (medal|trophy|cookie|gold star|prize|"
        "round of applause|pat on the back)",
        "bravo",
        "(mr|miss|mrs|ms) (perfect|know-it-all|know it all|diy|organised|organized|right|sensitive|sunshine|important)",
        "(boring|yawn) (.|!|…|🥱)",
        "🥱",
        "(you're|youre|ur|you are) not [seriously] (going to|gonna) (wear that|go out like that|"
        "go out in that|"
        "eat all that|say that to)",
        "(your|ur) (job|work|phone|mum|mom|mother|friends|football|gaming|career|laptop|games) (always)? comes first",
        "(go|just go|go and) (sulk|cry|whine|moan|pout|mope) (on your own|in the corner|somewhere else|then)?",
        "(wow|well|gee|oh) [,] what a (surprise|shock|achievement|shocker)",
        "(airy-fairy|woo-woo|hippie|touchy-feely) (nonsense|stuff|crap|rubbish|talk)",
        "(you and|u and) (your|ur) (feelings|drama|moods|problems|sensitivity|worries|nonsense|issues)",
        "(spoiled|spoilt|poor|little) (princess|prince|toddler)",
        "(her|his|your) (majesty|highness|lordship|ladyship) (has|is|wants|needs)",
        "of course (you|u) (forgot|ruined|left|messed up|screwed up) (it|that)? (again)?",
        "(oh|aw|aww|awww)? poor (you|little you|baby|little baby|princess|thing|diddums)",
        "poor little (you|thing|baby|princess|snowflake|me)",
        "(boo hoo|boohoo|boo-hoo|boo hoo hoo|waah|wah wah|waaah|diddums)",
        "(cry|crying) me a river",
        "(yeah|yea|ya|oh|uh) (right|sure)",
        "(sure|suuure) (jan|you did|you are|you do|you will|thing|buddy|mate|babe)",
        "(wow|well done|bravo|congrats|nice one|great job|good job|good going|nice going|"
        "real smooth|way to go|brilliant) [,] (genius|einstein|sherlock|captain obvious|"
        "smart guy|smartass|smart arse|mastermind)",
        "(wow|oh wow) [,] (genius|real mature|just wow|what a shock|what a surprise|shocker|"
        "okay then|ok then|how original|so mature)",
        "(real|so|how) mature",
        "big (surprise|shock)",
        "slow clap",
        "(thanks|thank you) (for nothing|captain obvious|so much for nothing)",
        "(grow up|get a life|get real|get a job|get a clue)",
        "(go|run|go and) (cry|crying|whine|complain) to (your|ur) (mum|mom|mommy|mummy|mother|mama)",
        "(fuck|piss|sod|bugger|f|eff) off",
        "(get lost|go to hell|shove it|bite me|screw you|fuck you|up yours|get stuffed|"
        "go fuck yourself|kiss my ass|kiss my arse)",
        "(you|u) (make|making) me sick",
        "(you|u) disgust me",
        "(you're|youre|you are|ur|u r) (so|such)? (pathetic|a joke|laughable|embarrassing|"
        "a disgrace|an embarrassment|disgusting|unbelievable|a clown|beneath me|not worth it)",
        "(what a|such a) (joke|loser|clown|baby|disgrace|waste)",
        "how (pathetic|sad|embarrassing|laughable|cute|original|predictable)",
        "(🙄|😒|🤦|🖕|😑)",
        "(pfft|pff|pfff|tsk|tsk tsk|smh|pshh|psh|ugh whatever)",
        "snowflake",
        "(whatever|anything) you say (babe|dear|princess|boss|honey|sweetheart|darling|sunshine|your highness)?",
        "(oh|aww)? (did|does) (the)? (little|poor|wittle) (baby|one|princess|diddums)",
        "ok boomer",
        "(listen to|look at) (yourself|urself)",
        "(you|u) (can't|cant|cannot) be (serious|for real)",
        "(are|r) (you|u) (even|for) (real|listening to yourself|serious)",
        "(what|whatever) (a|an)? (surprise|shock) [,] (not)",
        "imagine (being|thinking|getting upset)",
        "(lol|lmao|haha) (ok|okay|sure|right|whatever)",
    ],
    "insult": ["{INSULT}"],
    "defend": [
        "(do|d'you) (you|u) think (i|i've|ive|i was|i've been) (was|been|spent|sitting|lying) "
        "(around|here|on the sofa|doing nothing)",
        "what (do|did) (you|u) expect",
        "what (do|did) (you|u) want me to (do|say) (then|about it|now)",
        "why (don't|dont) (you|u) (do|sort|cook|clean|tidy|fix) it yourself (then)?",
        "(it's|its) (my|also my|my own) (money|house|car|life|time|family|right|phone)",
        "(i'll|ill|i will|i can) (read|do|buy|say|go|wear) (what|whatever) i want",
        "i (read|do|buy|say|wear) (what|whatever) i (want|like)",
        "because i (have|'ve got|ve got) a (life|job) (too)?",
        "(you|u) (wanted|said|asked for) (it|this|that)? (yourself)",
        "(i've|ive|i have) (been working|worked) (all day|so hard|my ass off|my arse off)",
        IM + " (tired|exhausted|busy|knackered) too",
        "(it|that) was a joke",
        "i (work|have a job|have a life|do stuff|do things|do plenty|do my part|do my share|"
        "help|cook|clean) (too|as well)",
        "well [,] (you|u) (forgot|missed|ignored|left|never|didn't|didnt|weren't|wasn't|broke|lost)",
        "i (did|do) (do|help|try|clean|cook|call|text|tell|ask|say|pay|tidy|remember)",
        "i (just|only) forgot",
        "(it's|its|it is) not like (i|i'm|im|i was|i've|ive)",
        "i only (told|had|went|spent|bought|took|forgot)",
        "(wasn't|wasnt|isn't|isnt|was not|is not) my (fault|problem)",
        "(yeah|yes|yea|ya|yh|yep|ok|okay|sure|well|yeah yeah|yes yes|true) [,] but",
        "(but|well|and)? (you|u) (do|did|say|said|are|were|forget|forgot|'re) (it|that|the same|"
        "this)? (too|as well|all the time|yourself|just as much)",
        "(you|u) (do|did) (it|that|the same|this) (too|as well|all the time|yourself)",
        "so do (you|u)",
        "(you're|youre|you are|ur|u r) (one|the one) to talk",
        "look who's talking",
        "look whos talking",
        "(and|but|well)? what about (you|u|when you|that time|the time|yourself|urself|last week|last time|your)",
        "(you|u) (started|began|begun) (it|this|the whole thing)",
        "(it's|its|that's|thats|it is|it was|that is|it wasn't|it isnt|it isn't) not my "
        "(fault|problem|job|responsibility|issue)",
        "(it|that) (wasn't|wasnt|isn't|isnt) my (fault|problem|job|responsibility)",
        "not my (fault|problem|job)",
        "i was (just|only) (trying|joking|kidding|saying|asking|being honest|being|doing|helping|"
        "teasing|messing|looking|having)",
        IM + " (just|only) (trying|saying|being honest|asking|joking|kidding|telling you)",
        "i only (said|did|asked|wanted|meant)",
        "i (never|didn't|didnt|did not) (said|say|mean|do|meant|did) (that|it|anything|that either)",
        "i never said that",
        "(that's|thats|that is|it's|its) not (what i said|what i meant|what happened|fair|true)",
        "(what|how) (was|am|were) i supposed to (do|know|say|guess)",
        "how (was|am|would|should|could) i (supposed to)? know",
        "(you|u) (should have|should've|shouldve|shoulda|could have|could've|couldve|never) "
        "(told|said|asked|mentioned|reminded)",
        "(well|but)? (you|u) (didn't|didnt|never|did not) (tell|told|ask|asked|say|said|mention|"
        "mentioned|remind|reminded) (me)?",
        "i (already|did) (told|tell|said|say|did|do) (you|it|that)",
        "i told (you|u) (already|so|before|that|this)",
        "i had a (long|busy|hard|rough|bad|stressful) day (too|as well)?",
        IM + " (tired|busy|stressed|exhausted) too",
        "i (was|am|'m) (not|never) the (only one|one who)",
        "(it wasn't|it wasnt|it was not|wasn't|wasnt) (just|only)? me",
        DONT + " (blame|put this on|put that on|pin this on) me",
        "stop blaming me",
        "why is it (always)? my fault",
        "(i|i just) (can't|cant|cannot) help it",
        "(there's|theres|there is|there was) nothing i (can|could) (do|have done)",
        "i did my best",
        "at least i (don't|dont|didn't|didnt|do|try|am|'m|tried|did)",
        IM + " not (the one|perfect|a mind reader|a mindreader)",
        "(it was|that was|it's|its) (just|only) a joke",
        "(can't|cant) (you|u) take a joke",
        "(you're|youre|you are|ur) (the one|always the one) who",
        "(how|why) is (this|that|it) my (fault|problem)",
        "(i|me)? (don't|dont) (see|get) (what|why) (the problem|the big deal|you're so|ur so)",
    ],
    # love said in the same breath: a sign that a rough word is teasing
    "affection": ["(love you|love u|luv u|luv you|ily|love ya|❤️|❤|😘|🥰|😍|💕|💖|🤍|xx|xxx)"],
    "defend_except": [
        "(yeah|yes|yea|ya|yep|ok|okay|true) [,] but (i (get|understand|hear|see|know|can see|"
        "totally get|do understand|feel)|you're right|youre right|ur right|you have a point|"
        "i see your point|that makes sense|it makes sense|i can imagine|i do understand|"
        "i'm sorry|im sorry|i was wrong|you're also right)",
        "but (you're|youre|ur|you are) right",
        "i hear you [,] but",
    ],
    "stonewall": [
        "why bother",
        "not (this|that) again",
        "(boring|yawn) (.|!|…|🥱)",
        "[just] leave it (.|!|alone|…)",
        "can we (just)? not (.|!|…|please|pls)",
        "(whatever|whatevs|wtv|whatevr|watever)",
        "forget it",
        "(never mind|nevermind|nvm)",
        "(i'm|im|i am) (done|so done|finished|over it|out of here|outta here)",
        "(do|go) (whatever|what) (you|u) (want|like|wanna|please)",
        "suit yourself",
        "(figure|sort|work) it out (yourself|urself|on your own)",
        "i (don't|dont|do not|won't|wont|refuse to) (want to|wanna)? (talk|discuss|argue|"
        "get into) (about)? (this|it|that)",
        "(i'm|im|i am) (not going to|not gonna|not) (talk|discuss|argue|get into|talking|"
        "discussing|arguing|doing) (about)? (this|it|that)",
        "(i'm|im|i am) not (talking|discussing|doing|having|getting into) (about)? (this|it|that)",
        "not (talking|discussing|doing) (about)? (this|it|that) (again|now|anymore|any more)?",
        "(i)? (don't|dont|do not) (care|give a shit|give a damn|give a fuck)",
        "(couldn't|couldnt|could not) care less",
        "end of (discussion|conversation|story)",
        IM + " not (interested|listening)",
        "leave me alone",
        "talk to the hand",
        "(i have|i've|ive|i've got|got) nothing (more|else)? to say",
        "(go|just go) away",
        DONT + " (text|message|call|talk to|speak to) me",
        "i (can't|cant) (deal with|be bothered with|be arsed with|be bothered|be arsed) (this|you|it)",
        "(it|this) (doesn't|doesnt|does not|don't|dont) matter (anyway|anymore|any more)",
        "(just)? drop it",
        "(i'm|im|i am) not (doing|having) this",
        "(talk|speak) to yourself",
        "(do|say) what you want",
        "(i)? (can't|cant) be (bothered|arsed)",
        "(we're|we are|were) done (here|talking)",
        "(i'm|im|i am) (going|logging) (offline|off)",
        "(good night|goodnight|night|bye) [.] (whatever|done)",
        "(i)? (don't|dont) want to (hear|know) (it|about it|anymore|any more)",
    ],
    "stonewall_except": [
        "whatever (the|this|it|he|she|they|happens|comes|the result|the outcome|they say|"
        "the doctor|the scan|the test|you say)",
        "whatever (you|u) (need|decide|choose|feel)",
        "(anything|whatever) (helps|makes you|works for you|you need|u need|it takes)",
        "(i'll|ill|i will) do whatever",
        "whatever (happens|it takes)",
        "whatever you (want|decide|choose|prefer) [,] (i'll|ill|i will|i'm|im|i am|i) (support|"
        "back|be|stand|with|love|respect)",
        "(i'm|im|i am) done (with work|with my|working|for the day|for today|at|eating|cooking|"
        "in|shopping|soon|early|by|around|cleaning|with dinner|with the dishes|with the laundry|"
        "with the shopping|with the meeting|with the report|with the kids|with the washing|"
        "with the cleaning|now ,|here ,|there)",
        "(i'm|im|i am) (finished|over it) (at|by|around|with work|with the|early|soon|in)",
        "(don't|dont|do not|never|won't|wont|didn't|didnt|ill never|i'll never|never ever) forget it",
        "(i don't|i dont|i do not) care (what (anyone|people|others|they|anybody) (think|thinks|"
        "say|says)|how long it takes|how much it costs|about being right|who's right|who is "
        "right|about winning|if we're late|about the mess|about the money|about the dishes|"
        "about the car|what happens|where we go|what we eat|what we do|which one)",
        "never mind (the|that|about)",
        "(i'm|im|i am) not (talking|doing|having) (about)? (this|it|that) (without you|alone|right now,)",
        "(not|don't|dont) drop it",
        "(it|this) (doesn't|doesnt|does not) matter (what|who|how|to me what|to me who)",
        "(i)? (don't|dont) care (who|what) (started it|was right|is right)",
        "forget it (,|and) (i'll|ill|i will|let me|let's|lets)",
    ],
    # what makes a partner's message ask for an answer (a curt "ok" to it closes the door)
    "talk_request": [
        "(can|could|should|shall) we (talk|have a chat|chat|have a talk|sit down|discuss)",
        "i (want|need|'d like|would like|wanna|really want|really need) to (talk|have a chat|chat|"
        "discuss|sort this out)",
        "we (need|have|gotta) to talk",
        "(do you want|can we|could we|are you free) to talk",
        "why (are|do|did|would|won't|wont) (you|u)",
        "i (want|need|'d like|would like) (you|u|us) to",
        "(can|could|will|would) (you|u) (please|pls|plz)",
        "(please|pls|plz) (talk to me|answer|reply|say something|tell me)",
        "(are|r) (you|u) (there|listening|ignoring me)",
    ],
    "later": [
        "(later|tomorrow|tonight|this evening|in an hour|in a bit|in a while|after dinner|"
        "in the morning|after work|at the weekend|on the weekend|this weekend|in a few minutes|"
        "in half an hour|in 20 minutes|in 10 minutes|in an hour or so)",
        "(when|once) (i've|ive|i have|i|we've|weve|we have|we|we're|were|we are|i'm|im|i am) "
        "(calmed down|calm down|calmer|cooled down|cooled off|cool down|calm|both calm|"
        "both calmer|had a break|had a minute|had some space|slept on it)",
        "(need|take|taking|have|having|give me) a (minute|moment|break|breather|pause|timeout|"
        "time out|time-out|few minutes|bit of time|sec|second)",
        "(cool|calm) (off|down) (first|for a bit|a bit)",
        "(sleep on it|after a break|a short break|a pause|when you're home|when i get home)",
        "(can|could|shall|should) we (talk|pick this up|come back to this|continue) (later|"
        "tomorrow|tonight|after|in a bit|when)",
        "(pick|come back to) (this|it) (up)? (later|tomorrow|tonight|in a bit)",
    ],
    "advice": [
        "(you|u) (might|may|could) (want to|wanna)? (consider|think about|look at|look into)",
        "i (highly|strongly|really|would|'d|definitely)? (recommend|suggest|advise|encourage you)",
        "(it|that) (might|may|would|wouldn't|wouldnt) (not)? be a bad idea (to)?",
        "(it's|its|it is) (really|very|so|super)? important (for you to|to make sure)",
        "(i'd|id|i would) (really)? (like|love|want|encourage) (you|u) to (try|think|consider|talk|see|go|get|take|make|keep|start)",
        "(have|did) (you|u) (ever)? (tried|considered|thought about) (a|an|the|some|seeing|going|talking|getting)",
        # suggestions in softer forms: a question, "worth a try", "please…"
        "(could|can|would) (you|u) (maybe|perhaps|not)? (ask|try|talk to|speak to|book|see a|see your|look into|"
        "reach out to|get (some|a)|take (some|a)|start with|write)",
        "(might|may|could|would) be worth (it)? (a look|a try|trying|checking|asking|getting|talking|looking|it to)",
        "(worth|worth a) (a look|a try|trying|checking|asking|looking into|a shot)",
        "(maybe|perhaps|try to|try and|just)? (start|begin) (with|by|small)",
        "please (talk to|speak to|see|call|go to|reach out|get help|tell someone|tell somebody|contact)",
        "(it's|its|it is) (best|safest|better) (done|to do|to start|with)",
        "(might|may|could) help (you|u|a lot|a bit|too)?",
        "(what if|how about) (you|u) (just)? (picked|started|wrote|made|set|gave|let|did|put|kept|chose|"
        "booked|found|joined|skipped|stopped|turned)",
        "(have|did) (you|u) (had|get|got|asked) (someone|somebody|a doctor|a friend|a professional) (to)? (look|check|help)",
        "(have|did) (you|u) (talked|spoken|gone|been) to (a|your|the|someone|somebody) (doctor|gp|therapist|"
        "counsellor|counselor|professional|pharmacist|manager|boss|teacher|tutor|hr)",
        "(you|u) (should|shoulda|ought to|have to|gotta|need to|really need to|must|better|"
        "had better|'d better|d better|might want to|may want to)",
        "(you'd|youd|you'd better|youd better) (better|best)",
        "(why don't|why dont|why do not|why not) (you|u)? (just)? (try|call|tell|talk|ask|go|"
        "take|get|stop|quit|leave|say|text|write|book|see|speak|ignore|block|make|put|send|do)",
        "why (don't|dont) (you|u)",
        "(have|did|ever) (you|u) (tried|try|thought about|considered|thought of|looked into)",
        "(maybe|perhaps|possibly) (you|u) (could|should|can|need to|ought to|might want to|"
        "might|'d|would|gotta|have to)",
        "(maybe|perhaps) (try|just|talk|tell|call|ask|take|get|go|write|book|see|speak|stop|"
        "ignore|block|quit|leave|sleep|rest|drink|eat)",
        "if i (were|was) (you|u)",
        "(i'd|id|i would|i'd just|id just|i would just) (just|tell|call|talk|go|ask|take|say|try|"
        "quit|leave|report|get|ignore|stop|block|book|see|speak|send|write|make|put|let|look|"
        "start|walk|sleep|rest|dump|move|find|confront)",
        "(it|it'd|itd|it would|it might|it could|maybe it'd|maybe it would) (be|might be) "
        "(better|best|smart|smarter|wise|wiser|a good idea|worth|helpful|good) (to|if you|"
        "if u|trying|talking)",
        "(it's|its|it is) (better|best|worth|a good idea|smart|wise) (to|if you|if u|trying|talking)",
        "the best (thing|way|option|idea) (is|would be|to do|is to)",
        "[my] (advice|tip|suggestion) (is|would be|:|here|for you)",
        "(you|u) (could|can) (try|just|always try|ask|tell|call|talk|go|take|get|speak|write|"
        "book|say|start|stop|quit|leave|ignore|block|send)",
        "(just)? try (talking|telling|calling|asking|going|getting|taking|writing|meditating|"
        "sleeping|speaking|ignoring|being|a|some)",
        "(you|u|just|maybe|could|should) (try to|try and|try not to)",
        "(what if|how about|what about) (you|u) (just|try|tell|call|talk|ask|took|tried|talked|"
        "told|called|asked|went|got|spoke|quit|left)",
        "(what about|how about) (trying|talking|calling|telling|asking|going|getting|taking|"
        "writing|speaking|quitting|leaving|ignoring)",
        "(it|that) (might|could|would|will|can|should|may) help (to|if you|if u)",
        "(it|that) helps to",
        "(i|i'd|id) (suggest|recommend|advise)",
        "(i'd|id|i would|i) (suggest|recommend|advise) (you|u|that|trying|talking)",
        DONT + " (let (him|her|them|it|that)|take it|overthink|over think|stress about|"
        "listen to (him|her|them)|put up with|let (him|her|them) get away)",
        "(you|u) (just|simply) (need|have|gotta) to",
        "(just|simply) (ignore|block|dump|quit|tell|ask|leave) (him|her|them|it|the)",
        "(if you ask me|in my opinion|imo|imho) [,] (you|u|just|i'd|id)",
    ],
    "advice_except": [
        "(like|as if|as though) (you|u) (have|need|had|needed) to",
        "(you|u) (need|have) to know (that)? (i|i'm|im|i am|we|we're|were|how much)",
        "take as long as (you|u) (need|like|want)",
        "stay on the (phone|line) (with me)?",
        "(we'll|well|we will) get there",
        "(you|u) should be (!|.|so|proud|happy|too)",
        "(what|which|who|how) (might|may|could|would) help",
        "(you|u) (need|needed|want|wanted) to feel",
        "(text|call|ring|message|tell) me (what|if|when|whenever|anytime|once|how)",
        "give me (your|ur) (phone|password|passcode|pin|keys)",
        "keep talking like that",
        "take care",
        "sleep (well|tight|good)",
        "let me know",
        "take your time",
        "(have|had) (fun|a good time|a great time|a nice time|a good one|a lovely time)",
        "(drive|get home|travel|stay|be) (safe|safely|careful)",
        "stay (strong|warm|dry|safe)",
        "(look after|take care of) yourself",
        "enjoy (it|yourself|your|the|every)",
        "good luck",
        "(you|u) (should|must|need to|have to|gotta|ought to) (know|understand|remember|believe) "
        "(that)? (i|how much i|you're|youre|ur|you are|we)",
        "(you|u) (must|should) be (so)? (tired|exhausted|proud|thrilled|happy|excited|relieved|"
        "starving|hungry|knackered|shattered|drained|freezing|sad|gutted|devastated|upset|"
        "furious|worried|stressed|nervous|shattered|fuming|{FEELING})",
        "(you|u) must (have been|feel|have felt|be feeling)",
        "(you|u) (should|must) (have seen|see) (it|his face|her face|their faces|them|this)",
        "(you|u) (should've|shouldve|should have) (seen|been there|heard)",
        "(you|u) (can|could) (always)? (come to|talk to|call|text|lean on|count on|rely on|tell|ask) me",
        "(you|u) (don't|dont|do not) (have|need) to",
        "tell me (more|about|everything|what|how|when|if|all)",
        "take (it easy|a breath|a deep breath|all the time|a moment|as long as you need)",
        "get (well|better) soon",
        "get home safe",
        "get some (rest|sleep)",
        "go (to)? (sleep|bed)",
        "give me a (call|ring|shout|bell)",
        "(call|text|ring) me (if|when|later|anytime|any time|whenever|once)",
        "keep me (posted|updated|in the loop)",
        "(ask|call|text|tell) me (anything|anytime|any time|whenever)",
        "(you|u) (have|got) to (tell|show) me",
        "(i'd|id|i would) (love|like|be|feel|have felt|probably feel|want|prefer|hate|never)",
        "(you|u) (should|need to|have to|gotta|must) (come|join) (with)? (me|us)",
        "(you|u) (should|need to) (do|take) (what|whatever) (feels|is) right (for you)?",
        "(whatever|what) you (decide|choose)",
        "(it's|its|it is) (your|ur) (call|choice|decision)",
        "(you|u) (have to|need to|should|must|get to) decide",
        "up to (you|u)",
    ],
    # what makes a partner's message one that asks for acknowledgement before advice
    "distress": [
        "(in|in such|in a bit of) a (mood|state|funk|bad place)",
        "(my|his|her) (back|head|neck|feet|tooth|stomach) (is|'s|s) killing me",
        "(shit|crap|rough|bad|awful|horrible|terrible|long|rubbish|crappy|shitty|hard|tough|"
        "stressful|exhausting|nightmare|hellish|horrid|miserable) (day|week|night|morning|"
        "shift|meeting|weekend|year)",
        "(i'm|im|i am|i feel|i was|i've been|ive been|feeling) [so|soo|completely] (tired|"
        "exhausted|knackered|shattered|drained|stressed|overwhelmed|burnt out|burned out|done|"
        "wrecked|broken|empty|fried|spent|run down|sick|ill|awful|terrible|rubbish|crap|shit|"
        "low|down|miserable|anxious|scared|worried|lonely|sad|upset|angry|furious|frustrated)",
        "(a|another|big|huge|massive|horrible) (fight|argument|row|blow-up|blowup) (with|at|about)",
        "(drama|trouble|problems|issues|beef) with",
        "i (don't|dont|do not) know (anymore|what to do|what to do anymore|how to cope|how much more)",
        "i (can't|cant|cannot) (do this|cope|handle it|handle this|take it|take this|sleep|"
        "stop crying|deal|deal with it|take much more|face it|stand it)",
        "(ugh|urgh|argh|sigh|fml|* sigh *|😩|😫|😭|😞|😔|😢)",
        "(i'm|im|i am) (dreading|not looking forward to)",
        "(got|been|was|just got) (fired|laid off|let go|rejected|dumped|made redundant|sacked)",
        "i (failed|didn't pass|didnt pass|bombed)",
        "i lost (my|the) (job|wallet|phone|baby|mum|mom|dad)",
        "i miss (her|him|my mum|my mom|my dad|grandma|grandpa|them|my nan|my gran|home)",
        "(bad|sad|terrible|awful|horrible|shit) news",
        "(died|passed away|funeral|hospital|diagnosis|diagnosed|miscarriage|a&e|the er|"
        "the icu|biopsy|tumour|tumor|cancer)",
        "i (slept|sleep) (badly|terribly|awfully|so badly|like crap|like shit|like rubbish)",
        "(couldn't|cant|can't|didn't|didnt|couldnt) sleep",
        "(headache|migraine|panic attack|anxiety attack|breakdown|meltdown)",
        "(nobody|no one|noone) (gets|understands|listens|sees|cares|notices)",
        "i (hate|can't stand|cant stand) (my|this|it|work|myself|everything)",
        "(everything|it all|all of it) (is|feels) (too much|falling apart|going wrong)",
    ],
    # ---------------------------------------------------------------- safety
    "safety_crisis": [
        "i (cut|burn|scratch|hurt) myself (again|sometimes|a lot|still)?",
        "(i've|ive|i have) (been)? (cutting|hurting|burning) myself",
        "i (just)? (don't|dont|do not) want to (be here|exist|live|wake up) (anymore|any more)",
        "(cut|cutting|scratched|scratching|burned|burning) (myself|my arms|my legs|my wrists)",
        "(until|till|til) it bled",
        "(i'll|ill|i'm going to|im going to|gonna) do something to myself",
        "(kill|killing|hurt|hurting|harm|harming|cut|cutting|end) (myself|himself|herself|"
        "yourself|themself|themselves)",
        "(want|wanna|going|gonna|thinking about|thought about|thinking of|thought of|plan to|"
        "planning to|ready to) (to)? (die|end it|end it all|end my life|kill myself|"
        "hurt myself|not be here|disappear forever|be dead|not wake up|not exist)",
        "(want|wanna|wanted) to die",
        "wish i (was|were|could be) dead",
        "wish i (wasn't|wasnt|weren't|werent|was not|were not) (alive|here|born|around)",
        "wish i (had never been|was never|were never|'d never been) born",
        "(end|ending|ended) (it all|my life|my own life|everything)",
        "better off without me",
        "(suicide|suicidal|self harm|self-harm|selfharm|self harming|self-harming)",
        YOU + " (want|wanna|are going) to (die|kill yourself|end it all|end your life)",
        "(don't|dont|do not) want to (live|be alive|be here|wake up|exist) (anymore|any more)",
        "(don't|dont|do not) want to (live|be alive|exist)",
        "(no|don't see the|dont see the|can't see the|cant see the) (reason|point) (to live|"
        "in living|in going on|of living|in life|to go on|in anything anymore)",
        "(can't|cant|cannot) go on (anymore|any more)",
        "(overdose|overdosing|od'ing|take all my pills|take all the pills|swallow all)",
        "(nobody|no one|noone) would (miss|care if) (me|i)",
        "(nobody|no one|noone) (will|would) (even)? (notice|care) if i (died|was gone|disappeared)",
        "(i'm|im|i am|i'm going|gonna) (going to|gonna)? do something (stupid|to myself)",
        "(jump|jumping) (off|in front of) (a|the) (bridge|roof|train)",
        "(a|the) way out of (this|it all|everything)",
        "not (be|being) here (anymore|any more|tomorrow)",
        "(say|saying) goodbye (to everyone|for good|forever)",
        "(my|a) (suicide)? note",
    ],
    "safety_violence": [
        "(punched|hit|slammed|smashed) (the)? (wall|door|table) (next to|beside|by|near) (my|me)",
        "(i know|i'll find out) where (your|ur) (mum|mom|dad|parents|sister|brother|family|kids|work|friend) (lives|live|works|is|are)",
        "(pushed|shoved|slapped|kicked|choked|strangled|punched|grabbed) me (so)? (hard|again|yesterday|last night|today)?",
        "(grabbed|held|pinned) me (so)? (hard|down|against the wall|by the (arm|throat|neck|hair))",
        "(you'll|youll|you will|u will) (pay for (it|this|that)|regret (it|this) (i promise|i swear|i mean it))",
        "(he|she|my dad|my father|my mum|my mom|my husband|my wife|my stepdad) (used to|always|"
        "still|would)? (hit|beat|hits|beats) (my mum|my mom|my dad|my mother|my father|her|him|"
        "the kids|us|me)",
        "(he'll|hell|she'll|he will|she will|he's going to|she's going to|they'll) (hurt|"
        "do something to|kill) (me|us|you|the kids|the children)",
        "(death|violent) threats",
        "(you'll|youll|you will) see what happens",
        "(see|watch) what happens (if|when) (you|u)",
        "(i swear|or) (i'll|ill|i will) (smash|break|hit|hurt|kill|slap|punch|throw)",
        "(i'll|ill|i will) smash your (phone|face|head|stuff|things|car)",
        "help (with|for) my (anger|temper)",
        "(that's|thats|that is|it's|its|that was|it was) a threat",
        "threatening (me|messages|texts|voicemails|calls)",
        "(i'm|im|i am|we're|we are) in danger",
        "(call|calling) (the police|999|911|112|the cops)",
        "called (the police|the cops|999|911|112)",
        "(my ex|he|she) (is|was) (outside|at the door|outside the house|standing outside|outside my work) (again)?",
        "(my ex|he|she) (won't|wont) (leave|go away) [from the door]",
        "(my ex|he|she) (keeps|kept) (turning up|showing up|following me|waiting outside)",
        PARTNER + " (hit|hits|hitting|slapped|slaps|slapping|punched|punches|punching|kicked|"
        "kicks|kicking|choked|chokes|choking|strangled|strangles|strangling|smacked|smacks|"
        "shoved|shoves|beats|bit|bites|spat on|spits on|burned|burnt|threw|throws) me",
        PARTNER + " (grabbed|grabs|pushed|pushes|pinned|pins|dragged|drags) me (by|down|"
        "against|into|to the|over|out|up against|hard|so hard|and)",
        PARTNER + " (beat|beats|beating) me (up)?",
        PARTNER + " (has|had|have|'s) (hit|slapped|punched|kicked|choked|strangled|beaten|"
        "hurt|raped|attacked|assaulted|threatened|pushed|shoved) me",
        "(i'll|ill|i will|i'm going to|im going to|i'm gonna|im gonna|gonna|i could|i should) "
        "(kill|hurt|hit|punch|slap|beat|strangle|choke|stab|smack|murder) (you|u|him|her|ya)",
        "(i'll|ill|i will) (kill|murder|end) (you|u|him|her)",
        IM + " (scared|afraid|terrified|frightened|petrified) (of|that) (him|her|what he|"
        "what she|my husband|my partner|my boyfriend|my wife|my girlfriend|my ex|you|u|he|"
        "she|what you)",
        "(scared|afraid|terrified|frightened) to (go home|be at home|be home|come home|"
        "leave|tell him|tell her|be alone with)",
        "(he|she|they|you|u) (threatened|threatens|threatening|has threatened|keeps threatening|"
        "is threatening) (me|to|my)",
        "(domestic violence|domestic abuse|abusive|he abuses me|she abuses me|abused me|"
        "abusing me|physically hurt|physical abuse)",
        "(threatened|came at|pulled|held|waved|pointed) (me)? (with)? (a)? (knife|gun|weapon)",
        "(with|had|holding|pulled) a (knife|gun) (at me|to me|on me)",
        "(black eye|bruises|bruised|marks) (from|because of|he gave me|she gave me|on my neck)",
        "(raped|assaulted|attacked|molested) me",
        "(you'll|youll|you will) (regret|pay for) (this|it|that)",
        "(you're|youre|you are|ur) (dead|going to pay|gonna pay|gonna regret)",
        "(threw|throws|throwing|hurled|smashed|smashes) (things|stuff|a plate|a glass|a chair|"
        "my phone|something|everything|a bottle|a cup|his phone|her phone) (at me|at my head|"
        "at the wall|near me)",
        PARTNER + " (smashed|smashes|broke|breaks) (things|stuff|my phone|the door|everything|a plate|a glass)",
        "(hurt|hit|hits) (the kids|the children|my kids|my children|the baby|the dog)",
        "(afraid|scared) (he'll|hell|she'll|he will|she will|they'll) (hurt|hit|kill)",
    ],
    # idioms that look like danger but are not ("this heat is killing me", "die of embarrassment")
    "safety_except": [
        "(kill|killing|killed) (myself|me) (laughing|with laughter|at work|at the gym|working|"
        "to get|over this|for this)",
        "(die|died|dying|dead) (of|from) (laughter|laughing|embarrassment|boredom|cringe|shame|cuteness|jealousy)",
        "(want|wanna|wanted) to die (of|from) (embarrassment|shame|cringe)",
        "(hit|hits) me (up|with|back)",
        "(beat|beats) me (to it|at|in)",
        "(i could|i'd) kill for a",
        "(kill|killing) (it|time)",
        "(end|ending) it (with|between) (him|her|them|us)",
        "(killing|killed) me (😂|🤣|lol|haha|lmao)",
        "to die for",
        "dying to (see|know|meet|try|hear|tell)",
    ],
    "safety_coercion": [
        "(i took|im keeping|i'm keeping|i've taken|ive taken) (your|ur) (bank card|card|cards|passport|phone|keys|car keys)",
        "or (else)? (i'll|ill|i will) (take the kids|take your|tell everyone|hurt you|break|"
        "smash|kick you out|throw you out|post|ruin|make you|leave you|make your life|"
        "take away)",
        "or else (.|!|…)",
        "i (forbid|won't allow|wont allow|will not allow) (you|it|that)",
        "(you're|youre|you are|ur) not (allowed|going) (out|anywhere|to go out|to see (them|him|"
        "her|your friends)|to leave)",
        "(you|u) (stay|will stay|'re staying|are staying) (home|in|here) (or|,|and that's|whether)",
        "(you|u) (can|may) only (go|go out|leave|see your friends|see them|see her|see him) (if|when|after|once)",
        "(send|share|give) me your (location|password|passcode|pin|code|phone|pin number)",
        "(every|each) (hour|half hour|30 minutes) (,)? (your)? (location|where you are)",
        "i want (your|all your) (password|passwords|passcode|pin|location)",
        "(show|give|hand) (me)? (over)? your phone",
        "unlock your phone",
        "(i'll|ill|i will|i'm going to|im going to|let me) (check|go through|read|look through) "
        "your (phone|messages|texts|emails|dms|whatsapp)",
        "i (read|check|go through) your (messages|texts|emails|dms|phone)",
        "i (have|'ve got) (a|the|every) right to (know|read|see|check)",
        "(i'll|ill|i will) read what i want",
        "(you'll|youll|you will) never see (the|your) (kids|children) again",
        "(you|u) (won't|wont|will not) see (the|your) (kids|children) (again|ever again|either)?",
        "(don't|dont) bother coming (back|home)",
        "(i've|ive|i have) (taken|got|hidden|locked away|kept) your (keys|phone|car keys|"
        "passport|card|bank card|wallet|money)",
        "(you're|youre|you are|ur) staying (home|in|here|put)",
        "(i'm|im|i am) (taking|keeping) (your|the) (keys|phone|card|bank card|money|car keys|passport)",
        "(you|u) (don't|dont|do not) go anywhere without (me|my permission|asking me|telling me)",
        PARTNER + " (won't|wont|doesn't|doesnt|does not|didn't|didnt|will not|never|wouldn't|"
        "wouldnt) let me (see|go|leave|have|talk|meet|out|work|use|visit|call|text|wear|"
        "spend|drive|keep)",
        "(i'm|im|i am|i'm not|im not) not allowed to (see|go|leave|have|talk|work|visit|use|"
        "call|wear|spend|meet|drive|keep|text)",
        "(not|never) allowed (out|to see my|to go out|to leave the house|to have friends)",
        "(he|she|they|you|u) (takes|took|checks|checked|reads|goes through|went through|"
        "looks through|tracks|tracked|controls|keeps|kept|monitors|monitored|hides|hid) my "
        "(phone|messages|texts|emails|location|money|bank card|bank account|passport|keys|"
        "car keys|wages|salary|cards|documents|social media)",
        "my (husband|wife|boyfriend|girlfriend|partner|ex|bf|gf) (takes|took|checks|checked|"
        "reads|goes through|went through|tracks|controls|keeps|monitors|hides) my (phone|"
        "messages|texts|emails|location|money|bank card|bank account|passport|keys|wages)",
        "(controls|controlling|controlled) (my|all my|all the|our) (money|finances|bank|spending|phone)",
        "(controls|controlled|controlling) (me|everything i do|who i see|where i go|what i wear|what i eat)",
        "(forced|forces|forcing|made|makes|pressured|pressures) me (to|into)",
        PARTNER + " (forced|forces|made|makes) me",
        "(forced me|forces me)",
        "(isolate|isolates|isolated|isolating|cut|cuts|cutting|kept|keeps) me (off|away)? from "
        "(my|everyone|friends|family|seeing)",
        "(isolates|isolated|isolating) me",
        "(locked|locks|locking|lock) me (in|up|out)",
        "(have to|have 2|got to|need to|must) ask (him|her|them|permission|his permission|"
        "her permission) (to|for|before|if)",
        "(i|i've|ive|i have) (have|got) to (tell|report to|send) (him|her) (where i am|my location|everything|who i)",
        "(tracks|tracking|tracked|follows|followed|following) (me|my location|my phone|where i go)",
        "(he|she|they) (keeps|kept|keep) me from (seeing|going|leaving|working|my)",
        "threatens to (leave|take the kids|kick me out|tell|hurt|kill|take my|ruin|out me|post|share)",
        "(he|she|they|you) (won't|wont) let me (leave|go)",
        "(won't|wont) let me see my (friends|family|mum|mom|dad|sister|brother|kids|children)",
        "(takes|took|taking|keeps|kept|has) (away)? my (phone|money|passport|keys|car keys|bank card|wages)",
        "(he|she|they) (decides|chooses|picks) (what i wear|who i see|where i go|what i eat)",
        "(gives|gave) me an allowance",
        "(not|never) (let|allowed) (out of|to leave) the house",
    ],
}
