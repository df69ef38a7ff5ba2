"""Hostile input: the extractor never raises and always returns well-formed claims.

No timing here (speed is benchmarks/extract_speed.py's business): a 1 MB post only has to come
back, and every claim's evidence offsets must lie inside the text it was given.
"""

from __future__ import annotations

import string

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from extractors import extract
from extractors.actors import KINDS, SCOPES, VICTIMS

LANGS = (None, "ru", "uk", "en", "ar", "fr")
SIDES = (None, "ru", "ua", "wagner", "fama", "saf", "rsf")
# Pieces that reach deep into the engine: triggers, figures, qualifiers, frames, in every script.
PIECES = (
    "погибли",
    "ранены",
    "более",
    "200-е",
    "ВСУ",
    "по данным",
    "из них",
    "(+",
    ")",
    "тыс.",
    "—",
    "загинули",
    "щонайменше",
    "окупантів",
    "killed",
    "at least",
    "dozens",
    "including",
    "said",
    "قتل",
    "أكثر من",
    "جنديين",
    "٥٤",
    "في صفوف",
    "tués",
    "au moins",
    "dont",
    "selon",
    "«",
    "»",
    "1 150 000",
    "1,150,000",
    "10k",
    "0",
    "\u200f",
    "\u200b",
    "\u0640",
    "\u064b",
    ":",
    "\n",
    ",",
)


def _well_formed(text: str, claims: list) -> None:  # type: ignore[type-arg]
    seen = set()
    for c in claims:
        assert c.kind in KINDS
        assert c.scope in SCOPES
        assert c.victim in VICTIMS
        assert c.low is not None or c.high is not None
        assert c.low is None or c.high is None or c.low <= c.high
        assert c.claimant and c.claimant == c.claimant.lower() and " " not in c.claimant
        assert 0 <= c.start < c.end <= len(text)
        assert c.key() not in seen
        seen.add(c.key())


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=st.text(max_size=400), lang=st.sampled_from(LANGS), side=st.sampled_from(SIDES))
def test_arbitrary_text_never_raises(text: str, lang: str | None, side: str | None) -> None:
    _well_formed(text, extract(text, lang=lang, channel_side=side))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    parts=st.lists(
        st.one_of(
            st.sampled_from(PIECES),
            st.integers(0, 10**7).map(str),
            st.text(string.printable, max_size=8),
        ),
        max_size=40,
    ),
    lang=st.sampled_from(LANGS),
    side=st.sampled_from(SIDES),
)
def test_claim_shaped_noise_never_raises(
    parts: list[str], lang: str | None, side: str | None
) -> None:
    text = " ".join(parts)
    _well_formed(text, extract(text, lang=lang, channel_side=side))


def test_one_megabyte_post() -> None:
    unit = "Уничтожено более 40 боевиков ВСУ, ещё 12 взяты в плен. Потерь нет. "
    text = unit * (1_000_000 // len(unit) + 1)
    claims = extract(text, lang="ru", channel_side="ru")
    _well_formed(text, claims)
    assert {c.key() for c in claims} == {
        ("killed", "ua", 40, None),
        ("captured", "ua", 12, 12),
        ("casualties", "ru", 0, 0),
    }


def test_deep_nesting_of_quotes_and_brackets() -> None:
    text = "«" * 5000 + "(" * 5000 + "погибли 5 мирных жителей" + ")" * 5000 + "»" * 5000
    claims = extract(text, lang="ru")
    _well_formed(text, claims)
    assert [c.key() for c in claims] == [("killed", "civilians", 5, 5)]


def test_rtl_and_zero_width_marks_keep_offsets() -> None:
    text = "\u200fقُتل\u200f ١٢\u200c جندياً\u0640 مالياً\u200b، وأُصيب ٨ آخرون.\u202c"
    claims = extract(text, lang="ar")
    _well_formed(text, claims)
    assert {c.key() for c in claims} == {("killed", "fama", 12, 12), ("wounded", "fama", 8, 8)}
    assert "١٢" in text[claims[0].start : claims[0].end]


def test_mixed_scripts() -> None:
    text = "ВСУ lost 50 soldiers; قتل ٣ مدنيين; погибли 7 civils, selon l'ONU 12 tués."
    for lang in LANGS:
        _well_formed(text, extract(text, lang=lang))


def test_ten_thousand_digits_in_a_row() -> None:
    text = "погибли " + "7" * 10_000 + " человек, ещё 1" + "0" * 9_999 + " ранены"
    claims = extract(text, lang="ru")
    _well_formed(text, claims)
    assert claims == []  # nobody's casualty figure has ten thousand digits


def test_empty_and_whitespace() -> None:
    for text in ("", " ", "\n\n\t", "\u200b\u200f", "."):
        assert extract(text) == []


def test_decomposed_unicode_keeps_offsets() -> None:
    # "й" written as "и" + combining breve: composed for reading, offsets still into the original
    text = "Уничтожено более 40 боевиков ВСУ в райо\u0306не Работино."
    claims = extract(text, lang="ru", channel_side="ru")
    _well_formed(text, claims)
    assert [c.key() for c in claims] == [("killed", "ua", 40, None)]
    assert text[claims[0].start :].startswith("Уничтожено")
