"""Round 17: mechanisms two held-out stand-in sets written after 1.12.0 showed, described in
words. Sentences of our own, in every language where the phenomenon exists; none is copied
from a test set.

Claims are (kind, victim, low, high, approx, claimant, scope); the harness is the yardstick's.
"""

from __future__ import annotations

import pytest

from tests.extractors.cases import CUM, EV, PER, C, Case, K, L, M, W, c, check, params

# --- A: "speak of at least N": a preposition between the bound and its figure ---------------
SPEAK_OF: list[Case] = [
    c(
        "speak-of-at-least-ru",
        "ru",
        "Очевидцы говорят по меньшей мере о 40 погибших на рынке.",
        (K, "unknown", 40, None, False, "*", EV),
    ),
    c(
        "speak-of-at-least-uk",
        "uk",
        "Місцеві мешканці кажуть щонайменше про 12 загиблих.",
        (K, "unknown", 12, None, False, "*", EV),
    ),
]

# --- B: a cited source ends at the verb that reports through it ------------------------------
CITED_SOURCE: list[Case] = [
    c(
        "cited-source-verb-ru",
        "ru",
        "РИА Новости со ссылкой на источник в силовых структурах сообщает о гибели от 5 до 7 "
        "военнослужащих.",
        (K, "unknown", 5, 7, False, "*", EV),
    ),
    c(
        "cited-source-verb-uk",
        "uk",
        "Суспільне з посиланням на джерело повідомляє про загибель від 3 до 5 військових.",
        (K, "unknown", 3, 5, False, "*", EV),
    ),
]

# --- C: a unit word before a count of people: the figure counts them, it numbers no unit -----
UNIT_THEN_PEOPLE: list[Case] = [
    c(
        "unit-then-people-ru",
        "ru",
        "Противник потерял на участке полка 140 человек убитыми и до 60 ранеными.",
        (K, "unknown", 140, 140, False, "self", EV),
        (W, "unknown", None, 60, False, "self", EV),
    ),
    c(
        "unit-then-people-uk",
        "uk",
        "Ворог втратив на ділянці бригади 95 осіб загиблими.",
        # a Ukrainian post of no stated side reads "the enemy" from its home side (round 19)
        (K, "ru", 95, 95, False, "self", EV),
    ),
]

# --- D: a verb with no subject after a dash: the clause before it speaks for nobody ---------
DASH_CLAUSE: list[Case] = [
    c(
        "dash-clause-ru",
        "ru",
        "Боевики ИГ тоже получили своё — на месте насчитали около двух десятков тел.",
        (K, "is", 20, 20, True, "self", EV),
    ),
    c(
        "dash-clause-uk",
        "uk",
        "Окупанти теж отримали своє — на місці нарахували кілька десятків тіл.",
        (K, "ru", 20, 99, True, "self", EV),
        side="ua",
    ),
]
# --- E: the wounded among prisoners handed over, and bodies of the fallen, are no new toll ---
SWAP: list[Case] = [
    c(
        "swap-wounded-prisoners-ru",
        "ru",
        "В ходе обмена Украине переданы 6 тяжелораненых военнопленных, сообщает Минобороны.",
    ),
    c("swap-bodies-ru", "ru", "Российской стороне передали тела 40 погибших военнослужащих."),
    c(
        "swap-wounded-prisoners-uk",
        "uk",
        "Під час обміну росіянам передали 5 тяжкопоранених полонених.",
        side="ua",
    ),
    c("swap-bodies-uk", "uk", "Україні повернули тіла 60 загиблих захисників.", side="ua"),
    c(
        "swap-wounded-prisoners-en",
        "en",
        "In the swap, 14 seriously wounded prisoners were handed over to Kyiv.",
    ),
    c(
        "swap-bodies-fallen-fr",
        "fr",
        "Les corps de 250 soldats tombés au combat ont été rapatriés vendredi.",
    ),
]

# --- F: slang for killing ("наминусовал") and for infantry vehicles ("бэха") ---------------
SLANG: list[Case] = [
    c(
        "minus-verb-ru",
        "ru",
        "Расчёт наминусовал 7 пехотинцев противника у Работино, ещё одну бэху сожгли.",
        (K, "ua", 7, 7, False, "self", EV),
        side="ru",
    ),
    c(
        "minus-verb-uk",
        "uk",
        "Наші дронарі намінусували 9 окупантів і дві бехи.",
        (K, "ru", 9, 9, False, "self", EV),
        side="ua",
    ),
]

# --- G: putting out a fire is no killing ("ликвидировать пожар") -----------------------------
FIRE: list[Case] = [
    c("fire-ru", "ru", "К ликвидации пожара на нефтебазе привлекли 45 спасателей."),
    c(
        "fire-verb-ru",
        "ru",
        "Пожарные ликвидировали возгорание за 3 часа, в тушении участвовали 20 человек.",
    ),
    c("fire-uk", "uk", "Для ліквідації пожежі залучили 30 рятувальників."),
]

# --- H: a trigger with its figure right before it takes no figure of the clause after it ---
OWN_FIGURE_BEFORE: list[Case] = [
    c(
        "own-figure-before-en",
        "en",
        "Ten soldiers were killed and 17 wounded when hundreds of terrorists on motorbikes "
        "attacked a post near Tera.",
        (K, "unknown", 10, 10, False, "self", EV),
        (W, "unknown", 17, 17, False, "self", EV),
    ),
    c(
        "own-figure-before-fr",
        "fr",
        "Dix soldats ont été tués et 17 blessés lorsque des centaines de terroristes ont attaqué "
        "un poste près de Téra.",
        (K, "unknown", 10, 10, False, "self", EV),
        (W, "unknown", 17, 17, False, "self", EV),
    ),
    c(
        "own-figure-before-ru",
        "ru",
        "Десять военных погибли и 17 ранены, когда сотни боевиков атаковали позицию у Теры.",
        (K, "unknown", 10, 10, False, "self", EV),
        (W, "unknown", 17, 17, False, "self", EV),
    ),
    c(
        "own-figure-before-uk",
        "uk",
        "Десятеро військових загинули і 17 поранені, коли сотні бойовиків атакували позицію.",
        (K, "unknown", 10, 10, False, "self", EV),
        (W, "unknown", 17, 17, False, "self", EV),
    ),
]

# --- I: "killed dozens of X and lost none": X counts the first verb's dead, not who lost ----
KILLED_THEN_LOST: list[Case] = [
    c(
        "killed-then-lost-en",
        "en",
        "Sudan's army said it had killed hundreds of RSF fighters and lost no soldiers.",
        (K, "rsf", 200, 999, True, "saf", EV),
        (K, "saf", 0, 0, False, "saf", EV),
    ),
    c(
        "killed-then-lost-fr",
        "fr",
        "L'armée malienne affirme avoir tué des dizaines de combattants du JNIM et n'avoir perdu "
        "aucun soldat.",
        (K, "jnim", 20, 99, True, "fama", EV),
        (K, "fama", 0, 0, False, "fama", EV),
    ),
    c(
        "killed-then-lost-ru",
        "ru",
        "Армия Мали заявила, что уничтожила десятки боевиков JNIM и не потеряла ни одного солдата.",
        (K, "jnim", 20, 99, True, "fama", EV),
        (K, "fama", 0, 0, False, "fama", EV),
    ),
    c(
        "killed-then-lost-uk",
        "uk",
        "Армія Малі заявила, що знищила десятки бойовиків JNIM і не втратила жодного солдата.",
        (K, "jnim", 20, 99, True, "fama", EV),
        (K, "fama", 0, 0, False, "fama", EV),
    ),
]

# --- J: words of falling in battle, of putting out of action, of bandits -------------------
FELL: list[Case] = [
    c(
        "fell-with-arms-en",
        "en",
        "A dozen soldiers and VDP volunteers fell with arms in hand near Djibo.",
        (K, "unknown", 12, 12, True, "self", EV),
    ),
    c(
        "fell-in-battle-en",
        "en",
        "Four soldiers fell in battle near Pokrovsk, the brigade said.",
        (K, "unknown", 4, 4, False, "*", EV),
    ),
    c("fell-price-en", "en", "The price of bread fell by 12 percent in 3 weeks."),
    c(
        "out-of-action-fr",
        "fr",
        "Une quinzaine de terroristes ont été mis hors d'état de nuire près de Sévaré.",
        (K, "unknown", 15, 15, True, "self", EV),
    ),
    c(
        "bandits-fr",
        "fr",
        "Les FAMa ont abattu au moins une douzaine de bandits armés près de Gao.",
        (K, "unknown", 12, None, False, "self", EV),
    ),
    c(
        "bandits-en",
        "en",
        "Troops killed 30 bandits in Zamfara, police said.",
        (K, "unknown", 30, 30, False, "*", EV),
    ),
]

# --- K: "по тем же данным": the same source, set off by commas; the subject is whose losses --
SAME_DATA: list[Case] = [
    c(
        "same-data-ru",
        "ru",
        "По данным наших источников, у наших трое раненых. Туареги, по тем же данным, потеряли "
        "около полусотни человек.",
        (W, "ru", 3, 3, False, "sources", EV),
        (K, "tuareg", 50, 50, True, "sources", EV),
        side="ru",
    ),
    c(
        "same-data-uk",
        "uk",
        "За даними наших джерел, загинули троє бійців. Окупанти, за тими ж даними, втратили "
        "близько пів сотні людей.",
        (K, "ru", 3, 3, False, "sources", EV),
        (K, "ru", 50, 50, True, "sources", EV),
        side="ua",
    ),
    c(
        "own-data-uk",
        "uk",
        "Генштаб ЗСУ, за його даними, знищив 40 окупантів.",
        (K, "ru", 40, 40, False, "ua_gs", EV),
    ),
]

# --- L: listed as missing, "без вести" left out ---------------------------------------------
LISTED_MISSING: list[Case] = [
    c(
        "listed-missing-ru",
        "ru",
        "Погибли по меньшей мере 30 военнослужащих, еще около двадцати числятся пропавшими.",
        (K, "unknown", 30, None, False, "self", EV),
        (M, "unknown", 20, 20, True, "self", EV),
    ),
    c(
        "listed-missing-uk",
        "uk",
        "Загинули щонайменше 30 військових, ще близько двадцяти вважаються зниклими.",
        (K, "unknown", 30, None, False, "self", EV),
        (M, "unknown", 20, 20, True, "self", EV),
    ),
]

# --- M: "more than" over a preposition: "более чем в 1,16 млн" -------------------------------
BOUND_OVER_IN: list[Case] = [
    c(
        "bound-over-in-ru",
        "ru",
        "Генштаб ВСУ оценивает потери российской армии более чем в 1,16 млн человек.",
        (L, "ru", 1160000, None, False, "ua_gs", EV),
    ),
    c(
        "bound-over-in-uk",
        "uk",
        "Генштаб ЗСУ оцінює втрати російської армії більш ніж у 1,1 млн осіб.",
        (L, "ru", 1100000, None, False, "ua_gs", EV),
    ),
]

# --- N: townspeople are civilians ------------------------------------------------------------
TOWNSPEOPLE: list[Case] = [
    c(
        "townspeople-ru",
        "ru",
        "В Одессе в результате ночной атаки погибли трое горожан, еще 15 пострадали.",
        (K, "civilians", 3, 3, False, "self", EV),
        (W, "civilians", 15, 15, False, "self", EV),
    ),
    c(
        "townspeople-uk",
        "uk",
        "В Одесі внаслідок нічної атаки загинули троє містян, ще 15 постраждали.",
        (K, "civilians", 3, 3, False, "self", EV),
        (W, "civilians", 15, 15, False, "self", EV),
    ),
]

# --- O: a part of another kind, its verb after it, is of the same people ---------------------
PART_OF_OTHER_KIND: list[Case] = [
    c(
        "part-other-kind-ru",
        "ru",
        "К нам поступили 160 раненых мирных жителей, 23 из них скончались.",
        (W, "civilians", 160, 160, False, "self", EV),
        (K, "civilians", 23, 23, False, "self", EV),
    ),
    c(
        "part-other-kind-uk",
        "uk",
        "До лікарні доставили 40 поранених цивільних, троє з них померли.",
        (W, "civilians", 40, 40, False, "self", EV),
        (K, "civilians", 3, 3, False, "self", EV),
    ),
]

# --- P: "among the identified dead": an adjective between "among" and the dead ---------------
AMONG_IDENTIFIED: list[Case] = [
    c(
        "among-identified-ru",
        "ru",
        "Журналисты установили имена 135 224 российских военных, погибших в Украине. Среди "
        "установленных погибших — более 19 тысяч мобилизованных и около 18 тысяч бывших "
        "заключенных.",
        (K, "ru", 135224, 135224, False, "*", EV),
    ),
    c(
        "among-identified-uk",
        "uk",
        "Журналісти встановили імена 90 000 російських військових, загиблих в Україні. Серед "
        "встановлених загиблих — понад 19 тисяч мобілізованих і близько 18 тисяч колишніх "
        "в'язнів.",
        (K, "ru", 90000, 90000, False, "*", EV),
    ),
    c(
        "among-identified-en",
        "en",
        "Journalists have identified 135,224 Russian soldiers killed in Ukraine. Among the "
        "identified dead are more than 19,000 mobilised men and about 18,000 former prisoners.",
        (K, "ru", 135224, 135224, False, "*", EV),
    ),
]

# --- Q: "пополнить обменный фонд": captives taken to be swapped later, no swap ---------------
EXCHANGE_FUND: list[Case] = [
    c(
        "exchange-fund-ru",
        "ru",
        "Ещё 40 военных ВСУ сдались в плен, обменный фонд пополнился.",
        (C, "ua", 40, 40, False, "self", EV),
        side="ru",
    ),
    c(
        "exchange-fund-uk",
        "uk",
        "Ще 907 російських військових потрапили в полон, що дало змогу поповнити обмінний фонд.",
        (C, "ru", 907, 907, False, "self", EV),
        side="ua",
    ),
]

# --- R: a month's year dates the toll, it blocks no figure after it --------------------------
MONTH_YEAR: list[Case] = [
    c(
        "month-year-uk",
        "uk",
        "Загальна кількість загиблих з жовтня 2023 року перевищила 55 тис.",
        (K, "unknown", 55000, None, False, "self", CUM),
    ),
    c(
        "month-year-ru",
        "ru",
        "Общее число погибших с октября 2023 года превысило 55 тысяч.",
        (K, "unknown", 55000, None, False, "self", CUM),
    ),
]

# --- S: Arabic: whose ("من جانبنا"), slang of the dead, the invaders, two surgeons ---------
ARABIC_MORE: list[Case] = [
    c(
        "our-side-ar",
        "ar",
        "تصدت قواتنا لهجوم المليشيا. وارتقى من جانبنا 4 شهداء نسأل الله لهم الرحمة، وأصيب 11 "
        "آخرون.",
        (K, "saf", 4, 4, False, "self", EV),
        (W, "saf", 11, 11, False, "self", EV),
        side="saf",
    ),
    c(
        "carcasses-hundreds-ar",
        "ar",
        "فطايس الدعم السريع بالمئات والعربات المحروقة على طول الطريق.",
        (K, "rsf", 200, 999, True, "self", EV),
        side="saf",
    ),
    c("two-surgeons-ar", "ar", "عندنا جراحان اثنان فقط وغرفة عمليات واحدة."),
    c(
        "invaders-ar",
        "ar",
        "قالت هيئة الأركان العامة للجيش الأوكراني إن الغزاة تكبدوا على هذا المحور وحده 286 "
        "جندياً بين قتيل وجريح.",
        (L, "ru", 286, 286, False, "ua_gs", EV),
    ),
    c(
        "to-hell-ar",
        "ar",
        "أكثر من ثلاثين من عناصر العدو ذهبوا إلى الجحيم، وتم أسر 6.",
        (K, "ua", 30, None, False, "self", EV),
        (C, "ua", 6, 6, False, "self", EV),
        side="ru",
    ),
    c(
        "bodies-then-wounded-ar",
        "ar",
        "وصل إلى المستشفيات خلال الساعات الـ٢٤ الماضية ٤١ شهيداً، منهم ٣ انتُشلت جثامينهم، "
        "و٦٧ إصابة.",
        (K, "unknown", 41, 41, False, "self", PER),
        (W, "unknown", 67, 67, False, "self", PER),
    ),
    c(
        "long-np-and-ar",
        "ar",
        'المرصد: مقتل 24 عنصراً من فصائل "الجيش الوطني" الموالية لتركيا و13 من مقاتلي "قسد" '
        "في المعارك.",
        (K, "unknown", 24, 24, False, "self", EV),
        (K, "unknown", 13, 13, False, "self", EV),
    ),
]

# --- T: gestures and euphemisms: hands raised is surrender, "stayed forever" is dead; comrades
# lost "killed or wounded" are casualties ------------------------------------------------------
EUPHEMISMS: list[Case] = [
    c(
        "hands-up-fr",
        "fr",
        "Plus de 60 militaires des FAU éliminés, 9 autres ont préféré lever les mains.",
        (K, "ua", 60, None, False, "self", EV),
        (C, "ua", 9, 9, False, "self", EV),
        side="ru",
    ),
    c(
        "stayed-forever-fr",
        "fr",
        "Une cinquantaine de « cyborgs » sont restés pour toujours dans les lignes d'arbres.",
        (K, "ua", 50, 50, True, "self", EV),
        side="ru",
    ),
    c(
        "stayed-forever-ru",
        "ru",
        "Около полусотни боевиков ВСУ остались навсегда в посадках.",
        (K, "ua", 50, 50, True, "self", EV),
        side="ru",
    ),
    c(
        "stayed-forever-uk",
        "uk",
        "Близько пів сотні окупантів назавжди залишилися в посадках.",
        (K, "ru", 50, 50, True, "self", EV),
        side="ua",
    ),
    c(
        "stayed-forever-en",
        "en",
        "About fifty of them stayed forever in the treelines near Myrnohrad.",
        (K, "ua", 50, 50, True, "self", EV),
        side="ru",
    ),
    c(
        "mates-killed-or-wounded-fr",
        "fr",
        "« Sur notre secteur, on perd en moyenne deux ou trois gars par semaine, tués ou "
        "blessés », confie le commandant.",
        (L, "ua", 2, 3, False, "*", PER),
        side="ua",
    ),
]

# --- U: "by our estimates": whose data, no name after it; an empty subject after a source ----
OUR_ESTIMATES: list[Case] = [
    c(
        "our-estimates-en",
        "en",
        "Drone footage shows at least 26 bodies left behind, and by our estimates the enemy lost "
        "about 70 killed and wounded in this assault alone.",
        (K, "ru", 26, None, False, "self", EV),
        (L, "ru", 70, 70, True, "self", EV),
        side="ua",
    ),
    c(
        "our-estimates-ru",
        "ru",
        "По нашим оценкам противник потерял около 70 человек убитыми и ранеными.",
        (L, "ua", 70, 70, True, "self", EV),
        side="ru",
    ),
    c(
        "our-estimates-uk",
        "uk",
        "За нашими оцінками ворог втратив близько 70 осіб убитими та пораненими.",
        (L, "ru", 70, 70, True, "self", EV),
        side="ua",
    ),
    c(
        "source-then-there-were-en",
        "en",
        "Debris fell on a private house, and according to the regional administration there were "
        "no civilian casualties.",
        (L, "civilians", 0, 0, False, "*", EV),
        side="ua",
    ),
    c(
        "source-then-il-y-a-fr",
        "fr",
        "Selon l'administration régionale il n'y a pas eu de victimes civiles.",
        (K, "civilians", 0, 0, False, "*", EV),
        side="ua",
    ),
    c(
        "no-victims-made-fr",
        "fr",
        "La frappe n'a pas fait de victimes, selon le gouverneur.",
        (K, "unknown", 0, 0, False, "*", EV),
    ),
]

# --- V: "we" before a verb of killing did it; "friendly side" is the communiqué's own ---------
WE_KILLED: list[Case] = [
    c(
        "we-killed-en",
        "en",
        "Our troops killed 40 militants near Bara, losing 3 of our own.",
        (K, "rsf", 40, 40, False, "self", EV),
        (K, "saf", 3, 3, False, "self", EV),
        side="saf",
    ),
    c(
        "we-killed-ru",
        "ru",
        "Мы убили более 300 боевиков, у нас погибли 2 человека.",
        (K, "ua", 300, None, False, "self", EV),
        (K, "ru", 2, 2, False, "self", EV),
        side="ru",
    ),
    c(
        "friendly-side-en",
        "en",
        "COMMUNIQUÉ: About thirty terrorists were neutralized. Friendly side balance: 4 dead, "
        "9 wounded and 2 missing.",
        (K, "unknown", 30, 30, True, "self", EV),
        (K, "fama", 4, 4, False, "self", EV),
        (W, "fama", 9, 9, False, "self", EV),
        (M, "fama", 2, 2, False, "self", EV),
        side="fama",
    ),
    c(
        "three-axes-en",
        "en",
        "Our forces repelled an attack from three axes on Saturday, killing hundreds of rebels.",
        (K, "rsf", 200, 999, True, "self", EV),
        side="saf",
    ),
]

# --- W: a part set off by commas is the toll's before it; the next clause is its own ---------
PART_ASIDE: list[Case] = [
    c(
        "part-aside-ru",
        "ru",
        "Число погибших мирных жителей возросло до 32, среди них шестеро детей, ранения получили "
        "94 горожанина.",
        (K, "civilians", 32, 32, False, "self", EV),
        (W, "civilians", 94, 94, False, "self", EV),
    ),
    c(
        "part-aside-uk",
        "uk",
        "Кількість загиблих цивільних зросла до 32, серед них шестеро дітей, поранення отримали "
        "94 мешканці.",
        (K, "civilians", 32, 32, False, "self", EV),
        (W, "civilians", 94, 94, False, "self", EV),
    ),
    c(
        "part-aside-en",
        "en",
        "The death toll among civilians rose to 32, among them six children, 94 people were "
        "injured.",
        (K, "civilians", 32, 32, False, "self", EV),
        (W, "civilians", 94, 94, False, "self", EV),
    ),
    c(
        "part-aside-fr",
        "fr",
        "Le bilan des civils tués est passé à 32, parmi eux six enfants, 94 personnes ont été "
        "blessées.",
        (K, "civilians", 32, 32, False, "self", EV),
        (W, "civilians", 94, 94, False, "self", EV),
    ),
    c(
        "part-no-side-ar",
        "ar",
        "ووصل إلى مستشفيات القطاع خلال الـ٤٨ ساعة الماضية ٧ شهداء، بينهم طفلان، و١٥ إصابة.",
        (K, "unknown", 7, 7, False, "self", PER),
        (W, "unknown", 15, 15, False, "self", PER),
    ),
]

# --- X: the others of soldiers an armed group attacked are the army's too -------------------
ATTACKED_OTHERS: list[Case] = [
    c(
        "attacked-others-ru",
        "ru",
        "Боевики JNIM атаковали военный лагерь в Булкесси на границе Мали. Как сообщают "
        "источники, погибли по меньшей мере 30 военнослужащих, еще около двадцати числятся "
        "пропавшими.",
        (K, "fama", 30, None, False, "*", EV),
        (M, "fama", 20, 20, True, "*", EV),
    ),
    c(
        "attacked-others-fr",
        "fr",
        "Des combattants du JNIM ont attaqué un camp militaire à Boulkessi. Selon des sources, au "
        "moins 30 soldats ont été tués, une vingtaine d'autres sont portés disparus.",
        (K, "fama", 30, None, False, "*", EV),
        (M, "fama", 20, 20, True, "*", EV),
    ),
]

# --- Y: Arabic: "تكبد" that inflicts; colloquial wounds and "there is no"; noun-first two ----
ARABIC_INFLICT: list[Case] = [
    c(
        "inflict-ar",
        "ar",
        "وقواتنا الباسلة تكبد العدو أكثر من 120 قتيلاً وتستلم 14 عربة قتالية.",
        (K, "rsf", 120, None, False, "self", EV),
        side="saf",
    ),
    c(
        "suffer-ar",
        "ar",
        "وتكبدت قوات الدعم السريع خسائر بلغت 120 قتيلا.",
        (K, "rsf", 120, 120, False, "self", EV),
    ),
    c(
        "colloquial-wounded-ar",
        "ar",
        "الدعامة ضربو المعسكر بالمدفعية من الصباح، ٩ من المواطنين ماتو منهم ٣ شفع و ١٧ اتصابو.",
        (K, "civilians", 9, 9, False, "self", EV),
        (W, "civilians", 17, 17, False, "self", EV),
    ),
    c(
        "colloquial-none-ar",
        "ar",
        "قتلنا منهم ١٥ وقبضنا ٦ أسرى حيين، ومافي أي خسائر وسطنا الحمد لله.",
        (K, "rsf", 15, 15, False, "self", EV),
        (C, "rsf", 6, 6, False, "self", EV),
        (L, "saf", 0, 0, False, "self", EV),
        side="saf",
    ),
    c(
        "noun-first-two-ar",
        "ar",
        "المركز الإعلامي: استشهاد 3 من مقاتلينا ومدنيَّين اثنين جراء قصف مسيّرة استهدفت سيارة.",
        (K, "unknown", 3, 3, False, "self", EV),
        (K, "civilians", 2, 2, False, "self", EV),
    ),
]

# --- Z: "own losses" named after the noun, or the speaker's of the sentence before -----------
OWN_LOSSES: list[Case] = [
    c(
        "own-losses-named-after-ru",
        "ru",
        "Повстанцы FLA заявили, что убили 15 бойцов «Африканского корпуса» и девятерых малийских "
        "военных. Собственные потери FLA — двое погибших.",
        (K, "wagner", 15, 15, False, "tuareg", EV),
        (K, "fama", 9, 9, False, "tuareg", EV),
        (K, "tuareg", 2, 2, False, "self", EV),
    ),
    c(
        "own-losses-named-after-uk",
        "uk",
        "Повстанці FLA заявили, що вбили 15 бійців «Африканського корпусу». Власні втрати FLA — "
        "двоє загиблих.",
        (K, "wagner", 15, 15, False, "tuareg", EV),
        (K, "tuareg", 2, 2, False, "self", EV),
    ),
    c(
        "own-losses-speaker-before-fr",
        "fr",
        "Les rebelles du FLA affirment avoir tué 15 soldats maliens. Leurs propres pertes : deux "
        "morts.",
        (K, "fama", 15, 15, False, "tuareg", EV),
        (K, "tuareg", 2, 2, False, "self", EV),
    ),
    c(
        "own-losses-speaker-before-en",
        "en",
        "FLA rebels said they killed 15 Malian soldiers. Their own losses: two dead.",
        (K, "fama", 15, 15, False, "tuareg", EV),
        (K, "tuareg", 2, 2, False, "self", EV),
    ),
]

# --- AA: "among the dead" after a semicolon is a part of the toll before ---------------------
AMONG_AFTER_SEMICOLON: list[Case] = [
    c(
        "among-after-semicolon-ru",
        "ru",
        "По словам Федорова, погибли по меньшей мере 13 мирных жителей, еще 31 ранен; среди "
        "погибших — двое подростков 15 и 17 лет.",
        (K, "civilians", 13, None, False, "*", EV),
        (W, "civilians", 31, 31, False, "*", EV),
    ),
    c(
        "among-after-semicolon-en",
        "en",
        "At least 13 civilians were killed and 31 wounded; among the dead were two teenagers.",
        (K, "civilians", 13, None, False, "self", EV),
        (W, "civilians", 31, 31, False, "self", EV),
    ),
]

# --- AB: civilians among the dead are a claim apart; a half hundred in two words is fifty; slang
AMONG_CIVILIANS: list[Case] = [
    c(
        "among-dead-civilians-ru",
        "ru",
        "Число погибших превысило 1 200 человек. Среди погибших — 830 мирных жителей.",
        (K, "unknown", 1200, None, False, "self", EV),
        (K, "civilians", 830, 830, False, "self", EV),
    ),
    c(
        "among-dead-civilians-en",
        "en",
        "More than 1,200 people were killed. Among the dead were 830 civilians.",
        (K, "unknown", 1200, None, False, "self", EV),
        (K, "civilians", 830, 830, False, "self", EV),
    ),
    c(
        "among-dead-children-en",
        "en",
        "More than 1,200 people were killed. Among the dead were 11 children.",
        (K, "unknown", 1200, None, False, "self", EV),
    ),
    c(
        "half-hundred-uk",
        "uk",
        "Загинули пів сотні окупантів.",
        (K, "ru", 50, 50, True, "self", EV),
        side="ua",
    ),
    c(
        "half-hundred-ru",
        "ru",
        "Погибли пол сотни оккупантов, ранены десятки.",
        (K, "ru", 50, 50, True, "self", EV),
        (W, "ru", 20, 99, True, "self", EV),
    ),
    c(
        "fertilise-ru",
        "ru",
        "Итог: минус две бэхи и под полсотни «героев» отправились удобрять чернозём.",
        (K, "ua", 50, 50, True, "self", EV),
        side="ru",
    ),
    c(
        "fertilise-uk",
        "uk",
        "Близько пів сотні окупантів пішли удобрювати чорнозем.",
        (K, "ru", 50, 50, True, "self", EV),
        side="ua",
    ),
]

# --- AC: a group's own men by its own word; a capture whose result was a swap ---------------
OWN_MEN_AND_SWAP_RESULT: list[Case] = [
    c(
        "own-men-uk",
        "uk",
        "Армія Судану заявила, що знищила сотні найманців RSF. У RSF натомість повідомили про "
        "загибель лише 12 своїх бійців і звинуватили армію в ударах по ринку.",
        (K, "rsf", 200, 999, True, "saf", EV),
        (K, "rsf", 12, 12, False, "rsf", EV),
    ),
    c(
        "capture-then-swap-uk",
        "uk",
        "Ще 2 100 російських військових ми взяли в полон, що дозволило повернути додому сотні "
        "наших захисників.",
        (C, "ru", 2100, 2100, False, "self", EV),
        side="ua",
    ),
    c(
        "capture-then-swap-en",
        "en",
        "Our forces took 2,100 Russian soldiers prisoner, which allowed hundreds of our defenders "
        "to be brought home in swaps.",
        (C, "ru", 2100, 2100, False, "self", EV),
        side="ua",
    ),
    c(
        "capture-then-swap-fr",
        "fr",
        "Nos forces ont fait 2 100 prisonniers russes, ce qui a permis de ramener des centaines "
        "de défenseurs lors d'échanges.",
        (C, "ru", 2100, 2100, False, "self", EV),
        side="ua",
    ),
]

# --- AD: after a sentence of drones and guns, a word of losses before a figure counts people -
LOSSES_AFTER_THINGS: list[Case] = [
    c(
        "losses-after-things-uk",
        "uk",
        "Також Сили оборони знищили 3 танки, 41 артилерійську систему та 88 БпЛА. Від 24 лютого "
        "2022 року сумарні втрати ворога в живій силі перевищили 900 тисяч.",
        (L, "ru", 900000, None, False, "self", CUM),
        side="ua",
    ),
    c(
        "losses-after-things-en",
        "en",
        "Defence forces also destroyed 3 tanks, 41 artillery systems and 88 drones. Since 24 "
        "February 2022, total enemy personnel losses have exceeded 900,000.",
        (L, "ru", 900000, None, False, "self", CUM),
        side="ua",
    ),
]

# --- AE: tolls of both sides are no one's; a relative clause's verb is not the figure's fate;
# a person noun set off by commas restates the counted --------------------------------------
BOTH_SIDES_AND_ASIDES: list[Case] = [
    c(
        "both-sides-fr",
        "fr",
        "Une source sécuritaire évoque « entre 25 et 35 morts » au total, tous camps confondus.",
        (K, "unknown", 25, 35, False, "*", EV),
    ),
    c(
        "both-sides-countries-fr",
        "fr",
        "Au total, au moins 180 morts recensés dans les 3 pays sur la semaine (civils et "
        "combattants confondus).",
        (K, "unknown", 180, None, False, "self", EV),
    ),
    c(
        "both-sides-ru",
        "ru",
        "В боях погибли не менее 40 военных с обеих сторон.",
        (K, "unknown", 40, None, False, "self", EV),
        side="ru",
    ),
    c(
        "both-sides-uk",
        "uk",
        "У боях загинули щонайменше 40 військових з обох сторін.",
        (K, "unknown", 40, None, False, "self", EV),
        side="ua",
    ),
    c(
        "relative-flee-fr",
        "fr",
        "Un passager qui tentait de fuir a été abattu.",
        (K, "civilians", 1, 1, False, "self", EV),
    ),
    c(
        "relative-flee-en",
        "en",
        "A passenger who tried to flee was shot dead.",
        (K, "civilians", 1, 1, False, "self", EV),
    ),
    c(
        "apposed-passengers-fr",
        "fr",
        "Une quarantaine de civils, passagers d'un car de transport, ont été enlevés mardi par "
        "des hommes armés.",
        (C, "civilians", 40, 40, True, "self", EV),
    ),
]

# --- AF: "D'après nos sources": the post's own source, and "nos" is no victim ---------------
OUR_SOURCES: list[Case] = [
    c(
        "our-sources-fr",
        "fr",
        "Les « héros » de Zelensky reculent autour de Pokrovsk. D'après nos sources sur place, "
        "une cinquantaine de « cyborgs » sont restés pour toujours dans les lignes d'arbres.",
        (K, "ua", 50, 50, True, "self", EV),
        side="ru",
    ),
]

# --- AG: "its soldiers" after "on our positions"; "another few dozen" ------------------------
ITS_SOLDIERS: list[Case] = [
    c(
        "its-soldiers-en",
        "en",
        "Our heroic forces today repelled a desperate attack by the Burhan army on our positions "
        "west of Omdurman, killing more than 300 of its soldiers and capturing 42.",
        (K, "saf", 300, None, False, "self", EV),
        (C, "saf", 42, 42, False, "self", EV),
        side="rsf",
    ),
    c(
        "few-dozen-en",
        "en",
        "Up to 150 servicemen were eliminated. Another few dozen were wounded.",
        (K, "unknown", None, 150, False, "self", EV),
        (W, "unknown", 20, 99, True, "self", EV),
    ),
]

# --- AH: a verb opening a clause with "of them" is the part's; "لم تسفر ... عن أي" ------------
OF_THEM_CLAUSE: list[Case] = [
    c(
        "of-them-clause-ar",
        "ar",
        "وزارة الدفاع الروسية: خسائر القوات الأوكرانية في مقاطعة كورسك تجاوزت 76 ألف عسكري، "
        "قُتل منهم ما يزيد على ٢٨ ألفاً، فيما أُسر 892 آخرون.",
        (L, "ua", 76000, None, False, "ru_mod", EV),
        (K, "ua", 28000, None, False, "ru_mod", EV),
        (C, "ua", 892, 892, False, "ru_mod", EV),
    ),
    c(
        "did-not-result-ar",
        "ar",
        "وتم التصدي لـ11 منها، ولم تسفر الهجمات عن أي خسائر في الأرواح.",
        (K, "unknown", 0, 0, False, "self", EV),
    ),
]

# --- AI: a strike on a place in a country hits that side; ages after "aged"; bodies of the
# dead of an attack brought in; "Kyiv's total losses"; lost no one -------------------------
STRIKE_PLACE_AND_MORE: list[Case] = [
    c(
        "strike-place-country-en",
        "en",
        "A Russian missile strike on a training ground in Ukraine's Dnipropetrovsk region killed "
        "12 soldiers and wounded more than 20 others on Sunday, Ukraine's Ground Forces said.",
        (K, "ua", 12, 12, False, "ua", EV),
        (W, "ua", 20, None, False, "ua", EV),
    ),
    c(
        "aged-two-numbers-en",
        "en",
        "An FPV drone attack on Nikopol injured two civilians, men aged 58 and 61, governor "
        "Serhii Lysak said.",
        (W, "civilians", 2, 2, False, "*", EV),
    ),
    c(
        "bodies-of-attack-dead-en",
        "en",
        "Doctors said the facility received the bodies of 21 civilians killed in RSF artillery "
        "shelling of Sabreen market and treated 63 wounded.",
        (K, "civilians", 21, 21, False, "*", EV),
        (W, "civilians", 63, 63, False, "*", EV),
    ),
    c(
        "total-losses-owner-en",
        "en",
        "Russia's Defence Ministry put Kyiv's total losses there since the start of the operation "
        "at 4,350 troops and 61 tanks.",
        (L, "ua", 4350, 4350, False, "ru_mod", CUM),
    ),
    c(
        "lost-no-one-en",
        "en",
        "The paramilitary group said it had lost no one.",
        (K, "unknown", 0, 0, False, "*", EV),
    ),
    c(
        "lost-no-one-ru",
        "ru",
        "Армия заявила, что не потеряла никого.",
        (K, "unknown", 0, 0, False, "*", EV),
    ),
    c(
        "lost-no-one-fr",
        "fr",
        "L'armée affirme n'avoir perdu personne.",
        (K, "unknown", 0, 0, False, "*", EV),
    ),
]

# --- AJ: where a source's words end: at the losses said, never at "the enemy"; "by ...
# estimates" is no verb of saying; "north of" -------------------------------------------------
SOURCE_ENDS: list[Case] = [
    c(
        "data-then-enemy-en",
        "en",
        "According to preliminary data the enemy lost 40 soldiers.",
        (K, "ru", 40, 40, False, "self", EV),
        side="ua",
    ),
    c(
        "data-then-enemy-ru",
        "ru",
        "По предварительным данным противник потерял 40 военных.",
        (K, "ua", 40, 40, False, "self", EV),
        side="ru",
    ),
    c(
        "source-then-losses-ru",
        "ru",
        "По данным Минобороны России потери ВСУ составили 1000 человек.",
        (L, "ua", 1000, 1000, False, "ru_mod", EV),
    ),
    c(
        "by-estimates-north-of-en",
        "en",
        "Even by the most conservative estimates the AFU's irrecoverable losses are north of 400k.",
        (K, "ua", 400000, None, False, "self", EV),
        side="ru",
    ),
    c(
        "put-losses-at-en",
        "en",
        "Zelensky said 43,000 Ukrainian soldiers had been killed. He put Russian losses at "
        "198,000 killed and 550,000 wounded.",
        (K, "ua", 43000, 43000, False, "ua", EV),
        (K, "ru", 198000, 198000, False, "ua", EV),
        (W, "ru", 550000, 550000, False, "ua", EV),
    ),
]

# --- AK: Arabic: "بفقدان" is a loss; "ما بين قتيل وجريح"; "لا يتجاوزون"; "لا يزالون" is no
# negation; "من إخواننا" is ours; a list of unit numbers -------------------------------------
ARABIC_LOSS_AND_LISTS: list[Case] = [
    c(
        "loss-of-five-ar",
        "ar",
        "قال الجيش المالي إنه قتل أكثر من 30 من المتمردين الطوارق، مقرّاً بفقدان خمسة من جنوده.",
        (K, "tuareg", 30, None, False, "fama", EV),
        (K, "fama", 5, 5, False, "fama", EV),
    ),
    c(
        "between-killed-wounded-ar",
        "ar",
        "وأضاف أن الجيش خسر أكثر من 300 ما بين قتيل وجريح.",
        (L, "unknown", 300, None, False, "self", EV),
    ),
    c(
        "not-exceed-plural-ar",
        "ar",
        "وقال الناطق باسم الجيش السوداني إن شهداء القوات المسلحة في المعركة لا يتجاوزون 15.",
        (K, "saf", None, 15, False, "saf", EV),
    ),
    c(
        "still-no-negation-ar",
        "ar",
        "وأشارت الوزارة إلى أن ضحايا لا يزالون تحت الركام ولا تستطيع طواقم الإسعاف الوصول إليهم.",
    ),
    c(
        "our-brothers-ar",
        "ar",
        "وأسفرت الغارة عن هلاك 23 من عناصر الجيش المالي و7 من الروس، وارتقى من إخواننا 3 "
        "نحسبهم شهداء.",
        (K, "fama", 23, 23, False, "self", EV),
        (K, "wagner", 7, 7, False, "self", EV),
        (K, "jnim", 3, 3, False, "self", EV),
        side="jnim",
    ),
    c(
        "unit-number-list-ar",
        "ar",
        "وألحقت الهزيمة بتشكيلات الألوية 32 و68 و100 الآلية قرب بلدتي نوفوتوريتسكويه.",
    ),
    c(
        "unit-number-list-en",
        "en",
        "Russian forces defeated brigades 32, 68 and 100 near Novotoretske, killing 40 troops.",
        (K, "unknown", 40, 40, False, "self", EV),
    ),
]

# --- AL: "could not be saved" is dead; "перебили" killed; a group named in the counted noun --
COULD_NOT_SAVE: list[Case] = [
    c(
        "not-saved-ru",
        "ru",
        "За октябрь в больницу поступили 230 гражданских с минно-взрывными травмами, 19 из них "
        "спасти не удалось.",
        (W, "civilians", 230, 230, False, "self", PER),
        (K, "civilians", 19, 19, False, "self", PER),
    ),
    c(
        "not-saved-uk",
        "uk",
        "До лікарні надійшли 230 поранених цивільних, 19 з них врятувати не вдалося.",
        (W, "civilians", 230, 230, False, "self", EV),
        (K, "civilians", 19, 19, False, "self", EV),
    ),
    c(
        "not-saved-en",
        "en",
        "The hospital admitted 230 wounded civilians, 19 of whom could not be saved.",
        (W, "civilians", 230, 230, False, "*", EV),
        (K, "civilians", 19, 19, False, "*", EV),
    ),
    c(
        "not-saved-fr",
        "fr",
        "L'hôpital a reçu 230 civils blessés, dont 19 n'ont pas pu être sauvés.",
        (W, "civilians", 230, 230, False, "self", EV),
        (K, "civilians", 19, 19, False, "self", EV),
    ),
    c(
        "killed-off-ru",
        "ru",
        "Армия Судана заявила, что в ходе наступления на Омдурман её подразделения уничтожили более "
        "200 бойцов СБР. СБР, в свою очередь, утверждают, что отбили атаку и перебили «сотни» "
        "солдат.",
        (K, "rsf", 200, None, False, "saf", EV),
        (K, "saf", 200, 999, True, "rsf", EV),
    ),
]

# --- AM: the IS provinces by their acronyms in Cyrillic posts ----------------------------------
IS_ACRONYMS: list[Case] = [
    c(
        "iswap-attackers-uk",
        "uk",
        "Бойовики ISWAP атакували базу нігерійської армії в штаті Борно. Військові заявили, що "
        "«нейтралізували» 76 нападників.",
        (K, "is", 76, 76, False, "*", EV),
    ),
    c(
        "iswap-attackers-ru",
        "ru",
        "Боевики ISWAP атаковали базу нигерийской армии. Военные заявили, что нейтрализовали 76 "
        "нападавших.",
        (K, "is", 76, 76, False, "*", EV),
    ),
]

# --- AN: ours who did it leave the slang toll to the enemy; a named army's units are not ours;
# shot down or neutralised is interception; the dead left in the fields ----------------------
OURS_ACTING: list[Case] = [
    c(
        "ours-acting-slang-uk",
        "uk",
        "Кацапи зранку вирішили покататися на мотоциклах під Торецьком. Покаталися: птахи наших "
        "операторів розібрали колону, по факту — півсотні двохсотих і близько десятка трьохсотих.",
        (K, "ru", 50, 50, True, "self", EV),
        (W, "ru", 10, 10, True, "self", EV),
        side="ua",
    ),
    c(
        "ours-suffered-slang-ru",
        "ru",
        "Наши потери: трое двухсотых и семь трёхсотых.",
        (K, "ru", 3, 3, False, "self", EV),
        (W, "ru", 7, 7, False, "self", EV),
        side="ru",
    ),
    c(
        "named-army-units-uk",
        "uk",
        "ГУР: підрозділи армії КНДР втратили понад 500 військових убитими й пораненими.",
        (L, "unknown", 500, None, False, "*", EV),
    ),
    c(
        "shot-down-or-neutralised-fr",
        "fr",
        "La Russie a lancé 598 drones et 31 missiles sur l'Ukraine, selon l'armée de l'air "
        "ukrainienne, qui affirme en avoir abattu ou neutralisé 563.",
    ),
    c(
        "crossfire-fr",
        "fr",
        "L'armée affirme que « moins de cinq » civils ont péri, pris entre deux feux.",
        (K, "civilians", None, 5, False, "*", EV),
    ),
    c(
        "fertilise-soil-fr",
        "fr",
        "Une trentaine de soldats ukrainiens sont allés engraisser le sol près de Pokrovsk.",
        (K, "ua", 30, 30, True, "self", EV),
        side="ru",
    ),
    c("fatten-cattle-fr", "fr", "Les éleveurs veulent engraisser les 40 bêtes avant l'hiver."),
    c(
        "rotting-fields-fr",
        "fr",
        "Des milliers de « libérateurs » de Zelensky pourrissent aujourd'hui dans les champs.",
        (K, "ua", 2000, 9999, True, "self", EV),
        side="ru",
    ),
    c(
        "rotting-fields-uk",
        "uk",
        "Тисячі окупантів гниють у полях під Суджею.",
        (K, "ru", 2000, 9999, True, "self", EV),
        side="ua",
    ),
    c("rotting-prison-ru", "ru", "Тысячи заключенных гниют в тюрьмах."),
    c(
        "lightly-hit-fr",
        "fr",
        "Une cinquantaine d'ukronazis partis engraisser les tournesols. Chez nous, deux gars "
        "légèrement touchés, rien de grave.",
        (K, "ua", 50, 50, True, "self", EV),
        (W, "ru", 2, 2, False, "self", EV),
        side="ru",
    ),
    c(
        "no-victims-three-back-uk",
        "uk",
        "Уночі ворог атакував Київщину ударними БпЛА. Сили ППО знешкодили 37 із 43 дронів. "
        "Уламки пошкодили два приватні будинки та автівку. Обійшлося без жертв.",
        (K, "unknown", 0, 0, False, "self", EV),
        side="ua",
    ),
]

# --- AO: a claim released is a statement put out; slang of the dead -------------------------
CLAIM_RELEASED: list[Case] = [
    c(
        "claim-released-en",
        "en",
        'In a claim released on Monday, JNIM said it had killed more than 200 "soldiers of the '
        'junta" and seized weapons and 15 vehicles.',
        (K, "fama", 200, None, False, "jnim", EV),
    ),
    c(
        "fertilizer-en",
        "en",
        "Another meat assault near Toretsk: 2 BTRs and a tank burned, nearly 40 katsaps turned "
        "into fertilizer, the rest ran back.",
        (K, "ru", 40, 40, True, "self", EV),
        side="ua",
    ),
    c(
        "sent-to-meet-en",
        "en",
        "Two POWs taken this morning, 5 ukrops sent to meet Bandera.",
        (C, "ua", 2, 2, False, "self", EV),
        (K, "ua", 5, 5, False, "self", EV),
        side="ru",
    ),
]

# --- AP: "the enemy" of a group that fought a joint column is no one party; codes after "en
# mode"; "préféré la captivité"; "pertes ennemies" ---------------------------------------------
JOINT_ENEMY: list[Case] = [
    c(
        "joint-enemy-fr",
        "fr",
        "Ce jour, nos unités ont repoussé une attaque des FAMa et de leurs supplétifs de Wagner "
        "près de Tessalit. Bilan : 9 ennemis tués, 2 pick-up saisis. Nous déplorons 2 martyrs et 3 "
        "blessés dans nos rangs.",
        (K, "unknown", 9, 9, False, "self", EV),
        (K, "tuareg", 2, 2, False, "self", EV),
        (W, "tuareg", 3, 3, False, "self", EV),
        side="tuareg",
    ),
    c(
        "one-enemy-fr",
        "fr",
        "Ce jour, nos unités ont repoussé une attaque des FAMa près de Tessalit. Bilan : 9 ennemis "
        "tués.",
        (K, "fama", 9, 9, False, "self", EV),
        side="tuareg",
    ),
    c(
        "enemy-adjective-fr",
        "fr",
        "Les unités du groupement « Nord » ont mis en déroute quatre brigades ; les pertes "
        "ennemies se sont élevées à plus de 1 340 militaires et 12 chars.",
        (L, "ua", 1340, None, False, "self", EV),
        side="ru",
    ),
    c(
        "code-en-mode-fr",
        "fr",
        "Résultat : environ 140 « héros » passés en mode 200 et onze gars qui ont préféré la "
        "captivité.",
        (K, "ua", 140, 140, True, "self", EV),
        (C, "ua", 11, 11, False, "self", EV),
        side="ru",
    ),
]

# --- AQ: how many speak is no toll; money counts no people; "killed, wounded or captured" ----
SPEAKERS_AND_MONEY: list[Case] = [
    c(
        "two-officials-said-en",
        "en",
        "Islamic extremists stormed a military camp near Boulkessi on Monday, killing at least 30 "
        "soldiers, two security officials said.",
        (K, "fama", 30, None, False, "*", EV),
    ),
    c(
        "persons-confirmed-dead-en",
        "en",
        "At least 10 persons were confirmed dead with scores injured.",
        (K, "unknown", 10, None, False, "*", EV),
        (W, "unknown", 20, 99, True, "*", EV),
    ),
    c(
        "cfa-francs-en",
        "en",
        "Investigators also say they seized 1.3 billion CFA francs in cash.",
    ),
    c(
        "killed-wounded-or-captured-en",
        "en",
        "Syrskyi said that Russia had lost 38,000 troops killed, wounded or captured in the Kursk "
        "region, including more than 900 taken prisoner.",
        (L, "ru", 38000, 38000, False, "*", EV),
        (C, "ru", 900, None, False, "*", EV),
    ),
]

# --- AR: a state's security forces and the gunmen beside them are two tolls -------------------
SECURITY_AND_GUNMEN: list[Case] = [
    c(
        "security-and-gunmen-ar",
        "ar",
        "مقتل 49 من عناصر الأمن العام ووزارة الدفاع و38 من المسلحين الموالين للنظام البائد في "
        "الاشتباكات.",
        (K, "unknown", 49, 49, False, "self", EV),
        (K, "unknown", 38, 38, False, "self", EV),
    ),
]


ALL = (
    SPEAK_OF
    + CITED_SOURCE
    + UNIT_THEN_PEOPLE
    + DASH_CLAUSE
    + SWAP
    + SLANG
    + FIRE
    + OWN_FIGURE_BEFORE
    + KILLED_THEN_LOST
    + FELL
    + SAME_DATA
    + LISTED_MISSING
    + BOUND_OVER_IN
    + TOWNSPEOPLE
    + PART_OF_OTHER_KIND
    + AMONG_IDENTIFIED
    + EXCHANGE_FUND
    + MONTH_YEAR
    + ARABIC_MORE
    + EUPHEMISMS
    + OUR_ESTIMATES
    + WE_KILLED
    + PART_ASIDE
    + ATTACKED_OTHERS
    + ARABIC_INFLICT
    + OWN_LOSSES
    + AMONG_AFTER_SEMICOLON
    + AMONG_CIVILIANS
    + OWN_MEN_AND_SWAP_RESULT
    + LOSSES_AFTER_THINGS
    + BOTH_SIDES_AND_ASIDES
    + OUR_SOURCES
    + ITS_SOLDIERS
    + OF_THEM_CLAUSE
    + STRIKE_PLACE_AND_MORE
    + SOURCE_ENDS
    + ARABIC_LOSS_AND_LISTS
    + COULD_NOT_SAVE
    + IS_ACRONYMS
    + OURS_ACTING
    + CLAIM_RELEASED
    + JOINT_ENEMY
    + SPEAKERS_AND_MONEY
    + SECURITY_AND_GUNMEN
)


@pytest.mark.parametrize("case", params(ALL))
def test_round17(case: Case) -> None:
    check(case)
