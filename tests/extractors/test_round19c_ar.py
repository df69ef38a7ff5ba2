"""Round 19c (Arabic): mechanisms the Arabic misses of the held-out stand-in set b36 showed,
described in words. Sentences of our own, in every language where the phenomenon exists; none
is copied from a test set.

Claims are (kind, victim, low, high, approx, claimant, scope); the harness is the yardstick's.
"""

from __future__ import annotations

import pytest

from tests.extractors.cases import EV, C, Case, K, W, c, check, params

# --- A: "the movement's spokesman": the group the sentence before named speaks ---------------
GROUP_SPOKESMAN: list[Case] = [
    c(
        "group-spokesman-ar",
        "ar",
        "قالت «جبهة تحرير أزواد» إن مقاتليها قتلوا 30 جندياً مالياً قرب كيدال. واعترف المتحدث"
        " باسم الفصيل بأنه فقد خمسة من عناصره، فيما أصيب سبعة آخرون.",
        (K, "fama", 30, 30, False, "tuareg", EV),
        (K, "tuareg", 5, 5, False, "tuareg", EV),
        (W, "tuareg", 7, 7, False, "tuareg", EV),
    ),
    c(
        "group-spokesman-haraka-ar",
        "ar",
        "أكد المتمردون الطوارق أنهم قتلوا 12 جندياً من الجيش المالي. وأقر المتحدث باسم الحركة"
        " بمقتل أربعة من مقاتليها.",
        (K, "fama", 12, 12, False, "tuareg", EV),
        (K, "tuareg", 4, 4, False, "tuareg", EV),
    ),
    c(
        "group-spokesman-en",
        "en",
        "The FLA said its fighters killed 25 Malian soldiers near Kidal. A spokesman for the"
        " movement admitted it had lost six fighters.",
        (K, "fama", 25, 25, False, "tuareg", EV),
        (K, "tuareg", 6, 6, False, "tuareg", EV),
    ),
    c(
        "group-spokesman-fr",
        "fr",
        "Le FLA affirme avoir tué 25 soldats maliens près de Kidal. Le porte-parole du mouvement"
        " a reconnu que six de ses combattants avaient été tués.",
        (K, "fama", 25, 25, False, "tuareg", EV),
        (K, "tuareg", 6, 6, False, "tuareg", EV),
    ),
    c(
        "group-spokesman-ru",
        "ru",
        "FLA заявил, что его бойцы убили 25 малийских военных у Кидаля. Представитель движения"
        " признал гибель шести бойцов движения.",
        (K, "fama", 25, 25, False, "tuareg", EV),
        (K, "tuareg", 6, 6, False, "tuareg", EV),
    ),
]

# --- B: "the group's fighters" named in the sentence before ---------------------------------
GROUP_BEFORE: list[Case] = [
    c(
        "group-before-ar",
        "ar",
        "قُتل 14 جندياً تشادياً في كمين تبنته «ولاية غرب أفريقيا» التابعة لتنظيم داعش. وقال"
        " الجيش إنه قتل 30 من عناصر التنظيم خلال ملاحقتهم.",
        (K, "unknown", 14, 14, False, "self", EV),
        (K, "is", 30, 30, False, "chad_army", EV),
    ),
    c(
        "group-before-en",
        "en",
        "Fourteen Chadian soldiers died in an ambush claimed by Islamic State. The army said it"
        " killed 30 of the group's fighters in the pursuit.",
        (K, "unknown", 14, 14, False, "self", EV),
        (K, "is", 30, 30, False, "chad_army", EV),
    ),
]

# --- C: a relative clause between commas interrupts the clause that leads to the figure -------
ASIDE: list[Case] = [
    c(
        "aside-lead-ar",
        "ar",
        "أقرت حسابات مقربة من فاغنر، التي تقاتل إلى جانب الجيش المالي، بمقتل 15 من عناصرها في"
        " كمين نصبه مسلحون من جماعة نصرة الإسلام والمسلمين.",
        (K, "wagner", 15, 15, False, "source", EV),
    ),
    c(
        "aside-lead-en",
        "en",
        "Among the Ukrainian troops, who held the village, 7 were killed.",
        (K, "ua", 7, 7, False, "self", EV),
    ),
]

# --- D: "حماة" (Hama, the city) is no fever ---------------------------------------------------
HAMA: list[Case] = [
    c(
        "hama-not-fever-ar",
        "ar",
        "قالت الفصائل إنها أسرت 25 عنصراً من قوات النظام قرب مدينة حماة.",
        (C, "unknown", 25, 25, False, "self", EV),
    ),
    # the fever itself still makes the sick no toll
    c("fever-sick-ar", "ar", "توفي 12 شخصاً بالحمى في المخيم."),
]

# --- E: the factions' men and the regime's forces under one verb are two tolls ---------------
TWO_SIDES: list[Case] = [
    c(
        "factions-and-regime-ar",
        "ar",
        "وذكر المرصد أن الاشتباكات أودت بحياة 88 من عناصر الفصائل و45 من قوات النظام و9 مدنيين.",
        (K, "unknown", 88, 88, False, "sohr", EV),
        (K, "unknown", 45, 45, False, "sohr", EV),
        (K, "civilians", 9, 9, False, "sohr", EV),
    ),
    c(
        "rebels-and-regime-en",
        "en",
        "The clashes killed 88 rebels and 45 regime forces, the monitor said.",
        (K, "unknown", 88, 88, False, "monitor", EV),
        (K, "unknown", 45, 45, False, "monitor", EV),
    ),
    c(
        "rebels-and-regime-fr",
        "fr",
        "Les combats ont tué 88 rebelles et 45 membres des forces gouvernementales.",
        (K, "unknown", 88, 88, False, "self", EV),
        (K, "unknown", 45, 45, False, "self", EV),
    ),
    # one kind of people under one verb is still one toll
    c(
        "workers-and-others-sum-en",
        "en",
        "Six workers and two other people were found dead after the strike.",
        (K, "unknown", 8, 8, False, "self", EV),
    ),
]

ALL: list[Case] = GROUP_SPOKESMAN + GROUP_BEFORE + ASIDE + HAMA + TWO_SIDES


@pytest.mark.parametrize("case", params(ALL))
def test_round19c_ar(case: Case) -> None:
    check(case)
