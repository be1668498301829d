"""Fact records of a building, landmark or institution, for the "told twice" pairs of :mod:`.facts`.

Answers about a place ("Tell me about the X Bridge") state when it was built and by whom, how tall it is,
what it was built for, who owns it and what it houses now; a later sentence returns to one of those facts.
A different architect, height, original purpose, buyer or current occupant of the *same* place is a
reversal; a later renovation or sale is not, and neither is the same fact of *another* place.

Names are synthetic (the generator's syllables and city list); nothing comes from ../shared/eval.
"""
from __future__ import annotations

import random

from .generate import CITIES, FIRST, LAST, LAST_PAST_YEAR, ORG_KINDS, other_num, past_year, synth

KINDS = ["Bridge", "Tower", "Cathedral", "Library", "Museum", "College", "Stadium", "Theatre", "Palace",
         "Station", "Arch", "Hospital", "Observatory", "Lighthouse", "Market Hall", "Opera House"]
STYLES = ["Gothic", "Baroque", "Neoclassical", "Art Deco", "Romanesque", "Modernist", "Renaissance", "Victorian",
          "Brutalist", "Art Nouveau"]
USES_ORIG = ["a toll gate", "a royal residence", "a grain store", "a military barracks", "a customs house",
             "a railway depot", "a monastery", "a textile mill", "a private school", "a concert hall",
             "a ceremonial gateway", "a city prison", "a hunting lodge", "a naval hospital", "a water tower",
             "a triumphal monument"]
USES_NOW = ["a museum of modern art", "the city archive", "a public library", "a law school", "a luxury hotel",
            "government offices", "a university campus", "a concert venue", "a shopping centre",
            "a school of education", "a maritime museum", "a research institute", "private apartments",
            "the regional parliament", "a design school"]
BUYERS = ["the city council", "a real estate developer", "the national government", "a private foundation",
          "a hotel chain", "the state university", "the Catholic church", "a local businessman",
          "a property trust", "the regional government"]


def _buyer(rng: random.Random) -> str:
    return rng.choice(BUYERS + [f"the {synth(rng)} {rng.choice(ORG_KINDS)}"])


def _after(rng: random.Random, year: int, lo: int, hi: int) -> int:
    return year + rng.randint(lo, max(lo, min(hi, LAST_PAST_YEAR - 15 - year)))


def record(rng: random.Random) -> dict:
    kind = rng.choice(KINDS)
    city = rng.choice(CITIES)
    built = rng.randint(1500, 1990)
    name = rng.choice([f"the {synth(rng)} {kind}", f"the {city} {kind}", f"the {rng.choice(LAST)} {kind}"])
    return {
        "name": name, "last": f"the {kind.lower()}", "he": "it", "his": "its", "kind": kind,
        "built_year": built, "architect": f"{rng.choice(FIRST)} {rng.choice(LAST)}", "city": city,
        "height": rng.choice([12, 14, 18, 22, 25, 30, 36, 45, 52, 60, 75, 90, 120, 150, 210, 300]),
        "capacity": rng.choice([300, 450, 800, 1200, 2000, 3500, 5000, 12000, 25000, 40000, 60000]),
        "style": rng.choice(STYLES), "use_orig": rng.choice(USES_ORIG), "use_now": rng.choice(USES_NOW),
        # later events stay in the past, with room for a repeat (a second sale) up to 15 years on
        "buyer": _buyer(rng), "sold_year": _after(rng, built, 20, 120), "renov_year": _after(rng, built, 15, 90),
        "closed_year": _after(rng, built, 30, 150),
        "visitors": rng.choice([20000, 50000, 80000, 150000, 300000, 500000, 900000]),
        "cost": rng.choice([2, 3, 5, 8, 12, 20, 45, 60, 150, 400]),
    }


# fact -> (keys it states, realisations); {S} is the subject ("the Harbor Bridge", "the bridge", "it").
FACTS: dict[str, tuple[tuple[str, ...], list[str]]] = {
    "built": (("built_year",), ["{S} was built in {built_year}", "{S} was completed in {built_year}",
                                "{S} opened to the public in {built_year}", "{S} dates from {built_year}"]),
    "design": (("architect",), ["{S} was designed by {architect}", "{architect} designed {S}",
                                "{S} is the work of the architect {architect}"]),
    "built_by": (("built_year", "architect"), ["{S} was designed by {architect} and completed in {built_year}",
                                               "Designed by {architect}, {S} opened in {built_year}",
                                               "{S} was built in {built_year} to plans by {architect}"]),
    "location": (("city",), ["{S} is located in {city}", "{S} stands in the centre of {city}",
                             "{S} is one of the best-known landmarks of {city}"]),
    "height": (("height",), ["{S} is {height} meters tall", "{S} stands {height} meters high",
                             "{S} rises to a height of {height} meters"]),
    "capacity": (("capacity",), ["{S} can hold {capacity} people", "{S} has a capacity of {capacity}",
                                 "{S} seats about {capacity} visitors"]),
    "style": (("style",), ["{S} was built in the {style} style", "{S} is a fine example of {style} architecture",
                           "{S} is known for its {style} design"]),
    "purpose": (("use_orig",), ["{S} was originally built as {use_orig}", "{S} first served as {use_orig}",
                                "{S} was used as {use_orig} for its first decades"]),
    "use_now": (("use_now",), ["{S} now houses {use_now}", "Today, {S} is home to {use_now}",
                               "{S} is currently used by {use_now}"]),
    "sale": (("buyer", "sold_year"), ["{S} was sold to {buyer} in {sold_year}", "In {sold_year}, {buyer} bought {S}",
                                      "{S} passed to {buyer} in {sold_year}"]),
    "renovation": (("renov_year",), ["{S} was renovated in {renov_year}", "{S} underwent a major restoration in {renov_year}",
                                     "In {renov_year}, {S} was restored"]),
    "closure": (("closed_year",), ["{S} closed in {closed_year}", "{S} was shut down in {closed_year}",
                                   "{S} remained in use until {closed_year}"]),
    "visitors": (("visitors",), ["{S} attracts about {visitors} visitors a year", "{S} receives more than {visitors} visitors every year"]),
    "cost": (("cost",), ["{S} cost {cost} million pounds to build", "{S} was built at a cost of about {cost} million pounds"]),
}
# Facts that can happen again without contradicting the first (a second renovation, a later sale).
REPEATABLE = frozenset({"renovation", "sale"})


def change(rng: random.Random, rec: dict, key: str) -> dict:
    new = dict(rec)
    v = rec[key]
    if key.endswith("_year"):
        new[key] = past_year(rng, v)
    elif key in ("height", "capacity", "visitors", "cost"):
        new[key] = other_num(rng, v, 2)
    elif key == "city":
        new[key] = rng.choice([c for c in CITIES if c != v])
    elif key == "architect":
        new[key] = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
    elif key == "style":
        new[key] = rng.choice([x for x in STYLES if x != v])
    elif key == "use_orig":
        new[key] = rng.choice([x for x in USES_ORIG if x != v])
    elif key == "use_now":
        new[key] = rng.choice([x for x in USES_NOW if x != v])
    elif key == "buyer":
        new[key] = _buyer(rng)
    return new if new[key] != v else change(rng, rec, key)
