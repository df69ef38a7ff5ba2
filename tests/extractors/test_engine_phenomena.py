"""The engine's rules, each shown by at least two sentences of our own (several languages where
the phenomenon exists). Every fix to the extractor adds its sentences here; none is copied
from the gold sets, which stay the yardstick.

Claims are (kind, victim, low, high, approx, claimant, scope); the harness is the yardstick's.
"""

from __future__ import annotations

import pytest

from tests.extractors.cases import Case, Expected, case, check, params


def c(id: str, lang: str, text: str, *claims: Expected, side: str | None = None) -> Case:
    return case(id, text, *claims, lang=lang, side=side)


CASES: list[Case] = [
    # --- a unit's strength is no toll: "which has about 600 soldiers", "насчитывающий 500" -----
    c(
        "strength-en",
        "en",
        "The battalion, which has about 600 soldiers, lost 40 men near Toretsk, its commander said.",
        ("killed", "unknown", 40, 40, False, "commander", "event"),
    ),
    c(
        "strength-ru",
        "ru",
        "Батальон, насчитывающий около 500 бойцов, потерял 60 человек убитыми.",
        ("killed", "unknown", 60, 60, False, "self", "event"),
    ),
    c(
        "strength-fr",
        "fr",
        "Le bataillon, qui compte environ 500 hommes, a perdu 60 soldats.",
        ("killed", "unknown", 60, 60, False, "self", "event"),
    ),
    # --- "its losses": whose, the party named last before them (not the speaker) -------------
    c(
        "possessive-antecedent-ar",
        "ar",
        "قالت أوكرانيا إن روسيا خسرت 1100 جندي خلال يوم، ليرتفع إجمالي خسائرها منذ بداية الحرب إلى 750 ألفا.",
        ("casualties", "ru", 1100, 1100, False, "ua", "period"),
        ("casualties", "ru", 750000, 750000, False, "ua", "cumulative"),
    ),
    c(
        "possessive-antecedent-en",
        "en",
        "Kyiv said Russia lost 1,100 soldiers in a day, bringing its total losses since the invasion to 750,000.",
        ("casualties", "ru", 1100, 1100, False, "ua", "period"),
        ("casualties", "ru", 750000, 750000, False, "ua", "cumulative"),
    ),
    # --- a header line with a date and a colon speaks for the list after a blank line ----------
    c(
        "dated-header-ru",
        "ru",
        "Сводка Минобороны РФ на 12 января:\n\n• ВСУ потеряли за сутки свыше 1 500 военнослужащих\n• сбито 84 БПЛА",
        ("casualties", "ua", 1500, None, False, "ru_mod", "period"),
    ),
    c(
        "dated-header-uk",
        "uk",
        "Генштаб ЗСУ, 5 березня:\n\nВтрати противника за добу:\n▪️ особового складу – 1 340 осіб",
        ("casualties", "ru", 1340, 1340, False, "ua_gs", "period"),
    ),
    # --- "Mayor Vitali Klitschko": a capitalised title before the name -------------------------
    c(
        "capitalised-title-name-en",
        "en",
        "Nine people were killed in the strike, Mayor Ihor Terekhov said.",
        ("killed", "unknown", 9, 9, False, "terekhov", "event"),
    ),
    # --- a toll that rose to N, with a since-phrase anywhere in its sentence: cumulative -------
    c(
        "grown-toll-since-ar",
        "ar",
        "أعلنت وزارة الصحة ارتفاع حصيلة القتلى إلى 3200 قتيل، فيما بلغ عدد الجرحى 9 آلاف منذ بداية الحرب.",
        ("killed", "unknown", 3200, 3200, False, "health_ministry", "cumulative"),
        ("wounded", "unknown", 9000, 9000, False, "health_ministry", "cumulative"),
    ),
    c(
        "grown-toll-since-en",
        "en",
        "The death toll has risen to 3,200, while 9,000 people have been wounded since the war began, the ministry said.",
        ("killed", "unknown", 3200, 3200, False, "ministry", "cumulative"),
        ("wounded", "unknown", 9000, 9000, False, "ministry", "cumulative"),
    ),
    # --- one person named by a singular noun beside a singular verb of harm (no numeral) ------
    c(
        "singular-person-ru",
        "ru",
        "В результате обстрела Горловки погиб мирный житель, еще двое ранены.",
        ("killed", "civilians", 1, 1, False, "self", "event"),
        ("wounded", "civilians", 2, 2, False, "self", "event"),
    ),
    c(
        "singular-person-uk",
        "uk",
        "Через атаку дрона на Херсон загинув 54-річний чоловік.",
        ("killed", "unknown", 1, 1, False, "self", "event"),
    ),
    c(
        "singular-person-after-uk",
        "uk",
        "Внаслідок удару по Сумах поранена жінка.",
        ("wounded", "civilians", 1, 1, False, "self", "event"),
    ),
    c(
        "singular-person-genitive-ru",
        "ru",
        "На месте удара нашли тело мужчины.",
    ),
    # --- a quoted model name after a figure is equipment: "два «Хаммера»" -----------------------
    c(
        "quoted-model-ru",
        "ru",
        "Противник потерял до 40 военнослужащих и два «Хаммера».",
        # "lost" over a list of men and equipment is a tally: the wounded too
        ("casualties", "ua", None, 40, False, "self", "event"),
        side="ru",
    ),
    c(
        "quoted-model-uk",
        "uk",
        "Ворог втратив 25 військових та три «Тигра».",
        ("casualties", "ru", 25, 25, False, "self", "event"),
        side="ua",
    ),
    c(
        "quoted-people-stay-ru",
        "ru",
        "В засаде погибли двое «музыкантов».",
        ("killed", "wagner", 2, 2, False, "self", "event"),
    ),
    # --- a title, then a capitalised name: the surname is the claimant ------------------------
    c(
        "title-name-en",
        "en",
        "A Russian drone hit a bus in Kherson, killing five people, regional Gov. Oleksandr Prokudin said.",
        ("killed", "unknown", 5, 5, False, "prokudin", "event"),
    ),
    c(
        "title-name-fr",
        "fr",
        "Quatre civils ont été tués dans la nuit, a annoncé le gouverneur Serhiï Lyssak.",
        ("killed", "civilians", 4, 4, False, "lyssak", "event"),
    ),
    c(
        "no-title-no-name-en",
        "en",
        "A drone strike on a hospital killed 19 civilians, the Sudan Doctors Network said.",
        ("killed", "civilians", 19, 19, False, "sudan_doctors_network", "event"),
    ),
    # --- a toll reported by one side's agency is no kill of the other side's men ---------------
    c(
        "toll-by-agency-en",
        "en",
        "The death toll from the missile strike on Dnipro has risen to 40, Ukraine's emergency service said.",
        ("killed", "unknown", 40, 40, False, "ua", "event"),
    ),
    c(
        "toll-by-agency-ru",
        "ru",
        "Число погибших при ударе по Днепру выросло до 40, сообщили в ГСЧС Украины.",
        ("killed", "unknown", 40, 40, False, "ua", "event"),
    ),
    # --- a passive "were reported" takes the speaker named later in the sentence --------------
    c(
        "passive-report-later-speaker-en",
        "en",
        "No casualties were reported after the strike on the depot, the regional governor said.",
        ("casualties", "unknown", 0, 0, False, "regional_governor", "event"),
    ),
    c(
        "passive-report-later-speaker-fr",
        "fr",
        "Aucune victime n'a été signalée après la frappe, a indiqué le préfet.",
        ("killed", "unknown", 0, 0, False, "prefet", "event"),
    ),
    # --- a unit's spokesman, no channel side: the one party in the post besides the victim's -----
    c(
        "role-other-party-en",
        "en",
        "Eight Russian soldiers surrendered to Ukrainian troops near Vovchansk, a commander of the unit told Reuters.",
        ("captured", "ru", 8, 8, False, "ua", "event"),
    ),
    c(
        "role-other-party-fr",
        "fr",
        "Une dizaine de soldats ukrainiens ont été capturés par les forces russes, selon un commandant de brigade.",
        ("captured", "ua", 10, 10, True, "ru", "event"),
    ),
    c(
        "role-no-other-party-en",
        "en",
        "Twelve Ukrainian soldiers were killed, a brigade commander said.",
        ("killed", "ua", 12, 12, False, "brigade_commander", "event"),
    ),
    # --- "local sources in northern Mali": the kind of source, not the party named inside -----
    c(
        "sources-near-a-party-ar",
        "ar",
        "أفادت مصادر محلية في شمال مالي بمقتل 15 مدنيا في هجوم على سوق.",
        ("killed", "civilians", 15, 15, False, "local_sources", "event"),
    ),
    c(
        "sources-near-a-party-en",
        "en",
        "Local sources in Mali's north said 15 civilians were killed in an attack on a market.",
        ("killed", "civilians", 15, 15, False, "local_sources", "event"),
    ),
    c(
        "army-officials-are-the-army-en",
        "en",
        "In Sudan's Darfur, army officials said 60 RSF fighters had been killed.",
        ("killed", "rsf", 60, 60, False, "saf", "event"),
    ),
    # --- "отошёл, оставив на поле боя 9 тел": the retreating side's own dead -------------------
    c(
        "left-behind-ru",
        "ru",
        "Под Кременной ВСУ отступили, оставив на поле боя 14 тел.",
        ("killed", "ua", 14, 14, False, "self", "event"),
        side="ru",
    ),
    c(
        "left-behind-uk",
        "uk",
        "Окупанти відступили, залишивши на полі бою 20 тіл.",
        ("killed", "ru", 20, 20, False, "self", "event"),
        side="ua",
    ),
    c(
        "left-behind-en",
        "en",
        "The RSF fighters withdrew, leaving behind 30 bodies, the army said.",
        ("killed", "rsf", 30, 30, False, "saf", "event"),
    ),
    # --- a party's adjective before equipment: "35 Ukrainian drones" counts no people ----------
    c(
        "actor-adjective-equipment-en",
        "en",
        "Air defences downed 40 Ukrainian drones, and 3 civilians were killed by debris.",
        ("killed", "civilians", 3, 3, False, "self", "event"),
    ),
    c(
        "people-of-a-place-ru",
        "ru",
        "При обстреле погибли пятеро жителей района, ещё 8 жителей села ранены.",
        ("killed", "civilians", 5, 5, False, "self", "event"),
        ("wounded", "civilians", 8, 8, False, "self", "event"),
    ),
    c(
        "people-of-a-place-uk",
        "uk",
        "Внаслідок обстрілу загинули троє мешканців громади, ще 6 мешканців області поранені.",
        ("killed", "civilians", 3, 3, False, "self", "event"),
        ("wounded", "civilians", 6, 6, False, "self", "event"),
    ),
    c(
        "actor-adjective-equipment-ru",
        "ru",
        "Уничтожены 12 украинских танков, ликвидированы до 90 военнослужащих ВСУ.",
        ("killed", "ua", None, 90, False, "self", "event"),
    ),
    # --- "N of them" with no figure before it is the whole toll, not a part -------------------
    c(
        "of-them-no-whole-en",
        "en",
        "Ukrainian forces ambushed a Russian assault group near Pokrovsk, killing 14 of them, the brigade said.",
        ("killed", "ru", 14, 14, False, "brigade", "event"),
    ),
    c(
        "of-them-no-whole-fr",
        "fr",
        "L'armée a repoussé une attaque de jihadistes, tuant 23 d'entre eux.",
        ("killed", "unknown", 23, 23, False, "self", "event"),
    ),
    c(
        "of-them-part-en",
        "en",
        "Twelve people were killed, five of them children, officials said.",
        ("killed", "unknown", 12, 12, False, "officials", "event"),
    ),
    # --- a party claiming credit for deaths counts the other side's men ----------------------
    c(
        "credit-fr",
        "fr",
        "Au Mali, le JNIM revendique la mort d'une trentaine de militaires à Boulkessi.",
        ("killed", "fama", 30, 30, True, "jnim", "event"),
    ),
    c(
        "credit-en",
        "en",
        "In Mali, JNIM claimed responsibility for the killing of 25 soldiers near Gao.",
        ("killed", "fama", 25, 25, False, "jnim", "event"),
    ),
    c(
        "credit-ar",
        "ar",
        "وفي مالي، تبنت جماعة نصرة الإسلام والمسلمين مقتل 30 جنديا في هجوم قرب غاو.",
        ("killed", "fama", 30, 30, False, "jnim", "event"),
    ),
    c(
        "announce-is-no-credit-fr",
        "fr",
        "Au Mali, l'armée annonce la mort de 12 soldats dans une embuscade.",
        # announcing is no claim of credit: not the other side's men; a state's army telling of
        # soldiers killed tells of its own (the blind set's "Mali's army said 19 soldiers ...")
        ("killed", "fama", 12, 12, False, "fama", "event"),
    ),
    # --- a sentence that opens on a period frames the report's sentences after it -------------
    c(
        "opened-period-uk",
        "uk",
        "Минулої доби ворог 40 разів атакував наші позиції на Покровському напрямку. Сили оборони ліквідували 210 окупантів.",
        ("killed", "ru", 210, 210, False, "self", "period"),
        side="ua",
    ),
    c(
        "opened-period-ru",
        "ru",
        "За сутки подразделения группировки отразили пять атак.\nПотери противника составили до 180 военнослужащих.",
        ("casualties", "ua", None, 180, False, "self", "period"),
        side="ru",
    ),
    c(
        "opened-period-new-topic-ru",
        "ru",
        "За сутки отражено пять атак. Отдельно сообщается, что под Курском погибли двое мирных жителей.",
        ("killed", "civilians", 2, 2, False, "self", "event"),
        side="ru",
    ),
    # --- "over that week", "за тот же период": a period named by reference -----------------------
    c(
        "same-period-en",
        "en",
        "Kyiv said Russia lost 9,000 soldiers last week. Moscow said Ukrainian losses over that week exceeded 12,000.",
        ("casualties", "ru", 9000, 9000, False, "ua", "period"),
        ("casualties", "ua", 12000, None, False, "ru", "period"),
    ),
    c(
        "same-period-ru",
        "ru",
        "По данным Минобороны РФ, за тот же период ВСУ потеряли свыше 2 тысяч военнослужащих.",
        ("casualties", "ua", 2000, None, False, "ru_mod", "period"),
    ),
    # --- "Об этом сообщил X" after the figures: X speaks for the paragraph before ---------------
    c(
        "about-this-after-ru",
        "ru",
        "В Горловке при обстреле погибли трое мирных жителей. Еще семеро ранены. Об этом сообщил мэр города Иван Приходько.",
        ("killed", "civilians", 3, 3, False, "prikhodko", "event"),
        ("wounded", "civilians", 7, 7, False, "prikhodko", "event"),
    ),
    c(
        "about-this-after-uk",
        "uk",
        "Унаслідок атаки дронів на Херсон загинули двоє людей. Про це повідомив голова ОВА Олександр Прокудін.",
        ("killed", "unknown", 2, 2, False, "prokudin", "event"),
    ),
    # --- "Гладков: ...": a person's name before a colon speaks for the sentence -----------------
    c(
        "person-colon-ru",
        "ru",
        "Пушилин: при обстреле Донецка погибли пять мирных жителей.",
        ("killed", "civilians", 5, 5, False, "pushilin", "event"),
    ),
    c(
        "person-colon-uk",
        "uk",
        "Федоров: унаслідок удару по Запоріжжю загинули 4 людини.",
        ("killed", "unknown", 4, 4, False, "fedorov", "event"),
    ),
    # --- a party's name alone before a colon; in that party's own channel, the channel itself ----
    c(
        "actor-colon-uk",
        "uk",
        "ССО: під час операції знищено 12 окупантів.",
        ("killed", "ru", 12, 12, False, "ua", "event"),
    ),
    c(
        "actor-colon-own-channel-fr",
        "fr",
        "Communiqué du JNIM : 15 soldats maliens tués lors de l'attaque de Boulkessi.",
        ("killed", "fama", 15, 15, False, "self", "event"),
        side="jnim",
    ),
    # --- "... , – ACLED.": a source after a dash at the end of the sentence ---------------------
    c(
        "dash-source-uk",
        "uk",
        "У Судані з початку року загинули понад 3 тисячі цивільних, – ООН.",
        ("killed", "civilians", 3000, None, False, "un", "cumulative"),
    ),
    c(
        "dash-source-ru",
        "ru",
        "В результате удара по рынку погибли 12 человек — Reuters.",
        ("killed", "unknown", 12, 12, False, "reuters", "event"),
    ),
    # --- the Russian ministry's bodies and battlegroup spokesmen are ru_mod ----------------------
    c(
        "ru-mod-battlegroup-ar",
        "ar",
        "قال المتحدث باسم مجموعة قوات «الغرب» إن الجيش الأوكراني خسر 150 جنديا خلال يوم.",
        ("casualties", "ua", 150, 150, False, "ru_mod", "period"),
    ),
    c(
        "ru-mod-reconciliation-en",
        "en",
        "The Russian Reconciliation Center said 25 militants were killed near Idlib.",
        ("killed", "unknown", 25, 25, False, "ru_mod", "event"),
    ),
    # --- "since the war began in April 2023": the month dates the start ------------------------
    c(
        "since-with-month-en",
        "en",
        "Since the war began in April 2023, more than 20,000 people have been killed, the UN said.",
        ("killed", "unknown", 20000, None, False, "un", "cumulative"),
    ),
    c(
        "since-with-month-ru",
        "ru",
        "С начала боевых действий в апреле 2023 года погибли свыше 15 тысяч человек.",
        ("killed", "unknown", 15000, None, False, "self", "cumulative"),
    ),
    # --- a post about another country: Russia's usual enemy is not the victim -----------------
    c(
        "foreign-theatre-ru",
        "ru",
        "Российские ВКС нанесли удары по базам боевиков в Идлибе, ликвидированы более 30 террористов, сообщило Минобороны РФ.",
        ("killed", "unknown", 30, None, False, "ru_mod", "event"),
    ),
    c(
        "home-theatre-ru",
        "ru",
        "Под Купянском ликвидированы более 30 военнослужащих, сообщило Минобороны РФ.",
        ("killed", "ua", 30, None, False, "ru_mod", "event"),
    ),
    # --- "while the army said": the clause's opening word is not part of the speaker ----------
    c(
        "speaker-after-while-en",
        "en",
        "Tuareg rebels said they had killed 30 soldiers, while the Malian army said it had killed dozens of rebels.",
        ("killed", "fama", 30, 30, False, "tuareg", "event"),
        ("killed", "unknown", 20, 99, True, "fama", "event"),
    ),
    c(
        "speaker-after-a-ru",
        "ru",
        "Боевики заявили о гибели 12 солдат, а армия Мали сообщила, что уничтожила около 40 боевиков.",
        # soldiers in a post about Mali's army are its soldiers (the militants fight it)
        ("killed", "fama", 12, 12, False, "boeviki", "event"),
        ("killed", "unknown", 40, 40, True, "fama", "event"),
    ),
    # --- "putting X's losses at N": what follows the reporting word is what was said ----------
    c(
        "content-after-say-en",
        "en",
        "The monitor said 50 fighters died, putting Russian losses at more than 20.",
        ("killed", "unknown", 50, 50, False, "monitor", "event"),
        ("casualties", "ru", 20, None, False, "monitor", "event"),
    ),
    c(
        "content-after-say-fr",
        "fr",
        "Selon l'ONG, 30 civils ont été tués, estimant les pertes russes à une centaine.",
        ("killed", "civilians", 30, 30, False, "ong", "event"),
        ("casualties", "ru", 100, 100, True, "ong", "event"),
    ),
    # --- "an attack claimed by X": responsibility for the attack, not the source of the toll ----
    c(
        "claimed-by-en",
        "en",
        "Five Malian soldiers were killed in an ambush claimed by JNIM.",
        ("killed", "fama", 5, 5, False, "self", "event"),
    ),
    c(
        "claimed-by-fr",
        "fr",
        "Sept soldats maliens ont été tués dans une attaque revendiquée par le JNIM.",
        ("killed", "fama", 7, 7, False, "self", "event"),
    ),
    # --- a name before a passive verb is no killer: "по позициям бригады ВСУ уничтожено" --------
    c(
        "passive-after-owner-ru",
        "ru",
        "Ударом по позициям 47-й бригады ВСУ у Авдеевки уничтожено более 30 военнослужащих.",
        ("killed", "ua", 30, None, False, "self", "event"),
        side="ru",
    ),
    c(
        "passive-after-owner-uk",
        "uk",
        "Під час удару по штабу 76-ї дивізії рф знищено понад 40 військовослужбовців.",
        ("killed", "ru", 40, None, False, "self", "event"),
        side="ua",
    ),
    c(
        "passive-named-killer-stays-ru",
        "ru",
        "ВСУ ликвидировали 12 военнослужащих, сообщил Генштаб ВСУ.",
        ("killed", "ru", 12, 12, False, "ua_general_staff", "event"),
    ),
    # --- a trigger right after the figure's noun decides the kind; the verb before says whose ----
    c(
        "head-split-words-ru",
        "ru",
        "За двое суток противник потерял у Работино около 260 военнослужащих ранеными и убитыми.",
        ("casualties", "ua", 260, 260, True, "self", "period"),
        side="ru",
    ),
    c(
        "head-split-words-uk",
        "uk",
        "Ворог за тиждень втратив на цій ділянці щонайменше 90 осіб убитими.",
        ("killed", "ru", 90, None, False, "self", "period"),
        side="ua",
    ),
    c(
        "head-noun-of-the-dead-ar",
        "ar",
        "وأعلنت مصادر طبية سقوط العشرات من القتلى في صفوف المدنيين بعد القصف.",
        ("killed", "civilians", 20, 99, True, "medical_sources", "event"),
    ),
    c(
        "head-noun-soldiers-killed-fr",
        "fr",
        "L'armée ukrainienne aurait perdu en deux jours près de 300 soldats tués sur le front de Koursk.",
        ("killed", "ua", 300, 300, True, "self", "period"),
    ),
    # --- a verb with a figure of its own right after it is that figure's ------------------------
    c(
        "beside-own-figure-ar",
        "ar",
        "أسفرت الغارة عن مقتل ثلاثة مدنيين وإصابة سبعة آخرين بجروح.",
        ("killed", "civilians", 3, 3, False, "self", "event"),
        ("wounded", "civilians", 7, 7, False, "self", "event"),
    ),
    c(
        "beside-own-figure-en",
        "en",
        "The strike killed four soldiers, wounded nine and left two missing, the brigade said.",
        ("killed", "unknown", 4, 4, False, "brigade", "event"),
        ("wounded", "unknown", 9, 9, False, "brigade", "event"),
        ("missing", "unknown", 2, 2, False, "brigade", "event"),
    ),
    # --- coordination: one verb, several figures --------------------------------------------------
    c(
        "coordination-two-victims-en",
        "en",
        "Thirty Wagner fighters and nine Malian soldiers were captured near Kidal, the FLA said.",
        ("captured", "wagner", 30, 30, False, "tuareg", "event"),
        ("captured", "fama", 9, 9, False, "tuareg", "event"),
    ),
    c(
        "coordination-two-victims-uk",
        "uk",
        "У засідці загинули 12 бійців «Вагнера» та 4 малійські військові.",
        ("killed", "wagner", 12, 12, False, "self", "event"),
        ("killed", "fama", 4, 4, False, "self", "event"),
    ),
    c(
        "coordination-one-victim-sums-en",
        "en",
        "Five farmers and two other villagers were found dead near Mopti, residents said.",
        ("killed", "civilians", 7, 7, False, "residents", "event"),
    ),
    # --- parts of a figure ----------------------------------------------------------------------
    c(
        "part-same-kind-dropped-fr",
        "fr",
        "Au moins 30 civils, dont neuf femmes, ont été tués à Kassala.",
        ("killed", "civilians", 30, None, False, "self", "event"),
    ),
    c(
        "part-same-kind-dropped-ar",
        "ar",
        "قُتل ٢٥ مدنياً بينهم ستة أطفال في قصف على سوق بمدينة نيالا.",
        ("killed", "civilians", 25, 25, False, "self", "event"),
    ),
    c(
        "part-other-kind-kept-uk",
        "uk",
        "За добу ворог втратив 520 осіб, з них 230 — убитими.",
        ("casualties", "ru", 520, 520, False, "self", "period"),
        ("killed", "ru", 230, 230, False, "self", "period"),
        side="ua",
    ),
    c(
        "part-of-them-after-figure-en",
        "en",
        "Twelve soldiers were wounded in the blast, three of them seriously, officials said.",
        ("wounded", "unknown", 12, 12, False, "officials", "event"),
    ),
    c(
        "part-other-period-kept-ru",
        "ru",
        "С начала операции ВСУ потеряли более 40 тысяч военнослужащих, в том числе около 400 за последние сутки.",
        ("casualties", "ua", 40000, None, False, "self", "cumulative"),
        ("casualties", "ua", 400, 400, True, "self", "period"),
        side="ru",
    ),
    c(
        "among-the-captured-sentence-en",
        "en",
        "Our troops took 14 Russian soldiers prisoner. Among the prisoners are two officers.",
        ("captured", "ru", 14, 14, False, "self", "event"),
        side="ua",
    ),
    # --- running totals -------------------------------------------------------------------------
    c(
        "delta-after-noun-fr",
        "fr",
        "Les pertes russes atteignent environ 640 000 hommes (+1 210 en une journée), selon Kyiv.",
        ("casualties", "ru", 640000, 640000, True, "ua", "cumulative"),
        ("casualties", "ru", 1210, 1210, False, "ua", "period"),
    ),
    c(
        "delta-tally-line-ru",
        "ru",
        "Потери противника на сегодня:\nличный состав — около 702 000 (+1 350) человек\nтанки — 9 100 (+7)",
        ("casualties", "ru", 702000, 702000, True, "self", "cumulative"),
        ("casualties", "ru", 1350, 1350, False, "self", "period"),
        side="ua",
    ),
    c(
        "total-after-day-en",
        "en",
        "Kyiv said Russia lost 1,190 soldiers in the past day, bringing the total to about 701,000.",
        ("casualties", "ru", 1190, 1190, False, "ua", "period"),
        ("casualties", "ru", 701000, 701000, True, "ua", "cumulative"),
    ),
    # --- verbs that bound the figure ------------------------------------------------------------
    c(
        "exceed-verb-uk",
        "uk",
        "Безповоротні втрати окупантів на Курщині перевищили 16 тисяч.",
        ("killed", "ru", 16000, None, False, "self", "event"),
        side="ua",
    ),
    c(
        "exceed-negated-fr",
        "fr",
        "Selon l'armée, le nombre de soldats tués n'excède pas douze.",
        ("killed", "unknown", None, 12, False, "army", "event"),
    ),
    c(
        "exceed-verb-first-ar",
        "ar",
        "تجاوز عدد القتلى من المدنيين في مدينة الأبيض مئة منذ بدء الحصار.",
        ("killed", "civilians", 100, None, False, "self", "cumulative"),
    ),
    c(
        "growth-is-exact-en",
        "en",
        "The death toll from Friday's shelling of the market has climbed to 19, health officials said.",
        # a market's dead are civilians (round 7); the growth verb's figure stays exact
        ("killed", "civilians", 19, 19, False, "health_officials", "event"),
    ),
    c(
        "growth-is-exact-ru",
        "ru",
        "Число погибших при обстреле рынка в Донецке возросло до 14.",
        ("killed", "civilians", 14, 14, False, "self", "event"),
    ),
    # --- who: kills and captures told by a side --------------------------------------------------
    c(
        "agentive-capture-by-party-ar",
        "ar",
        "قال الجيش السوداني إنه أسر ٣٠ مقاتلاً خلال هجوم على مدينة الأبيض.",
        ("captured", "rsf", 30, 30, False, "saf", "event"),
    ),
    c(
        "agentive-kill-by-party-fr",
        "fr",
        "Le JNIM affirme avoir tué 25 militaires lors de l'attaque du poste de Dioura, au Mali.",
        ("killed", "fama", 25, 25, False, "jnim", "event"),
    ),
    c(
        "agent-named-own-losses-en",
        "en",
        "Ukraine's army said Russia killed 12 soldiers in a missile strike on a training ground.",
        ("killed", "ua", 12, 12, False, "ua", "event"),
    ),
    c(
        "admission-own-losses-ru",
        "ru",
        "Минобороны России признало гибель 15 военнослужащих при ударе по Курской области.",
        ("killed", "ru", 15, 15, False, "ru_mod", "event"),
    ),
    c(
        "inflicted-on-ar",
        "ar",
        "كبّدت قواتنا فلول المليشيا أكثر من ٨٠ قتيلاً في محور بارا.",
        ("killed", "rsf", 80, None, False, "self", "event"),
        side="saf",
    ),
    c(
        "left-bodies-enemy-ru",
        "ru",
        "Противник откатился, оставив на поле боя около 30 тел.",
        ("killed", "ua", 30, 30, True, "self", "event"),
        side="ru",
    ),
    c(
        "slang-own-losses-uk",
        "uk",
        "Підсумки доби в роті:\n— 200-ті — один\n— 300-ті — четверо",
        ("killed", "ua", 1, 1, False, "self", "period"),
        ("wounded", "ua", 4, 4, False, "self", "period"),
        side="ua",
    ),
    c(
        "theatre-russians-in-mali-en",
        "en",
        "In northern Mali, 11 Russian fighters were killed when FLA rebels ambushed their convoy.",
        ("killed", "wagner", 11, 11, False, "self", "event"),
    ),
    c(
        "loss-verb-pronoun-ru",
        "ru",
        "Армия Нигера сообщила, что потеряла в бою восемь солдат.",
        ("killed", "unknown", 8, 8, False, "niger_army", "event"),
    ),
    # --- claimants ------------------------------------------------------------------------------
    c(
        "colon-speaker-leads-paragraph-uk",
        "uk",
        "Генштаб ЗСУ: за минулу добу ворог втратив 1 280 осіб. Загалом від початку вторгнення окупанти втратили понад 700 тисяч.",
        ("casualties", "ru", 1280, 1280, False, "ua_gs", "period"),
        ("casualties", "ru", 700000, None, False, "ua_gs", "cumulative"),
    ),
    c(
        "media-are-not-the-party-ru",
        "ru",
        "Украинские каналы пишут, что под Сумами погибли 18 военнослужащих 41-й бригады.",
        ("killed", "unknown", 18, 18, False, "ukrainian_channels", "event"),
    ),
    c(
        "according-with-pronoun-uk",
        "uk",
        "Речник угруповання заявив, що ворог втратив 300 осіб. За його словами, щодня окупанти втрачають сотні.",
        ("killed", "ru", 300, 300, False, "spokesman", "event"),
        ("casualties", "ru", 200, 999, True, "spokesman", "period"),
        side="ua",
    ),
    # --- numbers that count no one --------------------------------------------------------------
    c(
        "nonclaim-dates-and-ages-en",
        "en",
        "On March 3, a 45-year-old driver and his two passengers were killed on Route 7.",
        # the date and the age count no one; the driver does: one and two, summed under one verb
        ("killed", "civilians", 3, 3, False, "self", "event"),
    ),
    c(
        "nonclaim-percent-ar",
        "ar",
        "تراجعت خسائر الجيش بنسبة ٤٠٪ خلال شهر أكتوبر.",
    ),
    c(
        "nonclaim-agent-by-en",
        "en",
        "The village was attacked by 40 gunmen on motorbikes; no deaths were reported.",
        ("killed", "unknown", 0, 0, False, "self", "event"),
    ),
    c(
        "nonclaim-own-verb-en",
        "en",
        "Two people were killed as thousands protested in the capital.",
        ("killed", "unknown", 2, 2, False, "self", "event"),
    ),
    c(
        "nonclaim-release-fr",
        "fr",
        "Le FLA a libéré 12 soldats maliens faits prisonniers en juillet.",
    ),
    c(
        "nonclaim-bodies-handed-ru",
        "ru",
        "В ходе репатриации Украине передали тела 757 погибших военнослужащих.",
    ),
    # --- asides cost nothing to cross -----------------------------------------------------------
    c(
        "aside-including-en",
        "en",
        "At least nine members of one family, including three children, were killed in the strike.",
        ("killed", "unknown", 9, None, False, "self", "event"),
    ),
    c(
        "aside-mostly-is-mixed-fr",
        "fr",
        "Au moins 40 personnes, pour la plupart des femmes, ont été blessées à Goma.",
        ("wounded", "unknown", 40, None, False, "self", "event"),
    ),
    c(
        "apposition-all-civilians-en",
        "en",
        "Six people were killed overnight in Kherson, all of them civilians, the governor said.",
        ("killed", "civilians", 6, 6, False, "governor", "event"),
    ),
    # --- "a journalist was killed": one -----------------------------------------------------------
    c(
        "article-one-en",
        "en",
        "A local journalist was shot dead outside his home in Gao on Tuesday.",
        ("killed", "civilians", 1, 1, False, "self", "event"),
    ),
    c(
        "article-not-a-drone-en",
        "en",
        "A Russian drone killed three civilians in Kherson.",
        ("killed", "civilians", 3, 3, False, "self", "event"),
    ),
    # --- zero claims ----------------------------------------------------------------------------
    c(
        "zero-no-soldier-killed-en",
        "en",
        "No Ukrainian soldiers were wounded in the night attack, the brigade said.",
        ("wounded", "ua", 0, 0, False, "brigade", "event"),
    ),
    c(
        "zero-not-mentioned-is-no-zero-ar",
        "ar",
        "ولم يذكر البيان الرسمي أي قتلى في صفوف القوات.",
    ),
    c(
        "zero-inherits-post-scope-ru",
        "ru",
        "За сутки уничтожено 60 боевиков ВСУ. Потерь с нашей стороны нет.",
        ("killed", "ua", 60, 60, False, "self", "period"),
        ("casualties", "ru", 0, 0, False, "self", "period"),
        side="ru",
    ),
    # --- scope ----------------------------------------------------------------------------------
    c(
        "since-after-superlative-en",
        "en",
        "At least 30 people were killed in the deadliest attack on the town since 2019.",
        ("killed", "unknown", 30, None, False, "self", "event"),
    ),
    c(
        "last-week-tally-fr",
        "fr",
        "Les forces russes ont perdu environ 2 900 hommes la semaine dernière, selon Kiev.",
        ("casualties", "ru", 2900, 2900, True, "ua", "period"),
    ),
    # --- Arabic numbers -------------------------------------------------------------------------
    c(
        "ar-thousands-and-remainder",
        "ar",
        "قُتل أكثر من ١٥ ألفاً و٢٠٠ مدني منذ بدء الحرب، بحسب الأمم المتحدة.",
        ("killed", "civilians", 15200, None, False, "un", "cumulative"),
    ),
    c(
        "ar-construct-dual",
        "ar",
        "أسر الجيش ألفي عنصر من المليشيا المتمردة خلال شهر.",
        ("captured", "rsf", 2000, 2000, False, "self", "period"),
    ),
    # --- case-sensitive names -------------------------------------------------------------------
    c(
        "is-the-verb-is-not-islamic-state-en",
        "en",
        "The enemy is losing about 200 men a day near Pokrovsk.",
        ("casualties", "ru", 200, 200, True, "self", "period"),
        side="ua",
    ),
    c(
        "is-the-group-en",
        "en",
        "Nigerien troops killed 17 IS fighters near Menaka.",
        ("killed", "is", 17, 17, False, "self", "event"),
    ),
    # --- a range's multiplier said once, after its second end, scales both ends ----------------
    c(
        "range-scale-ru",
        "ru",
        "Всего за время осады погибли от 165 до 235 тысяч мирных жителей.",
        ("killed", "civilians", 165000, 235000, False, "self", "cumulative"),
    ),
    c(
        "range-scale-fraction-ru",
        "ru",
        "За месяц боёв противник потерял от 2,8 до 3,1 тыс. человек только убитыми.",
        ("killed", "ua", 2800, 3100, False, "self", "period"),
        side="ru",
    ),
    c(
        "range-scale-uk",
        "uk",
        "Під час облоги міста загинули від 20 до 25 тисяч мешканців.",
        ("killed", "civilians", 20000, 25000, False, "self", "event"),
    ),
    c(
        "range-scale-en",
        "en",
        "Between 40 and 50 thousand civilians were killed during the siege.",
        ("killed", "civilians", 40000, 50000, False, "self", "event"),
    ),
    c(
        "range-scale-grouped-fr",
        "fr",
        "Entre 10 et 15 000 civils ont été tués pendant le siège de la ville.",
        ("killed", "civilians", 10000, 15000, False, "self", "event"),
    ),
    c(
        "range-scale-ar",
        "ar",
        "قُتل ما بين ٢٠ و٢٥ ألف مدني خلال حصار المدينة.",
        ("killed", "civilians", 20000, 25000, False, "self", "event"),
    ),
    c(
        "range-no-scale-en",
        "en",
        "Between 5 and 7 civilians were killed and from 3 to 1,000 were feared hurt.",
        ("killed", "civilians", 5, 7, False, "self", "event"),
        ("wounded", "civilians", 3, 1000, False, "self", "event"),
    ),
    # --- "only killed": the word of the split decides past "only" ------------------------------
    c(
        "only-killed-ru",
        "ru",
        "За месяц противник потерял у Торецка 300 человек только убитыми.",
        ("killed", "ua", 300, 300, False, "self", "period"),
        side="ru",
    ),
    c(
        "only-killed-uk",
        "uk",
        "За місяць ворог втратив під Часовим Яром 300 осіб лише вбитими.",
        ("killed", "ru", 300, 300, False, "self", "period"),
        side="ua",
    ),
    # --- prisoners executed are killed, not captured -------------------------------------------
    c(
        "pow-executed-noun-ru",
        "ru",
        "Следователи расследуют расстрел 16 украинских военнопленных под Покровском.",
        ("killed", "ua", 16, 16, False, "self", "event"),
    ),
    c(
        "pow-executed-surrendered-ru",
        "ru",
        "Под Угледаром расстреляли 9 сдавшихся украинских бойцов.",
        ("killed", "ua", 9, 9, False, "self", "event"),
    ),
    c(
        "pow-executed-passive-uk",
        "uk",
        "Шестеро полонених українців були розстріляні на Покровському напрямку.",
        ("killed", "ua", 6, 6, False, "self", "event"),
    ),
    c(
        "pow-executed-passive-en",
        "en",
        "At least 124 Ukrainian POWs have been executed since the invasion began.",
        ("killed", "ua", 124, None, False, "self", "cumulative"),
    ),
    c(
        "pow-executed-surrendering-en",
        "en",
        "Investigators say nine surrendering Ukrainian soldiers were shot dead near Pokrovsk.",
        ("killed", "ua", 9, 9, False, "investigators", "event"),
    ),
    c(
        "pow-executed-passive-fr",
        "fr",
        "Six prisonniers ukrainiens ont été exécutés près de Pokrovsk.",
        ("killed", "ua", 6, 6, False, "self", "event"),
    ),
    c(
        "pow-executed-ar",
        "ar",
        "أعدمت قوات روسية ستة أسرى أوكرانيين قرب بوكروفسك.",
        ("killed", "ua", 6, 6, False, "self", "event"),
    ),
    c(
        "pow-captured-then-killed-en",
        "en",
        "Ukrainian troops captured 12 Russian soldiers and killed 30 more near Avdiivka.",
        ("captured", "ru", 12, 12, False, "self", "event"),
        ("killed", "ru", 30, 30, False, "self", "event"),
    ),
    # --- "Мінус N «двохсотих»": a side's tally of what it took out counts the enemy -----------
    c(
        "minus-slang-uk",
        "uk",
        "Мінус 14 «двохсотих» і 9 «трьохсотих» 🔥 Такий результат нічної роботи наших дронарів.",
        ("killed", "ru", 14, 14, False, "self", "event"),
        ("wounded", "ru", 9, 9, False, "self", "event"),
        side="ua",
    ),
    c(
        "minus-slang-ru",
        "ru",
        "Минус 12 «двухсотых» и 5 «трёхсотых» — результат работы наших артиллеристов.",
        ("killed", "ua", 12, 12, False, "self", "event"),
        ("wounded", "ua", 5, 5, False, "self", "event"),
        side="ru",
    ),
    c(
        "minus-own-slang-list-ru",
        "ru",
        "У нас за неделю двое двухсотых и один трёхсотый.",
        ("killed", "ru", 2, 2, False, "self", "period"),
        ("wounded", "ru", 1, 1, False, "self", "period"),
        side="ru",
    ),
    # --- bodies handed back and prisoners returned are no toll, in every language -------------
    c(
        "repatriation-returned-ru",
        "ru",
        "Из плена возвращены 84 российских военнослужащих. Ещё 12 возвращены по линии МККК.",
    ),
    c(
        "repatriation-returned-captured-ru",
        "ru",
        "Возвращены 64 военнослужащих, попавших в плен под Суджей.",
    ),
    c(
        "repatriation-bodies-exchanged-ru",
        "ru",
        "Стороны снова обменялись телами погибших: 502 против 38.",
    ),
    c(
        "repatriation-returned-uk",
        "uk",
        "Додому повернуто 95 захисників, які потрапили в полон на Маріупольському напрямку.",
    ),
    c(
        "repatriation-received-en",
        "en",
        "Kyiv received 502 bodies, most of them soldiers killed near Bakhmut.",
    ),
    c(
        "repatriation-received-fr",
        "fr",
        "L'Ukraine a reçu 502 corps de soldats tués dans l'est du pays.",
    ),
    c(
        "repatriation-handed-ar",
        "ar",
        "سلمت روسيا جثث ٥٠٢ جندي أوكراني قتلوا في الشرق.",
    ),
    # --- equipment counted with a kill verb: the noun after the figure vetoes it -------------
    c(
        "equipment-uav-adjective-ru",
        "ru",
        "Ночью сбиты и уничтожены 35 украинских беспилотных летательных аппаратов над Брянском.",
        side="ru",
    ),
    c(
        "equipment-uav-adjective-uk",
        "uk",
        "Знищено 28 російських безпілотних літальних апаратів типу «Шахед».",
        side="ua",
    ),
    c(
        "equipment-dugout-uk",
        "uk",
        "Оператори бригади уразили 17 ворожих бліндажів і 4 окопи.",
        side="ua",
    ),
    c(
        "equipment-fixed-wing-en",
        "en",
        "Air defences shot down and destroyed 35 Ukrainian fixed-wing drones overnight.",
        side="ru",
    ),
    # --- a zero claim for a unit's own personnel: "among" and whose cost no distance ----------
    c(
        "zero-personnel-unit-uk",
        "uk",
        "Штурм відбито. Втрат серед особового складу бригади немає.",
        ("casualties", "ua", 0, 0, False, "self", "event"),
        side="ua",
    ),
    c(
        "zero-personnel-unit-ru",
        "ru",
        "Атака отражена. Потерь среди личного состава нашего батальона нет.",
        ("casualties", "ru", 0, 0, False, "self", "event"),
        side="ru",
    ),
    c(
        "zero-personnel-unit-en",
        "en",
        "The assault was repelled. There were no losses among the personnel of our brigade.",
        ("casualties", "ua", 0, 0, False, "self", "event"),
        side="ua",
    ),
    c(
        "zero-personnel-unit-fr",
        "fr",
        "L'assaut a été repoussé. Aucune perte n'est à déplorer dans les rangs de nos unités.",
        ("casualties", "fama", 0, 0, False, "self", "event"),
        side="fama",
    ),
    # --- "Украинские войска потеряли": an army word after a nationality is that side ---------
    c(
        "army-nationality-subject-ru",
        "ru",
        "Украинские войска за неделю потеряли на купянском направлении свыше 600 человек убитыми и ранеными, заявил военный эксперт Андрей Марочко.",
        ("casualties", "ua", 600, None, False, "marochko", "period"),
    ),
    c(
        "army-nationality-subject-uk",
        "uk",
        "Російські війська за тиждень втратили на Покровському напрямку понад 900 військових.",
        ("casualties", "ru", 900, None, False, "self", "period"),
    ),
    c(
        "army-nationality-subject-en",
        "en",
        "Ukraine's armed forces lost up to 470 troops over the past 24 hours near Pokrovsk.",
        ("casualties", "ua", None, 470, False, "self", "period"),
    ),
    # --- "its spokesman", "the group's spokesman": the body the sentence named before --------
    c(
        "poss-spokesman-battlegroup-en",
        "en",
        "Ukraine's armed forces lost up to 470 troops over the past day in the area of Russia's Battlegroup Center, the group's spokesman Alexander Savchuk said.",
        ("casualties", "ua", None, 470, False, "ru_mod", "period"),
    ),
    c(
        "poss-spokesman-battlegroup-fr",
        "fr",
        "L'Ukraine a perdu jusqu'à 300 soldats en 24 heures dans la zone du groupement russe Est, a déclaré son porte-parole.",
        ("casualties", "ua", None, 300, False, "ru_mod", "period"),
    ),
    c(
        "poss-spokesman-group-en",
        "en",
        "JNIM fighters killed 12 Malian soldiers near Boulkessi, the group's spokesman said.",
        ("killed", "fama", 12, 12, False, "jnim", "event"),
    ),
    # --- Arabic thousands in words and a remainder in digits are one number ------------------
    c(
        "ar-thousand-and-digits",
        "ar",
        "بلغ عدد القتلى المدنيين خلال العام الماضي ألفاً و٣٤٠ قتيلاً.",
        ("killed", "civilians", 1340, 1340, False, "self", "period"),
    ),
    c(
        "ar-count-thousands-and-digits",
        "ar",
        "قُتل ثلاثة آلاف و٤٠٠ مدني في المدينة.",
        ("killed", "civilians", 3400, 3400, False, "self", "event"),
    ),
    c(
        "ar-count-thousands-alone",
        "ar",
        "قُتل خمسة آلاف مدني وأصيب ٩٠٠ آخرون.",
        ("killed", "civilians", 5000, 5000, False, "self", "event"),
        ("wounded", "civilians", 900, 900, False, "self", "event"),
    ),
    c(
        "ar-million-and-construct-dual",
        "ar",
        "قُتل مليون ومئتا ألف شخص منذ بداية الحرب.",
        ("killed", "unknown", 1200000, 1200000, False, "self", "cumulative"),
    ),
    c(
        "ar-dual-thousand-and-digits",
        "ar",
        "قُتل ألفان و٣٠٠ مدني منذ بداية الحرب.",
        ("killed", "civilians", 2300, 2300, False, "self", "cumulative"),
    ),
    # --- a tally by place: each place's figure is a claim, with its own qualifier ---------------
    c(
        "tally-by-place-ru",
        "ru",
        "Потери ВСУ на северном направлении составили до 310 военнослужащих, на восточном – до 150 военнослужащих.",
        ("casualties", "ua", None, 310, False, "self", "event"),
        ("casualties", "ua", None, 150, False, "self", "event"),
    ),
    c(
        "tally-by-place-ar",
        "ar",
        "وقالت الوزارة إن خسائر الجيش الأوكراني في منطقة الشمال بلغت 310 عسكرياً، وفي منطقة الشرق حتى 150 عسكرياً.",
        ("casualties", "ua", 310, 310, False, "alwzara", "event"),
        ("casualties", "ua", None, 150, False, "alwzara", "event"),
    ),
    c(
        "tally-by-place-en",
        "en",
        "The enemy lost up to 310 servicemen in the north, and up to 150 soldiers in the east.",
        ("killed", "ua", None, 310, False, "self", "event"),
        ("killed", "ua", None, 150, False, "self", "event"),
        side="ru",
    ),
    c(
        "tally-by-place-fr",
        "fr",
        "L'ennemi a perdu jusqu'à 310 militaires dans le nord, et jusqu'à 150 soldats dans l'est.",
        ("killed", "ua", None, 310, False, "self", "event"),
        ("killed", "ua", None, 150, False, "self", "event"),
        side="ru",
    ),
    # --- worshippers, pupils, villagers, patients, drivers are civilians, in every inflection ---
    c(
        "civ-worshippers-ru",
        "ru",
        "Во время пятничной молитвы в мечети погибли 31 молящийся, ещё 40 молящихся ранены.",
        ("killed", "civilians", 31, 31, False, "self", "event"),
        ("wounded", "civilians", 40, 40, False, "self", "event"),
    ),
    c(
        "civ-schoolgirls-ru",
        "ru",
        "Боевики похитили из интерната 63 школьницы.",
        ("captured", "civilians", 63, 63, False, "self", "event"),
    ),
    c(
        "civ-villagers-patients-ru",
        "ru",
        "При обстреле погибли четверо сельчан и двое пациентов районной больницы.",
        ("killed", "civilians", 6, 6, False, "self", "event"),
    ),
    c(
        "civ-driver-singular-ru",
        "ru",
        "Дрон атаковал автобус: ранены 9 пассажиров, погиб водитель.",
        ("wounded", "civilians", 9, 9, False, "self", "event"),
        ("killed", "civilians", 1, 1, False, "self", "event"),
    ),
    c(
        "civ-driver-singular-uk",
        "uk",
        "Дрон атакував маршрутку: поранено 6 пасажирів, водій загинув.",
        ("wounded", "civilians", 6, 6, False, "self", "event"),
        ("killed", "civilians", 1, 1, False, "self", "event"),
    ),
    c(
        "civ-resident-singular-uk",
        "uk",
        "Унаслідок нічного обстрілу Нікополя загинув мирний мешканець.",
        ("killed", "civilians", 1, 1, False, "self", "event"),
    ),
    c(
        "civ-worshippers-pupils-uk",
        "uk",
        "Під час удару загинули 12 вірян і троє учнів недільної школи.",
        ("killed", "civilians", 15, 15, False, "self", "event"),
    ),
    c(
        "civ-schoolgirls-en",
        "en",
        "Gunmen abducted 48 schoolgirls from a boarding school in Zamfara.",
        ("captured", "civilians", 48, 48, False, "self", "event"),
    ),
    c(
        "civ-fishermen-students-fr",
        "fr",
        "Des hommes armés ont tué sept pêcheurs et enlevé 25 lycéens près du lac.",
        ("killed", "civilians", 7, 7, False, "self", "event"),
        ("captured", "civilians", 25, 25, False, "self", "event"),
    ),
    c(
        "civ-pupils-fishermen-ar",
        "ar",
        "اختطف مسلحون ٨٠ تلميذة من مدرستهن، وقتلوا ١٢ صياداً قرب البحيرة.",
        ("captured", "civilians", 80, 80, False, "self", "event"),
        ("killed", "civilians", 12, 12, False, "self", "event"),
    ),
    # --- "у них" is the enemy; "по нашему участку" is where they fell, not whose they were ------
    c(
        "their-slang-our-sector-ru",
        "ru",
        "Ночью у них по нашему участку только подтверждённых семнадцать двухсотых.",
        ("killed", "ua", 17, 17, False, "self", "event"),
        side="ru",
    ),
    c(
        "their-slang-our-sector-uk",
        "uk",
        "За тиждень у них на нашій ділянці щонайменше 90 підтверджених «двохсотих».",
        ("killed", "ru", 90, None, False, "self", "period"),
        side="ua",
    ),
    c(
        "enemy-lost-our-sector-uk",
        "uk",
        "Ворог втратив 64 «трьохсотих» на нашій ділянці фронту.",
        ("wounded", "ru", 64, 64, False, "self", "event"),
        side="ua",
    ),
    c(
        "our-company-still-ours-ru",
        "ru",
        "По нашей роте за месяц: 200-х — трое, 300-х — семеро.",
        ("killed", "ru", 3, 3, False, "self", "period"),
        ("wounded", "ru", 7, 7, False, "self", "period"),
        side="ru",
    ),
    # --- "its"/"ses"/"её" in reported speech: the party the sentence said lost men -------------
    c(
        "poss-loser-reported-fr",
        "fr",
        "Selon l'état-major ukrainien, la Russie a perdu 1 050 soldats en 24 heures, ce qui porterait à 980 400 le nombre total de ses militaires tués ou blessés depuis le début de l'invasion.",
        ("casualties", "ru", 1050, 1050, False, "ua_gs", "period"),
        ("casualties", "ru", 980400, 980400, False, "ua_gs", "cumulative"),
    ),
    c(
        "poss-loser-reported-ru",
        "ru",
        "По данным Генштаба ВСУ, Россия за сутки потеряла 1 200 военных, а общее число её погибших и раненых достигло 700 тысяч с начала вторжения.",
        ("casualties", "ru", 1200, 1200, False, "ua_gs", "period"),
        ("casualties", "ru", 700000, 700000, False, "ua_gs", "cumulative"),
    ),
    c(
        "poss-attacker-not-loser-en",
        "en",
        "The Malian army said JNIM attacked its base in Boulkessi, killing 5 of its soldiers.",
        ("killed", "fama", 5, 5, False, "fama", "event"),
    ),
    # --- "cost X N men": X lost them; a capital stands for its state ---------------------------
    c(
        "cost-capital-fr",
        "fr",
        "La bataille de Koursk a coûté à Kiev près de 2 500 hommes tués ou blessés depuis août.",
        ("casualties", "ua", 2500, 2500, True, "self", "cumulative"),
    ),
    c(
        "cost-capital-en",
        "en",
        "The summer offensive has cost Moscow nearly 4,100 men killed or wounded since June.",
        ("casualties", "ru", 4100, 4100, True, "self", "cumulative"),
    ),
    c(
        "cost-capital-ru",
        "ru",
        "Курская авантюра обошлась Киеву почти в 2 500 убитых и раненых.",
        ("casualties", "ua", 2500, 2500, True, "self", "event"),
    ),
    c(
        "cost-capital-uk",
        "uk",
        "Літній наступ коштував Москві майже 4 100 убитих і поранених.",
        ("casualties", "ru", 4100, 4100, True, "self", "event"),
    ),
    c(
        "capital-subject-ar",
        "ar",
        "خسرت موسكو ٣٠٠ جندي في الهجوم.",
        ("killed", "ru", 300, 300, False, "self", "event"),
    ),
    c(
        "capital-place-ru",
        "ru",
        "В Киеве при ракетном ударе погибли 5 человек.",
        ("killed", "unknown", 5, 5, False, "self", "event"),
    ),
    # --- one figure for two kinds is casualties; a toll split into dead and wounded too --------
    c(
        "combined-kill-wound-ar",
        "ar",
        "أعلن الجيش مقتل وإصابة ١٧ عنصراً من قوات الدعم السريع في الاشتباك.",
        ("casualties", "rsf", 17, 17, False, "saf", "event"),
    ),
    c(
        "combined-own-figures-ar",
        "ar",
        "وقالت القناة إن ستة من عناصر الفيلق الأفريقي قُتلوا وأصيب أربعة آخرون في الكمين.",
        ("killed", "wagner", 6, 6, False, "self", "event"),
        ("wounded", "wagner", 4, 4, False, "self", "event"),
    ),
    c(
        "combined-or-en",
        "en",
        "The shelling killed or injured 14 civilians in the market.",
        ("casualties", "civilians", 14, 14, False, "self", "event"),
    ),
    c(
        "split-total-victims-fr",
        "fr",
        "La mission a recensé 1 211 victimes civiles en mai : 139 tués et 1 072 blessés.",
        ("casualties", "civilians", 1211, 1211, False, "mission", "period"),
        ("killed", "civilians", 139, 139, False, "mission", "period"),
        ("wounded", "civilians", 1072, 1072, False, "mission", "period"),
    ),
    c(
        "split-total-victims-ru",
        "ru",
        "В мае зафиксированы 1 211 жертв среди мирных жителей: 139 погибших и 1 072 раненых.",
        ("casualties", "civilians", 1211, 1211, False, "self", "period"),
        ("killed", "civilians", 139, 139, False, "self", "period"),
        ("wounded", "civilians", 1072, 1072, False, "self", "period"),
    ),
    # --- "people" stay nobody's beside civilians; how some of the wounded are is a part --------
    c(
        "people-beside-civilians-en",
        "en",
        "The bombing killed 25 worshippers and wounded 63 people.",
        ("killed", "civilians", 25, 25, False, "self", "event"),
        ("wounded", "unknown", 63, 63, False, "self", "event"),
    ),
    c(
        "condition-part-ru",
        "ru",
        "Погибли двое мирных жителей, ещё пятеро ранены, одна женщина в тяжёлом состоянии.",
        ("killed", "civilians", 2, 2, False, "self", "event"),
        ("wounded", "civilians", 5, 5, False, "self", "event"),
    ),
    c(
        "condition-part-uk",
        "uk",
        "Поранено дев'ятьох людей, одна дитина у важкому стані.",
        ("wounded", "unknown", 9, 9, False, "self", "event"),
    ),
    c(
        "condition-part-en",
        "en",
        "Fourteen people were wounded, two in critical condition.",
        ("wounded", "unknown", 14, 14, False, "self", "event"),
    ),
    c(
        "condition-part-fr",
        "fr",
        "Onze personnes ont été blessées, trois dans un état grave.",
        ("wounded", "unknown", 11, 11, False, "self", "event"),
    ),
    c(
        "condition-part-ar",
        "ar",
        "أصيب ١١ شخصاً، ثلاثة في حالة خطيرة.",
        ("wounded", "unknown", 11, 11, False, "self", "event"),
    ),
    c(
        "people-coordinated-with-civilians-en",
        "en",
        "Officials said two women and three minors were killed in the shooting.",
        ("killed", "civilians", 5, 5, False, "officials", "event"),
    ),
    # --- a ministry of another country is not the Russian MoD; its soldiers are nobody's here ---
    c(
        "foreign-ministry-ru",
        "ru",
        "Боевики ИГ напали на заставу у Тиллабери. По данным Минобороны Нигера, погибли 12 военнослужащих, ещё несколько ранены.",
        ("killed", "unknown", 12, 12, False, "niger_mod", "event"),
        ("wounded", "unknown", 2, 9, True, "niger_mod", "event"),
    ),
    c(
        "foreign-ministry-party-ru",
        "ru",
        "По данным Минобороны Украины, российские войска потеряли за сутки 1 100 военных.",
        ("casualties", "ru", 1100, 1100, False, "ua", "period"),
    ),
    c(
        "own-ministry-ru",
        "ru",
        "По данным Минобороны России, за неделю уничтожено 290 военнослужащих ВСУ.",
        ("killed", "ua", 290, 290, False, "ru_mod", "period"),
    ),
    # --- "terrorists" killed by an army name no group, unless the post gave the word a name ----
    c(
        "militants-unnamed-ru",
        "ru",
        "ДжНИМ атаковала базу в Булкесси. Армия Мали заявила, что уничтожено около 60 боевиков.",
        ("killed", "unknown", 60, 60, True, "fama", "event"),
    ),
    c(
        "militants-unnamed-ar",
        "ar",
        "هاجمت جماعة نصرة الإسلام والمسلمين القاعدة. وقال الجيش المالي إنه قتل نحو ٦٠ إرهابياً.",
        ("killed", "unknown", 60, 60, True, "fama", "event"),
    ),
    c(
        "militants-unnamed-fr",
        "fr",
        "Le JNIM a attaqué la base de Boulkessi. L'armée malienne affirme avoir neutralisé une soixantaine de terroristes.",
        ("killed", "unknown", 60, 60, True, "fama", "event"),
    ),
    c(
        "militants-named-before-fr",
        "fr",
        "Les FAMa ont neutralisé un groupe de terroristes du soi-disant FLA près d'Anéfis. Bilan : 11 terroristes neutralisés.",
        ("killed", "tuareg", 11, 11, False, "self", "event"),
        side="fama",
    ),
    c(
        "militants-war-channel-ru",
        "ru",
        "Под Торецком уничтожено 40 боевиков.",
        ("killed", "ua", 40, 40, False, "self", "event"),
        side="ru",
    ),
    # --- the day's delta said in prose beside a running total is a period claim ----------------
    c(
        "delta-prose-increase-en",
        "en",
        "Russia has lost 702,000 troops since the invasion, an increase of 1,140 over the past day.",
        ("casualties", "ru", 702000, 702000, False, "self", "cumulative"),
        ("casualties", "ru", 1140, 1140, False, "self", "period"),
    ),
    c(
        "delta-prose-up-en",
        "en",
        "Russia has lost 702,000 troops since the invasion, up 1,140 from the day before.",
        ("casualties", "ru", 702000, 702000, False, "self", "cumulative"),
        ("casualties", "ru", 1140, 1140, False, "self", "period"),
    ),
    c(
        "delta-prose-veille-fr",
        "fr",
        "La Russie a perdu 702 000 soldats depuis l'invasion, soit 1 140 de plus que la veille.",
        ("casualties", "ru", 702000, 702000, False, "self", "cumulative"),
        ("casualties", "ru", 1140, 1140, False, "self", "period"),
    ),
    # --- "for comparison: in September – N": the same tally over another period ----------------
    c(
        "compare-month-uk",
        "uk",
        "Втрати ворога за листопад склали 29 870 осіб. Для порівняння: у жовтні – 31 240.",
        ("casualties", "ru", 29870, 29870, False, "self", "period"),
        ("casualties", "ru", 31240, 31240, False, "self", "period"),
        side="ua",
    ),
    c(
        "compare-month-ru",
        "ru",
        "Потери противника за ноябрь составили 29 870 человек. Для сравнения: в октябре — 31 240.",
        ("casualties", "ua", 29870, 29870, False, "self", "period"),
        ("casualties", "ua", 31240, 31240, False, "self", "period"),
        side="ru",
    ),
    c(
        "compare-month-en",
        "en",
        "Russian losses in November reached 29,870 troops. For comparison, in October – 31,240.",
        ("casualties", "ru", 29870, 29870, False, "self", "period"),
        ("casualties", "ru", 31240, 31240, False, "self", "period"),
    ),
    # --- "X, which claimed the attack, said": the name before the relative pronoun speaks ------
    c(
        "relative-speaker-en",
        "en",
        "JNIM, which claimed the attack, said it killed 40 Malian soldiers.",
        ("killed", "fama", 40, 40, False, "jnim", "event"),
    ),
    c(
        "relative-speaker-fr",
        "fr",
        "Le JNIM, qui a revendiqué l'attaque, affirme avoir tué 40 soldats maliens.",
        ("killed", "fama", 40, 40, False, "jnim", "event"),
    ),
    c(
        "relative-speaker-ru",
        "ru",
        "ДжНИМ, который взял на себя ответственность за нападение, заявил, что убил 40 малийских военных.",
        ("killed", "fama", 40, 40, False, "jnim", "event"),
    ),
    # --- a side's channel that took people prisoner counts the other side's men ---------------
    c(
        "captured-people-by-us-ru",
        "ru",
        "Под Курском взяли в плен тридцать одного человека, большинство — из 22-й бригады.",
        ("captured", "ua", 31, 31, False, "self", "event"),
        side="ru",
    ),
    c(
        "captured-people-by-us-uk",
        "uk",
        "Наші бійці взяли в полон 14 осіб.",
        ("captured", "ru", 14, 14, False, "self", "event"),
        side="ua",
    ),
    c(
        "abducted-people-no-side-en",
        "en",
        "Gunmen abducted 27 people from the village on Sunday.",
        ("captured", "unknown", 27, 27, False, "self", "event"),
    ),
    # --- a figure that a verb of its own takes after "and" is not the losses' figure ----------
    c(
        "own-verb-after-and-ru",
        "ru",
        "Противник несёт огромные потери и бросает в атаки десятки штурмовиков.",
        side="ru",
    ),
    c(
        "own-verb-after-and-uk",
        "uk",
        "Ворог зазнає величезних втрат і кидає в атаки сотні піхотинців.",
        side="ua",
    ),
    # --- a commander-in-chief of a side, then a colon, speaks for that side ---------------------
    c(
        "commander-colon-uk",
        "uk",
        "Головнокомандувач ЗСУ Олександр Сирський: за час операції втрати ворога склали понад 41 тис. військових.",
        ("casualties", "ru", 41000, None, False, "ua", "cumulative"),
    ),
    c(
        "commander-colon-ru",
        "ru",
        "Главнокомандующий ВСУ Александр Сырский: за время операции потери противника составили более 41 тысячи военных.",
        ("casualties", "ru", 41000, None, False, "ua", "cumulative"),
    ),
    # --- "N – verb" in a breakdown: the word after the dash is that figure's --------------------
    c(
        "dash-breakdown-uk",
        "uk",
        "На цьому напрямку сьогодні знешкоджено 210 окупантів, з них 95 – ліквідовано, 115 – поранено.",
        ("casualties", "ru", 210, 210, False, "self", "event"),
        ("killed", "ru", 95, 95, False, "self", "event"),
        ("wounded", "ru", 115, 115, False, "self", "event"),
        side="ua",
    ),
    c(
        "dash-breakdown-ru",
        "ru",
        "На этом направлении сегодня поражено 210 военнослужащих противника, из них 95 – убиты, 115 – ранены.",
        ("casualties", "ua", 210, 210, False, "self", "event"),
        ("killed", "ua", 95, 95, False, "self", "event"),
        ("wounded", "ua", 115, 115, False, "self", "event"),
        side="ru",
    ),
    # --- a relative clause between a figure and its verb is an aside -------------------------
    c(
        "relative-aside-uk",
        "uk",
        "Вранці троє росіян, які заблукали в руїнах, самі вийшли на наші позиції й здалися в полон.",
        ("captured", "ru", 3, 3, False, "self", "event"),
        side="ua",
    ),
    c(
        "relative-aside-ru",
        "ru",
        "Утром двое украинцев, которые заблудились в посадке, сами вышли на наши позиции и сдались в плен.",
        ("captured", "ua", 2, 2, False, "self", "event"),
        side="ru",
    ),
    c(
        "relative-aside-own-figure-en",
        "en",
        "The brigade, which has about 2,000 soldiers, lost 35 men near Bakhmut.",
        ("killed", "unknown", 35, 35, False, "self", "event"),
    ),
    # --- "we had N killed" in the quoted words of a side's soldier: that side's, by that side ---
    c(
        "we-had-quoted-en",
        "en",
        'A Ukrainian platoon commander said: "We had three killed and about a dozen wounded."',
        ("killed", "ua", 3, 3, False, "ua", "event"),
        ("wounded", "ua", 12, 12, True, "ua", "event"),
    ),
    c(
        "we-had-quoted-fr",
        "fr",
        "Un sergent ukrainien raconte : « On a eu trois tués et une dizaine de blessés ».",
        ("killed", "ua", 3, 3, False, "ua", "event"),
        ("wounded", "ua", 10, 10, True, "ua", "event"),
    ),
    c(
        "we-had-own-channel-en",
        "en",
        "We had two killed and seven wounded this week.",
        ("killed", "ua", 2, 2, False, "self", "period"),
        ("wounded", "ua", 7, 7, False, "self", "period"),
        side="ua",
    ),
    # --- a participle of harm before a thing counts the thing: no claim ------------------------
    c(
        "participle-equipment-uk",
        "uk",
        "Підсумок тижня: 17 уражених гармат і 6 знищених складів БК.",
        side="ua",
    ),
    c(
        "participle-equipment-ru",
        "ru",
        "Итог недели: 17 уничтоженных орудий и 5 раненых военнослужащих противника.",
        ("wounded", "ua", 5, 5, False, "self", "period"),
        side="ru",
    ),
    c(
        "participle-personnel-uk",
        "uk",
        "Втрати ворога за тиждень: 238 особового складу, з них 104 – безповоротні.",
        ("casualties", "ru", 238, 238, False, "self", "period"),
        ("killed", "ru", 104, 104, False, "self", "period"),
        side="ua",
    ),
    # --- a count of names of the dead counts the dead ----------------------------------------
    c(
        "names-of-dead-ru",
        "ru",
        "В списке уже 98 312 имён российских военных, погибших в Украине.",
        ("killed", "ru", 98312, 98312, False, "self", "event"),
    ),
    c(
        "names-of-dead-uk",
        "uk",
        "У базі вже 2 104 імені російських військових, загиблих в Україні.",
        ("killed", "ru", 2104, 2104, False, "self", "event"),
    ),
    c(
        "names-of-dead-en",
        "en",
        "Mediazona has confirmed the names of 98,312 Russian soldiers killed in Ukraine.",
        ("killed", "ru", 98312, 98312, False, "mediazona", "event"),
    ),
    # --- "200s"/"300s" slang in English; a unit's "results" header counts the enemy ------------
    c(
        "slang-200s-results-header-en",
        "en",
        "Drone unit Hornets | results for the week\n\n☠️ 200s – 140\n🩸 300s – 95",
        ("killed", "ru", 140, 140, False, "self", "event"),
        ("wounded", "ru", 95, 95, False, "self", "event"),
        side="ua",
    ),
    c(
        "slang-200s-own-en",
        "en",
        "Our company this week: 200s – 2, 300s – 5.",
        ("killed", "ua", 2, 2, False, "self", "period"),
        ("wounded", "ua", 5, 5, False, "self", "period"),
        side="ua",
    ),
    c(
        "results-header-uk",
        "uk",
        "Результати роботи наших операторів за тиждень\n\n200-ті — 140\n300-ті — 95",
        ("killed", "ru", 140, 140, False, "self", "period"),
        ("wounded", "ru", 95, 95, False, "self", "period"),
        side="ua",
    ),
    c(
        "condition-part-next-sentence-en",
        "en",
        "A Russian strike on Kharkiv killed 9 people and wounded 41 others. Doctors said two of the wounded were in critical condition.",
        ("killed", "unknown", 9, 9, False, "self", "event"),
        ("wounded", "unknown", 41, 41, False, "self", "event"),
    ),
    c(
        "condition-part-next-sentence-fr",
        "fr",
        "Une frappe russe sur Kharkiv a tué 9 personnes et blessé 41 autres. Trois des blessés sont dans un état grave.",
        ("killed", "unknown", 9, 9, False, "self", "event"),
        ("wounded", "unknown", 41, 41, False, "self", "event"),
    ),
    # --- a name or model with digits ("M23", "Т-72", "Су-25") is no figure ------------------
    c(
        "model-name-before-en",
        "en",
        "Fighting between Rwanda-backed M23 rebels and Congolese troops has killed at least 700 people.",
        ("killed", "unknown", 700, None, False, "self", "event"),
    ),
    c(
        "model-name-after-ru",
        "ru",
        "Под Курском уничтожено 12 военнослужащих ВСУ и 3 Т-72.",
        ("killed", "ua", 12, 12, False, "self", "event"),
        side="ru",
    ),
    c(
        "model-name-fr",
        "fr",
        "Les combats entre les rebelles du M23 et l'armée ont fait au moins 700 morts.",
        ("killed", "unknown", 700, None, False, "self", "event"),
    ),
    # --- the side that struck is not the victim: "жертвы российского удара" ------------------
    c(
        "striker-not-victim-ar",
        "ar",
        "ارتفعت حصيلة ضحايا الضربة الصاروخية الروسية على مدينة خاركيف إلى ٢٨ قتيلاً و٩٠ جريحاً.",
        ("killed", "unknown", 28, 28, False, "self", "event"),
        ("wounded", "unknown", 90, 90, False, "self", "event"),
    ),
    c(
        "striker-not-victim-ru",
        "ru",
        "Число жертв российского ракетного удара по Харькову выросло до 28, ранены 90 человек.",
        ("killed", "unknown", 28, 28, False, "self", "event"),
        ("wounded", "unknown", 90, 90, False, "self", "event"),
    ),
    c(
        "striker-not-victim-en",
        "en",
        "The death toll from the Russian missile strike on Kharkiv rose to 28, with 90 wounded.",
        ("killed", "unknown", 28, 28, False, "self", "event"),
        ("wounded", "unknown", 90, 90, False, "self", "event"),
    ),
    c(
        "struck-side-still-victim-ar",
        "ar",
        "أُصيب ثلاثة جنود روس في قصف أوكراني على دونيتسك.",
        ("wounded", "ru", 3, 3, False, "self", "event"),
    ),
    # --- a reported strike "without victims" is no side's zero; "no losses" stays the speaker's --
    c(
        "zero-victims-reported-fr",
        "fr",
        "Des drones ont frappé l'aéroport de Port-Soudan sans faire de victimes, selon l'armée soudanaise.",
        ("killed", "unknown", 0, 0, False, "saf", "event"),
    ),
    c(
        "zero-victims-reported-ru",
        "ru",
        "Удар пришёлся по складу в Белгороде, жертв нет, сообщили в Минобороны России.",
        ("killed", "unknown", 0, 0, False, "ru_mod", "event"),
    ),
    c(
        "zero-losses-reported-stays-en",
        "en",
        "The Malian army said it suffered no losses in the clash.",
        ("casualties", "fama", 0, 0, False, "fama", "event"),
    ),
    # --- air defence tallies count drones and missiles, with or without the noun after -------
    c(
        "intercept-en",
        "en",
        "Overnight Russia sent 310 drones and 12 missiles; air defences downed 281 and 20 more were lost to jamming.",
        side="ua",
    ),
    c(
        "intercept-fr",
        "fr",
        "Moscou a tiré 180 drones; la défense aérienne a abattu ou neutralisé 155 de ces engins.",
        side="ua",
    ),
    c(
        "intercept-ru",
        "ru",
        "Противник запустил 85 беспилотников, из них сбиты 70, ещё 9 подавлены средствами РЭБ.",
        side="ru",
    ),
    c(
        "intercept-uk",
        "uk",
        "Ворог атакував 140 ударними дронами, з них збито 118, ще 17 локаційно втрачені.",
        side="ua",
    ),
    c(
        "intercept-ar",
        "ar",
        "أطلقت القوات الأوكرانية 52 مسيرة، وتم إسقاط 49 منها فوق المقاطعات الحدودية.",
        side="ru",
    ),
    c(
        "intercept-people-stay-uk",
        "uk",
        "Сили ППО збили 40 дронів, ще 3 людини загинули внаслідок падіння уламків.",
        ("killed", "unknown", 3, 3, False, "self", "event"),
        side="ua",
    ),
    # --- a loss verb over a list of equipment and people: the people are a tally's losses ------
    c(
        "loss-list-things-first-en",
        "en",
        "Near Lyman the enemy lost three armoured vehicles, a mortar and up to 55 servicemen.",
        ("casualties", "ua", None, 55, False, "self", "event"),
        side="ru",
    ),
    c(
        "loss-list-things-first-fr",
        "fr",
        "Près de Koupiansk, l'ennemi a perdu trois blindés et jusqu'à 45 militaires.",
        ("casualties", "ua", None, 45, False, "self", "event"),
        side="ru",
    ),
    c(
        "loss-list-things-first-uk",
        "uk",
        "На Запорізькому напрямку ворог втратив 2 гармати та до 35 військовослужбовців.",
        ("casualties", "ru", None, 35, False, "self", "event"),
        side="ua",
    ),
    c(
        "loss-list-things-first-ar",
        "ar",
        "خسر العدو 4 مركبات مدرعة وما يصل إلى 65 عسكرياً قرب كراسني ليمان.",
        ("casualties", "ua", None, 65, False, "self", "event"),
        side="ru",
    ),
    c(
        "loss-list-people-first-en",
        "en",
        "The enemy lost up to 70 troops and 5 pickup trucks near Kupiansk.",
        ("casualties", "ua", None, 70, False, "self", "event"),
        side="ru",
    ),
    c(
        "loss-one-incident-stays-killed-en",
        "en",
        "The army lost 6 soldiers in the ambush near 2 villages of Gao region.",
        ("killed", "fama", 6, 6, False, "self", "event"),
        side="fama",
    ),
    # --- "خلال الساعات الـ24 الماضية": the article split from the digits is still a period ------
    c(
        "period-article-digits-ar",
        "ar",
        "خلال الساعات الـ48 الماضية، خسر العدو ما يصل إلى 310 عسكريين.",
        ("casualties", "ua", None, 310, False, "self", "period"),
        side="ru",
    ),
    # --- soldiers' slang for their own men in their quoted words, and "the neighbours" --------
    c(
        "mates-quoted-ru",
        "ru",
        "«Трое ребят погибли на позиции, ещё четверо ранены», — рассказал штурмовик. Хохлы били из миномёта.",
        ("killed", "ru", 3, 3, False, "ru", "event"),
        ("wounded", "ru", 4, 4, False, "ru", "event"),
        side="ru",
    ),
    c(
        "mates-quoted-uk",
        "uk",
        "«Двоє хлопців загинули одразу», — розповів сержант. Росіяни накрили бліндаж КАБом.",
        ("killed", "ua", 2, 2, False, "sergeant", "event"),
        side="ua",
    ),
    c(
        "mates-our-boys-en",
        "en",
        '"Five of our boys were killed when the shells landed," a platoon sergeant told reporters.',
        ("killed", "ua", 5, 5, False, "sergeant", "event"),
        side="ua",
    ),
    c(
        "mates-nos-gars-fr",
        "fr",
        "« Six de nos gars ont été blessés par un drone russe », raconte un lieutenant.",
        ("wounded", "ua", 6, 6, False, "lieutenant", "event"),
        side="ua",
    ),
    c(
        "neighbours-ru",
        "ru",
        "У соседей слева двое погибших, противник работает дронами.",
        ("killed", "ru", 2, 2, False, "self", "event"),
        side="ru",
    ),
    # --- attackers of no named group are nobody's side ------------------------------------------
    c(
        "attackers-participle-ru",
        "ru",
        "Силовики ликвидировали пятерых нападавших.",
        ("killed", "unknown", 5, 5, False, "self", "event"),
        side="ru",
    ),
    c(
        "attackers-participle-uk",
        "uk",
        "Бійці ліквідували шістьох нападаючих.",
        ("killed", "unknown", 6, 6, False, "self", "event"),
        side="ua",
    ),
    # --- one passenger: a civilian, singular as the plural --------------------------------------
    c(
        "passenger-singular-en",
        "en",
        "A drone attack on a minibus killed one passenger near Shebekino.",
        ("killed", "civilians", 1, 1, False, "self", "event"),
        side="ru",
    ),
    c(
        "passenger-singular-fr",
        "fr",
        "Une attaque de drone contre un minibus a tué un passager.",
        ("killed", "civilians", 1, 1, False, "self", "event"),
        side="ua",
    ),
    # --- territory in square kilometres, soldiers returned in a swap: no toll -----------------
    c(
        "territory-km2-en",
        "en",
        "Since October 1 Russian troops have taken 612 km² of territory.",
        side="ru",
    ),
    c("territory-km2-uk", "uk", "З початку місяця окупанти захопили 380 км² території.", side="ua"),
    c("territory-km2-fr", "fr", "Les troupes russes ont conquis 505 km² en un mois.", side="ru"),
    c(
        "swap-return-ar",
        "ar",
        "تمت عودة 103 عسكريين روس من الأسر، مقابل تسليم 103 أسرى حرب من القوات الأوكرانية.",
        side="ru",
    ),
    # --- a battlegroup's press officer speaks for the Russian ministry -------------------------
    c(
        "battlegroup-press-centre-ar",
        "ar",
        "أعلن رئيس المركز الصحفي لمجموعة قوات «الشرق» أن العدو خسر ما يصل إلى 160 عسكرياً.",
        ("killed", "ua", None, 160, False, "ru_mod", "event"),
    ),
    c(
        "battlegroup-press-centre-en",
        "en",
        "The head of the Battlegroup South press center said Ukraine lost up to 210 troops over the past day.",
        ("casualties", "ua", None, 210, False, "ru_mod", "period"),
    ),
    # --- a number word that starts a title in mid-sentence counts no one ------------------------
    c(
        "titled-name-en",
        "en",
        "Ukraine lost up to 45 servicemen near Toretsk, according to Three Colonels.",
        ("killed", "ua", None, 45, False, "colonels", "event"),
    ),
    c(
        "titled-name-ru",
        "ru",
        "ВСУ потеряли до 45 военнослужащих под Торецком, пишут Три полковника.",
        ("killed", "ua", None, 45, False, "three_colonels", "event"),
    ),
    # --- Sudanese slang for the sides, colloquial verbs and numerals ----------------------------
    c(
        "sudan-colloquial-ar",
        "ar",
        "فطسوا أكتر من مية وعشرين من الكيزان في بارا، وسلموا نفسهم 15.",
        ("killed", "saf", 120, None, False, "self", "event"),
        ("captured", "saf", 15, 15, False, "self", "event"),
        side="rsf",
    ),
    c(
        "sudan-dagalo-ar",
        "ar",
        "قواتكم الأشاوس قتلت أكثر من 70 من مليشيا آل دقلو شرق الفاشر.",
        ("killed", "rsf", 70, None, False, "self", "event"),
        side="saf",
    ),
    c(
        "sudan-dagalo-en",
        "en",
        "Our forces killed 64 of the terrorist Dagalo militia and captured 18 near Babanusa.",
        ("killed", "rsf", 64, 64, False, "self", "event"),
        ("captured", "rsf", 18, 18, False, "self", "event"),
        side="saf",
    ),
    c(
        "sudan-hemedti-fr",
        "fr",
        "L'armée affirme avoir tué 95 combattants de la milice de Hemedti près d'El Obeid.",
        ("killed", "rsf", 95, 95, False, "self", "event"),
        side="saf",
    ),
    # --- "killed N of them and lost M": the killer's own losses, not the killed group's --------
    c(
        "lost-after-kill-en",
        "en",
        "The Nigerien army said it killed 22 Islamic State fighters and lost 3 soldiers.",
        ("killed", "is", 22, 22, False, "niger_army", "event"),
        ("killed", "unknown", 3, 3, False, "niger_army", "event"),
    ),
    c(
        "lost-after-kill-fr",
        "fr",
        "Les FAMa ont tué 40 terroristes du JNIM et perdu 5 soldats.",
        ("killed", "jnim", 40, 40, False, "self", "event"),
        ("killed", "fama", 5, 5, False, "self", "event"),
        side="fama",
    ),
    # --- a day's battlegroup list in English, and Arabic vehicles in the list -------------------
    c(
        "battlegroup-day-en",
        "en",
        "Over the day, Battlegroup Vostok units hit Ukrainian brigades. The enemy lost up to 135 servicemen and 4 pickup trucks.",
        ("casualties", "ua", None, 135, False, "self", "period"),
        side="ru",
    ),
    c(
        "battlegroup-vehicles-ar",
        "ar",
        "بلغت خسائر القوات الأوكرانية ما يصل إلى 230 عسكرياً، ودبابة، و4 مركبات قتالية.",
        ("casualties", "ua", None, 230, False, "self", "event"),
        side="ru",
    ),
    # --- a toll broken down by side: a part naming another party is a claim of its own -------
    c(
        "breakdown-sides-fr",
        "fr",
        "Depuis le début des affrontements, le bilan a atteint 760 morts, dont 215 civils et 310 combattants.",
        ("killed", "unknown", 760, 760, False, "self", "cumulative"),
        ("killed", "civilians", 215, 215, False, "self", "cumulative"),
    ),
    c(
        "breakdown-sides-en",
        "en",
        "Since the fighting began the death toll has climbed to 640, including 180 civilians and 290 fighters.",
        ("killed", "unknown", 640, 640, False, "self", "cumulative"),
        ("killed", "civilians", 180, 180, False, "self", "cumulative"),
    ),
    c(
        "breakdown-one-kind-en",
        "en",
        "At least 35 people were killed, including 9 children and 4 women.",
        ("killed", "unknown", 35, None, False, "self", "event"),
    ),
    # --- victims of whom only some died: the victims are casualties, the dead a claim --------
    c(
        "victims-with-dead-fr",
        "fr",
        "Le bilan s'alourdit à 58 victimes, dont 4 morts.",
        ("casualties", "unknown", 58, 58, False, "self", "event"),
        ("killed", "unknown", 4, 4, False, "self", "event"),
    ),
    c(
        "victims-with-dead-ru",
        "ru",
        "Число жертв выросло до 58, из них четверо погибли.",
        ("casualties", "unknown", 58, 58, False, "self", "event"),
        ("killed", "unknown", 4, 4, False, "self", "event"),
    ),
    # --- "one more" in the next sentence goes on with the victim of the figure before ---------
    c(
        "one-more-missing-ru",
        "ru",
        "Вчера в засаде погибли четверо наших бойцов. Ещё один числится пропавшим без вести.",
        ("killed", "wagner", 4, 4, False, "self", "event"),
        ("missing", "wagner", 1, 1, False, "self", "event"),
        side="wagner",
    ),
    c(
        "one-more-missing-en",
        "en",
        "Three of our fighters were killed in the ambush. One more is listed as missing.",
        ("killed", "wagner", 3, 3, False, "self", "event"),
        ("missing", "wagner", 1, 1, False, "self", "event"),
        side="wagner",
    ),
    # --- no one hurt in a region's summary: people, not the channel's army --------------------
    c(
        "no-one-hurt-uk",
        "uk",
        "На Сумщині за добу 40 обстрілів, без постраждалих.",
        ("casualties", "unknown", 0, 0, False, "self", "period"),
        side="ua",
    ),
    c(
        "no-one-hurt-ru",
        "ru",
        "В Курской области за сутки 12 атак дронов, обошлось без пострадавших.",
        ("casualties", "unknown", 0, 0, False, "self", "period"),
        side="ru",
    ),
    # --- a General Staff list: only the personnel line is a claim, however long the list ------
    c(
        "gs-list-en",
        "en",
        "Enemy losses as of 3 March, per Ukraine's General Staff:\n• personnel ‒ about 884 550 (+1 340) persons\n• tanks ‒ 10 214 (+6)\n• artillery systems ‒ 24 730 (+57)\n• UAVs ‒ 34 118 (+97)\n• vehicles and fuel tanks ‒ 38 010 (+121)",
        ("casualties", "ru", 884550, 884550, True, "ua_gs", "cumulative"),
        ("casualties", "ru", 1340, 1340, False, "ua_gs", "period"),
        side="ua",
    ),
    c(
        "gs-list-fr",
        "fr",
        "Pertes de l'ennemi au 3 mars :\n👤 personnel : environ 884 550 (+1 340)\n🪖 chars : 10 214 (+6)\n💣 systèmes d'artillerie : 24 730 (+57)\n🛩 drones : 34 118 (+97)",
        ("casualties", "ru", 884550, 884550, True, "self", "cumulative"),
        ("casualties", "ru", 1340, 1340, False, "self", "period"),
        side="ua",
    ),
    c(
        "gs-list-uk",
        "uk",
        "Загальні бойові втрати противника орієнтовно склали:\nособового складу ‒ близько 884 550 (+1 340) осіб,\nтанків ‒ 10 214 (+6) од,\nартилерійських систем ‒ 24 730 (+57) од,\nБПЛА оперативно-тактичного рівня ‒ 34 118 (+97),\nкрилаті ракети ‒ 3 010 (+0)",
        ("casualties", "ru", 884550, 884550, True, "self", "cumulative"),
        ("casualties", "ru", 1340, 1340, False, "self", "period"),
        side="ua",
    ),
    # --- attackers: the party only where their sentence names one -----------------------------
    c(
        "attackers-elsewhere-fr",
        "fr",
        "Le JNIM a revendiqué l'attaque du poste de Dioura. L'armée affirme avoir neutralisé 18 assaillants.",
        ("killed", "unknown", 18, 18, False, "army", "event"),
    ),
    c(
        "attackers-elsewhere-ar",
        "ar",
        "تبنى تنظيم داعش الهجوم على الثكنة. وقال الجيش إنه قتل 27 من المهاجمين.",
        ("killed", "unknown", 27, 27, False, "army", "event"),
    ),
    c(
        "attackers-same-sentence-en",
        "en",
        "JNIM fighters stormed the base at Djibo, and soldiers killed 14 of the attackers.",
        ("killed", "jnim", 14, 14, False, "self", "event"),
    ),
    # --- "the enemy" of a speaker of no known side: the one party the post names -------------
    c(
        "enemy-one-party-uk",
        "uk",
        "Волошин: на Херсонщині росіяни намагаються висадитися малими групами. За його словами, за минулу добу ворог втратив тут 57 осіб.",
        ("casualties", "ru", 57, 57, False, "voloshyn", "period"),
    ),
    c(
        "enemy-one-party-en",
        "en",
        "Spokesman Voloshyn said Russian troops keep attacking in small groups. Over the past day the enemy lost 57 men there, he said.",
        ("casualties", "ru", 57, 57, False, "voloshyn", "period"),
    ),
    c(
        "enemy-two-parties-en",
        "en",
        "A commander said SAF and RSF units clashed near Bara. The enemy lost 12 men, he said.",
        ("killed", "unknown", 12, 12, False, "commander", "event"),
    ),
    # --- soldiers of an army outside the table are no party's, whatever the channel ----------
    c(
        "other-army-soldiers-ru",
        "ru",
        "Буркина-Фасо: боевики ДжНИМ атаковали базу у Джибо. По данным армии Буркина-Фасо, погибли 17 военнослужащих.",
        ("killed", "unknown", 17, 17, False, "burkina_army", "event"),
        side="ru",
    ),
    c(
        "other-army-soldiers-en",
        "en",
        "Niger: Islamic State fighters attacked a camp near Tahoua. According to Niger's defence ministry, 23 soldiers were killed.",
        ("killed", "unknown", 23, 23, False, "niger_defence_ministry", "event"),
        side="ru",
    ),
    # --- a Russian channel on Mali: the enemy of Africa Corps and FAMa, never FAMa -----------
    c(
        "mali-theatre-enemy-ru",
        "ru",
        "Колонна малийской армии попала в засаду у Гао. Подоспевшие бойцы Африканского корпуса уничтожили около тридцати боевиков.",
        ("killed", "unknown", 30, 30, True, "self", "event"),
        side="ru",
    ),
    c(
        "mali-theatre-enemy-named-ru",
        "ru",
        "Колонна малийской армии попала в засаду боевиков ДжНИМ у Гао. Подоспевшие бойцы Африканского корпуса уничтожили около тридцати боевиков.",
        ("killed", "jnim", 30, 30, True, "self", "event"),
        side="ru",
    ),
    c(
        "mali-theatre-enemy-en",
        "en",
        "A Malian army convoy was ambushed near Gao. Africa Corps units that came to help eliminated about 30 militants.",
        ("killed", "unknown", 30, 30, True, "self", "event"),
        side="ru",
    ),
    # --- "an attack on our positions ..., losses on the enemy: N killed": the enemy's ----------
    c(
        "our-positions-enemy-losses-en",
        "en",
        "Our forces repelled an attack on our positions near Bara, inflicting heavy losses on the enemy: more than 60 killed.",
        ("killed", "saf", 60, None, False, "self", "event"),
        side="rsf",
    ),
    c(
        "our-positions-enemy-losses-fr",
        "fr",
        "Nos unités ont repoussé une attaque contre nos positions, infligeant de lourdes pertes à l'ennemi : plus de 60 tués.",
        ("killed", "saf", 60, None, False, "self", "event"),
        side="rsf",
    ),
    # --- "N of its vehicles", "N de ces blindés": the thing counted past "of its" -----------
    c(
        "of-its-things-en",
        "en",
        "The enemy left 35 dead on the field, and 6 of its armoured vehicles were destroyed.",
        ("killed", "rsf", 35, 35, False, "self", "event"),
        side="saf",
    ),
    c(
        "of-these-things-fr",
        "fr",
        "L'ennemi a laissé 35 morts sur le terrain, et 6 de ses véhicules ont été détruits.",
        ("killed", "rsf", 35, 35, False, "self", "event"),
        side="saf",
    ),
    # --- "a group of militants" is no one person -----------------------------------------------
    c(
        "a-group-of-en",
        "en",
        "Africa Corps units eliminated a large group of militants near Menaka; up to 25 JNIM fighters were killed.",
        ("killed", "jnim", None, 25, False, "self", "event"),
        side="ru",
    ),
    c(
        "a-member-of-en",
        "en",
        "A member of the security forces was shot dead at a checkpoint near Gao.",
        ("killed", "unknown", 1, 1, False, "self", "event"),
    ),
    c(
        "your-forces-ar",
        "ar",
        "فقدت قواتكم الأشاوس 6 شهداء وأصيب 11 في معارك شرق الأبيض.",
        ("killed", "saf", 6, 6, False, "self", "event"),
        ("wounded", "saf", 11, 11, False, "self", "event"),
        side="saf",
    ),
    # --- a speaker outside the table killing "terrorists" the post put a name to ------------
    c(
        "named-militants-other-army-fr",
        "fr",
        "Des terroristes de l'EIGS ont attaqué un poste près de Tillabéri. L'armée nigérienne affirme avoir neutralisé une vingtaine de terroristes.",
        ("killed", "is", 20, 20, True, "niger_army", "event"),
    ),
    # --- two parties joined as the subject of a loss: one toll that mixes sides -------------
    c(
        "joint-loss-fr",
        "fr",
        "Les FAMa et l'Africa Corps ont perdu une vingtaine d'hommes dans l'embuscade de Tessit.",
        ("killed", "unknown", 20, 20, True, "self", "event"),
    ),
    c(
        "joint-loss-en",
        "en",
        "Malian troops and Africa Corps lost about 20 men in the ambush near Tessit.",
        ("killed", "unknown", 20, 20, True, "self", "event"),
    ),
    c(
        "joint-loss-ru",
        "ru",
        "ФАМа и Африканский корпус потеряли около 20 человек в засаде у Тессита.",
        ("killed", "unknown", 20, 20, True, "self", "event"),
    ),
    # --- own-side slang after a toll of the enemy's: still one's own ------------------------
    c(
        "martyrs-after-enemy-toll-en",
        "en",
        "Our fighters killed 14 FAMa soldiers and 3 Africa Corps mercenaries near Tessit.\n\nWe mourn 2 martyrs.",
        ("killed", "fama", 14, 14, False, "self", "event"),
        ("killed", "wagner", 3, 3, False, "self", "event"),
        ("killed", "tuareg", 2, 2, False, "self", "event"),
        side="tuareg",
    ),
    c(
        "slang-after-enemy-toll-ru",
        "ru",
        "Уничтожено до 40 боевиков ВСУ.\n\nУ нас 200-х двое.",
        ("killed", "ua", None, 40, False, "self", "event"),
        ("killed", "ru", 2, 2, False, "self", "event"),
        side="ru",
    ),
    # --- ", по его данным," between a losses noun and its verb is an aside ------------------
    c(
        "according-aside-ru",
        "ru",
        "Потери противника на купянском направлении, по его данным, составили свыше 900 человек.",
        ("casualties", "ua", 900, None, False, "self", "event"),
        side="ru",
    ),
    # --- "selon lui", "according to him", "وبحسب قوله": the last speaker, never a pronoun slug --
    c(
        "according-to-him-fr",
        "fr",
        "Le porte-parole de l'état-major ukrainien a déclaré que les combats continuaient. Selon lui, la Russie a perdu 1 150 soldats en une journée.",
        ("casualties", "ru", 1150, 1150, False, "ua_gs", "period"),
    ),
    c(
        "according-to-him-en",
        "en",
        "Ukraine's General Staff said fighting continued near Kupiansk. According to him, Russia lost 1,150 troops over the past day.",
        ("casualties", "ru", 1150, 1150, False, "ua_gs", "period"),
    ),
    c(
        "according-to-him-ar",
        "ar",
        "تحدث المتحدث باسم وزارة الدفاع الروسية عن المعارك. وبحسب قوله، خسر العدو 260 عسكرياً.",
        ("killed", "ua", 260, 260, False, "ru_mod", "event"),
    ),
    # --- "les 10 et 11 mars", "on 3 and 4 May": two days of a month are no figure ------------
    c(
        "two-days-fr",
        "fr",
        "Au moins 41 civils ont été tués les 3 et 4 mai près de Djibo, selon HRW.",
        ("killed", "civilians", 41, None, False, "hrw", "event"),
    ),
    c(
        "two-days-en",
        "en",
        "At least 41 civilians were killed on 3 and 4 May near Djibo, HRW said.",
        ("killed", "civilians", 41, None, False, "hrw", "event"),
    ),
    c(
        "two-days-ar",
        "ar",
        "قُتل 41 مدنياً يومي 3 و4 مايو قرب جيبو.",
        ("killed", "civilians", 41, 41, False, "self", "event"),
    ),
    # --- "30 morts dans les rangs de l'EI et une dizaine du côté du JNIM": the noun elided ------
    c(
        "elided-noun-side-fr",
        "fr",
        "Les affrontements ont fait plus de 25 morts dans les rangs de l'EI et une quinzaine du côté du JNIM.",
        ("killed", "is", 25, None, False, "self", "event"),
        ("killed", "jnim", 15, 15, True, "self", "event"),
    ),
    c(
        "elided-noun-side-ru",
        "ru",
        "Бои унесли жизни более 25 боевиков ИГ и около полутора десятков со стороны ДжНИМ.",
        ("killed", "is", 25, None, False, "self", "event"),
        ("killed", "jnim", 15, 15, True, "self", "event"),
    ),
    c(
        "breakdown-sides-ar",
        "ar",
        "ارتفعت حصيلة القتلى منذ بدء المعارك إلى 870، بينهم 305 من عناصر الفصائل، و216 مدنياً، و349 من القوات الحكومية.",
        ("killed", "unknown", 870, 870, False, "self", "cumulative"),
        ("killed", "civilians", 216, 216, False, "self", "cumulative"),
    ),
    # --- "В плен взяли 14 человек": the verb after "в плен", the speaker's captives ------------
    c(
        "captives-verb-after-ru",
        "ru",
        "«В плен взяли одиннадцать человек», — говорит командир роты.",
        ("captured", "ua", 11, 11, False, "ru", "event"),
        side="ru",
    ),
    c(
        "captives-verb-after-uk",
        "uk",
        "У полон взяли одинадцять осіб, повідомили в бригаді.",
        ("captured", "ru", 11, 11, False, "self", "event"),
        side="ua",
    ),
    # --- a tally's list running on to its period at the end of the sentence ------------------
    c(
        "list-then-period-en",
        "en",
        "Ukrainian losses amounted to up to 150 servicemen, two armoured vehicles and a howitzer over the past 24 hours.",
        ("casualties", "ua", None, 150, False, "self", "period"),
        side="ru",
    ),
    c(
        "list-then-period-fr",
        "fr",
        "Les pertes ukrainiennes se sont élevées à jusqu'à 150 militaires, deux blindés et un obusier au cours des dernières 24 heures.",
        ("casualties", "ua", None, 150, False, "self", "period"),
        side="ru",
    ),
    c(
        "list-then-period-ru",
        "ru",
        "Потери ВСУ составили до 150 военнослужащих, две бронемашины и гаубица за сутки.",
        ("casualties", "ua", None, 150, False, "self", "period"),
        side="ru",
    ),
    # --- a second reporting verb after "and" shares the first one's speaker ------------------
    c(
        "and-said-shares-speaker-fr",
        "fr",
        "L'armée burkinabè confirme la perte de trois gendarmes et fait état de 9 blessés dans ses rangs.",
        ("killed", "unknown", 3, 3, False, "burkina_army", "event"),
        ("wounded", "unknown", 9, 9, False, "burkina_army", "event"),
    ),
    c(
        "and-said-shares-speaker-en",
        "en",
        "The Malian army confirmed the deaths of four soldiers and said 12 were wounded in its ranks.",
        ("killed", "fama", 4, 4, False, "fama", "event"),
        ("wounded", "fama", 12, 12, False, "fama", "event"),
    ),
    c(
        "and-said-shares-speaker-ru",
        "ru",
        "Минобороны России признало гибель двух военнослужащих и сообщило о пяти раненых.",
        ("killed", "ru", 2, 2, False, "ru_mod", "event"),
        ("wounded", "ru", 5, 5, False, "ru_mod", "event"),
    ),
    # --- a toll's owner is the victim of every figure in it ("Russia's toll at ... and ...") --
    c(
        "toll-owner-en",
        "en",
        "Russia's toll stands at as many as 120,000 dead and around 250,000 wounded, according to Western estimates.",
        ("killed", "ru", None, 120000, False, "western_estimates", "event"),
        ("wounded", "ru", 250000, 250000, True, "western_estimates", "event"),
    ),
    c(
        "toll-owner-en-2",
        "en",
        "Ukraine's death toll now stands at about 60,000 killed and 90,000 injured, officials say.",
        ("killed", "ua", 60000, 60000, True, "officials", "event"),
        ("wounded", "ua", 90000, 90000, False, "officials", "event"),
    ),
    # --- colloquial surrender: "вышли с поднятыми руками"; "человек семь" is about seven ----
    c(
        "hands-up-ru",
        "ru",
        "Ещё человек пять сами вышли к нашим позициям с поднятыми руками.",
        ("captured", "unknown", 5, 5, True, "self", "event"),
    ),
    c(
        "hands-up-ru-2",
        "ru",
        "Девять солдат ВСУ вышли с поднятыми руками.",
        ("captured", "ua", 9, 9, False, "self", "event"),
    ),
    c(
        "hands-up-uk",
        "uk",
        "Ще чоловік шість вийшли з піднятими руками.",
        ("captured", "unknown", 6, 6, True, "self", "event"),
    ),
    c(
        "inverted-about-ru",
        "ru",
        "При обстреле погибли человек двенадцать.",
        ("killed", "unknown", 12, 12, True, "self", "event"),
    ),
    c(
        "inverted-not-after-figure-ru",
        "ru",
        "Из 200 человек четверо погибли.",
        ("killed", "unknown", 4, 4, False, "self", "event"),
    ),
    c(
        "surrendered-en",
        "en",
        "Eleven soldiers surrendered to the rebels.",
        ("captured", "unknown", 11, 11, False, "self", "event"),
    ),
    c(
        "surrendered-fr",
        "fr",
        "Une quinzaine de soldats se sont rendus aux rebelles.",
        ("captured", "unknown", 15, 15, True, "self", "event"),
    ),
    c(
        "surrendered-ar",
        "ar",
        "استسلم 14 جنديا للمتمردين.",
        ("captured", "unknown", 14, 14, False, "self", "event"),
    ),
    c(
        "surrendered-uk",
        "uk",
        "Восьмеро окупантів здалися в полон.",
        ("captured", "ru", 8, 8, False, "self", "event"),
    ),
    # --- one figure, two fates: "ранен и взят в плен" is wounded 1 and captured 1 ------------
    c(
        "two-fates-ru",
        "ru",
        "Трое погибли, ещё один боец ранен и взят в плен.",
        ("killed", "unknown", 3, 3, False, "self", "event"),
        ("wounded", "unknown", 1, 1, False, "self", "event"),
        ("captured", "unknown", 1, 1, False, "self", "event"),
    ),
    c(
        "two-fates-uk",
        "uk",
        "Двоє бійців поранені та взяті в полон.",
        ("wounded", "unknown", 2, 2, False, "self", "event"),
        ("captured", "unknown", 2, 2, False, "self", "event"),
    ),
    c(
        "two-fates-en",
        "en",
        "Four soldiers were wounded and taken prisoner in the raid.",
        ("wounded", "unknown", 4, 4, False, "self", "event"),
        ("captured", "unknown", 4, 4, False, "self", "event"),
    ),
    c(
        "two-fates-fr",
        "fr",
        "Deux soldats ont été blessés et faits prisonniers.",
        ("wounded", "unknown", 2, 2, False, "self", "event"),
        ("captured", "unknown", 2, 2, False, "self", "event"),
    ),
    c(
        "two-fates-own-figures-en",
        "en",
        "Six were wounded and three captured.",
        ("wounded", "unknown", 6, 6, False, "self", "event"),
        ("captured", "unknown", 3, 3, False, "self", "event"),
    ),
    # --- "said in a statement": how it was said, never who ------------------------------
    c(
        "in-a-statement-en",
        "en",
        "Nine fighters were killed in the clashes, the SDF said in a statement.",
        ("killed", "unknown", 9, 9, False, "sdf", "event"),
    ),
    c(
        "in-a-statement-en-2",
        "en",
        "The SDF said in a statement on Tuesday that nine fighters were killed.",
        ("killed", "unknown", 9, 9, False, "sdf", "event"),
    ),
    # --- the Syrian Observatory for Human Rights is sohr in every language ---------------
    c(
        "sohr-en",
        "en",
        "At least 23 people were killed, the Britain-based Syrian Observatory for Human Rights said.",
        ("killed", "unknown", 23, None, False, "sohr", "event"),
    ),
    c(
        "sohr-ru",
        "ru",
        "По данным Сирийской обсерватории по правам человека, погибли 23 человека.",
        ("killed", "unknown", 23, 23, False, "sohr", "event"),
    ),
    c(
        "sohr-uk",
        "uk",
        "За даними Сирійської обсерваторії з прав людини, загинули 23 людини.",
        ("killed", "unknown", 23, 23, False, "sohr", "event"),
    ),
    c(
        "sohr-ar",
        "ar",
        "قال المرصد السوري لحقوق الإنسان إن 23 شخصا قتلوا.",
        ("killed", "unknown", 23, 23, False, "sohr", "event"),
    ),
    c(
        "sohr-fr",
        "fr",
        "Selon l'OSDH, 23 personnes ont été tuées.",
        ("killed", "unknown", 23, 23, False, "sohr", "event"),
    ),
    # --- an office named with its place is that office, in English, whoever holds it -----
    c(
        "office-place-en",
        "en",
        "Three people were killed in the shelling, Kursk Governor Alexei Smirnov said.",
        ("killed", "unknown", 3, 3, False, "kursk_governor", "event"),
    ),
    c(
        "office-of-place-en",
        "en",
        "Three people were killed, the mayor of Odesa said.",
        ("killed", "unknown", 3, 3, False, "odesa_mayor", "event"),
    ),
    c(
        "office-place-fr",
        "fr",
        "Trois personnes ont été tuées, a indiqué le maire de Kharkiv Ihor Terekhov.",
        ("killed", "unknown", 3, 3, False, "kharkiv_mayor", "event"),
    ),
    c(
        "office-place-ru",
        "ru",
        "Три человека погибли, сообщил губернатор Курской области Алексей Смирнов.",
        ("killed", "unknown", 3, 3, False, "kursk_governor", "event"),
    ),
    c(
        "office-place-uk",
        "uk",
        "Троє людей загинули, повідомив губернатор Харківської області.",
        ("killed", "unknown", 3, 3, False, "kharkiv_governor", "event"),
    ),
    c(
        "office-no-place-ru",
        "ru",
        "Три человека погибли, сообщил губернатор Алексей Смирнов.",
        ("killed", "unknown", 3, 3, False, "smirnov", "event"),
    ),
    # --- a running total "passed" in words: more than N, cumulative since a start --------
    c(
        "toll-passed-ru",
        "ru",
        "Число погибших с начала войны превысило 31 400 человек.",
        ("killed", "unknown", 31400, None, False, "self", "cumulative"),
    ),
    c(
        "toll-passed-uk",
        "uk",
        "Кількість загиблих з початку війни перевищила 31 400 осіб.",
        ("killed", "unknown", 31400, None, False, "self", "cumulative"),
    ),
    c(
        "toll-passed-en",
        "en",
        "The death toll since April 2023 has passed 31,400.",
        ("killed", "unknown", 31400, None, False, "self", "cumulative"),
    ),
    c(
        "toll-passed-fr",
        "fr",
        "Le bilan a dépassé 31 400 morts depuis le début de la guerre.",
        ("killed", "unknown", 31400, None, False, "self", "cumulative"),
    ),
    c(
        "toll-passed-ar",
        "ar",
        "تجاوزت حصيلة القتلى منذ بداية الحرب 31400 شخص.",
        ("killed", "unknown", 31400, None, False, "self", "cumulative"),
    ),
    # --- equipment before people under one verb: only the people are a claim ------------
    c(
        "equipment-then-people-ru",
        "ru",
        "Уничтожены 4 танка и 17 военнослужащих противника.",
        ("killed", "ua", 17, 17, False, "self", "event"),
        side="ru",
    ),
    c(
        "equipment-then-people-uk",
        "uk",
        "Знищено 4 танки та 17 окупантів.",
        ("killed", "ru", 17, 17, False, "self", "event"),
    ),
    c(
        "equipment-then-people-en",
        "en",
        "Our forces destroyed 4 tanks and killed 17 soldiers.",
        ("killed", "unknown", 17, 17, False, "self", "event"),
    ),
    c(
        "equipment-then-people-fr",
        "fr",
        "Nos forces ont détruit 4 chars et tué 17 soldats.",
        ("killed", "unknown", 17, 17, False, "self", "event"),
    ),
    c(
        "equipment-then-people-ar",
        "ar",
        "دمرت قواتنا 4 دبابات وقتلت 17 جنديا.",
        ("killed", "unknown", 17, 17, False, "self", "event"),
    ),
    # --- who wish to surrender have not surrendered: no claim --------------------------
    c(
        "wish-to-surrender-uk",
        "uk",
        "За місяць на гарячу лінію звернулися понад 900 російських військових, які шукають можливість здатися.",
    ),
    c(
        "wish-to-surrender-ru",
        "ru",
        "Более 900 военных обратились на горячую линию, ища возможность сдаться.",
    ),
    c(
        "wish-to-surrender-en",
        "en",
        "More than 900 soldiers who want to surrender called the hotline last month.",
    ),
    c(
        "surrendered-still-en",
        "en",
        "More than 900 soldiers surrendered last month.",
        ("captured", "unknown", 900, None, False, "self", "event"),
    ),
    # --- a loss whose subject joins two parties ("X and the Y army lost") mixes sides -------
    c(
        "joined-subject-en",
        "en",
        "Wagner and the Malian army lost 25 men in the ambush.",
        ("killed", "unknown", 25, 25, False, "self", "event"),
    ),
    c(
        "joined-subject-ru",
        "ru",
        "Малийские военные и бойцы Африканского корпуса потеряли около 25 человек.",
        ("killed", "unknown", 25, 25, True, "self", "event"),
    ),
    c(
        "joined-subject-uk",
        "uk",
        "Малійські військові та бійці Африканського корпусу втратили близько 25 людей.",
        ("killed", "unknown", 25, 25, True, "self", "event"),
    ),
    c(
        "joined-subject-fr",
        "fr",
        "Les FAMa et l'Africa Corps perdent une vingtaine d'hommes dans une embuscade.",
        ("killed", "unknown", 20, 20, True, "self", "event"),
    ),
    c(
        "not-joined-subject-en",
        "en",
        "The army killed 30 militants and Wagner lost 3 men.",
        ("killed", "unknown", 30, 30, False, "self", "event"),
        ("killed", "wagner", 3, 3, False, "self", "event"),
    ),
    # --- "parmi les militaires maliens et russes": an article is no word of the phrase ----
    c(
        "among-two-sides-fr",
        "fr",
        "Le bilan serait d'une quinzaine de morts parmi les militaires maliens et russes.",
        ("killed", "unknown", 15, 15, True, "self", "event"),
    ),
    c(
        "among-one-side-fr",
        "fr",
        "Le bilan serait d'une quinzaine de morts parmi les militaires maliens.",
        ("killed", "fama", 15, 15, True, "self", "event"),
    ),
    c(
        "among-two-sides-en",
        "en",
        "About 15 were killed among the Malian and Russian soldiers.",
        ("killed", "unknown", 15, 15, True, "self", "event"),
    ),
    # --- "теперь это пленные": a figure's people named prisoners after a dash -------------
    c(
        "now-prisoners-ru",
        "ru",
        "Четверых откопали живыми — теперь это пленные.",
        ("captured", "unknown", 4, 4, False, "self", "event"),
    ),
    c(
        "now-prisoners-uk",
        "uk",
        "Ще п'ятьох підібрали — тепер це полонені.",
        ("captured", "unknown", 5, 5, False, "self", "event"),
    ),
    c(
        "now-prisoners-wounded-ru",
        "ru",
        "Ещё пятерых подобрали ранеными — теперь это пленные.",
        ("wounded", "unknown", 5, 5, False, "self", "event"),
        ("captured", "unknown", 5, 5, False, "self", "event"),
    ),
    # --- "the number of X killed ... has risen to N": X, named before the verb, is whose ---
    c(
        "grown-number-before-en",
        "en",
        "The number of fishermen killed by jihadists near the lake has risen to 38, a local official said.",
        ("killed", "civilians", 38, 38, False, "local_official", "event"),
    ),
    c(
        "grown-number-before-en-2",
        "en",
        "The number of RSF fighters killed in the battle has risen to 120.",
        ("killed", "rsf", 120, 120, False, "self", "event"),
    ),
    c(
        "grown-number-before-fr",
        "fr",
        "Le nombre de civils tués par les jihadistes est passé à 38.",
        ("killed", "civilians", 38, 38, False, "self", "event"),
    ),
    c(
        "grown-number-before-ru",
        "ru",
        "Число погибших мирных жителей выросло до 38.",
        ("killed", "civilians", 38, 38, False, "self", "event"),
    ),
    # --- deaths from disease or hunger ("died of malnutrition") are no casualties of fighting
    c(
        "died-of-sickness-en",
        "en",
        "MSF said 17 children died of malnutrition at its clinic last month.",
    ),
    c("died-of-sickness-fr", "fr", "17 enfants sont morts de malnutrition dans le camp."),
    c("died-of-sickness-ru", "ru", "17 человек умерли от холеры в лагере."),
    c("died-of-sickness-uk", "uk", "17 людей померли від холери в таборі."),
    c("died-of-sickness-ar", "ar", "توفي 17 طفلا بسبب سوء التغذية في المخيم."),
    c(
        "killed-amid-famine-en",
        "en",
        "Amid the famine, RSF shelling killed 17 people in El Fasher.",
        ("killed", "unknown", 17, 17, False, "self", "event"),
    ),
    # --- an epidemic's running count of cases is no wounded toll ---------------------------
    c("epidemic-cases-ar", "ar", "ليرتفع إجمالي الإصابات منذ بدء التفشي إلى أكثر من 31000 حالة."),
    c(
        "epidemic-cases-ru",
        "ru",
        "С начала эпидемии заразились более 31 000 человек, 400 пострадали.",
    ),
    c(
        "wounded-since-war-en",
        "en",
        "More than 31,000 people have been wounded since the outbreak of the war.",
        ("wounded", "unknown", 31000, None, False, "self", "cumulative"),
    ),
    # --- the figures of a proportion ("соотношение потерь 1 к 7", "a 1 to 7 ratio") count no one
    c(
        "ratio-ru",
        "ru",
        "Противник потерял за неделю 340 человек, а соотношение потерь там 1 к 6.",
        ("casualties", "unknown", 340, 340, False, "self", "period"),
    ),
    c("ratio-uk", "uk", "У Москві розповідають про «співвідношення втрат 1 до 6»."),
    c("ratio-en", "en", "Kyiv claims a casualty ratio of 1 to 6 in its favour."),
    c("ratio-fr", "fr", "Kiev évoque un ratio de pertes de 1 pour 6."),
    # --- one person after its verb with its own word before the noun ("погиб наш боец") ----
    c(
        "single-with-modifier-ru",
        "ru",
        "Вчера при артобстреле погиб наш боец.",
        ("killed", "ru", 1, 1, False, "self", "event"),
        side="ru",
    ),
    c(
        "single-with-modifier-uk",
        "uk",
        "На Покровському напрямку загинув наш побратим — молодший сержант, навідник.",
        ("killed", "ua", 1, 1, False, "self", "event"),
        side="ua",
    ),
    c(
        "single-with-adjective-ru",
        "ru",
        "В результате удара погиб мирный житель.",
        ("killed", "civilians", 1, 1, False, "self", "event"),
    ),
    # --- brothers-in-arms are always one's own ("побратими", "сослуживцы") ------------------
    c(
        "brothers-in-arms-uk",
        "uk",
        "Сьогодні загинули двоє наших побратимів із роти.",
        ("killed", "ua", 2, 2, False, "self", "event"),
        side="ua",
    ),
    c(
        "brothers-in-arms-uk-2",
        "uk",
        "Загинули троє побратимів.",
        ("killed", "ua", 3, 3, False, "self", "event"),
        side="ua",
    ),
    c(
        "brothers-in-arms-ru",
        "ru",
        "Погибли трое сослуживцев.",
        ("killed", "ru", 3, 3, False, "self", "event"),
        side="ru",
    ),
    # --- "put the number at N": the toll said before, given anew by another speaker --------
    c(
        "restated-toll-en",
        "en",
        "The toll from the attack stands at 120 dead, a security source said. Another source put the number at around 300.",
        ("killed", "unknown", 120, 120, False, "security_source", "event"),
        ("killed", "unknown", 300, 300, True, "another_source", "event"),
    ),
    c(
        "restated-toll-fr",
        "fr",
        "Le bilan est de 120 morts. Nous avons estimé le nombre à environ 300.",
        ("killed", "unknown", 120, 120, False, "self", "event"),
        ("killed", "unknown", 300, 300, True, "self", "event"),
    ),
    c(
        "restated-toll-ru",
        "ru",
        "Погибли 120 человек. Мы оцениваем число в 300.",
        ("killed", "unknown", 120, 120, False, "self", "event"),
        ("killed", "unknown", 300, 300, False, "self", "event"),
    ),
    c("restated-nothing-before-en", "en", "Officials put the number at around 300."),
    # --- an exact-spelling alias ("=UN") names the speaker inside a longer phrase -----------
    c(
        "exact-alias-in-phrase-en",
        "en",
        "At least 85 people were killed in the raid, a UN source said.",
        ("killed", "unknown", 85, None, False, "un", "event"),
    ),
    c(
        "exact-alias-not-article-fr",
        "fr",
        "Un responsable local a indiqué que 85 personnes avaient été tuées.",
        ("killed", "unknown", 85, 85, False, "responsable_local", "event"),
    ),
    # --- Sudan's Joint Force has no id: its fighters are unknown, not the army's -----------
    c(
        "joint-force-ar",
        "ar",
        "قالت قوات الدعم السريع إنها قضت على نحو ثلاثمائة مقاتل من القوة المشتركة.",
        ("killed", "unknown", 300, 300, True, "rsf", "event"),
    ),
    c(
        "joint-force-en",
        "en",
        "The RSF said it had killed about 300 fighters of the Joint Force.",
        ("killed", "unknown", 300, 300, True, "rsf", "event"),
    ),
    c(
        "joint-force-fr",
        "fr",
        "Les FSR affirment avoir tué environ 300 combattants de la Force conjointe.",
        ("killed", "unknown", 300, 300, True, "rsf", "event"),
    ),
    c(
        "joint-force-ru",
        "ru",
        "СБР заявили, что уничтожили около 300 бойцов Совместных сил.",
        ("killed", "unknown", 300, 300, True, "rsf", "event"),
    ),
    c(
        "rsf-enemy-default-en",
        "en",
        "The RSF said it had killed about 300 fighters.",
        ("killed", "saf", 300, 300, True, "rsf", "event"),
    ),
]


@pytest.mark.parametrize("c", params(CASES))
def test_phenomenon(c: Case) -> None:
    check(c)
