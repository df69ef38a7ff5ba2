"""Round 18 (French): mechanisms a held-out stand-in set written after 1.16.1 (b28) showed,
described in words. Sentences of our own, with a case in another language where the mechanism
is the engine's; none is copied from a test set.

Claims are (kind, victim, low, high, approx, claimant, scope); the harness is the yardstick's.
"""

from __future__ import annotations

import pytest

from tests.extractors.cases import EV, Case, K, W, c, check, params

# --- A: "et que" opens a reported clause whose figure takes the verb after it ---------------
AND_THAT: list[Case] = [
    c(
        "and-that-new-clause-fr",
        "fr",
        "Le gouverneur a indiqué que quatre policiers avaient été blessés et qu'une vingtaine de "
        "jihadistes de l'État islamique au Grand Sahara avaient été tués pendant les combats.",
        (W, "unknown", 4, 4, False, "le_gouverneur", EV),
        (K, "is", 20, 20, True, "le_gouverneur", EV),
    ),
    c(
        "and-that-new-clause-en",
        "en",
        "Officials said three police officers were wounded and that about 20 Islamic State "
        "fighters from the Sahel Province were killed during the clashes.",
        (W, "unknown", 3, 3, False, "officials", EV),
        (K, "is", 20, 20, True, "officials", EV),
    ),
]

ALL = AND_THAT


@pytest.mark.parametrize("case", params(ALL))
def test_round18_fr(case: Case) -> None:
    check(case)
