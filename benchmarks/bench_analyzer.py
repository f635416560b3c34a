"""Speed, memory and start-up of the analyzer (prints figures; not part of the test suite).

    uv run python benchmarks/bench_analyzer.py [--n 20000] [--runs 5] [--profile]

Measures, on short chat replies built from the in-repo example sets (Dutch and English, about
half of them with the message they answer):

* throughput of ``Analyzer.analyze_many`` on one core (median of runs; caches off and every text
  unique, so this is the worst case: real chats repeat themselves and hit the caches), the ratio to a bare
  regex tokenisation of the same texts;
* the same on chat-like data (a synthetic WhatsApp export, messages answering the previous one), with
  the default caches;
* latency of single ``analyze`` calls (p50, p99);
* resident memory after loading both languages;
* start-up: a fresh interpreter importing heartkeys and running a first analysis, with a cold
  and a warm lexicon cache.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LANG = ROOT / "src" / "heartkeys" / "analysis" / "lang"


def corpus(n: int) -> list[tuple[str, str | None]]:
    items: list[tuple[str, str | None]] = []
    for lang in ("nl", "en"):
        for line in (LANG / lang / "examples.jsonl").read_text(encoding="utf-8").splitlines():
            d = json.loads(line)
            items.append((d["reply"], d["context"]))
    # every text made unique (a trailing name), so that the analyzer's caches cannot help
    names = ["Anna", "Bram", "Sanne", "Joris", "Fatima", "Youssef", "Lisa", "Mark", "Noor", "Daan"]
    out = []
    i = 0
    while len(out) < n:
        reply, context = items[i % len(items)]
        tag = f"{names[i % len(names)]}{i}"
        out.append((f"{reply} {tag}", f"{context} {tag}" if context else None))
        i += 1
    return out


def rss_mb() -> float:
    with open("/proc/self/statm") as fh:
        return int(fh.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 1e6


def startup(cache_dir: str) -> float:
    code = (
        "import time; t=time.perf_counter(); import heartkeys; "
        "heartkeys.analyze('Wat rot voor je, ben je boos?'); print(time.perf_counter()-t)"
    )
    env = {**os.environ, "HEARTKEYS_CACHE_DIR": cache_dir}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True)
    return float(out.stdout.strip())


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=20000)
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--profile", action="store_true", help="only profile analyze_many (cProfile, by own time)")
    args = ap.parse_args()
    if args.profile:
        profile(args.n)
        return

    with tempfile.TemporaryDirectory() as tmp:
        cold = startup(tmp)
        warm = statistics.median(startup(tmp) for _ in range(3))

    from heartkeys import Analyzer

    base = rss_mb()
    analyzer = Analyzer(preload=True, cache_size=0)
    analyzer.analyze("Ik hoor je.", "Ik ben moe.")
    analyzer.analyze("I hear you.", "I'm tired.")
    loaded = rss_mb()

    items = corpus(args.n)
    rates = []
    for _ in range(args.runs):
        t = time.perf_counter()
        for _a in analyzer.analyze_many(items):
            pass
        rates.append(len(items) / (time.perf_counter() - t))
    # Where the time goes: the same run with no recognizer at all (tokenising reply and context,
    # the cue automaton, building the analysis) — the floor the recognizers' own work adds to.
    core = Analyzer(preload=True, cache_size=0)
    for lang in ("nl", "en"):
        core._get(lang).plan = ()
    core_rates = []
    for _ in range(args.runs):
        t = time.perf_counter()
        for _a in core.analyze_many(items):
            pass
        core_rates.append(len(items) / (time.perf_counter() - t))
    tok = re.compile(r"\w+|[^\w\s]")
    bare = []
    for _ in range(args.runs):
        t = time.perf_counter()
        for reply, context in items:
            tok.findall(reply)
            if context:
                tok.findall(context)
        bare.append(len(items) / (time.perf_counter() - t))

    from heartkeys.chat.parsers import parse
    from heartkeys.chat.synth import generate_whatsapp

    messages, _ = parse("\n".join(generate_whatsapp(args.n, seed=7)).encode("utf-8"))
    texts = [m.text for m in messages if m.kind == "text" and m.text]
    chat_pairs = list(zip(texts[1:], texts[:-1], strict=False))
    chat_rates = []
    for _ in range(args.runs):
        cached = Analyzer(preload=True)
        t = time.perf_counter()
        for _a in cached.analyze_many(chat_pairs):
            pass
        chat_rates.append(len(chat_pairs) / (time.perf_counter() - t))

    lat = []
    for reply, context in items[:5000]:
        t = time.perf_counter_ns()
        analyzer.analyze(reply, context)
        lat.append((time.perf_counter_ns() - t) / 1e6)
    lat.sort()
    after = rss_mb()
    median_rate = statistics.median(rates)
    with_context = sum(1 for _, c in items if c)
    runs = ", ".join(f"{r:,.0f}" for r in rates)
    bare_rate = statistics.median(bare)
    p50, p99 = lat[len(lat) // 2], lat[int(len(lat) * 0.99)]
    print(f"items: {len(items)} short replies ({with_context} with context), runs: {args.runs}")
    print(f"analyze_many: {median_rate:,.0f} replies/s (median; runs {runs}; unique texts, caches off)")
    print(f"engine core only (no recognizers): {statistics.median(core_rates):,.0f} replies/s")
    print(f"analyze_many on a synthetic chat: {statistics.median(chat_rates):,.0f} replies/s (default caches)")
    print(f"bare regex tokenisation: {bare_rate:,.0f} texts/s; analyzer is {bare_rate / median_rate:.0f}x slower")
    print(f"analyze latency: p50 {p50:.3f} ms, p99 {p99:.3f} ms, max {lat[-1]:.3f} ms")
    print(f"memory: {base:.0f} MB before loading, {loaded:.0f} MB with both languages, {after:.0f} MB after runs")
    print(f"start-up (import + first analysis): {cold:.2f} s cold lexicon cache, {warm:.2f} s warm")


def profile(n: int) -> None:
    """cProfile of one ``analyze_many`` run over the same corpus (caches off), by own time."""
    import cProfile
    import pstats

    from heartkeys import Analyzer

    analyzer = Analyzer(preload=True, cache_size=0)
    analyzer.analyze("Ik hoor je.", "Ik ben moe.")
    analyzer.analyze("I hear you.", "I'm tired.")
    items = corpus(n)
    with cProfile.Profile() as prof:
        for _a in analyzer.analyze_many(items):
            pass
    pstats.Stats(prof).sort_stats("tottime").print_stats(40)


if __name__ == "__main__":
    main()
