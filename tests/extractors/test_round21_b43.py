"""Round 21, English and Arabic (with the other languages where the mechanism is shared):
mechanisms a held-out stand-in set (b43) showed, described in words. Sentences of our own;
none is copied from a test set.

Claims are (kind, victim, low, high, approx, claimant, scope); the harness is the yardstick's.
"""

from __future__ import annotations

import pytest

from tests.extractors.cases import CUM, EV, Case, K, L, W, c, check, params

# --- A: "N of them" after a count of things counts those things, never people ---------------
PART_OF_THINGS: list[Case] = [
    c(
        "part-of-vehicles-not-summed-en",
        "en",
        "The invaders came on with eight tanks. In the end five of them burned out, 31 Russians "
        "eliminated and 6 wounded.",
        (K, "ru", 31, 31, False, "self", EV),
        (W, "ru", 6, 6, False, "self", EV),
        side="ua",
    ),
    c(
        "part-of-people-after-things-kept-en",
        "en",
        "The enemy lost 40 soldiers and 3 tanks. 30 of them were killed.",
        (L, "ru", 40, 40, False, "self", EV),
        (K, "ru", 30, 30, False, "self", EV),
        side="ua",
    ),
]

# --- B: the country a war's start names ("since it invaded Ukraine") is no "them" ------------
SINCE_NO_THEM: list[Case] = [
    c(
        "them-after-since-invaded-en",
        "en",
        "Russia has lost over 500,000 killed and wounded since it invaded Ukraine, a Western "
        "official said, with about 100,000 of them killed.",
        (L, "ru", 500000, None, False, "official", CUM),
        (K, "ru", 100000, 100000, True, "official", CUM),
    ),
]

ALL = PART_OF_THINGS + SINCE_NO_THEM


@pytest.mark.parametrize("case", params(ALL))
def test_round21_b43(case: Case) -> None:
    check(case)
