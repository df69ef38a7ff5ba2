"""Arabic claimants are never Latin spellings of Arabic words ("alghrfa", "twthyqh_hta"): every
claimant of every Arabic sentence in the tests is a known id, self, or a slug the Arabic tables
give (a source's kind, a body, another country's army or ministry)."""

from __future__ import annotations

import importlib
import json
from pathlib import Path

import pytest

from extractors import extract
from extractors.lang import ar
from tests.extractors.cases import KNOWN_CLAIMANTS

_MODULES = (
    "test_ar",
    "test_ar_round10",
    "test_victim_mechanisms",
    "test_generalisation",
    "test_generalisation_posts",
    "test_engine_phenomena",
)
_DATA = Path(__file__).parent / "data"


def _arabic_posts() -> list[tuple[str, str | None]]:
    posts: list[tuple[str, str | None]] = []
    for name in _MODULES:
        mod = importlib.import_module(f"tests.extractors.{name}")
        for attr, value in vars(mod).items():
            if attr.startswith("CASES") and isinstance(value, list):
                posts.extend((c.text, c.side) for c in value if c.lang == "ar")
    for path in sorted(_DATA.glob("*-ar.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            posts.append((row["text"], row.get("channel_side")))
    return posts


def _allowed() -> set[str]:
    countries = {*ar.NATIONALITIES, *ar.COUNTRIES, *(k.replace("_army", "") for k in ar.CONTEXT)}
    return (
        set(KNOWN_CLAIMANTS)
        | set(ar.SLUGS.values())
        | set(ar.HEAD_SLUGS.values())
        | {"source", "army", "rebels", "enemy"}
        | {f"{c}_army" for c in countries}
        | {f"{c}_mod" for c in countries}
    )


def test_enough_arabic_sentences() -> None:
    assert len(_arabic_posts()) > 300


@pytest.mark.parametrize(
    "text",
    [
        "أحصت الغرفة حتى اللحظة (٤٣) شهيداً.",
        "بلغ عدد القتلى بحسب ما تم توثيقه حتى الآن ٣٠ قتيلاً.",
        "وفقاً لتقييم استخباراتي، قتل ٦٠٠ جندي كوري شمالي.",
        "وفق بيانات مشروع أكليد قتل ٢٠٠ مدني في الإقليم.",
        "قالت هيئة محلية غير معروفة إن ٧ أشخاص قتلوا.",
    ],
)
def test_no_transliterated_claimant_in_known_traps(text: str) -> None:
    allowed = _allowed()
    claims = extract(text, lang="ar")
    assert claims
    assert all(c.claimant in allowed for c in claims), [c.claimant for c in claims]


def test_no_transliterated_claimant_in_any_arabic_test_sentence() -> None:
    allowed = _allowed()
    bad = []
    for text, side in _arabic_posts():
        for claim in extract(text, lang="ar", channel_side=side):
            if claim.claimant not in allowed:
                bad.append((claim.claimant, text[:60]))
    assert not bad, bad
