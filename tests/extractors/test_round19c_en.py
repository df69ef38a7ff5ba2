"""Round 19c (English): mechanisms the English misses of the b36 stand-in set showed, described
in words. Sentences of our own, in every language where the phenomenon exists; none is copied
from a test set.

Claims are (kind, victim, low, high, approx, claimant, scope); the harness is the yardstick's.
"""

from __future__ import annotations

import pytest

from tests.extractors.cases import EV, PER, C, Case, K, L, M, W, c, check, params

# --- A: "other" before a thing counts things; "others" hurt in an attack are people ----------
OTHER_THINGS: list[Case] = [
    c(
        "other-things-en",
        "en",
        "Our gunners killed 25 militants; a tank and several other armoured vehicles were burned.",
        (K, "ua", 25, 25, False, "self", EV),
        side="ru",
    ),
    c(
        "other-tanks-en",
        "en",
        "The brigade killed 14 invaders and destroyed two other tanks.",
        (K, "ru", 14, 14, False, "self", EV),
        side="ua",
    ),
    c(
        "other-things-fr",
        "fr",
        "L'armée a tué 12 terroristes ; un pick-up et plusieurs autres véhicules ont été détruits.",
        (K, "unknown", 12, 12, False, "self", EV),
    ),
    c(
        "other-things-ru",
        "ru",
        "Уничтожены 18 боевиков, бронемашина и несколько других автомобилей.",
        (K, "ua", 18, 18, False, "self", EV),
        side="ru",
    ),
    c(
        "other-things-uk",
        "uk",
        "Знищено 22 окупантів, танк і кілька інших бронемашин.",
        (K, "ru", 22, 22, False, "self", EV),
        side="ua",
    ),
    c(
        "others-in-attack-ar",
        "ar",
        "مقتل جنديين وإصابة 5 آخرين بهجوم على نقطة تفتيش",
        (K, "unknown", 2, 2, False, "self", EV),
        (W, "unknown", 5, 5, False, "self", EV),
    ),
]

# --- B: a line that opens on a place and a dash goes on with the tally before: its part there --
PLACE_ALONE: list[Case] = [
    c(
        "place-alone-en",
        "en",
        "Over the past day the enemy lost up to 1,100 servicemen along the whole front.\n"
        "🔸In the Zaporizhzhia direction alone — more than 240 militants.",
        (L, "ua", None, 1100, False, "self", PER),
        (L, "ua", 240, None, False, "self", PER),
        side="ru",
    ),
    c(
        "place-alone-ru",
        "ru",
        "За сутки противник потерял до 1 100 военнослужащих. Только на Херсонском направлении — "
        "более 240.",
        (L, "ua", None, 1100, False, "self", PER),
        (L, "ua", 240, None, False, "self", PER),
        side="ru",
    ),
    c(
        "place-alone-uk",
        "uk",
        "За добу ворог втратив близько 1 100 окупантів. Лише на Лиманському напрямку — понад 240.",
        (L, "ru", 1100, 1100, True, "self", PER),
        (L, "ru", 240, None, False, "self", PER),
        side="ua",
    ),
    c(
        "place-alone-fr",
        "fr",
        "En 24 heures, l'ennemi a perdu jusqu'à 1 100 militaires. Rien que dans la région de "
        "Zaporijjia — plus de 240.",
        (L, "ua", None, 1100, False, "self", PER),
        (L, "ua", 240, None, False, "self", PER),
        side="ru",
    ),
    c(
        "sector-dash-same-sentence-uk",
        "uk",
        "За добу ворог втратив на Сіверському напрямку понад 150 осіб, а на Лиманському "
        "напрямку — до 320.",
        (L, "ru", 150, None, False, "self", PER),
        (L, "ru", None, 320, False, "self", PER),
        side="ua",
    ),
]

# --- C: "and we seized 7 vehicles" after a toll is a clause of its own, not a second party ---
OWN_CLAUSE_AFTER: list[Case] = [
    c(
        "own-clause-after-en",
        "en",
        "The army beat back an assault by the Dagalo militia on the town. The enemy lost several "
        "dozen of its mercenaries and we seized 4 pickups.",
        (K, "rsf", 20, 99, True, "self", EV),
        side="saf",
    ),
    c(
        "own-clause-after-fr",
        "fr",
        "L'armée a repoussé un assaut de la milice de Dagalo sur la ville. L'ennemi a perdu "
        "plusieurs dizaines de ses mercenaires et nous avons saisi 4 pick-up.",
        (K, "rsf", 20, 99, True, "self", EV),
        side="saf",
    ),
]

# --- D: a quoted figure still counts the names after it: they are no subject of "lost" --------
QUOTED_FIGURE_OBJECT: list[Case] = [
    c(
        "quoted-figure-object-en",
        "en",
        'The FLA said it had killed "about thirty" Malian soldiers and Wagner fighters together '
        "near Anefis and lost six of its own men.",
        (K, "unknown", 30, 30, True, "tuareg", EV),
        (K, "tuareg", 6, 6, False, "tuareg", EV),
    ),
]

# --- E: "fell" where they fought: killed; the missing after it are the same side's -----------
FELL_THERE: list[Case] = [
    c(
        "fell-there-en",
        "en",
        "Our men held the crossing for two days. Twenty-two of our brothers fell there. Six are "
        "still missing.",
        (K, "wagner", 22, 22, False, "self", EV),
        (M, "wagner", 6, 6, False, "self", EV),
        side="wagner",
    ),
    c(
        "fell-in-the-fighting-en",
        "en",
        "Eleven of our comrades fell in the fighting for the bridge.",
        (K, "ru", 11, 11, False, "self", EV),
        side="ru",
    ),
    c(
        "fell-there-ru",
        "ru",
        "Двадцать один наш боец пал там. Ещё шестеро пропали без вести.",
        (K, "ru", 21, 21, False, "self", EV),
        (M, "ru", 6, 6, False, "self", EV),
        side="ru",
    ),
]

# --- F: the youngest and the oldest of those counted: ages, no count ------------------------
YOUNGEST_OLDEST: list[Case] = [
    c(
        "youngest-oldest-en",
        "en",
        "Our scouts took 8 enemy soldiers prisoner at the crossroads, the youngest is 21, the "
        "oldest 49.",
        (C, "ua", 8, 8, False, "self", EV),
        side="ru",
    ),
    c(
        "youngest-of-them-en",
        "en",
        "Our scouts took 8 enemy soldiers prisoner; the youngest of them was 21.",
        (C, "ua", 8, 8, False, "self", EV),
        side="ru",
    ),
    c(
        "youngest-oldest-ru",
        "ru",
        "Разведчики взяли в плен 8 военнослужащих ВСУ, самому младшему 21, самому старшему 49.",
        (C, "ua", 8, 8, False, "self", EV),
        side="ru",
    ),
    c(
        "youngest-oldest-uk",
        "uk",
        "Розвідники взяли в полон 8 окупантів, наймолодшому 21, найстаршому 49.",
        (C, "ru", 8, 8, False, "self", EV),
        side="ua",
    ),
]

# --- G: al-Qaeda's linked group is JNIM in a post on Mali, no one of the table elsewhere; the
# reading of the same words in one post is never another post's ------------------------------
SAHEL_QAEDA: list[Case] = [
    c(
        "qaeda-linked-somalia-en",
        "en",
        "In Somalia, the al-Qaeda-linked group claimed to have killed 15 soldiers near Baidoa.",
        (K, "unknown", 15, 15, False, "*", EV),
    ),
    c(
        "qaeda-linked-mali-en",
        "en",
        "The al-Qaeda-linked group claimed to have killed 15 soldiers and taken three prisoner "
        "near Tessit.",
        (K, "fama", 15, 15, False, "jnim", EV),
        (C, "fama", 3, 3, False, "jnim", EV),
    ),
    c(
        "qaeda-linked-mali-ar",
        "ar",
        "وقالت الجماعة المرتبطة بتنظيم القاعدة إنها قتلت 15 جنديا قرب تيسيت.",
        (K, "fama", 15, 15, False, "jnim", EV),
    ),
]

ALL = (
    OTHER_THINGS
    + PLACE_ALONE
    + OWN_CLAUSE_AFTER
    + QUOTED_FIGURE_OBJECT
    + FELL_THERE
    + YOUNGEST_OLDEST
    + SAHEL_QAEDA
)


@pytest.mark.parametrize("case", params(ALL))
def test_round19c_en(case: Case) -> None:
    check(case)
