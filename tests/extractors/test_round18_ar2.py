"""Round 18, second Arabic pass: mechanisms the b29 stand-in set showed, described in words.
Sentences of our own; none is copied from a test set. Where the mechanism is the engine's, a
case in another language stands beside the Arabic one.

Claims are (kind, victim, low, high, approx, claimant, scope); the harness is the yardstick's.
"""

from __future__ import annotations

import pytest

from tests.extractors.cases import EV, C, Case, K, L, W, c, check, params

# --- A: prisoners who came home "in exchange for" others are a swap, no capture -------------
SWAP_RETURN: list[Case] = [
    c(
        "swap-returned-same-number-ar",
        "ar",
        "في صفقة جديدة بوساطة قطرية، عاد 150 أسيراً روسياً إلى ديارهم مقابل العدد نفسه من "
        "الأسرى الأوكرانيين.",
    ),
    c(
        "swap-in-exchange-for-prisoners-ar",
        "ar",
        "سلمت كييف 40 أسيراً روسياً مقابل 42 أسيراً أوكرانياً.",
    ),
    c(
        "swap-capture-kept-ar",
        "ar",
        "أسرت القوات الروسية 12 جندياً أوكرانياً قرب بلدة في زابوريجيا.",
        (C, "ua", 12, 12, False, "self", EV),
    ),
]

# --- B: the words of "among the ranks of" name no one: two sides after them are a mix -------
AMONG_RANKS_MIXED: list[Case] = [
    c(
        "among-ranks-two-sides-ar",
        "ar",
        "قالت جماعة نصرة الإسلام والمسلمين إن القصف أوقع عشرات القتلى والجرحى في صفوف الجنود الماليين والروس.",
        (L, "unknown", 20, 99, True, "jnim", EV),
    ),
    c(
        "among-ranks-one-side-ar",
        "ar",
        "قالت جماعة نصرة الإسلام والمسلمين إن القصف أوقع عشرات القتلى والجرحى في صفوف الجنود الماليين.",
        (L, "fama", 20, 99, True, "jnim", EV),
    ),
    c(
        "among-ranks-two-sides-en",
        "en",
        "The group said dozens were killed among the ranks of the Malian and Russian soldiers.",
        (K, "unknown", 20, 99, True, "group", EV),
    ),
    c(
        "among-ranks-two-sides-fr",
        "fr",
        "Le groupe affirme avoir fait 30 morts dans les rangs de l'armée malienne et des "
        "mercenaires russes.",
        (K, "unknown", 30, 30, False, "groupe", EV),
    ),
]

# --- C: civilians and an armed force of no id joined by "and" are one toll of both ----------
CIVILIANS_AND_ARMED: list[Case] = [
    c(
        "civilians-and-vdp-ar",
        "ar",
        "قُتل ما بين 30 و50 شخصاً من المدنيين ومتطوعي الدفاع عن الوطن في هجوم على قرية شمال "
        "بوركينا فاسو.",
        (K, "unknown", 30, 50, False, "self", EV),
    ),
    c(
        "civilians-and-joint-force-ar",
        "ar",
        "قتل 40 من المدنيين وعناصر القوة المشتركة في قصف على المدينة.",
        (K, "unknown", 40, 40, False, "self", EV),
    ),
    c(
        "civilians-alone-kept-ar",
        "ar",
        "قتل 40 من المدنيين في قصف على المدينة.",
        (K, "civilians", 40, 40, False, "self", EV),
    ),
    c(
        "civilians-and-vdp-en",
        "en",
        "At least 40 civilians and VDP volunteers were killed in the attack on the village.",
        (K, "unknown", 40, None, False, "self", EV),
    ),
    c(
        "civilians-and-vdp-fr",
        "fr",
        "Au moins 40 civils et VDP ont été tués dans l'attaque du village.",
        (K, "unknown", 40, None, False, "self", EV),
    ),
]

# --- D: brothers and sisters killed are kin, a family: civilians --------------------------
KIN_NOUNS: list[Case] = [
    c(
        "kin-brothers-shell-home-ar",
        "ar",
        "نيالا: مقتل أربعة أشقاء بقذيفة مدفعية سقطت على منزل العائلة مساء أمس.",
        (K, "civilians", 4, 4, False, "self", EV),
    ),
    c(
        "kin-brothers-dual-ar",
        "ar",
        "مقتل شقيقين وإصابة والدتهما في قصف بطائرة مسيرة على الحي.",
        (K, "civilians", 2, 2, False, "self", EV),
    ),
    c(
        "kin-siblings-en",
        "en",
        "Four siblings were killed when an artillery shell hit the family home.",
        (K, "civilians", 4, 4, False, "self", EV),
    ),
]

# --- E: "and the wounding of" someone with no figure takes no figure before it -------------
AND_WOUNDING_OF: list[Case] = [
    c(
        "and-wounding-of-no-figure-ar",
        "ar",
        "مقتل طفلين وإصابة جدتهما في غارة على القرية.",
        (K, "civilians", 2, 2, False, "self", EV),
    ),
    c(
        "and-wounding-of-figure-kept-ar",
        "ar",
        "مقتل طفلين وإصابة 5 آخرين في غارة على القرية.",
        (K, "civilians", 2, 2, False, "self", EV),
        (W, "civilians", 5, 5, False, "self", EV),
    ),
]

# --- F: the war as the subject of a verb of killing: its whole toll, nobody's one side -------
WAR_TOLL: list[Case] = [
    c(
        "war-toll-after-civilians-ar",
        "ar",
        "قُتل 120 مدنياً في نيالا منذ بدء الهجوم على المدينة الشهر الماضي. وقد أودت الحرب "
        "بحياة عشرات الآلاف في أنحاء البلاد منذ اندلاعها.",
        (K, "civilians", 120, 120, False, "self", "cumulative"),
        (K, "unknown", 20000, 99999, True, "self", "cumulative"),
    ),
    c(
        "war-toll-noun-after-civilians-ar",
        "ar",
        "قُتل 120 مدنياً في نيالا منذ بدء الهجوم على المدينة. وخلفت الحرب أكثر من 150 ألف "
        "قتيل منذ اندلاعها.",
        (K, "civilians", 120, 120, False, "self", "cumulative"),
        (K, "unknown", 150000, None, False, "self", "cumulative"),
    ),
    c(
        "war-toll-after-civilians-en",
        "en",
        "The UN said 120 civilians were killed in Nyala since the assault on the city began. "
        "Observers say the war has killed tens of thousands across the country.",
        (K, "civilians", 120, 120, False, "un", "cumulative"),
        (K, "unknown", 20000, 99999, True, "observers", EV),
    ),
    c(
        "war-toll-after-civilians-fr",
        "fr",
        "Selon l'ONU, 120 civils ont été tués à Nyala depuis le début de l'assaut. La guerre a "
        "fait des dizaines de milliers de morts dans tout le pays.",
        (K, "civilians", 120, 120, False, "un", "cumulative"),
        (K, "unknown", 20000, 99999, True, "self", EV),
    ),
    c(
        "war-in-phrase-not-subject-ar",
        "ar",
        "قتل 15 مدنياً في قصف على السوق، وأصيب 30 في الحرب الدائرة.",
        (K, "civilians", 15, 15, False, "self", EV),
        (W, "civilians", 30, 30, False, "self", EV),
    ),
]

# --- G: a spokesman's word alone is no Russian ministry: the rest of its entry must be there --
SPOKESMAN_OF_ARMY: list[Case] = [
    c(
        "spokesman-sudan-army-ar",
        "ar",
        "نفى الناطق الرسمي باسم القوات المسلحة السودانية العقيد خالد سعيد ما وصفه بـ«شائعات "
        "التمرد»، مؤكداً أن الجيش أسر 22 من عناصر الدعم السريع.",
        (C, "rsf", 22, 22, False, "saf", EV),
    ),
    c(
        "spokesman-russian-group-kept-ar",
        "ar",
        "قال المتحدث باسم مجموعة قوات الشرق إن القوات الأوكرانية خسرت 120 عسكرياً خلال يوم.",
        (L, "ua", 120, 120, False, "ru_mod", "period"),
    ),
]

ALL = (
    SWAP_RETURN
    + AMONG_RANKS_MIXED
    + CIVILIANS_AND_ARMED
    + KIN_NOUNS
    + AND_WOUNDING_OF
    + WAR_TOLL
    + SPOKESMAN_OF_ARMY
)


@pytest.mark.parametrize("case", params(ALL))
def test_round18_ar2(case: Case) -> None:
    check(case)
