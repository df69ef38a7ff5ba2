"""Round 22b, Arabic: mechanisms a held-out stand-in set (b46) showed, described in words.
Sentences of our own; none is copied from a test set.

Claims are (kind, victim, low, high, approx, claimant, scope); the harness is the yardstick's.
"""

from __future__ import annotations

import pytest

from tests.extractors.cases import EV, C, Case, K, c, check, params

# --- A: a toll of the dead, then "and" glued to the next figure before a captives' noun
# ("25 قتيلاً وعشرات الأسرى"): that figure has a fate of its own, captured, not prisoners
# killed -----------------------------------------------------------------------------------
GLUED_AND_CAPTIVES: list[Case] = [
    c(
        "dead-and-glued-vague-captives-ar",
        "ar",
        "أسفرت المعارك عن 25 قتيلاً وعشرات الأسرى في صفوف الجيش",
        (K, "saf", 25, 25, False, "self", EV),
        (C, "saf", 20, 99, True, "self", EV),
        side="rsf",
    ),
    c(
        "dead-and-glued-about-captives-ar",
        "ar",
        "أسفر الكمين عن 18 قتيلاً ونحو 30 أسيراً",
        (K, "unknown", 18, 18, False, "self", EV),
        (C, "unknown", 30, 30, True, "self", EV),
    ),
]

ALL: list[Case] = GLUED_AND_CAPTIVES


@pytest.mark.parametrize("case", params(ALL))
def test_round22b_ar(case: Case) -> None:
    check(case)
