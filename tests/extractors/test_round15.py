"""Round 15: other states' armies and groups outside the table, and people of a separate
incident. Sentences of our own, in every language where the phenomenon exists; none is copied
from a test set.

Claims are (kind, victim, low, high, approx, claimant, scope); the harness is the yardstick's.
"""

from __future__ import annotations

import pytest

from tests.extractors.cases import EV, C, Case, K, L, M, W, c, check, params

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

# --- E: parts of a toll said after it: "that among the victims were", the hospitalised, ------
# those in a grave condition after a dash
LATER_PARTS: list[Case] = [
    c(
        "that-among-ar",
        "ar",
        "ارتفع عدد ضحايا القصف إلى 120 قتيلاً و158 مصاباً، مشيرة إلى أن بين الضحايا 21 امرأة "
        "و11 طفلاً.",
        (K, "unknown", 120, 120, False, "self", EV),
        (W, "unknown", 158, 158, False, "self", EV),
    ),
    c(
        "that-among-en",
        "en",
        "The toll rose to 120 dead and 158 injured, adding that among the dead were 21 women "
        "and 11 children.",
        (K, "unknown", 120, 120, False, "self", EV),
        (W, "unknown", 158, 158, False, "self", EV),
    ),
    c(
        "that-among-ru",
        "ru",
        "Погибли 120 человек, 158 ранены. Он уточнил, что среди погибших 21 женщина и 11 детей.",
        (K, "unknown", 120, 120, False, "self", EV),
        (W, "unknown", 158, 158, False, "self", EV),
    ),
    c(
        "hospitalised-part-ru",
        "ru",
        "Число погибших возросло до 13, ранены 113 человек. 60 раненых госпитализированы, "
        "18 — в тяжёлом состоянии.",
        (K, "unknown", 13, 13, False, "self", EV),
        (W, "unknown", 113, 113, False, "self", EV),
    ),
    c(
        "hospitalised-part-uk",
        "uk",
        "Загинули 2 людини, 25 поранено. 12 з них госпіталізовано, троє у важкому стані.",
        (K, "unknown", 2, 2, False, "self", EV),
        (W, "unknown", 25, 25, False, "self", EV),
    ),
    c(
        "hospitalised-part-en",
        "en",
        "13 people were killed and 113 wounded. 60 of the wounded were hospitalised, 18 are in "
        "serious condition.",
        (K, "unknown", 13, 13, False, "self", EV),
        (W, "unknown", 113, 113, False, "self", EV),
    ),
    c(
        "hospitalised-part-fr",
        "fr",
        "Deux morts et 40 blessés ; 12 blessés ont été hospitalisés.",
        (K, "unknown", 2, 2, False, "self", EV),
        (W, "unknown", 40, 40, False, "self", EV),
    ),
    c(
        "hospitalised-part-ar",
        "ar",
        "قتل 3 وأصيب 20، نقل 8 منهم إلى المستشفى.",
        (K, "unknown", 3, 3, False, "self", EV),
        (W, "unknown", 20, 20, False, "self", EV),
    ),
    # with no larger toll of wounded before them, the hospitalised are the wounded
    c(
        "hospitalised-are-the-wounded-en",
        "en",
        "Two people were killed and 15 were hospitalised.",
        (K, "unknown", 2, 2, False, "self", EV),
        (W, "unknown", 15, 15, False, "self", EV),
    ),
    c(
        "hospitalised-are-the-wounded-ru",
        "ru",
        "Погибли двое мирных жителей, ещё пятерых госпитализировали с осколочными ранениями.",
        (K, "civilians", 2, 2, False, "self", EV),
        (W, "civilians", 5, 5, False, "self", EV),
    ),
]

# --- F: "а также" (as well as) joins a figure to the toll; before a verb it opens its own -----
AS_WELL_AS: list[Case] = [
    c(
        "as-well-as-ru",
        "ru",
        "В ходе столкновений погибли 1 383 мирных жителя, а также около 230 сотрудников сил "
        "безопасности и 250 боевиков.",
        (K, "civilians", 1383, 1383, False, "self", EV),
        (K, "unknown", 230, 230, True, "self", EV),
        (K, "unknown", 250, 250, False, "self", EV),
    ),
    c(
        "as-well-as-uk",
        "uk",
        "Загинули 12 цивільних, а також 5 військових.",
        (K, "civilians", 12, 12, False, "self", EV),
        (K, "unknown", 5, 5, False, "self", EV),
    ),
    c(
        "as-well-as-verb-ru",
        "ru",
        "Повстанцы заявили, что убили 84 вагнеровца и 47 малийских военных, а также взяли в плен "
        "нескольких россиян.",
        (K, "wagner", 84, 84, False, "tuareg", EV),
        (K, "fama", 47, 47, False, "tuareg", EV),
        (C, "wagner", 2, 9, True, "tuareg", EV),  # Russians in a Mali post: Africa Corps
    ),
]

# --- G: equipment and words of one language the lists lacked --------------------------------
LEXICAL: list[Case] = [
    c(
        "model-apc-en",
        "en",
        "The AFU losses amounted to up to 445 troops, one tank, two US-made M113 armoured "
        "personnel carriers and four pickup trucks.",
        (L, "ua", None, 445, False, "self", EV),
    ),
    c(
        "apc-ru",
        "ru",
        "Потери ВСУ составили до 445 военнослужащих, танк и два американских бронетранспортёра.",
        (L, "ua", None, 445, False, "self", EV),
    ),
    c(
        "they-wounded-ar",
        "ar",
        "دمر مقاتلونا 4 دبابات، وقضوا على 63 محتلاً وأصابوا 90 آخرين.",
        (K, "ru", 63, 63, False, "self", EV),
        (W, "ru", 90, 90, False, "self", EV),
        side="ua",
    ),
]

# --- H: another speaker's figure for the same toll, "puts the figure at", in one sentence too -
RESTATED: list[Case] = [
    c(
        "restated-while-en",
        "en",
        "The UN reported at least 133 dead, while a local collective puts the figure at about 400.",
        (K, "unknown", 133, None, False, "un", EV),
        (K, "unknown", 400, 400, True, "*", EV),
    ),
    c(
        "restated-while-uk",
        "uk",
        "ООН повідомила про 133 загиблих, тоді як місцевий колектив називає цифру близько 400.",
        (K, "unknown", 133, 133, False, "un", EV),
        (K, "unknown", 400, 400, True, "*", EV),
    ),
    c(
        "restated-while-ru",
        "ru",
        "ООН сообщила о 133 погибших, тогда как местный коллектив называет цифру около 400.",
        (K, "unknown", 133, 133, False, "un", EV),
        (K, "unknown", 400, 400, True, "*", EV),
    ),
    c(
        "restated-spoke-of-ar",
        "ar",
        "قالت مصادر أمنية إن 100 شخص قتلوا، فيما تحدثت منظمات حقوقية عن أكثر من 400.",
        (K, "unknown", 100, 100, False, "*", EV),
        (K, "unknown", 400, None, False, "*", EV),
    ),
    c(
        "restated-evoquent-fr",
        "fr",
        "Selon l'armée, 100 personnes ont été tuées, tandis que des ONG évoquent plus de 400.",
        (K, "unknown", 100, 100, False, "*", EV),
        (K, "unknown", 400, None, False, "*", EV),
    ),
    c(
        "five-genitive-uk",
        "uk",
        "Кількість загиблих унаслідок атаки на Запоріжжя зросла до п'яти, повідомив Федоров.",
        (K, "unknown", 5, 5, False, "*", EV),
    ),
]

# --- I: one person who speaks, or describes the speaker, is no count -------------------------
SPEAKER_ONE: list[Case] = [
    c(
        "an-officer-told-en",
        "en",
        "Al-Shabab fighters stormed a base, killing at least 17 soldiers, a military officer told "
        "The Associated Press.",
        (K, "unknown", 17, None, False, "*", EV),
    ),
    c(
        "commander-apposition-en",
        "en",
        '"We lost 14 men in those three weeks," said the company commander, a 38-year-old former '
        'teacher. "Seven are dead."',
        (K, "unknown", 14, 14, False, "*", EV),
        # round 18: the quote that goes on after its speaker was named is his too
        (K, "unknown", 7, 7, False, "*", EV),
    ),
    c(
        "tri-border-fr",
        "fr",
        "Dans la zone des trois frontières, 47 terroristes ont été neutralisés.",
        (K, "unknown", 47, 47, False, "self", EV),
    ),
    c(
        "tri-border-ru",
        "ru",
        "В районе трёх границ уничтожены 47 террористов.",
        (K, "unknown", 47, 47, False, "self", EV),
    ),
]

# --- J: Arabic reports: "until today" in a tally's date span, the perished, farmers, axes, ---
# critical cases; a head that names the victims keeps them whatever "most of them" adds
ARABIC_REPORTS: list[Case] = [
    c(
        "until-today-ar",
        "ar",
        "بلغت الخسائر القتالية للعدو منذ 24 فبراير 2022 حتى اليوم نحو 770,630 (+1,350) عسكريا، "
        "و9,650 (+6) دبابة.",
        (L, "ru", 770630, 770630, True, "self", "cumulative"),
        (L, "ru", 1350, 1350, False, "self", "period"),
        side="ua",
    ),
    c(
        "perished-ar",
        "ar",
        "متحرك الصياد يطهر منطقة الخوي من دنس الجنجويد ويكبدهم أكثر من 400 هالك",
        (K, "rsf", 400, None, False, "self", EV),
        side="saf",
    ),
    c(
        "farmers-ar",
        "ar",
        "قتل مسلحون ما لا يقل عن 40 مزارعا في ولاية بورنو، واختطفوا 12 آخرين.",
        (K, "civilians", 40, None, False, "self", EV),
        (C, "civilians", 12, 12, False, "self", EV),
    ),
    c(
        "critical-cases-ar",
        "ar",
        "ارتفاع عدد ضحايا القصف إلى 120 قتيلا من المدنيين وأكثر من 150 جريحا، وتم تحويل 23 "
        "حالة حرجة إلى مستشفى النو.",
        (K, "civilians", 120, 120, False, "self", EV),
        (W, "civilians", 150, None, False, "self", EV),
        side="saf",
    ),
    c(
        "axes-ar",
        "ar",
        "صدت القوات الهجوم وكبدت المليشيا خسائر كبيرة، مضيفا أن الهجوم جاء من 4 محاور.",
    ),
    c(
        "mostly-after-head-ar",
        "ar",
        "وثق المرصد السوري مقتل 1383 مدنيا، غالبيتهم من العلويين، في الساحل.",
        (K, "civilians", 1383, 1383, False, "sohr", EV),
    ),
    c(
        "mostly-after-head-en",
        "en",
        "The Syrian Observatory said 1,383 civilians, most of them Alawites, were killed.",
        (K, "civilians", 1383, 1383, False, "sohr", EV),
    ),
    c(
        "mostly-mixed-en",
        "en",
        "At least 40 people, most of them civilians, were killed.",
        (K, "unknown", 40, None, False, "self", EV),
    ),
    c(
        "soldiers-then-wounded-ar",
        "ar",
        "أعلن الجيش المالي تحييد نحو ثلاثين إرهابيا، فيما استشهد جنديان وأصيب ثلاثة في انفجار "
        "عبوة ناسفة قرب غاو.",
        (K, "unknown", 30, 30, True, "*", EV),
        (K, "fama", 2, 2, False, "*", EV),
        (W, "fama", 3, 3, False, "*", EV),
    ),
]

# --- K: whose losses: who speaks of them owns none; "mostly from drones" is how, not who; an ---
# attacker in a header is no victim; a bare figure after a toll of people is of those people
WHOSE: list[Case] = [
    c(
        "speaker-owns-no-losses-ru",
        "ru",
        "Генштаб ВСУ оценил потери российской армии за сутки в 1 230 человек.",
        (L, "ru", 1230, 1230, False, "ua_gs", "period"),
    ),
    c(
        "mostly-from-ru",
        "ru",
        "Противник за сутки потерял от 80 до 120 человек на участке Лысовка — Котлино, в "
        "основном от FPV и сбросов.",
        (L, "ua", 80, 120, False, "self", "period"),
        side="ru",
    ),
    c(
        "mostly-from-en",
        "en",
        "The enemy lost up to 120 men, mostly from drone strikes.",
        (K, "ru", None, 120, False, "self", EV),
        side="ua",
    ),
    c(
        "attacker-header-uk",
        "uk",
        "Ворог атакував Дніпро ракетами.\n🔹 Загинули 2 людини.\n🔹 Поранені 8, з них троє у "
        "важкому стані.",
        (K, "unknown", 2, 2, False, "self", EV),
        (W, "unknown", 8, 8, False, "self", EV),
        side="ua",
    ),
    c(
        "bare-after-people-ru",
        "ru",
        "Уничтожено до 30 человек. Ранены 15.",
        (K, "ua", None, 30, False, "self", EV),
        (W, "ua", 15, 15, False, "self", EV),
        side="ru",
    ),
]

# --- L: slang tallies after the enemy's move in the sentence before; bodies handed over with a -
# word between; "one of the captured" after the toll
FRONT_LINE: list[Case] = [
    c(
        "slang-after-enemy-move-ru",
        "ru",
        "🔥 Часов Яр: хохлы опять пытались «контратаковать» через канал. Итог предсказуемый — "
        "полтора десятка двухсотых остались в посадке.",
        (K, "ua", 15, 15, True, "self", EV),
        side="ru",
    ),
    c(
        "slang-own-after-enemy-attack-ru",
        "ru",
        "Хохлы пытались прорваться на наши позиции. У нас 3 двухсотых.",
        (K, "ru", 3, 3, False, "self", EV),
        side="ru",
    ),
    c(
        "bodies-handed-over-ru",
        "ru",
        "Россия передала Украине 909 тел погибших военнослужащих, получив в ответ 34 тела, "
        "сообщил источник.",
    ),
    c(
        "bodies-handed-over-uk",
        "uk",
        "Росія передала Україні 909 тіл загиблих військових, отримавши у відповідь 34 тіла.",
    ),
    c(
        "one-of-the-captured-uk",
        "uk",
        "За підсумками бою знищено 46 окупантів, ще 9 взято в полон. Один із полонених — 1998 "
        "року народження.",
        (K, "ru", 46, 46, False, "self", EV),
        (C, "ru", 9, 9, False, "self", EV),
        side="ua",
    ),
    c(
        "one-of-the-captured-en",
        "en",
        "46 were killed and 9 captured. One of the captured was born in 1998.",
        (K, "unknown", 46, 46, False, "self", EV),
        (C, "unknown", 9, 9, False, "self", EV),
    ),
    c(
        "one-of-the-dead-ru",
        "ru",
        "Погибли 12 человек. Один из погибших — ребёнок.",
        (K, "unknown", 12, 12, False, "self", EV),
    ),
]

# --- M: news paragraphs: abbreviated hours and months, no agreed toll, victims of violence, a ---
# second source's figure after "selon", "military deaths" of the army the post is about
NEWS: list[Case] = [
    c(
        "hours-abbreviated-fr",
        "fr",
        "⚡ Direction de Koupiansk : en 24 h, les forces ukrainiennes ont perdu plus de 300 "
        "hommes tués et blessés.",
        (L, "ua", 300, None, False, "self", "period"),
        side="ru",
    ),
    c(
        "hours-abbreviated-ru",
        "ru",
        "За 24 ч противник потерял до 300 человек.",
        (L, "ua", None, 300, False, "self", "period"),
        side="ru",
    ),
    c(
        "month-abbreviated-en",
        "en",
        "Israeli strikes killed at least 32 Palestinians over the past 24 hours, the health "
        "ministry said, bringing the toll since Oct. 7, 2023 to 43,603 dead and 102,929 wounded.",
        (K, "unknown", 32, None, False, "*", "period"),
        (K, "unknown", 43603, 43603, False, "*", "cumulative"),
        (W, "unknown", 102929, 102929, False, "*", "cumulative"),
    ),
    c(
        "no-agreed-toll-en",
        "en",
        "Two years into Sudan's war, there is still no agreed death toll.",
    ),
    c(
        "victims-of-violence-fr",
        "fr",
        "Le document recense aussi 58 femmes et filles victimes de violences sexuelles.",
    ),
    c(
        "victims-of-violence-en",
        "en",
        "The report also lists 58 women and girls who were victims of sexual violence.",
    ),
    c(
        "second-source-fr",
        "fr",
        "Entre 200 et 400 morts, selon des sources sécuritaires ; plusieurs centaines selon des "
        "habitants joints par téléphone.",
        (K, "unknown", 200, 400, False, "*", EV),
        (K, "unknown", 200, 999, True, "*", EV),
    ),
    c(
        "second-source-en",
        "en",
        "At least 100 people were killed, according to the army; 300, according to residents.",
        (K, "unknown", 100, None, False, "*", EV),
        (K, "unknown", 300, 300, False, "*", EV),
    ),
    c(
        "military-deaths-en",
        "en",
        "Mediazona confirmed by name the deaths of 106,745 Russian soldiers killed in Ukraine "
        "since February 2022. The journalists estimate the real number of military deaths at "
        "between 164,000 and 237,000.",
        (K, "ru", 106745, 106745, False, "mediazona", "cumulative"),
        (K, "ru", 164000, 237000, False, "self", EV),
    ),
]

# --- N: a toll broken down by place after a colon: each place's figure is a claim ------------
BY_PLACE: list[Case] = [
    c(
        "by-place-fr",
        "fr",
        "Trente-neuf civils ont été tués jeudi dans deux attaques, a annoncé le ministère de la "
        "Défense : 21 à Libiri et 18 à Kokorou.",
        (K, "civilians", 39, 39, False, "*", EV),
        (K, "civilians", 21, 21, False, "*", EV),
        (K, "civilians", 18, 18, False, "*", EV),
    ),
    c(
        "by-place-en",
        "en",
        "At least 39 civilians were killed in two attacks: 21 in Libiri and 18 in Kokorou.",
        (K, "civilians", 39, None, False, "self", EV),
        (K, "civilians", 21, 21, False, "self", EV),
        (K, "civilians", 18, 18, False, "self", EV),
    ),
    c(
        "by-place-uk",
        "uk",
        "Загинули 7 людей: 4 у Костянтинівці та 3 у Покровську.",
        (K, "unknown", 7, 7, False, "self", EV),
        (K, "unknown", 4, 4, False, "self", EV),
        (K, "unknown", 3, 3, False, "self", EV),
    ),
    c(
        "by-place-ru",
        "ru",
        "Погибли 39 мирных жителей: 21 в Либири и 18 в Кокороу.",
        (K, "civilians", 39, 39, False, "self", EV),
        (K, "civilians", 21, 21, False, "self", EV),
        (K, "civilians", 18, 18, False, "self", EV),
    ),
    c(
        "one-group-summed-en",
        "en",
        "Two women and three minors were killed.",
        (K, "civilians", 5, 5, False, "self", EV),
    ),
]

# --- O: equipment after a model's name, half a dozen, zeros after an attack two sentences ----
# back, ground lost, a battalion's number, slang after a group counted by size
TALLIES: list[Case] = [
    c(
        "us-made-vehicles-en",
        "en",
        "The AFU losses amounted to up to 195 troops, one tank, two U.S.-made HMMWV armoured "
        "fighting vehicles, seven motor vehicles, and two field artillery guns.",
        (L, "ua", None, 195, False, "self", EV),
        side="ru",
    ),
    c(
        "half-dozen-en",
        "en",
        "About 30 militants were eliminated, another half dozen wounded fled into the treeline.",
        (K, "ua", 30, 30, True, "self", EV),
        (W, "ua", 6, 6, True, "self", EV),
        side="ru",
    ),
    c(
        "half-dozen-fr",
        "fr",
        "Une demi-douzaine de soldats ont été blessés.",
        (W, "unknown", 6, 6, True, "self", EV),
    ),
    c("half-dozen-ru", "ru", "Полдюжины бойцов ранены.", (W, "unknown", 6, 6, True, "self", EV)),
    c("half-dozen-uk", "uk", "Півдюжини бійців поранені.", (W, "unknown", 6, 6, True, "self", EV)),
    c(
        "zero-after-attack-two-back-en",
        "en",
        "During the night, the enemy attacked Kyiv with 57 Shahed drones; 54 were shot down by "
        "air defence. Falling debris damaged two private houses in the region. No casualties "
        "were reported.",
        (L, "unknown", 0, 0, False, "self", EV),
        side="ua",
    ),
    c(
        "lost-no-positions-en",
        "en",
        "The brigade, which has held the approaches since May 2024, says it has lost none of its "
        "positions this month.",
    ),
    c(
        "battalion-number-fr",
        "fr",
        "Les vaillants combattants du BIR 26 et les VDP ont neutralisé plusieurs dizaines de "
        "terroristes.",
        (K, "unknown", 20, 99, True, "self", EV),
    ),
    c(
        "slang-after-group-size-en",
        "en",
        "Geolocated clip shows a Russian infantry group of ~12 moving on bikes get shredded by "
        "FPVs. I count at least 8 KIA on camera, 2 more crawling off, likely 300s.",
        (K, "ru", 8, None, False, "self", EV),
        (W, "ru", 2, 2, False, "self", EV),
        side="ua",
    ),
    c(
        "one-of-the-wounded-ar",
        "ar",
        "استقبلت المستشفيات خلال الساعات الـ٤٨ الماضية ١٧ شهيداً، بينهم ٤ أطفال، و٦٣ إصابة.",
        (K, "unknown", 17, 17, False, "self", "period"),
        (W, "unknown", 63, 63, False, "self", "period"),
    ),
    c(
        "million-and-thousands-ar",
        "ar",
        "ارتفعت خسائرها البشرية إلى نحو مليون و١٦٧ ألفاً و٤٥٠ جندياً.",
        (L, "unknown", 1167450, 1167450, True, "self", EV),
    ),
]

# --- P: "five or six" is a range, the speakers' own count, armies counted, the conditional ----
# of a reported figure, prisoners taken by ours
COUNTS: list[Case] = [
    c(
        "five-or-six-fr",
        "fr",
        "Selon un officier somalien joint par RFI, « cinq ou six » soldats ont été tués.",
        (K, "unknown", 5, 6, False, "*", EV),
    ),
    c(
        "two-or-three-en",
        "en",
        "Two or three soldiers were killed.",
        (K, "unknown", 2, 3, False, "self", EV),
    ),
    c(
        "two-sources-fr",
        "fr",
        "Le plus meurtrier a coûté la vie à au moins 12 soldats, selon deux sources militaires.",
        (K, "unknown", 12, None, False, "*", EV),
    ),
    c(
        "two-sources-en",
        "en",
        "At least 12 soldiers were killed, according to two military sources.",
        (K, "unknown", 12, None, False, "*", EV),
    ),
    c(
        "two-armies-fr",
        "fr",
        "Les combats restent acharnés et les deux armées subissent de lourdes pertes.",
    ),
    c(
        "conditional-exceed-fr",
        "fr",
        "Selon l'état-major ukrainien, les pertes russes dépasseraient désormais 1,2 million "
        "d'hommes, tués ou blessés.",
        (L, "ru", 1200000, None, False, "ua_gs", EV),
    ),
    c(
        "surrendered-to-ours-ru",
        "ru",
        "Хохлы опять погнали пехоту в мясной штурм. Итог предсказуемый: 6 двухсотых, двое "
        "сдались нашим штурмовикам.",
        (K, "ua", 6, 6, False, "self", EV),
        (C, "ua", 2, 2, False, "self", EV),
        side="ru",
    ),
]

# --- Q: "the number of the dead reached N" keeps its word; an attack's toll is no side's ------
REACHED: list[Case] = [
    c(
        "reached-over-aside-ru",
        "ru",
        "Общее число погибших с октября 2023 года, по данным ведомства, достигло 69 185, включая "
        "более 20 тысяч детей, ранены свыше 170 тысяч человек.",
        (K, "unknown", 69185, 69185, False, "*", "cumulative"),
        (W, "unknown", 170000, None, False, "*", "cumulative"),
    ),
    c(
        "attack-toll-fr",
        "fr",
        "Au cours de la nuit, la défense aérienne a abattu 89 des 112 drones lancés par l'ennemi. "
        "Dans la région de Dnipropetrovsk, une attaque a fait 3 morts et entre 8 et 10 blessés.",
        (K, "unknown", 3, 3, False, "self", EV),
        (W, "unknown", 8, 10, False, "self", EV),
        side="ua",
    ),
    c(
        "our-strike-toll-ru",
        "ru",
        "Наши дроны нанесли удар по опорнику: 12 уничтожены.",
        (K, "ua", 12, 12, False, "self", EV),
        side="ru",
    ),
]

# --- R: ceilings said with "may reach"; a new group "others" is no condition part; one or two -
# after their noun; the same pair said again; ages after "and"; a verbal noun and its one person
ARABIC_GROUPS: list[Case] = [
    c(
        "may-reach-uk",
        "uk",
        "Представники громадянського суспільства кажуть, що кількість жертв може сягнути 60.",
        (K, "unknown", None, 60, False, "*", EV),
    ),
    c(
        "may-reach-en",
        "en",
        "Local sources said the death toll could reach 60.",
        (K, "unknown", None, 60, False, "*", EV),
    ),
    c(
        "may-reach-fr",
        "fr",
        "Le bilan pourrait atteindre 60 morts.",
        (K, "unknown", None, 60, False, "self", EV),
    ),
    c(
        "may-reach-ru",
        "ru",
        "Число погибших может достичь 60.",
        (K, "unknown", None, 60, False, "self", EV),
    ),
    c(
        "may-reach-ar",
        "ar",
        "وقالت مصادر محلية إن عدد القتلى قد يصل إلى 60.",
        (K, "unknown", None, 60, False, "*", EV),
    ),
    c(
        "reached-stays-exact-en",
        "en",
        "The death toll has reached 60.",
        (K, "unknown", 60, 60, False, "self", EV),
    ),
    c(
        "others-some-critical-ar",
        "ar",
        "ما أدى إلى مقتل 14 مدنياً من النازحين، بينهم 5 أطفال وامرأتان، وإصابة أكثر من 30 آخرين "
        "بعضهم في حالة حرجة.",
        (K, "civilians", 14, 14, False, "self", EV),
        (W, "civilians", 30, None, False, "self", EV),
    ),
    c(
        "two-after-noun-ar",
        "ar",
        "انفجر جسم غريب، ما أدى إلى وفاة مواطنَين اثنين هما طفلان شقيقان (٩ و١٢ سنة).",
        (K, "civilians", 2, 2, False, "self", EV),
    ),
    c(
        "officer-wounded-ar",
        "ar",
        "أعلن الجيش الإسرائيلي مقتل جنديين وإصابة ضابط بجروح خطيرة في انفجار عبوة ناسفة.",
        (K, "unknown", 2, 2, False, "*", EV),
        (W, "unknown", 1, 1, False, "*", EV),
    ),
]

# --- S: the missing found among the returned are no toll; "it", the war, names no victims -----
RETURNED: list[Case] = [
    c(
        "returned-missing-uk",
        "uk",
        "Сьогодні з російського полону повернулися 185 захисників і 22 цивільних. Серед "
        "звільнених — військові ЗСУ, НГУ, а також 14 бійців, які вважалися зниклими безвісти.",
        side="ua",
    ),
    c(
        "war-took-lives-ru",
        "ru",
        "Армия Судана уничтожила более 200 боевиков СБР. Конфликт продолжается с апреля 2023 года; "
        "по оценкам ООН, он унёс жизни десятков тысяч человек.",
        (K, "rsf", 200, None, False, "self", EV),
        (K, "unknown", 20000, 99999, True, "un", "cumulative"),
    ),
]

# --- T: "and a Malian soldier wounded by an IED": the article counts the next one, whose noun --
# is "soldier", not an adjective before "wounded"
ONE_MORE: list[Case] = [
    c(
        "and-a-soldier-en",
        "en",
        "Kidal: two Africa Corps fighters and a Malian soldier wounded by an IED on the road to "
        "Anefis this morning, according to local sources.",
        (W, "wagner", 2, 2, False, "*", EV),
        (W, "fama", 1, 1, False, "*", EV),
    ),
    c(
        "police-officer-en",
        "en",
        "A police officer was killed.",
        (K, "unknown", 1, 1, False, "self", EV),
    ),
]

# --- U: a dual that counts itself keeps "and the wounding of three" apart; unit members ------
DUAL_APART: list[Case] = [
    c(
        "martyrs-dual-then-wounded-ar",
        "ar",
        "مقتل جنديين وإصابة ثلاثة من منسوبي الفرقة السادسة.",
        (K, "unknown", 2, 2, False, "self", EV),
        (W, "unknown", 3, 3, False, "self", EV),
    ),
    c(
        "killed-and-wounded-12-ar",
        "ar",
        "مقتل وإصابة ١٢ عنصراً من الشرطة.",
        (L, "unknown", 12, 12, False, "self", EV),
    ),
]

# --- V: ranges and compounds in words, surrender as a gesture, "others" beside the dead, ------
# partitives that count, and the hyphenated war-wounded
WORDS: list[Case] = [
    c(
        "between-in-words-ar",
        "ar",
        "وثّقنا خلال الأسبوع الماضي مقتل ما بين مئتين وثلاثمئة مدني.",
        (K, "civilians", 200, 300, False, "self", "period"),
    ),
    c(
        "more-than-compound-ar",
        "ar",
        "تصدت قواتنا لهجوم جديد وكبدت المليشيا أكثر من مئتين وخمسين قتيلاً.",
        (K, "rsf", 250, None, False, "self", EV),
        side="saf",
    ),
    c(
        "dead-and-others-wounded-ar",
        "ar",
        "قال المرصد السوري إن ستة عناصر من قسد لقوا حتفهم وأصيب آخرون بهجوم.",
        (K, "unknown", 6, 6, False, "sohr", EV),
    ),
    c(
        "lump-then-next-sentence-uk",
        "uk",
        "Росія втратила понад 38 тисяч військових убитими та пораненими. Ще понад 900 окупантів "
        "потрапили в полон.",
        (L, "ru", 38000, None, False, "self", EV),
        (C, "ru", 900, None, False, "self", EV),
    ),
    c(
        "dozens-of-wounded-ar",
        "ar",
        "مصادر طبية: وصول ٢٣ شهيداً والعشرات من الجرحى من منتظري المساعدات.",
        (K, "unknown", 23, 23, False, "*", EV),
        (W, "unknown", 20, 99, True, "*", EV),
    ),
    c(
        "dozens-of-wounded-en",
        "en",
        "Five were killed and dozens of wounded were taken to hospital.",
        (K, "unknown", 5, 5, False, "self", EV),
        (W, "unknown", 20, 99, True, "self", EV),
    ),
    c(
        "hands-up-fr",
        "fr",
        "Les gars ont éliminé une cinquantaine de militaires des FAU. Six autres ont levé les "
        "mains et sont maintenant nos invités.",
        (K, "ua", 50, 50, True, "self", EV),
        (C, "ua", 6, 6, False, "self", EV),
        side="ru",
    ),
    c(
        "hands-up-en",
        "en",
        "The enemy lost up to 30 killed, 4 more crawled out with their hands up.",
        (K, "ua", None, 30, False, "self", EV),
        (C, "ua", 4, 4, False, "self", EV),
        side="ru",
    ),
    c(
        "war-wounded-en",
        "en",
        "MSF said it has treated more than 2,500 war-wounded in the facility this year.",
        (W, "unknown", 2500, None, False, "*", EV),
    ),
    c(
        "half-a-hundred-uk",
        "uk",
        "Поранено понад пів сотні мешканців, 34 госпіталізовані.",
        (W, "civilians", 50, None, False, "self", EV),  # "more than" over a round word
    ),
    c(
        "whereas-is-no-swap-uk",
        "uk",
        "Натомість, за даними урядових джерел, загинули 17 військових.",
        (K, "unknown", 17, 17, False, "*", EV),
    ),
]

# --- W: bodies restituted, technicals destroyed, "no numbers yet", two groups' tolls ---------
MISC: list[Case] = [
    c(
        "bodies-restituted-fr",
        "fr",
        "Le CICR a facilité aujourd'hui la restitution de 1 000 corps à la partie ukrainienne et "
        "de 19 corps à la partie russe.",
    ),
    c(
        "technicals-en",
        "en",
        "Heavy losses for the RSF near Bara today per SAF sources, dozens of technicals "
        "reportedly destroyed. No numbers yet on casualties.",
    ),
    c(
        "forces-and-gunmen-en",
        "en",
        "Sweida | 14 members of government forces and nine local gunmen were killed in clashes "
        "on the western outskirts today.",
        (K, "unknown", 14, 14, False, "self", EV),
        (K, "unknown", 9, 9, False, "self", EV),
    ),
]

# --- X: the front's codes in quotes or brackets; who struck owns no losses; the enemy's -------
# aggression is the attack; "N of the captured" takes the verb after the group
CODES: list[Case] = [
    c(
        "quoted-codes-uk",
        "uk",
        "За тиждень пілоти нашого батальйону уразили 418 окупантів:\n▪️ 241 — «200»\n▪️ 177 — «300»",
        (L, "ru", 418, 418, False, "self", "period"),
        (K, "ru", 241, 241, False, "self", "period"),
        (W, "ru", 177, 177, False, "self", "period"),
        side="ua",
    ),
    c(
        "bracketed-codes-ru",
        "ru",
        "л/с ВСУ: 57 (200) / 83 (300)",
        (K, "ua", 57, 57, False, "self", EV),
        (W, "ua", 83, 83, False, "self", EV),
        side="ru",
    ),
    c(
        "enemy-aggression-uk",
        "uk",
        "Херсонщина за добу. Росіяни 512 разів обстріляли регіон. Через ворожу агресію загинули "
        "2 людини, поранено 14, серед них дитина.",
        (K, "unknown", 2, 2, False, "self", "period"),
        (W, "unknown", 14, 14, False, "self", "period"),
        side="ua",
    ),
    c(
        "mod-reported-uk",
        "uk",
        "Міноборони рф відзвітувало, що «знищило» 10 тисяч ЗСУшників за тиждень.",
        (K, "ua", 10000, 10000, False, "ru_mod", "period"),
        side="ua",
    ),
    c(
        "three-of-the-captured-wounded-uk",
        "uk",
        "Українські військові взяли в полон 38 російських солдатів. Троє з полонених поранені.",
        (C, "ru", 38, 38, False, "self", EV),
        (W, "ru", 3, 3, False, "self", EV),
    ),
    c(
        "two-of-the-wounded-died-en",
        "en",
        "46 were killed and 12 wounded. Two of the wounded later died.",
        (K, "unknown", 46, 46, False, "self", EV),
        (W, "unknown", 12, 12, False, "self", EV),
        (K, "unknown", 2, 2, False, "self", EV),
    ),
]

# --- Y: Arabic news: an attack's number and equipment in brackets, a figure in brackets, ------
# Monday, "the national army" outside Sudan, technicals, prisoners set free, the besieged
ARABIC_NEWS: list[Case] = [
    c(
        "brackets-ar",
        "ar",
        "تصدت قواتنا للهجوم الـ(227) على المدينة، وتم تحييد أكثر من (٣٠٠) من عناصر الميليشيا "
        "وتدمير (٢٢) عربة قتالية والاستيلاء على (٧) عربات أخرى.",
        (K, "rsf", 300, None, False, "self", EV),
        side="saf",
    ),
    c(
        "monday-is-no-two-ar",
        "ar",
        "ارتفعت حصيلة الاشتباكات التي شهدتها منطقة أبوسليم مساء الإثنين إلى ثمانية قتلى "
        "وواحد وعشرين جريحاً.",
        (K, "unknown", 8, 8, False, "self", EV),
        (W, "unknown", 21, 21, False, "self", EV),
    ),
    c(
        "yemen-national-army-ar",
        "ar",
        "مصدر عسكري: مقتل جنديين من قوات الجيش الوطني وإصابة خمسة آخرين، إثر هجوم لميليشيا "
        "الحوثي استهدف موقعاً عسكرياً غربي مأرب.",
        (K, "unknown", 2, 2, False, "*", EV),
        (W, "unknown", 5, 5, False, "*", EV),
    ),
    c(
        "technicals-ar",
        "ar",
        "الحصيلة الأولية: ٧٠ قتيلاً و٩ تاتشرات محروقة و٣ أسرى.",
        (K, "rsf", 70, 70, False, "self", EV),
        (C, "rsf", 3, 3, False, "self", EV),
        side="saf",
    ),
    c(
        "freed-prisoners-ar",
        "ar",
        "وصل إلى مطار بورتسودان 47 من الأسرى المفرج عنهم من سجون الدعم السريع، بينهم 9 ضباط "
        "و5 مدنيين.",
    ),
    c(
        "besieged-ar",
        "ar",
        "اليونيسف: قُتل أو أُصيب أكثر من ١٥٠ طفلاً في الفاشر، وأن نحو ١٣٠ ألف طفل ما زالوا "
        "محاصرين في المدينة.",
        (L, "civilians", 150, None, False, "*", EV),
    ),
    c(
        "fate-unknown-ar",
        "ar",
        "اختطفت قوات الدعم السريع 25 من سكان القرية، فيما لا يزال مصير 11 آخرين مجهولاً.",
        (C, "civilians", 25, 25, False, "self", EV),
        (M, "civilians", 11, 11, False, "self", EV),
    ),
]

# --- Z: "минус" is a verb of losing (one fight's dead, a day's tally); our crews struck them; ---
# no dead "by preliminary data" gives the hurt as wounded
MINUS_FRONT: list[Case] = [
    c(
        "minus-one-fight-ru",
        "ru",
        "⚡️ Работа наших FPV под Курахово: минус 6 пехотинцев ВСУ, двое затрёхсочены, один сдался "
        "в плен.",
        (K, "ua", 6, 6, False, "self", EV),
        (W, "ua", 2, 2, False, "self", EV),
        (C, "ua", 1, 1, False, "self", EV),
        side="ru",
    ),
    c(
        "minus-a-day-uk",
        "uk",
        "Мінус 1 340 окупантів за добу.",
        (L, "ru", 1340, 1340, False, "self", "period"),
        side="ua",
    ),
    c(
        "our-crews-struck-ru",
        "ru",
        "Наши расчёты БпЛА за неделю поразили 312 единиц живой силы противника:\n• 187 — "
        "«двухсотые»\n• 125 — «трёхсотые»",
        (L, "ua", 312, 312, False, "self", "period"),
        (K, "ua", 187, 187, False, "self", "period"),
        (W, "ua", 125, 125, False, "self", "period"),
        side="ru",
    ),
    c(
        "no-dead-by-data-ru",
        "ru",
        "В результате удара КАБ пострадали 17 человек, среди них трое детей. Погибших, по "
        "предварительным данным, нет.",
        (W, "unknown", 17, 17, False, "self", EV),
        (K, "unknown", 0, 0, False, "self", EV),
    ),
]

# --- AA: a closing quote before the next line's capital opens no quoted name ---------------
CLOSING_QUOTE: list[Case] = [
    c(
        "closing-quote-next-line-ru",
        "ru",
        "Наши расчёты БпЛА за неделю поразили 312 единиц живой силы противника:\n• 187 — "
        "«двухсотые»\n• 125 — «трёхсотые»\nТакже уничтожены 4 танка.",
        (L, "ua", 312, 312, False, "self", "period"),
        (K, "ua", 187, 187, False, "self", "period"),
        (W, "ua", 125, 125, False, "self", "period"),
        side="ru",
    ),
]

# --- AB: "we reported" is the channel speaking, no side in the story -------------------------
WE_REPORTED: list[Case] = [
    c(
        "we-reported-uk",
        "uk",
        "❗️Уточнення. Раніше ми повідомляли про сімох загиблих унаслідок удару по Сумах. За "
        "даними ОВА, загиблих п'ятеро, ще 31 людина постраждала.",
        (K, "unknown", 7, 7, False, "self", EV),
        (K, "unknown", 5, 5, False, "*", EV),
        (W, "unknown", 31, 31, False, "*", EV),
        side="ua",
    ),
]

# --- AC: "and N others" after the object of a verb of harm is more of its object -------------
AND_OTHERS: list[Case] = [
    c(
        "mayor-and-two-others-en",
        "en",
        "Gunmen killed a town mayor and two other people and wounded the mayor's wife.",
        (K, "unknown", 3, 3, False, "self", EV),
        (W, "unknown", 1, 1, False, "self", EV),
    ),
    c(
        "others-own-verb-en",
        "en",
        "The gunmen also abducted a dozen women and left several others wounded.",
        (C, "civilians", 12, 12, True, "self", EV),
        (W, "civilians", 2, 9, True, "self", EV),
    ),
]


# --- AD: the set free are no toll, but the fight's dead before the release stay; "3,900+ ----
# tanks" is equipment
RELEASED: list[Case] = [
    c(
        "rescued-hostages-en",
        "en",
        "Troops neutralised 23 terrorists, arrested 41 suspected logistics suppliers and rescued "
        "17 kidnapped hostages.",
        (K, "unknown", 23, 23, False, "self", EV),
    ),
    c(
        "liberated-hostages-fr",
        "fr",
        "L'armée a neutralisé une centaine de terroristes et libéré 34 otages.",
        (K, "unknown", 100, 100, True, "self", EV),
    ),
    c(
        "bodies-repatriated-fr",
        "fr",
        "Par ailleurs, les corps de 6 000 soldats ont été rapatriés en juin.",
    ),
    c(
        "tanks-plus-en",
        "en",
        "Russia's visually confirmed losses now at 3,900+ tanks, 17 added since Monday.",
    ),
]

# --- AE: Arabic and French tolls inside a relative clause, a dual before its unit, deaths ----
# as cases, a young man, the subject between "قضت" and "على"
RELATIVE_AND_DUALS: list[Case] = [
    c(
        "relative-clause-fr",
        "fr",
        "Les frappes de drones sur le marché de Kadougli, qui auraient tué au moins 19 civils et "
        "blessé des dizaines d'autres.",
        (K, "civilians", 19, None, False, "self", EV),
        (W, "civilians", 20, 99, True, "self", EV),
    ),
    c(
        "dual-before-brigade-ar",
        "ar",
        "أعلن الجيش الإسرائيلي مقتل جنديين من لواء جفعاتي وإصابة ثالث بجروح خطيرة.",
        (K, "unknown", 2, 2, False, "*", EV),
    ),
    c(
        "death-cases-ar",
        "ar",
        "تحققنا من ١٨٥ هجوماً على مرافق الرعاية الصحية، أسفرت عن ١٢٠٤ حالات وفاة و٤١٦ إصابة.",
        (K, "unknown", 1204, 1204, False, "self", EV),
        (W, "unknown", 416, 416, False, "self", EV),
    ),
    c(
        "young-man-ar",
        "ar",
        "مقتل شاب وإصابة اثنين آخرين برصاص مسلحين مجهولين.",
        (K, "unknown", 1, 1, False, "self", EV),
        (W, "unknown", 2, 2, False, "self", EV),
    ),
    c(
        "subject-between-ar",
        "ar",
        "قضت قوات الفرقة 36 على أكثر من 40 مخربا في منطقة بيت حانون.",
        (K, "unknown", 40, None, False, "self", EV),
    ),
]

# --- AF: armoured tractors counted are no people ---------------------------------------------
TRACTORS: list[Case] = [
    c(
        "mtlb-uk",
        "uk",
        "Результат: три мотолиги в хлам, мінус 23 орки.",
        (K, "ru", 23, 23, False, "self", EV),
        side="ua",
    ),
]

# --- AG: villagers are people; "sent to hell"; who judged a figure is no count of victims ----
FRENCH_POSTS: list[Case] = [
    c(
        "villagers-fr",
        "fr",
        "Quatre otages enlevés par Boko Haram cette nuit à Mozogo. Deux autres villageois ont été "
        "tués.",
        (C, "unknown", 4, 4, False, "self", EV),
        (K, "civilians", 2, 2, False, "self", EV),
    ),
    c(
        "sent-to-hell-fr",
        "fr",
        "Plus de 80 terroristes envoyés en enfer à Diapaga ce matin.",
        (K, "unknown", 80, None, False, "self", EV),
    ),
    c(
        "judged-by-analysts-fr",
        "fr",
        "Zelensky avait évoqué 46 000 soldats ukrainiens tués, un chiffre jugé sous-estimé par "
        "plusieurs analystes occidentaux.",
        (K, "ua", 46000, 46000, False, "ua", EV),
    ),
    c(
        "by-the-hundred-fr",
        "fr",
        "Les blessés se comptent par centaines, selon la Défense civile.",
        (W, "unknown", 200, 999, True, "*", EV),
    ),
]

# --- AH: a named person described by an article after the verb of harm --------------------
NAMED_ONE: list[Case] = [
    c(
        "named-elder-en",
        "en",
        "Unidentified gunmen shot and killed Hedayatollah Sofowal, a tribal elder, today.",
        (K, "unknown", 1, 1, False, "self", EV),
    ),
]

# --- AI: a percentage in words is no hundred; Sudanese "اتوفوا" and its part after the verb --
PERCENT_AND_COLLOQUIAL: list[Case] = [
    c(
        "percent-in-words-ar",
        "ar",
        "قال مكتب الأمم المتحدة إن ما لا يقل عن 3,384 مدنياً قُتلوا في السودان، أي ما يعادل نحو "
        "80 في المئة من الضحايا.",
        (K, "civilians", 3384, None, False, "un", EV),
    ),
    c(
        "colloquial-died-ar",
        "ar",
        "الليلة دي المليشيا ضربت المعسكر بالمسيّرات، ٨ من أهلنا اتوفوا منهم ٣ أطفال، و١٤ مصابين "
        "اتنقلوا للمستشفى.",
        (K, "civilians", 8, 8, False, "self", EV),
        (W, "civilians", 14, 14, False, "self", EV),
    ),
]

# --- AJ: regressions a set written after the rounds showed: "his country's military death ---
# toll" is the speaker's; the missing beside a repatriation stay; "sans se faire prier"
REGRESSIONS: list[Case] = [
    c(
        "his-countrys-toll-en",
        "en",
        "BBC Russian has confirmed the names of at least 151,400 Russian soldiers killed since "
        "February 2022. Ukraine's President Volodymyr Zelensky last put his country's military "
        "death toll at 46,000 in February 2025.",
        (K, "ru", 151400, None, False, "*", "cumulative"),
        (K, "ua", 46000, 46000, False, "ua", "period"),  # "in February 2025": a month's word
    ),
    c(
        "missing-beside-repatriation-en",
        "en",
        "More than 70,000 Ukrainian service members are currently listed as missing, the "
        "Coordination Headquarters said, as the country received the bodies of 1,000 people in "
        "the latest repatriation.",
        (M, "ua", 70000, None, False, "*", EV),
    ),
    c(
        "without-being-asked-fr",
        "fr",
        "Les gars ont liquidé une cinquantaine de militaires des FAU et en ont fait 7 prisonniers. "
        "Les « défenseurs » ont levé les mains sans se faire prier.",
        (K, "ua", 50, 50, True, "self", EV),
        (C, "ua", 7, 7, False, "self", EV),
        side="ru",
    ),
]

ALL = (
    OUTSIDE_ARMIES
    + TWO_OUTSIDERS
    + ELSEWHERE
    + DUTY
    + LATER_PARTS
    + AS_WELL_AS
    + LEXICAL
    + RESTATED
    + SPEAKER_ONE
    + ARABIC_REPORTS
    + WHOSE
    + FRONT_LINE
    + NEWS
    + BY_PLACE
    + TALLIES
    + COUNTS
    + REACHED
    + ARABIC_GROUPS
    + RETURNED
    + ONE_MORE
    + DUAL_APART
    + WORDS
    + MISC
    + CODES
    + ARABIC_NEWS
    + MINUS_FRONT
    + CLOSING_QUOTE
    + WE_REPORTED
    + AND_OTHERS
    + RELEASED
    + RELATIVE_AND_DUALS
    + TRACTORS
    + FRENCH_POSTS
    + NAMED_ONE
    + PERCENT_AND_COLLOQUIAL
    + REGRESSIONS
)


@pytest.mark.parametrize("case", params(ALL))
def test_round15(case: Case) -> None:
    check(case)
