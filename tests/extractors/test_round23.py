"""Round 23: mechanisms met in the stand-in set b50 and in headlines of wire style. Sentences of
our own; none is copied from a test set.

Claims are (kind, victim, low, high, approx, claimant, scope); the harness is the yardstick's.
"""

from __future__ import annotations

import pytest

from tests.extractors.cases import EV, Case, K, c, check, params

# --- A: a strike by the speaker's enemy, the subject of the kill, counts people of the speaker's
# side whose kind the text leaves open: never the enemy's own men, never the speaker's kill;
# soldiers it kills are the speaker's. The state may stand before the strike word or after it --
ENEMY_STRIKE: list[Case] = [
    c(
        "enemy-strike-bare-en",
        "en",
        "Russian missile strike on Kharkiv kills 51, Zelensky says",
        (K, "unknown", 51, 51, False, "ua", EV),
    ),
    c(
        "enemy-drone-attack-dash-en",
        "en",
        "Russian drone attack kills 3 — Zelensky",
        (K, "unknown", 3, 3, False, "ua", EV),
    ),
    c(
        "enemy-shelling-soldiers-en",
        "en",
        "Russian shelling killed 4 soldiers near Pokrovsk, Ukraine says",
        (K, "ua", 4, 4, False, "ua", EV),
    ),
    c(
        "enemy-strike-bare-uk",
        "uk",
        "Російський ракетний удар по Харкову вбив 5, заявив Зеленський",
        (K, "unknown", 5, 5, False, "ua", EV),
    ),
    c(
        "enemy-strike-adjective-after-fr",
        "fr",
        "Une frappe russe sur Kharkiv tue 6, selon Zelensky",
        (K, "unknown", 6, 6, False, "ua", EV),
    ),
    c(
        "enemy-strike-soldiers-adjective-after-fr",
        "fr",
        "Une frappe russe sur Kharkiv a tué 5 soldats, selon Kiev",
        (K, "ua", 5, 5, False, "ua", EV),
    ),
    c(
        "enemy-strike-soldiers-adjective-after-ar",
        "ar",
        "غارة روسية على خاركيف تقتل 7 جنود، وفق كييف",
        (K, "ua", 7, 7, False, "ua", EV),
    ),
    # guard: the speaker's own strike tells of its kill
    c(
        "own-kill-guard-en",
        "en",
        "Russia killed 30 soldiers, Ukraine said.",
        (K, "ua", 30, 30, False, "ua", EV),
    ),
]

ALL = ENEMY_STRIKE


@pytest.mark.parametrize("case", params(ALL))
def test_round23(case: Case) -> None:
    check(case)
