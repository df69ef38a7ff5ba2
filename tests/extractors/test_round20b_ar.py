"""Round 20b (Arabic): mechanisms the Arabic misses of a held-out stand-in set (b40) and a bug
of the round before showed, described in words. Sentences of our own, in every language where
the phenomenon exists; none is copied from a test set.

Claims are (kind, victim, low, high, approx, claimant, scope); the harness is the yardstick's.
"""

from __future__ import annotations

import pytest

from tests.extractors.cases import CUM, EV, PER, C, Case, K, L, W, c, check, params

# --- A: the verb first, then its subject: the party right after the verb did the killing -----
SUBJECT_AFTER_VERB: list[Case] = [
    c(
        "verb-subject-group-ar",
        "ar",
        "قتل داعش 14 شخصاً في هجوم على سوق بولاية بورنو.",
        (K, "unknown", 14, 14, False, "self", EV),
    ),
    c(
        "verb-subject-fighters-of-group-ar",
        "ar",
        "قتل مقاتلون من تنظيم الدولة الإسلامية 11 شخصاً في شمال موزمبيق أمس.",
        (K, "unknown", 11, 11, False, "self", EV),
    ),
    c(
        "verb-subject-wounded-ar",
        "ar",
        "أصابت قوات الدعم السريع 30 شخصاً في قصف على حي سكني.",
        (W, "unknown", 30, 30, False, "self", EV),
    ),
    c(
        "verb-subject-after-figure-ar",
        "ar",
        "عُثر على جثث 6 أشخاص قتلهم داعش قرب الحدود.",
        (K, "unknown", 6, 6, False, "self", EV),
    ),
    c(
        # the group inside the figure's own phrase is whose dead
        "verb-victims-of-group-ar",
        "ar",
        "قتل 17 من مسلحي داعش في غارة جوية للجيش.",
        (K, "is", 17, 17, False, "self", EV),
    ),
    c(
        # a preposition first: "من" opens whose dead, not a subject
        "verb-from-group-ar",
        "ar",
        "قتل من عناصر داعش 8 في الاشتباكات.",
        (K, "is", 8, 8, False, "self", EV),
    ),
    c(
        "subject-before-verb-en",
        "en",
        "Islamic State fighters killed 14 people in an attack on a market in Borno.",
        (K, "unknown", 14, 14, False, "self", EV),
    ),
]

# --- B: "rose ... to N": the growth word far back, its "to" right before the figure ------------
GROWN_TO: list[Case] = [
    c(
        "growth-noun-far-ar",
        "ar",
        "ارتفاع عدد ضحايا القصف المدفعي على مخيم أبو شوك للنازحين شمال الفاشر إلى 41 مدنياً، "
        "إضافة إلى إصابة العشرات.",
        (K, "civilians", 41, 41, False, "self", EV),
        (W, "civilians", 20, 99, True, "self", EV),
    ),
    c(
        "growth-bringing-far-en",
        "en",
        "Rescuers pulled another body from the rubble on Tuesday, bringing the number of victims of the "
        "shelling of the displacement camp near the city of Kadugli to 19 civilians, besides "
        "the injury of dozens.",
        (K, "civilians", 19, 19, False, "self", EV),
        (W, "civilians", 20, 99, True, "self", EV),
    ),
]

# --- C: a figure passed, then the total it adds to: two tolls, not one mark and its toll -------
PASSED_THEN_TOTAL: list[Case] = [
    c(
        "passed-then-total-ar",
        "ar",
        "قالت وزارة الدفاع الروسية إن القوات الأوكرانية تكبدت خلال الأسبوع الماضي خسائر تجاوزت "
        "1800 عسكري، وبذلك يرتفع إجمالي خسائرها منذ بدء العملية في المقاطعة إلى نحو 21 ألف "
        "عسكري.",
        (L, "ua", 1800, None, False, "ru_mod", PER),
        (L, "ua", 21000, 21000, True, "ru_mod", CUM),
        side="ru",
    ),
    c(
        "passed-then-total-fr",
        "fr",
        "Les pertes ukrainiennes dans la région de Koursk ont dépassé cette semaine 1 500 "
        "militaires, et le total de leurs pertes depuis le début de l’incursion a atteint "
        "environ 19 000 militaires.",
        (L, "ua", 1500, None, False, "self", PER),
        (L, "ua", 19000, 19000, True, "self", CUM),
        side="ru",
    ),
]

# --- D: the size of the groups an attack comes in is no figure between a verb and its subject -
GROUP_SIZE_BEFORE_LOSS: list[Case] = [
    c(
        "group-size-then-loss-ar",
        "ar",
        "قال ضابط أوكراني إن القوات الروسية تتقدم بمجموعات صغيرة من 4 إلى 6 جنود، وتخسر يومياً "
        "ما بين 30 و45 عسكرياً على هذا المحور.",
        (L, "ru", 30, 45, False, "*", PER),
    ),
    c(
        "group-size-then-loss-fr",
        "fr",
        "Les troupes russes avancent par groupes de 4 à 6 hommes, perdant chaque jour entre 30 "
        "et 45 soldats sur cet axe.",
        (L, "ru", 30, 45, False, "self", PER),
    ),
    c(
        "group-size-then-loss-en",
        "en",
        "Russian troops advance in groups of 4 to 6 men, losing between 30 and 45 soldiers a "
        "day on this axis.",
        (L, "ru", 30, 45, False, "self", PER),
    ),
]

# --- E: "N, among them M ...": "among them" with a figure after opens the part, not "N of them" -
AMONG_THEM_PART: list[Case] = [
    c(
        "among-them-after-captives-ar",
        "ar",
        "أعلنت قواتنا أنها قتلت 85 من عناصر المليشيا وأسرت 26 من بينهم 3 ضباط في معارك الأمس.",
        (K, "unknown", 85, 85, False, "self", EV),
        (C, "unknown", 26, 26, False, "self", EV),
    ),
    c(
        "among-them-after-captives-en",
        "en",
        "Our forces killed 85 soldiers and captured 26 among them 3 officers in yesterday's "
        "fighting.",
        (K, "saf", 85, 85, False, "self", EV),
        (C, "saf", 26, 26, False, "self", EV),
        side="rsf",
    ),
]

# --- F: a word that ends in a ta marbuta carries no pronoun suffix "ه" ------------------------
TA_MARBUTA_NO_SUFFIX: list[Case] = [
    c(
        # "إضافة إلى" (in addition to) is no "أضاف" + "ه" (he added it): no speaker
        "in-addition-to-no-speaker-ar",
        "ar",
        "كبدت قواتنا ميليشيات البرهان في محور بارا خسائر كبيرة: أكثر من 60 قتيلاً وأسر 15، إضافة "
        "إلى الاستيلاء على 9 سيارات قتالية.",
        (K, "saf", 60, None, False, "self", EV),
        (C, "saf", 15, 15, False, "self", EV),
        side="rsf",
    ),
]

# --- G: young men are people: their figure is no count of things ------------------------------
YOUNG_MEN: list[Case] = [
    c(
        "young-men-abducted-ar",
        "ar",
        "خطف مسلحون مجهولون 14 شاباً من قرية قرب المدينة مساء الجمعة.",
        (C, "unknown", 14, 14, False, "self", EV),
    ),
]

ALL: list[Case] = (
    SUBJECT_AFTER_VERB
    + GROWN_TO
    + PASSED_THEN_TOTAL
    + GROUP_SIZE_BEFORE_LOSS
    + AMONG_THEM_PART
    + TA_MARBUTA_NO_SUFFIX
    + YOUNG_MEN
)


@pytest.mark.parametrize("case", params(ALL))
def test_round20b_ar(case: Case) -> None:
    check(case)
