"""Training pairs cut from whole answers: the labelled pair is the only positive, nothing else that touches the
reversal sentence is trained on, and the negatives are pairs the guard really checks."""
from __future__ import annotations

import pytest

from streamguard.training.answers import answer_pairs, checked_pairs

CONSISTENT = {
    "prompt": "How much water does a marathon runner need?",
    "text": ("Most marathon runners need about 400 to 800 ml of water per hour of running. "
             "A runner finishing in four hours therefore drinks roughly 1.6 to 3.2 litres over the race. "
             "Heavier runners and hot days push the need toward the upper end of that range. "
             "Drinking far more than you sweat can dilute the blood's sodium, so more water is not always better. "
             "In short, drink to thirst, roughly 400 to 800 ml an hour, and weigh yourself after long runs."),
    "label": "consistent", "category": "consistent_numbers", "claim": None, "reversal": None,
}


def _reversal(text: str, claim: str, reversal: str, prompt: str = "Can I take ibuprofen with food?") -> dict:
    a, c = text.index(claim), text.index(reversal)
    return {"prompt": prompt, "text": text, "label": "reversal", "category": "number_change",
            "claim": [a, a + len(claim)], "reversal": [c, c + len(reversal)]}


REVERSAL = _reversal(
    "Yes, ibuprofen can be taken with food, and adults usually take 200 to 400 mg every four to six hours. "
    "Taking it with a meal protects the stomach lining. "
    "The maximum daily dose without a prescription is 1,200 mg. "
    "Ibuprofen tablets are sold in 200 mg strengths at most pharmacies. "
    "To stay safe, never take more than 3,200 mg in a day without a prescription.",
    "The maximum daily dose without a prescription is 1,200 mg.",
    "To stay safe, never take more than 3,200 mg in a day without a prescription.")


def _spans(record: dict) -> tuple[str, str]:
    (a, b), (c, d) = record["claim"], record["reversal"]
    return record["text"][a:b], record["text"][c:d]


def test_a_consistent_answer_gives_only_negatives_and_only_pairs_the_guard_checks():
    checked = {pair[:2] for _, _, pair in checked_pairs(CONSISTENT)}
    pairs = answer_pairs([CONSISTENT], max_negatives=100)
    assert checked and len(pairs) == len(checked)
    assert all(r["label"] == 0 and (r["earlier"], r["later"]) in checked for r in pairs)
    assert all(r["source"] == "answer:consistent_numbers" for r in pairs)


def test_the_labelled_pair_is_the_one_positive_and_no_other_pair_with_the_reversal_sentence_is_kept():
    claim, reversal = _spans(REVERSAL)
    pairs = answer_pairs([REVERSAL], max_negatives=100)
    positives = [r for r in pairs if r["label"] == 1]
    assert [(r["earlier"], r["later"]) for r in positives] == [(claim, reversal)]
    negatives = [r for r in pairs if r["label"] == 0]
    assert negatives and all(reversal not in (r["earlier"], r["later"]) for r in negatives)


def test_a_labelled_pair_the_guard_would_not_check_is_still_a_positive():
    record = _reversal("Paris is the capital of France. Lyon hosts the national government.",
                       "Paris is the capital of France.", "Lyon hosts the national government.", prompt=None)
    assert not checked_pairs(record)  # no shared content word, no marker, no question: the guard skips it
    assert answer_pairs([record]) == [{"question": None, "earlier": "Paris is the capital of France.",
                                       "later": "Lyon hosts the national government.", "label": 1,
                                       "source": "answer:number_change"}]


@pytest.mark.parametrize("cap", [0, 1, 3])
def test_negatives_are_capped_per_answer_by_a_seeded_choice(cap):
    pairs = answer_pairs([CONSISTENT, REVERSAL], max_negatives=cap)
    assert sum(r["label"] == 0 for r in pairs) <= 2 * cap and sum(r["label"] == 1 for r in pairs) == 1
    assert answer_pairs([CONSISTENT, REVERSAL], max_negatives=cap) == pairs


def test_an_edited_copy_of_an_answer_adds_its_one_positive_and_repeats_no_negative():
    """A consistent answer and a copy with one sentence rewritten to contradict an earlier one: the pair of that
    earlier sentence with the original sentence stays a negative, the rewritten one is the one new pair."""
    original = "In short, drink to thirst, roughly 400 to 800 ml an hour, and weigh yourself after long runs."
    rewritten = "In short, drink to thirst, roughly 1.5 to 2 litres an hour, and weigh yourself after long runs."
    claim = "Most marathon runners need about 400 to 800 ml of water per hour of running."
    edited = _reversal(CONSISTENT["text"].replace(original, rewritten), claim, rewritten, prompt=CONSISTENT["prompt"])
    alone = answer_pairs([CONSISTENT], max_negatives=100)
    both = answer_pairs([CONSISTENT, edited], max_negatives=100)
    assert both[:len(alone)] == alone and (claim, original) in {(r["earlier"], r["later"]) for r in alone}
    assert [(r["earlier"], r["later"], r["label"]) for r in both[len(alone):]] == [(claim, rewritten, 1)]


def test_each_edited_training_answer_is_its_consistent_original_with_only_the_reversal_sentence_rewritten():
    from streamguard.training.answers import training_answers

    records = training_answers()
    by_id = {r["id"]: r for r in records}
    edited = [r for r in records if r.get("edit_of")]
    assert len(edited) >= 500
    for r in edited:
        original = by_id[r["edit_of"]]
        assert original["label"] == "consistent" and r["label"] == "reversal" and r["prompt"] == original["prompt"]
        (c, d) = r["reversal"]
        head, tail = r["text"][:c], r["text"][d:]
        assert original["text"].startswith(head) and original["text"].endswith(tail), r["id"]
        assert original["text"][c:len(original["text"]) - len(tail)] != r["text"][c:d], r["id"]
