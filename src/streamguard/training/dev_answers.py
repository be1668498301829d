"""Hand-written whole answers for choosing the guard threshold: validation at the level the guard works at.

The guard decides on whole answers: an answer of n sentences makes many checks, and one pair over the
threshold flags the answer. A threshold chosen on single pairs says little about how many consistent answers
get flagged, so the guard threshold is chosen here, on answers: the lowest threshold at which at most
``MAX_ANSWER_FPR`` of the consistent answers get a detection (the highest recall that false-alarm rate
allows).

``dev_answers.jsonl`` (279 answers: 141 reverse themselves, 138 are hard negatives) was written for this project.
The first 179 are chat answers in the shape of our response-level test set (``benchmarks/data/responses.jsonl``)
but by other hands, without reading it, across health, nutrition, pets, parenting, science, history,
biographies, software, devices, money, law, travel, cooking, home, careers and sports. The last 100 (ids
``dd...``) are encyclopedic descriptions ("Please tell me about X": a season, a person, a town, an album, a
battle; mostly invented subjects, dense with names, dates and numbers), half of them drifting once on a date,
count, place or person: the other kind of long answer users stream, and the kind ChatProtect's 442 answers
are. Each reversal answer has exactly one later sentence (``reversal``, character span) that contradicts one
earlier sentence (``claim``), at distances from adjacent to a closing summary that contradicts the opening; the
kinds are those of the test set. Of 200 answers
written, the 21 with any sentence sharing half or more of its 5-word runs with a sentence of ``../shared/eval``
or of our test set were dropped (``tests/test_handwritten.py`` keeps that true); no description is about a subject
of ChatProtect's answers.

It is validation data: thresholds are chosen on it, figures are not reported from it as results.
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import numpy as np

DEV_ANSWERS_FILE = Path(__file__).with_name("dev_answers.jsonl")
# At most this share of consistent dev answers may be flagged: under the 5% that users are promised, because 138
# negatives measure a rate near 3% only to about +-1.5 points (one standard error).
MAX_ANSWER_FPR = 0.03


def read_answers(path: Path) -> list[dict[str, Any]]:
    """A labelled answer file (these dev answers, the training answers, our response-level test set): records
    with ``id``, ``prompt``, ``text``, ``label`` ("reversal" or "consistent"), ``category``, and the ``claim``
    and ``reversal`` character spans (null for consistent answers)."""
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def dev_answers(path: Path = DEV_ANSWERS_FILE) -> list[dict[str, Any]]:
    return read_answers(path)


def spans_overlap(span: list[int] | tuple[int, int], other: list[int] | tuple[int, int] | None) -> bool:
    """Whether two character spans share a character (``other`` may be a consistent answer's null span)."""
    return other is not None and span[0] < other[1] and other[0] < span[1]


def catch_score(detection: dict[str, Any], correction_threshold: float | None) -> float:
    """The highest guard threshold at which the guard reports ``detection`` (a scanner result's reversal): its
    score, or every threshold (1.0) when its sentence announces a correction (``marked``) and the score reaches
    ``correction_threshold``, at which such sentences are judged whatever the guard threshold."""
    if correction_threshold is not None and detection.get("marked") and detection["score"] >= correction_threshold:
        return 1.0
    return float(detection["score"])


def answer_scores(records: list[dict[str, Any]], results: list[dict[str, Any]],
                  correction_threshold: float | None = None) -> tuple[np.ndarray, np.ndarray]:
    """Per answer, the score at which the guard would catch it, and whether it reverses itself.

    For a reversal answer: the highest catch score (``catch_score``) of a detection on its labelled reversal
    sentence (caught at any guard threshold up to that). For a consistent answer: the highest catch score of
    any detection (flagged up to that). ``results`` are the scanner's results with every checked pair kept
    (threshold near zero).
    """
    scores, labels = [], []
    for record, result in zip(records, results):
        found = result["reversals"]
        if record["label"] == "reversal":
            found = [d for d in found if spans_overlap(d["reversal"], record["reversal"])]
        scores.append(max((catch_score(d, correction_threshold) for d in found), default=0.0))
        labels.append(record["label"] == "reversal")
    return np.array(scores, dtype=np.float64), np.array(labels, dtype=bool)


def recall_and_fpr(scores: np.ndarray, labels: np.ndarray, threshold: float) -> dict[str, float]:
    """Answer-level recall (reversals caught on their reversal sentence) and false-positive rate (consistent
    answers with any detection) at ``threshold``."""
    flagged = scores >= threshold
    return {"threshold": round(threshold, 4), "recall": round(float(flagged[labels].mean()) if labels.any() else 0.0, 4),
            "fpr": round(float(flagged[~labels].mean()) if (~labels).any() else 0.0, 4), "n": len(labels)}


# At most this share of ChatProtect's validation descriptions (real language-model answers) may get a detection.
MAX_DESCRIPTION_SHARE = 0.05
# A sentence announcing a correction is never judged below this: "more likely a reversal than not". The marker
# already says that something earlier was wrong; the pair score only has to say which claim.
CORRECTION_FLOOR = 0.5


def highest_marked(results: list[dict[str, Any]]) -> np.ndarray:
    """Per scanned answer (a scan that kept every score): the highest score of a detection on a sentence that
    announces a correction, 0 without one."""
    return np.array([max((d["score"] for d in r["reversals"] if d.get("marked")), default=0.0) for r in results])


def correction_threshold_for(consistent_dev: list[dict[str, Any]], descriptions: list[dict[str, Any]], *,
                             max_fpr: float = MAX_ANSWER_FPR, max_share: float = MAX_DESCRIPTION_SHARE,
                             floor: float = CORRECTION_FLOOR) -> float:
    """The threshold for sentences that announce a correction: the lowest, not under ``floor``, at which such
    sentences alone flag at most ``max_fpr`` of the consistent dev answers and at most ``max_share`` of the
    validation descriptions (``consistent_dev``, ``descriptions``: their scans with every score kept)."""
    limits = ((highest_marked(consistent_dev), max_fpr), (highest_marked(descriptions), max_share))
    return max(threshold_for_answers(h, np.zeros(len(h), dtype=bool), floor=floor, max_fpr=m) for h, m in limits)


def threshold_for_answers(scores: np.ndarray, labels: np.ndarray, *, floor: float, max_fpr: float = MAX_ANSWER_FPR) -> float:
    """The lowest threshold, not under ``floor``, at which at most ``max_fpr`` of the consistent answers are flagged."""
    negatives = np.sort(scores[~labels])[::-1]
    allowed = int(np.floor(max_fpr * len(negatives)))
    # flagging happens at score >= threshold: sit just above the first negative that must not be flagged
    needed = float(negatives[allowed]) + 1e-4 if allowed < len(negatives) else 0.0
    return float(min(0.9999, max(floor, needed)))
