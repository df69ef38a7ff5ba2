"""Round 19b, French then Russian: mechanisms the misses of held-out stand-in sets (b34 French,
b35 Russian) showed, described in words. Sentences of our own, in every language where the
phenomenon exists; none is copied from a test set.

Claims are (kind, victim, low, high, approx, claimant, scope); the harness is the yardstick's.
"""

from __future__ import annotations

import pytest

from tests.extractors.cases import EV, PER, C, Case, K, L, c, check, params

# --- A: "qui a revendiqué X, affirme": the relative pronoun is the subject, X the object -----
RELATIVE_SUBJECT: list[Case] = [
    c(
        "relative-subject-object-named-fr",
        "fr",
        "L'EI, qui a revendiqué l'assaut contre le commissariat de police, affirme avoir tué "
        "40 soldats.",
        (K, "unknown", 40, 40, False, "is", EV),
    ),
    c(
        "relative-subject-object-named-en",
        "en",
        "The Islamic State, which claimed the raid on the police headquarters, said it had "
        "killed 40 soldiers.",
        (K, "unknown", 40, 40, False, "is", EV),
    ),
]

# --- B: "des centaines de morts et de blessés": the article said again, still one lump -------
DEAD_AND_OF_WOUNDED: list[Case] = [
    c(
        "dead-and-of-wounded-fr",
        "fr",
        "Le groupe armé dit avoir infligé des dizaines de morts et de blessés à l'armée.",
        (L, "unknown", 20, 99, True, "*", EV),
    ),
    c(
        "killed-or-of-wounded-fr",
        "fr",
        "Selon l'ONG, la frappe a fait plus de 60 tués ou de blessés dans le marché.",
        (L, "unknown", 60, None, False, "*", EV),
    ),
]

# --- C: "N autres abattus" after a count of people: more of them shot, not drones downed ------
OTHERS_SHOT: list[Case] = [
    c(
        "others-shot-after-people-fr",
        "fr",
        "Une trentaine de fidèles ont été enlevés par des hommes armés près de l'église et "
        "trois autres abattus, selon des témoins.",
        (C, "civilians", 30, 30, True, "*", EV),
        (K, "civilians", 3, 3, False, "*", EV),
    ),
    c(
        "others-shot-after-people-en",
        "en",
        "Twelve farmers were kidnapped by armed men and three others shot dead, witnesses said.",
        (C, "civilians", 12, 12, False, "*", EV),
        (K, "civilians", 3, 3, False, "*", EV),
    ),
    c(
        "others-downed-after-drones-fr",
        "fr",
        "La défense aérienne a abattu 40 drones, deux autres ont été abattus par la DCA.",
    ),
]

# --- D: "loin des 45 avancés par le FLA": a rival count of the same dead, the rival's own -----
RIVAL_COUNT: list[Case] = [
    c(
        "rival-count-far-from-fr",
        "fr",
        "Le chef d'un bataillon de l'armée malienne assure que six de ses soldats ont été tués, "
        "loin des 45 annoncés par le FLA.",
        (K, "fama", 6, 6, False, "fama", EV),
        (K, "fama", 45, 45, False, "tuareg", EV),
    ),
    c(
        "rival-count-far-from-en",
        "en",
        "A FAMa officer said six of his soldiers were killed, far from the 45 announced by the "
        "FLA.",
        (K, "fama", 6, 6, False, "fama", EV),
        (K, "fama", 45, 45, False, "tuareg", EV),
    ),
]

# --- E (ru): "чел." in the dated lines of a tally's list: people, each line a claim ----------
ABBREVIATED_PEOPLE: list[Case] = [
    c(
        "abbreviated-people-dated-lines-ru",
        "ru",
        "📊 Потери врага на Лиманском направлении за двое суток:\n▪️03.11 — до 145 чел.\n"
        "▪️04.11 — около 160 чел.",
        (L, "ua", None, 145, False, "self", PER),
        (L, "ua", 160, 160, True, "self", PER),
        side="ru",
    ),
]

# --- F (ru): "Пострадавших нет, в X районе ...": the next clause's place does not undo the none
NONE_THEN_PLACE: list[Case] = [
    c(
        "none-hurt-then-district-ru",
        "ru",
        "Ночью над Одессой сбиты 12 беспилотников. Пострадавших нет, в Приморском районе "
        "обломками выбиты окна в школе.",
        (L, "unknown", 0, 0, False, "self", EV),
        side="ua",
    ),
]

ALL: list[Case] = (
    RELATIVE_SUBJECT
    + DEAD_AND_OF_WOUNDED
    + OTHERS_SHOT
    + RIVAL_COUNT
    + ABBREVIATED_PEOPLE
    + NONE_THEN_PLACE
)


@pytest.mark.parametrize("case", params(ALL))
def test_round19b_fr(case: Case) -> None:
    check(case)
