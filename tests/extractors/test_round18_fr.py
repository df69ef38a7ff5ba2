"""Round 18 (French): mechanisms a held-out stand-in set written after 1.16.1 (b28) showed,
described in words. Sentences of our own, with a case in another language where the mechanism
is the engine's; none is copied from a test set.

Claims are (kind, victim, low, high, approx, claimant, scope); the harness is the yardstick's.
"""

from __future__ import annotations

import pytest

from tests.extractors.cases import EV, PER, C, Case, K, L, W, c, check, params

# --- A: "et que" opens a reported clause whose figure takes the verb after it ---------------
AND_THAT: list[Case] = [
    c(
        "and-that-new-clause-fr",
        "fr",
        "Le gouverneur a indiqué que quatre policiers avaient été blessés et qu'une vingtaine de "
        "jihadistes de l'État islamique au Grand Sahara avaient été tués pendant les combats.",
        (W, "unknown", 4, 4, False, "le_gouverneur", EV),
        (K, "is", 20, 20, True, "le_gouverneur", EV),
    ),
    c(
        "and-that-new-clause-en",
        "en",
        "Officials said three police officers were wounded and that about 20 Islamic State "
        "fighters from the Sahel Province were killed during the clashes.",
        (W, "unknown", 3, 3, False, "officials", EV),
        (K, "is", 20, 20, True, "officials", EV),
    ),
]

# --- B: soldiers and a teacher under one verb: two victims, two claims, never one sum -------
SOLDIERS_AND_CIVILIAN: list[Case] = [
    c(
        "soldiers-and-teacher-fr",
        "fr",
        "Trois gendarmes et une institutrice ont été enlevés mardi par des hommes armés sur la "
        "route de Dori.",
        (C, "unknown", 3, 3, False, "self", EV),
        (C, "civilians", 1, 1, False, "self", EV),
    ),
    c(
        "soldier-and-civilian-one-each-fr",
        "fr",
        "Un soldat et un élève ont été tués par l'explosion d'une mine artisanale.",
        (K, "unknown", 1, 1, False, "self", EV),
        (K, "civilians", 1, 1, False, "self", EV),
    ),
    c(
        "soldier-and-civilian-one-each-en",
        "en",
        "A soldier and a civilian were killed in the shelling of the village.",
        (K, "unknown", 1, 1, False, "self", EV),
        (K, "civilians", 1, 1, False, "self", EV),
    ),
    c(
        "soldiers-and-teacher-en",
        "en",
        "Four soldiers and a teacher were abducted by gunmen on the road to Dori on Tuesday.",
        (C, "unknown", 4, 4, False, "self", EV),
        (C, "civilians", 1, 1, False, "self", EV),
    ),
]

# --- C: "FAU", the Forces armées ukrainiennes, is Ukraine's army ---------------------------
FAU: list[Case] = [
    c(
        "fau-abbreviation-fr",
        "fr",
        "Selon Moscou, les FAU ont perdu jusqu'à 1 350 militaires au cours des dernières 24 heures.",
        (L, "ua", None, 1350, False, "ru", PER),
    ),
]

# --- D: "the paramilitaries" name the theatre's paramilitary force --------------------------
PARAMILITARIES: list[Case] = [
    c(
        "paramilitaries-sudan-fr",
        "fr",
        "Au Soudan, l'armée affirme avoir tué plus de 150 paramilitaires lors de combats près "
        "d'El-Obeid. Les paramilitaires démentent et assurent n'avoir perdu que sept hommes.",
        (K, "rsf", 150, None, False, "saf", EV),
        (K, "rsf", 7, 7, False, "rsf", EV),
    ),
    c(
        "paramilitaries-mali-fr",
        "fr",
        "Mali : après l'embuscade des rebelles près de Kidal, une quarantaine de paramilitaires "
        "ont été tués, selon des sources locales.",
        (K, "wagner", 40, 40, True, "sources_locales", EV),
    ),
    c(
        "paramilitary-fighters-sudan-en",
        "en",
        "Sudan's army said it killed more than 200 paramilitary fighters near El Obeid.",
        (K, "rsf", 200, None, False, "saf", EV),
    ),
    c(
        "paramilitaries-sudan-ru",
        "ru",
        "Армия Судана заявила, что уничтожила более 200 боевиков военизированных формирований "
        "под Эль-Обейдом.",
        (K, "rsf", 200, None, False, "saf", EV),
    ),
    c(
        "paramilitaries-sudan-ar",
        "ar",
        "أعلن الجيش السوداني مقتل أكثر من 200 من عناصر القوات شبه العسكرية في الفاشر.",
        (K, "rsf", 200, None, False, "saf", EV),
    ),
    # elsewhere the word names no party of the table
    c(
        "paramilitaries-elsewhere-en",
        "en",
        "Colombian officials said 12 paramilitaries were killed in clashes with rebels.",
        (K, "unknown", 12, 12, False, "colombian_officials", EV),
    ),
]

# --- E: "on en a tué quarante": "en" stands for the people named before --------------------
THEM: list[Case] = [
    c(
        "them-clitic-party-before-fr",
        "fr",
        "Les soldats russes montent à l'assaut chaque nuit. Mardi, nous en avons tué une "
        "soixantaine devant le village.",
        (K, "ru", 60, 60, True, "self", EV),
    ),
    c(
        "them-clitic-people-of-no-party-fr",
        "fr",
        "Des hommes armés ont attaqué des villageois près de Djibo. Ils en ont tué douze.",
        (K, "civilians", 12, 12, False, "self", EV),
    ),
    c(
        "them-clitic-militants-no-party-fr",
        "fr",
        "L'armée dit avoir frappé des « terroristes » et en avoir neutralisé une dizaine.",
        (K, "unknown", 10, 10, True, "army", EV),
    ),
    c(
        "of-them-sentence-before-en",
        "en",
        "The Russians keep sending assault waves at our positions. On Tuesday we killed more "
        "than sixty of them outside the village.",
        (K, "ru", 60, None, False, "self", EV),
    ),
]

# --- F: "selon la même source": the source named before says it again -----------------------
SAME_SOURCE: list[Case] = [
    c(
        "same-source-fr",
        "fr",
        "Le ministère russe de la Défense a affirmé que l'armée ukrainienne avait perdu « jusqu'à "
        "1 200 militaires » en 24 heures. Près de Pokrovsk, les pertes ukrainiennes ont atteint "
        "« jusqu'à 390 militaires », selon la même source.",
        (L, "ua", None, 1200, False, "ru_mod", PER),
        (L, "ua", None, 390, False, "ru_mod", PER),
    ),
]

# --- G: a weekly market is a place; a weekly tally is a period -------------------------------
WEEKLY: list[Case] = [
    c(
        "weekly-market-place-fr",
        "fr",
        "Frappe de drone sur le marché hebdomadaire de Tessit : au moins neuf civils tués et une "
        "quinzaine de blessés.",
        (K, "civilians", 9, None, False, "self", EV),
        (W, "civilians", 15, 15, True, "self", EV),
    ),
    c(
        "weekly-tally-period-fr",
        "fr",
        "Bilan hebdomadaire de l'état-major ukrainien : 8 200 soldats russes mis hors de combat.",
        (L, "ru", 8200, 8200, False, "ua_gs", PER),
        side="ua",
    ),
]

ALL = AND_THAT + SOLDIERS_AND_CIVILIAN + FAU + PARAMILITARIES + THEM + SAME_SOURCE + WEEKLY


@pytest.mark.parametrize("case", params(ALL))
def test_round18_fr(case: Case) -> None:
    check(case)
