"""Round 20c (Arabic): mechanisms the Arabic misses of a held-out stand-in set (b39) showed,
described in words. Sentences of our own, in every language where the phenomenon exists; none
is copied from a test set.

Claims are (kind, victim, low, high, approx, claimant, scope); the harness is the yardstick's.
"""

from __future__ import annotations

import pytest

from tests.extractors.cases import EV, Case, K, W, c, check, params

# --- A: wounding in the present tense, active ("تصيب") and passive ("يصابون") -----------------
PRESENT_WOUNDING: list[Case] = [
    c(
        "present-active-wounds-ar",
        "ar",
        "قذائف المدفعية تقتل 7 مدنيين وتصيب 19 آخرين في حي سكني بمدينة الأبيض.",
        (K, "civilians", 7, 7, False, "self", EV),
        (W, "civilians", 19, 19, False, "self", EV),
    ),
    c(
        "present-passive-wounded-ar",
        "ar",
        "الجيش المالي يفقد أربعة جنود وخمسة آخرون يصابون في كمين قرب تمبكتو.",
        (K, "fama", 4, 4, False, "self", EV),
        (W, "fama", 5, 5, False, "self", EV),
    ),
]

ALL: list[Case] = PRESENT_WOUNDING


@pytest.mark.parametrize("case", params(ALL))
def test_round20c_ar(case: Case) -> None:
    check(case)
