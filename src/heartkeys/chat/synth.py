"""Synthetic WhatsApp exports for tests and benchmarks.

The chats are invented: a couple (or a small group) planning dinner, missing each other,
sorting out a misunderstanding. All sentences were written for this module. Output looks like
a real export in one of :data:`LOCALES`, with multi-line messages, photos and other media,
deleted and edited messages, the encryption notice and the odd system line.

Two views of the same chat are offered, generated from the same seed:

* :func:`generate_whatsapp` yields the export's lines (what a phone would write);
* :func:`synth_messages` yields the :class:`~heartkeys.chat.model.Message` objects that a
  correct parser must read back from those lines (used by the round-trip tests).
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Final

from .model import DELETED, MEDIA, SYSTEM, TEXT, Message

LRM: Final = "\u200e"
NNBSP: Final = "\u202f"

NL_TEXTS: Final = (
    "Hoi! Hoe gaat het met je?",
    "Ben je al onderweg?",
    "Ik sta nog in de file, het wordt een uurtje later",
    "Zal ik vanavond koken? Ik heb zin in pasta",
    "Ja lekker, neem jij dan wijn mee?",
    "Sorry dat ik vanochtend zo kortaf was",
    "Geeft niks, ik merkte wel dat je moe was",
    "Ik mis je vandaag echt",
    "Wat een dag zeg, ik ben helemaal op",
    "Vertel, wat gebeurde er?",
    "Mijn presentatie ging beter dan ik dacht",
    "Wat knap van je! Ik wist dat je het kon",
    "Heb je mijn moeder al teruggebeld?",
    "Nog niet, doe ik straks",
    "Zullen we dit weekend naar het strand?",
    "Als het niet regent graag",
    "Ik voel me een beetje buitengesloten als je plannen maakt zonder mij",
    "Dat snap ik, zo bedoelde ik het niet",
    "Wil je er vanavond even over praten?",
    "Ja, na het eten?",
    "Vergeet je de sleutels niet?",
    "Ik haal de kinderen wel op",
    "Top, dankjewel",
    "Hoe voelde dat voor jou?",
    "Eerlijk gezegd werd ik er een beetje verdrietig van",
    "Fijn dat je het zegt",
    "Slaap lekker, tot morgen",
    "Goedemorgen zonnetje",
    "Ik heb boodschappen gedaan, de koelkast is weer vol",
    "De wasmachine doet weer raar",
    "Ik bel morgen de monteur wel",
    "Kun je even bellen als het uitkomt?",
    "Zit nog in een overleg, half uurtje",
    "Ik ben trots op je",
    "Wat heb je nu van mij nodig?",
    "Gewoon even een knuffel denk ik",
    "Komt goed, ik ben om zes uur thuis",
    "Heb je zin om zaterdag bij Sanne en Joris te eten?",
    "Liever niet, ik wil een rustig weekend",
    "Oké, dan zeg ik het af",
    "Haha precies wat ik dacht",
    "Ik hou van je",
    "Ik ook van jou",
    "Wat bedoel je daarmee?",
    "Het klonk alsof je boos was",
    "Nee hoor, gewoon druk",
    "Zal ik thee zetten als je thuiskomt?",
    "De trein heeft weer vertraging, balen",
    "Ik heb net aan je gedacht <3",
    "Kijk, de kat ligt weer op jouw kussen",
)

EN_TEXTS: Final = (
    "Hey, how's your day going?",
    "Are you on your way yet?",
    "Stuck in traffic, I'll be about an hour late",
    "Shall I cook tonight? I'm in the mood for pasta",
    "Sounds great, could you grab some wine?",
    "Sorry I was so short with you this morning",
    "That's okay, I could tell you were tired",
    "I really miss you today",
    "What a day, I'm completely wiped out",
    "Tell me, what happened?",
    "My presentation went better than I expected",
    "That's brilliant! I knew you could do it",
    "Did you call your mum back?",
    "Not yet, I'll do it later",
    "Fancy going to the beach this weekend?",
    "If it stays dry, yes please",
    "I feel a bit shut out when you make plans without me",
    "I get that, it wasn't meant that way",
    "Do you want to talk about it tonight?",
    "Yes, after dinner?",
    "Don't forget the keys",
    "I'll pick up the kids",
    "Great, thank you",
    "How did that feel for you?",
    "Honestly it made me a bit sad",
    "I'm glad you told me",
    "Sleep well, see you tomorrow",
    "Good morning sunshine",
    "I did the shopping, the fridge is full again",
    "The washing machine is acting up again",
    "I'll ring the repair guy tomorrow",
    "Can you call me when you have a minute?",
    "Still in a meeting, half an hour",
    "I'm proud of you",
    "What do you need from me right now?",
    "Just a hug I think",
    "All good, I'll be home by six",
    "Do you want to have dinner with Sanne and Joris on Saturday?",
    "I'd rather not, I need a quiet weekend",
    "Okay, I'll let them know",
    "Haha exactly what I was thinking",
    "I love you",
    "Love you too",
    "What do you mean by that?",
    "It sounded like you were angry",
    "No, just busy",
    "Shall I put the kettle on when you get home?",
    "The train is delayed again, ugh",
    "Just thought of you <3",
    "Look, the cat is on your pillow again",
)

NL_LISTS: Final = (
    "Boodschappen:\n- melk\n- eieren\n- brood",
    "Nog even over gisteren.\nIk was niet boos op jou, ik was gewoon moe.\nSorry als het zo overkwam.",
    "Planning zaterdag:\n10 uur zwemles\n13 uur verjaardag oma",
)
EN_LISTS: Final = (
    "Shopping list:\n- milk\n- eggs\n- bread",
    "About yesterday.\nI wasn't angry with you, I was just tired.\nSorry if it came across that way.",
    "Saturday plan:\n10am swimming lesson\n1pm grandma's birthday",
)
EMOJI: Final = ("", "", "", " 😊", " ❤️", " 😂", " 🙈", " 😘", " 👍")

_ENCRYPTION: Final = {
    "nl": "Berichten en gesprekken worden end-to-end versleuteld. Niemand buiten deze chat, "
    "zelfs WhatsApp niet, kan ze lezen of beluisteren.",
    "en": "Messages and calls are end-to-end encrypted. No one outside of this chat, "
    "not even WhatsApp, can read or listen to them.",
}


@dataclass(frozen=True, slots=True)
class _Style:
    lang: str
    ios: bool
    seconds: bool
    header: Callable[[datetime], str]


def _h12(t: datetime) -> tuple[int, str]:
    hour = t.hour % 12 or 12
    return hour, "AM" if t.hour < 12 else "PM"


def _en_ios(t: datetime) -> str:
    hour, marker = _h12(t)
    return f"[{t.month}/{t.day}/{t:%y}, {hour}:{t:%M:%S}{NNBSP}{marker}] "


def _en_us(t: datetime) -> str:
    hour, marker = _h12(t)
    return f"{t.month}/{t.day}/{t:%y}, {hour}:{t:%M} {marker} - "


_STYLES: Final = {
    "nl-android": _Style("nl", False, False, lambda t: f"{t:%d-%m-%Y %H:%M} - "),
    "en-android": _Style("en", False, False, lambda t: f"{t:%d/%m/%Y, %H:%M} - "),
    "nl-ios": _Style("nl", True, True, lambda t: f"[{t:%d-%m-%Y %H:%M:%S}] "),
    "en-ios": _Style("en", True, True, _en_ios),
    "en-us": _Style("en", False, False, _en_us),
    "dotted": _Style("en", False, False, lambda t: f"{t:%d.%m.%y, %H:%M} - "),
}

#: Locales :func:`generate_whatsapp` can write.
LOCALES: Final = tuple(_STYLES)

DEFAULT_START: Final = datetime(2019, 1, 7, 7, 45, 0)


def _gap(rng: random.Random) -> timedelta:
    roll = rng.random()
    if roll < 0.7:
        return timedelta(seconds=rng.randint(5, 300))
    if roll < 0.92:
        return timedelta(seconds=rng.randint(300, 7200))
    return timedelta(seconds=rng.randint(7200, 50_000))


def _plan(
    n_messages: int,
    seed: int,
    locale: str,
    authors: Sequence[str],
    start: datetime | None,
) -> Iterator[tuple[Message, list[str]]]:
    """Yield each message (as a parser should read it) with the export lines that encode it."""
    try:
        style = _STYLES[locale]
    except KeyError:
        raise ValueError(f"unknown locale {locale!r}; use one of {', '.join(LOCALES)}") from None
    if not authors:
        raise ValueError("at least one author is needed")
    rng = random.Random(seed)
    nl = style.lang == "nl"
    texts = NL_TEXTS if nl else EN_TEXTS
    lists = NL_LISTS if nl else EN_LISTS
    group = len(authors) > 2
    chat_name = ("Vrienden" if nl else "Friends") if group else authors[-1]
    me = authors[0]
    time = (start or DEFAULT_START).replace(microsecond=0)
    line = 1
    media_no = 0
    speaker = 0
    for index in range(n_messages):
        if index:
            time += _gap(rng)
        stamp = time if style.seconds else time.replace(second=0)
        header = style.header(stamp)
        mark_header = LRM + header if style.ios else header
        roll = rng.random()
        if index == 0 or roll < 0.01:
            text = _ENCRYPTION[style.lang] if index == 0 else _system_event(rng, authors, nl, style.ios)
            lines = [f"{mark_header}{chat_name}: {LRM}{text}"] if style.ios else [header + text]
            yield Message(stamp, None, text, SYSTEM, line), lines
            line += len(lines)
            continue
        # Mostly alternate, with runs of several messages by the same person.
        if rng.random() < 0.45:
            speaker = (speaker + rng.randint(1, max(1, len(authors) - 1))) % len(authors)
        author = authors[speaker]
        if roll < 0.07:
            media_no += 1
            body, caption = _media(rng, style, stamp, media_no, texts)
            lines = [f"{mark_header if body.startswith(LRM) else header}{author}: {body}"]
            if caption:
                lines.append(caption)
            message = Message(stamp, author, caption, MEDIA, line)
        elif roll < 0.09:
            body = _deleted(author == me, nl, style.ios)
            lines = [f"{mark_header if style.ios else header}{author}: {body}"]
            message = Message(stamp, author, "", DELETED, line)
        else:
            if roll < 0.19 and rng.random() < 0.3:
                text = rng.choice(lists)
            elif roll < 0.19:
                text = "\n".join(rng.sample(texts, rng.randint(2, 3)))
            else:
                text = rng.choice(texts) + rng.choice(EMOJI)
            body = text
            if roll > 0.975:
                marker = "<Dit bericht is bewerkt>" if nl else "<This message was edited>"
                body = f"{text} {LRM}{marker}" if style.ios else f"{text} {marker}"
            lines = f"{header}{author}: {body}".split("\n")
            message = Message(stamp, author, text, TEXT, line)
        yield message, lines
        line += len(lines)


def _system_event(rng: random.Random, authors: Sequence[str], nl: bool, ios: bool) -> str:
    who = rng.choice(authors)
    if ios and rng.random() < 0.5:
        return "Gemiste spraakoproep" if nl else "Missed voice call"
    if len(authors) > 2:
        other = rng.choice(authors)
        options_nl = (f"{who} heeft {other} toegevoegd", f"{who} heeft de groep verlaten")
        options_en = (f"{who} added {other}", f"{who} left")
        return rng.choice(options_nl if nl else options_en)
    if nl:
        return f"{who} heeft een nieuw telefoonnummer. Tik om een bericht te sturen."
    return f"{who} changed their phone number to a new number. Tap to message."


def _media(rng: random.Random, style: _Style, t: datetime, number: int, texts: Sequence[str]) -> tuple[str, str]:
    """Return the media line's text and the caption line ('' for none)."""
    nl = style.lang == "nl"
    if style.ios:
        if not nl and rng.random() < 0.3:
            return f"{LRM}<attached: {number:08d}-PHOTO-{t:%Y-%m-%d-%H-%M-%S}.jpg>", ""
        what = rng.choice(("afbeelding", "video", "sticker") if nl else ("image", "video", "sticker"))
        return f"{LRM}{what} {'weggelaten' if nl else 'omitted'}", ""
    if rng.random() < 0.25:
        attached = "(bestand bijgevoegd)" if nl else "(file attached)"
        caption = rng.choice(texts) if rng.random() < 0.5 else ""
        return f"IMG-{t:%Y%m%d}-WA{number % 10000:04d}.jpg {attached}", caption
    return ("<Media weggelaten>" if nl else "<Media omitted>"), ""


def _deleted(mine: bool, nl: bool, ios: bool) -> str:
    if nl:
        text = "Je hebt dit bericht verwijderd" if mine else "Dit bericht is verwijderd"
    else:
        text = "You deleted this message" if mine else "This message was deleted"
    return f"{LRM}{text}." if ios else text


def generate_whatsapp(
    n_messages: int,
    seed: int = 0,
    locale: str = "nl-android",
    authors: Sequence[str] = ("Anna", "Bram"),
    start: datetime | None = None,
) -> Iterator[str]:
    """Yield the lines (without line endings) of a made-up WhatsApp export.

    ``n_messages`` counts every message, the encryption notice and other system lines
    included. ``authors[0]`` plays the person who exported the chat ("You deleted...").
    """
    for _, lines in _plan(n_messages, seed, locale, authors, start):
        yield from lines


def synth_messages(
    n_messages: int,
    seed: int = 0,
    locale: str = "nl-android",
    authors: Sequence[str] = ("Anna", "Bram"),
    start: datetime | None = None,
) -> Iterator[Message]:
    """The messages a parser should read back from :func:`generate_whatsapp` (same arguments)."""
    for message, _ in _plan(n_messages, seed, locale, authors, start):
        yield message


def write_whatsapp(
    path: str | Path,
    n_messages: int,
    seed: int = 0,
    locale: str = "nl-android",
    authors: Sequence[str] = ("Anna", "Bram"),
    start: datetime | None = None,
    encoding: str = "utf-8",
) -> Path:
    """Write a made-up export to ``path`` (lines end in ``\\n``) and return the path."""
    target = Path(path)
    with target.open("w", encoding=encoding, newline="\n") as out:
        for line in generate_whatsapp(n_messages, seed, locale, authors, start):
            out.write(line)
            out.write("\n")
    return target
