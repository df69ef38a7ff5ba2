"""Round 22, Ukrainian and Russian (with the other languages where the mechanism is shared):
mechanisms a held-out stand-in set (b44) showed, described in words. Sentences of our own;
none is copied from a test set.

Claims are (kind, victim, low, high, approx, claimant, scope); the harness is the yardstick's.
"""

from __future__ import annotations

import pytest

from tests.extractors.cases import EV, PER, C, Case, K, L, W, c, check, params

# --- A: the enemy's attack on foot told just before, slang figures of no named owner after it
# are the attackers' dead; after fire, or with "у нас", they stay the channel's own ------------
ASSAULT_TOLL: list[Case] = [
    c(
        "assault-then-result-uk",
        "uk",
        "Окупанти вночі знову поперли на нашу ділянку фронту. Результат: 14 двохсотих, 6 "
        "трьохсотих.",
        (K, "ru", 14, 14, False, "self", EV),
        (W, "ru", 6, 6, False, "self", EV),
        side="ua",
    ),
    c(
        "assault-into-attack-uk",
        "uk",
        "Ворог кидає в атаку штурмові групи по 5-7 людей. Біля лісосмуги лежать два десятки "
        "двохсотих.",
        (K, "ru", 20, 20, True, "self", EV),
        side="ua",
    ),
    c(
        "assault-then-result-ru",
        "ru",
        "Хохлы с утра снова лезли на наш участок. Итог: 11 двухсотых, трое трёхсотых.",
        (K, "ua", 11, 11, False, "self", EV),
        (W, "ua", 3, 3, False, "self", EV),
        side="ru",
    ),
    c(
        "assault-then-result-en",
        "en",
        "The enemy stormed our trench line twice overnight. Outcome: 9 200s and 5 300s.",
        (K, "ua", 9, 9, False, "self", EV),
        (W, "ua", 5, 5, False, "self", EV),
        side="ru",
    ),
    # guards: fire, not an assault; ours named before the figures
    c(
        "fire-then-result-uk",
        "uk",
        "Ворог обстріляв наші позиції з артилерії. Результат: 2 двохсотих.",
        (K, "ua", 2, 2, False, "self", EV),
        side="ua",
    ),
    c(
        "assault-ours-named-ru",
        "ru",
        "Противник пошёл на штурм. У нас четверо двухсотых.",
        (K, "ru", 4, 4, False, "self", EV),
        side="ru",
    ),
]

# --- B: a possessive opening its sentence, before the losses noun it owns, points on to the
# subject named after that noun ("Власні втрати повстанці назвали так: ..."); a bare word for
# fighters as the speaker ("бойовики оцінили") is the armed group named before -------------
OWN_LOSSES_AHEAD: list[Case] = [
    c(
        "own-losses-subject-after-uk",
        "uk",
        "Бойовики JNIM заявили, що вбили 30 малійських солдатів. Власні втрати бойовики "
        "оцінили так: шестеро загиблих.",
        (K, "fama", 30, 30, False, "jnim", EV),
        (K, "jnim", 6, 6, False, "jnim", EV),
    ),
    c(
        "own-losses-subject-after-ru",
        "ru",
        "Бойцы JNIM заявили, что убили 30 малийских солдат. Собственные потери боевики "
        "оценили так: шестеро погибших.",
        (K, "fama", 30, 30, False, "jnim", EV),
        (K, "jnim", 6, 6, False, "jnim", EV),
    ),
    # guard: a possessive after the sentence's first word points back as before
    c(
        "own-losses-back-ru",
        "ru",
        "Боевики JNIM заявили, что убили 30 малийских солдат. По словам боевиков, их потери — "
        "шестеро погибших.",
        (K, "fama", 30, 30, False, "jnim", EV),
        (K, "jnim", 6, 6, False, "jnim", EV),
    ),
]

# --- C: a clause after a colon, its verb of losing with no subject, goes on with the side that
# opens the sentence before the colon ---------------------------------------------------------
SUBJECT_BEFORE_COLON: list[Case] = [
    c(
        "subject-before-colon-ru",
        "ru",
        "Противник снова гонит пехоту на наши окопы: за три дня потерял более 200 человек.",
        (L, "ua", 200, None, False, "self", PER),
        side="ru",
    ),
    c(
        "subject-before-colon-uk",
        "uk",
        "Ворог продовжує кидати піхоту на наші позиції: за тиждень втратив понад 400 осіб, з них "
        "150 убитими.",
        (L, "ru", 400, None, False, "self", PER),
        (K, "ru", 150, 150, False, "self", PER),
        side="ua",
    ),
    c(
        "subject-before-colon-en",
        "en",
        "The enemy keeps sending infantry at our trenches: lost over 200 men.",
        (K, "ru", 200, None, False, "self", EV),
        side="ua",
    ),
    # guard: "we" before the colon stays ours
    c(
        "subject-before-colon-ours-ru",
        "ru",
        "Мы удержали позиции: за сутки потеряли двоих.",
        (L, "ru", 2, 2, False, "self", PER),
        side="ru",
    ),
]

# --- D: "N more" right after an unresolved figure of its own sentence goes on with that one,
# not with the sentence before; "by our info" says whose count, not whose men ----------------
MORE_OF_ITS_SENTENCE: list[Case] = [
    c(
        "more-after-slang-en",
        "en",
        "No losses on our side overnight. The orcs left 15 200s in the treeline and 4 more were "
        "captured by our guys.",
        (L, "ua", 0, 0, False, "self", PER),
        (K, "ru", 15, 15, False, "self", EV),
        (C, "ru", 4, 4, False, "self", EV),
        side="ua",
    ),
    c(
        "more-after-slang-uk",
        "uk",
        "За ніч без втрат з нашого боку. Кацапи залишили 17 двохсотих у посадці, ще шестеро "
        "здалися в полон.",
        (L, "ua", 0, 0, False, "self", PER),
        (K, "ru", 17, 17, False, "self", PER),
        (C, "ru", 6, 6, False, "self", PER),
        side="ua",
    ),
    c(
        "by-our-info-en",
        "en",
        "The enemy keeps throwing infantry into counterattacks. By our info, they have around 30 "
        "300s and a dozen 200s.",
        (W, "ua", 30, 30, True, "self", EV),
        (K, "ua", 12, 12, True, "self", EV),
        side="ru",
    ),
]

# --- E: slang figures after "our" drone operators, gunners or snipers are what ours did, the
# enemy's dead ("в мінус" over the equipment is no word of the channel's own losses) ----------
OUR_SHOOTERS: list[Case] = [
    c(
        "our-drone-operators-uk",
        "uk",
        "Нічна зміна наших операторів БпЛА біля Торецька: 11 двохсотих, 5 трьохсотих, танк і "
        "дві гармати — в мінус.",
        (K, "ru", 11, 11, False, "self", EV),
        (W, "ru", 5, 5, False, "self", EV),
        side="ua",
    ),
    c(
        "our-snipers-ru",
        "ru",
        "Наши снайперы за неделю: 7 двухсотых.",
        (K, "ua", 7, 7, False, "self", PER),
        side="ru",
    ),
    c(
        "our-gunners-en",
        "en",
        "Our gunners near Siversk, night shift: 8 200s, 3 300s and two trucks.",
        (K, "ru", 8, 8, False, "self", EV),
        (W, "ru", 3, 3, False, "self", EV),
        side="ua",
    ),
    # guard: ours who suffered
    c(
        "our-operators-lost-uk",
        "uk",
        "Наші оператори теж мають втрати: 2 двохсотих.",
        (K, "ua", 2, 2, False, "self", EV),
        side="ua",
    ),
]

# --- F: "lost N men ..., killed and wounded": the lump a few words after the figure, past a
# comma, makes the loss a casualty toll (comrades too); "three, four times more" is one rough
# range of a ratio, no figure of men -----------------------------------------------------------
LUMP_AFTER: list[Case] = [
    c(
        "lump-after-comma-en",
        "en",
        '"This month we lost about 40 guys from the company, killed and wounded," a company commander said.',
        (L, "ua", 40, 40, True, "ua", EV),
        side="ua",
    ),
    c(
        "lump-after-comma-uk",
        "uk",
        "За місяць ми втратили близько 40 хлопців з роти, убитими й пораненими.",
        (L, "ua", 40, 40, True, "self", PER),
        side="ua",
    ),
    c(
        "lump-after-comma-ru",
        "ru",
        "Мы потеряли около 40 человек из роты, убитыми и ранеными.",
        (L, "ru", 40, 40, True, "self", EV),
        side="ru",
    ),
    c(
        "comma-range-ratio-en",
        "en",
        "Our losses are heavy, but the Russians lose three, four times more.",
        side="ua",
    ),
    c(
        "comma-range-ratio-uk",
        "uk",
        "Росіяни втрачають у три, чотири рази більше за нас.",
        side="ua",
    ),
    c(
        "comma-range-people-ru",
        "ru",
        "Погибли двое, трое бойцов.",
        (K, "ru", 2, 3, False, "self", EV),
        side="ru",
    ),
]

# --- G: "KIA/WIA", "убитыми/ранеными": a slash joins the dead and the wounded into one lump; a
# figure of the attackers quoted after "by" is no toll; "N of them children" set off by commas
# between the counted and their verb is crossed as an aside -----------------------------------
SLASH_AGENT_ASIDE: list[Case] = [
    c(
        "slash-lump-en",
        "en",
        "Enemy losses over the week: ~1,800 KIA/WIA.",
        (L, "ua", 1800, 1800, True, "self", PER),
        side="ru",
    ),
    c(
        "slash-lump-ru",
        "ru",
        "Потери противника за неделю: до 900 убитыми/ранеными.",
        (L, "ua", None, 900, False, "self", PER),
        side="ru",
    ),
    c(
        "quoted-agent-en",
        "en",
        'Twelve soldiers were killed in an attack by "more than 200 terrorists" near Menaka, '
        "the army said.",
        (K, "fama", 12, 12, False, "fama", EV),
    ),
    c(
        "quoted-agent-fr",
        "fr",
        "Douze soldats ont été tués dans une attaque menée par « plus de 200 terroristes », "
        "selon l'armée.",
        (K, "unknown", 12, 12, False, "army", EV),
    ),
    c(
        "part-aside-en",
        "en",
        "Five civilians were killed and 40 people, 6 of them children, have been hospitalised "
        "with injuries, the governor said.",
        (K, "civilians", 5, 5, False, "governor", EV),
        (W, "civilians", 40, 40, False, "governor", EV),
    ),
    c(
        "part-aside-fr",
        "fr",
        "Cinq civils ont été tués et 40 personnes, dont 6 enfants, ont été blessées, selon le "
        "gouverneur.",
        (K, "civilians", 5, 5, False, "governor", EV),
        (W, "civilians", 40, 40, False, "governor", EV),
    ),
]

# --- H: French milblogger slang: "transformés en engrais" (dead), "envoyés à l'hosto" (wounded)
FR_SLANG: list[Case] = [
    c(
        "fr-slang-fertilizer-hosto",
        "fr",
        "Belle nuit pour nos dronistes : 9 orques transformés en engrais, 4 autres envoyés à "
        "l'hosto.",
        (K, "ru", 9, 9, False, "self", EV),
        (W, "ru", 4, 4, False, "self", EV),
        side="ua",
    ),
]

# --- I: Arabic "نزوح مئات الأسر": the flight of hundreds of families ("الأسر" also spells
# captivity) is no toll ----------------------------------------------------------------------
AR_FAMILIES: list[Case] = [
    c(
        "ar-families-fled",
        "ar",
        "قتل خمسة مدنيين في قصف على المدينة، وسط أنباء عن نزوح مئات الأسر إلى القرى المجاورة.",
        (K, "civilians", 5, 5, False, "self", EV),
    ),
    c(
        "ar-thousands-of-families",
        "ar",
        "فرت آلاف الأسر من المدينة بعد الاشتباكات.",
    ),
]

# --- J: a list's header of losses of no owner goes on from the sentence before ("... обновил
# данные о потерях российской армии. Общие потери составили:"); a body that "updated its
# figures" states them --------------------------------------------------------------------------
HEADER_FROM_BEFORE: list[Case] = [
    c(
        "header-owner-before-ru",
        "ru",
        "Генштаб ВСУ обновил данные о потерях российской армии. Общие потери на 3 марта "
        "составили:\n▪️ личного состава — около 500 100 (+1 020) человек;\n▪️ танков — 8 100 (+9).",
        (L, "ru", 500100, 500100, True, "ua_gs", "cumulative"),
        (L, "ru", 1020, 1020, False, "ua_gs", PER),
    ),
    c(
        "header-owner-before-uk",
        "uk",
        "Генштаб ЗСУ оновив дані про втрати російської армії. Загальні втрати на 3 березня "
        "склали:\n▪️ особового складу — близько 500 100 (+1 020) осіб;\n▪️ танків — 8 100 (+9).",
        (L, "ru", 500100, 500100, True, "ua_gs", "cumulative"),
        (L, "ru", 1020, 1020, False, "ua_gs", PER),
    ),
]

# --- K: a country's adjective right before a force of that country names the force as the
# speaker ("Суданские Силы быстрого реагирования заявили") ------------------------------------
COUNTRY_THEN_FORCE: list[Case] = [
    c(
        "country-then-force-ru",
        "ru",
        "Суданские Силы быстрого реагирования заявили об уничтожении более 200 военнослужащих "
        "армии.",
        (K, "saf", 200, None, False, "rsf", EV),
    ),
    c(
        "country-then-force-uk",
        "uk",
        "Суданські Сили швидкого реагування заявили про знищення понад 200 військовослужбовців "
        "армії.",
        (K, "saf", 200, None, False, "rsf", EV),
    ),
]

# --- L: "la mort de vingt et un civils": after "de" (which can open "de 20 à 30"), a smaller
# number word joined by "et" is the compound's unit, no range's second end ----------------------
FR_COMPOUND_AFTER_DE: list[Case] = [
    c(
        "fr-de-vingt-et-un",
        "fr",
        "L'ONU dénonce la mort de trente et un civils dans le bombardement du marché.",
        (K, "civilians", 31, 31, False, "un", EV),
    ),
    c(
        "fr-de-soixante-et-onze",
        "fr",
        "Le bilan fait état de soixante et onze morts.",
        (K, "unknown", 71, 71, False, "self", EV),
    ),
    # guard: "entre vingt et trente" stays a range
    c(
        "fr-entre-vingt-et-trente",
        "fr",
        "Entre vingt et trente civils ont été tués.",
        (K, "civilians", 20, 30, False, "self", EV),
    ),
]

# --- M: equipment after a verb of losing that has its own verb ("et trois de ses véhicules ont
# été saisis") is no item of the loss's list; "tombés sur trois arrondissements": districts ----
OWN_VERB_THINGS: list[Case] = [
    c(
        "things-own-verb-fr",
        "fr",
        "L'armée malienne a perdu neuf hommes et deux de ses pick-up ont été emportés.",
        (K, "fama", 9, 9, False, "self", EV),
    ),
    c(
        "things-own-verb-en",
        "en",
        "The Malian army lost nine men and two of its pickups were seized.",
        (K, "fama", 9, 9, False, "self", EV),
    ),
    # guard: things the verb itself lost
    c(
        "things-listed-fr",
        "fr",
        "L'armée malienne a perdu neuf hommes et deux pick-up.",
        (L, "fama", 9, 9, False, "self", EV),
    ),
    c(
        "debris-on-districts-fr",
        "fr",
        "Des débris de drones sont tombés sur deux arrondissements de Kharkiv.",
    ),
]

# --- N: the dead lying "in front of our positions" are the attackers', the speaker's enemy ------
BEFORE_OUR_LINES: list[Case] = [
    c(
        "before-our-lines-fr",
        "fr",
        "« On a compté une quarantaine de morts devant nos positions », raconte un commandant "
        "de compagnie ukrainien.",
        (K, "ru", 40, 40, True, "ua", EV),
    ),
    c(
        "before-our-lines-uk",
        "uk",
        "Ворог знову штурмував Часів Яр. Перед нашими позиціями лежать близько 40 загиблих.",
        (K, "ru", 40, 40, True, "self", EV),
        side="ua",
    ),
    c(
        "before-our-lines-ru",
        "ru",
        "После боя перед нашими позициями осталось около 30 убитых.",
        (K, "ua", 30, 30, True, "self", EV),
        side="ru",
    ),
]

# --- O: people seized ("захватили семерых россиян", "захоплених") are captured; a verb of
# putting out of action beside a release of hostages tells of a fight, not bodies handed back;
# militants named with slang figures are the channel's enemy, after an ambush told before ------
SEIZED_RESCUE_MILITANTS: list[Case] = [
    c(
        "seized-people-ru",
        "ru",
        "Боевики FLA публикуют видео с пятью захваченными малийскими солдатами.",
        (C, "fama", 5, 5, False, "tuareg", EV),
    ),
    c(
        "seized-people-uk",
        "uk",
        "Бойовики JNIM захопили трьох малійських солдатів.",
        (C, "fama", 3, 3, False, "self", EV),
    ),
    c(
        "seized-place-ru",
        "ru",
        "Штурмовики захватили два опорных пункта и 4 БМП.",
    ),
    c(
        "rescue-kill-ru",
        "ru",
        "В ходе операции по освобождению заложников спецназ ликвидировал 12 боевиков.",
        (K, "unknown", 12, 12, False, "self", EV),
    ),
    c(
        "rescue-kill-en",
        "en",
        "During the operation to free the hostages, troops neutralised 12 militants.",
        (K, "unknown", 12, 12, False, "self", EV),
    ),
    c(
        "militants-slang-after-ambush-ru",
        "ru",
        "Колонна попала в засаду JNIM под Кидалем. У нас двое трёхсотых. Со стороны боевиков — не "
        "менее десятка двухсотых.",
        (W, "wagner", 2, 2, False, "self", EV),
        (K, "jnim", 10, None, False, "self", EV),
        side="wagner",
    ),
]

# --- P: "an adviser" who speaks is no person harmed; "chose captivity" is a surrender ---------
ADVISER_CAPTIVITY: list[Case] = [
    c(
        "adviser-speaks-en",
        "en",
        "An RSF adviser rejected the figure, saying only a few of its fighters were wounded.",
        (W, "rsf", 2, 9, True, "rsf", EV),
    ),
    c(
        "chose-captivity-en",
        "en",
        "Scores of enemy fighters were eliminated and a few more chose captivity.",
        (K, "ua", 20, 99, True, "self", EV),
        (C, "ua", 2, 9, True, "self", EV),
        side="ru",
    ),
    c(
        "chose-captivity-uk",
        "uk",
        "Десятки окупантів знищено, ще кілька обрали полон.",
        (K, "ru", 20, 99, True, "self", EV),
        (C, "ru", 2, 9, True, "self", EV),
        side="ua",
    ),
]

# --- Q: a speaker's zero right after his own side's toll, in his own quoted words, is his side's
QUOTED_ZERO: list[Case] = [
    c(
        "quoted-zero-after-own-ru",
        "ru",
        "«У нас трое раненых. Погибших нет», — рассказал командир взвода.",
        (W, "ru", 3, 3, False, "ru", EV),
        (K, "ru", 0, 0, False, "ru", EV),
        side="ru",
    ),
    c(
        "quoted-zero-after-own-en",
        "en",
        '"We have four wounded. Nobody was killed," a platoon commander said.',
        (W, "ua", 4, 4, False, "ua", EV),
        (K, "ua", 0, 0, False, "ua", EV),
        side="ua",
    ),
    # guard: a strike's "no victims" in an army's reported words stays no one's
    c(
        "reported-zero-strike-en",
        "en",
        "The drones struck the airfield without causing casualties, the army said.",
        (L, "unknown", 0, 0, False, "army", EV),
    ),
]

# --- R: Arabic "ما بين خمسة وعشرين وثلاثين": a unit, a glued "and" and a tens word are one
# number said units first (25), the range's first end ------------------------------------------
AR_UNITS_TENS_RANGE: list[Case] = [
    c(
        "ar-between-units-tens",
        "ar",
        "قتل ما بين خمسة وعشرين وثلاثين مدنيا في القصف.",
        (K, "civilians", 25, 30, False, "self", EV),
    ),
    c(
        "ar-between-tens",
        "ar",
        "قتل ما بين عشرين وثلاثين مدنيا في القصف.",
        (K, "civilians", 20, 30, False, "self", EV),
    ),
]

AR_UNITS_TENS_GUARD: list[Case] = [
    # guard: "ما بين خمسة وعشرين" with no second end after it stays five to twenty
    c(
        "ar-between-five-and-twenty",
        "ar",
        "قتل ما بين خمسة وعشرين مدنيا في القصف.",
        (K, "civilians", 5, 20, False, "self", EV),
    ),
]

# --- S: "N осіб особового складу противника": the personnel word goes on with the noun phrase;
# a model's name in quotes after an adjective counts machines; "stayed there forever" is dead;
# "бандерівці" are Ukraine's in a Ukrainian text quoting the other side -----------------------
PERSONNEL_MODELS_FOREVER: list[Case] = [
    c(
        "personnel-of-enemy-uk",
        "uk",
        "Наші птахи за місяць: уражено 840 осіб особового складу противника.",
        (L, "ru", 840, 840, False, "self", PER),
        side="ua",
    ),
    c(
        "personnel-of-enemy-ru",
        "ru",
        "Поражено 840 человек личного состава противника.",
        (L, "ua", 840, 840, False, "self", EV),
        side="ru",
    ),
    c(
        "quoted-model-uk",
        "uk",
        "Вони знову «знищили» 5 німецьких «Леопардів».",
        side="ua",
    ),
    c(
        "stayed-forever-uk",
        "uk",
        "Троє окупантів здалися, ще восьмеро залишилися там назавжди.",
        (C, "ru", 3, 3, False, "self", EV),
        (K, "ru", 8, 8, False, "self", EV),
        side="ua",
    ),
    c(
        "stayed-forever-en",
        "en",
        "Three orcs surrendered, eight more stayed there forever.",
        (C, "ru", 3, 3, False, "self", EV),
        (K, "ru", 8, 8, False, "self", EV),
        side="ua",
    ),
    c(
        "banderites-uk",
        "uk",
        "Пропагандисти пишуть, що «Ахмат» «знищив десятки бандерівців».",
        (K, "ua", 20, 99, True, "propahandysty", EV),
        side="ua",
    ),
]

# --- T: a date's words between a toll's noun and its figure add no distance ("число погибших
# с 7 октября превысило 40 тыс., ранения получили ...": the figure is the dead's) --------------
DATE_BETWEEN: list[Case] = [
    c(
        "date-between-noun-figure-ru",
        "ru",
        "Число погибших жителей с 3 марта превысило 2 тыс., ранения получили свыше 5 тыс. человек.",
        (K, "civilians", 2000, None, False, "self", "cumulative"),
        (W, "civilians", 5000, None, False, "self", "cumulative"),
    ),
    c(
        "date-between-noun-figure-uk",
        "uk",
        "Кількість загиблих з 3 березня перевищила 2 тис., поранення отримали понад 5 тис. осіб.",
        (K, "unknown", 2000, None, False, "self", "cumulative"),
        (W, "unknown", 5000, None, False, "self", "cumulative"),
    ),
]

# --- U: "the lads" after "our convoy" in the sentence before are ours ------------------------
OUR_LADS_BEFORE: list[Case] = [
    c(
        "our-convoy-lads-en",
        "en",
        "A mine hit our convoy near Menaka. Two of the lads were wounded, nobody was killed.",
        (W, "wagner", 2, 2, False, "self", EV),
        (K, "wagner", 0, 0, False, "self", EV),
        side="wagner",
    ),
    c(
        "our-column-lads-ru",
        "ru",
        "Наша колонна попала в засаду под Кидалем. Трое ребят ранены.",
        (W, "wagner", 3, 3, False, "self", EV),
        side="wagner",
    ),
    # guard: "our" of a count, not of men
    c(
        "our-data-lads-ru",
        "ru",
        "По нашим данным, удар пришёлся по школе. Погибли двое ребят.",
        (K, "unknown", 2, 2, False, "self", EV),
        side="wagner",
    ),
]

# --- V: "в интервью нашему изданию:" — "our" of the outlet the speaker spoke to is no
# narration; the colon opens his words ------------------------------------------------------
OUR_OUTLET_COLON: list[Case] = [
    c(
        "our-outlet-colon-ru",
        "ru",
        "Командир украинской роты в интервью нашему изданию: «За неделю у нас пятеро раненых и "
        "один погибший».",
        (W, "ua", 5, 5, False, "ua", PER),
        (K, "ua", 1, 1, False, "ua", PER),
    ),
    c(
        "our-outlet-colon-uk",
        "uk",
        "Командир російського батальйону в інтерв'ю нашому виданню: «За тиждень у нас п'ятеро "
        "поранених і один загиблий».",
        (W, "ru", 5, 5, False, "ru", PER),
        (K, "ru", 1, 1, False, "ru", PER),
    ),
]

# --- W: digits right after a word with no space ("France24", "لفرانس24") are its name's --------
GLUED_NAME_DIGITS: list[Case] = [
    c(
        "france24-en",
        "en",
        "Five soldiers were killed in the ambush, France24 reported.",
        (K, "unknown", 5, 5, False, "self", EV),
    ),
    c(
        "france24-ar",
        "ar",
        "قال مصدر أمني لفرانس24 إن خمسة جنود قتلوا في الكمين.",
        (K, "unknown", 5, 5, False, "source", EV),
    ),
]

# --- X: "no significant losses" says some were suffered: no toll of none -------------------
NO_SIGNIFICANT: list[Case] = [
    c(
        "no-significant-fr",
        "fr",
        "Les rebelles affirment n'avoir subi aucune perte significative.",
    ),
    c(
        "no-significant-ru",
        "ru",
        "Противник был отброшен без существенных потерь с нашей стороны.",
        side="ru",
    ),
    c(
        "no-significant-en",
        "en",
        "The army said it suffered no significant casualties.",
    ),
    # guard: a plain "no losses" stays a toll of none
    c(
        "no-losses-plain-ru",
        "ru",
        "Противник отброшен без потерь с нашей стороны.",
        (L, "ru", 0, 0, False, "self", EV),
        side="ru",
    ),
]

# --- Y: "the alliance" as a spokesman's body is the armed group named before ----------------
THE_ALLIANCE: list[Case] = [
    c(
        "alliance-spokesman-ar",
        "ar",
        "أعلن الإطار الاستراتيجي أن مقاتليه قتلوا 30 جندياً مالياً. وقال المتحدث باسم التحالف إن "
        "الحركة خسرت 5 من مقاتليها.",
        (K, "fama", 30, 30, False, "tuareg", EV),
        (K, "tuareg", 5, 5, False, "tuareg", EV),
    ),
    c(
        "alliance-spokesman-en",
        "en",
        "The FLA said its fighters killed 30 Malian soldiers. A spokesman for the alliance said "
        "the movement lost 5 fighters.",
        (K, "fama", 30, 30, False, "tuareg", EV),
        (K, "tuareg", 5, 5, False, "tuareg", EV),
    ),
]

# --- Z: "Fourteen fighters and more than a dozen militants": "more than" opens the next figure;
# "got light shrapnel wounds" is wounded; a person "among the dead" is a part of a toll of his
# own kind told before, even when the last toll was of the other side --------------------------
MORE_THAN_NEXT_GOT_AMONG: list[Case] = [
    c(
        "and-more-than-next-en",
        "en",
        "Nine soldiers and more than a dozen militants were killed in the clashes.",
        (K, "unknown", 9, 9, False, "self", EV),
        (K, "unknown", 12, None, False, "self", EV),
    ),
    c(
        "got-wounds-en",
        "en",
        "Around 20 militants were eliminated, three of our guys got light shrapnel wounds.",
        (K, "unknown", 20, 20, True, "self", EV),
        (W, "wagner", 3, 3, False, "self", EV),
        side="wagner",
    ),
    c(
        "among-dead-earlier-toll-en",
        "en",
        "Troops killed more than 40 militants near Jilib, the ministry said. Three soldiers died "
        "in the fighting, it said, adding that a militant commander was among the dead.",
        (K, "unknown", 40, None, False, "ministry", EV),
        (K, "unknown", 3, 3, False, "ministry", EV),
    ),
]

# --- AA: "separatists" are the theatre's rebels; "из числа" (from among) names who the counted
# were; "отправили в категорию «300»" is the code's harm --------------------------------------
SEPARATISTS_CATEGORY: list[Case] = [
    c(
        "from-among-separatists-ru",
        "ru",
        "Генштаб армии Мали сообщает о ликвидации «более 60 террористов» из числа сепаратистов.",
        (K, "tuareg", 60, None, False, "fama", EV),
    ),
    c(
        "separatists-mali-en",
        "en",
        "Mali's army said it killed 25 separatists near Kidal.",
        (K, "tuareg", 25, 25, False, "fama", EV),
    ),
    c(
        "category-300-ru",
        "ru",
        "За неделю отминусовали 90 оккупантов, ещё 40 отправили в категорию «300».",
        (K, "ru", 90, 90, False, "self", PER),
        (W, "ru", 40, 40, False, "self", PER),
        side="ua",
    ),
    c(
        "category-200-uk",
        "uk",
        "Ще 12 окупантів відправили в категорію «200».",
        (K, "ru", 12, 12, False, "self", EV),
        side="ua",
    ),
]

# --- AB: Arabic plural and first-person forms of losing ("ويخسرون يومياً", "خسرنا") ----------
AR_LOSING_FORMS: list[Case] = [
    c(
        "ar-they-lose-daily",
        "ar",
        "قال قائد الكتيبة إن الروس يخسرون يومياً ما بين 20 و30 عسكرياً في هذا القطاع.",
        (L, "ru", 20, 30, False, "ua", PER),
        side="ua",
    ),
    c(
        "ar-we-lost",
        "ar",
        "خسرنا ثلاثة مقاتلين في الاشتباك.",
        (K, "ua", 3, 3, False, "self", EV),
        side="ua",
    ),
]

ALL = (
    ASSAULT_TOLL
    + OWN_LOSSES_AHEAD
    + SUBJECT_BEFORE_COLON
    + MORE_OF_ITS_SENTENCE
    + OUR_SHOOTERS
    + LUMP_AFTER
    + SLASH_AGENT_ASIDE
    + FR_SLANG
    + AR_FAMILIES
    + HEADER_FROM_BEFORE
    + COUNTRY_THEN_FORCE
    + FR_COMPOUND_AFTER_DE
    + OWN_VERB_THINGS
    + BEFORE_OUR_LINES
    + SEIZED_RESCUE_MILITANTS
    + ADVISER_CAPTIVITY
    + QUOTED_ZERO
    + AR_UNITS_TENS_RANGE
    + AR_UNITS_TENS_GUARD
    + PERSONNEL_MODELS_FOREVER
    + DATE_BETWEEN
    + OUR_LADS_BEFORE
    + OUR_OUTLET_COLON
    + GLUED_NAME_DIGITS
    + NO_SIGNIFICANT
    + THE_ALLIANCE
    + MORE_THAN_NEXT_GOT_AMONG
    + SEPARATISTS_CATEGORY
    + AR_LOSING_FORMS
)


@pytest.mark.parametrize("case", params(ALL))
def test_round22(case: Case) -> None:
    check(case)
