"""Load test of `heartkeys serve` (prints figures; not part of pytest).

    uv run python benchmarks/bench_web.py [--scenario home|analyze|charts|all] [--clients 20] [--workers 2]
    DATABASE_URL=postgres://… uv run python benchmarks/bench_web.py --workers 4

Starts `heartkeys serve --demo` on a free loopback port with a fresh data folder, logs in as the
demo partner anna and runs each scenario twice with ``--clients`` threads:

* **paced**: every client sends at a fixed pace so that all together offer ``--rate`` requests/s
  (default: 200/s for the home page, 40/s for live feedback — 20 people typing, one analysis
  every half second each — and 40/s for the pages with charts). Latency is measured from the moment
  a request was *due*, so a server that falls behind is not flattered (no coordinated omission).
  This answers "does it keep p95 under X ms at this load".
* **max**: the same clients without pauses, each sending its next request as soon as the previous
  one is answered: the most the server can do. With N clients and no pauses the latency is
  N / throughput by construction, so read this for throughput only.

Scenarios: ``home`` GET / (the couple's home page); ``analyze`` POST /api/analyze with a reply and
the message it answers (the live feedback of the exercises, session + CSRF as the browser does);
``charts`` GET the assessment overview and its radar chart. All traffic stays on 127.0.0.1. The
load generator runs on the same machine as the server and takes CPU from it, so the figures are a
lower bound.
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import re
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def request(port: int, method: str, path: str, headers: dict[str, str], body: str | None = None):
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    conn.request(method, path, body=body, headers=headers)
    resp = conn.getresponse()
    data = resp.read()
    conn.close()
    return resp, data


def login(port: int, username: str, password: str) -> str:
    resp, page = request(port, "GET", "/accounts/login/", {})
    cookies = "; ".join(c.split(";", 1)[0] for c in resp.headers.get_all("Set-Cookie") or [])
    token = re.search(rb'name="csrfmiddlewaretoken" value="([^"]+)"', page).group(1).decode()
    body = urllib.parse.urlencode({"csrfmiddlewaretoken": token, "login": username, "password": password})
    headers = {
        "Cookie": cookies,
        "Content-Type": "application/x-www-form-urlencoded",
        "Referer": f"http://127.0.0.1:{port}/accounts/login/",
    }
    resp, _ = request(port, "POST", "/accounts/login/", headers, body)
    session = [c.split(";", 1)[0] for c in resp.headers.get_all("Set-Cookie") or [] if c.startswith("sessionid")]
    if resp.status != 302 or not session:
        raise SystemExit(f"login failed: HTTP {resp.status}")
    return "; ".join([cookies, *session])


REPLIES = [
    ("Ik heb echt geen zin meer in dat werk.", "Dat klinkt alsof je op bent. Wat maakt het zo zwaar?"),
    ("Hij zei weer niks over mijn verjaardag.", "Ben je teleurgesteld?"),
    ("I feel like you never listen to me.", "So you feel unheard when I'm on my phone. What would help?"),
    ("Mijn moeder belde weer met kritiek.", "Gewoon negeren joh, stel je niet aan."),
]


def scenario_requests(name: str, charts: list[str]):
    """(method, path, body or None) for each request of a scenario, cycling."""
    if name == "home":
        return [("GET", "/", None)]
    if name == "analyze":
        return [("POST", "/api/analyze", json.dumps({"reply": r, "context": c, "lang": None})) for c, r in REPLIES]
    return [("GET", path, None) for path in charts]


def run_load(port, headers, requests, clients, total, rate=None):
    """Send ``total`` requests from ``clients`` threads; paced at ``rate`` req/s overall when given."""
    latencies: list[float] = []
    errors: list[str] = []
    lock = threading.Lock()
    counter = [0]
    interval = clients / rate if rate else 0.0
    start = time.perf_counter() + 0.05

    def client(index: int) -> None:
        due = start + index * (interval / clients if interval else 0)
        while True:
            with lock:
                if counter[0] >= total:
                    return
                n = counter[0]
                counter[0] += 1
            method, path, body = requests[n % len(requests)]
            if interval:
                pause = due - time.perf_counter()
                if pause > 0:
                    time.sleep(pause)
                sent = due
                due += interval
            else:
                sent = time.perf_counter()
            try:
                h = dict(headers)
                if body is not None:
                    h["Content-Type"] = "application/json"
                resp, _ = request(port, method, path, h, body)
                ok = resp.status == 200
                why = f"HTTP {resp.status}"
            except OSError as exc:
                ok, why = False, str(exc)
            dt = (time.perf_counter() - sent) * 1000
            with lock:
                latencies.append(dt)
                if not ok:
                    errors.append(why)

    threads = [threading.Thread(target=client, args=(i,)) for i in range(clients)]
    t0 = time.perf_counter()
    for th in threads:
        th.start()
    for th in threads:
        th.join()
    wall = time.perf_counter() - t0
    latencies.sort()

    def pct(p: float) -> float:
        return latencies[min(len(latencies) - 1, int(len(latencies) * p))]

    return {
        "requests": len(latencies),
        "throughput": len(latencies) / wall,
        "p50": pct(0.50),
        "p95": pct(0.95),
        "p99": pct(0.99),
        "median": statistics.median(latencies),
        "errors": len(errors),
        "first_error": errors[0] if errors else None,
    }


DEFAULT_RATE = {"home": 200.0, "analyze": 40.0, "charts": 40.0}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--scenario", choices=["home", "analyze", "charts", "all"], default="all")
    ap.add_argument("--requests", type=int, default=3000, help="requests per run")
    ap.add_argument("--clients", type=int, default=20)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--rate", type=float, default=None, help="paced runs: total requests/s (default per scenario)")
    args = ap.parse_args()

    port = free_port()
    env = {
        **os.environ,
        "HEARTKEYS_DATA_DIR": tempfile.mkdtemp(prefix="heartkeys-bench-"),
        "HEARTKEYS_WORKERS": str(args.workers),
        # the load test would trip the per-user limit of the analyze endpoint on purpose otherwise
        "HEARTKEYS_API_RATE_LIMIT": "1000000",
    }
    cmd = [sys.executable, "-m", "heartkeys", "serve", "--demo", "--port", str(port)]
    server = subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    try:
        password = None
        deadline = time.time() + 60
        while time.time() < deadline:
            line = server.stdout.readline()
            m = re.search(r"DEMO\s+anna\s+password:\s+(\S+)", line)
            if m:
                password = m.group(1)
            if "runs on http" in line:
                break
        time.sleep(1.5)  # let the workers boot
        cookie = login(port, "anna", password)
        csrf = re.search(r"csrftoken=([^;]+)", cookie)
        headers = {"Cookie": cookie, "Accept-Language": "nl", "X-CSRFToken": csrf.group(1) if csrf else ""}
        headers["Referer"] = f"http://127.0.0.1:{port}/"
        _, page = request(port, "GET", "/assessment/", headers)
        images = sorted(set(re.findall(r'<img[^>]+src="(/assessment/[^"]+)"', page.decode("utf-8", "replace"))))
        charts = ["/assessment/", *images[:1]]
        db = "PostgreSQL" if os.environ.get("DATABASE_URL") else "SQLite"
        print(f"{db}, {args.workers} gunicorn workers, {args.clients} clients, {args.requests} requests per run")
        names = ["home", "analyze", "charts"] if args.scenario == "all" else [args.scenario]
        for name in names:
            reqs = scenario_requests(name, charts)
            for method, path, body in reqs * 10:  # warm-up
                request(port, method, path, {**headers, "Content-Type": "application/json"} if body else headers, body)
            rate = args.rate or DEFAULT_RATE[name]
            for mode, r in (("paced", rate), ("max", None)):
                res = run_load(port, headers, reqs, args.clients, args.requests, r)
                label = f"{name:8s} {mode:5s}" + (f" @{r:,.0f}/s" if r else "")
                print(
                    f"{label:22s} throughput {res['throughput']:7,.0f} req/s | p50 {res['p50']:6.1f} ms | "
                    f"p95 {res['p95']:6.1f} ms | p99 {res['p99']:6.1f} ms | errors {res['errors']}"
                    + (f" ({res['first_error']})" if res["first_error"] else "")
                )
        if args.scenario in ("charts", "all"):
            print(f"chart pages: {', '.join(charts)}")
    finally:
        server.terminate()
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()


if __name__ == "__main__":
    main()
