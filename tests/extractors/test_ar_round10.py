"""Arabic mechanisms of round 10, each with sentences of our own and the negative cases it must
not touch. None is copied from a gold set.

Claims are (kind, victim, low, high, approx, claimant, scope).
"""

from __future__ import annotations

import pytest

from tests.extractors.cases import Case, Expected, case, check, params


def c(id: str, text: str, *claims: Expected, side: str | None = None, lang: str = "ar") -> Case:
    return case(id, text, *claims, lang=lang, side=side)


CASES: list[Case] = [
    # --- R7: munitions counted are no claims; "فطايس" are the enemy's dead ---------------------
    c("r7-danat-shells-no-claim", "سقوط ٣ دانات على الحي الشرقي صباح اليوم."),
    c(
        "r7-danat-beside-vague-dead-no-claim",
        "سقوط ٥ دانات على السوق وسقوط قتلى وجرحى.",
    ),
    c(
        "r7-rockets-drones-vehicles-no-claim",
        "أطلقت المليشيا ١٢ صاروخاً و٢٢ مسيرة على المدينة ودمرنا ٤٠ عربة قتالية.",
        side="saf",
    ),
    c(
        "r7-fatayis-over-the",
        "فطايس العدو فوق الـ٢٠٠ حسب ناس الاستخبارات العسكرية.",
        ("killed", "rsf", 200, None, False, "saf", "event"),
        side="saf",
    ),
    c(
        "r7-fatayis-named",
        "فطايس الجنجويد في المحور الغربي أكثر من ٥٠.",
        ("killed", "rsf", 50, None, False, "self", "event"),
        side="saf",
    ),
    c(
        "r7-shells-then-dead-counted",
        "سقطت ٤ دانات على الحي وأسفرت عن مقتل ٦ مدنيين.",
        ("killed", "civilians", 6, 6, False, "self", "event"),
    ),

    # --- R3: Sudanese slang names a party only in a Sudan post ------------------------------
    c(
        "r3-fulul-syria-unknown",
        "قتل ٢٠ من فلول النظام البائد في كمين بريف حمص.",
        ("killed", "unknown", 20, 20, False, "self", "event"),
    ),
    c(
        "r3-fulul-sabiq-latakia-unknown",
        "أعلنت السلطات مقتل ١٤ من فلول النظام السابق في اشتباكات قرب اللاذقية.",
        ("killed", "unknown", 14, 14, False, "authorities", "event"),
    ),
    c(
        "r3-fulul-sudan-saf",
        "قتلت قواتنا ٣٥ من فلول النظام البائد في محور بابنوسة.",
        ("killed", "saf", 35, 35, False, "self", "event"),
        side="rsf",
    ),
    c(
        "r3-fulul-no-place-stays-saf",
        "تم القضاء على ٢٠ من الفلول والكيزان.",
        ("killed", "saf", 20, 20, False, "self", "event"),
    ),
    c(
        "r3-ashawis-libya-unknown",
        "قتل ١٢ من الأشاوس في اشتباكات جنوب ليبيا.",
        ("killed", "unknown", 12, 12, False, "self", "event"),
    ),
    c(
        "r3-ashawis-sudan-rsf",
        "مقتل ١٢ من الأشاوس في هجوم على الفاشر.",
        ("killed", "rsf", 12, 12, False, "self", "event"),
    ),
    c(
        "r3-janja-is-rsf",
        "قتل ١٠ من الجنجا في الخرطوم.",
        ("killed", "rsf", 10, 10, False, "self", "event"),
    ),
    c(
        "r3-balabsa-is-saf",
        "قتل الأشاوس ٣٠ من البلابسة في نيالا.",
        ("killed", "saf", 30, 30, False, "self", "event"),
    ),
    c(
        "r3-janjaweed-unique-name-stays-in-chad-post",
        "قتل ٨ من الجنجويد قرب الحدود مع تشاد.",
        ("killed", "rsf", 8, 8, False, "self", "event"),
    ),
]


@pytest.mark.parametrize("c", params(CASES))
def test_ar_round10(c: Case) -> None:
    check(c)
