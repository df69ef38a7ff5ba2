"""Round 19, Russian and Ukrainian (with the other languages where the mechanism is shared):
mechanisms a held-out stand-in set (b33) showed, described in words. Sentences of our own;
none is copied from a test set.

Claims are (kind, victim, low, high, approx, claimant, scope); the harness is the yardstick's.
"""

from __future__ import annotations

import pytest

from tests.extractors.cases import EV, PER, C, Case, K, L, M, W, c, check, params

# --- A: a passive of a verb of saying has no speaker: its subject is what was said -------------
PASSIVE_SAY: list[Case] = [
    c(
        "passive-confirmed-on-video-ru",
        "ru",
        "Работа дроноводов по скоплению орков под Торецком: 14 «двухсотых» и 9 «трёхсотых» "
        "подтверждены видео.",
        (K, "ru", 14, 14, False, "self", EV),
        (W, "ru", 9, 9, False, "self", EV),
        side="ua",
    ),
    c(
        "passive-confirmed-on-video-uk",
        "uk",
        "Відпрацювали по скупченню окупантів біля Торецька: 14 двохсотих підтверджено на відео.",
        (K, "ru", 14, 14, False, "self", EV),
        side="ua",
    ),
    c(
        "passive-said-with-place-keeps-speaker-ru",
        "ru",
        "Как сообщено в штабе группировки, погибли пять человек.",
        (K, "unknown", 5, 5, False, "*", EV),
    ),
]

# --- B: who left its dead behind lost them ----------------------------------------------------
LEFT_DEAD: list[Case] = [
    c(
        "abandoned-dead-after-no-losses-ru",
        "ru",
        "Под Курском наши штурмовики отбили атаку. Потерь с нашей стороны нет. Отходя, "
        "боевики ВСУ бросили семерых убитых, а троих раненых унесли.",
        (L, "ru", 0, 0, False, "self", EV),
        (K, "ua", 7, 7, False, "self", EV),
        (W, "ua", 3, 3, False, "self", EV),
        side="ru",
    ),
    c(
        "abandoned-dead-after-no-losses-uk",
        "uk",
        "Втрат з нашого боку немає. Відступаючи, окупанти кинули сімох убитих.",
        (L, "ua", 0, 0, False, "self", EV),
        (K, "ru", 7, 7, False, "self", EV),
        side="ua",
    ),
    c(
        "abandoned-dead-after-no-losses-en",
        "en",
        "No losses on our side. Falling back, the enemy abandoned seven dead.",
        (L, "ru", 0, 0, False, "self", EV),
        (K, "ua", 7, 7, False, "self", EV),
        side="ru",
    ),
    c(
        "abandoned-dead-after-no-losses-fr",
        "fr",
        "Aucune perte de notre côté. En se repliant, l'ennemi a abandonné sept morts.",
        (L, "ru", 0, 0, False, "self", EV),
        (K, "ua", 7, 7, False, "self", EV),
        side="ru",
    ),
]

# --- C: "killed A and B, capturing N more": the verb after the comma has its own figure --------
OWN_FIGURE_AFTER: list[Case] = [
    c(
        "second-object-keeps-first-verb-ru",
        "ru",
        "Боевики заявили, что убили 12 малийских военных и 4 вагнеровцев, захватив в плен ещё "
        "троих солдат.",
        (K, "fama", 12, 12, False, "*", EV),
        (K, "wagner", 4, 4, False, "*", EV),
        (C, "unknown", 3, 3, False, "*", EV),
    ),
    c(
        "second-object-keeps-first-verb-en",
        "en",
        "The rebels said they killed 12 Malian soldiers and 4 Wagner fighters, capturing three "
        "more.",
        (K, "fama", 12, 12, False, "*", EV),
        (K, "wagner", 4, 4, False, "*", EV),
        (C, "unknown", 3, 3, False, "*", EV),
    ),
]

# --- D: words for the dead ---------------------------------------------------------------------
DEAD_WORDS: list[Case] = [
    c(
        "found-their-end-uk",
        "uk",
        "Під Торецьком десятки окупантів знайшли свій кінець у лісосмузі.",
        (K, "ru", 20, 99, True, "self", EV),
        side="ua",
    ),
    c(
        "found-their-end-ru",
        "ru",
        "Под Торецком десятки оккупантов нашли свой конец в лесополосе.",
        (K, "ru", 20, 99, True, "self", EV),
        side="ua",
    ),
    c(
        "met-their-end-en",
        "en",
        "Near Toretsk dozens of occupiers met their end in a tree line.",
        (K, "ru", 20, 99, True, "self", EV),
        side="ua",
    ),
    c(
        "burned-by-drones-uk",
        "uk",
        "Наші пілоти за добу спалили 2 танки та 30 окупантів.",
        (K, "ru", 30, 30, False, "self", PER),
        side="ua",
    ),
    c(
        "burned-by-drones-ru",
        "ru",
        "Наши операторы за ночь сожгли три десятка оккупантов.",
        (K, "ru", 30, 30, True, "self", PER),
        side="ua",
    ),
    c(
        "burned-houses-no-claim-uk",
        "uk",
        "Окупанти спалили 12 будинків у селі.",
        side="ua",
    ),
]

# --- E: "said he on air": the pronoun is the speaker, the rest how he said it -------------------
PRONOUN_SPEAKER: list[Case] = [
    c(
        "pronoun-speaker-then-place-uk",
        "uk",
        "Речник 110-ї бригади ЗСУ Іван Петренко: за добу окупанти втратили 40 бійців убитими. «Наші "
        "втрати — один загиблий», — сказав він в ефірі телемарафону.",
        (K, "ru", 40, 40, False, "ua", PER),
        (K, "ua", 1, 1, False, "ua", PER),
    ),
    c(
        "pronoun-speaker-then-place-ru",
        "ru",
        "Представитель 110-й бригады ВСУ Иван Петренко: за сутки оккупанты потеряли 40 бойцов убитыми. "
        "«Наши потери — один погибший», — сказал он в эфире телемарафона.",
        (K, "ru", 40, 40, False, "ua", PER),
        (K, "ua", 1, 1, False, "ua", PER),
    ),
]

# --- F: a Ukrainian post of no stated side on Ukraine's own war reads from Ukraine's side -------
HOME_SIDE: list[Case] = [
    c(
        "home-side-unit-commander-slang-uk",
        "uk",
        "«За два тижні в роті двоє двохсотих і дев'ятеро трьохсотих», — розповів командир роти "
        "47-ї бригади.",
        (K, "ua", 2, 2, False, "ua", PER),
        (W, "ua", 9, 9, False, "ua", PER),
    ),
    c(
        "home-side-our-losses-uk",
        "uk",
        "Наші втрати за тиждень — 12 загиблих.",
        (K, "ua", 12, 12, False, "self", PER),
    ),
    c(
        "home-side-named-army-keeps-its-id-uk",
        "uk",
        "ЗСУ повідомили, що за добу ворог втратив 1200 військових.",
        (L, "ru", 1200, 1200, False, "ua", PER),
    ),
    c(
        "home-side-not-in-another-war-uk",
        "uk",
        "Сомалі: армія ліквідувала понад 70 бойовиків «Аш-Шабаб», повідомило Міноборони "
        "країни. Урядові сили втратили трьох військових.",
        (K, "unknown", 70, None, False, "*", EV),
        (K, "unknown", 3, 3, False, "self", EV),
    ),
    c(
        "home-side-only-where-no-side-is-given-uk",
        "uk",
        "Ворог втратив 40 військових.",
        (K, "ua", 40, 40, False, "self", EV),
        side="ru",
    ),
    c(
        "no-home-side-for-russian-ru",
        "ru",
        "«За две недели в роте двое двухсотых», — рассказал командир роты 47-й бригады.",
        (K, "unknown", 2, 2, False, "*", PER),
    ),
]

# --- G: "ще N людей" in the sentence after a civilians' toll are more of it ---------------------
OTHER_PEOPLE_NEXT: list[Case] = [
    c(
        "other-people-next-sentence-uk",
        "uk",
        "Удар по школі в Херсоні забрав життя 5 мирних жителів. Ще щонайменше 12 людей поранено.",
        (K, "civilians", 5, 5, False, "self", EV),
        (W, "civilians", 12, None, False, "self", EV),
    ),
    c(
        "other-people-next-sentence-ru",
        "ru",
        "Удар по рынку в Херсоне унёс жизни пяти мирных жителей. Ещё 12 человек ранены.",
        (K, "civilians", 5, 5, False, "self", EV),
        (W, "civilians", 12, 12, False, "self", EV),
    ),
    c(
        "people-without-others-stay-unknown-uk",
        "uk",
        "Удар по школі в Херсоні забрав життя 5 мирних жителів. У Миколаєві поранено 12 людей.",
        (K, "civilians", 5, 5, False, "self", EV),
        (W, "unknown", 12, 12, False, "self", EV),
    ),
]

# --- H: words: "підранили" (wounded by the speaker's side), the plain "сказал" -----------------
WORDS_B34: list[Case] = [
    c(
        "wounded-by-us-slang-uk",
        "uk",
        "Мінус вісім окупантів. Ще трьох підранили — ними займеться артилерія.",
        (K, "ru", 8, 8, False, "self", EV),
        (W, "ru", 3, 3, False, "self", EV),
        side="ua",
    ),
    c(
        "wounded-by-us-slang-ru",
        "ru",
        "Минус восемь оккупантов. Ещё троих подранили.",
        (K, "ru", 8, 8, False, "self", EV),
        (W, "ru", 3, 3, False, "self", EV),
        side="ua",
    ),
    c(
        "plain-said-opens-a-quote-ru",
        "ru",
        "«У нас трое раненых, погибших нет», — сказал командир роты ВСУ.",
        (W, "ua", 3, 3, False, "ua", EV),
        (K, "ua", 0, 0, False, "ua", EV),
    ),
    c(
        "must-say-is-no-speaker-ru",
        "ru",
        "Нужно сказать, что погибли пять человек.",
        (K, "unknown", 5, 5, False, "self", EV),
    ),
]

# --- I: a strike by a named state on a place of no stated side kills the other side's soldiers;
# bare figures under a line on the enemy's shelling of a region are that region's people --------
STRUCK_BY: list[Case] = [
    c(
        "strike-by-named-state-uk",
        "uk",
        "Росіяни вдарили ракетою по полігону на Сумщині: загинули шестеро військових, ще 20 "
        "поранені, підтвердили в Сухопутних військах ЗСУ.",
        (K, "ua", 6, 6, False, "ua", EV),
        (W, "ua", 20, 20, False, "ua", EV),
    ),
    c(
        "strike-by-named-state-ru",
        "ru",
        "Россияне ударили ракетой по полигону в Сумской области: погибли шесть военных.",
        (K, "ua", 6, 6, False, "self", EV),
    ),
    c(
        "strike-by-named-state-en",
        "en",
        "A Ukrainian missile strike on a training ground killed 14 soldiers.",
        (K, "ru", 14, 14, False, "self", EV),
    ),
    c(
        "strike-place-side-wins-en",
        "en",
        "A Russian strike on a Ukrainian training ground killed 14 soldiers.",
        (K, "ua", 14, 14, False, "self", EV),
    ),
    c(
        "region-shelled-bare-figures-uk",
        "uk",
        "За добу росіяни обстріляли Харківщину 30 разів.\n🔻 Куп'янськ — 3 загиблих, 5 поранених",
        (K, "unknown", 3, 3, False, "self", PER),
        (W, "unknown", 5, 5, False, "self", PER),
        side="ua",
    ),
    c(
        "own-targets-hit-not-shelled-en",
        "en",
        "Weekly results: 200 enemy targets hit. Confirmed: 50 orcs eliminated and 40 more wounded.",
        (K, "ru", 50, 50, False, "self", PER),
        (W, "ru", 40, 40, False, "self", PER),
        side="ua",
    ),
    c(
        "own-results-struck-not-shelled-en",
        "en",
        "Our drone crews worked near Kupiansk. 300 orcs struck, of them 120 KIA and 180 WIA.",
        (K, "ru", 120, 120, False, "self", EV),
        (W, "ru", 180, 180, False, "self", EV),
        side="ua",
    ),
]

# --- J: more of b35: a quote closed by "наголосив він"; a zero claim before a comma and another
# clause; "на Покровському — ще 245"; "відправили на концерт до Кобзона" ---------------------
MORE_B35: list[Case] = [
    c(
        "stressed-he-said-uk",
        "uk",
        "Речник бригади ЗСУ розповів, що противник втратив 50 військових. «Наші підрозділи втрат "
        "не зазнали», — наголосив він.",
        (K, "ru", 50, 50, False, "ua", EV),  # a loss of one event: the dead (loss_kind)
        (L, "ua", 0, 0, False, "ua", EV),
    ),
    c(
        "stressed-he-said-ru",
        "ru",
        "Представитель группировки «Центр» заявил, что противник потерял 50 военных. «Наши "
        "подразделения потерь не понесли», — подчеркнул он.",
        (K, "ua", 50, 50, False, "ru_mod", EV),
        (L, "ru", 0, 0, False, "ru_mod", EV),
    ),
    c(
        "zero-then-another-clause-uk",
        "uk",
        "Наші підрозділи втрат не зазнали, всі позиції утримуємо.",
        (L, "ua", 0, 0, False, "self", EV),
        side="ua",
    ),
    c(
        "lost-no-positions-is-no-zero-en",
        "en",
        "The brigade has lost none of its positions.",
        side="ua",
    ),
    c(
        "another-place-dash-more-uk",
        "uk",
        "За добу на Лиманському напрямку ворог втратив 80 осіб, на Покровському — ще 210.",
        (L, "ru", 80, 80, False, "self", PER),
        (L, "ru", 210, 210, False, "self", PER),
        side="ua",
    ),
    c(
        "another-place-dash-more-ru",
        "ru",
        "За сутки на Купянском направлении противник потерял до 60 человек, на Лиманском — ещё "
        "до 40.",
        (L, "ua", None, 60, False, "self", PER),
        (L, "ua", None, 40, False, "self", PER),
        side="ru",
    ),
    c(
        "kobzon-concert-uk",
        "uk",
        "Понад тридцять орків наші пілоти відправили на концерт до Кобзона.",
        (K, "ru", 30, None, False, "self", EV),
        side="ua",
    ),
]

# --- K: soldiers by their arm of service; a command in a Ukrainian outlet is Ukraine's; who
# "laid down" its men lost them -------------------------------------------------------------
SERVICE_ARMS: list[Case] = [
    c(
        "command-reports-own-missing-uk",
        "uk",
        "Командування 36-ї бригади морської піхоти повідомило родинам, що четверо морпіхів "
        "вважаються зниклими безвісти, ще двоє потрапили в полон.",
        (M, "ua", 4, 4, False, "ua", EV),
        (C, "ua", 2, 2, False, "ua", EV),
    ),
    c(
        "paratroopers-are-soldiers-en",
        "en",
        "Mali's army said six paratroopers were killed in the ambush.",
        (K, "fama", 6, 6, False, "fama", EV),
    ),
    c(
        "laid-down-own-men-uk",
        "uk",
        "З початку наступу росіяни поклали під Вугледаром сотні десантників.",
        (K, "ru", 200, 999, True, "self", "cumulative"),
        side="ua",
    ),
    c(
        "laid-down-own-men-ru",
        "ru",
        "Россияне положили под городом сотни солдат.",
        (K, "ru", 200, 999, True, "self", EV),
        side="ua",
    ),
]

# --- L: the enemy's men the army killed stay the enemy's; "fate still unknown" with words between
ENEMY_MEN_FATE: list[Case] = [
    c(
        "army-killed-enemy-fighters-after-group-attack-ru",
        "ru",
        "Армия Судана заявила, что её силы отбили атаку СБР на Омдурман и уничтожили десятки "
        "бойцов противника.",
        (K, "rsf", 20, 99, True, "saf", EV),
    ),
    c(
        "fate-still-unknown-ru",
        "ru",
        "Наш отряд потерял двенадцать человек. Судьба ещё двоих бойцов до сих пор неизвестна.",
        (K, "wagner", 12, 12, False, "self", EV),
        (M, "wagner", 2, 2, False, "self", EV),
        side="wagner",
    ),
    c(
        "fate-still-unknown-uk",
        "uk",
        "Загинули 11 військових ЗСУ. Доля ще трьох бійців підрозділу досі невідома.",
        (K, "ua", 11, 11, False, "self", EV),
        (M, "ua", 3, 3, False, "self", EV),
    ),
]

# --- M: a summary's title heads its bulleted lines; 🔻 is a bullet -------------------------------
SUMMARY_LINES: list[Case] = [
    c(
        "summary-title-heads-lines-ru",
        "ru",
        "Сводка по направлениям за сутки 📊\n🔻 Лиманское — противник потерял до 45 человек;\n"
        "🔻 Северское — до 70 военнослужащих и 3 танка;\n🔻 Времевское — до 110.",
        (L, "ua", None, 45, False, "self", PER),
        (L, "ua", None, 70, False, "self", PER),
        (L, "ua", None, 110, False, "self", PER),
        side="ru",
    ),
    c(
        "summary-title-heads-lines-uk",
        "uk",
        "Зведення по напрямках за добу 📊\n🔻 Лиманський — ворог втратив 45 осіб;\n"
        "🔻 Сіверський — ще 70;\n🔻 Покровський — 110.",
        (L, "ru", 45, 45, False, "self", PER),
        (L, "ru", 70, 70, False, "self", PER),
        (L, "ru", 110, 110, False, "self", PER),
        side="ua",
    ),
]

SUMMARY_LINES.append(
    c(
        "abbreviated-people-lines-uk",
        "uk",
        "Втрати ворога за тиждень:\n▪️21.09 — до 310 ос.\n▪️22.09 — до 280 чол.",
        (L, "ru", None, 310, False, "self", PER),
        (L, "ru", None, 280, False, "self", PER),
        side="ua",
    )
)

# --- N: an exchange of fire is a fight, not a swap ------------------------------------------------
EXCHANGE_OF_FIRE: list[Case] = [
    c(
        "exchange-of-fire-en",
        "en",
        "An exchange of fire near the border left four soldiers dead.",
        (K, "unknown", 4, 4, False, "self", EV),
    ),
    c(
        "exchange-of-fire-fr",
        "fr",
        "Un échange de tirs près de la frontière a fait quatre morts parmi les soldats.",
        (K, "unknown", 4, 4, False, "self", EV),
    ),
    c(
        "exchange-of-fire-ar",
        "ar",
        "أسفر تبادل إطلاق النار قرب الحدود عن مقتل أربعة جنود.",
        (K, "unknown", 4, 4, False, "self", EV),
    ),
    c(
        "prisoner-exchange-still-none-en",
        "en",
        "In an exchange brokered by the UAE, 95 prisoners returned home.",
    ),
]

# --- O: a weapon only one side fires names the attacker; a slang tally before a line on the enemy;
# "залишилися лежати" -------------------------------------------------------------------------
WEAPON_SIDE: list[Case] = [
    c(
        "side-weapon-after-strike-uk",
        "uk",
        "Удар «Іскандером» по полігону на Сумщині: загинули щонайменше 9 військовослужбовців.",
        (K, "ua", 9, None, False, "self", EV),
    ),
    c(
        "side-weapon-before-strike-en",
        "en",
        "A HIMARS strike on a training ground killed 25 soldiers.",
        (K, "ru", 25, 25, False, "self", EV),
    ),
    c(
        "side-weapon-ru",
        "ru",
        "Удар «Искандером» по полигону: погибли 9 военнослужащих.",
        (K, "ua", 9, 9, False, "self", EV),
    ),
    c(
        "slang-tally-then-enemy-line-uk",
        "uk",
        "Птахи за ніч на Покровському: 21 двохсотий, 34 трьохсотих. Орки не вчаться.",
        (K, "ru", 21, 21, False, "self", PER),
        (W, "ru", 34, 34, False, "self", PER),
        side="ua",
    ),
    c(
        "own-slang-then-enemy-tally-stays-own-ru",
        "ru",
        "Итоги недели:\n▪️ 200-е — 3\n▪️ у противника подтверждено 20 двухсотых",
        (K, "ru", 3, 3, False, "self", PER),
        (K, "ua", 20, 20, False, "self", PER),
        side="ru",
    ),
    c(
        "left-lying-uk",
        "uk",
        "Десятки окупантів так і залишилися лежати в посадках.",
        (K, "ru", 20, 99, True, "self", EV),
        side="ua",
    ),
]

# --- P: the hurt of a civilians' toll told just before are more of its civilians --------------
SAME_CIVIL_TOLL: list[Case] = [
    c(
        "civil-toll-then-people-hurt-ru",
        "ru",
        "Удар по школе унёс жизни 12 мирных жителей. Десятки человек ранены.",
        (K, "civilians", 12, 12, False, "self", EV),
        (W, "civilians", 20, 99, True, "self", EV),
    ),
    c(
        "civil-toll-then-people-hurt-uk",
        "uk",
        "У жовтні загинули щонайменше 150 цивільних осіб. Поранення зазнали 900 людей.",
        (K, "civilians", 150, None, False, "self", PER),
        (W, "civilians", 900, 900, False, "self", PER),
    ),
    c(
        "civil-toll-then-people-hurt-same-sentence-en",
        "en",
        "The strike killed nine civilians and wounded 40 people.",
        (K, "civilians", 9, 9, False, "self", EV),
        (W, "civilians", 40, 40, False, "self", EV),
    ),
    c(
        "civil-toll-then-people-missing-stay-open-fr",
        "fr",
        "Au moins 20 civils ont été tués, selon l'ONG, qui évoque aussi des dizaines de "
        "personnes portées disparues.",
        (K, "civilians", 20, None, False, "*", EV),
        (M, "unknown", 20, 99, True, "*", EV),
    ),
]

# --- Q: the review's counter-examples: each must stay as it was before round 19 ----------------
REVIEW: list[Case] = [
    c(
        "one-person-toll-then-speaker-en",
        "en",
        "Russian shelling killed a civilian in Kherson, the regional governor said.",
        (K, "civilians", 1, 1, False, "*", EV),
    ),
    c(
        "swap-then-pulled-out-en",
        "en",
        "Russia and Ukraine exchanged 95 prisoners each after Moscow pulled out of the talks.",
    ),
    c(
        "rescued-then-found-en",
        "en",
        "Police rescued 17 kidnapped hostages who were found in a forest.",
    ),
    c(
        "swap-then-families-fr",
        "fr",
        "La Russie et l'Ukraine ont échangé 95 prisonniers chacune, qui ont retrouvé leurs "
        "familles.",
    ),
    c(
        "fire-exchanged-verb-ar",
        "ar",
        "وتبادلوا إطلاق النار مع المسلحين، ما أدى إلى مقتل 3 جنود.",
        (K, "unknown", 3, 3, False, "self", EV),
    ),
    c(
        "advanced-posts-no-speaker-fr",
        "fr",
        "Des jihadistes ont attaqué des postes avancés de l'armée, tuant 12 soldats.",
        (K, "unknown", 12, 12, False, "self", EV),
    ),
    c(
        "calibre-is-no-weapon-ru",
        "ru",
        "Удар из орудия калибра 155 мм по позициям: погибли 5 военных.",
        (K, "unknown", 5, 5, False, "self", EV),
    ),
    c(
        "slang-tally-then-enemy-home-side-uk",
        "uk",
        "Птахи за ніч: 37 двохсотих, 52 трьохсотих. Орки не вчаться.",
        (K, "ru", 37, 37, False, "self", PER),
        (W, "ru", 52, 52, False, "self", PER),
    ),
    c(
        "cause-before-dash-is-no-place-ru",
        "ru",
        "За сутки противник потерял до 200 военных. В результате ударов авиации — более 120.",
        (L, "ua", None, 200, False, "self", PER),
        side="ru",
    ),
]

# --- R: b37: the army that speaks in a home-war post; "пів тисячі"; "приповз здаватися" --------
B37_UK: list[Case] = [
    c(
        "home-army-speaks-uk",
        "uk",
        "Росія вдарила «Іскандером» по полігону на Сумщині. У командуванні Сухопутних військ "
        "підтвердили загибель щонайменше десяти військовослужбовців.",
        (K, "ua", 10, None, False, "ua", EV),
    ),
    c(
        "half-a-thousand-uk",
        "uk",
        "За місяць підрозділ знищив понад пів тисячі окупантів.",
        (K, "ru", 500, None, False, "self", PER),
        side="ua",
    ),
    c(
        "half-a-thousand-ru",
        "ru",
        "За месяц подразделение уничтожило более полутысячи боевиков.",
        (K, "ua", 500, None, False, "self", PER),
        side="ru",
    ),
    c(
        "came-to-surrender-uk",
        "uk",
        "Мінус вісім орків, ще один приповз здаватися з білим прапорцем.",
        (K, "ru", 8, 8, False, "self", EV),
        (C, "ru", 1, 1, False, "self", EV),
        side="ua",
    ),
    c(
        "soldiers-left-open-stay-unknown-uk",
        "uk",
        "Під час нападу на блокпост загинули 6 військовослужбовців.",
        (K, "unknown", 6, 6, False, "self", EV),
    ),
]

ALL = (
    PASSIVE_SAY
    + LEFT_DEAD
    + OWN_FIGURE_AFTER
    + DEAD_WORDS
    + PRONOUN_SPEAKER
    + HOME_SIDE
    + OTHER_PEOPLE_NEXT
    + WORDS_B34
    + STRUCK_BY
    + MORE_B35
    + SERVICE_ARMS
    + ENEMY_MEN_FATE
    + SUMMARY_LINES
    + EXCHANGE_OF_FIRE
    + WEAPON_SIDE
    + SAME_CIVIL_TOLL
    + REVIEW
    + B37_UK
)


@pytest.mark.parametrize("case", params(ALL))
def test_round19(case: Case) -> None:
    check(case)
