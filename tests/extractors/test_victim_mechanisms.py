"""Victim resolution by mechanism (round 9): each mechanism holds for every word of its class
and in every language, shown by sentences of our own, with the negative cases it must not
touch. None is copied from a gold set.

Claims are (kind, victim, low, high, approx, claimant, scope).
"""

from __future__ import annotations

import pytest

from tests.extractors.cases import Case, Expected, case, check, params


def c(id: str, lang: str, text: str, *claims: Expected, side: str | None = None) -> Case:
    return case(id, text, *claims, lang=lang, side=side)


CASES: list[Case] = [
    # --- M1: people the text does not call civilians are not promoted to civilians ----------
    c(
        "m1-people-next-town-en",
        "en",
        "Three civilians were killed in Kherson. In Nikopol, nine people were injured.",
        ("killed", "civilians", 3, 3, False, "self", "event"),
        ("wounded", "unknown", 9, 9, False, "self", "event"),
    ),
    c(
        "m1-people-next-town-ru",
        "ru",
        "В Херсоне погибли трое мирных жителей. В Никополе ранены девять человек.",
        ("killed", "civilians", 3, 3, False, "self", "event"),
        ("wounded", "unknown", 9, 9, False, "self", "event"),
    ),
    c(
        "m1-people-next-town-uk",
        "uk",
        "У Херсоні загинули троє цивільних. У Нікополі поранено дев'ять осіб.",
        ("killed", "civilians", 3, 3, False, "self", "event"),
        ("wounded", "unknown", 9, 9, False, "self", "event"),
    ),
    c(
        "m1-people-next-town-fr",
        "fr",
        "Trois civils ont été tués à Kherson. À Nikopol, neuf personnes ont été blessées.",
        ("killed", "civilians", 3, 3, False, "self", "event"),
        ("wounded", "unknown", 9, 9, False, "self", "event"),
    ),
    c(
        "m1-people-next-town-ar",
        "ar",
        "قتل ثلاثة مدنيين في خيرسون. وفي نيكوبول أصيب تسعة أشخاص.",
        ("killed", "civilians", 3, 3, False, "self", "event"),
        ("wounded", "unknown", 9, 9, False, "self", "event"),
    ),
    c(
        "m1-people-dual-ar",
        "ar",
        "قتل ثلاثة مدنيين في خيرسون. وفي نيكوبول أصيب شخصان.",
        ("killed", "civilians", 3, 3, False, "self", "event"),
        ("wounded", "unknown", 2, 2, False, "self", "event"),
    ),
    c(
        "m1-one-person-fr",
        "fr",
        "Trois civils ont été tués à Kherson. Une personne a été blessée à Nikopol.",
        ("killed", "civilians", 3, 3, False, "self", "event"),
        ("wounded", "unknown", 1, 1, False, "self", "event"),
    ),
    c(
        "m1-headline-civilian-casualties-en",
        "en",
        "Russian shelling caused civilian casualties in Kharkiv region.\n"
        "The strike killed one person and wounded 29 others.",
        ("killed", "unknown", 1, 1, False, "self", "event"),
        ("wounded", "unknown", 29, 29, False, "self", "event"),
    ),
    # negative: a civilian word is a civilian word; a bare figure goes on with the toll
    c(
        "m1-resident-is-civilian-en",
        "en",
        "A 64-year-old resident was killed in the shelling of Kherson.",
        ("killed", "civilians", 1, 1, False, "self", "event"),
    ),
    c(
        "m1-bare-figure-inherits-en",
        "en",
        "Three civilians were killed in Kherson. Nine were wounded.",
        ("killed", "civilians", 3, 3, False, "self", "event"),
        ("wounded", "civilians", 9, 9, False, "self", "event"),
    ),
    c(
        "m1-bare-figure-inherits-uk",
        "uk",
        "У Херсоні загинули троє цивільних. Ще 12 поранені.",
        ("killed", "civilians", 3, 3, False, "self", "event"),
        ("wounded", "civilians", 12, 12, False, "self", "event"),
    ),
    c(
        "m1-bare-figure-inherits-fr",
        "fr",
        "Trois civils ont été tués à Kherson. Neuf ont été blessés.",
        ("killed", "civilians", 3, 3, False, "self", "event"),
        ("wounded", "civilians", 9, 9, False, "self", "event"),
    ),
    c(
        "m1-others-follow-their-group-ar",
        "ar",
        "قتل ثلاثة مدنيين في خيرسون. وأصيب تسعة آخرون.",
        ("killed", "civilians", 3, 3, False, "self", "event"),
        ("wounded", "civilians", 9, 9, False, "self", "event"),
    ),
    c(
        "m1-side-tally-personnel-uk",
        "uk",
        "Втрати противника за добу:\n▪️ особового складу – 1 340 осіб",
        ("casualties", "ru", 1340, 1340, False, "self", "period"),
        side="ua",
    ),
]


@pytest.mark.parametrize("c", params(CASES))
def test_mechanism(c: Case) -> None:
    check(c)
