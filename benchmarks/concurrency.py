"""Concurrency: how many streams at 30 tokens/s one guard process keeps within its verdict deadlines.

Workload: N concurrent streams (N = 1, 10, 50, 100, 200, 400; quick: 1 and 20), each replaying answers of
``benchmarks/data/responses.jsonl`` with their questions at 30 tokens/s (±50% seeded jitter; the answers
are cut to 150 tokens, 5 s, so every client slot runs several answers); the N slots start spread over the
first 3 s and keep starting answers for ``duration`` seconds. The guard runs in hold mode (budget 1500 ms,
on_deadline=release) with the shipped model, once with the shared micro-batcher (the default:
batch_max_size=32, batch_max_wait_ms=2), once without it (batch_max_size=1: one check per classifier
call) and, in full mode, with the batcher and the classifier on one ORT thread instead of two.

One fresh process per (N, configuration) holds the guard (``GuardMiddleware``) and the replaying upstream
(``benchmarks/upstream.py``); the streams are driven in that process over ASGI, without sockets, so the
machine's two cores go to the guard rather than to a load generator — what is measured is the guard's own
capacity, HTTP parsing excepted (the stall benchmark covers the HTTP path).

Figures per run: verdict latency p50/p99/max (every observation of GuardMetrics' ``verdict_latency``,
recorded one by one: from a segment's completion to its verdict), checks, deadline misses (the
``streamguard_deadline_misses`` counter), mean classifier batch size, the event loop's lag p99, the
process's CPU (user+system over wall time, 100% = one core) and RSS (VmRSS at the end, VmHWM peak). The
capacity is the largest N with verdict p99 < 100 ms and no deadline misses (every smaller N passing too);
``capacity_p99_only`` drops the no-miss condition, because the engine also counts a miss when an earlier
segment's budget ends while a later segment's check against it is in flight, however short that check. Once a configuration is
clearly overloaded (p99 > 1 s) its larger N are not run.
"""
from __future__ import annotations

import asyncio
import json
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any, Callable

from .common import Models, ROOT, dist, load_responses, process_cpu_seconds, rss_mb

RATE = 30.0
FULL_N = (1, 10, 50, 100, 200, 400)
QUICK_N = (1, 20)
CONFIGS = {"shared_batcher": {"batch_max_size": 32}, "no_batcher": {"batch_max_size": 1}}
# Full mode only: the default batcher with a classifier on one ORT thread (GuardConfig has no thread
# setting; the classifier is passed to the middleware), to show whether 2 ORT threads + the event loop
# oversubscribe two cores.
EXTRA_CONFIGS = {"shared_batcher_1thread": {"batch_max_size": 32, "threads": 1}}
P99_LIMIT_MS = 100.0


class _Recorder:
    """Stands in for the verdict-latency histogram: keeps every observation and forwards it."""

    def __init__(self, inner: Any) -> None:
        self.inner = inner
        self.values: list[float] = []

    def observe(self, value: float) -> None:
        self.values.append(value)
        self.inner.observe(value)


async def _drive(app: Any, replay: Any, n: int, duration: float, stagger: float, cap: float) -> dict[str, Any]:
    loop = asyncio.get_running_loop()
    lags: list[float] = []
    stop = asyncio.Event()

    async def ticker() -> None:
        while not stop.is_set():
            t = loop.time()
            await asyncio.sleep(0.01)
            lags.append(loop.time() - t - 0.01)

    scope_base = {"type": "http", "asgi": {"version": "3.0", "spec_version": "2.4"}, "http_version": "1.1",
                  "method": "POST", "scheme": "http", "path": "/v1/chat/completions", "raw_path": b"/v1/chat/completions",
                  "query_string": b"", "root_path": "", "client": ("127.0.0.1", 9), "server": ("127.0.0.1", 80)}
    counts = {"streams": 0, "bytes": 0}
    start = loop.time()
    t_end = start + duration

    async def one(index: int) -> None:
        body = replay.request_body(index)
        sent = False
        never = asyncio.Event()

        async def receive() -> dict[str, Any]:
            nonlocal sent
            if not sent:
                sent = True
                return {"type": "http.request", "body": body, "more_body": False}
            await never.wait()
            return {"type": "http.disconnect"}

        async def send(message: dict[str, Any]) -> None:
            if message["type"] == "http.response.body":
                counts["bytes"] += len(message.get("body", b""))

        scope = dict(scope_base, headers=[(b"content-type", b"application/json")])
        await app(scope, receive, send)
        counts["streams"] += 1

    async def slot(k: int) -> None:
        await asyncio.sleep(stagger * k / max(n, 1))
        index = k
        while loop.time() < t_end:
            await one(index)
            index += n

    tick = asyncio.ensure_future(ticker())
    cpu0, wall0 = process_cpu_seconds(), time.monotonic()
    tasks = [asyncio.ensure_future(slot(k)) for k in range(n)]
    done, pending = await asyncio.wait(tasks, timeout=cap)
    for t in pending:
        t.cancel()
    await asyncio.gather(*pending, return_exceptions=True)
    cpu, wall = process_cpu_seconds() - cpu0, time.monotonic() - wall0
    stop.set()
    await tick
    errors = [repr(t.exception())[:300] for t in done if not t.cancelled() and t.exception() is not None]
    return {"wall_s": wall, "cpu_percent": 100.0 * cpu / wall, "streams_completed": counts["streams"],
            "bytes_out": counts["bytes"], "cut_short": bool(pending), "errors": errors[:3],
            "loop_lag_ms": dist(lags, 1e3, (50, 99))}


def worker(cfg: dict[str, Any]) -> dict[str, Any]:
    from streamguard import GuardConfig, GuardMiddleware
    from streamguard.metrics import GuardMetrics

    from .upstream import TimedReplay

    rows = load_responses()
    random.Random(3).shuffle(rows)
    answers = [{"prompt": r["prompt"], "text": r["text"]} for r in rows]
    replay = TimedReplay(answers, rate=RATE, jitter=0.5, max_tokens=cfg["max_tokens"], record=False)
    metrics = GuardMetrics()
    recorder = _Recorder(metrics.verdict_latency)
    metrics.verdict_latency = recorder  # type: ignore[assignment]
    extra = dict(cfg["config"])
    threads = extra.pop("threads", None)
    config = GuardConfig(mode="hold", hold_budget_ms=1500, model_path=cfg["model_dir"], **extra)
    classifier = None
    if threads is not None:
        from streamguard.classifier import ContradictionClassifier

        classifier = ContradictionClassifier.load(cfg["model_dir"], threads=threads)
    app = GuardMiddleware(replay, config=config, metrics=metrics, classifier=classifier)
    warm = [(a["text"][:80], a["text"][80:160], a["prompt"]) for a in answers[:16]]
    for _ in range(3):
        app.classifier.predict(warm)
    base_rss = rss_mb()
    drive = asyncio.run(_drive(app, replay, cfg["n"], cfg["duration"], cfg["stagger"], cfg["cap"]))
    reg = metrics.registry
    misses = reg.get_sample_value("streamguard_deadline_misses_total") or 0.0
    batches = reg.get_sample_value("streamguard_classifier_batch_size_count") or 0.0
    pairs = reg.get_sample_value("streamguard_classifier_batch_size_sum") or 0.0
    held = reg.get_sample_value("streamguard_segments_total", {"outcome": "held"}) or 0.0
    lat = dist(recorder.values, 1e3, (50, 99))
    return {"n": cfg["n"], "config": cfg["name"], "checks": len(recorder.values), "verdict_ms": lat,
            "deadline_misses": int(misses), "segments_held": int(held), "batches": int(batches), "pairs": int(pairs),
            "mean_batch": (pairs / batches) if batches else None, **drive, **rss_mb(),
            "rss_after_load_mb": base_rss["rss_mb"]}


def run(models: Models, *, quick: bool, log: Callable[[str], None]) -> dict[str, Any]:
    out: dict[str, Any] = {"rate_tokens_per_s": RATE, "mode": "hold", "budget_ms": 1500, "p99_limit_ms": P99_LIMIT_MS,
                           "configs": CONFIGS, "notes": list(models.notes)}
    if models.runtime_dir is None:
        out["skipped"] = "no model to run the guard with (see notes)"
        return out
    out["model"] = models.runtime_source
    ns = QUICK_N if quick else FULL_N
    duration, stagger, max_tokens = (2.0, 0.5, 70) if quick else (15.0, 3.0, 150)
    out.update({"duration_s": duration, "stagger_s": stagger, "max_tokens_per_answer": max_tokens})
    env = dict(os.environ, PYTHONPATH=str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""))
    runs: list[dict[str, Any]] = []
    overloaded: dict[str, int] = {}
    configs = dict(CONFIGS) if quick else {**CONFIGS, **EXTRA_CONFIGS}
    out["configs"] = configs
    for n in ns:
        for name, extra in configs.items():
            if name in overloaded:
                runs.append({"n": n, "config": name, "skipped": f"overloaded already at N={overloaded[name]}"})
                continue
            cap = duration + max_tokens / RATE * 1.6 + 40.0
            cfg = {"n": n, "name": name, "config": extra, "model_dir": str(models.runtime_dir), "duration": duration,
                   "stagger": stagger, "max_tokens": max_tokens, "cap": cap}
            with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as f:
                json.dump(cfg, f)
            try:
                p = subprocess.run([sys.executable, "-m", "benchmarks.concurrency", "--worker", f.name], cwd=ROOT, env=env,
                                   capture_output=True, text=True, timeout=cap + 60)
            finally:
                Path(f.name).unlink(missing_ok=True)
            lines = [line for line in p.stdout.splitlines() if line.startswith("{")]
            if p.returncode != 0 or not lines:
                runs.append({"n": n, "config": name, "error": (p.stderr or p.stdout)[-1500:]})
                log(f"  concurrency N={n} {name}: FAILED (see results.json)")
                continue
            r = json.loads(lines[-1])
            r["ok"] = bool(r["checks"]) and r["verdict_ms"].get("p99", 1e9) < P99_LIMIT_MS and r["deadline_misses"] == 0 \
                and not r["cut_short"]
            runs.append(r)
            log(f"  concurrency N={n:3d} {name:22s}: verdict p50 {r['verdict_ms'].get('p50', float('nan')):7.1f} ms "
                f"p99 {r['verdict_ms'].get('p99', float('nan')):7.1f} ms, misses {r['deadline_misses']}, "
                f"batch {r['mean_batch'] or 0:.1f}, CPU {r['cpu_percent']:.0f}%, RSS {r['rss_mb']} MB, "
                f"checks {r['checks']}{' CUT SHORT' if r['cut_short'] else ''}")
            if r["verdict_ms"].get("p99", 0) > 1000 or r["cut_short"]:
                overloaded[name] = n
    out["runs"] = runs
    capacity: dict[str, int] = {}
    for name in configs:
        best = 0  # the largest N that passed with every smaller N passing too
        for r in sorted((r for r in runs if r["config"] == name), key=lambda r: r["n"]):
            if not r.get("ok"):
                break
            best = r["n"]
        capacity[name] = best
    out["capacity"] = capacity
    # The same without the no-miss condition: a hold-mode deadline miss is also counted when an earlier
    # segment's budget ends while a later segment's check against it is in flight, however fast that check
    # is, so misses appear at low load too; this shows what verdict latency alone allows.
    by_p99: dict[str, int] = {}
    for name in configs:
        best = 0
        for r in sorted((r for r in runs if r["config"] == name), key=lambda r: r["n"]):
            if not (r.get("checks") and r["verdict_ms"].get("p99", 1e9) < P99_LIMIT_MS and not r.get("cut_short")):
                break
            best = r["n"]
        by_p99[name] = best
    out["capacity_p99_only"] = by_p99
    out["headline"] = (f"concurrency at 30 tok/s (hold), largest N with p99 verdict < {P99_LIMIT_MS:.0f} ms and no misses: "
                       f"{capacity['shared_batcher']} with the shared micro-batcher, "
                       f"{capacity['no_batcher']} without (largest N tried: {max(ns)}); by p99 alone "
                       f"{by_p99['shared_batcher']} / {by_p99['no_batcher']}"
                       + (f"; {capacity['shared_batcher_1thread']} with the batcher and a 1-thread classifier"
                          if "shared_batcher_1thread" in capacity else ""))
    log("  " + out["headline"])
    return out


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "--worker":
        print(json.dumps(worker(json.loads(Path(sys.argv[2]).read_text()))), flush=True)
    else:
        sys.exit("usage: python -m benchmarks.concurrency --worker CONFIG.json (run the suite with python -m benchmarks)")
