"""Round 19b (English): mechanisms the English misses of the b34 and b35 stand-in sets showed,
described in words. Sentences of our own, in every language where the phenomenon exists; none
is copied from a test set.

Claims are (kind, victim, low, high, approx, claimant, scope); the harness is the yardstick's.
"""

from __future__ import annotations

import pytest

from tests.extractors.cases import CUM, EV, PER, Case, K, L, c, check, params

# --- A: a comma and a closing quote end the quoted words: the speaker is no list item --------
QUOTE_CLOSED: list[Case] = [
    c(
        "quote-closed-speaker-en",
        "en",
        '"We lost two men, but we killed more than 15 of the raiders," a district commissioner in '
        "the Lower Juba region told reporters.",
        (K, "unknown", 2, 2, False, "*", EV),
        (K, "unknown", 15, None, False, "*", EV),
    ),
]

# --- B: a mark the toll went past, then the toll itself: one figure, not their sum -----------
PASSED_MARK: list[Case] = [
    c(
        "passed-mark-comma-to-en",
        "en",
        "Overnight shelling pushed the death toll in the city past 1,000, to 1,012.",
        (K, "unknown", 1012, 1012, False, "self", EV),
    ),
    c(
        "passed-mark-reached-en",
        "en",
        "The number of people killed in the region has surpassed 2,000 and reached 2,031.",
        (K, "unknown", 2031, 2031, False, "self", EV),
    ),
    c(
        "passed-mark-ru",
        "ru",
        "Число погибших в области превысило 3 тысячи и достигло 3 104.",
        (K, "unknown", 3104, 3104, False, "self", EV),
    ),
    c(
        "passed-mark-uk",
        "uk",
        "Кількість загиблих в області перевищила 3 тисячі й сягнула 3 104.",
        (K, "unknown", 3104, 3104, False, "self", EV),
    ),
    c(
        "passed-mark-fr",
        "fr",
        "Le nombre de morts dans la province a dépassé les 5 000 pour atteindre 5 062.",
        (K, "unknown", 5062, 5062, False, "self", EV),
    ),
]

# --- C: an admission, then "and said it killed": the kill is the admitter's own ------------
ADMIT_THEN_SAY: list[Case] = [
    c(
        "admit-then-said-kill-en",
        "en",
        "The Malian army acknowledged heavy losses near Kidal and said it had killed some 35 "
        "terrorists in the counterattack.",
        (K, "unknown", 35, 35, True, "fama", EV),
    ),
    c(
        "admit-plain-own-en",
        "en",
        "The Malian army admitted that 6 of its soldiers were killed near Kidal.",
        (K, "fama", 6, 6, False, "fama", EV),
    ),
]

# --- D: attackers with a short phrase of their own before the verb of attacking -------------
ATTACKERS_PHRASE: list[Case] = [
    c(
        "attackers-on-motorbikes-en",
        "en",
        "Officials said 17 gendarmes were killed on Sunday when about 150 gunmen on motorbikes "
        "attacked their post.",
        (K, "unknown", 17, 17, False, "*", EV),
    ),
    c(
        "attackers-quoted-in-pickups-en",
        "en",
        'Nine soldiers died when "dozens of militants" in pickups stormed the camp.',
        (K, "unknown", 9, 9, False, "self", EV),
    ),
    c(
        "attackers-a-moto-fr",
        "fr",
        "Onze soldats ont été tués lorsque plus de 200 jihadistes à moto ont attaqué le camp.",
        (K, "unknown", 11, 11, False, "self", EV),
    ),
]

# --- E: men and then equipment before one verb of destroying: the men are one item ---------
MEN_THEN_THINGS: list[Case] = [
    c(
        "men-then-vehicles-en",
        "en",
        "Near Pokrovsk up to 45 Ukrainian militants and 5 armoured vehicles were destroyed.",
        (K, "ua", None, 45, False, "self", EV),
        side="ru",
    ),
    c(
        "men-then-vehicles-ru",
        "ru",
        "Под Покровском до 45 украинских боевиков и 5 бронемашин были уничтожены.",
        (K, "ua", None, 45, False, "self", EV),
        side="ru",
    ),
    c(
        "men-then-vehicles-uk",
        "uk",
        "Біля Покровська до 45 окупантів і 5 бронемашин було знищено.",
        (K, "ru", None, 45, False, "self", EV),
        side="ua",
    ),
]

# --- F: "the head of ..., said": a person with an article who then speaks is no one harmed --
ARTICLE_SPEAKER: list[Case] = [
    c(
        "article-speaker-head-of-en",
        "en",
        "Russia has lost about 3,000 servicemen in the region since June, the commander of "
        "Ukraine's 3rd Assault Brigade, Andriy Biletsky, said in an interview.",
        (L, "ru", 3000, 3000, True, "*", CUM),
    ),
    c(
        "article-speaker-a-official-en",
        "en",
        "At least 12 soldiers were killed in the ambush, a senior security official in the "
        "northern province told reporters.",
        (K, "unknown", 12, None, False, "*", EV),
    ),
]

# --- G: "sent to meet Kobzon": slang for the dead, as in Russian and Ukrainian --------------
KOBZON: list[Case] = [
    c(
        "kobzon-sent-en",
        "en",
        "Our drone unit this week: 74 orcs sent to meet Kobzon near Toretsk.",
        (K, "ru", 74, 74, False, "self", PER),
        side="ua",
    ),
    c(
        "kobzon-went-en",
        "en",
        "Another 12 occupiers went to Kobzon after the strike on their dugout.",
        (K, "ru", 12, 12, False, "self", EV),
        side="ua",
    ),
]

# --- H: "the lads ... say": soldiers' own word for themselves names who speaks --------------
LADS_SAY: list[Case] = [
    c(
        "lads-say-slur-after-en",
        "en",
        "Lads from the 3rd company say the khokhols took a beating: ~30 two-hundreds by noon.",
        (K, "ua", 30, 30, True, "*", EV),
        side="ru",
    ),
]

# --- I: vehicles by make ("Land Cruisers", "Toyota pickups") are equipment, never captives --
VEHICLE_MAKES: list[Case] = [
    c(
        "land-cruisers-seized-en",
        "en",
        "Our fighters repelled the attack, killing 40 of the enemy and seizing 8 Land Cruisers "
        "and 3 Toyota pickups.",
        (K, "saf", 40, 40, False, "self", EV),
        side="rsf",
    ),
]

ALL: list[Case] = (
    QUOTE_CLOSED
    + PASSED_MARK
    + ADMIT_THEN_SAY
    + ATTACKERS_PHRASE
    + MEN_THEN_THINGS
    + ARTICLE_SPEAKER
    + KOBZON
    + LADS_SAY
    + VEHICLE_MAKES
)


@pytest.mark.parametrize("case", params(ALL))
def test_round19b_en(case: Case) -> None:
    check(case)
