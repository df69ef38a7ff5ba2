"""Round 20 (English): mechanisms the misses of a held-out stand-in set (b38) showed, described
in words. Sentences of our own; none is copied from a test set.

Claims are (kind, victim, low, high, approx, claimant, scope); the harness is the yardstick's.
"""

from __future__ import annotations

import pytest

from tests.extractors.cases import EV, PER, Case, K, L, W, c, check, params

# --- A: a person word inside a thing's name ("armoured personnel carriers") -----------------
THING_NAMES: list[Case] = [
    c(
        "personnel-carriers-after-made-en",
        "en",
        "Over the past day the enemy lost up to 90 troops, a tank and three U.S.-made M113 "
        "armoured personnel carriers.",
        (L, "ua", None, 90, False, "self", PER),
        side="ru",
    ),
]

# --- B: "N occupiers hit": a drone unit's tally of people struck, dead or wounded -------------
PEOPLE_HIT: list[Case] = [
    c(
        "occupiers-hit-split-en",
        "en",
        "Our drone crews this week: 240 occupiers hit, of them 90 killed and 150 wounded.",
        (L, "ru", 240, 240, False, "self", PER),
        (K, "ru", 90, 90, False, "self", PER),
        (W, "ru", 150, 150, False, "self", PER),
        side="ua",
    ),
    c(
        "missiles-hit-no-toll-en",
        "en",
        "Russian missiles hit a school and two apartment blocks in Odesa overnight, killing 4 "
        "civilians.",
        (K, "civilians", 4, 4, False, "self", EV),
    ),
]

# --- C: milblogger slang after "of them" splits the toll before it, whose side it named ------
SLANG_PARTS: list[Case] = [
    c(
        "slang-parts-of-toll-en",
        "en",
        "Results of the month: 530 occupiers hit. Of them 210 are 200s, 320 are 300s.",
        (L, "ru", 530, 530, False, "self", PER),
        (K, "ru", 210, 210, False, "self", PER),
        (W, "ru", 320, 320, False, "self", PER),
        side="ua",
    ),
    c(
        "slang-parts-of-toll-uk",
        "uk",
        "Підсумки місяця: уражено 300 окупантів. З них 120 — «двохсоті», 180 — «трьохсоті».",
        (L, "ru", 300, 300, False, "self", PER),
        (K, "ru", 120, 120, False, "self", PER),
        (W, "ru", 180, 180, False, "self", PER),
        side="ua",
    ),
]

# --- D: "Of the dead, N were ..." / "Among the dead, N were ...": a part of the toll before ---
PART_AFTER_COMMA: list[Case] = [
    c(
        "of-the-dead-part-en",
        "en",
        "The strike on the market killed 35 people. Of the identified dead, 14 were women.",
        (K, "unknown", 35, 35, False, "self", EV),
    ),
    c(
        "among-the-dead-comma-part-en",
        "en",
        "At least 60 people died in the attack. Among the dead, 22 were children.",
        (K, "unknown", 60, None, False, "self", EV),
    ),
    c(
        "of-the-toll-part-same-sentence-en",
        "en",
        "Of the 48 killed, 30 were soldiers, the ministry said.",
        (K, "unknown", 48, 48, False, "*", EV),
    ),
]

# --- E: a count of things inside a relative clause between the figure and its verb ----------
THINGS_IN_RELATIVE: list[Case] = [
    c(
        "relative-things-count-en",
        "en",
        "The army said dozens of the attackers, who arrived on some 80 pickup trucks, were "
        "neutralised.",
        (K, "unknown", 20, 99, True, "*", EV),
    ),
    c(
        "relative-things-count-fr",
        "fr",
        "L'armée a indiqué que 30 assaillants, qui circulaient sur 50 motos, ont été neutralisés.",
        (K, "unknown", 30, 30, False, "*", EV),
    ),
]

# --- F: a soldier of no stated side who tells of the other side's losses in reported speech --
SPEAKER_NAMES_OTHER: list[Case] = [
    c(
        "reported-speech-names-other-side-en",
        "en",
        '"We lost three men in that trench," said Taras, a squad leader with the 47th '
        "Brigade. He said the Russians lost about 40 soldiers in the same fight.",
        (K, "ua", 3, 3, False, "ua", EV),
        (K, "ru", 40, 40, True, "ua", EV),
    ),
    # "in February" after one attack dates the attack, it makes no period tally
    c(
        "attack-month-date-en",
        "en",
        '"We lost two men," said a company commander, recalling the attack in March. He said '
        "the Russians lost dozens of men that day.",
        (K, "ua", 2, 2, False, "ua", EV),
        (K, "ru", 20, 99, True, "ua", EV),
    ),
]

# --- G: "our guys counted N enemy corpses" after the enemy's attack: ours count, the dead are
# the enemy's ("corpses" are the dead, as "bodies")
COUNTED_CORPSES: list[Case] = [
    c(
        "counted-corpses-after-attack-en",
        "en",
        "After a failed Ukrainian counterattack our guys counted around 45 enemy corpses near "
        "the village.",
        (K, "ua", 45, 45, True, "self", EV),
        side="ru",
    ),
    c(
        "counted-corpses-after-attack-ru",
        "ru",
        "После вчерашней неудачной атаки ВСУ наши ребята насчитали около 50 вражеских трупов в "
        "лесополосе.",
        (K, "ua", 50, 50, True, "self", EV),
        side="ru",
    ),
]

# --- H: "dozens more injured" after a toll whose civilians only its headline names ----------
OTHERS_AFTER_HEADLINE: list[Case] = [
    c(
        "others-follow-headline-civilians-en",
        "en",
        "Strike on a school sheltering displaced families kills at least 12 in Khan Younis\n"
        "Medics said at least 12 people were killed and dozens more injured when the school was "
        "hit.",
        (K, "civilians", 12, None, False, "*", EV),
        (W, "civilians", 20, 99, True, "*", EV),
    ),
]

# --- I: a state's side that fought two armed groups at once: "the enemy" is no one party -----
TWO_GROUPS_ENEMY: list[Case] = [
    c(
        "two-groups-enemy-next-world-en",
        "en",
        "Our fighters and FAMa held off the FLA separatists and JNIM terrorists for two days. "
        "About 60 enemy fighters were sent to the next world.",
        (K, "unknown", 60, 60, True, "self", EV),
        side="wagner",
    ),
    c(
        "two-groups-enemy-fr",
        "fr",
        "Nos gars et les FAMa repoussent depuis trois jours les séparatistes du FLA et les "
        "terroristes du JNIM. Une trentaine d'ennemis ont été neutralisés.",
        (K, "unknown", 30, 30, True, "self", EV),
        side="wagner",
    ),
]

# --- J: a headline's source after its dash names who says, not whose dead ---------------------
HEADLINE_SOURCE: list[Case] = [
    c(
        "headline-dash-source-en",
        "en",
        "Russian strike on Sumy: 11 killed, 89 injured — Zelensky",
        (K, "unknown", 11, 11, False, "ua", EV),
        (W, "unknown", 89, 89, False, "ua", EV),
    ),
    c(
        "headline-dash-source-uk",
        "uk",
        "Удар по Сумах: 11 загиблих, 89 поранених — Зеленський",
        (K, "unknown", 11, 11, False, "ua", EV),
        (W, "unknown", 89, 89, False, "ua", EV),
    ),
]

ALL = (
    THING_NAMES
    + PEOPLE_HIT
    + SLANG_PARTS
    + PART_AFTER_COMMA
    + THINGS_IN_RELATIVE
    + SPEAKER_NAMES_OTHER
    + COUNTED_CORPSES
    + OTHERS_AFTER_HEADLINE
    + TWO_GROUPS_ENEMY
    + HEADLINE_SOURCE
)


@pytest.mark.parametrize("case", params(ALL))
def test_round20_en(case: Case) -> None:
    check(case)
