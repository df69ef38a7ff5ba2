"""Round 18, English: mechanisms a held-out stand-in set (b29) showed, described in words.
Sentences of our own; none is copied from a test set.

Claims are (kind, victim, low, high, approx, claimant, scope); the harness is the yardstick's.
"""

from __future__ import annotations

import pytest

from tests.extractors.cases import CUM, EV, C, Case, K, L, M, W, c, check, params

# --- A: a word of harm right after another figure's noun is that figure's ---------------------
OWN_NOUN_VERB: list[Case] = [
    c(
        "own-noun-verb-past-aside-en",
        "en",
        "Missile strike on Kramatorsk: 3 civilians killed, including a teenage girl, 8 more "
        "injured.",
        (K, "civilians", 3, 3, False, "self", EV),
        (W, "civilians", 8, 8, False, "self", EV),
    ),
    c(
        "own-noun-verb-past-aside-fr",
        "fr",
        "Frappe sur Kramatorsk : trois civils tués, dont une adolescente, huit autres blessés.",
        (K, "civilians", 3, 3, False, "self", EV),
        (W, "civilians", 8, 8, False, "self", EV),
    ),
]

# --- B: "killed X and Y and wounded others": Y is still the first verb's; the others of a toll
# that mixes sides are nobody's ------------------------------------------------------------------
AND_WOUNDED_OTHERS: list[Case] = [
    c(
        "object-before-and-verb-en",
        "en",
        "An airstrike on a checkpoint near Idlib killed three rebel fighters and four civilians "
        "and injured several others, a monitoring group said.",
        (K, "unknown", 3, 3, False, "*", EV),
        (K, "civilians", 4, 4, False, "*", EV),
        (W, "unknown", 2, 9, True, "*", EV),
    ),
    c(
        "object-before-and-verb-civilians-only-en",
        "en",
        "The shelling killed four civilians and injured several others.",
        (K, "civilians", 4, 4, False, "self", EV),
        (W, "civilians", 2, 9, True, "self", EV),
    ),
    c(
        "object-before-and-verb-fr",
        "fr",
        "La frappe a tué trois combattants kurdes et quatre civils et blessé plusieurs autres.",
        (K, "unknown", 3, 3, False, "self", EV),
        (K, "civilians", 4, 4, False, "self", EV),
        (W, "unknown", 2, 9, True, "self", EV),
    ),
]

# --- C: a bare noun for soldiers goes on with the party its word was said of ------------------
SAME_NOUN: list[Case] = [
    c(
        "same-noun-later-en",
        "en",
        "Our fighters raided a camp of the Bamako army and the Russian mercenaries near Gao, "
        "killing 12 Malian soldiers and five Wagner mercenaries. Three soldiers were captured "
        "and a pickup was seized.",
        (K, "fama", 12, 12, False, "self", EV),
        (K, "wagner", 5, 5, False, "self", EV),
        (C, "fama", 3, 3, False, "self", EV),
        side="jnim",
    ),
    c(
        "same-noun-later-fr",
        "fr",
        "Nos combattants ont attaqué un camp de l'armée de Bamako et des mercenaires russes près "
        "de Gao, tuant 12 soldats maliens et cinq mercenaires de Wagner. Trois soldats ont été "
        "faits prisonniers.",
        (K, "fama", 12, 12, False, "self", EV),
        (K, "wagner", 5, 5, False, "self", EV),
        (C, "fama", 3, 3, False, "self", EV),
        side="jnim",
    ),
]

# --- D: an aside that names soldiers and civilians together: the toll mixes them ------------
BOTH_KINDS_ASIDE: list[Case] = [
    c(
        "both-kinds-aside-en",
        "en",
        "Nearly 9,000 Ukrainians, both service members and civilians, remain missing since the "
        "invasion began, the coordination headquarters said.",
        (M, "unknown", 9000, 9000, True, "*", CUM),
    ),
    c(
        "both-kinds-aside-fr",
        "fr",
        "Près de 9 000 Ukrainiens, militaires et civils, sont portés disparus depuis le début de "
        "l'invasion.",
        (M, "unknown", 9000, 9000, True, "self", CUM),
    ),
]

# --- E: people named by their faith are civilians, as worshippers are -----------------------
FAITH: list[Case] = [
    c(
        "faith-group-abducted-en",
        "en",
        "Gunmen of the group abducted five Christians from a village near Mokwa, locals said.",
        (C, "civilians", 5, 5, False, "*", EV),
    ),
]

# --- F: a clause with its verb left out ("..., the Malians at least 20"): its party's share ----
GAPPED: list[Case] = [
    c(
        "gapped-party-en",
        "en",
        "Friends in Bamako tell us the musicians lost about 30 killed near Anefis, the Malians "
        "more than 40.",
        (K, "wagner", 30, 30, True, "self", EV),
        (K, "fama", 40, None, False, "self", EV),
        side="wagner",
    ),
    c(
        "gapped-party-ru",
        "ru",
        "Музыканты потеряли около 30 убитыми под Анефисом, малийцы — свыше 40.",
        (K, "wagner", 30, 30, True, "self", EV),
        (K, "fama", 40, None, False, "self", EV),
        side="wagner",
    ),
]

# --- G: militants of two groups named together: a figure of militants is neither's alone ------
TWO_GROUPS: list[Case] = [
    c(
        "two-groups-militants-en",
        "en",
        "Day two near Ber. Together with the Malian army we are fighting the terrorists of the FLA "
        "and JNIM. Over 50 militants have been eliminated.",
        (K, "unknown", 50, None, False, "self", EV),
        side="wagner",
    ),
    c(
        "two-groups-militants-fr",
        "fr",
        "Deuxième jour près de Ber. Avec l'armée malienne, nous combattons les terroristes du FLA "
        "et du JNIM. Plus de 50 terroristes ont été neutralisés.",
        (K, "unknown", 50, None, False, "self", EV),
        side="wagner",
    ),
    c(
        "one-group-militants-en",
        "en",
        "Day two near Ber. Together with the Malian army we are fighting the terrorists of the "
        "FLA. Over 50 militants have been eliminated.",
        (K, "tuareg", 50, None, False, "self", EV),
        side="wagner",
    ),
]

# --- H: milblogger slang of the dead; "and one ... surrendered" after a list of figures; a
# pictograph of several signs between a word and a capital ends the sentence -------------------
SLANG_LIST: list[Case] = [
    c(
        "fertilizer-cargo-200-en",
        "en",
        "Good hunting near Toretsk: 11 orcs went to fertilizer (cargo 200), another 6 are 300s.",
        (K, "ru", 11, 11, False, "self", EV),
        (W, "ru", 6, 6, False, "self", EV),
        side="ua",
    ),
    c(
        "one-more-listed-captured-en",
        "en",
        "Result: 7 occupiers eliminated, 4 wounded, and one thought better of it and surrendered.",
        (K, "ru", 7, 7, False, "self", EV),
        (W, "ru", 4, 4, False, "self", EV),
        (C, "ru", 1, 1, False, "self", EV),
        side="ua",
    ),
    c(
        "multi-sign-pictograph-ends-sentence-en",
        "en",
        "Two occupiers were taken prisoner 🙋‍♂️ No losses on our side.",
        (C, "ru", 2, 2, False, "self", EV),
        (L, "ua", 0, 0, False, "self", EV),
        side="ua",
    ),
    c(
        "multi-sign-pictograph-ends-sentence-fr",
        "fr",
        "Deux occupants ont été faits prisonniers 🙋‍♂️ Aucune perte de notre côté.",
        (C, "ru", 2, 2, False, "self", EV),
        (L, "ua", 0, 0, False, "self", EV),
        side="ua",
    ),
]

ALL = (
    OWN_NOUN_VERB
    + AND_WOUNDED_OTHERS
    + SAME_NOUN
    + BOTH_KINDS_ASIDE
    + FAITH
    + GAPPED
    + TWO_GROUPS
    + SLANG_LIST
)


@pytest.mark.parametrize("case", params(ALL))
def test_round18_en(case: Case) -> None:
    check(case)
