"""Fast checks of the classifier's training data (loaders, generator, split). Skipped without ../shared/data."""
from __future__ import annotations

import pytest

from streamguard.training.data import default_data_dir, detokenize, load_cad_snli, load_mnli_binary, pair_key
from streamguard.training.dataset import build_dataset, group_key
from streamguard.training.generate import CATEGORIES, generate, perturb
from streamguard.training.facts import fact_pairs
from streamguard.training.swap import value_swaps

DATA = default_data_dir()
needs_data = pytest.mark.skipif(not (DATA / "cad_snli").is_dir(), reason="../shared/data not present")

SMALL = dict(scale=0.04, max_prose_files=25)


@pytest.fixture(scope="module")
def gen_small():
    return generate(seed=13, **SMALL)


def test_detokenize_snli():
    assert detokenize("Two women are holding to go packages .") == "Two women are holding to go packages."
    assert detokenize("The man ca n't find his dog 's ball , sadly .") == "The man can't find his dog's ball, sadly."
    assert detokenize("A sign says `` HELP ME '' on it .") == 'A sign says "HELP ME" on it.'
    assert detokenize("It 's 50 % off ( today ) !") == "It's 50% off (today)!"
    assert detokenize("The players ' ball is red .") == "The players' ball is red."


def test_generate_deterministic(gen_small):
    again = generate(seed=13, **SMALL)
    assert again == gen_small
    other = generate(seed=14, **SMALL)
    assert other != gen_small


def test_record_shape(gen_small):
    for r in gen_small:
        assert set(r) == {"question", "earlier", "later", "label", "source"}
        assert r["label"] in (0, 1)
        assert r["source"].startswith("gen:")
        assert r["earlier"].strip() and r["later"].strip()
        assert r["question"] is None or r["question"].strip()
        assert r["earlier"] != r["later"] or r["label"] == 0


def test_every_category_present(gen_small):
    sources = {r["source"] for r in gen_small}
    prose_cats = {c for c in CATEGORIES if c.startswith("prose_")}
    from streamguard.training.prose import load_prose

    have_prose = bool(load_prose(max_files=SMALL["max_prose_files"], verbose=False))
    for c in CATEGORIES:
        if c in prose_cats and not have_prose:
            continue
        assert f"gen:{c}" in sources, c


def test_labels_match_categories_and_balance(gen_small):
    pos = 0
    for r in gen_small:
        assert r["label"] == CATEGORIES[r["source"][4:]][0]
        pos += r["label"]
    rate = pos / len(gen_small)
    assert 0.33 <= rate <= 0.50, rate


def test_no_duplicate_pairs(gen_small):
    keys = [pair_key(r) for r in gen_small]
    assert len(keys) == len(set(keys))


def test_perturb_changes_sentence():
    import random

    rng = random.Random(0)
    s = "The module was added in Python 3.4 and is always available."
    for _ in range(20):
        out = perturb(rng, s)
        assert out is not None and out[0] != s


@needs_data
def test_loaders_labels():
    cad = load_cad_snli()
    assert len(cad) > 10000 and {r["label"] for r in cad} == {0, 1}
    mnli = load_mnli_binary()
    assert len(mnli) == 2000 and sum(r["label"] for r in mnli) == 679


@needs_data
def test_build_dataset_split_disjoint():
    kw = dict(seed=13, verbose=False, **SMALL)
    train, dev = build_dataset(human_sources=["cad_snli", "mnli_binary"], **kw)
    assert {pair_key(r) for r in train}.isdisjoint({pair_key(r) for r in dev})
    assert {group_key(r) for r in train}.isdisjoint({group_key(r) for r in dev})
    assert not any(r["source"] == "mnli_binary" for r in train)
    n_cad_dev = sum(r["source"] == "cad_snli" for r in dev)
    n_cad = n_cad_dev + sum(r["source"] == "cad_snli" for r in train)
    assert 0.02 < n_cad_dev / n_cad < 0.09
    gdev = sum(r["source"].startswith("gen:") for r in dev)
    assert gdev > 0


def _human(earlier: str, later: str, label: int = 0, source: str = "snli") -> dict:
    return {"question": None, "earlier": earlier, "later": later, "label": label, "source": source}


def test_value_swap_changes_only_a_value_both_sides_share():
    base = [_human("Two men in red shirts play soccer in Madrid in 1998.", "Two men in red play soccer in 1998."),
            _human("A dog runs.", "A cat sleeps.", label=0),  # nothing shared: no edit
            _human("A woman sings.", "A woman is singing loudly.", label=1)]  # contradictions are not edited
    out = value_swaps(base, seed=1)
    assert len(out) == 1
    r = out[0]
    assert r["earlier"] == base[0]["earlier"] and r["label"] == 1 and r["source"] == "gen:nli_value_swap"
    before, after = base[0]["later"].split(), r["later"].split()
    changed = [(a, b) for a, b in zip(before, after) if a != b]
    assert len(before) == len(after) and len(changed) == 1
    old, new = changed[0]
    assert old.strip(".") in base[0]["earlier"] and new.strip(".") not in base[0]["earlier"]


def test_value_swap_never_picks_a_value_the_scene_already_holds():
    base = [_human("Several men and women stand at a crosswalk.", f"{n} men are standing.") for n in ("Some", "Many", "Few")]
    for r in value_swaps(base, seed=3):
        assert "women" not in r["later"]  # "men and women" already holds the other value: not a contradiction


def test_value_swap_deterministic_and_capped():
    base = [_human(f"A man in a blue coat walks {k} dogs in 2001.", f"A man walks {k} dogs.") for k in range(2, 40)]
    a, b = value_swaps(base, seed=5, limit=10), value_swaps(base, seed=5, limit=10)
    assert a == b and len(a) == 10


def test_fact_pairs_deterministic_labelled_and_distinct():
    a, b = fact_pairs(seed=13, scale=0.02), fact_pairs(seed=13, scale=0.02)
    assert a == b
    by = {}
    for r in a:
        by.setdefault(r["source"], set()).add(r["label"])
        assert r["earlier"] != r["later"] and r["earlier"].endswith(".") and r["later"].endswith(".")
    assert by == {"gen:fact_conflict": {1}, "gen:fact_agree": {0}, "gen:fact_other": {0}, "gen:place_conflict": {1},
                  "gen:place_agree": {0}, "gen:place_other": {0}, "gen:other_subject": {0}}


def test_fact_conflict_changes_a_value_the_two_sentences_share():
    import random
    import re

    from streamguard.training.facts import FIELDS, JOBS, cat_fact_conflict

    def tokens(s: str) -> set[str]:  # years, counts, names, places, fields and professions
        return set(re.findall(r"\b(?:\d+|[A-Z][a-z]+)\b", s)) | {w for w in (*FIELDS, *JOBS.values()) if w in s}

    rng = random.Random(7)
    for _ in range(300):
        _, earlier, later = cat_fact_conflict(rng)
        # the changed value: the later sentence holds a value token the earlier does not
        assert tokens(later) - tokens(earlier) - {"He", "She", "In", "Over", "From", "After", "The", "Her", "His"}, (earlier, later)


def test_place_conflict_changes_a_value_the_two_sentences_share():
    import random
    import re

    from streamguard.training.facts import PLACE, conflict
    from streamguard.training.places import BUYERS, STYLES, USES_NOW, USES_ORIG

    phrases = (*BUYERS, *STYLES, *USES_NOW, *USES_ORIG)

    def values(s: str) -> set[str]:  # numbers, names, places, buyers, styles and uses
        return set(re.findall(r"\b(?:\d[\d,]*|[A-Z][a-z]+)\b", s)) | {p for p in phrases if p in s}

    rng = random.Random(11)
    for _ in range(300):
        _, earlier, later = conflict(rng, PLACE)
        assert values(later) - values(earlier) - {"It", "In", "Today", "Designed", "The"}, (earlier, later)


def test_other_subject_pairs_name_two_different_subjects_in_full():
    import random

    from streamguard.training.facts import other_subject, PERSON, PLACE

    rng = random.Random(5)
    for kind in (PERSON, PLACE):
        for _ in range(200):
            _, earlier, later = other_subject(rng, kind)
            assert not later.startswith(("He ", "She ", "It ", "The bridge", "The tower")), later
            assert earlier.split(" ")[:3] != later.split(" ")[:3], (earlier, later)


def test_fact_records_never_move_an_event_into_the_future():
    import re

    years = [int(y) for r in fact_pairs(seed=13, scale=0.1) for s in (r["earlier"], r["later"])
             for y in re.findall(r"\b(?:in|until|from|to|between|and|since) (1[5-9]\d\d|2\d\d\d)\b", s)]
    assert years and max(years) <= 2026
