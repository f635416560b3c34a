"""Load test of the couple's home page under `heartkeys serve` (prints figures; not part of pytest).

    uv run python benchmarks/bench_web.py [--requests 4000] [--clients 20] [--workers 2]
    DATABASE_URL=postgres://… uv run python benchmarks/bench_web.py --workers 4

Starts `heartkeys serve --demo` on a free loopback port with a fresh data folder, logs in as the
demo partner anna, then lets ``--clients`` threads fetch her home page (``/``) until
``--requests`` responses are in. Prints requests/s, latency percentiles and the error count. All
traffic stays on 127.0.0.1. The load generator runs on the same 2-core machine as the server, so
the figures are a lower bound.
"""

from __future__ import annotations

import argparse
import http.client
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


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--requests", type=int, default=4000)
    ap.add_argument("--clients", type=int, default=20)
    ap.add_argument("--workers", type=int, default=2)
    args = ap.parse_args()

    port = free_port()
    env = {
        **os.environ,
        "HEARTKEYS_DATA_DIR": tempfile.mkdtemp(prefix="heartkeys-bench-"),
        "HEARTKEYS_WORKERS": str(args.workers),
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
        headers = {"Cookie": cookie, "Accept-Language": "nl"}
        for _ in range(50):  # warm-up
            request(port, "GET", "/", headers)

        latencies: list[float] = []
        errors = 0
        lock = threading.Lock()
        remaining = [args.requests]

        def client() -> None:
            nonlocal errors
            while True:
                with lock:
                    if remaining[0] <= 0:
                        return
                    remaining[0] -= 1
                t = time.perf_counter()
                try:
                    resp, _ = request(port, "GET", "/", headers)
                    ok = resp.status == 200
                except OSError:
                    ok = False
                dt = (time.perf_counter() - t) * 1000
                with lock:
                    latencies.append(dt)
                    if not ok:
                        errors += 1

        threads = [threading.Thread(target=client) for _ in range(args.clients)]
        start = time.perf_counter()
        for th in threads:
            th.start()
        for th in threads:
            th.join()
        wall = time.perf_counter() - start
        latencies.sort()
        pct = lambda p: latencies[min(len(latencies) - 1, int(len(latencies) * p))]  # noqa: E731
        db = "PostgreSQL" if os.environ.get("DATABASE_URL") else "SQLite"
        print(f"{db}, {args.workers} gunicorn workers, {args.clients} concurrent clients, {len(latencies)} requests")
        print(f"throughput: {len(latencies) / wall:,.0f} requests/s")
        print(
            f"latency: p50 {pct(0.50):.1f} ms, p95 {pct(0.95):.1f} ms, p99 {pct(0.99):.1f} ms, "
            f"median {statistics.median(latencies):.1f} ms"
        )
        print(f"errors: {errors}")
    finally:
        server.terminate()
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()


if __name__ == "__main__":
    main()
