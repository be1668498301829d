"""The hand-written training pairs: their split, their categories, and that none of them comes from an evaluation set."""
from __future__ import annotations

import gzip
import json
import re
from pathlib import Path

import pytest

from streamguard.training.handwritten import PAIRS_FILE, handwritten_pairs

ROOT = Path(__file__).resolve().parents[1]
SHARED_EVAL = ROOT.parent / "shared" / "eval"
REVERSALS = {"yes_no_flip", "number_change", "entity_swap", "recommendation_flip", "comparison_flip", "negation",
             "marked_correction", "implicit_reversal"}
COMPATIBLE = {"same_subject_other_fact", "refinement_caveat", "actually_intensifier", "conditional_branches", "pros_cons",
              "premise_correction", "restatement", "sequence_or_change_over_time"}


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", text.lower())


def _shingles(text: str, n: int = 5) -> set[str]:
    w = _words(text)
    return {" ".join(w[i:i + n]) for i in range(len(w) - n + 1)}


def test_every_fifth_pair_is_held_out_and_records_have_the_training_shape():
    train, dev = handwritten_pairs()
    lines = [line for line in PAIRS_FILE.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert len(train) + len(dev) == len(lines) and len(dev) == -(-len(lines) // 5)
    assert handwritten_pairs() == (train, dev)
    for r in train + dev:
        assert set(r) == {"question", "earlier", "later", "label", "source"} and r["label"] in (0, 1)


def test_labels_follow_the_documented_categories_and_both_kinds_are_balanced():
    train, dev = handwritten_pairs()
    records = train + dev
    for r in records:
        category = r["source"].removeprefix("hand:")
        assert category in (REVERSALS if r["label"] else COMPATIBLE), r
    share = sum(r["label"] for r in records) / len(records)
    assert 0.45 <= share <= 0.55
    pairs = [(r["question"], r["earlier"], r["later"]) for r in records]
    assert len(set(pairs)) == len(pairs)


def _evaluation_sentences() -> list[str]:
    responses = (ROOT / "benchmarks" / "data" / "responses.jsonl").read_text(encoding="utf-8").splitlines()
    texts = [json.loads(line)["text"] for line in responses if line.strip()]
    if SHARED_EVAL.is_dir():
        for path in SHARED_EVAL.rglob("*"):
            if path.suffix in (".gz", ".jsonl", ".json", ".txt", ".csv"):
                opener = gzip.open if path.suffix == ".gz" else open
                with opener(path, "rt", encoding="utf-8", errors="ignore") as f:
                    texts.append(f.read())
    return [s for t in texts for s in re.split(r'(?<=[.!?])\s+|"', t) if len(s) > 30]


@pytest.mark.slow
def test_no_hand_written_sentence_comes_from_an_evaluation_set():
    """Exact sentences, and sentences sharing half or more of their 5-word runs with one sentence there."""
    owners: dict[str, set[int]] = {}
    evaluation = _evaluation_sentences()
    for k, sentence in enumerate(evaluation):
        for g in _shingles(sentence):
            owners.setdefault(g, set()).add(k)
    exact = {" ".join(_words(s)) for s in evaluation}
    train, dev = handwritten_pairs()
    for r in train + dev:
        for sentence in (r["earlier"], r["later"]):
            assert " ".join(_words(sentence)) not in exact, sentence
            grams = _shingles(sentence)
            counts: dict[int, int] = {}
            for g in grams:
                for k in owners.get(g, ()):
                    counts[k] = counts.get(k, 0) + 1
            assert not grams or max(counts.values(), default=0) < 0.5 * len(grams), (sentence, evaluation[max(counts, key=counts.get)])
