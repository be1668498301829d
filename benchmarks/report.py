"""The markdown summary (``summary.md``, and ``RESULTS.md`` on request) and the targets of issue 5."""
from __future__ import annotations

from typing import Any


def _f(x: Any, fmt: str = ".2f") -> str:
    return "—" if x is None else format(x, fmt)


def targets(b: dict[str, Any]) -> list[dict[str, Any]]:
    """Each target of issue 5 with the measured value and met / not met (None = not measured)."""
    c, st, co, sg = (b.get(k, {}) for k in ("classifier", "stall", "concurrency", "segmenter"))
    rows = []

    def add(name: str, goal: str, value: Any, shown: str, met: bool | None, aim: str = "") -> None:
        rows.append({"target": name, "goal": goal, "value": value, "shown": shown, "met": met, "aim": aim})

    v = c.get("check8_speedup")
    add("8-pair check vs PyTorch eager (2 threads, p50)", ">= 3x", v, "—" if v is None else f"{v:.2f}x", None if v is None else v >= 3,
        "6x long-term" + ("" if v is None else (": met" if v >= 6 else ": not yet")))
    v = st.get("annotate_added_p99_ms")
    add("annotate: added per-chunk stall p99", "< 1 ms", v, "—" if v is None else f"{v:.3f} ms", None if v is None else v < 1.0)
    v = st.get("hold_p999_overrun_ms")
    add("hold: character delay past the budget, p99.9", "<= 10 ms", v, "—" if v is None else f"{v:.1f} ms", None if v is None else v <= 10.0)
    cap = (co.get("capacity") or {}).get("shared_batcher")
    add("concurrent streams at 30 tok/s, p99 verdict < 100 ms, no misses", ">= 100", cap, "—" if cap is None else str(cap),
        None if cap is None else cap >= 100, "200 long-term" + ("" if cap is None else (": met" if cap >= 200 else ": not yet")))
    v = sg.get("x_pysbd_deltas")
    add("segmenter vs pysbd (ours fed in 2-6 char deltas)", ">= 20x", v, "—" if v is None else f"{v:.1f}x", None if v is None else v >= 20)
    return rows


def _met(m: bool | None) -> str:
    return "not measured" if m is None else ("**met**" if m else "**not met**")


def markdown(results: dict[str, Any], *, title: str = "streamguard benchmarks") -> str:
    m = results["machine"]
    b = results["benchmarks"]
    lines = [f"# {title}", ""]
    commands = sorted({r.get("command", results["command"]) for r in b.values()} or {results["command"]})
    lines += [("Command: " if len(commands) == 1 else "Commands (each section names its own): ")
              + ", ".join(f"`{c}`" for c in commands)
              + ("  (quick mode: small samples, figures indicative only)" if results.get("quick") else ""),
              f"Run at {m['time_utc']}, {results.get('elapsed_s', 0):.0f} s, commit {m.get('git_commit')}.", ""]
    v = m["versions"]
    lines += ["## Machine", "",
              f"- CPU: {m['cpu_model']}, {m['cpu_cores']} cores ({m['cpu_cores_usable']} usable), {m.get('memory_gb')} GB RAM",
              f"- {m['platform']}",
              f"- load average (1, 5, 15 min) at start {m.get('load_average_at_start')}, at end {m.get('load_average_at_end')}"
              " — anything well above 0 means other work shared the CPU",
              f"- Python {m['python']}, onnxruntime {v.get('onnxruntime')}, torch {v.get('torch') or 'not installed'}, "
              f"transformers {v.get('transformers') or 'not installed'}, tokenizers {v.get('tokenizers')}, "
              f"pysbd {v.get('pysbd') or 'not installed'}, uvicorn {v.get('uvicorn')}", ""]
    mod = results.get("models")
    if mod:
        lines += ["## Model", "", f"- runtime: {mod['runtime_source']} — `{mod['runtime_dir']}`"
                  + (f", int8 {mod.get('int8_mb')} MB, sha256 {mod.get('int8_sha256')}" if mod.get("int8_mb") else ""),
                  f"- reference (fp32 export, PyTorch eager): {mod['reference_source']} — `{mod['reference_hf']}`, "
                  f"{mod.get('layers')} layers"]
        lines += [f"- note: {n}" for n in mod.get("notes", [])]
        lines.append("")
    lines += ["## Headlines", ""]
    for k in ("classifier", "segmenter", "stall", "concurrency", "gpu"):
        r = b.get(k)
        if r is None:
            continue
        if "error" in r:
            lines.append(f"- {k}: ERROR — {r['error'].splitlines()[-1] if r['error'] else ''}")
        elif "skipped" in r:
            lines.append(f"- {k}: skipped — {r['skipped']}")
        elif r.get("headline"):
            lines.append(f"- {r['headline']}")
    lines += ["", "## Targets (issue 5; reported, never asserted in tests)", "", "| target | goal | measured | result | long-term |",
              "|---|---|---|---|---|"]
    for t in targets(b):
        lines.append(f"| {t['target']} | {t['goal']} | {t['shown']} | {_met(t['met'])} | {t['aim']} |")
    lines.append("")
    lines += _classifier(b.get("classifier")) + _segmenter(b.get("segmenter")) + _stall(b.get("stall")) \
        + _concurrency(b.get("concurrency")) + _gpu(b.get("gpu"))
    plots = results.get("plots") or []
    if plots:
        lines += ["## Plots", ""] + [f"- `{p}`" for p in plots] + [""]
    return "\n".join(lines).rstrip() + "\n"


def _notes(r: dict[str, Any]) -> list[str]:
    out = [f"- note: {n}" for n in r.get("notes", [])]
    la = r.get("load_average")
    if la:
        out.append(f"- ran {r.get('ran_at_utc')} with `{r.get('command')}` in {r.get('elapsed_s', 0):.0f} s; "
                   f"load average (1, 5, 15 min) {la['start']} at the start, {la['end']} at the end")
    return out


def _classifier(r: dict[str, Any] | None) -> list[str]:
    if not r or "results" not in r:
        return []
    engines = [e for e in ("ort_int8", "ort_fp32", "torch_eager") if e in next(iter(r["results"].values()))]
    out = ["## Classifier", "", "Engines alternate inside every round; p50/p99 of per-call latency (tokenization included); "
           "speed-up = eager p50 / engine p50.", "",
           "| workload | threads | rounds | " + " | ".join(f"{e} p50 / p99 ms | {e} pairs/s" for e in engines) + " | int8 vs eager | fp32 vs eager |",
           "|---|---|---|" + "---|---|" * len(engines) + "---|---|"]
    for key, row in r["results"].items():
        cells = [key.split("/")[0], str(row["threads"]), str(row["rounds"])]
        for e in engines:
            cells += [f"{row[e]['p50_ms']:.2f} / {row[e]['p99_ms']:.2f}", f"{row[e]['pairs_per_s']:.0f}"]
        cells.append(f"{row['ort_int8']['speedup_vs_eager']:.2f}x" if "speedup_vs_eager" in row["ort_int8"] else "—")
        cells.append(f"{row['ort_fp32']['speedup_vs_eager']:.2f}x" if "ort_fp32" in row and "speedup_vs_eager" in row["ort_fp32"] else "—")
        out.append("| " + " | ".join(cells) + " |")
    ctl = r.get("control_alone_check8_t2") or {}
    if "speedup_int8_vs_eager" in ctl:
        out += ["", f"Control, each engine alone (not alternated), check8, 2 threads: int8 {ctl['ort_int8']['p50_ms']:.2f} ms, "
                    f"eager {ctl['torch_eager']['p50_ms']:.2f} ms, {ctl['speedup_int8_vs_eager']:.2f}x."]
    ag = r.get("agreement") or {}
    parts = [f"{k}: max |Δp| {v['max_abs_diff']:.4f}" + (f", decisions agree {v['decision_agreement'] * 100:.1f}%" if "decision_agreement" in v else "")
             for k, v in ag.items() if isinstance(v, dict)]
    if parts:
        out += ["", f"Same weights? On {ag.get('pairs')} pairs at threshold {ag.get('threshold')}: " + "; ".join(parts) + "."]
    return out + [""] + _notes(r) + [""]


def _segmenter(r: dict[str, Any] | None) -> list[str]:
    if not r or "results" not in r:
        return []
    out = ["## Segmenter", "", f"{r['texts']} texts ({r['real_stream_texts']} from real streams), {r['chars']} characters; "
           f"deltas of 2-6 characters (mean {r['mean_delta_chars']:.1f}); rounds interleaved, median.", "",
           "| way | chars/s | segments | vs pysbd |", "|---|---|---|---|"]
    for n, row in r["results"].items():
        out.append(f"| {n} | {row['chars_per_s']:.0f} | {row['segments']} | {_f(row.get('x_pysbd'), '.1f')}{'x' if 'x_pysbd' in row else ''} |")
    return out + [""] + _notes(r) + [""]


def _stall(r: dict[str, Any] | None) -> list[str]:
    if not r or "results" not in r:
        return []
    res = r["results"]
    out = ["## End-to-end stall", "",
           f"{len(r.get('answers', []))} answers × 4 variants at {r['rate_tokens_per_s']:.0f} tok/s, uvicorn on loopback, "
           f"hold budget {r['budget_ms']} ms. Latency = client read time − upstream send time.", "",
           "| variant | streams | chunks | TTFB p50 ms | first content p50 ms | chunk p50 ms | chunk p99 ms | chunk p99.9 ms | added p50 / p99 ms | lost chars | guard events |",
           "|---|---|---|---|---|---|---|---|---|---|---|"]
    for v, row in res.items():
        c = row["chunk_latency_ms"]
        added = row.get("added_chunk_ms")
        added_s = "—" if not added else f"{added['p50']:.3f} / {added['p99']:.3f}"
        events = ", ".join(f"{k} {n}" for k, n in sorted(row["guard_events"].items())) or "—"
        out.append(f"| {v} | {row['streams']} | {row['chunks']} | {_f(row['ttfb_ms'].get('p50'))} | {_f(row['first_content_ms'].get('p50'), '.1f')} | "
                   f"{_f(c.get('p50'), '.3f')} | {_f(c.get('p99'), '.3f')} | {_f(c.get('p99.9'), '.3f')} | "
                   f"{added_s} | {row['lost_chars']} | {events} |")
    h = res.get("hold", {})
    if h.get("chars"):
        d, o = h["char_delay_ms"], h["overrun_ms"]
        out += ["", f"Hold, {h['chars']} characters: delay p50 {d['p50']:.1f} / p99 {d['p99']:.1f} / p99.9 {d['p99.9']:.1f} / "
                    f"max {d['max']:.1f} ms; past the budget: p99.9 {o['p99.9']:.1f} ms, max {o['max']:.1f} ms; "
                    f"{h['chars_over_budget_plus_10ms']} characters later than budget + 10 ms."]
    return out + [""] + _notes(r) + [""]


def _concurrency(r: dict[str, Any] | None) -> list[str]:
    if not r or "runs" not in r:
        return []
    out = ["## Concurrency", "",
           f"Hold mode (budget {r['budget_ms']} ms), {r['rate_tokens_per_s']:.0f} tok/s per stream, {r['duration_s']:.0f} s of "
           f"stream starts per run, one fresh process per run. CPU: 100% = one core.", "",
           "| N | configuration | checks | verdict p50 ms | p99 ms | max ms | misses / held segments | mean batch | loop lag p99 ms | CPU % | RSS MB (peak) | ok |",
           "|---|---|---|---|---|---|---|---|---|---|---|---|"]
    for x in r["runs"]:
        if "verdict_ms" not in x:
            out.append(f"| {x['n']} | {x['config']} | {x.get('skipped') or 'error'} |||||||||")
            continue
        vm = x["verdict_ms"]
        out.append(f"| {x['n']} | {x['config']} | {x['checks']} | {_f(vm.get('p50'), '.1f')} | {_f(vm.get('p99'), '.1f')} | "
                   f"{_f(vm.get('max'), '.1f')} | {x['deadline_misses']} / {x.get('segments_held', '?')} | {_f(x.get('mean_batch'), '.1f')} | "
                   f"{_f(x['loop_lag_ms'].get('p99'), '.1f')} | {x['cpu_percent']:.0f} | {x.get('rss_mb')} ({x.get('rss_peak_mb')}) | "
                   f"{'yes' if x.get('ok') else 'no'}{' (cut short)' if x.get('cut_short') else ''} |")
    cap = r.get("capacity", {})
    out += ["", "Capacity (largest N passing, every smaller N passing too): "
            + ", ".join(f"{k} {v}" for k, v in cap.items()) + ". Configurations: "
            + "; ".join(f"{k} = {v}" for k, v in (r.get("configs") or {}).items()) + "."]
    if r.get("capacity_p99_only"):
        out += ["", "By p99 verdict latency alone (misses not counted): "
                + ", ".join(f"{k} {v}" for k, v in r["capacity_p99_only"].items())
                + ". A deadline miss is also counted when an earlier segment's budget ends while a later segment's check "
                  "against it is in flight, however short that check, so a few misses occur at any load."]
    return out + [""] + _notes(r) + [""]


def _gpu(r: dict[str, Any] | None) -> list[str]:
    if not r:
        return []
    out = ["## GPU", "", f"- {r.get('headline')}"]
    if r.get("cuda"):
        out += ["", "| workload | CUDA p50 ms | CUDA pairs/s | CPU int8 p50 ms | CPU int8 pairs/s | CUDA vs CPU |", "|---|---|---|---|---|---|"]
        for k, row in r["results"].items():
            out.append(f"| {k} | {row['cuda']['p50_ms']:.2f} | {row['cuda']['pairs_per_s']:.0f} | {row['cpu_int8']['p50_ms']:.2f} | "
                       f"{row['cpu_int8']['pairs_per_s']:.0f} | {row['cuda_speedup_vs_cpu_int8']:.1f}x |")
    return out + [""]
