"""Load and soak through the guarding proxy: nothing lost, nothing leaked.

One process, one event loop, loopback only: the built-in replaying upstream (uvicorn) ← the guarding proxy
(uvicorn, hold mode, the shipped model) ← an httpx client. Each request names a shipped scenario as its
``model``, so the upstream text of every stream is known exactly. Per stream the client checks that the
released content plus the withheld segments, put back at their offsets, is the upstream text, character
for character. Around the measured phases (after a warm-up that fills the connection pools) it reads:

- RSS (VmRSS from /proc/self/status), open file descriptors (/proc/self/fd), asyncio tasks;
- deadline misses, errors and streams in flight from the proxy's GuardMetrics.

    python benchmarks/soak.py --quick                               # 150 sequential + 20 at once (CI)
    python benchmarks/soak.py --sequential 10000 --concurrent 200   # the long run
    python benchmarks/soak.py --quick --json out.json               # also write the figures as JSON

Exit status 1 when a character was lost, a stream failed, or fds/tasks leaked.
"""
from __future__ import annotations

import argparse
import asyncio
import gc
import json
import logging
import os
import socket
import sys
import time
from typing import Any

import httpx
import uvicorn

from streamguard.config import GuardConfig
from streamguard.metrics import GuardMetrics
from streamguard.proxy import create_proxy_app
from streamguard.replay import create_replay_app, load_scenarios


def rss_mb() -> float:
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024.0
    return float("nan")


def open_fds() -> int:
    return len(os.listdir("/proc/self/fd"))


def parse(body: bytes) -> tuple[str, list[dict[str, Any]]]:
    """Released content and withheld records of one OpenAI-format guarded stream."""
    text: list[str] = []
    withheld: list[dict[str, Any]] = []
    for block in body.decode("utf-8").replace("\r\n", "\n").split("\n\n"):
        data = "\n".join(line[5:].lstrip(" ") for line in block.split("\n") if line.startswith("data:"))
        if not data or data.strip() == "[DONE]":
            continue
        obj = json.loads(data)
        for c in obj.get("choices") or []:
            piece = (c.get("delta") or {}).get("content")
            if piece:
                text.append(piece)
        rec = obj.get("streamguard")
        if isinstance(rec, dict) and rec.get("event") == "withheld":
            withheld.append(rec)
    return "".join(text), withheld


def rebuild(content: str, withheld: list[dict[str, Any]]) -> str:
    out, pos, used = [], 0, 0
    for r in sorted(withheld, key=lambda r: r["segment"]["start"]):
        take = r["segment"]["start"] - pos
        out.append(content[used:used + take])
        used += take
        out.append(r["segment"]["text"])
        pos = r["segment"]["end"]
    out.append(content[used:])
    return "".join(out)


class Tally:
    def __init__(self) -> None:
        self.streams = self.failed = self.mismatched = 0
        self.upstream_chars = self.lost = self.extra = self.withheld = 0
        self.durations: list[float] = []
        self.errors: list[str] = []


async def one_stream(client: httpx.AsyncClient, url: str, scenario: Any, tally: Tally) -> None:
    started = time.perf_counter()
    try:
        r = await client.post(url, json={"model": scenario.name, "stream": True,
                                         "messages": [{"role": "user", "content": scenario.prompt}]})
        body = r.content
        if r.status_code != 200:
            raise RuntimeError(f"status {r.status_code}: {body[:200]!r}")
        content, withheld = parse(body)
    except Exception as exc:  # counted, and the run goes on
        tally.failed += 1
        tally.lost += len(scenario.answer)
        if len(tally.errors) < 5:
            tally.errors.append(f"{type(exc).__name__}: {exc}"[:300])
        return
    finally:
        tally.streams += 1
        tally.upstream_chars += len(scenario.answer)
    tally.durations.append(time.perf_counter() - started)
    tally.withheld += len(withheld)
    got = rebuild(content, withheld)
    if got != scenario.answer:
        tally.mismatched += 1
        tally.lost += max(0, len(scenario.answer) - len(got)) or (1 if len(got) == len(scenario.answer) else 0)
        tally.extra += max(0, len(got) - len(scenario.answer))


async def start_server(app: Any, port: int = 0) -> tuple[uvicorn.Server, asyncio.Task[None], str, socket.socket]:
    sock = socket.socket()
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", port))
    sock.listen(1024)
    # Idle keep-alive connections stay open for the whole run: the connection pools then hold a stable number
    # of sockets, so a change in open fds between the two readings is a leak, not a pool closing idle ones.
    server = uvicorn.Server(uvicorn.Config(app, log_level="warning", lifespan="on", timeout_graceful_shutdown=2,
                                           backlog=1024, timeout_keep_alive=3600))
    task = asyncio.create_task(server.serve(sockets=[sock]))
    while not server.started:
        if task.done():
            task.result()
        await asyncio.sleep(0.01)
    return server, task, f"http://127.0.0.1:{sock.getsockname()[1]}", sock


async def settle() -> tuple[int, int, float]:
    """Tasks, fds and RSS once the loop is quiet (connections closing, background tasks ending)."""
    last = None
    for _ in range(50):
        await asyncio.sleep(0.1)
        gc.collect()
        now = (len(asyncio.all_tasks()), open_fds())
        if now == last:
            break
        last = now
    return len(asyncio.all_tasks()), open_fds(), rss_mb()


async def soak(args: argparse.Namespace) -> dict[str, Any]:
    logging.getLogger("streamguard").setLevel(logging.ERROR)
    scenarios = load_scenarios()
    metrics = GuardMetrics()
    config = GuardConfig(mode="hold", hold_budget_ms=args.budget_ms, on_deadline="release")
    upstream_sock = socket.socket()  # the upstream's address is needed before the proxy (and its model) is built
    upstream_sock.bind(("127.0.0.1", 0))
    up_port = upstream_sock.getsockname()[1]
    upstream_sock.close()
    t0 = time.perf_counter()
    proxy = create_proxy_app(f"http://127.0.0.1:{up_port}/v1", config=config, metrics=metrics)  # the shipped model
    load_s = time.perf_counter() - t0
    fds_start = open_fds()
    up_server, up_task, up_url, up_sock = await start_server(create_replay_app(rate=args.rate, jitter=0.0), port=up_port)
    px_server, px_task, px_url, px_sock = await start_server(proxy)
    url = px_url + "/v1/chat/completions"
    limits = httpx.Limits(max_connections=args.concurrent + 10, max_keepalive_connections=args.concurrent + 10)
    async with httpx.AsyncClient(timeout=httpx.Timeout(60.0), limits=limits) as client:
        warm = Tally()
        for k in range(10):
            await one_stream(client, url, scenarios[k % len(scenarios)], warm)
        await asyncio.gather(*(one_stream(client, url, scenarios[k % len(scenarios)], warm)
                               for k in range(args.concurrent)))
        tasks0, fds0, rss0 = await settle()
        misses0 = metrics.deadline_misses._value.get()

        seq = Tally()
        t = time.perf_counter()
        for k in range(args.sequential):
            await one_stream(client, url, scenarios[k % len(scenarios)], seq)
        seq_s = time.perf_counter() - t
        rss_mid = rss_mb()
        seq_misses = metrics.deadline_misses._value.get() - misses0

        conc = Tally()
        rss_waves: list[float] = []
        t = time.perf_counter()
        for wave in range(args.waves):
            await asyncio.gather(*(one_stream(client, url, scenarios[(k + wave) % len(scenarios)], conc)
                                   for k in range(args.concurrent)))
            gc.collect()
            rss_waves.append(round(rss_mb(), 1))
        conc_s = time.perf_counter() - t
        tasks1, fds1, rss1 = await settle()
    misses = metrics.deadline_misses._value.get() - misses0
    in_flight = metrics.streams_in_flight._value.get()
    errors = {kind: metrics.errors.labels(kind=kind)._value.get() for kind in ("classifier", "decode", "upstream",
                                                                                "overflow", "disconnect")}
    for server in (px_server, up_server):
        server.should_exit = True
    await asyncio.gather(px_task, up_task)
    up_sock.close()
    px_sock.close()
    tasks_end, fds_end, _ = await settle()

    def pct(xs: list[float], q: float) -> float:
        return round(sorted(xs)[min(len(xs) - 1, int(q * len(xs)))] * 1000, 1) if xs else float("nan")

    both = [seq, conc]
    return {
        "sequential": args.sequential, "concurrent": args.concurrent * args.waves, "waves": args.waves,
        "concurrent_at_once": args.concurrent, "budget_ms": args.budget_ms, "rate_tokens_per_s": args.rate,
        "model_load_s": round(load_s, 2),
        "streams": sum(t.streams for t in both), "failed_streams": sum(t.failed for t in both),
        "mismatched_streams": sum(t.mismatched for t in both),
        "upstream_chars": sum(t.upstream_chars for t in both), "lost_chars": sum(t.lost for t in both),
        "extra_chars": sum(t.extra for t in both), "withheld_segments": sum(t.withheld for t in both),
        "sequential_s": round(seq_s, 2), "sequential_streams_per_s": round(args.sequential / seq_s, 1) if seq_s else None,
        "sequential_p50_ms": pct(seq.durations, 0.5), "sequential_p99_ms": pct(seq.durations, 0.99),
        "concurrent_s": round(conc_s, 2), "concurrent_p50_ms": pct(conc.durations, 0.5),
        "concurrent_p99_ms": pct(conc.durations, 0.99),
        "rss_baseline_mb": round(rss0, 1), "rss_after_sequential_mb": round(rss_mid, 1), "rss_after_mb": round(rss1, 1),
        "rss_growth_mb": round(rss1 - rss0, 1), "rss_after_each_wave_mb": rss_waves,
        "tasks_baseline": tasks0, "tasks_after": tasks1, "leaked_tasks": tasks1 - tasks0,
        "fds_baseline": fds0, "fds_after": fds1, "leaked_fds": fds1 - fds0,
        "fds_before_start": fds_start, "fds_after_shutdown": fds_end, "tasks_after_shutdown": tasks_end,
        "deadline_misses": int(misses), "sequential_deadline_misses": int(seq_misses),
        "concurrent_deadline_misses": int(misses - seq_misses), "streams_in_flight_gauge_after": in_flight, "errors": errors,
        "warmup_streams": warm.streams, "warmup_failed": warm.failed, "warmup_mismatched": warm.mismatched,
        "first_errors": seq.errors + conc.errors + warm.errors,
    }


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--sequential", type=int, default=10_000, help="streams one after another")
    p.add_argument("--concurrent", type=int, default=200, help="streams at once (one wave)")
    p.add_argument("--waves", type=int, default=1, help="how many waves of --concurrent streams")
    p.add_argument("--quick", action="store_true", help="150 sequential + 20 at once (CI, under a minute)")
    p.add_argument("--budget-ms", type=int, default=1500, help="hold budget (default 1500)")
    p.add_argument("--rate", type=float, default=100_000.0, help="upstream tokens per second per stream")
    p.add_argument("--json", help="also write the figures to this file")
    args = p.parse_args(argv)
    if args.quick:
        args.sequential, args.concurrent = 150, 20
    started = time.perf_counter()
    result = asyncio.run(soak(args))
    result["wall_s"] = round(time.perf_counter() - started, 1)
    for key, value in result.items():
        print(f"{key}: {value}")
    if args.json:
        with open(args.json, "w") as f:
            json.dump(result, f, indent=2)
    ok = (result["lost_chars"] == 0 and result["failed_streams"] == 0 and result["extra_chars"] == 0
          and result["warmup_failed"] == 0 and result["warmup_mismatched"] == 0
          and result["leaked_fds"] <= 0 and result["leaked_tasks"] <= 0
          and result["fds_after_shutdown"] <= result["fds_before_start"])
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
