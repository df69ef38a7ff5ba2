"""Round 12, more victims and claimants: phenomena a held-out set showed (mercenaries in the
Sahel, zero tolls after an attack on a place, tolls of women and children, "the group's dead",
"Speaker:" headers, figures per unit inside one tally), several sentences of our own for
each, in every language where the phenomenon exists. None is copied from a gold or held-out
set.

Claims are (kind, victim, low, high, approx, claimant, scope); the harness is the yardstick's.
"""

from __future__ import annotations

import pytest

from tests.extractors.cases import EV, PER, C, Case, K, L, W, c, check, params

# C1. Mercenaries in a Mali post are the Russian hired force there (Wagner / Africa Corps);
# "Russian mercenaries" are, anywhere; "foreign mercenaries" of no Sahel post stay outsiders
MERCENARIES: list[Case] = [
    c(
        "merc-captured-en",
        "en",
        "In Mali, the FLA rebels said they took several mercenaries prisoner near Tinzaouaten.",
        (C, "wagner", 2, 9, True, "tuareg", EV),
    ),
    c(
        "merc-killed-kidal-en",
        "en",
        "The rebels in Kidal said 15 mercenaries were killed in the fighting with FAMa.",
        (K, "wagner", 15, 15, False, "tuareg", EV),
    ),
    c(
        "merc-foreign-sahel-en",
        "en",
        "The FLA said 30 foreign mercenaries were killed near Kidal.",
        (K, "wagner", 30, 30, False, "tuareg", EV),
    ),
    c(
        "merc-foreign-elsewhere-en",
        "en",
        "The army said 30 foreign mercenaries were killed in Kharkiv region.",
        (K, "unknown", 30, 30, False, "army", EV),
    ),
    c(
        "merc-russian-anywhere-en",
        "en",
        "Ukraine said it killed 40 Russian mercenaries in Kharkiv region.",
        (K, "wagner", 40, 40, False, "ua", EV),
    ),
    c(
        "merc-captured-ru",
        "ru",
        "Повстанцы FLA заявили, что взяли в плен нескольких наемников под Тинзауатеном.",
        (C, "wagner", 2, 9, True, "tuareg", EV),
    ),
    c(
        "merc-killed-ru",
        "ru",
        "В Мали боевики JNIM убили 12 наемников у Кидаля.",
        (K, "wagner", 12, 12, False, "self", EV),
    ),
    c(
        "merc-foreign-ua-ru",
        "ru",
        "За сутки уничтожено до 40 иностранных наемников ВСУ под Харьковом.",
        (K, "ua", None, 40, False, "self", PER),
        side="ru",
    ),
    c(
        "merc-killed-uk",
        "uk",
        "Повстанці Азаваду заявили, що вбили 20 найманців біля Тінзауатена.",
        (K, "wagner", 20, 20, False, "tuareg", EV),
    ),
    c(
        "merc-captured-uk",
        "uk",
        "У Малі бойовики JNIM захопили в полон трьох найманців.",
        (C, "wagner", 3, 3, False, "self", EV),
    ),
    c(
        "merc-russian-uk",
        "uk",
        "В Україні загинули 5 російських найманців.",
        (K, "wagner", 5, 5, False, "self", EV),
    ),
    c(
        "merc-captured-fr",
        "fr",
        "Les rebelles du FLA affirment avoir fait prisonniers plusieurs mercenaires près de "
        "Tinzaouaten.",
        (C, "wagner", 2, 9, True, "tuareg", EV),
    ),
    c(
        "merc-killed-fr",
        "fr",
        "Au Mali, le JNIM revendique la mort de 12 mercenaires près de Kidal.",
        (K, "wagner", 12, 12, False, "jnim", EV),
    ),
    c(
        "merc-captured-ar",
        "ar",
        "قال المتمردون الطوارق إنهم أسروا عدة مرتزقة قرب تينزاواتين.",
        (C, "wagner", 2, 9, True, "tuareg", EV),
    ),
    c(
        "merc-killed-ar",
        "ar",
        "أعلنت جبهة تحرير أزواد مقتل 15 من المرتزقة في كيدال.",
        (K, "wagner", 15, 15, False, "tuareg", EV),
    ),
    c(
        "merc-russian-ar",
        "ar",
        "قتل 7 مرتزقة روس في ليبيا.",
        (K, "wagner", 7, 7, False, "self", EV),
    ),
]

# C2. A toll of none after an attack on a place, with no "our" word: the place's people (unknown,
# or civilians where the text says residents); "у нас без потерь", "our losses: none" stay ours
Z = (L, "unknown", 0, 0, False, "self", EV)
ZERO_AFTER_ATTACK: list[Case] = [
    c(
        "zero-drones-region-en",
        "en",
        "Overnight the enemy attacked Kyiv region with drones. There were no dead or injured.",
        Z,
        side="ua",
    ),
    c(
        "zero-drones-city-en",
        "en",
        "Ukrainian drones attacked Belgorod overnight. There were no casualties.",
        Z,
        side="ru",
    ),
    c(
        "zero-residents-en",
        "en",
        "Ukrainian drones attacked Belgorod overnight. No residents were hurt.",
        # round 18: "hurt" with no dead given apart is casualties, as "пострадали" is (the spec)
        (L, "civilians", 0, 0, False, "self", EV),
        side="ru",
    ),
    c(
        "zero-ours-en",
        "en",
        "Our losses: none. The enemy lost 40 men.",
        (L, "ru", 0, 0, False, "self", EV),
        (K, "ua", 40, 40, False, "self", EV),
        side="ru",
    ),
    c(
        "zero-drones-region-uk",
        "uk",
        "Вночі ворог атакував Київщину ударними дронами. Загиблих та поранених немає.",
        Z,
        side="ua",
    ),
    c(
        "zero-shelled-city-uk",
        "uk",
        "Ворог обстріляв Херсон з артилерії. Постраждалих серед мешканців немає.",
        (L, "civilians", 0, 0, False, "self", EV),
        side="ua",
    ),
    c(
        "zero-ours-uk",
        "uk",
        "Ворог атакував наші позиції. У нас без втрат.",
        (L, "ua", 0, 0, False, "self", EV),
        side="ua",
    ),
    c(
        "zero-drones-city-ru",
        "ru",
        "Ночью ВСУ атаковали Белгород беспилотниками. Погибших и раненых нет.",
        Z,
        side="ru",
    ),
    c(
        "zero-ours-ru",
        "ru",
        "Отбили три атаки противника, у нас без потерь.",
        (L, "ru", 0, 0, False, "self", EV),
        side="ru",
    ),
    c(
        "zero-drones-city-ar",
        "ar",
        "هاجمت مسيرات أوكرانية مدينة بيلغورود ليلا. لم يسفر الهجوم عن سقوط ضحايا.",
        (K, "unknown", 0, 0, False, "self", EV),
        side="ru",
    ),
    c(
        "zero-shelled-civilians-ar",
        "ar",
        "قصفت القوات الأوكرانية دونيتسك، ولم يسفر القصف عن سقوط ضحايا بين المدنيين.",
        (K, "civilians", 0, 0, False, "self", EV),
        side="ru",
    ),
    c(
        "zero-ours-ar",
        "ar",
        "صدت قواتنا هجوما دون خسائر في صفوفنا.",
        (L, "ru", 0, 0, False, "self", EV),
        side="ru",
    ),
    c(
        "zero-drones-region-fr",
        "fr",
        "Cette nuit, l'ennemi a attaqué la région de Kyiv avec des drones. Il n'y a ni morts "
        "ni blessés.",
        Z,
        side="ua",
    ),
    c(
        "zero-resident-fr",
        "fr",
        "Des drones russes ont frappé Odessa. Aucun habitant n'a été blessé.",
        (W, "civilians", 0, 0, False, "self", EV),
        side="ua",
    ),
    # repelled with no doer named: the speaker's side lost none; a doer named owns its none
    c(
        "zero-repelled-ru",
        "ru",
        "Отбили три атаки противника без потерь.",
        (L, "ru", 0, 0, False, "self", EV),
        side="ru",
    ),
    c(
        "zero-repelled-doer-ru",
        "ru",
        "ВСУ отбили атаку без потерь.",
        (L, "ua", 0, 0, False, "self", EV),
        side="ru",
    ),
    c(
        "zero-repelled-uk",
        "uk",
        "Відбили дві атаки ворога без втрат.",
        (L, "ua", 0, 0, False, "self", EV),
        side="ua",
    ),
    c(
        "zero-repelled-en",
        "en",
        "Repelled two enemy attacks without losses.",
        (L, "ua", 0, 0, False, "self", EV),
        side="ua",
    ),
    c(
        "zero-repelled-fr",
        "fr",
        "Nous avons repoussé deux attaques ennemies sans pertes.",
        (L, "ua", 0, 0, False, "self", EV),
        side="ua",
    ),
    c(
        "zero-repelled-ar",
        "ar",
        "صدت قواتنا هجومين للعدو دون خسائر.",
        (L, "ru", 0, 0, False, "self", EV),
        side="ru",
    ),
    # the city struck, named before the toll, is no subject of it
    c(
        "zero-city-struck-uk",
        "uk",
        "Унаслідок нічної атаки дронів на Київ обійшлося без жертв.",
        (K, "unknown", 0, 0, False, "self", EV),
        side="ua",
    ),
    c(
        "zero-city-struck-en",
        "en",
        "After a Russian missile strike on Kyiv there were no casualties.",
        Z,
        side="ua",
    ),
    c(
        "zero-dead-and-hurt-uk",
        "uk",
        "Окупанти вдарили по Херсону. Загиблих та постраждалих серед цивільних немає.",
        (L, "civilians", 0, 0, False, "self", EV),
        side="ua",
    ),
    c(
        "zero-dead-and-hurt-ru",
        "ru",
        "ВСУ обстреляли Донецк. Погибших и пострадавших нет.",
        Z,
        side="ru",
    ),
    c(
        "dead-and-hurt-apart-ru",
        "ru",
        "При обстреле погибли 2 человека и пострадали 15.",
        (K, "unknown", 2, 2, False, "self", EV),
        (W, "unknown", 15, 15, False, "self", EV),
        side="ru",
    ),
    c(
        "zero-launched-en",
        "en",
        "Russia launched 40 drones at Kharkiv overnight. No one was killed or injured.",
        Z,
        side="ua",
    ),
    c(
        "zero-launched-fr",
        "fr",
        "La Russie a lancé des drones sur Kharkiv cette nuit. Aucune victime n'est à déplorer.",
        (K, "unknown", 0, 0, False, "self", EV),
        side="ua",
    ),
    c(
        "zero-launched-ru",
        "ru",
        "ВСУ запустили по Белгороду 12 ракет. Пострадавших нет.",
        Z,
        side="ru",
    ),
    c(
        "zero-launched-uk",
        "uk",
        "Росіяни випустили по Одесі три ракети. Загиблих немає.",
        (K, "unknown", 0, 0, False, "self", EV),
        side="ua",
    ),
    c(
        "zero-launched-ar",
        "ar",
        "أطلقت القوات الأوكرانية صواريخ على بيلغورود. ولم تسجل إصابات.",
        (W, "unknown", 0, 0, False, "self", EV),
        side="ru",
    ),
    # a party that "suffered" none speaks of its own men, attack or not
    c(
        "zero-suffered-after-ambush-fr",
        "fr",
        "Des jihadistes ont tendu une embuscade près de Dioura. L'armée malienne affirme n'avoir "
        "subi aucune perte.",
        (L, "fama", 0, 0, False, "fama", EV),
    ),
    c(
        "zero-suffered-after-attack-en",
        "en",
        "Ukrainian drones attacked a Russian column near Kursk. The Russian army said it suffered "
        "no losses.",
        (L, "ru", 0, 0, False, "ru", EV),
    ),
    c(
        "zero-ours-fr",
        "fr",
        "Nous avons repoussé l'assaut, sans pertes de notre côté.",
        (L, "ua", 0, 0, False, "self", EV),
        side="ua",
    ),
]

# C3. A toll of people of no named party described as mostly, or partly, women and children is
# the civilians'; a part counted ("including 2 children", "a child") describes nothing
FAMILIES: list[Case] = [
    c(
        "families-mostly-en",
        "en",
        "At least 40 people, mostly women and children, were killed when gunmen attacked the "
        "village.",
        (K, "civilians", 40, None, False, "self", EV),
    ),
    c(
        "families-hospital-en",
        "en",
        "The hospital admitted 25 wounded, among them women and children.",
        (W, "civilians", 25, 25, False, "hospital", EV),
    ),
    c(
        "families-counted-part-en",
        "en",
        "Three people including a child were killed when a shell hit a house in Mogadishu.",
        (K, "unknown", 3, 3, False, "self", EV),
    ),
    c(
        "families-soldiers-en",
        "en",
        "Twelve soldiers were killed, including women and children.",
        (K, "unknown", 12, 12, False, "self", EV),
    ),
    c(
        "families-mostly-ru",
        "ru",
        "В результате удара погибли 17 человек, в основном женщины и дети.",
        (K, "civilians", 17, 17, False, "self", EV),
    ),
    c(
        "families-hospital-ru",
        "ru",
        "В больницу доставлены 30 раненых, среди них женщины и дети.",
        (W, "civilians", 30, 30, False, "self", EV),
    ),
    c(
        "families-counted-part-ru",
        "ru",
        "Погибли 5 человек, среди них 2 ребёнка, ещё 13 ранены.",
        (K, "unknown", 5, 5, False, "self", EV),
        (W, "unknown", 13, 13, False, "self", EV),
    ),
    c(
        "families-among-uk",
        "uk",
        "Загинули 14 людей, серед них жінки та діти.",
        (K, "civilians", 14, 14, False, "self", EV),
    ),
    c(
        "families-mostly-fr",
        "fr",
        "Au moins 40 personnes, en majorité des femmes et des enfants, ont été tuées.",
        (K, "civilians", 40, None, False, "self", EV),
    ),
    c(
        "families-hospital-fr",
        "fr",
        "L'hôpital a accueilli 25 blessés, dont des femmes et des enfants.",
        (W, "civilians", 25, 25, False, "self", EV),
    ),
    c(
        "families-abducted-fr",
        "fr",
        "Des hommes armés ont enlevé 80 personnes, principalement des femmes et des enfants.",
        (C, "civilians", 80, 80, False, "self", EV),
    ),
    c(
        "families-abducted-en",
        "en",
        "Gunmen abducted more than 100 people, mostly women and children, from the village.",
        (C, "civilians", 100, None, False, "self", EV),
    ),
    c(
        "families-hospital-uk",
        "uk",
        "До лікарні доставили 25 поранених, переважно жінок і дітей.",
        (W, "civilians", 25, 25, False, "self", EV),
    ),
    # a part of a group described as mostly women and children ("fleeing families")
    c(
        "families-fleeing-part-en",
        "en",
        "Some 300 people, mostly women and children, fled the town; 25 of them were wounded.",
        (W, "civilians", 25, 25, False, "self", EV),
    ),
    c(
        "families-fleeing-part-fr",
        "fr",
        "Quelque 300 personnes, en majorité des femmes et des enfants, ont fui, dont 25 blessées.",
        (W, "civilians", 25, 25, False, "self", EV),
    ),
    c(
        "families-fleeing-part-ru",
        "ru",
        "Около 300 человек, в основном женщины и дети, бежали из города, из них 25 ранены.",
        (W, "civilians", 25, 25, False, "self", EV),
    ),
    c(
        "families-fleeing-part-uk",
        "uk",
        "Понад 200 людей, переважно жінки та діти, перетнули кордон, з них 30 поранені.",
        (W, "civilians", 30, 30, False, "self", EV),
    ),
    c(
        "families-mostly-ar",
        "ar",
        "قتل 40 شخصا معظمهم نساء وأطفال في الهجوم.",
        (K, "civilians", 40, 40, False, "self", EV),
    ),
    c(
        "families-among-ar",
        "ar",
        "أصيب 25 شخصا بينهم نساء وأطفال.",
        (W, "civilians", 25, 25, False, "self", EV),
    ),
]

# C4. "the group's dead", "its fighters", "les pertes du groupe", "потери группы": the party
# named last before owns them; a blog that puts the figure is the speaker
GROUP_DEAD: list[Case] = [
    c(
        "group-dead-greyzone-en",
        "en",
        "Grey Zone, a blog close to Wagner, put the group's dead at more than 80.",
        (K, "wagner", 80, None, False, "greyzone", EV),
    ),
    c(
        "group-losses-rybar-en",
        "en",
        "Rybar, a channel close to the Russian army, put the group's losses at 40.",
        (L, "ru", 40, 40, False, "rybar", EV),
    ),
    c(
        "its-fighters-en",
        "en",
        "JNIM said the army attacked its positions and that 12 of its fighters were killed.",
        (K, "jnim", 12, 12, False, "jnim", EV),
    ),
    c(
        "group-losses-greyzone-fr",
        "fr",
        "Grey Zone, un canal proche de Wagner, a évalué les pertes du groupe à plus de 80 morts.",
        (K, "wagner", 80, None, False, "greyzone", EV),
    ),
    c(
        "ses-combattants-fr",
        "fr",
        "Selon l'armée malienne, le FLA a perdu 30 de ses combattants.",
        (K, "tuareg", 30, 30, False, "fama", EV),
    ),
    c(
        "group-losses-greyzone-uk",
        "uk",
        "Grey Zone, близький до Вагнера канал, оцінив втрати групи у понад 80 загиблих.",
        (K, "wagner", 80, None, False, "greyzone", EV),
    ),
    c(
        "group-losses-greyzone-ru",
        "ru",
        "Grey Zone, близкий к Вагнеру канал, оценил потери группы в 80 погибших.",
        (K, "wagner", 80, 80, False, "greyzone", EV),
    ),
    c(
        "his-fighters-gerund-uk",
        "uk",
        "Сили оборони знищили позиції ворога, вбивши 20 його бійців.",
        (K, "ru", 20, 20, False, "self", EV),
        side="ua",
    ),
    c(
        "gerund-destroyed-uk",
        "uk",
        "Сили оборони атакували колону, знищивши 20 окупантів.",
        (K, "ru", 20, 20, False, "self", EV),
        side="ua",
    ),
    c(
        "its-elements-ar",
        "ar",
        "أعلنت جماعة نصرة الإسلام والمسلمين مقتل 7 من عناصرها.",
        (K, "jnim", 7, 7, False, "jnim", EV),
    ),
    c(
        "group-losses-ar",
        "ar",
        "قال المتمردون الطوارق إن الجيش المالي هاجم مواقعهم وإن خسائر الجماعة بلغت 20 قتيلا.",
        (K, "tuareg", 20, 20, False, "tuareg", EV),
    ),
    # a name after "the group" says whose: not the party before
    c(
        "group-named-after-ru",
        "ru",
        "Потери группы ВСУ составили 40 человек убитыми.",
        (K, "ua", 40, 40, False, "self", EV),
        side="ru",
    ),
    c(
        "group-named-after-fr",
        "fr",
        "Les pertes du groupe Wagner sont estimées à 80 morts.",
        (K, "wagner", 80, 80, False, "self", EV),
        side="ua",
    ),
    c(
        "group-kind-after-ar",
        "ar",
        "بلغت خسائر الجماعة الإرهابية 20 قتيلا.",
        (K, "ua", 20, 20, False, "self", EV),
        side="ru",
    ),
]

# C5. "Speaker: text" only where the part before the colon is a short name with no verb; a clause
# told before a colon ("our guys caught ...: 14 200s") is narration, the author's own
COLON_HEADERS: list[Case] = [
    c(
        "narration-colon-en",
        "en",
        "Our guys caught a Ukrainian assault group in the open: 14 200s.",
        (K, "ua", 14, 14, False, "self", EV),
        side="ru",
    ),
    c(
        "reporter-colon-en",
        "en",
        "Reuters: 12 Ukrainian soldiers were killed near Pokrovsk.",
        (K, "ua", 12, 12, False, "reuters", EV),
        side="ru",
    ),
    c(
        "narration-colon-ru",
        "ru",
        "Наши накрыли штурмовую группу ВСУ на открытой местности: 14 двухсотых.",
        (K, "ua", 14, 14, False, "self", EV),
        side="ru",
    ),
    c(
        "reporter-colon-ru",
        "ru",
        "Минобороны: уничтожено до 40 боевиков ВСУ.",
        (K, "ua", None, 40, False, "ru_mod", EV),
        side="ru",
    ),
    c(
        "narration-colon-uk",
        "uk",
        "Наші хлопці накрили штурмову групу росіян на відкритій місцевості: 14 двохсотих.",
        (K, "ru", 14, 14, False, "self", EV),
        side="ua",
    ),
    c(
        "reporter-colon-uk",
        "uk",
        "Генштаб: ворог втратив 1 200 військових за добу.",
        (L, "ru", 1200, 1200, False, "ua_gs", PER),
        side="ua",
    ),
    c(
        "narration-colon-fr",
        "fr",
        "Nos gars ont surpris un groupe d'assaut russe à découvert : 14 morts.",
        (K, "ru", 14, 14, False, "self", EV),
        side="ua",
    ),
    c(
        "narration-colon-ar",
        "ar",
        "استهدفت قواتنا مجموعة أوكرانية في العراء: 14 قتيلا.",
        (K, "ua", 14, 14, False, "self", EV),
        side="ru",
    ),
    c(
        "person-colon-en",
        "en",
        "Gladkov: two civilians were killed in the shelling of Shebekino.",
        (K, "civilians", 2, 2, False, "gladkov", EV),
        side="ru",
    ),
    c(
        "place-colon-en",
        "en",
        "Kharkiv: three people were killed in a missile strike.",
        (K, "unknown", 3, 3, False, "self", EV),
        side="ua",
    ),
    c(
        "party-article-colon-fr",
        "fr",
        "Le FLA : 12 soldats maliens tués près de Kidal.",
        (K, "fama", 12, 12, False, "tuareg", EV),
        side="ru",
    ),
    c(
        "person-colon-uk",
        "uk",
        "Федоров: внаслідок удару по Запоріжжю загинули 3 людини.",
        (K, "unknown", 3, 3, False, "fedorov", EV),
        side="ua",
    ),
    c(
        "person-colon-ar",
        "ar",
        "غلادكوف: مقتل مدنيين اثنين في قصف أوكراني.",
        (K, "civilians", 2, 2, False, "gladkov", EV),
        side="ru",
    ),
]

# C6. A tally's figures per unit or sector are each a claim (same kind, victim and scope, their
# own bounds), besides the total
SECTORS: list[Case] = [
    c(
        "sectors-en",
        "en",
        "Over the past day the enemy lost up to 1,380 servicemen, of them up to 445 in the area "
        "of the Centre group and more than 520 in the area of the East group.",
        (L, "ua", None, 1380, False, "self", PER),
        (L, "ua", None, 445, False, "self", PER),
        (L, "ua", 520, None, False, "self", PER),
        side="ru",
    ),
    c(
        "sectors-ru",
        "ru",
        "За сутки противник потерял до 1380 военнослужащих, из них до 445 в зоне "
        "ответственности группировки «Центр» и более 520 в зоне группировки «Восток».",
        (L, "ua", None, 1380, False, "self", PER),
        (L, "ua", None, 445, False, "self", PER),
        (L, "ua", 520, None, False, "self", PER),
        side="ru",
    ),
    c(
        "sectors-uk",
        "uk",
        "За добу ворог втратив до 1380 військових, з них до 445 у смузі угруповання «Центр» і "
        "понад 520 у смузі угруповання «Схід».",
        (L, "ru", None, 1380, False, "self", PER),
        (L, "ru", None, 445, False, "self", PER),
        (L, "ru", 520, None, False, "self", PER),
        side="ua",
    ),
    c(
        "sectors-fr",
        "fr",
        "En 24 heures, l'ennemi a perdu jusqu'à 1 380 militaires, dont jusqu'à 445 dans la zone "
        "du groupement Centre et plus de 520 dans celle du groupement Est.",
        (L, "ua", None, 1380, False, "self", PER),
        (L, "ua", None, 445, False, "self", PER),
        (L, "ua", 520, None, False, "self", PER),
        side="ru",
    ),
    c(
        "sectors-ar",
        "ar",
        "خسر العدو خلال اليوم ما يصل إلى 1380 عسكريا، منها ما يصل إلى 445 في منطقة مجموعة قوات "
        "الوسط وأكثر من 520 في منطقة مجموعة قوات الشرق.",
        (L, "ua", None, 1380, False, "self", PER),
        (L, "ua", None, 445, False, "self", PER),
        (L, "ua", 520, None, False, "self", PER),
        side="ru",
    ),
    c(
        "axes-en",
        "en",
        "Russia lost 1,250 troops over the past day, including 420 on the Pokrovsk axis and 210 "
        "on the Kurakhove axis.",
        (L, "ru", 1250, 1250, False, "self", PER),
        (L, "ru", 420, 420, False, "self", PER),
        (L, "ru", 210, 210, False, "self", PER),
        side="ua",
    ),
    c(
        "axes-ru",
        "ru",
        "За сутки ВСУ потеряли до 1300 военнослужащих, из них до 460 на Покровском направлении "
        "и до 200 на Курском.",
        (L, "ua", None, 1300, False, "self", PER),
        (L, "ua", None, 460, False, "self", PER),
        (L, "ua", None, 200, False, "self", PER),
        side="ru",
    ),
    c(
        "axes-uk",
        "uk",
        "За добу росіяни втратили 1250 військових, з них 420 на Покровському напрямку і 210 на "
        "Курахівському.",
        (L, "ru", 1250, 1250, False, "self", PER),
        (L, "ru", 420, 420, False, "self", PER),
        (L, "ru", 210, 210, False, "self", PER),
        side="ua",
    ),
    c(
        "axes-fr",
        "fr",
        "La Russie a perdu 1 250 soldats en 24 heures, dont 420 sur l'axe de Pokrovsk et 210 sur "
        "celui de Kourakhové.",
        (L, "ru", 1250, 1250, False, "self", PER),
        (L, "ru", 420, 420, False, "self", PER),
        (L, "ru", 210, 210, False, "self", PER),
        side="ua",
    ),
    c(
        "axes-ar",
        "ar",
        "خسر العدو 1300 عسكري خلال اليوم، منهم 460 على محور بوكروفسك و200 على محور كورسك.",
        (L, "ua", 1300, 1300, False, "self", PER),
        (L, "ua", 460, 460, False, "self", PER),
        (L, "ua", 200, 200, False, "self", PER),
        side="ru",
    ),
    # a part with a noun of its own before the whole's place stays no claim
    c(
        "part-then-place-ar",
        "ar",
        "أسرت قواتنا 26 من جنود الجيش، بينهم ثلاثة ضباط، في محور الدبيبات.",
        (C, "saf", 26, 26, False, "self", EV),
        side="rsf",
    ),
    # a part of no sector stays no claim of its own
    c(
        "part-no-sector-en",
        "en",
        "Over the past day the enemy lost up to 1,380 servicemen, including up to 445 mobilised.",
        (L, "ua", None, 1380, False, "self", PER),
        side="ru",
    ),
]

CASES: list[Case] = [
    *MERCENARIES,
    *ZERO_AFTER_ATTACK,
    *FAMILIES,
    *GROUP_DEAD,
    *COLON_HEADERS,
    *SECTORS,
]


@pytest.mark.parametrize("c", params(CASES))
def test_round12_victims(c: Case) -> None:
    check(c)
