"""Round 19 (Arabic): mechanisms the misses of a held-out stand-in set (b33) showed, described
in words. Sentences of our own, in every language where the phenomenon exists; none is copied
from a test set.

Claims are (kind, victim, low, high, approx, claimant, scope); the harness is the yardstick's.
"""

from __future__ import annotations

import pytest

from tests.extractors.cases import EV, Case, K, L, M, W, c, check, params

# --- A: "lost contact with N": missing, not the verb of losing (a toll of the dead) ----------
LOST_CONTACT: list[Case] = [
    c(
        "lost-contact-ar",
        "ar",
        "قالت منظمة إغاثية إنها فقدت الاتصال بثلاثة من متطوعيها في المدينة.",
        (M, "civilians", 3, 3, False, "*", EV),
    ),
    c(
        "lost-contact-cut-ar",
        "ar",
        "انقطع الاتصال بسبعة صيادين قبالة الساحل.",
        (M, "civilians", 7, 7, False, "self", EV),
    ),
    c(
        "lost-contact-en",
        "en",
        "Rescuers said they had lost contact with four fishermen off the coast.",
        (M, "civilians", 4, 4, False, "*", EV),
        side="ua",
    ),
    c(
        "lost-contact-fr",
        "fr",
        "Les secours ont perdu le contact avec six pêcheurs au large.",
        (M, "civilians", 6, 6, False, "self", EV),
    ),
    c(
        "lost-contact-ru",
        "ru",
        "Мы потеряли связь с пятью нашими волонтёрами в городе.",
        (M, "civilians", 5, 5, False, "self", EV),
        side="ru",
    ),
    c(
        "lost-contact-uk",
        "uk",
        "Ми втратили зв'язок з двома нашими волонтерами в місті.",
        (M, "civilians", 2, 2, False, "self", EV),
        side="ua",
    ),
]

# --- B: "without suffering any losses": the verb of suffering between the negation and the
# losses costs no step ---------------------------------------------------------------------
WITHOUT_SUFFERING: list[Case] = [
    c(
        "without-suffering-ar",
        "ar",
        "قال ضابط إن الوحدة استعادت القرية دون أن تتكبد أي خسائر.",
        (L, "unknown", 0, 0, False, "*", EV),
    ),
    c(
        "without-suffering-fr",
        "fr",
        "Les soldats ont tenu le village sans avoir subi la moindre perte.",
        (L, "unknown", 0, 0, False, "self", EV),
    ),
]

# --- C: a vague toll of people before its verb, then "and N wounded": two claims, not one lump
VAGUE_THEN_WOUNDED: list[Case] = [
    c(
        "vague-then-wounded-ar",
        "ar",
        "قالت منظمة حقوقية إن العشرات من المدنيين قتلوا وأصيب المئات في القصف.",
        (K, "civilians", 20, 99, True, "*", EV),
        (W, "civilians", 200, 999, True, "*", EV),
    ),
    c(
        # "بين" after the fighting names its two sides, not among whom the wounded were
        "vague-then-wounded-fighting-ar",
        "ar",
        "قال مسؤول أممي إن العشرات من المدنيين قتلوا وأصيب المئات جراء القتال بين الجيش وقوات "
        "الدعم السريع.",
        (K, "civilians", 20, 99, True, "*", EV),
        (W, "civilians", 200, 999, True, "*", EV),
    ),
    c(
        "vague-strikes-lump-ar",
        "ar",
        "أسفرت عدة غارات جوية على البلدة عن مقتل وإصابة 40 شخصا.",
        (L, "unknown", 40, 40, False, "self", EV),
    ),
    c(
        "vague-then-wounded-ru",
        "ru",
        "Десятки мирных жителей погибли и ранены сотни.",
        (K, "civilians", 20, 99, True, "self", EV),
        (W, "civilians", 200, 999, True, "self", EV),
    ),
]

# --- D: a part with a word of belief before its verb: "including 12 believed to have died" --
BELIEVED_PART: list[Case] = [
    c(
        "believed-part-ar",
        "ar",
        "قال مسؤول إن 40 بحارا ما زالوا في عداد المفقودين، بينهم 12 يرجح أنهم لقوا حتفهم.",
        (M, "unknown", 40, 40, False, "*", EV),
        (K, "unknown", 12, 12, False, "*", EV),
    ),
    c(
        "believed-part-en",
        "en",
        "Forty sailors are still missing, including 12 believed to have died.",
        (M, "unknown", 40, 40, False, "self", EV),
        (K, "unknown", 12, 12, False, "self", EV),
    ),
    c(
        "believed-part-ru",
        "ru",
        "Без вести пропали 40 моряков, из них 12, вероятно, погибли.",
        (M, "unknown", 40, 40, False, "self", EV),
        (K, "unknown", 12, 12, False, "self", EV),
    ),
    c(
        "believed-part-uk",
        "uk",
        "Безвісти зникли 40 моряків, з них 12, ймовірно, загинули.",
        (M, "unknown", 40, 40, False, "self", EV),
        (K, "unknown", 12, 12, False, "self", EV),
    ),
]

# --- E: the attackers are not the party that killed them, nor a country named as a border ---
ATTACKERS_NOT_KILLER: list[Case] = [
    c(
        "attackers-not-killer-ar",
        "ar",
        "أكدت الوزارة أن الجيش المالي حيد 15 من المهاجمين.",
        (K, "unknown", 15, 15, False, "*", EV),
    ),
    c(
        "attackers-not-killer-en",
        "en",
        "The ministry added that the Malian army neutralised dozens of attackers.",
        (K, "unknown", 20, 99, True, "*", EV),
    ),
    c(
        "attackers-not-border-ar",
        "ar",
        "قتل 12 جنديا بوركينيا في كمين نصبه مسلحون قرب الحدود مع مالي. وأضاف البيان أن الجيش "
        "حيد عشرات المهاجمين.",
        (K, "unknown", 12, 12, False, "self", EV),
        (K, "unknown", 20, 99, True, "self", EV),
    ),
]

ALL = LOST_CONTACT + WITHOUT_SUFFERING + VAGUE_THEN_WOUNDED + BELIEVED_PART + ATTACKERS_NOT_KILLER


@pytest.mark.parametrize("case", params(ALL))
def test_round19_ar(case: Case) -> None:
    check(case)
