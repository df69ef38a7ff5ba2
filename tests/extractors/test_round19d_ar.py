"""Round 19d (Arabic): mechanisms the Arabic misses of a held-out stand-in set (b37) showed,
described in words. Sentences of our own, in every language where the phenomenon exists; none
is copied from a test set.

Claims are (kind, victim, low, high, approx, claimant, scope); the harness is the yardstick's.
"""

from __future__ import annotations

import pytest

from tests.extractors.cases import CUM, EV, PER, C, Case, K, L, M, W, c, check, params

# --- A: a speaker's comrades, with the possessive suffix: his own side's men -----------------
COMRADES: list[Case] = [
    c(
        "his-comrades-ar",
        "ar",
        "قال قائد في جبهة تحرير أزواد إن مقاتليه قتلوا 40 من عناصر فاغنر، "
        "واعترف بمقتل خمسة من رفاقه وإصابة ثمانية آخرين.",
        (K, "wagner", 40, 40, False, "tuareg", EV),
        (K, "tuareg", 5, 5, False, "tuareg", EV),
        (W, "tuareg", 8, 8, False, "tuareg", EV),
    ),
    c(
        "their-comrades-ar",
        "ar",
        "أعلنت جماعة نصرة الإسلام والمسلمين أن أربعة من رفاقهم لقوا حتفهم في الغارة.",
        (K, "jnim", 4, 4, False, "jnim", EV),
    ),
]

# --- B: a toll "of all sides" is no one's, though civilians were counted before -------------
ALL_SIDES: list[Case] = [
    c(
        "all-sides-ar",
        "ar",
        "قتل أكثر من ألف مدني منذ بداية الحرب. وقالت الأمم المتحدة إن عدد القتلى والجرحى من "
        "جميع الأطراف يتجاوز 15 ألفا.",
        (K, "civilians", 1000, None, False, "self", CUM),
        (L, "unknown", 15000, None, False, "*", EV),
    ),
    c(
        "all-sides-en",
        "en",
        "More than 1,000 civilians have been killed since the war began. Researchers put the "
        "number of killed and wounded on all sides at 15,000.",
        (K, "civilians", 1000, None, False, "self", CUM),
        (L, "unknown", 15000, 15000, False, "*", EV),
    ),
    c(
        "all-sides-fr",
        "fr",
        "Plus de 1 000 civils ont été tués depuis le début de la guerre. Des chercheurs "
        "estiment le nombre de tués et de blessés de tous les côtés à 15 000.",
        (K, "civilians", 1000, None, False, "self", CUM),
        (L, "unknown", 15000, 15000, False, "*", EV),
    ),
    c(
        "all-sides-ru",
        "ru",
        "С начала войны погибли более 1000 мирных жителей. По оценкам исследователей, "
        "число убитых и раненых со всех сторон составляет 15 000.",
        (K, "civilians", 1000, None, False, "self", CUM),
        (L, "unknown", 15000, 15000, False, "*", EV),
    ),
    c(
        "all-sides-uk",
        "uk",
        "Від початку війни загинули понад 1000 цивільних. За оцінками дослідників, кількість "
        "убитих і поранених з усіх сторін становить 15 000.",
        (K, "civilians", 1000, None, False, "self", CUM),
        (L, "unknown", 15000, 15000, False, "*", EV),
    ),
]

# --- C: a unit's number inside the speaker's words; "the brigade" then is his own ------------
UNIT_NUMBER_SPEAKER: list[Case] = [
    c(
        "numbered-brigade-speaker-ar",
        "ar",
        "قال المتحدث باسم اللواء 47 الأوكراني إن تسعة جنود من اللواء فُقدوا خلال الانسحاب.",
        (M, "ua", 9, 9, False, "ua", EV),
    ),
    c(
        "numbered-brigade-speaker-wounded-ar",
        "ar",
        "صرح قائد الكتيبة 12 الروسية بأن ستة من جنود الكتيبة أصيبوا في القصف.",
        (W, "ru", 6, 6, False, "ru", EV),
    ),
    c(
        "numbered-brigade-speaker-fr",
        "fr",
        "Selon le porte-parole de la brigade 47 ukrainienne, neuf soldats de la brigade ont "
        "disparu pendant le repli.",
        (M, "ua", 9, 9, False, "ua", EV),
    ),
    # a formation with its number after it is a named one, not the speaker's own
    c(
        "numbered-brigade-not-own-ar",
        "ar",
        "أعلنت وزارة الدفاع الروسية القضاء على 30 عسكرياً من اللواء 25 الأوكراني.",
        (K, "ua", 30, 30, False, "ru_mod", EV),
    ),
]

# --- D: a headline's present tense of killing and wounding, plural ---------------------------
PRESENT_TENSE: list[Case] = [
    c(
        "present-plural-kill-ar",
        "ar",
        "مسلحون يقتلون 14 مدنيا ويجرحون 9 آخرين في هجوم على قرية في ولاية النيل الأزرق.",
        (K, "civilians", 14, 14, False, "self", EV),
        (W, "civilians", 9, 9, False, "self", EV),
    ),
    c(
        "present-plural-kill-vague-ar",
        "ar",
        "مسلحون مجهولون يقتلون العشرات من القرويين في شمال البلاد.",
        (K, "civilians", 20, 99, True, "self", EV),
    ),
]

# --- E: a neighbour country named as a place is not "the attackers"; the country the
# ministry's own words name is whose ministry speaks --------------------------------------------
PLACE_NOT_ATTACKER: list[Case] = [
    c(
        "bordering-country-not-attackers-ar",
        "ar",
        "أعلنت وزارة الدفاع في بوركينا فاسو أن 12 جندياً قتلوا في هجوم على ثكنة في الإقليم "
        "المحاذي لمالي، وأن الجيش تمكن من تحييد 40 من المهاجمين.",
        (K, "unknown", 12, 12, False, "*", EV),
        (K, "unknown", 40, 40, False, "*", EV),
    ),
    c(
        "border-with-country-not-attackers-ar",
        "ar",
        "قالت وزارة الدفاع في النيجر إن الجيش قتل 25 من المهاجمين قرب الحدود مع مالي.",
        (K, "unknown", 25, 25, False, "*", EV),
    ),
    c(
        "border-with-country-not-attackers-en",
        "en",
        "The defence ministry in Niger said the army killed 25 of the attackers near the "
        "border with Mali.",
        (K, "unknown", 25, 25, False, "*", EV),
    ),
]

# --- F: the oblique dual told by its fatha ("مدنيَّين": two civilians, not "مدنيِّين"); a dual is
# a count, never words of a speaker ("إضافة إلى طفلين") -------------------------------------------
OBLIQUE_DUAL: list[Case] = [
    c(
        "oblique-dual-fatha-ar",
        "ar",
        "قتل 5 جنود في القصف على الحاجز، إلى جانب مدنيَّين كانا يمران قربه.",
        (K, "unknown", 5, 5, False, "self", EV),
        (K, "civilians", 2, 2, False, "self", EV),
    ),
    c(
        "sound-plural-kasra-ar",
        "ar",
        "أسفر القصف عن مقتل 6 مدنيِّين وإصابة طفلَيْن.",
        (K, "civilians", 6, 6, False, "self", EV),
        (W, "civilians", 2, 2, False, "self", EV),
    ),
    c(
        "between-not-dual-ar",
        "ar",
        "قتل 8 أشخاص في اشتباكات بَين قبيلتين.",
        (K, "unknown", 8, 8, False, "self", EV),
    ),
    c(
        "dual-after-in-addition-ar",
        "ar",
        "ارتفعت حصيلة الاشتباكات إلى 11 قتيلاً من الطرفين، إضافة إلى طفلين اثنين.",
        (K, "unknown", 11, 11, False, "self", EV),
        (K, "civilians", 2, 2, False, "self", EV),
    ),
]

# --- G: "along with" after a verb's object: the same harm for the figure after it ----------
ALONG_WITH: list[Case] = [
    c(
        "along-with-after-object-ar",
        "ar",
        "قتلت الغارة 4 عناصر من الشرطة عند المدخل الشمالي، إلى جانب ثلاثة مدنيين.",
        (K, "unknown", 4, 4, False, "self", EV),
        (K, "civilians", 3, 3, False, "self", EV),
    ),
    c(
        "along-with-after-object-en",
        "en",
        "The drone strike killed four policemen at the northern gate, along with three civilians.",
        (K, "unknown", 4, 4, False, "self", EV),
        (K, "civilians", 3, 3, False, "self", EV),
    ),
    c(
        "along-with-after-object-fr",
        "fr",
        "La frappe a tué quatre policiers à l'entrée nord, aux côtés de trois civils.",
        (K, "unknown", 4, 4, False, "self", EV),
        (K, "civilians", 3, 3, False, "self", EV),
    ),
]

# --- H: "the week's harvest" over a list of tallies: a period ---------------------------------
WEEK_HARVEST: list[Case] = [
    c(
        "week-harvest-period-ar",
        "ar",
        "حصاد الأسبوع في محور النيل الأزرق:\n- تكبيد العدو 150 قتيلاً\n- أسر 20 من عناصره",
        (K, "rsf", 150, 150, False, "self", PER),
        (C, "rsf", 20, 20, False, "self", PER),
        side="saf",
    ),
]

ALL: list[Case] = (
    COMRADES
    + ALL_SIDES
    + UNIT_NUMBER_SPEAKER
    + PRESENT_TENSE
    + PLACE_NOT_ATTACKER
    + OBLIQUE_DUAL
    + ALONG_WITH
    + WEEK_HARVEST
)


@pytest.mark.parametrize("case", params(ALL))
def test_round19d_ar(case: Case) -> None:
    check(case)
