"""Contradiction classifier on ONNX Runtime, with `tokenizers` for tokenization (no torch at run time).

A model directory holds ``model.int8.onnx`` (CPU), optionally ``model.fp16.onnx`` (CUDA), the
``tokenizer.json`` and ``streamguard.json`` (decision thresholds, maximum length, input format). Inputs are
(earlier, later) sentence pairs, optionally with the user's question: the question is joined in front of
the earlier sentence with a separator, which is how the model was trained to see it.

Deliberate choices:
- A pair's score never depends on what else is scored with it. The shipped int8 model quantizes
  activations token by token (``training/quantize.py``), so a pair scores the same alone, padded, or beside
  other streams' pairs. (ONNX Runtime's dynamic int8, with one scale per tensor, moved scores by up to 0.47
  in mixed calls of 8.) A model without that property (``quantize_dynamic`` int8, no
  ``int8_activation_scales: per-token`` in ``streamguard.json``) is scored one pair per call.
- On a CPU the calls of one ``predict`` run side by side on ``threads`` workers, each ONNX Runtime call
  single-threaded: intra-op threading of such small matrices wastes more than it gains. The pairs are sorted
  by length and cut into about one padded chunk per worker (8 pairs, 2 workers: two calls of 4), at most
  ``MAX_CHUNK`` pairs each; a pair starts a new chunk rather than be padded 25% beyond its own length.
  Few calls matter because each costs a GIL hand-off (a busy event loop holds the GIL for up to the
  interpreter's switch interval): the 8-pair check on 2 workers, one run alternating with PyTorch as
  ``../shared/checks/speed.py`` does, took 28.1 ms in two chunks of 4 against 38.6 ms one pair per call.
  Per pair, a call of 1 to 8 pairs costs the same (6.8-7.1 ms at 55 tokens, one thread); 16 cost twice as
  much per pair, hence the cap of 8.
- On a CPU two of ONNX Runtime's fusions are left out (``CPU_DISABLED_FUSIONS``): its fused
  SkipLayerNormalization and BiasGelu kernels are slower there than the plain operators they replace.
- On CUDA pairs are sorted by length and run in calls of ``batch_size``, each padded to its own longest
  pair: a GPU needs the batch, and fp16 without activation quantization does not depend on it.
- Contradiction is symmetric, so training shows both orders; at run time one order suffices (halving the
  cost of a check) unless ``symmetric=True`` is asked for, which averages both orders.
- Three shipped thresholds. ``threshold`` decides a single pair: chosen on ChatProtect's validation split,
  it is the operating point for anyone scoring sentence pairs. ``guard_threshold`` (at least as high) is what
  the stream guard and ``streamguard scan`` use: an answer of n sentences makes up to n(n-1)/2 checks, so a
  per-pair false-alarm rate that is fine for one pair flags many consistent answers; it is chosen on our own
  dev split. ``correction_threshold`` is what they judge a sentence at that opens by announcing a correction
  ("Correction:", "Wait, I misspoke", ``claims.CORRECTION_MARKERS``): the marker already says something earlier
  was wrong, so the pair only has to say which claim — the shipped value is 0.5, "more likely a reversal than
  not" (``training/evaluate.py``, ``correction_threshold_for``). A model directory without the last two uses
  ``threshold`` for them.
- Errors say what was asked for and what exists: a provider that is not available, a missing or corrupt
  model file.
"""
from __future__ import annotations

import json
import os
import threading
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Iterable, Sequence, Union

import numpy as np

DEFAULT_MODEL_DIR = Path(__file__).resolve().parents[3] / "models" / "contradiction-minilm"
MODEL_DIR_ENV = "STREAMGUARD_MODEL_DIR"
QUESTION_SEPARATOR = " [SEP] "

Pair = Union[tuple[str, str], tuple[str, str, "str | None"]]


# The most pairs one CPU call holds (per pair, calls of 16 cost twice what calls of 1-8 cost), and how much
# longer than a pair its chunk's longest pair may be before the pair starts a chunk of its own.
MAX_CHUNK = 8
MAX_PADDING_RATIO = 1.25

# ONNX Runtime fusions left out on a CPU: its fused SkipLayerNormalization and BiasGelu kernels are slower
# there than the plain Add + LayerNormalization and Add + Gelu they replace (one run, 4 pairs per call, one
# thread: 26.2 ms with every fusion, 22.9 ms without these two). fp32 outputs agree to 1e-4 either way; int8
# scores move within quantization noise (a rounding flip per token), which the shipped thresholds were chosen on.
CPU_DISABLED_FUSIONS = ("SkipLayerNormFusion", "BiasGeluFusion")


class ClassifierError(RuntimeError):
    """The classifier cannot be loaded or run; the message says what was asked and what exists."""


def _find_model_dir(path: str | os.PathLike[str] | None) -> Path:
    if path is None:
        path = os.environ.get(MODEL_DIR_ENV) or DEFAULT_MODEL_DIR
        if not Path(path).exists():
            # An installed (non-editable) package has no models/ beside it: look in the working directory.
            alt = Path.cwd() / "models" / "contradiction-minilm"
            path = alt if alt.exists() else path
    p = Path(path)
    if not p.exists():
        raise ClassifierError(f"model path {str(p)!r} does not exist; pass the directory that holds model.int8.onnx "
                              f"and tokenizer.json, or set {MODEL_DIR_ENV}")
    return p


def _choose_providers(provider: str) -> list[str]:
    import onnxruntime as ort

    available = ort.get_available_providers()
    if provider == "cpu":
        return ["CPUExecutionProvider"]
    if provider == "cuda":
        if "CUDAExecutionProvider" not in available:
            raise ClassifierError(f"asked for provider 'cuda', but the available ONNX Runtime providers are {available}; "
                                  "install the gpu extra (onnxruntime-gpu) on a machine with CUDA, or use provider='cpu'")
        return ["CUDAExecutionProvider", "CPUExecutionProvider"]
    if provider == "auto":
        return ["CUDAExecutionProvider", "CPUExecutionProvider"] if "CUDAExecutionProvider" in available else ["CPUExecutionProvider"]
    raise ClassifierError(f"provider={provider!r} is not allowed: use 'auto', 'cpu' or 'cuda'")


class ContradictionClassifier:
    """P(contradiction) for (earlier, later) sentence pairs of one answer.

    Example::

        clf = ContradictionClassifier.load()
        p = clf.predict([("Yes, it is safe.", "Actually, no, it is not safe.", "Is it safe?")])
        reversed_ = p >= clf.threshold          # one pair; the guard decides at clf.guard_threshold
    """

    def __init__(self, session: object, tokenizer: object, *, threshold: float, max_length: int,
                 provider: str, model_file: Path, meta: dict[str, object], guard_threshold: float | None = None,
                 correction_threshold: float | None = None, workers: int = 0) -> None:
        self._session = session
        self._tokenizer = tokenizer
        self.threshold = float(threshold)
        self.guard_threshold = float(guard_threshold) if guard_threshold is not None else self.threshold
        self.correction_threshold = float(correction_threshold) if correction_threshold is not None else self.threshold
        self.max_length = int(max_length)
        self.provider = provider
        self.model_file = model_file
        self.meta = meta
        self._input_names = {i.name for i in session.get_inputs()}  # type: ignore[attr-defined]
        # workers > 0: calls spread over that many threads, one ORT thread each (CPU); 0: padded batched calls (CUDA)
        self.workers = int(workers)
        # scores that do not depend on the batch: no activation quantization, or int8 with per-token scales
        self.batch_independent = "int8" not in Path(model_file).name or meta.get("int8_activation_scales") == "per-token"
        self._pool: ThreadPoolExecutor | None = None
        self._pool_lock = threading.Lock()

    @classmethod
    def load(cls, path: str | os.PathLike[str] | None = None, provider: str = "auto", *,
             threads: int | None = None, variant: str | None = None) -> "ContradictionClassifier":
        """Load the shipped model (``path=None``) or the one in ``path`` (a directory or an .onnx file).

        ``threads`` (default: the CPU count, at most 4): on a CPU, how many single-threaded calls run at once
        (the pairs of one ``predict`` are split among them); on CUDA, ONNX Runtime's intra-op threads. ``variant``: "int8", "fp16" or
        "fp32" to pick a file; by default int8 on a CPU, fp16 on CUDA.
        """
        import onnxruntime as ort
        from tokenizers import Tokenizer

        if threads is not None and (isinstance(threads, bool) or not isinstance(threads, int) or threads < 1):
            raise ClassifierError(f"threads={threads!r} is not allowed: use a whole number of at least 1, or None for the default")
        providers = _choose_providers(provider)
        p = _find_model_dir(path)
        model_dir = p if p.is_dir() else p.parent
        meta_file = model_dir / "streamguard.json"
        meta: dict[str, object] = {}
        if meta_file.exists():
            try:
                meta = json.loads(meta_file.read_text())
            except ValueError as exc:
                raise ClassifierError(f"model metadata {str(meta_file)!r} is not valid JSON: {exc}") from exc
        if p.is_file():
            model_file = p
        else:
            on_gpu = providers[0] == "CUDAExecutionProvider"
            names = [f"model.{variant}.onnx"] if variant else (["model.fp16.onnx", "model.int8.onnx"] if on_gpu else ["model.int8.onnx", "model.fp32.onnx"])
            found = [model_dir / n for n in names if (model_dir / n).exists()]
            if not found:
                have = sorted(x.name for x in model_dir.iterdir()) if model_dir.is_dir() else []
                raise ClassifierError(f"no model file {' or '.join(names)} in {str(model_dir)!r}; it holds {have}")
            model_file = found[0]
        tok_file = model_dir / "tokenizer.json"
        if not tok_file.exists():
            raise ClassifierError(f"tokenizer file {str(tok_file)!r} is missing; the model directory must hold tokenizer.json")
        on_cpu = providers[0] == "CPUExecutionProvider"
        threads = threads or min(os.cpu_count() or 1, 4)
        options = ort.SessionOptions()
        options.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
        # on a CPU the parallelism is across pairs (one single-threaded call each), not inside a call
        options.intra_op_num_threads = 1 if on_cpu else threads
        options.inter_op_num_threads = 1
        options.execution_mode = ort.ExecutionMode.ORT_SEQUENTIAL
        options.log_severity_level = 3
        try:
            session = ort.InferenceSession(str(model_file), sess_options=options, providers=providers,
                                           disabled_optimizers=list(CPU_DISABLED_FUSIONS) if on_cpu else [])
        except Exception as exc:  # onnxruntime raises its own unexported exception types
            raise ClassifierError(f"cannot load model file {str(model_file)!r} ({type(exc).__name__}: {str(exc).splitlines()[0][:200]}); "
                                  "it is missing, truncated or not an ONNX model") from exc
        max_length = int(meta.get("max_length", 128))  # type: ignore[arg-type]
        tokenizer = Tokenizer.from_file(str(tok_file))
        tokenizer.enable_truncation(max_length=max_length, strategy="longest_first")
        tokenizer.no_padding()
        used = session.get_providers()[0]
        threshold = float(meta.get("threshold", 0.5))  # type: ignore[arg-type]
        guard = float(meta.get("guard_threshold", threshold))  # type: ignore[arg-type]
        correction = float(meta.get("correction_threshold", threshold))  # type: ignore[arg-type]
        return cls(session, tokenizer, threshold=threshold, guard_threshold=guard, correction_threshold=correction, max_length=max_length,
                   provider=used, model_file=model_file, meta=meta, workers=threads if on_cpu else 0)

    def _encodings(self, pairs: Sequence[Pair]) -> list:
        firsts, seconds = [], []
        for pair in pairs:
            earlier, later = pair[0], pair[1]
            question = pair[2] if len(pair) > 2 else None  # type: ignore[misc]
            firsts.append(f"{question.strip()}{QUESTION_SEPARATOR}{earlier}" if question else earlier)
            seconds.append(later)
        return self._tokenizer.encode_batch(list(zip(firsts, seconds)))  # type: ignore[attr-defined,no-any-return]

    def _feeds(self, encodings: Sequence) -> dict[str, np.ndarray]:
        """Model inputs for ``encodings``, padded to the longest of them (no padding for one)."""
        width = max(len(e.ids) for e in encodings)
        ids = np.zeros((len(encodings), width), dtype=np.int64)
        mask = np.zeros((len(encodings), width), dtype=np.int64)
        types = np.zeros((len(encodings), width), dtype=np.int64)
        for row, e in enumerate(encodings):
            n = len(e.ids)
            ids[row, :n] = e.ids
            mask[row, :n] = 1
            types[row, :n] = e.type_ids
        feeds = {"input_ids": ids, "attention_mask": mask, "token_type_ids": types}
        return {k: v for k, v in feeds.items() if k in self._input_names}

    def predict(self, pairs: Iterable[Pair], *, batch_size: int = 8, symmetric: bool = False) -> np.ndarray:
        """Contradiction probabilities, one per pair, in order.

        On a CPU each score is the pair's own whatever else is asked in the same call; ``batch_size`` only
        applies on CUDA.
        """
        items = list(pairs)
        if not items:
            return np.zeros(0, dtype=np.float32)
        if symmetric:
            flipped = [(p[1], p[0], *p[2:]) for p in items]
            return (self.predict(items, batch_size=batch_size) + self.predict(flipped, batch_size=batch_size)) / 2  # type: ignore[arg-type]
        encodings = self._encodings(items)
        if self.workers:
            return self._predict_each(encodings)
        # Similar lengths share a call: padding is wasted work.
        order = sorted(range(len(items)), key=lambda k: len(encodings[k].ids))
        probs = np.empty(len(items), dtype=np.float32)
        for i in range(0, len(order), batch_size):
            idx = order[i:i + batch_size]
            probs[idx] = self._run(self._feeds([encodings[k] for k in idx]))
        return probs

    def _predict_each(self, encodings: Sequence) -> np.ndarray:
        n = len(encodings)
        chunks = _length_chunks([len(e.ids) for e in encodings], self._chunk_size(n))
        score = lambda idx: self._run(self._feeds([encodings[k] for k in idx]))
        probs = np.empty(n, dtype=np.float32)
        results = map(score, chunks) if len(chunks) == 1 or self.workers == 1 else self._workers().map(score, chunks)
        for idx, p in zip(chunks, results):
            probs[idx] = p
        return probs

    def _chunk_size(self, n: int) -> int:
        """Pairs per CPU call: about one call per worker; one pair per call where a pair's score would depend
        on its batch (int8 with one activation scale per tensor)."""
        if not self.batch_independent:
            return 1
        return max(1, min(-(-n // self.workers), MAX_CHUNK))

    def _workers(self) -> ThreadPoolExecutor:
        if self._pool is None:  # created on first use: a classifier that never scores two pairs starts no thread
            with self._pool_lock:
                if self._pool is None:
                    self._pool = ThreadPoolExecutor(self.workers, thread_name_prefix="streamguard-onnx")
        return self._pool

    def _run(self, feeds: dict[str, np.ndarray]) -> np.ndarray:
        (logits,) = self._session.run(["logits"], feeds)  # type: ignore[attr-defined]
        return _contradiction_probability(np.asarray(logits, dtype=np.float32))


def _threshold_of(classifier: object, name: str) -> float:
    """``classifier``'s threshold ``name``, else its pair ``threshold`` (a classifier that ships only that one)."""
    value = getattr(classifier, name, None)
    return float(value if value is not None else classifier.threshold)  # type: ignore[attr-defined]


def guard_threshold_of(classifier: object) -> float:
    """The threshold a guard uses with ``classifier``: its ``guard_threshold``, else its pair ``threshold``."""
    return _threshold_of(classifier, "guard_threshold")


def decision_thresholds(classifier: object, threshold: float | None = None,
                        correction_threshold: float | None = None) -> tuple[float, float]:
    """The (threshold, correction threshold) a guard uses with ``classifier``: the given ones, else the model's
    guard and correction thresholds (``GuardConfig.threshold``, ``GuardConfig.correction_threshold``)."""
    return (float(threshold) if threshold is not None else guard_threshold_of(classifier),
            float(correction_threshold) if correction_threshold is not None else _threshold_of(classifier, "correction_threshold"))


def _length_chunks(lengths: Sequence[int], size: int) -> list[list[int]]:
    """Indices of ``lengths`` cut into chunks of at most ``size``, longest first, so that pairs of similar length
    share a padded call; a pair starts a new chunk where the chunk's longest is more than
    ``MAX_PADDING_RATIO`` times its own length."""
    chunks: list[list[int]] = []
    for k in sorted(range(len(lengths)), key=lambda k: -lengths[k]):
        last = chunks[-1] if chunks else None
        if last is None or len(last) >= size or lengths[last[0]] > MAX_PADDING_RATIO * lengths[k]:
            chunks.append([k])
        else:
            last.append(k)
    return chunks


def _contradiction_probability(logits: np.ndarray) -> np.ndarray:
    if logits.ndim == 2 and logits.shape[1] == 1:
        return 1.0 / (1.0 + np.exp(-logits[:, 0]))
    z = logits - logits.max(axis=1, keepdims=True)
    e = np.exp(z)
    return e[:, -1] / e.sum(axis=1)
