"""PNG plots of the results (matplotlib, Agg backend). Each function returns the file it wrote, or None."""
from __future__ import annotations

from pathlib import Path
from typing import Any

ENGINE_COLORS = {"ort_int8": "#1f77b4", "ort_fp32": "#7fb3e0", "torch_eager": "#d62728"}
VARIANT_COLORS = {"unguarded": "#555555", "observe": "#2ca02c", "annotate": "#1f77b4", "hold": "#d62728"}


def _plt() -> Any:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    return plt


def _plain_ticks(axis: Any) -> None:
    from matplotlib.ticker import FormatStrFormatter, NullFormatter

    axis.set_major_formatter(FormatStrFormatter("%g"))
    axis.set_minor_formatter(NullFormatter())


def classifier(res: dict[str, Any], out: Path) -> Path | None:
    results = res.get("results")
    if not results:
        return None
    plt = _plt()
    keys = list(results)
    engines = [e for e in ("ort_int8", "ort_fp32", "torch_eager") if e in results[keys[0]]]
    fig, ax = plt.subplots(figsize=(10, 4.5))
    width = 0.8 / len(engines)
    for j, e in enumerate(engines):
        xs = [i + (j - (len(engines) - 1) / 2) * width for i in range(len(keys))]
        ys = [results[k][e]["pairs_per_s"] for k in keys]
        bars = ax.bar(xs, ys, width, label=e, color=ENGINE_COLORS.get(e))
        if e != "torch_eager" and "speedup_vs_eager" in results[keys[0]][e]:
            for b, k in zip(bars, keys):
                ax.annotate(f"{results[k][e]['speedup_vs_eager']:.1f}x", (b.get_x() + b.get_width() / 2, b.get_height()),
                            ha="center", va="bottom", fontsize=7)
    ax.set_xticks(range(len(keys)))
    ax.set_xticklabels([k.replace("/t", "\nthreads=") for k in keys], fontsize=8)
    ax.set_yscale("log")
    ax.set_ylabel("pairs/s (batch / p50 latency)")
    ax.set_title("Classifier throughput — labels: speed-up over PyTorch eager (p50)")
    ax.legend(loc="upper left", bbox_to_anchor=(1.0, 1.0), fontsize=8)
    fig.tight_layout()
    path = out / "classifier.png"
    fig.savefig(path, dpi=110)
    plt.close(fig)
    return path


def segmenter(res: dict[str, Any], out: Path) -> Path | None:
    results = res.get("results")
    if not results:
        return None
    plt = _plt()
    names = list(results)
    fig, ax = plt.subplots(figsize=(6, 4))
    ys = [results[n]["chars_per_s"] for n in names]
    bars = ax.bar(names, ys, color=["#1f77b4", "#7fb3e0", "#d62728"][:len(names)])
    for b, n in zip(bars, names):
        label = f"{results[n]['chars_per_s'] / 1e3:.0f}k/s"
        if "x_pysbd" in results[n]:
            label += f"\n{results[n]['x_pysbd']:.0f}x pysbd"
        ax.annotate(label, (b.get_x() + b.get_width() / 2, b.get_height()), ha="center", va="bottom", fontsize=8)
    ax.set_yscale("log")
    ax.set_ylabel("characters/s")
    ax.set_title(f"Segmenter on {res.get('texts')} chat answers ({res.get('chars')} chars)")
    fig.tight_layout()
    path = out / "segmenter.png"
    fig.savefig(path, dpi=110)
    plt.close(fig)
    return path


def stall(res: dict[str, Any], out: Path) -> Path | None:
    series = res.get("series")
    if not series:
        return None
    import numpy as np

    plt = _plt()
    fig, (a, b) = plt.subplots(1, 2, figsize=(12, 4.5))
    for v in ("unguarded", "observe", "annotate"):
        xs = np.sort(np.asarray(series[v]["chunk_latency_ms"]))
        if len(xs):
            a.plot(xs, np.arange(1, len(xs) + 1) / len(xs), label=v, color=VARIANT_COLORS[v])
    a.set_xscale("log")
    _plain_ticks(a.xaxis)
    a.set_xlabel("per-chunk latency, upstream send → client read (ms)")
    a.set_ylabel("fraction of chunks")
    a.set_title(f"Per-chunk latency at {res.get('rate_tokens_per_s'):.0f} tok/s (loopback, uvicorn)")
    a.grid(True, which="both", alpha=0.3)
    a.legend()
    d = np.asarray(series["hold"].get("char_delay_ms", []))
    budget = res.get("budget_ms", 0)
    if len(d):
        b.hist(d, bins=60, color=VARIANT_COLORS["hold"], alpha=0.8)
        b.axvline(budget, color="k", linestyle="--", label=f"budget {budget} ms")
        b.axvline(budget + 10, color="k", linestyle=":", label="budget + 10 ms")
        b.set_yscale("log")
        b.legend()
    b.set_xlabel("delay per character in hold mode (ms)")
    b.set_ylabel("characters")
    b.set_title("Hold mode: delay per character vs budget")
    fig.tight_layout()
    path = out / "stall.png"
    fig.savefig(path, dpi=110)
    plt.close(fig)
    return path


def concurrency(res: dict[str, Any], out: Path) -> Path | None:
    runs = [r for r in res.get("runs", []) if "verdict_ms" in r]
    if not runs:
        return None
    plt = _plt()
    fig, (a, b) = plt.subplots(1, 2, figsize=(12, 4.5))
    for name, color in (("shared_batcher", "#1f77b4"), ("no_batcher", "#d62728"), ("shared_batcher_1thread", "#2ca02c")):
        rs = sorted((r for r in runs if r["config"] == name and "p99" in r["verdict_ms"]), key=lambda r: r["n"])
        if not rs:
            continue
        ns = [r["n"] for r in rs]
        a.plot(ns, [r["verdict_ms"]["p99"] for r in rs], "o-", color=color, label=f"{name} p99")
        a.plot(ns, [r["verdict_ms"]["p50"] for r in rs], "o--", color=color, alpha=0.5, label=f"{name} p50")
        b.plot(ns, [r["cpu_percent"] for r in rs], "o-", color=color, label=f"{name} CPU %")
        for r in rs:
            if r["deadline_misses"]:
                a.annotate(f"{r['deadline_misses']} misses", (r["n"], r["verdict_ms"]["p99"]), fontsize=7, color=color)
    a.axhline(res.get("p99_limit_ms", 100), color="k", linestyle=":", label="100 ms")
    a.set_xscale("log")
    a.set_yscale("log")
    _plain_ticks(a.xaxis)
    _plain_ticks(a.yaxis)
    a.set_xlabel("concurrent streams (30 tok/s each)")
    a.set_ylabel("verdict latency (ms)")
    a.set_title("Verdict latency vs concurrent streams (one process)")
    a.grid(True, which="both", alpha=0.3)
    a.legend(fontsize=8)
    b.set_xscale("log")
    _plain_ticks(b.xaxis)
    b.set_xlabel("concurrent streams")
    b.set_ylabel("process CPU % (100 = one core)")
    b.set_title("Guard process CPU")
    b.grid(True, which="both", alpha=0.3)
    b.legend(fontsize=8)
    fig.tight_layout()
    path = out / "concurrency.png"
    fig.savefig(path, dpi=110)
    plt.close(fig)
    return path
