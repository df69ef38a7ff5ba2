"""Round 20 (French, with the other languages where the phenomenon exists): mechanisms the
stand-in set b38 showed, described in words. Sentences of our own; none is copied from a test
set.

Claims are (kind, victim, low, high, approx, claimant, scope); the harness is the yardstick's.
"""

from __future__ import annotations

import pytest

from tests.extractors.cases import CUM, EV, PER, Case, K, L, c, check, params

# --- A: victims that a killed-and-wounded aside explains: one casualties toll ---------------
VICTIMS_LUMPED: list[Case] = [
    c(
        "victims-lumped-confondus-fr",
        "fr",
        "Les bombardements ont fait 60 victimes civiles, morts et blessés confondus, au cours "
        "de la semaine écoulée.",
        (L, "civilians", 60, 60, False, "self", PER),
    ),
    c(
        "victims-lumped-bracket-fr",
        "fr",
        "L'attaque du marché a fait 25 victimes (tués et blessés).",
        (L, "unknown", 25, 25, False, "self", EV),
    ),
    c(
        "victims-lumped-en",
        "en",
        "The shelling left 40 civilian victims, killed and wounded, on Sunday.",
        (L, "civilians", 40, 40, False, "self", EV),
    ),
    c(
        "victims-lumped-ar",
        "ar",
        "خلف القصف 70 ضحية بين قتيل وجريح.",
        (L, "unknown", 70, 70, False, "self", EV),
    ),
    c(
        "victims-lumped-ru",
        "ru",
        "Обстрел унёс 35 жертв — убитых и раненых.",
        (L, "unknown", 35, 35, False, "self", EV),
    ),
]

# --- B: "they lost" in a sentence after a party's losses, the source after it: that party's -
PRONOUN_LOSER_BEFORE: list[Case] = [
    c(
        "pronoun-loser-before-fr",
        "fr",
        "Selon l'état-major ukrainien, l'armée russe a perdu 1 200 soldats depuis lundi. En une "
        "journée, elle aurait perdu 140 hommes, selon la même source.",
        (L, "ru", 1200, 1200, False, "ua_gs", CUM),
        (L, "ru", 140, 140, False, "ua_gs", PER),
    ),
    c(
        "pronoun-loser-before-en",
        "en",
        "Russian forces have lost 2,000 men near Pokrovsk since October. Over the past day, "
        "they lost 150 soldiers, according to the Ukrainian General Staff.",
        (L, "ru", 2000, 2000, False, "self", CUM),
        (L, "ru", 150, 150, False, "ua_gs", PER),
    ),
]

# --- C: the men a unit buries are its dead ---------------------------------------------------
WE_BURY: list[Case] = [
    c(
        "we-bury-fr",
        "fr",
        "« On enterre deux ou trois gars par semaine », confie un sergent ukrainien.",
        (K, "ua", 2, 3, False, "ua", PER),
    ),
    c(
        "we-buried-fr",
        "fr",
        "« Nous avons enterré six camarades tombés près de Tombouctou », raconte un officier "
        "malien.",
        (K, "fama", 6, 6, False, "fama", EV),
    ),
]

ALL: list[Case] = VICTIMS_LUMPED + PRONOUN_LOSER_BEFORE + WE_BURY


@pytest.mark.parametrize("case", params(ALL))
def test_round20_fr(case: Case) -> None:
    check(case)
