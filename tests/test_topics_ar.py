"""Arabic: clitics (و ب ل ف ك, ال), diacritics, tatweel, alef and ta marbuta variants."""

from __future__ import annotations

import pytest

from tests.topic_cases import matches

CASES = [
    ("تينزاواتين", "هجوم في تينزاواتين", True),
    ("تينزاواتين", "وتينزاواتين", True),
    ("تينزاواتين", "معارك بتينزاواتين", True),
    ("تينزاواتين", "فتينزاواتين", True),
    ("تينزاواتين", "لتينزاواتين", True),
    ("تينزاواتين", "تِينْزَاوَاتِين", True),  # harakat
    ("تينزاواتين", "تينـــزاواتين", True),  # tatweel
    ("فاغنر", "مقاتلو الفاغنر", True),  # article
    ("فاغنر", "وبفاغنر", True),  # conjunction + preposition
    ("كيدال", "في منطقة كيدال", True),
    ("كيدال", "لكيدال", True),
    ("الجيش المالي", "للجيش المالي", True),  # لل = ل + ال
    ("الجيش المالي", "والجيش المالي", True),
    ("أزواد", "ازواد", True),  # hamza on alef
    ("مالي", "في مالي", True),
    ("مالي", "ومالي", True),
    # near misses
    ("مالي", "مال", False),  # money: a short name matches only as written
    ("تينزاواتين", "تينزا", False),
    ("كيدال", "كيد", False),
    ("فاغنر", "فاغ", False),
    ("الجيش المالي", "الجيش السوداني", False),
]


@pytest.mark.parametrize(("keyword", "text", "expected"), CASES)
def test_arabic(keyword: str, text: str, expected: bool) -> None:
    assert matches(keyword, text) is expected
