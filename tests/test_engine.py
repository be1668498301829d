"""The guard engine's decisions under a fake clock: exact delays, withheld vs annotated, deadline policy."""
from __future__ import annotations

import pytest
from hypothesis import given, settings, strategies as st

from doubles import KeywordClassifier
from streamguard.config import GuardConfig
from streamguard.engine import Annotation, DeadlineMiss, Held, Release, TextGuard, Withheld

CLAIM = "Yes, ibuprofen is safe to take during pregnancy. "
FILL = "It is a common pain reliever. "
REV = "Actually, no: ibuprofen is not safe in the third trimester of pregnancy. "
TAIL = "Ask your doctor."
ANSWER = CLAIM + FILL + REV + TAIL
CLF = KeywordClassifier()
TICK = 0.0011  # the harness polls every millisecond, so a release can come one tick after its deadline


def run(guard: TextGuard, pieces: list[tuple[float, str]], *, verdict_delay: float = 0.0, end: float | None = None,
        answer_checks: bool = True) -> list[tuple[float, object]]:
    """Feed timed pieces; answer each check after ``verdict_delay``; poll every millisecond."""
    outputs: list[tuple[float, object]] = []
    pending: list[tuple[float, object]] = []
    events = sorted(pieces)
    t, i = 0.0, 0
    stop = (end if end is not None else events[-1][0] + 30.0)
    finished = False
    while t <= stop:
        while i < len(events) and events[i][0] <= t + 1e-9:
            guard.feed(events[i][1], t)
            i += 1
        if i == len(events) and not finished and (end is None or t >= events[-1][0]):
            guard.finish(t)
            finished = True
        for c in guard.take_checks():
            pending.append((t + verdict_delay, c))
        for due, c in list(pending):
            if due <= t + 1e-9 and answer_checks:
                guard.on_verdict(c, CLF.predict(c.pairs), t)
                pending.remove((due, c))
        outputs += [(t, o) for o in guard.poll(t)]
        if finished and guard.done:
            break
        t = round(t + 0.001, 6)
    return outputs


def words(text: str, start: float, step: float) -> list[tuple[float, str]]:
    parts = text.split(" ")
    return [(round(start + k * step, 6), (w if k == 0 else " " + w)) for k, w in enumerate(parts)]


def released_text(outputs) -> str:
    return "".join(o.text for _, o in outputs if isinstance(o, Release))


def test_hold_withholds_claim_reversed_inside_its_window():
    guard = TextGuard(GuardConfig(mode="hold", hold_budget_ms=2000), threshold=0.5, question="Is ibuprofen safe in pregnancy?")
    out = run(guard, words(ANSWER, 0.0, 0.02))
    withheld = [o for _, o in out if isinstance(o, Withheld)]
    assert [w.segment.text for w in withheld] == [CLAIM]
    assert withheld[0].reversed_by.text.startswith("Actually, no")
    assert released_text(out) == FILL + REV + TAIL


def test_hold_annotates_claim_reversed_after_release():
    guard = TextGuard(GuardConfig(mode="hold", hold_budget_ms=100), threshold=0.5)
    out = run(guard, words(ANSWER, 0.0, 0.05))
    assert released_text(out) == ANSWER
    notes = [o for _, o in out if isinstance(o, Annotation)]
    assert [n.segment.text for n in notes] == [CLAIM]


@pytest.mark.parametrize("budget_ms", [0, 50, 300, 1000])
def test_hold_delay_of_every_character_is_within_budget(budget_ms):
    guard = TextGuard(GuardConfig(mode="hold", hold_budget_ms=budget_ms), threshold=0.5)
    pieces = words(ANSWER, 0.0, 0.013)
    out = run(guard, pieces)
    arrivals = []
    for t, text in pieces:
        arrivals += [t] * len(text)
    for t, o in out:
        if isinstance(o, Release):
            for k in range(o.start, o.end):
                assert t - arrivals[k] <= budget_ms / 1000 + TICK
        if isinstance(o, Withheld):
            for k in range(o.segment.start, o.segment.end):
                assert t - arrivals[k] <= budget_ms / 1000 + TICK


def test_annotate_mode_releases_nothing_itself_and_marks_the_reversed_claim():
    guard = TextGuard(GuardConfig(mode="annotate"), threshold=0.5)
    out = run(guard, words(ANSWER, 0.0, 0.01))
    assert released_text(out) == ""
    assert [o.segment.text for _, o in out if isinstance(o, Annotation)] == [CLAIM]


def test_observe_mode_records_reversal_without_outputs():
    guard = TextGuard(GuardConfig(mode="observe"), threshold=0.5)
    out = run(guard, words(ANSWER, 0.0, 0.01))
    assert out == []
    assert [r.claim.text for r in guard.reversals] == [CLAIM]


@pytest.mark.parametrize("policy,expected", [("release", "released"), ("withhold", "withheld")])
def test_deadline_policy_applies_when_verdict_is_late(policy, expected):
    guard = TextGuard(GuardConfig(mode="hold", hold_budget_ms=200, on_deadline=policy), threshold=0.5)
    # The reversal completes at ~0.25 s; its verdict comes 0.5 s later, after the claim's deadline.
    out = run(guard, [(0.0, "Yes, ibuprofen is safe. "), (0.15, "Actually, no: ibuprofen is not safe. "), (0.16, "Bye.")],
              verdict_delay=0.5)
    misses = [o for _, o in out if isinstance(o, DeadlineMiss)]
    assert misses and misses[0].action == expected and misses[0].segment.text == "Yes, ibuprofen is safe. "
    claim_released = "Yes, ibuprofen is safe. " in released_text(out)
    assert claim_released == (policy == "release")


def test_held_notice_names_deadline():
    guard = TextGuard(GuardConfig(mode="hold", hold_budget_ms=500), threshold=0.5)
    out = run(guard, [(0.0, "First sentence here. "), (0.1, "Second one.")])
    held = [o for _, o in out if isinstance(o, Held)]
    assert held and held[0].deadline == pytest.approx(0.5)


def test_everything_released_at_once_when_stream_ends_and_checks_are_done():
    guard = TextGuard(GuardConfig(mode="hold", hold_budget_ms=5000), threshold=0.5)
    out = run(guard, [(0.0, "One claim here. Another claim there.")])
    assert released_text(out) == "One claim here. Another claim there."
    assert max(t for t, o in out if isinstance(o, Release)) < 0.01


def test_buffer_bound_releases_held_text():
    guard = TextGuard(GuardConfig(mode="hold", hold_budget_ms=60000, max_buffer_chars=100), threshold=0.5)
    guard.feed("word " * 100, 0.0)
    out = guard.poll(0.001)
    assert sum(len(o.text) for o in out if isinstance(o, Release)) >= 400
    assert guard.stats.overflow_releases >= 1


@settings(max_examples=40, deadline=None)
@given(st.lists(st.integers(min_value=1, max_value=12), min_size=1, max_size=60), st.sampled_from([0, 40, 400]))
def test_hold_accounting_content_plus_withheld_is_upstream(cuts, budget_ms):
    guard = TextGuard(GuardConfig(mode="hold", hold_budget_ms=budget_ms), threshold=0.5)
    pieces, pos, t = [], 0, 0.0
    for n in cuts * 4:
        if pos >= len(ANSWER):
            break
        pieces.append((round(t, 6), ANSWER[pos:pos + n]))
        pos += n
        t += 0.007
    if pos < len(ANSWER):
        pieces.append((round(t, 6), ANSWER[pos:]))
    out = run(guard, pieces)
    covered = sorted([(o.start, o.end, o.text) for _, o in out if isinstance(o, Release)] +
                     [(o.segment.start, o.segment.end, o.segment.text) for _, o in out if isinstance(o, Withheld)])
    assert "".join(text for _, _, text in covered) == ANSWER
    assert all(a[1] == b[0] for a, b in zip(covered, covered[1:]))


def _checked_pairs(text: str) -> list[tuple[str, str]]:
    guard = TextGuard(GuardConfig(mode="observe"), threshold=0.5)
    guard.feed(text, 0.0)
    guard.finish(0.0)
    return [(p[0], p[1]) for c in guard.take_checks() for p in c.pairs]


def test_sibling_list_items_are_not_checked_against_each_other():
    text = ("Compound interest on $1,000 at 5%:\n\n- After year 1: the balance is $1,050.00.\n"
            "- After year 2: the balance is $1,102.50.\n- After year 3: the balance is $1,157.63.\n\n"
            "So the balance after year 3 is $1,157.63.\n")
    pairs = _checked_pairs(text)
    items = [p for p in pairs if p[0].startswith("- After") and p[1].startswith("- After")]
    assert items == []
    # a sentence after the list is still checked against the items it shares words with
    assert any(p[1].startswith("So the balance") and p[0].startswith("- After year 3") for p in pairs)


def test_list_item_announcing_a_correction_is_checked_against_its_siblings():
    text = "Steps:\n\n1. Preheat the oven to 180 degrees.\n2. Bake for 20 minutes.\n3. Actually, preheat the oven to 220 degrees.\n"
    pairs = _checked_pairs(text)
    assert ("1. Preheat the oven to 180 degrees.", "3. Actually, preheat the oven to 220 degrees.") in pairs


def test_a_verbatim_repeat_is_not_checked_against_what_it_repeats_but_a_changed_sign_is():
    text = ("The peaches are less expensive than the plums. The plums cost more than the figs. "
            "So the order is settled.\n\n- the peaches are  less expensive than the plums\n\n"
            "Let's calculate A = -10. Then A = 10.")
    pairs = _checked_pairs(text)
    first = "The peaches are less expensive than the plums."
    # the same statement again (case, spacing, a list marker and the stop aside) restates it
    assert not [p for p in pairs if p[0] == first and p[1] == "- the peaches are  less expensive than the plums"]
    # the repeat is still checked against the other claims, and a value that changes sign is still a candidate
    assert ("The plums cost more than the figs.", "- the peaches are  less expensive than the plums") in pairs
    assert ("Let's calculate A = -10.", "Then A = 10.") in pairs


def test_items_of_different_lists_are_checked():
    text = ("Monday:\n\n- The museum opens at 9 am.\n\nThe hours changed in May.\n\n"
            "Tuesday:\n\n- The museum opens at 11 am.\n")
    pairs = _checked_pairs(text)
    assert ("- The museum opens at 9 am.", "- The museum opens at 11 am.") in pairs


def test_a_sentence_introducing_a_list_is_neither_claim_nor_checked():
    text = ("The league had eight teams that season. The teams that took part in the season were:\n\n"
            "- Graz\n- Villach\n\nNo, not all of them finished the season:\n\n- Villach withdrew in January.\n")
    pairs = _checked_pairs(text)
    assert not [p for p in pairs if p[0].endswith("were:") or p[1].endswith("were:")]
    # a bare yes/no answer ending in a colon is still an answer
    assert any(p[1] == "No, not all of them finished the season:" for p in pairs)


QUIET_REV = "Ibuprofen is not safe in the third trimester of pregnancy. "  # the same reversal, announced by nothing


class PairTunedClassifier(KeywordClassifier):
    """Scores both reversals above 0.95; a pair threshold of 0.5, a stricter guard threshold and, when given, a
    correction threshold of its own (else the pair threshold serves)."""
    threshold = 0.5

    def __init__(self, guard_threshold: float, correction_threshold: float | None = None) -> None:
        super().__init__()
        self.guard_threshold = guard_threshold
        if correction_threshold is not None:
            self.correction_threshold = correction_threshold

    def score(self, earlier: str, later: str) -> float:
        return 0.95 if "not safe" in later and "safe" in earlier else 0.05


def test_scan_decides_at_the_classifier_guard_threshold_not_its_pair_threshold():
    from streamguard.scan import scan_records

    record = {"id": 1, "text": CLAIM + FILL + QUIET_REV + TAIL, "prompt": "Is ibuprofen safe in pregnancy?"}
    strict = next(scan_records([record], classifier=PairTunedClassifier(0.99)))
    lenient = next(scan_records([record], classifier=PairTunedClassifier(0.9)))
    assert strict["reversals"] == [] and len(lenient["reversals"]) == 1
    assert lenient["reversals"][0]["marked"] is False
    # an explicit threshold still wins over the model's own
    assert len(next(scan_records([record], classifier=PairTunedClassifier(0.99), threshold=0.9))["reversals"]) == 1


def test_a_sentence_announcing_a_correction_is_judged_at_the_models_correction_threshold():
    from streamguard.scan import scan_records

    record = {"id": 1, "text": ANSWER, "prompt": "Is ibuprofen safe in pregnancy?"}
    # a model without a correction threshold: its pair threshold (0.5) serves
    found = next(scan_records([record], classifier=PairTunedClassifier(0.99)))["reversals"]
    assert len(found) == 1 and found[0]["marked"] is True and found[0]["score"] == 0.95
    # a model's own correction threshold decides: 0.95 is under 0.97, over 0.9
    assert next(scan_records([record], classifier=PairTunedClassifier(0.99, correction_threshold=0.97)))["reversals"] == []
    assert len(next(scan_records([record], classifier=PairTunedClassifier(0.99, correction_threshold=0.9)))["reversals"]) == 1
    # the user can judge it like any other sentence
    strict = GuardConfig(mode="annotate", correction_threshold=0.99)
    assert next(scan_records([record], classifier=PairTunedClassifier(0.99), config=strict))["reversals"] == []


def test_the_correction_threshold_never_raises_the_bar():
    guard = TextGuard(GuardConfig(mode="annotate"), threshold=0.9, correction_threshold=0.97)
    guard.feed(ANSWER, 0.0)
    guard.finish(0.0)
    for check in guard.take_checks():
        guard.on_verdict(check, [0.93 if check.segment.text.strip() == REV.strip() else 0.0] * len(check.pairs), 0.0)
    # 0.93 is under the correction threshold given, but at the guard's own: still a reversal
    assert {r.segment.text.strip() for r in guard.reversals} == {REV.strip()}


@pytest.mark.parametrize("text, announces", [
    ("Correction: the dose is 200 mg.", True), ("Wait, I misspoke: it is 4.", True), ("Actually, no.", True),
    ("3. Actually, preheat to 220 degrees.", True), ("Sorry, I got that wrong.", True), ("No, it is not safe.", True),
    ("Wait until the oil is hot.", False), ("Waiting ten years halves the balance.", False),
    ("Waitangi Day is a public holiday.", False), ("Actually tailoring the letter is what works.", False),
    ("Correctional officers work in shifts.", False), ("**Wait for a decision.**", False),
    ("Hmm, actually, 0.65 is the larger number.", True), ("My mistake \u2014 it is 4.", True),
    ("Wait\u2026 I misspoke.", True), ("That\u2019s not right: it is 4.", True), ("Corrections: two dates.", True),
    ("Actually no one has climbed it in winter.", False), ("Wait no longer: book today.", False),
    ("Wait-listed applicants hear in May.", False), ("Correction fluid dries fast.", False),
    ("To correct for inflation, divide by the CPI.", False), ("Sorry to hear about your loss.", False),
    ("Let me fix the formatting below.", False),
])
def test_which_sentences_announce_a_correction(text, announces):
    from streamguard.claims import has_correction_marker

    assert has_correction_marker(text) is announces
