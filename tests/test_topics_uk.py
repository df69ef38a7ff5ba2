"""Ukrainian: cases, apostrophe variants, к/ц alternation; near misses stay out."""

from __future__ import annotations

import pytest

from tests.topic_cases import matches

CASES = [
    ("Тінзауатен", "бої біля Тінзауатена", True),
    ("Тінзауатен", "у Тінзауатені загинули", True),
    ("Тінзауатен", "під Тінзауатеном", True),
    ("Тінзауатен", "Тінзауатену", True),
    ("Авдіївка", "бої в Авдіївці", True),  # к -> ц before і
    ("Авдіївка", "за Авдіївку", True),
    ("Авдіївка", "з Авдіївки", True),
    ("Слов'янськ", "у Словʼянську", True),  # apostrophe variants
    ("Слов'янськ", "Слов’янська", True),
    ("Слов'янськ", "Словянськ", True),
    ("Генеральний штаб", "Генерального штабу ЗСУ", True),
    ("Вагнер", "бойовики «Вагнера»", True),
    ("Малі", "у Малі", True),
    # near misses
    ("Малі", "малій групі", False),
    ("Тінзауатен", "Тінза", False),
    ("Авдіївка", "Андріївка", False),
    ("Слов'янськ", "Слов'яносербськ", False),
    ("Генеральний штаб", "штаб генерала", False),  # order matters
    ("Вагнер", "вагон", False),
]


@pytest.mark.parametrize(("keyword", "text", "expected"), CASES)
def test_ukrainian(keyword: str, text: str, expected: bool) -> None:
    assert matches(keyword, text) is expected
