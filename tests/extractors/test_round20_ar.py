"""Round 20 (Arabic): mechanisms the Arabic misses of a held-out stand-in set (b38) showed,
described in words. Sentences of our own, in every language where the phenomenon exists; none
is copied from a test set.

Claims are (kind, victim, low, high, approx, claimant, scope); the harness is the yardstick's.
"""

from __future__ import annotations

import pytest

from tests.extractors.cases import EV, Case, K, c, check, params

# --- A: a ta marbuta before a pronoun suffix is an open ta: "ضحيتها" is "ضحية" + "ها" ---------
OPEN_TA: list[Case] = [
    c(
        "victim-her-suffix-ar",
        "ar",
        "غارة جوية على قرية قرب الفاشر راح ضحيتها 12 شخصاً.",
        (K, "unknown", 12, 12, False, "self", EV),
    ),
    c(
        "victim-his-suffix-ar",
        "ar",
        "قصف مدفعي على حي سكني في أم درمان راح ضحيته ثمانية مدنيين بينهم ثلاث نساء.",
        (K, "civilians", 8, 8, False, "self", EV),
    ),
]

ALL: list[Case] = OPEN_TA


@pytest.mark.parametrize("case", params(ALL))
def test_round20_ar(case: Case) -> None:
    check(case)
