"""Round 18 (Arabic, third pass): mechanisms a held-out stand-in set (b30) showed, described in
words. Sentences of our own; none is copied from a test set.

Claims are (kind, victim, low, high, approx, claimant, scope); the harness is the yardstick's.
"""

from __future__ import annotations

import pytest

from tests.extractors.cases import EV, PER, C, Case, K, L, M, W, c, check, params

# --- A: a count of hours in number words is a span, no figure --------------------------------
HOURS_IN_WORDS: list[Case] = [
    c(
        "hours-in-words-ar",
        "ar",
        "قالت الوزارة إن العدو خسر خلال الساعات الأربع والعشرين الماضية ما يصل إلى ٢٠٠ عسكري.",
        (L, "ua", None, 200, False, "*", PER),
        side="ru",
    ),
    c(
        "hours-in-words-before-ar",
        "ar",
        "قالت الوزارة إن العدو خسر خلال الأربع والعشرين ساعة الماضية نحو ١٥٠ عسكرياً.",
        (L, "ua", 150, 150, True, "*", PER),
        side="ru",
    ),
]

ALL = HOURS_IN_WORDS


@pytest.mark.parametrize("case", params(ALL))
def test_round18_ar3(case: Case) -> None:
    check(case)
