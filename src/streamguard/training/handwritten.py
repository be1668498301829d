"""Hand-written chat-style pairs: the varied phrasing that templates do not give.

``handwritten_pairs.jsonl`` (1,595 pairs) was written for this project, sentence by sentence, in the style of
chat-assistant answers, across four groups of domains (health and medicine; software and science; history,
geography, biographies, arts and sports; money, law, travel, home and food). Nothing in it comes from
``../shared/eval`` or from our response-level set: every sentence was compared with theirs (exact match and
5-word shingles), and the five pairs whose sentences overlapped half or more with one there — common facts
written the same way — were dropped.

Why it exists: the model scored 94-100% of the template-generated dev pairs at the guard threshold but 0-64% of
hand-written ones of the same kinds; templates teach the template. Each group has 200 reversals and 200
compatible pairs:

- reversals (label 1): ``yes_no_flip`` (30), ``number_change`` (30), ``entity_swap`` (25),
  ``recommendation_flip`` (25), ``comparison_flip`` (20), ``negation`` (20), ``marked_correction`` (25),
  ``implicit_reversal`` (25, no marker and no plain negation);
- compatible (label 0): ``same_subject_other_fact`` (40: the same subject, other numbers or names that describe
  other things — the false alarms of real answers), ``refinement_caveat`` (30), ``actually_intensifier`` (20),
  ``conditional_branches`` (20), ``pros_cons`` (20), ``premise_correction`` (20),
  ``restatement`` (20), ``sequence_or_change_over_time`` (30).

Some reversals "correct" a true sentence into a false one on purpose: the model learns that two sentences cannot
both hold, not which one is true. Every fifth pair (by position in the file) is held out as a dev set of its own.
"""
from __future__ import annotations

import json
from pathlib import Path

PAIRS_FILE = Path(__file__).with_name("handwritten_pairs.jsonl")
DEV_EVERY = 5


def handwritten_pairs(path: Path = PAIRS_FILE) -> tuple[list[dict], list[dict]]:
    """``(train, dev)`` records with ``question``, ``earlier``, ``later``, ``label`` and ``source`` ("hand:<category>")."""
    train: list[dict] = []
    dev: list[dict] = []
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    for i, row in enumerate(rows):
        record = {"question": row.get("question"), "earlier": row["earlier"], "later": row["later"],
                  "label": int(row["label"]), "source": f"hand:{row['category']}"}
        (dev if i % DEV_EVERY == 0 else train).append(record)
    return train, dev
