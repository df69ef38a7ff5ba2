"""Round 20b (English): mechanisms the misses of a held-out stand-in set (b40) showed, described
in words. Sentences of our own; none is copied from a test set.

Claims are (kind, victim, low, high, approx, claimant, scope); the harness is the yardstick's.
"""

from __future__ import annotations

import pytest

from tests.extractors.cases import EV, C, Case, K, L, M, W, c, check, params

# --- A: "inflicted N casualties on X": the party after the figure's noun was dealt them -------
INFLICTED_ON: list[Case] = [
    c(
        "inflicted-casualties-on-party-en",
        "en",
        "Our paratroopers inflicted 450 casualties on Russian units in the battle for the bridge.",
        (L, "ru", 450, 450, False, "self", EV),
    ),
    c(
        "inflicted-casualties-in-place-en",
        "en",
        "The shelling inflicted 35 casualties in the village of Velyka Novosilka.",
        (L, "unknown", 35, 35, False, "self", EV),
    ),
    c(
        "inflicted-losses-on-party-fr",
        "fr",
        "Les FAMa affirment avoir infligé 60 pertes aux rebelles du FLA lors des combats.",
        (L, "tuareg", 60, 60, False, "fama", EV),
    ),
]

# --- B: "soldiers of a Russian brigade": "a" after "of" opens their unit, not a next figure ---
OF_A_UNIT: list[Case] = [
    c(
        "soldiers-of-a-unit-en",
        "en",
        "Up to 30 soldiers of a Russian motorised regiment died when a missile struck their "
        "barracks.",
        (K, "ru", None, 30, False, "self", EV),
    ),
    c(
        "and-a-soldier-next-figure-en",
        "en",
        "Three Wagner fighters and a Malian soldier were killed near Kidal.",
        (K, "wagner", 3, 3, False, "self", EV),
        (K, "fama", 1, 1, False, "self", EV),
    ),
]

# --- C: single quote marks around the attackers' noun leave them the attackers --------------
QUOTED_ATTACKERS: list[Case] = [
    c(
        "single-quoted-attackers-en",
        "en",
        "Nine gendarmes were killed when dozens of 'bandits' raided their checkpoint at dawn.",
        (K, "unknown", 9, 9, False, "self", EV),
    ),
    c(
        "curly-quoted-attackers-en",
        "en",
        "Fourteen soldiers died on Sunday after hundreds of ‘jihadists’ stormed the camp.",
        (K, "unknown", 14, 14, False, "self", EV),
    ),
]

# --- D: "According to our sources, the ...": after the source's comma comes the subject, no --
# description of the source; the clause is no aside to cross for free
SOURCE_THEN_SUBJECT: list[Case] = [
    c(
        "according-to-then-subject-en",
        "en",
        "According to our sources, the Russian convoy lost 18 men killed, with three more still "
        "listed as missing.",
        (K, "ru", 18, 18, False, "self", EV),
        (M, "ru", 3, 3, False, "self", EV),
        side="ua",
    ),
    c(
        "selon-then-subject-fr",
        "fr",
        "Selon nos sources, la colonne de Wagner a perdu au moins 30 combattants tués, et six "
        "autres sont portés disparus.",
        (K, "wagner", 30, None, False, "self", EV),
        (M, "wagner", 6, 6, False, "self", EV),
        side="ru",
    ),
]

# --- E: "captives" is a noun of the captured; who "boasts of" them claims them --------------
CAPTIVES: list[Case] = [
    c(
        "captives-noun-boasts-en",
        "en",
        "The FLA boasted of holding 17 Malian captives after the fighting near Anefis.",
        (C, "fama", 17, 17, False, "tuareg", EV),
    ),
]

# --- F: "everyone is alive" beside a side's own wounded: a toll of no dead; of captives, none --
ALL_ALIVE: list[Case] = [
    c(
        "everyone-alive-zero-killed-en",
        "en",
        "Our positions near Kurakhove were shelled all night. Three of our guys were lightly "
        "wounded, everybody is alive.",
        (W, "ua", 3, 3, False, "self", EV),
        (K, "ua", 0, 0, False, "self", EV),
        side="ua",
    ),
    c(
        "tous-en-vie-zero-killed-fr",
        "fr",
        "Nos pertes après l'assaut : quatre blessés, tous sont en vie.",
        (W, "ru", 4, 4, False, "self", EV),
        (K, "ru", 0, 0, False, "self", EV),
        side="ru",
    ),
    c(
        "captives-all-alive-no-toll-en",
        "en",
        "The marines took eight Russian soldiers prisoner near Krynky. All are alive and have "
        "been handed over for questioning.",
        (C, "ru", 8, 8, False, "self", EV),
        side="ua",
    ),
    c(
        "captives-all-alive-no-toll-uk",
        "uk",
        "Десантники взяли в полон сімох окупантів. Усі живі, їх передали слідчим.",
        (C, "ru", 7, 7, False, "self", EV),
        side="ua",
    ),
]

# --- G: a part's list set off by commas ("including A, B and C who ..., were killed") --------
PART_LIST: list[Case] = [
    c(
        "including-long-list-en",
        "en",
        "At least 90 people, including soldiers, members of a local self-defence group and "
        "farmers who had been working their fields outside the village, were killed on Sunday.",
        (K, "unknown", 90, None, False, "self", EV),
    ),
    c(
        "dont-long-list-fr",
        "fr",
        "Au moins 150 personnes, dont des soldats, des gendarmes et des habitants venus des "
        "villages voisins pour le marché hebdomadaire, ont été tuées samedi.",
        (K, "unknown", 150, None, False, "self", EV),
    ),
    c(
        "including-then-source-en",
        "en",
        "At least 12 soldiers, including a colonel, residents said, were killed near Djibo.",
        (K, "unknown", 12, None, False, "residents", EV),
    ),
]

# --- H: a unit that counts one side's losses, in a war of two sides only, is the other's -------
UNIT_SPEAKS: list[Case] = [
    c(
        "numbered-brigade-claimant-en",
        "en",
        "The 47th Mechanised Brigade said on Monday its drone operators had killed 60 Russian "
        "soldiers in an ambush near Avdiivka.",
        (K, "ru", 60, 60, False, "ua", EV),
    ),
]

ALL = (
    INFLICTED_ON
    + OF_A_UNIT
    + QUOTED_ATTACKERS
    + SOURCE_THEN_SUBJECT
    + CAPTIVES
    + ALL_ALIVE
    + PART_LIST
    + UNIT_SPEAKS
)


@pytest.mark.parametrize("case", params(ALL))
def test_round20b_en(case: Case) -> None:
    check(case)
