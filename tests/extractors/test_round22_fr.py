"""Round 22, French (with the other languages where the mechanism is shared): mechanisms a
held-out stand-in set (b44) showed, described in words. Sentences of our own; none is copied
from a test set.

Claims are (kind, victim, low, high, approx, claimant, scope); the harness is the yardstick's.
"""

from __future__ import annotations

import pytest

from tests.extractors.cases import EV, PER, C, Case, K, L, M, W, c, check, params

# --- A: none said as a count before the front's quoted code ("zéro « 200 »"): the code is the
# word of harm, the toll none ------------------------------------------------------------------
ZERO_CODE: list[Case] = [
    c(
        "zero-quoted-code-fr",
        "fr",
        "Bilan de la nuit chez nous : trois « 300 » légers et zéro « 200 ».",
        (W, "ru", 3, 3, False, "self", EV),
        (K, "ru", 0, 0, False, "self", EV),
        side="ru",
    ),
    c(
        "zero-quoted-code-ru",
        "ru",
        "Итог ночи у нас: три «300» легких и ноль «200».",
        (W, "ru", 3, 3, False, "self", EV),
        (K, "ru", 0, 0, False, "self", EV),
        side="ru",
    ),
    c(
        "losses-zero-quoted-code-ru",
        "ru",
        "Наши потери: ноль «200», двое «300».",
        (K, "ru", 0, 0, False, "self", EV),
        (W, "ru", 2, 2, False, "self", EV),
        side="ru",
    ),
    c(
        "zero-quoted-code-uk",
        "uk",
        "Підсумок ночі у нас: нуль «200» і три «300».",
        (K, "ua", 0, 0, False, "self", EV),
        (W, "ua", 3, 3, False, "self", EV),
        side="ua",
    ),
]

# --- B: the lump of the dead and the wounded set off by commas after a verb of losing and its
# figure splits the figure: both together, casualties ("ont perdu 250 hommes, tués et blessés")
LOSS_COMMA_LUMP: list[Case] = [
    c(
        "loss-comma-lump-fr",
        "fr",
        "Les forces russes ont perdu 250 hommes, tués et blessés, près de Koupiansk selon "
        "nos sources.",
        (L, "ru", 250, 250, False, "self", EV),
    ),
    c(
        "loss-comma-lump-days-fr",
        "fr",
        "L'armée ukrainienne a perdu plus de 120 soldats, tués et blessés, au cours des cinq "
        "derniers jours.",
        (L, "ua", 120, None, False, "self", PER),
    ),
    c(
        "loss-comma-lump-en",
        "en",
        "Russian forces lost 250 men, killed and wounded, near Kupiansk.",
        (L, "ru", 250, 250, False, "self", EV),
    ),
    c(
        "loss-comma-lump-ru",
        "ru",
        "ВСУ потеряли 250 человек, убитыми и ранеными, у Купянска.",
        (L, "ua", 250, 250, False, "self", EV),
    ),
    c(
        "loss-comma-lump-uk",
        "uk",
        "Окупанти втратили 250 осіб, убитими й пораненими, біля Куп'янська.",
        (L, "ru", 250, 250, False, "self", EV),
    ),
    c(
        "loss-comma-lump-own-figure-fr",
        "fr",
        "L'armée a perdu 12 hommes, tués et blessés 30 civils.",
        (K, "unknown", 12, 12, False, "self", EV),
        (L, "civilians", 30, 30, False, "self", EV),
    ),
]

# --- C: a person said to be among the dead after the toll, with the age after the noun ("Un
# garçon de 7 ans est parmi les morts"), is a part of that toll, no claim of its own ----------
AMONG_WITH_AGE: list[Case] = [
    c(
        "among-victims-with-age-fr",
        "fr",
        "Le bombardement du marché a tué sept civils. Un garçon de 7 ans figure parmi les "
        "victimes.",
        (K, "civilians", 7, 7, False, "self", EV),
    ),
    c(
        "among-dead-with-age-copula-fr",
        "fr",
        "Le bombardement du marché a tué sept civils. Une adolescente de 15 ans est parmi les "
        "morts.",
        (K, "civilians", 7, 7, False, "self", EV),
    ),
]

# --- D: "aucun civil n'a été touché": hit, none of them, is a toll of none (casualties); the
# same words of a building or a house are no toll -------------------------------------------
NONE_HIT: list[Case] = [
    c(
        "none-hit-fr",
        "fr",
        "Le raid a visé un dépôt d'armes des rebelles ; l'armée malienne affirme qu'aucun civil n'a "
        "été touché.",
        (L, "civilians", 0, 0, False, "fama", EV),
    ),
    c(
        "no-building-hit-fr",
        "fr",
        "Des débris sont tombés dans la cour, mais aucune maison n'a été touchée.",
    ),
    c(
        "no-building-harmed-en",
        "en",
        "Debris fell in the yard, but no house was harmed.",
    ),
    c(
        "no-one-hurt-en",
        "en",
        "Debris fell in the yard, but no one was hurt.",
        (L, "unknown", 0, 0, False, "self", EV),
    ),
]

# --- E: a participle of no toll right after the counted noun ("personnes réfugiées") describes
# them; the word of harm after an auxiliary further on is their fate; refugees and the displaced
# are civilians -------------------------------------------------------------------------------
PARTICIPLE_THEN_FATE: list[Case] = [
    c(
        "participle-then-missing-fr",
        "fr",
        "Environ 60 personnes réfugiées dans l'école sont encore portées disparues après le raid.",
        (M, "civilians", 60, 60, True, "self", EV),
    ),
    c(
        "participle-then-killed-fr",
        "fr",
        "Une trentaine de personnes déplacées vers le village ont été tuées par les assaillants.",
        (K, "civilians", 30, 30, True, "self", EV),
    ),
    c(
        "participle-then-missing-en",
        "en",
        "About 60 people sheltering in the school are still missing after the raid.",
        (M, "unknown", 60, 60, True, "self", EV),
    ),
    c(
        "sheltered-no-toll-fr",
        "fr",
        "L'école abrite environ 600 personnes réfugiées depuis le début des combats.",
    ),
]

# --- F: taken away by an armed party ("emmenés par les jihadistes"): abducted, captured; taken
# to hospital is no capture --------------------------------------------------------------------
TAKEN_AWAY: list[Case] = [
    c(
        "taken-away-by-fr",
        "fr",
        "Lors de l'embuscade, deux gendarmes ont été tués et quatre autres emmenés par les "
        "assaillants.",
        (K, "unknown", 2, 2, False, "self", EV),
        (C, "unknown", 4, 4, False, "self", EV),
    ),
    c(
        "taken-to-hospital-fr",
        "fr",
        "Trois blessés ont été emmenés à l'hôpital de Gao.",
        (W, "unknown", 3, 3, False, "self", EV),
    ),
    c(
        "led-away-by-en",
        "en",
        "In the ambush two gendarmes were killed and four others were led away by the attackers.",
        (K, "unknown", 2, 2, False, "self", EV),
        (C, "unknown", 4, 4, False, "self", EV),
    ),
]

# --- G: milblogger slang, knocked down for good ("au tapis pour de bon"): the dead -----------
DOWN_FOR_GOOD: list[Case] = [
    c(
        "down-for-good-fr",
        "fr",
        "Nos artilleurs ont bien travaillé : 9 occupants au tapis pour de bon et 4 blessés.",
        (K, "ru", 9, 9, False, "self", EV),
        (W, "ru", 4, 4, False, "self", EV),
        side="ua",
    ),
]

ALL: list[Case] = (
    ZERO_CODE
    + LOSS_COMMA_LUMP
    + AMONG_WITH_AGE
    + NONE_HIT
    + PARTICIPLE_THEN_FATE
    + TAKEN_AWAY
    + DOWN_FOR_GOOD
)


@pytest.mark.parametrize("case", params(ALL))
def test_round22_fr(case: Case) -> None:
    check(case)
