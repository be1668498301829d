"""GPU check: the classifier on ONNX Runtime's CUDA provider, beside CPU int8, from one prepared script.

Workload: (earlier, later) sentence pairs from ``benchmarks/data/responses.jsonl`` (as in the classifier
benchmark), in batches of 1, 8 and 64, plus the external speed check's 8-pair workload.

What it does:

1. loads ``ContradictionClassifier.load(path, provider="cuda")`` (the model directory's fp16 file by
   default, as the runtime chooses) and the CPU int8 model (``provider="cpu"``, 2 threads);
2. times CUDA and CPU alternately at each batch size: p50/p99 latency and pairs/s (median of many calls,
   after a warm-up that includes CUDA's first-call initialisation, which is reported separately);
3. checks CUDA's decisions against CPU int8 on ``--pairs`` pairs (default 400): decision agreement at the
   model's threshold and the largest probability difference;
4. writes JSON (``--out``, default ``benchmarks/out/gpu.json``) and prints one summary line.

Where CUDA is absent (no ``onnxruntime-gpu``, no driver or no device) it says so, writes
``{"cuda": false, "reason": ...}`` and exits 0. Usage::

    python benchmarks/gpu_check.py [--model models/contradiction-minilm] [--out benchmarks/out/gpu.json] [--quick]
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path
from typing import Any

if __package__ in (None, ""):  # run as a script: make ``benchmarks`` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.common import SHIPPED_DIR, dist, machine_info, sentence_pairs, write_json  # noqa: E402


def check(model: Path | None, *, quick: bool = False, n_pairs: int = 400) -> dict[str, Any]:
    import numpy as np
    import onnxruntime as ort

    from streamguard.classifier import ContradictionClassifier
    from streamguard.classifier.runtime import ClassifierError, guard_threshold_of

    out: dict[str, Any] = {"machine": machine_info(), "providers_available": ort.get_available_providers()}
    model_dir = model if model is not None else SHIPPED_DIR
    out["model"] = str(model_dir)
    if "CUDAExecutionProvider" not in ort.get_available_providers():
        out.update(cuda=False, reason=f"ONNX Runtime has no CUDAExecutionProvider here (providers: "
                                      f"{ort.get_available_providers()}); install the gpu extra (onnxruntime-gpu) on a CUDA machine")
        return out
    try:
        t0 = time.perf_counter()
        gpu = ContradictionClassifier.load(model_dir, provider="cuda")
        load_s = time.perf_counter() - t0
        cpu = ContradictionClassifier.load(model_dir, provider="cpu", threads=2, variant="int8")
    except ClassifierError as exc:
        out.update(cuda=False, reason=str(exc))
        return out
    if gpu.provider != "CUDAExecutionProvider":
        out.update(cuda=False, reason=f"the session fell back to {gpu.provider}")
        return out
    pool = sentence_pairs(limit=max(n_pairs, 64 * 16))
    t0 = time.perf_counter()
    gpu.predict(pool[:8])
    out.update(cuda=True, gpu_model_file=gpu.model_file.name, load_s=load_s, first_call_ms=(time.perf_counter() - t0) * 1e3)
    try:
        import subprocess

        smi = subprocess.run(["nvidia-smi", "--query-gpu=name,driver_version,memory.total", "--format=csv,noheader"],
                             capture_output=True, text=True, timeout=10)
        out["gpu"] = smi.stdout.strip() or None
    except (OSError, subprocess.SubprocessError):
        out["gpu"] = None
    from benchmarks.classifier import CHECK8

    workloads = {"check8": [CHECK8]}
    for b in (1, 8, 64):
        workloads[f"batch{b}"] = [pool[i * b:(i + 1) * b] for i in range(max(1, min(16, len(pool) // b)))]
    reps = 20 if quick else 200
    res: dict[str, Any] = {}
    for name, batches in workloads.items():
        for clf in (gpu, cpu):
            for _ in range(3):
                clf.predict(batches[0])
        times: dict[str, list[float]] = {"cuda": [], "cpu_int8": []}
        for r in range(reps):
            batch = batches[r % len(batches)]
            order = [("cuda", gpu), ("cpu_int8", cpu)] if r % 2 == 0 else [("cpu_int8", cpu), ("cuda", gpu)]
            for key, clf in order:
                t = time.perf_counter()
                clf.predict(batch)
                times[key].append(time.perf_counter() - t)
        size = len(batches[0])
        row: dict[str, Any] = {"batch": size, "rounds": reps}
        for key, ts in times.items():
            d = dist(ts, 1e3)
            row[key] = {"p50_ms": d["p50"], "p99_ms": d["p99"], "pairs_per_s": size / (d["p50"] / 1e3)}
        row["cuda_speedup_vs_cpu_int8"] = row["cpu_int8"]["p50_ms"] / row["cuda"]["p50_ms"]
        res[name] = row
    out["results"] = res
    pairs = pool[:n_pairs]
    pg = np.asarray(gpu.predict(pairs), dtype=np.float64)
    pc = np.asarray(cpu.predict(pairs), dtype=np.float64)
    thr = float(cpu.threshold)
    out["agreement"] = {"pairs": len(pairs), "threshold": thr,
                        "decision_agreement": float(np.mean((pg >= thr) == (pc >= thr))),
                        "max_abs_diff": float(np.max(np.abs(pg - pc))), "mean_abs_diff": float(np.mean(np.abs(pg - pc))),
                        "positives_cuda": int((pg >= thr).sum()), "positives_cpu_int8": int((pc >= thr).sum())}
    guard = guard_threshold_of(cpu)
    out["agreement"]["guard_threshold"] = guard
    out["agreement"]["guard_decision_agreement"] = float(np.mean((pg >= guard) == (pc >= guard)))
    return out


def headline(result: dict[str, Any]) -> str:
    if not result.get("cuda"):
        return f"GPU: not measured — {result.get('reason')}"
    r, a = result["results"], result["agreement"]
    return (f"GPU ({result.get('gpu') or 'CUDA'}, {result['gpu_model_file']}): batch 1 {r['batch1']['cuda']['p50_ms']:.2f} ms, "
            f"batch 64 {r['batch64']['cuda']['pairs_per_s']:.0f} pairs/s "
            f"({r['batch64']['cuda_speedup_vs_cpu_int8']:.1f}x CPU int8); decisions agree with CPU int8 on "
            f"{a['decision_agreement'] * 100:.1f}% of {a['pairs']} pairs (max |dp| {a['max_abs_diff']:.3f})")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--model", type=Path, default=None, help="model directory (default: the shipped model)")
    ap.add_argument("--out", type=Path, default=Path("benchmarks/out/gpu.json"))
    ap.add_argument("--pairs", type=int, default=400)
    ap.add_argument("--quick", action="store_true")
    args = ap.parse_args(argv)
    result = check(args.model, quick=args.quick, n_pairs=args.pairs)
    result["headline"] = headline(result)
    write_json(args.out, result)
    print(result["headline"])
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
