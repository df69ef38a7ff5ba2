"""Round 23, Arabic: mechanisms met in the stand-in set b50. Sentences of our own; none is
copied from a test set.

Claims are (kind, victim, low, high, approx, claimant, scope); the harness is the yardstick's.
"""

from __future__ import annotations

import pytest

from tests.extractors.cases import CUM, EV, Case, K, W, c, check, params

# --- A: a toll ("حصيلة", "toll") that rose to a figure of people counts the dead, however long
# the words (a relative clause set off by commas too) that say what it was the toll of; a word
# of wounds (or capture) that names what the toll counts, right by it, decides instead --------
TOLL: list[Case] = [
    c(
        "toll-rose-civilians-ar",
        "ar",
        "ارتفعت حصيلة القصف على السوق إلى 12 مدنياً.",
        (K, "civilians", 12, 12, False, "self", EV),
    ),
    c(
        "toll-rose-people-wounded-after-ar",
        "ar",
        "ارتفعت حصيلة الغارة الجوية على القرية إلى 20 شخصاً، إضافة إلى إصابة 35 آخرين.",
        (K, "unknown", 20, 20, False, "self", EV),
        (W, "unknown", 35, 35, False, "self", EV),
    ),
    c(
        "toll-relative-clause-at-least-ar",
        "ar",
        "ارتفعت حصيلة الهجمات بالمسيّرات على المدينة والقرى المجاورة، التي طالت مدرسة ومسجداً، "
        "إلى 27 مدنياً على الأقل، بينهم 5 نساء، إضافة إلى إصابة أكثر من 60 آخرين.",
        (K, "civilians", 27, None, False, "self", EV),
        (W, "civilians", 60, None, False, "self", EV),
    ),
    c(
        "toll-reached-ar",
        "ar",
        "وصلت حصيلة التفجير إلى 9 أشخاص وإصابة 14 آخرين بجروح",
        (K, "unknown", 9, 9, False, "self", EV),
        (W, "unknown", 14, 14, False, "self", EV),
    ),
    # guards: the word of wounds or capture right after the toll names what it counts
    c(
        "toll-of-wounded-ar",
        "ar",
        "ارتفعت حصيلة المصابين في الانفجار إلى 25 شخصاً",
        (W, "unknown", 25, 25, False, "self", EV),
    ),
    c(
        "toll-of-captives-ar",
        "ar",
        "ارتفعت حصيلة الأسرى إلى 18 جندياً",
        ("captured", "unknown", 18, 18, False, "self", EV),
    ),
    c(
        "toll-of-dead-and-wounded-ar",
        "ar",
        "ارتفعت حصيلة القتلى والجرحى في الغارة إلى 40 شخصاً",
        ("casualties", "unknown", 40, 40, False, "self", EV),
    ),
    c(
        "toll-of-injured-en",
        "en",
        "The toll of the injured in the blast rose to 25 people",
        (W, "unknown", 25, 25, False, "self", EV),
    ),
    c(
        "injury-toll-en",
        "en",
        "The injury toll rose to 31",
        (W, "unknown", 31, 31, False, "self", EV),
    ),
    c(
        "toll-bare-en",
        "en",
        "The toll from the shelling rose to 14 people.",
        (K, "unknown", 14, 14, False, "self", EV),
    ),
]

# --- B: "at least" after the counted and whose men they were ("N عنصراً من فاغنر على الأقل")
# bounds that figure; a figure joined by "and" after a verb's object, then a comma and "in
# addition to" a verb with its own object, goes on with the first verb ---------------------------
AT_LEAST_AFTER_WHOSE: list[Case] = [
    c(
        "at-least-after-whose-ar",
        "ar",
        "قتل 60 عنصراً من فاغنر على الأقل في المعارك قرب كيدال.",
        (K, "wagner", 60, None, False, "self", EV),
        side="tuareg",
    ),
    c(
        "at-least-after-army-ar",
        "ar",
        "قُتل 25 جندياً من الجيش المالي على الأقل في الكمين.",
        (K, "fama", 25, None, False, "self", EV),
        side="tuareg",
    ),
    c(
        "at-least-after-whose-short-ar",
        "ar",
        "قتلنا 33 من الجيش المالي على الأقل",
        (K, "fama", 33, None, False, "self", EV),
        side="tuareg",
    ),
    c(
        "and-figure-then-in-addition-ar",
        "ar",
        "خسائر العدو: قتل 52 عنصراً من فاغنر على الأقل، و19 جندياً من الجيش المالي، إضافة إلى "
        "أسر 8 عناصر من القوات المعادية.",
        (K, "wagner", 52, None, False, "self", EV),
        (K, "fama", 19, 19, False, "self", EV),
        ("captured", "unknown", 8, 8, False, "self", EV),
        side="tuareg",
    ),
    c(
        "and-figure-then-besides-ar",
        "ar",
        "قتل مقاتلونا 30 جندياً من الجيش المالي، و12 عنصراً من فاغنر، بالإضافة إلى أسر 5 آخرين",
        (K, "fama", 30, 30, False, "self", EV),
        (K, "wagner", 12, 12, False, "self", EV),
        ("captured", "unknown", 5, 5, False, "self", EV),
        side="tuareg",
    ),
    c(
        "at-least-after-whose-fr",
        "fr",
        "Les rebelles affirment avoir tué 84 éléments de Wagner au moins.",
        (K, "wagner", 84, None, False, "tuareg", EV),
    ),
]

# --- C: "لم يعترف X سوى بـ..." (X admitted only ...): the present of admitting after "لم" is a
# verb of saying, its subject the claimant, not the speaker of the clause before -------------
ADMITTED_ONLY: list[Case] = [
    c(
        "admitted-only-after-other-speaker-ar",
        "ar",
        "قال المتمردون إن 60 جندياً قتلوا، في حين لم يعترف الجيش المالي سوى بمقتل ثلاثة جنود "
        "وإصابة 8 آخرين.",
        (K, "fama", 60, 60, False, "tuareg", EV),
        (K, "fama", 3, 3, False, "fama", EV),
        (W, "fama", 8, 8, False, "fama", EV),
    ),
    c(
        "admitted-only-rsf-ar",
        "ar",
        "ولم تعترف قوات الدعم السريع إلا بمقتل 7 من عناصرها",
        (K, "rsf", 7, 7, False, "rsf", EV),
    ),
    c(
        "admitted-only-present-ar",
        "ar",
        "لا يقر الجيش الروسي إلا بمقتل 6 جنود في الضربة",
        (K, "ru", 6, 6, False, "ru", EV),
    ),
]

# --- D: the army's spokesman as the subject of a verb of saying, in a channel of the army's
# side, is the army's claim, not the channel's; "the army" is the army of a Sudanese or Malian
# party's war when no place names it. The army itself, or a header "X:", stays the channel's --
ARMY_SAID_IN_OWN_CHANNEL: list[Case] = [
    c(
        "spokesman-announced-that-ar",
        "ar",
        "أعلن الناطق الرسمي باسم القوات المسلحة أن قواتنا صدت هجوماً للمليشيا المتمردة على "
        "الأبيض وكبدتها 150 قتيلاً.",
        (K, "rsf", 150, 150, False, "saf", EV),
        side="saf",
    ),
    c(
        "spokesman-said-no-place-ar",
        "ar",
        "قال المتحدث باسم القوات المسلحة إن 5 من أبطالنا ارتقوا شهداء.",
        (K, "saf", 5, 5, False, "saf", EV),
        side="saf",
    ),
    c(
        "army-said-in-rebel-channel-ar",
        "ar",
        "قال الجيش إن 11 من عناصره قتلوا.",
        (K, "fama", 11, 11, False, "fama", EV),
        side="tuareg",
    ),
    c(
        "spokesman-said-en",
        "en",
        "A spokesman for the Armed Forces said 14 rebels were killed near El Fasher.",
        (K, "rsf", 14, 14, False, "saf", EV),
        side="saf",
    ),
    c(
        "spokesman-said-fr",
        "fr",
        "Le porte-parole de l'armée a affirmé que 20 rebelles ont été tués près de Kidal.",
        (K, "tuareg", 20, 20, False, "fama", EV),
        side="fama",
    ),
    # guards: the army itself, or a header line, in the army's own channel is the channel
    c(
        "armed-forces-announced-self-ar",
        "ar",
        "أعلنت القوات المسلحة مقتل 45 من عناصر الدعم السريع في محور بحري.",
        (K, "rsf", 45, 45, False, "self", EV),
        side="saf",
    ),
    c(
        "spokesman-header-self-ar",
        "ar",
        "الناطق الرسمي باسم القوات المسلحة: تصدت قواتنا لهجوم المليشيا وكبدتها 300 قتيل.",
        (K, "rsf", 300, 300, False, "self", EV),
        side="saf",
    ),
]

# --- E: a bare toll since the war began, in a sentence after a civilians' toll of one attack or
# a week, counts the dead of every kind: no more of those civilians --------------------------
WAR_TOLL_AFTER_CIVILIANS: list[Case] = [
    c(
        "war-toll-after-civilians-ar",
        "ar",
        "قالت الأمم المتحدة إن 30 مدنياً قُتلوا في قصف على سوق في الأبيض. وأضافت أن عشرات "
        "الآلاف لقوا حتفهم في البلاد منذ بدء الحرب.",
        (K, "civilians", 30, 30, False, "un", EV),
        (K, "unknown", 20000, 99999, True, "un", CUM),
    ),
    c(
        "war-toll-after-civilians-figure-ar",
        "ar",
        "قُتل 14 مدنياً في غارة على حي سكني. وقتل أكثر من 150 ألفاً منذ اندلاع الحرب.",
        (K, "civilians", 14, 14, False, "self", EV),
        (K, "unknown", 150000, None, False, "self", CUM),
    ),
    c(
        "war-toll-after-civilians-en",
        "en",
        "Twelve civilians were killed in shelling on a market. Tens of thousands have died in "
        "the country since the war began.",
        (K, "civilians", 12, 12, False, "self", EV),
        (K, "unknown", 20000, 99999, True, "self", CUM),
    ),
    # guard: the hurt of the same attack, in the next sentence, are more of those civilians
    c(
        "wounded-after-civilians-ar",
        "ar",
        "قُتل 14 مدنياً في غارة على حي سكني. وأصيب 40 آخرون.",
        (K, "civilians", 14, 14, False, "self", EV),
        (W, "civilians", 40, 40, False, "self", EV),
    ),
]

# --- F: a bare figure whose speaker then says the dead were fighters ("زاعمة أنهم من عناصر
# الميليشيات", "claiming they were militiamen") is no more of the civilians another counted ----
SAID_FIGHTERS: list[Case] = [
    c(
        "rival-count-said-militia-ar",
        "ar",
        "قُتل عشرات المدنيين في الهجوم على القرية. وقدّر المسلحون عدد القتلى بنحو 90، زاعمين "
        "أنهم من عناصر الميليشيات.",
        (K, "civilians", 20, 99, True, "self", EV),
        (K, "unknown", 90, 90, True, "gunmen", EV),
    ),
    c(
        "rival-count-said-soldiers-ar",
        "ar",
        "قُتل 40 مدنياً في الهجوم. وقدر المسلحون عدد القتلى بـ60، قائلين إنهم من الجنود.",
        (K, "civilians", 40, 40, False, "self", EV),
        (K, "unknown", 60, 60, False, "gunmen", EV),
    ),
    c(
        "rival-count-said-militia-en",
        "en",
        "Dozens of civilians were killed in the attack. The group put the toll at 300, claiming "
        "they were militiamen.",
        (K, "civilians", 20, 99, True, "self", EV),
        (K, "unknown", 300, 300, False, "the_group", EV),
    ),
    # guard: "they were of one family" names no fighters; the hurt stay the civilians'
    c(
        "others-of-one-family-ar",
        "ar",
        "قُتل 12 مدنياً في القصف، وأصيب 5 آخرون وهم من أسرة واحدة.",
        (K, "civilians", 12, 12, False, "self", EV),
        (W, "civilians", 5, 5, False, "self", EV),
    ),
]

ALL = (
    SAID_FIGHTERS
    + WAR_TOLL_AFTER_CIVILIANS
    + TOLL
    + AT_LEAST_AFTER_WHOSE
    + ADMITTED_ONLY
    + ARMY_SAID_IN_OWN_CHANNEL
)


@pytest.mark.parametrize("case", params(ALL))
def test_round23_ar(case: Case) -> None:
    check(case)
