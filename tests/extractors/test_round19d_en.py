"""Round 19d (English): mechanisms the English misses of the b37 stand-in set showed, described
in words. Sentences of our own, in every language where the phenomenon exists; none is copied
from a test set.

Claims are (kind, victim, low, high, approx, claimant, scope); the harness is the yardstick's.
"""

from __future__ import annotations

import pytest

from tests.extractors.cases import EV, Case, K, L, W, c, check, params

# --- A: sums of money in the currencies of the theatres are no people --------------------------
CURRENCIES: list[Case] = [
    c(
        "shillings-seized-en",
        "en",
        "Detectives seized two laptops and 120,000 shillings during the raid in Garissa.",
    ),
    c(
        "sudanese-pounds-en",
        "en",
        "The fighters looted 3 million Sudanese pounds from the bank in Nyala.",
    ),
    c(
        "shillings-seized-fr",
        "fr",
        "Les enquêteurs ont saisi deux ordinateurs et 120 000 shillings lors de la perquisition.",
    ),
    c(
        "shillings-seized-ru",
        "ru",
        "Следователи изъяли два ноутбука и 120 тысяч шиллингов во время обыска.",
    ),
    c(
        "shillings-seized-uk",
        "uk",
        "Слідчі вилучили два ноутбуки та 120 тисяч шилінгів під час обшуку.",
    ),
]

# --- B: "irreversibly" is "irrecoverably": the part of a toll put out for good is the dead ----
IRREVERSIBLY: list[Case] = [
    c(
        "irreversibly-part-en",
        "en",
        "Our units neutralised 212 invaders on this axis, 97 of them irreversibly.",
        (L, "ru", 212, 212, False, "self", EV),
        (K, "ru", 97, 97, False, "self", EV),
        side="ua",
    ),
    c(
        "irreversible-losses-en",
        "en",
        "The enemy's irreversible losses near the village came to 45 men.",
        (K, "ru", 45, 45, False, "self", EV),
        side="ua",
    ),
    c(
        "irreversiblement-part-fr",
        "fr",
        "Nos unités ont neutralisé 212 envahisseurs, dont 97 irréversiblement.",
        (L, "ru", 212, 212, False, "self", EV),
        (K, "ru", 97, 97, False, "self", EV),
        side="ua",
    ),
]

# --- C: "our guys and the Malian soldiers": our own men joined to another party mix sides -----
OURS_JOINED: list[Case] = [
    c(
        "ours-and-party-en",
        "en",
        "Near the well our fighters and the Malian troops lost 17 men, and 30 more were wounded.",
        (K, "unknown", 17, 17, False, "self", EV),
        (W, "unknown", 30, 30, False, "self", EV),
        side="wagner",
    ),
    c(
        "party-and-ours-en",
        "en",
        "Near the well the Malian troops and our guys lost 17 men.",
        (K, "unknown", 17, 17, False, "self", EV),
        side="wagner",
    ),
    c(
        "ours-alone-en",
        "en",
        "Near the well our fighters lost 17 men.",
        (K, "wagner", 17, 17, False, "self", EV),
        side="wagner",
    ),
    c(
        "ours-and-party-fr",
        "fr",
        "Près du puits, nos gars et les soldats maliens ont perdu 17 hommes.",
        (K, "unknown", 17, 17, False, "self", EV),
        side="wagner",
    ),
    c(
        "ours-and-party-ru",
        "ru",
        "У колодца наши бойцы и малийские военные потеряли 17 человек.",
        (K, "unknown", 17, 17, False, "self", EV),
        side="wagner",
    ),
]

# --- D: a speaker named later in the sentence with a figure of his own speaks for that only ---
LATER_SPEAKER_OWN: list[Case] = [
    c(
        "later-speaker-own-figure-en",
        "en",
        "The RSF rejected the report, saying none of its men had died, and blamed the army for "
        "shelling a market in Omdurman, where doctors said nine displaced people were killed.",
        (K, "rsf", 0, 0, False, "rsf", EV),
        (K, "civilians", 9, 9, False, "doctors", EV),
    ),
    c(
        "later-speaker-trailing-en",
        "en",
        "Nobody was killed when the drone hit the depot in Kherson, the governor said.",
        (K, "unknown", 0, 0, False, "governor", EV),
    ),
]

# --- E: a role word in lower case and a name after a closing dash are the source -------------
DASH_ROLE_NAME: list[Case] = [
    c(
        "dash-role-name-emoji-en",
        "en",
        "Glide bombs struck Zaporizhzhia overnight: 3 killed, 11 injured - regional governor "
        "Ivan Fedorov ⚡ Firefighters are still at the site.",
        (K, "unknown", 3, 3, False, "fedorov", EV),
        (W, "unknown", 11, 11, False, "fedorov", EV),
    ),
    c(
        "dash-role-name-uk",
        "uk",
        "Удар по Запоріжжю: 3 загиблих, 11 поранених — начальник ОВА Іван Федоров",
        (K, "unknown", 3, 3, False, "fedorov", EV),
        (W, "unknown", 11, 11, False, "fedorov", EV),
    ),
    c(
        "dash-lowercase-no-name-en",
        "en",
        "A shell hit the market: 4 killed - most of them vendors",
        (K, "unknown", 4, 4, False, "self", EV),
    ),
]

ALL = CURRENCIES + IRREVERSIBLY + OURS_JOINED + LATER_SPEAKER_OWN + DASH_ROLE_NAME


@pytest.mark.parametrize("case", params(ALL))
def test_round19d_en(case: Case) -> None:
    check(case)
