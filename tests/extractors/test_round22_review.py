"""Round 22 review: rules of this round that fired on ordinary posts, narrowed. Sentences of
our own; none is copied from a test set.

Claims are (kind, victim, low, high, approx, claimant, scope); the harness is the yardstick's.
"""

from __future__ import annotations

import pytest

from tests.extractors.cases import EV, C, Case, c, check, params

# --- A: fr "emmené par" is mostly "led by" (a delegation, a team) or carried by helpers; only
# taken away by an armed party that is named is a capture --------------------------------------
LED_BY: list[Case] = [
    c(
        "led-by-delegation-fr",
        "fr",
        "Une délégation de 12 personnes emmenée par le ministre est arrivée à Bamako.",
    ),
    c(
        "led-by-team-fr",
        "fr",
        "Une équipe de 11 joueurs emmenée par son capitaine a remporté le tournoi.",
    ),
    c(
        "taken-by-police-fr",
        "fr",
        "Les 30 manifestants ont été emmenés par la police au commissariat.",
    ),
    c(
        "taken-by-gunmen-fr",
        "fr",
        "Sept villageois ont été emmenés par des hommes armés.",
        (C, "civilians", 7, 7, False, "self", EV),
    ),
]

ALL = LED_BY


@pytest.mark.parametrize("case", params(ALL))
def test_round22_review(case: Case) -> None:
    check(case)
