"""The evaluation's guard-threshold inputs: ChatProtect's descriptions split as the source says, and an answer's
strongest detection is what a threshold must clear to leave it unflagged."""
from __future__ import annotations

import numpy as np
import pytest

from streamguard.training import evaluate
from streamguard.training.dev_answers import threshold_for_answers

DESCRIPTIONS = evaluate.SHARED / "eval" / "chatprotect" / "chatprotect_descriptions.jsonl.gz"


@pytest.mark.skipif(not DESCRIPTIONS.exists(), reason="needs ../shared/eval")
def test_chatprotect_descriptions_keep_their_validation_and_test_splits():
    answers = evaluate.chatprotect_answers()
    splits = [a["split"] for a in answers]
    assert len(answers) == 442 and splits.count("validation") == 82 and splits.count("test") == 360


def test_an_answer_is_left_unflagged_only_at_a_threshold_above_its_strongest_detection():
    results = [{"reversals": [{"score": 0.4}, {"score": 0.97}]}, {"reversals": []}, {"reversals": [{"score": 0.85}]}]
    highest = evaluate.highest_scores(results, correction_threshold=0.9)
    assert highest.tolist() == [0.97, 0.0, 0.85]
    everything_consistent = np.zeros(3, dtype=bool)
    # one of three may be flagged: the threshold must clear the second strongest, not the strongest
    t = threshold_for_answers(highest, everything_consistent, floor=0.5, max_fpr=0.34)
    assert 0.85 < t < 0.97
    flagged = [bool(evaluate.detections(r, t, correction_threshold=0.9)) for r in results]
    assert flagged == [True, False, False]


def test_a_sentence_announcing_a_correction_is_caught_at_the_correction_threshold_whatever_the_guard_threshold():
    marked = {"score": 0.93, "marked": True}
    plain = {"score": 0.93, "marked": False}
    results = [{"reversals": [marked]}, {"reversals": [plain]}]
    # guard 0.97 is above both scores: only the marked sentence, judged at 0.9, is still reported
    assert [bool(evaluate.detections(r, 0.97, correction_threshold=0.9)) for r in results] == [True, False]
    # a marked sentence below the correction threshold is judged at the lower of the two thresholds
    weak = {"reversals": [{"score": 0.6, "marked": True}]}
    assert evaluate.detections(weak, 0.97, correction_threshold=0.9) == []
    assert evaluate.detections(weak, 0.5, correction_threshold=0.9) == weak["reversals"]
    assert evaluate.highest_scores(results, correction_threshold=0.9).tolist() == [1.0, 0.93]


def test_a_wrong_fp32_path_fails_at_startup_in_one_line(tmp_path, capsys):
    with pytest.raises(SystemExit) as stop:
        evaluate.main(["--fp32", str(tmp_path / "model.fp32.onnx"), "--skip", "prosecco,responses,answers,bigbench"])
    err = capsys.readouterr().err.strip().splitlines()
    assert stop.value.code == 2 and "model.fp32.onnx' does not exist" in err[-1]
