"""Round 15: other states' armies and groups outside the table, and people of a separate
incident. Sentences of our own, in every language where the phenomenon exists; none is copied
from a test set.

Claims are (kind, victim, low, high, approx, claimant, scope); the harness is the yardstick's.
"""

from __future__ import annotations

import pytest

from tests.extractors.cases import EV, Case, K, W, c, check, params

# --- A: a table alias inside a longer name of another state's army is that army --------------
OUTSIDE_ARMIES: list[Case] = [
    c(
        "somali-army-speaks-ar",
        "ar",
        "قال الجيش الوطني الصومالي إنه قتل 30 من عناصر حركة الشباب في إقليم شبيلي الوسطى.",
        (K, "unknown", 30, 30, False, "*", EV),
    ),
    c(
        "somali-army-victim-ar",
        "ar",
        "لقي 11 جنديا من الجيش الوطني الصومالي حتفهم في هجوم على قاعدة قرب مقديشو.",
        (K, "unknown", 11, 11, False, "self", EV),
    ),
    c(
        "libyan-army-ar",
        "ar",
        "أعلن الجيش الوطني الليبي مقتل 14 من عناصره في اشتباكات جنوب طرابلس.",
        (K, "unknown", 14, 14, False, "*", EV),
    ),
    c(
        "sudan-national-army-stays-ar",
        "ar",
        "قال الجيش الوطني في بيان إنه قتل 40 من عناصر الدعم السريع في الفاشر.",
        (K, "rsf", 40, 40, False, "saf", EV),
    ),
    c(
        "somali-army-en",
        "en",
        "The Somali National Army said it killed 30 al-Shabaab fighters in Middle Shabelle.",
        (K, "unknown", 30, 30, False, "*", EV),
    ),
    c(
        "somali-army-fr",
        "fr",
        "L'armée nationale somalienne affirme avoir tué 30 combattants shebab.",
        (K, "unknown", 30, 30, False, "*", EV),
    ),
    c(
        "somali-army-ru",
        "ru",
        "Сомалийская национальная армия заявила, что уничтожила 30 боевиков «Аш-Шабаб».",
        (K, "unknown", 30, 30, False, "*", EV),
    ),
    c(
        "libyan-army-uk",
        "uk",
        "Лівійська національна армія втратила 14 бійців у боях під Тріполі.",
        (K, "unknown", 14, 14, False, "self", EV),
    ),
]

# --- B: figures of two groups outside the table are two tolls, never one sum -----------------
TWO_OUTSIDERS: list[Case] = [
    c(
        "sna-and-sdf-ar",
        "ar",
        "قُتل 12 عنصرا من فصائل الجيش الوطني و7 من قسد في اشتباكات بريف منبج، بحسب المرصد السوري.",
        (K, "unknown", 12, 12, False, "sohr", EV),
        (K, "unknown", 7, 7, False, "sohr", EV),
    ),
    c(
        "hts-and-hezbollah-ar",
        "ar",
        "قتل 9 من مسلحي هيئة تحرير الشام و4 من عناصر حزب الله في غارات على ريف حلب.",
        (K, "unknown", 9, 9, False, "self", EV),
        (K, "unknown", 4, 4, False, "self", EV),
    ),
    c(
        "houthis-and-government-ar",
        "ar",
        "قتل 9 من الحوثيين و4 من القوات الحكومية في مأرب.",
        (K, "unknown", 9, 9, False, "self", EV),
        (K, "unknown", 4, 4, False, "self", EV),
    ),
    c(
        "somalis-and-shabaab-ar",
        "ar",
        "لقي 10 جنود صوماليين مصرعهم و5 من مقاتلي حركة الشباب.",
        (K, "unknown", 10, 10, False, "self", EV),
        (K, "unknown", 5, 5, False, "self", EV),
    ),
    c(
        "sna-and-sdf-en",
        "en",
        "Twelve fighters of the Syrian National Army and seven SDF members were killed in "
        "clashes near Manbij, the Observatory said.",
        (K, "unknown", 12, 12, False, "*", EV),
        (K, "unknown", 7, 7, False, "*", EV),
    ),
    c(
        "fighters-and-others-summed-ar",
        "ar",
        "قتل 12 مقاتلا و7 آخرون في الاشتباكات.",
        (K, "unknown", 19, 19, False, "self", EV),
    ),
]

# --- C: people of an incident a later sentence sets apart are not the party's men ------------
ELSEWHERE: list[Case] = [
    c(
        "elsewhere-nearby-en",
        "en",
        "Russia lost 40 soldiers in the assault, the ministry said. 12 people were also killed "
        "in a nearby village.",
        (K, "ru", 40, 40, False, "*", EV),
        (K, "unknown", 12, 12, False, "self", EV),
    ),
    c(
        "elsewhere-market-en",
        "en",
        "Ukrainian forces lost 40 soldiers near Pokrovsk. Elsewhere, 12 people died when a "
        "missile hit a market in Kharkiv.",
        (K, "ua", 40, 40, False, "self", EV),
        (K, "unknown", 12, 12, False, "self", EV),
    ),
    c(
        "same-attack-stays-en",
        "en",
        "Dozens of Wagner fighters were killed in an ambush near the border. More than 80 "
        "people died in the attack, said a Telegram channel linked to the group.",
        (K, "wagner", 20, 99, True, "self", EV),
        (K, "wagner", 80, None, False, "*", EV),
    ),
    c(
        "elsewhere-neighbouring-ru",
        "ru",
        "ВСУ потеряли 40 военнослужащих. В соседнем селе погибли 12 человек.",
        (K, "ua", 40, 40, False, "self", EV),
        (K, "unknown", 12, 12, False, "self", EV),
    ),
    c(
        "elsewhere-house-uk",
        "uk",
        "Окупанти втратили 35 військових на Покровському напрямку. Окремо, у приватному "
        "будинку загинули 3 людини.",
        (K, "ru", 35, 35, False, "self", EV),
        (K, "unknown", 3, 3, False, "self", EV),
    ),
    c(
        "elsewhere-par-ailleurs-fr",
        "fr",
        "Les FAMa ont perdu 40 soldats. Par ailleurs, 12 personnes ont été tuées dans un village "
        "voisin.",
        (K, "fama", 40, 40, False, "self", EV),
        (K, "unknown", 12, 12, False, "self", EV),
    ),
    c(
        "elsewhere-neighbouring-ar",
        "ar",
        "خسر الجيش المالي 40 جنديا. وفي قرية مجاورة قتل 12 شخصا.",
        (K, "fama", 40, 40, False, "self", EV),
        (K, "unknown", 12, 12, False, "self", EV),
    ),
]

# --- D: the wounded "returned to duty" are no prisoner swap: the sentence's dead stay ----------
DUTY: list[Case] = [
    c(
        "duty-uk",
        "uk",
        "За його словами, Україна втратила 43 тисячі загиблими, ще 370 тисяч військових "
        "отримали поранення, приблизно половина з них повернулася до строю.",
        (K, "ua", 43000, 43000, False, "self", EV),
        (W, "ua", 370000, 370000, False, "self", EV),
    ),
    c(
        "duty-ru",
        "ru",
        "Батальон потерял 120 человек убитыми, 300 бойцов ранены, треть из них уже вернулась в строй.",
        (K, "unknown", 120, 120, False, "self", EV),
        (W, "unknown", 300, 300, False, "self", EV),
    ),
    c(
        "duty-en",
        "en",
        "The brigade lost 60 killed; 200 were wounded, half of whom have returned to duty.",
        (K, "unknown", 60, 60, False, "self", EV),
        (W, "unknown", 200, 200, False, "self", EV),
    ),
    c(
        "duty-fr",
        "fr",
        "Le bataillon a perdu 60 tués et 200 blessés, dont la moitié sont retournés au combat.",
        (K, "unknown", 60, 60, False, "self", EV),
        (W, "unknown", 200, 200, False, "self", EV),
    ),
    c(
        "duty-ar",
        "ar",
        "فقدت الكتيبة 60 قتيلا و200 جريح عاد نصفهم إلى الخدمة.",
        (K, "unknown", 60, 60, False, "self", EV),
        (W, "unknown", 200, 200, False, "self", EV),
    ),
    c(
        "swap-still-vetoes-uk",
        "uk",
        "З полону додому повернули 95 захисників.",
    ),
]


@pytest.mark.parametrize("case", params(OUTSIDE_ARMIES + TWO_OUTSIDERS + ELSEWHERE + DUTY))
def test_round15(case: Case) -> None:
    check(case)
