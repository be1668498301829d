"""Response-level evaluation: does the offline scanner find the answers that reverse themselves?

Workload: ``benchmarks/data/responses.jsonl``, chat answers written by hand for this project (see
``benchmarks/data/README.md``): about half reverse an earlier sentence of their own, the rest are hard
negatives that only look like reversals. Each answer is scanned as a whole, with the user's question as
context, by the same engine as ``streamguard scan``.

Metrics (one answer = one unit):

* recall: the fraction of reversal answers where some reported reversal's ``reversal`` span overlaps the
  labelled reversing sentence;
* strict recall: the same, and that reported pair's ``claim`` span also overlaps the labelled claim;
* false-positive rate (fpr): the fraction of consistent answers with any reported reversal;
* precision: among answers with any report, the fraction where a report hits the labelled reversal.

Breakdowns by category, by distance between claim and reversal, by correction marker and by domain.

Usage::

    python benchmarks/response_eval.py                                  # scan with the shipped model
    python benchmarks/response_eval.py --threshold 0.9 --json out.json
    python benchmarks/response_eval.py --sweep 0.5,0.7,0.9,0.95,0.98    # re-scan at each threshold
    streamguard scan benchmarks/data/responses.jsonl -o scan.jsonl
    python benchmarks/response_eval.py --scan-output scan.jsonl        # score without importing the scanner

With ``--scan-output``, ``--threshold`` and ``--sweep`` filter the recorded reports by their ``score``; that
is only meaningful for thresholds at or above the one the file was scanned with.
The last line printed is the summary:
``responses: n=220 recall=0.xx (strict 0.xx) fpr=0.xx threshold=...``.
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from collections import defaultdict
from pathlib import Path
from typing import Any, Iterable, Mapping, Sequence

DEFAULT_INPUT = Path(__file__).parent / "data" / "responses.jsonl"
LABELS = ("reversal", "consistent")


class EvalError(Exception):
    """A problem with the inputs of the evaluation, reported as one line."""


# ---------------------------------------------------------------------------------------------- inputs

def load_records(path: Path) -> list[dict[str, Any]]:
    """Read and check the labelled answers."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except FileNotFoundError:
        raise EvalError(f"cannot read {path}: no such file") from None
    records, seen = [], set()
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            rec = json.loads(line)
        except ValueError as exc:
            raise EvalError(f"{path}:{number}: not valid JSON ({exc})") from None
        for key in ("id", "text", "label"):
            if key not in rec:
                raise EvalError(f"{path}:{number}: missing field {key!r}")
        if rec["label"] not in LABELS:
            raise EvalError(f"{path}:{number}: label {rec['label']!r} is not one of {LABELS}")
        if rec["id"] in seen:
            raise EvalError(f"{path}:{number}: duplicate id {rec['id']!r}")
        seen.add(rec["id"])
        if rec["label"] == "reversal":
            for key in ("claim", "reversal"):
                span = rec.get(key)
                if not (isinstance(span, list) and len(span) == 2 and 0 <= span[0] < span[1] <= len(rec["text"])):
                    raise EvalError(f"{path}:{number}: {key} span {span!r} is not inside the text")
        records.append(rec)
    if not records:
        raise EvalError(f"{path}: no records")
    return records


def load_scan_output(path: Path) -> dict[Any, dict[str, Any]]:
    """Read the lines ``streamguard scan`` wrote: ``{"id", "segments", "reversals"}``."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except FileNotFoundError:
        raise EvalError(f"cannot read {path}: no such file") from None
    outputs: dict[Any, dict[str, Any]] = {}
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            out = json.loads(line)
        except ValueError as exc:
            raise EvalError(f"{path}:{number}: not valid JSON ({exc})") from None
        if not isinstance(out, dict) or "id" not in out or not isinstance(out.get("reversals"), list):
            raise EvalError(f"{path}:{number}: expected an object with \"id\" and a \"reversals\" list")
        outputs[out["id"]] = out
    return outputs


# --------------------------------------------------------------------------------------------- scanner

class Scanner:
    """The offline scanner, imported lazily, with the classifier loaded once for all thresholds."""

    def __init__(self, model: str | None = None) -> None:
        try:
            from streamguard.scan import scan_records
        except ImportError as exc:
            raise EvalError(
                f"streamguard.scan is not importable ({exc}); install the package (pip install -e .) "
                "or score an existing file with --scan-output FILE.jsonl"
            ) from None
        self._scan_records = scan_records
        self.classifier: Any = None
        self.config: Any = None
        try:
            from streamguard.classifier import ContradictionClassifier

            self.classifier = ContradictionClassifier.load(model)
        except ImportError:
            if model is not None:
                raise EvalError("--model needs streamguard.classifier, which is not importable") from None
        except Exception as exc:  # the classifier's own one-line error (missing or corrupt model, ...)
            raise EvalError(f"cannot load the classifier: {exc}") from None
        if model is not None:
            try:
                from streamguard.config import GuardConfig

                self.config = GuardConfig(mode="annotate", model_path=model)
            except ImportError:
                pass

    @property
    def default_threshold(self) -> float | None:
        if self.classifier is None:
            return None
        from streamguard.classifier.runtime import guard_threshold_of  # what the scanner decides at

        return guard_threshold_of(self.classifier)

    def scan(self, records: Sequence[Mapping[str, Any]], threshold: float | None) -> dict[Any, dict[str, Any]]:
        inputs = [{"id": r["id"], "text": r["text"], "prompt": r.get("prompt")} for r in records]
        kwargs: dict[str, Any] = {"threshold": threshold}
        if self.classifier is not None:
            kwargs["classifier"] = self.classifier
        if self.config is not None:
            kwargs["config"] = self.config
        try:
            results = self._scan_records(inputs, **kwargs)
        except TypeError:  # an older scan_records without the classifier/config keywords
            results = self._scan_records(inputs, threshold=threshold)
        return {out["id"]: out for out in results}


# ------------------------------------------------------------------------------------------------ scoring

def overlaps(a: Sequence[int] | None, b: Sequence[int] | None) -> bool:
    """Whether two [start, end) character spans share at least one character."""
    return a is not None and b is not None and a[0] < b[1] and b[0] < a[1]


def distance_bucket(distance: int | None) -> str:
    if distance is None:
        return "unknown"
    if distance <= 1:
        return "adjacent"
    if distance <= 4:
        return "2-4 sentences"
    if distance == 5:
        return "5 sentences"
    return "6+ sentences"


_BUCKETS = ("adjacent", "2-4 sentences", "5 sentences", "6+ sentences", "unknown")
_ORDER = {"distance": lambda key: _BUCKETS.index(key) if key in _BUCKETS else len(_BUCKETS)}


def _rate(k: int, n: int) -> float | None:
    return round(k / n, 4) if n else None


def judge(record: Mapping[str, Any], reports: Iterable[Mapping[str, Any]]) -> dict[str, Any]:
    """The verdict for one answer given the reversals the scanner reported for it."""
    reports = list(reports)
    verdict: dict[str, Any] = {"id": record["id"], "label": record["label"], "category": record.get("category"),
                               "detections": len(reports), "hit": False, "strict_hit": False,
                               "best_score": max((r.get("score", 0.0) or 0.0 for r in reports), default=None)}
    if record["label"] == "reversal":
        for rep in reports:
            if overlaps(rep.get("reversal"), record["reversal"]):
                verdict["hit"] = True
                if overlaps(rep.get("claim"), record["claim"]):
                    verdict["strict_hit"] = True
    return verdict


def _filter(reports: Iterable[Mapping[str, Any]], min_score: float | None,
            correction_threshold: float | None = None) -> list[Mapping[str, Any]]:
    if min_score is None:
        return list(reports)
    # A report without a score cannot be filtered and is kept. A marked one (its sentence announces a
    # correction) is judged, like the guard does, at the lower of the two thresholds when one is given.
    low = min(min_score, correction_threshold) if correction_threshold is not None else min_score
    return [r for r in reports if r.get("score") is None or float(r["score"]) >= (low if r.get("marked") else min_score)]


def score(records: Sequence[Mapping[str, Any]], outputs: Mapping[Any, Mapping[str, Any]],
          min_score: float | None = None, correction_threshold: float | None = None) -> dict[str, Any]:
    """Score scanner outputs (by id) against the labelled records; ``min_score`` and ``correction_threshold``
    filter recorded reports as the guard would decide at those thresholds."""
    verdicts, missing = [], []
    for rec in records:
        out = outputs.get(rec["id"])
        if out is None:
            missing.append(rec["id"])
        reports = _filter(out.get("reversals", []) if out else [], min_score, correction_threshold)
        verdicts.append(judge(rec, reports))

    def summarize(group: list[tuple[Mapping[str, Any], dict[str, Any]]]) -> dict[str, Any]:
        pos = [v for r, v in group if r["label"] == "reversal"]
        neg = [v for r, v in group if r["label"] == "consistent"]
        flagged = [v for _, v in group if v["detections"]]
        hits = sum(v["hit"] for v in pos)
        return {
            "n": len(group), "n_reversal": len(pos), "n_consistent": len(neg),
            "recall": _rate(hits, len(pos)),
            "strict_recall": _rate(sum(v["strict_hit"] for v in pos), len(pos)),
            "fpr": _rate(sum(1 for v in neg if v["detections"]), len(neg)),
            "precision": _rate(sum(v["hit"] for v in flagged), len(flagged)),
            "misplaced": sum(1 for v in pos if v["detections"] and not v["hit"]),
        }

    pairs = list(zip(records, verdicts))
    groups: dict[str, dict[str, list[tuple[Mapping[str, Any], dict[str, Any]]]]] = {
        k: defaultdict(list) for k in ("category", "distance", "marker", "domain")
    }
    for rec, v in pairs:
        groups["category"][f"{rec['label']}/{rec.get('category') or '-'}"].append((rec, v))
        groups["domain"][rec.get("domain") or "-"].append((rec, v))
        if rec["label"] == "reversal":
            groups["distance"][distance_bucket(rec.get("distance"))].append((rec, v))
            groups["marker"]["marked" if rec.get("marker") else "unmarked"].append((rec, v))
    return {
        "overall": summarize(pairs),
        **{f"by_{name}": {key: summarize(group[key]) for key in sorted(group, key=_ORDER.get(name, str))}
           for name, group in groups.items()},
        "missed": [v["id"] for v in verdicts if v["label"] == "reversal" and not v["hit"]],
        "false_alarms": [v["id"] for v in verdicts if v["label"] == "consistent" and v["detections"]],
        "missing_outputs": missing,
        "segmentation": segmentation_check(records, outputs),
        "answers": verdicts,
    }


def segmentation_check(records: Sequence[Mapping[str, Any]], outputs: Mapping[Any, Mapping[str, Any]]) -> dict[str, Any]:
    """How many labelled sentences the scanner's segmenter cut into pieces or merged with a neighbour.

    A split or merged sentence can cost recall for reasons that have nothing to do with the classifier.
    """
    checked = split = merged = 0
    for rec in records:
        segments = (outputs.get(rec["id"]) or {}).get("segments")
        if rec["label"] != "reversal" or not segments:
            continue
        for key in ("claim", "reversal"):
            span = rec[key]
            covering = [s for s in segments if overlaps(s, span)]
            checked += 1
            if len(covering) > 1:
                split += 1
            elif covering and (covering[0][1] - covering[0][0]) > 1.5 * (span[1] - span[0]) + 20:
                merged += 1
    return {"labelled_sentences": checked, "split": split, "merged": merged}


# ------------------------------------------------------------------------------------------------- report

def _fmt(value: float | None) -> str:
    return "  -  " if value is None else f"{value:.2f}"


def format_report(result: Mapping[str, Any]) -> str:
    lines = []
    o = result["overall"]
    lines.append(f"answers: {o['n']} ({o['n_reversal']} reversal, {o['n_consistent']} consistent)")
    lines.append(f"recall {_fmt(o['recall'])}  strict recall {_fmt(o['strict_recall'])}  fpr {_fmt(o['fpr'])}  "
                 f"precision {_fmt(o['precision'])}  misplaced {o['misplaced']}")
    lines.append("")
    lines.append(f"{'category':<34} {'n':>4} {'recall':>7} {'strict':>7} {'fpr':>6}")
    for key, s in result["by_category"].items():
        if key.startswith("reversal/"):
            lines.append(f"{key:<34} {s['n']:>4} {_fmt(s['recall']):>7} {_fmt(s['strict_recall']):>7} {'':>6}")
    for key, s in result["by_category"].items():
        if key.startswith("consistent/"):
            lines.append(f"{key:<34} {s['n']:>4} {'':>7} {'':>7} {_fmt(s['fpr']):>6}")
    lines.append("")
    for name in ("by_distance", "by_marker"):
        for key, s in result[name].items():
            lines.append(f"{name[3:] + ': ' + key:<34} {s['n']:>4} {_fmt(s['recall']):>7} {_fmt(s['strict_recall']):>7}")
    lines.append("")
    lines.append(f"{'domain':<34} {'n':>4} {'recall':>7} {'strict':>7} {'fpr':>6}")
    for key, s in result["by_domain"].items():
        lines.append(f"{key:<34} {s['n']:>4} {_fmt(s['recall']):>7} {_fmt(s['strict_recall']):>7} {_fmt(s['fpr']):>6}")
    seg = result["segmentation"]
    if seg["labelled_sentences"]:
        lines.append("")
        lines.append(f"segmentation: {seg['split']} of {seg['labelled_sentences']} labelled sentences split, "
                     f"{seg['merged']} merged with a neighbour")
    lines.append("")
    lines.append(f"missed reversals ({len(result['missed'])}): {' '.join(map(str, result['missed'])) or '-'}")
    lines.append(f"false alarms ({len(result['false_alarms'])}): {' '.join(map(str, result['false_alarms'])) or '-'}")
    if result["missing_outputs"]:
        lines.append(f"no scanner output for {len(result['missing_outputs'])} answers (counted as no detection): "
                     f"{' '.join(map(str, result['missing_outputs'][:20]))}")
    return "\n".join(lines)


def summary_line(result: Mapping[str, Any], threshold: str) -> str:
    o = result["overall"]
    return (f"responses: n={o['n']} recall={_fmt(o['recall'])} (strict {_fmt(o['strict_recall'])}) "
            f"fpr={_fmt(o['fpr'])} threshold={threshold}")


def _threshold_label(value: float | None, default: float | None) -> str:
    if value is not None:
        return f"{value:g}"
    return f"{default:g} (model default)" if default is not None else "default"


# --------------------------------------------------------------------------------------------------- main

def _thresholds(text: str) -> list[float]:
    try:
        values = [float(part) for part in text.split(",") if part.strip()]
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a comma-separated list of numbers") from None
    if not values or not all(0.0 < v < 1.0 for v in values):
        raise argparse.ArgumentTypeError(f"{text!r}: thresholds must be probabilities strictly between 0 and 1")
    return values


def _probability(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number") from None
    if not 0.0 < value < 1.0:
        raise argparse.ArgumentTypeError(f"{text!r}: the threshold must be a probability strictly between 0 and 1")
    return value


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Score streamguard's offline scanner on the response-level set.")
    ap.add_argument("--input", type=Path, default=DEFAULT_INPUT, help="labelled answers (default: %(default)s)")
    ap.add_argument("--threshold", type=_probability, default=None,
                    help="decision threshold (default: the model's own); with --scan-output, a score filter")
    ap.add_argument("--correction-threshold", type=_probability, default=None,
                    help="with --scan-output: the threshold for reports marked as announcing a correction, when lower "
                         "(what the scan was run with; default: none, they are filtered like the others)")
    ap.add_argument("--scan-output", type=Path, default=None,
                    help="score this `streamguard scan` output instead of running the scanner")
    ap.add_argument("--sweep", type=_thresholds, default=None, help="comma-separated thresholds to compare")
    ap.add_argument("--model", default=None, help="model directory for the scanner (default: the shipped one)")
    ap.add_argument("--json", type=Path, default=None, help="write the full results here as JSON")
    args = ap.parse_args(argv)

    try:
        records = load_records(args.input)
        scanner = None
        default_threshold = None
        started = time.monotonic()
        if args.scan_output is not None:
            outputs = load_scan_output(args.scan_output)
            source = str(args.scan_output)
            min_score = args.threshold
        else:
            scanner = Scanner(args.model)
            default_threshold = scanner.default_threshold
            outputs = scanner.scan(records, args.threshold)
            source = "streamguard.scan.scan_records"
            min_score = None
        scan_seconds = time.monotonic() - started
        result = score(records, outputs, min_score=min_score, correction_threshold=args.correction_threshold)

        sweep = []
        for value in args.sweep or []:
            if scanner is not None:
                swept = score(records, scanner.scan(records, value))
            else:
                swept = score(records, outputs, min_score=value, correction_threshold=args.correction_threshold)
            sweep.append({"threshold": value, **swept["overall"]})
    except EvalError as exc:
        print(f"response_eval: {exc}", file=sys.stderr)
        return 2

    if scanner is None and args.threshold is None:
        label = "as scanned"
    else:
        label = _threshold_label(args.threshold, default_threshold)
    print(f"source: {source}; input: {args.input}")
    print(format_report(result))
    if sweep:
        how = "re-scanned" if scanner is not None else "reports filtered by score"
        print("")
        print(f"threshold sweep ({how}):")
        print(f"{'threshold':>9} {'recall':>7} {'strict':>7} {'fpr':>6} {'precision':>9}")
        for row in sweep:
            print(f"{row['threshold']:>9g} {_fmt(row['recall']):>7} {_fmt(row['strict_recall']):>7} "
                  f"{_fmt(row['fpr']):>6} {_fmt(row['precision']):>9}")
    if args.json is not None:
        payload = {"input": str(args.input), "source": source, "threshold": args.threshold,
                   "model_default_threshold": default_threshold, "scan_seconds": round(scan_seconds, 3),
                   **result, "sweep": sweep}
        args.json.write_text(json.dumps(payload, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(summary_line(result, label))
    return 0


if __name__ == "__main__":
    sys.exit(main())
