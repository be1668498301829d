"""Descriptions of a person or a place (building, landmark, institution), told twice: the same record in two different sentences.

A descriptive answer ("Tell me about X") states several facts about one subject, and a later sentence often
returns to a fact already given, in other words and with other details around it. Whether the two sentences
contradict each other depends only on the facts they *both* state: a fact present on one side only is new
information, not a reversal. This module draws a random fact record (birth, education, offices held, works,
awards, founding...) and realises two sentences from it, each with its own frames and a random subset of
the facts:

- ``fact_conflict`` (label 1): one fact that both sentences state holds a different value in the second
  (another year, city, count, person, field or title);
- ``fact_agree`` (label 0): the sentences share a fact with the same value, phrased differently, each with
  extra facts of its own;
- ``fact_other`` (label 0): the sentences state different facts of one subject, so different years, places
  and numbers appear side by side without any conflict (a second term of office, a later award);
- ``place_conflict``, ``place_agree``, ``place_other``: the same three for a building, landmark or institution
  (:mod:`.places`: built, designed by, height, original purpose, current use, sale, renovation...);
- ``other_subject`` (label 0): the same fact of two *different* people or places, named in full, each with
  its own values ("X was born in 1901" / "Y was born in 1920") - a frame shared by two subjects is no
  reversal, a false alarm seen in descriptive and comparative answers.

Names, places and titles are synthetic or drawn from the generator's lists; nothing comes from ../shared/eval.
"""
from __future__ import annotations

import random
from dataclasses import dataclass
from collections.abc import Callable

from . import places
from .generate import BOOK_N, BOOK_W, CITIES, FIRST, LAST, LAST_PAST_YEAR, ORG_KINDS, cap, other_num, past_year, synth

Triple = tuple[str | None, str, str]

FIELDS = ["physics", "law", "medicine", "mathematics", "chemistry", "economics", "history", "philosophy",
          "engineering", "architecture", "biology", "music", "literature", "political science"]
JOBS = {"physics": "physicist", "law": "lawyer", "medicine": "physician", "mathematics": "mathematician",
        "chemistry": "chemist", "economics": "economist", "history": "historian", "philosophy": "philosopher",
        "engineering": "engineer", "architecture": "architect", "biology": "biologist", "music": "composer",
        "literature": "novelist", "political science": "politician"}
WORKS = {"physicist": "papers", "mathematician": "papers", "chemist": "papers", "economist": "papers",
         "biologist": "papers", "historian": "books", "philosopher": "books", "novelist": "novels",
         "composer": "symphonies", "architect": "buildings", "lawyer": "articles", "physician": "studies",
         "engineer": "patents", "politician": "books"}
NATIONALITIES = ["French", "German", "Italian", "Spanish", "Portuguese", "Dutch", "Swedish", "Polish", "Czech",
                 "Austrian", "Hungarian", "Irish", "Canadian", "Brazilian", "Chilean", "Japanese", "Korean",
                 "Nigerian", "Kenyan", "Norwegian", "Danish", "Finnish", "Greek", "Turkish"]
AWARDS = ["Order of Merit", "Royal Medal", "Gold Medal", "National Book Prize", "Lifetime Achievement Award",
          "Academy Prize", "Copley Medal", "Grand Prize", "State Prize", "Honorary Fellowship"]
OFFICES = ["mayor of {city}", "governor of the {region} province", "president of the {org}", "director of the {org}",
           "rector of the University of {city}", "minister of finance", "minister of education", "chief justice",
           "president of the republic", "head of the {org}"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]


def _name(rng: random.Random) -> tuple[str, str, str]:
    first, last = rng.choice(FIRST), rng.choice(LAST + [synth(rng) for _ in range(3)])
    he = rng.choice(["he", "she"])
    return f"{first} {last}", last, he


def _university(rng: random.Random) -> str:
    return rng.choice([f"the University of {rng.choice(CITIES)}", f"the {synth(rng)} Institute of Technology",
                       f"{synth(rng)} College", f"the {rng.choice(CITIES)} Conservatory"])


def _org(rng: random.Random) -> str:
    return f"{synth(rng)} {rng.choice(ORG_KINDS)}"


def _record(rng: random.Random) -> dict:
    name, last, he = _name(rng)
    born = rng.randint(1820, 1940)  # every event of the record, and a later repeat of one, lies in the past
    field = rng.choice(FIELDS)
    office = rng.choice(OFFICES).format(city=rng.choice(CITIES), region=synth(rng), org=_org(rng))
    start = born + rng.randint(30, 55)
    return {
        "name": name, "last": last, "he": he, "his": "his" if he == "he" else "her",
        "born_year": born, "born_city": rng.choice(CITIES), "born_month": rng.choice(MONTHS), "born_day": rng.randint(1, 28),
        "died_year": born + rng.randint(45, min(95, LAST_PAST_YEAR - born)), "died_city": rng.choice(CITIES),
        "field": field, "job": JOBS[field], "uni": _university(rng), "grad_year": born + rng.randint(21, 27),
        "nationality": rng.choice(NATIONALITIES),
        "works": rng.choice([12, 25, 40, 60, 80, 120, 150, 200, 300, 450, 500, 700, 800, 1000]),
        "title": f"The {rng.choice(BOOK_W)} {rng.choice(BOOK_N)}", "title_year": born + rng.randint(25, 60),
        "office": office, "office_start": start, "office_end": start + rng.randint(2, 12),
        "successor": f"{rng.choice(FIRST)} {rng.choice(LAST)}",
        "award": rng.choice(AWARDS), "award_year": born + rng.randint(35, 70),
        "founded_org": _org(rng), "founded_year": born + rng.randint(25, 50), "founded_city": rng.choice(CITIES),
        "spouse": f"{rng.choice(FIRST)} {rng.choice(LAST)}", "married_year": born + rng.randint(20, 40),
    }


# fact -> (keys it states, realisations). Each realisation is a main clause with {S} for the subject.
FACTS: dict[str, tuple[tuple[str, ...], list[str]]] = {
    "birth": (("born_year", "born_city"), [
        "{S} was born in {born_city} in {born_year}", "{S} was born on {born_month} {born_day}, {born_year}, in {born_city}",
        "{S} was born in {born_year} in the city of {born_city}", "{S}, a native of {born_city}, was born in {born_year}"]),
    "birthplace": (("born_city",), ["{S} was born in {born_city}", "{S} grew up in {born_city}, where {he} was born",
                                    "{S} is a native of {born_city}"]),
    "birthyear": (("born_year",), ["{S} was born in {born_year}", "{S} was born on {born_month} {born_day}, {born_year}"]),
    "death": (("died_year", "died_city"), ["{S} died in {died_city} in {died_year}", "{S} passed away in {died_city} in {died_year}",
                                            "{S} spent {his} last years in {died_city}, where {he} died in {died_year}"]),
    "deathyear": (("died_year",), ["{S} died in {died_year}", "{S} remained active until {his} death in {died_year}"]),
    "study": (("field", "uni"), ["{S} studied {field} at {uni}", "{S} earned a degree in {field} from {uni}",
                                 "{S} trained in {field} at {uni}"]),
    "graduation": (("uni", "grad_year"), ["{S} graduated from {uni} in {grad_year}", "In {grad_year}, {S} completed {his} studies at {uni}"]),
    "job": (("nationality", "job"), ["{S} was a {nationality} {job}", "{S} is remembered as a {nationality} {job}",
                                     "{S} was one of the best-known {nationality} {job}s of {his} generation"]),
    "works": (("works",), ["{S} published more than {works} {worklist}", "Over {his} career, {S} produced over {works} {worklist}",
                                 "{S} was prolific, with some {works} {worklist} to {his} name"]),
    "masterpiece": (("title", "title_year"), ["{his_cap} best-known work, \"{title}\", appeared in {title_year}",
                                              "{S} published \"{title}\" in {title_year}", "\"{title}\", which {S} completed in {title_year}, made {his} name"]),
    "office": (("office", "office_start", "office_end"), ["{S} served as {office} from {office_start} to {office_end}",
                                                           "{S} was {office} between {office_start} and {office_end}",
                                                           "From {office_start} until {office_end}, {S} held the post of {office}"]),
    "office_start": (("office", "office_start"), ["{S} became {office} in {office_start}", "In {office_start}, {S} was appointed {office}",
                                                   "{S} was elected {office} in {office_start}"]),
    "successor": (("office", "successor"), ["{S} was succeeded as {office} by {successor}", "{successor} succeeded {S} as {office}",
                                             "After {S}, the post of {office} went to {successor}"]),
    "award": (("award", "award_year"), ["{S} received the {award} in {award_year}", "In {award_year}, {S} was awarded the {award}",
                                        "{S} won the {award} in {award_year}"]),
    "founding": (("founded_org", "founded_year", "founded_city"), ["{S} founded the {founded_org} in {founded_city} in {founded_year}",
                                                                   "In {founded_year}, {S} established the {founded_org} in {founded_city}",
                                                                   "The {founded_org}, which {S} founded in {founded_year}, is based in {founded_city}"]),
    "marriage": (("spouse", "married_year"), ["{S} married {spouse} in {married_year}", "In {married_year}, {S} married {spouse}"]),
}
# Facts that can happen again without contradicting the first (a second term, another award).
REPEATABLE = {"office", "office_start", "award", "founding", "marriage"}


def _change(rng: random.Random, rec: dict, key: str) -> dict:
    new = dict(rec)
    v = rec[key]
    if key.endswith("_year") or key in ("office_start", "office_end"):
        new[key] = past_year(rng, v)
    elif key == "works":
        new[key] = other_num(rng, v, 5)
    elif key.endswith("_city"):
        new[key] = rng.choice([c for c in CITIES if c != v])
    elif key == "field":
        new[key] = rng.choice([f for f in FIELDS if f != v])
        new["job"] = JOBS[new[key]]
    elif key == "job":
        new[key] = rng.choice([j for j in JOBS.values() if j != v])
    elif key == "uni":
        new[key] = _university(rng)
    elif key == "nationality":
        new[key] = rng.choice([n for n in NATIONALITIES if n != v])
    elif key in ("successor", "spouse"):
        new[key] = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
    elif key == "title":
        new[key] = f"The {rng.choice(BOOK_W)} {rng.choice(BOOK_N)}"
    elif key == "office":
        new[key] = rng.choice(OFFICES).format(city=rng.choice(CITIES), region=synth(rng), org=_org(rng))
    elif key == "award":
        new[key] = rng.choice([a for a in AWARDS if a != v])
    elif key == "founded_org":
        new[key] = _org(rng)
    return new if new[key] != v else _change(rng, rec, key)


@dataclass(frozen=True)
class Kind:
    """One kind of subject: how to draw a record, the facts it can state, and how a value changes."""
    record: Callable[[random.Random], dict]
    facts: dict[str, tuple[tuple[str, ...], list[str]]]
    repeatable: frozenset[str]
    open_keys: frozenset[str]  # another value of these is simply one more (award, office...), not a conflict
    change: Callable[[random.Random, dict, str], dict]


PERSON = Kind(_record, FACTS, frozenset(REPEATABLE), frozenset({"award", "office", "title", "founded_org"}), _change)
PLACE = Kind(places.record, places.FACTS, places.REPEATABLE, frozenset(), places.change)


def _subject(rng: random.Random, rec: dict, first: bool) -> str:
    if first:
        return rng.choice([rec["name"], rec["name"], rec["last"]])
    return rng.choice([rec["name"], rec["last"], rec["he"]])


def _clause(rng: random.Random, kind: Kind, rec: dict, fact: str, subject: str) -> str:
    template = rng.choice(kind.facts[fact][1])
    # counts from ten thousand up carry thousands separators, as in prose ("300,000 visitors"); years do not
    values = {k: f"{v:,}" if isinstance(v, int) and v >= 10000 and not k.endswith("_year") else v for k, v in rec.items()}
    values.update(S=subject, worklist=WORKS.get(rec.get("job"), "works"),
                  his_cap=f"{subject}'s" if subject not in ("he", "she", "it") else cap(rec["his"]))
    text = template.format(**values)
    if subject in ("he", "she"):  # the pronoun in object position
        obj = "him" if subject == "he" else "her"
        text = text.replace(f"succeeded {subject} ", f"succeeded {obj} ").replace(f"After {subject},", f"After {obj},")
    return text


_LOWER_FIRST = ("In", "Over", "From", "After", "Her", "His", "Its", "The", "Today,", "Designed", "Since", "Each")


def _sentence(rng: random.Random, kind: Kind, rec: dict, facts: list[str], first: bool) -> str:
    """One or two facts in one sentence: a main clause, optionally joined by "and" or a second clause."""
    subject = _subject(rng, rec, first)
    main = _clause(rng, kind, rec, facts[0], subject)
    if len(facts) > 1:
        second = _clause(rng, kind, rec, facts[1], rec["he"])
        if second.split()[0] in _LOWER_FIRST:
            second = second[0].lower() + second[1:]
        joiner = rng.choice([", and ", "; ", ", and ", " and "])
        main = f"{main}{joiner}{second}"
    text = cap(main.replace("{", "").replace("}", ""))
    return text + "."


def _pick(rng: random.Random, pool: list[str], k: int) -> list[str]:
    return rng.sample(pool, min(k, len(pool)))


def _shares_key(kind: Kind, a: str, b: str) -> bool:
    return bool(set(kind.facts[a][0]) & set(kind.facts[b][0]))


def _told_twice(rng: random.Random, kind: Kind, left: tuple[dict, str], right: tuple[dict, str], shared: str, *,
                extra: float, first_again: bool = False) -> Triple:
    """Two sentences, each stating its (record, fact) and, with probability ``extra``, one unrelated fact more.

    ``first_again`` names the subject in full in the second sentence too (for two different subjects)."""
    extras = [f for f in kind.facts if not _shares_key(kind, f, shared)]
    sides = []
    for _, fact in (left, right):
        facts = [fact] + (_pick(rng, extras, 1) if rng.random() < extra else [])
        sides.append(facts)
    for facts in sides:
        rng.shuffle(facts)
    return (None, _sentence(rng, kind, left[0], sides[0], True), _sentence(rng, kind, right[0], sides[1], first_again))


def conflict(rng: random.Random, kind: Kind) -> Triple:
    rec = kind.record(rng)
    shared = rng.choice(list(kind.facts))
    keys = [k for k in kind.facts[shared][0] if k not in kind.open_keys]
    if not keys:
        return conflict(rng, kind)
    other = kind.change(rng, rec, rng.choice(keys))
    return _told_twice(rng, kind, (rec, shared), (other, shared), shared, extra=0.4)


def agree(rng: random.Random, kind: Kind) -> Triple:
    rec = kind.record(rng)
    shared = rng.choice(list(kind.facts))
    # A fact narrowed to part of its keys (born in 1901 / born in Lyon in 1901) still agrees.
    narrower = [f for f in kind.facts if f != shared and set(kind.facts[f][0]) <= set(kind.facts[shared][0])]
    second = rng.choice(narrower) if narrower and rng.random() < 0.4 else shared
    return _told_twice(rng, kind, (rec, shared), (rec, second), shared, extra=0.5)


def other_fact(rng: random.Random, kind: Kind) -> Triple:
    rec = kind.record(rng)
    if rng.random() < 0.35:
        # the same kind of event again, at another time: a second term, another award, a second book
        fact = rng.choice(sorted(kind.repeatable))
        keys = kind.facts[fact][0]
        again = rec
        for key in keys:
            again = kind.change(rng, again, key)
            if key.endswith("_year"):  # the repeat comes later
                again[key] = rec[key] + rng.randint(2, 15)
        if "office_start" in keys and "office_end" in keys:
            again["office_start"] = rec["office_end"] + rng.randint(1, 6)
            again["office_end"] = again["office_start"] + rng.randint(2, 8)
        elif "office_start" in keys:
            again["office_start"] = rec["office_start"] + rng.randint(3, 12)
        a = _sentence(rng, kind, rec, [fact], True)
        b = _sentence(rng, kind, again, [fact], False)
        b = b[:-1] + rng.choice(["", " as well", " too"]) + "." if fact in ("award", "masterpiece") else b
        b = rng.choice(["Later, ", "Years later, ", "After that, ", ""]) + (b[0].lower() + b[1:] if b.split()[0] in ("He", "She", "It", *_LOWER_FIRST) else b)
        return (None, a, cap(b))
    a, b = rng.sample(list(kind.facts), 2)
    while _shares_key(kind, a, b):
        a, b = rng.sample(list(kind.facts), 2)
    return (None, _sentence(rng, kind, rec, [a], True), _sentence(rng, kind, rec, [b], False))


def other_subject(rng: random.Random, kind: Kind) -> Triple:
    """The same fact of two different subjects (two people, two buildings), each with its own values."""
    first, second = kind.record(rng), kind.record(rng)
    if first["name"] == second["name"] or (kind is PERSON and first["last"] == second["last"]):
        return other_subject(rng, kind)
    if kind is not PERSON:  # "the bridge" could be either of two bridges: name both in full
        first, second = dict(first, last=first["name"]), dict(second, last=second["name"])
    shared = rng.choice(list(kind.facts))
    return _told_twice(rng, kind, (first, shared), (second, shared), shared, extra=0.3, first_again=True)


def cat_fact_conflict(rng: random.Random) -> Triple:
    return conflict(rng, PERSON)


def cat_fact_agree(rng: random.Random) -> Triple:
    return agree(rng, PERSON)


def cat_fact_other(rng: random.Random) -> Triple:
    return other_fact(rng, PERSON)


# category -> (label, generator, count at scale 1.0)
FACT_CATEGORIES = {
    "fact_conflict": (1, cat_fact_conflict, 6000),
    "fact_agree": (0, cat_fact_agree, 4500),
    "fact_other": (0, cat_fact_other, 3500),
    "place_conflict": (1, lambda rng: conflict(rng, PLACE), 4500),
    "place_agree": (0, lambda rng: agree(rng, PLACE), 3000),
    "place_other": (0, lambda rng: other_fact(rng, PLACE), 2500),
    "other_subject": (0, lambda rng: other_subject(rng, rng.choice([PERSON, PLACE])), 3500),
}


def fact_pairs(seed: int = 13, scale: float = 1.0) -> list[dict]:
    """Records of every fact category, deterministic for ``seed`` and ``scale``; no duplicate pairs."""
    out: list[dict] = []
    for name, (label, fn, n) in FACT_CATEGORIES.items():
        rng = random.Random(f"{seed}:{name}")
        seen: set[tuple[str, str]] = set()
        target, tries = max(1, int(n * scale)), 0
        while len(seen) < target and tries < target * 5:
            tries += 1
            _, earlier, later = fn(rng)
            if earlier == later or (earlier, later) in seen:
                continue
            seen.add((earlier, later))
            out.append({"question": None, "earlier": earlier, "later": later, "label": label, "source": f"gen:{name}"})
    return out
