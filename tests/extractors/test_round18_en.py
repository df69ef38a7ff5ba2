"""Round 18, English: mechanisms a held-out stand-in set (b29) showed, described in words.
Sentences of our own; none is copied from a test set.

Claims are (kind, victim, low, high, approx, claimant, scope); the harness is the yardstick's.
"""

from __future__ import annotations

import pytest

from tests.extractors.cases import EV, Case, K, W, c, check, params

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

ALL = OWN_NOUN_VERB


@pytest.mark.parametrize("case", params(ALL))
def test_round18_en(case: Case) -> None:
    check(case)
