"""Loaders for the human-labelled NLI pairs in ``../shared/data`` (beside the repository).

Every loader returns records of one shape::

    {"question": str | None, "earlier": str, "later": str, "label": int, "source": str}

``label`` is 1 for contradiction and 0 for entailment/neutral. ``earlier`` is the premise, ``later`` the
hypothesis. The data directory defaults to ``<repo>/../shared/data`` and can be overridden with the
``STREAMGUARD_DATA`` environment variable or the ``data_dir`` argument. ``../shared/eval`` is never read.

Sources (see each folder's SOURCE.md):

* ``snli``      - snli_esnli/snli_{dev,test}.jsonl, tokens re-joined into natural text.
* ``cad_snli``  - cad_snli/all_combined__{train,dev,test}.tsv only (the other files are subsets of it).
* ``taxinli``   - taxinli/taxinli10k.tsv.gz (``label`` column = MNLI gold); the ``_MNLIDev`` file is a subset.
* ``breaking_nli`` - breaking_nli/breaking_nli.jsonl.
* ``mnli_binary``  - mnli_dev_binary/mnli_dev_matched_binary_42.csv (1 = contradiction).

``build_dataset`` (in :mod:`streamguard.training.dataset`) combines these with generated pairs.
"""
from __future__ import annotations

import csv
import gzip
import json
import os
import re
from pathlib import Path
from typing import Iterable, Iterator

Record = dict

LABELS = {"contradiction": 1, "entailment": 0, "neutral": 0}


def default_data_dir() -> Path:
    env = os.environ.get("STREAMGUARD_DATA")
    if env:
        return Path(env)
    return Path(__file__).resolve().parents[3].parent / "shared" / "data"


def _dir(data_dir) -> Path:
    return Path(data_dir) if data_dir is not None else default_data_dir()


# --------------------------------------------------------------------------------------------
# Detokenization of whitespace-tokenized SNLI text
# --------------------------------------------------------------------------------------------
_SPACE_BEFORE = re.compile(r"\s+([.,!?;:%)\]}])")
_SPACE_AFTER = re.compile(r"([(\[{$#])\s+")
_CLITIC = re.compile(r"\s+(n't|'s|'re|'ve|'ll|'d|'m)(?=\s|$|[.,!?;:])", re.IGNORECASE)
_PLURAL_POSS = re.compile(r"(\ws) '(?=\s)")
_DQUOTE = re.compile(r'"\s*(.*?)\s*"')
_MULTISPACE = re.compile(r"\s{2,}")


def detokenize(text: str) -> str:
    """Re-join space-separated tokens: ``"packages ."`` -> ``"packages."``, ``"do n't"`` -> ``"don't"``."""
    t = " ".join(text.split())
    t = re.sub(r"``\s*", '"', t)
    t = re.sub(r"\s*''", '"', t)
    t = _CLITIC.sub(r"\1", t)
    t = _PLURAL_POSS.sub(r"\1'", t)
    t = re.sub(r"\b(ca|wo|do|does|did|is|are|was|were|has|have|had|could|should|would|must|need) n't\b", r"\1n't", t,
               flags=re.IGNORECASE)
    t = _SPACE_BEFORE.sub(r"\1", t)
    t = _SPACE_AFTER.sub(r"\1", t)
    t = re.sub(r"\s+-\s+(?=\w)", " - ", t)
    # balanced double quotes: "  foo  " -> "foo"
    if t.count('"') % 2 == 0 and t.count('"'):
        t = _DQUOTE.sub(lambda m: '"' + m.group(1) + '"', t)
    t = _SPACE_BEFORE.sub(r"\1", t)
    t = _MULTISPACE.sub(" ", t).strip()
    return t


def clean(text: str) -> str:
    return " ".join(str(text).split())


def _rec(earlier: str, later: str, label: int, source: str, question: str | None = None) -> Record:
    return {"question": question, "earlier": earlier, "later": later, "label": int(label), "source": source}


# --------------------------------------------------------------------------------------------
# Per-source loaders
# --------------------------------------------------------------------------------------------
def load_snli(data_dir=None) -> list[Record]:
    d = _dir(data_dir) / "snli_esnli"
    out = []
    for name in ("snli_dev.jsonl", "snli_test.jsonl"):
        p = d / name
        if not p.exists():
            continue
        with p.open(encoding="utf-8") as f:
            for line in f:
                if not line.strip():
                    continue
                r = json.loads(line)
                lab = LABELS.get(r.get("label"))
                if lab is None:
                    continue
                out.append(_rec(detokenize(r["premise"]), detokenize(r["hypothesis"]), lab, "snli"))
    return out


def load_cad_snli(data_dir=None) -> list[Record]:
    d = _dir(data_dir) / "cad_snli"
    out = []
    for split in ("train", "dev", "test"):
        p = d / f"all_combined__{split}.tsv"
        if not p.exists():
            continue
        with p.open(encoding="utf-8", newline="") as f:
            for row in csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE):
                lab = LABELS.get((row.get("gold_label") or "").strip())
                s1, s2 = clean(row.get("sentence1") or ""), clean(row.get("sentence2") or "")
                if lab is None or not s1 or not s2:
                    continue
                out.append(_rec(s1, s2, lab, "cad_snli"))
    return out


def load_taxinli(data_dir=None) -> list[Record]:
    p = _dir(data_dir) / "taxinli" / "taxinli10k.tsv.gz"
    out = []
    if not p.exists():
        return out
    with gzip.open(p, "rt", encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE):
            lab = LABELS.get((row.get("label") or "").strip())
            s1, s2 = clean(row.get("prem") or ""), clean(row.get("hyp") or "")
            if lab is None or not s1 or not s2:
                continue
            out.append(_rec(s1, s2, lab, "taxinli"))
    return out


def load_breaking_nli(data_dir=None) -> list[Record]:
    p = _dir(data_dir) / "breaking_nli" / "breaking_nli.jsonl"
    out = []
    if not p.exists():
        return out
    with p.open(encoding="utf-8") as f:
        for line in f:
            if not line.strip():
                continue
            r = json.loads(line)
            lab = LABELS.get(r.get("gold_label"))
            if lab is None:
                continue
            out.append(_rec(clean(r["sentence1"]), clean(r["sentence2"]), lab, "breaking_nli"))
    return out


def load_mnli_binary(data_dir=None) -> list[Record]:
    p = _dir(data_dir) / "mnli_dev_binary" / "mnli_dev_matched_binary_42.csv"
    out = []
    if not p.exists():
        return out
    with p.open(encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            s1, s2 = clean(row.get("sentence1") or ""), clean(row.get("sentence2") or "")
            try:
                lab = int(str(row.get("label")).strip())
            except ValueError:
                continue
            if not s1 or not s2 or lab not in (0, 1):
                continue
            out.append(_rec(s1, s2, lab, "mnli_binary"))
    return out


LOADERS = {
    "snli": load_snli,
    "cad_snli": load_cad_snli,
    "taxinli": load_taxinli,
    "breaking_nli": load_breaking_nli,
    "mnli_binary": load_mnli_binary,
}


# --------------------------------------------------------------------------------------------
# Dedupe helpers
# --------------------------------------------------------------------------------------------
_NORM = re.compile(r"[^a-z0-9]+")


def norm(text: str | None) -> str:
    return _NORM.sub(" ", (text or "").lower()).strip()


def pair_key(r: Record) -> tuple[str, str, str]:
    return (norm(r.get("question")), norm(r["earlier"]), norm(r["later"]))


def dedupe(records: Iterable[Record]) -> list[Record]:
    """Keep the first occurrence of each (question, earlier, later); drop keys seen with conflicting labels."""
    first: dict[tuple, Record] = {}
    conflict: set[tuple] = set()
    order: list[tuple] = []
    for r in records:
        k = pair_key(r)
        if not k[1] or not k[2] or k[1] == k[2] and r["label"] == 1:
            continue
        if k in first:
            if first[k]["label"] != r["label"]:
                conflict.add(k)
            continue
        first[k] = r
        order.append(k)
    return [first[k] for k in order if k not in conflict]


def load_all(data_dir=None, sources: Iterable[str] | None = None) -> list[Record]:
    """All human-labelled pairs from the shared data, deduplicated across sources (first source wins)."""
    recs: list[Record] = []
    for name in (sources or LOADERS):
        recs.extend(LOADERS[name](data_dir))
    return dedupe(recs)


def iter_sources(records: Iterable[Record]) -> Iterator[str]:
    seen = []
    for r in records:
        if r["source"] not in seen:
            seen.append(r["source"])
            yield r["source"]
