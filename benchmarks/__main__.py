"""``python -m benchmarks``: run the suite and write results.json, PNG plots and summary.md.

Usage::

    python -m benchmarks                       # everything, ~10 minutes on a 2-core machine
    python -m benchmarks --quick               # under two minutes; what CI runs (figures indicative only)
    python -m benchmarks --only classifier,segmenter --out /tmp/bench
    python -m benchmarks --results benchmarks/RESULTS.md   # also write the summary as RESULTS.md

Benchmarks: classifier, segmenter, stall, concurrency, gpu (gpu records "not measured" where CUDA is
absent; ``benchmarks/gpu_check.py`` is the same check as a standalone script for a GPU machine).
A benchmark that fails is recorded with its traceback, the others still run, and the exit status is 1.
"""
from __future__ import annotations

import argparse
import os
import shlex
import sys
import time
import traceback
from pathlib import Path
from typing import Any

ALL = ("classifier", "segmenter", "stall", "concurrency", "gpu")


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    ap = argparse.ArgumentParser(prog="python -m benchmarks", description="streamguard's benchmark suite")
    ap.add_argument("--quick", action="store_true", help="small samples, under two minutes (CI)")
    ap.add_argument("--out", type=Path, default=Path("benchmarks/out"), help="where to write (default benchmarks/out)")
    ap.add_argument("--only", default=",".join(ALL), help=f"comma-separated subset of {','.join(ALL)}")
    ap.add_argument("--budget-ms", type=int, default=1500, help="hold budget for the stall benchmark (default 1500)")
    ap.add_argument("--classifier-threads", type=int, default=None,
                    help="ORT threads of the guard's classifier in the stall benchmark (default: the runtime's)")
    ap.add_argument("--results", type=Path, default=None, help="also write the summary to this file (benchmarks/RESULTS.md)")
    ap.add_argument("--merge", action="store_true",
                    help="keep the other benchmarks of an existing OUT/results.json (each records its own command and load)")
    args = ap.parse_args(argv)
    only = [x.strip() for x in args.only.split(",") if x.strip()]
    unknown = [x for x in only if x not in ALL]
    if unknown:
        ap.error(f"--only {','.join(unknown)} is not allowed: choose from {','.join(ALL)}")

    from . import report
    from .common import machine_info, resolve_models, write_json

    started = time.monotonic()
    out: Path = args.out
    out.mkdir(parents=True, exist_ok=True)

    def log(msg: str) -> None:
        print(f"[{time.monotonic() - started:6.1f}s] {msg}", flush=True)

    command = "python -m benchmarks " + " ".join(shlex.quote(a) for a in argv)
    results: dict[str, Any] = {"command": command, "quick": args.quick, "machine": machine_info(), "benchmarks": {}}
    if args.merge and (out / "results.json").exists():
        import json

        old = json.loads((out / "results.json").read_text())
        results["benchmarks"] = {k: v for k, v in old.get("benchmarks", {}).items() if k not in only}
        if "models" in old and not any(x in only for x in ("classifier", "stall", "concurrency")):
            results["models"] = old["models"]
    failed = False
    models = None
    if any(x in only for x in ("classifier", "stall", "concurrency")):
        log("resolving models")
        try:
            models = resolve_models(log, need_reference="classifier" in only)
            results["models"] = models.describe()
            log(f"runtime model: {models.runtime_source}")
        except Exception:
            failed = True
            results["models_error"] = traceback.format_exc()
            log("model resolution failed:\n" + results["models_error"])

    for name in ALL:
        if name not in only:
            continue
        log(f"{name} ...")
        t0 = time.monotonic()
        load0 = [round(x, 2) for x in os.getloadavg()]
        try:
            if name == "segmenter":
                from . import segmenter
                r = segmenter.run(quick=args.quick, log=log)
            elif name == "gpu":
                from . import gpu_check
                r = gpu_check.check(None, quick=True if args.quick else False, n_pairs=100 if args.quick else 400)
                r.pop("machine", None)
                r["headline"] = gpu_check.headline(r)
                log("  " + r["headline"])
            elif models is None:
                r = {"skipped": "model resolution failed (see models_error)"}
            elif name == "classifier":
                from . import classifier
                r = classifier.run(models, quick=args.quick, log=log)
            elif name == "stall":
                from . import stall
                r = stall.run(models, quick=args.quick, log=log, budget_ms=args.budget_ms, threads=args.classifier_threads)
            else:
                from . import concurrency
                r = concurrency.run(models, quick=args.quick, log=log)
        except Exception:
            failed = True
            r = {"error": traceback.format_exc()}
            log(f"{name} FAILED:\n{r['error']}")
        r["elapsed_s"] = time.monotonic() - t0
        r["command"] = command
        r["ran_at_utc"] = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())
        r["load_average"] = {"start": load0, "end": [round(x, 2) for x in os.getloadavg()]}
        results["benchmarks"][name] = r

    plots: list[str] = []
    try:
        from . import plots as P

        for name, fn in (("classifier", P.classifier), ("segmenter", P.segmenter), ("stall", P.stall), ("concurrency", P.concurrency)):
            if name in results["benchmarks"] and name in only:
                path = fn(results["benchmarks"][name], out)
                if path is not None:
                    plots.append(path.name)
    except ImportError as exc:
        results["plots_note"] = f"no plots: {exc} (matplotlib is in the dev extra)"
    if args.merge:
        plots = sorted(set(plots) | {p.name for p in out.glob("*.png")})
    results["plots"] = plots
    results["targets"] = report.targets(results["benchmarks"])
    results["elapsed_s"] = time.monotonic() - started
    results["machine"]["load_average_at_end"] = [round(x, 2) for x in os.getloadavg()]
    write_json(out / "results.json", results)
    summary = report.markdown(results)
    (out / "summary.md").write_text(summary, encoding="utf-8")
    if args.results is not None:
        text = report.markdown(results, title="streamguard benchmark results")
        text = text.replace("\n## Machine", "\nRegenerate with the command above; the raw figures are in `benchmarks/out/results.json` "
                            "and the plots beside it (not committed). Method: `benchmarks/README.md`.\n\n## Machine", 1)
        args.results.write_text(text, encoding="utf-8")
    log(f"wrote {out / 'results.json'}, {out / 'summary.md'}" + (f", {len(plots)} plots" if plots else "")
        + (f", {args.results}" if args.results else ""))
    print()
    for r in results["benchmarks"].values():
        if r.get("headline"):
            print(r["headline"])
    for t in results["targets"]:
        print(f"target {t['target']} {t['goal']}: {t['shown']} -> "
              f"{'not measured' if t['met'] is None else ('met' if t['met'] else 'NOT MET')}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
