"""Generalisation, post by post: sentences of our own in the voice of each kind of source
(milbloggers, brigades, the General Staff, Sudanese and Sahel channels, wire copy), each read
once by hand. The phenomena behind them are in test_generalisation.py; none is from a gold set.

Claims are (kind, victim, low, high, approx, claimant, scope); the harness is the yardstick's.
"""

from __future__ import annotations

import pytest

from tests.extractors.cases import Case, Expected, case, check, params


def c(id: str, lang: str, text: str, *claims: Expected, side: str | None = None) -> Case:
    return case(id, text, *claims, lang=lang, side=side)


K, W, C, M, L = "killed", "wounded", "captured", "missing", "casualties"
EV, PER, CUM = "event", "period", "cumulative"

CASES: list[Case] = [
    # --- Russian milbloggers and news ----------------------------------------------------------
    c(
        "probe-ru-00",
        "ru",
        "Противник потерял за сутки на Покровском направлении до 500 человек.",
        (L, "ua", None, 500, False, "self", PER),
        side="ru",
    ),
    c(
        "probe-ru-01",
        "ru",
        "ВСУ потеряли убитыми и ранеными до 90 военнослужащих, уничтожены 3 пикапа.",
        (L, "ua", None, 90, False, "self", EV),
        side="ru",
    ),
    c(
        "probe-ru-02",
        "ru",
        "В районе Часова Яра наши штурмовики зачистили опорник, уничтожено 14 боевиков, двое сдались в плен.",
        (K, "ua", 14, 14, False, "self", EV),
        (C, "ua", 2, 2, False, "self", EV),
        side="ru",
    ),
    c(
        "probe-ru-03",
        "ru",
        "На Курском направлении противник лишился за сутки свыше 230 военнослужащих, танка и 4 бронемашин.",
        (L, "ua", 230, None, False, "self", PER),
        side="ru",
    ),
    c(
        "probe-ru-04",
        "ru",
        "По словам бойца «Ахмата», в ходе боя за посадку они потеряли троих ранеными.",
        (W, "ru", 3, 3, False, "ru", EV),
        side="ru",
    ),
    c(
        "probe-ru-05",
        "ru",
        "Наши потери: 2 двухсотых, 5 трехсотых. Потери противника — до 40 человек.",
        (K, "ru", 2, 2, False, "self", EV),
        (W, "ru", 5, 5, False, "self", EV),
        (L, "ua", None, 40, False, "self", EV),
        side="ru",
    ),
    c(
        "probe-ru-06",
        "ru",
        "ВСУ обстреляли Горловку: погибли двое мирных жителей, ещё пятеро ранены, сообщил глава города.",
        (K, "civilians", 2, 2, False, "city_head", EV),
        (W, "civilians", 5, 5, False, "city_head", EV),
        side="ru",
    ),
    c(
        "probe-ru-07",
        "ru",
        "Укронацисты ударили дроном по автобусу в Алешках, убиты 3 человека, 12 ранены.",
        (K, "unknown", 3, 3, False, "self", EV),
        (W, "unknown", 12, 12, False, "self", EV),
        side="ru",
    ),
    c(
        "probe-ru-08",
        "ru",
        "Под Угледаром украинская 72-я бригада лишилась почти половины личного состава — около 600 человек.",
        (L, "ua", 600, 600, True, "self", EV),
        side="ru",
    ),
    c(
        "probe-ru-09",
        "ru",
        "Пленные рассказали, что в их роте из 120 человек в живых осталось 20.",
        side="ru",
    ),
    c(
        "probe-ru-10",
        "ru",
        "В плен сдались 9 военнослужащих ВСУ, среди них двое офицеров.",
        (C, "ua", 9, 9, False, "self", EV),
        side="ru",
    ),
    c(
        "probe-ru-11",
        "ru",
        "Группа ДРГ противника уничтожена, 6 человек ликвидированы, 1 взят в плен.",
        (K, "ua", 6, 6, False, "self", EV),
        (C, "ua", 1, 1, False, "self", EV),
        side="ru",
    ),
    c(
        "probe-ru-12",
        "ru",
        "За неделю наши подразделения уничтожили около 1200 боевиков ВСУ.",
        (K, "ua", 1200, 1200, True, "self", PER),
        side="ru",
    ),
    c(
        "probe-ru-13",
        "ru",
        "Противник несёт большие потери: только за последние сутки — более 400 человек убитыми и ранеными.",
        (L, "ua", 400, None, False, "self", PER),
        side="ru",
    ),
    c(
        "probe-ru-14",
        "ru",
        "Генштаб ВСУ сообщает о потерях российской армии за сутки в 1 250 человек.",
        (L, "ru", 1250, 1250, False, "ua_gs", PER),
        side="ru",
    ),
    c(
        "probe-ru-15",
        "ru",
        "Погибли 4 военнослужащих ВС РФ, 11 получили ранения, сообщает «Медиазона».",
        (K, "ru", 4, 4, False, "mediazona", EV),
        (W, "ru", 11, 11, False, "mediazona", EV),
        side="ru",
    ),
    c(
        "probe-ru-16",
        "ru",
        "По подсчётам «Медиазоны», с начала войны погибли не менее 95 тысяч российских военных.",
        (K, "ru", 95000, None, False, "mediazona", CUM),
        side="ru",
    ),
    c(
        "probe-ru-18",
        "ru",
        "В результате атаки БПЛА на Белгород пострадали 7 человек, один из них погиб.",
        (L, "unknown", 7, 7, False, "self", EV),
        (K, "unknown", 1, 1, False, "self", EV),
        side="ru",
    ),
    c(
        "probe-ru-19",
        "ru",
        "На Запорожском направлении за день отражено 5 атак, враг потерял до 60 военнослужащих и 3 танка.",
        (L, "ua", None, 60, False, "self", PER),
        side="ru",
    ),
    # RU
]


@pytest.mark.parametrize("c", params(CASES))
def test_post(c: Case) -> None:
    check(c)
