"""Round 22b, Ukrainian (with the other languages where the phenomenon exists): mechanisms a
held-out stand-in set (b46) showed, described in words. Sentences of our own; none is copied
from a test set.

Claims are (kind, victim, low, high, approx, claimant, scope); the harness is the yardstick's.
"""

from __future__ import annotations

import pytest

from tests.extractors.cases import EV, Case, K, M, W, c, check, params

# --- A: "sent to Kobzon's concert" (the late singer) is slang for the dead, with or without
# "до"/"к", as "sent to Kobzon" is ---------------------------------------------------------------
KOBZON_CONCERT: list[Case] = [
    c(
        "kobzon-concert-sent-uk",
        "uk",
        "Наші оператори дронів відправили на концерт Кобзона ще два десятки окупантів.",
        (K, "ru", 20, 20, True, "self", EV),
        side="ua",
    ),
    c(
        "kobzon-concert-went-uk",
        "uk",
        "Під Покровськом 14 рашистів поїхали на концерт Кобзона.",
        (K, "ru", 14, 14, False, "self", EV),
        side="ua",
    ),
    c(
        "kobzon-concert-sent-ru",
        "ru",
        "Наши расчёты отправили на концерт Кобзона полтора десятка боевиков ВСУ.",
        (K, "ua", 15, 15, True, "self", EV),
        side="ru",
    ),
    c(
        "kobzon-concert-went-ru",
        "ru",
        "Вчера 11 укропов поехали на концерт Кобзона.",
        (K, "ua", 11, 11, False, "self", EV),
        side="ru",
    ),
    c(
        "kobzon-concert-en",
        "en",
        "Our drone teams sent to a Kobzon concert another 30 occupiers.",
        (K, "ru", 30, 30, False, "self", EV),
        side="ua",
    ),
]

# --- B: "повідомили в 47-й бригаді", "a indiqué la 47e brigade": a formation named after a
# reporting verb speaks for its side (in a Ukrainian outlet on its own war, Ukraine's), and the
# soldiers it counts are that side's; a bare "в батальоне" in a side's channel is the channel's ---
UNIT_SAID: list[Case] = [
    c(
        "numbered-unit-said-impersonal-uk",
        "uk",
        "Після бою зникли безвісти 9 бійців, ще кілька поранені, повідомили в 47-й бригаді.",
        (M, "ua", 9, 9, False, "ua", EV),
        (W, "ua", 2, 9, True, "ua", EV),
    ),
    c(
        "bare-unit-said-in-own-channel-ru",
        "ru",
        "В ходе штурма погибли 6 бойцов, рассказали в батальоне.",
        (K, "ua", 6, 6, False, "self", EV),
        side="ua",
    ),
    c(
        "numbered-unit-said-fr",
        "fr",
        "Six soldats ont été tués lors de l'assaut, a indiqué la 47e brigade.",
        (K, "ua", 6, 6, False, "ua", EV),
        side="ua",
    ),
]

ALL: list[Case] = KOBZON_CONCERT + UNIT_SAID


@pytest.mark.parametrize("case", params(ALL))
def test_round22b_uk(case: Case) -> None:
    check(case)
