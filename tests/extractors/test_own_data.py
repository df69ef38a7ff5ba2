"""Our own whole-post sets (tests/extractors/data/own-*.jsonl) keep exactly the gold format.

They are scored like the gold sets:
    .venv/bin/python -m extractors < tests/extractors/data/own-ru.jsonl > /tmp/own-ru.out
    python3 ../shared/eval/score.py tests/extractors/data/own-ru.jsonl /tmp/own-ru.out
This file only checks that the sets themselves are well formed.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from tests.extractors.cases import KINDS, LANGS, SCOPES, SIDES, VICTIMS

DATA = Path(__file__).parent / "data"
FIELDS = ["id", "lang", "channel", "channel_side", "text", "claims"]
CLAIM_FIELDS = ["kind", "victim", "low", "high", "approx", "claimant", "scope"]


def rows(lang: str) -> list[dict[str, Any]]:
    lines = (DATA / f"own-{lang}.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def claim_problems(claim: dict[str, Any]) -> list[str]:
    out = []
    if list(claim) != CLAIM_FIELDS:
        out.append(f"fields {list(claim)}")
    if claim["kind"] not in KINDS or claim["victim"] not in VICTIMS:
        out.append("kind or victim")
    if claim["scope"] not in SCOPES or not isinstance(claim["approx"], bool):
        out.append("scope or approx")
    low, high = claim["low"], claim["high"]
    if low is None and high is None:
        out.append("no bound")
    for bound in (low, high):
        if bound is not None and (type(bound) is not int or bound < 0):
            out.append(f"bound {bound!r}")
    if isinstance(low, int) and isinstance(high, int) and low > high:
        out.append("low > high")
    who = claim["claimant"]
    if not who or who != who.lower() or " " in who:
        out.append(f"claimant {who!r}")
    return out


@pytest.mark.parametrize("lang", sorted(LANGS))
def test_own_set_is_in_gold_format(lang: str) -> None:
    posts = rows(lang)
    assert 25 <= len(posts) <= 40
    ids = [p["id"] for p in posts]
    assert len(set(ids)) == len(ids)
    for post in posts:
        assert list(post) == FIELDS, post["id"]
        assert post["lang"] == lang and post["id"].startswith(f"own-{lang}-")
        assert post["channel_side"] is None or post["channel_side"] in SIDES
        assert post["text"].strip()
        keys = [(c["kind"], c["victim"], c["low"], c["high"]) for c in post["claims"]]
        assert len(set(keys)) == len(keys), f"{post['id']}: a post's claims are a set"
        for claim in post["claims"]:
            assert not claim_problems(claim), (post["id"], claim, claim_problems(claim))


@pytest.mark.parametrize("lang", sorted(LANGS))
def test_own_set_mixes_claims_and_tempting_non_claims(lang: str) -> None:
    posts = rows(lang)
    empty = [p for p in posts if not p["claims"]]
    multi = [p for p in posts if len(p["claims"]) > 1]
    # Most posts without a claim still carry digits an extractor could take for a claim.
    assert sum(any(ch.isdigit() for ch in p["text"]) for p in empty) >= len(empty) - 1
    assert len(empty) >= len(posts) // 5
    assert len(multi) >= len(posts) // 4


STANDIN = sorted((DATA / "standin").glob("b*.jsonl"))


@pytest.mark.parametrize("path", STANDIN, ids=[p.stem for p in STANDIN])
def test_standin_set_is_scorable(path: Path) -> None:
    """The round-18 stand-in sets: 35 posts per language, claims the scorer can read."""
    posts = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    assert len(posts) == 175
    assert {p["lang"] for p in posts} == set(LANGS)
    assert len({p["id"] for p in posts}) == len(posts)
    for post in posts:
        assert post["text"].strip() and post["channel_side"] in (*SIDES, None), post["id"]
        for claim in post["claims"]:
            assert claim["kind"] in KINDS and claim["victim"] in VICTIMS, (post["id"], claim)
            assert claim["low"] is not None or claim["high"] is not None, (post["id"], claim)
