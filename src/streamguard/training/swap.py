"""Contradictions with a natural second phrasing: change a value that a human-written pair shares.

A human-labelled premise P and a hypothesis H that does *not* contradict it (entailment or neutral) are two
differently phrased sentences about one scene. When a value occurs in both (a number, a year, a colour, a
name, a month, "man"/"woman"...), replacing it in H alone makes H' assert a different value for the same
slot: (P, H') contradicts, while (P, H) stays in the data as the non-contradiction beside it.

Why this matters: template and single-sentence edits give contradictions whose two sides share one frame
word for word, so a model learns "near-identical sentences that differ in one token" instead of "the same
slot holds a different value". Answers that reverse themselves rephrase ("It was founded in 1929" ... "The
college, founded by the Daughters of Charity in 1916, ..."); these pairs teach that case.

Only the later side is edited, and only a value present in both sides, so the edit always lands in the
shared slot. Deterministic for a given seed and input order.
"""
from __future__ import annotations

import random
import re
from collections.abc import Iterable

from .generate import other_num, other_year

Record = dict

_GROUPS: list[list[str]] = [
    ["red", "blue", "green", "yellow", "black", "white", "orange", "purple", "pink", "brown", "gray"],
    ["man", "woman"], ["men", "women"], ["boy", "girl"], ["boys", "girls"], ["male", "female"],
    ["father", "mother"], ["husband", "wife"], ["son", "daughter"], ["brother", "sister"],
    ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
     "November", "December"],
    ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    ["American", "British", "French", "German", "Italian", "Spanish", "Chinese", "Japanese", "Russian", "Indian",
     "Mexican", "Canadian", "Irish", "Greek", "Dutch", "Swedish", "Polish", "Brazilian", "Korean", "Egyptian"],
    ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "twelve", "twenty"],
    ["first", "second", "third", "fourth", "fifth", "last"],
    ["north", "south", "east", "west"], ["northern", "southern", "eastern", "western"],
    ["morning", "afternoon", "evening", "night"], ["summer", "winter", "spring", "autumn"],
    ["indoors", "outdoors"], ["inside", "outside"], ["sitting", "standing", "lying"], ["young", "old", "elderly"],
    ["empty", "full", "crowded"], ["dog", "cat", "horse"], ["dogs", "cats", "horses"],
    ["guitar", "violin", "piano", "drums", "trumpet"], ["soccer", "basketball", "baseball", "tennis", "football"],
    ["beach", "mountain", "desert", "forest", "city"], ["increase", "decrease"], ["increased", "decreased"],
    ["higher", "lower"], ["more", "less"], ["before", "after"], ["won", "lost"], ["open", "closed"],
    ["cheaper", "more expensive"], ["larger", "smaller"], ["always", "never"],
]
_GROUP_OF = {w: g for g in _GROUPS for w in g}
_WORD = re.compile(r"[A-Za-z][A-Za-z'-]*")
_NUMBER = re.compile(r"(?<![\w.,])(\d{1,3}(?:,\d{3})+|\d+)(?![\w]|[.,]\d)")
_STOP_CAPS = {"I", "The", "A", "An", "It", "He", "She", "They", "We", "You", "This", "That", "There", "In", "On",
              "At", "Mr", "Mrs", "Ms", "Dr", "And", "But", "Or", "If", "As", "Of", "For"}


def _proper_nouns(text: str) -> set[str]:
    """Capitalised words that are not sentence-initial (names, places, organisations)."""
    out = set()
    for m in _WORD.finditer(text):
        w = m.group(0)
        if m.start() == 0 or w in _STOP_CAPS or not w[0].isupper() or w.isupper():
            continue
        if text[:m.start()].rstrip().endswith((".", "!", "?", ":", '"')):
            continue
        out.add(w)
    return out


def _candidates(p: str, h: str, names: list[str], rng: random.Random) -> list[tuple[int, int, str, str]]:
    """(start, end, old, new) edits of ``h`` that change a value shared with ``p``."""
    edits = []
    p_nums = {m.group(1) for m in _NUMBER.finditer(p)}
    for m in _NUMBER.finditer(h):
        s = m.group(1)
        if s not in p_nums:
            continue
        v = int(s.replace(",", ""))
        w = other_year(rng, v) if 1500 <= v <= 2100 and "," not in s else other_num(rng, v, 0)
        new = f"{w:,}" if "," in s else str(w)
        edits.append((m.start(1), m.end(1), s, new))
    p_words = {m.group(0) for m in _WORD.finditer(p)}
    p_lower = {w.lower() for w in p_words}
    p_names = _proper_nouns(p)
    for m in _WORD.finditer(h):
        w = m.group(0)
        key = w if w in _GROUP_OF else w.lower()
        group = _GROUP_OF.get(key)
        if group and key.lower() in p_lower:
            # a scene that already holds the other value ("men and women") is not contradicted by it
            options = [x for x in group if x != key and x.lower() not in p_lower]
            if not options:
                continue
            new = rng.choice(options)
            if w[0].isupper() and new[0].islower():
                new = new[0].upper() + new[1:]
            edits.append((m.start(), m.end(), w, new))
        elif w in p_names and m.start() > 0 and names:
            new = rng.choice(names)
            if new != w and new not in p_words:
                edits.append((m.start(), m.end(), w, new))
    return edits


def value_swaps(records: Iterable[Record], *, seed: int = 13, limit: int | None = None) -> list[Record]:
    """Contradiction pairs made from non-contradicting human pairs by changing one shared value in the later side.

    Pairs with a question (chat context) are left alone: their values are the question's, not the scene's.
    """
    rng = random.Random(f"{seed}:value_swap")
    base = [r for r in records if r["label"] == 0 and not r.get("question")]
    names = sorted({n for r in base for n in _proper_nouns(r["earlier"]) | _proper_nouns(r["later"])})
    out: list[Record] = []
    for r in base:
        p, h = r["earlier"], r["later"]
        edits = _candidates(p, h, names, rng)
        if not edits:
            continue
        start, end, _, new = rng.choice(edits)
        h2 = h[:start] + new + h[end:]
        if h2 == h:
            continue
        out.append({"question": None, "earlier": p, "later": h2, "label": 1, "source": "gen:nli_value_swap",
                    "swapped_from": r["source"]})
    rng.shuffle(out)
    return out[:limit] if limit else out
