"""End-to-end stall: what the guard adds between tokens, per mode, over real HTTP on loopback.

Workload: answers of ``benchmarks/data/responses.jsonl`` (reversals and hard negatives alternating, with
their questions), streamed by the timestamping replay upstream (``benchmarks/upstream.py``) at 50 tokens/s
with ±30% seeded jitter. One server process (uvicorn, loopback) serves the upstream twice: bare at
``/raw/v1/chat/completions`` (unguarded) and wrapped in ``GuardMiddleware`` at ``/v1/chat/completions`` with
the shipped model, the default micro-batcher and ``client_overrides`` so the ``X-Streamguard-Mode`` header
picks observe, annotate or hold (budget ``--budget-ms``, 1500 by default; on_deadline=release); the
classifier uses the runtime's default thread count unless ``--classifier-threads`` says otherwise.
A client in this process (httpx, one stream at a time) timestamps every body read.

For each answer the four variants run back to back in a rotating order. Figures, from the upstream's send
time of each token (``time.monotonic`` just before its frame is handed to ``send``) to the client's read of
it (the same clock, another process):

* time to first byte (first body byte) and to first content character, per variant;
* per-chunk latency (unguarded, observe, annotate): read time of a token's last character minus its send
  time; the *added* latency is a variant's p50/p99 minus the unguarded p50/p99;
* hold: the delay of every character (as content or inside a ``withheld`` record) and its overrun past the
  budget, p50/p99/p99.9/max; the target is no character later than budget + 10 ms at p99.9.

Every variant must deliver every character (content + withheld text = the upstream's text); a shortfall is
reported as ``lost_chars``.
"""
from __future__ import annotations

import json
import os
import random
import socket
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path
from typing import Any, Callable

import numpy as np

from .common import Models, ROOT, dist, load_responses

VARIANTS = ("unguarded", "observe", "annotate", "hold")
RATE = 50.0


def _answers(quick: bool) -> list[dict[str, Any]]:
    rows = load_responses()
    rev = [r for r in rows if r["label"] == "reversal"]
    neg = [r for r in rows if r["label"] != "reversal"]
    picked = [x for pair in zip(rev[::9], neg[::9]) for x in pair]
    return picked[:1] if quick else picked[:12]


# ---- server (a subprocess) ---------------------------------------------------------------------------
def serve(cfg: dict[str, Any]) -> None:
    import uvicorn

    from streamguard import GuardConfig, GuardMiddleware

    from .upstream import TimedReplay

    replay = TimedReplay(cfg["answers"], rate=cfg["rate"], jitter=0.3, max_tokens=cfg.get("max_tokens"))
    config = GuardConfig(mode="annotate", hold_budget_ms=cfg["budget_ms"], client_overrides=True,
                         model_path=cfg["model_dir"])
    classifier = None
    if cfg.get("threads"):
        from streamguard.classifier import ContradictionClassifier

        classifier = ContradictionClassifier.load(cfg["model_dir"], threads=int(cfg["threads"]))
    app = GuardMiddleware(replay, config=config, classifier=classifier)
    warm = [(a["text"][:80], a["text"][80:160], a.get("prompt")) for a in cfg["answers"][:4]] * 2
    for _ in range(3):
        app.classifier.predict(warm)
    sock = socket.socket()
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", 0))
    sock.listen(64)
    print(f"READY {sock.getsockname()[1]}", flush=True)
    server = uvicorn.Server(uvicorn.Config(app, log_level="warning", lifespan="off", access_log=False))
    server.run(sockets=[sock])


# ---- client ------------------------------------------------------------------------------------------
def _stream(client: Any, base: str, variant: str, index: int, body: bytes) -> dict[str, Any]:
    rid = uuid.uuid4().hex[:12]
    path = "/raw/v1/chat/completions" if variant == "unguarded" else "/v1/chat/completions"
    headers = {"content-type": "application/json", "x-bench-id": rid}
    if variant != "unguarded":
        headers["x-streamguard-mode"] = variant
    marks: list[tuple[int, float]] = []      # (content offset end, read time)
    withheld: list[tuple[int, int, float]] = []
    events: dict[str, int] = {}
    content_len = 0
    first_byte = first_content = None
    buf = b""
    t0 = time.monotonic()
    with client.stream("POST", base + path, content=body, headers=headers) as r:
        for raw in r.iter_raw():
            now = time.monotonic()
            if first_byte is None and raw:
                first_byte = now
            buf += raw
            while b"\n\n" in buf:
                event, buf = buf.split(b"\n\n", 1)
                for line in event.split(b"\n"):
                    if not line.startswith(b"data:"):
                        continue
                    data = line[5:].strip()
                    if data == b"[DONE]" or not data:
                        continue
                    chunk = json.loads(data)
                    guard = chunk.get("streamguard")
                    if guard:
                        kind = guard.get("event", "?")
                        events[kind] = events.get(kind, 0) + 1
                        if kind == "withheld":
                            seg = guard["segment"]
                            withheld.append((seg["start"], seg["end"], now))
                    for choice in chunk.get("choices") or []:
                        text = (choice.get("delta") or {}).get("content")
                        if text:
                            content_len += len(text)
                            marks.append((content_len, now))
                            if first_content is None:
                                first_content = now
    log = client.get(f"{base}/bench/log/{rid}").json()
    return {"variant": variant, "index": index, "t0": t0, "first_byte": first_byte, "first_content": first_content,
            "marks": marks, "withheld": withheld, "events": events, "log": log, "content_len": content_len}


def _char_times(s: dict[str, Any], n: int) -> np.ndarray:
    """Client receive time of each character of the upstream text (content, or withheld record)."""
    recv = np.full(n, np.nan)
    if s["variant"] != "hold":
        prev = 0
        for end, t in s["marks"]:
            recv[prev:min(end, n)] = t
            prev = end
        return recv
    # hold: content is the upstream text minus withheld segments, in order
    spans = sorted(s["withheld"])
    content_pos = []  # upstream offsets that arrived as content, in order
    w = 0
    for i in range(n):
        while w < len(spans) and spans[w][1] <= i:
            w += 1
        if w < len(spans) and spans[w][0] <= i < spans[w][1]:
            continue
        content_pos.append(i)
    prev = 0
    for end, t in s["marks"]:
        for k in range(prev, min(end, len(content_pos))):
            recv[content_pos[k]] = t
        prev = end
    for a, b, t in spans:
        recv[a:min(b, n)] = t
    return recv


def _sent_times(log: list[list[float]], n: int) -> tuple[np.ndarray, list[tuple[int, float]]]:
    sent = np.full(n, np.nan)
    prev = 0
    tokens = []
    for end, t in log:
        end = int(end)
        sent[prev:end] = t
        if end > prev:
            tokens.append((end, t))
        prev = end
    return sent, tokens


def run(models: Models, *, quick: bool, log: Callable[[str], None], budget_ms: int = 1500,
        threads: int | None = None) -> dict[str, Any]:
    import httpx

    out: dict[str, Any] = {"rate_tokens_per_s": RATE, "budget_ms": budget_ms, "notes": list(models.notes),
                           "classifier_threads": threads or "runtime default"}
    if models.runtime_dir is None:
        out["skipped"] = "no model to run the guard with (see notes)"
        return out
    answers = _answers(quick)
    cfg = {"answers": [{"prompt": a["prompt"], "text": a["text"]} for a in answers], "rate": RATE,
           "budget_ms": budget_ms, "model_dir": str(models.runtime_dir), "max_tokens": 40 if quick else None,
           "threads": threads}
    out["model"] = models.runtime_source
    out["answers"] = [a["id"] for a in answers]
    env = dict(os.environ, PYTHONPATH=str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""))
    tmp = tempfile.TemporaryDirectory(prefix="sg-stall-")
    cfg_file, err_file = Path(tmp.name) / "config.json", Path(tmp.name) / "stderr.txt"
    cfg_file.write_text(json.dumps(cfg))
    with open(err_file, "w") as err:
        proc = subprocess.Popen([sys.executable, "-m", "benchmarks.stall", "--serve", str(cfg_file)], cwd=ROOT, env=env,
                                stdout=subprocess.PIPE, stderr=err, text=True)
    try:
        line = proc.stdout.readline() if proc.stdout else ""
        if not line.startswith("READY"):
            proc.wait(timeout=10)
            raise RuntimeError(f"the stall server did not start: {line!r} {err_file.read_text()[-2000:]}")
        base = f"http://127.0.0.1:{int(line.split()[1])}"
        from .upstream import TimedReplay

        replay = TimedReplay(cfg["answers"], rate=RATE, max_tokens=cfg["max_tokens"], record=False)
        samples: list[dict[str, Any]] = []
        with httpx.Client(timeout=60.0) as client:
            _stream(client, base, "annotate", 0, replay.request_body(0))  # warm the path once
            rng = random.Random(7)
            for i in range(len(answers)):
                order = list(VARIANTS)
                rng.shuffle(order)
                for v in order:
                    samples.append(_stream(client, base, v, i, replay.request_body(i)))
                    time.sleep(0.1)
                log(f"  stall: answer {i + 1}/{len(answers)} done")
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
        server_err = err_file.read_text()[-2000:]
        tmp.cleanup()
    if server_err.strip():
        out["server_stderr_tail"] = server_err

    per: dict[str, dict[str, list[float]]] = {v: {"chunk": [], "char": [], "ttfb": [], "ttfc": []} for v in VARIANTS}
    lost = {v: 0 for v in VARIANTS}
    events: dict[str, dict[str, int]] = {v: {} for v in VARIANTS}
    for s in samples:
        text = replay.text(s["index"])
        n = len(text)
        sent, tokens = _sent_times(s["log"], n)
        recv = _char_times(s, n)
        p = per[s["variant"]]
        lost[s["variant"]] += int(np.isnan(recv).sum())
        ok = ~np.isnan(recv) & ~np.isnan(sent)
        p["char"].extend((recv[ok] - sent[ok]).tolist())
        for end, t in tokens:
            if not np.isnan(recv[end - 1]):
                p["chunk"].append(recv[end - 1] - t)
        if s["first_byte"] is not None:
            p["ttfb"].append(s["first_byte"] - s["t0"])
        if s["first_content"] is not None:
            p["ttfc"].append(s["first_content"] - s["t0"])
        for k, c in s["events"].items():
            events[s["variant"]][k] = events[s["variant"]].get(k, 0) + c

    res: dict[str, Any] = {}
    for v in VARIANTS:
        p = per[v]
        res[v] = {"streams": sum(1 for s in samples if s["variant"] == v), "chunks": len(p["chunk"]),
                  "ttfb_ms": dist(p["ttfb"], 1e3, (50,)), "first_content_ms": dist(p["ttfc"], 1e3, (50,)),
                  "chunk_latency_ms": dist(p["chunk"], 1e3, (50, 99, 99.9)), "lost_chars": lost[v],
                  "guard_events": events[v]}
    base_d = res["unguarded"]["chunk_latency_ms"]
    for v in ("observe", "annotate"):
        d = res[v]["chunk_latency_ms"]
        if "p50" in d and "p50" in base_d:
            res[v]["added_chunk_ms"] = {"p50": d["p50"] - base_d["p50"], "p99": d["p99"] - base_d["p99"]}
    budget = budget_ms / 1e3
    chars = per["hold"]["char"]
    res["hold"]["char_delay_ms"] = dist(chars, 1e3, (50, 99, 99.9))
    res["hold"]["overrun_ms"] = dist([c - budget for c in chars], 1e3, (50, 99, 99.9))
    res["hold"]["chars_over_budget_plus_10ms"] = int(sum(1 for c in chars if c > budget + 0.010))
    res["hold"]["chars"] = len(chars)
    out["results"] = res
    out["series"] = {v: {"chunk_latency_ms": [round(x * 1e3, 3) for x in per[v]["chunk"]]} for v in VARIANTS}
    out["series"]["hold"]["char_delay_ms"] = [round(x * 1e3, 2) for x in chars]
    a, o, h = res["annotate"], res["observe"], res["hold"]
    if "added_chunk_ms" in a:
        out["annotate_added_p99_ms"] = a["added_chunk_ms"]["p99"]
        out["headline"] = (f"stall at 50 tok/s: added per-chunk latency annotate p50 {a['added_chunk_ms']['p50']:.3f} / "
                           f"p99 {a['added_chunk_ms']['p99']:.3f} ms, observe p50 {o['added_chunk_ms']['p50']:.3f} / "
                           f"p99 {o['added_chunk_ms']['p99']:.3f} ms (unguarded p99 {base_d['p99']:.3f} ms); "
                           f"hold ({budget_ms} ms budget) char delay p99.9 {h['char_delay_ms'].get('p99.9', float('nan')):.1f} ms, "
                           f"max overrun {h['overrun_ms'].get('max', float('nan')):.1f} ms")
    out["hold_p999_overrun_ms"] = h["overrun_ms"].get("p99.9")
    log("  " + out.get("headline", "stall: no figures"))
    return out


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "--serve":
        serve(json.loads(Path(sys.argv[2]).read_text()))
    else:
        sys.exit("usage: python -m benchmarks.stall --serve CONFIG.json (run the suite with python -m benchmarks)")
