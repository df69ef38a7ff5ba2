"""Round 19c, French then Russian: mechanisms and lexicon gaps the misses of a held-out stand-in
set (b36) showed, described in words. Sentences of our own, in every language where the
phenomenon exists; none is copied from a test set.

Claims are (kind, victim, low, high, approx, claimant, scope); the harness is the yardstick's.
"""

from __future__ import annotations

import pytest

from tests.extractors.cases import EV, Case, K, W, c, check, params

# --- A: Western armoured vehicles by model are equipment: "trois Bradley détruits" -----------
VEHICLE_MODELS: list[Case] = [
    c(
        "vehicle-models-fr",
        "fr",
        "Lors de l'assaut, l'ennemi a perdu trois Bradley, un Stryker et deux Humvee, ainsi "
        "que 25 militaires tués.",
        (K, "ua", 25, 25, False, "self", EV),
        side="ru",
    ),
    c(
        "vehicle-models-ru",
        "ru",
        "Атака отбита: уничтожены три Брэдли и два Хамви, ликвидированы 25 военнослужащих ВСУ.",
        (K, "ua", 25, 25, False, "self", EV),
        side="ru",
    ),
    c(
        "vehicle-models-uk",
        "uk",
        "Штурм відбито: знищено два Леопарди і три Хамві, ліквідовано 25 окупантів.",
        (K, "ru", 25, 25, False, "self", EV),
        side="ua",
    ),
    c(
        "vehicle-models-en",
        "en",
        "The enemy lost two Strykers and three Marders in the assault, along with 25 soldiers "
        "killed.",
        (K, "ua", 25, 25, False, "self", EV),
        side="ru",
    ),
]

# --- B: "les forces maliennes": the feminine plural names the Malian army too, and with "leurs
# alliés russes" joined to it a toll of two sides ------------------------------------------------
MALIAN_FEMININE: list[Case] = [
    c(
        "malian-forces-fr",
        "fr",
        "Les rebelles affirment avoir tué une quarantaine de soldats parmi les troupes "
        "maliennes près de Tessalit.",
        (K, "fama", 40, 40, True, "*", EV),
    ),
    c(
        "malian-forces-and-allies-fr",
        "fr",
        "Le FLA revendique des dizaines de tués parmi les forces maliennes et leurs alliés russes.",
        (K, "unknown", 20, 99, True, "tuareg", EV),
    ),
    c(
        "malian-populations-fr",
        "fr",
        "Selon des ONG, on compte des dizaines de victimes parmi les populations maliennes.",
        (K, "civilians", 20, 99, True, "*", EV),
    ),
]

# --- C: "the local population" are civilians, as "local residents" are ------------------------
LOCAL_POPULATION: list[Case] = [
    c(
        "local-population-ru",
        "ru",
        "По данным правозащитников, среди местного населения погибли не менее 60 человек.",
        (K, "civilians", 60, None, False, "*", EV),
    ),
    c(
        "local-population-uk",
        "uk",
        "Правозахисники кажуть про десятки загиблих серед місцевого населення.",
        (K, "civilians", 20, 99, True, "*", EV),
    ),
    c(
        "local-population-en",
        "en",
        "Rights groups reported dozens of deaths among the local population.",
        (K, "civilians", 20, 99, True, "*", EV),
    ),
    c(
        "local-population-fr",
        "fr",
        "Des ONG font état de dizaines de morts parmi la population locale.",
        (K, "civilians", 20, 99, True, "*", EV),
    ),
]

# --- D: "All the dead were civilians" after a toll: its others go on with it -------------------
ALL_DEAD_OTHERS: list[Case] = [
    c(
        "all-dead-others-ru",
        "ru",
        "Число жертв взрыва на рынке выросло до 14, ещё 40 человек госпитализированы с "
        "ранениями. Все погибшие — мирные жители.",
        (K, "civilians", 14, 14, False, "self", EV),
        (W, "civilians", 40, 40, False, "self", EV),
    ),
    c(
        "all-dead-others-fr",
        "fr",
        "L'explosion sur le marché a fait 14 morts et 40 autres blessés. Toutes les victimes "
        "sont des civils.",
        (K, "civilians", 14, 14, False, "self", EV),
        (W, "civilians", 40, 40, False, "self", EV),
    ),
    c(
        "all-dead-others-en",
        "en",
        "The blast at the market killed 14 people and injured 40 others. All the dead were "
        "civilians.",
        (K, "civilians", 14, 14, False, "self", EV),
        (W, "civilians", 40, 40, False, "self", EV),
    ),
]

# --- E: "so-called" before a group's name says nothing: the name after it does ----------------
SO_CALLED: list[Case] = [
    c(
        "so-called-group-ru",
        "ru",
        "В ходе зачистки уничтожены около 40 боевиков из так называемого FLA.",
        (K, "tuareg", 40, 40, True, "self", EV),
        side="wagner",
    ),
    c(
        "so-called-group-uk",
        "uk",
        "Під час рейду ліквідовано 40 бойовиків з так званого FLA.",
        (K, "tuareg", 40, 40, False, "self", EV),
        side="fama",
    ),
    c(
        "so-called-group-fr",
        "fr",
        "Lors du ratissage, une quarantaine de terroristes issus du soi-disant FLA ont été "
        "neutralisés.",
        (K, "tuareg", 40, 40, True, "self", EV),
        side="fama",
    ),
]

# --- F: "left lying" on the field: the dead ----------------------------------------------------
LEFT_LYING: list[Case] = [
    c(
        "left-lying-ru",
        "ru",
        "Атака захлебнулась: около полутора десятков штурмовиков противника остались лежать "
        "у лесополосы.",
        (K, "ua", 15, 15, True, "self", EV),
        side="ru",
    ),
    c(
        "left-lying-uk",
        "uk",
        "Штурм провалився: близько двох десятків окупантів залишилися лежати біля посадки.",
        (K, "ru", 20, 20, True, "self", EV),
        side="ua",
    ),
]

# --- G: "Akhmat", the Chechen units fighting for Russia, by their bare name ---------------------
AKHMAT: list[Case] = [
    c(
        "akhmat-commander-ru",
        "ru",
        "Командир батальона «Ахмат» рассказал, что в бою у села уничтожены десятки боевиков.",
        (K, "ua", 20, 99, True, "ru", EV),
    ),
    c(
        "akhmat-commander-uk",
        "uk",
        "Командир батальйону «Ахмат» заявив, що в бою біля села знищено десятки бойовиків.",
        (K, "ua", 20, 99, True, "ru", EV),
    ),
]

# --- H: a soldier of a named party in that party's own channel speaks for the party, not the
# channel (as "a company commander said" does) ------------------------------------------------
PARTY_MEMBER: list[Case] = [
    c(
        "party-member-own-channel-ru",
        "ru",
        "По словам бойца ВС РФ, в бою за высоту они потеряли двоих ранеными.",
        (W, "ru", 2, 2, False, "ru", EV),
        side="ru",
    ),
    c(
        "party-member-own-channel-fr",
        "fr",
        "Selon un officier des FAMa, l'embuscade a fait quatre blessés dans leurs rangs.",
        (W, "fama", 4, 4, False, "fama", EV),
        side="fama",
    ),
]

ALL: list[Case] = (
    VEHICLE_MODELS
    + MALIAN_FEMININE
    + LOCAL_POPULATION
    + ALL_DEAD_OTHERS
    + SO_CALLED
    + LEFT_LYING
    + AKHMAT
    + PARTY_MEMBER
)


@pytest.mark.parametrize("case", params(ALL))
def test_round19c_fr(case: Case) -> None:
    check(case)
