"""Benchmark: the whole chat pipeline (parse + analyse + JSON report) on a synthetic Dutch export.

Run with ``uv run python benchmarks/bench_chat.py [--messages N] [--workers 2 1] [--format json]``.

Each configuration runs in a fresh child process, so that its peak memory is its own. For every
run it prints the wall time, messages per second, and peak resident memory
(``resource.getrusage``): of the main process, of the largest worker process, and their sum as
an upper bound of the whole run (main plus every worker at its peak at the same time; forked
workers share pages with the main process, so the real total is lower). With ``--workers N``
(N > 1) N worker processes analyse while the main process reads the file and folds results.
Targets on a 2-core machine: under 10 s and under 400 MB for 100k messages with 2 workers.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def _mib(kilobytes: float) -> float:
    return kilobytes / (1024 * 1024) if sys.platform == "darwin" else kilobytes / 1024


def run_once(path: str, workers: int, output: str) -> dict[str, float]:
    """One run of the pipeline in this process; returns the figures as a dict."""
    from heartkeys.chat.analyze import analyze_chat
    from heartkeys.chat.report.html import render_html
    from heartkeys.chat.report.jsondoc import render_json

    started = time.perf_counter()
    report = analyze_chat(path, workers=workers)
    rendered = render_json(report) if output == "json" else render_html(report)
    elapsed = time.perf_counter() - started
    main = _mib(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
    child = _mib(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
    return {
        "seconds": elapsed,
        "messages": report.messages,
        "turns": report.turns,
        "bytes": len(rendered.encode()),
        "main_mib": main,
        "worker_mib": child,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=100_000)
    parser.add_argument("--workers", type=int, nargs="+", default=[2, 1])
    parser.add_argument("--format", choices=("json", "html"), default="json")
    parser.add_argument("--child", nargs=2, metavar=("PATH", "WORKERS"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)

    if args.child:
        print(json.dumps(run_once(args.child[0], int(args.child[1]), args.format)))
        return 0

    from heartkeys.chat.synth import write_whatsapp

    with tempfile.TemporaryDirectory() as folder:
        path = write_whatsapp(Path(folder) / "chat.txt", args.messages, seed=1, locale="nl-android")
        print(f"export           {path.stat().st_size / 1e6:.1f} MB, {args.messages} messages (synthetic, Dutch)")
        for workers in args.workers:
            command = [sys.executable, __file__, "--format", args.format, "--child", str(path), str(workers)]
            done = subprocess.run(command, check=True, capture_output=True, text=True)
            figures = json.loads(done.stdout.strip().splitlines()[-1])
            pool = workers if workers > 1 else 0
            total = figures["main_mib"] + pool * figures["worker_mib"]
            print(f"\nworkers          {workers}")
            print(f"turns            {figures['turns']}")
            print(f"wall time        {figures['seconds']:.2f} s ({args.format} report {figures['bytes'] / 1e3:.0f} kB)")
            print(f"throughput       {figures['messages'] / figures['seconds']:,.0f} messages/s")
            print(f"peak RSS main    {figures['main_mib']:.0f} MiB")
            if workers > 1:
                print(f"peak RSS worker  {figures['worker_mib']:.0f} MiB (largest of {pool} worker processes)")
            print(f"peak RSS total   {total:.0f} MiB (upper bound)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
