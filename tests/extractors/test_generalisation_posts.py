"""Generalisation, post by post: sentences of our own in the voice of each kind of source
(milbloggers, brigades, the General Staff, Sudanese and Sahel channels, wire copy), each read
once by hand. The phenomena behind them are in test_generalisation.py; none is from a gold set.

Claims are (kind, victim, low, high, approx, claimant, scope); the harness is the yardstick's.
"""

from __future__ import annotations

import pytest

from tests.extractors.cases import Case, Expected, case, check, params


def c(id: str, lang: str, text: str, *claims: Expected, side: str | None = None) -> Case:
    return case(id, text, *claims, lang=lang, side=side)


K, W, C, M, L = "killed", "wounded", "captured", "missing", "casualties"
EV, PER, CUM = "event", "period", "cumulative"

CASES: list[Case] = [
    # --- Russian milbloggers and news ----------------------------------------------------------
    c(
        "probe-ru-00",
        "ru",
        "Противник потерял за сутки на Покровском направлении до 500 человек.",
        (L, "ua", None, 500, False, "self", PER),
        side="ru",
    ),
    c(
        "probe-ru-01",
        "ru",
        "ВСУ потеряли убитыми и ранеными до 90 военнослужащих, уничтожены 3 пикапа.",
        (L, "ua", None, 90, False, "self", EV),
        side="ru",
    ),
    c(
        "probe-ru-02",
        "ru",
        "В районе Часова Яра наши штурмовики зачистили опорник, уничтожено 14 боевиков, двое сдались в плен.",
        (K, "ua", 14, 14, False, "self", EV),
        (C, "ua", 2, 2, False, "self", EV),
        side="ru",
    ),
    c(
        "probe-ru-03",
        "ru",
        "На Курском направлении противник лишился за сутки свыше 230 военнослужащих, танка и 4 бронемашин.",
        (L, "ua", 230, None, False, "self", PER),
        side="ru",
    ),
    c(
        "probe-ru-04",
        "ru",
        "По словам бойца «Ахмата», в ходе боя за посадку они потеряли троих ранеными.",
        (W, "ru", 3, 3, False, "ru", EV),
        side="ru",
    ),
    c(
        "probe-ru-05",
        "ru",
        "Наши потери: 2 двухсотых, 5 трехсотых. Потери противника — до 40 человек.",
        (K, "ru", 2, 2, False, "self", EV),
        (W, "ru", 5, 5, False, "self", EV),
        (L, "ua", None, 40, False, "self", EV),
        side="ru",
    ),
    c(
        "probe-ru-06",
        "ru",
        "ВСУ обстреляли Горловку: погибли двое мирных жителей, ещё пятеро ранены, сообщил глава города.",
        (K, "civilians", 2, 2, False, "city_head", EV),
        (W, "civilians", 5, 5, False, "city_head", EV),
        side="ru",
    ),
    c(
        "probe-ru-07",
        "ru",
        "Укронацисты ударили дроном по автобусу в Алешках, убиты 3 человека, 12 ранены.",
        (K, "unknown", 3, 3, False, "self", EV),
        (W, "unknown", 12, 12, False, "self", EV),
        side="ru",
    ),
    c(
        "probe-ru-08",
        "ru",
        "Под Угледаром украинская 72-я бригада лишилась почти половины личного состава — около 600 человек.",
        (L, "ua", 600, 600, True, "self", EV),
        side="ru",
    ),
    c(
        "probe-ru-09",
        "ru",
        "Пленные рассказали, что в их роте из 120 человек в живых осталось 20.",
        side="ru",
    ),
    c(
        "probe-ru-10",
        "ru",
        "В плен сдались 9 военнослужащих ВСУ, среди них двое офицеров.",
        (C, "ua", 9, 9, False, "self", EV),
        side="ru",
    ),
    c(
        "probe-ru-11",
        "ru",
        "Группа ДРГ противника уничтожена, 6 человек ликвидированы, 1 взят в плен.",
        (K, "ua", 6, 6, False, "self", EV),
        (C, "ua", 1, 1, False, "self", EV),
        side="ru",
    ),
    c(
        "probe-ru-12",
        "ru",
        "За неделю наши подразделения уничтожили около 1200 боевиков ВСУ.",
        (K, "ua", 1200, 1200, True, "self", PER),
        side="ru",
    ),
    c(
        "probe-ru-13",
        "ru",
        "Противник несёт большие потери: только за последние сутки — более 400 человек убитыми и ранеными.",
        (L, "ua", 400, None, False, "self", PER),
        side="ru",
    ),
    c(
        "probe-ru-14",
        "ru",
        "Генштаб ВСУ сообщает о потерях российской армии за сутки в 1 250 человек.",
        (L, "ru", 1250, 1250, False, "ua_gs", PER),
        side="ru",
    ),
    c(
        "probe-ru-15",
        "ru",
        "Погибли 4 военнослужащих ВС РФ, 11 получили ранения, сообщает «Медиазона».",
        (K, "ru", 4, 4, False, "mediazona", EV),
        (W, "ru", 11, 11, False, "mediazona", EV),
        side="ru",
    ),
    c(
        "probe-ru-16",
        "ru",
        "По подсчётам «Медиазоны», с начала войны погибли не менее 95 тысяч российских военных.",
        (K, "ru", 95000, None, False, "mediazona", CUM),
        side="ru",
    ),
    c(
        "probe-ru-18",
        "ru",
        "В результате атаки БПЛА на Белгород пострадали 7 человек, один из них погиб.",
        (L, "unknown", 7, 7, False, "self", EV),
        (K, "unknown", 1, 1, False, "self", EV),
        side="ru",
    ),
    c(
        "probe-ru-19",
        "ru",
        "На Запорожском направлении за день отражено 5 атак, враг потерял до 60 военнослужащих и 3 танка.",
        (L, "ua", None, 60, False, "self", PER),
        side="ru",
    ),
    # --- English wire copy and channels ---------------------------------------------------------
    c(
        "probe-en-00",
        "en",
        "Russian forces lost 1,340 troops over the past day, bringing the total since the full-scale invasion to 712,000, Ukraine's General Staff said.",
        (L, "ru", 1340, 1340, False, "ua_gs", PER),
        (L, "ru", 712000, 712000, False, "ua_gs", CUM),
    ),
    c(
        "probe-en-01",
        "en",
        "At least 12 people were killed and 40 wounded when a Russian missile struck a shopping centre in Kharkiv, regional governor Oleh Syniehubov said.",
        (K, "unknown", 12, None, False, "syniehubov", EV),
        (W, "unknown", 40, 40, False, "syniehubov", EV),
    ),
    c(
        "probe-en-02",
        "en",
        "The army said it had killed 47 militants in clashes near Menaka, while two soldiers were killed and five wounded.",
        (K, "unknown", 47, 47, False, "fama", EV),
        (K, "fama", 2, 2, False, "fama", EV),
        (W, "fama", 5, 5, False, "fama", EV),
    ),
    c(
        "probe-en-03",
        "en",
        "Sudan's army said its forces had killed more than 100 RSF fighters in an assault on positions in Omdurman.",
        (K, "rsf", 100, None, False, "saf", EV),
    ),
    c(
        "probe-en-04",
        "en",
        "An RSF drone strike on a market in El Obeid killed at least 19 civilians, a local monitoring group said.",
        (K, "civilians", 19, None, False, "local_monitoring_group", EV),
    ),
    c(
        "probe-en-05",
        "en",
        "Ukrainian officials said two people were killed overnight in Russian shelling of Kherson.",
        (K, "unknown", 2, 2, False, "officials", EV),
    ),
    c(
        "probe-en-06",
        "en",
        "JNIM claimed responsibility for the attack, saying it killed 21 soldiers and captured seven.",
        (K, "fama", 21, 21, False, "jnim", EV),
        (C, "fama", 7, 7, False, "jnim", EV),
    ),
    c(
        "probe-en-07",
        "en",
        "Fighting in El Fasher has killed more than 2,000 people since May, the UN said.",
        (K, "unknown", 2000, None, False, "un", CUM),
    ),
    c(
        "probe-en-08",
        "en",
        "The Wagner Group lost dozens of fighters in the ambush, according to Russian military bloggers.",
        (K, "wagner", 20, 99, True, "russian_military_bloggers", EV),
    ),
    c(
        "probe-en-09",
        "en",
        "A Ukrainian soldier was killed and three others were injured in a drone attack, the brigade said.",
        (K, "ua", 1, 1, False, "brigade", EV),
        (W, "ua", 3, 3, False, "brigade", EV),
    ),
    c(
        "probe-en-11",
        "en",
        "Our defenders destroyed 35 occupiers and took 4 prisoners in the Kurakhove direction.",
        (K, "ru", 35, 35, False, "self", EV),
        (C, "ru", 4, 4, False, "self", EV),
    ),
    c(
        "probe-en-13",
        "en",
        "The death toll from the attack on the Zamzam camp has risen to 47, aid workers said.",
        (K, "unknown", 47, 47, False, "aid_workers", EV),
    ),
    c(
        "probe-en-14",
        "en",
        "Two Russian servicemen were taken prisoner by the 3rd Assault Brigade near Kupiansk.",
        (C, "ru", 2, 2, False, "self", EV),
    ),
    c(
        "probe-en-15",
        "en",
        "The Islamic State claimed the attack, which killed 11 Nigerien troops.",
        (K, "unknown", 11, 11, False, "is", EV),
    ),
    c(
        "probe-en-16",
        "en",
        "In the past week Russia lost around 8,000 soldiers killed and wounded, according to British intelligence.",
        (L, "ru", 8000, 8000, True, "british_intelligence", PER),
    ),
    c(
        "probe-en-17",
        "en",
        "No casualties were reported among the Malian troops, the army said in a statement.",
        (L, "fama", 0, 0, False, "fama", EV),
    ),
    c(
        "probe-en-18",
        "en",
        "Between 20 and 30 insurgents were killed in the air strikes, the military said.",
        (K, "unknown", 20, 30, False, "army", EV),
    ),
    c(
        "probe-en-19",
        "en",
        "Three civilians, including a child, were killed when a drone hit their car.",
        (K, "civilians", 3, 3, False, "self", EV),
    ),
    # EN
    # --- Arabic: Sudanese channels and wire copy -----------------------------------------------
    c(
        "probe-ar-saf-00",
        "ar",
        "قواتنا تحرر منطقة الصالحة بالكامل وتقضي على أكثر من ٣٠٠ من عناصر الميليشيا وتأسر ٤٠ آخرين.",
        (K, "rsf", 300, None, False, "self", EV),
        (C, "rsf", 40, 40, False, "self", EV),
        side="saf",
    ),
    c(
        "probe-ar-saf-01",
        "ar",
        "وبلغت حصيلة ضحايا الغارة الجوية على سوق طرة ٥٤ قتيلاً وعشرات الجرحى.",
        (K, "unknown", 54, 54, False, "self", EV),
        (W, "unknown", 20, 99, True, "self", EV),
        side="saf",
    ),
    c(
        "probe-ar-saf-02",
        "ar",
        "قتل جندي وأصيب ثلاثة آخرون في هجوم بطائرة مسيرة.",
        (K, "saf", 1, 1, False, "self", EV),
        (W, "saf", 3, 3, False, "self", EV),
        side="saf",
    ),
    c(
        "probe-ar-00",
        "ar",
        "أعلنت لجان المقاومة مقتل ٧ مدنيين برصاص قوات الدعم السريع في قرية ود النورة.",
        (K, "civilians", 7, 7, False, "self", EV),
    ),
    c(
        "probe-ar-01",
        "ar",
        "قال مصدر عسكري إن الجيش السوداني فقد ١٥ جندياً في الهجوم على معسكر الزرق.",
        (K, "saf", 15, 15, False, "msdr_skry", EV),
    ),
    c(
        "probe-ar-02",
        "ar",
        "أسفر الهجوم عن مقتل ٢٥ شخصاً بينهم ٨ أطفال، وفق ما أعلنته وزارة الصحة.",
        (K, "unknown", 25, 25, False, "wzara_alsha", EV),
    ),
    c(
        "probe-ar-03",
        "ar",
        "أعلن الجيش المالي مقتل ١٢ إرهابياً وتدمير ٣ دراجات نارية في عملية بمنطقة تمبكتو.",
        (K, "unknown", 12, 12, False, "fama", EV),
    ),
    c(
        "probe-ar-04",
        "ar",
        "قالت جبهة تحرير أزواد إنها قتلت أكثر من ٥٠ من عناصر الجيش المالي وفاغنر في معارك تينزاواتين.",
        (K, "unknown", 50, None, False, "tuareg", EV),
    ),
    c(
        "probe-ar-05",
        "ar",
        "أكدت مصادر طبية وصول جثث ١٨ شخصاً إلى مستشفى النو في أم درمان.",
        (K, "unknown", 18, 18, False, "medical_sources", EV),
    ),
    c(
        "probe-ar-06",
        "ar",
        "سقط ٣ قتلى و١١ جريحاً في صفوف المدنيين إثر سقوط قذيفة على سوق شعبي.",
        (K, "civilians", 3, 3, False, "self", EV),
        (W, "civilians", 11, 11, False, "self", EV),
    ),
    c(
        "probe-ar-07",
        "ar",
        "أعلنت وزارة الدفاع الروسية أن القوات الأوكرانية خسرت خلال الأسبوع الماضي أكثر من ٣ آلاف عسكري.",
        (L, "ua", 3000, None, False, "ru_mod", PER),
    ),
    c(
        "probe-ar-08",
        "ar",
        "أعلنت قوات الدعم السريع أسر ٦٠ من جنود الجيش بينهم ضباط برتب رفيعة.",
        (C, "saf", 60, 60, False, "rsf", EV),
    ),
    c(
        "probe-ar-09",
        "ar",
        "لقي ١٠ أشخاص حتفهم وفقد ٦ آخرون إثر غرق قارب يقل نازحين في النيل.",
        (K, "unknown", 10, 10, False, "self", EV),
        (M, "unknown", 6, 6, False, "self", EV),
    ),
    # AR
    # --- French: Sahel communiqués and wire copy -----------------------------------------------
    c(
        "probe-fr-00",
        "fr",
        "L'armée malienne affirme avoir neutralisé une vingtaine de terroristes lors d'une opération près de Gao.",
        (K, "unknown", 20, 20, True, "fama", EV),
    ),
    c(
        "probe-fr-01",
        "fr",
        "Le FLA revendique la mort de 15 soldats maliens et de 6 mercenaires russes dans l'embuscade d'Anéfis.",
        (K, "fama", 15, 15, False, "tuareg", EV),
        (K, "wagner", 6, 6, False, "tuareg", EV),
    ),
    c(
        "probe-fr-02",
        "fr",
        "Au moins 40 civils ont été tués dans l'attaque du village de Djibo, selon des sources locales.",
        (K, "civilians", 40, None, False, "local_sources", EV),
    ),
    c(
        "probe-fr-03",
        "fr",
        "Les FAMa déplorent 3 morts et 5 blessés dans leurs rangs après l'attaque du camp de Boulkessi.",
        (K, "fama", 3, 3, False, "fama", EV),
        (W, "fama", 5, 5, False, "fama", EV),
    ),
    c(
        "probe-fr-04",
        "fr",
        "Une dizaine de combattants du JNIM ont été tués et plusieurs autres faits prisonniers.",
        (K, "jnim", 10, 10, True, "self", EV),
        (C, "jnim", 2, 9, True, "self", EV),
    ),
    c(
        "probe-fr-05",
        "fr",
        "Le bilan de l'attaque s'élève désormais à 28 morts et 41 blessés, d'après le gouverneur.",
        (K, "unknown", 28, 28, False, "gouverneur", EV),
        (W, "unknown", 41, 41, False, "gouverneur", EV),
    ),
    c(
        "probe-fr-06",
        "fr",
        "L'armée russe a perdu plus de 1 200 soldats en 24 heures, selon l'état-major ukrainien.",
        (L, "ru", 1200, None, False, "ua_gs", PER),
    ),
    c(
        "probe-fr-07",
        "fr",
        "Selon l'ONU, plus de 150 000 personnes ont été tuées au Soudan depuis avril 2023.",
        (K, "unknown", 150000, None, False, "un", CUM),
    ),
    c(
        "probe-fr-08",
        "fr",
        "Deux soldats ont perdu la vie et quatre autres ont été blessés lors de l'explosion d'un engin explosif improvisé.",
        (K, "unknown", 2, 2, False, "self", EV),
        (W, "unknown", 4, 4, False, "self", EV),
    ),
    c(
        "probe-fr-09",
        "fr",
        "Nos vaillants combattants ont abattu 7 assaillants et récupéré 5 motos. Aucune perte de notre côté.",
        (K, "unknown", 7, 7, False, "self", EV),
        (L, "unknown", 0, 0, False, "self", EV),
    ),
    c(
        "probe-fr-10",
        "fr",
        "Les jihadistes ont enlevé une cinquantaine de femmes près de Arbinda.",
        (C, "civilians", 50, 50, True, "self", EV),
    ),
    c(
        "probe-fr-11",
        "fr",
        "Entre 50 et 60 militaires ukrainiens ont été éliminés, a déclaré le ministère russe de la Défense.",
        (K, "ua", 50, 60, False, "ru_mod", EV),
    ),
    c(
        "probe-fr-12",
        "fr",
        "Plusieurs dizaines de civils ont péri dans le bombardement d'un marché à El-Fasher, selon MSF.",
        (K, "civilians", 20, 99, True, "msf", EV),
    ),
    c(
        "probe-fr-13",
        "fr",
        "Le bilan provisoire fait état de 12 morts, dont 4 enfants.",
        (K, "unknown", 12, 12, False, "self", EV),
    ),
    # FR
    # --- Ukrainian: brigades, the General Staff, regional heads ---------------------------------
    c(
        "probe-uk-00",
        "uk",
        "Загальні бойові втрати противника з 24.02.22 по 15.03.25 орієнтовно склали: особового складу – близько 892 330 (+1 250) осіб.",
        (L, "ru", 892330, 892330, True, "self", CUM),
        (L, "ru", 1250, 1250, False, "self", PER),
        side="ua",
    ),
    c(
        "probe-uk-01",
        "uk",
        "Протягом доби наші воїни ліквідували 47 окупантів, ще 63 поранили.",
        (K, "ru", 47, 47, False, "self", PER),
        (W, "ru", 63, 63, False, "self", PER),
        side="ua",
    ),
    c(
        "probe-uk-02",
        "uk",
        "Внаслідок ворожого обстрілу Херсона загинули двоє людей, ще шестеро дістали поранення, повідомив начальник ОВА Олександр Прокудін.",
        (K, "unknown", 2, 2, False, "prokudin", EV),
        (W, "unknown", 6, 6, False, "prokudin", EV),
        side="ua",
    ),
    c(
        "probe-uk-03",
        "uk",
        "Ворог втратив убитими та пораненими понад 400 осіб на Курахівському напрямку.",
        (L, "ru", 400, None, False, "self", EV),
        side="ua",
    ),
    c(
        "probe-uk-04",
        "uk",
        "Захисники 47-ї бригади взяли в полон 12 російських військових.",
        (C, "ru", 12, 12, False, "self", EV),
        side="ua",
    ),
    c(
        "probe-uk-05",
        "uk",
        "Росіяни вбили трьох цивільних у Нікополі, ще одна людина поранена.",
        (K, "civilians", 3, 3, False, "self", EV),
        (W, "civilians", 1, 1, False, "self", EV),
        side="ua",
    ),
    c(
        "probe-uk-06",
        "uk",
        "За тиждень бригада знищила 312 окупантів, з них 140 – безповоротно.",
        (L, "ru", 312, 312, False, "self", PER),
        (K, "ru", 140, 140, False, "self", PER),
        side="ua",
    ),
    c(
        "probe-uk-07",
        "uk",
        "Через атаку дронів на Суми постраждали 9 людей, серед них 2 дітей.",
        (L, "unknown", 9, 9, False, "self", EV),
        side="ua",
    ),
    c(
        "probe-uk-09",
        "uk",
        "Окупанти розстріляли 6 наших військовополонених на Запорізькому напрямку, повідомив Офіс генпрокурора.",
        (K, "ua", 6, 6, False, "ofis_henprokurora", EV),
        side="ua",
    ),
    c(
        "probe-uk-10",
        "uk",
        "Наш підрозділ втратив за місяць 4 бійців загиблими і 11 пораненими.",
        (K, "ua", 4, 4, False, "self", PER),
        (W, "ua", 11, 11, False, "self", PER),
        side="ua",
    ),
    c(
        "probe-uk-11",
        "uk",
        "Ворог намагався прорватися, але отримав гідну відсіч: знищено до 30 окупантів, двох взято в полон.",
        (K, "ru", None, 30, False, "self", EV),
        (C, "ru", 2, 2, False, "self", EV),
        side="ua",
    ),
    c(
        "probe-uk-12",
        "uk",
        "За минулу добу росіяни 14 разів обстріляли Запорізьку область, загинула жінка.",
        (K, "civilians", 1, 1, False, "self", PER),
        side="ua",
    ),
    c(
        "probe-uk-13",
        "uk",
        "Внаслідок удару по Одесі загинули 8 людей, серед них – двоє дітей, ще 27 поранені.",
        (K, "unknown", 8, 8, False, "self", EV),
        (W, "unknown", 27, 27, False, "self", EV),
        side="ua",
    ),
    # UK
]


@pytest.mark.parametrize("c", params(CASES))
def test_post(c: Case) -> None:
    check(c)
