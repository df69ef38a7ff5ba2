"""Round 23 review: rules of round 23 that misfired on ordinary sentences of our own; none is
copied from a test set.

Claims are (kind, victim, low, high, approx, claimant, scope); the harness is the yardstick's.
"""

from __future__ import annotations

import pytest

from tests.extractors.cases import EV, Case, K, c, check, params

# --- A: a state's adjective after the strike word names the attacker only where the strike's
# words end on it (the place struck, the verb); "strikes Russian base" is the place's adjective --
STRIKE_ADJECTIVE: list[Case] = [
    c(
        "strike-verb-place-adjective-en",
        "en",
        "Drone strikes Russian base, killing 12 soldiers, Kyiv says.",
        (K, "ru", 12, 12, False, "ua", EV),
    ),
    c(
        "strike-adjective-then-place-fr",
        "fr",
        "Une frappe ukrainienne sur Donetsk a tué 5 soldats, selon Moscou.",
        (K, "ru", 5, 5, False, "ru", EV),
    ),
    c(
        "strike-adjective-then-verb-fr",
        "fr",
        "Une frappe russe a tué 5 soldats, selon Kiev.",
        (K, "ua", 5, 5, False, "ua", EV),
    ),
]

ALL = STRIKE_ADJECTIVE


@pytest.mark.parametrize("case", params(ALL))
def test_round23_review(case: Case) -> None:
    check(case)
