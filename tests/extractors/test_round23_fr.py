"""Round 23, French: mechanisms met in the stand-in set b50. Sentences of our own; none is copied
from a test set.

Claims are (kind, victim, low, high, approx, claimant, scope); the harness is the yardstick's.
"""

from __future__ import annotations

import pytest

from tests.extractors.cases import CUM, EV, PER, C, Case, K, L, W, c, check, params

# --- A: "N d'entre eux" + a verb of harm after it: a part of the group counted before, of its
# own kind and of the same people, the words "d'entre eux" costing no distance; a party named
# inside a phrase of a start ("depuis le début de l'incursion ukrainienne") is no antecedent ---
OF_THEM_VERB: list[Case] = [
    c(
        "of-them-captured-after-tally-fr",
        "fr",
        "L'armée russe a perdu plus de 3 000 hommes tués ou blessés depuis le début de "
        "l'offensive ukrainienne, et 410 d'entre eux ont été faits prisonniers.",
        (L, "ru", 3000, None, False, "self", CUM),
        (C, "ru", 410, 410, False, "self", CUM),
    ),
    c(
        "of-them-captured-semicolon-fr",
        "fr",
        "Les Russes ont perdu 900 soldats dans la bataille ; 75 d'entre eux ont été capturés.",
        (K, "ru", 900, 900, False, "self", EV),
        (C, "ru", 75, 75, False, "self", EV),
    ),
    c(
        "of-them-captured-speaker-fr",
        "fr",
        "Les troupes russes ont perdu environ 1 200 soldats depuis le lancement de l'opération "
        "ukrainienne, dont 150 d'entre eux ont été faits prisonniers, affirme Kiev.",
        (L, "ru", 1200, 1200, True, "ua", CUM),
        (C, "ru", 150, 150, False, "ua", CUM),
    ),
    c(
        "of-them-since-died-fr",
        "fr",
        "Une soixantaine de soldats ont été blessés lors de l'assaut, et 9 d'entre eux ont "
        "depuis succombé à leurs blessures.",
        (W, "unknown", 60, 60, True, "self", EV),
        (K, "unknown", 9, 9, False, "self", EV),
    ),
    c(
        "whom-since-died-fr",
        "fr",
        "Une soixantaine de civils ont été blessés, dont 7 ont depuis succombé.",
        (W, "civilians", 60, 60, True, "self", EV),
        (K, "civilians", 7, 7, False, "self", EV),
    ),
    c(
        "of-them-captured-en",
        "en",
        "Russia has lost more than 3,000 troops killed or wounded since the start of the "
        "Ukrainian offensive, and 410 of them have been taken prisoner.",
        (L, "ru", 3000, None, False, "self", CUM),
        (C, "ru", 410, 410, False, "self", CUM),
    ),
    c(
        "of-them-since-died-en",
        "en",
        "Some 60 soldiers were wounded in the assault, and 9 of them have since died.",
        (W, "unknown", 60, 60, True, "self", EV),
        (K, "unknown", 9, 9, False, "self", EV),
    ),
    c(
        "of-them-since-been-killed-en",
        "en",
        "Some 60 soldiers were wounded in the assault, and 9 of them have since been killed.",
        (W, "unknown", 60, 60, True, "self", EV),
        (K, "unknown", 9, 9, False, "self", EV),
    ),
    c(
        "of-them-since-aux-fr",
        "fr",
        "Une soixantaine de soldats ont été blessés, et 9 d'entre eux sont depuis décédés.",
        (W, "unknown", 60, 60, True, "self", EV),
        (K, "unknown", 9, 9, False, "self", EV),
    ),
    # guard: "since" with its start named still opens a tally since then
    c(
        "since-with-start-fr",
        "fr",
        "Depuis le début de la guerre, 500 soldats ont été tués dans la région.",
        (K, "unknown", 500, 500, False, "self", CUM),
    ),
]

# --- B: one person named by a kin noun after a singular possessive ("sa mère", "son époux",
# "his wife", "her daughter"), the subject of a word of harm, counts one ---------------------
KIN_ONE: list[Case] = [
    c(
        "kin-mother-fr",
        "fr",
        "Une adolescente de 15 ans a été tuée et sa mère grièvement blessée par un obus à Kharkiv.",
        (K, "civilians", 1, 1, False, "self", EV),
        (W, "civilians", 1, 1, False, "self", EV),
    ),
    c(
        "kin-wife-fr",
        "fr",
        "Un habitant de 70 ans a été tué et son épouse blessée lors du bombardement de Soumy.",
        (K, "civilians", 1, 1, False, "self", EV),
        (W, "civilians", 1, 1, False, "self", EV),
    ),
    c(
        "kin-father-killed-fr",
        "fr",
        "Une fillette a été blessée et son père tué dans la frappe de drone.",
        (W, "civilians", 1, 1, False, "self", EV),
        (K, "civilians", 1, 1, False, "self", EV),
    ),
    c(
        "kin-son-aux-fr",
        "fr",
        "Une femme est morte et son fils a été blessé quand l'obus a touché leur maison.",
        (K, "civilians", 1, 1, False, "self", EV),
        (W, "civilians", 1, 1, False, "self", EV),
    ),
    c(
        "kin-daughter-fr",
        "fr",
        "Un homme a été tué et sa fille légèrement blessée par les éclats.",
        (K, "unknown", 1, 1, False, "self", EV),
        (W, "unknown", 1, 1, False, "self", EV),
    ),
    c(
        "kin-daughter-en",
        "en",
        "A woman was killed and her daughter wounded when a shell hit their home.",
        (K, "civilians", 1, 1, False, "self", EV),
        (W, "civilians", 1, 1, False, "self", EV),
    ),
    c(
        "kin-mother-en",
        "en",
        "A 12-year-old girl was killed and her mother badly injured by a Russian drone.",
        (K, "civilians", 1, 1, False, "self", EV),
        (W, "civilians", 1, 1, False, "self", EV),
    ),
    # guard: a plural after "his" states no figure; "the attackers" are no one counted
    c("kin-plural-en", "en", "His sons were wounded in the shelling."),
    c("kin-plural-fr", "fr", "Ses fils ont été blessés dans le bombardement."),
]

# --- C: a headline closed by a bare army word in brackets, as by "(AFP)", names its source:
# the army of the war the post is about; an army's acronym after its name is no source --------
PAREN_ARMY: list[Case] = [
    c(
        "paren-army-lower-fr",
        "fr",
        "Mali : une quinzaine de terroristes neutralisés près de Ménaka (armée)",
        (K, "unknown", 15, 15, True, "fama", EV),
    ),
    c(
        "paren-army-capitals-fr",
        "fr",
        "MALI : SEPT SOLDATS TUÉS DANS UNE EMBUSCADE PRÈS DE NIONO (ARMÉE)",
        (K, "fama", 7, 7, False, "fama", EV),
    ),
    c(
        "paren-army-adjective-fr",
        "fr",
        "Mali : 11 jihadistes tués dans des frappes près de Boni (armée malienne)",
        (K, "unknown", 11, 11, False, "fama", EV),
    ),
    c(
        "paren-army-en",
        "en",
        "Mali: 14 militants killed in air strikes near Gao (army)",
        (K, "unknown", 14, 14, False, "fama", EV),
    ),
    c(
        "paren-agency-fr",
        "fr",
        "Mali : une quinzaine de terroristes neutralisés près de Ménaka (AFP)",
        (K, "unknown", 15, 15, True, "afp", EV),
    ),
    # guard: an acronym after the army's name is its name, not who says
    c(
        "paren-acronym-no-source-fr",
        "fr",
        "Neuf jihadistes ont été tués par les Forces armées maliennes (FAMa).",
        (K, "unknown", 9, 9, False, "self", EV),
    ),
]

# --- D: the press officer of a Russian battlegroup (named by a cardinal point or the Dnieper)
# is ru_mod; the battlegroup's men who act, in a channel's own words, are no speaker ----------
BATTLEGROUP: list[Case] = [
    c(
        "battlegroup-spokesman-according-fr",
        "fr",
        "Selon le porte-parole du groupement de forces « Ouest », l'ennemi a perdu jusqu'à "
        "180 militaires sur l'axe de Koupiansk.",
        (K, "ua", None, 180, False, "ru_mod", EV),
        side="ru",
    ),
    c(
        "battlegroup-spokesman-said-fr",
        "fr",
        "L'ennemi a perdu plus de 250 hommes, a déclaré le porte-parole du groupement « Est ».",
        (K, "ua", 250, None, False, "ru_mod", EV),
        side="ru",
    ),
    c(
        "battlegroup-spokesman-en",
        "en",
        "Ukraine lost up to 220 troops, a spokesman for the Battlegroup West said.",
        (K, "ua", None, 220, False, "ru_mod", EV),
        side="ru",
    ),
    c(
        "battlegroup-men-act-fr",
        "fr",
        "Secteur de Koupiansk : les gars du groupement « Nord » ont liquidé une vingtaine de "
        "militants ukrainiens.",
        (K, "ua", 20, 20, True, "self", EV),
        side="ru",
    ),
    c(
        "battlegroup-units-act-fr",
        "fr",
        "Les combattants du groupement « Centre » ont éliminé 14 soldats des FAU.",
        (K, "ua", 14, 14, False, "self", EV),
        side="ru",
    ),
    # guard: a Ukrainian battlegroup's spokesman is no Russian ministry, "est" a verb or "Sud"
    # a region after its name
    c(
        "battlegroup-ukrainian-fr",
        "fr",
        "Les Russes ont perdu 300 hommes, a déclaré le porte-parole du groupement Tavria, "
        "qui est basé dans le sud.",
        (K, "ru", 300, 300, False, "porteparole_groupement_tavria", EV),
    ),
]

# --- E: who publishes the losses states them ("l'état-major publie les pertes de l'ennemi :") --
PUBLISHES: list[Case] = [
    c(
        "publishes-losses-fr",
        "fr",
        "L'état-major ukrainien publie les pertes russes de la journée : 1 240 soldats.",
        (L, "ru", 1240, 1240, False, "ua_gs", PER),
        side="ua",
    ),
    c(
        "published-losses-fr",
        "fr",
        "L'état-major général des forces armées ukrainiennes a publié les pertes de l'ennemi "
        "depuis le 24 février 2022 : personnel — environ 512 300 (+1 240) personnes.",
        (L, "ru", 512300, 512300, True, "ua_gs", CUM),
        (L, "ru", 1240, 1240, False, "ua_gs", PER),
        side="ua",
    ),
    c(
        "publishes-losses-en",
        "en",
        "Ukraine's General Staff has published Russia's losses over the past day: 1,240 troops.",
        (L, "ru", 1240, 1240, False, "ua_gs", PER),
        side="ua",
    ),
]

# --- F: a count by two named sources is the first named's ("le décompte de Mediazona et du
# service russe de la BBC"); the order of the text decides, not the lexicon's --------------
FIRST_SOURCE: list[Case] = [
    c(
        "joint-count-mediazona-first-fr",
        "fr",
        "Selon le décompte de Mediazona et du service russe de la BBC, au moins 81 000 soldats "
        "russes ont été tués depuis le début de l'invasion.",
        (K, "ru", 81000, None, False, "mediazona", CUM),
    ),
    c(
        "joint-count-bbc-first-fr",
        "fr",
        "D'après la BBC et Mediazona, au moins 81 000 soldats russes ont été tués.",
        (K, "ru", 81000, None, False, "bbc", EV),
    ),
    c(
        "joint-count-mediazona-first-en",
        "en",
        "At least 81,000 Russian soldiers have been killed, according to a count by Mediazona "
        "and BBC Russian.",
        (K, "ru", 81000, None, False, "mediazona", EV),
    ),
]

ALL: list[Case] = OF_THEM_VERB + KIN_ONE + PAREN_ARMY + BATTLEGROUP + PUBLISHES + FIRST_SOURCE


@pytest.mark.parametrize("case", params(ALL))
def test_round23_fr(case: Case) -> None:
    check(case)
