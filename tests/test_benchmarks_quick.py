"""The benchmark suite's quick mode runs end to end and writes well-formed results.

Nothing here asserts a speed: the figures depend on the machine. It checks that ``python -m benchmarks
--quick`` finishes, writes results.json (with machine information and every benchmark either measured or
skipped with a reason), one PNG per measured benchmark, and summary.md — so the suite never rots.
"""
from __future__ import annotations

import json
import subprocess
import sys
from importlib.util import find_spec
from pathlib import Path

import numpy as np
import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks import report, stall  # noqa: E402

PLOT_OF = {"classifier": "classifier.png", "segmenter": "segmenter.png", "stall": "stall.png", "concurrency": "concurrency.png"}


@pytest.mark.slow
def test_quick_suite_writes_results_plots_and_summary(tmp_path: Path) -> None:
    p = subprocess.run([sys.executable, "-m", "benchmarks", "--quick", "--out", str(tmp_path)], cwd=ROOT,
                       capture_output=True, text=True, timeout=900)
    assert p.returncode == 0, (p.stdout[-4000:], p.stderr[-4000:])
    results = json.loads((tmp_path / "results.json").read_text())
    m = results["machine"]
    assert m["cpu_model"] and m["cpu_cores"] >= 1 and m["python"] and m["versions"]["onnxruntime"]
    assert results["quick"] is True
    assert set(results["benchmarks"]) == {"classifier", "segmenter", "stall", "concurrency", "gpu"}
    for name, r in results["benchmarks"].items():
        assert "error" not in r, (name, r.get("error"))
        assert r.get("headline") or r.get("skipped"), name
    assert len(results["targets"]) == 5
    for t in results["targets"]:
        assert {"target", "goal", "value", "met"} <= set(t)

    b = results["benchmarks"]
    if "results" in b["classifier"]:
        row = b["classifier"]["results"]["check8/t2"]
        assert row["batch"] == 8 and row["ort_int8"]["p50_ms"] > 0 and row["ort_int8"]["pairs_per_s"] > 0
        assert {f"batch{n}/t{t}" for n in (1, 8, 32) for t in (1, 2)} <= set(b["classifier"]["results"])
    seg = b["segmenter"]["results"]
    assert seg["ours_deltas"]["chars_per_s"] > 0 and seg["ours_deltas"]["segments"] == seg["ours_whole"]["segments"]
    if "results" in b["stall"]:
        res = b["stall"]["results"]
        assert set(res) == {"unguarded", "observe", "annotate", "hold"}
        for v, row in res.items():
            assert row["streams"] >= 1 and row["lost_chars"] == 0, v
        assert res["hold"]["chars"] > 0 and "p99.9" in res["hold"]["overrun_ms"]
    if "runs" in b["concurrency"]:
        assert {r["config"] for r in b["concurrency"]["runs"]} == {"shared_batcher", "no_batcher"}
        measured = [r for r in b["concurrency"]["runs"] if "verdict_ms" in r]
        assert measured and all(r["rss_mb"] and r["cpu_percent"] >= 0 for r in measured)
    assert b["gpu"].get("cuda") in (True, False)

    if find_spec("matplotlib") is not None:
        for name, png in PLOT_OF.items():
            if "skipped" not in b[name]:
                assert (tmp_path / png).read_bytes()[:8] == b"\x89PNG\r\n\x1a\n", png
    summary = (tmp_path / "summary.md").read_text()
    for heading in ("## Machine", "## Headlines", "## Targets"):
        assert heading in summary
    assert m["cpu_model"] in summary


def test_hold_characters_are_placed_back_at_their_upstream_offsets() -> None:
    # upstream "Aa. Bb. Cc." ; "Bb. " withheld at t=5; content "Aa. " at t=1 and "Cc." at t=7
    sample = {"variant": "hold", "marks": [(4, 1.0), (7, 7.0)], "withheld": [(4, 8, 5.0)]}
    recv = stall._char_times(sample, 11)
    assert recv.tolist() == [1.0] * 4 + [5.0] * 4 + [7.0] * 3
    sent, tokens = stall._sent_times([[2, 0.1], [4, 0.2], [11, 0.3]], 11)
    assert tokens == [(2, 0.1), (4, 0.2), (11, 0.3)] and sent[3] == 0.2 and not np.isnan(sent).any()


def test_targets_are_judged_against_the_issue() -> None:
    rows = report.targets({"classifier": {"check8_speedup": 3.5}, "stall": {"annotate_added_p99_ms": 1.2,
                           "hold_p999_overrun_ms": 4.0}, "concurrency": {"capacity": {"shared_batcher": 100}},
                           "segmenter": {}})
    assert [r["met"] for r in rows] == [True, False, True, True, None]
