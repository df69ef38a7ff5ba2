"""Round 13: phenomena seen in another held-out set, several sentences of our own for each, in
every language where the phenomenon exists. None is copied from a gold set.

Claims are (kind, victim, low, high, approx, claimant, scope); the harness is the yardstick's.
"""

from __future__ import annotations

import pytest

from tests.extractors.cases import CUM, EV, PER, Case, K, L, W, c, check, params

ONE_LINE_TALLY: list[Case] = [
    # --- D1: the General Staff's daily tally on one line, items after commas or semicolons;
    # the personnel line is a cumulative total and its delta, no equipment item is a claim,
    # and the year of the date it runs to is never a figure -------------------------------
    c(
        "tally-one-line-full-en",
        "en",
        "The total combat losses of the enemy from 24.02.22 to 11.03.25 are approximately: "
        "personnel ‒ about 893 450 (+1 340) persons, tanks ‒ 10 210 (+6), armoured combat "
        "vehicles ‒ 21 300 (+9), artillery systems ‒ 24 020 (+41), MLRS ‒ 1 290 (+2), air "
        "defence systems ‒ 1 080 (+1), aircraft ‒ 370, helicopters ‒ 331, cruise missiles ‒ "
        "3 100, warships / boats ‒ 28, submarines ‒ 1, special equipment ‒ 3 900.",
        (L, "ru", 893450, 893450, True, "self", CUM),
        (L, "ru", 1340, 1340, False, "self", PER),
        side="ua",
    ),
    c(
        "tally-one-line-semicolons-en",
        "en",
        "Enemy losses as of 2 April 2025: personnel - about 912,300 (+1,120 per day); tanks - "
        "10,400 (+5); air defense systems - 1,120; artillery systems - 25,100 (+38).",
        (L, "ru", 912300, 912300, True, "self", CUM),
        (L, "ru", 1120, 1120, False, "self", PER),
        side="ua",
    ),
    c(
        "tally-one-line-year-fr",
        "fr",
        "Les pertes de l'ennemi au 15 février 2025 selon l'état-major ukrainien : environ 731 "
        "260 soldats (+1 210 en une journée), 9 410 chars, 19 600 véhicules blindés.",
        (L, "ru", 731260, 731260, True, "ua_gs", CUM),
        (L, "ru", 1210, 1210, False, "ua_gs", PER),
    ),
    c(
        "tally-one-line-year-fr-2",
        "fr",
        "Pertes russes au 3 mars 2025 selon l'état-major ukrainien : environ 880 100 militaires "
        "(+1 150 en 24 heures), 10 200 chars (+3), systèmes de défense aérienne : 1 090.",
        (L, "ru", 880100, 880100, True, "ua_gs", CUM),
        (L, "ru", 1150, 1150, False, "ua_gs", PER),
    ),
    c(
        "tally-one-line-equipment-delta-fr",
        "fr",
        "Pertes russes au 3 mars 2025 selon l'état-major ukrainien : environ 880 100 militaires "
        "(+1 150 en 24 heures), 10 200 chars (+3), lance-roquettes : 1 290.",
        (L, "ru", 880100, 880100, True, "ua_gs", CUM),
        (L, "ru", 1150, 1150, False, "ua_gs", PER),
    ),
    c(
        "tally-one-line-head-victim-ru",
        "ru",
        "Потери российской армии на 2 апреля 2025 года: личный состав — около 912 300 (+1 120 за "
        "сутки), танки — 10 400 (+5), артсистемы — 25 100 (+38).",
        (L, "ru", 912300, 912300, True, "self", CUM),
        (L, "ru", 1120, 1120, False, "self", PER),
    ),
    c(
        "tally-one-line-until-date-ar",
        "ar",
        "خسائر الجيش الروسي حتى 2 أبريل 2025: الأفراد نحو 912300 (+1120)، الدبابات 10400 (+5)، "
        "المدفعية 25100 (+38).",
        (L, "ru", 912300, 912300, True, "self", CUM),
        (L, "ru", 1120, 1120, False, "self", PER),
    ),
    c(
        "tally-one-line-dated-colon-ar",
        "ar",
        "خسائر روسيا حتى 2 أبريل: 912300 جندي (+1120 في يوم واحد)، 10400 دبابة، 25100 مدفع.",
        (L, "ru", 912300, 912300, False, "self", CUM),
        (L, "ru", 1120, 1120, False, "self", PER),
    ),
    c(
        "tally-one-line-bare-staff-fr",
        "fr",
        "Les pertes de l'ennemi au 2 avril 2025 selon l'état-major : environ 912 300 soldats (+1 120 "
        "en une journée), 10 400 chars, 25 100 systèmes d'artillerie.",
        (L, "ru", 912300, 912300, True, "army", CUM),
        (L, "ru", 1120, 1120, False, "army", PER),
        side="ua",
    ),
    c(
        "tally-one-line-reporter-side-en",
        "en",
        "Ukraine's General Staff update. The total combat losses of the enemy from 24.02.22 to "
        "02.04.25 are approximately: personnel ‒ about 912 300 (+1 120) persons, tanks ‒ 10 400 (+5).",
        (L, "ru", 912300, 912300, True, "self", CUM),
        (L, "ru", 1120, 1120, False, "self", PER),
    ),
    c(
        "tally-one-line-uk",
        "uk",
        "Загальні бойові втрати противника з 24.02.22 по 11.03.25 орієнтовно склали: особового "
        "складу ‒ близько 893 450 (+1 340) осіб, танків ‒ 10 210 (+6), засобів ППО ‒ 1 080 (+1), "
        "літаків ‒ 370.",
        (L, "ru", 893450, 893450, True, "self", CUM),
        (L, "ru", 1340, 1340, False, "self", PER),
        side="ua",
    ),
    c(
        "tally-one-line-ru",
        "ru",
        "Общие боевые потери противника с 24.02.22 по 11.03.25 ориентировочно составили: личного "
        "состава ‒ около 893 450 (+1 340) человек, танков ‒ 10 210 (+6), средств ПВО ‒ 1 080 (+1).",
        (L, "ru", 893450, 893450, True, "self", CUM),
        (L, "ru", 1340, 1340, False, "self", PER),
        side="ua",
    ),
    c(
        "tally-one-line-ar",
        "ar",
        "الخسائر القتالية الإجمالية للعدو من 24.02.22 حتى 11.03.25 تقريبًا: الأفراد ‒ حوالي 893450 "
        "(+1340) شخصًا، الدبابات ‒ 10210 (+6)، أنظمة الدفاع الجوي ‒ 1080 (+1).",
        (L, "ru", 893450, 893450, True, "self", CUM),
        (L, "ru", 1340, 1340, False, "self", PER),
        side="ua",
    ),
]

NO_SUM: list[Case] = [
    # --- D2: figures of different verbs, a vague word and a number, or civilians and a state's
    # security forces are never added; the figure of the displaced is no claim ----------------
    c(
        "nosum-displaced-en",
        "en",
        "Two years of war have killed tens of thousands of people and forced more than 8 million "
        "from their homes.",
        (K, "unknown", 20000, 99999, True, "self", EV),
    ),
    c(
        "nosum-displaced-exact-en",
        "en",
        "The fighting has killed hundreds of people and forced 40,000 from their villages.",
        (K, "unknown", 200, 999, True, "self", EV),
    ),
    c(
        "nosum-displaced-fr",
        "fr",
        "Le conflit a fait des dizaines de milliers de morts et contraint plus de 8 millions de "
        "personnes à fuir leurs foyers.",
        (K, "unknown", 20000, 99999, True, "self", EV),
    ),
    c(
        "nosum-displaced-ru",
        "ru",
        "Война унесла жизни десятков тысяч человек и вынудила более 8 миллионов покинуть дома.",
        (K, "unknown", 20000, 99999, True, "self", EV),
    ),
    c(
        "nosum-displaced-uk",
        "uk",
        "Війна забрала життя десятків тисяч людей і змусила понад 8 мільйонів залишити домівки.",
        (K, "unknown", 20000, 99999, True, "self", EV),
    ),
    c(
        "nosum-displaced-ar",
        "ar",
        "أودت الحرب بحياة عشرات الآلاف من الأشخاص وأجبرت أكثر من 8 ملايين شخص على الفرار من منازلهم.",
        (K, "unknown", 20000, 99999, True, "self", EV),
    ),
    c(
        "nosum-and-more-than-en",
        "en",
        "Two years of war have left tens of thousands dead and more than 8 million displaced.",
        (K, "unknown", 20000, 99999, True, "self", EV),
    ),
    c(
        "nosum-displaced-noun-fr",
        "fr",
        "La guerre a fait des dizaines de milliers de morts et plus de 8 millions de déplacés.",
        (K, "unknown", 20000, 99999, True, "self", EV),
    ),
    c(
        "nosum-security-ru",
        "ru",
        "В ходе столкновений погибли по меньшей мере 612 мирных жителей и 98 сотрудников сил "
        "безопасности.",
        (K, "civilians", 612, None, False, "self", EV),
        (K, "unknown", 98, 98, False, "self", EV),
    ),
    c(
        "nosum-security-uk",
        "uk",
        "Під час зіткнень загинули щонайменше 612 цивільних і 98 співробітників сил безпеки.",
        (K, "civilians", 612, None, False, "self", EV),
        (K, "unknown", 98, 98, False, "self", EV),
    ),
    c(
        "nosum-security-fr",
        "fr",
        "Au moins 612 civils et 98 membres des forces de sécurité ont été tués lors des affrontements.",
        (K, "civilians", 612, None, False, "self", EV),
        (K, "unknown", 98, 98, False, "self", EV),
    ),
    c(
        "nosum-soldiers-en",
        "en",
        "At least 612 civilians and 98 members of the security forces were killed in the clashes.",
        (K, "civilians", 612, None, False, "self", EV),
        (K, "unknown", 98, 98, False, "self", EV),
    ),
]

ELIDED_THINGS: list[Case] = [
    # --- D3: a figure with no noun after a salvo of drones or missiles counts those weapons;
    # a verb said only of people beside it still makes a toll ---------------------------------
    c(
        "elided-drones-en",
        "en",
        "Russia attacked with 146 drones overnight. 97 were shot down and 41 were neutralised by "
        "electronic warfare.",
        side="ua",
    ),
    c(
        "elided-missiles-en",
        "en",
        "The enemy fired 12 missiles and 80 drones at the region. 70 were destroyed, 15 were lost.",
        side="ua",
    ),
    c(
        "elided-drones-fr",
        "fr",
        "La Russie a lancé 146 drones dans la nuit. 97 ont été abattus et 41 neutralisés par la "
        "guerre électronique.",
        side="ua",
    ),
    c(
        "elided-drones-ru",
        "ru",
        "ВСУ атаковали 64 беспилотниками. Уничтожены 50, ещё 9 подавлены средствами РЭБ.",
        side="ru",
    ),
    c(
        "elided-drones-uk",
        "uk",
        "Ворог атакував 146 ударними БпЛА. 97 знешкоджено, 41 локаційно втрачені.",
        side="ua",
    ),
    c(
        "elided-drones-ar",
        "ar",
        "أطلقت روسيا 146 طائرة مسيرة خلال الليل. أسقطت 97 وتم تحييد 41 بالحرب الإلكترونية.",
    ),
    c(
        "elided-drones-people-killed-en",
        "en",
        "Russia launched 146 drones at Odesa overnight. 3 were killed and 12 wounded.",
        (K, "unknown", 3, 3, False, "self", EV),
        (W, "unknown", 12, 12, False, "self", EV),
    ),
    c(
        "elided-drones-people-ru",
        "ru",
        "Ночью противник запустил 146 дронов по Одессе. Погибли три человека, ранены 12 человек.",
        (K, "unknown", 3, 3, False, "self", EV),
        (W, "unknown", 12, 12, False, "self", EV),
        side="ua",
    ),
]

PLUS_AND_PER: list[Case] = [
    # --- D5: "N+" is more than N; "per X" names the source ----------------------------------
    c(
        "plus-militants-en",
        "en",
        "45+ militants eliminated in the strike on their camp.",
        (K, "unknown", 45, None, False, "self", EV),
    ),
    c(
        "plus-per-en",
        "en",
        "150+ killed in the failed assault, per the guys on the ground.",
        (K, "ua", 150, None, False, "guys_on_the_ground", EV),
        side="ru",
    ),
    c(
        "per-officials-en",
        "en",
        "At least 19 people were killed in the market strike, per local officials.",
        (K, "unknown", 19, None, False, "local_officials", EV),
    ),
    c(
        "plus-ru",
        "ru",
        "За сутки уничтожено 80+ боевиков ВСУ.",
        (K, "ua", 80, None, False, "self", PER),
        side="ru",
    ),
    c(
        "plus-uk",
        "uk",
        "Ліквідовано 120+ окупантів за добу.",
        (K, "ru", 120, None, False, "self", PER),
        side="ua",
    ),
    c(
        "plus-fr",
        "fr",
        "35+ terroristes neutralisés lors de l'opération.",
        (K, "unknown", 35, None, False, "self", EV),
    ),
    c(
        "plus-ar",
        "ar",
        "مقتل 35+ مسلحا في الهجوم.",
        (K, "unknown", 35, None, False, "self", EV),
    ),
]

FOREIGN_ARMIES: list[Case] = [
    # --- D6: soldiers of a state outside the table are no one's, even in a Sahel post where
    # the theatre's army is FAMa; two states' soldiers are two tolls ---------------------------
    c(
        "foreign-army-fr",
        "fr",
        "Au Mali et au-delà, le JNIM revendique une embuscade contre l'armée béninoise : 23 "
        "soldats tués. Les FAMa n'ont pas commenté.",
        (K, "unknown", 23, 23, False, "jnim", EV),
    ),
    c(
        "foreign-army-of-country-fr",
        "fr",
        "Les jihadistes du JNIM, qui combattent les FAMa au Mali, affirment avoir tué 23 soldats "
        "du Bénin.",
        (K, "unknown", 23, 23, False, "jnim", EV),
    ),
    c(
        "foreign-two-states-fr",
        "fr",
        "Au Mali, le JNIM affirme avoir tué 23 soldats béninois et 8 militaires togolais.",
        (K, "unknown", 23, 23, False, "jnim", EV),
        (K, "unknown", 8, 8, False, "jnim", EV),
    ),
    c(
        "foreign-two-states-en",
        "en",
        "In Mali, JNIM said it killed 23 Beninese troops and 8 Nigerien soldiers.",
        (K, "unknown", 23, 23, False, "jnim", EV),
        (K, "unknown", 8, 8, False, "jnim", EV),
    ),
    c(
        "foreign-army-en",
        "en",
        "JNIM, which fights the Malian army, said it killed 23 soldiers of the Chadian army.",
        (K, "unknown", 23, 23, False, "jnim", EV),
    ),
    c(
        "foreign-army-ru",
        "ru",
        "ДжНИМ, воюющая с армией Мали, заявила, что убила 23 военных армии Бенина.",
        (K, "unknown", 23, 23, False, "jnim", EV),
    ),
    c(
        "foreign-two-states-ru",
        "ru",
        "В Мали боевики ДжНИМ убили 23 бенинских военных и 8 тоголезских солдат.",
        (K, "unknown", 23, 23, False, "self", EV),
        (K, "unknown", 8, 8, False, "self", EV),
    ),
    c(
        "foreign-army-uk",
        "uk",
        "ДжНІМ, що воює з армією Малі, заявило про загибель 23 військових армії Беніну.",
        (K, "unknown", 23, 23, False, "jnim", EV),
    ),
    c(
        "foreign-army-speaks-fr",
        "fr",
        "Au Mali voisin, les FAMa poursuivent leurs opérations. L'armée béninoise a affirmé que 12 "
        "soldats ont été tués.",
        (K, "unknown", 12, 12, False, "benin_army", EV),
    ),
    c(
        "foreign-army-speaks-en",
        "en",
        "JNIM is active in Mali. The Chadian army said 12 soldiers were killed in the attack.",
        (K, "unknown", 12, 12, False, "chad_army", EV),
    ),
    c(
        "foreign-forces-several-words-fr",
        "fr",
        "Le JNIM, actif au Mali, revendique une attaque contre les forces armées béninoises : 23 "
        "soldats tués.",
        (K, "unknown", 23, 23, False, "benin_army", EV),
    ),
    c(
        "foreign-army-ar",
        "ar",
        "أعلنت جماعة نصرة الإسلام والمسلمين التي تقاتل الجيش المالي مقتل 23 عسكريا من الجيش البنيني.",
        (K, "unknown", 23, 23, False, "jnim", EV),
    ),
]

STAFF_HEADER: list[Case] = [
    # --- D10: "X army's staff:" before the post speaks for that party: its "our side" zero is
    # its own, whatever the channel's side; "0 perte" counts losses -------------------------
    c(
        "staff-header-ru-side-ru",
        "ru",
        "Генштаб армии Мали: в ходе операции у Тессалита ликвидированы десятки террористов, с "
        "нашей стороны потерь нет.",
        (K, "unknown", 20, 99, True, "fama", EV),
        (L, "fama", 0, 0, False, "fama", EV),
        side="ru",
    ),
    c(
        "staff-header-ru-no-side",
        "ru",
        "Генштаб армии Мали: в ходе операции ликвидированы 17 террористов, с нашей стороны потерь "
        "нет.",
        (K, "unknown", 17, 17, False, "fama", EV),
        (L, "fama", 0, 0, False, "fama", EV),
    ),
    c(
        "staff-header-fr",
        "fr",
        "État-major des FAMa : des dizaines de terroristes neutralisés, aucune perte de notre côté.",
        (K, "unknown", 20, 99, True, "fama", EV),
        (L, "fama", 0, 0, False, "fama", EV),
    ),
    c(
        "staff-header-en",
        "en",
        "Malian army general staff: 17 terrorists neutralised, no losses on our side.",
        (K, "unknown", 17, 17, False, "fama", EV),
        (L, "fama", 0, 0, False, "fama", EV),
        side="ru",
    ),
    c(
        "staff-sentence-not-header-uk",
        "uk",
        "Бойовики ІДС атакували пост армії Нігеру: загинули 11 військових, знищено 20 бойовиків.",
        (K, "unknown", 11, 11, False, "self", EV),
        (K, "is", 20, 20, False, "self", EV),
    ),
    c(
        "staff-header-uk-side-ua",
        "uk",
        "Генштаб армії Малі: під час операції ліквідовано десятки терористів, з нашого боку втрат "
        "немає.",
        (K, "unknown", 20, 99, True, "fama", EV),
        (L, "fama", 0, 0, False, "fama", EV),
        side="ua",
    ),
    c(
        "staff-header-ar-side-ru",
        "ar",
        "الجيش المالي: تحييد 25 إرهابيا ولا خسائر في صفوفنا.",
        (K, "unknown", 25, 25, False, "fama", EV),
        (L, "fama", 0, 0, False, "fama", EV),
        side="ru",
    ),
    c(
        "staff-header-vs-mali-ru",
        "ru",
        "ВС Мали: уничтожены 15 боевиков, наши потери — двое раненых.",
        (K, "unknown", 15, 15, False, "fama", EV),
        (W, "fama", 2, 2, False, "fama", EV),
        side="ua",
    ),
    c(
        "staff-header-arkan-ar",
        "ar",
        "قيادة أركان الجيش المالي: تحييد 15 إرهابيا وإصابة جنديين من قواتنا.",
        (K, "unknown", 15, 15, False, "fama", EV),
        (W, "fama", 2, 2, False, "fama", EV),
        side="ua",
    ),
    c(
        "zero-perte-fr",
        "fr",
        "Opération à Ménaka : 12 terroristes neutralisés, 0 perte de notre côté.",
        (K, "unknown", 12, 12, False, "self", EV),
        (L, "fama", 0, 0, False, "self", EV),
        side="fama",
    ),
]

NAMED_GROUP: list[Case] = [
    # --- D9: a long group's name with its acronym before the reporting verb: a word of the
    # name ("освобождения", liberation) is no release of prisoners ----------------------------
    c(
        "name-liberation-ru",
        "ru",
        "Повстанцы Фронта освобождения Азавада (FLA) утверждают, что в бою у Тинзауатена погибли "
        "31 малийский военный и 52 бойца «Вагнера».",
        (K, "fama", 31, 31, False, "tuareg", EV),
        (K, "wagner", 52, 52, False, "tuareg", EV),
    ),
    c(
        "name-liberation-short-ru",
        "ru",
        "Фронт освобождения Азавада заявил, что уничтожил 14 малийских военных.",
        (K, "fama", 14, 14, False, "tuareg", EV),
    ),
    c(
        "name-liberation-uk",
        "uk",
        "Повстанці Фронту визволення Азаваду (FLA) стверджують, що в бою загинули 31 малійський "
        "військовий і 52 бійці «Вагнера».",
        (K, "fama", 31, 31, False, "tuareg", EV),
        (K, "wagner", 52, 52, False, "tuareg", EV),
    ),
    c(
        "name-liberation-fr",
        "fr",
        "Le Front de libération de l'Azawad (FLA) affirme que 31 soldats maliens et 52 "
        "combattants de Wagner ont été tués dans les combats.",
        (K, "fama", 31, 31, False, "tuareg", EV),
        (K, "wagner", 52, 52, False, "tuareg", EV),
    ),
    c(
        "name-liberation-en",
        "en",
        "Azawad Liberation Front (FLA) rebels said 31 Malian soldiers and 52 Wagner fighters were "
        "killed in the fighting.",
        (K, "fama", 31, 31, False, "tuareg", EV),
        (K, "wagner", 52, 52, False, "tuareg", EV),
    ),
    c(
        "name-liberation-ar",
        "ar",
        "أعلنت جبهة تحرير أزواد (FLA) أن 31 جنديا ماليا و52 مقاتلا من فاغنر قتلوا في المعارك.",
        (K, "fama", 31, 31, False, "tuareg", EV),
        (K, "wagner", 52, 52, False, "tuareg", EV),
    ),
]

FORMER_PRISONERS: list[Case] = [
    # --- D4: "former prisoners" say who the dead were, never a capture ------------------------
    c(
        "former-prisoners-en",
        "en",
        "Wagner lost some 19,000 fighters in the city, including more than 16,000 former "
        "prisoners it had recruited.",
        (K, "wagner", 19000, 19000, True, "self", EV),
    ),
    c(
        "former-inmates-en",
        "en",
        "Wagner lost 19,000 men, including 16,000 former inmates.",
        (K, "wagner", 19000, 19000, False, "self", EV),
    ),
    c(
        "former-prisoners-fr",
        "fr",
        "Wagner a perdu environ 19 000 combattants, dont plus de 16 000 anciens prisonniers.",
        (K, "wagner", 19000, 19000, True, "self", EV),
    ),
    c(
        "former-prisoners-ru",
        "ru",
        "Погибли около 19 тысяч вагнеровцев, из них более 16 тысяч бывших пленных и заключённых.",
        (K, "wagner", 19000, 19000, True, "self", EV),
    ),
    c(
        "former-prisoners-uk",
        "uk",
        "Загинули близько 19 тисяч вагнерівців, з них понад 16 тисяч колишніх ув'язнених.",
        (K, "wagner", 19000, 19000, True, "self", EV),
    ),
    c(
        "former-prisoners-ar",
        "ar",
        "قُتل نحو 19 ألف مقاتل من فاغنر، بينهم أكثر من 16 ألف سجين سابق.",
        (K, "wagner", 19000, 19000, True, "self", EV),
    ),
]

ALL_THE_DEAD: list[Case] = [
    # --- D7: a later sentence saying all the dead were civilians names the toll's victim ------
    c(
        "all-dead-ru",
        "ru",
        "Вечером ракета попала в торговый центр, погибли 14 человек. Все погибшие — мирные жители.",
        (K, "civilians", 14, 14, False, "self", EV),
    ),
    c(
        "all-dead-uk",
        "uk",
        "Унаслідок обстрілу загинули 14 людей. Усі загиблі — цивільні.",
        (K, "civilians", 14, 14, False, "self", EV),
    ),
    c(
        "all-dead-fr",
        "fr",
        "L'attaque a fait 14 morts dans la nuit. Toutes les victimes sont des civils.",
        (K, "civilians", 14, 14, False, "self", EV),
    ),
    c(
        "all-dead-en",
        "en",
        "The attack killed 14 people overnight. All the dead were civilians, officials said.",
        (K, "civilians", 14, 14, False, "self", EV),
    ),
    c(
        "all-dead-ar",
        "ar",
        "أسفر القصف عن مقتل 14 شخصا. جميع القتلى من المدنيين.",
        (K, "civilians", 14, 14, False, "self", EV),
    ),
    c(
        "all-dead-soldiers-not-en",
        "en",
        "The attack killed 14 people overnight. Most of the dead were soldiers.",
        (K, "unknown", 14, 14, False, "self", EV),
    ),
]

SLANG_TALLY: list[Case] = [
    # --- D8: a unit's weekly results with a personnel heading and its slang split: the heading's
    # figure is the casualties, the 200s killed, the 300s wounded -----------------------------
    c(
        "slang-tally-zhivaya-sila-ru",
        "ru",
        "Итоги недели: поражено 95 целей, из них живая сила — 412 оккупантов: 230 двухсотых и "
        "182 трёхсотых.",
        (L, "ru", 412, 412, False, "self", PER),
        (K, "ru", 230, 230, False, "self", PER),
        (W, "ru", 182, 182, False, "self", PER),
        side="ua",
    ),
    c(
        "slang-tally-heading-ru",
        "ru",
        "Результаты работы за неделю: живая сила — 412 оккупантов: 230 «двухсотых» и 182 "
        "«трёхсотых».",
        (L, "ru", 412, 412, False, "self", PER),
        (K, "ru", 230, 230, False, "self", PER),
        (W, "ru", 182, 182, False, "self", PER),
        side="ua",
    ),
    c(
        "slang-tally-uk",
        "uk",
        "Підсумки тижня: уражено 95 цілей, з них жива сила — 412 окупантів: 230 «двохсотих» і 182 "
        "«трьохсотих».",
        (L, "ru", 412, 412, False, "self", PER),
        (K, "ru", 230, 230, False, "self", PER),
        (W, "ru", 182, 182, False, "self", PER),
        side="ua",
    ),
    c(
        "slang-tally-osobovyi-uk",
        "uk",
        "Результати роботи за тиждень: особовий склад — 412 окупантів: 230 «200-х» і 182 «300-х».",
        (L, "ru", 412, 412, False, "self", PER),
        (K, "ru", 230, 230, False, "self", PER),
        (W, "ru", 182, 182, False, "self", PER),
        side="ua",
    ),
    c(
        "slang-tally-fr",
        "fr",
        "Bilan de la brigade : personnel — 412 occupants : 230 tués et 182 blessés.",
        (L, "ru", 412, 412, False, "self", EV),
        (K, "ru", 230, 230, False, "self", EV),
        (W, "ru", 182, 182, False, "self", EV),
        side="ua",
    ),
    c(
        "slang-tally-en",
        "en",
        "Weekly results of the brigade: personnel: 412 occupiers, 230 KIA and 182 WIA.",
        (L, "ru", 412, 412, False, "self", PER),
        (K, "ru", 230, 230, False, "self", PER),
        (W, "ru", 182, 182, False, "self", PER),
        side="ua",
    ),
]

AMONG_THE_DEAD: list[Case] = [
    # --- D2: "among the dead were N civilians and M soldiers" with no toll before it names the
    # dead themselves, two tolls; after a toll it is only that toll's parts ---------------------
    c(
        "among-dead-no-toll-en",
        "en",
        "Among the dead were 512 civilians and 87 soldiers.",
        (K, "civilians", 512, 512, False, "self", EV),
        (K, "unknown", 87, 87, False, "self", EV),
    ),
    c(
        "among-dead-no-toll-ru",
        "ru",
        "Среди погибших 512 мирных жителей и 87 военных.",
        (K, "civilians", 512, 512, False, "self", EV),
        (K, "unknown", 87, 87, False, "self", EV),
    ),
    c(
        "among-dead-no-toll-uk",
        "uk",
        "Серед загиблих 512 цивільних і 87 військових.",
        (K, "civilians", 512, 512, False, "self", EV),
        (K, "unknown", 87, 87, False, "self", EV),
    ),
    c(
        "among-dead-no-toll-fr",
        "fr",
        "Parmi les morts figurent 512 civils et 87 soldats.",
        (K, "civilians", 512, 512, False, "self", EV),
        (K, "unknown", 87, 87, False, "self", EV),
    ),
    c(
        "toll-includes-no-toll-en",
        "en",
        "The death toll includes 512 civilians and 87 soldiers.",
        (K, "civilians", 512, 512, False, "self", EV),
        (K, "unknown", 87, 87, False, "self", EV),
    ),
    c(
        "toll-includes-no-toll-fr",
        "fr",
        "Le bilan comprend 512 civils et 87 soldats tués.",
        (K, "civilians", 512, 512, False, "self", EV),
        (K, "unknown", 87, 87, False, "self", EV),
    ),
    c(
        "toll-including-after-toll-ru",
        "ru",
        "Погибли 30 человек, в том числе пятеро детей.",
        (K, "unknown", 30, 30, False, "self", EV),
    ),
    c(
        "among-dead-after-toll-ru",
        "ru",
        "В результате обстрела погибли 30 человек. Среди погибших пятеро детей.",
        (K, "unknown", 30, 30, False, "self", EV),
    ),
    c(
        "among-dead-after-toll-en",
        "en",
        "The shelling killed 30 people. Among the dead were five children.",
        (K, "unknown", 30, 30, False, "self", EV),
    ),
]

CASES = (
    ONE_LINE_TALLY
    + NO_SUM
    + ELIDED_THINGS
    + PLUS_AND_PER
    + FOREIGN_ARMIES
    + STAFF_HEADER
    + NAMED_GROUP
    + FORMER_PRISONERS
    + ALL_THE_DEAD
    + SLANG_TALLY
    + AMONG_THE_DEAD
)


@pytest.mark.parametrize("c", params(CASES))
def test_round13(c: Case) -> None:
    check(c)
