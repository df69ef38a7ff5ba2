"""Round 21's review: rules of the round that misfired on ordinary posts, described in words.
Sentences of our own; none is copied from a test set.

Claims are (kind, victim, low, high, approx, claimant, scope); the harness is the yardstick's.
"""

from __future__ import annotations

import pytest

from tests.extractors.cases import EV, Case, K, W, c, check, params

# --- A: a name opening its sentence is one person only when the singular verb of harm is its
# own: not the verb of a clause with a subject of its own ("New York, where a man was killed")
NAMED_OWN_VERB: list[Case] = [
    c(
        "place-name-where-a-man-was-killed-en",
        "en",
        "New York, where a man was killed in a shooting on Friday, is on alert.",
        (K, "unknown", 1, 1, False, "self", EV),
    ),
    c(
        "place-name-where-a-boy-was-wounded-en",
        "en",
        "Khan Younis, where a boy was wounded by shrapnel, saw more strikes overnight.",
        (W, "civilians", 1, 1, False, "self", EV),
    ),
    c(
        "name-whose-brother-was-killed-en",
        "en",
        "Mohamed Salah, whose brother was killed in Gaza last year, spoke to reporters.",
    ),
    c(
        "name-who-served-no-comma-was-killed-en",
        "en",
        "Ahmed Nur Farah, who served as a spokesman for the regional administration was killed "
        "in a shooting on Saturday.",
        (K, "unknown", 1, 1, False, "self", EV),
    ),
    c(
        "name-who-served-was-killed-en",
        "en",
        "Mohamed Omar Hagafey, who served as a spokesman for the group, was killed in a "
        "drive-by shooting.",
        (K, "unknown", 1, 1, False, "self", EV),
    ),
]

ALL: list[Case] = NAMED_OWN_VERB


@pytest.mark.parametrize("case", params(ALL))
def test_round21_review(case: Case) -> None:
    check(case)
