"""Round 17: mechanisms two held-out stand-in sets written after 1.12.0 showed, described in
words. Sentences of our own, in every language where the phenomenon exists; none is copied
from a test set.

Claims are (kind, victim, low, high, approx, claimant, scope); the harness is the yardstick's.
"""

from __future__ import annotations

import pytest

from tests.extractors.cases import EV, Case, K, W, c, check, params

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
        (K, "unknown", 95, 95, False, "self", EV),
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


ALL = SPEAK_OF + CITED_SOURCE + UNIT_THEN_PEOPLE + DASH_CLAUSE + SWAP + SLANG + FIRE


@pytest.mark.parametrize("case", params(ALL))
def test_round17(case: Case) -> None:
    check(case)
