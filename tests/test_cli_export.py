"""`claimwatch export`: posts and claims as CSV or JSON Lines, with links, to stdout or a file."""

from __future__ import annotations

import csv
import io
import json
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import FakeExtractor


def write_jsonl(path: Path, *objects: Any) -> Path:
    path.write_text(
        "".join(json.dumps(o, ensure_ascii=False) + "\n" for o in objects), encoding="utf-8"
    )
    return path


def export_file(tmp_path: Path) -> Path:
    data = {
        "name": "Private feed",
        "type": "private_channel",
        "id": 999,
        "messages": [{"id": 5, "type": "message", "date_unixtime": "1722157200",
                      "text": "3 killed"}],
    }  # fmt: skip
    path = tmp_path / "result.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


@pytest.fixture
def loaded(tmp_path: Path, cli: Any, fake_extractor: FakeExtractor) -> Any:
    posts = write_jsonl(
        tmp_path / "posts.jsonl",
        {"id": "101", "channel": "rybar", "channel_side": "ru", "lang": "ru",
         "date": "2024-07-26T10:00:00Z", "text": "Уничтожено 80 killed, 15 captured 🇲🇱"},
        {"id": "w-1", "channel": "wsj", "url": "https://www.wsj.com/mali",
         "date": "2024-07-30T08:00:00Z", "text": "At least 20 killed, says \"WSJ\"\nnew line"},
    )  # fmt: skip
    assert cli("ingest", str(posts)).code == 0
    assert cli("ingest", str(export_file(tmp_path))).code == 0
    return cli


def test_claims_csv_with_links(loaded: Any) -> None:
    result = loaded("export", "--what", "claims", "--format", "csv")
    assert result.code == 0, result.err
    table = list(csv.DictReader(io.StringIO(result.out)))
    assert [(r["channel"], r["kind"], r["low"], r["link"]) for r in table] == [
        ("rybar", "killed", "80", "https://t.me/rybar/101"),
        ("rybar", "captured", "15", "https://t.me/rybar/101"),
        ("tg-999", "killed", "3", ""),  # a private channel without username: no link
        ("wsj", "killed", "20", "https://www.wsj.com/mali"),
    ]
    assert table[0]["evidence"] == "80 killed"


def test_claims_jsonl_matches_claims_command(loaded: Any) -> None:
    exported = loaded("export", "--what", "claims", "--format", "jsonl").out
    listed = loaded("claims", "--format", "jsonl").out
    assert exported == listed
    assert len(exported.splitlines()) == 4


def test_posts_jsonl_round_trips_through_ingest(tmp_path: Path, loaded: Any, db_path: Path) -> None:
    out = tmp_path / "posts-out.jsonl"
    result = loaded("export", "--what", "posts", "--format", "jsonl", "--out", str(out))
    assert result.code == 0 and f"wrote 3 posts to {out}" in result.err
    lines = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [(p["id"], p["channel"], p["url"], p["claim_count"]) for p in lines] == [
        ("101", "rybar", "https://t.me/rybar/101", 2),
        ("5", "tg-999", None, 1),
        ("w-1", "wsj", "https://www.wsj.com/mali", 1),
    ]
    assert lines[0]["text"] == "Уничтожено 80 killed, 15 captured 🇲🇱"
    # The export is valid ingest input: into the same database it adds nothing.
    again = loaded("ingest", str(out))
    assert "0 new, 0 changed, 3 unchanged" in again.out


def test_posts_csv_keeps_newlines_and_quotes(loaded: Any) -> None:
    result = loaded("export", "--what", "posts", "--format", "csv", "--channel", "wsj")
    (row,) = list(csv.DictReader(io.StringIO(result.out)))
    assert row["text"] == 'At least 20 killed, says "WSJ"\nnew line'
    assert row["kind"] == "mainstream"


def test_csv_cells_never_become_spreadsheet_formulas(tmp_path: Path, loaded: Any) -> None:
    hostile = write_jsonl(
        tmp_path / "hostile.jsonl",
        {"id": "x", "channel": "evil", "text": '=HYPERLINK("http://evil") 5 killed'},
    )
    assert loaded("ingest", str(hostile)).code == 0
    for what in ("posts", "claims"):
        out = loaded("export", "--what", what, "--format", "csv", "--channel", "evil").out
        (row,) = list(csv.DictReader(io.StringIO(out)))
        cells = [v for v in row.values() if v]
        assert not any(v.startswith(("=", "+", "-", "@")) for v in cells), row
    jsonl = loaded("export", "--what", "posts", "--format", "jsonl", "--channel", "evil").out
    assert json.loads(jsonl)["text"] == '=HYPERLINK("http://evil") 5 killed'


def test_filters_and_errors(tmp_path: Path, loaded: Any) -> None:
    since = loaded("export", "--what", "claims", "--format", "jsonl", "--since", "2024-07-29")
    assert [json.loads(x)["channel"] for x in since.out.splitlines()] == ["wsj"]
    bad = loaded("export", "--what", "posts", "--format", "csv", "--victim", "wagner")
    assert bad.code == 2 and "use them with --what claims" in bad.err
    folder = loaded("export", "--what", "posts", "--format", "csv", "--out", str(tmp_path))
    assert folder.code == 2 and "is a folder" in folder.err
    missing = tmp_path / "no" / "such" / "out.csv"
    nodir = loaded("export", "--what", "posts", "--format", "csv", "--out", str(missing))
    assert nodir.code == 2 and "does not exist" in nodir.err


def test_an_unwritable_folder_is_a_sentence_not_a_traceback(
    tmp_path: Path, loaded: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refused(*args: Any, **kwargs: Any) -> Any:
        raise PermissionError(13, "Permission denied")

    # root writes anywhere, so the refusal a normal user gets is played by mkstemp
    monkeypatch.setattr("bot.cli.export_cmd.tempfile.mkstemp", refused)
    out = tmp_path / "claims.csv"
    result = loaded("export", "--what", "claims", "--format", "csv", "--out", str(out))
    assert result.code == 2
    assert result.err.strip() == f"claimwatch: --out {out}: cannot write there (Permission denied)."


def test_out_replaces_whole_and_leaves_no_temp(tmp_path: Path, loaded: Any) -> None:
    out = tmp_path / "claims.csv"
    out.write_text("old content that is much longer than nothing\n" * 100)
    loaded("export", "--what", "claims", "--format", "csv", "--out", str(out), "--kind", "captured")
    assert out.read_text(encoding="utf-8").count("\n") == 2  # header + one claim
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".claims")) == []


def test_deleted_posts_are_flagged(loaded: Any, db_path: Path) -> None:
    con = sqlite3.connect(db_path)
    con.execute("UPDATE posts SET deleted_at = '2024-08-01T00:00:00+00:00' WHERE ext_id = '101'")
    con.commit()
    con.close()
    claims = loaded("export", "--what", "claims", "--format", "jsonl", "--channel", "rybar").out
    assert {json.loads(x)["deleted"] for x in claims.splitlines()} == {True}
    posts = loaded("export", "--what", "posts", "--format", "jsonl", "--channel", "rybar").out
    assert json.loads(posts)["deleted_at"] == "2024-08-01T00:00:00+00:00"
