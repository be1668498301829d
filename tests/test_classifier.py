"""The classifier runtime (errors, the shipped model's behaviour) and the shared micro-batcher."""
from __future__ import annotations

import asyncio
import shutil

import numpy as np
import pytest
from doubles import FailingClassifier, KeywordClassifier
from hypothesis import given, settings
from hypothesis import strategies as st

from streamguard import ClassifierError, ContradictionClassifier
from streamguard.classifier import DEFAULT_MODEL_DIR
from streamguard.classifier.batcher import MicroBatcher
from streamguard.classifier.runtime import MAX_PADDING_RATIO, _length_chunks

HAS_MODEL = (DEFAULT_MODEL_DIR / "model.int8.onnx").exists()
needs_model = pytest.mark.skipif(not HAS_MODEL, reason="the shipped model is not in models/")


def test_missing_model_path_is_one_clear_line(tmp_path):
    with pytest.raises(ClassifierError) as err:
        ContradictionClassifier.load(tmp_path / "nowhere")
    assert "does not exist" in str(err.value) and "\n" not in str(err.value)


def test_directory_without_model_file_names_what_it_holds(tmp_path):
    (tmp_path / "notes.txt").write_text("x")
    with pytest.raises(ClassifierError) as err:
        ContradictionClassifier.load(tmp_path, provider="cpu")
    assert "model.int8.onnx" in str(err.value) and "notes.txt" in str(err.value)


def test_cuda_asked_where_absent_names_available_providers():
    import onnxruntime as ort
    if "CUDAExecutionProvider" in ort.get_available_providers():
        pytest.skip("CUDA is available here")
    with pytest.raises(ClassifierError) as err:
        ContradictionClassifier.load(provider="cuda")
    assert "CPUExecutionProvider" in str(err.value) and "cuda" in str(err.value)


@needs_model
def test_corrupt_model_file_is_reported(tmp_path):
    for name in ("tokenizer.json", "streamguard.json"):
        shutil.copy(DEFAULT_MODEL_DIR / name, tmp_path / name)
    (tmp_path / "model.int8.onnx").write_bytes(b"not an onnx model at all")
    with pytest.raises(ClassifierError) as err:
        ContradictionClassifier.load(tmp_path, provider="cpu")
    assert "not an ONNX model" in str(err.value) and "\n" not in str(err.value)


def _model_copy(tmp_path, **meta_changes):
    import json
    for name in ("tokenizer.json", "model.int8.onnx"):
        (tmp_path / name).symlink_to(DEFAULT_MODEL_DIR / name)
    meta = json.loads((DEFAULT_MODEL_DIR / "streamguard.json").read_text())
    meta.update(meta_changes)
    meta = {k: v for k, v in meta.items() if v is not None}
    (tmp_path / "streamguard.json").write_text(json.dumps(meta))
    return tmp_path


@needs_model
def test_guard_threshold_is_read_from_the_model_and_defaults_to_the_pair_threshold(tmp_path):
    from streamguard.classifier.runtime import guard_threshold_of

    (tmp_path / "a").mkdir()
    both = ContradictionClassifier.load(_model_copy(tmp_path / "a", threshold=0.8, guard_threshold=0.95), provider="cpu")
    assert (both.threshold, both.guard_threshold, guard_threshold_of(both)) == (0.8, 0.95, 0.95)
    (tmp_path / "b").mkdir()
    one = ContradictionClassifier.load(_model_copy(tmp_path / "b", threshold=0.8, guard_threshold=None), provider="cpu")
    assert one.guard_threshold == 0.8
    assert guard_threshold_of(KeywordClassifier()) == KeywordClassifier.threshold  # a classifier without one


@needs_model
def test_correction_threshold_is_read_from_the_model_and_defaults_to_the_pair_threshold(tmp_path):
    from streamguard.classifier.runtime import decision_thresholds

    (tmp_path / "a").mkdir()
    own = ContradictionClassifier.load(_model_copy(tmp_path / "a", threshold=0.8, guard_threshold=0.95,
                                                   correction_threshold=0.6), provider="cpu")
    assert own.correction_threshold == 0.6 and decision_thresholds(own) == (0.95, 0.6)
    assert decision_thresholds(own, 0.9, 0.7) == (0.9, 0.7)  # what the user sets wins
    (tmp_path / "b").mkdir()
    without = ContradictionClassifier.load(_model_copy(tmp_path / "b", threshold=0.8, guard_threshold=0.95,
                                                       correction_threshold=None), provider="cpu")
    assert without.correction_threshold == 0.8 and decision_thresholds(without) == (0.95, 0.8)
    assert decision_thresholds(KeywordClassifier())[1] == KeywordClassifier.threshold  # a classifier without one


@needs_model
def test_shipped_guard_threshold_is_never_below_the_pair_threshold():
    clf = ContradictionClassifier.load(provider="cpu")
    assert 0 < clf.threshold <= clf.guard_threshold < 1
    assert 0.5 <= clf.correction_threshold <= clf.threshold  # never under "more likely than not"


@needs_model
def test_shipped_model_separates_an_obvious_reversal_from_consistent_sentences():
    clf = ContradictionClassifier.load(provider="cpu")
    assert 0 < clf.threshold < 1
    p = clf.predict([
        ("The Eiffel Tower was completed in 1889.", "Correction: the Eiffel Tower was completed in 1925."),
        ("Yes, you can bring a laptop in your carry-on bag.", "Actually, no: laptops are not allowed in carry-on bags.",
         "Can I bring a laptop in my carry-on?"),
        ("The Eiffel Tower was completed in 1889.", "It is about 330 metres tall."),
        ("Python is dynamically typed.", "Rust is statically typed."),
    ])
    assert p.shape == (4,) and p.dtype == np.float32 and ((0 <= p) & (p <= 1)).all()
    assert p[0] >= clf.threshold and p[1] >= clf.threshold
    assert p[2] < clf.threshold and p[3] < clf.threshold


@needs_model
def test_clear_cases_get_their_decision_at_the_guard_threshold():
    clf = ContradictionClassifier.load(provider="cpu")
    pairs = [("Short one.", "Actually, it is long."), ("A much longer sentence about the history of the city of Rome.", "Rome was founded in 753 BC."),
             ("The Eiffel Tower was completed in 1889.", "Correction: the Eiffel Tower was completed in 1925."),
             ("Yes, you can bring a laptop in your carry-on bag.", "Actually, no: laptops are not allowed in carry-on bags.",
              "Can I bring a laptop in my carry-on?"),
             ("Python is dynamically typed.", "Rust is statically typed.")]
    assert (clf.predict(pairs) >= clf.guard_threshold).tolist() == [False, False, True, True, False]


def run(coro):
    return asyncio.run(coro)


def test_batcher_merges_concurrent_checks_into_shared_calls():
    clf = KeywordClassifier(delay=0.02)
    batcher = MicroBatcher(clf, max_batch=64, max_wait_ms=5)

    async def main():
        pairs = [[(f"claim {i}", f"Actually, claim {i} is wrong.")] * 4 for i in range(20)]
        return await asyncio.gather(*(batcher.submit(p) for p in pairs))
    results = run(main())
    assert all(len(r) == 4 and r[0] > 0.5 for r in results)
    assert sum(clf.calls) == 80 and len(clf.calls) < 20
    assert max(clf.calls) <= 64


def test_batcher_delivers_classifier_errors_to_each_waiter_and_keeps_working():
    batcher = MicroBatcher(FailingClassifier(), max_batch=8, max_wait_ms=1)

    async def main():
        return await asyncio.gather(batcher.submit([("a", "b")]), batcher.submit([("c", "d")]), return_exceptions=True)
    results = run(main())
    assert all(isinstance(r, RuntimeError) for r in results)
    batcher.classifier = KeywordClassifier()
    assert len(run(batcher.submit([("a", "b")]))) == 1


def test_cancelled_checks_are_dropped_before_inference():
    clf = KeywordClassifier(delay=0.2)
    batcher = MicroBatcher(clf, max_batch=1, max_wait_ms=0)

    async def main():
        first = asyncio.create_task(batcher.submit([("busy", "busy")]))
        await asyncio.sleep(0.05)  # the worker is now inside the first call
        doomed = asyncio.create_task(batcher.submit([("dropped", "dropped")]))
        await asyncio.sleep(0.01)
        doomed.cancel()
        await first
        await asyncio.sleep(0.3)
    run(main())
    assert clf.calls == [1]


def test_full_queue_applies_backpressure_instead_of_growing():
    clf = KeywordClassifier(delay=0.05)
    batcher = MicroBatcher(clf, max_batch=2, max_wait_ms=0, max_queue=4)
    peak = []

    async def main():
        async def one(i):
            r = await batcher.submit([(f"a{i}", "b"), (f"c{i}", "d")])
            peak.append(batcher.queued_pairs)
            return r
        await asyncio.gather(*(one(i) for i in range(10)))
    run(main())
    assert max(peak) <= 4 and sum(clf.calls) == 20


def test_bad_thread_counts_are_refused_with_one_line():
    for bad in (0, -2, 1.5, "2", True):
        with pytest.raises(ClassifierError) as err:
            ContradictionClassifier.load(threads=bad)
        message = str(err.value)
        assert "\n" not in message and "threads=" in message and "at least 1" in message


def test_batcher_rejects_bad_settings_with_one_line():
    for kwargs in ({"max_batch": 0}, {"max_wait_ms": -1}, {"max_batch": 8, "max_queue": 4}):
        with pytest.raises(ValueError) as err:
            MicroBatcher(KeywordClassifier(), **kwargs)
        assert "allowed" in str(err.value)


@needs_model
@pytest.mark.parametrize("threads", [1, 2])
def test_a_pairs_score_is_its_own_whatever_else_is_scored_with_it(threads):
    # Dynamic int8 quantizes activations with one scale per tensor: in a shared call a pair's score would move
    # with its neighbours (up to 0.47 measured on ChatProtect validation pairs), so another stream's pairs
    # could push a reversal under the threshold. The shipped model's per-token scales keep each pair's score its
    # own in the padded calls the CPU runtime makes.
    clf = ContradictionClassifier.load(provider="cpu", threads=threads)
    reversal = ("Yes, ibuprofen is safe to take at any stage of pregnancy.",
                "Actually, on reflection, no: ibuprofen is not safe in the third trimester of pregnancy.",
                "Is ibuprofen safe during pregnancy?")
    later = reversal[1]
    others = [("Many people keep it at home.", later), ("It is one of the most common pain relievers.", later),
              ("Paracetamol is usually preferred, and you should ask your doctor before taking any medicine.", later),
              ("The Eiffel Tower was completed in 1889.", "Correction: the Eiffel Tower was completed in 1925.")]
    alone = {p: float(clf.predict([p])[0]) for p in [reversal, *others]}
    for batch in ([reversal, others[0]], [others[1], reversal, others[2]], [*others, reversal], [others[3], *others[:3]]):
        scores = clf.predict(batch)
        assert [float(s) for s in scores] == pytest.approx([alone[p] for p in batch], abs=1e-6)
    assert alone[reversal] >= clf.guard_threshold


@needs_model
def test_scores_of_a_large_call_shared_by_many_streams_equal_each_pair_alone():
    # A large call (the micro-batcher under load) shares padded calls between pairs; with the shipped model's
    # per-token activation scales that must not move any score.
    clf = ContradictionClassifier.load(provider="cpu", threads=2)
    assert clf.batch_independent
    subjects = ["The bridge", "The museum", "Her first novel", "The vaccine", "The company", "The river", "This laptop", "The law"]
    pairs = [(f"{s} was completed in {1900 + 7 * i}.", f"Actually, {s.lower()} was completed in {1950 + i}, not earlier.")
             for i, s in enumerate(subjects)]
    pairs += [(f"{s} is widely known.", f"{s} has been described in many books, articles and long television documentaries.")
              for s in subjects]
    pairs += [("Yes, you can.", "No, you cannot.", "Can I park here?"), ("It is cheap.", "It costs very little to run and to repair.")] * 12
    together = clf.predict(pairs)
    alone = np.array([clf.predict([p])[0] for p in pairs])
    assert len(pairs) > clf.workers * 8  # large enough for several padded chunks per worker
    assert np.abs(together - alone).max() < 1e-5


@needs_model
@settings(max_examples=15, deadline=None)
@given(st.permutations(list(range(6))))
def test_scores_come_back_in_the_order_the_pairs_were_given(order):
    clf = _shared_cpu_classifier()
    pairs = [("It is safe.", "It is not safe."), ("Paris is the capital of France.", "The city has about two million inhabitants."),
             ("Take 200 mg.", "Actually, take 400 mg, not 200 mg, every four hours with food and plenty of water."),
             ("Yes.", "No.", "Is it open on Sundays?"), ("The museum opened in 1901.", "It has three floors."),
             ("A very long sentence about the weather in the mountains during the long and cold winter months.", "It snows.")]
    expected = clf.predict(pairs)
    got = clf.predict([pairs[k] for k in order])
    assert got.tolist() == pytest.approx([float(expected[k]) for k in order], abs=1e-6)


_CPU_CLASSIFIER: list[ContradictionClassifier] = []


def _shared_cpu_classifier() -> ContradictionClassifier:
    if not _CPU_CLASSIFIER:
        _CPU_CLASSIFIER.append(ContradictionClassifier.load(provider="cpu", threads=2))
    return _CPU_CLASSIFIER[0]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.integers(min_value=3, max_value=128), max_size=40), st.integers(min_value=1, max_value=8))
def test_cpu_calls_hold_every_pair_once_with_bounded_padding(lengths, size):
    # Every pair is scored exactly once, no call holds more than its size, and no pair is padded to more than
    # MAX_PADDING_RATIO times its own length: padding is wasted work.
    chunks = _length_chunks(lengths, size)
    assert sorted(k for chunk in chunks for k in chunk) == list(range(len(lengths)))
    for chunk in chunks:
        assert 1 <= len(chunk) <= size
        width = max(lengths[k] for k in chunk)
        assert all(width <= MAX_PADDING_RATIO * lengths[k] for k in chunk)


RICE = "Rinse the rice until the water runs clear. Use about one and a half cups of water per cup of rice. "
REST = "Let it rest for ten minutes before serving."


@needs_model
def test_the_shipped_guard_catches_an_announced_reversal_and_not_an_actually_that_adds_detail():
    from streamguard.scan import scan_records

    answers = [
        {"id": "reverses", "text": RICE + "Actually, rinsing the rice is a mistake; cook it straight from the bag. " + REST},
        {"id": "adds", "text": RICE + "Actually, rinsing also washes off loose surface starch, which keeps the grains from "
                                      "clumping. " + REST},
    ]
    for answer in answers:
        answer["prompt"] = "How do I cook rice on the stove?"
    reverses, adds = scan_records(answers)
    # the reversal scores under the pair threshold: the announcing "Actually," is what lets the guard act on it
    assert [(r["claim"], r["marked"]) for r in reverses["reversals"]] == [([0, 42], True)]
    assert adds["reversals"] == []
