"""Training/dev sets for the contradiction classifier: shared NLI data + generated chat-style pairs.

    from streamguard.training.dataset import build_dataset
    train, dev = build_dataset(seed=13)        # lists of {"question","earlier","later","label","source"}

``python -m streamguard.training.dataset --stats`` prints counts, positive rates and examples per category.

Split: about 5% of every source goes to dev, chosen by hashing a *group key* with a fixed salt (independent of
``seed``, so dev is stable): for the human-labelled NLI sources the normalized premise (all hypotheses of one
premise stay together), for generated pairs the normalized question+pair with digits removed (number variants of
one fact stay together). ``mnli_binary`` (MultiNLI dev-matched sample) goes entirely to dev by default, as its
SOURCE.md advises; any train pair whose group key also occurs in dev is dropped.
"""
from __future__ import annotations

import argparse
import hashlib
import random
import re
import sys
import time
from collections import defaultdict

from .data import dedupe, load_all, norm
from .generate import CATEGORIES, examples, generate
from .facts import FACT_CATEGORIES, fact_pairs
from .swap import value_swaps

DEV_PERCENT = 5
_SALT = "streamguard-dev-v1"
DEFAULT_GEN_SCALE = 0.7  # generated pairs per category relative to generate.CATEGORIES (the shipped recipe)
DEFAULT_SWAP_PAIRS = 9000  # contradictions derived from human pairs (swap.py)
LABELS_BY_CATEGORY = {name: spec[0] for name, spec in {**CATEGORIES, **FACT_CATEGORIES}.items()}
HUMAN_SOURCES = ("snli", "cad_snli", "taxinli", "breaking_nli", "mnli_binary")


def group_key(r: dict) -> str:
    if r["source"] == "gen:nli_value_swap":  # stays on the side of the human premise it was made from
        return norm(r["earlier"])
    if r["source"].startswith("gen:"):
        return re.sub(r"\d+", "#", "|".join((norm(r.get("question")), norm(r["earlier"]), norm(r["later"]))))
    return norm(r["earlier"])


def is_dev(r: dict, percent: int = DEV_PERCENT) -> bool:
    h = hashlib.md5(f"{_SALT}:{group_key(r)}".encode("utf-8")).digest()
    return int.from_bytes(h[:4], "big") % 1000 < percent * 10


def build_dataset(seed: int = 13, data_dir=None, *, scale: float = DEFAULT_GEN_SCALE, prose: bool = True,
                  mnli_binary_to_dev: bool = True, human_sources=None, max_prose_files: int = 600,
                  swap_pairs: int = DEFAULT_SWAP_PAIRS, verbose: bool = True) -> tuple[list[dict], list[dict]]:
    """Return ``(train, dev)``. Deterministic for the same arguments; train is shuffled with ``seed``.

    ``scale`` multiplies the generated category sizes; ``human_sources`` restricts the shared-data loaders
    (default: all of :data:`streamguard.training.data.LOADERS`); ``swap_pairs`` caps the contradictions made
    by changing a shared value in a human pair (:mod:`streamguard.training.swap`; 0 = none).
    """
    t0 = time.time()
    human = load_all(data_dir, sources=human_sources)
    gen = generate(seed=seed, scale=scale, prose=prose, max_prose_files=max_prose_files) + fact_pairs(seed=seed, scale=scale)
    # the MultiNLI dev sample is evaluation only: nothing is derived from it
    swaps = value_swaps([r for r in human if r["source"] != "mnli_binary"], seed=seed, limit=swap_pairs) if swap_pairs else []
    allrecs = dedupe(human + gen + swaps)
    dev, train = [], []
    for r in allrecs:
        if (mnli_binary_to_dev and r["source"] == "mnli_binary") or is_dev(r):
            dev.append(r)
        else:
            train.append(r)
    dev_groups = {group_key(r) for r in dev}
    train = [r for r in train if group_key(r) not in dev_groups]
    random.Random(seed).shuffle(train)
    if verbose:
        print(format_stats(train, dev), file=sys.stderr)
        print(f"build_dataset: {len(train)} train / {len(dev)} dev in {time.time() - t0:.1f}s", file=sys.stderr)
    return train, dev


def format_stats(train: list[dict], dev: list[dict]) -> str:
    rows = defaultdict(lambda: [0, 0, 0, 0])
    for r in train:
        rows[r["source"]][0] += 1
        rows[r["source"]][1] += r["label"]
    for r in dev:
        rows[r["source"]][2] += 1
        rows[r["source"]][3] += r["label"]
    order = [s for s in HUMAN_SOURCES if s in rows] + sorted(s for s in rows if s not in HUMAN_SOURCES)
    lines = [f"{'source':34s} {'train':>7s} {'pos%':>6s} {'dev':>6s} {'pos%':>6s}"]
    tot = [0, 0, 0, 0]
    gtot = [0, 0, 0, 0]
    for s in order:
        n, p, dn, dp = rows[s]
        lines.append(f"{s:34s} {n:7d} {100 * p / max(n, 1):6.1f} {dn:6d} {100 * dp / max(dn, 1):6.1f}")
        for i in range(4):
            tot[i] += rows[s][i]
            if s.startswith("gen:"):
                gtot[i] += rows[s][i]
    lines.append(f"{'generated (all gen:*)':34s} {gtot[0]:7d} {100 * gtot[1] / max(gtot[0], 1):6.1f} {gtot[2]:6d} {100 * gtot[3] / max(gtot[2], 1):6.1f}")
    lines.append(f"{'TOTAL':34s} {tot[0]:7d} {100 * tot[1] / max(tot[0], 1):6.1f} {tot[2]:6d} {100 * tot[3] / max(tot[2], 1):6.1f}")
    return "\n".join(lines)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(prog="python -m streamguard.training.dataset")
    ap.add_argument("--stats", action="store_true", help="print counts per source and examples per category")
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--data-dir", default=None)
    ap.add_argument("--scale", type=float, default=DEFAULT_GEN_SCALE)
    ap.add_argument("--examples", type=int, default=3)
    args = ap.parse_args(argv)
    train, dev = build_dataset(seed=args.seed, data_dir=args.data_dir, scale=args.scale, verbose=False)
    print(format_stats(train, dev))
    if args.stats:
        print()
        for src, exs in examples(train + dev, k=args.examples, seed=args.seed).items():
            if not src.startswith("gen:"):
                continue
            label = LABELS_BY_CATEGORY.get(src[4:], 1)  # nli_value_swap pairs are all contradictions
            print(f"== {src}  (label {label})")
            for e in exs:
                q = f"Q: {e['question']}  " if e["question"] else ""
                print(f"   {q}[{e['earlier']}] -> [{e['later']}]")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
