"""Round 20 (English): mechanisms the misses of a held-out stand-in set (b38) showed, described
in words. Sentences of our own; none is copied from a test set.

Claims are (kind, victim, low, high, approx, claimant, scope); the harness is the yardstick's.
"""

from __future__ import annotations

import pytest

from tests.extractors.cases import PER, Case, L, c, check, params

# --- A: a person word inside a thing's name ("armoured personnel carriers") -----------------
THING_NAMES: list[Case] = [
    c(
        "personnel-carriers-after-made-en",
        "en",
        "Over the past day the enemy lost up to 90 troops, a tank and three U.S.-made M113 "
        "armoured personnel carriers.",
        (L, "ua", None, 90, False, "self", PER),
        side="ru",
    ),
]

ALL = THING_NAMES


@pytest.mark.parametrize("case", params(ALL))
def test_round20_en(case: Case) -> None:
    check(case)
