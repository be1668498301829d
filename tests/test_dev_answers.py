"""The hand-written answer-level dev set (validation for the guard threshold) and the rule that chooses on it."""
from __future__ import annotations

import re

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from streamguard.training.answers import training_answers
from streamguard.training.dev_answers import (
    CORRECTION_FLOOR,
    answer_scores,
    correction_threshold_for,
    dev_answers,
    recall_and_fpr,
    threshold_for_answers,
)


# the training answers add an edited, self-contradicting copy of most consistent answers (training/answers.py)
@pytest.mark.parametrize(("load", "lowest_share", "highest_share"), [(dev_answers, 0.45, 0.55), (training_answers, 0.55, 0.70)],
                         ids=["dev answers", "training answers"])
def test_records_are_balanced_and_reversal_spans_are_whole_sentences_in_order(load, lowest_share, highest_share):
    records = load()
    assert len(records) >= 150 and len({r["id"] for r in records}) == len(records)
    share = sum(r["label"] == "reversal" for r in records) / len(records)
    assert lowest_share <= share <= highest_share
    for r in records:
        if r["label"] == "consistent":
            assert r["claim"] is None and r["reversal"] is None
            continue
        (a, b), (c, d) = r["claim"], r["reversal"]
        assert 0 <= a < b <= c < d <= len(r["text"]), r["id"]
        for start, end in ((a, b), (c, d)):
            piece = r["text"][start:end]
            whole_line = end == len(r["text"]) or r["text"][end] == "\n"  # a list item need not end in a stop
            assert piece == piece.strip() and (re.search(r"[.!?:)*][\"”’]?$", piece) or whole_line), (r["id"], piece)
            assert start == 0 or r["text"][start - 1] in " \n", (r["id"], piece)


def _result(detections):
    return {"reversals": [{"reversal": list(span), "score": score} for span, score in detections]}


def test_a_reversal_answer_counts_only_a_detection_on_its_reversal_sentence():
    records = [{"label": "reversal", "reversal": [50, 80]}, {"label": "consistent", "reversal": None}]
    results = [_result([((0, 40), 0.99), ((60, 90), 0.7)]), _result([((10, 20), 0.9), ((30, 40), 0.95)])]
    scores, labels = answer_scores(records, results)
    assert scores.tolist() == [0.7, 0.95] and labels.tolist() == [True, False]
    assert recall_and_fpr(scores, labels, 0.8) == {"threshold": 0.8, "recall": 0.0, "fpr": 1.0, "n": 2}


scores_st = st.lists(st.floats(0, 1), min_size=1, max_size=60)


@given(scores_st, scores_st, st.floats(0, 0.5), st.floats(0, 1))
def test_threshold_is_the_lowest_that_keeps_the_false_alarm_rate_and_never_under_the_floor(pos, neg, max_fpr, floor):
    scores = np.array(pos + neg)
    labels = np.array([True] * len(pos) + [False] * len(neg))
    t = threshold_for_answers(scores, labels, floor=floor, max_fpr=max_fpr)
    assert t >= min(floor, 0.9999)
    if t < 0.9999:  # at the cap the rate cannot be kept: a threshold of 1 would switch the guard off
        assert recall_and_fpr(scores, labels, t)["fpr"] <= max_fpr + 1e-9
    if t > floor + 1e-3 and t < 0.9999:  # raised above the floor: any clearly lower threshold flags too many
        assert recall_and_fpr(scores, labels, t - 2e-4)["fpr"] > max_fpr


detection_st = st.tuples(st.floats(0, 1), st.booleans())  # (score, the sentence announces a correction)
scans_st = st.lists(st.lists(detection_st, max_size=4).map(lambda ds: {"reversals": [{"score": x, "marked": m} for x, m in ds]}),
                    min_size=1, max_size=40)


def _marked_share(results, threshold):
    return sum(any(d["marked"] and d["score"] >= threshold for d in r["reversals"]) for r in results) / len(results)


@given(scans_st, scans_st, st.floats(0, 0.2))
def test_correction_threshold_keeps_both_limits_with_marked_sentences_alone_and_never_goes_under_the_floor(dev, descriptions, limit):
    t = correction_threshold_for(dev, descriptions, max_fpr=limit, max_share=limit)
    assert CORRECTION_FLOOR <= t <= 0.9999
    if t < 0.9999:
        assert _marked_share(dev, t) <= limit + 1e-9 and _marked_share(descriptions, t) <= limit + 1e-9


def test_correction_threshold_ignores_sentences_that_announce_nothing():
    loud = [{"reversals": [{"score": 0.99, "marked": False}]}] * 10  # ordinary sentences: the guard threshold's business
    quiet = [{"reversals": [{"score": 0.7, "marked": True}]}] + [{"reversals": []}] * 9
    assert correction_threshold_for(loud, loud, max_fpr=0.0, max_share=0.0) == CORRECTION_FLOOR
    # one consistent answer in ten flagged by a marked sentence at 0.7: over a 5% limit, so the bar rises above it
    assert 0.7 < correction_threshold_for(quiet, loud, max_fpr=0.05, max_share=0.05) < 0.71
