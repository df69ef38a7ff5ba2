"""Round 21, English, Arabic and Russian (with Ukrainian and French where the mechanism is
shared): mechanisms a held-out stand-in set (b42) showed, described in words. Sentences of our
own; none is copied from a test set.

Claims are (kind, victim, low, high, approx, claimant, scope); the harness is the yardstick's.
"""

from __future__ import annotations

import pytest

from tests.extractors.cases import EV, C, Case, c, check, params

# --- A: surrender said as "gave themselves up" / "laid down their arms" is capture; a garrison
# that laid down its arms with no figure, or a figure of weapons laid down, is no claim ---------
SURRENDER: list[Case] = [
    c(
        "gave-themselves-up-en",
        "en",
        "Three more enemy soldiers gave themselves up to our unit at dawn.",
        (C, "ua", 3, 3, False, "self", EV),
        side="ru",
    ),
    c("garrison-gave-itself-up-en", "en", "The garrison gave itself up after a week."),
    c("laid-down-rifles-en", "en", "The fighters laid down 40 rifles at the checkpoint."),
    c(
        "laid-down-arms-ru",
        "ru",
        "Четверо военнослужащих ВСУ сложили оружие у посёлка.",
        (C, "ua", 4, 4, False, "self", EV),
        side="ru",
    ),
    c(
        "put-down-arms-not-dead-ru",
        "ru",
        "Ещё шестеро бойцов ВСУ положили оружие.",
        (C, "ua", 6, 6, False, "self", EV),
        side="ru",
    ),
    c("garrison-laid-down-arms-ru", "ru", "Гарнизон сложил оружие на третий день."),
    c("laid-down-guns-ru", "ru", "Боевики сложили 30 автоматов у ворот."),
    c(
        "laid-down-arms-uk",
        "uk",
        "Четверо окупантів, опинившись в оточенні, склали зброю.",
        (C, "ru", 4, 4, False, "self", EV),
        side="ua",
    ),
    c(
        "put-down-arms-not-dead-uk",
        "uk",
        "Ще шестеро окупантів поклали зброю.",
        (C, "ru", 6, 6, False, "self", EV),
        side="ua",
    ),
    c("garrison-laid-down-arms-uk", "uk", "Гарнізон склав зброю на третій день."),
    c(
        "handed-themselves-over-ar",
        "ar",
        "وأعلن الجيش أن تسعة مسلحين سلموا أنفسهم لقواته.",
        (C, "unknown", 9, 9, False, "army", EV),
    ),
    c(
        "threw-down-arms-ar",
        "ar",
        "ستة مقاتلين ألقوا أسلحتهم قرب المعبر.",
        (C, "unknown", 6, 6, False, "self", EV),
    ),
    c("garrison-threw-down-arms-ar", "ar", "ألقت الحامية السلاح بعد الحصار."),
]

ALL = SURRENDER


@pytest.mark.parametrize("case", params(ALL))
def test_round21_mix(case: Case) -> None:
    check(case)
