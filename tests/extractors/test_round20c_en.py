"""Round 20c (English): mechanisms the misses of a held-out stand-in set (b39) showed, described
in words. Sentences of our own; none is copied from a test set.

Claims are (kind, victim, low, high, approx, claimant, scope); the harness is the yardstick's.
"""

from __future__ import annotations

import pytest

from tests.extractors.cases import EV, Case, K, M, W, c, check, params

# --- A: "sent to meet their ancestors": a mockery of the enemy's dead; "Our side:" a label ----
ANCESTORS: list[Case] = [
    c(
        "sent-to-meet-ancestors-en",
        "en",
        "Wagner repelled the raid near Kidal: 25 militants sent to meet their ancestors, "
        "two trucks burned.",
        (K, "unknown", 25, 25, False, "self", EV),
        side="wagner",
    ),
    c(
        "our-side-label-en",
        "en",
        "The enemy left 12 dead at the checkpoint. Our side: 3 WIA, 1 KIA.",
        (K, "ua", 12, 12, False, "self", EV),
        (W, "ru", 3, 3, False, "self", EV),
        (K, "ru", 1, 1, False, "self", EV),
        side="ru",
    ),
]

# --- B: "our brothers", "our comrades": a fighter's own men, "one" of them a count ---------
BROTHERS: list[Case] = [
    c(
        "one-of-our-brothers-en",
        "en",
        "The mujahideen stormed the barracks and one of our brothers was martyred in the assault.",
        (K, "jnim", 1, 1, False, "self", EV),
        side="jnim",
    ),
    c(
        "brothers-family-en",
        "en",
        "Two brothers were killed when the shell hit their house in Kherson.",
        (K, "unknown", 2, 2, False, "self", EV),
        side="ua",
    ),
]

# --- C: "X and its Y allies ..., killing N of them": "its" joins a second party to the first --
AND_ITS_ALLY: list[Case] = [
    c(
        "and-its-mercenaries-them-en",
        "en",
        "The fighters overran a camp of the Malian army and its Russian mercenaries near Gao, "
        "killing 21 of them.",
        (K, "unknown", 21, 21, False, "self", EV),
        side="is",
    ),
    c(
        "and-their-allies-them-en",
        "en",
        "Insurgents ambushed a Wagner column and its Malian allies on the Kidal road, killing 9 "
        "of them.",
        (K, "unknown", 9, 9, False, "self", EV),
        side="jnim",
    ),
]

# --- D: "N members of the army and its militia": "its" joins the army's ally, two groups -----
ARMY_AND_ITS_MILITIA: list[Case] = [
    c(
        "army-and-its-militia-en",
        "en",
        "The jihadists said they had killed about 120 members of the army and its militia near "
        "Djibo.",
        (K, "unknown", 120, 120, True, "*", EV),
    ),
    c(
        "named-army-and-its-mercenaries-en",
        "en",
        "The rebels said they killed 35 soldiers of the Malian army and its Wagner mercenaries.",
        (K, "unknown", 35, 35, False, "*", EV),
    ),
    c(
        "army-and-its-militia-fr",
        "fr",
        "Les jihadistes affirment avoir tué une centaine de membres de l'armée et de ses milices.",
        (K, "unknown", 100, 100, True, "*", EV),
    ),
]

# --- E: ", both soldiers and civilians," between the counted and their verb: an aside -------
BOTH_KINDS_ASIDE: list[Case] = [
    c(
        "both-kinds-aside-still-missing-en",
        "en",
        "Over 12,000 Ukrainians, both servicemen and civilians, are still officially missing, "
        "the ombudsman said.",
        (M, "unknown", 12000, None, False, "*", EV),
    ),
    c(
        "both-kinds-aside-still-missing-fr",
        "fr",
        "Plus de 12 000 Ukrainiens, à la fois militaires et civils, sont toujours portés "
        "disparus, selon le médiateur.",
        (M, "unknown", 12000, None, False, "*", EV),
    ),
]

# --- F: "N soldiers were among the dead" after the militants' toll: the other camp's own ----
OTHER_CAMP_AMONG: list[Case] = [
    c(
        "soldiers-among-dead-after-militants-en",
        "en",
        "The army said some 80 terrorists were killed in the assault on the camp. Local sources "
        "said at least 12 soldiers were among the dead.",
        (K, "unknown", 80, 80, True, "*", EV),
        (K, "unknown", 12, None, False, "*", EV),
    ),
    c(
        "officers-among-dead-after-soldiers-en",
        "en",
        "The raid killed 40 soldiers near the border. Three officers were among the dead.",
        (K, "unknown", 40, 40, False, "self", EV),
    ),
    c(
        "soldiers-among-dead-after-militants-fr",
        "fr",
        "L'armée affirme que plus de 80 terroristes ont été neutralisés. Selon des sources "
        "sécuritaires, au moins douze soldats figurent parmi les morts.",
        (K, "unknown", 80, None, False, "*", EV),
        (K, "unknown", 12, None, False, "*", EV),
    ),
]

ALL = (
    ANCESTORS + BROTHERS + AND_ITS_ALLY + ARMY_AND_ITS_MILITIA + BOTH_KINDS_ASIDE + OTHER_CAMP_AMONG
)


@pytest.mark.parametrize("case", params(ALL))
def test_round20c_en(case: Case) -> None:
    check(case)
