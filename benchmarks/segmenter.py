"""Segmenter: characters per second of streamguard's SentenceSegmenter vs pysbd, on the same chat answers.

Workload: the answers of ``benchmarks/data/responses.jsonl`` (markdown, lists, headings, code) plus the
content text of the recorded real streams in ``../shared/eval/real_streams`` when present. Three ways:

* ``ours_deltas``: a fresh ``SentenceSegmenter`` per answer, fed in realistic deltas of 2–6 characters
  (seeded), then flushed — how the guard uses it;
* ``ours_whole``: the same, fed each answer in one piece;
* ``pysbd``: ``pysbd.Segmenter(language="en", clean=False).segment(text)`` on each whole answer (pysbd
  cannot be fed deltas; re-running it on the growing text would be far slower still, and is not measured).

Method: rounds interleave the three (the order rotates), each round segments the whole corpus; the median
round time gives chars/s; the ratios are ours / pysbd.
"""
from __future__ import annotations

import random
import statistics
import time
from typing import Any, Callable

from .common import load_responses, real_stream_texts


def _deltas(text: str, rng: random.Random) -> list[str]:
    out, i = [], 0
    while i < len(text):
        n = rng.randint(2, 6)
        out.append(text[i:i + n])
        i += n
    return out


def run(*, quick: bool, log: Callable[[str], None]) -> dict[str, Any]:
    from streamguard.segment import SentenceSegmenter

    texts = [r["text"] for r in load_responses(limit=20 if quick else None)]
    streams = real_stream_texts()[:3 if quick else None]
    texts += streams
    rng = random.Random(1234)
    chunked = [_deltas(t, rng) for t in texts]
    chars = sum(len(t) for t in texts)

    def ours_deltas() -> int:
        n = 0
        for pieces in chunked:
            seg = SentenceSegmenter()
            for p in pieces:
                n += len(seg.feed(p))
            n += len(seg.flush())
        return n

    def ours_whole() -> int:
        n = 0
        for t in texts:
            seg = SentenceSegmenter()
            n += len(seg.feed(t)) + len(seg.flush())
        return n

    fns: dict[str, Callable[[], int]] = {"ours_deltas": ours_deltas, "ours_whole": ours_whole}
    out: dict[str, Any] = {"texts": len(texts), "real_stream_texts": len(streams),
                           "chars": chars, "mean_delta_chars": chars / sum(len(c) for c in chunked), "notes": []}
    try:
        import pysbd
    except ImportError:
        out["notes"].append("pysbd is not installed (dev extra): no comparison")
    else:
        sbd = pysbd.Segmenter(language="en", clean=False)
        fns["pysbd"] = lambda: sum(len(sbd.segment(t)) for t in texts)
    names = list(fns)
    segments = {n: fns[n]() for n in names}  # warm-up, and the segment counts
    rounds = 3 if quick else 7
    times: dict[str, list[float]] = {n: [] for n in names}
    for r in range(rounds):
        for n in names[r % len(names):] + names[:r % len(names)]:
            t0 = time.perf_counter()
            fns[n]()
            times[n].append(time.perf_counter() - t0)
    res: dict[str, Any] = {}
    for n in names:
        med = statistics.median(times[n])
        res[n] = {"median_s": med, "chars_per_s": chars / med, "segments": segments[n], "rounds": rounds}
    out["results"] = res
    if "pysbd" in res:
        for n in ("ours_deltas", "ours_whole"):
            res[n]["x_pysbd"] = res[n]["chars_per_s"] / res["pysbd"]["chars_per_s"]
        out["headline"] = (f"segmenter: ours fed in 2-6 char deltas {res['ours_deltas']['chars_per_s'] / 1e6:.2f} M chars/s "
                           f"= {res['ours_deltas']['x_pysbd']:.1f}x pysbd; whole texts {res['ours_whole']['x_pysbd']:.1f}x pysbd "
                           f"(pysbd {res['pysbd']['chars_per_s'] / 1e3:.0f} k chars/s)")
        out["x_pysbd_deltas"] = res["ours_deltas"]["x_pysbd"]
    else:
        out["headline"] = f"segmenter: ours fed in deltas {res['ours_deltas']['chars_per_s'] / 1e6:.2f} M chars/s (no pysbd)"
    log("  " + out["headline"])
    return out
