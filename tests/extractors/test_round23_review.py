"""Round 23 review: rules of round 23 that misfired on ordinary sentences of our own; none is
copied from a test set.

Claims are (kind, victim, low, high, approx, claimant, scope); the harness is the yardstick's.
"""

from __future__ import annotations

import pytest

from tests.extractors.cases import EV, PER, Case, K, L, W, c, check, params

# --- A: a state's adjective after the strike word names the attacker only where the strike's
# words end on it (the place struck, the verb); "strikes Russian base" is the place's adjective --
STRIKE_ADJECTIVE: list[Case] = [
    c(
        "strike-verb-place-adjective-en",
        "en",
        "Drone strikes Russian base, killing 12 soldiers, Kyiv says.",
        (K, "ru", 12, 12, False, "ua", EV),
    ),
    c(
        "strike-adjective-then-place-fr",
        "fr",
        "Une frappe ukrainienne sur Donetsk a tué 5 soldats, selon Moscou.",
        (K, "ru", 5, 5, False, "ru", EV),
    ),
    c(
        "strike-adjective-then-verb-fr",
        "fr",
        "Une frappe russe a tué 5 soldats, selon Kiev.",
        (K, "ua", 5, 5, False, "ua", EV),
    ),
]

# --- B: "on the X side of the border": the side of a place, where the dead were, not whose ---
SIDE_OF_PLACE: list[Case] = [
    c(
        "side-of-border-en",
        "en",
        "On the Russian side of the border, two people were killed by shelling, the governor said.",
        (K, "unknown", 2, 2, False, "governor", EV),
    ),
    c(
        "side-of-border-ru",
        "ru",
        "С российской стороны границы погибли два человека, сообщил губернатор.",
        (K, "unknown", 2, 2, False, "governor", EV),
        side="ru",
    ),
    c(
        "side-of-border-uk",
        "uk",
        "З російського боку кордону загинули двоє людей.",
        (K, "unknown", 2, 2, False, "self", EV),
        side="ua",
    ),
    c(
        "side-party-still-uk",
        "uk",
        "З українського боку — двоє загиблих і 5 поранених.",
        (K, "ua", 2, 2, False, "self", EV),
        (W, "ua", 5, 5, False, "self", EV),
        side="ua",
    ),
    c(
        "side-party-period-ru",
        "ru",
        "С украинской стороны за сутки погибли 5 военных.",
        (K, "ua", 5, 5, False, "self", PER),
        side="ru",
    ),
]

# --- C: the toll noun "حصيلة" (a trigger) also heads tallies of targets and goals: a figure of
# targets counts no people ---
TARGETS_COUNTED: list[Case] = [
    c("toll-noun-goals-ar", "ar", "ارتفعت حصيلة اللاعب إلى 15 هدفا هذا الموسم."),
    c("toll-noun-targets-ar", "ar", "حصيلة الضربات: تدمير 30 هدفا للعدو."),
    c(
        "toll-noun-dead-ar",
        "ar",
        "ارتفعت حصيلة القتلى إلى 30.",
        (K, "unknown", 30, 30, False, "self", EV),
    ),
]

# --- D: a sentence that opens on "this" goes on with the source just named only when "this" is
# the figure, not a time ("This week", "Цього тижня"), and not past a paragraph's end ---
THIS_TIME: list[Case] = [
    c(
        "this-week-en",
        "en",
        "Russia lost 1,200 soldiers over the past day, the General Staff said. This week 3 "
        "civilians were killed in Kherson by shelling.",
        (L, "ru", 1200, 1200, False, "ua_gs", PER),
        (K, "civilians", 3, 3, False, "self", PER),
        side="ua",
    ),
    c(
        "this-week-paragraph-en",
        "en",
        "Russia lost 1,200 soldiers over the past day, the General Staff said.\n\nThis week, 12 "
        "civilians were killed in Kherson.",
        (L, "ru", 1200, 1200, False, "ua_gs", PER),
        (K, "civilians", 12, 12, False, "self", PER),
        side="ua",
    ),
    c(
        "this-number-still-en",
        "en",
        "Russia lost 1,200 soldiers over the past day, the General Staff said. This number "
        "includes 300 killed.",
        (L, "ru", 1200, 1200, False, "ua_gs", PER),
        (K, "ru", 300, 300, False, "ua_gs", EV),
        side="ua",
    ),
    c(
        "this-week-uk",
        "uk",
        "Росія втратила 1200 військових, повідомив Генштаб ЗСУ. Цього тижня загинули 3 цивільних "
        "у Херсоні.",
        (K, "ru", 1200, 1200, False, "ua_gs", EV),
        (K, "civilians", 3, 3, False, "self", EV),
        side="ua",
    ),
]

ALL = STRIKE_ADJECTIVE + SIDE_OF_PLACE + TARGETS_COUNTED + THIS_TIME


@pytest.mark.parametrize("case", params(ALL))
def test_round23_review(case: Case) -> None:
    check(case)
