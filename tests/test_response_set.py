"""Integrity of the response-level evaluation set and of its scorer (no model needed)."""
from __future__ import annotations

import importlib.util
import json
import re
import sys
from collections import Counter
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "benchmarks" / "data" / "responses.jsonl"


def _load_module(name: str, path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


make_responses = _load_module("make_responses", ROOT / "benchmarks" / "data" / "make_responses.py")
response_eval = _load_module("response_eval", ROOT / "benchmarks" / "response_eval.py")


@pytest.fixture(scope="module")
def records() -> list[dict[str, Any]]:
    return [json.loads(line) for line in DATA.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_file_is_the_generator_output() -> None:
    assert DATA.read_text(encoding="utf-8") == make_responses.render(make_responses.build()), (
        "responses.jsonl is out of date: run python benchmarks/data/make_responses.py"
    )


def test_set_size_and_label_balance(records: list[dict[str, Any]]) -> None:
    assert len(records) >= 150
    labels = Counter(r["label"] for r in records)
    assert set(labels) == {"reversal", "consistent"}
    assert 0.40 <= labels["reversal"] / len(records) <= 0.60


def test_ids_are_unique_and_well_formed(records: list[dict[str, Any]]) -> None:
    ids = [r["id"] for r in records]
    assert len(ids) == len(set(ids))
    assert all(re.fullmatch(r"r\d{3}", i) for i in ids)


def test_fields(records: list[dict[str, Any]]) -> None:
    for r in records:
        assert isinstance(r["prompt"], str) and r["prompt"].strip(), r["id"]
        assert isinstance(r["text"], str) and r["text"] == r["text"].strip(), r["id"]
        assert r["domain"] in make_responses.DOMAINS, r["id"]


def test_every_category_is_present(records: list[dict[str, Any]]) -> None:
    by_label = {label: Counter(r["category"] for r in records if r["label"] == label)
                for label in ("reversal", "consistent")}
    for category in make_responses.REVERSAL_CATEGORIES:
        assert by_label["reversal"][category] >= 5, category
    for category in make_responses.CONSISTENT_CATEGORIES:
        assert by_label["consistent"][category] >= 5, category
    assert set(by_label["reversal"]) <= set(make_responses.REVERSAL_CATEGORIES)
    assert set(by_label["consistent"]) <= set(make_responses.CONSISTENT_CATEGORIES)


def test_reversal_spans_are_exact_sentences(records: list[dict[str, Any]]) -> None:
    for r in (r for r in records if r["label"] == "reversal"):
        text = r["text"]
        spans = {}
        for key in ("claim", "reversal"):
            start, end = r[key]
            assert isinstance(start, int) and isinstance(end, int), r["id"]
            assert 0 <= start < end <= len(text), (r["id"], key)
            sentence = text[start:end]
            spans[key] = sentence
            assert sentence == sentence.strip(), (r["id"], key)
            assert text.count(sentence) == 1, (r["id"], key, sentence)
            assert sentence[-1] in ".!?\"')*`", (r["id"], key, sentence)
            # the span starts where a sentence starts
            before = text[:start].rstrip(" *_")
            assert start == 0 or before == "" or before[-1] in ".!?:\n\"')*`", (r["id"], key, sentence)
        assert r["claim"][1] <= r["reversal"][0], r["id"]
        assert isinstance(r["distance"], int) and r["distance"] >= 1, r["id"]


def test_consistent_answers_have_no_spans(records: list[dict[str, Any]]) -> None:
    for r in (r for r in records if r["label"] == "consistent"):
        assert r["claim"] is None and r["reversal"] is None and r["distance"] is None, r["id"]


def test_reversals_come_at_varied_distances(records: list[dict[str, Any]]) -> None:
    distances = [r["distance"] for r in records if r["label"] == "reversal"]
    assert sum(d == 1 for d in distances) >= 10
    assert sum(2 <= d <= 4 for d in distances) >= 10
    assert sum(d >= 6 for d in distances) >= 10
    markers = [r["marker"] for r in records if r["label"] == "reversal"]
    assert 0.15 <= sum(m is not None for m in markers) / len(markers) <= 0.6


# ---------------------------------------------------------------------------------------------- scorer

def _oracle(records: list[dict[str, Any]]) -> dict[str, Any]:
    return {r["id"]: {"id": r["id"], "segments": [],
                      "reversals": ([{"claim": r["claim"], "reversal": r["reversal"], "score": 0.9}]
                                    if r["label"] == "reversal" else [])}
            for r in records}


def test_scorer_gives_full_marks_to_the_labels(records: list[dict[str, Any]]) -> None:
    result = response_eval.score(records, _oracle(records))
    overall = result["overall"]
    assert overall["recall"] == 1.0 and overall["strict_recall"] == 1.0
    assert overall["fpr"] == 0.0 and overall["precision"] == 1.0
    assert result["missed"] == [] and result["false_alarms"] == []


def test_scorer_counts_misplaced_and_false_alarms(records: list[dict[str, Any]]) -> None:
    # every answer flagged, always pointing at its first ten characters
    outputs = {r["id"]: {"id": r["id"], "reversals": [{"claim": [0, 5], "reversal": [5, 10], "score": 0.8}]}
               for r in records}
    result = response_eval.score(records, outputs)
    overall = result["overall"]
    assert overall["recall"] == 0.0 and overall["fpr"] == 1.0
    assert overall["misplaced"] == overall["n_reversal"]


def test_scorer_strict_needs_the_claim_too(records: list[dict[str, Any]]) -> None:
    rec = next(r for r in records if r["label"] == "reversal" and r["claim"][0] > 0)
    wrong_claim = [0, 1]
    outputs = {rec["id"]: {"id": rec["id"], "reversals": [{"claim": wrong_claim, "reversal": rec["reversal"]}]}}
    verdict = response_eval.score([rec], outputs)["overall"]
    assert verdict["recall"] == 1.0 and verdict["strict_recall"] == 0.0


def test_scorer_filters_by_score_and_reports_missing(records: list[dict[str, Any]]) -> None:
    outputs = _oracle(records)
    assert response_eval.score(records, outputs, min_score=0.95)["overall"]["recall"] == 0.0
    missing = response_eval.score(records, {})
    assert missing["overall"]["recall"] == 0.0 and len(missing["missing_outputs"]) == len(records)


def test_scorer_judges_a_marked_report_at_the_lower_correction_threshold() -> None:
    marked = {"reversal": [0, 5], "score": 0.9, "marked": True}
    plain = {"reversal": [0, 5], "score": 0.9}
    assert response_eval._filter([marked, plain], 0.97) == []  # no correction threshold given: both filtered
    assert response_eval._filter([marked, plain], 0.97, correction_threshold=0.88) == [marked]
    assert response_eval._filter([marked, plain], 0.97, correction_threshold=0.95) == []


def test_cli_scores_a_scan_output_file(records: list[dict[str, Any]], tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    scan = tmp_path / "scan.jsonl"
    scan.write_text("".join(json.dumps(o) + "\n" for o in _oracle(records).values()), encoding="utf-8")
    out_json = tmp_path / "result.json"
    code = response_eval.main(["--scan-output", str(scan), "--json", str(out_json), "--sweep", "0.5,0.95"])
    assert code == 0
    last = capsys.readouterr().out.strip().splitlines()[-1]
    assert re.fullmatch(rf"responses: n={len(records)} recall=1\.00 \(strict 1\.00\) fpr=0\.00 threshold=\S.*", last)
    payload = json.loads(out_json.read_text(encoding="utf-8"))
    assert [row["threshold"] for row in payload["sweep"]] == [0.5, 0.95]
    assert payload["sweep"][1]["recall"] == 0.0


def test_cli_rejects_a_bad_threshold(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        response_eval.main(["--scan-output", "x.jsonl", "--threshold", "1.5"])
    assert "between 0 and 1" in capsys.readouterr().err
