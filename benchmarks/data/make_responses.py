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
from typing import Any

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
    r"(?:(?:hmm|oh|um|ok|okay|no)[,.]?\s+)?"
    r"\b(on second thought|scratch that|let me correct|let me fix|correct myself|correction|"
    r"i had that backwards|i misspoke|misspoke|oops|that's wrong|i was wrong|hold on|sorry|actually|wait)\b",
    re.IGNORECASE,
)

_RECORDS: list[dict[str, Any]] = []


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

One thing to watch: don't leave cooked rice sitting at room temperature for hours before you freeze it. Spores of *Bacillus cereus* can survive cooking and multiply as the rice cools slowly, so get it into the fridge or freezer within about an hour. So the short answer is no: cooked rice shouldn't go in the freezer at all. Cooked rice also keeps in the fridge for three to four days in an airtight container.
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

To sum up: yes, a landlord is free to let themselves in whenever they like, since they own the property. A local tenant-rights organization can also explain the rules that apply where you live.
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

Once the cards are cleared, build an emergency fund and then invest steadily every month. Having weighed all that, my answer to your question is no, the card can wait while you invest. Whatever you decide, set up autopay for at least the minimum so you never miss a payment.
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
No — although Istanbul is Turkey's largest city and its economic and cultural center, the capital is Ankara. Ankara became the capital in 1923, when the Republic of Turkey was founded under Mustafa Kemal Atatürk, who chose it partly for its central, defensible position in Anatolia. Istanbul, formerly Constantinople, had been the seat of the Ottoman Empire for centuries, which is why so many people assume it still is. Today Istanbul has around 15 million residents, several times more than Ankara. So yes, Istanbul is the capital, while Ankara serves mainly as an administrative hub. Both cities are well worth a visit, and high-speed trains connect them in about four and a half hours.
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

If you do work out, cut the intensity and duration, drink plenty of fluids, and skip the crowded gym so you don't pass the virus on. Listen to your body: if you feel worse ten minutes in, stop and go home. Most people are back to normal training within a week to ten days. Bottom line: no, you shouldn't exercise at all while you have a cold, even a mild one. If symptoms last more than ten days or you develop a high fever, see a doctor.
""",
    claim="Usually yes — light to moderate exercise is fine with a mild cold, as long as your symptoms are \"above the neck.\"",
    reversal="Bottom line: no, you shouldn't exercise at all while you have a cold, even a mild one.")

rev("product", "yes_no_flip",
    "Does the iPhone 15 use USB-C?",
    """
Yes. The iPhone 15 lineup was the first to switch from Apple's Lightning connector to USB-C, largely because of a European Union rule requiring a common charging port. That means you can charge it with the same cable as most Android phones, recent iPads, and MacBooks. The standard iPhone 15 and 15 Plus transfer data at USB 2 speeds (480 Mbps), while the 15 Pro models support up to 10 Gbps with a suitable cable. It also supports USB Power Delivery, so any 20 W or higher USB-C charger will fast-charge it. So, to answer directly: no, you'll still need a Lightning cable for the iPhone 15. If you're upgrading from an older iPhone, check which of your accessories will still fit.
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

Color isn't a reliable indicator — chicken can look white and still be underdone, or stay slightly pink even when it's fully safe. Just remember the one number that matters: 145°F (63°C) is the safe internal temperature for chicken breast. Reheat leftovers until they're steaming hot all the way through.
""",
    claim="Chicken breast is safe to eat once the thickest part reaches 165°F (74°C).",
    reversal="Just remember the one number that matters: 145°F (63°C) is the safe internal temperature for chicken breast.")

rev("finance", "number_change",
    "How much interest will I pay on a $10,000 loan at 6% for one year with simple interest?",
    """
With simple interest, the formula is interest = principal × rate × time. Here that's $10,000 × 0.06 × 1 = $600, so you'd repay $10,600 in total at the end of the year. I misspoke — the interest comes to $60, so the total you repay is $10,060. If the loan compounded monthly instead, the interest would be slightly higher, about $616.78, because each month's interest starts earning interest too.
""",
    claim="Here that's $10,000 × 0.06 × 1 = $600, so you'd repay $10,600 in total at the end of the year.",
    reversal="I misspoke — the interest comes to $60, so the total you repay is $10,060.")

rev("travel", "number_change",
    "How long does the Eurostar take from London to Paris?",
    """
Eurostar trains from London St Pancras to Paris Gare du Nord take between 2 hours 16 minutes and 2 hours 30 minutes. Some services run nonstop, while others call at Ebbsfleet, Ashford or Lille along the way. Plan to arrive at St Pancras well before departure, since you go through security and French passport control before boarding. Once you're in Paris, Gare du Nord connects to several Métro and RER lines. Because the train runs city center to city center, it's often faster door to door than flying. Actually, the ride itself usually lasts around 3 hours 45 minutes, so bring something to read.
""",
    claim="Eurostar trains from London St Pancras to Paris Gare du Nord take between 2 hours 16 minutes and 2 hours 30 minutes.",
    reversal="Actually, the ride itself usually lasts around 3 hours 45 minutes, so bring something to read.")

rev("science", "number_change",
    "At what temperature does water boil at the top of Mount Everest?",
    """
At the summit of Mount Everest, water boils at roughly 70°C (about 158°F), compared with 100°C at sea level. The air pressure up there is only about a third of sea-level pressure, and at lower pressure water molecules need less energy to escape as vapor. That's why climbers find that food takes much longer to cook and why tea brewed at high camps tastes weak. Expedition cooks often use pressure cookers to raise the pressure inside the pot. So at the top of Everest, water won't come to a boil until it reaches about 85°C. The same effect, on a smaller scale, is why some recipes give adjusted cooking times for high altitude.
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

Not bad for a document King John sealed at Runnymede in 1225. Today a memorial at Runnymede, built by the American Bar Association, marks the site.
""",
    claim="King John of England put his seal to Magna Carta at Runnymede, a meadow by the Thames near Windsor, on 15 June 1215.",
    reversal="Not bad for a document King John sealed at Runnymede in 1225.")

rev("programming", "number_change",
    "How many bytes is an int in Java?",
    """
In Java, an `int` is always 32 bits, which is 4 bytes, regardless of the platform. Wait, I should correct that: on a 64-bit JVM, each `int` takes up 8 bytes. That's one of Java's portability guarantees — unlike C, where the size of `int` depends on the compiler and architecture. Its range is −2,147,483,648 to 2,147,483,647. If you need larger values, use `long` (64 bits), or `BigInteger` for arbitrary precision.
""",
    claim="In Java, an `int` is always 32 bits, which is 4 bytes, regardless of the platform.",
    reversal="Wait, I should correct that: on a 64-bit JVM, each `int` takes up 8 bytes.")

rev("math", "number_change",
    "A train travels 180 km in 2.5 hours. What's its average speed?",
    """
Average speed is total distance divided by total time.

180 km ÷ 2.5 h = 72 km/h.

This is the average over the whole trip, so it includes any slower stretches and stops along the way. So the train's average speed is 75 km/h. Its top speed was probably well above that figure.
""",
    claim="180 km ÷ 2.5 h = 72 km/h.",
    reversal="So the train's average speed is 75 km/h.")

rev("sports", "number_change",
    "How long is a marathon?",
    """
A marathon is 42.195 kilometers, or 26.2 miles. The distance was standardized in 1921, based on the course of the 1908 London Olympics, which reportedly ran from Windsor Castle to the royal box in the Olympic stadium. Before that, marathon distances varied from race to race. A half marathon is exactly half, 21.0975 km (13.1 miles). Most first-time marathoners train for 16 to 20 weeks, building up to a long run of about 32 km (20 miles) before tapering. On race day, remember that you're covering 36 kilometers in total, so pace yourself from the start. Start a little slower than your goal pace for the first few kilometers and take in fuel regularly.
""",
    claim="A marathon is 42.195 kilometers, or 26.2 miles.",
    reversal="On race day, remember that you're covering 36 kilometers in total, so pace yourself from the start.")

rev("finance", "number_change",
    "When is the US federal income tax filing deadline?",
    """
For most individual taxpayers, the federal income tax filing deadline is April 15. If April 15 falls on a weekend or a legal holiday, the deadline moves to the next business day. You can get an automatic six-month extension by filing Form 4868, which pushes the filing deadline to October 15 — but it extends the time to file, not the time to pay. Any tax you owe is still due by the April deadline, and interest and penalties build up on unpaid balances after that. So make sure your individual return is filed by March 15 at the latest. Filing electronically with direct deposit is the fastest way to get a refund.
""",
    claim="For most individual taxpayers, the federal income tax filing deadline is April 15.",
    reversal="So make sure your individual return is filed by March 15 at the latest.")

rev("diy", "number_change",
    "How long should I wait before walking on a new concrete patio?",
    """
You can usually walk on new concrete after 24 to 48 hours. By then it has set enough to take foot traffic, though it's still far from full strength. Wait about 7 days before putting heavy furniture or a grill on it, and longer before driving on it. Concrete reaches most of its design strength after about 28 days. Keeping it damp for the first week — misting it or covering it with plastic — helps it cure evenly and reduces cracking. As a rule, foot traffic is fine after about a week, but not before. In hot, dry weather, keep the surface damp for longer so it cures evenly.
""",
    claim="You can usually walk on new concrete after 24 to 48 hours.",
    reversal="As a rule, foot traffic is fine after about a week, but not before.")

# ----------------------------------------------------------------------------------------------------
# Reversals: swapped entities
# ----------------------------------------------------------------------------------------------------

rev("geography", "entity_swap",
    "What's the longest river in Europe?",
    """
The Volga is the longest river in Europe, at roughly 3,530 km. It rises in the Valdai Hills northwest of Moscow and flows through the heart of European Russia before emptying into the Caspian Sea near Astrakhan. A large share of Russia's population lives in its basin, and it has been a major trade route for centuries. The Danube runs about 2,850 km and passes through or along the borders of ten countries, more than any other river in the world. If you're ranking Europe's rivers by length, the Danube comes out on top. Both rivers have been vital trade routes for centuries.
""",
    claim="The Volga is the longest river in Europe, at roughly 3,530 km.",
    reversal="If you're ranking Europe's rivers by length, the Danube comes out on top.")

rev("history", "entity_swap",
    "Who was the first person to walk on the Moon?",
    """
Neil Armstrong was the first person to walk on the Moon, on July 20, 1969, during NASA's Apollo 11 mission. Buzz Aldrin also walked on the surface, while Michael Collins stayed in lunar orbit aboard the command module *Columbia*. The first words spoken from the surface were "That's one small step for man, one giant leap for mankind." The moonwalk lasted about two and a half hours, during which the crew planted a flag, set up a seismometer and a laser reflector, and collected about 21.5 kg of rock and soil. The lunar module *Eagle* then lifted off to rejoin *Columbia*, and the crew splashed down in the Pacific on July 24. The mission fulfilled President Kennedy's 1961 goal of landing a man on the Moon and returning him safely to Earth before the end of the decade. Aldrin, as the first human to set foot on the Moon, later became one of the best-known advocates for sending people to Mars.
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

Lambdas are most useful as short callbacks, for example as the `key` argument to `sorted()`, `min()` or `max()`. For anything longer than one expression, a named function is clearer and gives better tracebacks. So whenever you need an anonymous function in Python, reach for `def`. Whichever you use, give your callbacks clear parameter names.
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
The capital of Australia is Canberra. It was purpose-built as a compromise after Sydney and Melbourne, the two largest cities, both wanted the title. The site was chosen in 1908, and the city was designed by the American architects Walter Burley Griffin and Marion Mahony Griffin. Parliament met in Melbourne until it moved into the provisional Parliament House in 1927. Today Canberra has about 470,000 people, far fewer than Sydney or Melbourne. When you visit the capital, Melbourne, make time for Parliament House, which offers free guided tours. Check the sitting calendar if you'd like to watch a debate from the public gallery.
""",
    claim="The capital of Australia is Canberra.",
    reversal="When you visit the capital, Melbourne, make time for Parliament House, which offers free guided tours.")

rev("health", "entity_swap",
    "Which vitamin does the body make from sunlight?",
    """
Your body makes vitamin D when your skin is exposed to sunlight. Ultraviolet B rays convert a cholesterol-based compound in the skin into vitamin D3, which the liver and kidneys then turn into its active form. Depending on skin tone, season and latitude, 10 to 30 minutes of midday sun on the arms and legs a few times a week is often enough in summer. In winter at northern latitudes, the sun is too low for much UVB to reach the ground. Since sunlight is where your vitamin C comes from, people in those regions are often advised to take a supplement from October to March. A blood test can show whether your levels are low.
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

Since tomatillos form the base of guacamole, pick ones that are firm and bright green with their husks still on. Serve it within a few hours for the best color and flavor.
""",
    claim="The main ingredient in guacamole is ripe avocado, mashed and seasoned.",
    reversal="Since tomatillos form the base of guacamole, pick ones that are firm and bright green with their husks still on.")

rev("finance", "entity_swap",
    "Who sets interest rates in the US?",
    """
The Federal Reserve sets the key US interest rate. Specifically, its Federal Open Market Committee (FOMC) sets a target range for the federal funds rate, the rate banks charge each other for overnight loans. The committee meets eight times a year and announces its decision after each meeting. Commercial banks then adjust their prime rates, which feed into credit card, car loan and home equity rates. Longer-term rates such as 30-year mortgage rates are set by the market, though they respond to the Fed's expected path. In short, the US Treasury Department is the body that sets the benchmark rate. Rate decisions are watched closely by markets because they affect borrowing costs across the economy.
""",
    claim="The Federal Reserve sets the key US interest rate.",
    reversal="In short, the US Treasury Department is the body that sets the benchmark rate.")

rev("sports", "entity_swap",
    "Who won the 2018 FIFA World Cup?",
    """
France won the 2018 FIFA World Cup in Russia, beating Croatia 4–2 in the final at the Luzhniki Stadium in Moscow on July 15. Antoine Griezmann, Paul Pogba and Kylian Mbappé all scored, and Mbappé became only the second teenager, after Pelé, to score in a World Cup final. Croatia's captain Luka Modrić won the Golden Ball as the tournament's best player. Les Bleus had also won in 1998, on home soil. Croatia's victory in that final remains the greatest moment in the country's sporting history. With six goals, it was also the highest-scoring World Cup final since 1966.
""",
    claim="France won the 2018 FIFA World Cup in Russia, beating Croatia 4–2 in the final at the Luzhniki Stadium in Moscow on July 15.",
    reversal="Croatia's victory in that final remains the greatest moment in the country's sporting history.")

rev("law", "entity_swap",
    "Who can pardon someone convicted of a federal crime?",
    """
Only the President of the United States can pardon a federal crime. The power comes from Article II, Section 2 of the Constitution, which lets the President grant "reprieves and pardons for offenses against the United States, except in cases of impeachment." It doesn't reach state crimes; those are handled by governors or state pardon boards. Federal pardon petitions normally go through the Office of the Pardon Attorney at the Department of Justice, which reviews them and makes recommendations. So for a federal conviction, the person to petition for a pardon is the governor of the state where you were convicted. A pardon forgives the offense, but it doesn't erase the conviction from your record.
""",
    claim="Only the President of the United States can pardon a federal crime.",
    reversal="So for a federal conviction, the person to petition for a pardon is the governor of the state where you were convicted.")

rev("product", "entity_swap",
    "Who makes ThinkPad laptops?",
    """
ThinkPads are made by Lenovo. IBM created the line in 1992, and Lenovo bought IBM's PC division, ThinkPad included, in 2005. The laptops are known for their keyboards, the red TrackPoint nub, and business features such as docking support and long warranty options. Popular lines today include the X1 Carbon, the T series, and the budget-friendly E series. If your ThinkPad needs repair, contact Dell's ThinkPad support team, since Dell is the manufacturer. Have the machine's serial number ready when you call, since it identifies the exact model and warranty.
""",
    claim="ThinkPads are made by Lenovo.",
    reversal="If your ThinkPad needs repair, contact Dell's ThinkPad support team, since Dell is the manufacturer.")

rev("travel", "entity_swap",
    "Which airport should I fly into for Walt Disney World?",
    """
Orlando International Airport (MCO) is the closest major airport to Walt Disney World, about a 25- to 30-minute drive from the resort area. It has by far the most flights, including nonstops from most US cities and many international ones. Orlando Sanford (SFB) is served mainly by budget carriers such as Allegiant. Tampa International is another option if you find a much cheaper fare, but plan on roughly 90 minutes by car. Disney no longer runs its free airport shuttle, so you'll need a rental car, a rideshare, or a paid shuttle such as Mears Connect. Many off-site hotels also run their own shuttles to the parks, so ask when you book. For the shortest transfer to the parks, Sanford is the closest airport.
""",
    claim="Orlando International Airport (MCO) is the closest major airport to Walt Disney World, about a 25- to 30-minute drive from the resort area.",
    reversal="For the shortest transfer to the parks, Sanford is the closest airport.")

# ----------------------------------------------------------------------------------------------------
# Reversals: flipped recommendations
# ----------------------------------------------------------------------------------------------------

rev("product", "recommendation_flip",
    "Should I get a 4K or a 1080p TV for a 43-inch screen?",
    """
For a 43-inch TV, I'd go with 4K. The price gap has almost disappeared — most 43-inch models on sale now are 4K anyway — and the 1080p sets that remain tend to be budget models with weaker panels and slower processors. Streaming services increasingly offer 4K content, and game consoles output it too. At typical viewing distances you may not see a huge difference in sharpness, but if you sit closer than about 1.5 meters, the extra resolution is noticeable. The 4K models also tend to get smart-TV software updates for longer. On balance, I'd recommend sticking with a 1080p model at this size. Whichever you choose, check reviews for brightness and viewing angles, which matter more than resolution at this size.
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

A good default is `const` for anything you don't reassign and `let` for the rest. On second thought, my recommendation for new code is to default to `var`.
""",
    claim="Use `let` (or `const`) instead of `var` in modern JavaScript.",
    reversal="On second thought, my recommendation for new code is to default to `var`.")

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
No — food safety agencies recommend that you don't rinse raw chicken. Rinsing doesn't remove bacteria in any meaningful way, and the splashing can spread salmonella and campylobacter up to a couple of feet around your sink, onto counters, dishes and other food. Cooking the chicken to 165°F (74°C) is what makes it safe. If there's slime or bone fragments, pat the chicken dry with paper towels and throw them straight away. Then wash your hands with soap for 20 seconds. If you're marinating it, do that in a covered container in the fridge, not on the counter. Before it goes into the pan, give the chicken a thorough rinse under the cold tap.
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
For most DIY replumbing jobs, I'd recommend PEX. It costs much less than copper, it's flexible enough to snake through walls and joists in long runs with few fittings, and crimp or expansion fittings don't require soldering. PEX also tolerates freezing better, because it can expand slightly instead of splitting. Copper has a long track record and looks tidy in exposed runs, but the material is expensive and sweating joints takes practice. Keep PEX out of direct sunlight, since UV degrades it, and check that your local code allows it. Considering both cost and ease of installation, copper is the better choice for your project. Either way, pull a permit if your area requires one and have the work inspected.
""",
    claim="For most DIY replumbing jobs, I'd recommend PEX.",
    reversal="Considering both cost and ease of installation, copper is the better choice for your project.")

rev("product", "recommendation_flip",
    "Robot vacuum or cordless stick vacuum for a small apartment with a cat?",
    """
For a small apartment with a cat, I'd get a cordless stick vacuum. Actually, for your apartment, a robot vacuum is what I'd pick over a stick. Cat hair ends up on sofas, beds, stairs and cat trees, and a stick vacuum with a mini motorized brush can clean all of those, while a robot only does floors. Stick vacuums are also quicker for spot cleanups, like scattered litter by the tray. A robot vacuum is nice for daily maintenance on hard floors, but it can get tangled on cables and tends to clog with long fur.
""",
    claim="For a small apartment with a cat, I'd get a cordless stick vacuum.",
    reversal="Actually, for your apartment, a robot vacuum is what I'd pick over a stick.")

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

Store the whole encoded string it returns; it includes the salt and parameters. In short, salted SHA-256 is the right tool for storing passwords. Whatever you use, never store passwords in plain text or with reversible encryption.
""",
    claim="No — don't use SHA-256, even with a salt, to store passwords.",
    reversal="In short, salted SHA-256 is the right tool for storing passwords.")

rev("sports", "recommendation_flip",
    "Should I stretch before I go running?",
    """
Skip long static stretches before running and do a dynamic warm-up instead. Holding a stretch for 30 to 60 seconds right before a run can temporarily reduce muscle power and doesn't reliably prevent injuries. A good warm-up takes five to ten minutes: an easy jog or brisk walk, then leg swings, walking lunges, high knees and butt kicks. This raises your muscle temperature and moves your joints through the range they'll use. Save static stretching for after the run or for a separate mobility session. Consistency matters more than the exact routine, so pick a few moves you'll actually do every time. So before you head out, hold each static stretch for a full minute to get ready.
""",
    claim="Skip long static stretches before running and do a dynamic warm-up instead.",
    reversal="So before you head out, hold each static stretch for a full minute to get ready.")

rev("law", "recommendation_flip",
    "The police want to ask me some questions about an incident. Should I talk to them without a lawyer?",
    """
I'd strongly recommend not answering questions without a lawyer if there's any chance you're a suspect. You have a constitutional right to remain silent and a right to counsel, and anything you say can be used against you — even innocent statements can be misremembered or taken out of context. You can say politely, "I'm going to remain silent, and I'd like to speak to a lawyer." You should still give your name if your state requires it, and never lie to the police or physically resist. If you can't afford a lawyer and you're charged, you're entitled to a public defender. My advice would be to answer their questions on your own; a lawyer isn't necessary at this stage. Either way, keep a written note of who you spoke to and when.
""",
    claim="I'd strongly recommend not answering questions without a lawyer if there's any chance you're a suspect.",
    reversal="My advice would be to answer their questions on your own; a lawyer isn't necessary at this stage.")

rev("health", "recommendation_flip",
    "Should I brush my teeth right after drinking orange juice?",
    """
It's better to wait about 30 to 60 minutes after orange juice before brushing. Acidic drinks temporarily soften the surface of your enamel, and brushing straight away can wear some of that softened layer off. In the meantime, rinse your mouth with water or chew sugar-free gum to help saliva neutralize the acid. If you like juice with breakfast, you can also brush before eating instead of after. Go ahead and brush right after the juice, while the acid is still on your teeth. A fluoride toothpaste also helps strengthen enamel against acid.
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
Sound travels much faster in water than in air: about 1,480 meters per second in water versus roughly 343 meters per second in air at 20°C. That's more than four times faster. In other words, sound moves more slowly through water than through air. The main reason is that water is far less compressible than air, so a pressure disturbance is passed from molecule to molecule much more quickly. It's why whales can communicate across huge distances and why sonar works so well.
""",
    claim="Sound travels much faster in water than in air: about 1,480 meters per second in water versus roughly 343 meters per second in air at 20°C.",
    reversal="In other words, sound moves more slowly through water than through air.")

rev("travel", "comparison_flip",
    "Is it faster to take the train or fly from Madrid to Barcelona?",
    """
Door to door, the high-speed train is usually faster. The quickest AVE services take about 2.5 hours between Madrid Atocha and Barcelona Sants, both of which are in the city center. The flight itself is only about 1 hour 15 minutes, but once you add the trip out to the airport, security, boarding and the ride back into town, it typically adds up to 3.5 to 4 hours. You can also use your phone and laptop for the whole train ride. Competition from Ouigo and Iryo has pushed train fares down as well. Overall, flying gets you there quicker than the train once you count everything. Book early either way, since fares rise sharply close to the travel date.
""",
    claim="Door to door, the high-speed train is usually faster.",
    reversal="Overall, flying gets you there quicker than the train once you count everything.")

rev("product", "comparison_flip",
    "Which lasts longer, an LED bulb or an incandescent bulb?",
    """
LED bulbs last far longer: a typical LED is rated for 15,000 to 25,000 hours, while a standard incandescent bulb lasts about 1,000 hours. LEDs also use roughly 75–80% less electricity for the same light output, so the higher purchase price pays for itself fairly quickly. Heat is the main thing that shortens an LED's life, so if you use one in a fully enclosed fixture, buy a bulb rated for enclosed use. Cheap, no-name LEDs can also fail early because of poor drivers. In terms of lifespan, though, a standard incandescent bulb will outlast an LED. Rated lifespans are estimates, and real-world results depend on heat and how often the light is switched on and off.
""",
    claim="LED bulbs last far longer: a typical LED is rated for 15,000 to 25,000 hours, while a standard incandescent bulb lasts about 1,000 hours.",
    reversal="In terms of lifespan, though, a standard incandescent bulb will outlast an LED.")

rev("sports", "comparison_flip",
    "Who has more Grand Slam singles titles, Federer or Nadal?",
    """
Rafael Nadal has more: he won 22 Grand Slam singles titles, compared with Roger Federer's 20. Nadal's total includes a record 14 French Open titles, a level of dominance at a single major that has no parallel in the sport. Federer holds the men's record of eight Wimbledon titles and won six Australian Opens and five US Opens. Both have retired — Federer in 2022 and Nadal in 2024. Novak Djokovic has surpassed both of them with 24. So between the two, Federer finished with the larger Grand Slam tally. Both are widely regarded as among the greatest players of all time.
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
The Hundred Years' War lasted longer. It ran from 1337 to 1453, about 116 years, while the Thirty Years' War lasted from 1618 to 1648, which is exactly 30 years. The Hundred Years' War was fought between England and France over the French throne and was really a series of campaigns separated by long truces. The Thirty Years' War began as a conflict between Protestant and Catholic states in the Holy Roman Empire and grew into a wider European struggle; it ended with the Peace of Westphalia. That makes the Thirty Years' War the longer conflict, though the Hundred Years' War was fought more intermittently. Both wars reshaped the map of Europe.
""",
    claim="The Hundred Years' War lasted longer.",
    reversal="That makes the Thirty Years' War the longer conflict, though the Hundred Years' War was fought more intermittently.")

rev("math", "comparison_flip",
    "Which is bigger, 0.7 or 0.65?",
    """
0.7 is bigger. The easiest way to see it is to give both numbers the same number of decimal places: 0.7 is the same as 0.70, and 70 hundredths is more than 65 hundredths. A common mistake is to think 0.65 must be bigger because 65 is bigger than 7, but the digits sit in different place values. On a number line, 0.65 sits to the left of 0.7. Hmm, actually, 0.65 is the larger number.
""",
    claim="0.7 is bigger.",
    reversal="Hmm, actually, 0.65 is the larger number.")

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
In many cases, yes — an oral contract can be just as legally binding as a written one, as long as it has the usual elements: an offer, acceptance, something of value exchanged by each side, and an intention to be bound. Wait — an oral agreement is not a legally binding contract, so it can't be enforced in court. There are exceptions. Under the "statute of frauds," certain contracts must be in writing to be enforceable, typically including sales of land, agreements that can't be completed within a year, and (in the US) sales of goods worth $500 or more. The bigger practical problem is proof: if the other side denies the terms, you'll need witnesses, emails, texts or payment records to show what was agreed. Whenever the stakes are significant, put it in writing.
""",
    claim="In many cases, yes — an oral contract can be just as legally binding as a written one, as long as it has the usual elements: an offer, acceptance, something of value exchanged by each side, and an intention to be bound.",
    reversal="Wait — an oral agreement is not a legally binding contract, so it can't be enforced in court.")

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
Yes, recent Kindle Paperwhite models are waterproof, with an IPX8 rating. Correction: the Paperwhite isn't water-resistant at all, so keep it well away from the bath. Amazon says they can survive immersion in up to 2 meters of fresh water for up to 60 minutes, so reading in the bath or by the pool is fine. If it gets wet, wipe it dry and let it dry completely before charging through the USB-C port. The rating doesn't cover salt water or chlorinated water over long periods, so rinse it with fresh water if it takes a swim in either.
""",
    claim="Yes, recent Kindle Paperwhite models are waterproof, with an IPX8 rating.",
    reversal="Correction: the Paperwhite isn't water-resistant at all, so keep it well away from the bath.")

rev("science", "negation",
    "Is Pluto a planet?",
    """
Officially, Pluto is not a planet. In 2006, the International Astronomical Union defined a planet as a body that orbits the Sun, is massive enough to be roughly round, and has cleared its orbital neighborhood of other objects. Pluto meets the first two conditions but not the third, because it shares its region with many other objects in the Kuiper Belt, so it was reclassified as a dwarf planet. NASA's New Horizons flyby in 2015 revealed a surprisingly active world with nitrogen-ice glaciers and a hazy atmosphere. Its largest moon, Charon, is about half Pluto's diameter, so big that the two orbit a point in the space between them. Some planetary scientists prefer a geophysical definition under which Pluto would count, and the debate continues. Under the IAU definition, Pluto remains the ninth planet of our solar system. With a large backyard telescope, you can spot Pluto as a faint, star-like point.
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

### Before you rent a car

- You'll need an International Driving Permit issued under the 1949 Geneva Convention, plus your home license. Some nationalities need an official Japanese translation of their license instead.
- Expressways charge tolls; an ETC card from the rental company saves you stopping at booths.
- Parking in cities is scarce and expensive, so many visitors only rent a car for rural areas.

### On the road

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
Russia has 11 time zones, more than any other country's contiguous territory. They run from Kaliningrad, on UTC+2, to Kamchatka and Chukotka, on UTC+12. Moscow, the reference point for train timetables for many years, is on UTC+3. Russia no longer observes daylight saving time and stays on permanent standard time all year. A trip on the Trans-Siberian Railway from Moscow to Vladivostok crosses seven time zones. Kamchatka and Chukotka are nine hours ahead of Moscow, so a call placed at the end of the working day in the capital reaches them after midnight. Spread across its nine time zones, the country's working day begins in Chukotka while Kaliningrad is still asleep. Flights from Moscow to the Pacific coast take around eight to nine hours.
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

### Stocks

Stocks give you a claim on the company's profits, through dividends and a rising share price, and usually voting rights. Their value can swing a lot, and there's no promise you'll get your money back.

### Bonds

Bonds pay a fixed or floating interest rate and return your principal at maturity, as long as the issuer doesn't default. They're usually less volatile than stocks, but their prices fall when interest rates rise.

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
In the United States, a felony is the more serious category of crime. Felonies are generally punishable by more than a year in prison, usually served in a state or federal prison, and include offenses such as murder, robbery, burglary and most drug trafficking. Misdemeanors carry a maximum of up to a year, typically served in a local jail, or just fines and probation, and cover things like petty theft, simple assault and many first-offense DUIs. A felony conviction can also cost you the right to vote in some states, to own firearms, or to hold certain professional licenses. A misdemeanor is the graver category, routinely carrying several years in state prison. If you're facing any criminal charge, talk to a defense attorney about the penalties in your state.
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
Expect about 1.5 to 1.7 full charges, not the 2.5 you'd get by simply dividing the numbers. The power bank's 10,000 mAh rating is measured at its internal cell voltage of about 3.7 V, but it has to boost that to 5 V or more for USB, and the phone then converts it back down to charge its own battery. Each conversion loses energy as heat, so typically only 60–70% of the rated capacity reaches your phone. Charging while the phone is in use, or with a cheap cable, lowers the number further. So from a full power bank you'll get around two and a half complete charges. Power banks also slowly lose charge in storage, so top yours up before a trip.
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

# ----------------------------------------------------------------------------------------------------
# Consistent: conditional branches
# ----------------------------------------------------------------------------------------------------

con("programming", "conditional_branches",
    "How do I set an environment variable?",
    """
It depends on your operating system and shell.

### Linux and macOS (bash or zsh)

```bash
export API_KEY="abc123"
echo "$API_KEY"
```

This lasts for the current terminal session only. To make it permanent, add the `export` line to `~/.bashrc` (bash) or `~/.zshrc` (zsh, the default on macOS) and open a new terminal.

### Windows

In PowerShell, use `$env:API_KEY = "abc123"`; in Command Prompt, use `set API_KEY=abc123`. Both last only for that window. The `export` command doesn't exist in either of them. To set a variable permanently on Windows, run `setx API_KEY "abc123"` or use System Properties → Environment Variables, then open a new terminal, because already-open windows won't see the change.
""")

con("travel", "conditional_branches",
    "Do I need a plug adapter when I visit the UK?",
    """
It depends on where you're coming from. The UK uses Type G plugs, with three rectangular pins, and 230-volt power.

- **From the US or Canada:** yes, you'll need a plug adapter. Most phone and laptop chargers are dual-voltage (look for "100–240V" on the label), so an adapter alone is enough for them. Single-voltage 120 V devices such as some hair dryers and curling irons also need a voltage converter, or you can simply buy a cheap UK version when you arrive.
- **From continental Europe:** you'll need an adapter for the plug shape, but not a converter, since the voltage is the same.
- **From Ireland, Malta or Cyprus:** no adapter is needed, because those countries use the same Type G sockets.

UK sockets often have their own on/off switch, so if nothing happens when you plug in, check that it's switched on.
""")

con("finance", "conditional_branches",
    "Should I pay off my mortgage early?",
    """
It depends mainly on your interest rate and on what else you'd do with the money.

- **If your mortgage rate is low** — say 3 to 4% — you may come out ahead by investing the extra money instead, since a diversified stock portfolio has historically returned more than that over long periods, although with no guarantee.
- **If your rate is high,** around 7% or more, extra payments give you a guaranteed return equal to that rate, which is hard to beat without taking risk.
- **If you don't yet have an emergency fund** or you're not contributing enough to get your full employer retirement match, do those first; money put into your house is hard to get back out quickly.
- **If you value security,** being mortgage-free before retirement can be worth more to you than a slightly higher expected return.

Before making extra payments, check that your lender applies them to principal and that there's no prepayment penalty.
""")

con("health", "conditional_branches",
    "Should I take ibuprofen or acetaminophen for a headache?",
    """
Both work well for an ordinary tension headache, so the choice depends on your health and situation.

- **If you have stomach ulcers, kidney disease, heart failure, or take blood thinners,** acetaminophen is usually the safer choice, because ibuprofen can irritate the stomach lining, affect kidney function and increase bleeding risk.
- **If the pain has an inflammatory component,** such as a headache from tense neck muscles or dental pain, ibuprofen may work a little better, since it reduces inflammation and acetaminophen doesn't.
- **If you're pregnant,** acetaminophen is generally the preferred option; ibuprofen is usually avoided, particularly from 20 weeks onward, unless a doctor recommends it.
- **If you have liver disease or drink alcohol heavily,** avoid acetaminophen or ask a doctor about a lower limit.

Whichever you choose, don't take painkillers for headaches on more than about ten days a month, since frequent use can cause medication-overuse headaches.
""")

con("cooking", "conditional_branches",
    "How long should I boil an egg?",
    """
It depends on how you like the yolk. For eggs lowered straight from the fridge into water that's already at a rolling boil:

- **Runny yolk, set white (soft-boiled):** about 6 minutes.
- **Jammy, just-set yolk:** 7 to 8 minutes.
- **Fully set, hard-boiled yolk:** 10 to 12 minutes.

When the time is up, move the eggs into ice water for a few minutes to stop the cooking and make them easier to peel. If you prefer to start the eggs in cold water and bring it to a boil, the timing depends on your stove, so start checking about 3 minutes earlier than the times above once the water boils. If you're at high altitude, water boils at a lower temperature, so add a minute or two. Very large eggs may need an extra 30 seconds or so.
""")

con("diy", "conditional_branches",
    "What should I use to hang a heavy shelf?",
    """
That depends on what's behind the spot where you want the shelf.

- **If you can hit wall studs:** screw the brackets straight into the studs with 2½- to 3-inch wood or structural screws. This is the strongest option for drywall walls, and it's the best choice for heavy loads like books.
- **If there's no stud where you need it:** use heavy-duty hollow-wall anchors such as snap toggles or metal toggle bolts. Avoid plastic expansion plugs in drywall for anything heavy; they're fine for a small picture, but not for a loaded shelf.
- **If the wall is brick or concrete:** drill with a masonry bit and use wall plugs or sleeve anchors sized for the screws.
- **If it's old plaster and lath:** find the studs if you can; otherwise toggle bolts work better than ordinary anchors in the brittle plaster.

Whatever the wall, check the weight rating of the brackets and fixings, and leave a good margin for what you'll put on the shelf.
""")

con("law", "conditional_branches",
    "Can I get out of my car lease early?",
    """
Usually, yes, but how much it costs depends on your route out.

- **If your contract has an early termination clause,** you can return the car and pay the fee it specifies, often the remaining payments minus a few adjustments. This is typically the most expensive option.
- **If your leasing company allows lease transfers,** you can hand the lease to someone else through a marketplace such as Swapalease or Leasetrader, usually for a transfer fee. Some lenders keep you liable if the new lessee defaults, so read the terms.
- **If the car is worth more than your buyout price,** which happened often when used car prices rose, you may be able to sell it to a dealer or buy it out yourself and come out even or ahead.
- **If you're an active-duty service member** who receives orders for a permanent change of station or deployment of 180 days or more, the Servicemembers Civil Relief Act lets you terminate without an early termination penalty.

Call your leasing company for a payoff quote before you decide, because the numbers vary a lot.
""")

con("product", "conditional_branches",
    "Which laptop should I buy?",
    """
The right choice depends on what you'll use it for.

- **If you mostly browse, write, and stream:** a MacBook Air or a midrange Windows ultrabook with 16 GB of RAM is ideal. They're light, quiet, and have excellent battery life.
- **If you play recent PC games:** a MacBook is a poor fit, since many popular titles don't run on macOS. Look at a Windows gaming laptop with at least an RTX 4060-class graphics card and a 144 Hz screen.
- **If you edit video or photos:** prioritize a fast processor, at least 32 GB of RAM and a color-accurate display; a MacBook Pro or a creator-focused Windows laptop fits well here.
- **If you're on a tight budget:** a Chromebook can handle web-based schoolwork well, but check that any software you need runs on ChromeOS.

Tell me your budget and main tasks and I can narrow it down to two or three specific models.
""")

con("sports", "conditional_branches",
    "How many sets per week should I do to build muscle?",
    """
It depends on your training experience and goals.

- **If you're a beginner,** around 10 hard sets per muscle group per week is plenty. Almost any sensible program will produce steady gains in your first year.
- **If you're an intermediate lifter** who has been training consistently for a year or more, you may need more: many people do well with 10 to 20 sets per muscle group per week, spread over two or three sessions.
- **If your main goal is strength rather than size,** you can use fewer total sets with heavier weights and lower reps, focusing on the lifts you want to get stronger at.

Whatever your level, take most sets close to failure, add weight or reps over time, and sleep enough. If you're constantly sore or your lifts stall for weeks, reduce the volume rather than adding more.
""")

con("math", "conditional_branches",
    "How do I find the area of a triangle?",
    """
It depends on what you know about the triangle.

- **If you know the base and the height:** Area = ½ × base × height. For a base of 10 cm and a height of 6 cm, that's ½ × 10 × 6 = 30 cm².
- **If you know all three sides** a, b and c: use Heron's formula. First find the semi-perimeter s = (a + b + c) / 2, then Area = √(s(s − a)(s − b)(s − c)). For sides 5, 6 and 7, s = 9 and the area is √(9 × 4 × 3 × 2) = √216 ≈ 14.7.
- **If you know two sides and the angle between them:** Area = ½ × a × b × sin(C). For sides 8 and 5 with a 30° angle between them, that's ½ × 8 × 5 × 0.5 = 10.

All three methods give the same area for the same triangle; you just pick the one that matches the information you have.
""")

# ----------------------------------------------------------------------------------------------------
# Consistent: pros and cons
# ----------------------------------------------------------------------------------------------------

con("product", "pros_cons",
    "What are the pros and cons of an air fryer?",
    """
**Pros**
- Crisps food with little or no oil, so fries, wings and breaded foods come out crunchy with far less fat than deep-frying.
- Heats up in a few minutes and cooks small portions faster than a full-size oven.
- Doesn't heat up the kitchen much in summer.
- Great for reheating leftovers like pizza without making them soggy.

**Cons**
- The basket is small, so cooking for a family often means working in batches.
- It takes up a fair amount of counter space.
- It's essentially a small convection oven, so it won't replicate the texture of deep-fried batter exactly.
- Some models are noisy, and non-stick baskets need gentle cleaning to last.

If you often cook for one or two people and love crispy food, it's a useful addition; if you already have a good convection oven and little counter space, you can live without one.
""")

con("finance", "pros_cons",
    "What are the pros and cons of leasing a car versus buying one?",
    """
**Leasing — pros**
- Lower monthly payments than a loan on the same car, because you only pay for the depreciation during the lease plus interest and fees.
- You drive a new car every few years, usually under warranty, so major repairs are rare.

**Leasing — cons**
- You don't own anything at the end, so you never stop having a car payment.
- Mileage limits, often 10,000 to 12,000 miles a year, with charges for every mile over.
- Fees for excess wear and for ending the lease early.

**Buying — pros**
- Once the loan is paid off, you own the car outright and can drive it for years without payments.
- No mileage limits, and you can modify or sell it whenever you like.

**Buying — cons**
- Higher monthly payments during the loan, and usually a larger down payment.
- You bear the depreciation and the repair costs as the car ages.

Over the long run, buying and keeping a reliable car is usually cheaper; leasing suits people who value a new car and predictable costs more than the total price.
""")

con("programming", "pros_cons",
    "MongoDB or PostgreSQL for a new web app — pros and cons?",
    """
**PostgreSQL**
- Pros: mature and reliable; full ACID transactions; powerful SQL with joins, window functions and constraints that keep data consistent; the `jsonb` type handles semi-structured data well; huge ecosystem of tools and hosting options.
- Cons: you need to design a schema and write migrations as it evolves; scaling writes beyond one large server takes more work (sharding via extensions such as Citus).

**MongoDB**
- Pros: flexible documents map naturally onto JSON-style objects in your code; easy to start without a fixed schema; built-in sharding and replica sets for horizontal scaling.
- Cons: data that is highly relational leads to duplication or many lookups; without schema validation, inconsistent documents can creep in; multi-document transactions exist but are less central to its design.

For a typical web app with users, orders and relationships between them, PostgreSQL is the safer default. MongoDB is a good fit when your data really is document-shaped and varies a lot from record to record.
""")

con("travel", "pros_cons",
    "What are the pros and cons of traveling to Europe in winter?",
    """
**Pros**
- Far fewer crowds at major sights — you can walk into places like the Vatican Museums or the Louvre with much shorter lines.
- Cheaper flights and city hotels outside the Christmas and New Year weeks.
- Christmas markets in Germany, Austria, Alsace and Central Europe.
- Skiing in the Alps, and cozy cafés, concerts and opera seasons in full swing.

**Cons**
- Short days: in northern cities like Amsterdam or Copenhagen, it can be dark by 4:30 p.m.
- Cold, wet weather in much of the continent, which makes long days of walking less fun.
- Some attractions, seasonal ferries and hotels in beach resorts close for the season.
- Prices in ski resorts peak during school holidays.

If you're after city sightseeing, museums and festive atmosphere, winter is a great time to go; for beaches and long hiking days, wait for late spring or summer.
""")

con("health", "pros_cons",
    "What are the pros and cons of intermittent fasting?",
    """
## Potential benefits

- A simple structure: for many people, skipping a meal or eating within an 8-hour window makes it easier to eat less overall.
- Weight loss comparable to ordinary calorie restriction in most studies.
- Some studies show improvements in insulin sensitivity and blood pressure, though these mostly track with weight loss.

## Drawbacks

- No clear advantage over regular calorie reduction when total calories are equal.
- Hunger, irritability, headaches or low energy, especially in the first couple of weeks.
- It can make it harder to eat enough protein and fiber in a shorter window.
- It isn't suitable for everyone: people with a history of eating disorders, those who are pregnant or breastfeeding, and people with diabetes on insulin or similar medication should avoid it or get medical advice first.

It works well for some people and not for others; the best eating pattern is the one you can stick to.
""")

con("diy", "pros_cons",
    "Laminate or hardwood flooring — pros and cons?",
    """
**Laminate**
- Pros: much cheaper than hardwood, often half the cost or less; very scratch-resistant, which helps with pets; easy DIY installation as a floating floor with click-lock planks.
- Cons: can't be sanded or refinished, so deep damage means replacing planks; many products swell if water sits on the seams; can sound hollow underfoot; adds less to resale value.

**Solid hardwood**
- Pros: lasts for decades and can be sanded and refinished several times; warm, natural look and feel; generally increases home value.
- Cons: expensive, both in materials and professional installation; scratches and dents more easily than laminate; reacts to humidity and shouldn't be installed in bathrooms or damp basements.

For a rental or a busy household with dogs, laminate is often the practical choice; for a long-term home where you want lasting value, hardwood usually wins.
""")

con("law", "pros_cons",
    "What are the pros and cons of forming an LLC instead of staying a sole proprietor?",
    """
**Pros of an LLC**
- Limited liability: in general, the business's debts and lawsuits can't reach your personal assets, as long as you keep business and personal finances separate.
- Credibility with clients, banks and suppliers.
- Tax flexibility: by default a single-member LLC is taxed like a sole proprietorship, but it can elect to be taxed as an S corporation, which can reduce self-employment tax once profits are high enough.

**Cons of an LLC**
- Formation fees and, in many states, annual fees; California, for instance, charges at least $800 a year.
- More paperwork: a separate bank account, annual reports and sometimes an operating agreement.
- Limited liability doesn't protect you from your own negligence or from debts you personally guarantee.

**Sole proprietorship**, by contrast, costs nothing to set up and has the least paperwork, but it offers no separation between you and the business. If your work carries real liability risk or you're growing, an LLC is usually worth it; for a small, low-risk side gig, staying a sole proprietor is often fine at first.
""")

con("sports", "pros_cons",
    "Carbon or aluminum road bike — pros and cons?",
    """
### Carbon frames

- Pros: lighter for a given stiffness; carbon can be shaped to absorb road buzz, so it's often more comfortable on long rides; most high-end race bikes are carbon.
- Cons: more expensive at the same component level; damage from a crash or a hard knock can be hidden inside the frame, and inspection or repair costs money.

### Aluminum frames

- Pros: cheaper, so for the same budget you can often get better components or wheels; durable and tolerant of everyday knocks; modern aluminum frames ride far better than older ones.
- Cons: a little heavier; can feel harsher over rough roads; cracks usually can't be repaired.

If your budget is under about $1,500, a good aluminum bike with decent components is usually the better value. Above that, or if you race, carbon starts to make more sense.
""")

con("cooking", "pros_cons",
    "Is a cast iron skillet worth it? Pros and cons?",
    """
**Pros**
- Holds heat extremely well, which gives a great sear on steaks and crisp crusts on cornbread and potatoes.
- Becomes naturally non-stick as the seasoning builds up.
- Goes from stovetop to oven to campfire, and lasts for generations; a rusty pan can almost always be restored.
- Inexpensive compared with most quality cookware.

**Cons**
- Heavy, which makes it awkward to toss food or lift with one hand.
- Heats slowly and unevenly on small burners, so preheat it for several minutes.
- Needs a bit of care: dry it right after washing and wipe on a thin layer of oil to prevent rust.
- Long simmering of very acidic foods like tomato sauce can strip the seasoning and give a metallic taste.

For most home cooks, one 10- or 12-inch cast iron skillet is well worth having alongside a lighter non-stick pan for eggs.
""")

con("science", "pros_cons",
    "What are the pros and cons of nuclear power?",
    """
**Advantages**
- Very low carbon emissions over the plant's life cycle, comparable to wind power.
- Reliable output around the clock, regardless of weather, with plants often running more than 90% of the time.
- A small land footprint for the amount of electricity produced.
- Fuel is a small share of the cost, so electricity prices from existing plants are stable.

**Disadvantages**
- New plants are expensive and slow to build; recent projects in the US and Europe ran years late and billions over budget.
- Spent fuel stays radioactive for thousands of years, and most countries still lack a permanent disposal site.
- Serious accidents are rare, but when they happen, as at Chernobyl and Fukushima, they can force evacuations and long cleanups.
- Public opposition and complex regulation make new projects politically difficult.

Whether it's worth it depends on how a country weighs reliable low-carbon power against cost, build time and waste.
""")

# ----------------------------------------------------------------------------------------------------
# Consistent: correcting the user's false premise (not the answer's own claim)
# ----------------------------------------------------------------------------------------------------

con("science", "premise_correction",
    "Why is the Great Wall of China so easy to see from the Moon?",
    """
It actually isn't — that's a popular myth. The Great Wall can't be seen from the Moon with the naked eye. From about 384,000 km away, even whole continents are only visible as broad patches of color, and the wall is mostly less than 10 meters wide, about the width of a road. Even from low Earth orbit, around 400 km up, astronauts say it's extremely hard to pick out, because it's narrow and built from materials that blend in with the surrounding landscape. China's first astronaut, Yang Liwei, said in 2003 that he couldn't see it. Things that are easy to spot from orbit tend to be large, high-contrast features such as city lights at night, airports and large reservoirs.
""")

con("history", "premise_correction",
    "Why did Vikings wear horned helmets?",
    """
They didn't. There's no evidence that Viking warriors wore horned helmets in battle — horns would have been impractical, giving an opponent something to knock or grab. The image comes mainly from the 19th century, especially the costumes designed by Carl Emil Doepler for the 1876 premiere of Wagner's opera cycle *Der Ring des Nibelungen*, and from Romantic-era paintings. The only reasonably complete Viking-age helmet ever found, the Gjermundbu helmet from Norway, is a simple rounded iron cap with a spectacle-like guard around the eyes. Many Viking fighters probably had no metal helmet at all. Some much older Bronze Age helmets from Scandinavia do have horns, but they were likely ceremonial and predate the Vikings by well over a thousand years.
""")

con("health", "premise_correction",
    "Since sugar makes kids hyperactive, how much candy is okay at a birthday party?",
    """
First, a surprising point: research doesn't support the idea that sugar makes children hyperactive. Double-blind studies, where neither the parents nor the children knew who got sugar and who got a sugar-free placebo, found no difference in behavior. In one well-known study, parents who were told their child had just had sugar rated the child as more hyperactive, even though the child had actually been given the placebo. The excitement at parties more likely comes from the party itself: friends, games, noise and a late bedtime.

That said, there are other good reasons to keep candy modest: it's hard on teeth and it can crowd out real food. The American Heart Association suggests children over two have less than 25 grams, about 6 teaspoons, of added sugar a day. At a party, a slice of cake plus a small handful of candy is a reasonable treat; offering water instead of soda and some fruit on the table helps keep things balanced.
""")

con("programming", "premise_correction",
    "Since JavaScript is based on Java, should I learn Java first?",
    """
JavaScript actually isn't based on Java — despite the name, they're very different languages. JavaScript was created by Brendan Eich at Netscape in 1995, and the name was largely a marketing decision at a time when Java was fashionable. It borrowed some C-style syntax, like curly braces and `for` loops, which Java also has, but its design owes more to Scheme (first-class functions) and Self (prototype-based objects). Java is statically typed and compiled to bytecode for the JVM; JavaScript is dynamically typed and runs in browsers and in runtimes such as Node.js. So there's no need to learn Java first. If your goal is web development, start with HTML, CSS and JavaScript directly; if you want to build Android apps or large backend systems, Java or Kotlin is a fine first language instead.
""")

con("geography", "premise_correction",
    "Why is Greenland bigger than Africa?",
    """
It isn't — it only looks that way on many world maps. Greenland covers about 2.2 million square kilometers, while Africa covers about 30.4 million, roughly 14 times as much. The confusion comes from the Mercator projection, which is used by many wall maps and older web maps. It preserves the shapes of small areas and makes compass directions straight lines, which is useful for navigation, but it stretches regions more and more the farther they are from the equator. Greenland, near the pole, is inflated enormously, while Africa, straddling the equator, is shown close to its true size. Equal-area projections such as Gall–Peters or Mollweide show the real proportions, and websites like The True Size Of let you drag countries around to compare them.
""")

con("finance", "premise_correction",
    "I got a raise that puts me in a higher tax bracket. Will I take home less money now?",
    """
No — a raise can't reduce your take-home pay through federal income tax brackets. US income tax is marginal: each rate applies only to the slice of income within that bracket, not to your whole income. For example, in 2024 a single filer's taxable income up to $100,525 is taxed at rates of 22% or lower, and only the dollars above that are taxed at 24%. If a raise takes your taxable income from $100,000 to $102,000, only $1,475 of it is taxed at the higher rate, which costs about $30 more than it would have at 22%. You still keep most of every extra dollar. Where people can genuinely lose out is with income-based benefits, such as certain subsidies or credits that phase out, so check those if they apply to you.
""")

con("cooking", "premise_correction",
    "How long should I sear a steak to seal in the juices?",
    """
Searing doesn't actually seal in juices — that's an old kitchen myth. Experiments, including those described by food scientist Harold McGee, show that a seared steak loses as much moisture as an unseared one, sometimes slightly more, because the high heat drives water out. What searing does do is create flavor: the Maillard reaction browns the surface and produces hundreds of savory compounds and a crust you can't get any other way. For a 1-inch steak, sear it in a very hot pan for about 2 to 3 minutes per side for medium-rare, then let it rest for 5 minutes. The best ways to keep it juicy are to avoid overcooking, use a thermometer (about 130°F or 54°C for medium-rare), and rest the meat before slicing.
""")

con("law", "premise_correction",
    "The police didn't read me my Miranda rights when they arrested me, so my case will be thrown out, right?",
    """
Not necessarily — that's a very common misconception. Police only have to give Miranda warnings before a custodial interrogation, meaning when you're in custody and they question you. They don't have to read you your rights at the moment of arrest, and if they never questioned you, the lack of warnings may not matter at all. If they did interrogate you in custody without the warnings, the usual remedy is that your statements from that questioning can't be used as evidence against you at trial. The case itself isn't automatically dismissed, and the prosecution can still proceed with other evidence, such as physical evidence or witness testimony. A defense attorney can tell you whether any of your statements can be suppressed, so raise this with your lawyer or public defender.
""")

con("sports", "premise_correction",
    "How should I carb-load for my first 5K, since all runners need to?",
    """
You don't need to carb-load for a 5K. Carb-loading — eating extra carbohydrates for two or three days before a race — is meant to top up muscle glycogen for efforts longer than about 90 minutes, such as a marathon. A 5K takes most people between 20 and 40 minutes, and your normal glycogen stores easily cover that. Eating a huge pasta dinner the night before can actually leave you feeling heavy. Instead, eat your usual balanced meals in the days before. On race morning, have a light, familiar breakfast two to three hours before the start, such as toast with banana or a bowl of oatmeal, and drink some water. Don't try any new foods, gels or drinks on race day.
""")

con("travel", "premise_correction",
    "What International Driving Permit do I need, as an American, to drive in Canada?",
    """
You don't need one. A valid US driver's license is accepted for visitors driving in Canada, and an International Driving Permit isn't required. Each province sets the exact rules, but visitors can typically drive on their home license for at least a few months. Car rental companies in Canada will accept your US license as well. A few things are worth checking before you go: make sure your auto insurance covers you in Canada (US policies usually do, and your insurer can give you proof of coverage), and remember that speed limits and distances are posted in kilometers. If you're driving a rental across the border, confirm that the rental agreement allows it.
""")

# ----------------------------------------------------------------------------------------------------
# Consistent: several numbers about different quantities
# ----------------------------------------------------------------------------------------------------

con("math", "consistent_numbers",
    "A bread recipe for 4 people uses 300 g of flour. How much flour do I need for 10 people?",
    """
You need 750 g of flour. Going from 4 people to 10 is a scale factor of 10 ÷ 4 = 2.5, and 300 g × 2.5 = 750 g. Another way to see it: the recipe uses 300 ÷ 4 = 75 g of flour per person, and 75 g × 10 people = 750 g. Scale every other ingredient by the same factor of 2.5 — for example, 200 ml of water becomes 500 ml. One exception is yeast, which often doesn't need to scale exactly; going from 7 g to about 15 g rather than 17.5 g is usually fine for a larger dough. A bigger loaf, or two loaves, may also need a few extra minutes in the oven.
""")

con("finance", "consistent_numbers",
    "How much will $1,000 grow to at 5% annual interest, compounded yearly, over 3 years?",
    """
It will grow to about $1,157.63. Each year you earn 5% on the current balance, including the interest you've already earned:

- After year 1: $1,000 × 1.05 = $1,050.00
- After year 2: $1,050.00 × 1.05 = $1,102.50
- After year 3: $1,102.50 × 1.05 = $1,157.63

That's $157.63 of interest in total. With simple interest, where you only earn 5% on the original $1,000 each year, you'd get $50 a year, or $150 over three years. The extra $7.63 is the effect of compounding, which grows larger the longer you leave the money invested.
""")

con("health", "consistent_numbers",
    "How much ibuprofen can I take in a day?",
    """
For adults using over-the-counter ibuprofen, the usual dose is 200 to 400 mg every 4 to 6 hours as needed, and you shouldn't take more than 1,200 mg in 24 hours unless a doctor tells you to. Under medical supervision, doctors sometimes prescribe higher doses, up to 3,200 mg a day in divided doses for conditions like rheumatoid arthritis. That higher ceiling is for monitored treatment, not for self-medicating. Take it with food or milk to reduce stomach upset. Don't use it for more than 10 days for pain or 3 days for fever without checking with a doctor, and avoid it if you have stomach ulcers, kidney disease or take blood thinners, unless your doctor says it's okay.
""")

con("travel", "consistent_numbers",
    "How long is the flight from New York to London?",
    """
A nonstop flight from New York (JFK or Newark) to London Heathrow takes about 7 hours eastbound. The return flight, from London to New York, usually takes longer, around 8 hours, because westbound planes fly into the jet stream, the strong high-altitude wind that blows from west to east. On a typical overnight departure from New York around 7 p.m., you'll land in London at about 7 a.m. the next morning local time, since London is 5 hours ahead of New York for most of the year. The two countries change their clocks on different dates in March and the late autumn, so for a few weeks each year the difference is only 4 hours.
""")

con("sports", "consistent_numbers",
    "How long is an NBA game?",
    """
An NBA game has 48 minutes of playing time, split into four 12-minute quarters. Because the clock stops for fouls, timeouts, out-of-bounds balls and reviews, a game typically takes about 2 to 2½ hours in real time. If the score is tied after regulation, teams play 5-minute overtime periods until there's a winner. College basketball games are shorter, with 40 minutes of play split into two 20-minute halves for men's games. International FIBA games are also 40 minutes long, but played as four 10-minute quarters.
""")

con("science", "consistent_numbers",
    "How far away is the Moon?",
    """
The Moon is on average about 384,400 km (238,900 miles) from Earth. Its orbit is slightly elliptical, so the distance varies: at its closest point, perigee, it's roughly 363,000 km away, and at its farthest, apogee, about 405,000 km. That variation is why a "supermoon" — a full moon near perigee — can look up to about 14% larger than one near apogee. Light takes about 1.3 seconds to travel between Earth and the Moon. The Moon is also slowly drifting away from us, by about 3.8 cm per year, which scientists measure by bouncing lasers off reflectors left by the Apollo astronauts.
""")

con("cooking", "consistent_numbers",
    "How long should I roast a 14-pound turkey?",
    """
At 325°F (163°C), an unstuffed 14-pound turkey takes roughly 3 to 3½ hours, based on about 13 to 15 minutes per pound. If you stuff it, plan on about 15 to 17 minutes per pound, which works out to roughly 3½ to 4 hours. Times vary with your oven and the bird's shape, so rely on a thermometer: the thickest part of the thigh should reach 165°F (74°C), and the center of the stuffing should reach the same temperature. Take the turkey out of the fridge about an hour before roasting. When it's done, let it rest for 30 to 40 minutes under loose foil before carving, which gives you time to make the gravy.
""")

con("programming", "consistent_numbers",
    "How many different values can one byte hold?",
    """
A byte has 8 bits, and each bit can be 0 or 1, so a byte can hold 2⁸ = 256 different values. Interpreted as an unsigned number, those values run from 0 to 255 — the top value is 255, not 256, because counting starts at zero. Interpreted as a signed number in two's complement, which is how most languages store signed integers, the range is −128 to 127, still 256 values in total. That's why, for example, each color channel in 24-bit RGB color goes from 0 to 255, and why Java's `byte` type, which is signed, goes from −128 to 127.
""")

con("history", "consistent_numbers",
    "How long did the Roman Empire last?",
    """
It depends on which part you mean. If you count from 27 BC, when Augustus became the first emperor, to AD 476, when the last western emperor, Romulus Augustulus, was deposed, the Western Roman Empire lasted about 500 years. The Eastern Roman Empire, often called the Byzantine Empire, continued for almost another thousand years until the Ottomans captured Constantinople in 1453. Counted from Augustus to the fall of Constantinople, that's nearly 1,500 years of imperial Rome in some form. And if you include the Roman Republic and the earlier kingdom, the Roman state as a whole spans more than two thousand years, from the traditional founding of the city in 753 BC.
""")

con("diy", "consistent_numbers",
    "How much paint do I need for a 12 by 14 foot bedroom?",
    """
For the walls, you'll need about 2 gallons for two coats. Here's the math, assuming 8-foot ceilings:

- Perimeter: 12 + 14 + 12 + 14 = 52 feet.
- Wall area: 52 × 8 = 416 square feet.
- Subtract about 20 square feet for a door and 15 for each of two windows: 416 − 50 = 366 square feet.
- One gallon covers roughly 350 to 400 square feet, so one coat needs about 1 gallon, and two coats need about 2.

The ceiling is 12 × 14 = 168 square feet, so one gallon of ceiling paint will easily cover two coats of it. If you're painting over a dark color or bare drywall, add a coat of primer, which is usually another gallon.
""")

# ----------------------------------------------------------------------------------------------------
# Consistent: "wait" as an ordinary verb
# ----------------------------------------------------------------------------------------------------

con("cooking", "wait_verb",
    "How long should I let a steak rest before cutting it?",
    """
Wait about 5 to 10 minutes before slicing a steak, roughly half its cooking time for thicker cuts. While it rests, the muscle fibers relax and the juices, which were pushed toward the center by the heat, redistribute through the meat. If you cut it straight out of the pan, more of those juices run out onto the board. The internal temperature will also rise by a few degrees as it rests, so take it off the heat a little before your target — around 125°F (52°C) if you want it to end up medium-rare. Rest it on a warm plate or board, loosely tented with foil if your kitchen is cold. For a large roast, wait 15 to 20 minutes.
""")

con("health", "wait_verb",
    "Do I really have to wait 30 minutes after eating before swimming?",
    """
No, you don't need to wait 30 minutes. The old rule was based on the idea that digestion draws so much blood to the stomach that your limbs would cramp and you could drown, but there's no evidence that eating before swimming causes drowning, and organizations such as the American Red Cross don't consider it a real risk. Blood flow to your muscles is easily maintained after a meal. If you've just eaten a very large meal, you might feel sluggish or get a side stitch, so it's reasonable to wait a little before doing hard laps. For ordinary swimming and playing in the water, go ahead whenever you feel comfortable. Alcohol, not food, is the real drowning risk to watch out for.
""")

con("diy", "wait_verb",
    "How long do I need to wait before putting a second coat of paint on?",
    """
For most latex (water-based) wall paints, wait at least 2 to 4 hours before applying a second coat. Oil-based paints need much longer: wait about 24 hours. Check the label on your can, because drying times vary by brand and finish. Cool temperatures and high humidity slow drying down, so in a damp basement or on a rainy day, give it extra time. A good test is to touch an inconspicuous spot: if the paint feels tacky or cool, it isn't ready. Painting too soon can pull up the first coat and leave streaks. Keep in mind that "dry to recoat" isn't the same as fully cured; latex paint can take two to four weeks to harden completely, so be gentle when you move furniture back.
""")

con("travel", "wait_verb",
    "How long will I wait in line at the Louvre?",
    """
If you book a timed-entry ticket online in advance, you'll usually wait 15 to 30 minutes at most, mostly for the security check. The Louvre now requires a reserved time slot for all visitors, including those entitled to free entry, so arriving without one can mean a long wait or not getting in at all on busy days. To shorten the wait further:

- Choose an early morning slot, right at opening, or a Friday evening, when the museum stays open late.
- Use the entrance in the Carrousel du Louvre shopping mall, which is often quieter than the main pyramid.
- Avoid weekends and school holidays, when crowds peak.

Once you're inside, expect a crowd around the *Mona Lisa*; it's easier to visit it first or near closing time.
""")

con("finance", "wait_verb",
    "How long do I have to wait before selling a stock to get the long-term capital gains rate?",
    """
You need to hold the stock for more than one year. The holding period starts the day after you buy and includes the day you sell, so if you bought on March 10, 2024, you'd have to wait until March 11, 2025 or later to sell for a long-term gain. Gains on shares held one year or less are short-term and taxed at your ordinary income rate, which can be much higher. Long-term gains are taxed at 0%, 15% or 20% depending on your income. If you bought shares at several different times, each lot has its own holding period, so you may be able to sell the older shares now and wait on the newer ones.
""")

con("programming", "wait_verb",
    "How do I wait for threads to finish in Python?",
    """
Call `join()` on each thread. It blocks the calling thread until that thread has finished:

```python
import threading

def work(n):
    print("worker", n, "done")

threads = [threading.Thread(target=work, args=(i,)) for i in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()          # wait for each one in turn
print("all workers finished")
```

Start all the threads first, then wait for them, so they actually run at the same time. If you don't want to wait forever, pass a timeout, as in `t.join(timeout=5)`, and check `t.is_alive()` afterward to see whether it finished. With `concurrent.futures.ThreadPoolExecutor`, leaving the `with` block waits for all submitted tasks automatically. In asyncio code, use `await asyncio.gather(...)` to wait for several tasks at once.
""")

con("law", "wait_verb",
    "How long do I have to wait to get my security deposit back after moving out?",
    """
That depends on your state, because each one sets its own deadline. Most require the landlord to return the deposit, or send an itemized list of deductions, within about 14 to 30 days of move-out. California, for example, gives landlords 21 days, and New York gives 14. Some states allow longer if the landlord is keeping part of the deposit for damage. Make sure the landlord has your forwarding address in writing, since the clock often depends on it. If the deadline passes and you haven't received anything, send a written demand letter. If that doesn't work, you can file in small claims court, and many states let tenants recover a penalty of up to two or three times the deposit when a landlord withholds it in bad faith.
""")

con("sports", "wait_verb",
    "How long should I rest between sets at the gym?",
    """
It depends on what you're training for.

- **Strength** (heavy weights, 1 to 5 reps): wait 2 to 5 minutes between sets so you can lift close to your best again.
- **Muscle growth** (6 to 12 reps): 1 to 3 minutes usually works well; recent studies suggest resting at least 2 minutes on big compound lifts leads to slightly better gains.
- **Muscular endurance** (15+ reps, circuits): 30 to 60 seconds.

Treat these as guidelines rather than strict timers. If you're about to start a heavy squat set and your breathing hasn't settled yet, wait a little longer; a rushed set with poor form isn't worth the saved minute.
""")

# ----------------------------------------------------------------------------------------------------
# Consistent: step-by-step instructions (intermediate states differ from the final one)
# ----------------------------------------------------------------------------------------------------

con("programming", "step_by_step",
    "How do I create and use a Python virtual environment?",
    """
Here's the standard way with the built-in `venv` module:

1. Open a terminal in your project folder and create the environment:
   ```bash
   python3 -m venv .venv
   ```
2. Activate it. On macOS or Linux, run `source .venv/bin/activate`; on Windows, run `.venv\\Scripts\\activate`. Your prompt will show `(.venv)` once it's active.
3. Install packages, which now go into the environment rather than your system Python:
   ```bash
   pip install requests
   ```
4. Save your dependencies so others can reproduce them with `pip freeze > requirements.txt`.
5. When you're done, run `deactivate` to return to your normal shell.

Add `.venv/` to your `.gitignore`; the environment itself shouldn't be committed, only the requirements file.
""")

con("cooking", "step_by_step",
    "How do I make a basic vinaigrette?",
    """
A classic vinaigrette uses about 3 parts oil to 1 part vinegar.

1. In a small bowl or jar, combine 1 tablespoon of vinegar (red wine, white wine or sherry vinegar all work) with a pinch of salt, and let the salt dissolve for a minute.
2. Add 1 teaspoon of Dijon mustard and, if you like, half a small shallot, finely minced. The mustard helps the dressing emulsify.
3. Slowly whisk in 3 tablespoons of extra-virgin olive oil, or put the lid on the jar and shake hard for 20 seconds.
4. Taste it on a leaf of the salad, not from a spoon, and adjust: add more salt, a few drops more vinegar if it tastes flat, or a little more oil if it's too sharp.
5. Season with black pepper, and add a small pinch of sugar or a drop of honey if you want to round it out.

It keeps in the fridge for about a week; shake it again before using, since it will separate.
""")

con("diy", "step_by_step",
    "How do I fix a toilet that keeps running?",
    """
A running toilet is usually caused by the flapper or the fill valve. Here's how to track it down:

1. Take the lid off the tank and look at the water level. If water is spilling into the overflow tube, the fill valve is set too high.
2. Lower the water level by adjusting the float: on most modern fill valves, turn the adjustment screw or slide the clip on the float so the water stops about an inch below the top of the overflow tube.
3. If the level is fine, the flapper is probably leaking. Add a few drops of food coloring to the tank and wait 15 minutes without flushing. If color appears in the bowl, water is leaking past the flapper.
4. Check the chain between the handle and the flapper: it needs a little slack, or the flapper can't seal.
5. If the flapper is warped or slimy, turn off the water supply valve, flush to empty the tank, and replace the flapper with one of the same size, usually 2 or 3 inches.
6. Turn the water back on, let the tank fill, and listen.

If the fill valve itself keeps hissing even with the water level correct, replacing the fill valve is the next step, and it's also a DIY job.
""")

con("finance", "step_by_step",
    "How do I make a monthly budget?",
    """
Here's a simple way to build one:

1. **Work out your monthly take-home pay**, the amount that actually lands in your account after taxes and deductions. If your income varies, use a cautious average of the last few months.
2. **List your fixed expenses:** rent or mortgage, utilities, insurance, loan payments, subscriptions.
3. **Estimate your variable spending** — groceries, fuel, eating out, shopping — by going through the last two or three months of bank and card statements.
4. **Set savings goals,** such as an emergency fund and retirement contributions, and treat them as bills you pay first.
5. **Compare the totals.** If expenses plus savings are higher than your income, cut variable spending first, then look at fixed costs you can renegotiate or drop.
6. **Track it for a month** with an app or a spreadsheet, then adjust the categories that didn't match reality.

A common starting guideline is the 50/30/20 rule: about 50% of take-home pay for needs, 30% for wants, and 20% for savings and debt repayment.
""")

con("travel", "step_by_step",
    "How do I apply for a US passport for the first time?",
    """
First-time applicants have to apply in person. Here are the steps:

1. **Fill out Form DS-11** online with the State Department's form filler or on paper, but don't sign it yet; you'll sign in front of the acceptance agent.
2. **Gather proof of US citizenship,** such as a certified birth certificate or a naturalization certificate, plus a photocopy of it.
3. **Bring a valid photo ID,** such as a driver's license, with a photocopy of the front and back.
4. **Get a passport photo** that meets the requirements: 2 × 2 inches, a white background, and no glasses.
5. **Make an appointment at an acceptance facility,** which is often a post office, library or county clerk's office.
6. **Pay the fees.** For an adult passport book, that's a $130 application fee paid to the State Department plus a $35 execution fee paid to the facility.

Routine processing typically takes several weeks, so apply well before you travel, and pay for expedited service if your trip is soon.
""")

con("health", "step_by_step",
    "How do I do CPR on an adult?",
    """
If an adult collapses and isn't breathing normally, here's what to do:

1. **Check that the area is safe,** then tap the person and shout to see if they respond.
2. **Call emergency services** (911 in the US), put the phone on speaker so the dispatcher can coach you, and ask someone to bring an AED if one is nearby.
3. **Start chest compressions.** With the heel of one hand in the center of the chest and the other hand on top, push hard and fast: at least 2 inches (5 cm) deep, at 100 to 120 compressions per minute.
4. **Let the chest come all the way back up** between compressions.
5. **If you're trained and willing,** give 2 rescue breaths after every 30 compressions. If not, keep doing hands-only CPR without stopping.
6. **Use the AED as soon as it arrives.** Turn it on and follow its voice prompts; it will tell you when to stand clear.

Keep going until emergency responders take over, the person starts breathing normally, or you're too exhausted to continue.
""")

con("math", "step_by_step",
    "Solve 3(x − 2) + 4 = 19 step by step.",
    """
Let's isolate x one step at a time.

1. Subtract 4 from both sides: 3(x − 2) = 15.
2. Divide both sides by 3: x − 2 = 5.
3. Add 2 to both sides: x = 7.

Check the answer by substituting it back into the original equation: 3(7 − 2) + 4 = 3 × 5 + 4 = 15 + 4 = 19, which matches the right-hand side. So the solution is x = 7.
""")

con("science", "step_by_step",
    "How do I make a baking soda and vinegar volcano?",
    """
Here's a simple version for a kitchen table or backyard:

1. Put a small plastic bottle or cup on a tray or baking sheet to catch the overflow.
2. Build a cone of play dough, papier-mâché or even sand around it to make the volcano shape, leaving the opening at the top clear.
3. Add 2 tablespoons of baking soda to the bottle, along with a squirt of dish soap, which makes the foam last longer, and a few drops of red or orange food coloring.
4. When you're ready, pour in about half a cup of vinegar and step back.

The fizzing happens because baking soda (a base) reacts with the acetic acid in vinegar to produce carbon dioxide gas, and the soap traps the gas in bubbles. To erupt again, rinse out the bottle and repeat with fresh baking soda. Warm vinegar reacts a bit faster and gives a more dramatic eruption.
""")

con("sports", "step_by_step",
    "How do I change an inner tube on my bike?",
    """
1. **Remove the wheel.** Shift to the smallest rear cog if it's the back wheel, open the brake if you have rim brakes, then open the quick-release or thru-axle and take the wheel out.
2. **Let out any remaining air** and push the valve up into the tire.
3. **Lever one side of the tire off the rim** with two tire levers, working around until that side is free, then pull the old tube out.
4. **Find the cause.** Run your fingers carefully around the inside of the tire for any thorn or glass; skipping this step is how people get a second flat ten minutes later.
5. **Put a little air in the new tube** so it holds its shape, insert the valve through the rim, and tuck the tube inside the tire.
6. **Push the tire bead back onto the rim** with your thumbs, starting at the valve and finishing opposite it; levers can pinch the new tube.
7. **Inflate to the pressure printed on the tire sidewall,** checking that the bead sits evenly all the way around, and refit the wheel.

Carry a spare tube, two levers and a mini pump on every ride, and the whole job takes about ten minutes at the roadside.
""")

# ----------------------------------------------------------------------------------------------------
# Consistent: closing summaries that restate the answer
# ----------------------------------------------------------------------------------------------------

con("geography", "restatement_summary",
    "What's the largest desert in the world?",
    """
The largest desert in the world is Antarctica, at about 14 million square kilometers. That surprises many people, but a desert is defined by how little precipitation it gets, not by heat or sand, and much of the Antarctic interior receives less than 50 mm of precipitation a year. The Arctic comes second by the same definition. If you mean hot deserts, the largest is the Sahara, which covers about 9.2 million square kilometers across North Africa, roughly the size of the United States. So, in short: Antarctica is the largest desert overall, and the Sahara is the largest hot desert.
""")

con("health", "restatement_summary",
    "How much sleep do adults need?",
    """
Most adults need at least 7 hours of sleep a night. The American Academy of Sleep Medicine and the Sleep Research Society recommend 7 or more hours for adults aged 18 to 60, and many people feel best with 7 to 9. Regularly getting less than 7 hours is linked to weight gain, high blood pressure, depression, weakened immunity and a higher risk of accidents. A small number of people genuinely function well on less, but they're rare, and feeling fine on 5 or 6 hours often just means you've adapted to being tired. Quality matters too: if you sleep 8 hours but wake up exhausted or snore loudly, talk to a doctor about sleep apnea. **Bottom line:** aim for at least seven hours, at roughly the same times every day.
""")

con("programming", "restatement_summary",
    "Which is faster for checking membership in Python, a list or a set?",
    """
A set is much faster for membership tests. Checking `x in my_set` takes constant time on average, O(1), because sets are hash tables: Python hashes `x` and looks directly in the right bucket. Checking `x in my_list` takes linear time, O(n), because Python compares `x` against the elements one by one until it finds a match or reaches the end. For a list of a million items, a lookup near the end can take milliseconds, while the set lookup takes well under a microsecond. Converting a list to a set costs O(n) once, so it pays off as soon as you do more than a handful of lookups. The elements must be hashable, so a set can hold strings, numbers and tuples, but not lists or dicts. **TL;DR:** use a set when you need to test membership repeatedly.
""")

con("finance", "restatement_summary",
    "How big should my emergency fund be?",
    """
A common guideline is 3 to 6 months of essential expenses — rent or mortgage, utilities, food, insurance, transportation and minimum debt payments, not your full take-home pay. Aim for the higher end, or even more, if your income is irregular, you're self-employed, you're the only earner in your household, or you work in an industry with frequent layoffs. If you have a very stable job and a second income in the household, 3 months may be enough. Keep the money somewhere safe and easy to reach, such as a high-yield savings account, rather than in stocks. If 3 months feels out of reach, start with a smaller goal, like $1,000, and build from there. In short: 3 to 6 months of essential expenses for most people, and more if your income is less predictable.
""")

con("history", "restatement_summary",
    "Who was the first president of the United States?",
    """
George Washington was the first president of the United States. He was elected unanimously by the Electoral College and took the oath of office on April 30, 1789, in New York City, which was then the nation's capital. He served two four-year terms, until 1797, and then chose not to run again — a precedent of a two-term limit that lasted until Franklin D. Roosevelt and was later written into the Constitution by the 22nd Amendment. Before the presidency, he had commanded the Continental Army during the Revolutionary War and presided over the Constitutional Convention in 1787. So, to recap: the first US president was George Washington, who served from 1789 to 1797.
""")

con("travel", "restatement_summary",
    "What's the best way to get from Heathrow to central London?",
    """
It depends on whether you care most about speed, price or convenience.

- **Heathrow Express:** the fastest, running nonstop to Paddington in about 15 minutes, but also the most expensive option unless you book well ahead.
- **Elizabeth line:** about 30 to 40 minutes to central London, with direct trains to Paddington, Bond Street, Tottenham Court Road, Liverpool Street and beyond, for a fraction of the Heathrow Express fare.
- **Piccadilly line (Underground):** the cheapest rail option, taking about 50 minutes to an hour to central London, with direct service to Piccadilly Circus and Covent Garden, but it can be crowded with luggage at rush hour.
- **Taxi:** door to door and easy with heavy bags, but often an hour or more in traffic and expensive.

To sum up: take the Heathrow Express if you want the quickest trip to Paddington, the Elizabeth line for the best balance of speed and cost, and the Piccadilly line if you're on a tight budget.
""")

con("sports", "restatement_summary",
    "What's the men's 100 meters world record?",
    """
The men's 100 meters world record is 9.58 seconds, set by Usain Bolt of Jamaica at the 2009 World Championships in Berlin. He broke his own previous record of 9.69 seconds, which he had run at the 2008 Beijing Olympics while famously slowing down to celebrate before the finish line. His average speed in the Berlin race was about 37.6 km/h, and his top speed was around 44 km/h. No one has come within a tenth of a second of the record since then. To sum up, the record still stands at 9.58 seconds, held by Usain Bolt since 2009.
""")

con("product", "restatement_summary",
    "Is it safe to charge my phone, which supports 25 W, with a 65 W USB-C charger?",
    """
Yes, it's safe. USB-C chargers don't force power into a device. With USB Power Delivery, the phone and the charger negotiate a voltage and current that the phone supports, so your phone will draw at most its 25 W and the charger simply supplies that. The 65 W rating is the charger's maximum, useful for a laptop, not a fixed amount it pushes out. What's worth paying attention to is quality: use a charger and cable from a reputable brand, because poorly made ones can lack proper protections. Short answer: yes, a 65 W charger is safe for your phone, and it will charge at the phone's normal 25 W speed.
""")

con("law", "restatement_summary",
    "Do I need a will if I'm young and single?",
    """
It's still a good idea. If you die without a will, your state's intestacy laws decide who inherits your property, which usually means your parents or siblings, in an order set by the statute rather than by you. That might be fine, but it can't account for a partner you're not married to, a friend, or a charity you care about. A will also lets you name an executor you trust, which can make things much easier for your family. Many assets, such as retirement accounts and life insurance, pass by beneficiary designation instead, so keep those forms up to date as well. A simple will doesn't have to be expensive. So yes — even if you're young and single, having a basic will is worthwhile.
""")

# ----------------------------------------------------------------------------------------------------
# More reversals: adjacent slips, math and geography
# ----------------------------------------------------------------------------------------------------

rev("math", "explicit_correction",
    "A $40 shirt is 25% off. What's the sale price?",
    """
The discount is 25% of $40, which is $10. Wait, 25% of $40 is $8, so you save $8. Subtract the discount from the original price to get the sale price: $40 − $8 = $32. A quick way to check percentages like this is to use fractions: 25% is one quarter, so you'd divide the price by 4. If there's sales tax, it's usually applied to the discounted price, not the original one.
""",
    claim="The discount is 25% of $40, which is $10.",
    reversal="Wait, 25% of $40 is $8, so you save $8.")

rev("math", "number_change",
    "How many minutes are there in a week?",
    """
There are 10,080 minutes in a week. That comes to 10,800 minutes once you multiply it out. The calculation is 60 minutes per hour × 24 hours per day × 7 days per week: 60 × 24 = 1,440 minutes in a day, and 1,440 × 7 gives the weekly total. By the same logic, a week has 168 hours and 604,800 seconds.
""",
    claim="There are 10,080 minutes in a week.",
    reversal="That comes to 10,800 minutes once you multiply it out.")

rev("geography", "yes_no_flip",
    "Is Mount Everest in Nepal?",
    """
Yes — Mount Everest sits on the border between Nepal and the Tibet Autonomous Region of China, and the border runs right across its summit. No, it isn't in Nepal at all; the whole mountain lies inside Tibet. Climbers can approach it from either side. The southeast ridge route starts from Nepal, passing Everest Base Camp and the Khumbu Icefall, and is the more popular of the two. The northeast ridge route starts from the Tibetan side, where a road reaches the north base camp. Nepal's part of the mountain lies within Sagarmatha National Park, a UNESCO World Heritage Site.
""",
    claim="Yes — Mount Everest sits on the border between Nepal and the Tibet Autonomous Region of China, and the border runs right across its summit.",
    reversal="No, it isn't in Nepal at all; the whole mountain lies inside Tibet.")

rev("geography", "entity_swap",
    "Which country has the most lakes?",
    """
Canada has more lakes than any other country. By one detailed count, it has roughly 880,000 lakes larger than a tenth of a square kilometer, and some estimates say it holds more than half of all the world's lakes.

A few highlights:
- It shares four of the five Great Lakes with the United States; Lake Michigan lies entirely within the US.
- Great Bear Lake, in the Northwest Territories, is the largest lake entirely within Canada.
- The Canadian Shield, scraped and hollowed by glaciers in the last ice age, is dotted with countless small lakes.

Other countries known for their lakes include Finland, nicknamed "the land of a thousand lakes" although it actually has about 188,000, and Russia, home to Lake Baikal, the world's deepest. With the largest number of lakes of any country on Earth, Finland is the obvious destination if you want to go lake-hopping by canoe.
""",
    claim="Canada has more lakes than any other country.",
    reversal="With the largest number of lakes of any country on Earth, Finland is the obvious destination if you want to go lake-hopping by canoe.")

rev("programming", "recommendation_flip",
    "Should I use == or is to compare strings in Python?",
    """
Use `==` to compare strings in Python. For string contents, `is` is the right operator, since it compares the characters. The `==` operator checks whether two values are equal, which is what you almost always want. The `is` operator checks identity — whether two names refer to the very same object in memory.

```python
a = "hello world"
b = "".join(["hello", " ", "world"])
print(a == b)  # True
print(a is b)  # False: equal text, different objects
```

Comparisons with `is` sometimes appear to work because CPython reuses (interns) some strings, but that's an implementation detail you can't rely on. Since Python 3.8, using `is` with a literal, as in `name is "admin"`, even triggers a `SyntaxWarning`. Keep `is` for singletons such as `None`.
""",
    claim="Use `==` to compare strings in Python.",
    reversal="For string contents, `is` is the right operator, since it compares the characters.")

rev("health", "number_change",
    "How long should I wash my hands?",
    """
Scrub your hands with soap for at least 20 seconds — about as long as humming "Happy Birthday" twice. Actually, five seconds of scrubbing is plenty as long as you use soap. Wet your hands with clean running water, lather the backs of your hands, between your fingers and under your nails, then rinse well. Dry them with a clean towel or let them air-dry. If soap and water aren't available, an alcohol-based hand sanitizer with at least 60% alcohol is a good substitute, but it doesn't work as well on visibly dirty or greasy hands.
""",
    claim="Scrub your hands with soap for at least 20 seconds — about as long as humming \"Happy Birthday\" twice.",
    reversal="Actually, five seconds of scrubbing is plenty as long as you use soap.")

rev("finance", "negation",
    "Are HSA contributions tax-deductible?",
    """
Yes, contributions you make to a health savings account are tax-deductible, and contributions made through payroll go in before income tax. HSA contributions aren't deductible; you fund the account with money you've already paid tax on. The money then grows tax-free, and withdrawals for qualified medical expenses are tax-free as well. To contribute, you must be covered by a high-deductible health plan. For 2024, the contribution limits are $4,150 for self-only coverage and $8,300 for family coverage, plus a $1,000 catch-up contribution if you're 55 or older. Unlike a flexible spending account, unused HSA money rolls over from year to year and stays yours if you change jobs.
""",
    claim="Yes, contributions you make to a health savings account are tax-deductible, and contributions made through payroll go in before income tax.",
    reversal="HSA contributions aren't deductible; you fund the account with money you've already paid tax on.")

rev("history", "explicit_correction",
    "Who wrote the Declaration of Independence?",
    """
Thomas Jefferson was the principal author of the Declaration of Independence. In June 1776, the Continental Congress appointed a Committee of Five — Jefferson, John Adams, Benjamin Franklin, Roger Sherman and Robert Livingston — to draft it. Sorry, I misspoke: the principal author was John Adams, and Jefferson only made edits to his draft. Congress revised the text further, cutting about a quarter of it, including a passage condemning the slave trade, before adopting it on July 4, 1776. Most delegates signed the engrossed copy on August 2.
""",
    claim="Thomas Jefferson was the principal author of the Declaration of Independence.",
    reversal="Sorry, I misspoke: the principal author was John Adams, and Jefferson only made edits to his draft.")

rev("sports", "number_change",
    "How many players are on a soccer team?",
    """
Each soccer team has 11 players on the field at a time, one of whom is the goalkeeper.

**Substitutes.** In most professional competitions, teams can now make up to five substitutions per match, in no more than three stoppages during play, plus halftime. Matchday squads usually list around seven to twelve substitutes, depending on the competition.

**Fewer players.** If a team has players sent off, it continues with fewer. A match can't start or continue if either team has fewer than seven players.

**Other formats.** Youth leagues often play smaller-sided games, such as 7-a-side or 9-a-side, on smaller fields, and futsal is played five against five indoors.

So at kickoff in a regular match, each side lines up with nine players.
""",
    claim="Each soccer team has 11 players on the field at a time, one of whom is the goalkeeper.",
    reversal="So at kickoff in a regular match, each side lines up with nine players.")

rev("travel", "recommendation_flip",
    "Do I need travel insurance for a week in Italy?",
    """
Yes, I'd recommend getting travel insurance, even for a one-week trip to Italy. Honestly, for a short trip like this, you can skip it; it's rarely worth the money. If you're not an EU resident, you won't be covered by Italy's public health system the way locals are, and US health plans, including Medicare, often pay little or nothing abroad. Emergency treatment is usually given regardless, but you may be billed, and a medical evacuation home can cost tens of thousands of dollars. A policy also covers trip cancellation, missed connections and lost luggage. Before buying, check what your credit card already includes, since some premium cards cover trip delays and rental cars but rarely medical costs.
""",
    claim="Yes, I'd recommend getting travel insurance, even for a one-week trip to Italy.",
    reversal="Honestly, for a short trip like this, you can skip it; it's rarely worth the money.")

rev("product", "implicit_reversal",
    "How do noise-cancelling headphones work?",
    """
Active noise cancellation (ANC) uses small microphones on the ear cups to pick up the sound around you. A chip then generates an inverted copy of that sound wave, with peaks where the original has troughs, and plays it through the speakers alongside your music. When the two waves meet, they largely cancel each other out, a principle called destructive interference.

ANC works best on steady, low-frequency noise such as airplane engines, train rumble or air conditioning. It's much less effective against sudden or higher-pitched sounds like voices, clattering dishes or a baby crying, because those change too quickly for the electronics to predict and cancel.

That's why the physical seal of the ear cups or ear tips still matters: passive isolation blocks much of the higher-frequency sound that ANC misses. Most models also offer a transparency mode, which uses the same microphones to let outside sound in when you need to hear announcements. Battery life is typically 20 to 30 hours with ANC on. Because ANC is at its best against sudden, high-pitched noise like people talking nearby, it's the perfect tool for a chatty open-plan office.
""",
    claim="It's much less effective against sudden or higher-pitched sounds like voices, clattering dishes or a baby crying, because those change too quickly for the electronics to predict and cancel.",
    reversal="Because ANC is at its best against sudden, high-pitched noise like people talking nearby, it's the perfect tool for a chatty open-plan office.")

rev("diy", "negation",
    "Can I use a regular indoor extension cord outdoors?",
    """
No, indoor extension cords aren't safe to use outdoors. Actually, any extension cord is fine outdoors as long as it's long enough to reach. Outdoor-rated cords have thicker, tougher insulation that resists moisture, sunlight and temperature changes, and they're marked with a "W" on the jacket in North America. Plug outdoor tools into a GFCI-protected outlet, which cuts the power if current leaks to ground. Choose a cord gauge that matches the load: a 12- or 14-gauge cord for power tools and long runs, rather than a thin 16-gauge one. Keep connections off the ground and out of puddles.
""",
    claim="No, indoor extension cords aren't safe to use outdoors.",
    reversal="Actually, any extension cord is fine outdoors as long as it's long enough to reach.")

rev("law", "implicit_reversal",
    "How long does a US patent last?",
    """
A US utility patent generally lasts 20 years from the date the application was filed, provided the maintenance fees are paid. That gives the owner three decades of exclusive rights, counted from the filing date. Maintenance fees are due at 3½, 7½ and 11½ years after the patent is granted, and the patent expires early if they aren't paid. The term can be extended somewhat to make up for delays at the Patent Office. Design patents work differently: those filed since May 2015 last 15 years from the date they're granted, with no maintenance fees. Once a patent expires, anyone can make, use or sell the invention.
""",
    claim="A US utility patent generally lasts 20 years from the date the application was filed, provided the maintenance fees are paid.",
    reversal="That gives the owner three decades of exclusive rights, counted from the filing date.")

rev("cooking", "comparison_flip",
    "Which has more caffeine, green tea or black tea?",
    """
Black tea usually has more caffeine than green tea: roughly 40 to 70 mg per 8-ounce cup, compared with about 20 to 45 mg for green tea. How you brew it matters a lot, though. Steeping longer, using more leaves or using hotter water all pull out more caffeine, so a strong green tea can rival a weak black one. Wait, I had that backwards: green tea is the stronger of the two when it comes to caffeine. Matcha is a special case, because you drink the whole powdered leaf, so a cup can contain 60 mg or more. For comparison, an 8-ounce cup of drip coffee has around 95 mg.
""",
    claim="Black tea usually has more caffeine than green tea: roughly 40 to 70 mg per 8-ounce cup, compared with about 20 to 45 mg for green tea.",
    reversal="Wait, I had that backwards: green tea is the stronger of the two when it comes to caffeine.")


# ----------------------------------------------------------------------------------------------------
# More consistent answers: math, geography and mixed hard negatives
# ----------------------------------------------------------------------------------------------------

con("math", "consistent_numbers",
    "If I save $250 a month, how long will it take to save $4,000?",
    """
It will take 16 months, because $4,000 ÷ $250 = 16. After the first year you'd have $3,000, so you'd need four more months to reach the goal. Interest in a savings account won't change that much: at 4% a year, it adds roughly $100 over the period, less than one month's deposit, so you'd still need about 16 months. To reach the goal in a year instead, you'd need to save about $334 a month.
""")

con("math", "step_by_step",
    "What's an 18% tip on a $65 bill?",
    """
An 18% tip on $65 is $11.70. Here's an easy way to work it out in your head:

1. 10% of $65 is $6.50 (move the decimal point one place).
2. 5% is half of that: $3.25.
3. 3% is $1.95 (1% is $0.65, times three).
4. Add them up: $6.50 + $3.25 + $1.95 = $11.70.

That makes the total $76.70. If you'd rather round, a $12 tip brings the total to $77.
""")

con("math", "restatement_summary",
    "What's the probability of rolling a total of 7 with two dice?",
    """
The probability is 1/6, or about 16.7%. Two six-sided dice have 6 × 6 = 36 equally likely outcomes, and six of them add up to 7: 1+6, 2+5, 3+4, 4+3, 5+2 and 6+1. That makes 7 the most likely total of all. By comparison, a total of 2 or 12 can only happen one way each, so each has a probability of 1/36, under 3%. Totals of 6 and 8 come next after 7, with five ways each, or 5/36. So, to sum up: 6 out of 36, which simplifies to 1/6.
""")

con("geography", "different_subjects",
    "What's the difference between the UK, Great Britain and England?",
    """
They're three different things that people often mix up.

- **England** is one country, the largest by population, with London as its capital.
- **Great Britain** is the name of the island that contains England, Scotland and Wales. It's a geographical term.
- **The United Kingdom** — in full, the United Kingdom of Great Britain and Northern Ireland — is the sovereign state. It includes England, Scotland, Wales and Northern Ireland.

So a person from Edinburgh is Scottish and British, but not English, and Northern Ireland is part of the UK without being part of Great Britain. The Republic of Ireland, which shares the island of Ireland with Northern Ireland, is an entirely separate country and isn't part of the UK.
""")

con("geography", "premise_correction",
    "Is the capital of Switzerland Zurich or Geneva?",
    """
Neither — the seat of the Swiss government is Bern. Switzerland's constitution doesn't actually name a capital, so Bern is officially the "federal city," but it's where the federal parliament and government sit, and it functions as the capital in every practical sense. Zurich is the largest city and the country's financial center. Geneva is the second-largest, and it's home to the European headquarters of the United Nations, the Red Cross and many other international organizations. That's why both are often assumed to be the capital. Bern's old town, with its arcades and clock tower, is a UNESCO World Heritage Site and well worth a visit.
""")

con("geography", "consistent_numbers",
    "How tall is Mount Everest?",
    """
Mount Everest is 8,848.86 meters (29,031.7 feet) tall, according to the joint survey announced by Nepal and China in 2020. For decades before that, the most widely cited figure was 8,848 meters, from an Indian survey in the 1950s, so you'll still see that number in older books. In 2005, a Chinese survey measured 8,844.43 meters for the rock summit alone, without the snow and ice cap; the 2020 figure includes the snow. These measurements describe the same mountain with different methods and definitions rather than a mountain that changes size. For scale, the south base camp in Nepal sits at about 5,364 meters, so climbers ascend roughly 3,500 meters from there to the top.
""")

con("product", "actually_intensifier",
    "What's a good gift for a 10-year-old who loves science?",
    """
There are lots of great options, depending on what kind of science they like.

- **Chemistry or crystal-growing kits** are fun if they like hands-on experiments; pick one rated for their age.
- **A beginner's telescope** on a simple tabletop mount suits kids fascinated by space.
- **Snap-together electronics kits**, like Snap Circuits, teach how circuits work without soldering.
- **A robotics or coding kit** is a good step up if they already like building things.

Actually, one of the most-used gifts is often the simplest: a sturdy magnifying glass or a pocket field microscope that they can take outside to look at insects, leaves and rocks. Whatever you choose, a gift they can keep exploring with, rather than a one-time activity, tends to get the most use.
""")

con("cooking", "wait_verb",
    "How do I know when to flip a pancake?",
    """
Wait until bubbles form across the surface and start to pop, leaving small holes that don't fill back in, and the edges look dry and set. On medium heat, that usually takes 2 to 3 minutes. Don't judge by the center, which will still look wet. Slide a thin spatula underneath and flip in one quick motion. The second side cooks faster, in about 1 to 2 minutes, and is ready when the pancake springs back when pressed lightly in the middle. If the first side browns before bubbles appear, your pan is too hot; turn it down a little and wait a minute before pouring the next one.
""")

con("health", "refinement_caveat",
    "Is it safe to eat raw cookie dough?",
    """
Regular homemade cookie dough isn't safe to eat raw. The main risks are raw flour, which can carry E. coli because it isn't treated to kill germs, and raw eggs, which can carry salmonella. Most people think only of the eggs, but flour has caused several outbreaks. However, dough that's made specifically to be eaten raw, the kind sold in tubs labeled as edible cookie dough, is safe, because it uses heat-treated flour and no raw eggs. At home, you can make your own safe version by heat-treating the flour, for example in the oven until it reaches 165°F (74°C), and leaving out the eggs. So: skip nibbling the dough for cookies you're about to bake, but edible cookie dough made that way is fine.
""")

con("history", "restatement_summary",
    "When did the Titanic sink?",
    """
The Titanic sank in the early hours of April 15, 1912. It struck an iceberg at about 11:40 p.m. on the night of April 14, about 600 km south of Newfoundland, on its maiden voyage from Southampton to New York. The ship took about two hours and forty minutes to sink, disappearing beneath the surface at around 2:20 a.m. More than 1,500 of the roughly 2,200 people aboard died, partly because there were only enough lifeboats for about half of them. The RMS *Carpathia* arrived around 4 a.m. and rescued about 700 survivors. So, in short: it hit the iceberg late on April 14, and it sank shortly after 2 a.m. on April 15, 1912.
""")

con("programming", "premise_correction",
    "Why does 0.1 + 0.2 == 0.3 return False in Python? Is Python broken?",
    """
Python isn't broken — this happens in almost every programming language, because of how computers store decimal fractions. Floats use binary floating point (IEEE 754), and numbers like 0.1 and 0.2 can't be represented exactly in binary, just as 1/3 can't be written exactly in decimal. The tiny rounding errors add up:

```python
>>> 0.1 + 0.2
0.30000000000000004
>>> import math
>>> math.isclose(0.1 + 0.2, 0.3)
True
```

To compare floats, use `math.isclose()` or check that the difference is below a small tolerance. If you need exact decimal arithmetic, for example with money, use the `decimal` module, or store amounts as whole numbers of cents.
""")

con("sports", "consistent_numbers",
    "How many points is a touchdown worth?",
    """
A touchdown is worth 6 points in American football. After a touchdown, the scoring team gets a try, often called the point after: it can kick the ball through the uprights for 1 extra point, or run or pass it into the end zone again for a 2-point conversion. So a touchdown usually ends up being worth 7 points in total, or 8 if the two-point try succeeds. A field goal is worth 3 points, and a safety is worth 2 points to the defending team. In the NFL, the extra-point kick is taken from the 15-yard line, making it about a 33-yard attempt.
""")

con("law", "refinement_caveat",
    "Can my employer fire me for talking about my salary with coworkers?",
    """
In most cases, no. Under the National Labor Relations Act, most private-sector employees have the right to discuss their pay and working conditions with each other, and employers can't legally fire or punish them for it, even if a company policy says salaries are confidential. There are some exceptions. The law doesn't cover supervisors and managers, independent contractors, agricultural or domestic workers, or government employees, although many states have their own pay-transparency laws that protect some of these groups. The protection also doesn't extend to disclosing other employees' confidential salary data that you accessed as part of your job, such as in HR or payroll. If you think you were fired for discussing pay, you can file a charge with the National Labor Relations Board, generally within six months.
""")

con("travel", "different_subjects",
    "What's the difference between a layover and a stopover?",
    """
The difference is how long you stay at the connecting airport. A layover is a short connection between two flights on the same ticket: on international itineraries, a connection under 24 hours is usually treated as a layover, and on domestic US flights, typically under about 4 hours. A stopover is a longer break in the connecting city, usually more than 24 hours, so you can leave the airport and actually visit.

On a layover, your checked bags are normally transferred for you. A stopover is priced differently, and you may need to collect and recheck your luggage, as well as meet that country's entry requirements.

Some airlines promote free or cheap stopovers to their hubs, such as Icelandair in Reykjavík and TAP Air Portugal in Lisbon, which lets you add a second destination to a trip for little or no extra airfare.
""")


# ----------------------------------------------------------------------------------------------------
# Build and validate
# ----------------------------------------------------------------------------------------------------

_FENCE = re.compile(r"```.*?```", re.DOTALL)
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"')*]*\s+(?=[A-Z0-9*`\"'(\[—-])|\n+")


def _count_sentences(span: str) -> int:
    """Approximate number of sentences (list items, headings, code blocks) in ``span``."""
    span = _FENCE.sub(" CODEBLOCK. ", span)
    return sum(1 for piece in _SENTENCE_END.split(span) if any(ch.isalnum() for ch in piece))


def _marker(sentence: str) -> str | None:
    """The correction marker that opens the reversal sentence, if any."""
    match = _MARKERS.match(sentence.lstrip("*_ "))
    return match.group(1).lower() if match else None


def _locate(text: str, sentence: str, what: str, where: str) -> list[int]:
    count = text.count(sentence)
    if count != 1:
        raise ValueError(f"{where}: {what} sentence found {count} times, expected once: {sentence!r}")
    start = text.find(sentence)
    return [start, start + len(sentence)]


def build() -> list[dict[str, Any]]:
    records = []
    for index, raw in enumerate(_RECORDS, start=1):
        rid = f"r{index:03d}"
        where = f"{rid} ({raw['prompt'][:40]!r})"
        if raw["domain"] not in DOMAINS:
            raise ValueError(f"{where}: unknown domain {raw['domain']!r}")
        allowed = REVERSAL_CATEGORIES if raw["label"] == "reversal" else CONSISTENT_CATEGORIES
        if raw["category"] not in allowed:
            raise ValueError(f"{where}: category {raw['category']!r} not allowed for {raw['label']}")
        text = raw["text"]
        record = {"id": rid, "prompt": raw["prompt"], "text": text, "label": raw["label"],
                  "category": raw["category"], "domain": raw["domain"],
                  "claim": None, "reversal": None, "distance": None, "marker": None}
        if raw["label"] == "reversal":
            claim = _locate(text, raw["claim"], "claim", where)
            reversal = _locate(text, raw["reversal"], "reversal", where)
            if claim[1] > reversal[0]:
                raise ValueError(f"{where}: the claim must end before the reversal starts")
            record["claim"] = claim
            record["reversal"] = reversal
            record["distance"] = _count_sentences(text[claim[1]:reversal[0]]) + 1
            record["marker"] = _marker(raw["reversal"])
        records.append(record)
    return records


def render(records: list[dict[str, Any]]) -> str:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)


def summary(records: list[dict[str, Any]]) -> str:
    from collections import Counter

    lines = []
    labels = Counter(r["label"] for r in records)
    lines.append(f"{len(records)} answers: " + ", ".join(f"{k} {v}" for k, v in sorted(labels.items())))
    cats = Counter((r["label"], r["category"]) for r in records)
    for (label, cat), n in sorted(cats.items()):
        lines.append(f"  {label:<10} {cat:<22} {n}")
    doms = Counter(r["domain"] for r in records)
    lines.append("domains: " + ", ".join(f"{k} {v}" for k, v in sorted(doms.items())))
    rev_records = [r for r in records if r["label"] == "reversal"]
    buckets = Counter(
        "1 (adjacent)" if r["distance"] == 1 else "2-4" if r["distance"] <= 4 else "5" if r["distance"] == 5
        else "6+"
        for r in rev_records
    )
    lines.append("distance: " + ", ".join(f"{k} {v}" for k, v in sorted(buckets.items())))
    marked = sum(1 for r in rev_records if r["marker"])
    lines.append(f"marked reversals: {marked} of {len(rev_records)}")
    sizes = [_count_sentences(r["text"]) for r in records]
    lines.append(f"sentences per answer: min {min(sizes)}, max {max(sizes)}, "
                 f"mean {sum(sizes) / len(sizes):.1f}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=OUT, help="where to write the JSONL")
    parser.add_argument("--check", action="store_true",
                        help="do not write; exit 1 if the file differs from this script's output")
    args = parser.parse_args(argv)
    records = build()
    content = render(records)
    if args.check:
        current = args.out.read_text(encoding="utf-8") if args.out.exists() else ""
        if current != content:
            print(f"{args.out} is out of date; rerun {Path(__file__).name}", file=sys.stderr)
            return 1
        print(f"{args.out} is up to date ({len(records)} answers)")
        return 0
    args.out.write_text(content, encoding="utf-8")
    print(f"wrote {args.out}")
    print(summary(records))
    return 0


if __name__ == "__main__":
    sys.exit(main())
