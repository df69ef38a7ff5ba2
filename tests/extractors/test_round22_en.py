"""Round 22, English: mechanisms a held-out stand-in set (b44) showed, described in words.
Sentences of our own; none is copied from a test set.

Claims are (kind, victim, low, high, approx, claimant, scope); the harness is the yardstick's.
"""

from __future__ import annotations

import pytest

from tests.extractors.cases import EV, C, Case, K, W, c, check, params

# --- A: a person said to be among the dead after the toll, with an age glued to the noun ("a
# 7-year-old boy was among the victims"), is a part of that toll, no claim of its own ---------
AMONG_WITH_AGE: list[Case] = [
    c(
        "among-victims-glued-age-en",
        "en",
        "Shelling of the market killed seven civilians. A 7-year-old boy was among the victims.",
        (K, "civilians", 7, 7, False, "self", EV),
    ),
    c(
        "among-dead-age-after-en",
        "en",
        "Shelling of the market killed seven civilians. A teenager of 15 years was among the dead.",
        (K, "civilians", 7, 7, False, "self", EV),
    ),
]

# --- B: milblogger slang, hyphenated codes ("cargo-200", "cargo-300") and "sent N to the
# hospital" with its own figure inside: the dead and the wounded, two claims, no lump; surrender
# said as a gesture ("threw down their rifles", "with their hands up") -----------------------
CARGO_SLANG: list[Case] = [
    c(
        "cargo-codes-hyphen-en",
        "en",
        "Our gunners turned 37 orcs into cargo-200 near Bakhmut.",
        (K, "ru", 37, 37, False, "self", EV),
        side="ua",
    ),
    c(
        "killed-and-sent-n-to-hospital-en",
        "en",
        "Our drones killed 21 occupiers and sent another 15 to the hospital.",
        (K, "ru", 21, 21, False, "self", EV),
        (W, "ru", 15, 15, False, "self", EV),
        side="ua",
    ),
    c(
        "surrender-gesture-en",
        "en",
        "Near Robotyne 5 occupiers threw down their rifles and came out with their hands up.",
        (C, "ru", 5, 5, False, "self", EV),
        side="ua",
    ),
]

# --- C: armed men of no named party as the subject of a verb of losing or leaving bodies
# ("the militants left 40 bodies") are the channel's enemy, as a count of them is; never the
# channel's own toll told just before -----------------------------------------------------------
MILITANTS_SUBJECT: list[Case] = [
    c(
        "militants-left-bodies-en",
        "en",
        "Our losses in the ambush near Kidal: 2 killed. The militants left over 40 bodies behind.",
        (K, "wagner", 2, 2, False, "self", EV),
        (K, "unknown", 40, None, False, "self", EV),
        side="wagner",
    ),
    c(
        "terrorists-lost-men-fr",
        "fr",
        "Nos pertes : 3 tués. Les terroristes ont perdu une vingtaine d'hommes.",
        (K, "fama", 3, 3, False, "self", EV),
        (K, "unknown", 20, 20, True, "self", EV),
        side="fama",
    ),
    c(
        "militants-lost-men-ru",
        "ru",
        "Наши потери: 3 погибших. Боевики потеряли более 40 человек.",
        (K, "ru", 3, 3, False, "self", EV),
        (K, "ua", 40, None, False, "self", EV),
        side="ru",
    ),
]

ALL: list[Case] = AMONG_WITH_AGE + CARGO_SLANG + MILITANTS_SUBJECT


@pytest.mark.parametrize("case", params(ALL))
def test_round22_en(case: Case) -> None:
    check(case)
