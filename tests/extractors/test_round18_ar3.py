"""Round 18 (Arabic, third pass): mechanisms a held-out stand-in set (b30) showed, described in
words. Sentences of our own; none is copied from a test set.

Claims are (kind, victim, low, high, approx, claimant, scope); the harness is the yardstick's.
"""

from __future__ import annotations

import pytest

from tests.extractors.cases import EV, PER, Case, K, L, M, W, c, check, params

# --- A: a count of hours in number words is a span, no figure --------------------------------
HOURS_IN_WORDS: list[Case] = [
    c(
        "hours-in-words-ar",
        "ar",
        "قالت الوزارة إن العدو خسر خلال الساعات الأربع والعشرين الماضية ما يصل إلى ٢٠٠ عسكري.",
        (L, "ua", None, 200, False, "*", PER),
        side="ru",
    ),
    c(
        "hours-in-words-before-ar",
        "ar",
        "قالت الوزارة إن العدو خسر خلال الأربع والعشرين ساعة الماضية نحو ١٥٠ عسكرياً.",
        (L, "ua", 150, 150, True, "*", PER),
        side="ru",
    ),
]

# --- B: a party's own loss told after a fight dated before: its dead; "the spokesman" alone is
# the spokesman named before ----------------------------------------------------------------
OWN_LOSS_TOLD: list[Case] = [
    c(
        "own-loss-told-ar",
        "ar",
        "قال المتحدث باسم جبهة تحرير أزواد إن مقاتلي الحركة قتلوا ٣٠ جندياً مالياً خلال يومين "
        "من القتال. وأقر المتحدث بأن الحركة فقدت خمسة من مقاتليها.",
        (K, "fama", 30, 30, False, "tuareg", PER),
        (K, "tuareg", 5, 5, False, "tuareg", EV),
    ),
    c(
        "own-loss-told-en",
        "en",
        "A spokesman for the FLA said its fighters killed 30 Malian soldiers over the past three "
        "days near Kidal. The spokesman admitted the FLA lost five of its fighters.",
        (K, "fama", 30, 30, False, "tuareg", PER),
        (K, "tuareg", 5, 5, False, "tuareg", EV),
    ),
]

# --- C: a channel's slang for its own dead after the kill it made: its own men -------------
OWN_MARTYRS_AFTER_KILL: list[Case] = [
    c(
        "own-martyrs-after-kill-ar",
        "ar",
        "هاجم المجاهدون معسكراً للجيش المالي وقتلوا ٢٥ من جنوده، وارتقى ثلاثة نحسبهم شهداء في الاشتباك.",
        (K, "fama", 25, 25, False, "self", EV),
        (K, "jnim", 3, 3, False, "self", EV),
        side="jnim",
    ),
    c(
        "own-martyrs-after-kill-en",
        "en",
        "The mujahideen stormed the camp and killed 25 soldiers of the Malian army, and three "
        "martyrs fell.",
        (K, "fama", 25, 25, False, "self", EV),
        (K, "jnim", 3, 3, False, "self", EV),
        side="jnim",
    ),
]

# --- D: employees and workers are civilians ------------------------------------------------
EMPLOYEES: list[Case] = [
    c(
        "employees-ar",
        "ar",
        "أسفرت الضربة على محطة الكهرباء عن مقتل أربعة من موظفي المحطة.",
        (K, "civilians", 4, 4, False, "self", EV),
    ),
    c(
        "workers-ar",
        "ar",
        "لقي سبعة عمال حتفهم في قصف استهدف مصنعاً للإسمنت.",
        (K, "civilians", 7, 7, False, "self", EV),
    ),
]

# --- E: half a million; "its dead and its wounded" together are casualties ----------------
HALF_A_MILLION: list[Case] = [
    c(
        "half-million-ar",
        "ar",
        "وقال الوزير إن عدد قتلاهم وجرحاهم تجاوز نصف مليون منذ بدء الحرب.",
        (L, "unknown", 500000, None, False, "*", "cumulative"),
    ),
    c(
        "half-million-en",
        "en",
        "The minister said Russia's dead and wounded now exceed half a million.",
        (L, "ru", 500000, None, False, "*", EV),
    ),
    c(
        "half-million-ru",
        "ru",
        "Потери ВСУ превысили полмиллиона человек, утверждают в Минобороны России.",
        (L, "ua", 500000, None, False, "ru_mod", EV),
    ),
]

# --- F: who set the ambush or made the attack is no toll -----------------------------------
ATTACK_MADE_BY: list[Case] = [
    c(
        "ambush-set-by-ar",
        "ar",
        "أعلن الجيش أن ١٤ جندياً قُتلوا في كمين نصبه نحو ٣٠٠ مسلح شمالي البلاد.",
        (K, "unknown", 14, 14, False, "*", EV),
    ),
    c(
        "attack-made-by-ar",
        "ar",
        "لقي ٩ مدنيين حتفهم في هجوم شنه أكثر من ٥٠ مسلحاً على القرية.",
        (K, "civilians", 9, 9, False, "self", EV),
    ),
]

# --- G: "anyone ... was not killed": no one ------------------------------------------------
ANYONE_NOT: list[Case] = [
    c(
        "anyone-of-them-not-ar",
        "ar",
        "وأكد الحاكم أن أحداً من المدنيين لم يُقتل في القصف.",
        (K, "civilians", 0, 0, False, "*", EV),
    ),
    c(
        "one-killed-none-hurt-ar",
        "ar",
        "قتل جندي في الهجوم، ولم يُصب أحد بأذى.",
        (K, "unknown", 1, 1, False, "self", EV),
        (W, "unknown", 0, 0, False, "self", EV),
    ),
]

# --- H: lives put at risk are no toll ------------------------------------------------------
LIVES_AT_RISK: list[Case] = [
    c(
        "lives-at-risk-ar",
        "ar",
        "حذرت منظمة الإغاثة من أن نقص الغذاء يهدد حياة ٢٥٠ ألف طفل في الإقليم.",
    ),
    c(
        "lives-at-risk-en",
        "en",
        "Aid groups warned that the blockade puts the lives of 250,000 children at risk.",
    ),
]

# --- I: the dead of a strike on a place named for the civilians who fill it, counted by no
# noun of people ("مخيم زمزم" alone leaves them open: test_ar_round10) ---------------------------
CIVIL_PLACE_TOLL: list[Case] = [
    c(
        "displaced-camp-toll-ar",
        "ar",
        "ارتفعت حصيلة الغارة التي شنها الطيران على مخيم أبو شوك للنازحين إلى ٤٥ قتيلاً، فيما "
        "لا يزال العشرات في عداد المفقودين.",
        (K, "civilians", 45, 45, False, "self", EV),
        (M, "civilians", 20, 99, True, "self", EV),
    ),
    c(
        "displaced-camp-toll-fr",
        "fr",
        "Le bilan du bombardement du camp de déplacés d'Abou Chouk est passé à 40 morts.",
        (K, "civilians", 40, 40, False, "self", EV),
    ),
    c(
        "market-toll-stays-open-ar",
        "ar",
        "ارتفعت حصيلة الغارة التي شنها الطيران على سوق المدينة إلى ٤٥ قتيلاً.",
        (K, "unknown", 45, 45, False, "self", EV),
    ),
]

# --- J: the war's toll told in a relative clause after it: nobody's side --------------------
WAR_RELATIVE: list[Case] = [
    c(
        "war-relative-ar",
        "ar",
        "قُتل خمسة مدنيين في قصف على قرية. ويأتي القصف في ظل الحرب المندلعة منذ عام ٢٠٢٣، "
        "والتي أودت بحياة الآلاف.",
        (K, "civilians", 5, 5, False, "self", EV),
        (K, "unknown", 2000, 9999, True, "self", "cumulative"),
    ),
    c(
        "war-relative-en",
        "en",
        "Five civilians were killed in shelling on a village. The shelling comes amid the war, "
        "which has killed thousands.",
        (K, "civilians", 5, 5, False, "self", EV),
        (K, "unknown", 2000, 9999, True, "self", EV),
    ),
]

# --- K: a body, then the verb that publishes its toll, speaks for the list under it -----------
PUBLISHES: list[Case] = [
    c(
        "body-publishes-ar",
        "ar",
        "هيئة الأركان الأوكرانية تنشر أرقام خسائر الجيش الروسي منذ بدء الغزو:\n"
        "▪️ الأفراد: نحو ٦٩٠ ألفاً (+١٢١٠)",
        (L, "ru", 690000, 690000, True, "ua_gs", "cumulative"),
        (L, "ru", 1210, 1210, False, "ua_gs", PER),
    ),
]

# --- L: "the day's harvest" over a list: the day's tallies ----------------------------------
DAY_HARVEST: list[Case] = [
    c(
        "day-harvest-ar",
        "ar",
        "حصاد اليوم في محور أم درمان\n🔹 هلاك ٤٠ متمرداً\n🔹 إصابة ٣ من أبطالنا",
        (K, "rsf", 40, 40, False, "self", PER),
        (W, "saf", 3, 3, False, "self", PER),
        side="saf",
    ),
]

ALL = (
    HOURS_IN_WORDS
    + DAY_HARVEST
    + PUBLISHES
    + WAR_RELATIVE
    + CIVIL_PLACE_TOLL
    + LIVES_AT_RISK
    + ANYONE_NOT
    + OWN_LOSS_TOLD
    + OWN_MARTYRS_AFTER_KILL
    + EMPLOYEES
    + HALF_A_MILLION
    + ATTACK_MADE_BY
)


@pytest.mark.parametrize("case", params(ALL))
def test_round18_ar3(case: Case) -> None:
    check(case)
