"""Build ``responses.jsonl``: streamguard's own response-level evaluation set.

Every answer below was written by hand for this project. None is derived from a public evaluation set
(ChatProtect and the others under ``../shared/eval`` are separate) or from the training-data generator.

Each record names the exact text of the reversed earlier sentence (``claim``) and of the later sentence
that reverses it (``reversal``); this script turns them into character offsets with ``str.find`` and refuses
to write anything if a sentence is missing, occurs more than once, or comes in the wrong order. Edit the
records here and rerun; never edit the JSONL by hand.

    python benchmarks/data/make_responses.py            # writes benchmarks/data/responses.jsonl
    python benchmarks/data/make_responses.py --check    # exits 1 if the JSONL is not this script's output

Record shape (one JSON object per line)::

    {"id": "r001", "prompt": ..., "text": ..., "label": "reversal" | "consistent",
     "category": ..., "domain": ..., "claim": [start, end] | null, "reversal": [start, end] | null,
     "distance": int | null, "marker": str | null}

``distance`` is the number of sentences from the claim to the reversal (1 = adjacent), counted by the
simple splitter ``_count_sentences`` below (a fenced code block counts as one). ``marker`` is the correction
word the reversal sentence uses ("actually", "wait", ...) or null when the reversal is unmarked.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).with_name("responses.jsonl")

REVERSAL_CATEGORIES = (
    "yes_no_flip",          # "Yes, ..." ... "So the answer is no." -- needs the question to be read
    "number_change",        # numbers, dates, doses, prices, durations changed
    "entity_swap",          # the person, place, organisation or thing is swapped
    "recommendation_flip",  # "use X" ... "use Y instead of X" with no new condition
    "comparison_flip",      # "A is faster than B" ... "B is faster than A"
    "negation",             # "X is P" ... "X is not P"
    "explicit_correction",  # "wait", "correction", "I misspoke", "on second thought", ... changing a fact
    "implicit_reversal",    # contradiction only through content: a consequence or paraphrase, no marker
)
CONSISTENT_CATEGORIES = (
    "actually_intensifier",  # "actually" used for emphasis or to contrast with a myth
    "refinement_caveat",     # "generally safe; however, avoid it if ..."
    "different_subjects",    # A is X, B is Y
    "conditional_branches",  # if Linux ..., if Windows ...
    "pros_cons",             # lists of advantages and drawbacks
    "premise_correction",    # correcting the user's false premise, not the answer's own claim
    "consistent_numbers",    # several numbers about different quantities that all agree
    "wait_verb",             # "wait" as an ordinary verb
    "step_by_step",          # instructions whose intermediate states differ
    "restatement_summary",   # a closing summary that restates the answer
)
DOMAINS = (
    "health", "cooking", "programming", "history", "geography", "finance", "travel", "law",
    "science", "product", "math", "sports", "diy",
)

_MARKERS = re.compile(
    r"\b(on second thought|scratch that|let me correct|let me fix|correct myself|correction|"
    r"i misspoke|misspoke|oops|that's wrong|i was wrong|sorry|actually|wait)\b",
    re.IGNORECASE,
)

_RECORDS: list[dict] = []


def rev(domain: str, category: str, prompt: str, text: str, claim: str, reversal: str) -> None:
    """An answer that reverses itself: ``claim`` and ``reversal`` are exact sentences of ``text``."""
    _RECORDS.append(
        {"domain": domain, "category": category, "prompt": prompt, "text": text.strip(),
         "label": "reversal", "claim": claim, "reversal": reversal}
    )


def con(domain: str, category: str, prompt: str, text: str) -> None:
    """A consistent answer (hard negative)."""
    _RECORDS.append(
        {"domain": domain, "category": category, "prompt": prompt, "text": text.strip(),
         "label": "consistent", "claim": None, "reversal": None}
    )


# ----------------------------------------------------------------------------------------------------
# Reversals: yes/no flips that need the question
# ----------------------------------------------------------------------------------------------------

rev("health", "yes_no_flip",
    "Is it safe to take ibuprofen and acetaminophen together?",
    """
Yes, for most healthy adults it's safe to take ibuprofen and acetaminophen together, and many doctors suggest combining or alternating them for stronger pain relief. They work through different mechanisms, so they don't interact with each other in a harmful way. Ibuprofen is an NSAID that reduces inflammation, while acetaminophen (paracetamol) acts mainly on how the brain processes pain. Actually, no — these two should never be taken at the same time, because the combination overloads the liver. Stick to the dose limits on each package, and check with a pharmacist first if you have kidney problems, stomach ulcers, or liver disease.
""",
    claim="Yes, for most healthy adults it's safe to take ibuprofen and acetaminophen together, and many doctors suggest combining or alternating them for stronger pain relief.",
    reversal="Actually, no — these two should never be taken at the same time, because the combination overloads the liver.")

rev("cooking", "yes_no_flip",
    "Can I freeze cooked rice?",
    """
Yes, you can freeze cooked rice, and it's one of the easiest leftovers to store. Let it cool quickly first — spreading it out on a tray for 15 to 20 minutes works well — then pack it into freezer bags in single portions and press out as much air as you can. Frozen rice keeps its quality for about a month.

To reheat, microwave it straight from frozen with a splash of water and a loose cover, stirring halfway through until it's steaming hot all the way through.

One thing to watch: don't leave cooked rice sitting at room temperature for hours before you freeze it. Spores of *Bacillus cereus* can survive cooking and multiply as the rice cools slowly, so get it into the fridge or freezer within about an hour. So the short answer is no: cooked rice shouldn't go in the freezer at all.
""",
    claim="Yes, you can freeze cooked rice, and it's one of the easiest leftovers to store.",
    reversal="So the short answer is no: cooked rice shouldn't go in the freezer at all.")

rev("programming", "yes_no_flip",
    "Does Python's list.sort() return the sorted list?",
    """
No, `list.sort()` sorts the list in place and returns `None`. Yes, it returns the sorted list, so you can write `result = my_list.sort()` and use `result` directly. If you want a new sorted list and need to keep the original unchanged, use the built-in `sorted()` function instead:

```python
numbers = [3, 1, 2]
ordered = sorted(numbers)   # [1, 2, 3]; numbers is unchanged
numbers.sort()              # numbers is now [1, 2, 3]
```

A classic bug is writing `numbers = numbers.sort()`, which replaces your list with `None`.
""",
    claim="No, `list.sort()` sorts the list in place and returns `None`.",
    reversal="Yes, it returns the sorted list, so you can write `result = my_list.sort()` and use `result` directly.")

rev("travel", "yes_no_flip",
    "Do US citizens need a visa to visit Japan for two weeks as tourists?",
    """
No, US citizens don't need a visa for a short tourist trip to Japan. Japan grants visa-exempt entry for stays of up to 90 days for tourism, business meetings, or visiting friends and family. You'll need a passport that's valid for your whole stay, and immigration officers may ask to see a return or onward ticket. Many travelers also fill in Visit Japan Web before departure to speed up immigration and customs on arrival. Wait — yes, Americans do need to apply for a tourist visa at a Japanese consulate before the trip. Whatever the case, check the Ministry of Foreign Affairs of Japan website shortly before you fly, since entry rules can change.
""",
    claim="No, US citizens don't need a visa for a short tourist trip to Japan.",
    reversal="Wait — yes, Americans do need to apply for a tourist visa at a Japanese consulate before the trip.")

rev("law", "yes_no_flip",
    "Can my landlord come into my apartment without telling me first?",
    """
In most US states, no — your landlord can't enter without giving you advance notice. Many states set the notice period at 24 hours, and some require the notice to be in writing. The entry also usually has to be for a legitimate reason, such as repairs, an inspection, or showing the unit to prospective tenants, and at a reasonable time of day.

There are exceptions for genuine emergencies. If there's a fire, a burst pipe, or a gas leak, a landlord can generally enter immediately.

**What you can do:**
- Check your lease for an entry clause.
- Look up your state's landlord-tenant statute or its tenant handbook.
- Keep a written record of any entry you believe was improper.

To sum up: yes, a landlord is free to let themselves in whenever they like, since they own the property.
""",
    claim="In most US states, no — your landlord can't enter without giving you advance notice.",
    reversal="To sum up: yes, a landlord is free to let themselves in whenever they like, since they own the property.")

rev("science", "yes_no_flip",
    "Is glass a liquid?",
    """
No, glass isn't a liquid — it's an amorphous solid. Its atoms lack the long-range order of a crystal, which is why it's sometimes loosely called a "frozen liquid," but it doesn't flow at room temperature on any timescale we could ever observe. The popular story that old cathedral windows are thicker at the bottom because the glass slowly flowed downward is a myth: medieval glassmaking produced uneven panes, and installers often put the heavier edge at the bottom. Sorry, I misspoke: glass really is an extremely slow-moving liquid, and those sagging old windows are the evidence for it.
""",
    claim="No, glass isn't a liquid — it's an amorphous solid.",
    reversal="Sorry, I misspoke: glass really is an extremely slow-moving liquid, and those sagging old windows are the evidence for it.")

rev("finance", "yes_no_flip",
    "Should I pay off my credit card before investing in index funds?",
    """
Yes — in almost every case you should pay off credit card debt before putting money into index funds. Credit cards commonly charge 20% APR or more, while a broad stock index fund has historically returned somewhere around 7–10% a year, with no guarantee in any given year. Paying down a card that charges 22% is effectively a guaranteed 22% return.

The main exception is an employer 401(k) match: contribute enough to get the full match, because that's an immediate 50–100% return on those dollars.

Once the cards are cleared, build an emergency fund and then invest steadily every month. Having weighed all that, my answer to your question is no, the card can wait while you invest.
""",
    claim="Yes — in almost every case you should pay off credit card debt before putting money into index funds.",
    reversal="Having weighed all that, my answer to your question is no, the card can wait while you invest.")

rev("diy", "yes_no_flip",
    "Can I use drywall screws to build a deck?",
    """
No, don't use drywall screws for a deck. Actually, yes, they're fine for decking as long as you predrill the holes. Drywall screws are made from hardened, brittle steel that can snap under the shear loads a deck sees, and most have only a thin phosphate coating that rusts quickly outdoors — and modern pressure-treated lumber is corrosive to ordinary fasteners. Use exterior-rated deck screws (coated or stainless steel) for the boards, and structural screws or hot-dip galvanized bolts for framing connections such as the ledger and joist hangers.
""",
    claim="No, don't use drywall screws for a deck.",
    reversal="Actually, yes, they're fine for decking as long as you predrill the holes.")

rev("geography", "yes_no_flip",
    "Is Istanbul the capital of Turkey?",
    """
No — although Istanbul is Turkey's largest city and its economic and cultural center, the capital is Ankara. Ankara became the capital in 1923, when the Republic of Turkey was founded under Mustafa Kemal Atatürk, who chose it partly for its central, defensible position in Anatolia. Istanbul, formerly Constantinople, had been the seat of the Ottoman Empire for centuries, which is why so many people assume it still is. Today Istanbul has around 15 million residents, several times more than Ankara. So yes, Istanbul is the capital, while Ankara serves mainly as an administrative hub.
""",
    claim="No — although Istanbul is Turkey's largest city and its economic and cultural center, the capital is Ankara.",
    reversal="So yes, Istanbul is the capital, while Ankara serves mainly as an administrative hub.")

rev("sports", "yes_no_flip",
    "Is a soccer player offside if they receive the ball directly from a throw-in?",
    """
No. Under the Laws of the Game, a player can't be penalized for offside when receiving the ball directly from a throw-in, a goal kick, or a corner kick. That's why attacking teams sometimes station a player behind the defensive line during long throws. The exemption covers only the ball coming straight from the restart; once another player touches it, the normal offside rules apply again. On second thought, yes, they are offside if they're beyond the second-to-last defender when the throw is taken.
""",
    claim="No.",
    reversal="On second thought, yes, they are offside if they're beyond the second-to-last defender when the throw is taken.")

rev("health", "yes_no_flip",
    "Is it okay to exercise when I have a cold?",
    """
Usually yes — light to moderate exercise is fine with a mild cold, as long as your symptoms are "above the neck."

A common rule of thumb:
- **Above the neck** (runny nose, sneezing, a mild sore throat): a walk, an easy jog, or a gentle bike ride is okay.
- **Below the neck** (chest congestion, a hacking cough, body aches, fever): rest instead.

If you do work out, cut the intensity and duration, drink plenty of fluids, and skip the crowded gym so you don't pass the virus on. Listen to your body: if you feel worse ten minutes in, stop and go home. Most people are back to normal training within a week to ten days. Bottom line: no, you shouldn't exercise at all while you have a cold, even a mild one.
""",
    claim="Usually yes — light to moderate exercise is fine with a mild cold, as long as your symptoms are \"above the neck.\"",
    reversal="Bottom line: no, you shouldn't exercise at all while you have a cold, even a mild one.")

rev("product", "yes_no_flip",
    "Does the iPhone 15 use USB-C?",
    """
Yes. The iPhone 15 lineup was the first to switch from Apple's Lightning connector to USB-C, largely because of a European Union rule requiring a common charging port. That means you can charge it with the same cable as most Android phones, recent iPads, and MacBooks. The standard iPhone 15 and 15 Plus transfer data at USB 2 speeds (480 Mbps), while the 15 Pro models support up to 10 Gbps with a suitable cable. It also supports USB Power Delivery, so any 20 W or higher USB-C charger will fast-charge it. So, to answer directly: no, you'll still need a Lightning cable for the iPhone 15.
""",
    claim="Yes.",
    reversal="So, to answer directly: no, you'll still need a Lightning cable for the iPhone 15.")

# ----------------------------------------------------------------------------------------------------
# Reversals: changed numbers, dates, doses, prices
# ----------------------------------------------------------------------------------------------------

rev("health", "number_change",
    "What's the maximum daily dose of acetaminophen for an adult?",
    """
For a healthy adult, the maximum daily dose of acetaminophen (paracetamol) is 4,000 mg in 24 hours. A typical single dose is 500–1,000 mg, taken every 4 to 6 hours as needed. Many doctors suggest staying at or below 3,000 mg a day if you take it regularly, to leave a margin of safety. People who drink alcohol regularly, have liver disease, or weigh under about 50 kg should ask a doctor about a lower personal limit. The absolute ceiling for adults is 2,000 mg per day, and going above that risks serious liver damage. Also check combination products: many cold and flu remedies contain acetaminophen, and it's easy to double up without realizing it.
""",
    claim="For a healthy adult, the maximum daily dose of acetaminophen (paracetamol) is 4,000 mg in 24 hours.",
    reversal="The absolute ceiling for adults is 2,000 mg per day, and going above that risks serious liver damage.")

rev("history", "number_change",
    "When did the Berlin Wall fall?",
    """
The Berlin Wall fell on the night of November 9, 1989. Correction: that was in 1991, just weeks before the Soviet Union dissolved. That evening, East German spokesman Günter Schabowski mistakenly announced at a press conference that new travel rules took effect "immediately," and thousands of East Berliners rushed to the border crossings. Overwhelmed guards at the Bornholmer Straße checkpoint opened the gates at around 11:30 p.m. Demolition of the wall continued over the following months, and Germany formally reunified on October 3, 1990.
""",
    claim="The Berlin Wall fell on the night of November 9, 1989.",
    reversal="Correction: that was in 1991, just weeks before the Soviet Union dissolved.")

rev("cooking", "number_change",
    "What internal temperature should chicken breast reach to be safe?",
    """
Chicken breast is safe to eat once the thickest part reaches 165°F (74°C). At that temperature, salmonella and campylobacter are killed almost instantly.

A few tips for getting it right:
1. Use an instant-read thermometer and insert it sideways into the thickest part, away from the pan.
2. Pound uneven breasts to an even thickness so the thin end doesn't dry out before the thick end is done.
3. Brine for 30 minutes to an hour in salted water if you want extra juiciness.
4. Let the meat rest for about 5 minutes before slicing so the juices redistribute.

Color isn't a reliable indicator — chicken can look white and still be underdone, or stay slightly pink even when it's fully safe. Just remember the one number that matters: 145°F (63°C) is the safe internal temperature for chicken breast.
""",
    claim="Chicken breast is safe to eat once the thickest part reaches 165°F (74°C).",
    reversal="Just remember the one number that matters: 145°F (63°C) is the safe internal temperature for chicken breast.")

rev("finance", "number_change",
    "How much interest will I pay on a $10,000 loan at 6% for one year with simple interest?",
    """
With simple interest, the formula is interest = principal × rate × time. Here that's $10,000 × 0.06 × 1 = $600. So you'd repay $10,600 in total at the end of the year. I misspoke — the interest comes to $60, so the total you repay is $10,060. If the loan compounded monthly instead, the interest would be slightly higher, about $616.78, because each month's interest starts earning interest too.
""",
    claim="Here that's $10,000 × 0.06 × 1 = $600.",
    reversal="I misspoke — the interest comes to $60, so the total you repay is $10,060.")

rev("travel", "number_change",
    "How long does the Eurostar take from London to Paris?",
    """
The fastest Eurostar trains from London St Pancras to Paris Gare du Nord take about 2 hours 16 minutes. Most services take between 2 hours 16 minutes and 2 hours 30 minutes, depending on whether they stop at Ebbsfleet, Ashford, or Lille. Plan to arrive at St Pancras well before departure, since you go through security and French passport control before boarding. Once you're in Paris, Gare du Nord connects to several Métro and RER lines. Because the train runs city center to city center, it's often faster door to door than flying. The ride itself usually lasts around 3 hours 45 minutes, so bring something to read.
""",
    claim="Most services take between 2 hours 16 minutes and 2 hours 30 minutes, depending on whether they stop at Ebbsfleet, Ashford, or Lille.",
    reversal="The ride itself usually lasts around 3 hours 45 minutes, so bring something to read.")

rev("science", "number_change",
    "At what temperature does water boil at the top of Mount Everest?",
    """
At the summit of Mount Everest, water boils at roughly 70°C (about 158°F), compared with 100°C at sea level. The air pressure up there is only about a third of sea-level pressure, and at lower pressure water molecules need less energy to escape as vapor. That's why climbers find that food takes much longer to cook and why tea brewed at high camps tastes weak. Expedition cooks often use pressure cookers to raise the pressure inside the pot. So at the top of Everest, water won't come to a boil until it reaches about 85°C.
""",
    claim="At the summit of Mount Everest, water boils at roughly 70°C (about 158°F), compared with 100°C at sea level.",
    reversal="So at the top of Everest, water won't come to a boil until it reaches about 85°C.")

rev("history", "number_change",
    "Tell me about the sealing of Magna Carta.",
    """
King John of England put his seal to Magna Carta at Runnymede, a meadow by the Thames near Windsor, on 15 June 1215.

**Background.** John had lost most of his lands in France, taxed his barons heavily to pay for failed wars, and quarreled with the Pope. In May 1215 a group of rebel barons captured London and forced the king to negotiate.

**What it said.** The charter promised protection of church rights, protection from illegal imprisonment, swift justice, and limits on feudal payments to the Crown. Its best-known clause says that no free man shall be imprisoned or stripped of his rights except by the lawful judgment of his peers or by the law of the land.

**What happened next.** The settlement collapsed almost immediately: Pope Innocent III annulled the charter within about ten weeks, and civil war followed. After John's death, the charter was reissued in revised forms in 1216, 1217 and 1225, and it became a lasting symbol of the idea that the ruler is subject to the law.

Not bad for a document King John sealed at Runnymede in 1225.
""",
    claim="King John of England put his seal to Magna Carta at Runnymede, a meadow by the Thames near Windsor, on 15 June 1215.",
    reversal="Not bad for a document King John sealed at Runnymede in 1225.")

rev("programming", "number_change",
    "How many bytes is an int in Java?",
    """
In Java, an `int` is always 32 bits, which is 4 bytes, regardless of the platform. That's one of Java's portability guarantees — unlike C, where the size of `int` depends on the compiler and architecture. Its range is −2,147,483,648 to 2,147,483,647. If you need larger values, use `long` (64 bits), or `BigInteger` for arbitrary precision. So each `int` takes up 8 bytes in Java.
""",
    claim="In Java, an `int` is always 32 bits, which is 4 bytes, regardless of the platform.",
    reversal="So each `int` takes up 8 bytes in Java.")

rev("math", "number_change",
    "A train travels 180 km in 2.5 hours. What's its average speed?",
    """
Average speed is total distance divided by total time.

180 km ÷ 2.5 h = 72 km/h.

To double-check: at 72 km/h, in 2.5 hours the train covers 72 × 2.5 = 180 km, which matches. So the train's average speed is 75 km/h.
""",
    claim="180 km ÷ 2.5 h = 72 km/h.",
    reversal="So the train's average speed is 75 km/h.")

rev("sports", "number_change",
    "How long is a marathon?",
    """
A marathon is 42.195 kilometers, or 26.2 miles. The distance was standardized in 1921, based on the course of the 1908 London Olympics, which reportedly ran from Windsor Castle to the royal box in the Olympic stadium. Before that, marathon distances varied from race to race. A half marathon is exactly half, 21.0975 km (13.1 miles). Most first-time marathoners train for 16 to 20 weeks, building up to a long run of about 32 km (20 miles) before tapering. On race day, remember that you're covering 36 kilometers in total, so pace yourself from the start.
""",
    claim="A marathon is 42.195 kilometers, or 26.2 miles.",
    reversal="On race day, remember that you're covering 36 kilometers in total, so pace yourself from the start.")

rev("finance", "number_change",
    "When is the US federal income tax filing deadline?",
    """
For most individual taxpayers, the federal income tax filing deadline is April 15. If April 15 falls on a weekend or a legal holiday, the deadline moves to the next business day. You can get an automatic six-month extension by filing Form 4868, which pushes the filing deadline to October 15 — but it extends the time to file, not the time to pay. Any tax you owe is still due by the April deadline, and interest and penalties build up on unpaid balances after that. So make sure your individual return is filed by March 15 at the latest.
""",
    claim="For most individual taxpayers, the federal income tax filing deadline is April 15.",
    reversal="So make sure your individual return is filed by March 15 at the latest.")

rev("diy", "number_change",
    "How long should I wait before walking on a new concrete patio?",
    """
You can usually walk on new concrete after 24 to 48 hours. By then it has set enough to take foot traffic, though it's still far from full strength. Wait about 7 days before putting heavy furniture or a grill on it, and longer before driving on it. Concrete reaches most of its design strength after about 28 days. Keeping it damp for the first week — misting it or covering it with plastic — helps it cure evenly and reduces cracking. As a rule, foot traffic is fine after about a week, but not before.
""",
    claim="You can usually walk on new concrete after 24 to 48 hours.",
    reversal="As a rule, foot traffic is fine after about a week, but not before.")

# ----------------------------------------------------------------------------------------------------
# Reversals: swapped entities
# ----------------------------------------------------------------------------------------------------

rev("geography", "entity_swap",
    "What's the longest river in Europe?",
    """
The Volga is the longest river in Europe, at roughly 3,530 km. It rises in the Valdai Hills northwest of Moscow and flows through the heart of European Russia before emptying into the Caspian Sea near Astrakhan. A large share of Russia's population lives in its basin, and it has been a major trade route for centuries. The Danube runs about 2,850 km and passes through or along the borders of ten countries, more than any other river in the world. If you're ranking Europe's rivers by length, the Danube comes out on top.
""",
    claim="The Volga is the longest river in Europe, at roughly 3,530 km.",
    reversal="If you're ranking Europe's rivers by length, the Danube comes out on top.")

rev("history", "entity_swap",
    "Who was the first person to walk on the Moon?",
    """
Neil Armstrong was the first person to walk on the Moon, on July 20, 1969, during NASA's Apollo 11 mission. Buzz Aldrin also walked on the surface, while Michael Collins stayed in lunar orbit aboard the command module *Columbia*. The first words spoken from the surface were "That's one small step for man, one giant leap for mankind." The moonwalk lasted about two and a half hours, during which the crew planted a flag, set up a seismometer and a laser reflector, and collected about 21.5 kg of rock and soil. The lunar module *Eagle* then lifted off to rejoin *Columbia*, and the crew splashed down in the Pacific on July 24. Aldrin, as the first human to set foot on the Moon, later became one of the best-known advocates for sending people to Mars.
""",
    claim="Neil Armstrong was the first person to walk on the Moon, on July 20, 1969, during NASA's Apollo 11 mission.",
    reversal="Aldrin, as the first human to set foot on the Moon, later became one of the best-known advocates for sending people to Mars.")

rev("programming", "entity_swap",
    "Which Python keyword creates an anonymous function?",
    """
The `lambda` keyword creates an anonymous function in Python. A lambda can take any number of arguments but its body must be a single expression, whose value is returned automatically:

```python
square = lambda x: x * x
pairs = sorted(pairs, key=lambda p: p[1])
```

Lambdas are most useful as short callbacks, for example as the `key` argument to `sorted()`, `min()` or `max()`. For anything longer than one expression, a named function is clearer and gives better tracebacks. So whenever you need an anonymous function in Python, reach for `def`.
""",
    claim="The `lambda` keyword creates an anonymous function in Python.",
    reversal="So whenever you need an anonymous function in Python, reach for `def`.")

rev("science", "entity_swap",
    "Which planet is closest to the Sun?",
    """
Mercury is the closest planet to the Sun, orbiting at an average distance of about 58 million km. It completes one orbit every 88 days, the shortest year in the solar system. Because it has almost no atmosphere to hold in heat, its surface swings from about 430°C in the daytime to around −180°C at night. NASA's MESSENGER probe orbited it from 2011 to 2015, and the European–Japanese BepiColombo mission is on its way there now. Since Venus sits nearest to the Sun, it's also the hardest planet for spacecraft to reach, because a probe has to shed a huge amount of orbital speed to get there.
""",
    claim="Mercury is the closest planet to the Sun, orbiting at an average distance of about 58 million km.",
    reversal="Since Venus sits nearest to the Sun, it's also the hardest planet for spacecraft to reach, because a probe has to shed a huge amount of orbital speed to get there.")

rev("geography", "entity_swap",
    "What's the capital of Australia?",
    """
The capital of Australia is Canberra. It was purpose-built as a compromise after Sydney and Melbourne, the two largest cities, both wanted the title. The site was chosen in 1908, and the city was designed by the American architects Walter Burley Griffin and Marion Mahony Griffin. Parliament met in Melbourne until it moved into the provisional Parliament House in 1927. Today Canberra has about 470,000 people, far fewer than Sydney or Melbourne. When you visit the capital, Melbourne, make time for Parliament House, which offers free guided tours.
""",
    claim="The capital of Australia is Canberra.",
    reversal="When you visit the capital, Melbourne, make time for Parliament House, which offers free guided tours.")

rev("health", "entity_swap",
    "Which vitamin does the body make from sunlight?",
    """
Your body makes vitamin D when your skin is exposed to sunlight. Ultraviolet B rays convert a cholesterol-based compound in the skin into vitamin D3, which the liver and kidneys then turn into its active form. Depending on skin tone, season and latitude, 10 to 30 minutes of midday sun on the arms and legs a few times a week is often enough in summer. In winter at northern latitudes, the sun is too low for much UVB to reach the ground. Since sunlight is where your vitamin C comes from, people in those regions are often advised to take a supplement from October to March.
""",
    claim="Your body makes vitamin D when your skin is exposed to sunlight.",
    reversal="Since sunlight is where your vitamin C comes from, people in those regions are often advised to take a supplement from October to March.")

rev("cooking", "entity_swap",
    "What's the main ingredient in guacamole?",
    """
The main ingredient in guacamole is ripe avocado, mashed and seasoned. A classic version adds lime juice, salt, finely chopped white onion, cilantro and a little fresh chile such as jalapeño or serrano; some people also add diced tomato.

**Tips:**
- Choose fruit that yields slightly to gentle pressure but isn't mushy.
- Mash with a fork or a molcajete rather than a blender, so it keeps some texture.
- Season, taste, then season again — it usually needs more salt and lime than you expect.
- To slow browning, press plastic wrap directly onto the surface.

Since tomatillos form the base of guacamole, pick ones that are firm and bright green with their husks still on.
""",
    claim="The main ingredient in guacamole is ripe avocado, mashed and seasoned.",
    reversal="Since tomatillos form the base of guacamole, pick ones that are firm and bright green with their husks still on.")

rev("finance", "entity_swap",
    "Who sets interest rates in the US?",
    """
The Federal Reserve sets the key US interest rate. Specifically, its Federal Open Market Committee (FOMC) sets a target range for the federal funds rate, the rate banks charge each other for overnight loans. The committee meets eight times a year and announces its decision after each meeting. Commercial banks then adjust their prime rates, which feed into credit card, car loan and home equity rates. Longer-term rates such as 30-year mortgage rates are set by the market, though they respond to the Fed's expected path. In short, the US Treasury Department is the body that sets the benchmark rate.
""",
    claim="The Federal Reserve sets the key US interest rate.",
    reversal="In short, the US Treasury Department is the body that sets the benchmark rate.")

rev("sports", "entity_swap",
    "Who won the 2018 FIFA World Cup?",
    """
France won the 2018 FIFA World Cup in Russia, beating Croatia 4–2 in the final at the Luzhniki Stadium in Moscow on July 15. Antoine Griezmann, Paul Pogba and Kylian Mbappé all scored, and Mbappé became only the second teenager, after Pelé, to score in a World Cup final. Croatia's captain Luka Modrić won the Golden Ball as the tournament's best player. Les Bleus had also won in 1998, on home soil. Croatia's victory in that final remains the greatest moment in the country's sporting history.
""",
    claim="France won the 2018 FIFA World Cup in Russia, beating Croatia 4–2 in the final at the Luzhniki Stadium in Moscow on July 15.",
    reversal="Croatia's victory in that final remains the greatest moment in the country's sporting history.")

rev("law", "entity_swap",
    "Who can pardon someone convicted of a federal crime?",
    """
Only the President of the United States can pardon a federal crime. The power comes from Article II, Section 2 of the Constitution, which lets the President grant "reprieves and pardons for offenses against the United States, except in cases of impeachment." It doesn't reach state crimes; those are handled by governors or state pardon boards. Federal pardon petitions normally go through the Office of the Pardon Attorney at the Department of Justice, which reviews them and makes recommendations. So for a federal conviction, the person to petition for a pardon is the governor of the state where you were convicted.
""",
    claim="Only the President of the United States can pardon a federal crime.",
    reversal="So for a federal conviction, the person to petition for a pardon is the governor of the state where you were convicted.")

rev("product", "entity_swap",
    "Who makes ThinkPad laptops?",
    """
ThinkPads are made by Lenovo. IBM created the line in 1992, and Lenovo bought IBM's PC division, ThinkPad included, in 2005. The laptops are known for their keyboards, the red TrackPoint nub, and business features such as docking support and long warranty options. Popular lines today include the X1 Carbon, the T series, and the budget-friendly E series. If your ThinkPad needs repair, contact Dell's ThinkPad support team, since Dell is the manufacturer.
""",
    claim="ThinkPads are made by Lenovo.",
    reversal="If your ThinkPad needs repair, contact Dell's ThinkPad support team, since Dell is the manufacturer.")

rev("travel", "entity_swap",
    "Which airport should I fly into for Walt Disney World?",
    """
Orlando International Airport (MCO) is the closest major airport to Walt Disney World, about a 25- to 30-minute drive from the resort area. It has by far the most flights, including nonstops from most US cities and many international ones. Orlando Sanford (SFB) is served mainly by budget carriers such as Allegiant. Tampa International is another option if you find a much cheaper fare, but plan on roughly 90 minutes by car. Disney no longer runs its free airport shuttle, so you'll need a rental car, a rideshare, or a paid shuttle such as Mears Connect. For the shortest transfer to the parks, Sanford is the closest airport.
""",
    claim="Orlando International Airport (MCO) is the closest major airport to Walt Disney World, about a 25- to 30-minute drive from the resort area.",
    reversal="For the shortest transfer to the parks, Sanford is the closest airport.")

# ----------------------------------------------------------------------------------------------------
# Reversals: flipped recommendations
# ----------------------------------------------------------------------------------------------------

rev("product", "recommendation_flip",
    "Should I get a 4K or a 1080p TV for a 43-inch screen?",
    """
For a 43-inch TV, I'd go with 4K. The price gap has almost disappeared — most 43-inch models on sale now are 4K anyway — and the 1080p sets that remain tend to be budget models with weaker panels and slower processors. Streaming services increasingly offer 4K content, and game consoles output it too. At typical viewing distances you may not see a huge difference in sharpness, but if you sit closer than about 1.5 meters, the extra resolution is noticeable. The 4K models also tend to get smart-TV software updates for longer. On balance, I'd recommend sticking with a 1080p model at this size.
""",
    claim="For a 43-inch TV, I'd go with 4K.",
    reversal="On balance, I'd recommend sticking with a 1080p model at this size.")

rev("programming", "recommendation_flip",
    "Should I use var or let in modern JavaScript?",
    """
Use `let` (or `const`) instead of `var` in modern JavaScript.

- `let` and `const` are block-scoped, so a variable declared inside an `if` or a `for` loop doesn't leak out of it.
- `var` is function-scoped and hoisted, which causes classic bugs such as every closure in a loop seeing the final value of the counter.
- Reading a `let` or `const` variable before its declaration throws a `ReferenceError` instead of silently giving `undefined`.

A good default is `const` for anything you don't reassign and `let` for the rest. My recommendation for new code is to default to `var`.
""",
    claim="Use `let` (or `const`) instead of `var` in modern JavaScript.",
    reversal="My recommendation for new code is to default to `var`.")

rev("health", "recommendation_flip",
    "Should I put ice or heat on a sprained ankle?",
    """
For a fresh sprain, use ice, not heat, for the first 48 to 72 hours. Cold narrows blood vessels and helps limit swelling and pain, while heat draws more blood to the area and can make swelling worse early on. Apply an ice pack wrapped in a thin towel for 15 to 20 minutes at a time, every two to three hours. Keep the ankle elevated above heart level when you can, and use a compression bandage if it feels comfortable. After a few days, once the swelling has gone down, gentle heat can ease stiffness before you start moving the joint. So in the first day or two, reach for a heating pad rather than an ice pack. If you can't bear weight at all or the pain is severe, get it checked for a fracture.
""",
    claim="For a fresh sprain, use ice, not heat, for the first 48 to 72 hours.",
    reversal="So in the first day or two, reach for a heating pad rather than an ice pack.")

rev("finance", "recommendation_flip",
    "Roth IRA or traditional IRA for my first job?",
    """
For most people in their first job, a Roth IRA is the better choice. You pay tax on the money now, while you're likely in a low tax bracket, and then qualified withdrawals in retirement are tax-free — including decades of growth. A Roth also gives you flexibility: you can withdraw your contributions (not the earnings) at any time without tax or penalty. A traditional IRA makes more sense when you're in a high bracket now and expect a lower one in retirement, because the deduction is worth more to you today. Given your situation — a first job and a modest salary — I'd lean toward the traditional IRA.
""",
    claim="For most people in their first job, a Roth IRA is the better choice.",
    reversal="Given your situation — a first job and a modest salary — I'd lean toward the traditional IRA.")

rev("cooking", "recommendation_flip",
    "Should I rinse raw chicken before cooking it?",
    """
No — food safety agencies recommend that you don't rinse raw chicken. Rinsing doesn't remove bacteria in any meaningful way, and the splashing can spread salmonella and campylobacter up to a couple of feet around your sink, onto counters, dishes and other food. Cooking the chicken to 165°F (74°C) is what makes it safe. If there's slime or bone fragments, pat the chicken dry with paper towels and throw them straight away. Then wash your hands with soap for 20 seconds. Before it goes into the pan, give the chicken a thorough rinse under the cold tap.
""",
    claim="No — food safety agencies recommend that you don't rinse raw chicken.",
    reversal="Before it goes into the pan, give the chicken a thorough rinse under the cold tap.")

rev("travel", "recommendation_flip",
    "Should I exchange money at the airport before my trip to Thailand?",
    """
I'd avoid exchanging much money at the airport. Airport exchange counters, both at home and on arrival, usually offer noticeably worse rates than you can get elsewhere.

Better options:
- Withdraw baht from an ATM in Thailand with a card that doesn't charge foreign transaction fees. Thai ATMs add their own fee of around 220 baht per withdrawal, so take out larger amounts less often.
- Exchange cash at a reputable money changer in town, such as SuperRich in Bangkok, which usually has some of the best rates.
- Pay by card at hotels, malls and larger restaurants, and always choose to be charged in baht rather than your home currency.

It's sensible to carry a small amount of cash for a taxi or the airport train. My advice: change all the money you'll need for the trip at the airport before you leave.
""",
    claim="I'd avoid exchanging much money at the airport.",
    reversal="My advice: change all the money you'll need for the trip at the airport before you leave.")

rev("diy", "recommendation_flip",
    "Should I use PEX or copper to replumb my house?",
    """
For most DIY replumbing jobs, I'd recommend PEX. It costs much less than copper, it's flexible enough to snake through walls and joists in long runs with few fittings, and crimp or expansion fittings don't require soldering. PEX also tolerates freezing better, because it can expand slightly instead of splitting. Copper has a long track record and looks tidy in exposed runs, but the material is expensive and sweating joints takes practice. Keep PEX out of direct sunlight, since UV degrades it, and check that your local code allows it. Considering both cost and ease of installation, copper is the better choice for your project.
""",
    claim="For most DIY replumbing jobs, I'd recommend PEX.",
    reversal="Considering both cost and ease of installation, copper is the better choice for your project.")

rev("product", "recommendation_flip",
    "Robot vacuum or cordless stick vacuum for a small apartment with a cat?",
    """
For a small apartment with a cat, I'd get a cordless stick vacuum. Cat hair ends up on sofas, beds, stairs and cat trees, and a stick vacuum with a mini motorized brush can clean all of those, while a robot only does floors. Stick vacuums are also quicker for spot cleanups, like scattered litter by the tray. A robot vacuum is nice for daily maintenance on hard floors, but it can get tangled on cables and tends to clog with long fur. For your apartment, a robot vacuum is what I'd pick over a stick.
""",
    claim="For a small apartment with a cat, I'd get a cordless stick vacuum.",
    reversal="For your apartment, a robot vacuum is what I'd pick over a stick.")

rev("programming", "recommendation_flip",
    "Is SHA-256 okay for storing user passwords?",
    """
No — don't use SHA-256, even with a salt, to store passwords. SHA-256 is designed to be fast, and a single modern GPU can compute billions of SHA-256 hashes per second, which makes brute-forcing leaked hashes cheap. Use a dedicated password-hashing function that is deliberately slow and memory-hard: Argon2id is the current first choice, with scrypt or bcrypt as solid alternatives. In Python, the `argon2-cffi` package makes this easy:

```python
from argon2 import PasswordHasher

ph = PasswordHasher()
stored = ph.hash("correct horse battery staple")
ph.verify(stored, "correct horse battery staple")  # raises if it doesn't match
```

Store the whole encoded string it returns; it includes the salt and parameters. In short, salted SHA-256 is the right tool for storing passwords.
""",
    claim="No — don't use SHA-256, even with a salt, to store passwords.",
    reversal="In short, salted SHA-256 is the right tool for storing passwords.")

rev("sports", "recommendation_flip",
    "Should I stretch before I go running?",
    """
Skip long static stretches before running and do a dynamic warm-up instead. Holding a stretch for 30 to 60 seconds right before a run can temporarily reduce muscle power and doesn't reliably prevent injuries. A good warm-up takes five to ten minutes: an easy jog or brisk walk, then leg swings, walking lunges, high knees and butt kicks. This raises your muscle temperature and moves your joints through the range they'll use. Save static stretching for after the run or for a separate mobility session. So before you head out, hold each static stretch for a full minute to get ready.
""",
    claim="Skip long static stretches before running and do a dynamic warm-up instead.",
    reversal="So before you head out, hold each static stretch for a full minute to get ready.")

rev("law", "recommendation_flip",
    "The police want to ask me some questions about an incident. Should I talk to them without a lawyer?",
    """
I'd strongly recommend not answering questions without a lawyer if there's any chance you're a suspect. You have a constitutional right to remain silent and a right to counsel, and anything you say can be used against you — even innocent statements can be misremembered or taken out of context. You can say politely, "I'm going to remain silent, and I'd like to speak to a lawyer." You should still give your name if your state requires it, and never lie to the police or physically resist. If you can't afford a lawyer and you're charged, you're entitled to a public defender. My advice would be to answer their questions on your own; a lawyer isn't necessary at this stage.
""",
    claim="I'd strongly recommend not answering questions without a lawyer if there's any chance you're a suspect.",
    reversal="My advice would be to answer their questions on your own; a lawyer isn't necessary at this stage.")

rev("health", "recommendation_flip",
    "Should I brush my teeth right after drinking orange juice?",
    """
It's better to wait about 30 to 60 minutes after orange juice before brushing. Acidic drinks temporarily soften the surface of your enamel, and brushing straight away can wear some of that softened layer off. In the meantime, rinse your mouth with water or chew sugar-free gum to help saliva neutralize the acid. If you like juice with breakfast, you can also brush before eating instead of after. Go ahead and brush right after the juice, while the acid is still on your teeth.
""",
    claim="It's better to wait about 30 to 60 minutes after orange juice before brushing.",
    reversal="Go ahead and brush right after the juice, while the acid is still on your teeth.")

# ----------------------------------------------------------------------------------------------------
# Reversals: flipped comparisons
# ----------------------------------------------------------------------------------------------------

rev("programming", "comparison_flip",
    "Is it faster to create a tuple or a list in Python?",
    """
Creating a tuple is faster than creating a list in Python. A tuple is immutable, so CPython can allocate it in one step, and a tuple of constants is even built once at compile time and reused. A list needs a separate, resizable buffer for its items. You can measure it yourself:

```
$ python -m timeit "(1, 2, 3, 4, 5)"
50000000 loops, best of 5: 6.1 nsec per loop
$ python -m timeit "[1, 2, 3, 4, 5]"
10000000 loops, best of 5: 36.5 nsec per loop
```

The exact numbers depend on your machine and Python version. So if creation speed matters, lists are the quicker option.
""",
    claim="Creating a tuple is faster than creating a list in Python.",
    reversal="So if creation speed matters, lists are the quicker option.")

rev("geography", "comparison_flip",
    "Which is higher, Mont Blanc or the Matterhorn?",
    """
Mont Blanc is higher. Its summit is about 4,806 meters above sea level (the exact figure changes slightly from year to year with the ice cap), while the Matterhorn reaches 4,478 meters. Mont Blanc is the highest mountain in the Alps and sits on the border between France and Italy. The Matterhorn, on the Swiss–Italian border, is far more famous for its shape: a steep, almost symmetrical pyramid that was first climbed in 1865 by Edward Whymper's party. So the Matterhorn stands taller, even if Mont Blanc is the more massive mountain.
""",
    claim="Mont Blanc is higher.",
    reversal="So the Matterhorn stands taller, even if Mont Blanc is the more massive mountain.")

rev("finance", "comparison_flip",
    "Are index funds cheaper than actively managed funds?",
    """
Yes, index funds are generally much cheaper than actively managed funds. Broad index funds and ETFs often have expense ratios between 0.03% and 0.20% a year, while actively managed funds commonly charge 0.5% to 1% or more. That gap compounds: on a $100,000 portfolio, a 0.9-point difference in fees is about $900 a year, and far more over decades as the balance grows. Index funds also tend to trade less, which keeps internal trading costs and taxable distributions lower. Most active funds fail to beat their benchmark after fees over long periods. In other words, actively managed funds usually cost less to hold than index funds.
""",
    claim="Yes, index funds are generally much cheaper than actively managed funds.",
    reversal="In other words, actively managed funds usually cost less to hold than index funds.")

rev("health", "comparison_flip",
    "Is brown rice healthier than white rice?",
    """
Brown rice is generally the more nutritious choice. Because it keeps the bran and germ, it has more fiber, magnesium, and B vitamins than white rice, and its fiber slows digestion a little, which gives a gentler rise in blood sugar. One caveat: brown rice tends to contain more arsenic, which concentrates in the outer layers, so it's wise to vary your grains and cook rice in plenty of water that you drain off. White rice is easier to digest, which can help during stomach upsets. Nutritionally, white rice comes out ahead of brown in fiber and minerals.
""",
    claim="Because it keeps the bran and germ, it has more fiber, magnesium, and B vitamins than white rice, and its fiber slows digestion a little, which gives a gentler rise in blood sugar.",
    reversal="Nutritionally, white rice comes out ahead of brown in fiber and minerals.")

rev("science", "comparison_flip",
    "Does sound travel faster in water or in air?",
    """
Sound travels much faster in water than in air: about 1,480 meters per second in water versus roughly 343 meters per second in air at 20°C. That's more than four times faster. The main reason is that water is far less compressible than air, so a pressure disturbance is passed from molecule to molecule much more quickly. It's why whales can communicate across huge distances and why sonar works so well. So sound moves more slowly through water than through air.
""",
    claim="Sound travels much faster in water than in air: about 1,480 meters per second in water versus roughly 343 meters per second in air at 20°C.",
    reversal="So sound moves more slowly through water than through air.")

rev("travel", "comparison_flip",
    "Is it faster to take the train or fly from Madrid to Barcelona?",
    """
Door to door, the high-speed train is usually faster. The quickest AVE services take about 2.5 hours between Madrid Atocha and Barcelona Sants, both of which are in the city center. The flight itself is only about 1 hour 15 minutes, but once you add the trip out to the airport, security, boarding and the ride back into town, it typically adds up to 3.5 to 4 hours. You can also use your phone and laptop for the whole train ride. Competition from Ouigo and Iryo has pushed train fares down as well. Overall, flying gets you there quicker than the train once you count everything.
""",
    claim="Door to door, the high-speed train is usually faster.",
    reversal="Overall, flying gets you there quicker than the train once you count everything.")

rev("product", "comparison_flip",
    "Which lasts longer, an LED bulb or an incandescent bulb?",
    """
LED bulbs last far longer: a typical LED is rated for 15,000 to 25,000 hours, while a standard incandescent bulb lasts about 1,000 hours. LEDs also use roughly 75–80% less electricity for the same light output, so the higher purchase price pays for itself fairly quickly. Heat is the main thing that shortens an LED's life, so if you use one in a fully enclosed fixture, buy a bulb rated for enclosed use. Cheap, no-name LEDs can also fail early because of poor drivers. In terms of lifespan, though, a standard incandescent bulb will outlast an LED.
""",
    claim="LED bulbs last far longer: a typical LED is rated for 15,000 to 25,000 hours, while a standard incandescent bulb lasts about 1,000 hours.",
    reversal="In terms of lifespan, though, a standard incandescent bulb will outlast an LED.")

rev("sports", "comparison_flip",
    "Who has more Grand Slam singles titles, Federer or Nadal?",
    """
Rafael Nadal has more: he won 22 Grand Slam singles titles, compared with Roger Federer's 20. Nadal's total includes a record 14 French Open titles, a level of dominance at a single major that has no parallel in the sport. Federer holds the men's record of eight Wimbledon titles and won six Australian Opens and five US Opens. Both have retired — Federer in 2022 and Nadal in 2024. Novak Djokovic has surpassed both of them with 24. So between the two, Federer finished with the larger Grand Slam tally.
""",
    claim="Rafael Nadal has more: he won 22 Grand Slam singles titles, compared with Roger Federer's 20.",
    reversal="So between the two, Federer finished with the larger Grand Slam tally.")

rev("cooking", "comparison_flip",
    "Is baking soda stronger than baking powder?",
    """
Yes, baking soda is much stronger than baking powder — roughly three to four times as powerful. Baking soda is pure sodium bicarbonate, so it needs an acid in the recipe, such as buttermilk, yogurt, brown sugar or lemon juice, to produce carbon dioxide. Baking powder already contains both the bicarbonate and a dry acid, plus some starch, so it's diluted. As a rule of thumb, 1 teaspoon of baking soda does the work of about 3 teaspoons of baking powder. Using too much soda leaves a soapy, metallic taste. So baking powder is the more potent of the two, which is why recipes call for less of it.
""",
    claim="Yes, baking soda is much stronger than baking powder — roughly three to four times as powerful.",
    reversal="So baking powder is the more potent of the two, which is why recipes call for less of it.")

rev("history", "comparison_flip",
    "Which lasted longer, the Hundred Years' War or the Thirty Years' War?",
    """
The Hundred Years' War lasted longer. It ran from 1337 to 1453, about 116 years, while the Thirty Years' War lasted from 1618 to 1648, which is exactly 30 years. The Hundred Years' War was fought between England and France over the French throne and was really a series of campaigns separated by long truces. The Thirty Years' War began as a conflict between Protestant and Catholic states in the Holy Roman Empire and grew into a wider European struggle; it ended with the Peace of Westphalia. That makes the Thirty Years' War the longer conflict, though the Hundred Years' War was fought more intermittently.
""",
    claim="The Hundred Years' War lasted longer.",
    reversal="That makes the Thirty Years' War the longer conflict, though the Hundred Years' War was fought more intermittently.")

rev("math", "comparison_flip",
    "Which is bigger, 0.7 or 0.65?",
    """
0.7 is bigger. The easiest way to see it is to give both numbers the same number of decimal places: 0.7 is the same as 0.70, and 70 hundredths is more than 65 hundredths. A common mistake is to think 0.65 must be bigger because 65 is bigger than 7, but the digits sit in different place values. On a number line, 0.65 sits to the left of 0.7. So 0.65 is the larger number.
""",
    claim="0.7 is bigger.",
    reversal="So 0.65 is the larger number.")

rev("diy", "comparison_flip",
    "Is a brushless drill better than a brushed one?",
    """
For most people, a brushless drill is the better tool. Brushless motors are more efficient, so they run cooler and get more work out of each battery charge, and with no brushes to wear out, the motor lasts longer. They're also usually more compact and powerful for their size. Brushed drills are cheaper, and for occasional jobs — hanging pictures, assembling furniture — a brushed drill is perfectly adequate. If you use a drill often or for demanding work like driving long screws, the brushless premium is worth paying. In terms of battery runtime, a brushed motor gets more work out of each charge than a brushless one.
""",
    claim="Brushless motors are more efficient, so they run cooler and get more work out of each battery charge, and with no brushes to wear out, the motor lasts longer.",
    reversal="In terms of battery runtime, a brushed motor gets more work out of each charge than a brushless one.")

# ----------------------------------------------------------------------------------------------------
# Reversals: negations
# ----------------------------------------------------------------------------------------------------

rev("health", "negation",
    "Is the flu shot a live vaccine?",
    """
The standard flu shot is not a live vaccine. It contains either inactivated (killed) virus or a single viral protein made in the lab, so it can't give you the flu. Some people feel achy or run a low fever for a day or two afterward, but that's the immune system responding, not an infection. The nasal spray version, FluMist, is different: it uses a weakened live virus, which is why it isn't recommended for pregnant people or those with weakened immune systems. A sore arm at the injection site is the most common side effect. The flu shot you get in your arm does contain live virus, so it's best to avoid it if you're immunocompromised.
""",
    claim="The standard flu shot is not a live vaccine.",
    reversal="The flu shot you get in your arm does contain live virus, so it's best to avoid it if you're immunocompromised.")

rev("programming", "negation",
    "Are strings mutable in Python?",
    """
No, strings in Python are immutable: once a string object is created, its contents can't change. Methods like `.replace()`, `.upper()` and `.strip()` all return new strings and leave the original untouched. Trying to assign to an index fails:

```python
s = "hello"
s[0] = "H"   # TypeError: 'str' object does not support item assignment
s = "H" + s[1:]   # builds a new string instead
```

If you're building a large string piece by piece, collect the parts in a list and call `"".join(parts)` at the end, which avoids creating many intermediate strings. Because strings are mutable, `s += "x"` modifies the original string object in place.
""",
    claim="No, strings in Python are immutable: once a string object is created, its contents can't change.",
    reversal="Because strings are mutable, `s += \"x\"` modifies the original string object in place.")

rev("geography", "negation",
    "Does the equator pass through Brazil?",
    """
Yes, the equator passes through northern Brazil. It crosses the states of Amazonas, Roraima, Pará and Amapá, near the mouth of the Amazon River. The city of Macapá sits almost exactly on it, and its Marco Zero monument marks the line; a local football stadium is even laid out so that the halfway line follows the equator. Brazil is also the only country crossed by both the equator and the Tropic of Capricorn. So the equator doesn't actually cross Brazilian territory; it runs just north of the border.
""",
    claim="Yes, the equator passes through northern Brazil.",
    reversal="So the equator doesn't actually cross Brazilian territory; it runs just north of the border.")

rev("law", "negation",
    "Is a verbal agreement legally binding?",
    """
In many cases, yes — an oral contract can be just as legally binding as a written one, as long as it has the usual elements: an offer, acceptance, something of value exchanged by each side, and an intention to be bound. There are exceptions. Under the "statute of frauds," certain contracts must be in writing to be enforceable, typically including sales of land, agreements that can't be completed within a year, and (in the US) sales of goods worth $500 or more. The bigger practical problem is proof: if the other side denies the terms, you'll need witnesses, emails, texts or payment records to show what was agreed. An oral agreement is not a legally binding contract, so it can't be enforced in court. Whenever the stakes are significant, put it in writing.
""",
    claim="In many cases, yes — an oral contract can be just as legally binding as a written one, as long as it has the usual elements: an offer, acceptance, something of value exchanged by each side, and an intention to be bound.",
    reversal="An oral agreement is not a legally binding contract, so it can't be enforced in court.")

rev("history", "negation",
    "Did Einstein win the Nobel Prize for relativity?",
    """
No — Albert Einstein's Nobel Prize was not awarded for relativity. He received the 1921 Nobel Prize in Physics "for his services to Theoretical Physics, and especially for his discovery of the law of the photoelectric effect." The Nobel committee was cautious about relativity, which was still controversial and hard to verify experimentally at the time. The 1921 prize was actually presented in 1922, because the committee had decided the previous year that no nominee met its criteria. The prize went to him for his theory of relativity, which the 1919 eclipse observations had by then confirmed.
""",
    claim="No — Albert Einstein's Nobel Prize was not awarded for relativity.",
    reversal="The prize went to him for his theory of relativity, which the 1919 eclipse observations had by then confirmed.")

rev("finance", "negation",
    "Are Roth IRA withdrawals taxed?",
    """
Qualified withdrawals from a Roth IRA are not taxed at all. A withdrawal is qualified if you're at least 59½ and your first Roth IRA contribution was made at least five tax years earlier (there are also exceptions for disability and for up to $10,000 toward a first home). Your contributions themselves can be taken out at any time, tax- and penalty-free, since you already paid tax on that money. Earnings withdrawn early, before the account is qualified, may be taxed and hit with a 10% penalty. Roth IRAs also have no required minimum distributions during the owner's lifetime. Keep in mind that qualified Roth distributions are taxed as ordinary income in retirement, just like traditional IRA withdrawals.
""",
    claim="Qualified withdrawals from a Roth IRA are not taxed at all.",
    reversal="Keep in mind that qualified Roth distributions are taxed as ordinary income in retirement, just like traditional IRA withdrawals.")

rev("travel", "negation",
    "Is tap water safe to drink in Iceland?",
    """
Yes, Iceland's tap water is safe to drink, and it's some of the cleanest in the world. Most of it is cold groundwater from springs and is delivered with little or no treatment. The hot water is a different story: in many areas it comes from geothermal sources and smells of sulfur, so use the cold tap for drinking. There's no reason to buy bottled water — bring a reusable bottle and fill it anywhere, including at restaurants, where tap water is free. You should not drink the cold tap water in Iceland; stick to bottled water during your stay.
""",
    claim="Yes, Iceland's tap water is safe to drink, and it's some of the cleanest in the world.",
    reversal="You should not drink the cold tap water in Iceland; stick to bottled water during your stay.")

rev("diy", "negation",
    "Do I need to turn off the breaker to replace a light switch?",
    """
Yes — always turn off the circuit breaker before replacing a light switch.

1. Find the breaker for that circuit and switch it off. If the panel labels aren't clear, turn on the light, flip breakers until it goes off, and leave that breaker off.
2. Remove the cover plate and confirm the power is off with a non-contact voltage tester on every wire in the box, since some boxes hold more than one circuit.
3. Take a photo of the wiring before disconnecting anything.
4. Move the wires to the new switch one at a time: line and load to the brass screws, ground to the green screw.
5. Tuck the wires back, mount the switch and cover plate, and turn the breaker back on.

There's no need to cut the power at the breaker for a simple switch swap; just flip the switch to off.
""",
    claim="Yes — always turn off the circuit breaker before replacing a light switch.",
    reversal="There's no need to cut the power at the breaker for a simple switch swap; just flip the switch to off.")

rev("sports", "negation",
    "Can an NFL regular-season game end in a tie?",
    """
Yes, an NFL regular-season game can end in a tie. If the score is level after four quarters, the teams play one 10-minute overtime period. If the score is still level when the overtime clock runs out, the game goes into the books as a tie. Ties are rare, usually no more than one or two a season. Playoff games are different: they keep playing additional overtime periods until someone wins. Regular-season NFL games can't end tied; overtime continues until somebody scores.
""",
    claim="Yes, an NFL regular-season game can end in a tie.",
    reversal="Regular-season NFL games can't end tied; overtime continues until somebody scores.")

rev("product", "negation",
    "Is the Kindle Paperwhite waterproof?",
    """
Yes, recent Kindle Paperwhite models are waterproof, with an IPX8 rating. Amazon says they can survive immersion in up to 2 meters of fresh water for up to 60 minutes, so reading in the bath or by the pool is fine. If it gets wet, wipe it dry and let it dry completely before charging through the USB-C port. The rating doesn't cover salt water or chlorinated water over long periods, so rinse it with fresh water if it takes a swim in either. The Paperwhite isn't water-resistant at all, so keep it well away from the bath.
""",
    claim="Yes, recent Kindle Paperwhite models are waterproof, with an IPX8 rating.",
    reversal="The Paperwhite isn't water-resistant at all, so keep it well away from the bath.")

rev("science", "negation",
    "Is Pluto a planet?",
    """
Officially, Pluto is not a planet. In 2006, the International Astronomical Union defined a planet as a body that orbits the Sun, is massive enough to be roughly round, and has cleared its orbital neighborhood of other objects. Pluto meets the first two conditions but not the third, because it shares its region with many other objects in the Kuiper Belt, so it was reclassified as a dwarf planet. NASA's New Horizons flyby in 2015 revealed a surprisingly active world with nitrogen-ice glaciers and a hazy atmosphere. Some planetary scientists prefer a geophysical definition under which Pluto would count, and the debate continues. Under the IAU definition, Pluto remains the ninth planet of our solar system.
""",
    claim="Officially, Pluto is not a planet.",
    reversal="Under the IAU definition, Pluto remains the ninth planet of our solar system.")

rev("health", "negation",
    "Is cracking your back with a foam roller bad for you?",
    """
Foam rolling your upper back is generally safe for healthy adults. The pops you sometimes hear are gas bubbles in the joints, the same as when you crack your knuckles, and they aren't a sign of damage. Roll slowly along the muscles on either side of your spine between your shoulder blades, and keep your core engaged. Avoid rolling directly on your lower back, where there's less bony protection, and skip it if you have osteoporosis or a recent injury. Foam rolling is not safe for the upper back, and you should stop doing it altogether. If you get numbness, tingling or sharp pain, stop and see a doctor or physiotherapist.
""",
    claim="Foam rolling your upper back is generally safe for healthy adults.",
    reversal="Foam rolling is not safe for the upper back, and you should stop doing it altogether.")

# ----------------------------------------------------------------------------------------------------
# Reversals: explicit corrections ("wait", "correction", "I misspoke", "on second thought", ...)
# ----------------------------------------------------------------------------------------------------

rev("cooking", "explicit_correction",
    "How many tablespoons are in a cup?",
    """
There are 16 tablespoons in a US cup. Since a tablespoon is 3 teaspoons, that also works out to 48 teaspoons per cup. Some handy fractions: half a cup is 8 tablespoons, a third of a cup is 5 tablespoons plus 1 teaspoon, and a quarter cup is 4 tablespoons. Sorry, let me correct that: a US cup holds 12 tablespoons. If you're working with a UK or Australian recipe, note that their tablespoons and cups differ slightly from US measures, so weighing ingredients is more reliable.
""",
    claim="There are 16 tablespoons in a US cup.",
    reversal="Sorry, let me correct that: a US cup holds 12 tablespoons.")

rev("history", "explicit_correction",
    "Who painted the ceiling of the Sistine Chapel?",
    """
Michelangelo painted the Sistine Chapel ceiling between 1508 and 1512, commissioned by Pope Julius II. He considered himself primarily a sculptor and reportedly accepted the job reluctantly. The ceiling covers more than 500 square meters and includes nine scenes from the Book of Genesis, the most famous being *The Creation of Adam*. Contrary to the popular image, he painted standing on a scaffold he designed, bending backward, not lying on his back. Actually, I should correct myself — the ceiling was painted by Raphael, who was working in the Vatican at the same time. More than two decades later, the same artist returned to paint *The Last Judgment* on the altar wall.
""",
    claim="Michelangelo painted the Sistine Chapel ceiling between 1508 and 1512, commissioned by Pope Julius II.",
    reversal="Actually, I should correct myself — the ceiling was painted by Raphael, who was working in the Vatican at the same time.")

rev("programming", "explicit_correction",
    "What does HTTP status 404 mean?",
    """
HTTP 404 Not Found means the server couldn't find anything at the requested URL. It belongs to the 4xx family of client errors, which indicates that the problem lies with the request rather than with the server itself. Common causes are a mistyped URL, a page that was moved or deleted without a redirect, or a broken link. Wait, no — a 404 means the server understood the request but refuses to authorize it because you lack permission. If a resource has been removed permanently, a server can return 410 Gone instead, which tells search engines to drop it from their index.
""",
    claim="HTTP 404 Not Found means the server couldn't find anything at the requested URL.",
    reversal="Wait, no — a 404 means the server understood the request but refuses to authorize it because you lack permission.")

rev("geography", "explicit_correction",
    "What's the tallest mountain in Africa?",
    """
The tallest mountain in Africa is Mount Kilimanjaro in Tanzania, at 5,895 meters. It's a dormant volcano with three cones — Kibo, Mawenzi and Shira — and its summit, Uhuru Peak, sits on the rim of Kibo. It's also the highest free-standing mountain in the world, rising from plains at around 900 meters. Climbers don't need technical mountaineering skills, but altitude sickness is a real risk, so routes of seven or eight days give better acclimatization and higher success rates. The glaciers on its summit have shrunk dramatically over the last century. On second thought, Africa's tallest mountain is Mount Kenya, not Kilimanjaro.
""",
    claim="The tallest mountain in Africa is Mount Kilimanjaro in Tanzania, at 5,895 meters.",
    reversal="On second thought, Africa's tallest mountain is Mount Kenya, not Kilimanjaro.")

rev("finance", "explicit_correction",
    "What's the 401(k) contribution limit for 2024?",
    """
For 2024, you can contribute up to $23,000 of your own salary to a 401(k). If you're 50 or older, you can add a catch-up contribution of $7,500, for a total of $30,500. Employer matching and profit-sharing contributions don't count toward your $23,000; they fall under a separate overall limit of $69,000 for combined employee and employer contributions. If you have more than one employer in a year, the employee limit applies across all your plans together. Correction: the 2024 employee limit is $20,500.
""",
    claim="For 2024, you can contribute up to $23,000 of your own salary to a 401(k).",
    reversal="Correction: the 2024 employee limit is $20,500.")

rev("health", "explicit_correction",
    "How many hours of sleep do teenagers need?",
    """
Teenagers need about 8 to 10 hours of sleep a night, according to the American Academy of Sleep Medicine. Many get far less, partly because puberty shifts the body clock later, so teens naturally feel sleepy later at night, and early school start times cut mornings short. Chronic sleep loss in teens is linked to poorer concentration, lower grades, mood problems and more car accidents among new drivers. Helpful habits include a consistent bedtime, even on weekends, keeping phones out of the bedroom, and getting morning daylight. On second thought, teenagers really only need about 6 hours a night, the same as most adults.
""",
    claim="Teenagers need about 8 to 10 hours of sleep a night, according to the American Academy of Sleep Medicine.",
    reversal="On second thought, teenagers really only need about 6 hours a night, the same as most adults.")

rev("science", "explicit_correction",
    "What is the chemical formula of table salt?",
    """
Table salt is sodium chloride, with the chemical formula NaCl. Scratch that — table salt is potassium chloride, KCl. It's an ionic compound: each sodium ion carries a positive charge and each chloride ion a negative one, and they pack into a cubic crystal lattice, which is why salt grains look like tiny cubes under a magnifying glass. Most table salt sold for cooking also contains small amounts of anti-caking agents, and iodized salt has a little potassium iodide added to prevent iodine deficiency.
""",
    claim="Table salt is sodium chloride, with the chemical formula NaCl.",
    reversal="Scratch that — table salt is potassium chloride, KCl.")

rev("travel", "explicit_correction",
    "Which side of the road do they drive on in Japan?",
    """
In Japan, you drive on the left side of the road, and cars are right-hand drive, as in the UK and Australia.

**Before you rent a car:**
- You'll need an International Driving Permit issued under the 1949 Geneva Convention, plus your home license. Some nationalities need an official Japanese translation of their license instead.
- Expressways charge tolls; an ETC card from the rental company saves you stopping at booths.
- Parking in cities is scarce and expensive, so many visitors only rent a car for rural areas.

**On the road:**
- Speed limits are low, typically 40 km/h in towns and 100 km/h on many expressways.
- Come to a full stop at railway crossings before crossing.
- Japan has zero tolerance for drinking and driving.

I misspoke at the start: traffic in Japan keeps to the right, as in the United States.
""",
    claim="In Japan, you drive on the left side of the road, and cars are right-hand drive, as in the UK and Australia.",
    reversal="I misspoke at the start: traffic in Japan keeps to the right, as in the United States.")

rev("law", "explicit_correction",
    "How many justices sit on the US Supreme Court?",
    """
The US Supreme Court has nine justices: one Chief Justice and eight Associate Justices. The number isn't fixed by the Constitution; Congress sets it by statute, and it has stood at nine since the Judiciary Act of 1869. Over the country's history the Court has had as few as six and as many as ten members. Justices are nominated by the President, confirmed by the Senate, and serve for life unless they retire, resign or are impeached and removed. Let me correct that — the Court currently has eleven justices. A decision requires a majority of the justices who take part in the case.
""",
    claim="The US Supreme Court has nine justices: one Chief Justice and eight Associate Justices.",
    reversal="Let me correct that — the Court currently has eleven justices.")

rev("math", "explicit_correction",
    "What is 15% of 80?",
    """
15% of 80 is 12. A quick way to get there: 10% of 80 is 8, and 5% is half of that, 4, so 8 + 4 = 12. Oops, that's wrong — 15% of 80 is 16. The same trick works for tips: to find 15% of any bill, take 10% and add half of it again.
""",
    claim="15% of 80 is 12.",
    reversal="Oops, that's wrong — 15% of 80 is 16.")

rev("sports", "explicit_correction",
    "How many players does each basketball team have on the court?",
    """
Each basketball team has five players on the court at a time. The traditional positions are point guard, shooting guard, small forward, power forward and center, though modern teams often play "positionless" lineups. Substitutions are unlimited and can be made during stoppages in play. An NBA roster can carry up to 15 players, but only 13 can be active for a given game. Let me fix that: each team actually has six players on the court at once.
""",
    claim="Each basketball team has five players on the court at a time.",
    reversal="Let me fix that: each team actually has six players on the court at once.")

rev("diy", "explicit_correction",
    "What size pilot hole should I drill for a #8 wood screw?",
    """
For a #8 wood screw in softwood like pine, use a 3/32-inch pilot bit. In hardwoods like oak or maple, step up to a 1/8-inch bit, since dense wood is more likely to split or snap the screw. If you want the screw to pull two boards tightly together, also drill a clearance hole through the top board only, about 11/64 inch for a #8 screw. A countersink bit lets the head sit flush. Correction: pine and other softwoods need the 1/8-inch bit, not the 3/32-inch one.
""",
    claim="For a #8 wood screw in softwood like pine, use a 3/32-inch pilot bit.",
    reversal="Correction: pine and other softwoods need the 1/8-inch bit, not the 3/32-inch one.")

# ----------------------------------------------------------------------------------------------------
# Reversals: implicit, through content only (no marker, no direct negation)
# ----------------------------------------------------------------------------------------------------

rev("cooking", "implicit_reversal",
    "Does the alcohol cook off when I simmer wine in a sauce?",
    """
Not completely — a surprising amount stays in the dish. Measurements by the US Department of Agriculture found that after 15 minutes of simmering, about 40% of the alcohol remains. After an hour it's around 25%, and it takes roughly two and a half hours to get down to about 5%. Flambéing burns off less than people think, leaving roughly three-quarters of the alcohol behind. The pan size matters too: a wide, open pan loses alcohol faster than a deep, covered pot. For a weeknight pan sauce, that's fine: after 15 minutes at a simmer, the alcohol is completely gone and only the flavor is left.
""",
    claim="Measurements by the US Department of Agriculture found that after 15 minutes of simmering, about 40% of the alcohol remains.",
    reversal="For a weeknight pan sauce, that's fine: after 15 minutes at a simmer, the alcohol is completely gone and only the flavor is left.")

rev("history", "implicit_reversal",
    "When did World War II end?",
    """
World War II ended in Europe on May 8, 1945, V-E Day, when Germany's unconditional surrender took effect. The war in the Pacific continued for three more months. The United States dropped atomic bombs on Hiroshima on August 6 and Nagasaki on August 9, and the Soviet Union declared war on Japan on August 8. Emperor Hirohito announced Japan's surrender in a radio broadcast on August 15, and the formal surrender was signed aboard the USS *Missouri* in Tokyo Bay on September 2, 1945, which is generally taken as the end of the war. In Europe, the fighting had stopped in late June 1945, several weeks after Hitler's death. Millions of displaced people, prisoners of war and soldiers spent the following months and years returning home.
""",
    claim="World War II ended in Europe on May 8, 1945, V-E Day, when Germany's unconditional surrender took effect.",
    reversal="In Europe, the fighting had stopped in late June 1945, several weeks after Hitler's death.")

rev("geography", "implicit_reversal",
    "How many time zones does Russia have?",
    """
Russia has 11 time zones, more than any other country's contiguous territory. They run from Kaliningrad, on UTC+2, to Kamchatka and Chukotka, on UTC+12. Moscow, the reference point for train timetables for many years, is on UTC+3. Russia no longer observes daylight saving time and stays on permanent standard time all year. A trip on the Trans-Siberian Railway from Moscow to Vladivostok crosses seven time zones. Spread across its nine time zones, the country's working day begins in Chukotka while Kaliningrad is still asleep.
""",
    claim="Russia has 11 time zones, more than any other country's contiguous territory.",
    reversal="Spread across its nine time zones, the country's working day begins in Chukotka while Kaliningrad is still asleep.")

rev("programming", "implicit_reversal",
    "What's the time complexity of binary search?",
    """
Binary search runs in O(log n) time. Each comparison with the middle element rules out half of the remaining range, so a sorted array of a million elements needs at most about 20 comparisons, and a billion elements about 30. It only works on data that's sorted and supports fast random access, like an array; on a linked list you lose the benefit. In Python, the standard library's `bisect` module implements it for you:

```python
import bisect
i = bisect.bisect_left(sorted_values, target)
found = i < len(sorted_values) and sorted_values[i] == target
```

Because it has to examine the elements one at a time from the start, doubling the size of the array doubles the work a binary search does.
""",
    claim="Binary search runs in O(log n) time.",
    reversal="Because it has to examine the elements one at a time from the start, doubling the size of the array doubles the work a binary search does.")

rev("finance", "implicit_reversal",
    "What's the difference between a stock and a bond?",
    """
A stock is a share of ownership in a company, while a bond is a loan you make to a company or government.

**Stocks** give you a claim on the company's profits, through dividends and a rising share price, and usually voting rights. Their value can swing a lot, and there's no promise you'll get your money back.

**Bonds** pay a fixed or floating interest rate and return your principal at maturity, as long as the issuer doesn't default. They're usually less volatile than stocks, but their prices fall when interest rates rise.

If a company goes bankrupt, bondholders are paid before shareholders, who often get nothing. Over long periods, stocks have historically returned more than bonds, which is the reward for taking on more risk. A mix of the two is the usual way to balance growth and stability. When a company fails, shareholders are at the front of the line to be repaid, ahead of the bondholders.
""",
    claim="If a company goes bankrupt, bondholders are paid before shareholders, who often get nothing.",
    reversal="When a company fails, shareholders are at the front of the line to be repaid, ahead of the bondholders.")

rev("health", "implicit_reversal",
    "What are the signs of dehydration?",
    """
Common signs of dehydration include thirst, a dry mouth, tiredness, headache, dizziness and dark yellow, strong-smelling urine. You may also urinate less often than usual. In more serious dehydration, you might notice a rapid heartbeat, confusion, sunken eyes, or very little urine at all, and that needs urgent medical attention. Babies, older adults and people with diarrhea or vomiting are at higher risk. To rehydrate, sip water steadily, or use an oral rehydration solution if you've been losing fluids through illness. Pale, straw-colored urine is one of the clearest warning signs that you're dehydrated.
""",
    claim="Common signs of dehydration include thirst, a dry mouth, tiredness, headache, dizziness and dark yellow, strong-smelling urine.",
    reversal="Pale, straw-colored urine is one of the clearest warning signs that you're dehydrated.")

rev("science", "implicit_reversal",
    "Why is the sky blue?",
    """
The sky is blue because of Rayleigh scattering. Sunlight contains all visible colors, and as it passes through the atmosphere, it's scattered by nitrogen and oxygen molecules much smaller than the light's wavelength. This kind of scattering is much stronger for short wavelengths: blue light is scattered several times more than red light. So when you look at any part of the sky away from the Sun, you see scattered blue light coming from every direction. Violet is scattered even more, but the Sun emits less of it and our eyes are less sensitive to it. At sunrise and sunset, sunlight passes through much more air, so most of the blue is scattered out of the direct beam before it reaches you, leaving reds and oranges. Since red light is the color air molecules scatter most strongly, the midday sky would look reddish if it weren't for the ozone layer.
""",
    claim="This kind of scattering is much stronger for short wavelengths: blue light is scattered several times more than red light.",
    reversal="Since red light is the color air molecules scatter most strongly, the midday sky would look reddish if it weren't for the ozone layer.")

rev("travel", "implicit_reversal",
    "When is the best time to see the northern lights in Iceland?",
    """
The northern lights season in Iceland runs from about September to mid-April, when the nights are dark enough. From late May to July there's almost no true darkness, because the sun barely sets, so you can't see the aurora then. The darkest months, December to February, give the longest viewing windows, while September, October and March combine decent darkness with milder weather and often clearer skies.

A few practical tips:
- Check the aurora forecast from the Icelandic Met Office, which shows both activity and cloud cover.
- Get away from city lights; even a 20-minute drive out of Reykjavík helps.
- Be patient, and dress for hours outside in the cold.

June and July, with their long, dark nights, are the prime months for aurora hunting.
""",
    claim="From late May to July there's almost no true darkness, because the sun barely sets, so you can't see the aurora then.",
    reversal="June and July, with their long, dark nights, are the prime months for aurora hunting.")

rev("law", "implicit_reversal",
    "What's the difference between a misdemeanor and a felony?",
    """
In the United States, a felony is the more serious category of crime. Felonies are generally punishable by more than a year in prison, usually served in a state or federal prison, and include offenses such as murder, robbery, burglary and most drug trafficking. Misdemeanors carry a maximum of up to a year, typically served in a local jail, or just fines and probation, and cover things like petty theft, simple assault and many first-offense DUIs. A felony conviction can also cost you the right to vote in some states, to own firearms, or to hold certain professional licenses. A misdemeanor is the graver category, routinely carrying several years in state prison.
""",
    claim="In the United States, a felony is the more serious category of crime.",
    reversal="A misdemeanor is the graver category, routinely carrying several years in state prison.")

rev("sports", "implicit_reversal",
    "How does scoring work in tennis?",
    """
Tennis scoring works in three layers: points, games and sets.

- **Points:** a game goes 0 ("love"), 15, 30, 40, then game. If both players reach 40, it's "deuce," and a player must then win two points in a row — the first gives "advantage," the second wins the game.
- **Games:** a set goes to the first player to win six games with a two-game margin. At 6–6, most events play a tiebreak to seven points, again needing a two-point margin.
- **Sets:** most matches are best of three sets; men's Grand Slam matches are best of five.

The server's score is always called first. A player wins the game the moment they reach 40, even if the opponent is also on 40.
""",
    claim="If both players reach 40, it's \"deuce,\" and a player must then win two points in a row — the first gives \"advantage,\" the second wins the game.",
    reversal="A player wins the game the moment they reach 40, even if the opponent is also on 40.")

rev("diy", "implicit_reversal",
    "How do I find a stud in the wall?",
    """
In most North American homes, wall studs are spaced 16 inches apart, measured center to center; some newer or exterior walls use 24-inch spacing.

Ways to find one:
1. Use an electronic stud finder, sliding it slowly and marking both edges of the stud.
2. Look for clues: electrical outlets and switches are usually mounted on the side of a stud, and the nails in baseboards are driven into studs.
3. Knock on the wall — a hollow sound means a cavity, and a duller, solid sound usually means a stud.
4. Confirm with a thin finishing nail in a spot that will be hidden.

Once you've found one stud, measure 12 inches along the wall to find the next one, since that's the standard spacing.
""",
    claim="In most North American homes, wall studs are spaced 16 inches apart, measured center to center; some newer or exterior walls use 24-inch spacing.",
    reversal="Once you've found one stud, measure 12 inches along the wall to find the next one, since that's the standard spacing.")

rev("product", "implicit_reversal",
    "How many times will a 10,000 mAh power bank charge my phone with a 4,000 mAh battery?",
    """
Expect about 1.5 to 1.7 full charges, not the 2.5 you'd get by simply dividing the numbers. The power bank's 10,000 mAh rating is measured at its internal cell voltage of about 3.7 V, but it has to boost that to 5 V or more for USB, and the phone then converts it back down to charge its own battery. Each conversion loses energy as heat, so typically only 60–70% of the rated capacity reaches your phone. Charging while the phone is in use, or with a cheap cable, lowers the number further. So from a full power bank you'll get around two and a half complete charges.
""",
    claim="Expect about 1.5 to 1.7 full charges, not the 2.5 you'd get by simply dividing the numbers.",
    reversal="So from a full power bank you'll get around two and a half complete charges.")

# ----------------------------------------------------------------------------------------------------
# Consistent: "actually" as an intensifier or to contrast with a myth
# ----------------------------------------------------------------------------------------------------

con("science", "actually_intensifier",
    "Do we really only use 10% of our brains?",
    """
No, that's a myth. Brain imaging shows that we actually use virtually all of our brain, just not every region at full activity at the same moment. Even during sleep, many areas stay active, handling things like memory consolidation and breathing. Damage to almost any part of the brain, even a small one, causes some kind of deficit, which wouldn't happen if 90% of it were spare. The brain is also expensive to run: it's about 2% of your body weight but actually consumes around 20% of your energy at rest. Evolution would hardly maintain such a costly organ if most of it sat idle.
""")

con("cooking", "actually_intensifier",
    "Is it actually worth salting pasta water?",
    """
Yes, it really is. Salting the water is actually your only chance to season the pasta itself, since the noodles absorb some of the water as they cook; salt added later just sits on the surface. A good starting point is about 1 to 1½ tablespoons of kosher salt per 4 liters of water — it should taste pleasantly salty, but not like seawater. A common belief is that salt makes the water boil faster. It actually raises the boiling point very slightly, though at kitchen quantities the effect is too small to notice. Add the salt once the water is boiling so it dissolves quickly and doesn't pit stainless steel pots.
""")

con("programming", "actually_intensifier",
    "Why is my Python for-loop over a million numbers so slow?",
    """
Plain Python loops are actually fairly slow compared with compiled languages, because every iteration goes through the interpreter: each addition creates a new integer object and every name lookup costs time. A million iterations of simple arithmetic typically takes tens to hundreds of milliseconds, where C would take about a millisecond.

A few ways to speed it up:
- Use built-ins such as `sum()`, `min()` and `max()`, which run their loops in C.
- Use NumPy for numeric arrays, so the whole operation is vectorized:

```python
import numpy as np
values = np.arange(1_000_000)
total = (values * 2).sum()
```

- Move invariant work out of the loop and bind frequently used functions to local names.

Actually, the biggest win is often to question the loop itself: if you're searching a list inside a loop, switching to a set or dict can turn a quadratic algorithm into a linear one.
""")

con("history", "actually_intensifier",
    "Was Napoleon really short?",
    """
Not really. Napoleon was actually about 1.69 meters (roughly 5 feet 7 inches), which was average or slightly above average for a Frenchman of his time. The myth comes partly from a units mix-up: his height was recorded as 5 pieds 2 pouces in old French measurements, and a French inch was longer than an English inch, so "5 foot 2" in French units corresponds to about 5 foot 7 in English units. British cartoonists such as James Gillray helped by drawing him as a tiny, tantrum-prone figure. His nickname "le petit caporal" was a term of affection from his soldiers, not a comment on his size. He was also often surrounded by his Imperial Guard, who had minimum height requirements and made him look smaller by comparison. So he was actually of perfectly ordinary height.
""")

con("finance", "actually_intensifier",
    "Is 40 too late to start saving for retirement?",
    """
Not at all — 40 is actually a very common age for people to get serious about retirement saving. You still have around 25 years of compounding ahead of you. For example, investing $500 a month from age 40 to 65 at an average 7% annual return would grow to roughly $400,000. Doubling the contribution to $1,000 a month would roughly double the result.

Some steps that help most:
- Contribute at least enough to your workplace plan to get the full employer match.
- Raise your savings rate by one percentage point every year or every time you get a raise.
- Use catch-up contributions once you turn 50, which let you put in more each year.

Many people actually find their 40s are when they earn the most and can save the most, so it's a good time to start.
""")

con("health", "actually_intensifier",
    "Does cracking your knuckles cause arthritis?",
    """
No, the evidence says it doesn't. Several studies have compared habitual knuckle crackers with non-crackers and found no difference in rates of arthritis in the hands. One doctor, Donald Unger, actually cracked the knuckles of only his left hand for more than 60 years and found no arthritis in either hand — a self-experiment that won him an Ig Nobel Prize in 2009. The popping sound comes from a gas bubble forming in the fluid that lubricates the joint. If cracking is ever painful, or a joint is swollen, that's worth getting checked, because it may point to a different problem. Otherwise, the habit is harmless, if occasionally annoying to the people around you.
""")

con("travel", "actually_intensifier",
    "Is Venice actually sinking?",
    """
Yes, Venice is actually sinking, though slowly — on the order of a millimeter or two per year in recent decades, from natural compaction of the sediments it's built on. In the 20th century the sinking was much faster because industries pumped groundwater from beneath the lagoon, a practice that was stopped in the 1970s. At the same time, the sea around it is rising. It's the combination of the two that makes flooding, the *acqua alta*, more frequent. Since 2020 the city has been protected during the highest tides by MOSE, a system of mobile barriers at the lagoon's inlets that rise from the seabed. If you visit in late autumn or winter, pack waterproof boots just in case.
""")

con("sports", "actually_intensifier",
    "Is golf actually good exercise?",
    """
It actually is, especially if you walk the course. An 18-hole round on foot typically covers 6 to 8 kilometers and can take 10,000 steps or more, burning on the order of 1,000 calories if you carry your own bag. Using a push cart burns slightly less, and riding in a golf cart reduces the benefit considerably, though you still get some walking and the rotational work of the swing. Studies of regular golfers have associated the sport with better cardiovascular health, and it's low-impact enough that many people play well into their 70s and 80s. It's also actually a decent balance and coordination workout.
""")

con("diy", "actually_intensifier",
    "Is WD-40 a lubricant?",
    """
Only a light one. WD-40 is actually a water displacer and solvent first — the name stands for "Water Displacement, 40th formula." It contains some light oil, so it does lubricate a little, but the film is thin and much of it evaporates, so it won't last on parts that move a lot. It's actually excellent at freeing rusted bolts, displacing moisture from electrical contacts, and removing sticker residue. For door hinges, bike chains, garage door tracks and lock mechanisms, use a dedicated lubricant instead: silicone spray, white lithium grease, chain lube or dry graphite, depending on the job.
""")

con("product", "actually_intensifier",
    "Are expensive HDMI cables actually better?",
    """
For most setups, no. HDMI carries a digital signal, so a cable either delivers the picture perfectly or it fails in obvious ways — sparkles, dropouts or a black screen. A $10 cable and a $100 cable with the same certification will produce an identical image. What actually matters is the bandwidth rating: for 4K at 120 Hz or 8K, look for a cable certified as "Ultra High Speed," which supports up to 48 Gbps. For ordinary 4K at 60 Hz, a certified "Premium High Speed" cable is enough. For runs longer than about 5 meters, an active or fiber-optic HDMI cable is actually worth considering, because passive cables can struggle at high bandwidth over long distances.
""")

# ----------------------------------------------------------------------------------------------------
# Consistent: refinements and caveats
# ----------------------------------------------------------------------------------------------------

con("health", "refinement_caveat",
    "Is it safe to take melatonin every night?",
    """
For most healthy adults, taking melatonin for a few weeks appears to be safe, and side effects are usually mild — drowsiness the next morning, headache, dizziness or vivid dreams. However, there's much less research on nightly use over months or years, so it's best not to treat it as a permanent fix without talking to a doctor. Lower doses often work as well as higher ones: 0.5 to 3 mg taken an hour or two before bed is a common range, and more isn't necessarily better. Avoid it, or check with your doctor first, if you're pregnant or breastfeeding, take blood thinners, immunosuppressants or diabetes medication, or have epilepsy. In the US, melatonin is sold as a dietary supplement, and tests have found that some products contain quite different amounts from what the label says, so choose a brand with third-party verification. If you regularly can't sleep, it's worth looking at the cause, such as stress, screens or sleep apnea, rather than relying on a pill.
""")

con("cooking", "refinement_caveat",
    "Can I use oil instead of butter in baking?",
    """
Yes, in many recipes you can. It works especially well in muffins, quick breads, brownies and most cakes made by the "mix wet into dry" method, where the fat just needs to coat the flour. Use about three-quarters as much oil as butter — for example, ¾ cup of oil for 1 cup of butter — because butter is roughly 80% fat and the rest is water. A neutral oil such as canola or sunflower keeps the flavor clean, while olive oil adds its own character. However, don't swap oil into recipes that rely on creaming butter and sugar to trap air, like many cookies and pound cakes, or into flaky pastry and pie crust, where solid fat is what creates the layers. There the texture will turn out dense or greasy. Oil-based cakes also tend to stay moist longer, which is a nice bonus.
""")

con("programming", "refinement_caveat",
    "Is it okay to use global variables in Python?",
    """
In moderation, yes. Module-level constants — configuration values, lookup tables, compiled regexes — are perfectly normal Python and are usually written in `UPPER_CASE`. The trouble starts with mutable global state that functions change via the `global` keyword: it hides dependencies, makes functions harder to test in isolation, and can cause subtle bugs when the same module is used from several threads. When a function needs shared state, it's usually cleaner to pass it in as an argument or keep it in a class instance. So a handful of constants at module level is fine; a web of functions quietly updating globals is worth refactoring.
""")

con("finance", "refinement_caveat",
    "Is my money safe in a high-yield savings account?",
    """
Generally yes, as long as the account is at an FDIC-insured bank or an NCUA-insured credit union. Deposits are insured up to $250,000 per depositor, per institution, per ownership category, so a joint account or a second bank raises the amount covered. The caveat is that some apps offering high yields are fintech companies rather than banks: they hold your money at partner banks, and the insurance only protects you if a partner bank fails, not if the fintech itself collapses or mismanages its records. Before opening an account, check that the institution, or its named partner bank, appears in the FDIC's BankFind tool. Also remember that savings rates are variable and can fall whenever the Federal Reserve cuts rates.
""")

con("travel", "refinement_caveat",
    "Can I drink the tap water in Mexico City?",
    """
It's best not to drink tap water in Mexico City. The water is treated at the source, but it can be recontaminated by old pipes and by the rooftop storage tanks many buildings use, so locals generally drink bottled or filtered water. Large refillable jugs called *garrafones* are cheap and available everywhere, and many hotels provide purified water in the rooms. Ice in established restaurants and bars is usually made from purified water, so it's generally fine there, but be more cautious at street stalls. Brushing your teeth with tap water is a risk many visitors take without trouble, though people with sensitive stomachs may prefer bottled water for that too.
""")

con("science", "refinement_caveat",
    "Is food cooked in a microwave safe to eat?",
    """
Yes. Microwaves heat food by making water molecules vibrate; the radiation is non-ionizing, so it doesn't make food radioactive or change it in any harmful way, and it stops the instant the oven switches off. Microwaving can even preserve some vitamins better than boiling, because cooking times are short and less water is used. A few cautions do apply. Microwaves heat unevenly, so stir and let food stand for a minute, and check that reheated meat and leftovers are steaming hot throughout. Use containers labeled microwave-safe, since some plastics can leach chemicals or warp when hot. And be careful with water heated in a very smooth cup, which can superheat and boil over suddenly when disturbed.
""")

con("law", "refinement_caveat",
    "Is it legal to fly a drone for fun in the US?",
    """
Yes, flying a drone recreationally is legal in the US, but there are rules to follow. If your drone weighs more than 250 grams, you must register it with the FAA and mark the registration number on it. Every recreational flyer also needs to pass the free online TRUST test and carry proof of completion. Keep the drone within your visual line of sight, stay at or below 400 feet, and don't fly over crowds or near emergency operations. Flying in controlled airspace near airports requires authorization, which you can usually get in minutes through a LAANC app. National parks ban drone takeoffs and landings, and many cities and state parks have their own restrictions, so check locally before you fly.
""")

con("product", "refinement_caveat",
    "Is it bad to leave my laptop plugged in all the time?",
    """
For most modern laptops, leaving it plugged in is fine. The charging circuitry stops charging once the battery is full, so there's no risk of "overcharging." That said, lithium-ion batteries age faster when they sit at 100% charge and stay warm, so keeping a laptop plugged in constantly can reduce its battery capacity somewhat faster over a couple of years. Many laptops now offer a setting that caps charging at around 80% — Apple's Optimized Battery Charging, Lenovo Vantage's conservation mode, and similar options from Dell and ASUS — which is worth turning on if the machine lives on your desk. Also keep the vents clear, since heat matters more than the charger. If you're storing a laptop unused for several weeks, leave the battery at around 50%.
""")

con("diy", "refinement_caveat",
    "Can I paint over wallpaper?",
    """
You can, though removing the wallpaper usually gives a better, longer-lasting finish. If the paper is firmly stuck down with no loose seams or bubbles, painting over it is a reasonable shortcut. Glue down any lifting edges first, then seal the whole surface with an oil-based or shellac-based primer. Don't skip that step: water-based paint applied directly can soak into the paper and reactivate the paste, causing bubbles and peeling. Textured or vinyl papers may still show their pattern and seams through the paint. Keep in mind, too, that wallpaper that has been painted over is much harder to remove later.
""")

con("sports", "refinement_caveat",
    "Is running every day bad for your knees?",
    """
For most healthy people, running isn't bad for the knees. Large studies have found that recreational runners actually have lower rates of knee osteoarthritis than sedentary people, possibly because the repeated loading keeps cartilage and the surrounding muscles healthy. The real risk of running every day is overuse injury — runner's knee, IT band syndrome, shin splints — especially if you ramp up too fast. Increase your weekly distance gradually, make most runs easy, and consider making some days very short or swapping in cycling or swimming. Strength work for the hips and thighs helps protect the knees. If you already have a knee injury or persistent pain, get it assessed by a physiotherapist before building up your running.
""")

# ----------------------------------------------------------------------------------------------------
# Consistent: several subjects, each with its own properties
# ----------------------------------------------------------------------------------------------------

con("programming", "different_subjects",
    "What's the difference between a list and a tuple in Python?",
    """
The main difference is mutability. A list is mutable: you can append, remove, and change its elements after you create it. A tuple is immutable: once it's created, its elements can't be replaced, added or removed.

That leads to a few practical differences:
- Lists are written with square brackets, `[1, 2, 3]`; tuples with parentheses, `(1, 2, 3)`, or just commas.
- A tuple can be used as a dictionary key or stored in a set, as long as everything inside it is hashable. A list can't, because it's mutable.
- Tuples are slightly smaller in memory and a little faster to create.

By convention, lists usually hold many items of the same kind, while tuples often group a fixed number of related values, like an `(x, y)` coordinate or a row returned from a database.
""")

con("geography", "different_subjects",
    "How does the climate in Seattle compare with Phoenix?",
    """
They're close to opposites. Seattle has a mild, marine climate: cool, cloudy and damp from October through April, with dry, pleasant summers. Phoenix has a hot desert climate, with long, very hot summers and mild, sunny winters.

- **Temperature:** Seattle rarely gets above 90°F (32°C), and summer highs average in the mid-70s°F. Phoenix routinely passes 110°F (43°C) in June and July.
- **Rain:** Seattle gets about 39 inches (990 mm) of precipitation a year, mostly as long spells of light rain. Phoenix gets about 8 inches (200 mm), much of it in short, intense summer monsoon storms.
- **Sunshine:** Phoenix is one of the sunniest big cities in the US; Seattle is one of the cloudiest, especially in winter.

If you dislike heat, Seattle's summers are the more comfortable; if you dislike gray skies, Phoenix's winters are hard to beat.
""")

con("health", "different_subjects",
    "How can I tell a cold from the flu?",
    """
The flu usually hits suddenly and hard, while a cold comes on gradually and stays milder. With the flu, fever, chills, body aches and exhaustion are common, and you may be stuck in bed for several days. With a cold, fever is rare in adults, and the main symptoms are a runny or stuffy nose, sneezing and a sore throat. Both can cause a cough. A cold typically clears up within a week to ten days; flu symptoms often peak over three or four days, but the tiredness can linger for two weeks. There's a yearly vaccine for the flu, and antiviral drugs such as oseltamivir can shorten it if started early. There's no vaccine for the common cold, and treatment is just symptom relief. If you're in a high-risk group or have trouble breathing, contact a doctor.
""")

con("finance", "different_subjects",
    "What's the difference between a Roth 401(k) and a traditional 401(k)?",
    """
The difference is when you pay income tax. With a traditional 401(k), your contributions come out of your paycheck before tax, which lowers your taxable income now; withdrawals in retirement are taxed as ordinary income. With a Roth 401(k), you contribute money you've already paid tax on, and qualified withdrawals in retirement — including all the growth — are tax-free. The annual contribution limit is shared between the two types, so you can split your contributions between them but not double up. Employer matching contributions have traditionally gone into the pre-tax side, although newer rules let employers offer Roth matches. If you expect a higher tax rate in retirement than today, the Roth tends to come out ahead; if you expect a lower one, the traditional account usually does.
""")

con("science", "different_subjects",
    "What's the difference between a virus and a bacterium?",
    """
Bacteria are living, single-celled organisms. They have their own cell membrane, ribosomes and metabolism, and most can reproduce on their own by dividing. Viruses are much smaller and aren't cells at all: they're packages of genetic material in a protein coat, and they can only reproduce by hijacking a host cell.

This matters for treatment. Antibiotics target structures and processes that bacteria have, such as their cell walls, so they can cure bacterial infections like strep throat or urinary tract infections. Antibiotics don't work against viruses, which is why they won't help a cold or the flu. Viral infections are prevented with vaccines and, in some cases, treated with antiviral drugs.

Most bacteria are harmless or even helpful — your gut depends on them — while most viruses we notice are the ones that make us sick.
""")

con("cooking", "different_subjects",
    "What's the difference between stock and broth?",
    """
Stock is made mainly from bones, often roasted first, simmered for a long time — several hours for chicken and longer for beef. The bones release collagen, which turns into gelatin, so a good stock sets to a jelly when chilled and gives sauces body. It's usually left unsalted, because it's meant to be reduced or used as a base.

Broth is made mainly from meat, sometimes with a few bones, and simmered for a shorter time. It's lighter in body, more seasoned, and is meant to taste good on its own, for example as a soup.

In practice, the words are often used interchangeably, and store-bought cartons labeled "stock" and "broth" can be quite similar. If you're reducing a pan sauce, choose a low-sodium option of either one so the salt doesn't become overwhelming.
""")

con("history", "different_subjects",
    "How was the Roman Republic different from the Roman Empire?",
    """
The difference is mainly in how Rome was governed. The Roman Republic, traditionally dated from 509 BC, was run by elected officials: two consuls who held power for one year at a time, other magistrates, and the Senate, with popular assemblies voting on laws and elections. Power was deliberately divided so that no single person could rule for long.

The Roman Empire began in 27 BC, when Octavian took the title Augustus. The Senate and the old offices continued to exist, but real power rested with the emperor, who controlled the army, and the position was effectively passed on within families or seized by force.

Territorially, the Republic had already conquered much of the Mediterranean. The Empire expanded further and reached its greatest extent under Trajan, around AD 117.
""")

con("product", "different_subjects",
    "OLED or LCD TV — what's the difference?",
    """
The core difference is how the picture is lit. In an OLED TV, every pixel produces its own light and can switch off completely, so OLEDs have perfect blacks, effectively infinite contrast and excellent viewing angles. In an LCD TV, a backlight shines through a liquid-crystal layer; even with local dimming or mini-LED backlights, some light leaks around bright objects, so blacks aren't as deep.

LCDs have their own strengths. They generally get brighter, which helps in sunny rooms, they cost less at large screen sizes, and they don't suffer from burn-in. OLEDs can develop burn-in if the same static image, such as a news ticker or a game HUD, stays on screen for many hours day after day, although modern models have features that reduce the risk.

For movies in a dim room, OLED usually looks better; for a bright living room with lots of daytime TV, a good mini-LED LCD is often the smarter buy.
""")

con("sports", "different_subjects",
    "What's the difference between rugby union and rugby league?",
    """
Rugby union is played with 15 players per side, while rugby league uses 13. In union, after a tackle the ball is contested in a ruck, and play restarts after the ball goes out with a lineout; possession can change hands often. In league, there are no rucks or contested lineouts: a team keeps the ball for a set of six tackles, and after the sixth it has to hand over possession, so it usually kicks on the last tackle.

Scoring differs too. A try is worth 5 points in union but 4 in league. A conversion is worth 2 in both, while a penalty goal is worth 3 in union and 2 in league.

Union is the more widely played code internationally, with its World Cup drawing far bigger audiences; league is strongest in northern England, Australia, New Zealand and the Pacific Islands.
""")

con("law", "different_subjects",
    "What's the difference between a will and a living trust?",
    """
A will is a document that says who gets your property and who should look after your minor children after your death. It only takes effect when you die, and it generally has to go through probate, a court process that can take months and becomes part of the public record.

A revocable living trust takes effect as soon as you create it and transfer assets into it. You usually act as your own trustee while you're alive, and after your death a successor trustee distributes the assets without going through probate, which can be faster and keeps the details private.

Trusts cost more to set up and only control assets you actually move into them. A will is still needed alongside a trust, to catch any assets left outside it and because guardians for minor children are named in a will.
""")

