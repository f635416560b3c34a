"""Golden-output harness for the analyzer: record every analysis of a fixed, varied corpus, or
check the current code against a recording (for refactoring and speed work: output must not move).

    uv run python benchmarks/golden_analyzer.py --out /tmp/golden.jsonl
    uv run python benchmarks/golden_analyzer.py --check /tmp/golden.jsonl

The corpus is deterministic (fixed seeds) and covers:

* both in-repo example sets, reply with context, and the same replies without context;
* replies paired with other examples' contexts, and analysed with the other language forced;
* a few thousand chat pairs from a synthetic WhatsApp export (each message answering the previous
  one), analysed with the default caches, as a chat is;
* recombined and mutated replies (sentences of different examples glued together, shouting,
  stretched letters, accents, fillers, emoji, quotes, negations inserted, punctuation removed);
* random token soups built from the examples' vocabulary and random Unicode;
* nasty inputs: a 1 MB text, control characters, broken surrogates, emoji floods, RTL marks,
  zero-width spaces, unbalanced quotes, newlines.

Each line of the output is ``json.dumps(analysis.to_dict(), sort_keys=True)`` (plus the
detected language of the reply alone), preceded by a tag naming the item, so that a difference
points at its input.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LANG = ROOT / "src" / "heartkeys" / "analysis" / "lang"

EMOJI = ["😂", "🤗", "❤️", "🥳", "😢", "🙄", "👍", "😡", "💔", "😘", "🫶", "🙏"]
NEGATIONS = {"nl": ["niet", "nooit", "geen"], "en": ["not", "never", "don't", "no"]}
FILLERS = {"nl": ["echt", "heel", "gewoon", "even", "wel"], "en": ["really", "just", "so", "very"]}


def _examples() -> list[dict]:
    out = []
    for lang in ("nl", "en"):
        for line in (LANG / lang / "examples.jsonl").read_text(encoding="utf-8").splitlines():
            d = json.loads(line)
            d["lang"] = lang
            out.append(d)
    return out


def _sentences(text: str) -> list[str]:
    out, cur = [], []
    for ch in text:
        cur.append(ch)
        if ch in ".!?\n":
            out.append("".join(cur).strip())
            cur = []
    if "".join(cur).strip():
        out.append("".join(cur).strip())
    return [s for s in out if s]


def _mutate(rng: random.Random, text: str, lang: str, vocab: list[str]) -> str:
    words = text.split(" ")
    op = rng.randrange(14)
    if op == 0:
        return text.upper()
    if op == 1:  # stretched letters ("sooooo")
        i = rng.randrange(len(words))
        w = words[i]
        if w:
            j = rng.randrange(len(w))
            words[i] = w[: j + 1] + w[j] * rng.randint(2, 6) + w[j + 1 :]
        return " ".join(words)
    if op == 2:  # accents and curly apostrophes
        return text.replace("e", "é", 2).replace("a", "à", 1).replace("'", "’")
    if op == 3:  # a filler inserted
        words.insert(rng.randrange(len(words) + 1), rng.choice(FILLERS[lang]))
        return " ".join(words)
    if op == 4:  # a negation inserted
        words.insert(rng.randrange(len(words) + 1), rng.choice(NEGATIONS[lang]))
        return " ".join(words)
    if op == 5:  # quoted
        return f'Ze zei "{text}"' if lang == "nl" else f'She said "{text}"'
    if op == 6:  # emoji sprinkled
        return " ".join(w + (rng.choice(EMOJI) if rng.random() < 0.2 else "") for w in words)
    if op == 7:  # punctuation removed
        return "".join(ch for ch in text if ch not in ".,!?")
    if op == 8:  # question mark added / swapped
        return text.rstrip(".!") + "?"
    if op == 9:  # newlines between sentences
        return "\n".join(_sentences(text))
    if op == 10:  # random vocabulary words swapped in
        for _ in range(rng.randint(1, 3)):
            words[rng.randrange(len(words))] = rng.choice(vocab)
        return " ".join(words)
    if op == 11:  # word dropped
        if len(words) > 1:
            del words[rng.randrange(len(words))]
        return " ".join(words)
    if op == 12:  # ellipses and dashes
        return text.replace(",", " -", 1).replace(".", "...", 1)
    return text.lower().replace(".", " haha.", 1)


def corpus() -> list[tuple[str, str, str | None, str | None, bool]]:
    """``(tag, reply, context, lang, cached)`` items, always in the same order."""
    rng = random.Random(20240611)
    ex = _examples()
    items: list[tuple[str, str, str | None, str | None, bool]] = []
    # (a) examples with context, (b) without, with lang forced both ways too
    for d in ex:
        items.append((f"ex-ctx:{d['id']}", d["reply"], d["context"], None, False))
    for d in ex:
        items.append((f"ex-noctx:{d['id']}", d["reply"], None, None, False))
    for d in ex:
        items.append((f"ex-lang:{d['id']}", d["reply"], d["context"], d["lang"], False))
        other = "en" if d["lang"] == "nl" else "nl"
        items.append((f"ex-other:{d['id']}", d["reply"], d["context"], other, False))
    # replies answering other examples' contexts (cross-pairs exercise the context rules)
    by_lang = {lang: [d for d in ex if d["lang"] == lang] for lang in ("nl", "en")}
    for lang, group in by_lang.items():
        for i, d in enumerate(group):
            other = group[(i * 7 + 3) % len(group)]
            items.append((f"cross:{lang}:{i}", d["reply"], other["context"], None, False))
            items.append((f"ctx-as-reply:{lang}:{i}", d["context"] or "", d["reply"], None, False))
    # recombined and mutated replies
    vocab = {
        lang: sorted({w for d in g for w in (d["reply"] + " " + (d["context"] or "")).split()})
        for lang, g in by_lang.items()
    }
    sents = {lang: [s for d in g for s in _sentences(d["reply"])] for lang, g in by_lang.items()}
    for k in range(3000):
        lang = "nl" if k % 3 else "en"
        group = by_lang[lang]
        base = rng.choice(sents[lang])
        if rng.random() < 0.5:
            base = f"{base} {rng.choice(sents[lang])}"
        if rng.random() < 0.2:
            base = f"{base} {rng.choice(sents[lang])}"
        text = base
        for _ in range(rng.randint(1, 3)):
            text = _mutate(rng, text, lang, vocab[lang])
        ctx = rng.choice(group)["context"] if rng.random() < 0.7 else None
        if ctx and rng.random() < 0.3:
            ctx = _mutate(rng, ctx, lang, vocab[lang])
        items.append((f"mut:{k}", text, ctx, None, False))
    # token soups from the examples' vocabulary (odd orders reach odd branches)
    punct = [".", ",", "?", "!", "...", "…", '"', "'", "-", ":", "(", ")"]
    for k in range(1500):
        lang = "nl" if k % 2 else "en"
        n = rng.randint(1, 30)
        toks = [rng.choice(vocab[lang]) if rng.random() < 0.85 else rng.choice(punct + EMOJI) for _ in range(n)]
        ctx_toks = [rng.choice(vocab[lang]) for _ in range(rng.randint(0, 15))]
        items.append((f"soup:{k}", " ".join(toks), " ".join(ctx_toks) or None, None, False))
    # random Unicode, as the property test draws it
    alphabet = "abcdefghijklmnopqrstuvwxyz ÀÉëïöüçñßæø’‘“”„'\".,!?…-\n\t\u200b\u202e\u200e😂🤗❤️\x00\x07ĲĳǅΣσς"
    for k in range(800):
        reply = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 80)))
        ctx = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 40))) if rng.random() < 0.5 else None
        items.append((f"uni:{k}", reply, ctx, None, False))
    # a synthetic chat: every message answering the previous one, default caches
    from heartkeys.chat.parsers import parse
    from heartkeys.chat.synth import generate_whatsapp

    for seed, locale in ((7, "nl-android"), (11, "en-ios")):
        try:
            lines = generate_whatsapp(2500, seed=seed, locale=locale)
        except (ValueError, KeyError):
            lines = generate_whatsapp(2500, seed=seed)
        messages, _ = parse("\n".join(lines).encode("utf-8"))
        texts = [m.text for m in messages if m.kind == "text" and m.text]
        for i, (reply, ctx) in enumerate(zip(texts[1:], texts[:-1], strict=False)):
            items.append((f"chat:{seed}:{i}", reply, ctx, None, True))
    # nasty inputs
    big = ("Wat rot voor je, ik snap dat je boos bent. Ben je moe? " * 20000)[:1_000_000]
    big_en = ("I'm so sorry, that sounds awful. Are you okay? You never listen! " * 16000)[:1_000_000]
    nasty = [
        big,
        big_en,
        "\x00\x01\x02 hoi",
        "\ud800\udfff broken surrogates",
        "\u202eRTL\u202c text, ben je boos?",
        "\u200fאני\u200f ik snap je",
        "🤗" * 50000,
        "😂" * 1000 + " ik vermoord je",
        "\u200b" * 1000,
        "ik\u200bsnap\u200bje",
        '"Stel je niet aan" zei ze. En toen "je overdrijft"',
        "“Je luistert nooit” zei hij, maar ‘dat klopt niet’",
        "Ik ben niet boos. Ik ben niet niet boos. Niet alleen boos maar ook verdrietig.",
        "I'm not angry. Not only angry but sad. Don't you dare. I don't not care.",
        "Je luistert nooit!!! Nooit!!!!",
        "?!?!?!?!",
        "...",
        "…",
        "oké",
        "k.",
        "Ja.\nNee.\nMisschien.",
        "\n\n\nhoi\n\n\n",
        "ÉÉN’TJE Wàt  VERVELEND voor je",
        "ĲSJE ĳsje ǅ Σίσυφος",
        "Wat rot voor je" * 500,
        " ".join(["niet"] * 5000),
        "a" * 100000,
        "je " * 30000,
        "(((((((((( [[[ {{{ }}} ]]] ))))))",
        "{text} {feeling} {} {0} {rewrite}",
        "sooooooo saaaaaaad voor jeeeeee",
        "-uiteindelijk je drinken?",
        "ho-how are you? wh-what happened?",
        "Dus je merkt dat het erger is als ik laat thuiskom?",
        "Ik had het met je moeten overleggen, sorry.",
    ]
    for k, text in enumerate(nasty):
        items.append((f"nasty:{k}", text, None, None, False))
        items.append((f"nasty-ctx:{k}", "Wat heb je nodig?", text, None, False))
        items.append((f"nasty-en:{k}", text, "I had a terrible day.", "en", False))
    return items


def run(items) -> list[str]:
    from heartkeys import Analyzer
    from heartkeys.analysis import detect_language

    plain = Analyzer(preload=True, cache_size=0)
    cached = Analyzer(preload=True)
    out = []
    for tag, reply, context, lang, use_cache in items:
        a = (cached if use_cache else plain).analyze(reply, context, lang)
        row = a.to_dict()
        row["_labels"] = sorted(a.labels())
        row["_detect"] = detect_language(reply)
        out.append(f"{tag}\t{json.dumps(row, sort_keys=True, ensure_ascii=True)}")
    # analyze_many on bare strings and pairs must stream the same results
    many = list(plain.analyze_many([r for _, r, *_ in items[:300]]))
    for (tag, *_), a in zip(items[:300], many, strict=True):
        out.append(f"many:{tag}\t{json.dumps(a.to_dict(), sort_keys=True, ensure_ascii=True)}")
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    group = ap.add_mutually_exclusive_group(required=True)
    group.add_argument("--out", help="write the golden file")
    group.add_argument("--check", help="compare with a golden file")
    ap.add_argument("--show", type=int, default=5, help="differences to print")
    args = ap.parse_args()
    t = time.perf_counter()
    items = corpus()
    lines = run(items)
    took = time.perf_counter() - t
    if args.out:
        Path(args.out).write_text("\n".join(lines) + "\n", encoding="utf-8")
        print(f"wrote {len(lines)} analyses to {args.out} in {took:.1f} s")
        return 0
    golden = Path(args.check).read_text(encoding="utf-8").splitlines()
    diffs = [(g, n) for g, n in zip(golden, lines, strict=False) if g != n]
    if len(golden) != len(lines):
        print(f"DIFFERENT: {len(golden)} golden lines, {len(lines)} now")
    for g, n in diffs[: args.show]:
        tag = g.split("\t", 1)[0]
        print(f"--- {tag}")
        gd, nd = json.loads(g.split("\t", 1)[1]), json.loads(n.split("\t", 1)[1])
        for k in sorted(set(gd) | set(nd)):
            if gd.get(k) != nd.get(k):
                print(f"  {k}:\n    golden {str(gd.get(k))[:600]}\n    now    {str(nd.get(k))[:600]}")
    if diffs or len(golden) != len(lines):
        print(f"DIFFERENT: {len(diffs)} of {len(lines)} analyses differ ({took:.1f} s)")
        return 1
    print(f"IDENTICAL: {len(lines)} analyses ({took:.1f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
