"""French: accents, elision (l', d'), plurals and feminine forms; near misses stay out."""

from __future__ import annotations

import pytest

from tests.topic_cases import matches

CASES = [
    ("Tinzaouatène", "l'attaque de Tinzaouatene", True),
    ("Tinzaouatène", "à TINZAOUATÈNE", True),
    ("Tinzaouaten", "d’Tinzaouatène", True),
    ("armée malienne", "l'Armée malienne a perdu", True),
    ("armée malienne", "les armées maliennes", True),
    ("embuscade", "deux embuscades meurtrières", True),
    ("Kidal", "la région de Kidal", True),
    ("Kidal", "près d'Kidal", True),
    ("mercenaires russes", "des mercenaires russes de Wagner", True),
    ("Forces armées maliennes", "les forces armées maliennes (FAMa)", True),
    # near misses
    ("armée malienne", "l'armée burkinabè, malienne aussi", False),
    ("Kidal", "Kidira", False),
    ("embuscade", "ambassade", False),
    ("Mali", "malin", False),
    ("Tinzaouatène", "Tinzaou", False),
]


@pytest.mark.parametrize(("keyword", "text", "expected"), CASES)
def test_french(keyword: str, text: str, expected: bool) -> None:
    assert matches(keyword, text) is expected
