"""Round 20 review: mechanisms the review of round 20's rules found wrong, described in words.
Sentences of our own; none is copied from a test set.

Claims are (kind, victim, low, high, approx, claimant, scope); the harness is the yardstick's.
"""

from __future__ import annotations

import pytest

from tests.extractors.cases import EV, Case, K, W, c, check, params

# --- A: "everyone is alive" after a count of wounded: the same people, the same side ---------
ALIVE_SAME_PEOPLE: list[Case] = [
    c(
        "alive-after-named-enemy-wounded-ru",
        "ru",
        "Удар по позициям ВСУ: ранены трое военнослужащих ВСУ, все живы.",
        (W, "ua", 3, 3, False, "self", EV),
        (K, "ua", 0, 0, False, "self", EV),
        side="ru",
    ),
    c(
        "alive-after-named-enemy-wounded-uk",
        "uk",
        "Поранено двох військових РФ, всі живі.",
        (W, "ru", 2, 2, False, "self", EV),
        (K, "ru", 0, 0, False, "self", EV),
        side="ua",
    ),
    c(
        "alive-after-named-enemy-wounded-en",
        "en",
        "Two Russian soldiers were wounded, everyone is alive.",
        (W, "ru", 2, 2, False, "self", EV),
        (K, "ru", 0, 0, False, "self", EV),
        side="ua",
    ),
    c(
        "alive-after-own-wounded-ru",
        "ru",
        "У нас двое легкораненых, все живы.",
        (W, "ru", 2, 2, False, "self", EV),
        (K, "ru", 0, 0, False, "self", EV),
        side="ru",
    ),
    c(
        "alive-after-zero-toll-en",
        "en",
        "The musicians who were with the column have no 200s, everyone is alive.",
        (K, "wagner", 0, 0, False, "self", EV),
        side="ru",
    ),
]

# --- B: "the guys" are ours after "our" unit or men, not after any "our" ------------------
OUR_GUYS: list[Case] = [
    c(
        "guys-after-our-sources-are-no-soldiers-ru",
        "ru",
        "По нашим данным, при ударе по школе в Донецке погибли двое ребят.",
        (K, "unknown", 2, 2, False, "self", EV),
        side="ru",
    ),
    c(
        "guys-after-our-sources-are-no-soldiers-uk",
        "uk",
        "За нашими даними, під час удару по школі в Харкові загинули двоє хлопців.",
        (K, "unknown", 2, 2, False, "self", EV),
        side="ua",
    ),
    c(
        "boys-after-our-air-defence-are-no-soldiers-en",
        "en",
        "Our air defence failed to stop the drone: two boys were killed at the school.",
        (K, "civilians", 2, 2, False, "self", EV),
        side="ua",
    ),
    c(
        "guys-after-our-men-are-ours-ru",
        "ru",
        "Наши бойцы держат позицию, но двое ребят погибли при обстреле.",
        (K, "ru", 2, 2, False, "self", EV),
        side="ru",
    ),
    c(
        "guys-after-our-platoon-are-ours-en",
        "en",
        "Our platoon held the line, but two of the guys were killed.",
        (K, "ua", 2, 2, False, "self", EV),
        side="ua",
    ),
]

# --- C: "our" between a party and its verb of saying is its subject only as our men -------
OUR_SUBJECT: list[Case] = [
    c(
        "our-request-leaves-the-party-the-speaker-en",
        "en",
        "The Ukrainian military, in a reply to our request, said 12 soldiers were killed.",
        (K, "ua", 12, 12, False, "ua", EV),
    ),
    c(
        "our-guys-after-the-enemy-attack-count-ru",
        "ru",
        "После неудачной атаки ВСУ наши ребята насчитали около 50 трупов.",
        (K, "ua", 50, 50, True, "self", EV),
        side="ru",
    ),
]

# --- D: "everyone survived" is a zero: it takes no figure of its own -----------------------
ALIVE_NO_FIGURE: list[Case] = [
    c(
        "survived-before-the-wounded-figure-en",
        "en",
        "Everyone survived after 4 passengers were injured when the bus hit a mine.",
        (K, "civilians", 0, 0, False, "self", EV),
        (W, "civilians", 4, 4, False, "self", EV),
    ),
    c(
        "alive-before-the-wounded-figure-ru",
        "ru",
        "Все живы, двое легкораненых.",
        (K, "ru", 0, 0, False, "self", EV),
        (W, "ru", 2, 2, False, "self", EV),
        side="ru",
    ),
]

# --- E: "everyone survived" before its figure: the people counted after it ------------------
ALIVE_BEFORE_ITS_PEOPLE: list[Case] = [
    c(
        "survived-before-passengers-hurt-en",
        "en",
        "Everyone survived after 4 passengers were injured when the bus hit a mine.",
        (K, "civilians", 0, 0, False, "self", EV),
        (W, "civilians", 4, 4, False, "self", EV),
        side="ua",
    ),
    c(
        "survived-before-passengers-hurt-ar",
        "ar",
        "نجا الجميع من الحادث بعد أن أصيب 4 ركاب.",
        (K, "civilians", 0, 0, False, "self", EV),
        (W, "civilians", 4, 4, False, "self", EV),
        side="saf",
    ),
]

# --- F: "corpses" handed back, as "bodies" are, count no dead -----------------------------
CORPSES_RETURNED: list[Case] = [
    c(
        "corpses-received-in-a-repatriation-en",
        "en",
        "Ukraine received 909 corpses of its soldiers in the latest repatriation.",
        side="ua",
    ),
    c(
        "corpses-returned-en",
        "en",
        "Russia returned 500 corpses to Ukraine on Friday.",
    ),
    c(
        "corpses-counted-are-the-dead-en",
        "en",
        "Our guys counted about 70 enemy corpses in the forest belt.",
        (K, "ru", 70, 70, True, "self", EV),
        side="ua",
    ),
]

ALL: list[Case] = (
    ALIVE_SAME_PEOPLE
    + OUR_GUYS
    + OUR_SUBJECT
    + ALIVE_NO_FIGURE
    + ALIVE_BEFORE_ITS_PEOPLE
    + CORPSES_RETURNED
)


@pytest.mark.parametrize("case", params(ALL))
def test_round20_review(case: Case) -> None:
    check(case)
