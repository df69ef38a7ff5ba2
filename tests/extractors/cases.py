"""The yardstick's harness: run a table of cases through `extractors.extract` and compare.

Each language file (test_ru.py ...) holds a table of `Case`s, one phenomenon of
shared/claims-spec.md each. A case passes when the extracted claims, taken as a set on
(kind, victim, low, high), equal the expected ones, and every matched claim also has the
expected approx, claimant and scope. As in the scorer, a claimant that is neither `self`
nor an id of the spec (a slug such as `local_sources`) is only checked for being
attributed at all (not `self`): slugs are the extractor's own spelling.

The known ids are written out here rather than imported from the extractor, so the
yardstick stays independent of the code it measures.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

import pytest

from extractors import extract

# (kind, victim, low, high, approx, claimant, scope)
Expected = tuple[str, str, int | None, int | None, bool, str, str]
Key = tuple[str, str, int | None, int | None]

KINDS = frozenset({"killed", "wounded", "captured", "missing", "casualties"})
SCOPES = frozenset({"event", "period", "cumulative"})
PARTIES = frozenset(
    {"ru", "ua", "wagner", "fama", "tuareg", "jnim", "is", "saf", "rsf", "civilians"}
)
REPORTERS = frozenset(
    {"ru_mod", "ua_gs", "rybar", "rusich", "greyzone", "wsj", "reuters", "afp", "ap", "bbc"}
    | {"mediazona", "un"}
)
VICTIMS = PARTIES | {"unknown"}
SIDES = PARTIES - {"civilians"}
KNOWN_CLAIMANTS = PARTIES | REPORTERS | {"self"}
LANGS = frozenset({"ru", "uk", "en", "ar", "fr"})


@dataclass(frozen=True)
class Case:
    id: str  # names the phenomenon: "qty-about-okolo", "nonclaim-equipment" ...
    lang: str | None  # None: the extractor must detect the language itself
    side: str | None  # channel_side
    text: str
    claims: tuple[Expected, ...]


def case(id: str, text: str, *claims: Expected, lang: str | None, side: str | None = None) -> Case:
    """A case, with its expectations checked against the spec's vocabulary up front."""
    if lang is not None and lang not in LANGS:
        raise ValueError(f"{id}: unknown lang {lang!r}")
    if side is not None and side not in SIDES:
        raise ValueError(f"{id}: unknown channel_side {side!r}")
    for claim in claims:
        _validate(id, claim)
    keys = [claim[:4] for claim in claims]
    if len(set(keys)) != len(keys):
        raise ValueError(f"{id}: the same claim twice; a post's claims are a set")
    return Case(id=id, lang=lang, side=side, text=text, claims=tuple(claims))


def c(id: str, lang: str, text: str, *claims: Expected, side: str | None = None) -> Case:
    """A case in a table of one language's sentences (the tables' short form)."""
    return case(id, text, *claims, lang=lang, side=side)


# the tables' short names for kinds and scopes
K, W, C, M, L = "killed", "wounded", "captured", "missing", "casualties"
EV, PER, CUM = "event", "period", "cumulative"


def _validate(id: str, claim: Expected) -> None:
    if len(claim) != 7:
        raise ValueError(f"{id}: a claim is (kind, victim, low, high, approx, claimant, scope)")
    kind, victim, low, high, approx, claimant, scope = claim
    problems = []
    if kind not in KINDS:
        problems.append(f"kind {kind!r}")
    if victim not in VICTIMS:
        problems.append(f"victim {victim!r}")
    if low is None and high is None:
        problems.append("no bound: a claim states a figure")
    if low is not None and high is not None and low > high:
        problems.append(f"low {low} > high {high}")
    if not isinstance(approx, bool):
        problems.append(f"approx {approx!r}")
    if not claimant or claimant != claimant.lower() or " " in claimant:
        problems.append(f"claimant {claimant!r} is not an id or a lowercase slug")
    if scope not in SCOPES:
        problems.append(f"scope {scope!r}")
    if problems:
        raise ValueError(f"{id}: bad expected claim {claim}: " + "; ".join(problems))


def params(cases: Sequence[Case]) -> list[Any]:
    """pytest parameters named by case id; two cases with one id are a table error."""
    counts = Counter(c.id for c in cases)
    dupes = sorted(i for i, n in counts.items() if n > 1)
    if dupes:
        raise ValueError(f"duplicate case ids: {dupes}")
    return [pytest.param(c, id=c.id) for c in cases]


def _field(claim: Any, name: str) -> Any:
    return claim[name] if isinstance(claim, dict) else getattr(claim, name)


def _got_tuple(claim: Any) -> Expected:
    return (
        _field(claim, "kind"),
        _field(claim, "victim"),
        _field(claim, "low"),
        _field(claim, "high"),
        _field(claim, "approx"),
        _field(claim, "claimant"),
        _field(claim, "scope"),
    )


def _fmt(claim: Expected) -> str:
    kind, victim, low, high, approx, claimant, scope = claim
    bounds = f"{'-' if low is None else low}..{'-' if high is None else high}"
    hedge = " ~" if approx else ""
    return f"{kind:<10} {victim:<9} {bounds:<16}{hedge:<2} by {claimant:<20} {scope}"


def _block(title: str, claims: Iterable[Expected]) -> list[str]:
    lines = [f"{title}:"]
    items = [f"    {_fmt(c)}" for c in claims]
    return lines + (items or ["    (none)"])


def _claimant_ok(expected: str, got: str) -> bool:
    if expected in KNOWN_CLAIMANTS:
        return got == expected
    return bool(got) and got != "self"


def check(c: Case) -> None:
    """Run one case and fail with the text, the expected and the extracted claims."""
    raw = extract(c.text, lang=c.lang, channel_side=c.side)
    got = [_got_tuple(claim) for claim in raw]
    problems: list[str] = []

    got_keys = Counter(g[:4] for g in got)
    for key, n in got_keys.items():
        if n > 1:
            problems.append(f"claim {key} returned {n} times; a post's claims are a set")
    want_by_key: dict[Key, Expected] = {w[:4]: w for w in c.claims}
    got_by_key: dict[Key, Expected] = {g[:4]: g for g in got}
    missing = [w for k, w in want_by_key.items() if k not in got_by_key]
    spurious = [g for k, g in got_by_key.items() if k not in want_by_key]
    if missing:
        problems += _block("missing", missing)
    if spurious:
        problems += _block("spurious", spurious)
    for key, want in want_by_key.items():
        have = got_by_key.get(key)
        if have is None:
            continue
        if have[4] != want[4]:
            problems.append(f"{key}: approx should be {want[4]}, got {have[4]}")
        if not _claimant_ok(want[5], have[5]):
            what = want[5] if want[5] in KNOWN_CLAIMANTS else f"attributed ({want[5]})"
            problems.append(f"{key}: claimant should be {what}, got {have[5]!r}")
        if have[6] != want[6]:
            problems.append(f"{key}: scope should be {want[6]}, got {have[6]}")
    for claim in raw:
        start, end = _field(claim, "start"), _field(claim, "end")
        if not (
            isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(c.text)
        ):
            problems.append(f"evidence span {start}..{end} is not inside the text")
            break

    if problems:
        report = [
            f"[{c.lang or 'detect'}] case {c.id!r}, channel_side={c.side}",
            f"text: {c.text}",
            *_block("expected", c.claims),
            *_block("got", got),
            *problems,
        ]
        pytest.fail("\n".join(report), pytrace=False)
