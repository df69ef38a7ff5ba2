"""Round 18 (Arabic): mechanisms the b28 stand-in set showed, described in words. Sentences of
our own; none is copied from a test set. Where the mechanism is the engine's, a case in another
language stands beside the Arabic one.

Claims are (kind, victim, low, high, approx, claimant, scope); the harness is the yardstick's.
"""

from __future__ import annotations

import pytest

from tests.extractors.cases import EV, Case, K, c, check, params

# --- A: a number after the article ("الـ75") is an ordinal label, no figure ------------------
ORDINAL_ARTICLE: list[Case] = [
    c(
        "ordinal-article-attack-ar",
        "ar",
        "صدت قواتنا فجر اليوم الهجوم الـ75 للمتمردين على المدينة وكبدتهم خسائر كبيرة.",
        side="saf",
    ),
    c(
        "ordinal-article-glued-ar",
        "ar",
        "قال الجيش السوداني إن الهجوم هو ال33 للمليشيا، وأسفر عن مقتل 4 مدنيين.",
        (K, "civilians", 4, 4, False, "saf", EV),
    ),
    c(
        "ordinal-article-count-kept-ar",
        "ar",
        "ارتفع عدد القتلى في القصف على السوق إلى الـ45.",
        (K, "unknown", 45, 45, False, "self", EV),
    ),
]

ALL = ORDINAL_ARTICLE


@pytest.mark.parametrize("case", params(ALL))
def test_round18_ar(case: Case) -> None:
    check(case)
