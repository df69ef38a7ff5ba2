"""Round 22, Arabic: mechanisms a held-out stand-in set (b44) showed, described in words.
Sentences of our own; none is copied from a test set.

Claims are (kind, victim, low, high, approx, claimant, scope); the harness is the yardstick's.
"""

from __future__ import annotations

import pytest

from tests.extractors.cases import EV, Case, K, c, check, params

# --- A: "and captured another number" ("وأسروا عددا آخر"): the verb after the comma has its own
# object with no figure; the figures before stay the kill's --------------------------------------
OWN_VAGUE_OBJECT: list[Case] = [
    c(
        "captured-another-number-ar",
        "ar",
        "قال المتمردون إنهم قتلوا 18 جنديا ماليا و6 من عناصر فاغنر قرب كيدال، وأسروا عددا آخر.",
        (K, "fama", 18, 18, False, "tuareg", EV),
        (K, "wagner", 6, 6, False, "tuareg", EV),
    ),
]

# --- B: "the Front's fighters" ("مقاتلي الجبهة") after a front's full name are that party's;
# not another front's named in full ("عناصر الجبهة الثورية"), nor "الجبهة" alone (the front line)
THE_FRONT: list[Case] = [
    c(
        "the-fronts-fighters-ar",
        "ar",
        "أعلنت جبهة تحرير أزواد أنها قتلت 15 جنديا ماليا في كمين، مقابل سقوط 4 من مقاتلي الجبهة.",
        (K, "fama", 15, 15, False, "tuareg", EV),
        (K, "tuareg", 4, 4, False, "tuareg", EV),
    ),
    c(
        "another-front-named-ar",
        "ar",
        "أعلنت قوات الدعم السريع مقتل 11 من عناصر الجبهة الثورية في دارفور.",
        (K, "unknown", 11, 11, False, "rsf", EV),
    ),
    c(
        "front-line-ar",
        "ar",
        "قتل 6 جنود أوكرانيين على الجبهة أمس.",
        (K, "ua", 6, 6, False, "self", EV),
    ),
]

# --- C: duals of attackers and gunmen ("مهاجمان", "مسلحان"): two; their sound plurals in "ين"
# stay plurals ----------------------------------------------------------------------------------
DUAL_ATTACKERS: list[Case] = [
    c(
        "dual-attackers-of-the-group-ar",
        "ar",
        "هاجم عناصر من تنظيم داعش نقطة عسكرية شرق دير الزور، وقُتل مهاجمان من التنظيم.",
        (K, "is", 2, 2, False, "self", EV),
    ),
    c(
        "dual-gunmen-ar",
        "ar",
        "قتل مسلحان في اشتباك مع الشرطة.",
        (K, "unknown", 2, 2, False, "self", EV),
    ),
    c(
        "plural-gunmen-no-figure-ar",
        "ar",
        "قتل المسلحين 7 جنود في الكمين.",
        (K, "unknown", 7, 7, False, "self", EV),
    ),
]

ALL: list[Case] = OWN_VAGUE_OBJECT + THE_FRONT + DUAL_ATTACKERS


@pytest.mark.parametrize("case", params(ALL))
def test_round22_ar(case: Case) -> None:
    check(case)
