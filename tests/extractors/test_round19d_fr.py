"""Round 19d (French, then Russian): mechanisms the stand-in set b37 showed, described in
words. Sentences of our own, in every language where the phenomenon exists; none is copied
from a test set.

Claims are (kind, victim, low, high, approx, claimant, scope); the harness is the yardstick's.
"""

from __future__ import annotations

import pytest

from tests.extractors.cases import EV, PER, Case, K, c, check, params

# --- A: a verb of reporting whose object is the dead, not a source after it ------------------
REPORTS_THE_DEATH: list[Case] = [
    c(
        "reports-the-death-fr",
        "fr",
        "Le HCR rapporte la mort de 14 villageois dans le nord du pays.",
        (K, "civilians", 14, 14, False, "un", EV),
    ),
    c(
        "reports-the-death-two-fr",
        "fr",
        "Une ONG rapporte la mort de 9 soldats et de 30 jihadistes de l'EI en une semaine.",
        (K, "unknown", 9, 9, False, "*", PER),
        (K, "is", 30, 30, False, "*", PER),
    ),
    c(
        "reports-source-after-fr",
        "fr",
        "Huit soldats ont été tués près de Kidal, rapporte l'AFP.",
        (K, "fama", 8, 8, False, "afp", EV),
    ),
]

ALL: list[Case] = REPORTS_THE_DEATH


@pytest.mark.parametrize("case", params(ALL))
def test_round19d_fr(case: Case) -> None:
    check(case)
