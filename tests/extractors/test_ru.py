"""Russian: one case per phenomenon of shared/claims-spec.md, in sentences of our own.

Claims are (kind, victim, low, high, approx, claimant, scope).
"""

from __future__ import annotations

import pytest

from tests.extractors.cases import Case, Expected, case, check, params

THIN = "\u2009"
NBSP = "\u00a0"


def c(id: str, text: str, *claims: Expected, side: str | None = None) -> Case:
    return case(id, text, *claims, lang="ru", side=side)


CASES: list[Case] = [
    # --- kinds ---------------------------------------------------------------------------
    c(
        "killed-unichtozheno",
        "Южнодонецкое направление: в районе Великой Новосёлки уничтожено 37 боевиков ВСУ.",
        ("killed", "ua", 37, 37, False, "self", "event"),
        side="ru",
    ),
    c(
        "killed-likvidirovali-unit-number",
        "🔥 Штурмовики 5-й бригады ликвидировали 23 военнослужащих ВСУ у Константинополя.",
        ("killed", "ua", 23, 23, False, "self", "event"),
        side="ru",
    ),
    c(
        "killed-pogibli-word-collective",
        "В Горловке украинский дрон атаковал маршрутку: погибли пятеро мирных жителей.",
        ("killed", "civilians", 5, 5, False, "self", "event"),
    ),
    c(
        "killed-dvuhsotye-slang-and-zero",
        "Итоги ночного штурма у Кринок: у противника не меньше 14 «двухсотых», у нас потерь нет.",
        ("killed", "ua", 14, None, False, "self", "event"),
        ("casualties", "ru", 0, 0, False, "self", "event"),
        side="ru",
    ),
    c(
        "killed-200-300-digits-period",
        "По нашей роте за неделю: 200-х — двое, 300-х — пятеро.",
        ("killed", "ru", 2, 2, False, "self", "period"),
        ("wounded", "ru", 5, 5, False, "self", "period"),
        side="ru",
    ),
    c(
        "killed-zhertvy",
        "Жертвами удара по торговому центру в Харькове стали 19 мирных жителей.",
        ("killed", "civilians", 19, 19, False, "self", "event"),
    ),
    c(
        "killed-neutralised-militia-unknown",
        "Ударом ВКС по базе в Идлибе нейтрализованы до 40 боевиков «Хайят Тахрир аш-Шам».",
        ("killed", "unknown", None, 40, False, "self", "event"),
        side="ru",
    ),
    c(
        "wounded-raneny-part-not-counted",
        "При обстреле Шебекино ранены 11 мирных жителей, в том числе трое детей.",
        ("wounded", "civilians", 11, 11, False, "self", "event"),
    ),
    c(
        "wounded-trehsotye-period",
        "Наши трёхсотые за сутки — шестеро, все лёгкие, эвакуированы.",
        ("wounded", "ru", 6, 6, False, "self", "period"),
        side="ru",
    ),
    c(
        "wounded-poluchili-raneniya-fama",
        "Ещё 14 военнослужащих FAMa получили ранения, их вертолётом доставили в Гао.",
        ("wounded", "fama", 14, 14, False, "self", "event"),
    ),
    c(
        "captured-vzyaty-v-plen",
        "В районе Глушково взяты в плен 22 военнослужащих ВСУ.",
        ("captured", "ua", 22, 22, False, "self", "event"),
        side="ru",
    ),
    c(
        "captured-sdalis-word",
        "Под Угледаром сдались в плен девять украинских морпехов.",
        ("captured", "ua", 9, 9, False, "self", "event"),
        side="ru",
    ),
    c(
        "captured-hostages",
        "Боевики ДжНИМ захватили в заложники 14 мирных жителей у Ниоро-дю-Сахель.",
        ("captured", "civilians", 14, 14, False, "self", "event"),
    ),
    c(
        "captured-abducted-about",
        "В Северном Дарфуре бойцы СБР похитили около 30 мирных жителей.",
        ("captured", "civilians", 30, 30, True, "self", "event"),
    ),
    c(
        "missing-bez-vesti",
        "После засады у Диуры ещё 17 малийских военных числятся пропавшими без вести.",
        ("missing", "fama", 17, 17, False, "self", "event"),
    ),
    c(
        "casualties-ubitymi-i-ranenymi-event",
        "Под Торецком противник за одну атаку потерял 120 человек убитыми и ранеными.",
        ("casualties", "ua", 120, 120, False, "self", "event"),
        side="ru",
    ),
    c(
        "casualties-poteri-noun",
        "Потери ВСУ во вчерашнем бою за Часов Яр составили свыше 300 военнослужащих.",
        ("casualties", "ua", 300, None, False, "self", "event"),
        side="ru",
    ),
    # --- the verb of losing --------------------------------------------------------------
    c(
        "lost-event-is-killed",
        "В бою у Клещеевки подразделение ВСУ потеряло шестерых солдат.",
        ("killed", "ua", 6, 6, False, "self", "event"),
        side="ru",
    ),
    c(
        "lost-event-ours-ua-side",
        "Во время штурма опорного пункта под Бахмутом мы потеряли двух боевых товарищей.",
        ("killed", "ua", 2, 2, False, "self", "event"),
        side="ua",
    ),
    c(
        "lost-period-is-casualties",
        "За минувшие сутки на Курском направлении противник потерял свыше 290 военнослужащих.",
        ("casualties", "ua", 290, None, False, "self", "period"),
        side="ru",
    ),
    c(
        "lost-daily-is-casualties",
        "Ежедневно противник теряет на этом участке до 150 человек.",
        ("casualties", "ua", None, 150, False, "self", "period"),
        side="ru",
    ),
    c(
        "lost-cumulative-ru-mod",
        "С начала спецоперации ВСУ потеряли более 560 тысяч военнослужащих, заявили в Минобороны России.",
        ("casualties", "ua", 560000, None, False, "ru_mod", "cumulative"),
    ),
    c(
        "lost-split-word-decides",
        "За неделю противник потерял на нашем участке около 400 военнослужащих убитыми.",
        ("killed", "ua", 400, 400, True, "self", "period"),
        side="ru",
    ),
    c(
        "irrecoverable-losses-are-killed",
        "С начала вторжения в Курскую область безвозвратные потери ВСУ превысили 8 тысяч человек.",
        ("killed", "ua", 8000, None, False, "self", "cumulative"),
        side="ru",
    ),
    c(
        "postradali-with-dead-is-wounded",
        "В Донецке при обстреле погибли двое мирных жителей, ещё девять пострадали.",
        ("killed", "civilians", 2, 2, False, "self", "event"),
        ("wounded", "civilians", 9, 9, False, "self", "event"),
    ),
    c(
        "postradali-alone-is-casualties",
        "При атаке беспилотника на Белгород пострадали 14 мирных жителей.",
        ("casualties", "civilians", 14, 14, False, "self", "event"),
    ),
    # --- quantities ----------------------------------------------------------------------
    c(
        "num-word-genitive-dvuh",
        "Снайперы уничтожили двух офицеров ВСУ у Работино.",
        ("killed", "ua", 2, 2, False, "self", "event"),
        side="ru",
    ),
    c(
        "num-word-collective-pyateryh",
        "Разведчики взяли в плен пятерых украинских военных у Волчанска.",
        ("captured", "ua", 5, 5, False, "self", "event"),
        side="ru",
    ),
    c(
        "num-word-feminine-dve",
        "В Курске ранены две местные жительницы.",
        ("wounded", "civilians", 2, 2, False, "self", "event"),
    ),
    c(
        "num-word-compound",
        "Артиллеристы группировки «Восток» уничтожили двадцать семь военнослужащих ВСУ.",
        ("killed", "ua", 27, 27, False, "self", "event"),
        side="ru",
    ),
    c(
        "num-vyroslo-do-is-exact",
        "Число погибших мирных жителей при обрушении подъезда в Белгороде выросло до пятнадцати.",
        ("killed", "civilians", 15, 15, False, "self", "event"),
    ),
    c(
        "qty-about-okolo",
        "Под Курахово уничтожено около 60 боевиков ВСУ.",
        ("killed", "ua", 60, 60, True, "self", "event"),
        side="ru",
    ),
    c(
        "qty-about-poryadka",
        "Удар по скоплению пехоты у Лимана: ранены порядка 120 украинских военных.",
        ("wounded", "ua", 120, 120, True, "self", "event"),
        side="ru",
    ),
    c(
        "qty-about-pochti-week",
        "Почти 90 мирных жителей погибли за неделю обстрелов в Донецке.",
        ("killed", "civilians", 90, 90, True, "self", "period"),
    ),
    c(
        "qty-about-primerno",
        "У Малой Локни в плен сдались примерно 40 бойцов ВСУ.",
        ("captured", "ua", 40, 40, True, "self", "event"),
        side="ru",
    ),
    c(
        "qty-more-bolshe-bodies",
        "Противник оставил на поле боя больше двадцати тел.",
        ("killed", "ua", 20, None, False, "self", "event"),
        side="ru",
    ),
    c(
        "qty-at-least-ne-menee-words",
        "Уничтожено не менее тридцати украинских военных.",
        ("killed", "ua", 30, None, False, "self", "event"),
        side="ru",
    ),
    c(
        "qty-at-least-kak-minimum",
        "Как минимум 12 мирных жителей погибли при ударе по Лисичанску.",
        ("killed", "civilians", 12, None, False, "self", "event"),
    ),
    c(
        "qty-at-least-po-menshey-mere-foreign-army",
        "По меньшей мере 7 военнослужащих армии Нигера погибли в засаде у Текнафа.",
        ("killed", "unknown", 7, None, False, "self", "event"),
    ),
    c(
        "qty-up-to-do",
        "Ударом «Искандера» по полигону ликвидированы до 35 военнослужащих ВСУ.",
        ("killed", "ua", None, 35, False, "self", "event"),
        side="ru",
    ),
    c(
        "qty-no-more-than-ne-bolee",
        "Наши потери в этом бою — не более пяти человек ранеными.",
        ("wounded", "ru", None, 5, False, "self", "event"),
        side="ru",
    ),
    c(
        "qty-fewer-than-menee-party-claimant",
        "Армия Мали заявила, что потеряла в засаде у Бони менее десяти военнослужащих.",
        ("killed", "fama", None, 10, False, "fama", "event"),
    ),
    c(
        "qty-range-ot-do-rybar",
        "По данным «Рыбаря», в бою за Новогродовку погибли от 40 до 60 бойцов ВСУ.",
        ("killed", "ua", 40, 60, False, "rybar", "event"),
    ),
    c(
        "qty-range-dash",
        "Удар по ПВД в Краматорске: ранены 15–20 военнослужащих ВСУ.",
        ("wounded", "ua", 15, 20, False, "self", "event"),
        side="ru",
    ),
    c(
        "qty-ten-desyatok",
        "В пустыне Бадия ликвидирован десяток боевиков ИГИЛ.",
        ("killed", "is", 10, 10, True, "self", "event"),
        side="ru",
    ),
    c(
        "qty-dozen-dyuzhina",
        "В плен попала дюжина бойцов ВСУ.",
        ("captured", "ua", 12, 12, True, "self", "event"),
        side="ru",
    ),
    c(
        "qty-tens-desyatki",
        "Десятки мирных жителей погибли при нападении СБР на деревню в штате Гезира.",
        ("killed", "civilians", 20, 99, True, "self", "event"),
    ),
    c(
        "qty-tens-neskolko-desyatkov",
        "После удара по казарме ранены несколько десятков военнослужащих ВСУ.",
        ("wounded", "ua", 20, 99, True, "self", "event"),
        side="ru",
    ),
    c(
        "qty-hundreds-sotni",
        "Под Эль-Фашером уничтожены сотни боевиков СБР.",
        ("killed", "rsf", 200, 999, True, "self", "event"),
        side="ru",
    ),
    c(
        "qty-hundreds-neskolko-soten-cumulative",
        "С начала операции в Курской области в плен попали несколько сотен бойцов ВСУ.",
        ("captured", "ua", 200, 999, True, "self", "cumulative"),
        side="ru",
    ),
    c(
        "qty-thousands-un",
        "Тысячи мирных жителей погибли в Эль-Фашере с начала войны, заявили в ООН.",
        ("killed", "civilians", 2000, 9999, True, "un", "cumulative"),
    ),
    c(
        "qty-tens-of-thousands",
        "С начала войны в Судане погибли десятки тысяч человек.",
        ("killed", "unknown", 20000, 99999, True, "self", "cumulative"),
    ),
    c(
        "qty-several-neskolko",
        "Несколько военнослужащих FAMa получили ранения при обстреле лагеря.",
        ("wounded", "fama", 2, 9, True, "self", "event"),
    ),
    c(
        "qty-half-hundred-polsotni",
        "Под Артёмовском уничтожено полсотни боевиков ВСУ.",
        ("killed", "ua", 50, 50, True, "self", "event"),
        side="ru",
    ),
    c(
        "qty-half-hundred-qualified",
        "Противник потерял не менее полусотни человек убитыми.",
        ("killed", "ua", 50, None, False, "self", "event"),
        side="ru",
    ),
    c(
        "qty-loose-dva-desyatka",
        "Авиаударом уничтожены около двух десятков боевиков ДжНИМ.",
        ("killed", "jnim", 20, 20, True, "self", "event"),
    ),
    c(
        "qty-loose-poltora-desyatka",
        "Ранены полтора десятка военнослужащих армии Судана.",
        ("wounded", "saf", 15, 15, True, "self", "event"),
    ),
    c(
        "qty-loose-sotnya",
        "В районе Суджи в плен сдалась сотня украинских военных.",
        ("captured", "ua", 100, 100, True, "self", "event"),
        side="ru",
    ),
    c(
        "qty-more-than-sotni-genitive",
        "В провинции Дейр-эз-Зор ликвидировано более сотни игиловцев.",
        ("killed", "is", 100, None, False, "self", "event"),
        side="ru",
    ),
    c(
        "qty-more-than-a-ten",
        "Ранено более десятка военнослужащих ВСУ.",
        ("wounded", "ua", 10, None, False, "self", "event"),
        side="ru",
    ),
    c(
        "qty-more-than-a-dozen",
        "Свыше дюжины вагнеровцев попали в плен к повстанцам.",
        ("captured", "wagner", 12, None, False, "self", "event"),
    ),
    c(
        "qty-no-more-than-dozens",
        "Потери «музыкантов» составили не более нескольких десятков человек.",
        ("casualties", "wagner", None, 99, True, "self", "event"),
    ),
    c(
        "zero-bez-poter",
        "Группа выполнила задачу и вернулась на позиции без потерь.",
        ("casualties", "ru", 0, 0, False, "self", "event"),
        side="ru",
    ),
    c(
        "zero-postradavshih-net",
        "Пострадавших среди мирного населения нет.",
        ("casualties", "civilians", 0, 0, False, "self", "event"),
    ),
    c(
        "zero-pogibshih-net-and-wounded",
        "Погибших среди личного состава нет, трое ранены.",
        ("killed", "ru", 0, 0, False, "self", "event"),
        ("wounded", "ru", 3, 3, False, "self", "event"),
        side="ru",
    ),
    # --- number formats ------------------------------------------------------------------
    c(
        "fmt-spaces-running-total-ua-gs",
        "По данным Генштаба ВСУ, с 24.02.2022 армия РФ потеряла около 1 150 000 (+1 030) военнослужащих.",
        ("casualties", "ru", 1150000, 1150000, True, "ua_gs", "cumulative"),
        ("casualties", "ru", 1030, 1030, False, "ua_gs", "period"),
    ),
    c(
        "fmt-thin-space-running-total",
        f"Общие потери оккупантов с начала вторжения — около 1{THIN}087{THIN}450 (+940) человек.",
        ("casualties", "ru", 1087450, 1087450, True, "self", "cumulative"),
        ("casualties", "ru", 940, 940, False, "self", "period"),
        side="ua",
    ),
    c(
        "fmt-nbsp-group",
        f"С начала вторжения в Курскую область ВСУ потеряли свыше 21{NBSP}430 военнослужащих.",
        ("casualties", "ua", 21430, None, False, "self", "cumulative"),
        side="ru",
    ),
    c(
        "fmt-tys-dot",
        "За неделю потери ВСУ на Покровском направлении составили 1.2 тыс. человек.",
        ("casualties", "ua", 1200, 1200, False, "self", "period"),
        side="ru",
    ),
    c(
        "fmt-tys-comma",
        "С начала операции потери ВСУ в Курской области превысили 11,2 тыс. военнослужащих.",
        ("casualties", "ua", 11200, None, False, "self", "cumulative"),
        side="ru",
    ),
    c(
        "fmt-tysyachi-decimal-un-month",
        "По оценке ООН, только в июле в Судане были убиты около 1,5 тысячи мирных жителей.",
        ("killed", "civilians", 1500, 1500, True, "un", "period"),
    ),
    # --- several claims, victims ----------------------------------------------------------
    c(
        "multi-two-victims-one-verb",
        "В засаде у Кидаля погибли 19 бойцов Африканского корпуса и 11 малийских военных.",
        ("killed", "wagner", 19, 19, False, "self", "event"),
        ("killed", "fama", 11, 11, False, "self", "event"),
    ),
    c(
        "multi-three-kinds",
        "Итог боя у Суджи: уничтожены 43 военнослужащих ВСУ, 8 взяты в плен, ещё около 20 ранены.",
        ("killed", "ua", 43, 43, False, "self", "event"),
        ("captured", "ua", 8, 8, False, "self", "event"),
        ("wounded", "ua", 20, 20, True, "self", "event"),
        side="ru",
    ),
    c(
        "alias-ukropy-slang",
        "Под Часовым Яром наши накрыли пехоту: уничтожены 12 укропов. #СВО",
        ("killed", "ua", 12, 12, False, "self", "event"),
        side="ru",
    ),
    c(
        "alias-muzykanty-inflected",
        "У «музыкантов» трое раненых после обстрела базы в Кидале.",
        ("wounded", "wagner", 3, 3, False, "self", "event"),
        side="wagner",
    ),
    c(
        "alias-rashisty",
        "Бойцы Сил обороны уничтожили 25 рашистов под Волчанском.",
        ("killed", "ru", 25, 25, False, "self", "event"),
        side="ua",
    ),
    c(
        "alias-igilovtsy-lost-event",
        "Игиловцы потеряли в бою с сирийской армией под Пальмирой 16 человек.",
        ("killed", "is", 16, 16, False, "self", "event"),
    ),
    c(
        "alias-sbr-party-claimant",
        "Армия Судана заявила об уничтожении 70 бойцов СБР под Омдурманом.",
        ("killed", "rsf", 70, 70, False, "saf", "event"),
    ),
    c(
        "alias-nazisty-enemy-word",
        "Расчёт «Ланцета» накрыл блиндаж: ликвидированы 6 нацистов.",
        ("killed", "ua", 6, 6, False, "self", "event"),
        side="ru",
    ),
    c(
        "enemy-from-ua-side",
        "Враг за сутки потерял на Покровском направлении 380 человек.",
        ("casualties", "ru", 380, 380, False, "self", "period"),
        side="ua",
    ),
    c(
        "ours-from-ru-side",
        "Наши потери за неделю: 4 убитых и 9 раненых.",
        ("killed", "ru", 4, 4, False, "self", "period"),
        ("wounded", "ru", 9, 9, False, "self", "period"),
        side="ru",
    ),
    c(
        "ours-from-ua-side",
        "Наши потери в этом бою — трое раненых.",
        ("wounded", "ua", 3, 3, False, "self", "event"),
        side="ua",
    ),
    c(
        "unknown-militia",
        "В Буркина-Фасо в бою с боевиками погибли 18 ополченцев VDP.",
        ("killed", "unknown", 18, 18, False, "self", "event"),
    ),
    c(
        "unknown-mixed-sides",
        "В Эль-Фашере погиб 31 человек, среди них как военные, так и мирные жители.",
        ("killed", "unknown", 31, 31, False, "self", "event"),
    ),
    c(
        "unknown-north-koreans-party-claimant",
        "В бою под Плеховом ликвидированы около 200 северокорейских военных, сообщили в ВСУ.",
        ("killed", "unknown", 200, 200, True, "ua", "event"),
    ),
    # --- claimants -----------------------------------------------------------------------
    c(
        "claimant-ru-mod-period",
        "Минобороны России: за сутки в зоне действий группировки «Днепр» уничтожено до 70 военнослужащих ВСУ.",
        ("killed", "ua", None, 70, False, "ru_mod", "period"),
    ),
    c(
        "claimant-ru-mod-battlegroup-spokesman",
        "Как сообщил начальник пресс-центра группировки «Юг», противник потерял за сутки до 560 военнослужащих.",
        ("casualties", "ua", None, 560, False, "ru_mod", "period"),
        side="ru",
    ),
    c(
        "claimant-ua-gs",
        "По данным Генштаба ВСУ, за сутки ликвидированы 1 240 оккупантов.",
        ("killed", "ru", 1240, 1240, False, "ua_gs", "period"),
    ),
    c(
        "claimant-un-month",
        "ООН: в августе в Украине погибли не менее 184 мирных жителей.",
        ("killed", "civilians", 184, None, False, "un", "period"),
    ),
    c(
        "claimant-wsj",
        "По данным The Wall Street Journal, в Мали погибли десятки бойцов «Вагнера».",
        ("killed", "wagner", 20, 99, True, "wsj", "event"),
    ),
    c(
        "claimant-reuters",
        "Как сообщает Reuters, в засаде под Гао погибли 12 малийских солдат.",
        ("killed", "fama", 12, 12, False, "reuters", "event"),
    ),
    c(
        "claimant-mediazona-cumulative",
        "«Медиазона» установила имена более 95 тысяч российских военных, погибших с начала вторжения.",
        ("killed", "ru", 95000, None, False, "mediazona", "cumulative"),
    ),
    c(
        "claimant-rusich",
        "«Русич» сообщает о гибели более 20 малийских военных под Тинзауатеном.",
        ("killed", "fama", 20, None, False, "rusich", "event"),
    ),
    c(
        "claimant-tuareg-commander",
        "Командир туарегов заявил, что в бою погибли 30 вагнеровцев.",
        ("killed", "wagner", 30, 30, False, "tuareg", "event"),
    ),
    c(
        "claimant-fama-own-losses",
        "Армия Мали сообщила о гибели двух своих военнослужащих.",
        ("killed", "fama", 2, 2, False, "fama", "event"),
    ),
    c(
        "claimant-greyzone",
        "«Грей Зона» пишет, что у Кидаля погибли пятеро «музыкантов».",
        ("killed", "wagner", 5, 5, False, "greyzone", "event"),
    ),
    # --- scope, parts, repetition --------------------------------------------------------
    c(
        "scope-week-period",
        "За прошлую неделю в Белгородской области погибли 9 мирных жителей.",
        ("killed", "civilians", 9, 9, False, "self", "period"),
    ),
    c(
        "part-same-kind-iz-nih",
        "При обстреле рынка в Донецке погибли 11 мирных жителей, из них двое детей.",
        ("killed", "civilians", 11, 11, False, "self", "event"),
    ),
    c(
        "part-other-kind-counted",
        "Потери ВСУ за неделю на этом участке — свыше 600 военнослужащих, в том числе не менее 250 убитыми.",
        ("casualties", "ua", 600, None, False, "self", "period"),
        ("killed", "ua", 250, None, False, "self", "period"),
        side="ru",
    ),
    c(
        "headline-repeat-one-claim",
        "⚡️ В Судже погибли 19 мирных жителей\n\n"
        "Число погибших мирных жителей после удара по интернату в Судже выросло до 19.",
        ("killed", "civilians", 19, 19, False, "self", "event"),
    ),
    # --- not claims ----------------------------------------------------------------------
    c(
        "nonclaim-equipment",
        "За сутки уничтожены 3 танка, 7 ББМ и 12 автомобилей противника.",
        side="ru",
    ),
    c(
        "nonclaim-exchange",
        "В результате обмена из украинского плена возвращены 103 российских военнослужащих.",
        side="ru",
    ),
    c(
        "nonclaim-repatriated-bodies",
        "Украине переданы тела 563 погибших военнослужащих, России — 37.",
    ),
    c(
        "nonclaim-refugees",
        "В Чад за неделю прибыли более 20 тысяч беженцев из Судана.",
    ),
    c(
        "nonclaim-evacuated",
        "Из Суджанского района эвакуированы свыше 12 тысяч человек.",
    ),
    c(
        "nonclaim-police-arrests",
        "Полиция задержала 14 участников несанкционированной акции в Москве.",
    ),
    c(
        "nonclaim-date-and-force-size",
        "Атака началась 6 августа в 5:30 утра, в ней участвовали до 1000 военнослужащих ВСУ.",
        side="ru",
    ),
    c(
        "nonclaim-distance",
        "Наши подразделения продвинулись на 4 км и заняли два опорных пункта.",
        side="ru",
    ),
    c(
        "nonclaim-age",
        "Средний возраст мобилизованных в 47-й бригаде — 43 года.",
    ),
    c(
        "nonclaim-unit-number",
        "Подразделения 155-й бригады ВСУ отошли с позиций у Покровска.",
        side="ru",
    ),
    c(
        "nonclaim-year-recruits",
        "В 2023 году контракт с Минобороны подписали 420 тысяч добровольцев.",
    ),
    c(
        "nonclaim-percent",
        "Потери ВСУ в августе выросли на 30% по сравнению с июлем.",
        side="ru",
    ),
    c(
        "nonclaim-votes",
        "Госдума приняла закон: «за» проголосовали 412 депутатов.",
    ),
    c(
        "nonclaim-heavy-losses",
        "Противник несёт большие потери в районе Кураховского водохранилища.",
        side="ru",
    ),
    c(
        "nonclaim-est-ranenye",
        "Белгород: после атаки дрона есть раненые, информация уточняется.",
    ),
    c(
        "nonclaim-lost-equipment",
        "ВСУ потеряли под Курском 12 единиц бронетехники.",
        side="ru",
    ),
    c(
        "nonclaim-deployment",
        "В Бамако прибыли около 200 бойцов Африканского корпуса.",
    ),
    c(
        "nonclaim-force-size-companies",
        "Противник силами до двух рот атаковал наши позиции у Работино.",
        side="ru",
    ),
    # --- the language detected, not given ------------------------------------------------
    case(
        "detect-lang-ru",
        "Под Торецком уничтожено 14 боевиков ВСУ.",
        ("killed", "ua", 14, 14, False, "self", "event"),
        lang=None,
        side="ru",
    ),
    # --- round 6: one person named by office or trade -----------------------------------
    c(
        "single-office-killed-after-verb",
        "Ночью в Горловке убит глава администрации посёлка.",
        ("killed", "unknown", 1, 1, False, "self", "event"),
    ),
    c(
        "single-office-killed-before-verb",
        "Староста села погиб при обстреле окраин Курахово.",
        ("killed", "unknown", 1, 1, False, "self", "event"),
    ),
    c(
        "single-office-wounded",
        "В Шебекино ранен депутат городского совета.",
        ("wounded", "unknown", 1, 1, False, "self", "event"),
    ),
    c(
        "single-office-as-speaker-counts-no-one",
        "Глава администрации сообщил, что погибли четыре человека.",
        ("killed", "unknown", 4, 4, False, "glava_administratsii", "event"),
    ),
    c(
        "single-office-natural-death-no-claim",
        "Староста села умер от болезни в районной больнице.",
    ),
    c(
        "single-office-sentenced-no-claim",
        "Бывший мэр города приговорён к восьми годам заключения.",
    ),
    c(
        "single-office-arrested-no-claim",
        "В Курске задержан директор подрядной фирмы.",
    ),
    # --- round 6: deaths no one caused --------------------------------------------------
    c(
        "natural-death-hunger-before-verb-no-claim",
        "В блокадном посёлке от голода умерли 14 человек.",
    ),
    c(
        "natural-death-heart-attack-no-claim",
        "Бывший командир батальона умер от инфаркта в своём доме.",
    ),
    c(
        "natural-death-wounds-still-killed",
        "Трое бойцов скончались от ранений в госпитале Донецка.",
        ("killed", "unknown", 3, 3, False, "self", "event"),
    ),
    # --- round 6: "столько же" раненых, сколько убитых -----------------------------------
    c(
        "same-number-stolko-zhe",
        "При обстреле рынка погибли четыре человека, столько же ранены.",
        ("killed", "unknown", 4, 4, False, "self", "event"),
        ("wounded", "unknown", 4, 4, False, "self", "event"),
    ),
    c(
        "same-number-stolko-zhe-qualified",
        "Погибли не менее шести мирных жителей, ещё столько же получили ранения.",
        ("killed", "civilians", 6, None, False, "self", "event"),
        ("wounded", "civilians", 6, None, False, "self", "event"),
    ),
    # --- round 6: убийство как существительное ------------------------------------------
    c(
        "nominal-ubiystvo",
        "Убийство трёх журналистов в прифронтовом городе потрясло страну.",
        ("killed", "civilians", 3, 3, False, "self", "event"),
    ),
    # --- round 7: unit nicknames name their side -----------------------------------------
    c(
        "unit-nickname-azovtsy-ua",
        "На Запорожском направлении наши штурмовики уничтожили до 30 азовцев.",
        ("killed", "ua", None, 30, False, "self", "event"),
        side="ru",
    ),
    c(
        "unit-nickname-krakeny-aidarovtsy-ua",
        "За ночь ликвидированы 15 кракенов и 8 айдаровцев.",
        ("killed", "ua", 23, 23, False, "self", "period"),
        side="ru",
    ),
    c(
        "unit-nickname-akhmatovtsy-ru-on-ua-channel",
        "Ахматовцы потеряли под Суджей убитыми 25 человек.",
        ("killed", "ru", 25, 25, False, "self", "event"),
        side="ua",
    ),
    c(
        "unit-nickname-kadyrovtsy-ru",
        "Уничтожено 14 кадыровцев.",
        ("killed", "ru", 14, 14, False, "self", "event"),
        side="ua",
    ),
    c(
        "unit-nickname-not-a-surname",
        "Ахматова жила в Ташкенте, в тексте погибли 3 человека.",
        ("killed", "unknown", 3, 3, False, "self", "event"),
    ),
    # --- round 7: «Русич» speaks for the Russian side; in Mali its "our" is Africa Corps ----
    c(
        "rusich-quoted-zero-is-ru",
        "Из канала «Русича»: штурм опорника прошёл без потерь.",
        ("casualties", "ru", 0, 0, False, "rusich", "event"),
    ),
    c(
        "rusich-ours-in-mali-is-wagner",
        "По данным «Русича», в бою с туарегами у Тинзауатена наши потери — 12 убитых.",
        ("killed", "wagner", 12, 12, False, "rusich", "event"),
    ),
    c(
        "rybar-ours-in-ukraine-stays-ru",
        "По данным «Рыбаря», под Суджей наши потери — 4 убитых.",
        ("killed", "ru", 4, 4, False, "rybar", "event"),
    ),
    # --- round 7: a party's own losses in its reported statement --------------------------
    c(
        "own-losses-sobstvennye-poteri-speaker-side",
        "Повстанцы CSP заявили, что уничтожили более 80 вагнеровцев, собственные потери — "
        "7 убитых и 10 раненых.",
        ("killed", "wagner", 80, None, False, "tuareg", "event"),
        ("killed", "tuareg", 7, 7, False, "tuareg", "event"),
        ("wounded", "tuareg", 10, 10, False, "tuareg", "event"),
    ),
    c(
        "own-losses-jnim-not-the-army-it-killed",
        "Боевики ДжНИМ заявили, что убили 30 малийских военных, собственные потери — 6 убитых.",
        ("killed", "fama", 30, 30, False, "jnim", "event"),
        ("killed", "jnim", 6, 6, False, "jnim", "event"),
    ),
    # --- round 7: the perpetrator is never the victim -------------------------------------
    c(
        "perpetrator-ubila-i-ranila-not-victim",
        "ДжНИМ заявила, что убила и ранила сотни человек в Бамако. Погибли более 70 человек.",
        ("casualties", "unknown", 200, 999, True, "jnim", "event"),
        ("killed", "unknown", 70, None, False, "self", "event"),
    ),
    # --- round 7: "одного взяли в плен": one as the object of its verb ----------------------
    c(
        "one-as-object-vzyali-v-plen",
        "Шестерых уничтожили, одного взяли в плен.",
        ("killed", "ua", 6, 6, False, "self", "event"),
        ("captured", "ua", 1, 1, False, "self", "event"),
        side="ru",
    ),
    c(
        "one-of-the-detained-sent-to-jail-no-claim",
        "Одного из задержанных отправили в СИЗО.",
    ),
    c(
        "one-as-object-arrest-no-claim",
        "Одного взяли под стражу в Курске.",
    ),
    # --- round 7: a party's leader speaks for it ------------------------------------------
    c(
        "leader-zelenskiy-is-ua",
        "Зеленский заявил, что с начала войны погибли 31 тысяча военных ВСУ.",
        ("killed", "ua", 31000, 31000, False, "ua", "cumulative"),
    ),
    c(
        "leader-putin-is-ru",
        "Путин заявил, что ВСУ потеряли в Курской области более 2000 военнослужащих.",
        ("killed", "ua", 2000, None, False, "ru", "event"),
    ),
    # --- round 7: "по данным X погибли N" with no comma: the source ends at its verb -------
    c(
        "according-no-comma-source-ends-at-verb",
        "ЦАХАЛ нанес удары по югу Ливана, по данным минздрава Ливана погибли 52 человека.",
        ("killed", "unknown", 52, 52, False, "minzdrava_livana", "event"),
        side="ru",
    ),
    c(
        "according-source-named-after-the-dead-keeps-them",
        "По данным центра учета погибших, в городе погибли 300 человек.",
        ("killed", "unknown", 300, 300, False, "tsentra_ucheta", "event"),
    ),
    # --- round 7: another war's dead are not the channel's enemy ---------------------------
    c(
        "theatre-israel-hezbollah-fighters-unknown",
        "ЦАХАЛ заявил об уничтожении 20 боевиков Хезболлы на юге Ливана.",
        ("killed", "unknown", 20, 20, False, "tsakhal", "event"),
        side="ru",
    ),
    c(
        "theatre-own-war-enemy-word-still-resolves",
        "Противник потерял за сутки 400 военнослужащих. Израиль тем временем ударил по Ливану.",
        ("casualties", "ua", 400, 400, False, "self", "period"),
        side="ru",
    ),
    # --- round 7: a strike's victims are the struck place's side, not the attacker's -------
    c(
        "struck-side-po-rossiyskomu-poligonu",
        "Удар украинских ракет по российскому полигону унёс жизни 20 военнослужащих.",
        ("killed", "ru", 20, 20, False, "self", "event"),
    ),
    c(
        "struck-side-drone-adjective-civilians",
        "Мирный житель погиб в результате атаки украинского беспилотника.",
        ("killed", "civilians", 1, 1, False, "self", "event"),
        side="ru",
    ),
    c(
        "struck-side-place-of-place-not-a-side",
        "Удар по полигону в Курской области: погибли 20 военнослужащих.",
        ("killed", "unknown", 20, 20, False, "self", "event"),
    ),
    # --- round 7: "потерь не имеем": a unit's own report of none ---------------------------
    c(
        "zero-poter-ne-imeem-own-side",
        "Своих потерь не имеем, противник потерял до 20 человек.",
        ("casualties", "ru", 0, 0, False, "self", "event"),
        ("killed", "ua", None, 20, False, "self", "event"),
        side="ru",
    ),
    c(
        "zero-no-data-on-losses-is-no-claim",
        "Данных о потерях пока не имеем.",
        side="ru",
    ),
    # --- round 7: a loss whose part is the dead is casualties, and the part a claim ---------
    c(
        "loss-with-dead-part-iz-nikh-ubitymi",
        "Противник потерял до 90 военнослужащих, из них более 40 убитыми.",
        ("casualties", "ua", None, 90, False, "self", "event"),
        ("killed", "ua", 40, None, False, "self", "event"),
        side="ru",
    ),
    # --- round 7: a running total and its day are two claims, never one sum ---------------
    c(
        "total-with-day-not-summed",
        "Всего с начала СВО противник потерял 350 тысяч военнослужащих, за сутки ещё 1 480.",
        ("casualties", "ua", 350000, 350000, False, "self", "cumulative"),
        ("casualties", "ua", 1480, 1480, False, "self", "period"),
        side="ru",
    ),
    # --- round 7: a lone civilian after the verb ("погиб гражданский") ---------------------
    c(
        "single-adjective-noun-grazhdanskiy-with-age",
        "Погиб гражданский — 40-летний водитель.",
        ("killed", "civilians", 1, 1, False, "self", "event"),
    ),
    # --- round 7: "не потеряли ни одного бойца" is none, not one ----------------------------
    c(
        "zero-ne-poteryali-ni-odnogo",
        "Мы не потеряли ни одного бойца, противник потерял до 30 человек.",
        # a verb of losing with a person counted, in one incident: the spec's killed
        ("killed", "ru", 0, 0, False, "self", "event"),
        ("killed", "ua", None, 30, False, "self", "event"),
        side="ru",
    ),
    # --- round 7: a named source in brackets at the end of a sentence ----------------------
    c(
        "claimant-trailing-brackets-mo-rf",
        "За сутки противник потерял свыше 2,3 тыс. военнослужащих (данные МО РФ).",
        ("casualties", "ua", 2300, None, False, "ru_mod", "period"),
        side="ru",
    ),
    # --- round 7: a strike's toll at a market, a school, a camp for displaced: civilians ---
    c(
        "civil-place-rynok-toll-unknown",
        "Число погибших при обстреле рынка выросло до 45.",
        ("killed", "unknown", 45, 45, False, "self", "event"),
    ),
    # --- round 7: "один из двух бойцов": the one is the count, the two the group ------------
    c(
        "one-of-the-two-is-one",
        "Один из двух бойцов погиб.",
        ("killed", "unknown", 1, 1, False, "self", "event"),
    ),
    c(
        "compound-number-words-still-add",
        "Погиб сто один человек.",
        ("killed", "unknown", 101, 101, False, "self", "event"),
    ),
    # --- round 7: a group's media arm speaks for the group --------------------------------
    c(
        "claimant-amak-is-is",
        "Агентство «Амак» сообщило о гибели 20 нигерских военных.",
        ("killed", "unknown", 20, 20, False, "is", "event"),
    ),
    # --- round 7: speakers made English slugs ---------------------------------------------
    c(
        "slug-vlasti-authorities",
        "Власти сообщили о гибели 12 мирных жителей.",
        ("killed", "civilians", 12, 12, False, "authorities", "event"),
    ),
    # --- round 8: the set counted is named after "the number of" -------------------------
    c(
        "civilians-tally-named-before-figure",
        "Число мирных жителей, погибших от обстрелов Горловки с начала лета, достигло 43.",
        ("killed", "civilians", 43, 43, False, "self", "cumulative"),
    ),
    c(
        "civilians-tally-kolichestvo",
        "Количество мирных граждан, раненных при атаках дронов на область, выросло до 112.",
        ("wounded", "civilians", 112, 112, False, "self", "event"),
    ),
    c(
        "tally-no-civilian-word-stays-unknown",
        "Число погибших при ударе по рынку в Донецке выросло до 14 человек, среди них трое детей.",
        ("killed", "unknown", 14, 14, False, "self", "event"),
    ),
    c(
        "aside-po-ih-versii-does-not-block",
        "ВСУ утверждают, что «общие боевые потери» российской армии, по их версии, составили "
        "около 762 140 (+1 520) человек.",
        ("casualties", "ru", 762140, 762140, True, "ua", "cumulative"),
        ("casualties", "ru", 1520, 1520, False, "ua", "period"),
    ),
]


@pytest.mark.parametrize("c", params(CASES))
def test_ru(c: Case) -> None:
    check(c)
