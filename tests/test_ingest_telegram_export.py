"""`claimwatch ingest` of Telegram Desktop exports: one channel, a whole account, bad files."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any

from tests.conftest import CliResult, FakeExtractor

CHANNEL_ID = 1326223284


def message(mid: int, text: Any, **extra: Any) -> dict[str, Any]:
    msg: dict[str, Any] = {
        "id": mid,
        "type": "message",
        "date": "2024-07-28T12:00:00",
        "date_unixtime": str(1722157200 + mid * 60),
        "from": "Рыбарь",
        "from_id": f"channel{CHANNEL_ID}",
        "text": text,
    }
    msg.update(extra)
    return msg


def channel_export(messages: list[dict[str, Any]], **chat: Any) -> dict[str, Any]:
    return {
        "name": chat.get("name", "Рыбарь"),
        "type": chat.get("type", "public_channel"),
        "id": chat.get("id", CHANNEL_ID),
        "messages": messages,
    }


def write(path: Path, data: Any) -> Path:
    # Telegram Desktop writes UTF-8 with one-space indentation.
    path.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
    return path


def rows(db: Path, sql: str, *args: Any) -> list[tuple[Any, ...]]:
    con = sqlite3.connect(db)
    try:
        return con.execute(sql, args).fetchall()
    finally:
        con.close()


SAMPLE = [
    {"id": 1, "type": "service", "date": "2024-07-28T11:00:00", "actor": "Рыбарь",
     "action": "pin_message", "text": ""},
    message(2, "Уничтожено 12 killed боевиков"),
    message(3, ["Под ", {"type": "bold", "text": "Тинзауатеном"}, " погибли 80 killed; ",
                {"type": "text_link", "text": "источник", "href": "https://t.me/x/1"}]),
    message(4, "", photo="photos/photo_1.jpg"),
    message(5, "Правка 3 wounded", edited="2024-07-28T13:00:00", edited_unixtime="1722171600"),
]  # fmt: skip


def test_single_channel_export(tmp_path: Path, db_path: Path, cli: Any) -> None:
    path = write(tmp_path / "result.json", channel_export(SAMPLE))
    result: CliResult = cli("ingest", str(path), "--channel", "@Rybar", "--side", "ru")
    assert result.code == 0, result.err
    assert "3 new, 0 changed, 0 unchanged" in result.out
    assert "1 service messages, 1 posts without text" in result.out
    got = rows(
        db_path,
        "SELECT p.msg_id, p.text, p.url, p.date, v.edit_date, s.handle, s.side, s.tg_id, s.title"
        " FROM posts p JOIN sources s ON s.id = p.source_id"
        " JOIN post_versions v ON v.post_id = p.id ORDER BY p.msg_id",
    )
    assert [r[0] for r in got] == [2, 3, 5]
    # Entity parts are joined into the plain text, links and formatting dropped.
    assert got[1][1] == "Под Тинзауатеном погибли 80 killed; источник"
    assert got[0][2] == "https://t.me/rybar/2"
    assert got[0][3] == "2024-07-28T09:02:00+00:00"  # from date_unixtime, UTC
    assert got[2][4] == "2024-07-28T13:00:00+00:00"
    assert got[0][5:] == ("rybar", "ru", CHANNEL_ID, "Рыбарь")
    raw = json.loads(rows(db_path, "SELECT raw FROM posts WHERE msg_id = 3")[0][0])
    assert raw["text"][3]["href"] == "https://t.me/x/1"  # the payload as received


def test_reingest_adds_nothing(tmp_path: Path, db_path: Path, cli: Any) -> None:
    path = write(tmp_path / "result.json", channel_export(SAMPLE))
    assert cli("ingest", str(path), "--channel", "rybar").code == 0
    again = cli("ingest", str(path), "--channel", "rybar")
    assert again.code == 0
    assert "0 new, 0 changed, 3 unchanged" in again.out
    assert rows(db_path, "SELECT count(*) FROM posts")[0][0] == 3
    assert rows(db_path, "SELECT count(*) FROM post_versions")[0][0] == 3


def test_edited_text_becomes_a_version_with_its_own_claims(
    tmp_path: Path, db_path: Path, cli: Any, fake_extractor: FakeExtractor
) -> None:
    first = write(tmp_path / "a.json", channel_export([message(7, "Уничтожено 12 killed")]))
    assert "claims: 1 extracted" in cli("ingest", str(first), "--channel", "rybar").out
    edited = write(
        tmp_path / "b.json",
        channel_export(
            [message(7, "Уничтожено 15 killed", edited_unixtime="1722171600", edited="x")]
        ),
    )
    result = cli("ingest", str(edited), "--channel", "rybar")
    assert "0 new, 1 changed, 0 unchanged" in result.out
    versions = rows(db_path, "SELECT version, text, edit_date FROM post_versions ORDER BY version")
    assert versions == [
        (1, "Уничтожено 12 killed", None),
        (2, "Уничтожено 15 killed", "2024-07-28T13:00:00+00:00"),
    ]
    claims = rows(
        db_path,
        "SELECT v.version, c.low FROM claims c JOIN post_versions v ON v.id = c.version_id"
        " ORDER BY v.version",
    )
    assert claims == [(1, 12), (2, 15)]  # the old version's claim is kept with it
    assert rows(db_path, "SELECT text, version FROM posts") == [("Уничтожено 15 killed", 2)]


def test_unicode_round_trips_byte_exact(tmp_path: Path, db_path: Path, cli: Any) -> None:
    texts = [
        "قُتل 54 عنصراً من \u200fفاغنر\u200f في تينزاواتين",  # Arabic with RTL marks
        "Уничтожено более 40 боевиков ВСУ 🔥🇷🇺",  # Cyrillic and flag emoji
        "\u202bمقاتلين\u202c mixed \u200e LTR \u2066isolate\u2069 👨‍👩‍👧 e\u0301",  # embeddings, ZWJ
        "  leading and trailing spaces, a tab\tand\r\nCRLF  ",
    ]
    path = write(
        tmp_path / "r.json", channel_export([message(i, t) for i, t in enumerate(texts, 1)])
    )
    assert cli("ingest", str(path), "--channel", "rybar").code == 0
    stored = rows(db_path, "SELECT text FROM posts ORDER BY msg_id")
    assert [r[0].encode("utf-8") for r in stored] == [t.encode("utf-8") for t in texts]
    exported = cli("export", "--what", "posts", "--format", "jsonl")
    assert [json.loads(line)["text"] for line in exported.out.splitlines()] == texts


def test_full_account_export_reads_channels(tmp_path: Path, db_path: Path, cli: Any) -> None:
    data = {
        "about": "Here is the data you requested.",
        "personal_information": {"first_name": "A", "phone_number": "+0 000"},
        "contacts": {"about": "", "list": [{"first_name": "B", "phone_number": "+1"}]},
        "chats": {
            "about": "This page lists all chats from this export.",
            "list": [
                {"name": "Mum", "type": "personal_chat", "id": 11,
                 "messages": [message(1, "private 3 killed")]},
                channel_export([message(1, "Rybar post"), message(2, "Rybar two")]),
                {"name": "Family", "type": "private_group", "id": 12,
                 "messages": [message(1, "group chat")]},
            ],
        },
        "left_chats": {
            "about": "",
            "list": [channel_export([message(9, "Old channel post")], name="Old", id=555)],
        },
    }  # fmt: skip
    path = write(tmp_path / "result.json", data)
    result = cli("ingest", str(path))
    assert result.code == 0, result.err
    assert "3 new" in result.out
    assert "2 chats that are not channels (personal_chat 1, private_group 1" in result.out
    got = rows(
        db_path,
        "SELECT s.handle, s.title, s.tg_id, p.msg_id, p.url FROM posts p"
        " JOIN sources s ON s.id = p.source_id ORDER BY s.tg_id, p.msg_id",
    )
    # No username in the export: handles are made from the id, and no t.me link is guessed.
    assert got == [
        ("tg-555", "Old", 555, 9, None),
        (f"tg-{CHANNEL_ID}", "Рыбарь", CHANNEL_ID, 1, None),
        (f"tg-{CHANNEL_ID}", "Рыбарь", CHANNEL_ID, 2, None),
    ]
    everything = cli("ingest", str(path), "--all-chats")
    assert "2 new, 0 changed, 3 unchanged" in everything.out


def test_channel_name_given_later_renames_and_links(
    tmp_path: Path, db_path: Path, cli: Any
) -> None:
    path = write(tmp_path / "result.json", channel_export([message(2, "a post")]))
    cli("ingest", str(path))
    assert rows(db_path, "SELECT url FROM posts") == [(None,)]
    result = cli("ingest", str(path), "--channel", "rybar")
    assert "0 new, 0 changed, 1 unchanged" in result.out
    assert f"tg-{CHANNEL_ID} is now known as @rybar" in result.err
    assert rows(db_path, "SELECT handle FROM sources") == [("rybar",)]
    assert rows(db_path, "SELECT url FROM posts") == [("https://t.me/rybar/2",)]
    # The channel id now belongs to @rybar; another name for it is refused, not guessed.
    clash = cli("ingest", str(path), "--channel", "someone_else")
    assert "is stored as @rybar" in clash.err
    assert rows(db_path, "SELECT count(*) FROM sources")[0][0] == 1


def test_bad_messages_are_reported_and_skipped(tmp_path: Path, db_path: Path, cli: Any) -> None:
    msgs = [
        message(1, "good one"),
        {"type": "message", "text": "no id"},
        message(3, 42),
        message(4, "bad date", date_unixtime="soon"),
        message(5, "good two"),
    ]
    path = write(tmp_path / "result.json", channel_export(msgs))
    result = cli("ingest", str(path), "--channel", "rybar")
    assert result.code == 0
    assert "2 new" in result.out and "errors: 3" in result.out
    assert 'message has no numeric "id"' in result.err
    assert "(chat 'Рыбарь', message 3): \"text\" is neither a string" in result.err
    assert "\"date_unixtime\" 'soon' is not a Unix time" in result.err
    assert rows(db_path, "SELECT msg_id FROM posts ORDER BY msg_id") == [(1,), (5,)]


def test_truncated_export_keeps_what_came_before(tmp_path: Path, db_path: Path, cli: Any) -> None:
    full = json.dumps(
        channel_export([message(i, f"post number {i}") for i in range(1, 201)]), indent=1
    ).encode()
    path = tmp_path / "result.json"
    path.write_bytes(full[: len(full) * 2 // 3])
    result = cli("ingest", str(path), "--channel", "rybar")
    assert result.code == 0  # something was read
    assert "the JSON ends abruptly at line" in result.err and "truncated" in result.err
    stored = rows(db_path, "SELECT count(*), min(msg_id), max(msg_id) FROM posts")[0]
    assert 100 < stored[0] < 200 and stored[1] == 1 and stored[2] == stored[0]


def test_cp1251_export_is_refused_with_the_fix(tmp_path: Path, db_path: Path, cli: Any) -> None:
    text = json.dumps(channel_export([message(1, "Уничтожено 40")]), ensure_ascii=False, indent=1)
    path = tmp_path / "result.json"
    path.write_bytes(text.encode("cp1251"))
    result = cli("ingest", str(path))
    assert result.code == 1
    assert "is not UTF-8 text (it looks like cp1251)" in result.err
    assert "iconv -f cp1251 -t utf-8" in result.err
    assert "Traceback" not in result.err


def test_bom_is_accepted(tmp_path: Path, db_path: Path, cli: Any) -> None:
    path = tmp_path / "result.json"
    body = json.dumps(channel_export([message(1, "x")]), ensure_ascii=False).encode()
    path.write_bytes(b"\xef\xbb\xbf" + body)
    assert "1 new" in cli("ingest", str(path), "--channel", "rybar").out


def test_files_that_are_not_exports(tmp_path: Path, cli: Any) -> None:
    empty = tmp_path / "empty.json"
    empty.write_bytes(b"  \n")
    other = write(tmp_path / "other.json", {"hello": "world"})
    html = tmp_path / "messages.html"
    html.write_text("<!DOCTYPE html><html><head><title>Exported Data</title></head></html>")
    folder = tmp_path / "ChatExport"
    folder.mkdir()
    result = cli(
        "ingest", str(empty), str(other), str(html), str(folder), str(tmp_path / "missing.json")
    )
    assert result.code == 1
    assert f"{empty}: is empty" in result.err
    assert f"{other}: is JSON but not a Telegram Desktop export" in result.err
    assert "Machine-readable JSON" in result.err
    assert f"{folder}: is a folder; pass the result.json inside it" in result.err
    assert "missing.json: no such file" in result.err
    assert "errors: 5 (5 inputs unreadable)" in result.out
    assert "Traceback" not in result.err


def test_bad_options_get_one_sentence(tmp_path: Path, cli: Any) -> None:
    path = write(tmp_path / "r.json", channel_export([message(1, "x")]))
    side = cli("ingest", str(path), "--side", "russia")
    assert side.code == 2 and "--side 'russia' is not an actor id" in side.err
    assert "e.g. --side ru" in side.err
    lang = cli("ingest", str(path), "--lang", "de")
    assert lang.code == 2 and "e.g. --lang uk" in lang.err
