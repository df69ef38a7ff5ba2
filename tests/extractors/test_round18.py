"""Round 18: mechanisms a held-out stand-in set written after 1.16.1 (b28) showed, described in
words. Sentences of our own, in every language where the phenomenon exists; none is copied
from a test set.

Claims are (kind, victim, low, high, approx, claimant, scope); the harness is the yardstick's.
"""

from __future__ import annotations

import pytest

from tests.extractors.cases import EV, PER, Case, K, c, check, params

# --- A: an army with an ordinal is a formation: its commander speaks as a unit's ------------
NUMBERED_ARMY: list[Case] = [
    c(
        "numbered-army-commander-ru",
        "ru",
        "«За неделю у нас двое погибших», — говорит командир батальона 2-й гвардейской "
        "общевойсковой армии.",
        (K, "ru", 2, 2, False, "ru", PER),
        side="ru",
    ),
    c(
        "numbered-army-commander-en",
        "en",
        "The enemy lost 30 men killed in the attack, a platoon commander of the 8th Combined "
        "Arms Army said.",
        (K, "ua", 30, 30, False, "ru", EV),
        side="ru",
    ),
]

ALL = NUMBERED_ARMY


@pytest.mark.parametrize("case", params(ALL))
def test_round18(case: Case) -> None:
    check(case)
