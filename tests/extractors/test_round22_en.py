"""Round 22, English: mechanisms a held-out stand-in set (b44) showed, described in words.
Sentences of our own; none is copied from a test set.

Claims are (kind, victim, low, high, approx, claimant, scope); the harness is the yardstick's.
"""

from __future__ import annotations

import pytest

from tests.extractors.cases import EV, Case, K, c, check, params

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

ALL: list[Case] = AMONG_WITH_AGE


@pytest.mark.parametrize("case", params(ALL))
def test_round22_en(case: Case) -> None:
    check(case)
