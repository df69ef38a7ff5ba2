"""Ukrainian: one case per phenomenon of shared/claims-spec.md, in sentences of our own.

Claims are (kind, victim, low, high, approx, claimant, scope).
"""

from __future__ import annotations

import pytest

from tests.extractors.cases import Case, Expected, case, check, params

THIN = "\u2009"
NBSP = "\u00a0"


def c(id: str, text: str, *claims: Expected, side: str | None = None) -> Case:
    return case(id, text, *claims, lang="uk", side=side)


CASES: list[Case] = [
    # --- kinds ---------------------------------------------------------------------------
    c(
        "killed-znyshchyly",
        "На Курахівському напрямку наші воїни знищили 37 окупантів.",
        ("killed", "ru", 37, 37, False, "self", "event"),
        side="ua",
    ),
    c(
        "killed-likviduvaly-unit-number",
        "Оператори 59-ї бригади ліквідували 36 російських військових біля Селидового.",
        ("killed", "ru", 36, 36, False, "self", "event"),
        side="ua",
    ),
    c(
        "killed-zahynuly-collective",
        "У Херсоні внаслідок удару дрона по маршрутці загинули п'ятеро цивільних.",
        ("killed", "civilians", 5, 5, False, "self", "event"),
    ),
    c(
        "killed-dvohsotyi-slang-and-zero",
        "Підсумок нічного штурму: щонайменше 14 «двохсотих» у ворога, у нас без втрат.",
        ("killed", "ru", 14, None, False, "self", "event"),
        ("casualties", "ua", 0, 0, False, "self", "event"),
        side="ua",
    ),
    c(
        "killed-zhertvy",
        "Жертвами ракетного удару по Дніпру стали 19 цивільних.",
        ("killed", "civilians", 19, 19, False, "self", "event"),
    ),
    c(
        "killed-polehly-ours",
        "Під час виконання бойового завдання полягли троє наших побратимів. Вічна пам'ять 🕯",
        ("killed", "ua", 3, 3, False, "self", "event"),
        side="ua",
    ),
    c(
        "wounded-poraneno-part-not-counted",
        "У Сумах поранено 11 мирних жителів, серед них троє дітей.",
        ("wounded", "civilians", 11, 11, False, "self", "event"),
    ),
    c(
        "wounded-trohsoti-period",
        "Наші «трьохсоті» за добу — шестеро, усі легкі.",
        ("wounded", "ua", 6, 6, False, "self", "period"),
        side="ua",
    ),
    c(
        "wounded-distaly-poranennya",
        "Ще 14 військових ЗСУ дістали поранення під час евакуації.",
        ("wounded", "ua", 14, 14, False, "self", "event"),
    ),
    c(
        "captured-vzyato-v-polon",
        "На Курщині взято в полон 25 російських військовослужбовців.",
        ("captured", "ru", 25, 25, False, "self", "event"),
        side="ua",
    ),
    c(
        "captured-zdalysya-collective",
        "Біля Вовчанська здалися в полон дев'ятеро окупантів.",
        ("captured", "ru", 9, 9, False, "self", "event"),
        side="ua",
    ),
    c(
        "captured-hostages",
        "Бойовики ІДІЛ захопили в заручники 14 цивільних на півночі Мозамбіку.",
        ("captured", "civilians", 14, 14, False, "self", "event"),
    ),
    c(
        "captured-abducted-about",
        "На окупованій Запоріжжині російські військові викрали близько 30 цивільних.",
        ("captured", "civilians", 30, 30, True, "self", "event"),
    ),
    c(
        "missing-znykli-bezvisty",
        "Після бою під Роботиним 17 наших бійців вважаються зниклими безвісти.",
        ("missing", "ua", 17, 17, False, "self", "event"),
        side="ua",
    ),
    c(
        "casualties-vbytymy-ta-poranenymy-event",
        "Під Торецьком ворог за одну атаку втратив 120 осіб убитими та пораненими.",
        ("casualties", "ru", 120, 120, False, "self", "event"),
        side="ua",
    ),
    c(
        "casualties-vtraty-noun",
        "Втрати окупантів у вчорашньому бою за Вовчанськ — понад 300 військових.",
        ("casualties", "ru", 300, None, False, "self", "event"),
        side="ua",
    ),
    # --- the verb of losing --------------------------------------------------------------
    c(
        "lost-event-is-killed",
        "У бою біля Кліщіївки російський підрозділ втратив шістьох солдатів.",
        ("killed", "ru", 6, 6, False, "self", "event"),
        side="ua",
    ),
    c(
        "lost-event-ours",
        "Минулої ночі під Часовим Яром наша бригада втратила трьох бійців через удар КАБа.",
        ("killed", "ua", 3, 3, False, "self", "event"),
        side="ua",
    ),
    c(
        "lost-period-is-casualties",
        "Упродовж доби на Курахівському напрямку окупанти втратили понад 290 осіб.",
        ("casualties", "ru", 290, None, False, "self", "period"),
        side="ua",
    ),
    c(
        "lost-daily-is-casualties",
        "Щодня ворог втрачає на цій ділянці до 150 осіб.",
        ("casualties", "ru", None, 150, False, "self", "period"),
        side="ua",
    ),
    c(
        "lost-cumulative-ua-gs",
        "Від початку повномасштабного вторгнення росія втратила понад 600 тисяч військових, повідомив Генштаб ЗСУ.",
        ("casualties", "ru", 600000, None, False, "ua_gs", "cumulative"),
    ),
    c(
        "lost-split-word-decides",
        "За тиждень ворог втратив на нашій ділянці близько 400 осіб убитими.",
        ("killed", "ru", 400, 400, True, "self", "period"),
        side="ua",
    ),
    c(
        "irrecoverable-losses-are-killed",
        "Безповоротні втрати російської армії від початку вторгнення — понад 200 тисяч осіб.",
        ("killed", "ru", 200000, None, False, "self", "cumulative"),
        side="ua",
    ),
    c(
        "postrazhdaly-with-dead-is-wounded",
        "У Запоріжжі внаслідок обстрілу загинули двоє мешканців, ще дев'ятеро постраждали.",
        ("killed", "civilians", 2, 2, False, "self", "event"),
        ("wounded", "civilians", 9, 9, False, "self", "event"),
    ),
    c(
        "postrazhdaly-alone-is-casualties",
        "Унаслідок атаки дронів на Київ постраждали 14 цивільних.",
        ("casualties", "civilians", 14, 14, False, "self", "event"),
    ),
    # --- quantities ----------------------------------------------------------------------
    c(
        "num-word-genitive-dvoh",
        "Снайпер знищив двох російських офіцерів біля Кринок.",
        ("killed", "ru", 2, 2, False, "self", "event"),
        side="ua",
    ),
    c(
        "num-word-pyatyokh",
        "Розвідники взяли в полон п'ятьох окупантів.",
        ("captured", "ru", 5, 5, False, "self", "event"),
        side="ua",
    ),
    c(
        "num-word-feminine-dvi",
        "Унаслідок обстрілу поранені дві мешканки Харкова.",
        ("wounded", "civilians", 2, 2, False, "self", "event"),
    ),
    c(
        "num-word-compound",
        "Артилеристи нашої бригади знищили двадцять сім окупантів.",
        ("killed", "ru", 27, 27, False, "self", "event"),
        side="ua",
    ),
    c(
        "num-zrosla-do-is-exact",
        "Кількість загиблих цивільних у Сумах зросла до п'ятнадцяти.",
        ("killed", "civilians", 15, 15, False, "self", "event"),
    ),
    c(
        "qty-about-blyzko",
        "Під Вугледаром знищено близько 60 окупантів.",
        ("killed", "ru", 60, 60, True, "self", "event"),
        side="ua",
    ),
    c(
        "qty-about-pryblyzno",
        "Під час удару по скупченню піхоти поранено приблизно 120 російських військових.",
        ("wounded", "ru", 120, 120, True, "self", "event"),
        side="ua",
    ),
    c(
        "qty-about-mayzhe-week",
        "Майже 90 цивільних загинули за тиждень обстрілів Харківщини.",
        ("killed", "civilians", 90, 90, True, "self", "period"),
    ),
    c(
        "qty-more-bilshe-bodies",
        "Окупанти залишили на полі бою більше двадцяти тіл.",
        ("killed", "ru", 20, None, False, "self", "event"),
        side="ua",
    ),
    c(
        "qty-at-least-shchonaimenshe",
        "Щонайменше 12 цивільних загинули внаслідок удару по Костянтинівці.",
        ("killed", "civilians", 12, None, False, "self", "event"),
    ),
    c(
        "qty-at-least-ne-menshe-words",
        "Знищено не менше тридцяти загарбників.",
        ("killed", "ru", 30, None, False, "self", "event"),
        side="ua",
    ),
    c(
        "qty-at-least-yak-minimum-foreign-army",
        "Як мінімум 7 військових армії Буркіна-Фасо загинули в засаді.",
        ("killed", "unknown", 7, None, False, "self", "event"),
    ),
    c(
        "qty-up-to-do",
        "Ударом HIMARS ліквідовано до 35 окупантів.",
        ("killed", "ru", None, 35, False, "self", "event"),
        side="ua",
    ),
    c(
        "qty-no-more-than-ne-bilshe",
        "Наші втрати в цьому бою — не більше п'яти поранених.",
        ("wounded", "ua", None, 5, False, "self", "event"),
        side="ua",
    ),
    c(
        "qty-fewer-than-menshe-party-claimant",
        "Армія Малі заявила, що втратила в засаді біля Боні менше десяти військових.",
        ("killed", "fama", None, 10, False, "fama", "event"),
    ),
    c(
        "qty-range-vid-do-rybar",
        "За даними «Рибаря», у боях за Новогродівку загинули від 40 до 60 бійців ЗСУ.",
        ("killed", "ua", 40, 60, False, "rybar", "event"),
    ),
    c(
        "qty-range-dash",
        "Удар по полігону на Дніпропетровщині: поранено 15–20 військових ЗСУ.",
        ("wounded", "ua", 15, 20, False, "self", "event"),
    ),
    c(
        "qty-ten-desyatok",
        "На Запорізькому напрямку знищено десяток окупантів.",
        ("killed", "ru", 10, 10, True, "self", "event"),
        side="ua",
    ),
    c(
        "qty-dozen-dyuzhyna",
        "У полон потрапила дюжина російських піхотинців.",
        ("captured", "ru", 12, 12, True, "self", "event"),
        side="ua",
    ),
    c(
        "qty-tens-desyatky",
        "Десятки цивільних загинули внаслідок нападу СШР на село в Дарфурі.",
        ("killed", "civilians", 20, 99, True, "self", "event"),
    ),
    c(
        "qty-tens-kilka-desyatkiv",
        "Поранено кілька десятків окупантів.",
        ("wounded", "ru", 20, 99, True, "self", "event"),
        side="ua",
    ),
    c(
        "qty-hundreds-sotni-month",
        "За жовтень під Покровськом знищено сотні окупантів.",
        ("killed", "ru", 200, 999, True, "self", "period"),
        side="ua",
    ),
    c(
        "qty-hundreds-kilka-soten-cumulative",
        "Від початку Курської операції в полон потрапили кілька сотень російських військових.",
        ("captured", "ru", 200, 999, True, "self", "cumulative"),
    ),
    c(
        "qty-thousands-un",
        "За даними ООН, тисячі цивільних загинули в Маріуполі з початку повномасштабної війни.",
        ("killed", "civilians", 2000, 9999, True, "un", "cumulative"),
    ),
    c(
        "qty-tens-of-thousands",
        "З початку війни в Судані загинули десятки тисяч людей.",
        ("killed", "unknown", 20000, 99999, True, "self", "cumulative"),
    ),
    c(
        "qty-several-kilka",
        "Кілька бійців ЗСУ отримали поранення під час обстрілу.",
        ("wounded", "ua", 2, 9, True, "self", "event"),
    ),
    c(
        "qty-half-hundred-pivsotni",
        "Під Бахмутом знищено півсотні окупантів.",
        ("killed", "ru", 50, 50, True, "self", "event"),
        side="ua",
    ),
    c(
        "qty-half-hundred-qualified",
        "Ворог втратив не менше півсотні осіб убитими.",
        ("killed", "ru", 50, None, False, "self", "event"),
        side="ua",
    ),
    c(
        "qty-loose-dva-desyatky",
        "Авіаударом ліквідовано близько двох десятків бойовиків ДжНІМ.",
        ("killed", "jnim", 20, 20, True, "self", "event"),
    ),
    c(
        "qty-loose-pivtora-desyatka",
        "Поранено півтора десятка військових армії Судану.",
        ("wounded", "saf", 15, 15, True, "self", "event"),
    ),
    c(
        "qty-loose-sotnya",
        "Біля Глушкова здалася в полон сотня російських строковиків.",
        ("captured", "ru", 100, 100, True, "self", "event"),
        side="ua",
    ),
    c(
        "qty-more-than-sotnyu",
        "Ліквідовано понад сотню окупантів.",
        ("killed", "ru", 100, None, False, "self", "event"),
        side="ua",
    ),
    c(
        "qty-more-than-a-ten",
        "Поранено понад десяток окупантів.",
        ("wounded", "ru", 10, None, False, "self", "event"),
        side="ua",
    ),
    c(
        "qty-more-than-a-dozen",
        "Більше дюжини вагнерівців потрапили в полон до повстанців.",
        ("captured", "wagner", 12, None, False, "self", "event"),
    ),
    c(
        "qty-no-more-than-dozens",
        "Втрати «музикантів» становили не більше кількох десятків осіб.",
        ("casualties", "wagner", None, 99, True, "self", "event"),
    ),
    c(
        "zero-bez-vtrat",
        "Група виконала завдання й повернулася без втрат.",
        ("casualties", "ua", 0, 0, False, "self", "event"),
        side="ua",
    ),
    c(
        "zero-postrazhdalyh-nemaye",
        "Постраждалих серед цивільного населення немає.",
        ("casualties", "civilians", 0, 0, False, "self", "event"),
    ),
    c(
        "zero-zahyblyh-nemaye-and-wounded",
        "Загиблих серед особового складу немає, троє поранені.",
        ("killed", "ua", 0, 0, False, "self", "event"),
        ("wounded", "ua", 3, 3, False, "self", "event"),
        side="ua",
    ),
    # --- number formats ------------------------------------------------------------------
    c(
        "fmt-general-staff-tally",
        "Загальні бойові втрати противника з 24.02.22 по 14.11.24 орієнтовно склали: "
        "особового складу ‒ близько 722 440 (+1 770) осіб, танків ‒ 9 430 (+8) од.",
        ("casualties", "ru", 722440, 722440, True, "self", "cumulative"),
        ("casualties", "ru", 1770, 1770, False, "self", "period"),
        side="ua",
    ),
    c(
        "fmt-thin-space-running-total",
        f"Від початку вторгнення ворог втратив близько 1{THIN}150{THIN}000 (+1{THIN}030) осіб.",
        ("casualties", "ru", 1150000, 1150000, True, "self", "cumulative"),
        ("casualties", "ru", 1030, 1030, False, "self", "period"),
        side="ua",
    ),
    c(
        "fmt-nbsp-group",
        f"Від початку Курської операції втрати ворога становлять понад 38{NBSP}520 військових.",
        ("casualties", "ru", 38520, None, False, "self", "cumulative"),
        side="ua",
    ),
    c(
        "fmt-tys-dot",
        "За тиждень втрати ворога на Покровському напрямку склали 2.4 тис. осіб.",
        ("casualties", "ru", 2400, 2400, False, "self", "period"),
        side="ua",
    ),
    c(
        "fmt-tys-comma",
        "Від початку операції в Курській області росіяни втратили понад 11,2 тис. військових.",
        ("casualties", "ru", 11200, None, False, "self", "cumulative"),
        side="ua",
    ),
    c(
        "fmt-tysyachi-decimal-un-month",
        "У липні в Судані загинули близько 1,5 тисячі цивільних, повідомили в ООН.",
        ("killed", "civilians", 1500, 1500, True, "un", "period"),
    ),
    # --- several claims, victims ----------------------------------------------------------
    c(
        "multi-two-victims-one-verb",
        "У засаді біля Кідаля загинули 19 бійців «Африканського корпусу» і 11 малійських військових.",
        ("killed", "wagner", 19, 19, False, "self", "event"),
        ("killed", "fama", 11, 11, False, "self", "event"),
    ),
    c(
        "multi-three-kinds",
        "Підсумок бою біля Торецька: знищено 43 окупанти, 8 узято в полон, ще близько 20 поранено.",
        ("killed", "ru", 43, 43, False, "self", "event"),
        ("captured", "ru", 8, 8, False, "self", "event"),
        ("wounded", "ru", 20, 20, True, "self", "event"),
        side="ua",
    ),
    c(
        "alias-orky-slang",
        "Під Куп'янськом наші дронарі знищили 12 орків 💥 #втрати_ворога",
        ("killed", "ru", 12, 12, False, "self", "event"),
        side="ua",
    ),
    c(
        "alias-rashysty",
        "Бійці ТрО ліквідували 25 рашистів біля Вовчанська.",
        ("killed", "ru", 25, 25, False, "self", "event"),
        side="ua",
    ),
    c(
        "alias-vahnerivtsi-tuareg-claimant",
        "Туарезькі повстанці заявили, що вбили 30 вагнерівців.",
        ("killed", "wagner", 30, 30, False, "tuareg", "event"),
    ),
    c(
        "alias-muzykanty-inflected",
        "У «музикантів» троє поранених після обстрілу бази в Кідалі.",
        ("wounded", "wagner", 3, 3, False, "self", "event"),
    ),
    c(
        "alias-sshr-party-claimant",
        "Армія Судану заявила про знищення 70 бойовиків СШР під Омдурманом.",
        ("killed", "rsf", 70, 70, False, "saf", "event"),
    ),
    c(
        "alias-idil",
        "Сирійська армія ліквідувала 16 бойовиків ІДІЛ під Пальмірою.",
        ("killed", "is", 16, 16, False, "self", "event"),
    ),
    c(
        "enemy-from-ua-side",
        "Ворог за добу втратив на Лиманському напрямку 380 осіб.",
        ("casualties", "ru", 380, 380, False, "self", "period"),
        side="ua",
    ),
    c(
        "ours-from-ua-side",
        "Наші втрати за тиждень: 4 загиблих і 9 поранених.",
        ("killed", "ua", 4, 4, False, "self", "period"),
        ("wounded", "ua", 9, 9, False, "self", "period"),
        side="ua",
    ),
    c(
        "unknown-foreign-army",
        "Унаслідок нападу бойовиків на військовий табір у Нігері загинули 29 нігерських військових.",
        ("killed", "unknown", 29, 29, False, "self", "event"),
    ),
    c(
        "unknown-mixed-sides",
        "Унаслідок удару загинула 31 особа, серед них і військові, і цивільні.",
        ("killed", "unknown", 31, 31, False, "self", "event"),
    ),
    # --- claimants -----------------------------------------------------------------------
    c(
        "claimant-ua-gs-period",
        "За даними Генштабу ЗСУ, за добу ліквідовано 1 240 окупантів.",
        ("killed", "ru", 1240, 1240, False, "ua_gs", "period"),
    ),
    c(
        "claimant-ru-mod-period",
        "Міноборони рф заявило про знищення до 70 військових ЗСУ за добу на херсонському напрямку.",
        ("killed", "ua", None, 70, False, "ru_mod", "period"),
    ),
    c(
        "claimant-un-month",
        "Моніторингова місія ООН: у серпні в Україні загинули щонайменше 184 цивільні.",
        ("killed", "civilians", 184, None, False, "un", "period"),
    ),
    c(
        "claimant-wsj",
        "Як пише The Wall Street Journal, у Малі загинули десятки вагнерівців.",
        ("killed", "wagner", 20, 99, True, "wsj", "event"),
    ),
    c(
        "claimant-reuters",
        "Reuters: у засаді поблизу Гао загинули 12 малійських солдатів.",
        ("killed", "fama", 12, 12, False, "reuters", "event"),
    ),
    c(
        "claimant-mediazona-cumulative",
        "«Медіазона» встановила імена понад 95 тисяч російських військових, загиблих від початку вторгнення.",
        ("killed", "ru", 95000, None, False, "mediazona", "cumulative"),
    ),
    c(
        "claimant-bbc",
        "За підрахунками BBC, від початку боїв на Курщині загинули понад 600 російських строковиків.",
        ("killed", "ru", 600, None, False, "bbc", "cumulative"),
    ),
    c(
        "claimant-tuareg-spokesman",
        "Речник FLA повідомив, що повстанці взяли в полон 8 малійських військових.",
        ("captured", "fama", 8, 8, False, "tuareg", "event"),
    ),
    c(
        "claimant-fama-own-losses",
        "Армія Малі повідомила про загибель двох своїх військових.",
        ("killed", "fama", 2, 2, False, "fama", "event"),
    ),
    c(
        "claimant-ua-military-spokesman",
        "Як повідомив речник Сил оборони півдня, за добу на херсонському напрямку знищено 46 окупантів.",
        ("killed", "ru", 46, 46, False, "ua", "period"),
    ),
    # --- scope, parts, repetition --------------------------------------------------------
    c(
        "scope-week-period",
        "За минулий тиждень на Харківщині загинули 9 цивільних.",
        ("killed", "civilians", 9, 9, False, "self", "period"),
    ),
    c(
        "part-same-kind-sered-nyh",
        "Унаслідок удару по Кривому Рогу загинули 11 цивільних, серед них двоє дітей.",
        ("killed", "civilians", 11, 11, False, "self", "event"),
    ),
    c(
        "part-other-kind-counted",
        "Втрати ворога за тиждень на цій ділянці — понад 600 військових, зокрема щонайменше 250 убитими.",
        ("casualties", "ru", 600, None, False, "self", "period"),
        ("killed", "ru", 250, None, False, "self", "period"),
        side="ua",
    ),
    c(
        "headline-repeat-one-claim",
        "⚡️ У Сумах загинули 19 цивільних\n\n"
        "Кількість загиблих цивільних унаслідок удару по Сумах зросла до 19.",
        ("killed", "civilians", 19, 19, False, "self", "event"),
    ),
    # --- not claims ----------------------------------------------------------------------
    c(
        "nonclaim-equipment",
        "За добу знищено 6 танків, 14 ББМ і 32 артсистеми ворога.",
        side="ua",
    ),
    c(
        "nonclaim-exchange",
        "Із російського полону повернулися додому 103 захисники 🇺🇦",
        side="ua",
    ),
    c(
        "nonclaim-repatriated-bodies",
        "В Україну повернули тіла 563 загиблих захисників.",
    ),
    c(
        "nonclaim-refugees",
        "Понад 6 мільйонів українців перебувають за кордоном як біженці.",
    ),
    c(
        "nonclaim-evacuated",
        "З Покровська за тиждень евакуювали 1 200 людей, серед них 140 дітей.",
    ),
    c(
        "nonclaim-police-arrests",
        "Поліція затримала 14 учасників бійки біля ТЦК у Полтаві.",
    ),
    c(
        "nonclaim-date-and-force-size",
        "Атака почалася 6 серпня о 5:30, у ній брали участь до 1000 окупантів.",
        side="ua",
    ),
    c(
        "nonclaim-distance",
        "Наші підрозділи просунулися на 4 км углиб оборони ворога.",
        side="ua",
    ),
    c(
        "nonclaim-age",
        "Наймолодшому добровольцю бригади — 19 років.",
        side="ua",
    ),
    c(
        "nonclaim-unit-number",
        "Підрозділи 3-ї штурмової бригади утримують позиції біля Тернів.",
        side="ua",
    ),
    c(
        "nonclaim-year-recruits",
        "У 2024 році до лав ЗСУ долучилися понад 200 тисяч мобілізованих.",
    ),
    c(
        "nonclaim-percent",
        "Втрати ворога в листопаді зросли на 25% порівняно з жовтнем.",
        side="ua",
    ),
    c(
        "nonclaim-votes",
        "Верховна Рада ухвалила бюджет: «за» проголосували 257 депутатів.",
    ),
    c(
        "nonclaim-heavy-losses",
        "Ворог зазнає значних втрат під Покровськом.",
        side="ua",
    ),
    c(
        "nonclaim-ye-poraneni",
        "Одеса: унаслідок атаки є поранені, інформація уточнюється.",
    ),
    c(
        "nonclaim-lost-equipment",
        "Росіяни втратили під Вугледаром 12 одиниць бронетехніки.",
        side="ua",
    ),
    c(
        "nonclaim-deployment",
        "На Курщину перекинули близько 11 тисяч північнокорейських військових.",
    ),
    c(
        "nonclaim-airstrikes-count",
        "Ворог завдав 27 авіаударів, скинувши 41 КАБ на позиції наших військ.",
        side="ua",
    ),
    # --- the language detected, not given ------------------------------------------------
    case(
        "detect-lang-uk",
        "Під Покровськом знищено 14 окупантів.",
        ("killed", "ru", 14, 14, False, "self", "event"),
        lang=None,
        side="ua",
    ),
    # --- round 6: one person named by office or trade -----------------------------------
    c(
        "single-office-killed-after-verb",
        "Унаслідок обстрілу загинув староста села на Харківщині.",
        ("killed", "unknown", 1, 1, False, "self", "event"),
    ),
    c(
        "single-office-killed-before-verb",
        "Голова громади загинув під час евакуації людей.",
        ("killed", "unknown", 1, 1, False, "self", "event"),
    ),
    c(
        "single-office-wounded-nominative",
        "Поранений депутат міської ради, його госпіталізували.",
        ("wounded", "unknown", 1, 1, False, "self", "event"),
    ),
    c(
        "single-office-as-speaker-counts-no-one",
        "Голова ОВА повідомив, що загинули троє людей.",
        ("killed", "unknown", 3, 3, False, "holova_ova", "event"),
    ),
    c(
        "single-office-natural-death-no-claim",
        "Староста села помер від хвороби в лікарні.",
    ),
    c(
        "single-office-arrested-no-claim",
        "У Києві затримано посадовця міської адміністрації.",
    ),
    # --- round 6: deaths no one caused --------------------------------------------------
    c(
        "natural-death-hunger-before-verb-no-claim",
        "В окупованому селі від голоду померли 9 людей.",
    ),
    c(
        "natural-death-stroke-no-claim",
        "Староста громади помер від інсульту в лікарні.",
    ),
    c(
        "natural-death-wounds-still-killed",
        "Четверо бійців померли від поранень у шпиталі.",
        ("killed", "unknown", 4, 4, False, "self", "event"),
    ),
    # --- round 6: "стільки ж" поранених, скільки загиблих -------------------------------
    c(
        "same-number-stilky-zh",
        "Унаслідок удару загинули п'ятеро цивільних, стільки ж поранені.",
        ("killed", "civilians", 5, 5, False, "self", "event"),
        ("wounded", "civilians", 5, 5, False, "self", "event"),
    ),
    # --- round 6: вбивство як іменник ---------------------------------------------------
    c(
        "nominal-vbyvstvo",
        "Вбивство двох волонтерів у прифронтовому селі сколихнуло громаду.",
        ("killed", "civilians", 2, 2, False, "self", "event"),
    ),
    # --- round 7: unit nicknames name their side -----------------------------------------
    c(
        "unit-nickname-akhmativtsi-ru",
        "Ахматівці втратили під Курськом 20 бійців.",
        ("killed", "ru", 20, 20, False, "self", "event"),
        side="ua",
    ),
    c(
        "unit-nickname-kadyrivtsi-ru",
        "Наші оператори знищили 9 кадирівців.",
        ("killed", "ru", 9, 9, False, "self", "event"),
        side="ua",
    ),
    c(
        "unit-nickname-krakeny-ua-on-ru-channel",
        "Знищено 11 кракенів.",
        ("killed", "ua", 11, 11, False, "self", "event"),
        side="ru",
    ),
    # --- round 7: a party's own losses in its reported statement --------------------------
    c(
        "own-losses-vlasni-vtraty-speaker-side",
        "CSP-DPA стверджує, що знищено понад 84 вагнерівців; власні втрати — 9 загиблих і "
        "12 поранених.",
        ("killed", "wagner", 84, None, False, "tuareg", "event"),
        ("killed", "tuareg", 9, 9, False, "tuareg", "event"),
        ("wounded", "tuareg", 12, 12, False, "tuareg", "event"),
    ),
    c(
        "own-losses-enemy-his-losses-stay-enemy",
        "Ворог втратив 120 окупантів; його втрати за тиждень — 900.",
        ("killed", "ru", 120, 120, False, "self", "event"),
        ("casualties", "ru", 900, 900, False, "self", "period"),
        side="ua",
    ),
    # --- round 7: the perpetrator is never the victim -------------------------------------
    c(
        "perpetrator-vbyly-ta-poranyly-not-victim",
        "Бойовики JNIM заявили, що вбили та поранили десятки людей.",
        ("casualties", "unknown", 20, 99, True, "jnim", "event"),
    ),
    # --- round 7: "одного взяли в полон": one as the object of its verb ---------------------
    c(
        "one-as-object-vzyaly-v-polon",
        "Шістьох знищили, одного взяли в полон.",
        ("killed", "ru", 6, 6, False, "self", "event"),
        ("captured", "ru", 1, 1, False, "self", "event"),
        side="ua",
    ),
    c(
        "one-as-object-arrest-no-claim",
        "Одного взяли під варту в Києві.",
    ),
    # --- round 7: a party's leader speaks for it ------------------------------------------
    c(
        "leader-zelenskyi-is-ua",
        "Зеленський заявив, що з початку війни загинули 43 тисячі українських військових.",
        ("killed", "ua", 43000, 43000, False, "ua", "cumulative"),
    ),
    c(
        "leader-putin-is-ru",
        "Путін заявив, що ЗСУ втратили в Курській області понад 2000 військових.",
        ("killed", "ua", 2000, None, False, "ru", "event"),
    ),
    # --- round 7: СШП (Сили швидкої підтримки) is the RSF ---------------------------------
    c(
        "rsf-sshp-beats-channel-default",
        "На півдні Судану загинули щонайменше 200 бійців СШП.",
        ("killed", "rsf", 200, None, False, "self", "event"),
        side="ua",
    ),
    # --- round 7: "за даними X загинули N" with no comma: the source ends at its verb -------
    c(
        "according-no-comma-source-ends-at-verb",
        "За даними МОЗ Гази загинули щонайменше 40 людей.",
        ("killed", "unknown", 40, None, False, "moz_hazy", "event"),
        side="ua",
    ),
    # --- round 7: another war's dead are not the channel's enemy ---------------------------
    c(
        "theatre-idf-hamas-fighters-unknown",
        "ЦАХАЛ ліквідував 15 бойовиків ХАМАС у секторі Газа.",
        ("killed", "unknown", 15, 15, False, "self", "event"),
        side="ua",
    ),
    c(
        "theatre-own-war-enemy-word-still-resolves",
        "Ворог втратив за добу 1200 окупантів. Ізраїль тим часом завдав удару по Лівану.",
        ("casualties", "ru", 1200, 1200, False, "self", "period"),
        side="ua",
    ),
    # --- round 7: a strike's victims are the struck place's side, not the attacker's -------
    c(
        "struck-side-po-rosiyskomu-polihonu",
        "Удар по російському полігону забрав життя щонайменше 50 військових.",
        ("killed", "ru", 50, None, False, "self", "event"),
    ),
    c(
        "struck-side-drone-adjective-civilians",
        "Внаслідок атаки російського дрона загинули двоє цивільних.",
        ("killed", "civilians", 2, 2, False, "self", "event"),
        side="ua",
    ),
    # --- round 7: "втрат не маємо": a unit's own report of none -----------------------------
    c(
        "zero-vlasnykh-vtrat-ne-mayemo",
        "Власних втрат не маємо.",
        ("casualties", "ua", 0, 0, False, "self", "event"),
        side="ua",
    ),
    c(
        "zero-no-information-on-losses-is-no-claim",
        "Інформації про втрати не маємо.",
        side="ua",
    ),
    c(
        "zero-no-data-on-dead-is-no-claim",
        "Даних про загиблих поки немає.",
        side="ua",
    ),
    # --- round 7: a loss whose part is the dead is casualties, and the part a claim ---------
    c(
        "loss-with-dead-part-z-nykh-zahyblymy",
        "Ворог втратив до 70 окупантів, з них понад 30 — загиблими.",
        ("casualties", "ru", None, 70, False, "self", "event"),
        ("killed", "ru", 30, None, False, "self", "event"),
        side="ua",
    ),
    # --- round 7: a lone civilian after the verb ("загинув цивільний") ---------------------
    c(
        "single-adjective-noun-tsyvilnyi-with-age",
        "Загинув цивільний — 52-річний волонтер.",
        ("killed", "civilians", 1, 1, False, "self", "event"),
        side="ua",
    ),
    c(
        "single-adjective-before-its-noun-is-no-person",
        "Внаслідок обстрілу згорів цивільний автомобіль.",
    ),
    # --- round 7: "не втратили жодного бійця" is none, not one ------------------------------
    c(
        "zero-ne-vtratyly-zhodnoho",
        "Ми не втратили жодного бійця.",
        # a verb of losing with a person counted, in one incident: the spec's killed
        ("killed", "ua", 0, 0, False, "self", "event"),
        side="ua",
    ),
    # --- round 7: a named source in brackets at the end of a sentence ----------------------
    c(
        "claimant-trailing-brackets-genshtab",
        "Окупанти втратили за добу 1 300 осіб (дані Генштабу ЗСУ).",
        ("casualties", "ru", 1300, 1300, False, "ua_gs", "period"),
    ),
    # --- round 7: a Ukrainian grouping's spokesman speaks for ua --------------------------
    c(
        "claimant-rechnyk-uhrupovannya-ua",
        "За добу ворог втратив 186 окупантів, з них 72 безповоротно, повідомив речник "
        "угруповання військ.",
        ("casualties", "ru", 186, 186, False, "ua", "period"),
        ("killed", "ru", 72, 72, False, "ua", "period"),
        side="ua",
    ),
    c(
        "claimant-rechnyk-rosiyskoho-uhrupovannya-ru-mod",
        "Речник російського угруповання військ «Центр» заявив про знищення 40 військових ЗСУ.",
        ("killed", "ua", 40, 40, False, "ru_mod", "event"),
    ),
    # --- round 7: a strike's toll at a market, a school, a camp for displaced: civilians ---
    c(
        "civil-place-rynok-toll-unknown",
        "Кількість загиблих унаслідок удару по ринку зросла до 17.",
        ("killed", "unknown", 17, 17, False, "self", "event"),
        side="ua",
    ),
    # --- round 7: "один із двох бійців": the one is the count, the two the group ------------
    c(
        "one-of-the-two-is-one",
        "Один із двох бійців загинув.",
        ("killed", "unknown", 1, 1, False, "self", "event"),
    ),
    # --- round 7: speakers made English slugs ---------------------------------------------
    c(
        "slug-mistsevi-meshkantsi-residents",
        "Місцеві мешканці розповіли, що загинули 6 людей.",
        ("killed", "unknown", 6, 6, False, "residents", "event"),
    ),
    # --- round 8: the set counted is named after "кількість" ------------------------------
    c(
        "civilians-tally-named-before-figure",
        "Кількість цивільних, загиблих унаслідок обстрілів громади від початку року, зросла до 58.",
        ("killed", "civilians", 58, 58, False, "self", "cumulative"),
    ),
    c(
        "tally-people-with-children-part-stays-unknown",
        "Кількість загиблих у Сумах зросла до 20 людей, серед них 9 дітей.",
        ("killed", "unknown", 20, 20, False, "self", "event"),
    ),
    c(
        "tally-bare-toll-stays-unknown",
        "Кількість загиблих унаслідок удару по Одесі зросла до сімнадцяти.",
        ("killed", "unknown", 17, 17, False, "self", "event"),
    ),
    c(
        "aside-za-yihnoyu-versiyeyu-does-not-block",
        "Росіяни стверджують, що втрати ЗСУ, за їхньою версією, сягнули 9 000 осіб.",
        ("casualties", "ua", 9000, 9000, False, "ru", "event"),
    ),
]


@pytest.mark.parametrize("c", params(CASES))
def test_uk(c: Case) -> None:
    check(c)
