"""Classifier: the shipped runtime (ONNX Runtime int8) vs ONNX Runtime fp32 vs PyTorch eager fp32.

Workload: (earlier, later) sentence pairs taken from the same answers of ``benchmarks/data/responses.jsonl``
(each new sentence against up to three sentences before it), in batches of 1, 8 and 32 — a rotating set of
batches, the same batch for every engine in a round — plus ``check8``: the external speed check's workload
(one new sentence against 8 earlier ones, ``../shared/checks/speed.py``). Each engine is timed on 1 and 2
threads (the runtime's worker threads, each running single-threaded ONNX Runtime calls; ``torch.set_num_threads``).

Engines, all on the same architecture and weights (the trained checkpoint when present):

* ``ort_int8``: ``ContradictionClassifier.load(variant="int8")`` — what streamguard runs (tokenization
  with ``tokenizers``; on a CPU the pairs of a batch are sorted by length and cut into about one padded call
  per worker thread, at most 8 pairs a call; one order of the pair);
* ``ort_fp32``: the same runtime on an fp32 export of the same checkpoint (never shipped; exported here);
* ``torch_eager``: what a user would write with transformers — ``AutoTokenizer`` +
  ``AutoModelForSequenceClassification`` in ``torch.inference_mode()``, one call padded to the longest, softmax or
  sigmoid on the logits; tokenization is inside the timed call for every engine.

Method: one process; engines alternate inside each round (the order rotates every round), many rounds,
median (p50) and p99 of the per-call latency; pairs/s = batch size / p50; ratio = eager p50 / engine p50.
A control times eager and int8 alone (not alternated) on check8, so any cross-talk between the engines'
thread pools in the alternating loop shows. There is some: PyTorch's OpenMP threads keep spinning for a while
after each eager call (libgomp's default wait policy), so the engine timed right after eager shares the two
cores with them. The alternating figures are the ones reported, as the external check measures the same way. The engines' probabilities are compared on 256 pairs
(max |Δp| and decision agreement) to show that the same weights are being compared.
"""
from __future__ import annotations

import statistics
import time
from typing import Any, Callable

import numpy as np

from .common import Models, dist, sentence_pairs

CHECK8_EARLIER = [
    "The answer to your question is yes, the medication is safe during pregnancy.",
    "Ibuprofen belongs to the NSAID family of pain relievers.", "Most adults can take 200 to 400 mg every four hours.",
    "It should be taken with food to protect the stomach.", "Children under six months should not take it.",
    "The maximum daily dose without a prescription is 1,200 mg.", "It can interact with blood thinners such as warfarin.",
    "Paracetamol is an alternative for people with stomach ulcers."]
CHECK8_NEW = "Actually, on reflection, no: ibuprofen is not considered safe in the third trimester of pregnancy."
CHECK8 = [(e, CHECK8_NEW) for e in CHECK8_EARLIER]
BATCHES = (1, 8, 32)
THREADS = (1, 2)


def _eager(reference: Any, max_length: int) -> tuple[Callable[[list[tuple[str, str]]], np.ndarray], Any]:
    import torch
    from transformers import AutoModelForSequenceClassification, AutoTokenizer

    tok = AutoTokenizer.from_pretrained(str(reference))
    model = AutoModelForSequenceClassification.from_pretrained(str(reference)).eval()

    def predict(pairs: list[tuple[str, str]]) -> np.ndarray:
        with torch.inference_mode():
            enc = tok([a for a, _ in pairs], [b for _, b in pairs], padding=True, truncation=True,
                      max_length=max_length, return_tensors="pt")
            logits = model(**enc).logits
            probs = torch.sigmoid(logits[:, 0]) if logits.shape[1] == 1 else torch.softmax(logits, -1)[:, -1]
            return probs.numpy()
    return predict, torch


def run(models: Models, *, quick: bool, log: Callable[[str], None]) -> dict[str, Any]:
    from streamguard.classifier import ContradictionClassifier
    from streamguard.classifier.runtime import guard_threshold_of

    out: dict[str, Any] = {"engines": {}, "notes": list(models.notes)}
    if models.runtime_dir is None:
        out["skipped"] = "no model to run (see notes)"
        return out
    budget = 0.3 if quick else 6.0      # seconds of timed rounds per (workload, threads)
    min_reps, max_reps = (3, 40) if quick else (30, 400)
    pool = sentence_pairs(limit=64 * 32 if not quick else 8 * 32)
    workloads: dict[str, list[list[tuple[str, str]]]] = {"check8": [CHECK8]}
    for b in BATCHES:
        k = max(1, min(32 if not quick else 4, len(pool) // b))
        workloads[f"batch{b}"] = [pool[i * b:(i + 1) * b] for i in range(k)]

    engines: dict[tuple[str, int], Callable[[list[tuple[str, str]]], Any]] = {}
    loaded: dict[str, Any] = {}
    for t in THREADS:
        clf = ContradictionClassifier.load(models.runtime_dir, provider="cpu", threads=t, variant="int8")
        loaded.setdefault("ort_int8", clf)
        engines[("ort_int8", t)] = clf.predict
    max_length = loaded["ort_int8"].max_length
    out["engines"]["ort_int8"] = {"model_file": str(loaded["ort_int8"].model_file.name), "source": models.runtime_source}
    if models.fp32_dir is not None:
        for t in THREADS:
            clf = ContradictionClassifier.load(models.fp32_dir, provider="cpu", threads=t, variant="fp32")
            loaded.setdefault("ort_fp32", clf)
            engines[("ort_fp32", t)] = clf.predict
        out["engines"]["ort_fp32"] = {"model_file": "model.fp32.onnx", "source": f"exported here from the {models.reference_source}"}
    else:
        out["notes"].append("ORT fp32 skipped: no fp32 export (needs torch and a checkpoint)")
    torch = None
    if models.reference_hf is not None:
        try:
            eager, torch = _eager(models.reference_hf, max_length)
        except Exception as exc:  # torch missing or broken: the rest still runs
            out["notes"].append(f"PyTorch eager skipped: {type(exc).__name__}: {exc}")
        else:
            for t in THREADS:
                engines[("torch_eager", t)] = eager
            loaded["torch_eager"] = eager
            out["engines"]["torch_eager"] = {"source": models.reference_source, "torch": torch.__version__,
                                             "attention": "transformers default"}
    else:
        out["notes"].append("PyTorch eager skipped: torch/transformers or a reference checkpoint is missing")
    names = [n for n in ("ort_int8", "ort_fp32", "torch_eager") if n in loaded]
    out["max_length"] = max_length

    # Same weights? Compare the engines' probabilities on the same pairs.
    agree_pairs = pool[:64 if quick else 256]
    probs = {n: np.concatenate([np.asarray(engines[(n, 2)](agree_pairs[i:i + 32]), dtype=np.float64)
                                for i in range(0, len(agree_pairs), 32)]) for n in names}
    thr = float(loaded["ort_int8"].threshold)
    guard = guard_threshold_of(loaded["ort_int8"])
    out["agreement"] = {"pairs": len(agree_pairs), "threshold": thr, "guard_threshold": guard}
    for n in names:
        if n == "ort_int8":
            continue
        out["agreement"][f"ort_int8_vs_{n}"] = {
            "max_abs_diff": float(np.max(np.abs(probs["ort_int8"] - probs[n]))),
            "decision_agreement": float(np.mean((probs["ort_int8"] >= thr) == (probs[n] >= thr))),
            "guard_decision_agreement": float(np.mean((probs["ort_int8"] >= guard) == (probs[n] >= guard)))}
    if "ort_fp32" in probs and "torch_eager" in probs:
        out["agreement"]["ort_fp32_vs_torch_eager"] = {"max_abs_diff": float(np.max(np.abs(probs["ort_fp32"] - probs["torch_eager"])))}

    results: dict[str, Any] = {}
    for t in THREADS:
        if torch is not None:
            torch.set_num_threads(t)
        for wname, batches in workloads.items():
            fns = {n: engines[(n, t)] for n in names}
            for _ in range(1 if quick else 2):
                for n in names:
                    fns[n](batches[0])
            start = time.perf_counter()
            for n in names:
                fns[n](batches[0])
            per_round = max(time.perf_counter() - start, 1e-6)
            reps = int(min(max_reps, max(min_reps, budget / per_round)))
            times: dict[str, list[float]] = {n: [] for n in names}
            for r in range(reps):
                batch = batches[r % len(batches)]
                order = names[r % len(names):] + names[:r % len(names)]
                for n in order:
                    t0 = time.perf_counter()
                    fns[n](batch)
                    times[n].append(time.perf_counter() - t0)
            size = len(batches[0])
            row: dict[str, Any] = {"batch": size, "threads": t, "rounds": reps}
            for n in names:
                d = dist(times[n], 1e3)
                row[n] = {"p50_ms": d["p50"], "p99_ms": d["p99"], "mean_ms": d["mean"],
                          "pairs_per_s": size / (d["p50"] / 1e3)}
            if "torch_eager" in names:
                for n in names:
                    row[n]["speedup_vs_eager"] = row["torch_eager"]["p50_ms"] / row[n]["p50_ms"]
            results[f"{wname}/t{t}"] = row
            log(f"  classifier {wname:8s} threads={t}: " + ", ".join(
                f"{n} {row[n]['p50_ms']:.2f} ms" + (f" ({row[n]['speedup_vs_eager']:.2f}x)" if "speedup_vs_eager" in row[n] else "")
                for n in names))
    out["results"] = results

    # Control: the same check8 workload, each engine alone (not alternated), 2 threads.
    if torch is not None:
        torch.set_num_threads(2)
    control: dict[str, Any] = {}
    for n in ("ort_int8", "torch_eager"):
        if n not in names:
            continue
        fn = engines[(n, 2)]
        for _ in range(3):
            fn(CHECK8)
        reps = max(min_reps, min(max_reps, results["check8/t2"]["rounds"]))
        ts = []
        for _ in range(reps):
            t0 = time.perf_counter()
            fn(CHECK8)
            ts.append(time.perf_counter() - t0)
        control[n] = {"p50_ms": statistics.median(ts) * 1e3, "rounds": reps}
    if "torch_eager" in control:
        control["speedup_int8_vs_eager"] = control["torch_eager"]["p50_ms"] / control["ort_int8"]["p50_ms"]
    out["control_alone_check8_t2"] = control

    head = results["check8/t2"]
    if "torch_eager" in names:
        out["headline"] = (f"8-pair check (2 threads): ort_int8 {head['ort_int8']['p50_ms']:.2f} ms, "
                           f"torch eager {head['torch_eager']['p50_ms']:.2f} ms, "
                           f"{head['ort_int8']['speedup_vs_eager']:.2f}x eager")
        if "ort_fp32" in names:
            out["headline"] += f"; ort_fp32 {head['ort_fp32']['p50_ms']:.2f} ms ({head['ort_fp32']['speedup_vs_eager']:.2f}x)"
        out["check8_speedup"] = head["ort_int8"]["speedup_vs_eager"]
    else:
        out["headline"] = f"8-pair check (2 threads): ort_int8 {head['ort_int8']['p50_ms']:.2f} ms (no eager reference)"
    return out
