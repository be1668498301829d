"""Measure a model directory on every evaluation set we have, and choose its decision threshold.

    python -m streamguard.training.evaluate [--model models/contradiction-minilm] [--write-threshold]

Three thresholds are chosen, on validation data only (never on a test split, never on our response-level set):

- ``threshold`` decides one pair: the F1-best threshold on ChatProtect's validation split (588 human-labelled
  pairs, 47 contradictions). Pair-level figures are reported at it.
- ``guard_threshold`` is what the stream guard and ``streamguard scan`` use: the pair threshold, raised when
  needed to the lowest threshold at which at most 3% (``--max-answer-fpr``) of the consistent answers of our
  hand-written answer-level dev set (``dev_answers.py``) get a detection. Why: an answer checks several pairs
  per sentence, so a per-pair threshold that is best for single pairs flags a large share of consistent
  answers (see the 442-answer and response-level sweeps); the rate that matters is per answer, so it is
  chosen on answers; and raised again, when needed, until at most 5% (``--max-description-share``) of the 82
  answers of the validation split of ChatProtect's LLM descriptions get a detection: our dev answers are our
  own writing, those are what language models really write. Answer-level figures are reported at it. (Until
  an earlier version the guard threshold was chosen on pairs: at most 1% of our own dev split's negative pairs
  flagged; that threshold is still reported as ``dev_fpr_rule_threshold``.)

- ``correction_threshold`` is what the guard judges a sentence at that opens by announcing a correction
  ("Actually, no", "Correction:", ``claims.CORRECTION_MARKERS``): the lowest threshold, not under 0.5 ("more
  likely a reversal than not", ``dev_answers.CORRECTION_FLOOR``), at which such sentences alone flag at most 3%
  of the consistent dev answers and at most 5% of the validation descriptions. Every answer-level figure counts
  a detection on such a sentence that reaches it as caught at any guard threshold (``dev_answers.catch_score``).
  (Until this version it was the pair threshold.)

Reported:

- own dev split (generated + human pairs, never trained on): P/R/F1, and int8 vs fp32 agreement at both;
- ChatProtect test pairs: P/R/F1 at both thresholds, ROC AUC;
- ProSeCCo (debate utterances by one speaker): P/R/F1 and ROC AUC;
- our response-level set (benchmarks/data/responses.jsonl) through the scanner: recall, false-positive rate;
- ChatProtect's 442 full answers and BIG-Bench-Mistake traces through the scanner: share of answers with a
  detection and detections per 100 sentences (false alarms: these texts do not revise themselves); for
  ChatProtect also on its 360 test answers alone, since its 82 validation answers help choose the guard
  threshold. The flagged ChatProtect answers are written out for review.

Writes ``metrics.json`` beside the model (and the flagged-answer list under ``--review-dir``).
"""
from __future__ import annotations

import argparse
import gzip
import json
import sys
import time
from pathlib import Path
from typing import Any

import numpy as np

from .dev_answers import (
    MAX_ANSWER_FPR,
    MAX_DESCRIPTION_SHARE,
    answer_scores,
    catch_score,
    correction_threshold_for,
    dev_answers,
    read_answers,
    recall_and_fpr,
    threshold_for_answers,
)

ROOT = Path(__file__).resolve().parents[3]
SHARED = ROOT.parent / "shared"
# the guard threshold's previous rule, still reported: at most this share of own dev negative pairs flagged
PAIR_RULE_MAX_FPR = 0.01
DEFAULT_MODEL = ROOT / "models" / "contradiction-minilm"
RESPONSES = ROOT / "benchmarks" / "data" / "responses.jsonl"


def prf(scores: np.ndarray, labels: np.ndarray, threshold: float) -> dict[str, float]:
    pred = scores >= threshold
    tp = int((pred & labels).sum())
    p = tp / max(int(pred.sum()), 1)
    r = tp / max(int(labels.sum()), 1)
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(2 * p * r / (p + r) if p + r else 0.0, 4),
            "n": len(labels), "positives": int(labels.sum())}


def best_threshold(scores: np.ndarray, labels: np.ndarray) -> float:
    best_f, best_t = -1.0, 0.5
    for t in np.unique(np.round(scores, 4)):
        f = prf(scores, labels, float(t))["f1"]
        if f > best_f:
            best_f, best_t = f, float(t)
    return best_t


def roc_auc(scores: np.ndarray, labels: np.ndarray) -> float:
    order = np.argsort(scores)
    ranks = np.empty(len(scores))
    ranks[order] = np.arange(1, len(scores) + 1)
    pos = labels.sum()
    neg = len(labels) - pos
    return float((ranks[labels].sum() - pos * (pos + 1) / 2) / max(pos * neg, 1))


def dev_pairs() -> tuple[list[tuple[str, str, str | None]], np.ndarray, np.ndarray]:
    from .dataset import build_dataset

    _, dev = build_dataset(seed=13, verbose=False)
    pairs = [(r["earlier"], r["later"], r.get("question")) for r in dev]
    return pairs, np.array([bool(r["label"]) for r in dev]), np.array([r["source"].startswith("gen:") for r in dev])


def threshold_at_fpr(scores: np.ndarray, labels: np.ndarray, max_fpr: float) -> float:
    """The lowest threshold at which at most ``max_fpr`` of the negatives score at or above it."""
    neg = np.sort(scores[~labels])[::-1]
    k = int(np.floor(max_fpr * len(neg)))
    return float(min(0.999, neg[k] + 1e-4)) if len(neg) else 0.5


def _jsonl(path: Path, limit: int | None = None) -> list[dict[str, Any]]:
    """The first ``limit`` (all by default) records of a JSON Lines file, gzipped or not; the file is closed after."""
    with (gzip.open(path, "rt", encoding="utf-8") if path.suffix == ".gz" else path.open(encoding="utf-8")) as f:
        return [json.loads(line) for k, line in enumerate(f) if limit is None or k < limit]


def chatprotect(split: str) -> tuple[list[tuple[str, str]], np.ndarray]:
    rows = _jsonl(SHARED / "eval" / "chatprotect" / "chatprotect_sentence_pairs.jsonl.gz")
    rows = [r for r in rows if r["split"] == split]
    return [(r["sentence"], r["alt_sentence"]) for r in rows], np.array([r["label"] == "strong" for r in rows])


def prosecco() -> tuple[list[tuple[str, str]], np.ndarray]:
    rows = _jsonl(SHARED / "eval" / "prosecco" / "ProSeCCo_final.jsonl")
    return [(r["locution_1"], r["locution_2"]) for r in rows], np.array([r["label"] == "self-contradiction" for r in rows])


def scan_all(clf: Any, records: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Scan with a near-zero threshold so that every checked pair's score is kept; filter later."""
    from streamguard.scan import scan_records

    return list(scan_records(records, threshold=1e-6, classifier=clf))


def detections(result: dict[str, Any], threshold: float, correction_threshold: float) -> list[dict[str, Any]]:
    """What the guard reports of a scan kept at every score: detections at ``threshold``, or at
    ``correction_threshold`` for a sentence that announces a correction."""
    return [r for r in result["reversals"] if catch_score(r, correction_threshold) >= threshold]


def scan_labelled(clf: Any, records: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """``scan_all`` of a labelled answer set, the scanner seeing only what a user's transcript holds."""
    return scan_all(clf, [{"id": r["id"], "text": r["text"], "prompt": r.get("prompt")} for r in records])


def answer_level(clf: Any, records: list[dict[str, Any]], correction_threshold: float) -> tuple[np.ndarray, np.ndarray]:
    """Per answer of a labelled answer set: the guard threshold up to which the guard catches it, and whether it
    reverses itself."""
    return answer_scores(records, scan_labelled(clf, records), correction_threshold)


def response_level(clf: Any, threshold: float, correction_threshold: float) -> dict[str, Any]:
    scores, labels = answer_level(clf, read_answers(RESPONSES), correction_threshold)
    return {"at_threshold": recall_and_fpr(scores, labels, threshold), "sweep": [recall_and_fpr(scores, labels, t) for t in SWEEP]}


SWEEP = (0.5, 0.7, 0.8, 0.9, 0.95, 0.98, 0.99)


def false_alarms(clf: Any, records: list[dict[str, Any]], threshold: float, correction_threshold: float,
                 results: list[dict[str, Any]] | None = None) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    results = scan_all(clf, records) if results is None else results
    summary, flagged = _false_alarms_at(records, results, threshold, correction_threshold)
    summary["sweep"] = [{"threshold": t, **{k: v for k, v in _false_alarms_at(records, results, t, correction_threshold)[0].items()
                                            if k in ("share_with_detection", "detections_per_100_sentences")}} for t in SWEEP]
    return summary, flagged


def _false_alarms_at(records: list[dict[str, Any]], results: list[dict[str, Any]], threshold: float,
                     correction_threshold: float) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    flagged, sentences, n_det = [], 0, 0
    for rec, res in zip(records, results):
        sentences += len(res["segments"])
        found = detections(res, threshold, correction_threshold)
        n_det += len(found)
        if found:
            flagged.append({"id": rec["id"], "detections": found})
    summary = {"answers": len(records), "answers_with_detection": len(flagged),
               "share_with_detection": round(len(flagged) / max(len(records), 1), 4), "sentences": sentences,
               "detections_per_100_sentences": round(100 * n_det / max(sentences, 1), 3)}
    return summary, flagged


def chatprotect_answers() -> list[dict[str, Any]]:
    """ChatProtect's 442 LLM descriptions, each with its split (82 validation, 360 test) from its path."""
    rows = _jsonl(SHARED / "eval" / "chatprotect" / "chatprotect_descriptions.jsonl.gz")
    return [{"id": i, "text": r["text"], "prompt": r.get("prompt"),
             "split": "validation" if r["repo_path"].startswith("test/validation/") else "test"} for i, r in enumerate(rows)]


def highest_scores(results: list[dict[str, Any]], correction_threshold: float) -> np.ndarray:
    """Per scanned answer: the catch score of its strongest detection (0 without one; see ``catch_score``)."""
    return np.array([max((catch_score(d, correction_threshold) for d in r["reversals"]), default=0.0) for r in results])


def bigbench_traces(limit_per_task: int = 100) -> list[dict[str, Any]]:
    out = []
    for f in sorted((SHARED / "eval" / "bigbench_mistake").glob("*.jsonl.gz")):
        for k, r in enumerate(_jsonl(f, limit_per_task)):
            out.append({"id": f"{f.name.split('.')[0]}:{k}", "text": " ".join(s.strip() for s in r["steps"]), "prompt": r.get("input")})
    return out


def own_dev(threshold: float, dev: tuple[Any, ...], scores: np.ndarray, s32: np.ndarray | None) -> dict[str, Any]:
    """Own dev split at ``threshold``; ``s32``: the fp32 model's scores of the same pairs, if measured."""
    _, labels, gen = dev
    out: dict[str, Any] = {"all": prf(scores, labels, threshold),
                           "negatives_flagged": round(float((scores[~labels] >= threshold).mean()), 4)}
    out["generated"] = prf(scores[gen], labels[gen], threshold)
    out["human"] = prf(scores[~gen], labels[~gen], threshold)
    if s32 is not None:
        out["int8_fp32_decision_agreement"] = round(float(((scores >= threshold) == (s32 >= threshold)).mean()), 4)
        out["int8_fp32_max_abs_diff"] = round(float(np.abs(scores - s32).max()), 4)
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m streamguard.training.evaluate", description=__doc__.split("\n\n")[0])
    ap.add_argument("--model", default=str(DEFAULT_MODEL))
    ap.add_argument("--fp32", default=None, help="an fp32 .onnx of the same model, for the int8 agreement figure "
                    "(its folder must also hold the model's tokenizer.json)")
    ap.add_argument("--write-threshold", action="store_true", help="store both chosen thresholds in streamguard.json")
    ap.add_argument("--threshold", type=float, default=None, help="report everything at this threshold instead of choosing")
    ap.add_argument("--max-answer-fpr", type=float, default=MAX_ANSWER_FPR,
                    help="guard threshold: share of consistent dev answers allowed a detection")
    ap.add_argument("--max-description-share", type=float, default=MAX_DESCRIPTION_SHARE,
                    help="guard threshold: share of ChatProtect's validation descriptions allowed a detection")
    ap.add_argument("--bigbench-per-task", type=int, default=100, help="traces per BIG-Bench-Mistake task (5 tasks)")
    ap.add_argument("--review-dir", default=str(ROOT / "benchmarks" / "out"))
    ap.add_argument("--skip", default="", help="comma-separated parts to skip: dev,prosecco,responses,answers,bigbench")
    args = ap.parse_args(argv)
    skip = set(filter(None, args.skip.split(",")))
    from streamguard.classifier import ClassifierError, ContradictionClassifier

    model_dir = Path(args.model)
    try:
        clf = ContradictionClassifier.load(model_dir, provider="cpu")
        # loaded now, not when the agreement is measured at the end: a wrong path fails before minutes of scanning
        fp32 = ContradictionClassifier.load(args.fp32, provider="cpu") if args.fp32 and "dev" not in skip else None
    except ClassifierError as exc:
        ap.error(str(exc))
    t0 = time.time()
    report: dict[str, Any] = {"model": str(model_dir.relative_to(ROOT) if model_dir.is_relative_to(ROOT) else model_dir)}
    val_pairs, val_labels = chatprotect("validation")
    val_scores = clf.predict(val_pairs)
    dev = dev_pairs()
    dev_scores = clf.predict(dev[0])
    cp_best = best_threshold(val_scores, val_labels)
    dev_thr = threshold_at_fpr(dev_scores, dev[1], PAIR_RULE_MAX_FPR)
    dev_records = dev_answers()
    dev_results = scan_labelled(clf, dev_records)
    cp_answers = chatprotect_answers()
    # scanned once: the validation answers choose the guard threshold, all 442 are reported at it
    cp_results = scan_all(clf, cp_answers) if args.threshold is None or "answers" not in skip else []
    unmet: list[str] = []
    if args.threshold is not None:
        threshold = guard = args.threshold
        chosen = guard_chosen = corr_chosen = "given"
        corr = clf.correction_threshold
    else:
        # a sentence announcing a correction (GuardConfig.correction_threshold), chosen before the guard threshold
        # because its detections count against the guard threshold's limits at any value (catch_score)
        corr = correction_threshold_for([x for r, x in zip(dev_records, dev_results) if r["label"] == "consistent"],
                                        [x for r, x in zip(cp_answers, cp_results) if r["split"] == "validation"],
                                        max_fpr=args.max_answer_fpr, max_share=args.max_description_share)
        corr_chosen = (f"the lowest, not under 0.5, at which sentences announcing a correction alone flag at most "
                       f"{args.max_answer_fpr:.0%} of consistent dev answers and {args.max_description_share:.0%} of "
                       "ChatProtect validation descriptions")
    answer_dev = answer_scores(dev_records, dev_results, corr)
    if args.threshold is None:
        threshold, chosen = cp_best, "ChatProtect validation split, F1-best"
        by_answers = threshold_for_answers(*answer_dev, floor=cp_best, max_fpr=args.max_answer_fpr)
        validation_highest = highest_scores([x for r, x in zip(cp_answers, cp_results) if r["split"] == "validation"], corr)
        by_descriptions = threshold_for_answers(validation_highest, np.zeros(len(validation_highest), dtype=bool),
                                                floor=cp_best, max_fpr=args.max_description_share)
        guard = max(by_answers, by_descriptions)
        # a detection on a sentence announcing a correction counts at any guard threshold (catch_score): where
        # too many of those fall on consistent answers, no guard threshold meets a limit, and that is said
        for name, highest, limit in (("dev answers", answer_dev[0][~answer_dev[1]], args.max_answer_fpr),
                                     ("validation descriptions", validation_highest, args.max_description_share)):
            flagged = float((highest >= guard).mean())
            if flagged > limit:
                unmet.append(f"{name}: {flagged:.1%} flagged at {guard:.4f}, limit {limit:.0%}")
                print(f"warning: no guard threshold meets the limit on the {unmet[-1]}", file=sys.stderr)
        if guard == cp_best:
            guard_chosen = "the pair threshold"
        elif guard == by_answers:
            guard_chosen = (f"hand-written dev answers: the pair threshold raised until at most {args.max_answer_fpr:.0%} "
                            "of the consistent ones get a detection")
        else:
            guard_chosen = (f"ChatProtect validation descriptions: the pair threshold raised until at most "
                            f"{args.max_description_share:.0%} of them get a detection")
    report["threshold"] = {"value": round(threshold, 4), "chosen_on": chosen,
                           "chatprotect_validation_at_threshold": prf(val_scores, val_labels, threshold),
                           "dev_fpr_rule_threshold": round(dev_thr, 4)}
    report["guard_threshold"] = {"value": round(guard, 4), "chosen_on": guard_chosen, "correction_threshold": round(corr, 4),
                                 "correction_threshold_chosen_on": corr_chosen, "limits_not_met": unmet,
                                 "dev_answers_at_guard_threshold": recall_and_fpr(*answer_dev, guard)}
    print(f"threshold {threshold:.4f} ({chosen}); ChatProtect validation {report['threshold']['chatprotect_validation_at_threshold']}", file=sys.stderr)
    print(f"guard threshold {guard:.4f} ({guard_chosen}); correction threshold {corr:.4f} ({corr_chosen})", file=sys.stderr)
    test_pairs, test_labels = chatprotect("test")
    test_scores = clf.predict(test_pairs)
    report["chatprotect_test"] = prf(test_scores, test_labels, threshold) | {"auc": round(roc_auc(test_scores, test_labels), 4)}
    report["chatprotect_test_at_guard_threshold"] = prf(test_scores, test_labels, guard)
    print(f"ChatProtect test: {report['chatprotect_test']}; at the guard threshold {report['chatprotect_test_at_guard_threshold']}", file=sys.stderr)
    if "prosecco" not in skip:
        pp, pl = prosecco()
        ps = clf.predict(pp)
        report["prosecco"] = prf(ps, pl, threshold) | {"auc": round(roc_auc(ps, pl), 4)}
        print(f"ProSeCCo: {report['prosecco']}", file=sys.stderr)
    if "responses" not in skip:
        report["responses"] = response_level(clf, guard, corr)
        print(f"responses: {report['responses']['at_threshold']}", file=sys.stderr)
        for row in report["responses"]["sweep"]:
            print(f"  sweep {row}", file=sys.stderr)
    review = Path(args.review_dir)
    review.mkdir(parents=True, exist_ok=True)
    if "answers" not in skip:
        summary, flagged = false_alarms(clf, cp_answers, guard, corr, cp_results)
        test_only = [(r, x) for r, x in zip(cp_answers, cp_results) if r["split"] == "test"]
        summary["test_only"] = _false_alarms_at([r for r, _ in test_only], [x for _, x in test_only], guard, corr)[0]
        report["chatprotect_answers"] = summary
        (review / "chatprotect_answers_flagged.jsonl").write_text("".join(json.dumps(f) + "\n" for f in flagged))
        print(f"ChatProtect 442 answers: {summary}", file=sys.stderr)
    if "bigbench" not in skip:
        summary, flagged = false_alarms(clf, bigbench_traces(args.bigbench_per_task), guard, corr)
        report["bigbench_mistake"] = summary
        print(f"BIG-Bench-Mistake traces: {summary}", file=sys.stderr)
    if "dev" not in skip:
        s32 = fp32.predict(dev[0]) if fp32 is not None else None
        report["own_dev"] = own_dev(threshold, dev, dev_scores, s32)
        report["own_dev_at_guard_threshold"] = own_dev(guard, dev, dev_scores, s32)
        print(f"own dev: {report['own_dev']}; at the guard threshold {report['own_dev_at_guard_threshold']}", file=sys.stderr)
    report["seconds"] = round(time.time() - t0, 1)
    (model_dir / "metrics.json").write_text(json.dumps(report, indent=2) + "\n")
    if args.write_threshold and args.threshold is None:
        meta_file = model_dir / "streamguard.json"
        meta = json.loads(meta_file.read_text())
        meta["threshold"] = round(threshold, 4)
        meta["threshold_source"] = chosen
        meta["guard_threshold"] = round(guard, 4)
        meta["guard_threshold_source"] = guard_chosen
        meta["correction_threshold"] = round(corr, 4)
        meta["correction_threshold_source"] = corr_chosen
        meta_file.write_text(json.dumps(meta, indent=2) + "\n")
    print(json.dumps(report, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
