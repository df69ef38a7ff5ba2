"""Generalisation: the phenomena that unseen real posts hold (milbloggers' bullet lists, brigade
posts, Sudanese channels, FAMa and FLA communiqués, wire copy), several sentences of our own for
each, in every language where the phenomenon exists. None is copied from a gold set.

Claims are (kind, victim, low, high, approx, claimant, scope); the harness is the yardstick's.
"""

from __future__ import annotations

import pytest

from tests.extractors.cases import CUM, EV, PER, C, Case, K, L, M, W, c, check, params

OUR_SIDE: list[Case] = [
    # --- "our side" in its many forms, resolved through the channel's side; martyrs are the
    # speaker's own dead -------------------------------------------------------------------
    c(
        "ours-bullet-u-nas-ru",
        "ru",
        "Итоги ночного боя у Кременной:\n▪️ у противника — до 20 убитых;\n▪️ у нас — один 200-й и трое 300-х.",
        (K, "ua", None, 20, False, "self", EV),
        (K, "ru", 1, 1, False, "self", EV),
        (W, "ru", 3, 3, False, "self", EV),
        side="ru",
    ),
    c(
        "ours-s-nashey-storony-ru",
        "ru",
        "С нашей стороны двое погибших и пятеро раненых, техника цела.",
        (K, "ru", 2, 2, False, "self", EV),
        (W, "ru", 5, 5, False, "self", EV),
        side="ru",
    ),
    c(
        "ours-so-storony-korpusa-ru",
        "ru",
        "Со стороны корпуса потери составили четыре человека ранеными, убитых нет.",
        (W, "wagner", 4, 4, False, "self", EV),
        (K, "wagner", 0, 0, False, "self", EV),
        side="wagner",
    ),
    c(
        "ours-nashi-reported-ru",
        "ru",
        "Командир роты рассказал, что наши в том бою потеряли двоих убитыми и семерых ранеными.",
        (K, "ru", 2, 2, False, "ru", EV),
        (W, "ru", 7, 7, False, "ru", EV),
        side="ru",
    ),
    c(
        "ours-bullet-u-nas-uk",
        "uk",
        "Підсумки доби на нашій ділянці:\n▪️ у ворога — 17 загиблих і 25 поранених;\n▪️ у нас — один загиблий, троє поранених.",
        (K, "ru", 17, 17, False, "self", PER),
        (W, "ru", 25, 25, False, "self", PER),
        (K, "ua", 1, 1, False, "self", PER),
        (W, "ua", 3, 3, False, "self", PER),
        side="ua",
    ),
    c(
        "ours-z-nashogo-boku-uk",
        "uk",
        "З нашого боку втрати: двоє «200-х» і четверо «300-х».",
        (K, "ua", 2, 2, False, "self", EV),
        (W, "ua", 4, 4, False, "self", EV),
        side="ua",
    ),
    c(
        "ours-heroes-uk",
        "uk",
        "Вічна пам'ять Героям! Під час відбиття штурму загинули троє наших воїнів.",
        (K, "ua", 3, 3, False, "self", EV),
        side="ua",
    ),
    c(
        "ours-forces-suffered-en",
        "en",
        "Our forces suffered 3 killed and 7 wounded while repelling the assault near Pokrovsk.",
        (K, "ua", 3, 3, False, "self", EV),
        (W, "ua", 7, 7, False, "self", EV),
        side="ua",
    ),
    c(
        "ours-one-of-our-fighters-en",
        "en",
        "One of our fighters was killed and two others were wounded in the drone strike.",
        (K, "ua", 1, 1, False, "self", EV),
        (W, "ua", 2, 2, False, "self", EV),
        side="ua",
    ),
    c(
        "ours-martyrs-en",
        "en",
        "Our heroic forces repelled the attack on Bara; 12 of our fighters were martyred and 20 wounded.",
        (K, "rsf", 12, 12, False, "self", EV),
        (W, "rsf", 20, 20, False, "self", EV),
        side="rsf",
    ),
    c(
        "ours-on-our-side-mourn-en",
        "en",
        "On our side, we mourn 3 martyrs and 5 wounded.",
        (K, "tuareg", 3, 3, False, "self", EV),
        (W, "tuareg", 5, 5, False, "self", EV),
        side="tuareg",
    ),
    c(
        "ours-de-notre-cote-fr",
        "fr",
        "De notre côté, nous déplorons 3 martyrs et 5 blessés légers.",
        (K, "tuareg", 3, 3, False, "self", EV),
        (W, "tuareg", 5, 5, False, "self", EV),
        side="tuareg",
    ),
    c(
        "ours-cote-ami-fr",
        "fr",
        "Bilan des combats de Tinzaouaten.\nCôté ami : 4 morts et 9 blessés.\nCôté ennemi : plus de 40 morts.",
        (K, "tuareg", 4, 4, False, "self", EV),
        (W, "tuareg", 9, 9, False, "self", EV),
        (K, "fama", 40, None, False, "self", EV),
        side="tuareg",
    ),
    c(
        "ours-nos-rangs-fr",
        "fr",
        "Dans nos rangs, deux soldats sont tombés en martyrs et sept ont été blessés.",
        (K, "fama", 2, 2, False, "self", EV),
        (W, "fama", 7, 7, False, "self", EV),
        side="fama",
    ),
    c(
        "ours-khasairna-ar",
        "ar",
        "خسائرنا: شهيدان و٧ جرحى.",
        (K, "rsf", 2, 2, False, "self", EV),
        (W, "rsf", 7, 7, False, "self", EV),
        side="rsf",
    ),
    c(
        "ours-quwwatuna-ar",
        "ar",
        "وارتقى من قواتنا ثلاثة شهداء وأصيب خمسة آخرون خلال صد الهجوم على الفاشر.",
        (K, "saf", 3, 3, False, "self", EV),
        (W, "saf", 5, 5, False, "self", EV),
        side="saf",
    ),
    c(
        "ours-istashhada-ar",
        "ar",
        "استشهد ٤ من أفراد قواتنا في القصف المدفعي على المدينة.",
        (K, "saf", 4, 4, False, "self", EV),
        side="saf",
    ),
    c(
        "ours-faqadna-ar",
        "ar",
        "فقدنا ٣ من مقاتلينا في الاشتباكات قرب أنفيس.",
        (K, "tuareg", 3, 3, False, "self", EV),
        side="tuareg",
    ),
]

ENEMY_FORMS: list[Case] = [
    # --- "the enemy" beyond the plain word --------------------------------------------------
    c(
        "enemy-u-nih-ru",
        "ru",
        "▪️ У нас потерь нет.\n▪️ У них — до 15 убитых и около 30 раненых.",
        (L, "ru", 0, 0, False, "self", EV),
        (K, "ua", None, 15, False, "self", EV),
        (W, "ua", 30, 30, True, "self", EV),
        side="ru",
    ),
    c(
        "enemy-ukropy-ru",
        "ru",
        "Укропы за день потеряли на этом участке до 40 человек.",
        (L, "ua", None, 40, False, "self", PER),
        side="ru",
    ),
    c(
        "enemy-khohly-ru",
        "ru",
        "Хохлы оставили на поле боя не менее 25 трупов.",
        (K, "ua", 25, None, False, "self", EV),
        side="ru",
    ),
    c(
        "enemy-barmalei-ru",
        "ru",
        "В Идлибе бармалеи лишились не менее 20 человек после ударов ВКС.",
        (K, "unknown", 20, None, False, "self", EV),
        side="ru",
    ),
    c(
        "enemy-burhan-militias-en",
        "en",
        "Burhan's militias lost more than 200 fighters in the battle for the refinery.",
        (K, "saf", 200, None, False, "self", EV),
        side="rsf",
    ),
    c(
        "enemy-milishiyat-burhan-ar",
        "ar",
        "تكبدت ميليشيات البرهان أكثر من ٢٠٠ قتيل في محيط المصفاة.",
        (K, "saf", 200, None, False, "self", EV),
        side="rsf",
    ),
    c(
        "enemy-fulul-ar",
        "ar",
        "قواتنا كبّدت الفلول خسائر فادحة، وقتلت ٨٠ من عناصرهم.",
        (K, "saf", 80, 80, False, "self", EV),
        side="rsf",
    ),
    c(
        "enemy-milishiya-daam-ar",
        "ar",
        "تصدت قواتنا لهجوم ميليشيا الدعم السريع وقتلت أكثر من ١٥٠ من عناصرها.",
        (K, "rsf", 150, None, False, "self", EV),
        side="saf",
    ),
    c(
        "enemy-aduw-ar",
        "ar",
        "كبدت قواتنا العدو نحو ٤٠ قتيلاً في محور بابنوسة.",
        (K, "rsf", 40, 40, True, "self", EV),
        side="saf",
    ),
    c(
        "enemy-lennemi-fr",
        "fr",
        "L'ennemi a perdu une vingtaine d'hommes lors de cette attaque.",
        (K, "fama", 20, 20, True, "self", EV),
        side="tuareg",
    ),
    c(
        "enemy-chez-lennemi-nationality-fr",
        "fr",
        "Bilan chez l'ennemi : 27 soldats maliens et 8 mercenaires de Wagner tués.",
        (K, "fama", 27, 27, False, "self", EV),
        (K, "wagner", 8, 8, False, "self", EV),
        side="tuareg",
    ),
    c(
        "enemy-vorog-uk",
        "uk",
        "Ворог за добу втратив на цьому напрямку понад 60 окупантів.",
        (L, "ru", 60, None, False, "self", PER),
        side="ua",
    ),
]

NAMED_ELSEWHERE: list[Case] = [
    # --- the victim named by a nationality, a possessive or a noun elsewhere in the clause ------
    c(
        "army-said-soldiers-en",
        "en",
        "Mali's army said 19 soldiers were killed in the attack on the Boulkessi camp.",
        (K, "fama", 19, 19, False, "fama", EV),
    ),
    c(
        "army-said-its-soldiers-en",
        "en",
        "The Sudanese army said 12 of its soldiers were killed when drones struck the base.",
        (K, "saf", 12, 12, False, "saf", EV),
    ),
    c(
        "army-dit-soldats-fr",
        "fr",
        "L'armée malienne a indiqué que 9 soldats avaient été tués et 14 blessés.",
        (K, "fama", 9, 9, False, "fama", EV),
        (W, "fama", 14, 14, False, "fama", EV),
    ),
    c(
        "u-fama-legkoranenye-ru",
        "ru",
        "У FAMa двое легкораненых, у «музыкантов» потерь нет.",
        (W, "fama", 2, 2, False, "self", EV),
        (L, "wagner", 0, 0, False, "self", EV),
        side="wagner",
    ),
    c(
        "boytsov-korpusa-ru",
        "ru",
        "В ходе засады погибли трое бойцов корпуса.",
        (K, "wagner", 3, 3, False, "self", EV),
        side="wagner",
    ),
    c(
        "mirnyh-zhiteley-genitive-ru",
        "ru",
        "Обстрел унёс жизни пяти мирных жителей.",
        (K, "civilians", 5, 5, False, "self", EV),
    ),
    c(
        "mirnyh-zhyteliv-uk",
        "uk",
        "Унаслідок удару загинули четверо мирних жителів, ще дев'ятеро поранені.",
        (K, "civilians", 4, 4, False, "self", EV),
        (W, "civilians", 9, 9, False, "self", EV),
    ),
    c(
        "civilian-dual-ar",
        "ar",
        "قُتل مدنيَّين اثنين جراء قصف مدفعي على حي كرري.",
        (K, "civilians", 2, 2, False, "self", EV),
    ),
    c(
        "patients-companions-ar",
        "ar",
        "قُتل ١٢ من المرضى ومرافقيهم في قصف استهدف المستشفى.",
        (K, "civilians", 12, 12, False, "self", EV),
    ),
    c(
        "women-children-en",
        "en",
        "Shelling of the market killed 14 women and children.",
        (K, "civilians", 14, 14, False, "self", EV),
    ),
    c(
        "worshippers-en",
        "en",
        "Gunmen stormed the mosque and killed 23 worshippers.",
        (K, "civilians", 23, 23, False, "self", EV),
    ),
    c(
        "displaced-killed-en",
        "en",
        "At least 30 displaced people were killed when the camp was shelled.",
        (K, "civilians", 30, None, False, "self", EV),
    ),
    c(
        "villageois-fr",
        "fr",
        "Une trentaine de villageois ont été tués par des hommes armés.",
        (K, "civilians", 30, 30, True, "self", EV),
    ),
    c(
        "patients-fr",
        "fr",
        "Le bombardement de l'hôpital a tué 9 patients et 2 infirmiers.",
        (K, "civilians", 11, 11, False, "self", EV),
    ),
    c(
        "nazihin-ar",
        "ar",
        "قُتل ٨ نازحين في قصف على مخيم زمزم.",
        (K, "civilians", 8, 8, False, "self", EV),
    ),
    c(
        "foreigners-abducted-ru",
        "ru",
        "Боевики похитили шестерых граждан Индии на дороге к руднику.",
        (C, "civilians", 6, 6, False, "self", EV),
    ),
    c(
        "foreigners-abducted-fr",
        "fr",
        "Trois ressortissants chinois ont été enlevés près de la mine.",
        (C, "civilians", 3, 3, False, "self", EV),
    ),
    c(
        "foreigners-abducted-en",
        "en",
        "Gunmen abducted five Chinese nationals working at the gold mine.",
        (C, "civilians", 5, 5, False, "self", EV),
    ),
]

CARRIED_OVER: list[Case] = [
    # --- the victim named in the sentence before or the headline -------------------------------
    c(
        "carry-ona-poteryala-ru",
        "ru",
        "Малийская армия попала в засаду под Кидалем. Она потеряла 15 солдат.",
        (K, "fama", 15, 15, False, "self", EV),
    ),
    c(
        "carry-dans-ses-rangs-fr",
        "fr",
        "Les FAMa ont été prises en embuscade près de Tessit. Le bilan dans leurs rangs s'élève à 12 morts.",
        (K, "fama", 12, 12, False, "self", EV),
    ),
    c(
        "carry-fi-sufufihi-ar",
        "ar",
        "تعرض الجيش المالي لكمين قرب تساليت، وسقط في صفوفه ١٥ قتيلاً.",
        (K, "fama", 15, 15, False, "self", EV),
    ),
    c(
        "carry-army-lost-en",
        "en",
        "Malian troops were ambushed near Tessit on Sunday. The army lost 11 soldiers.",
        (K, "fama", 11, 11, False, "self", EV),
    ),
    c(
        "carry-they-en",
        "en",
        "RSF fighters attacked the town at dawn. They lost at least 40 men before withdrawing.",
        (K, "rsf", 40, None, False, "self", EV),
    ),
    c(
        "carry-headline-tally-en",
        "en",
        "Russian losses as of March 3\n\nPersonnel: ~883,420 (+1,390)\nTanks: 10,234 (+5)",
        (L, "ru", 883420, 883420, True, "self", CUM),
        (L, "ru", 1390, 1390, False, "self", PER),
    ),
    c(
        "carry-headline-tally-uk",
        "uk",
        "Втрати ворога станом на 3 березня\n\nОсобового складу — близько 883 420 (+1 390) осіб\nТанків — 10 234 (+5)",
        (L, "ru", 883420, 883420, True, "self", CUM),
        (L, "ru", 1390, 1390, False, "self", PER),
        side="ua",
    ),
    c(
        "carry-protivnik-lishilsya-ru",
        "ru",
        "ВСУ продолжают атаки на Часов Яр. За сутки они лишились ещё до 150 военнослужащих.",
        (L, "ua", None, 150, False, "self", PER),
    ),
]

REPORTED: list[Case] = [
    c(
        "speaker-own-party-leurs-rangs-fr",
        "fr",
        "Les FAMa déplorent 3 morts et 5 blessés dans leurs rangs après l'attaque du camp.",
        (K, "fama", 3, 3, False, "self", EV),
        (W, "fama", 5, 5, False, "self", EV),
        side="fama",
    ),
    c(
        "mourned-naat-ar",
        "ar",
        "نعت قوات الدعم السريع ٥ من قادتها الميدانيين الذين سقطوا في معارك الخوي.",
        (K, "rsf", 5, 5, False, "rsf", EV),
    ),
    # --- reported speech: "наших" is the channel's side whoever speaks; "X lost" is X's own -----
    c(
        "inversion-nashih-ru",
        "ru",
        "ВСУ заявляют, что уничтожили 120 наших бойцов под Покровском.",
        (K, "ru", 120, 120, False, "ua", EV),
        side="ru",
    ),
    c(
        "inversion-nashyh-uk",
        "uk",
        "Росіяни заявляють, що вбили 50 наших військових під Куп'янськом.",
        (K, "ua", 50, 50, False, "ru", EV),
        side="ua",
    ),
    c(
        "inversion-x-lost-en",
        "en",
        "The RSF said the army lost 70 soldiers in the fighting for the bridge.",
        (K, "saf", 70, 70, False, "rsf", EV),
    ),
    c(
        "inversion-faqada-ar",
        "ar",
        "قالت قوات الدعم السريع إن الجيش فقد ٧٠ جندياً في معارك الجسر.",
        (K, "saf", 70, 70, False, "rsf", EV),
    ),
    c(
        "inversion-itarafa-ar",
        "ar",
        "اعترف الجيش المالي بمقتل أربعة من جنوده في الهجوم.",
        (K, "fama", 4, 4, False, "fama", EV),
    ),
    c(
        "inversion-aqarra-ar",
        "ar",
        "أقرّ الجيش السوداني بمقتل ٩ من جنوده في الهجوم على المدينة.",
        (K, "saf", 9, 9, False, "saf", EV),
    ),
    c(
        "inversion-reconnait-fr",
        "fr",
        "L'armée malienne reconnaît la perte de six de ses soldats.",
        (K, "fama", 6, 6, False, "fama", EV),
    ),
]

POSSESSIVE_BACK: list[Case] = [
    # --- "its losses": the party named just before ---------------------------------------------
    c(
        "possessive-khasairuha-ar",
        "ar",
        "أعلنت وزارة الدفاع الروسية أن القوات الأوكرانية خسرت ٣٢٠ عسكرياً خلال يوم، ليبلغ إجمالي خسائرها البشرية منذ بدء العملية ٥٠٠ ألف.",
        (L, "ua", 320, 320, False, "ru_mod", PER),
        (L, "ua", 500000, 500000, False, "ru_mod", CUM),
    ),
    c(
        "possessive-its-total-en",
        "en",
        "Russia's defence ministry said Ukrainian forces lost 320 troops over the past day, putting their total losses since August at 60,000.",
        (L, "ua", 320, 320, False, "ru_mod", PER),
        (L, "ua", 60000, 60000, False, "ru_mod", CUM),
    ),
]


CAPTURED_FORMS: list[Case] = [
    # --- captured, in the words real posts use ------------------------------------------------
    c(
        "captured-vzyaty-zhivymi-ru",
        "ru",
        "В ходе зачистки 12 военнослужащих ВСУ взяты живыми.",
        (C, "ua", 12, 12, False, "self", EV),
        side="ru",
    ),
    c(
        "captured-sdalis-ru",
        "ru",
        "Уничтожено до 30 боевиков ВСУ, ещё пятеро сдались.",
        (K, "ua", None, 30, False, "self", EV),
        (C, "ua", 5, 5, False, "self", EV),
        side="ru",
    ),
    c(
        "captured-vzyali-v-plen-ru",
        "ru",
        "Штурмовики взяли в плен двоих украинских военных.",
        (C, "ua", 2, 2, False, "self", EV),
        side="ru",
    ),
    c(
        "captured-zdalysya-uk",
        "uk",
        "Ще четверо окупантів здалися в полон нашим десантникам.",
        (C, "ru", 4, 4, False, "self", EV),
        side="ua",
    ),
    c(
        "captured-vzyaly-v-polon-uk",
        "uk",
        "Бійці бригади взяли в полон сімох окупантів.",
        (C, "ru", 7, 7, False, "self", EV),
        side="ua",
    ),
    c(
        "captured-faits-prisonniers-fr",
        "fr",
        "Sept soldats maliens ont été faits prisonniers lors de l'attaque.",
        (C, "fama", 7, 7, False, "self", EV),
    ),
    c(
        "captured-ont-fait-prisonniers-fr",
        "fr",
        "Nos combattants ont fait 12 prisonniers parmi les FAMa.",
        (C, "fama", 12, 12, False, "self", EV),
        side="tuareg",
    ),
    c(
        "captured-capturing-others-en",
        "en",
        "JNIM said it ambushed a Malian convoy, killing 25 soldiers and capturing 40 others.",
        (K, "fama", 25, 25, False, "jnim", EV),
        (C, "fama", 40, 40, False, "jnim", EV),
    ),
    c(
        "captured-pows-taken-en",
        "en",
        "Results of the night raid: 5 enemy KIA, 2 POWs taken.",
        (K, "ru", 5, 5, False, "self", EV),
        (C, "ru", 2, 2, False, "self", EV),
        side="ua",
    ),
    c(
        "captured-asarat-ar",
        "ar",
        "وأسرت قواتنا ١٧ من عناصر الميليشيا خلال التمشيط.",
        (C, "rsf", 17, 17, False, "self", EV),
        side="saf",
    ),
    c(
        "captured-istaslama-ar",
        "ar",
        "استسلم ٩ من جنود العدو لقواتنا في محور الصالحة.",
        (C, "saf", 9, 9, False, "self", EV),
        side="rsf",
    ),
]

ONE: list[Case] = [
    # --- "one" is a figure: "ещё один", "one was killed", "un autre" ---------------------------
    c(
        "one-eshche-odin-missing-ru",
        "ru",
        "Двое наших бойцов ранены, ещё один числится пропавшим без вести.",
        (W, "ru", 2, 2, False, "self", EV),
        (M, "ru", 1, 1, False, "self", EV),
        side="ru",
    ),
    c(
        "one-shche-odnogo-uk",
        "uk",
        "Троє наших бійців поранені, ще одного вважаємо зниклим безвісти.",
        (W, "ua", 3, 3, False, "self", EV),
        (M, "ua", 1, 1, False, "self", EV),
        side="ua",
    ),
    c(
        "one-was-killed-en",
        "en",
        "The Malian army said two soldiers were wounded and one was killed in the ambush.",
        (W, "fama", 2, 2, False, "fama", EV),
        (K, "fama", 1, 1, False, "fama", EV),
    ),
    c(
        "one-un-autre-fr",
        "fr",
        "Au Mali, un soldat a été tué et un autre blessé dans l'attaque, selon l'armée.",
        (K, "fama", 1, 1, False, "fama", EV),
        (W, "fama", 1, 1, False, "fama", EV),
    ),
    c(
        "one-odin-200-ru",
        "ru",
        "Итог: у нас один двухсотый, у противника минимум семь.",
        (K, "ru", 1, 1, False, "self", EV),
        (K, "ua", 7, None, False, "self", EV),
        side="ru",
    ),
    c(
        "one-ahad-ar",
        "ar",
        "استشهد أحد جنودنا وأصيب اثنان آخران في الاشتباك.",
        (K, "saf", 1, 1, False, "self", EV),
        (W, "saf", 2, 2, False, "self", EV),
        side="saf",
    ),
]

SPLIT: list[Case] = [
    # --- a total with its split: each is a claim ------------------------------------------------
    c(
        "split-kia-wia-en",
        "en",
        "Over the week our brigade neutralized 214 occupiers: 96 KIA and 118 WIA.",
        (L, "ru", 214, 214, False, "self", PER),
        (K, "ru", 96, 96, False, "self", PER),
        (W, "ru", 118, 118, False, "self", PER),
        side="ua",
    ),
    c(
        "split-fatal-en",
        "en",
        "The UN monitoring mission recorded 158 civilian casualties in May, 56 of them fatal.",
        (L, "civilians", 158, 158, False, "un", PER),
        (K, "civilians", 56, 56, False, "un", PER),
    ),
    c(
        "split-iz-nih-ru",
        "ru",
        "Потери противника за сутки — 214 человек, из них 96 убитыми и 118 ранеными.",
        (L, "ua", 214, 214, False, "self", PER),
        (K, "ua", 96, 96, False, "self", PER),
        (W, "ua", 118, 118, False, "self", PER),
        side="ru",
    ),
    c(
        "split-urazheno-uk",
        "uk",
        "За тиждень бригада уразила 214 окупантів: 96 ліквідовано, 118 поранено.",
        (L, "ru", 214, 214, False, "self", PER),
        (K, "ru", 96, 96, False, "self", PER),
        (W, "ru", 118, 118, False, "self", PER),
        side="ua",
    ),
    c(
        "split-victimes-dont-fr",
        "fr",
        "Le bilan fait état de 45 victimes, dont 12 morts et 33 blessés.",
        (L, "unknown", 45, 45, False, "self", EV),
        (K, "unknown", 12, 12, False, "self", EV),
        (W, "unknown", 33, 33, False, "self", EV),
    ),
]

SECOND_CLAUSE: list[Case] = [
    # --- a vague figure in a clause of its own ------------------------------------------------
    c(
        "dozens-more-wounded-en",
        "en",
        "At least 30 people were killed, including 11 children, and dozens more were wounded, the health ministry said.",
        (K, "unknown", 30, None, False, "health_ministry", EV),
        (W, "unknown", 20, 99, True, "health_ministry", EV),
    ),
    c(
        "dozens-par-dizaines-fr",
        "fr",
        "Selon un officier ukrainien, les pertes russes se comptent « par dizaines chaque jour ».",
        (L, "ru", 20, 99, True, "ua", PER),
    ),
    c(
        "dozens-desyatki-ru",
        "ru",
        "Погибли семь человек, ещё десятки получили ранения.",
        (K, "unknown", 7, 7, False, "self", EV),
        (W, "unknown", 20, 99, True, "self", EV),
    ),
    c(
        "dozens-desyatky-uk",
        "uk",
        "Загинули п'ятеро людей, ще десятки поранені.",
        (K, "unknown", 5, 5, False, "self", EV),
        (W, "unknown", 20, 99, True, "self", EV),
    ),
    c(
        "dozens-alasharat-ar",
        "ar",
        "قُتل ١٢ شخصاً وأصيب العشرات في القصف.",
        (K, "unknown", 12, 12, False, "self", EV),
        (W, "unknown", 20, 99, True, "self", EV),
    ),
]

ZERO: list[Case] = [
    # --- zero claims in the phrasings posts use --------------------------------------------------
    c(
        "zero-na-shchastya-uk",
        "uk",
        "Ворог атакував наші позиції дронами. Загиблих, на щастя, немає, двоє поранені.",
        (K, "ua", 0, 0, False, "self", EV),
        (W, "ua", 2, 2, False, "self", EV),
        side="ua",
    ),
    c(
        "zero-oboshlis-bez-ru",
        "ru",
        "Штурм отбили, обошлись без двухсотых.",
        (K, "ru", 0, 0, False, "self", EV),
        side="ru",
    ),
    c(
        "zero-no-one-was-killed-en",
        "en",
        "No one was killed in the attack, Governor Oleh Syniehubov said.",
        (K, "unknown", 0, 0, False, "syniehubov", EV),
    ),
    c(
        "zero-aucun-mort-nos-rangs-fr",
        "fr",
        "Aucun mort n'est à déplorer dans nos rangs.",
        (K, "fama", 0, 0, False, "self", EV),
        side="fama",
    ),
    c(
        "zero-lam-tusajjal-ar",
        "ar",
        "لم تسجل أي إصابات في صفوف قواتنا.",
        (W, "saf", 0, 0, False, "self", EV),
        side="saf",
    ),
]

NO_MERGE: list[Case] = [
    # --- a number never merges with a vague word that governs something else -----------------------
    c(
        "no-merge-tysyachi-ru",
        "ru",
        "Погибли не менее 300 мирных жителей, тысячи бежали из города.",
        (K, "civilians", 300, None, False, "self", EV),
    ),
    c(
        "no-merge-tysyachi-uk",
        "uk",
        "Загинули щонайменше 40 цивільних, тисячі залишилися без даху.",
        (K, "civilians", 40, None, False, "self", EV),
    ),
    c(
        "no-merge-thousands-en",
        "en",
        "At least 300 civilians were killed and thousands fled the city.",
        (K, "civilians", 300, None, False, "self", EV),
    ),
    c(
        "no-merge-milliers-fr",
        "fr",
        "Au moins 300 civils ont été tués, des milliers ont fui.",
        (K, "civilians", 300, None, False, "self", EV),
    ),
    c(
        "no-merge-alaalaf-ar",
        "ar",
        "قُتل ٣٠٠ مدني على الأقل ونزح الآلاف من المدينة.",
        (K, "civilians", 300, None, False, "self", EV),
    ),
]

NOT_A_FIGURE: list[Case] = [
    # --- "a number of" states no figure; "three days" is a period -----------------------------------
    c(
        "number-of-adadan-ar",
        "ar",
        "كبّدت قواتنا العدو نحو ٤٠ قتيلاً وعدداً من الجرحى.",
        (K, "rsf", 40, 40, True, "self", EV),
        side="saf",
    ),
    c(
        "number-of-en",
        "en",
        "The raid killed 12 soldiers and wounded a number of others.",
        (K, "unknown", 12, 12, False, "self", EV),
    ),
    c(
        "number-of-certain-nombre-fr",
        "fr",
        "L'attaque a fait 12 morts et un certain nombre de blessés.",
        (K, "unknown", 12, 12, False, "self", EV),
    ),
    c(
        "number-of-ryad-ru",
        "ru",
        "Погибли 12 человек, ряд военнослужащих получили ранения.",
        (K, "unknown", 12, 12, False, "self", EV),
    ),
    c(
        "three-days-ar",
        "ar",
        "سقط أكثر من ٣٠٠ قتيل خلال الأيام الثلاثة الماضية.",
        (K, "unknown", 300, None, False, "self", PER),
    ),
    c(
        "three-days-en",
        "en",
        "More than 300 people were killed over the past three days.",
        (K, "unknown", 300, None, False, "self", PER),
    ),
]

QUOTED_FIGURE: list[Case] = [
    # --- a figure phrase inside quotation marks ---------------------------------------------------
    c(
        "quoted-moins-de-dix-fr",
        "fr",
        "L'armée malienne reconnaît « moins de dix morts » dans ses rangs.",
        (K, "fama", None, 10, False, "fama", EV),
    ),
    c(
        "quoted-fewer-than-ten-en",
        "en",
        'The Malian army acknowledged "fewer than ten deaths" among its troops.',
        (K, "fama", None, 10, False, "fama", EV),
    ),
    c(
        "quoted-ne-bolee-desyatka-ru",
        "ru",
        "ВСУ признали «не более десятка погибших» в своих рядах.",
        (K, "ua", None, 10, False, "ua", EV),
    ),
    c(
        "quoted-aqall-ar",
        "ar",
        'واعترف الجيش المالي بسقوط "أقل من عشرة قتلى" في صفوفه.',
        (K, "fama", None, 10, False, "fama", EV),
    ),
]

NON_CLAIMS: list[Case] = [
    # --- exchanges, bodies handed back, the sick, equipment rows: no claim ------------------------
    c(
        "exchange-vozvrashcheny-ru",
        "ru",
        "Из украинского плена возвращены 84 российских военнослужащих. Взамен Киеву передали 84 пленных ВСУ.",
        side="ru",
    ),
    c(
        "exchange-povernuly-uk",
        "uk",
        "З російського полону повернули додому 95 захисників.",
        side="ua",
    ),
    c(
        "exchange-swapped-en",
        "en",
        "Russia and Ukraine swapped 103 prisoners of war each on Friday.",
    ),
    c(
        "exchange-echange-fr",
        "fr",
        "L'Ukraine et la Russie ont échangé 90 prisonniers chacune.",
    ),
    c(
        "exchange-afrajat-ar",
        "ar",
        "أفرجت قوات الدعم السريع عن ٥٠ أسيراً من الجيش في إطار صفقة.",
    ),
    c(
        "bodies-peredala-ru",
        "ru",
        "Россия передала Украине тела 909 погибших военнослужащих.",
    ),
    c(
        "bodies-povernuly-uk",
        "uk",
        "В Україну повернули тіла 757 загиблих, 34 з них — тіла військових, які загинули під Бахмутом.",
    ),
    c(
        "bodies-received-en",
        "en",
        "Ukraine received the bodies of 502 fallen soldiers in a repatriation.",
    ),
    c(
        "bodies-rapatries-fr",
        "fr",
        "Les corps de 38 soldats tués au front ont été rapatriés vendredi.",
    ),
    c(
        "bodies-tasallamat-ar",
        "ar",
        "تسلمت أوكرانيا جثامين ٥٠٠ من جنودها القتلى.",
    ),
    c(
        "sick-malnutrition-fr",
        "fr",
        "MSF a pris en charge plus de 1 600 enfants souffrant de malnutrition à Zamzam.",
    ),
    c(
        "sick-cholera-en",
        "en",
        "The clinic treated 2,300 patients for cholera last month.",
    ),
    c(
        "sick-cholera-ar",
        "ar",
        "سجلت وزارة الصحة ٤٠٠ إصابة بالكوليرا خلال الأسبوع.",
    ),
    c(
        "tally-plus-zero-uk",
        "uk",
        "Загальні бойові втрати противника з 24.02.22 по 03.03.25 орієнтовно склали:\nособового складу ‒ близько 883 420 (+1 390) осіб\nтанків ‒ 10 234 (+5)\nбойових броньованих машин ‒ 21 300 (+0)",
        (L, "ru", 883420, 883420, True, "self", CUM),
        (L, "ru", 1390, 1390, False, "self", PER),
        side="ua",
    ),
    c(
        "tally-plus-zero-personnel-en",
        "en",
        "Russian losses as of today:\nPersonnel: ~700,000 (+0)\nTanks: 9,000 (+3)",
        (L, "ru", 700000, 700000, True, "self", CUM),
        side="ua",
    ),
]

DENIED: list[Case] = [
    # --- a denied figure is still a claim, by whoever put it about -----------------------------
    c(
        "denied-nafa-ar",
        "ar",
        "نفى الجيش المالي أرقاماً نشرتها جبهة تحرير أزواد عن مقتل ٤٠ جندياً.",
        (K, "fama", 40, 40, False, "tuareg", EV),
    ),
    c(
        "denied-en",
        "en",
        "The Malian army denied claims by the FLA that 40 soldiers were killed.",
        (K, "fama", 40, 40, False, "tuareg", EV),
    ),
    c(
        "denied-fr",
        "fr",
        "L'armée malienne a démenti le bilan du FLA faisant état de 40 soldats tués.",
        (K, "fama", 40, 40, False, "tuareg", EV),
    ),
]

TERRORISTS: list[Case] = [
    # --- "terrorists" a group claims to have killed: unnamed, so unknown ------------------------
    c(
        "terrorists-tysyachi-ru",
        "ru",
        "С момента прибытия в Мали бойцы корпуса уничтожили тысячи террористов.",
        (K, "unknown", 2000, 9999, True, "self", CUM),
        side="wagner",
    ),
    c(
        "terrorists-milliers-fr",
        "fr",
        "Depuis son arrivée, l'Africa Corps affirme avoir neutralisé des milliers de terroristes.",
        (K, "unknown", 2000, 9999, True, "wagner", CUM),
    ),
    c(
        "terrorists-thousands-en",
        "en",
        "Since arriving in Mali, Africa Corps says it has killed thousands of terrorists.",
        (K, "unknown", 2000, 9999, True, "wagner", CUM),
    ),
    c(
        "terrorists-alaalaf-ar",
        "ar",
        "قال الفيلق الأفريقي إنه قضى على آلاف الإرهابيين منذ وصوله إلى مالي.",
        (K, "unknown", 2000, 9999, True, "wagner", CUM),
    ),
]


REAL_POSTS: list[Case] = [
    # --- whole posts in the styles the channels write in --------------------------------------
    c(
        "post-milblogger-storm-ru",
        "ru",
        "🔥Освобождение Новосёловки: подробности\n\nВ ходе штурма подразделения 25-й армии уничтожили до 45 боевиков ВСУ, ещё 7 взяли в плен. У нас двое «трёхсотых», оба эвакуированы.",
        (K, "ua", None, 45, False, "self", EV),
        (C, "ua", 7, 7, False, "self", EV),
        (W, "ru", 2, 2, False, "self", EV),
        side="ru",
    ),
    c(
        "post-rybar-mod-ru",
        "ru",
        "❗️Курское направление: ВСУ потеряли за сутки более 300 военнослужащих — такие данные приводит Минобороны. Также уничтожены 2 танка и 5 БМП.",
        (L, "ua", 300, None, False, "ru_mod", PER),
        side="ru",
    ),
    c(
        "post-headline-repeat-ru",
        "ru",
        "⚡️Удар по Сумам: 8 погибших\n\nВ результате удара по центру Сум погибли восемь человек, ещё 37 ранены, сообщил глава ОВА.",
        (K, "unknown", 8, 8, False, "head_ova", EV),
        (W, "unknown", 37, 37, False, "head_ova", EV),
    ),
    c(
        "post-brigade-week-uk",
        "uk",
        "⚡️Результати роботи наших операторів БпЛА за тиждень:\n▪️ 96 окупантів ліквідовано\n▪️ 118 поранено\n▪️ 3 взято в полон\n▪️ знищено 12 одиниць техніки",
        (K, "ru", 96, 96, False, "self", PER),
        (W, "ru", 118, 118, False, "self", PER),
        (C, "ru", 3, 3, False, "self", PER),
        side="ua",
    ),
    c(
        "post-gs-morning-en",
        "en",
        "The total combat losses of the enemy from 24.02.22 to 15.03.25 are approximately:\npersonnel ‒ about 892,330 (+1,250) persons,\ntanks ‒ 10,245 (+3),\nartillery systems ‒ 24,650 (+31).",
        (L, "ru", 892330, 892330, True, "self", CUM),
        (L, "ru", 1250, 1250, False, "self", PER),
        side="ua",
    ),
    c(
        "post-gs-znieshkodzheno-uk",
        "uk",
        "На Покровському напрямку від початку доби знешкоджено 143 окупанти, з них 72 ліквідовано.",
        (L, "ru", 143, 143, False, "self", PER),
        (K, "ru", 72, 72, False, "self", PER),
        side="ua",
    ),
    c(
        "post-emoji-tally-uk",
        "uk",
        "🔻 Втрати ворога за добу на нашій ділянці:\n☠️ 200-ті — 34\n🩸 300-ті — 51\n🏳️ полонені — 2",
        (K, "ru", 34, 34, False, "self", PER),
        (W, "ru", 51, 51, False, "self", PER),
        (C, "ru", 2, 2, False, "self", PER),
        side="ua",
    ),
    c(
        "post-hasila-rose-ar",
        "ar",
        "ارتفعت حصيلة القتلى المدنيين جراء القصف المدفعي لقوات الدعم السريع على أحياء الفاشر إلى ٤٧ قتيلاً، بينهم ١٢ طفلاً، فيما أصيب أكثر من ١٠٠ آخرين.",
        (K, "civilians", 47, 47, False, "self", EV),
        (W, "civilians", 100, None, False, "self", EV),
    ),
    c(
        "post-rsf-statement-ar",
        "ar",
        "تمكنت قواتنا الباسلة من صد هجوم فلول الجيش على منطقة أم صميمة، وكبدتهم خسائر فادحة في الأرواح والعتاد بلغت أكثر من ١٥٠ قتيلاً، واستلمت ٢٥ عربة قتالية.",
        (K, "saf", 150, None, False, "self", EV),
        side="rsf",
    ),
    c(
        "post-saf-statement-ar",
        "ar",
        "القوات المسلحة: تحييد أكثر من ٢٠٠ من عناصر الميليشيا المتمردة وأسر ٣٠ آخرين في محور بارا، وارتقاء ٥ شهداء من قواتنا.",
        (K, "rsf", 200, None, False, "self", EV),
        (C, "rsf", 30, 30, False, "self", EV),
        (K, "saf", 5, 5, False, "self", EV),
        side="saf",
    ),
    c(
        "post-fama-communique-fr",
        "fr",
        "COMMUNIQUÉ DE L'ÉTAT-MAJOR GÉNÉRAL DES ARMÉES\n\nLe 12 mars 2025, une unité FAMa a été la cible d'une attaque complexe dans la zone de Tessit. La riposte vigoureuse des FAMa a permis de neutraliser une trentaine de terroristes. Bilan provisoire côté ami : 4 morts et 7 blessés.",
        (K, "unknown", 30, 30, True, "self", EV),
        (K, "fama", 4, 4, False, "self", EV),
        (W, "fama", 7, 7, False, "self", EV),
        side="fama",
    ),
    c(
        "post-fla-mixed-fr",
        "fr",
        "Le FLA annonce avoir abattu un drone et neutralisé 12 éléments des FAMa et de Wagner lors des combats d'hier.",
        (K, "unknown", 12, 12, False, "self", EV),
        side="tuareg",
    ),
    c(
        "post-wire-village-en",
        "en",
        "Gunmen killed at least 20 people, including five children, in an attack on a village in central Mali, local officials said on Tuesday.",
        (K, "unknown", 20, None, False, "local_officials", EV),
    ),
    c(
        "post-wire-range-en",
        "en",
        "Between 30 and 40 Malian soldiers were killed in the ambush near Boulkessi, a security source said.",
        (K, "fama", 30, 40, False, "security_source", EV),
    ),
    c(
        "post-wire-two-tolls-en",
        "en",
        "At least 54 Wagner fighters and 47 Malian soldiers were killed, including a senior commander, the Tuareg rebels said.",
        (K, "wagner", 54, None, False, "tuareg", EV),
        (K, "fama", 47, 47, False, "tuareg", EV),  # "at least" bounds the first figure
    ),
    c(
        "post-un-since-war-ru",
        "ru",
        "По данным ООН, с начала войны в Судане погибли более 20 тысяч мирных жителей.",
        (K, "civilians", 20000, None, False, "un", CUM),
    ),
    c(
        "post-medical-sources-ar",
        "ar",
        "قالت مصادر طبية إن ١٥ شخصاً على الأقل قتلوا وأصيب ٣٠ آخرون في قصف بطائرة مسيرة على سوق في مدينة الأبيض.",
        (K, "unknown", 15, None, False, "medical_sources", EV),
        (W, "unknown", 30, 30, False, "medical_sources", EV),
    ),
    c(
        "post-bilan-provisoire-fr",
        "fr",
        "Selon un bilan provisoire, l'attaque a fait au moins 31 morts parmi les civils, dont 8 enfants, et une quarantaine de blessés.",
        (K, "civilians", 31, None, False, "self", EV),
        (W, "civilians", 40, 40, True, "self", EV),
    ),
]


MORE: list[Case] = [
    # --- slang, rescuers, a second period in one sentence, prisoners shot, tolls that rose --------
    c(
        "slang-minus-ru",
        "ru",
        "Минус 15 укропов за ночь на нашем участке.",
        (L, "ua", 15, 15, False, "self", PER),
        side="ru",
    ),
    c(
        "slang-zadvuhsotili-ru",
        "ru",
        "Операторы FPV задвухсотили ещё 8 всушников.",
        (K, "ua", 8, 8, False, "self", EV),
        side="ru",
    ),
    c(
        "slang-minus-headline-uk",
        "uk",
        "🔥 Мінус 980 окупантів за добу!\n\nВсього з початку вторгнення ворог втратив близько 700 000 (+980) військових.",
        (L, "ru", 980, 980, False, "self", PER),
        (L, "ru", 700000, 700000, True, "self", CUM),
        side="ua",
    ),
    c(
        "rescuers-ru",
        "ru",
        "В результате повторного удара погибли трое сотрудников МЧС, ещё двое спасателей ранены.",
        (K, "civilians", 3, 3, False, "self", EV),
        (W, "civilians", 2, 2, False, "self", EV),
        side="ru",
    ),
    c(
        "rescuers-uk",
        "uk",
        "Під час повторного удару загинули двоє рятувальників ДСНС, ще четверо поранені.",
        (K, "civilians", 2, 2, False, "self", EV),
        (W, "civilians", 4, 4, False, "self", EV),
        side="ua",
    ),
    c(
        "rescuers-en",
        "en",
        "A second strike killed two firefighters and wounded five paramedics.",
        (K, "civilians", 2, 2, False, "self", EV),
        (W, "civilians", 5, 5, False, "self", EV),
    ),
    c(
        "second-period-ru",
        "ru",
        "За сутки на Донецком направлении уничтожено до 210 военнослужащих ВСУ, а за неделю — свыше 1 500.",
        (K, "ua", None, 210, False, "self", PER),
        (K, "ua", 1500, None, False, "self", PER),
        side="ru",
    ),
    c(
        "second-period-en",
        "en",
        "Russia lost 1,200 troops over the past day and more than 8,000 over the week.",
        (L, "ru", 1200, 1200, False, "self", PER),
        (L, "ru", 8000, None, False, "self", PER),
        side="ua",
    ),
    c(
        "second-period-uk",
        "uk",
        "За добу ворог втратив 1 150 окупантів, а за тиждень — понад 8 тисяч.",
        (L, "ru", 1150, 1150, False, "self", PER),
        (L, "ru", 8000, None, False, "self", PER),
        side="ua",
    ),
    c(
        "prisoners-shot-uk",
        "uk",
        "Окупанти розстріляли 6 наших військовополонених на Запорізькому напрямку.",
        (K, "ua", 6, 6, False, "self", EV),
        side="ua",
    ),
    c(
        "prisoners-executed-en",
        "en",
        "Russian troops executed 9 Ukrainian prisoners of war near Pokrovsk, prosecutors said.",
        (K, "ua", 9, 9, False, "prosecutors", EV),
    ),
    c(
        "toll-rose-civilians-en",
        "en",
        "The death toll among civilians from the strike on Sumy has risen to 35.",
        (K, "civilians", 35, 35, False, "self", EV),
    ),
    c(
        "toll-rose-civilians-ru",
        "ru",
        "Число погибших мирных жителей в Судже выросло до 12.",
        (K, "civilians", 12, 12, False, "self", EV),
    ),
    c(
        "toll-rose-civilians-fr",
        "fr",
        "Le bilan des civils tués dans la frappe sur Soumy est monté à 35.",
        (K, "civilians", 35, 35, False, "self", EV),
    ),
    c(
        "irrecoverable-part-uk",
        "uk",
        "За тиждень бригада знищила 312 окупантів, з них 140 – безповоротно.",
        (L, "ru", 312, 312, False, "self", PER),
        (K, "ru", 140, 140, False, "self", PER),
        side="ua",
    ),
    c(
        "irrecoverable-part-ru",
        "ru",
        "За неделю подразделение поразило 230 боевиков ВСУ, из них 95 — безвозвратно.",
        (L, "ua", 230, 230, False, "self", PER),
        (K, "ua", 95, 95, False, "self", PER),
        side="ru",
    ),
    c(
        "hurt-one-of-them-dead-ru",
        "ru",
        "В результате атаки БПЛА на Белгород пострадали 7 человек, один из них погиб.",
        (L, "unknown", 7, 7, False, "self", EV),
        (K, "unknown", 1, 1, False, "self", EV),
    ),
    c(
        "hurt-one-of-them-dead-uk",
        "uk",
        "Через обстріл Харкова постраждали 11 людей, одна з них загинула.",
        (L, "unknown", 11, 11, False, "self", EV),
        (K, "unknown", 1, 1, False, "self", EV),
    ),
]


REPORTS: list[Case] = [
    # --- the shapes of daily and weekly reports ---------------------------------------------------
    c(
        "list-under-tally-header-ru",
        "ru",
        "Минобороны России подвело итоги недели. Потери ВСУ по направлениям составили:\n▪️ Купянское — свыше 900 военнослужащих;\n▪️ Покровское — до 2 400;\n▪️ Курское — более 1 300.",
        (L, "ua", 900, None, False, "ru_mod", PER),
        (L, "ua", None, 2400, False, "ru_mod", PER),
        (L, "ua", 1300, None, False, "ru_mod", PER),
    ),
    c(
        "list-sibling-lines-uk",
        "uk",
        "🔹 За минулу добу на нашій ділянці:\n▪️ Покровський напрямок — ворог втратив 230 осіб;\n▪️ Курахівський — 180;\n▪️ Врем'ївський — 95.",
        (L, "ru", 230, 230, False, "self", PER),
        (L, "ru", 180, 180, False, "self", PER),
        (L, "ru", 95, 95, False, "self", PER),
        side="ua",
    ),
    c(
        "list-under-tally-header-en",
        "en",
        "Russian losses by direction over the past day:\n- Pokrovsk: 310 personnel\n- Kupiansk: 140\n- Kursk: 95",
        (L, "ru", 310, 310, False, "self", PER),
        (L, "ru", 140, 140, False, "self", PER),
        (L, "ru", 95, 95, False, "self", PER),
        side="ua",
    ),
    c(
        "report-period-carries-ru",
        "ru",
        "Подразделения группировки «Восток» в течение суток нанесли поражение трём бригадам ВСУ.\n\nПодразделения группировки «Днепр» улучшили положение. Противник потерял до 60 военнослужащих и два автомобиля.",
        (L, "ua", None, 60, False, "self", PER),
        side="ru",
    ),
    c(
        "report-period-carries-uk",
        "uk",
        "Минулої доби відбулося 160 бойових зіткнень.\n\nНа Лиманському напрямку сили оборони відбили 12 атак. Ворог втратив 85 окупантів.",
        (L, "ru", 85, 85, False, "self", PER),
        side="ua",
    ),
    c(
        "ministry-anaphora-ar",
        "ar",
        "أعلنت وزارة الدفاع الروسية أن القوات الأوكرانية خسرت أكثر من ١٣٠٠ عسكري خلال يوم. وأوضحت الوزارة في بيانها أن خسائر العدو في منطقة مجموعة قوات الشمال بلغت ٢٣٠ عسكرياً.",
        (L, "ua", 1300, None, False, "ru_mod", PER),
        (L, "ua", 230, 230, False, "ru_mod", PER),
    ),
    c(
        "ministry-anaphora-en",
        "en",
        "Russia's defence ministry said Ukraine lost 1,300 troops over the past day. The ministry added that Ukrainian forces lost up to 230 troops in the Battlegroup North area.",
        (L, "ua", 1300, 1300, False, "ru_mod", PER),
        (L, "ua", None, 230, False, "ru_mod", PER),
    ),
    c(
        "elliptical-other-area-ar",
        "ar",
        "بلغت خسائر الجيش الأوكراني في منطقة قوات الوسط ٤٨٠ عسكرياً، بينما تجاوزت ١٧٠ عسكرياً في منطقة قوات الجنوب.",
        (L, "ua", 480, 480, False, "self", EV),
        (L, "ua", 170, None, False, "self", EV),
    ),
    c(
        "and-more-than-next-ar",
        "ar",
        "ارتفعت حصيلة الهجوم إلى ٨٠ قتيلاً وأكثر من ١٥٠ جريحاً.",
        (K, "unknown", 80, 80, False, "self", EV),
        (W, "unknown", 150, None, False, "self", EV),
    ),
    c(
        "killed-and-wounded-about-ar",
        "ar",
        "قالت مصادر إن نحو ٤٠ مسلحاً قتلوا وأصيب نحو ٦٠ آخرين في الاشتباكات.",
        (K, "unknown", 40, 40, True, "sources", EV),
        (W, "unknown", 60, 60, True, "sources", EV),
    ),
    c(
        "killed-or-wounded-shared-en",
        "en",
        "More than 600 soldiers were killed or wounded in the battle, officials said.",
        (L, "unknown", 600, None, False, "officials", EV),
    ),
    c(
        "army-own-channel-communique-fr",
        "fr",
        "COMMUNIQUÉ DE L'ÉTAT-MAJOR GÉNÉRAL DES ARMÉES\nUne patrouille a été attaquée près de Léré. La riposte a permis de neutraliser une vingtaine d'assaillants. De notre côté, on déplore deux morts.",
        (K, "unknown", 20, 20, True, "self", EV),
        (K, "fama", 2, 2, False, "self", EV),
        side="fama",
    ),
]


ARABIC_FORMS: list[Case] = [
    # --- Arabic: clitic "and" on a figure, "one" after its noun, unit numbers, "its members" ---
    c(
        "conj-on-figure-ar",
        "ar",
        "أسفر الكمين عن مقتل ٢١ من عناصر الفيلق الأفريقي وسبعة من جنود الجيش المالي.",
        (K, "wagner", 21, 21, False, "self", EV),
        (K, "fama", 7, 7, False, "self", EV),
    ),
    c(
        "one-after-noun-ar",
        "ar",
        "قالت جماعة نصرة الإسلام والمسلمين إن مقاتليها قتلوا ٩ جنود ماليين وأسروا جندياً واحداً قرب نيونو.",
        (K, "fama", 9, 9, False, "jnim", EV),
        (C, "fama", 1, 1, False, "jnim", EV),
    ),
    c(
        "unit-number-ar",
        "ar",
        "أعلنت وزارة الدفاع الروسية القضاء على ما يصل إلى ٦٠ عسكرياً من اللواء ٤٧ الأوكراني.",
        (K, "ua", None, 60, False, "ru_mod", EV),
    ),
    c(
        "its-members-ar",
        "ar",
        "نصبت قواتنا كميناً لمتحرك الجنجويد قرب بارا، وقتلت ٤٥ من أفراده وأسرت ٦.",
        (K, "rsf", 45, 45, False, "self", EV),
        (C, "rsf", 6, 6, False, "self", EV),
        side="saf",
    ),
    c(
        "dual-and-two-ar",
        "ar",
        "قُتل طفلان اثنان وأصيبت أربع نساء في قصف على حي سكني.",
        (K, "civilians", 2, 2, False, "self", EV),
        (W, "civilians", 4, 4, False, "self", EV),
    ),
    c(
        "commander-in-forces-ar",
        "ar",
        "قُتل قائد ميداني في قوات الدعم السريع في غارة جوية شمال الخرطوم.",
        (K, "rsf", 1, 1, False, "self", EV),
    ),
    c(
        "eliminated-split-verb-ar",
        "ar",
        "أعلنت وزارة الدفاع الروسية أن قواتها قضت كذلك على أكثر من ٣٠ عسكرياً أوكرانياً.",
        (K, "ua", 30, None, False, "ru_mod", EV),
    ),
    c(
        "drones-of-them-ar",
        "ar",
        "تصدت قواتنا لمسيرات الميليشيا وأسقطت ٥ منها دون أي خسائر بشرية في صفوفنا.",
        (L, "saf", 0, 0, False, "self", EV),
        side="saf",
    ),
]


WIRE_FORMS: list[Case] = [
    # --- wire copy: headline and body, a title that dates a report, soldiers of the post's army ---
    c(
        "headline-body-bounds-en",
        "en",
        "Drone strike kills 12 at Sudan market, monitors say\n\nA drone strike killed at least 12 civilians at a market in El Obeid on Monday, a local monitoring group said.",
        (K, "civilians", 12, None, False, "local_monitoring_group", EV),
    ),
    c(
        "headline-body-bounds-fr",
        "fr",
        "Mali : 20 civils tués dans une attaque\n\nAu moins 20 civils ont été tués dimanche dans l'attaque d'un village près de Mopti, selon des sources locales.",
        (K, "civilians", 20, None, False, "local_sources", EV),
    ),
    c(
        "title-dates-report-en",
        "en",
        "92nd Brigade | Pokrovsk direction, past 24 hours\n\nThe enemy lost 41 killed and 57 wounded. 2 occupiers were captured.",
        (K, "ru", 41, 41, False, "self", PER),
        (W, "ru", 57, 57, False, "self", PER),
        (C, "ru", 2, 2, False, "self", PER),
        side="ua",
    ),
    c(
        "displaced-people-killed-en",
        "en",
        "Shelling killed at least 9 displaced people and wounded 20 others at the camp, an aid group said.",
        (K, "civilians", 9, None, False, "aid_group", EV),
        (W, "civilians", 20, 20, False, "aid_group", EV),
    ),
    c(
        "soldiers-of-posts-army-en",
        "en",
        "Mali's army said it repelled an attack on its base in Tessit. Accounts linked to JNIM said more than 60 soldiers were killed.",
        (K, "fama", 60, None, False, "accounts", EV),
    ),
    c(
        "vehicles-not-people-en",
        "en",
        "Our unit destroyed 3 BMPs and 2 MT-LBs near Toretsk.",
        side="ua",
    ),
]


CASES = (
    OUR_SIDE
    + ENEMY_FORMS
    + NAMED_ELSEWHERE
    + CARRIED_OVER
    + REPORTED
    + POSSESSIVE_BACK
    + CAPTURED_FORMS
    + ONE
    + SPLIT
    + SECOND_CLAUSE
    + ZERO
    + NO_MERGE
    + NOT_A_FIGURE
    + QUOTED_FIGURE
    + NON_CLAIMS
    + DENIED
    + TERRORISTS
    + REAL_POSTS
    + MORE
    + REPORTS
    + ARABIC_FORMS
    + WIRE_FORMS
)


@pytest.mark.parametrize("c", params(CASES))
def test_generalisation(c: Case) -> None:
    check(c)
