"""Deterministic generator of chat-style sentence pairs for the contradiction classifier.

``generate(seed=13, scale=1.0)`` returns records ``{"question", "earlier", "later", "label", "source"}`` with
``source = "gen:<category>"``. The same seed and arguments always give the same list. All template text below is
written for this project; the real prose comes from Debian documentation installed on the machine
(``debian-handbook``, ``python3-doc``; see :mod:`streamguard.training.prose`). Nothing is taken from
``../shared/eval``.

Positive categories (label 1: the later sentence reverses the earlier one)
--------------------------------------------------------------------------
yesno_flip           A yes/no question as context; the answer starts "Yes, ..." and a later sentence says "No, ..." or
                     "Actually, no." (or the reverse). The bare "Actually, no." only contradicts given the question.
number_change        The same fact with a different number: doses, prices, percentages, years, dates, times, durations,
                     counts, measurements, limits, versions. Often rephrased, with or without a correction marker.
entity_swap          A functional relation with another entity: capitals, authors, inventors, founders, headquarters,
                     birthplaces, maintainers, landmarks (real-sounding and synthetic names).
recommendation_flip  "I recommend A for X." vs "Actually, avoid A for X." / "I wouldn't use A here."
comparison_flip      "A is faster than B." vs "B is faster than A." / "A is slower than B." / "A isn't as fast as B."
negation             A property and its negation or antonym ("is thread-safe" / "is not thread-safe").
marker_correction    Explicit self-corrections of a statement: "Wait, that's wrong: ...", "Correction: ...",
                     "I misspoke - ...", "On reflection, ...", "Sorry, I made an error earlier: ..." + reversed fact.
implicit_reversal    Reversals with no marker at all: antonymous states, "never" vs "always", opposite instructions.
presupposed_flip     The later sentence takes the opposite claim for granted instead of stating it: as a reason
                     ("Because it is not thread-safe, ..."), in a summary ("In short, ...") or a conclusion.
prose_perturbed      Real documentation sentence vs the same sentence with a number changed, the main verb negated
                     (or a negation removed), or an antonym swapped; sometimes with a correction marker; both orders.

Negative categories (label 0: compatible sentences of one answer)
------------------------------------------------------------------
yesno_consistent     Question + "Yes, ..." followed by an elaboration of the same polarity (and "No" likewise).
number_consistent    Same number restated, a different quantity of the same subject, or consistent arithmetic
                     ("$10 per month" ... "$120 per year").
actually_intensifier "actually"/"in fact" used as an intensifier: "It actually works well."
refinement_caveat    A claim followed by a caveat that does not reverse it: "However, consult a doctor if pregnant."
different_subject    Same predicate, different subjects with different values: "Python is dynamically typed. Rust is
                     statically typed." / capitals of two countries / doses of two drugs.
conditional_branches "If you are on Linux, use apt. If you are on macOS, use brew." and group-specific values.
pros_cons            An advantage and a drawback of the same thing.
premise_correction   The question holds a false premise; the answer corrects the user (not itself) and elaborates.
restatement          Paraphrases and summaries of an earlier sentence ("In short, ...", "So yes, ...").
presupposed_consistent  The twin of presupposed_flip: the later sentence takes the *same* claim for granted.
compatible_facts     Two different, compatible properties or facts about the same subject.
timeline             Encyclopedic facts about different events: "X was founded in 1901." / "X moved to Berlin in 1923."
wait_sense           "wait" in other senses: waiting times, "wait until ...", "Wait, one more thing: ...".
unrelated_correction A correction marker that corrects a different detail than the one in the earlier sentence.
prose_compatible     Two sentences of the same paragraph or section of real documentation (the bulk of negatives).
prose_marked         A documentation sentence prefixed with a marker or connective ("Actually,", "In fact,", "Also,")
                     paired with another compatible sentence of its section.
prose_unrelated_perturbed  A perturbed (possibly marked) sentence paired with a *different* sentence of its section,
                     so markers and odd facts alone do not mean contradiction.
"""
from __future__ import annotations

import random
import re
import sys
from typing import Callable

from .data import dedupe

Triple = tuple  # (question | None, earlier, later)

# ================================================================================================
# Vocabulary
# ================================================================================================
MARKERS = [
    "Actually, ", "Wait, ", "Wait, that's wrong: ", "Correction: ", "I misspoke - ", "I misspoke: ",
    "On reflection, ", "Sorry, I made an error earlier: ", "Scratch that: ", "Let me correct that: ",
    "Oops, ", "No, wait - ", "Hmm, actually, ", "To be accurate, ", "I need to correct myself: ",
    "On second thought, ", "My mistake: ", "Apologies, ", "Sorry, that was incorrect. ", "Actually, I was wrong: ",
    "Let me fix that: ", "Correction - ", "Strike that: ", "Wait, no. ", "That's not right. ", "I was mistaken: ",
    "Sorry, ", "Update: ", "Let me double-check. ", "To clarify, ", "Actually no, ",
]
CONNECTIVES = [  # markers that do not signal a reversal
    "Also, ", "In fact, ", "Note that ", "Additionally, ", "Actually, ", "Importantly, ", "Moreover, ", "Again, ",
    "In practice, ", "As a result, ", "Keep in mind that ", "Remember that ", "Indeed, ", "Of course, ",
    "Similarly, ", "In general, ", "Usually, ", "Here, ", "By default, ", "For example, ",
]
_LOWER_START = {"The", "It", "This", "That", "These", "Those", "A", "An", "There", "They", "You", "We", "Its",
                "Your", "Our", "He", "She", "Each", "Every", "Some", "Most", "Many", "All", "No", "Yes", "If",
                "In", "On", "For", "When", "To", "With", "Use", "Take", "Do", "Don't", "One", "Only", "Both"}


_COMMON_LOWER: set[str] = set()  # words seen lower-case mid-sentence in the documentation prose


_PROPER: set[str] = set()  # lower-cased names that must keep their capital (template vocabularies, prose names)


def lower_first(s: str) -> str:
    """Lower-case the first letter of ``s`` when it only carries a sentence-initial capital."""
    first = s.split(" ", 1)[0]
    w = first.rstrip(",;:")
    if w in _LOWER_START or w.split("'")[0] in _LOWER_START:
        return s[0].lower() + s[1:]
    if not (w[:1].isupper() and w[1:].islower()) or w.lower() in _PROPER:
        return s
    if first.endswith(",") or w.lower() in _COMMON_LOWER:
        return s[0].lower() + s[1:]
    return s


def with_marker(marker: str, s: str) -> str:
    """Prefix ``s`` with a marker; lower-case its first word after a comma or dash (not after ":" or ".")."""
    if marker.rstrip().endswith((".", ":")):
        return marker + s
    return marker + lower_first(s)


def cap(s: str) -> str:
    return s[0].upper() + s[1:] if s else s


FIRST = ["Anna", "Ben", "Carla", "David", "Elena", "Farid", "Grace", "Hiro", "Ines", "Jonas", "Kemal", "Lena",
         "Marco", "Nadia", "Oskar", "Priya", "Quentin", "Rosa", "Samuel", "Tara", "Umar", "Vera", "Walter", "Xiu",
         "Yusuf", "Zofia", "Amara", "Bruno", "Chloe", "Dmitri", "Esther", "Felix", "Gustav", "Hana", "Ivan",
         "Julia", "Kofi", "Lucia", "Mateo", "Nora", "Olga", "Pablo", "Rania", "Stefan", "Tomas", "Ulla", "Viktor",
         "Wanda", "Yara", "Zane", "Agnes", "Bjorn", "Cyrus", "Delia", "Emil", "Frieda", "Goran", "Helga"]
LAST = ["Albrecht", "Brandt", "Castillo", "Dubois", "Eriksen", "Fontaine", "Gallagher", "Hoffmann", "Ivanova",
        "Jansen", "Kowalski", "Lindqvist", "Moreau", "Nakamura", "Okafor", "Petrov", "Quinn", "Rossi", "Schmidt",
        "Tanaka", "Ueda", "Varga", "Weber", "Xu", "Yilmaz", "Zimmermann", "Abbott", "Bianchi", "Carvalho", "Dvorak",
        "Engel", "Fischer", "Grant", "Haas", "Iqbal", "Jovanovic", "Keller", "Larsen", "Mendes", "Novak", "Ortega",
        "Pereira", "Reyes", "Sato", "Toth", "Urban", "Vogel", "Wolff", "Young", "Zhou", "Marsh", "Holm", "Berg"]
CITIES = ["Berlin", "Paris", "Madrid", "Lisbon", "Vienna", "Prague", "Warsaw", "Oslo", "Stockholm", "Helsinki",
          "Dublin", "Amsterdam", "Brussels", "Zurich", "Geneva", "Munich", "Hamburg", "Milan", "Rome", "Naples",
          "Barcelona", "Seville", "Lyon", "Marseille", "Toronto", "Montreal", "Vancouver", "Chicago", "Boston",
          "Seattle", "Denver", "Austin", "Atlanta", "Tokyo", "Osaka", "Seoul", "Taipei", "Singapore", "Sydney",
          "Melbourne", "Auckland", "Cape Town", "Nairobi", "Lagos", "Cairo", "Istanbul", "Athens", "Budapest",
          "Krakow", "Copenhagen", "Edinburgh", "Manchester", "Bristol", "Leeds", "Porto", "Valencia", "Turin",
          "Rotterdam", "Antwerp", "Gothenburg", "Bergen", "Tallinn", "Riga", "Vilnius", "Ljubljana", "Zagreb"]
COUNTRY_CAPITALS = [
    ("Australia", "Canberra", "Sydney"), ("Canada", "Ottawa", "Toronto"), ("Brazil", "Brasilia", "Rio de Janeiro"),
    ("Turkey", "Ankara", "Istanbul"), ("Switzerland", "Bern", "Zurich"), ("New Zealand", "Wellington", "Auckland"),
    ("Nigeria", "Abuja", "Lagos"), ("Morocco", "Rabat", "Casablanca"), ("Vietnam", "Hanoi", "Ho Chi Minh City"),
    ("Pakistan", "Islamabad", "Karachi"), ("South Africa", "Pretoria", "Johannesburg"), ("India", "New Delhi", "Mumbai"),
    ("Kazakhstan", "Astana", "Almaty"), ("Tanzania", "Dodoma", "Dar es Salaam"), ("Myanmar", "Naypyidaw", "Yangon"),
    ("Bolivia", "Sucre", "La Paz"), ("Scotland", "Edinburgh", "Glasgow"), ("Germany", "Berlin", "Munich"),
    ("Italy", "Rome", "Milan"), ("Spain", "Madrid", "Barcelona"), ("Japan", "Tokyo", "Osaka"),
    ("Egypt", "Cairo", "Alexandria"), ("Poland", "Warsaw", "Krakow"), ("Norway", "Oslo", "Bergen"),
    ("Portugal", "Lisbon", "Porto"), ("Ireland", "Dublin", "Cork"), ("Chile", "Santiago", "Valparaiso"),
    ("Peru", "Lima", "Cusco"), ("Kenya", "Nairobi", "Mombasa"), ("Ecuador", "Quito", "Guayaquil"),
    ("Belgium", "Brussels", "Antwerp"), ("Netherlands", "Amsterdam", "Rotterdam"), ("Greece", "Athens", "Thessaloniki"),
    ("Colombia", "Bogota", "Medellin"), ("Argentina", "Buenos Aires", "Cordoba"), ("Finland", "Helsinki", "Tampere"),
]
LANGS = ["Python", "Rust", "Go", "Java", "Kotlin", "Swift", "C++", "C#", "TypeScript", "JavaScript", "Ruby", "PHP",
         "Haskell", "Elixir", "Scala", "Julia", "Lua", "Perl", "Dart", "Zig", "OCaml", "Clojure", "Fortran", "R"]
TOOLS = ["PostgreSQL", "MySQL", "SQLite", "MongoDB", "Redis", "Cassandra", "Elasticsearch", "Kafka", "RabbitMQ",
         "nginx", "Apache", "Docker", "Podman", "Kubernetes", "Terraform", "Ansible", "Git", "Mercurial", "Vim",
         "Emacs", "VS Code", "Django", "Flask", "FastAPI", "Rails", "Spring", "React", "Vue", "Svelte", "Angular",
         "pandas", "NumPy", "Polars", "PyTorch", "TensorFlow", "scikit-learn", "Celery", "Airflow", "Prometheus",
         "Grafana", "Jenkins", "GitLab CI", "Webpack", "Vite", "Gradle", "Maven", "Bazel", "CMake", "Nix", "Helm"]
SYN_A = ["Vel", "Kor", "Tam", "Bri", "Zan", "Lum", "Quor", "Nex", "Ardo", "Fen", "Mira", "Solv", "Tri", "Oka",
         "Ples", "Dro", "Heli", "Cad", "Yst", "Wen"]
SYN_B = ["mont", "ara", "ix", "ora", "ley", "ius", "dex", "ton", "ica", "wyn", "bridge", "stad", "ford", "vale",
         "berg", "holm", "lis", "ent", "ova", "ium"]
ORG_KINDS = ["Institute", "Foundation", "Company", "Labs", "Group", "Society", "Museum", "Orchestra", "University",
             "Library", "Press", "Observatory", "Hospital", "Academy", "Theatre", "Club", "Studio", "Bank"]


_VOCAB_PROPER = {w.lower() for lst in (FIRST, LAST, CITIES) for w in lst}
_VOCAB_PROPER.update(w.lower() for w in ("Python", "Rust", "Go", "Java", "Kotlin", "Swift", "Ruby", "Haskell", "Elixir", "Scala",
                                   "Julia", "Lua", "Perl", "Dart", "Zig", "Redis", "Kafka", "Docker", "Podman", "Kubernetes",
                                   "Terraform", "Ansible", "Git", "Mercurial", "Vim", "Emacs", "Django", "Flask", "Rails",
                                   "Spring", "React", "Vue", "Svelte", "Angular", "Celery", "Airflow", "Prometheus",
                                   "Grafana", "Jenkins", "Webpack", "Vite", "Gradle", "Maven", "Bazel", "Nix", "Helm",
                                   "Cassandra", "Apache", "Debian", "Ubuntu", "Linux", "Windows", "Python's"))


def person(rng: random.Random) -> str:
    return f"{rng.choice(FIRST)} {rng.choice(LAST)}"


def synth(rng: random.Random) -> str:
    return rng.choice(SYN_A) + rng.choice(SYN_B)


def org(rng: random.Random) -> str:
    r = rng.random()
    if r < 0.4:
        return f"the {synth(rng)} {rng.choice(ORG_KINDS)}"
    if r < 0.7:
        return f"{synth(rng)} {rng.choice(['Systems', 'Labs', 'Industries', 'Software', 'Robotics', 'Foods', 'Motors', 'Media'])}"
    return f"the {rng.choice(CITIES)} {rng.choice(ORG_KINDS)}"


def product(rng: random.Random) -> str:
    r = rng.random()
    if r < 0.45:
        return rng.choice(TOOLS)
    if r < 0.7:
        return rng.choice(LANGS)
    return synth(rng) + rng.choice(["", "DB", " CLI", "JS", " Pro", "Kit", " Cloud", "Sync"])


def pick2(rng: random.Random, seq):
    a, b = rng.sample(list(seq), 2)
    return a, b


def other_num(rng: random.Random, v: int, lo: int = 1, hi: int | None = None) -> int:
    """A different, plausible value near ``v``."""
    for _ in range(20):
        r = rng.random()
        if r < 0.3:
            w = v * rng.choice([2, 3, 10]) if rng.random() < 0.5 else max(lo, v // rng.choice([2, 3, 10]))
        elif r < 0.7:
            step = max(1, int(abs(v) * rng.choice([0.1, 0.2, 0.25, 0.5])))
            w = v + rng.choice([-1, 1]) * step * rng.randint(1, 3)
        else:
            w = v + rng.choice([-1, 1]) * rng.randint(1, max(2, abs(v) // 4 + 1))
        if hi is not None:
            w = min(hi, w)
        w = max(lo, w)
        if w != v:
            return w
    return v + 1


def other_year(rng: random.Random, y: int) -> int:
    d = rng.choice([1, 2, 3, 4, 5, 7, 10, 12, 15, 20, 25, 30, 50, 100])
    return y + d if rng.random() < 0.5 else y - d


LAST_PAST_YEAR = 2024


def past_year(rng: random.Random, y: int) -> int:
    """Another year near ``y`` that is not in the future (a historical record cannot move past today)."""
    w = other_year(rng, y)
    return w if w <= LAST_PAST_YEAR else y - (w - y)


# ================================================================================================
# Yes/no questions (context needed)
# ================================================================================================
YN_ITEMS_PET = ["chocolate", "grapes", "raisins", "onions", "garlic", "avocado", "xylitol", "peanut butter",
                "cooked chicken bones", "raw carrots", "blueberries", "watermelon", "cheese", "plain yogurt",
                "macadamia nuts", "apple slices", "cooked rice", "bananas", "popcorn", "coffee grounds"]
_SINGULAR = {"dogs": "dog", "cats": "cat", "puppies": "puppy", "rabbits": "rabbit", "parrots": "parrot",
             "hamsters": "hamster", "ferrets": "ferret", "guinea pigs": "guinea pig"}
YN_PETS = ["dogs", "cats", "puppies", "rabbits", "parrots", "hamsters", "ferrets", "guinea pigs"]
YN_MEDS = ["ibuprofen", "acetaminophen", "aspirin", "melatonin", "antihistamines", "vitamin D", "iron supplements",
           "St. John's wort", "naproxen", "loperamide", "omeprazole", "magnesium", "fish oil", "zinc", "caffeine pills"]
YN_MED_CTX = ["during pregnancy", "while breastfeeding", "with alcohol", "on an empty stomach", "for children under 12",
              "together with antibiotics", "before surgery", "every day for a month", "with blood thinners",
              "if I have high blood pressure"]


def _yn_question(rng: random.Random):
    """Return (question, subject phrase for answers, positive predicate, negative predicate, elaborations pos/neg)."""
    k = rng.randrange(7)
    if k == 0:
        item, pet = rng.choice(YN_ITEMS_PET), rng.choice(YN_PETS)
        q = rng.choice([f"Is {item} safe for {pet}?", f"Can I give {item} to my {_SINGULAR.get(pet, pet)}?",
                        f"Are {pet} allowed to eat {item}?", f"Is it okay to feed {pet} {item}?"])
        pos = [f"it is safe for {pet}", f"{item} is safe for {pet}", f"you can give it to {pet}", f"{pet} can eat {item}"]
        neg = [f"it is not safe for {pet}", f"{item} is not safe for {pet}", f"you should not give it to {pet}",
               f"{item} is toxic to {pet}", f"{pet} should never eat {item}", f"{item} can make {pet} seriously ill"]
        epos = ["In small amounts it is a healthy treat.", "Many owners use it as an occasional snack.",
                "Just cut it into small pieces first.", f"Most {pet} tolerate it well."]
        eneg = ["Even a small amount can cause problems.", "Call a vet if your pet has eaten some.",
                "Keep it out of reach of your pets.", "Symptoms can appear within a few hours."]
    elif k == 1:
        med, ctx = rng.choice(YN_MEDS), rng.choice(YN_MED_CTX)
        q = rng.choice([f"Can I take {med} {ctx}?", f"Is it safe to take {med} {ctx}?", f"Is {med} okay {ctx}?"])
        pos = [f"you can take {med} {ctx}", f"it is generally safe {ctx}", f"{med} is fine {ctx}", f"it's safe to take it {ctx}"]
        neg = [f"you should not take {med} {ctx}", f"it is not safe {ctx}", f"{med} should be avoided {ctx}",
               f"you must not take it {ctx}", f"taking {med} {ctx} is not recommended"]
        epos = ["Stick to the dose on the label.", "Most people tolerate it without side effects.",
                "It is one of the more commonly used options.", "Take it with a glass of water."]
        eneg = ["It can cause serious side effects.", "Ask your pharmacist about alternatives.",
                "The risks outweigh the benefits here.", "There are safer options available."]
    elif k == 2:
        tool, feat = product(rng), rng.choice(["Windows", "ARM processors", "async I/O", "Unicode file names",
                                                "transactions", "streaming responses", "type hints", "plugins",
                                                "multi-factor authentication", "offline mode", "hot reloading",
                                                "JSON output", "IPv6", "incremental backups", "dark mode"])
        q = rng.choice([f"Does {tool} support {feat}?", f"Can {tool} handle {feat}?", f"Does {tool} work with {feat}?"])
        pos = [f"{tool} supports {feat}", f"it supports {feat}", f"{feat} is supported", f"it works with {feat}"]
        neg = [f"{tool} does not support {feat}", f"it does not support {feat}", f"{feat} is not supported",
               f"it has no support for {feat}", f"it doesn't work with {feat}"]
        epos = [f"It has been available since version {rng.randint(1, 9)}.{rng.randint(0, 12)}.",
                "You can enable it in the settings.", "The documentation has a section on it.",
                "It works out of the box."]
        eneg = ["You would need a third-party extension for that.", "It is a frequently requested feature.",
                "Consider an alternative if you need it.", "There is an open issue about it."]
    elif k == 3:
        a, b = pick2(rng, LANGS)
        adj = rng.choice(["statically typed", "garbage collected", "compiled", "interpreted", "memory safe",
                          "object oriented", "case sensitive"])
        q = rng.choice([f"Is {a} {adj}?", f"Would you say {a} is {adj}?"])
        pos = [f"{a} is {adj}", f"it is {adj}"]
        neg = [f"{a} is not {adj}", f"it is not {adj}", f"it isn't {adj}"]
        epos = [f"That is one of the main things people notice about {a}.", f"The same is true of {b}."]
        eneg = [f"This surprises people coming from {b}.", f"Some tools add this on top of {a}, though."]
    elif k == 4:
        act = rng.choice(["freeze cooked rice", "reuse frying oil", "charge my phone overnight", "mix bleach and vinegar",
                          "run the dishwasher half full", "plant tomatoes in March", "paint over wallpaper",
                          "use olive oil for baking", "water succulents every day", "wash wool in hot water",
                          "leave the laptop plugged in", "cancel the subscription at any time",
                          "deduct home office costs", "bring a power bank on a plane", "drink tap water in the city"])
        q = rng.choice([f"Can I {act}?", f"Is it okay to {act}?", f"Should I {act}?"])
        pos = [f"you can {act}", f"it is fine to {act}", f"it's okay to {act}"]
        neg = [f"you should not {act}", f"you can't {act}", f"it is not a good idea to {act}", f"don't {act}"]
        epos = ["Plenty of people do it without any problems.", "Just follow the usual precautions.",
                "It saves time, too."]
        eneg = ["It tends to cause problems later.", "There is a better way to do it.", "It can be dangerous."]
    elif k == 5:
        x = rng.choice(["the museum", "the library", "the pharmacy", "the post office", "the pool", "the bank",
                        "the train station ticket office", "the city hall", "the clinic"])
        day = rng.choice(["on Sundays", "on public holidays", "after 8 pm", "on Saturday mornings", "in August"])
        q = rng.choice([f"Is {x} open {day}?", f"Can I visit {x} {day}?"])
        pos = [f"{x} is open {day}", f"it is open {day}", f"you can visit {day}"]
        neg = [f"{x} is closed {day}", f"it is closed {day}", f"it is not open {day}", f"you can't visit {day}"]
        epos = ["Opening hours are listed on the website.", "It can be busy, so arrive early."]
        eneg = ["Plan your visit for a weekday instead.", "The website lists the regular hours."]
    else:
        who = rng.choice(["a visa", "a permit", "a license", "a reservation", "an appointment", "a helmet",
                          "a background check", "a prescription"])
        for_ = rng.choice(["for this trip", "to fish in the lake", "for the exam", "to ride an e-scooter",
                           "to buy it", "for a short stay", "to open the account"])
        q = rng.choice([f"Do I need {who} {for_}?", f"Is {who} required {for_}?"])
        pos = [f"you need {who} {for_}", f"{who} is required {for_}", "it is required"]
        neg = [f"you don't need {who} {for_}", f"{who} is not required {for_}", "it is not required",
               f"no {who.split(' ', 1)[1]} is needed"]
        epos = ["Apply a few weeks in advance.", "Bring it with you, as it may be checked."]
        eneg = ["That makes the process quick.", "You only need a valid ID."]
    return q, pos, neg, epos, eneg


def cat_yesno_flip(rng: random.Random) -> Triple:
    q, pos, neg, _, _ = _yn_question(rng)
    first_yes = rng.random() < 0.6
    a, b = (pos, neg) if first_yes else (neg, pos)
    y1, y2 = ("Yes", "No") if first_yes else ("No", "Yes")
    earlier = rng.choice([f"{y1}, {rng.choice(a)}.", f"{y1}.", f"{y1} - {rng.choice(a)}.", f"{cap(rng.choice(a))}.",
                          f"Short answer: {y1.lower()}.", f"{y1}, absolutely." if first_yes else f"{y1}, definitely not."])
    r = rng.random()
    if r < 0.3:
        later = rng.choice([f"Actually, {y2.lower()}.", f"Wait, {y2.lower()}.", f"{y2}, actually.",
                            f"Correction: the answer is {y2.lower()}.", f"So the answer is {y2.lower()}.",
                            f"On reflection, {y2.lower()}.", f"I misspoke - the answer is {y2.lower()}."])
    elif r < 0.65:
        later = f"{y2}, {rng.choice(b)}."
        if rng.random() < 0.4:
            later = with_marker(rng.choice(MARKERS), later)
    else:
        later = cap(rng.choice(b)) + "."
        if rng.random() < 0.35:
            later = with_marker(rng.choice(MARKERS), later)
    return (q, earlier, later)


def cat_yesno_consistent(rng: random.Random) -> Triple:
    q, pos, neg, epos, eneg = _yn_question(rng)
    yes = rng.random() < 0.55
    a, e, y = (pos, epos, "Yes") if yes else (neg, eneg, "No")
    earlier = rng.choice([f"{y}, {rng.choice(a)}.", f"{y}.", f"{cap(rng.choice(a))}."])
    r = rng.random()
    if r < 0.5:
        later = rng.choice(e)
    elif r < 0.8:
        later = cap(rng.choice(a)) + rng.choice([".", " in most cases.", ", as long as you follow the usual guidance."])
        if rng.random() < 0.3:
            later = rng.choice(["To be clear, ", "Again, ", "So, ", "In short, ", "Actually, "]) + lower_first(later)
    else:
        later = rng.choice(["That's the short answer.", "Let me explain why.", "Here is some more detail.",
                            "The details depend on your situation.", f"{y}, and here's why."])
    if rng.random() < 0.2:  # elaboration first, the verdict later
        earlier, later = later, earlier
    return (q, earlier, later)


# ================================================================================================
# Numbers
# ================================================================================================
DRUGS = ["ibuprofen", "acetaminophen", "amoxicillin", "metformin", "naproxen", "cetirizine", "loratadine",
         "prednisone", "omeprazole", "vitamin C", "magnesium citrate", "melatonin", "aspirin", "zinc"]
PLANS = ["Basic", "Standard", "Premium", "Pro", "Team", "Business", "Starter", "Family", "Student", "Enterprise"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def _num_fact(rng: random.Random):
    """Return (question, render(v) -> list of phrasings, v, other(v), render_other_slot list) for one fact."""
    k = rng.randrange(16)
    if k == 0:
        d, v = rng.choice(DRUGS), rng.choice([5, 10, 25, 50, 100, 200, 250, 300, 400, 500, 600, 800, 1000])
        h = rng.choice([4, 6, 8, 12, 24])
        q = rng.choice([f"How much {d} should I take?", f"What is the normal dose of {d}?", None])
        f = lambda x: [f"The usual adult dose of {d} is {x} mg every {h} hours.", f"Take {x} mg of {d} every {h} hours.",
                       f"Adults typically take {x} mg every {h} hours.", f"The standard dose is {x} mg."]
        extra = [f"Do not take more than {v * (24 // h)} mg in 24 hours.", "Take it with food to avoid an upset stomach.",
                 "Children need a smaller dose based on their weight.", f"Space the doses at least {h} hours apart."]
        return q, f, v, other_num(rng, v, 1), extra
    if k == 1:
        p, v = rng.choice(PLANS), rng.choice([3, 5, 8, 9, 10, 12, 15, 19, 20, 25, 29, 49, 99])
        svc = synth(rng) + rng.choice(["", " Cloud", " Music", " Drive", "Mail"])
        q = rng.choice([f"How much does the {svc} {p} plan cost?", f"What's the price of {svc} {p}?", None])
        f = lambda x: [f"The {p} plan of {svc} costs ${x} per month.", f"{svc} {p} is ${x} a month.",
                       f"You pay ${x} monthly for the {p} plan.", f"The {p} tier is priced at ${x} per month."]
        extra = [f"Billed annually, that comes to ${v * 12} per year.", f"There is a free trial for the first {rng.choice([7, 14, 30])} days.",
                 f"The price includes {rng.choice([2, 5, 10, 50, 100])} GB of storage.", "You can cancel at any time."]
        return q, f, v, other_num(rng, v, 1), extra
    if k == 2:
        v = rng.randint(5, 95)
        grp = rng.choice(["adults in the survey", "of users", "of the respondents", "of households", "of the patients",
                          "of small businesses", "of the students", "of the voters"])
        act = rng.choice(["reported using it daily", "said they would recommend it", "own a dog", "work remotely",
                          "improved within a week", "had no side effects", "use cloud backups", "passed the exam"])
        q = rng.choice([None, "What did the survey find?", "How common is that?"])
        f = lambda x: [f"About {x}% {grp} {act}.", f"Roughly {x} percent {grp} {act}.",
                       f"The share {grp} who {act.replace('reported', 'report').replace('said', 'say')} is {x}%."]
        extra = [f"The survey covered {rng.choice([500, 1200, 2000, 3500])} people.", f"That is up from {max(1, v - rng.randint(2, 10))}% two years earlier.",
                 "The results were published last spring."]
        return q, f, v, other_num(rng, v, 1, 99), extra
    if k == 3:
        o, y = org(rng), rng.randint(1820, 2015)
        q = rng.choice([f"When was {o} founded?", f"How old is {o}?", None])
        f = lambda x: [f"{cap(o)} was founded in {x}.", f"{cap(o)} was established in {x}.", f"{cap(o)} dates back to {x}.",
                       f"It was founded in {x}."]
        extra = [f"{cap(o)} moved to {rng.choice(CITIES)} in {y + rng.randint(3, 40)}.",
                 f"Its first director was {person(rng)}.", f"Today it has about {rng.choice([40, 120, 300, 2000])} employees.",
                 f"It celebrated its {rng.choice([25, 50, 100])}th anniversary with an exhibition."]
        return q, f, y, other_year(rng, y), extra
    if k == 4:
        pr, y = person(rng), rng.randint(1800, 1995)
        q = rng.choice([f"When was {pr} born?", f"Who was {pr}?", None])
        f = lambda x: [f"{pr} was born in {x}.", f"{pr} was born in {rng.choice(CITIES)} in {x}.", f"Born in {x}, {pr} grew up in {rng.choice(CITIES)}."]
        extra = [f"{pr.split()[0]} published a first book in {y + rng.randint(20, 35)}.", f"{pr.split()[0]} studied physics in {rng.choice(CITIES)}.",
                 f"{pr.split()[0]} died in {y + rng.randint(50, 90)}."]
        return q, f, y, other_year(rng, y), extra
    if k == 5:
        m, dd = rng.choice(MONTHS), rng.randint(1, 28)
        ev = rng.choice(["The application deadline", "The conference", "The tax filing deadline", "The product launch",
                         "The final exam", "The festival", "Registration", "The early-bird discount"])
        q = rng.choice([f"When is {ev.lower()}?", None])
        f = lambda x: [f"{ev} is on {m} {x}.", f"{ev} falls on {m} {x}.", f"{ev} is scheduled for {m} {x}."]
        extra = [f"Registration opens {rng.choice([two for two in ['two weeks', 'a month', 'ten days']])} before that.",
                 "Late submissions are not accepted.", f"It runs for {rng.choice([2, 3, 5])} days."]
        return q, f, dd, other_num(rng, dd, 1, 28), extra
    if k == 6:
        t = rng.choice([7, 8, 9, 10, 11])
        place = rng.choice(["The store", "The museum", "The gym", "The café", "The office", "The library", "The clinic"])
        q = rng.choice([f"What time does {place.lower()} open?", None])
        f = lambda x: [f"{place} opens at {x} am.", f"{place} opens its doors at {x} am.", f"Opening time is {x} am."]
        extra = [f"{place} closes at {rng.choice([5, 6, 7, 8, 9])} pm.", "It is closed on public holidays.",
                 "Weekend hours are shorter."]
        return q, f, t, other_num(rng, t, 5, 12), extra
    if k == 7:
        v = rng.choice([3, 5, 7, 8, 10, 12, 15, 20, 25, 30, 40, 45, 60, 90])
        food = rng.choice(["the eggs", "the pasta", "the rice", "the potatoes", "the chicken", "the bread", "the lentils",
                           "the broccoli", "the salmon", "the cake"])
        verb = rng.choice(["Boil", "Bake", "Cook", "Simmer", "Roast", "Steam"])
        q = rng.choice([f"How long should I cook {food}?", None])
        f = lambda x: [f"{verb} {food} for {x} minutes.", f"{cap(food)} need about {x} minutes.", f"It takes {x} minutes to {verb.lower()} {food}."]
        extra = [f"Preheat the oven to {rng.choice([180, 200, 220])} degrees first.", "Season with salt and pepper.",
                 "Let it rest for a few minutes before serving."]
        return q, f, v, other_num(rng, v, 1), extra
    if k == 8:
        v = rng.choice([4, 6, 8, 10, 12, 14, 18, 20, 24, 30, 36, 48])
        dev = rng.choice(["The battery", "The laptop battery", "A full charge", "The headphones", "The e-reader battery"])
        q = rng.choice(["How long does the battery last?", None])
        f = lambda x: [f"{dev} lasts about {x} hours.", f"{dev} gives you roughly {x} hours of use.", f"Expect around {x} hours per charge."]
        extra = [f"Charging takes about {rng.choice([1, 2, 3])} hours.", "Battery life drops with the screen at full brightness.",
                 f"It weighs {rng.choice([180, 250, 900, 1200, 1400])} grams."]
        return q, f, v, other_num(rng, v, 1), extra
    if k == 9:
        v = rng.choice([3, 4, 5, 6, 7, 8, 9, 11, 12, 15, 20, 24, 30, 50])
        team = rng.choice(["The team", "The committee", "The board", "The band", "The research group", "The class"])
        q = rng.choice([f"How many members does {team.lower()} have?", None])
        f = lambda x: [f"{team} has {x} members.", f"{team} consists of {x} people.", f"There are {x} people in {team.lower()}."]
        extra = [f"{team} meets every {rng.choice(DAYS)}.", f"It was formed in {rng.randint(1990, 2020)}.",
                 f"{rng.choice([2, 3])} of them joined this year."]
        return q, f, v, other_num(rng, v, 1), extra
    if k == 10:
        v = rng.choice([312, 845, 1200, 1650, 2350, 2962, 3798, 4478, 4808, 5895, 6190, 8849])
        mtn = f"Mount {synth(rng)}" if rng.random() < 0.6 else f"{synth(rng)} Peak"
        q = rng.choice([f"How tall is {mtn}?", None])
        f = lambda x: [f"{mtn} is {x} meters high.", f"{mtn} rises to {x} meters.", f"The summit of {mtn} is at {x} meters."]
        extra = [f"The first recorded ascent was in {rng.randint(1850, 1960)}.", f"The hike to the top takes about {rng.choice([4, 6, 8, 10])} hours.",
                 f"It is the highest point in the {synth(rng)} range."]
        return q, f, v, other_num(rng, v, 100), extra
    if k == 11:
        v = rng.choice([10, 30, 50, 60, 100, 120, 300, 500, 600, 1000, 5000])
        api = synth(rng) + rng.choice([" API", " service", " endpoint"])
        unit = rng.choice(["minute", "hour", "second"])
        q = rng.choice([f"What is the rate limit of the {api}?", None])
        f = lambda x: [f"The {api} allows {x} requests per {unit}.", f"You can make up to {x} requests per {unit} to the {api}.",
                       f"The rate limit is {x} requests per {unit}."]
        extra = ["Requests over the limit get a 429 response.", f"Each response is capped at {rng.choice([1, 5, 10])} MB.",
                 "Paid plans have higher limits."]
        return q, f, v, other_num(rng, v, 1), extra
    if k == 12:
        v = rng.choice([80, 443, 3000, 5000, 5432, 6379, 8000, 8080, 8443, 9000, 9090, 27017])
        svc = rng.choice(TOOLS[:14] + ["the dev server", "the admin panel", "the metrics exporter"])
        q = rng.choice([f"Which port does {svc} use?", None])
        f = lambda x: [f"By default, {svc} listens on port {x}.", f"{cap(svc)} uses port {x} by default.", f"The default port is {x}."]
        extra = ["You can change it in the configuration file.", "Make sure the firewall allows it.",
                 f"The admin interface is on a separate port, {v + rng.randint(1, 9)}."]
        return q, f, v, other_num(rng, v, 1, 65535), extra
    if k == 13:
        v = rng.choice([5, 10, 16, 20, 25, 50, 100, 250, 500, 2048])
        what = rng.choice(["attachments", "uploads", "images", "log files", "video uploads"])
        q = rng.choice([f"What is the size limit for {what}?", None])
        f = lambda x: [f"The maximum size for {what} is {x} MB.", f"{cap(what)} can be up to {x} MB.", f"The limit for {what} is {x} MB."]
        extra = ["Larger files must be split.", f"You can upload up to {rng.choice([5, 10, 20])} files at once.",
                 "Supported formats are listed in the help center."]
        return q, f, v, other_num(rng, v, 1), extra
    if k == 14:
        maj, mi = rng.randint(1, 9), rng.randint(0, 20)
        tool = product(rng)
        q = rng.choice([f"What's the latest version of {tool}?", None])
        f = lambda x: [f"The latest stable release of {tool} is {maj}.{x}.", f"{tool} {maj}.{x} is the current stable version.",
                       f"The current version is {maj}.{x}."]
        extra = [f"It was released in {MONTHS[rng.randrange(12)]}.", "The changelog lists the new features.",
                 f"Version {maj + 1}.0 is planned for next year."]
        return q, f, mi, other_num(rng, mi, 0, 30), extra
    v = rng.choice([12, 18, 20, 25, 40, 55, 65, 70, 90, 120, 150, 300])
    bridge = rng.choice([f"The {synth(rng)} Bridge", f"The {synth(rng)} Tunnel", f"The {synth(rng)} Canal", f"The {synth(rng)} Trail"])
    q = rng.choice([f"How long is {bridge[4:]}?", None])
    f = lambda x: [f"{bridge} is {x} kilometers long.", f"{bridge} stretches for {x} km.", f"{bridge} has a length of {x} km."]
    extra = [f"It opened in {rng.randint(1900, 2020)}.", f"About {rng.choice([2, 10, 40])} thousand people use it each day.",
             "Construction took several years."]
    return q, f, v, other_num(rng, v, 1), extra


def cat_number_change(rng: random.Random) -> Triple:
    q, f, v, w, _ = _num_fact(rng)
    earlier = rng.choice(f(v))
    r = rng.random()
    if r < 0.55:
        later = rng.choice(f(w))
    elif r < 0.75:
        later = with_marker(rng.choice(MARKERS), rng.choice(f(w)))
    else:
        later = rng.choice([f"{cap(rng.choice(f(w)))[:-1]}, not {v}.", f"I mean {w}, not {v}.",
                            f"It's {w}, not {v}." if rng.random() < 0.5 else f"The correct figure is {w}.",
                            f"Sorry, the number is {w}.", f"Make that {w}."])
        if "%" in earlier and rng.random() < 0.5:
            later = f"Sorry, it's {w}%, not {v}%."
    if r < 0.55 and rng.random() < 0.3:
        earlier, later = later, earlier
    return (q if rng.random() < 0.6 else None, earlier, later)


def cat_number_consistent(rng: random.Random) -> Triple:
    q, f, v, _, extra = _num_fact(rng)
    a = rng.choice(f(v))
    r = rng.random()
    if r < 0.4:
        b = rng.choice(extra)
    elif r < 0.7:
        cands = [x for x in f(v) if x != a]
        b = rng.choice(cands) if cands else rng.choice(extra)
        if rng.random() < 0.3:
            b = rng.choice(["To repeat: ", "So, ", "Again, ", "In short, ", "Just to confirm, "]) + lower_first(b)
    else:
        b = rng.choice([f"That's {v} in total.", f"Yes, {v} is right.", f"Keep that {v} in mind.",
                        f"The figure of {v} comes from the official documentation."]) if rng.random() < 0.5 \
            else rng.choice(extra)
    earlier, later = (a, b) if rng.random() < 0.7 else (b, a)
    return (q if rng.random() < 0.6 else None, earlier, later)


# ================================================================================================
# Entities
# ================================================================================================
BOOK_W = ["Silent", "Northern", "Glass", "Iron", "Hidden", "Last", "Winter", "Paper", "Distant", "Broken", "Golden",
          "Quiet", "Salt", "Burning", "Lonely", "Crimson", "Hollow", "Wandering"]
BOOK_N = ["Harbor", "Garden", "Orchard", "River", "Archive", "Lighthouse", "Cartographer", "Season", "Kingdom",
          "Bridge", "Sparrow", "Empire", "Island", "Letters", "Theorem", "Machine", "Atlas", "Sister"]
INVENTIONS = ["the pressure cooker", "the folding bicycle", "the safety pin", "the electric kettle", "the ballpoint pen",
              "the zipper", "the paper clip", "the thermos flask", "the hearing aid", "the traffic light",
              "the espresso machine", "the dishwasher", "the tin can", "the stapler", "the vacuum cleaner"]


def _entity_fact(rng: random.Random):
    """Return (question, f(obj) -> phrasings, obj, other obj, subject-varying g(subj2, obj2) for different subjects)."""
    k = rng.randrange(9)
    if k == 0:
        c, cap_, oth = rng.choice(COUNTRY_CAPITALS)
        c2, cap2, _ = rng.choice([x for x in COUNTRY_CAPITALS if x[0] != c])
        q = rng.choice([f"What is the capital of {c}?", None])
        f = lambda x, s=c: [f"The capital of {s} is {x}.", f"{x} is the capital of {s}.", f"{s}'s capital city is {x}."]
        wrong = oth if rng.random() < 0.6 else rng.choice([x[1] for x in COUNTRY_CAPITALS if x[1] != cap_])
        return q, f, cap_, wrong, (lambda: rng.choice(f(cap2, c2)))
    if k == 1:
        book = f"The {rng.choice(BOOK_W)} {rng.choice(BOOK_N)}"
        a, b = person(rng), person(rng)
        book2 = f"The {rng.choice(BOOK_W)} {rng.choice(BOOK_N)}"
        q = rng.choice([f"Who wrote {book}?", None])
        f = lambda x, s=book: [f"{s} was written by {x}.", f"{x} wrote {s}.", f"{s} is a novel by {x}.", f"The author of {s} is {x}."]
        return q, f, a, b, (lambda: rng.choice(f(b, book2)))
    if k == 2:
        inv, inv2 = pick2(rng, INVENTIONS)
        a, b = person(rng), person(rng)
        q = rng.choice([f"Who invented {inv}?", None])
        f = lambda x, s=inv: [f"{cap(s)} was invented by {x}.", f"{x} invented {s}.", f"{x} is credited with inventing {s}."]
        return q, f, a, b, (lambda: rng.choice(f(b, inv2)))
    if k == 3:
        o, o2 = org(rng), org(rng)
        a, b = pick2(rng, CITIES)
        q = rng.choice([f"Where is {o} based?", f"Where is {o} headquartered?", None])
        f = lambda x, s=o: [f"{cap(s)} is headquartered in {x}.", f"{cap(s)} is based in {x}.", f"The headquarters of {s} are in {x}."]
        return q, f, a, b, (lambda: rng.choice(f(b, o2)))
    if k == 4:
        o, o2 = org(rng), org(rng)
        a, b = person(rng), person(rng)
        q = rng.choice([f"Who founded {o}?", None])
        f = lambda x, s=o: [f"{cap(s)} was founded by {x}.", f"{x} founded {s}.", f"The founder of {s} is {x}."]
        return q, f, a, b, (lambda: rng.choice(f(b, o2)))
    if k == 5:
        p, p2 = person(rng), person(rng)
        a, b = pick2(rng, CITIES)
        q = rng.choice([f"Where was {p} born?", None])
        f = lambda x, s=p: [f"{s} was born in {x}.", f"{s} is a native of {x}.", f"{s}'s birthplace is {x}."]
        return q, f, a, b, (lambda: rng.choice(f(b, p2)))
    if k == 6:
        proj, proj2 = synth(rng), synth(rng)
        a, b = person(rng), person(rng)
        q = rng.choice([f"Who maintains {proj}?", None])
        f = lambda x, s=proj: [f"{s} is maintained by {x}.", f"The lead maintainer of {s} is {x}.", f"{x} maintains {s}."]
        return q, f, a, b, (lambda: rng.choice(f(b, proj2)))
    if k == 7:
        lm = f"the {synth(rng)} {rng.choice(['Tower', 'Cathedral', 'Palace', 'Gallery', 'Fountain', 'Castle', 'Stadium'])}"
        lm2 = f"the {synth(rng)} {rng.choice(['Tower', 'Museum', 'Gate', 'Market', 'Opera House'])}"
        a, b = pick2(rng, CITIES)
        q = rng.choice([f"Where is {lm}?", None])
        f = lambda x, s=lm: [f"{cap(s)} is located in {x}.", f"{cap(s)} is in {x}.", f"You'll find {s} in {x}."]
        return q, f, a, b, (lambda: rng.choice(f(b, lm2)))
    c1 = rng.choice(COUNTRY_CAPITALS)[0]
    c2 = rng.choice([x[0] for x in COUNTRY_CAPITALS if x[0] != c1])
    ev = rng.choice(["the 2031 summit", "the next world championship", "the final", "the film festival", "the expo"])
    ev2 = rng.choice(["the youth games", "the trade fair", "the science olympiad"])
    q = rng.choice([f"Where will {ev} take place?", None])
    f = lambda x, s=ev: [f"{cap(s)} will take place in {x}.", f"{cap(s)} is being hosted by {x}.", f"{x} will host {s}."]
    return q, f, c1, c2, (lambda: rng.choice(f(c2, ev2)))


def cat_entity_swap(rng: random.Random) -> Triple:
    q, f, a, b, _ = _entity_fact(rng)
    earlier = rng.choice(f(a))
    later = rng.choice(f(b))
    r = rng.random()
    if r < 0.3:
        later = with_marker(rng.choice(MARKERS), later)
    elif r < 0.45:
        later = rng.choice([f"I mean {b}, not {a}.", f"Sorry, it was {b}, not {a}.", f"That should be {b}, not {a}.",
                            f"It's {b}, not {a}."])
    elif r < 0.6:
        later = rng.choice([f"Wait, it's not {a}.", f"{a} is not correct there.", f"Actually, it wasn't {a}."]) if rng.random() < 0.5 else later
    if rng.random() < 0.2 and r >= 0.6:
        earlier, later = later, earlier
    return (q if rng.random() < 0.5 else None, earlier, later)


def cat_different_subject(rng: random.Random) -> Triple:
    r = rng.random()
    if r < 0.35:
        q, f, a, b, g = _entity_fact(rng)
        earlier, later = rng.choice(f(a)), g()
        q = q if rng.random() < 0.3 else None
    elif r < 0.55:
        a, b = pick2(rng, LANGS)
        pairs = [("dynamically typed", "statically typed"), ("garbage collected", "manually memory-managed"),
                 ("interpreted", "compiled ahead of time"), ("mostly used for web backends", "mostly used for systems programming"),
                 ("easy for beginners", "known for a steep learning curve"), ("single-threaded by default", "built around lightweight threads")]
        x, y = rng.choice(pairs)
        if rng.random() < 0.5:
            x, y = y, x
        earlier, later = f"{a} is {x}.", f"{b} is {y}."
        if rng.random() < 0.4:
            later = rng.choice([f"{b}, on the other hand, is {y}.", f"By contrast, {b} is {y}.", f"{b} is {y}, though."])
        q = rng.choice([None, f"What's the difference between {a} and {b}?"])
    elif r < 0.75:
        q, f, v, w, _ = _num_fact(rng)
        # same predicate about a different subject: regenerate a fresh fact of the same family with another value
        q2, f2, v2, _, _ = _num_fact(rng)
        earlier, later = rng.choice(f(v)), rng.choice(f2(v2))
        q = None
    else:
        d1, d2 = pick2(rng, DRUGS)
        v1, v2 = rng.choice([200, 250, 400, 500]), rng.choice([5, 10, 20, 50, 100])
        earlier = f"For {d1}, the usual dose is {v1} mg."
        later = rng.choice([f"For {d2}, it is {v2} mg.", f"{cap(d2)} is usually taken at {v2} mg.", f"The dose of {d2} is lower, around {v2} mg."])
        q = rng.choice([None, f"What are the doses of {d1} and {d2}?"])
    if rng.random() < 0.2:
        earlier, later = later, earlier
    return (q, earlier, later)


# ================================================================================================
# Recommendations, comparisons, properties
# ================================================================================================
TASKS = [
    ("a small web API", ["FastAPI", "Flask", "Express", "Django", "Go's standard library"]),
    ("caching session data", ["Redis", "Memcached", "an in-memory dictionary", "SQLite"]),
    ("a first programming language", ["Python", "JavaScript", "Scratch", "Go", "Ruby"]),
    ("data analysis", ["pandas", "Polars", "R", "Excel", "DuckDB"]),
    ("storing passwords", ["bcrypt", "Argon2", "scrypt", "plain SHA-256", "MD5"]),
    ("a beginner runner", ["a couch-to-5k plan", "interval training", "daily 10k runs", "walking breaks"]),
    ("back pain", ["gentle stretching", "bed rest", "a heating pad", "yoga", "heavy deadlifts"]),
    ("a long-haul flight", ["an aisle seat", "a window seat", "compression socks", "sleeping pills"]),
    ("an emergency fund", ["a high-yield savings account", "index funds", "cryptocurrency", "a checking account"]),
    ("a dry cough", ["honey and warm tea", "a humidifier", "cough syrup", "antibiotics"]),
    ("a shared family calendar", ["Google Calendar", "a paper planner", "a group chat", "Outlook"]),
    ("editing large videos", ["a desktop computer", "a tablet", "DaVinci Resolve", "an online editor"]),
    ("cleaning a cast-iron pan", ["coarse salt", "the dishwasher", "soap and water", "steel wool"]),
    ("a houseplant in low light", ["a snake plant", "a pothos", "a cactus", "a fiddle-leaf fig"]),
    ("backing up photos", ["an external drive", "a cloud service", "a USB stick", "a NAS"]),
    ("learning Spanish", ["a language exchange", "an app", "evening classes", "watching films with subtitles"]),
    ("container orchestration", ["Kubernetes", "Docker Compose", "Nomad", "systemd units"]),
    ("a logo file", ["SVG", "PNG", "JPEG", "PDF"]),
]


def cat_recommendation_flip(rng: random.Random) -> Triple:
    task, opts = rng.choice(TASKS)
    a = rng.choice(opts)
    q = rng.choice([f"What do you recommend for {task}?", f"What should I use for {task}?", f"Any advice on {task}?", None])
    earlier = rng.choice([f"I recommend {a} for {task}.", f"I'd go with {a}.", f"{cap(a)} is the best choice for {task}.",
                          f"Use {a} for {task}.", f"My top pick would be {a}.", f"{cap(a)} works well for {task}."])
    later = rng.choice([f"Avoid {a} for {task}.", f"I wouldn't use {a} for {task}.", f"{cap(a)} is a poor choice for {task}.",
                        f"Don't use {a} here.", f"{cap(a)} is not a good fit for {task}.", f"Stay away from {a} for this.",
                        f"I would not recommend {a}."])
    if rng.random() < 0.5:
        later = with_marker(rng.choice(MARKERS), later)
    if rng.random() < 0.15:
        earlier, later = later, earlier
        if rng.random() < 0.5:
            later = with_marker(rng.choice(MARKERS), rng.choice([f"{cap(a)} is actually the best option here.", f"I do recommend {a}."]))
    return (q, earlier, later)


def cat_recommendation_consistent(rng: random.Random) -> Triple:
    """(folded into conditional_branches / pros_cons / compatible_facts; used by compatible_facts)"""
    task, opts = rng.choice(TASKS)
    a, b = rng.sample(opts, 2)
    q = rng.choice([f"What do you recommend for {task}?", None])
    earlier = rng.choice([f"I recommend {a} for {task}.", f"{cap(a)} is a solid choice.", f"Go with {a}."])
    later = rng.choice([f"{cap(b)} is also a reasonable option.", f"If {a} isn't available, {b} works too.",
                        f"Some people prefer {b}, which is fine as well.", f"{cap(a)} is actually easy to get started with.",
                        f"You can always switch to {b} later.", "Whatever you pick, test it before committing."])
    return (q, earlier, later)


DIMS = [("faster", "slower", "fast"), ("cheaper", "more expensive", "cheap"), ("lighter", "heavier", "light"),
        ("larger", "smaller", "large"), ("older", "newer", "old"), ("safer", "riskier", "safe"),
        ("more popular", "less popular", "popular"), ("easier to learn", "harder to learn", "easy to learn"),
        ("more accurate", "less accurate", "accurate"), ("quieter", "louder", "quiet"), ("warmer", "colder", "warm"),
        ("taller", "shorter", "tall"), ("more efficient", "less efficient", "efficient"), ("longer", "shorter", "long")]


_DIM_BY_KIND = {
    "tech": [("faster", "slower", "fast"), ("easier to learn", "harder to learn", "easy to learn"),
             ("more popular", "less popular", "popular"), ("older", "newer", "old"), ("more efficient", "less efficient", "efficient"),
             ("more stable", "less stable", "stable"), ("lighter", "heavier", "light")],
    "city": [("larger", "smaller", "large"), ("older", "younger", "old"), ("warmer", "colder", "warm"),
             ("more expensive", "cheaper", "expensive"), ("rainier", "drier", "rainy"), ("busier", "quieter", "busy")],
    "plan": [("cheaper", "more expensive", "cheap"), ("more popular", "less popular", "popular"), ("more flexible", "less flexible", "flexible")],
    "trip": [("faster", "slower", "fast"), ("cheaper", "more expensive", "cheap"), ("safer", "riskier", "safe"),
             ("more comfortable", "less comfortable", "comfortable"), ("more scenic", "less scenic", "scenic")],
}


def _cmp_items(rng: random.Random):
    r = rng.random()
    if r < 0.3:
        return pick2(rng, LANGS) + ("tech",)
    if r < 0.55:
        return pick2(rng, TOOLS) + ("tech",)
    if r < 0.75:
        return pick2(rng, CITIES) + ("city",)
    if r < 0.88:
        return pick2(rng, [f"the {p} plan" for p in PLANS]) + ("plan",)
    return pick2(rng, ["the train", "the bus", "the ferry", "a taxi", "the express route", "the coastal road", "the bike path"]) + ("trip",)


def cat_comparison_flip(rng: random.Random) -> Triple:
    a, b, kind = _cmp_items(rng)
    c, anti, base = rng.choice(_DIM_BY_KIND[kind])
    earlier = rng.choice([f"{cap(a)} is {c} than {b}.", f"{cap(a)} is generally {c} than {b}.", f"Compared with {b}, {a} is {c}."])
    later = rng.choice([f"{cap(b)} is {c} than {a}.", f"{cap(a)} is {anti} than {b}.", f"{cap(a)} is not as {base} as {b}.",
                        f"{cap(b)} is the {c.replace('more ', 'more ')} of the two." if not c.startswith(("more", "less", "easier", "harder")) else f"{cap(b)} is {c} than {a}.",
                        f"{cap(a)} is {anti} than {b}, not {c}."])
    if rng.random() < 0.4:
        later = with_marker(rng.choice(MARKERS), later)
    q = rng.choice([None, None, f"Which is {c}, {a} or {b}?", f"How does {a} compare to {b}?"])
    return (q, earlier, later)


PROPS = [  # (family, positive, negative/antonym)
    ("thread", "is thread-safe", "is not thread-safe"), ("unicode", "supports Unicode", "does not support Unicode"),
    ("net", "requires an internet connection", "works fully offline"), ("license", "is free to use", "requires a paid license"),
    ("source", "is open source", "is closed source"), ("os", "runs on Windows", "does not run on Windows"),
    ("mutable", "modifies the list in place", "returns a new list and leaves the original unchanged"),
    ("default", "is enabled by default", "is disabled by default"), ("sync", "is synchronous", "is asynchronous"),
    ("dep", "has no external dependencies", "depends on several external libraries"),
    ("compat", "is backward compatible", "breaks backward compatibility"), ("maint", "is actively maintained", "is no longer maintained"),
    ("encrypt", "encrypts data at rest", "stores data unencrypted"), ("order", "preserves insertion order", "does not preserve order"),
    ("root", "requires root privileges", "can run without root privileges"), ("gpu", "needs a GPU", "runs fine on a CPU alone"),
    ("deprecated", "is deprecated", "is the recommended approach"), ("stable", "has a stable API", "has an API that changes often"),
]
FOOD_PROPS = [("gluten", "is gluten-free", "contains gluten"), ("vegan", "is vegan", "contains animal products"),
              ("sugar", "has no added sugar", "is high in added sugar"), ("nuts", "is nut-free", "contains nuts"),
              ("spicy", "is mild", "is very spicy"), ("fresh", "should be eaten fresh", "keeps for weeks in the fridge")]
FOODS = ["this granola", "the soup", "the house bread", "this sauce", "the dessert", "the curry", "this snack bar",
         "the pasta salad", "the dressing", "the cake"]
PLACE_PROPS = [("open", "is open on Sundays", "is closed on Sundays"), ("access", "is wheelchair accessible", "is not wheelchair accessible"),
               ("pets", "allows dogs", "does not allow dogs"), ("fee", "is free to enter", "charges an entrance fee"),
               ("book", "requires a reservation", "takes walk-ins"), ("park", "has free parking", "has no parking")]
PLACES = ["the museum", "the park", "the restaurant", "the hotel", "the beach", "the gallery", "the campsite", "the spa"]


def _prop_subject(rng: random.Random):
    r = rng.random()
    if r < 0.55:
        s = rng.choice([product(rng), f"the {rng.choice(['parser', 'client', 'library', 'function', 'module', 'plugin', 'driver'])}",
                        f"the {synth(rng).lower()} {rng.choice(['module', 'package', 'tool'])}"])
        return s, PROPS
    if r < 0.8:
        return rng.choice(FOODS), FOOD_PROPS
    return rng.choice(PLACES), PLACE_PROPS


def _it(s: str) -> str:
    return "It" if s.islower() or s.startswith("the ") else s


def cat_negation(rng: random.Random) -> Triple:
    s, props = _prop_subject(rng)
    _, p, n = rng.choice(props)
    if rng.random() < 0.5:
        p, n = n, p
    earlier = f"{cap(s)} {p}."
    later = rng.choice([f"{cap(s)} {n}.", f"{_it(s)} {n}."])
    if rng.random() < 0.35:
        later = with_marker(rng.choice(MARKERS), later)
    q = rng.choice([None, None, f"Tell me about {s}.", f"What should I know about {s}?"])
    return (q, earlier, later)


def cat_compatible_facts(rng: random.Random) -> Triple:
    if rng.random() < 0.25:
        return cat_recommendation_consistent(rng)
    s, props = _prop_subject(rng)
    (f1, p1, n1), (f2, p2, n2) = rng.sample(props, 2)
    a = p1 if rng.random() < 0.5 else n1
    b = p2 if rng.random() < 0.5 else n2
    earlier = f"{cap(s)} {a}."
    later = rng.choice([f"{cap(s)} {b}.", f"{_it(s)} also {b}." if not b.startswith(("is ", "has ", "does ")) else f"{_it(s)} {b} as well.",
                        f"{_it(s)} {b}."])
    if rng.random() < 0.15:
        later = rng.choice(CONNECTIVES) + lower_first(later)
    q = rng.choice([None, None, f"Tell me about {s}."])
    return (q, earlier, later)


ANTONYM_STATES = [
    ("The meeting is still on for tomorrow.", "The meeting tomorrow has been cancelled."),
    ("You should always back up before upgrading.", "There's never any need to back up before upgrading."),
    ("The package is installed system-wide.", "The package is installed only for the current user."),
    ("Store the vaccine in the freezer.", "Never freeze the vaccine; keep it in the fridge."),
    ("The road is open to traffic.", "The road is closed to traffic."),
    ("Interest is paid monthly.", "Interest is paid once a year."),
    ("The function is pure and has no side effects.", "The function writes to a global cache."),
    ("Leave the lid on while it simmers.", "Take the lid off while it simmers."),
    ("The offer is valid for new customers only.", "Existing customers can also use the offer."),
    ("The flight is direct.", "The flight has a stopover."),
    ("You must water it daily.", "Water it only once a week."),
    ("Cold water works best for this stain.", "Use hot water on this stain."),
    ("The test suite passes on all platforms.", "The test suite fails on macOS."),
    ("Tickets can be refunded.", "Tickets are non-refundable."),
    ("The bug is fixed in the latest release.", "The latest release still has the bug."),
    ("The rule applies to everyone.", "The rule has exceptions for students."),
    ("The setting takes effect immediately.", "The setting only takes effect after a restart."),
    ("The trail is suitable for beginners.", "The trail is only for experienced hikers."),
    ("You can pay by card.", "They only accept cash."),
    ("The river freezes every winter.", "The river never freezes."),
    ("The file is read into memory all at once.", "The file is streamed line by line."),
    ("The warranty covers water damage.", "Water damage is not covered by the warranty."),
    ("Applications are reviewed in the order received.", "Applications are reviewed all at once after the deadline."),
    ("The cache is cleared on every deploy.", "The cache survives deploys."),
    ("The event is outdoors.", "The event takes place indoors."),
]


def cat_implicit_reversal(rng: random.Random) -> Triple:
    r = rng.random()
    if r < 0.4:
        a, b = rng.choice(ANTONYM_STATES)
        if rng.random() < 0.5:
            a, b = b, a
        return (None, a, b)
    if r < 0.7:
        s, props = _prop_subject(rng)
        _, p, n = rng.choice(props)
        if rng.random() < 0.5:
            p, n = n, p
        return (None, f"{cap(s)} {p}.", f"{_it(s)} {n}." if rng.random() < 0.5 else f"Keep in mind that {s} {n}.")
    # always/never, all/none
    subj = rng.choice(["The script", "The scheduler", "The installer", "The app", "The router", "The backup job"])
    act = rng.choice(["overwrites existing files", "asks for confirmation", "runs at startup", "sends a notification",
                      "keeps a log", "checks for updates", "retries failed requests"])
    pairs = [("always", "never"), ("automatically", "only when you ask it to"), ("by default", "only if you enable it")]
    x, y = rng.choice(pairs)
    if rng.random() < 0.5:
        x, y = y, x
    return (None, f"{subj} {x} {act}." if x in ("always", "never") else f"{subj} {act} {x}.",
            f"{subj} {y} {act}." if y in ("always", "never") else f"It {act} {y}.")


# A later sentence often does not restate a claim but takes it for granted: as the reason for advice
# ("Because strings are mutable, ..."), in a closing summary ("In short, ...") or in a conclusion ("So ...").
_PRESUPPOSE = ["Because {c}, {then}.", "Since {c}, {then}.", "Given that {c}, {then}.", "As {c}, {then}.",
               "{C}, so {then}.", "In short, {c}.", "So, to sum up: {c}.", "The bottom line is that {c}.",
               "To recap, {c}.", "Remember that {c} when you plan this.", "This matters because {c}."]
_THEN = ["keep that in mind", "plan around it", "you can rely on that", "check this before you start",
         "that settles the question", "the usual advice follows from it", "there is nothing more to set up",
         "that is the main thing to remember", "the rest of the steps follow from it"]


def _presupposed(rng: random.Random, clause: str) -> str:
    frame = rng.choice(_PRESUPPOSE)
    return frame.format(c=clause, C=cap(clause), then=rng.choice(_THEN))


def _claim_pair(rng: random.Random):
    """(question, earlier statement, clause of the same claim, clause of the opposite claim)."""
    r = rng.random()
    if r < 0.25:  # an exclusive recommendation: "the one to use" names one option
        task, opts = rng.choice(TASKS)
        a, b = rng.sample(opts, 2)
        q = rng.choice([f"What should I use for {task}?", f"What do you recommend for {task}?", None])
        earlier = rng.choice([f"Use {a} for {task}.", f"{cap(a)} is the best choice for {task}.", f"I recommend {a} for {task}."])
        frames = [f"{{}} is the right tool for {task}", f"{{}} is the one to use for {task}", f"the best choice for {task} is {{}}",
                  f"you should default to {{}} for {task}"]
        return q, earlier, rng.choice(frames).format(a), rng.choice(frames).format(b)
    if r < 0.6:
        q, pos, neg, _, _ = _yn_question(rng)
        same, other = (pos, neg) if rng.random() < 0.55 else (neg, pos)
        y = "Yes" if same is pos else "No"
        stated = rng.choice(same)
        earlier = rng.choice([f"{y}, {stated}.", f"{cap(stated)}."])
        return q, earlier, rng.choice(same), rng.choice(other)
    subj, props = _prop_subject(rng)
    _, p, n = rng.choice(props)
    if rng.random() < 0.5:
        p, n = n, p
    q = rng.choice([None, f"Tell me about {subj}.", f"What should I know about {subj}?"])
    return q, f"{cap(subj)} {p}.", f"{subj} {p}", f"{subj} {n}"


def cat_presupposed_flip(rng: random.Random) -> Triple:
    q, earlier, _, opposite = _claim_pair(rng)
    return (q, earlier, _presupposed(rng, opposite))


def cat_presupposed_consistent(rng: random.Random) -> Triple:
    q, earlier, same, _ = _claim_pair(rng)
    return (q, earlier, _presupposed(rng, same))


def cat_marker_correction(rng: random.Random) -> Triple:
    """Explicit self-correction of any statement kind; the marker is always present."""
    base = rng.choice([cat_number_change, cat_entity_swap, cat_negation, cat_implicit_reversal, cat_comparison_flip])
    q, e, l = base(rng)
    if not any(l.startswith(m.strip().rstrip(":,-.")) for m in MARKERS):
        l = with_marker(rng.choice(MARKERS), l)
    # sometimes the correction explicitly points back
    if rng.random() < 0.15:
        l = rng.choice(["I said that wrong earlier. ", "Ignore what I said before. ", "That last part was wrong. "]) + l
    return (q, e, l)


# ================================================================================================
# Other hard negatives
# ================================================================================================
INTENS = ["It actually works well.", "It's actually quite simple to set up.", "This actually makes a big difference.",
          "People are often surprised by how well it actually performs.", "It actually takes less time than you'd think.",
          "The results were actually better than expected.", "It's actually one of the easier options.",
          "That is actually a common approach.", "In fact, many teams use it in production.",
          "It actually saves a lot of effort.", "The setup actually takes only a few minutes.",
          "Actually, that's one of its best features.", "What actually matters most is consistency.",
          "It is actually recommended by the official documentation.", "You actually need very little to get started."]


def cat_actually_intensifier(rng: random.Random) -> Triple:
    r = rng.random()
    if r < 0.4:
        task, opts = rng.choice(TASKS)
        a = rng.choice(opts)
        earlier = rng.choice([f"I recommend {a} for {task}.", f"{cap(a)} is a good choice for {task}.", f"Many people use {a} for {task}."])
        later = rng.choice(INTENS)
        if rng.random() < 0.4:
            later = rng.choice([f"{cap(a)} is actually easier than it looks.", f"I've actually used {a} for this myself.",
                                f"{cap(a)} actually handles {task} really well.", f"Actually, {a} is also cheap."])
        return (rng.choice([None, f"What do you recommend for {task}?"]), earlier, later)
    if r < 0.7:
        s, props = _prop_subject(rng)
        _, p, n = rng.choice(props)
        a = p if rng.random() < 0.5 else n
        return (None, f"{cap(s)} {a}.", rng.choice([f"{_it(s)} actually {a.replace('is ', 'is ', 1)}, which surprises many people.",
                                                  f"Yes, {s} actually {a}.", f"In fact, {s} {a}.", rng.choice(INTENS)]))
    q, pos, neg, epos, eneg = _yn_question(rng)
    yes = rng.random() < 0.6
    a, y = (pos, "Yes") if yes else (neg, "No")
    return (q, f"{y}, {rng.choice(a)}.", rng.choice(["It's actually a common question.", f"{cap(rng.choice(a))}, actually.",
                                                     f"Actually, {rng.choice(a)} in most situations."]))


CAVEATS = ["There are a few exceptions, though.", "That said, results vary from case to case.",
           "However, some regions have different rules.", "That said, it is not the only option.",
           "Still, it's worth comparing alternatives.", "However, it may not suit every situation.",
           "Of course, your mileage may vary.", "Double-check the details for your own situation.",
           "However, this can change, so verify it before you rely on it."]
CAVEATS_HEALTH = ["However, consult a doctor if you are pregnant.", "However, check with your vet if your pet has a health condition.",
                  "Be careful with the dosage, though.", "But don't overdo it.", "Just avoid it on an empty stomach.",
                  "That said, results vary from person to person.", "However, ask a pharmacist if you take other medication.",
                  "Stop and get advice if you notice side effects.", "But small amounts are best at first."]
CAVEATS_TECH = ["That said, read the documentation for your version.", "But test it on a small sample first.",
                "However, it may be slower on very large inputs.", "But keep an eye on memory usage.",
                "Just note that it can take a while the first time.", "One caveat: older versions behave differently.",
                "However, the configuration needs some care.", "Check the release notes before upgrading, though."]


def cat_refinement_caveat(rng: random.Random) -> Triple:
    r = rng.random()
    if r < 0.35:
        q, pos, neg, epos, eneg = _yn_question(rng)
        y = rng.random() < 0.65
        a = pos if y else neg
        tech = q.startswith(("Does", "Can ")) and not any(m in q for m in YN_MEDS) and "give" not in q
        pool = CAVEATS + (CAVEATS_TECH if tech else CAVEATS_HEALTH)
        return (q, f"{'Yes' if y else 'No'}, {rng.choice(a)}.", rng.choice(pool))
    if r < 0.6:
        q, f, v, _, _ = _num_fact(rng)
        return (q if rng.random() < 0.5 else None, rng.choice(f(v)), rng.choice(CAVEATS + ["Be careful with the dosage, though." if " mg" in f(v)[0] else "Prices and limits can change.",
            f"That figure of {v} may differ slightly depending on the source.", "Some sources round it differently.",
            "These numbers are approximate."]))
    if r < 0.8:
        task, opts = rng.choice(TASKS)
        a = rng.choice(opts)
        return (None, f"I recommend {a} for {task}.", rng.choice(CAVEATS + [f"{cap(a)} does have a learning curve, though.",
                                                                            f"{cap(a)} takes a little practice, though.",
                                                                            f"It's not perfect, but {a} is still the best fit."]))
    s, props = _prop_subject(rng)
    _, p, n = rng.choice(props)
    a = p if rng.random() < 0.5 else n
    return (None, f"{cap(s)} {a}.", rng.choice(CAVEATS + (CAVEATS_TECH if props is PROPS else []) + ["That may change in the future.",
                                                        "This is true in most configurations.", "Check the details for your setup."]))


COND = [
    (["If you are on Linux, install it with apt.", "On Debian or Ubuntu, use apt."],
     ["If you are on macOS, use Homebrew.", "On a Mac, install it with brew.", "On Windows, use the installer from the website."]),
    (["For adults, the dose is 500 mg.", "Adults can take 500 mg."], ["For children, the dose is 250 mg.", "Children under 12 should take half that."]),
    (["If the dough is sticky, add more flour.", "Add flour if the dough sticks."], ["If it is too dry, add a little water.", "If it crumbles, add a spoon of water."]),
    (["In summer, water the plant every other day.", "During the warm months, water it often."], ["In winter, water it once a week.", "In the colder months, water it rarely."]),
    (["If you need speed, choose the compiled version.", "For raw speed, the compiled build is better."], ["If you need portability, choose the pure Python version.", "For portability, the pure Python build is better."]),
    (["Residents pay a reduced fee.", "For residents, the fee is lower."], ["Visitors pay the full price.", "Non-residents pay the standard fee."]),
    (["If the light is green, the device is charging.", "A green light means it is charging."], ["If the light is red, the battery is low.", "A red light means the battery is low."]),
    (["For small datasets, pandas is fine.", "With small data, pandas works well."], ["For very large datasets, use a database or Polars.", "Once the data gets huge, switch to a database."]),
    (["On weekdays, the bus runs every 10 minutes.", "Weekday buses come every 10 minutes."], ["On weekends, it runs every 30 minutes.", "At weekends, buses are less frequent."]),
    (["If you want a quick answer, call the hotline.", "Call if it's urgent."], ["If it can wait, send an email.", "For non-urgent questions, email is fine."]),
    (["If you rent, you don't need to pay the property tax.", "Renters don't pay it."], ["If you own the home, you must pay it.", "Homeowners have to pay it."]),
    (["Use tabs if the project already uses tabs.", "Follow the project's style if it uses tabs."], ["Otherwise, use four spaces.", "For new code, four spaces is the norm."]),
]


def cat_conditional_branches(rng: random.Random) -> Triple:
    if rng.random() < 0.5:
        a, b = rng.choice(COND)
        e, l = rng.choice(a), rng.choice(b)
    else:
        grp = [("beginners", "experienced users"), ("small projects", "large projects"), ("a tight budget", "a bigger budget"),
               ("occasional use", "daily use"), ("quick results", "long-term results"), ("a one-off need", "regular use"),
               ("most people", "special cases"), ("a first attempt", "later on")]
        g1, g2 = rng.choice(grp)
        task, opts = rng.choice(TASKS)
        a, b = rng.sample(opts, 2)
        e = rng.choice([f"For {g1}, {a} is the better choice.", f"If you're thinking of {g1}, go with {a}."])
        l = rng.choice([f"For {g2}, {b} makes more sense.", f"For {g2}, I'd pick {b} instead.", f"{cap(b)} is better for {g2}."])
    if rng.random() < 0.25:
        e, l = l, e
    return (None, e, l)


PROS = ["it is very fast", "it is easy to learn", "it is free", "it has great documentation", "it scales well",
        "the community is large", "it is lightweight", "it is very reliable", "it integrates with most tools"]
CONS = ["it uses a lot of memory", "the learning curve is steep", "it can be expensive at scale",
        "the documentation is thin", "it is hard to debug", "startup time is slow", "it has fewer plugins",
        "updates sometimes break things", "it needs a lot of configuration"]


def cat_pros_cons(rng: random.Random) -> Triple:
    x = product(rng) if rng.random() < 0.6 else rng.choice([t[1][0] for t in TASKS])
    p, c = rng.choice(PROS), rng.choice(CONS)
    e = rng.choice([f"One advantage of {x} is that {p}.", f"On the plus side, {p}.", f"{cap(x)}'s main strength is that {p}.",
                    f"Pro: {p}."])
    l = rng.choice([f"On the downside, {c}.", f"A drawback is that {c}.", f"However, {c}.", f"Con: {c}.",
                    f"The main disadvantage is that {c}.", f"But {c}."])
    if rng.random() < 0.2:
        e, l = l, e
    return (rng.choice([None, f"What are the pros and cons of {x}?"]), e, l)


def cat_premise_correction(rng: random.Random) -> Triple:
    k = rng.randrange(4)
    if k == 0:
        q, f, a, b, _ = _entity_fact(rng)
        wrong = b
        qq = rng.choice([f"Why is {wrong} mentioned here?", "Can you confirm the detail?"])
        question = rng.choice([f"I read that {lower_first(rng.choice(f(b)))[:-1]}, is that right?",
                               f"Since {lower_first(rng.choice(f(b)))[:-1]}, what else should I know?"])
        earlier = rng.choice([f"Actually, that's a common mix-up: {lower_first(rng.choice(f(a)))}", f"Not quite - {lower_first(rng.choice(f(a)))}",
                              f"That's not correct; {lower_first(rng.choice(f(a)))}", f"{rng.choice(f(a))}"])
        later = rng.choice([f"It was never {wrong}.", f"{wrong} is often confused here.", "Many sources repeat the wrong version.",
                            f"So it's {a}, not {wrong}."])
        del qq
        return (question, earlier, later)
    if k == 1:
        q, f, v, w, extra = _num_fact(rng)
        question = f"I was told that {lower_first(rng.choice(f(w)))[:-1]}. Is that right?"
        earlier = rng.choice([f"Actually, {lower_first(rng.choice(f(v)))}", f"No, {lower_first(rng.choice(f(v)))}",
                              f"That's outdated: {lower_first(rng.choice(f(v)))}", f"Not quite. {rng.choice(f(v))}"])
        later = rng.choice(extra + [f"The figure of {w} is a common misunderstanding.", f"So it's {v}, not {w}."])
        return (question, earlier, later)
    if k == 2:
        q, pos, neg, epos, eneg = _yn_question(rng)
        question = rng.choice(["Why is it that ", "Since ", "Given that "]) + lower_first(rng.choice(pos)) + ", " + \
            rng.choice(["how much is too much?", "what should I watch out for?", "is there anything else to know?"])
        earlier = rng.choice([f"Actually, {rng.choice(neg)}.", f"I have to correct that: {rng.choice(neg)}.",
                              f"That premise is wrong - {rng.choice(neg)}.", f"{cap(rng.choice(neg))}, despite what you may have heard."])
        later = rng.choice(eneg)
        return (question, earlier, later)
    s, props = _prop_subject(rng)
    _, p, n = rng.choice(props)
    question = f"Given that {s} {p}, how do I work around that?"
    earlier = rng.choice([f"Actually, {s} {n}.", f"That's a misconception: {s} {n}.", f"{cap(s)} {n}, so there's nothing to work around."])
    later = rng.choice([f"{_it(s)} {n} in every recent version.", "This has been the case for a while.", "So you can use it as is."])
    return (question, earlier, later)


PARA = [
    ("The project is written in {x}.", ["{x} is the language the project uses.", "It's a {x} codebase.", "All the code is in {x}."]),
    ("I recommend backing up your files first.", ["Make a backup before you start.", "Back up first, just in case."]),
    ("The store opens at 9 am.", ["So you can go any time after 9 am.", "Doors open at nine in the morning."]),
    ("{x} is easy to learn.", ["Learning {x} is not hard.", "Most beginners pick up {x} quickly."]),
    ("The update fixes the login bug.", ["After updating, the login problem goes away.", "That login issue is resolved in the update."]),
    ("You'll need about two hours.", ["Plan for roughly two hours.", "Set aside a couple of hours."]),
    ("The recipe serves four people.", ["It makes enough for four.", "Expect four portions."]),
    ("The museum is free on the first Sunday of the month.", ["Entry costs nothing on the first Sunday.", "On the first Sunday, admission is free."]),
]


def cat_restatement(rng: random.Random) -> Triple:
    r = rng.random()
    x = rng.choice(LANGS)
    if r < 0.45:
        a, bs = rng.choice(PARA)
        e, l = a.format(x=x), rng.choice(bs).format(x=x)
    elif r < 0.75:
        q, f, v, _, _ = _num_fact(rng)
        ph = f(v)
        e = rng.choice(ph)
        l = rng.choice(["In short, ", "To summarize, ", "So, ", "Again, ", "In other words, ", "To be clear, ", ""]) + lower_first(rng.choice(ph))
    else:
        q, f, a, b, _ = _entity_fact(rng)
        e = rng.choice(f(a))
        l = rng.choice(["To sum up, ", "So, ", "As I said, ", "Yes, ", "", "Again, "]) + lower_first(rng.choice(f(a)))
    if rng.random() < 0.2:
        e, l = l, e
    return (None, e, l)


def cat_timeline(rng: random.Random) -> Triple:
    o, y = org(rng), rng.randint(1820, 1990)
    p = person(rng)
    a, b = pick2(rng, CITIES)
    facts = [f"{cap(o)} was founded in {y}.", f"{cap(o)} moved to {b} in {y + rng.randint(5, 40)}.",
             f"{cap(o)} opened a second office in {a} in {y + rng.randint(10, 60)}.",
             f"{p} became its director in {y + rng.randint(2, 30)}.", f"By {y + rng.randint(20, 80)}, it employed over {rng.choice([100, 500, 1000])} people.",
             f"{cap(o)} was renamed in {y + rng.randint(30, 90)}.", f"Its first building in {a} opened in {y + rng.randint(0, 3)}.",
             f"{p} was born in {a} in {y - rng.randint(20, 40)}.", f"{p} moved to {b} in {y + rng.randint(1, 15)}."]
    e, l = rng.sample(facts, 2)
    return (rng.choice([None, f"What is the history of {o}?"]), e, l)


def cat_wait_sense(rng: random.Random) -> Triple:
    thing = rng.choice(["the installer", "the update", "the backup", "the upload", "the glue", "the paint", "the dough",
                        "the download", "the migration", "the test run", "the concrete", "the varnish", "the sync",
                        "the refund", "the visa application", "the index rebuild"])
    e = rng.choice([f"Start {thing} and follow the prompts.", f"{cap(thing)} usually runs without problems.",
                    f"Next, start {thing}.", f"Once {thing} begins, leave it alone.", f"{cap(thing)} is the slow part.",
                    f"Begin with {thing}.", f"{cap(thing)} can take a while."])
    n = rng.choice(["a few minutes", "about an hour", "a couple of days", "10 to 15 minutes", "up to two weeks",
                    "overnight", "around 30 minutes", "a day or two"])
    l = rng.choice([f"You may have to wait {n} for {thing} to finish.", f"Wait until {thing} is completely done.",
                    "Wait for the confirmation before you continue.", f"The usual wait for {thing} is {n}.",
                    "It's worth the wait.", f"Wait, there's one more step: check {thing} log afterwards.",
                    f"Wait - don't forget to save your work before {thing}.", "Wait a moment before you try again.",
                    f"Don't wait too long after {thing}.", f"Waiting {n} gives the best result.",
                    f"Expect a wait of {n}.", "While you wait, you can prepare the next step.",
                    f"The waiting time depends on the size of {thing}."])
    if rng.random() < 0.15:
        e, l = l, e
    return (rng.choice([None, None, f"How long does {thing} take?"]), e, l)


def cat_unrelated_correction(rng: random.Random) -> Triple:
    """A correction aimed at a different detail than the earlier sentence states."""
    r = rng.random()
    if r < 0.4:
        q, f, v, w, extra = _num_fact(rng)
        q2, f2, v2, w2, _ = _num_fact(rng)
        e = rng.choice(f(v))
        l = with_marker(rng.choice(MARKERS), rng.choice(f2(w2)))
    elif r < 0.7:
        q, f, a, b, g = _entity_fact(rng)
        e = rng.choice(f(a))
        l = with_marker(rng.choice(MARKERS), g())
    else:
        s, props = _prop_subject(rng)
        (_, p1, n1), (_, p2, n2) = rng.sample(props, 2)
        e = f"{cap(s)} {p1 if rng.random() < 0.5 else n1}."
        l = with_marker(rng.choice(MARKERS), f"{_it(s)} {p2 if rng.random() < 0.5 else n2}.")
    return (None, e, l)


# ================================================================================================
# Prose-based pairs
# ================================================================================================
NEG_RULES = [  # (pattern, replacement) that negate / un-negate a clause; applied once
    (r"\bcannot\b", "can"), (r"\bcan't\b", "can"), (r"\bdoes not\b", "does"), (r"\bdo not\b", "do"),
    (r"\bis not\b", "is"), (r"\bare not\b", "are"), (r"\bwill not\b", "will"), (r"\bshould not\b", "should"),
    (r"\bmust not\b", "must"), (r"\bdon't\b", "do"), (r"\bdoesn't\b", "does"), (r"\bisn't\b", "is"),
    (r"\baren't\b", "are"), (r"\bwon't\b", "will"), (r"\bnever\b", "always"), (r"\balways\b", "never"),
    (r"\bis\b", "is not"), (r"\bare\b", "are not"), (r"\bcan\b", "cannot"), (r"\bwill\b", "will not"),
    (r"\bshould\b", "should not"), (r"\bmust\b", "must not"), (r"\bmay\b", "may not"), (r"\bwas\b", "was not"),
    (r"\bwere\b", "were not"),
]
ANTONYMS = [("enabled", "disabled"), ("before", "after"), ("more", "less"), ("faster", "slower"), ("increase", "decrease"),
            ("first", "last"), ("allowed", "forbidden"), ("required", "optional"), ("mutable", "immutable"),
            ("synchronous", "asynchronous"), ("larger", "smaller"), ("higher", "lower"), ("easier", "harder"),
            ("possible", "impossible"), ("safe", "unsafe"), ("true", "false"), ("True", "False"), ("all", "none"),
            ("minimum", "maximum"), ("start", "end"), ("local", "remote"), ("public", "private"), ("static", "dynamic"),
            ("automatically", "manually"), ("valid", "invalid"), ("supported", "unsupported"), ("include", "exclude"),
            ("explicitly", "implicitly"), ("above", "below"), ("open", "closed"), ("read-only", "writable"),
            ("many", "few"), ("simple", "complex"), ("stable", "unstable"), ("secure", "insecure"),
            ("inside", "outside"), ("add", "remove"), ("accept", "reject"), ("success", "failure"), ("common", "rare")]
_NUM = re.compile(r"(?<![\w.])(\d{1,4})(?![\w.]\d)")


def perturb(rng: random.Random, s: str) -> tuple[str, str] | None:
    """Return (perturbed sentence, kind) that contradicts ``s`` or None when no edit applies."""
    kinds = ["number", "negation", "antonym"]
    rng.shuffle(kinds)
    for kind in kinds:
        if kind == "number":
            ms = list(_NUM.finditer(s))
            if not ms:
                continue
            m = rng.choice(ms)
            v = int(m.group(1))
            w = other_year(rng, v) if 1500 <= v <= 2100 else other_num(rng, v, 0)
            return s[:m.start(1)] + str(w) + s[m.end(1):], "number"
        if kind == "negation":
            for pat, rep in NEG_RULES:
                m = re.search(pat, s)
                if m and m.start() > 0:
                    return s[:m.start()] + rep + s[m.end():], "negation"
        if kind == "antonym":
            cands = []
            for a, b in ANTONYMS:
                for x, y in ((a, b), (b, a)):
                    m = re.search(rf"\b{re.escape(x)}\b", s)
                    if m:
                        cands.append((m, y))
            if cands:
                m, y = rng.choice(cands)
                return s[:m.start()] + y + s[m.end():], "antonym"
    return None


class _ProsePool:
    def __init__(self, sections, rng: random.Random, per_section: int = 40):
        self.sections = [sec for _, sec in sections]
        self.flat = [(i, j, s) for i, sec in enumerate(self.sections) for j, para in enumerate(sec) for s in para]
        counts: dict[str, list[int]] = {}
        for _, _, sent in self.flat:
            for k, w in enumerate(re.findall(r"[A-Za-z]+", sent)):
                c = counts.setdefault(w.lower(), [0, 0])
                if k > 0:
                    c[0 if w.islower() else 1] += 1
        _COMMON_LOWER.update(w for w, (lo, up) in counts.items() if lo >= 2 and lo >= up)
        _PROPER.update(w for w, (lo, up) in counts.items() if up > lo)
        # candidate compatible pairs: sentences of one paragraph or of adjacent paragraphs of one section
        self.pairs: list[tuple[str, str]] = []
        for sec in self.sections:
            sents = [(pi, s) for pi, para in enumerate(sec) for s in para]
            cand = [(sents[i][1], sents[j][1]) for i in range(len(sents)) for j in range(i + 1, len(sents))
                    if sents[j][0] - sents[i][0] <= 1 and j - i <= 6]
            if len(cand) > per_section:
                cand = rng.sample(cand, per_section)
            self.pairs.extend(cand)
        rng.shuffle(self.pairs)
        self._next = 0

    def take_pair(self, rng: random.Random):
        if self._next >= len(self.pairs):
            return None
        a, b = self.pairs[self._next]
        self._next += 1
        return (b, a) if rng.random() < 0.2 else (a, b)


def _prose_pairs(rng: random.Random, pool: _ProsePool, n_comp: int, n_pert: int, n_unrel: int, n_marked: int) -> dict[str, list[Triple]]:
    out = {"prose_compatible": [], "prose_perturbed": [], "prose_unrelated_perturbed": [], "prose_marked": []}
    if not pool.flat:
        return out
    tries = 0
    while len(out["prose_compatible"]) < n_comp and tries < n_comp * 5:
        tries += 1
        p = pool.take_pair(rng)
        if p:
            a, b = p
            out["prose_compatible"].append((None, a, b))
    tries = 0
    while (len(out["prose_perturbed"]) < n_pert or len(out["prose_unrelated_perturbed"]) < n_unrel) and tries < (n_pert + n_unrel) * 6:
        tries += 1
        si, pi, s = rng.choice(pool.flat)
        res = perturb(rng, s)
        if not res:
            continue
        t, kind = res
        marked = rng.random() < 0.4
        t2 = with_marker(rng.choice(MARKERS), t) if marked else t
        if len(out["prose_perturbed"]) < n_pert and rng.random() < 0.6:
            if not marked and rng.random() < 0.4:
                out["prose_perturbed"].append((None, t, s))
            else:
                out["prose_perturbed"].append((None, s, t2))
        elif len(out["prose_unrelated_perturbed"]) < n_unrel:
            sec = pool.sections[si]
            others = [x for para in sec for x in para if x != s]
            if not others:
                continue
            o = rng.choice(others)
            if rng.random() < 0.7:
                out["prose_unrelated_perturbed"].append((None, o, t2))
            else:
                out["prose_unrelated_perturbed"].append((None, t, o))
    tries = 0
    while len(out["prose_marked"]) < n_marked and tries < n_marked * 5:
        tries += 1
        p = pool.take_pair(rng)
        if p:
            a, b = p
            mk = rng.choice([c for c in CONNECTIVES if c.endswith(", ")] + ["Actually, ", "In fact, ", "Wait, ", "To clarify, ", "Note: "])
            if rng.random() < 0.1:
                out["prose_marked"].append((None, a, with_marker(mk, a)))  # a restatement of itself
            else:
                out["prose_marked"].append((None, a, with_marker(mk, b)))
    return out


# ================================================================================================
# Driver
# ================================================================================================
# category -> (label, generator, count at scale 1.0)
CATEGORIES: dict[str, tuple[int, Callable[[random.Random], Triple] | None, int]] = {
    "yesno_flip": (1, cat_yesno_flip, 3500),
    "number_change": (1, cat_number_change, 4500),
    "entity_swap": (1, cat_entity_swap, 3000),
    "recommendation_flip": (1, cat_recommendation_flip, 1500),
    "comparison_flip": (1, cat_comparison_flip, 1500),
    "negation": (1, cat_negation, 2000),
    "marker_correction": (1, cat_marker_correction, 2000),
    "implicit_reversal": (1, cat_implicit_reversal, 1500),
    "presupposed_flip": (1, cat_presupposed_flip, 2000),
    "prose_perturbed": (1, None, 5000),
    "yesno_consistent": (0, cat_yesno_consistent, 2500),
    "number_consistent": (0, cat_number_consistent, 2500),
    "actually_intensifier": (0, cat_actually_intensifier, 1500),
    "refinement_caveat": (0, cat_refinement_caveat, 2000),
    "different_subject": (0, cat_different_subject, 2500),
    "conditional_branches": (0, cat_conditional_branches, 1200),
    "pros_cons": (0, cat_pros_cons, 1200),
    "premise_correction": (0, cat_premise_correction, 1500),
    "restatement": (0, cat_restatement, 1500),
    "presupposed_consistent": (0, cat_presupposed_consistent, 2000),
    "compatible_facts": (0, cat_compatible_facts, 2000),
    "timeline": (0, cat_timeline, 1200),
    "wait_sense": (0, cat_wait_sense, 600),
    "unrelated_correction": (0, cat_unrelated_correction, 1500),
    "prose_compatible": (0, None, 13000),
    "prose_marked": (0, None, 2000),
    "prose_unrelated_perturbed": (0, None, 3000),
}


def _tidy(s: str) -> str:
    s = " ".join(s.split())
    s = s.replace(" ,", ",").replace(" .", ".").replace("..", ".")
    return s


def generate(seed: int = 13, scale: float = 1.0, prose: bool = True, max_prose_files: int = 600) -> list[dict]:
    """Generate chat-style pairs. Deterministic for given arguments (and the same installed documentation)."""
    recs: list[dict] = []
    _COMMON_LOWER.clear()
    _PROPER.clear()
    _PROPER.update(_VOCAB_PROPER)
    pool = None
    if prose:
        from .prose import load_prose
        sections = load_prose(max_files=max_prose_files)
        if not sections:
            print("streamguard.training.generate: no documentation prose found; prose categories are empty",
                  file=sys.stderr)
        pool = _ProsePool(sections, random.Random(f"{seed}:prose-pool"))  # also fills the casing word lists
    if True:
        for name, (label, fn, n) in CATEGORIES.items():
            if fn is None:
                continue
            target = max(1, int(n * scale))
            crng = random.Random(f"{seed}:{name}")
            seen: set[tuple] = set()
            tries = 0
            while len(seen) < target and tries < target * 6:
                tries += 1
                q, e, l = fn(crng)
                e, l = _tidy(e), _tidy(l)
                key = (q, e, l)
                if e == l or key in seen:
                    continue
                seen.add(key)
                recs.append({"question": q, "earlier": e, "later": l, "label": label, "source": f"gen:{name}"})
        if pool is not None:
            prng = random.Random(f"{seed}:prose")
            c = {k: max(1, int(CATEGORIES[k][2] * scale)) for k in
                 ("prose_compatible", "prose_perturbed", "prose_unrelated_perturbed", "prose_marked")}
            out = _prose_pairs(prng, pool, c["prose_compatible"], c["prose_perturbed"], c["prose_unrelated_perturbed"],
                               c["prose_marked"])
            for name, triples in out.items():
                label = CATEGORIES[name][0]
                for q, e, l in triples:
                    recs.append({"question": q, "earlier": _tidy(e), "later": _tidy(l), "label": label,
                                 "source": f"gen:{name}"})
    return dedupe(recs)


def examples(records: list[dict], k: int = 3, seed: int = 0) -> dict[str, list[dict]]:
    rng = random.Random(seed)
    by: dict[str, list[dict]] = {}
    for r in records:
        by.setdefault(r["source"], []).append(r)
    return {s: rng.sample(v, min(k, len(v))) for s, v in sorted(by.items())}
