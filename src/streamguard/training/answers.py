"""Training pairs cut from whole hand-written answers, exactly as the guard cuts them.

The guard's false alarms come from pairs it makes inside consistent answers: an opening answer and the
sentence that explains it, a rule of thumb and the figure worked out from it, a list item and the sentence that
introduced the list (``benchmarks/review``). Pairs written one at a time (``handwritten.py``) do not have that
shape. ``training_answers.jsonl`` holds 2,663 answers written for training, in the format of
``dev_answers.jsonl`` (character spans of the claim and the reversal):

- 1,008 chat answers (512 reverse themselves; the rest hard negatives: consistent numbers, refinements and
  caveats, different subjects, premise corrections, "actually" as an intensifier, closing restatements,
  conditional branches, pros and cons, step-by-step values) across health, software, money and law, history
  and geography, science and nature, everyday advice, education, cars and homes, data and cloud, arts and
  paperwork, insurance and logistics;
- 693 encyclopedic descriptions ("Please tell me about X": seasons and tournaments, people, places and
  structures, works, organisations and events, species and science, history, technology; 208 drift once on a
  date, count, place or person, 485 are consistent and dense with related names, dates and numbers);
- 962 edited copies (``edit_of``: the id of the original): a consistent answer with one later sentence
  rewritten to contradict one earlier sentence (a number or date, an entity, a negation, an implicit reversal,
  a flipped answer or summary, an explicit correction). The pair of the earlier sentence with the original
  sentence stays a negative of the original, so the two make a minimal pair: the classifier learns the
  changed fact, not the topic.

Each is run through the guard's own segmenter and claim selection (``TextGuard``), and every pair the guard
would check becomes a training pair:

- label 1: the labelled (claim, reversal) pair (added when the guard's selection misses it: the pair
  is a reversal either way);
- label 0: every other pair of a consistent answer, and every pair of a reversal answer that does not
  involve the reversal sentence;
- left out: other pairs with the reversal sentence (it may also contradict a restatement of the claim).

A pair already cut from an earlier answer is not repeated (an edited copy shares all its other pairs with its
original). ``max_negatives`` caps the negatives per answer (seeded choice); the default keeps them all. The
answers were written without reading ``../shared/eval``, our response-level set or the dev answers; of 1,900
written, the 182 asking about the subject of a dev, test or ChatProtect answer (half or more of the question's
content words) or one already asked, and the 17 with a sentence overlapping one of those sets were dropped
(``tests/test_handwritten.py`` keeps both true; the edits' new sentences were checked the same way).
"""
from __future__ import annotations

import random
from pathlib import Path
from typing import Any

from .dev_answers import read_answers, spans_overlap

TRAINING_ANSWERS_FILE = Path(__file__).with_name("training_answers.jsonl")
MAX_NEGATIVES = 100  # per answer: in effect all of them (measured: capping at 6 did worse on the dev answers)


def training_answers(path: Path = TRAINING_ANSWERS_FILE) -> list[dict[str, Any]]:
    return read_answers(path)


def checked_pairs(record: dict[str, Any]) -> list[tuple[tuple[int, int], tuple[int, int], tuple[str, str, str | None]]]:
    """Every (earlier claim, new sentence) pair the guard checks in one answer: the two spans and the
    classifier input (earlier, later, question when the guard passes it)."""
    from ..config import GuardConfig
    from ..engine import TextGuard

    guard = TextGuard(GuardConfig(mode="annotate"), threshold=0.5, question=record.get("prompt"))
    guard.feed(record["text"], 0.0)
    guard.finish(0.0)
    out = []
    for check in guard.take_checks():
        for claim, pair in zip(check.claims, check.pairs):
            out.append(((claim.start, claim.end), (check.segment.start, check.segment.end), pair))
    return out


def answer_pairs(records: list[dict[str, Any]], *, max_negatives: int = MAX_NEGATIVES, seed: int = 13) -> list[dict[str, Any]]:
    """Training records (``question``, ``earlier``, ``later``, ``label``, ``source`` "answer:<category>") from
    whole answers; see the module docstring for the labels."""
    rng = random.Random(seed)
    out: list[dict[str, Any]] = []
    seen: set[tuple[str | None, str, str]] = set()  # an edited copy of an answer repeats its other pairs
    for record in records:
        source = f"answer:{record['category']}"
        claim_span, reversal_span = record.get("claim"), record.get("reversal")
        positive_found = False
        negatives = []
        for claim, sentence, (earlier, later, question) in checked_pairs(record):
            pair = {"question": question, "earlier": earlier, "later": later}
            on_reversal = spans_overlap(sentence, reversal_span)
            if on_reversal or spans_overlap(claim, reversal_span):  # never for a consistent answer (null spans)
                if on_reversal and spans_overlap(claim, claim_span) and not positive_found:
                    out.append({**pair, "label": 1, "source": source})
                    positive_found = True
                continue
            if (question, earlier, later) not in seen:
                seen.add((question, earlier, later))
                negatives.append({**pair, "label": 0, "source": source})
        if record["label"] == "reversal" and not positive_found:
            text = record["text"]
            out.append({"question": record.get("prompt"), "earlier": text[claim_span[0]:claim_span[1]].strip(),
                        "later": text[reversal_span[0]:reversal_span[1]].strip(), "label": 1, "source": source})
        out.extend(rng.sample(negatives, min(max_negatives, len(negatives))))
    return out
