"""The hand-written training pairs and dev answers: the pairs' split and categories, and that nothing in either
comes from an evaluation set."""
from __future__ import annotations

import gzip
import json
import re
from pathlib import Path

import pytest

from streamguard.claims import content_words
from streamguard.training.answers import training_answers
from streamguard.training.dev_answers import dev_answers, read_answers
from streamguard.training.evaluate import chatprotect_answers
from streamguard.training.handwritten import (
    MORE_PAIRS_FILE,
    PAIRS_FILE,
    handwritten_pairs,
)

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


def _lines(path: Path) -> list[str]:
    return [line for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_every_fifth_pair_of_each_file_is_held_out_and_records_have_the_training_shape():
    train, dev = handwritten_pairs()
    first = _lines(PAIRS_FILE)
    assert len(train) + len(dev) == len(first) and len(dev) == -(-len(first) // 5)
    assert handwritten_pairs() == (train, dev)
    more_train, more_dev = handwritten_pairs(more=True)
    more = _lines(MORE_PAIRS_FILE)
    assert more_train[:len(train)] == train and more_dev[:len(dev)] == dev
    assert len(more_dev) - len(dev) == -(-len(more) // 5) and len(more_train) + len(more_dev) == len(first) + len(more)
    for r in more_train + more_dev:
        assert set(r) == {"question", "earlier", "later", "label", "source"} and r["label"] in (0, 1)


@pytest.mark.parametrize("path", [PAIRS_FILE, MORE_PAIRS_FILE], ids=["first batch", "more"])
def test_labels_follow_the_documented_categories_and_both_kinds_are_balanced(path):
    records = [json.loads(line) for line in _lines(path)]
    for r in records:
        assert r["category"] in (REVERSALS if r["label"] else COMPATIBLE), r
    share = sum(r["label"] for r in records) / len(records)
    assert 0.40 <= share <= 0.55  # the third batch is mostly compatible pairs on purpose (handwritten.py)


def test_no_pair_is_written_twice():
    train, dev = handwritten_pairs(more=True)
    pairs = [(r["question"], r["earlier"], r["later"]) for r in train + dev]
    assert len(set(pairs)) == len(pairs)


def _responses() -> list[dict]:
    return read_answers(ROOT / "benchmarks" / "data" / "responses.jsonl")


def _sentences(text: str) -> list[str]:
    return [s for s in re.split(r"(?<=[.!?])\s+|\n+", text) if len(s) > 30]


REQUEST_WORDS = frozenset({"please", "tell", "overvi", "know", "give"})  # "Please tell me about X": X is the subject


def _subject(prompt: str) -> frozenset[str]:
    return content_words(prompt) - REQUEST_WORDS


def test_no_training_answer_asks_about_the_subject_of_a_dev_test_or_evaluation_answer():
    """Same question, same facts: a training answer's question must not share half of its content words with a
    question of the dev answers (validation), of our response-level test set or of ChatProtect's 442 answers."""
    prompts = [r["prompt"] for r in dev_answers() + _responses()]
    if (SHARED_EVAL / "chatprotect" / "chatprotect_descriptions.jsonl.gz").exists():
        prompts += [r["prompt"] for r in chatprotect_answers()]
    held = [_subject(p) for p in prompts]
    for r in training_answers():
        asked = _subject(r["prompt"])
        assert all(len(asked & h) < 0.5 * len(asked | h) for h in held), r["prompt"]


def _evaluation_sentences() -> list[str]:
    texts = [r["text"] for r in _responses()]
    if SHARED_EVAL.is_dir():
        for path in SHARED_EVAL.rglob("*"):
            if path.suffix in (".gz", ".jsonl", ".json", ".txt", ".csv"):
                opener = gzip.open if path.suffix == ".gz" else open
                with opener(path, "rt", encoding="utf-8", errors="ignore") as f:
                    texts.append(f.read())
    return [s for t in texts for s in re.split(r'(?<=[.!?])\s+|"', t) if len(s) > 30]


def _overlapping(sentences: list[str], extra: list[str] | None = None) -> list[tuple[str, str]]:
    """(sentence, evaluation sentence) for each of ``sentences`` that is an evaluation sentence (or one of
    ``extra``), or shares half or more of its 5-word runs with one."""
    owners: dict[str, set[int]] = {}
    evaluation = _evaluation_sentences() + (extra or [])
    for k, sentence in enumerate(evaluation):
        for g in _shingles(sentence):
            owners.setdefault(g, set()).add(k)
    exact = {" ".join(_words(s)): s for s in evaluation}
    found = []
    for sentence in sentences:
        if " ".join(_words(sentence)) in exact:
            found.append((sentence, exact[" ".join(_words(sentence))]))
            continue
        grams = _shingles(sentence)
        counts: dict[int, int] = {}
        for g in grams:
            for k in owners.get(g, ()):
                counts[k] = counts.get(k, 0) + 1
        if grams and max(counts.values(), default=0) >= 0.5 * len(grams):
            found.append((sentence, evaluation[max(counts, key=counts.get)]))  # type: ignore[arg-type]
    return found


@pytest.mark.slow
def test_no_hand_written_sentence_comes_from_an_evaluation_set():
    """Exact sentences, and sentences sharing half or more of their 5-word runs with one sentence there."""
    train, dev = handwritten_pairs(more=True)
    assert _overlapping([s for r in train + dev for s in (r["earlier"], r["later"])]) == []


@pytest.mark.slow
def test_no_sentence_of_the_dev_answers_comes_from_an_evaluation_set():
    assert _overlapping([s for r in dev_answers() for s in _sentences(r["text"])]) == []


@pytest.mark.slow
def test_no_sentence_of_the_training_answers_comes_from_an_evaluation_set_or_the_dev_answers():
    held_out = [s for r in dev_answers() for s in _sentences(r["text"])]
    assert _overlapping([s for r in training_answers() for s in _sentences(r["text"])], extra=held_out) == []
