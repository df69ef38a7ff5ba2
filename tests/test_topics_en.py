"""English: plurals, possessives, case, accents, hyphens, multi-word keywords."""

from __future__ import annotations

import pytest

from tests.topic_cases import matches

CASES = [
    ("Tinzaouaten", "Fighting near TINZAOUATEN", True),
    ("Tinzaouaten", "Tinzaouatène ambush", True),
    ("Tinzaouatène", "the Tinzaouaten ambush", True),
    ("Tin Zaouatene", "clashes in Tin-Zaouatene", True),
    ("Tin Zaouatene", "clashes in Tin Zaouatène on Friday", True),
    ("Wagner", "Wagner's fighters", True),
    ("Wagner", "Wagner’s convoy", True),
    ("Wagner Group", "the Wagner group said", True),
    ("Wagner Group", "Wagner Groups", True),
    ("ambush", "two ambushes", True),
    ("Mali", "Mali's army", True),
    ("Africa Corps", "Russia's Africa Corps", True),
    # near misses
    ("Mali", "malice", False),
    ("Mali", "Malik said", False),
    ("Tin Zaouatene", "tin cans near Zaouatene-Sud", False),
    ("Tinzaouaten", "Tin Zaouaten", False),  # another spelling: list it as its own keyword
    ("Wagner Group", "Wagner said the group", False),
    ("Gao", "Gaol", False),
    ("Wagner", "wagon", False),
]


@pytest.mark.parametrize(("keyword", "text", "expected"), CASES)
def test_english(keyword: str, text: str, expected: bool) -> None:
    assert matches(keyword, text) is expected
