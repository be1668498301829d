"""Which earlier claims a new segment is checked against.

Checking every earlier sentence is what made per-answer false alarms common (45 pairs for 10 sentences).
A claim is a candidate only when it plausibly speaks about the same thing as the new segment: it shares a
content word or a number with it, or one of the two is a bare yes/no answer (then the user's question links
them), or the new segment announces a correction ("actually", "wait", "correction", ...), in which case the
first and the latest claims are candidates too. Candidates are ordered by overlap, then recency, and cut at
``max_pairs``.

A segment that ends in a colon introduces what follows and is neither a claim nor checked (unless it is a
bare yes/no answer, "No, not like this:"), like a heading.

A segment that repeats an earlier claim word for word (case, spacing, a list marker and the closing stop
aside) is not checked against it: a statement cannot reverse itself, yet the classifier scores some verbatim
repeats as contradictions (0.99 on "The peaches are less expensive than the plums." twice; a fifth of the
guard's detections on BIG-Bench-Mistake traces were such repeats), and restating a claim is what summaries do.

Items of one list are not checked against each other unless the new item announces a correction: sibling
items are parallel entries by construction ("After year 1: $1,050" / "After year 2: $1,102.50", "Seattle:
39 inches of rain" / "Phoenix: 8 inches", step 2 / step 3 of a calculation), so the same frame with
different values is the list's point, not a reversal.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

_WORD = re.compile(r"[^\W_]+(?:[.,'][^\W_]+)*", re.UNICODE)
STOPWORDS = frozenset("""
a an the and or but if then else of to in on at by for with from as into onto over under about above below
is are was were be been being am do does did done have has had having can could should would will shall may
might must not no yes it its it's this that these those there here they them their he she his her him we us
our you your i me my mine yours so very also just than too more most less least much many some any each every
all both either neither such what which who whom whose when where why how up down out off again further once
only own same other another one ones s t don doesn didn isn aren wasn weren won wouldn shouldn couldn can't
actually really wait correction sorry however though although because since while well still even yet
""".split())
# Interjections ("Actually, ...", "Wait - ...", "Wait, no", "Hmm, actually, ...") and phrases that announce
# fixing something said ("Correction:", "I misspoke", "My mistake", "Let me correct that"). Not the same words
# doing other jobs: an adverb ("Actually tailoring it ...", "Actually no one has ..."), a verb ("Wait until the
# oil is hot", "Wait no longer", "Waiting ten years"), a noun ("Correction fluid", "Wait-listed"), sympathy
# ("Sorry to hear that") or another correction ("To correct for inflation"). Every marker ends at a word
# boundary ("Correctional", "Waitangi Day").
_THEN = r"(?=\s*[,:;!\u2014\u2013\u2026]|\s*\.\.\.|\s+-\s|\s+(?:no\b(?!\s+(?:one|longer|matter|doubt))|i\b|wait\b))"
CORRECTION_MARKERS = re.compile(
    r"^\W*(?:(?:oh|hmm+|ah|um+|uh)\W+)?("
    rf"actually{_THEN}|wait{_THEN}|corrections?(?=\s*[:,\u2014\u2013]|\s+-\s|\s+to\b)|sorry(?=\s*[,:;\u2014\u2013](?!\s*but\b))|"
    r"oops|scratch that|i misspoke|i was wrong|i stand corrected|i apologi[sz]e|my (?:mistake|bad|apologies|error)|"
    r"(?:on|upon) (?:second thoughts?|(?:further )?reflection)|let me (?:correct|fix|rephrase) (?:that|this|it|myself|my)|"
    r"to correct (?:that|this|myself|my|an? earlier|what)|no,|nope|that['\u2019]?s (?:not right|wrong|incorrect)|"
    r"i made (?:a|an) (?:mistake|error))(?!\w)",
    re.IGNORECASE)
POLAR_START = re.compile(r"^\W*(yes|no|nope|yep|yeah|correct|incorrect|true|false|right|wrong|absolutely|definitely|"
                         r"certainly|of course|not really|not at all)\b", re.IGNORECASE)


def content_words(text: str) -> frozenset[str]:
    words = set()
    for w in _WORD.findall(text.lower()):
        if w in STOPWORDS or (len(w) < 3 and not w[0].isdigit()):
            continue
        # a crude stem, enough for "reverses"/"reversed" to meet
        words.add(w[:6] if not w[0].isdigit() else w)
    return frozenset(words)


_LIST_MARKER = re.compile(r"^\s*(?:[-*+\u2022]|\d{1,3}[.)]|[a-zA-Z][.)])\s+")


def _opening(text: str) -> str:
    """``text`` without a leading list marker ("3. Actually, ..." opens with "Actually")."""
    return _LIST_MARKER.sub("", text, count=1)


def is_polar(text: str) -> bool:
    return bool(POLAR_START.match(_opening(text)))


def has_correction_marker(text: str) -> bool:
    return bool(CORRECTION_MARKERS.match(_opening(text)))


def introduces_what_follows(text: str) -> bool:
    """A segment ending in a colon ("The teams that took part were:", "Diplomatic relations:") only announces
    the list or text after it; on its own it states nothing that a later sentence could reverse."""
    return text.rstrip().endswith(":")


@dataclass(eq=False)
class Claim:
    segment_id: int
    text: str
    start: int
    end: int
    words: frozenset[str] = field(default_factory=frozenset)
    polar: bool = False
    list_block: int | None = None  # which list the claim is an item of (None: not a list item)
    corrects: bool = False  # it opens by announcing a correction (has_correction_marker)
    wording: str = ""  # the text as ``same_wording`` compares it


def same_wording(text: str) -> str:
    """``text`` reduced to what makes it the same statement: without a list marker, the case, runs of spacing,
    and emphasis or a stop around it. Signs, digits and inner punctuation stay ("-10" is not "10")."""
    return " ".join(_opening(text).casefold().split()).strip(" .!?;:*_`\"'\u201c\u201d")


def make_claim(segment_id: int, text: str, start: int, end: int, list_block: int | None = None) -> Claim:
    stripped = text.strip()
    return Claim(segment_id, stripped, start, end, content_words(stripped), is_polar(stripped), list_block,
                 has_correction_marker(stripped), same_wording(stripped))


def select_claims(claims: list[Claim], new: Claim, *, max_pairs: int, has_question: bool) -> list[Claim]:
    """The earlier claims worth checking ``new`` against, most relevant first."""
    if not claims:
        return []
    marker = new.corrects
    scored: list[tuple[float, int, Claim]] = []
    last = len(claims) - 1
    for pos, claim in enumerate(claims):
        if new.list_block is not None and claim.list_block == new.list_block and not marker:
            continue  # sibling items of one list
        if claim.wording == new.wording:
            continue  # a verbatim repeat restates, it cannot reverse
        overlap = len(claim.words & new.words)
        linked_by_question = has_question and (claim.polar or new.polar)
        pinned = marker and (pos == 0 or pos == last)
        if not (overlap or linked_by_question or pinned):
            continue
        score = overlap + (1.5 if linked_by_question else 0.0) + (1.0 if pinned else 0.0) + pos / (10.0 * (last + 1))
        scored.append((score, pos, claim))
    scored.sort(key=lambda t: (-t[0], -t[1]))
    return [c for _, _, c in scored[:max_pairs]]
