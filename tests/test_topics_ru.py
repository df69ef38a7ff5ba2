"""Russian: declension of place names and actors, ё/е, case; near misses stay out."""

from __future__ import annotations

import pytest

from tests.topic_cases import matches

CASES = [
    # keyword, text, expected
    ("Тинзауатен", "Бой у Тинзауатена продолжался два дня", True),
    ("Тинзауатен", "в Тинзауатене погибли более 80 бойцов", True),
    ("Тинзауатен", "под Тинзауатеном", True),
    ("Тинзауатен", "ТИНЗАУАТЕН: итоги", True),
    ("Тинзауатен", "засада в районе Тинзауатенов", True),
    ("Вагнер", "бойцы «Вагнера» попали в засаду", True),
    ("Вагнер", "с Вагнером всё ясно", True),
    ("Авдеевка", "бои за Авдеевку", True),
    ("Авдеевка", "в Авдеевке", True),
    ("Бахмут", "под Бахмутом", True),
    ("Бахмут", "В БАХМУТЕ", True),
    ("Вагнер Мали", "колонна Вагнера в Мали", False),  # not in a row
    ("Вагнер Мали", "потери Вагнера Мали", True),
    ("Королёв", "улица Королева", True),  # ё = е
    ("Мали", "войска Мали", True),
    # near misses
    ("Мали", "этого мало", False),  # short names are matched only as written
    ("Мали", "малый отряд", False),
    ("Тинзауатен", "Тинза", False),
    ("Тинзауатен", "Зауатен", False),
    ("Бахмут", "бахчисарайский", False),
    ("Авдеевка", "Андреевка", False),
    ("Вагнер", "вагон", False),
    ("Вагнер", "Вагнеровский фестиваль", False),  # a derived adjective is another word
]


@pytest.mark.parametrize(("keyword", "text", "expected"), CASES)
def test_russian(keyword: str, text: str, expected: bool) -> None:
    assert matches(keyword, text) is expected
