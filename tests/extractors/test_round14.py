"""Round 14: precision and tallies. Several sentences of our own for each phenomenon, in every
language where it exists; none is copied from a test set.

Claims are (kind, victim, low, high, approx, claimant, scope); the harness is the yardstick's.
"""

from __future__ import annotations

import pytest

from tests.extractors.cases import CUM, EV, PER, C, Case, K, L, W, c, check, params

# --- E1: things counted under a kill verb, and a building's floors, are never people --------
THINGS: list[Case] = [
    c(
        "things-pickups-en",
        "en",
        "Our drones destroyed 3 pick-ups and 14 motorbikes near the river.",
        side="ua",
    ),
    c(
        "things-ew-stations-en",
        "en",
        "Two electronic warfare stations and 4 boats were also destroyed, and 5 militants killed.",
        (K, "unknown", 5, 5, False, "self", EV),
    ),
    c(
        "things-storey-en",
        "en",
        "A missile hit a 9-storey building; 4 dead.",
        (K, "unknown", 4, 4, False, "self", EV),
    ),
    c(
        "things-floors-en",
        "en",
        "The strike on a 12 storey block, 3 killed.",
        (K, "unknown", 3, 3, False, "self", EV),
    ),
    c(
        "things-stations-fr",
        "fr",
        "Trois stations de guerre électronique ont également été détruites.",
    ),
    c(
        "things-systems-fr",
        "fr",
        "L'armée a détruit deux systèmes de défense et 4 embarcations, et tué 6 terroristes.",
        (K, "unknown", 6, 6, False, "self", EV),
    ),
    c(
        "things-etages-fr",
        "fr",
        "Un immeuble de 9 étages a été touché, 4 morts.",
        (K, "unknown", 4, 4, False, "self", EV),
    ),
    c(
        "things-boats-ar",
        "ar",
        "تم تدمير ٣ زوارق و٢ منظومات دفاع جوي.",
    ),
    c(
        "things-stations-ar",
        "ar",
        "دمرت القوات ٣ محطات حرب إلكترونية و١٧ عربة قتالية.",
    ),
    c(
        "things-floors-ar",
        "ar",
        "استهدف الصاروخ مبنى من 9 طوابق، ما أدى إلى مقتل 4 أشخاص.",
        (K, "unknown", 4, 4, False, "self", EV),
    ),
    c(
        "things-pickups-ru",
        "ru",
        "За сутки уничтожены 3 пикапа, 5 мотоциклов и 2 катера противника.",
        side="ru",
    ),
    c(
        "things-floors-ru",
        "ru",
        "Ракета попала в 9-этажный дом, погибли 3 человека.",
        (K, "unknown", 3, 3, False, "self", EV),
    ),
    c(
        "things-motorcycles-uk",
        "uk",
        "Знищено 5 мотоциклів, 2 пікапи та 3 станції РЕБ ворога.",
        side="ua",
    ),
    c(
        "things-floors-uk",
        "uk",
        "Ракета влучила у 9-поверховий будинок, загинули 3 людини.",
        (K, "unknown", 3, 3, False, "self", EV),
    ),
]

# --- E6: dates are never figures or bounds (a span of days is the claim's period) --------
DATES: list[Case] = [
    c(
        "dates-span-po-ru",
        "ru",
        "С 3 по 9 апреля армия потеряла 12 военнослужащих убитыми.",
        (K, "unknown", 12, 12, False, "self", PER),
    ),
    c(
        "dates-span-po-uk",
        "uk",
        "З 10 по 16 березня в області загинули 7 цивільних.",
        (K, "civilians", 7, 7, False, "self", PER),
    ),
    c(
        "dates-span-au-fr",
        "fr",
        "Du 3 au 9 mars, 14 civils ont été tués dans la région.",
        (K, "civilians", 14, 14, False, "self", PER),
    ),
    c(
        "dates-span-to-en",
        "en",
        "From 12 to 18 May, 9 civilians were killed in the province.",
        (K, "civilians", 9, 9, False, "self", PER),
    ),
    c(
        "dates-span-ila-ar",
        "ar",
        "من 5 إلى 11 مايو قتل 8 مدنيين في المنطقة.",
        (K, "civilians", 8, 8, False, "self", PER),
    ),
    c(
        "dates-year-no-low-bound-ar",
        "ar",
        "ارتفعت حصيلة الضحايا منذ ٩ مايو ٢٠٢٤ إلى ١٢٣٠ قتيلاً.",
        (K, "unknown", 1230, 1230, False, "self", CUM),
    ),
    c(
        "dates-year-no-low-bound-en",
        "en",
        "Since October 7, 2023 to 4,120 dead, the ministry said.",
        (K, "unknown", 4120, 4120, False, "unknown_slug", CUM),
    ),
]

# --- E2: "N were among the dead" after a toll is a part of that toll ------------------------
AMONG_THE_DEAD: list[Case] = [
    c(
        "among-after-en",
        "en",
        "An airstrike killed 14 fighters. Two senior commanders were among the dead.",
        (K, "unknown", 14, 14, False, "self", EV),
    ),
    c(
        "among-after-wounded-en",
        "en",
        "Shelling wounded 20 people in the town. Three medics were among the injured.",
        (W, "unknown", 20, 20, False, "self", EV),
    ),
    c(
        "among-before-fr",
        "fr",
        "Une frappe a tué 14 combattants. Parmi les morts figurent deux officiers.",
        (K, "unknown", 14, 14, False, "self", EV),
    ),
    c(
        "among-after-fr",
        "fr",
        "L'attaque a fait 9 morts. Trois gendarmes sont parmi les victimes.",
        (K, "unknown", 9, 9, False, "self", EV),
    ),
    c(
        "among-dash-ru",
        "ru",
        "Удар унёс жизни 14 боевиков. Среди погибших — двое командиров.",
        (K, "unknown", 14, 14, False, "self", EV),
    ),
    c(
        "among-after-ru",
        "ru",
        "При обстреле погибли 6 человек. Трое спасателей были среди погибших.",
        (K, "unknown", 6, 6, False, "self", EV),
    ),
    c(
        "among-dash-uk",
        "uk",
        "Внаслідок удару загинули 14 людей. Серед загиблих — двоє дітей.",
        (K, "unknown", 14, 14, False, "self", EV),
    ),
    c(
        "among-min-bayn-ar",
        "ar",
        "قتل 14 مسلحا في غارة جوية. ومن بين القتلى 3 قادة.",
        (K, "unknown", 14, 14, False, "self", EV),
    ),
    c(
        "among-clause-ar",
        "ar",
        "أسفر القصف عن مقتل 11 شخصا، ومن بين القتلى 4 مسعفين.",
        (K, "unknown", 11, 11, False, "self", EV),
    ),
    c(
        "among-those-killed-en",
        "en",
        "Eleven people were killed in the shelling. Among those killed were 3 rescuers.",
        (K, "unknown", 11, 11, False, "self", EV),
    ),
    c(
        "among-v-chisle-ru",
        "ru",
        "При ударе погибли 9 человек. В числе погибших — двое спасателей.",
        (K, "unknown", 9, 9, False, "self", EV),
    ),
    c(
        "among-u-chysli-uk",
        "uk",
        "Унаслідок удару загинули 9 людей. У числі загиблих — двоє рятувальників.",
        (K, "unknown", 9, 9, False, "self", EV),
    ),
    c(
        "among-kana-bayna-ar",
        "ar",
        "قتل 14 شخصا في الغارة. وكان بين القتلى 3 مسعفين.",
        (K, "unknown", 14, 14, False, "self", EV),
    ),
]

# --- E7: losing verbs in a weekly or daily tally are casualties over the period, in a later
# sentence of the tally too ("this period", "moreover", a summary's title) --------------------
TALLY_PERIOD: list[Case] = [
    c(
        "tally-this-period-ru",
        "ru",
        "За неделю ВСУ потеряли свыше 2 100 военнослужащих. На харьковском направлении за этот"
        " период противник лишился около 400 человек.",
        (L, "ua", 2100, None, False, "self", PER),
        (L, "ua", 400, 400, True, "self", PER),
        side="ru",
    ),
    c(
        "tally-moreover-ru",
        "ru",
        "За сутки противник потерял до 310 военнослужащих. Кроме того, на купянском направлении"
        " ВСУ потеряли 45 человек.",
        (L, "ua", None, 310, False, "self", PER),
        (L, "ua", 45, 45, False, "self", PER),
        side="ru",
    ),
    c(
        "tally-this-period-uk",
        "uk",
        "За тиждень ворог втратив 8 200 окупантів. Крім того, за цей період росіяни втратили"
        " 300 солдатів на Курщині.",
        (L, "ru", 8200, 8200, False, "self", PER),
        (L, "ru", 300, 300, False, "self", PER),
        side="ua",
    ),
    c(
        "tally-summary-title-ru",
        "ru",
        "Сводка Министерства обороны о ходе специальной военной операции (по состоянию на 4"
        " апреля)\n• Противник потерял до 140 военнослужащих и 2 автомобиля.\n• Противник"
        " потерял более 210 военнослужащих и танк.",
        (L, "ua", None, 140, False, "self", PER),
        (L, "ua", 210, None, False, "self", PER),
        side="ru",
    ),
    c(
        "tally-summary-title-uk",
        "uk",
        "Зведення Генштабу станом на ранок 5 травня.\nВорог втратив 1 100 окупантів на"
        " Покровському напрямку.",
        (L, "ru", 1100, 1100, False, "self", PER),
        side="ua",
    ),
    c(
        "tally-this-period-en",
        "en",
        "Over the week Russia lost 8,440 troops. In the Kursk region the enemy lost about 1,200"
        " soldiers over this period.",
        (L, "ru", 8440, 8440, False, "self", PER),
        (L, "ru", 1200, 1200, True, "self", PER),
        side="ua",
    ),
    c(
        "tally-this-period-fr",
        "fr",
        "En une semaine, la Russie a perdu 8 000 soldats. Au cours de cette période, l'ennemi a"
        " aussi perdu 900 hommes près de Koursk.",
        (L, "ru", 8000, 8000, False, "self", PER),
        (L, "ru", 900, 900, False, "self", PER),
        side="ua",
    ),
    c(
        "tally-this-period-ar",
        "ar",
        "خلال الأسبوع خسر الجيش الأوكراني 2100 عسكري. وخلال هذه الفترة خسر العدو 400 جندي في"
        " مقاطعة كورسك.",
        (L, "ua", 2100, 2100, False, "self", PER),
        (L, "ua", 400, 400, False, "self", PER),
        side="ru",
    ),
    c(
        "tally-summary-title-en",
        "en",
        "Russian Defence Ministry summary on the special military operation (as of 4 April)\n• The"
        " enemy lost up to 140 servicemen and a tank.\n• The enemy lost more than 210 servicemen.",
        (L, "ua", None, 140, False, "self", PER),
        (L, "ua", 210, None, False, "self", PER),
        side="ru",
    ),
    c(
        "tally-summary-title-fr",
        "fr",
        "Résumé du ministère russe de la Défense (au 4 avril)\n• L'ennemi a perdu jusqu'à 140"
        " militaires.\n• L'ennemi a perdu plus de 210 militaires.",
        (L, "ua", None, 140, False, "self", PER),
        (L, "ua", 210, None, False, "self", PER),
        side="ru",
    ),
    c(
        "tally-summary-title-ar",
        "ar",
        "ملخص وزارة الدفاع الروسية حول العملية العسكرية الخاصة (حتى 4 أبريل)\n• خسر العدو ما يصل"
        " إلى 140 عسكريا.\n• خسر العدو أكثر من 210 عسكريين.",
        (L, "ua", None, 140, False, "self", PER),
        (L, "ua", 210, None, False, "self", PER),
        side="ru",
    ),
]

# --- E5: a toll's label before a colon is no speaker: the author's (or the earlier speaker's) -
TOLL_LABELS: list[Case] = [
    c(
        "label-bilan-non-confirme-fr",
        "fr",
        "Attaque contre un poste de l'armée près de Ménaka. Bilan non confirmé : 9 soldats tués.",
        (K, "fama", 9, 9, False, "self", EV),
    ),
    c(
        "label-bilan-non-officiel-fr",
        "fr",
        "Embuscade sur l'axe Gao-Ansongo. Bilan non officiel : 7 morts et 3 blessés.",
        (K, "unknown", 7, 7, False, "self", EV),
        (W, "unknown", 3, 3, False, "self", EV),
    ),
    c(
        "label-bilan-after-speaker-fr",
        "fr",
        "Selon l'armée malienne, l'attaque a été repoussée. Bilan non confirmé : 12 assaillants"
        " tués.",
        (K, "unknown", 12, 12, False, "fama", EV),
    ),
    c(
        "label-unofficial-toll-en",
        "en",
        "Militants attacked a checkpoint overnight. Unofficial toll: 6 soldiers killed.",
        (K, "unknown", 6, 6, False, "self", EV),
    ),
    c(
        "label-itog-ru",
        "ru",
        "Атака на колонну у села. Предварительный итог: погибли 5 военных.",
        (K, "unknown", 5, 5, False, "self", EV),
    ),
    c(
        "label-rezultat-uk",
        "uk",
        "Атака на колону біля села. Результат: загинули 4 військових.",
        (K, "unknown", 4, 4, False, "self", EV),
    ),
    c(
        "label-hasila-ar",
        "ar",
        "هجوم على موقع عسكري قرب الحدود. الحصيلة: مقتل 8 جنود.",
        (K, "unknown", 8, 8, False, "self", EV),
    ),
]

# --- E8: an unnamed source heading a colon speaks, not the outlet it spoke to; the nouns of
# martyrdom ("استشهاد 12") are kill words as "مقتل" is ---------------------------------------
SOURCE_HEADS: list[Case] = [
    c(
        "source-head-en",
        "en",
        "Sources for Al Jazeera: 9 people were killed in a strike on a house in Rafah.",
        (K, "unknown", 9, 9, False, "sources", EV),
    ),
    c(
        "source-head-kind-first-en",
        "en",
        "Medical sources to Reuters: 15 people were killed in the shelling.",
        (K, "unknown", 15, 15, False, "medical_sources", EV),
    ),
    c(
        "source-head-afp-fr",
        "fr",
        "Source sécuritaire à l'AFP : 11 soldats tués dans l'attaque du camp.",
        (K, "unknown", 11, 11, False, "security_source", EV),
    ),
    c(
        "source-head-ar",
        "ar",
        "مصادر طبية للجزيرة: استشهاد 12 شخصا في غارة على خان يونس.",
        (K, "unknown", 12, 12, False, "medical_sources", EV),
    ),
    c(
        "source-head-afp-ar",
        "ar",
        "مصدر أمني لوكالة فرانس برس: مقتل 7 جنود في الهجوم.",
        (K, "unknown", 7, 7, False, "security_source", EV),
    ),
    c(
        "source-head-ru",
        "ru",
        "Источник в силовых структурах: погибли 6 военных.",
        (K, "unknown", 6, 6, False, "source", EV),
    ),
    c(
        "istishhad-ar",
        "ar",
        "استشهاد 5 أشخاص في قصف على حي سكني.",
        (K, "unknown", 5, 5, False, "self", EV),
    ),
]

# --- E4: Arabic soldiers' and colloquial idioms: rising as martyrs, perishing, and a kill
# verb's "of them" ("وأُسر منهم ١١": 11 of them captured, no part of a whole) -----------------
ARABIC_IDIOMS: list[Case] = [
    c(
        "idiom-irtiqa-ar",
        "ar",
        "ارتقاء جنديين شهيدين في قصف استهدف الموقع.",
        (K, "unknown", 2, 2, False, "self", EV),
    ),
    c(
        "idiom-irtiqa-digits-ar",
        "ar",
        "ارتقاء 4 جنود شهداء إثر هجوم بطائرة مسيرة.",
        (K, "unknown", 4, 4, False, "self", EV),
    ),
    c(
        "idiom-halaka-ar",
        "ar",
        "هلك 30 من عناصر المليشيا في المعركة.",
        (K, "rsf", 30, 30, False, "self", EV),
        side="saf",
    ),
    c(
        "idiom-halaka-minhum-usira-ar",
        "ar",
        "هاجمت قواتنا مواقع المليشيا فهلك منهم 25 وأُسر منهم ١١.",
        (K, "rsf", 25, 25, False, "self", EV),
        (C, "rsf", 11, 11, False, "self", EV),
        side="saf",
    ),
    c(
        "idiom-qutila-minhum-ar",
        "ar",
        "تصدت قواتنا لهجوم المليشيا وقتل منهم 40 وأسر منهم 6.",
        (K, "rsf", 40, 40, False, "self", EV),
        (C, "rsf", 6, 6, False, "self", EV),
        side="saf",
    ),
    c(
        "idiom-fatasu-ar",
        "ar",
        "فطسوا 17 من المرتزقة في محور بابنوسة.",
        (K, "rsf", 17, 17, False, "self", EV),
        side="saf",
    ),
    c(
        "idiom-part-stays-ar",
        "ar",
        "أسفر الهجوم عن 30 قتيلا منهم 12 طفلا.",
        (K, "unknown", 30, 30, False, "self", EV),
    ),
]

# --- E3: a unit's results: the personnel it hit ("87 одиниць особового складу") is the other
# side's casualties, and its 200/300 parts killed and wounded ---------------------------------
UNIT_RESULTS: list[Case] = [
    c(
        "results-units-personnel-uk",
        "uk",
        "За добу наші пілоти уразили 87 одиниць особового складу: 52 — 200-ті, 35 — 300-ті.",
        (L, "ru", 87, 87, False, "self", PER),
        (K, "ru", 52, 52, False, "self", PER),
        (W, "ru", 35, 35, False, "self", PER),
        side="ua",
    ),
    c(
        "results-urazheno-uk",
        "uk",
        "Уражено 64 одиниці особового складу ворога.",
        (L, "ru", 64, 64, False, "self", EV),
        side="ua",
    ),
    c(
        "results-units-zhivoy-sily-ru",
        "ru",
        "За сутки расчёты БПЛА поразили 40 единиц живой силы противника: 25 — 200-е, 15 — 300-е.",
        (L, "ua", 40, 40, False, "self", PER),
        (K, "ua", 25, 25, False, "self", PER),
        (W, "ua", 15, 15, False, "self", PER),
        side="ru",
    ),
    c(
        "results-our-operators-ru",
        "ru",
        "Наши операторы поразили 33 единицы живой силы.",
        (L, "ua", 33, 33, False, "self", EV),
        side="ru",
    ),
    c(
        "results-units-equipment-stay-things-ru",
        "ru",
        "Поражено 12 единиц техники и 20 единиц живой силы.",
        (L, "ua", 20, 20, False, "self", EV),
        side="ru",
    ),
]


# --- E6/E7: a span of days ("с 15 по 21 марта") dates a tally over that period --------------
DAY_SPANS: list[Case] = [
    c(
        "span-period-ru",
        "ru",
        "С 8 по 14 апреля противник потерял более 1 900 военнослужащих.",
        (L, "ua", 1900, None, False, "self", PER),
        side="ru",
    ),
    c(
        "span-period-uk",
        "uk",
        "З 3 по 9 травня ворог втратив 7 300 окупантів.",
        (L, "ru", 7300, 7300, False, "self", PER),
        side="ua",
    ),
    c(
        "span-period-en",
        "en",
        "From 3 to 9 May, Russia lost 7,300 troops.",
        (L, "ru", 7300, 7300, False, "self", PER),
        side="ua",
    ),
    c(
        "span-period-fr",
        "fr",
        "Du 3 au 9 mai, la Russie a perdu 7 300 soldats.",
        (L, "ru", 7300, 7300, False, "self", PER),
        side="ua",
    ),
    c(
        "span-not-one-day-en",
        "en",
        "On 5 May a strike killed 4 people in the town.",
        (K, "unknown", 4, 4, False, "self", EV),
    ),
]


CASES = (
    THINGS
    + DATES
    + AMONG_THE_DEAD
    + TALLY_PERIOD
    + TOLL_LABELS
    + SOURCE_HEADS
    + ARABIC_IDIOMS
    + UNIT_RESULTS
    + DAY_SPANS
)


@pytest.mark.parametrize("c", params(CASES))
def test_round14(c: Case) -> None:
    check(c)
