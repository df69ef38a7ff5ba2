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

# --- B: two parties' names joined by a hyphen: a joint force, no one party "the enemy" ------
JOINED_NAMES: list[Case] = [
    c(
        "joined-names-enemy-fr",
        "fr",
        "Nos unités ont mis en déroute une patrouille FAMa-Wagner près de Kidal. Une quinzaine "
        "d'ennemis ont été tués. De notre côté, un martyr.",
        (K, "unknown", 15, 15, True, "self", EV),
        (K, "tuareg", 1, 1, False, "self", EV),
        side="tuareg",
    ),
    c(
        "one-name-enemy-fr",
        "fr",
        "Nos unités ont mis en déroute une patrouille FAMa près de Kidal. Une quinzaine "
        "d'ennemis ont été tués. De notre côté, un martyr.",
        (K, "fama", 15, 15, True, "self", EV),
        (K, "tuareg", 1, 1, False, "self", EV),
        side="tuareg",
    ),
    c(
        "hyphenated-one-party-fr",
        "fr",
        "Les combattants du CSP-DPA ont tué 9 soldats près de Kidal.",
        (K, "fama", 9, 9, False, "self", EV),
        side="tuareg",
    ),
]

ALL: list[Case] = TO_DEPLORE + JOINED_NAMES


@pytest.mark.parametrize("case", params(ALL))
def test_round20c_fr(case: Case) -> None:
    check(case)
