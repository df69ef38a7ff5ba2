"""`claimwatch ingest` of JSON Lines (the gold format), JSON arrays and broken line files."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import SHARED, FakeExtractor


def rows(db: Path, sql: str, *args: Any) -> list[tuple[Any, ...]]:
    con = sqlite3.connect(db)
    try:
        return con.execute(sql, args).fetchall()
    finally:
        con.close()


def jsonl(path: Path, *objects: Any) -> Path:
    path.write_text(
        "".join(json.dumps(o, ensure_ascii=False) + "\n" for o in objects), encoding="utf-8"
    )
    return path


@pytest.mark.skipif(not (SHARED / "gold" / "dev.jsonl").exists(), reason="needs ../shared")
def test_gold_file_goes_in_whole_and_once(db_path: Path, cli: Any) -> None:
    gold = SHARED / "gold" / "dev.jsonl"
    lines = [json.loads(line) for line in gold.read_text(encoding="utf-8").splitlines()]
    result = cli("ingest", str(gold))
    assert result.code == 0, result.err
    assert f"{len(lines)} new, 0 changed, 0 unchanged" in result.out
    stored = dict(rows(db_path, "SELECT ext_id, text FROM posts"))
    assert stored == {line["id"]: line["text"] for line in lines}
    sides = dict(rows(db_path, "SELECT handle, side FROM sources WHERE side IS NOT NULL"))
    assert sides["rybar"] == "ru"
    assert f"0 new, 0 changed, {len(lines)} unchanged" in cli("ingest", str(gold)).out


def test_fields_channels_and_links(tmp_path: Path, db_path: Path, cli: Any) -> None:
    path = jsonl(
        tmp_path / "posts.jsonl",
        {"id": 501, "text": "a", "channel": "Rybar", "channel_side": "ru", "lang": "ru",
         "date": "2024-07-28T09:14:00+03:00", "claims": [{"kind": "killed"}]},
        {"id": "x-1", "text": "b", "channel": "wsj", "url": "https://www.wsj.com/a"},
        {"id": "77", "text": "c"},
        {"id": "k", "text": "d", "channel": "afp", "kind": "mainstream"},
    )  # fmt: skip
    result = cli("ingest", str(path), "--channel", "grey_zone", "--side", "wagner", "--lang", "ru")
    assert result.code == 0, result.err
    got = rows(
        db_path,
        "SELECT p.ext_id, p.msg_id, p.kind, p.url, p.lang, p.date, s.handle, s.side"
        " FROM posts p JOIN sources s ON s.id = p.source_id ORDER BY p.id",
    )
    assert got == [
        ("501", 501, "telegram", "https://t.me/Rybar/501", "ru", "2024-07-28T06:14:00+00:00",
         "rybar", "ru"),
        ("x-1", None, "mainstream", "https://www.wsj.com/a", "ru", None, "wsj", "wagner"),
        # A line without channel goes to --channel, with --side filling the gap.
        ("77", 77, "telegram", "https://t.me/grey_zone/77", "ru", None, "grey_zone", "wagner"),
        ("k", None, "mainstream", None, "ru", None, "afp", "wagner"),
    ]  # fmt: skip


def test_bad_lines_are_reported_with_line_numbers(tmp_path: Path, db_path: Path, cli: Any) -> None:
    path = tmp_path / "mixed.jsonl"
    lines = [
        json.dumps({"id": "1", "text": "good"}),
        "{not json",
        json.dumps(["a", "list"]),
        json.dumps({"id": "4"}),
        json.dumps({"id": "5", "text": "x", "channel_side": "russia"}),
        json.dumps({"id": "6", "text": "x", "date": "yesterday"}),
        json.dumps({"id": "7", "text": "x", "url": "t.me/rybar/1"}),
        json.dumps({"id": None, "text": "x"}),
        "",
        json.dumps({"id": "10", "text": "good too"}),
        '{"id": "11", "text": "cut in the midd',
    ]
    path.write_text("\n".join(lines), encoding="utf-8")
    result = cli("ingest", str(path))
    assert result.code == 0
    assert "2 new" in result.out and "errors: 8" in result.out
    err = result.err
    assert f"{path}:2: not valid JSON" in err
    assert f"{path}:3: not a JSON object" in err
    assert f'{path}:4: needs a "text" string, got None' in err
    assert f"{path}:5: \"channel_side\" 'russia' is not an actor id" in err
    assert f"{path}:6: \"date\" 'yesterday' is not an ISO 8601 date" in err
    assert f"{path}:7: \"url\" 't.me/rybar/1' is not a web address" in err
    assert f'{path}:8: needs an "id"' in err
    assert f"{path}:11: not valid JSON" in err
    assert rows(db_path, "SELECT ext_id FROM posts ORDER BY id") == [("1",), ("10",)]


def test_a_cp1251_line_among_good_ones(tmp_path: Path, db_path: Path, cli: Any) -> None:
    path = tmp_path / "posts.jsonl"
    good = json.dumps({"id": "1", "text": "Уничтожено 40"}, ensure_ascii=False).encode()
    bad = json.dumps({"id": "2", "text": "Уничтожено 41"}, ensure_ascii=False).encode("cp1251")
    path.write_bytes(good + b"\n" + bad + b"\n" + good.replace(b'"1"', b'"3"') + b"\n")
    result = cli("ingest", str(path))
    assert result.code == 0
    assert f"{path}:2: line 2 is not UTF-8 text (it looks like cp1251)" in result.err
    assert rows(db_path, "SELECT ext_id FROM posts ORDER BY id") == [("1",), ("3",)]


def test_a_whole_cp1251_file_stops_early(tmp_path: Path, db_path: Path, cli: Any) -> None:
    path = tmp_path / "posts.jsonl"
    lines = [
        json.dumps({"id": str(i), "text": f"Уничтожено {i}"}, ensure_ascii=False)
        for i in range(100)
    ]
    path.write_bytes("\n".join(lines).encode("cp1251"))
    result = cli("ingest", str(path))
    assert result.code == 1
    assert "is not UTF-8 text" in result.err and "iconv -f cp1251" in result.err
    # Reported once per line up to the point it gave up, not a hundred times.
    assert result.err.count("not UTF-8") <= 21
    assert rows(db_path, "SELECT count(*) FROM posts") == [(0,)]


def test_empty_and_blank_files(tmp_path: Path, cli: Any) -> None:
    empty = tmp_path / "empty.jsonl"
    empty.write_bytes(b"")
    blank = tmp_path / "blank.jsonl"
    blank.write_text("\n\n   \n")
    result = cli("ingest", str(empty), str(blank))
    assert result.code == 1
    assert f"{empty}: is empty" in result.err
    assert f"{blank}: is empty" in result.err


def test_one_good_file_is_enough_for_success(tmp_path: Path, cli: Any) -> None:
    good = jsonl(tmp_path / "good.jsonl", {"id": "1", "text": "x"})
    result = cli("ingest", str(tmp_path / "nope.jsonl"), str(good))
    assert result.code == 0
    assert "nope.jsonl: no such file" in result.err
    assert "1 new" in result.out


def test_json_array_of_posts(tmp_path: Path, db_path: Path, cli: Any) -> None:
    path = tmp_path / "posts.json"
    path.write_text(
        json.dumps([{"id": "a", "text": "один", "channel": "rybar"}, {"id": "b"}]),
        encoding="utf-8",
    )
    result = cli("ingest", str(path))
    assert "1 new" in result.out
    assert f'{path}[2]: needs a "text" string' in result.err
    assert rows(db_path, "SELECT text FROM posts") == [("один",)]


def test_changed_line_is_a_new_version_and_reextracted(
    tmp_path: Path, db_path: Path, cli: Any, fake_extractor: FakeExtractor
) -> None:
    path = jsonl(tmp_path / "p.jsonl", {"id": "1", "text": "5 killed", "channel": "rybar"})
    assert "claims: 1" in cli("ingest", str(path)).out
    calls = fake_extractor.calls
    assert "1 unchanged" in cli("ingest", str(path)).out
    assert fake_extractor.calls == calls  # unchanged texts are not extracted again
    jsonl(path, {"id": "1", "text": "7 killed, 2 wounded", "channel": "rybar"})
    result = cli("ingest", str(path))
    assert "1 changed" in result.out and "claims: 2" in result.out
    assert rows(db_path, "SELECT count(*) FROM post_versions") == [(2,)]
    live = cli("claims", "--format", "jsonl")
    assert [(c["kind"], c["low"]) for c in map(json.loads, live.out.splitlines())] == [
        ("killed", 7),
        ("wounded", 2),
    ]


def test_extractor_failure_stores_raw(
    tmp_path: Path, db_path: Path, cli: Any, fake_extractor: FakeExtractor
) -> None:
    path = jsonl(
        tmp_path / "p.jsonl", {"id": "1", "text": "CRASH 5 killed"}, {"id": "2", "text": "3 killed"}
    )
    result = cli("ingest", str(path))
    assert result.code == 0 and "2 new" in result.out
    assert rows(db_path, "SELECT extractor_version FROM post_versions ORDER BY id") == [
        (None,),
        ("fake-1",),
    ]


def test_many_bad_lines_are_counted_not_all_printed(tmp_path: Path, cli: Any) -> None:
    path = tmp_path / "noisy.jsonl"
    path.write_text("oops\n" * 30 + json.dumps({"id": "1", "text": "fine"}) + "\n")
    result = cli("ingest", str(path))
    assert result.code == 0 and "errors: 30" in result.out
    assert result.err.count("not valid JSON") == 20
    assert f"{path}: ... and 10 more problems like these (the first 20 are shown)" in result.err


def test_a_raw_control_character_is_named_once(tmp_path: Path, db_path: Path, cli: Any) -> None:
    path = tmp_path / "tab.jsonl"
    path.write_text('{"id": "a", "text": "x\ty"}\n', encoding="utf-8")
    result = cli("ingest", str(path))
    assert f"{path}:1: not valid JSON (Invalid control character at column 23)" in result.err
