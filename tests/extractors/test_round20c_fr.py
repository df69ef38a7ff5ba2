"""Round 20c (fr): mechanisms the stand-in set b39 showed in French, described in words.
Sentences of our own; none is copied from a test set.

Claims are (kind, victim, low, high, approx, claimant, scope); the harness is the yardstick's.
"""

from __future__ import annotations

import pytest

from tests.extractors.cases import EV, Case, K, L, W, c, check, params

# --- A: "n'est à déplorer": an impersonal infinitive, no one speaks in the quote -------------
TO_DEPLORE: list[Case] = [
    c(
        "to-deplore-quoted-ours-fr",
        "fr",
        "Des frappes aériennes ont neutralisé une trentaine de terroristes près de Gao, selon "
        "l'armée malienne. « Aucune perte n'est à déplorer de notre côté », a ajouté l'armée "
        "malienne.",
        (K, "unknown", 30, 30, True, "fama", EV),
        (L, "fama", 0, 0, False, "fama", EV),
    ),
    c(
        "to-deplore-quoted-wounded-fr",
        "fr",
        "« Deux blessés légers sont à déplorer dans nos rangs », a indiqué le porte-parole des "
        "FAMa.",
        (W, "fama", 2, 2, False, "fama", EV),
    ),
    c(
        "deplore-still-speaks-fr",
        "fr",
        "Les FAMa déplorent trois morts dans leurs rangs.",
        (K, "fama", 3, 3, False, "fama", EV),
    ),
]

ALL: list[Case] = TO_DEPLORE


@pytest.mark.parametrize("case", params(ALL))
def test_round20c_fr(case: Case) -> None:
    check(case)
