"""Round 20b (fr): mechanisms the stand-in set b40 showed in French, and a verb of exceeding
negated in every language, described in words. Sentences of our own; none is copied from a
test set.

Claims are (kind, victim, low, high, approx, claimant, scope); the harness is the yardstick's.
"""

from __future__ import annotations

import pytest

from tests.extractors.cases import CUM, EV, C, Case, K, L, W, c, check, params

# --- A: a verb of exceeding, negated by a bare particle: a ceiling, not a floor -------------
NOT_EXCEEDED: list[Case] = [
    c(
        "not-exceeded-compound-fr",
        "fr",
        "Selon le commandant du bataillon, nos pertes n'ont pas dépassé 35 tués lors de l'assaut.",
        (K, "ua", None, 35, False, "ua", EV),
        side="ua",
    ),
    c(
        "not-exceeded-imperfect-fr",
        "fr",
        "Les pertes de la compagnie ne dépassaient pas 12 tués.",
        (K, "unknown", None, 12, False, "self", EV),
    ),
    c(
        "exceeded-stays-floor-fr",
        "fr",
        "Nos pertes ont dépassé 35 tués lors de l'assaut.",
        (K, "ua", 35, None, False, "self", EV),
        side="ua",
    ),
    c(
        "not-exceeded-ru",
        "ru",
        "Наши потери в этом бою не превысили 25 убитых.",
        (K, "ru", None, 25, False, "self", EV),
        side="ru",
    ),
    c(
        "not-exceeded-people-ru",
        "ru",
        "Потери батальона в том бою не превышали 40 человек.",
        (L, "unknown", None, 40, False, "self", EV),
    ),
    c(
        "not-exceeded-uk",
        "uk",
        "Наші втрати у цьому бою не перевищили 25 загиблих.",
        (K, "ua", None, 25, False, "self", EV),
        side="ua",
    ),
    c(
        "not-exceeded-perfect-en",
        "en",
        "Our losses in the assault have not exceeded 18 people.",
        (L, "ua", None, 18, False, "self", EV),
        side="ua",
    ),
]

# --- B: a part with its own word after a list of tolls is a part of the toll of its kind ---
LISTED_WHOLE: list[Case] = [
    c(
        "listed-whole-part-fr",
        "fr",
        "Les autorités locales font état de 2 140 morts et 5 310 blessés depuis le début de "
        "l'offensive, dont plus de 600 femmes tuées.",
        (K, "unknown", 2140, 2140, False, "*", CUM),
        (W, "unknown", 5310, 5310, False, "*", CUM),
    ),
    c(
        "listed-whole-part-en",
        "en",
        "The shelling killed 14 and wounded 41, including 5 children killed.",
        (K, "unknown", 14, 14, False, "self", EV),
        (W, "unknown", 41, 41, False, "self", EV),
    ),
    c(
        "part-of-another-kind-stays-fr",
        "fr",
        "Le bataillon a subi 230 pertes, dont 70 tués.",
        (L, "unknown", 230, 230, False, "self", EV),
        (K, "unknown", 70, 70, False, "self", EV),
    ),
]

# --- C: a party that says it took N prisoners counts the other side's men -------------------
TOOK_PRISONERS: list[Case] = [
    c(
        "took-prisoners-after-rival-toll-fr",
        "fr",
        "Soudan : l'armée dit avoir abattu 120 combattants des FSR près de Sennar, alors que les "
        "paramilitaires affirment avoir fait 30 prisonniers.",
        (K, "rsf", 120, 120, False, "saf", EV),
        (C, "saf", 30, 30, False, "rsf", EV),
    ),
    c(
        "took-prisoners-after-rival-toll-en",
        "en",
        "Sudan's army said it killed 120 RSF fighters near Sennar, while the RSF said it took 30 "
        "prisoners.",
        (K, "rsf", 120, 120, False, "saf", EV),
        (C, "saf", 30, 30, False, "rsf", EV),
    ),
    c(
        "took-prisoners-after-rival-toll-ru",
        "ru",
        "Армия Судана заявила, что уничтожила 120 бойцов СБР, тогда как СБР утверждают, что "
        "взяли 30 пленных.",
        (K, "rsf", 120, 120, False, "saf", EV),
        (C, "saf", 30, 30, False, "rsf", EV),
    ),
]

# --- D: the dead "among the group's fighters" after the figure: the armed group named before -
AMONG_THE_GROUP: list[Case] = [
    c(
        "among-group-fighters-fr",
        "fr",
        "Le canal Grey Zone, proche de Wagner, parle de combats très durs près de Tinzaouatène. "
        "Un autre blogueur évoque une trentaine de tués parmi les hommes du groupe.",
        (K, "wagner", 30, 30, True, "*", EV),
    ),
    c(
        "among-group-fighters-en",
        "en",
        "JNIM fighters stormed an outpost near Boni. The Malian army reported 25 dead among the "
        "group's fighters.",
        (K, "jnim", 25, 25, False, "fama", EV),
    ),
]

# --- E: an agency's employees are civilians; UNRWA speaks for the UN ------------------------
EMPLOYEES: list[Case] = [
    c(
        "agency-employees-fr",
        "fr",
        "L'UNRWA annonce que 14 de ses employés ont été tués dans des frappes à Rafah.",
        (K, "civilians", 14, 14, False, "un", EV),
    ),
    c(
        "unrwa-staff-en",
        "en",
        "UNRWA said 14 of its staff members were killed in strikes on Rafah.",
        (K, "civilians", 14, 14, False, "un", EV),
    ),
]

ALL: list[Case] = NOT_EXCEEDED + LISTED_WHOLE + TOOK_PRISONERS + AMONG_THE_GROUP + EMPLOYEES


@pytest.mark.parametrize("case", params(ALL))
def test_round20b_fr(case: Case) -> None:
    check(case)
