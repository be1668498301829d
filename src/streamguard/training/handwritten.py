"""Hand-written chat-style pairs: the varied phrasing that templates do not give.

``handwritten_pairs.jsonl`` (1,595 pairs, the first batch: the shipped recipe) and ``handwritten_more.jsonl``
(4,212 pairs, the second and third batches: ``--more-hand-pairs``, not in the shipped recipe, see ``tune.py``) were
written for this project, sentence by sentence, in the style of chat-assistant answers (and of encyclopedic
answers, where a subject calls for them). Nothing in them comes from ``../shared/eval`` or from our
response-level set: every sentence was compared with theirs (exact match and 5-word shingles), and the 33 pairs
whose sentences overlapped half or more with one there — common facts written the same way — were dropped.

Why it exists: the model scored 94-100% of the template-generated dev pairs at the guard threshold but 0-64% of
hand-written ones of the same kinds; templates teach the template. Three batches:

- the first (1,595): four groups of domains (health and medicine; software and science; history,
  geography, biographies, arts and sports; money, law, travel, home and food), 200 reversals and 200
  compatible pairs each;
- the second (2,624, the first lines of ``handwritten_more.jsonl``): six groups (biographies; places and
  organisations; technology; health, fitness, parenting and pets; science and nature; everyday practical
  advice), 220 reversals and 220 compatible pairs each, more of them encyclopedic and more weight on the kinds the first batch left weakest (entity swaps, implicit
  reversals, compatible pairs about the same subject);
- the third (1,588, the rest of it): encyclopedic pairs about people, organisations, places and events, and
  works and things, 70% compatible: ``restatement`` (the same facts in other words, with a detail added or left out, more or less
  precise, another name for the same thing), ``same_subject_other_fact`` and ``refinement_caveat``; the
  reversals among them (``entity_swap``, ``number_change``, ``implicit_reversal``, ``negation``) hide one
  conflicting detail in otherwise paraphrased sentences. Written because the model tuned on the first two
  batches scored paraphrases with an added or dropped detail as reversals (error analysis on ChatProtect's
  validation pairs: restatements of a place or a degree that had scored under 0.2 scored 0.5-0.7 after).

Categories (per group of the second batch; the first batch has the same kinds in similar shares):

- reversals (label 1): ``yes_no_flip`` (30), ``number_change`` (35), ``entity_swap`` (35),
  ``recommendation_flip`` (30), ``comparison_flip`` (20), ``negation`` (15), ``marked_correction`` (20),
  ``implicit_reversal`` (35, no marker and no plain negation);
- compatible (label 0): ``same_subject_other_fact`` (55: the same subject, other numbers or names that describe
  other things — the false alarms of real answers), ``refinement_caveat`` (30), ``actually_intensifier`` (20),
  ``conditional_branches`` (20), ``pros_cons`` (20), ``premise_correction`` (15),
  ``restatement`` (20), ``sequence_or_change_over_time`` (40).

Some reversals "correct" a true sentence into a false one on purpose: the model learns that two sentences cannot
both hold, not which one is true. Every fifth pair (by position in its file) is held out as a dev set of its own.
"""
from __future__ import annotations

import json
from pathlib import Path

PAIRS_FILE = Path(__file__).with_name("handwritten_pairs.jsonl")
MORE_PAIRS_FILE = Path(__file__).with_name("handwritten_more.jsonl")
DEV_EVERY = 5


def handwritten_pairs(*, more: bool = False) -> tuple[list[dict], list[dict]]:
    """``(train, dev)`` records with ``question``, ``earlier``, ``later``, ``label`` and ``source`` ("hand:<category>"):
    the first batch (the shipped recipe), with ``more`` the second and third batches too."""
    train: list[dict] = []
    dev: list[dict] = []
    for path in (PAIRS_FILE, MORE_PAIRS_FILE) if more else (PAIRS_FILE,):
        rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
        for i, row in enumerate(rows):
            record = {"question": row.get("question"), "earlier": row["earlier"], "later": row["later"],
                      "label": int(row["label"]), "source": f"hand:{row['category']}"}
            (dev if i % DEV_EVERY == 0 else train).append(record)
    return train, dev
