"""Round 20c (Arabic): mechanisms the Arabic misses of a held-out stand-in set (b39) showed,
described in words. Sentences of our own, in every language where the phenomenon exists; none
is copied from a test set.

Claims are (kind, victim, low, high, approx, claimant, scope); the harness is the yardstick's.
"""

from __future__ import annotations

import pytest

from tests.extractors.cases import EV, Case, K, W, c, check, params

# --- A: wounding in the present tense, active ("تصيب") and passive ("يصابون") -----------------
PRESENT_WOUNDING: list[Case] = [
    c(
        "present-active-wounds-ar",
        "ar",
        "قذائف المدفعية تقتل 7 مدنيين وتصيب 19 آخرين في حي سكني بمدينة الأبيض.",
        (K, "civilians", 7, 7, False, "self", EV),
        (W, "civilians", 19, 19, False, "self", EV),
    ),
    c(
        "present-passive-wounded-ar",
        "ar",
        "الجيش المالي يفقد أربعة جنود وخمسة آخرون يصابون في كمين قرب تمبكتو.",
        (K, "fama", 4, 4, False, "self", EV),
        (W, "fama", 5, 5, False, "self", EV),
    ),
]

# --- B: "وتابع القائد البالغ من العمر 41 عاماً:": "and he went on" opens a quote; the age after
# the role is no other name, so "the commander" is the one named before -----------------------
WENT_ON_AGED: list[Case] = [
    c(
        "went-on-aged-commander-ar",
        "ar",
        "قال قائد سرية أوكرانية إن رجاله يصمدون قرب النهر. وتابع القائد البالغ من العمر 41 "
        'عاماً: "قُتل أربعة من رفاقنا في قصف مدفعي أمس".',
        (K, "ua", 4, 4, False, "ua", EV),
    ),
    c(
        "went-on-spokesman-ar",
        "ar",
        'قال متحدث باسم الجيش المالي إن 4 جنود قتلوا. وتابع المتحدث: "أصيب 6 من جنودنا".',
        (K, "fama", 4, 4, False, "fama", EV),
        (W, "fama", 6, 6, False, "fama", EV),
    ),
    c(
        "aged-commander-added-en",
        "en",
        "A Ukrainian company commander said his men hold the line near the river. The commander "
        'aged 41 added: "Two of our guys were killed on Monday."',
        (K, "ua", 2, 2, False, "ua", EV),
    ),
]

# --- C: the plural of a strike ("بغارات روسية") is a strike: the party after it struck -------
PLURAL_STRIKES: list[Case] = [
    c(
        "plural-raids-striker-ar",
        "ar",
        "هاجم مسلحو تنظيم الدولة الإسلامية حاجزاً للجيش في البادية، فيما قُتل 7 من عناصر "
        "التنظيم بغارات روسية على المنطقة.",
        (K, "is", 7, 7, False, "self", EV),
    ),
]

# --- D: "رفاقنا" (our comrades) is ours outside quotes too, and a day after it is when -----------
OUR_COMRADES: list[Case] = [
    c(
        "our-comrades-unquoted-ar",
        "ar",
        "قُتل خمسة من رفاقنا في كمين قرب الفاشر.",
        (K, "rsf", 5, 5, False, "self", EV),
        side="rsf",
    ),
    c(
        "our-comrades-weekday-ar",
        "ar",
        "قُتل ثلاثة من رفاقنا يوم السبت في اشتباكات على المحور الغربي.",
        (K, "ua", 3, 3, False, "self", EV),
        side="ua",
    ),
    c(
        "our-guys-weekday-en",
        "en",
        '"Three of the guys Saturday were wounded," the sergeant said.',
        (W, "ua", 3, 3, False, "*", EV),
        side="ua",
    ),
]

ALL: list[Case] = PRESENT_WOUNDING + WENT_ON_AGED + PLURAL_STRIKES + OUR_COMRADES


@pytest.mark.parametrize("case", params(ALL))
def test_round20c_ar(case: Case) -> None:
    check(case)
