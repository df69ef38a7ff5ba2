"""Round 20 (Arabic): mechanisms the Arabic misses of a held-out stand-in set (b38) showed,
described in words. Sentences of our own, in every language where the phenomenon exists; none
is copied from a test set.

Claims are (kind, victim, low, high, approx, claimant, scope); the harness is the yardstick's.
"""

from __future__ import annotations

import pytest

from tests.extractors.cases import EV, C, Case, K, W, c, check, params

# --- A: a ta marbuta before a pronoun suffix is an open ta: "ضحيتها" is "ضحية" + "ها" ---------
OPEN_TA: list[Case] = [
    c(
        "victim-her-suffix-ar",
        "ar",
        "غارة جوية على قرية قرب الفاشر راح ضحيتها 12 شخصاً.",
        (K, "unknown", 12, 12, False, "self", EV),
    ),
    c(
        "victim-his-suffix-ar",
        "ar",
        "قصف مدفعي على حي سكني في أم درمان راح ضحيته ثمانية مدنيين بينهم ثلاث نساء.",
        (K, "civilians", 8, 8, False, "self", EV),
    ),
]

# --- B: "N wounded, some of them in critical condition": the figure is the whole, not a part --
SOME_IN_DANGER: list[Case] = [
    c(
        "some-critical-ar",
        "ar",
        "سقطت قذيفة على مدرسة في الخرطوم وأسفرت عن مقتل 5 تلاميذ، و20 جريحا بعضهم في حالة حرجة.",
        (K, "civilians", 5, 5, False, "self", EV),
        (W, "civilians", 20, 20, False, "self", EV),
    ),
    c(
        "some-critical-en",
        "en",
        "The strike killed 3 people and wounded 40 some of them in critical condition.",
        (K, "unknown", 3, 3, False, "self", EV),
        (W, "unknown", 40, 40, False, "self", EV),
    ),
]

# --- C: "... and abducted others" after the figure: that verb has its own object --------------
AND_OTHERS_OBJECT: list[Case] = [
    c(
        "abducted-others-ar",
        "ar",
        "قتل عناصر من تنظيم «الدولة الإسلامية في غرب أفريقيا» أكثر من 20 صيادا على ضفاف بحيرة "
        "تشاد في نيجيريا واختطفوا آخرين.",
        (K, "civilians", 20, None, False, "self", EV),
    ),
    c(
        "abducted-others-en",
        "en",
        "The raid on Gajiram left at least 12 villagers dead, and the gunmen abducted others.",
        (K, "civilians", 12, None, False, "self", EV),
    ),
]

# --- D: ", adding that": the speaker goes on; those words put no distance before the figure ---
ADDING_THAT: list[Case] = [
    c(
        "adding-that-ar",
        "ar",
        "قالت الأمم المتحدة إن المعارك في دارفور خلفت آلاف القتلى، مضيفة أن بعض المنظمات تقدر "
        "أن العدد قد يتجاوز 15 ألفا.",
        (K, "unknown", 2000, 9999, True, "un", EV),
        (K, "unknown", 15000, None, False, "un", EV),
    ),
    c(
        "adding-that-en",
        "en",
        "The UN envoy said the fighting in Darfur had left thousands of people dead, adding that "
        "by local estimates the number could exceed 15,000.",
        (K, "unknown", 2000, 9999, True, "un", EV),
        (K, "unknown", 15000, None, False, "*", EV),
    ),
]

# --- E: "did not exceed" before the losses is a ceiling, not a toll of none ------------------
NOT_EXCEED: list[Case] = [
    c(
        "not-exceed-losses-ar",
        "ar",
        "قال ضابط في الجيش السوداني إن كتيبته لم تتجاوز خسائرها في معارك سنار 25 شهيداً.",
        (K, "saf", None, 25, False, "saf", EV),
    ),
    c(
        "not-exceed-losses-en",
        "en",
        "Our losses in the Sennar fighting did not exceed 25 killed.",
        (K, "saf", None, 25, False, "self", EV),
        side="saf",
    ),
]

# --- F: passengers counted in the singular ("14 راكباً") are civilians, as "ركاب" are --------
PASSENGERS: list[Case] = [
    c(
        "passengers-counted-ar",
        "ar",
        "أوقف مسلحون شاحنة قرب غاو واختطفوا 14 راكبا.",
        (C, "civilians", 14, 14, False, "self", EV),
    ),
]

ALL: list[Case] = (
    OPEN_TA + SOME_IN_DANGER + AND_OTHERS_OBJECT + ADDING_THAT + NOT_EXCEED + PASSENGERS
)


@pytest.mark.parametrize("case", params(ALL))
def test_round20_ar(case: Case) -> None:
    check(case)
