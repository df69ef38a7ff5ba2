"""Round 21, English and Arabic (with the other languages where the mechanism is shared):
mechanisms a held-out stand-in set (b43) showed, described in words. Sentences of our own;
none is copied from a test set.

Claims are (kind, victim, low, high, approx, claimant, scope); the harness is the yardstick's.
"""

from __future__ import annotations

import pytest

from tests.extractors.cases import CUM, EV, PER, C, Case, K, L, W, c, check, params

# --- A: "N of them" after a count of things counts those things, never people ---------------
PART_OF_THINGS: list[Case] = [
    c(
        "part-of-vehicles-not-summed-en",
        "en",
        "The invaders came on with eight tanks. In the end five of them burned out, 31 Russians "
        "eliminated and 6 wounded.",
        (K, "ru", 31, 31, False, "self", EV),
        (W, "ru", 6, 6, False, "self", EV),
        side="ua",
    ),
    c(
        "part-of-people-after-things-kept-en",
        "en",
        "The enemy lost 40 soldiers and 3 tanks. 30 of them were killed.",
        (L, "ru", 40, 40, False, "self", EV),
        (K, "ru", 30, 30, False, "self", EV),
        side="ua",
    ),
]

# --- B: the country a war's start names ("since it invaded Ukraine") is no "them" ------------
SINCE_NO_THEM: list[Case] = [
    c(
        "them-after-since-invaded-en",
        "en",
        "Russia has lost over 500,000 killed and wounded since it invaded Ukraine, a Western "
        "official said, with about 100,000 of them killed.",
        (L, "ru", 500000, None, False, "official", CUM),
        (K, "ru", 100000, 100000, True, "official", CUM),
    ),
]

# --- C: "we have N wounded" is the speaker's own; "we have killed N" is what we did ----------
WE_HAVE: list[Case] = [
    c(
        "we-have-wounded-own-en",
        "en",
        "The musicians beat off a raid by FLA rebels near Anefis, 12 bandits liquidated. We have "
        "2 wounded, both flown out.",
        (K, "tuareg", 12, 12, False, "self", EV),
        (W, "wagner", 2, 2, False, "self", EV),
        side="wagner",
    ),
    c(
        "we-have-killed-not-own-en",
        "en",
        "We have killed 14 bandits near the wells.",
        (K, "unknown", 14, 14, False, "self", EV),
        side="wagner",
    ),
    c(
        "we-have-recovered-bodies-not-own-en",
        "en",
        "We have recovered 9 bodies from the market, the mayor said.",
        (K, "unknown", 9, 9, False, "mayor", EV),
        side="fama",
    ),
    c(
        "nous-avons-blesses-own-fr",
        "fr",
        "Nous avons repoussé l'assaut des terroristes. Nous avons 4 blessés, tous évacués.",
        (W, "fama", 4, 4, False, "self", EV),
        side="fama",
    ),
    c(
        "lana-jarha-own-ar",
        "ar",
        "تصدت قواتنا لهجوم الميليشيا. لدينا 5 جرحى يتلقون العلاج.",
        (W, "saf", 5, 5, False, "self", EV),
        side="saf",
    ),
]

# --- D: soldiers of a numbered unit, in a post of the enemy's losses only, are the enemy's ----
NUMBERED_UNIT: list[Case] = [
    c(
        "numbered-brigade-enemy-en",
        "en",
        "Near Vovchansk the AFU lost up to 150 servicemen over the day. Four servicemen of the "
        "57th brigade were taken prisoner.",
        (L, "ua", None, 150, False, "self", PER),
        (C, "ua", 4, 4, False, "self", EV),
        side="ru",
    ),
    c(
        "unnumbered-servicemen-own-en",
        "en",
        "Four servicemen were wounded in the shelling of Belgorod.",
        (W, "ru", 4, 4, False, "self", EV),
        side="ru",
    ),
]

# --- E: "without giving a figure", "without saying whether": silence, no toll of none ------
WITHOUT_SAYING: list[Case] = [
    c(
        "without-giving-figure-en",
        "en",
        "Niger's army admitted casualties without giving a number, while the group said it took "
        "12 soldiers prisoner.",
        (C, "unknown", 12, 12, False, "group", EV),
    ),
    c(
        "without-saying-whether-en",
        "en",
        "The raid killed 9 people, officials said, without saying whether the dead were fighters.",
        (K, "unknown", 9, 9, False, "official", EV),
    ),
    c(
        "without-losses-kept-en",
        "en",
        "Our unit beat back the assault without losses.",
        (L, "ua", 0, 0, False, "self", EV),
        side="ua",
    ),
    c(
        "without-figures-ar",
        "ar",
        "أقرت قيادة الجيش بسقوط قتلى في صفوفها دون تقديم أرقام.",
    ),
    c(
        "without-specifying-ar",
        "ar",
        "قتل القصف 11 شخصا، دون أن توضح المصادر ما إذا كان القتلى من المقاتلين.",
        (K, "unknown", 11, 11, False, "self", EV),
    ),
    c(
        "without-losses-kept-ar",
        "ar",
        "صدت قواتنا الهجوم دون أي خسائر في صفوفنا.",
        (L, "saf", 0, 0, False, "self", EV),
        side="saf",
    ),
]

# --- F: slang of the wounded: "went off to the hospital" after a slang tally of the dead -----
HOSPITAL_SLANG: list[Case] = [
    c(
        "went-off-to-hospital-en",
        "en",
        "Our drone unit near Pokrovsk: 21 orcs turned into fertilizer, 9 more went off to the hospital.",
        (K, "ru", 21, 21, False, "self", EV),
        (W, "ru", 9, 9, False, "self", EV),
        side="ua",
    ),
]

ALL = PART_OF_THINGS + SINCE_NO_THEM + WE_HAVE + NUMBERED_UNIT + WITHOUT_SAYING + HOSPITAL_SLANG


@pytest.mark.parametrize("case", params(ALL))
def test_round21_b43(case: Case) -> None:
    check(case)
