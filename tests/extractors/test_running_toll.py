"""A strike's running toll ("the toll rose to N") in a channel of one side: the people a
strike killed, never the enemy's men the side claims to have killed. Sentences of our own.

Claims are (kind, victim, low, high, approx, claimant, scope).
"""

from __future__ import annotations

import pytest

from tests.extractors.cases import EV, Case, K, L, W, c, check, params

RUNNING_TOLL: list[Case] = [
    # who fired is not who fell: "со стороны", "з боку" after a strike, "برصاص" before a party
    c(
        "fired-by-side-ru",
        "ru",
        "При обстреле со стороны ВСУ в Шебекино погибли двое человек.",
        (K, "unknown", 2, 2, False, "self", EV),
        side="ru",
    ),
    c(
        "fired-by-side-uk",
        "uk",
        "Унаслідок обстрілу з боку окупантів у Херсоні загинули четверо людей.",
        (K, "unknown", 4, 4, False, "self", EV),
        side="ua",
    ),
    c(
        "shot-by-party-ar",
        "ar",
        "قُتل ستة أشخاص برصاص عناصر من قوات الدعم السريع في سوق المدينة.",
        (K, "unknown", 6, 6, False, "self", EV),
    ),
    c(
        "range-thousands-ar",
        "ar",
        "قُتل ما بين 10 آلاف و15 ألف شخص في المدينة خلال أشهر.",
        (K, "unknown", 10000, 15000, False, "self", EV),
    ),
    c(
        "losses-on-the-side-ru",
        "ru",
        "Потери со стороны ВСУ составили до 200 военнослужащих.",
        (L, "ua", None, 200, False, "self", EV),
        side="ru",
    ),
    c(
        "toll-rose-uk",
        "uk",
        "Кількість загиблих унаслідок удару по Одесі зросла до 14.",
        (K, "unknown", 14, 14, False, "self", EV),
        side="ua",
    ),
    c(
        "toll-wounded-rose-uk",
        "uk",
        "Кількість поранених у Херсоні зросла до 27, повідомили в ОВА.",
        (W, "unknown", 27, 27, False, "ova", EV),
        side="ua",
    ),
    c(
        "toll-rose-ru",
        "ru",
        "Число погибших при ударе по Горловке выросло до 8.",
        (K, "unknown", 8, 8, False, "self", EV),
        side="ru",
    ),
    c(
        "toll-rose-en",
        "en",
        "The death toll from the missile strike on Dnipro has risen to 19.",
        (K, "unknown", 19, 19, False, "self", EV),
        side="ua",
    ),
    c(
        "toll-rose-fr",
        "fr",
        "Le nombre de morts après la frappe sur Zaporijjia est passé à 12.",
        (K, "unknown", 12, 12, False, "self", EV),
        side="ua",
    ),
    # losses a side dealt that "reached" a figure stay its kill tally: the enemy's
    c(
        "inflicted-reached-ar",
        "ar",
        "وكبدت قواتنا العدو خسائر كبيرة بلغت أكثر من ٤٠ قتيلاً في محور بارا.",
        (K, "rsf", 40, None, False, "self", EV),
        side="saf",
    ),
    # the kill tally of a side keeps going to the enemy
    c(
        "tally-not-grown-uk",
        "uk",
        "За добу наші воїни ліквідували 35 окупантів на Покровському напрямку.",
        (K, "ru", 35, 35, False, "self", "period"),
        side="ua",
    ),
]


@pytest.mark.parametrize("case", params(RUNNING_TOLL))
def test_running_toll(case: Case) -> None:
    check(case)
