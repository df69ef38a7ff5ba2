"""`claimwatch claims`: current claims, filters, formats, and the flags' error sentences."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

import pytest

import extractors
from bot.cli.claims_cmd import figure
from tests.conftest import FakeExtractor


def jsonl(path: Path, *objects: Any) -> Path:
    path.write_text(
        "".join(json.dumps(o, ensure_ascii=False) + "\n" for o in objects), encoding="utf-8"
    )
    return path


POSTS = [
    {"id": "101", "channel": "rybar", "channel_side": "ru", "date": "2024-07-26T10:00:00Z",
     "text": "Под Тинзауатеном 80 killed"},
    {"id": "102", "channel": "rybar", "channel_side": "ru", "date": "2024-07-28T10:00:00Z",
     "text": "Ещё 15 captured"},
    {"id": "7", "channel": "GeneralStaffZSU", "channel_side": "ua", "date": "2024-07-29T23:30:00Z",
     "text": "1230 killed, 40 wounded"},
    {"id": "w-1", "channel": "wsj", "kind": "mainstream", "url": "https://www.wsj.com/mali",
     "date": "2024-07-30T08:00:00Z", "text": "Dozens, at least 20 killed"},
]  # fmt: skip


@pytest.fixture
def loaded(tmp_path: Path, cli: Any, fake_extractor: FakeExtractor) -> Any:
    path = jsonl(tmp_path / "posts.jsonl", *POSTS)
    result = cli("ingest", str(path))
    assert result.code == 0, result.err
    return cli


def claims_jsonl(cli: Any, *args: str) -> list[dict[str, Any]]:
    result = cli("claims", "--format", "jsonl", *args)
    assert result.code == 0, result.err
    return [json.loads(line) for line in result.out.splitlines()]


def test_table_shows_link_claimant_and_figure(loaded: Any) -> None:
    result = loaded("claims")
    assert result.code == 0
    out = result.out
    for expected in ("https://t.me/rybar/101", "https://t.me/GeneralStaffZSU/7",
                     "https://www.wsj.com/mali", "1230", "self", "killed", "captured"):  # fmt: skip
        assert expected in out


def test_jsonl_fields_in_time_order(loaded: Any) -> None:
    got = claims_jsonl(loaded)
    assert [(c["ext_id"], c["kind"], c["low"]) for c in got] == [
        ("101", "killed", 80),
        ("102", "captured", 15),
        ("7", "killed", 1230),
        ("7", "wounded", 40),
        ("w-1", "killed", 20),
    ]
    first = got[0]
    assert first["link"] == "https://t.me/rybar/101"
    assert first["evidence"] == "80 killed"
    assert first["figure"] == "80" and first["claimant"] == "self"
    assert first["channel_side"] == "ru" and first["date"] == "2024-07-26T10:00:00+00:00"


def test_filters(loaded: Any) -> None:
    def ids(*args: str) -> list[tuple[str, str]]:
        return [(c["ext_id"], c["kind"]) for c in claims_jsonl(loaded, *args)]

    assert ids("--since", "2024-07-28", "--until", "2024-07-29") == [
        ("102", "captured"),
        ("7", "killed"),
        ("7", "wounded"),
    ]
    assert ids("--channel", "@Rybar") == [("101", "killed"), ("102", "captured")]
    assert ids("--channel", "wsj", "--channel", "generalstaffzsu", "--kind", "wounded") == [
        ("7", "wounded")
    ]
    assert ids("--victim", "wagner") == []
    assert len(ids("--victim", "ua")) == 5
    assert ids("--since", "2024-07-29T23:00:00+00:00", "--kind", "killed") == [
        ("7", "killed"),
        ("w-1", "killed"),
    ]


def test_until_uses_the_config_time_zone(tmp_path: Path, loaded: Any) -> None:
    config = tmp_path / "kyiv.toml"
    config.write_text('timezone = "Europe/Kyiv"\n', encoding="utf-8")
    # 23:30 UTC on the 29th is already the 30th in Kyiv.
    result = loaded("claims", "--format", "jsonl", "--until", "2024-07-29", config_path=config)
    assert "1230" not in result.out
    result = loaded("claims", "--format", "jsonl", "--since", "2024-07-30", config_path=config)
    assert '"low": 1230' in result.out


def test_csv(loaded: Any) -> None:
    result = loaded("claims", "--format", "csv", "--channel", "rybar")
    table = list(csv.DictReader(io.StringIO(result.out)))
    assert [(r["kind"], r["low"], r["high"], r["approx"]) for r in table] == [
        ("killed", "80", "80", "false"),
        ("captured", "15", "15", "false"),
    ]
    assert table[0]["link"] == "https://t.me/rybar/101"


def test_limit_shows_the_newest(loaded: Any) -> None:
    result = loaded("claims", "--limit", "2")
    assert "showing the newest 2 of 5 claims" in result.out
    assert "wsj.com" in result.out and "t.me/rybar" not in result.out


def test_edits_and_superseded_claims_are_not_listed(
    tmp_path: Path, loaded: Any, fake_extractor: FakeExtractor
) -> None:
    edited = dict(POSTS[0], text="Под Тинзауатеном 85 killed")
    loaded("ingest", str(jsonl(tmp_path / "edit.jsonl", edited)))
    fake_extractor.set_version("fake-2")
    fake_extractor.victim = "wagner"
    assert loaded("reextract").code == 0
    got = claims_jsonl(loaded, "--channel", "rybar")
    assert [(c["low"], c["victim"], c["post_version"], c["extractor_version"]) for c in got] == [
        (85, "wagner", 2, "fake-2"),
        (15, "wagner", 1, "fake-2"),
    ]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("--since", "28.07.2024"), "--since '28.07.2024' is not a date; write it as YYYY-MM-DD"),
        (("--until", "tomorrow"), "e.g. --until 2024-07-28."),
        (("--victim", "Wagner Group"), "--victim 'Wagner Group' is not an actor id"),
        (("--victim", "nobody"), "e.g. --victim wagner."),
        (("--kind", "dead"), "--kind 'dead' is not a claim kind; use one of killed, wounded"),
        (("--since", "2024-07-30", "--until", "2024-07-01"), "swap them"),
        (("--channel", "nosuch"), "no channel 'nosuch' in the database"),
        (("--limit", "-1"), "--limit -1 must be 0 (all) or more"),
    ],
)
def test_bad_flags_get_one_sentence_with_an_example(
    loaded: Any, args: tuple[str, ...], message: str
) -> None:
    result = loaded("claims", *args)
    assert result.code == 2
    assert message in result.err
    assert result.err.count("\n") == 1 and "Traceback" not in result.err


def test_empty_database(cli: Any) -> None:
    result = cli("claims")
    assert result.code == 0 and "no claims match" in result.out


@pytest.mark.parametrize(
    ("low", "high", "approx", "shown"),
    [
        (54, 54, False, "54"),
        (50, 50, True, "~50"),
        (40, None, False, "40+"),
        (None, 480, False, "≤480"),
        (20, 99, True, "~20–99"),
        (0, 0, False, "0"),
        (None, None, False, "?"),
    ],
)
def test_figure(low: int | None, high: int | None, approx: bool, shown: str) -> None:
    assert figure(low, high, approx) == shown


def test_real_extractor_end_to_end(tmp_path: Path, cli: Any) -> None:
    """The real extractor through ingest and `claims`; fails until extractors/ lands."""
    path = jsonl(
        tmp_path / "ru.jsonl",
        {"id": "1", "channel": "rybar", "channel_side": "ru", "lang": "ru",
         "text": "Запорожское направление: уничтожено более 40 боевиков ВСУ."},
    )  # fmt: skip
    assert cli("ingest", str(path)).code == 0
    got = claims_jsonl(cli)
    assert [(c["kind"], c["victim"], c["low"], c["high"]) for c in got] == [
        ("killed", "ua", 40, None)
    ], f"extractor {extractors.EXTRACTOR_VERSION}"
    assert "40" in got[0]["evidence"]
