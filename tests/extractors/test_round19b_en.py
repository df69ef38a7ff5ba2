"""Round 19b (English): mechanisms the English misses of the b34 and b35 stand-in sets showed,
described in words. Sentences of our own, in every language where the phenomenon exists; none
is copied from a test set.

Claims are (kind, victim, low, high, approx, claimant, scope); the harness is the yardstick's.
"""

from __future__ import annotations

import pytest

from tests.extractors.cases import EV, Case, K, c, check, params

# --- A: a comma and a closing quote end the quoted words: the speaker is no list item --------
QUOTE_CLOSED: list[Case] = [
    c(
        "quote-closed-speaker-en",
        "en",
        '"We lost two men, but we killed more than 15 of the raiders," a district commissioner in '
        "the Lower Juba region told reporters.",
        (K, "unknown", 2, 2, False, "*", EV),
        (K, "unknown", 15, None, False, "*", EV),
    ),
]

ALL: list[Case] = QUOTE_CLOSED


@pytest.mark.parametrize("case", params(ALL))
def test_round19b_en(case: Case) -> None:
    check(case)
