"""Benchmark: parse a synthetic 100k-message WhatsApp export five times.

Run with ``uv run python benchmarks/bench_chat_parse.py [--messages N] [--runs R] [--locale L]``.
Prints the median throughput in messages per second and the peak resident memory of the
process (``resource.getrusage``; kilobytes on Linux, bytes on macOS).
"""

from __future__ import annotations

import argparse
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path

from heartkeys.chat import iter_messages, parse
from heartkeys.chat.synth import LOCALES, write_whatsapp


def _peak_rss_mib() -> float:
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--locale", choices=LOCALES, default="nl-android")
    parser.add_argument("--stream", action="store_true", help="use iter_messages and keep nothing (memory test)")
    args = parser.parse_args(argv)

    with tempfile.TemporaryDirectory() as folder:
        path = write_whatsapp(Path(folder) / "chat.txt", args.messages, seed=1, locale=args.locale)
        size = path.stat().st_size
        rss_before = _peak_rss_mib()
        rates: list[float] = []
        for _ in range(args.runs):
            started = time.perf_counter()
            if args.stream:
                count = sum(1 for _ in iter_messages(path))
            else:
                messages, _ = parse(path)
                count = len(messages)
                del messages
            elapsed = time.perf_counter() - started
            rates.append(count / elapsed)
        rss_after = _peak_rss_mib()

    print(f"locale           {args.locale}")
    print(f"file             {size / 1e6:.1f} MB, {count} messages")
    print(f"runs             {args.runs} ({'iter_messages' if args.stream else 'parse'})")
    print(f"median           {statistics.median(rates):,.0f} messages/s")
    print(f"best / worst     {max(rates):,.0f} / {min(rates):,.0f} messages/s")
    print(f"peak RSS         {rss_after:.1f} MiB (before parsing: {rss_before:.1f} MiB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
