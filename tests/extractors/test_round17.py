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

ALL = SPEAK_OF + CITED_SOURCE + UNIT_THEN_PEOPLE + DASH_CLAUSE


@pytest.mark.parametrize("case", params(ALL))
def test_round17(case: Case) -> None:
    check(case)
