"""Round 23: mechanisms met in the stand-in set b50 and in headlines of wire style. Sentences of
our own; none is copied from a test set.

Claims are (kind, victim, low, high, approx, claimant, scope); the harness is the yardstick's.
"""

from __future__ import annotations

import pytest

from tests.extractors.cases import EV, PER, C, Case, K, L, M, W, c, check, params

# --- A: a strike by the speaker's enemy, the subject of the kill, counts people of the speaker's
# side whose kind the text leaves open: never the enemy's own men, never the speaker's kill;
# soldiers it kills are the speaker's. The state may stand before the strike word or after it --
ENEMY_STRIKE: list[Case] = [
    c(
        "enemy-strike-bare-en",
        "en",
        "Russian missile strike on Kharkiv kills 51, Zelensky says",
        (K, "unknown", 51, 51, False, "ua", EV),
    ),
    c(
        "enemy-drone-attack-dash-en",
        "en",
        "Russian drone attack kills 3 — Zelensky",
        (K, "unknown", 3, 3, False, "ua", EV),
    ),
    c(
        "enemy-shelling-soldiers-en",
        "en",
        "Russian shelling killed 4 soldiers near Pokrovsk, Ukraine says",
        (K, "ua", 4, 4, False, "ua", EV),
    ),
    c(
        "enemy-strike-bare-uk",
        "uk",
        "Російський ракетний удар по Харкову вбив 5, заявив Зеленський",
        (K, "unknown", 5, 5, False, "ua", EV),
    ),
    c(
        "enemy-strike-adjective-after-fr",
        "fr",
        "Une frappe russe sur Kharkiv tue 6, selon Zelensky",
        (K, "unknown", 6, 6, False, "ua", EV),
    ),
    c(
        "enemy-strike-soldiers-adjective-after-fr",
        "fr",
        "Une frappe russe sur Kharkiv a tué 5 soldats, selon Kiev",
        (K, "ua", 5, 5, False, "ua", EV),
    ),
    c(
        "enemy-strike-soldiers-adjective-after-ar",
        "ar",
        "غارة روسية على خاركيف تقتل 7 جنود، وفق كييف",
        (K, "ua", 7, 7, False, "ua", EV),
    ),
    # guard: the speaker's own strike tells of its kill
    c(
        "own-kill-guard-en",
        "en",
        "Russia killed 30 soldiers, Ukraine said.",
        (K, "ua", 30, 30, False, "ua", EV),
    ),
]

# --- B: a run of words in capitals (a headline, a shouted line) reads as lower case: capitals
# there mark no name, title or acronym. Arabic has no capitals ---------------------------------
SHOUTED: list[Case] = [
    c(
        "shouted-vague-fr",
        "fr",
        "DES DIZAINES DE SOLDATS ONT ÉTÉ TUÉS DANS UNE EMBUSCADE PRÈS DE DJIBO, SELON DES "
        "SOURCES SÉCURITAIRES.",
        (K, "unknown", 20, 99, True, "security_sources", EV),
    ),
    c(
        "shouted-part-ru",
        "ru",
        "ПРОТИВНИК ЗА НЕДЕЛЮ ПОТЕРЯЛ ОКОЛО 300 ЧЕЛОВЕК, ИЗ НИХ 120 — УБИТЫМИ.",
        (L, "ru", 300, 300, True, "self", PER),
        (K, "ru", 120, 120, False, "self", PER),
        side="ua",
    ),
    c(
        "shouted-wounded-uk",
        "uk",
        "НА ЖАЛЬ, МИ ВТРАТИЛИ ТРЬОХ ПОБРАТИМІВ, ЩЕ ЧОТИРЬОХ ЕВАКУЮВАЛИ З ПОРАНЕННЯМИ.",
        (K, "ua", 3, 3, False, "self", EV),
        (W, "ua", 4, 4, False, "self", EV),
        side="ua",
    ),
    c(
        "shouted-vague-en",
        "en",
        "SUDAN'S ARMY SAID IT HAD KILLED DOZENS OF RSF FIGHTERS NEAR EL FASHER.",
        (K, "rsf", 20, 99, True, "saf", EV),
    ),
    # guard: acronyms in a sentence of ordinary case are no run of capitals
    c(
        "acronyms-not-shouted-en",
        "en",
        "The FLA said 12 FAMa soldiers were killed.",
        (K, "fama", 12, 12, False, "tuareg", EV),
    ),
]

# --- C: two claimants named together ("X and Y have confirmed") are the first of them, not
# whichever the table lists first -----------------------------------------------------------------
JOINT_REPORTERS: list[Case] = [
    c(
        "joint-reporters-en",
        "en",
        "Mediazona and the BBC have now confirmed the deaths of 81,200 Russian soldiers by name.",
        (K, "ru", 81200, 81200, False, "mediazona", EV),
    ),
    c(
        "joint-reporters-ru",
        "ru",
        "«Медиазона» и Русская служба Би-би-си подтвердили гибель 75 300 российских военных.",
        (K, "ru", 75300, 75300, False, "mediazona", EV),
    ),
    c(
        "joint-reporters-together-uk",
        "uk",
        "«Медіазона» разом із BBC підтвердили загибель 75 300 російських військових.",
        (K, "ru", 75300, 75300, False, "mediazona", EV),
    ),
    c(
        "joint-reporters-fr",
        "fr",
        "Selon Mediazona et la BBC, 75 300 militaires russes ont été tués.",
        (K, "ru", 75300, 75300, False, "mediazona", EV),
    ),
    c(
        "joint-reporters-prefix-ar",
        "ar",
        "أكدت ميديازونا وبي بي سي مقتل 75300 جندي روسي.",
        (K, "ru", 75300, 75300, False, "mediazona", EV),
    ),
]

# --- C2: a partner named a few words after the lead ("working with", "совместно с", "en
# partenariat avec") does not take its place; a source it cites does ------------------------------
PARTNER_REPORTERS: list[Case] = [
    c(
        "partner-working-with-en",
        "en",
        "Mediazona, working with BBC Russian, has confirmed the deaths of 90,019 Russian troops.",
        (K, "ru", 90019, 90019, False, "mediazona", EV),
    ),
    c(
        "partner-jointly-ru",
        "ru",
        "«Медиазона» совместно с Би-би-си установила имена 90 019 погибших российских военных.",
        (K, "ru", 90019, 90019, False, "mediazona", EV),
    ),
    c(
        "partner-collaboration-fr",
        "fr",
        "Mediazona, en collaboration avec la BBC, a recensé 90 019 soldats russes tués.",
        (K, "ru", 90019, 90019, False, "mediazona", EV),
    ),
    # guard: the source a wire cites claims the figure
    c(
        "cited-by-guard-en",
        "en",
        "Russia lost 1,250 troops in the past day, the General Staff said, as cited by Reuters.",
        (L, "ru", 1250, 1250, False, "ua_gs", PER),
    ),
]

# --- D: a line that only names a source of the table ("Данные Генштаба ВСУ.", "Source :
# état-major ...", "Джерело: Генштаб ЗСУ", "المصدر: ...") speaks for the lines of its paragraph
# above it; so does a source in brackets closing a list's header line. Not a letterhead on the
# first line, not a line where the body does something, not a plea to support a channel -------
SOURCE_LINE: list[Case] = [
    c(
        "source-line-data-ru",
        "ru",
        "Потери противника на 5 мая:\nличный состав — 451 020 (+1 110)\nтанки — 7 310 (+8)\n"
        "Данные Генерального штаба ВСУ.",
        (L, "ru", 451020, 451020, False, "ua_gs", "cumulative"),
        (L, "ru", 1110, 1110, False, "ua_gs", PER),
    ),
    c(
        "source-line-label-uk",
        "uk",
        "Втрати ворога на 5 травня:\nособовий склад — 451 020 (+1 110)\nтанки — 7 310 (+8)\n"
        "Джерело: Генштаб ЗСУ",
        (L, "ru", 451020, 451020, False, "ua_gs", "cumulative"),
        (L, "ru", 1110, 1110, False, "ua_gs", PER),
    ),
    c(
        "source-line-label-fr",
        "fr",
        "Pertes de l'ennemi au 5 mai : personnel – 451 020 (+1 110) ; chars – 7 310 (+8).\n"
        "Source : état-major général des Forces armées ukrainiennes.",
        (L, "ru", 451020, 451020, False, "ua_gs", "cumulative"),
        (L, "ru", 1110, 1110, False, "ua_gs", PER),
        side="ua",
    ),
    c(
        "source-line-label-en",
        "en",
        "Russian losses as of May 5:\npersonnel: 451,020 (+1,110)\ntanks: 7,310 (+8)\n"
        "Source: General Staff of the Armed Forces of Ukraine",
        (L, "ru", 451020, 451020, False, "ua_gs", "cumulative"),
        (L, "ru", 1110, 1110, False, "ua_gs", PER),
    ),
    c(
        "source-line-label-ar",
        "ar",
        "خسائر الجيش الروسي حتى 5 مايو:\nالأفراد: 451020 (+1110)\nالدبابات: 7310 (+8)\n"
        "المصدر: هيئة الأركان العامة الأوكرانية",
        (L, "ru", 451020, 451020, False, "ua_gs", "cumulative"),
        (L, "ru", 1110, 1110, False, "ua_gs", PER),
    ),
    c(
        "source-in-brackets-header-uk",
        "uk",
        "📊 Втрати ворога станом на 05.05 (дані Генштабу ЗСУ):\n👤 особовий склад — 451 020 "
        "(+1 110)\n🚜 танки — 7 310 (+8)",
        (L, "ru", 451020, 451020, False, "ua_gs", "cumulative"),
        (L, "ru", 1110, 1110, False, "ua_gs", PER),
    ),
    c(
        "source-in-brackets-header-en",
        "en",
        "Russia's losses as of May 5 (Ukraine's General Staff):\npersonnel: 451,020 (+1,110)\n"
        "tanks: 7,310 (+8)",
        (L, "ru", 451020, 451020, False, "ua_gs", "cumulative"),
        (L, "ru", 1110, 1110, False, "ua_gs", PER),
    ),
    # guards: the body acts in its line; a plea to support a channel names no source
    c(
        "body-acts-guard-fr",
        "fr",
        "Bilan provisoire : 21 terroristes neutralisés. Aucune perte côté ami.\nL'État-major "
        "général des armées félicite les troupes.",
        (K, "unknown", 21, 21, False, "self", EV),
        (L, "fama", 0, 0, False, "self", EV),
        side="fama",
    ),
    c(
        "support-channel-guard-en",
        "en",
        "Over the past day the enemy lost about 60 men near Toretsk.\n\nIf you like our work, "
        "support Rybar",
        (L, "ua", 60, 60, True, "self", PER),
        side="ru",
    ),
]

# --- E: a sentence that opens on "this (figure)" goes on with the source the sentence before
# named ("..., the General Staff reported. This number includes ...") ----------------------------
THIS_FIGURE: list[Case] = [
    c(
        "this-number-en",
        "en",
        "Russia has lost 733,450 troops since Feb. 24, 2022, Ukraine's General Staff reported. "
        "This number includes 1,310 casualties over the past day.",
        (L, "ru", 733450, 733450, False, "ua_gs", "cumulative"),
        (L, "ru", 1310, 1310, False, "ua_gs", PER),
    ),
    c(
        "the-figure-en",
        "en",
        "Russia has lost 733,450 troops since Feb. 24, 2022, Ukraine's General Staff reported. "
        "The figure includes 1,310 casualties over the past day.",
        (L, "ru", 733450, 733450, False, "ua_gs", "cumulative"),
        (L, "ru", 1310, 1310, False, "ua_gs", PER),
    ),
    c(
        "ce-chiffre-fr",
        "fr",
        "La Russie a perdu 733 450 soldats depuis février 2022, selon l'état-major ukrainien. Ce "
        "chiffre inclut 1 310 pertes au cours des dernières 24 heures.",
        (L, "ru", 733450, 733450, False, "ua_gs", "cumulative"),
        (L, "ru", 1310, 1310, False, "ua_gs", PER),
    ),
    # guard: a sentence of its own, not opening on "this", stays the channel's
    c(
        "no-anaphor-guard-en",
        "en",
        "Russia has lost 733,450 troops since Feb. 24, 2022, Ukraine's General Staff reported. "
        "Our own estimate is closer to 600,000.",
        (L, "ru", 733450, 733450, False, "ua_gs", "cumulative"),
    ),
]

# --- F: "on the X side" with the party's adjective inside the phrase ("с малийской стороны", "з
# українського боку", "on the Malian side", "من الجانب المالي") names whose the dead are ---------
ON_THE_SIDE: list[Case] = [
    c(
        "side-phrase-dash-ru",
        "ru",
        "Бой шёл всю ночь. С украинской стороны — трое погибших.",
        (K, "ua", 3, 3, False, "self", EV),
    ),
    c(
        "side-phrase-verb-ru",
        "ru",
        "С малийской стороны погибли четверо военных, ещё семеро ранены.",
        (K, "fama", 4, 4, False, "self", EV),
        (W, "fama", 7, 7, False, "self", EV),
    ),
    c(
        "side-phrase-dash-uk",
        "uk",
        "З малійського боку — четверо загиблих і семеро поранених.",
        (K, "fama", 4, 4, False, "self", EV),
        (W, "fama", 7, 7, False, "self", EV),
    ),
    c(
        "side-phrase-en",
        "en",
        "On the Malian side, four soldiers were killed and seven wounded.",
        (K, "fama", 4, 4, False, "self", EV),
        (W, "fama", 7, 7, False, "self", EV),
    ),
    c(
        "side-phrase-ar",
        "ar",
        "من الجانب المالي قتل أربعة جنود وأصيب سبعة.",
        (K, "fama", 4, 4, False, "self", EV),
        (W, "fama", 7, 7, False, "self", EV),
    ),
    # guard: fire from a side names who fired, not whose dead
    c(
        "fire-from-side-guard-ru",
        "ru",
        "Обстрел с украинской стороны унёс жизни двух мирных жителей.",
        (K, "civilians", 2, 2, False, "self", EV),
    ),
]

# --- G: Ukrainian bounds with "як" as with "ніж": "не менше як", "не більше як", "більше як" ---
UK_YAK: list[Case] = [
    c(
        "at-least-yak-uk",
        "uk",
        "Ми поклали не менше як пів тисячі росіян.",
        (K, "ru", 500, None, False, "self", EV),
        side="ua",
    ),
    c(
        "up-to-yak-uk",
        "uk",
        "Загинули не більше як 20 військових.",
        (K, "ua", None, 20, False, "self", EV),
        side="ua",
    ),
    c(
        "more-than-yak-uk",
        "uk",
        "Загинули більше як 20 військових.",
        (K, "ua", 20, None, False, "self", EV),
        side="ua",
    ),
]

# --- H: a header "SOURCE – label:" over a list ("Russian MoD — toll of the past day:") is the
# source's, the label a word of tolls or not -------------------------------------------------------
DASH_LABEL_HEADER: list[Case] = [
    c(
        "dash-label-header-en",
        "en",
        "Russian Defence Ministry — toll of the past day:\n▪️ North: the enemy lost up to 310 "
        "servicemen\n▪️ West: up to 420 servicemen",
        (L, "ua", None, 310, False, "ru_mod", PER),
        (L, "ua", None, 420, False, "ru_mod", PER),
        side="ru",
    ),
    c(
        "dash-label-header-ar",
        "ar",
        "الدفاع الروسية – حصيلة الأسبوع:\n▪️ خسر العدو ما يصل إلى 310 عسكريين\n▪️ في محور خاركيف: "
        "ما يصل إلى 420 عسكرياً",
        (L, "ua", None, 310, False, "ru_mod", PER),
        (L, "ua", None, 420, False, "ru_mod", PER),
        side="ru",
    ),
]

# --- I: "they" after the counted is what the speaker says of them only where a word of saying
# or "that" opens it; "، وهم ..." (and they ...) goes on about them ------------------------------
AND_THEY: list[Case] = [
    c(
        "and-they-not-said-ar",
        "ar",
        "قال زيلينسكي: «خسر الروس آلاف الجنود في منطقة كورسك منذ بدء عمليتنا هناك، وأسرنا أكثر من "
        "600 منهم، وهم سيساعدوننا في إعادة أبطالنا».",
        (L, "ru", 2000, 9999, True, "ua", "cumulative"),
        (C, "ru", 600, None, False, "ua", "cumulative"),
    ),
]

# --- J: who names the losses or their number states them ("Зеленський уперше назвав втрати:",
# "впервые назвал число погибших", "named the number of", "a révélé le nombre de"); "назвав
# фейком" (called it fake) is no naming of figures ---------------------------------------------------
NAMED_FIGURES: list[Case] = [
    c(
        "named-losses-uk",
        "uk",
        "Зеленський уперше назвав втрати ЗСУ: від початку вторгнення загинули 46 тисяч "
        "українських військових.",
        (K, "ua", 46000, 46000, False, "ua", "cumulative"),
    ),
    c(
        "named-number-ru",
        "ru",
        "Зеленский впервые назвал число погибших украинских военных: 46 тысяч.",
        (K, "ua", 46000, 46000, False, "ua", EV),
    ),
    c(
        "named-number-en",
        "en",
        "Zelensky for the first time named the number of Ukrainian soldiers killed: 46,000.",
        (K, "ua", 46000, 46000, False, "ua", EV),
    ),
    c(
        "named-number-fr",
        "fr",
        "Zelensky a révélé le nombre de soldats ukrainiens tués : 46 000.",
        (K, "ua", 46000, 46000, False, "ua", EV),
    ),
]

# --- K: "the group" named bare as a spokesman's body ("речника угруповання", "представителя
# группировки") in a post on another war is the armed group named before, not a Ukrainian
# grouping of forces; a grouping named by its name stays Ukraine's ---------------------------------
GROUP_SPOKESMAN: list[Case] = [
    c(
        "group-spokesman-mali-uk",
        "uk",
        "Повстанці-туареги заявили, що в боях на півночі Малі знищили 40 найманців «Вагнера». За "
        "словами речника угруповання, ще кількох узято в полон.",
        (K, "wagner", 40, 40, False, "tuareg", EV),
        (C, "wagner", 2, 9, True, "tuareg", EV),
    ),
    c(
        "grouping-named-guard-uk",
        "uk",
        "Речник угруповання військ «Хортиця» повідомив, що за добу окупанти втратили 400 "
        "військових.",
        (L, "ru", 400, 400, False, "ua", PER),
    ),
]

# --- L: a post's first line naming a report of a source of the table and closed by a colon
# ("Bilan du ministère russe de la Défense pour les dernières 24 heures :", "Russian MoD summary
# for the past 24 hours:") heads the figures under it; the ministry's own bulletin title with no
# colon stays the channel's --------------------------------------------------------------------------
REPORT_TITLE: list[Case] = [
    c(
        "report-title-fr",
        "fr",
        "Bilan du ministère russe de la Défense pour les dernières 24 heures :\n▪️ groupement "
        "« Nord » : l'ennemi a perdu jusqu'à 140 militaires ;\n▪️ groupement « Est » : jusqu'à 95 "
        "militaires.",
        (L, "ua", None, 140, False, "ru_mod", PER),
        (L, "ua", None, 95, False, "ru_mod", PER),
        side="ru",
    ),
    c(
        "report-title-en",
        "en",
        "Russian MoD summary for the past 24 hours:\n▪️ Kupiansk direction – the AFU lost up to 140 "
        "servicemen;\n▪️ Lyman direction – up to 95 troops",
        (L, "ua", None, 140, False, "ru_mod", PER),
        (L, "ua", None, 95, False, "ru_mod", PER),
        side="ru",
    ),
    c(
        "bulletin-letterhead-guard-ru",
        "ru",
        "Сводка Министерства обороны Российской Федерации о ходе проведения специальной военной "
        "операции\n\nПодразделения группировки войск «Запад» отразили четыре атаки. Потери "
        "противника составили до 140 военнослужащих.",
        (L, "ua", None, 140, False, "self", PER),
        side="ru",
    ),
]

# --- M: the party that lost, before an aside set off by commas ("Україна, за тими ж
# підрахунками, втратила 80 тисяч"), is whose the figure is ------------------------------------------
LOSER_ASIDE: list[Case] = [
    c(
        "loser-before-aside-uk",
        "uk",
        "The Wall Street Journal за власною оцінкою: росія втратила 200 тисяч убитими. Україна, за "
        "тими ж підрахунками, втратила 70 тисяч убитими.",
        (K, "ru", 200000, 200000, False, "wsj", EV),
        (K, "ua", 70000, 70000, False, "wsj", EV),
    ),
]

# --- N: a commander or a soldier opening the line, then his words in quotes after a colon
# ("Командир батальона в интервью нашему корреспонденту: «...»") speaks: in a channel of a side,
# that side; "our" of the reporter he spoke to is no narration of ours ------------------------------
ROLE_COLON_QUOTE: list[Case] = [
    c(
        "role-colon-quote-ru",
        "ru",
        "Командир батальона в интервью нашему корреспонденту: «Противник потерял за неделю около "
        "сотни человек».",
        (L, "ua", 100, 100, True, "ru", PER),
        side="ru",
    ),
    c(
        "role-colon-quote-uk",
        "uk",
        "Командир роти в інтерв'ю нашому кореспонденту: «За тиждень окупанти втратили близько "
        "сотні».",
        (L, "ru", 100, 100, True, "ua", PER),
        side="ua",
    ),
    # guard: "our" men acting before a colon are narration, the channel's words
    c(
        "our-men-colon-guard-ru",
        "ru",
        "Наши штурмовики: «Противник потерял за неделю около сотни человек».",
        (L, "ua", 100, 100, True, "self", PER),
        side="ru",
    ),
]

# --- O: the post's opening report ("Генштаб армии Мали сообщил ...") goes on in the sentences of
# its paragraph that name no source of their own, nor "our" side, the enemy or the war ------------
OPENING_REPORT: list[Case] = [
    c(
        "opening-report-goes-on-ru",
        "ru",
        "Генштаб армии Мали сообщил о нейтрализации около двадцати террористов. С малийской "
        "стороны — трое погибших и четверо раненых.",
        (K, "unknown", 20, 20, True, "fama", EV),
        (K, "fama", 3, 3, False, "fama", EV),
        (W, "fama", 4, 4, False, "fama", EV),
    ),
    c(
        "opening-report-goes-on-en",
        "en",
        "Mali's army said it had killed about 20 terrorists near Boni. Three soldiers were killed "
        "and four wounded near the town.",
        (K, "unknown", 20, 20, True, "fama", EV),
        (K, "fama", 3, 3, False, "fama", EV),
        (W, "fama", 4, 4, False, "fama", EV),
    ),
    # guard: the war's toll told in the post's own words
    c(
        "war-background-guard-en",
        "en",
        "At least 12 civilians were killed in a drone strike on a market, Sudan's army said. The war "
        "has killed tens of thousands since April 2023.",
        (K, "civilians", 12, None, False, "saf", EV),
        (K, "unknown", 20000, 99999, True, "self", "cumulative"),
    ),
]

# --- P: "the number of soldiers killed" is a count of the dead, no kill of the speaker's: the
# speaker's naming it counts no enemy -------------------------------------------------------------
TALLY_NO_KILL: list[Case] = [
    c(
        "tally-no-kill-en",
        "en",
        "Zelensky for the first time named the number of soldiers killed: 31,000.",
        (K, "unknown", 31000, 31000, False, "ua", EV),
    ),
]

# --- Q: hostile shapes met while checking this round: a dash near a post's last token --------------
EDGES: list[Case] = [
    c("time-dash-at-end-uk", "uk", "Загинули захисники. О 9:00 — хвилина мовчання."),
    c("time-dash-at-end-en", "en", "Soldiers were killed. At 9:00 — a minute of silence"),
]

# --- R: a brigade named by its number right after the counted, of no side named, in a Ukrainian
# outlet on its own war, is Ukraine's; in a post on another war it is not -----------------------
NUMBERED_BRIGADE: list[Case] = [
    c(
        "numbered-brigade-missing-uk",
        "uk",
        "Зникли безвісти 37 бійців 115-ї бригади.",
        (M, "ua", 37, 37, False, "self", EV),
    ),
    c(
        "numbered-brigade-killed-uk",
        "uk",
        "У бою загинули 6 бійців 72-ї бригади.",
        (K, "ua", 6, 6, False, "self", EV),
    ),
    # guard: a post on Mali's war
    c(
        "numbered-brigade-mali-guard-uk",
        "uk",
        "У Малі загинули 6 бійців 3-ї бригади.",
        (K, "fama", 6, 6, False, "self", EV),
    ),
]

ALL = (
    ENEMY_STRIKE
    + SHOUTED
    + JOINT_REPORTERS
    + PARTNER_REPORTERS
    + SOURCE_LINE
    + THIS_FIGURE
    + ON_THE_SIDE
    + UK_YAK
    + DASH_LABEL_HEADER
    + AND_THEY
    + NAMED_FIGURES
    + GROUP_SPOKESMAN
    + REPORT_TITLE
    + LOSER_ASIDE
    + ROLE_COLON_QUOTE
    + OPENING_REPORT
    + TALLY_NO_KILL
    + EDGES
    + NUMBERED_BRIGADE
)


@pytest.mark.parametrize("case", params(ALL))
def test_round23(case: Case) -> None:
    check(case)
