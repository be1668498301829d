"""Offline scan: the streaming engine over complete texts, for evaluation teams and model measurement.

    streamguard scan answers.jsonl -o reversals.jsonl

Input lines: ``{"id": ..., "text": "...", "prompt": "..."?}``. Output lines:
``{"id", "segments": [[start, end], ...], "reversals": [{"claim": [s, e], "reversal": [s, e], "score": p, "marked": b}]}``
with offsets as Python string indices into ``text``; spans exclude the whitespace around a sentence;
``marked``: the reversing sentence announces a correction, so it was judged at the correction threshold
where that is the lower one (``GuardConfig.correction_threshold``).
The same segmenter, claim selection and thresholds as the live guard, so a scan predicts what the guard
would have flagged. Pairs from many answers share classifier batches.
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from typing import Any, Iterable, Iterator, Sequence

from .classifier.runtime import decision_thresholds
from .config import GuardConfig
from .engine import SegmentRef, TextGuard

DEFAULT_BATCH_ANSWERS = 32


def _span(ref: SegmentRef) -> list[int]:
    lead = len(ref.text) - len(ref.text.lstrip())
    trail = len(ref.text) - len(ref.text.rstrip())
    start, end = ref.start + lead, ref.end - trail
    return [start, max(start, end)]


def _scan_batch(records: Sequence[dict[str, Any]], classifier: Any, threshold: float, correction_threshold: float,
                config: GuardConfig) -> list[dict[str, Any]]:
    guards, checks = [], []
    for rec in records:
        guard = TextGuard(config, threshold=threshold, correction_threshold=correction_threshold, question=rec.get("prompt"))
        guard.feed(rec["text"], 0.0)
        guard.finish(0.0)
        guards.append(guard)
        checks.append(guard.take_checks())
    pairs = [p for cs in checks for c in cs for p in c.pairs]
    probs = classifier.predict(pairs) if pairs else []
    k = 0
    out = []
    for rec, guard, cs in zip(records, guards, checks):
        for check in cs:
            n = len(check.pairs)
            guard.on_verdict(check, probs[k:k + n], 0.0)
            k += n
        reversals = [{"claim": _span(r.claim), "reversal": _span(r.segment), "score": round(float(r.score), 4),
                      "marked": r.marked} for r in guard.reversals]
        out.append({"id": rec.get("id"), "segments": [_span(s) for s in guard.segments if s.text.strip()],
                    "reversals": reversals})
    return out


def scan_records(records: Iterable[dict[str, Any]], *, threshold: float | None = None, correction_threshold: float | None = None,
                 classifier: Any = None, config: GuardConfig | None = None,
                 batch_answers: int = DEFAULT_BATCH_ANSWERS) -> Iterator[dict[str, Any]]:
    """Scan answers ({"id", "text", "prompt"?}) and yield one result per answer, in order. Thresholds left
    ``None`` come from ``config``, else from the model (``GuardConfig.threshold``, ``.correction_threshold``)."""
    if classifier is None:
        from .classifier import ContradictionClassifier

        classifier = ContradictionClassifier.load(config.model_path if config else None)
    config = config or GuardConfig(mode="observe")
    config = config.replace(mode="annotate")
    thr, corr = decision_thresholds(classifier, threshold if threshold is not None else config.threshold,
                                    correction_threshold if correction_threshold is not None else config.correction_threshold)
    batch: list[dict[str, Any]] = []
    for rec in records:
        batch.append(rec)
        if len(batch) >= batch_answers:
            yield from _scan_batch(batch, classifier, thr, corr, config)
            batch = []
    if batch:
        yield from _scan_batch(batch, classifier, thr, corr, config)


class InputError(ValueError):
    pass


def read_jsonl(path: str) -> Iterator[dict[str, Any]]:
    stream = sys.stdin if path == "-" else open(path, encoding="utf-8")
    with stream:
        for number, line in enumerate(stream, 1):
            if not line.strip():
                continue
            try:
                rec = json.loads(line)
            except ValueError as exc:
                raise InputError(f"{path}:{number}: not valid JSON ({exc.msg}); each line must be an object like "
                                 '{"id": "a1", "text": "...", "prompt": "..."}') from None
            if not isinstance(rec, dict) or not isinstance(rec.get("text"), str):
                raise InputError(f"{path}:{number}: each line must be a JSON object with a string \"text\" field "
                                 "(and optional \"id\" and \"prompt\")")
            if rec.get("prompt") is not None and not isinstance(rec["prompt"], str):
                raise InputError(f"{path}:{number}: \"prompt\" must be a string when present")
            rec.setdefault("id", number)
            yield rec


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="streamguard scan", description="Report answers that reverse themselves, with character offsets.")
    ap.add_argument("input", help="JSONL file of {\"id\", \"text\", \"prompt\"?} lines, or - for stdin")
    ap.add_argument("-o", "--output", default="-", help="where to write result lines (default: stdout)")
    ap.add_argument("--threshold", type=float, default=None, help="decision threshold (default: the model's guard threshold)")
    ap.add_argument("--correction-threshold", type=float, default=None,
                    help="threshold for a sentence that announces a correction, when lower (default: the model's correction threshold)")
    ap.add_argument("--model", default=None, help="model directory (default: the shipped model)")
    ap.add_argument("--max-pairs", type=int, default=8, help="earlier claims each sentence is checked against")
    ap.add_argument("--quiet", action="store_true", help="no progress on stderr")
    args = ap.parse_args(argv)
    for flag, value in (("--threshold", args.threshold), ("--correction-threshold", args.correction_threshold)):
        if value is not None and not 0 < value < 1:
            ap.error(f"{flag} {value} is not allowed: use a probability strictly between 0 and 1")
    from .classifier import ClassifierError, ContradictionClassifier
    from .config import ConfigError

    try:
        config = GuardConfig(mode="annotate", model_path=args.model, max_pairs=args.max_pairs)
        classifier = ContradictionClassifier.load(args.model)
    except (ConfigError, ClassifierError) as exc:
        print(f"streamguard scan: {exc}", file=sys.stderr)
        return 2
    out = sys.stdout if args.output == "-" else open(args.output, "w", encoding="utf-8")
    n = flagged = 0
    t0 = last = time.monotonic()
    try:
        for result in scan_records(read_jsonl(args.input), threshold=args.threshold, correction_threshold=args.correction_threshold,
                                   classifier=classifier, config=config):
            out.write(json.dumps(result, ensure_ascii=False) + "\n")
            n += 1
            flagged += bool(result["reversals"])
            if not args.quiet and time.monotonic() - last > 2:
                last = time.monotonic()
                print(f"scan: {n} answers, {flagged} with reversals, {n / (last - t0):.1f} answers/s", file=sys.stderr)
    except InputError as exc:
        print(f"streamguard scan: {exc}", file=sys.stderr)
        return 2
    except FileNotFoundError as exc:
        print(f"streamguard scan: cannot read {exc.filename!r}: no such file", file=sys.stderr)
        return 2
    finally:
        if out is not sys.stdout:
            out.close()
    if not args.quiet:
        print(f"scan: done, {n} answers, {flagged} with reversals in {time.monotonic() - t0:.1f} s", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
