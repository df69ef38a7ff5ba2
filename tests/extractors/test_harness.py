"""The yardstick's own harness: it must pass a right answer and catch every kind of wrong one."""

from __future__ import annotations

from typing import Any

import pytest

from extractors.claim import Claim
from tests.extractors import cases
from tests.extractors.cases import case, check, params

TEXT = "По данным «Русича», погибли более 80 бойцов «Вагнера», ещё свыше 15 попали в плен."
CASE = case(
    "harness",
    TEXT,
    ("killed", "wagner", 80, None, False, "rusich", "event"),
    ("captured", "wagner", 15, None, False, "local_sources", "event"),
    lang="ru",
    side="ru",
)


def right() -> list[Claim]:
    return [
        Claim(
            kind="killed",
            victim="wagner",
            low=80,
            high=None,
            approx=False,
            claimant="rusich",
            scope="event",
            start=20,
            end=54,
        ),
        Claim(
            kind="captured",
            victim="wagner",
            low=15,
            high=None,
            approx=False,
            claimant="rusich",
            scope="event",
            start=56,
            end=82,
        ),
    ]


def fake(monkeypatch: pytest.MonkeyPatch, claims: list[Claim]) -> list[dict[str, Any]]:
    calls: list[dict[str, Any]] = []

    def extract(text: str, *, lang: str | None = None, channel_side: str | None = None) -> Any:
        calls.append({"text": text, "lang": lang, "channel_side": channel_side})
        return claims

    monkeypatch.setattr(cases, "extract", extract)
    return calls


def test_right_answer_passes_and_passes_lang_and_side(monkeypatch: pytest.MonkeyPatch) -> None:
    calls = fake(monkeypatch, right())
    check(CASE)
    assert calls == [{"text": TEXT, "lang": "ru", "channel_side": "ru"}]


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"low": 81}, "missing"),
        ({"victim": "ru"}, "spurious"),
        ({"approx": True}, "approx should be False"),
        ({"claimant": "self"}, "claimant should be rusich"),
        ({"scope": "period"}, "scope should be event"),
        ({"start": 5, "end": 5}, "evidence span"),
        ({"end": len(TEXT) + 1}, "evidence span"),
    ],
)
def test_each_wrong_field_fails(
    monkeypatch: pytest.MonkeyPatch, change: dict[str, Any], message: str
) -> None:
    first, second = right()
    values = first.to_dict() | change
    fake(monkeypatch, [Claim(**values), second])
    with pytest.raises(pytest.fail.Exception, match=message) as info:
        check(CASE)
    assert TEXT in str(info.value)


def test_slug_claimant_needs_only_an_attribution(monkeypatch: pytest.MonkeyPatch) -> None:
    first, second = right()
    fake(monkeypatch, [first, Claim(**(second.to_dict() | {"claimant": "self"}))])
    with pytest.raises(pytest.fail.Exception, match="claimant should be attributed"):
        check(CASE)


def test_duplicate_claim_fails(monkeypatch: pytest.MonkeyPatch) -> None:
    fake(monkeypatch, [*right(), right()[0]])
    with pytest.raises(pytest.fail.Exception, match="returned 2 times"):
        check(CASE)


def test_no_claim_case_passes_on_empty_and_fails_on_any(monkeypatch: pytest.MonkeyPatch) -> None:
    empty = case("none", "Уничтожены 3 танка.", lang="ru")
    fake(monkeypatch, [])
    check(empty)
    fake(monkeypatch, right()[:1])
    with pytest.raises(pytest.fail.Exception, match="spurious"):
        check(empty)


@pytest.mark.parametrize(
    "claim",
    [
        ("dead", "ua", 1, 1, False, "self", "event"),
        ("killed", "ukraine", 1, 1, False, "self", "event"),
        ("killed", "ua", None, None, False, "self", "event"),
        ("killed", "ua", 5, 2, False, "self", "event"),
        ("killed", "ua", 1, 1, False, "Local Sources", "event"),
        ("killed", "ua", 1, 1, False, "self", "daily"),
    ],
)
def test_bad_expectations_are_refused(claim: Any) -> None:
    with pytest.raises(ValueError, match="bad expected claim"):
        case("bad", "text", claim, lang="ru")


def test_duplicate_ids_are_refused() -> None:
    one = case("same", "a", lang="ru")
    with pytest.raises(ValueError, match="duplicate case ids"):
        params([one, one])
