"""`claimwatch reextract`: claims for raw posts, supersede on upgrade, never delete, resume."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from db.migrations import MIGRATIONS
from db.store import Store, _statements
from tests.conftest import FakeExtractor


def rows(db: Path, sql: str, *args: Any) -> list[tuple[Any, ...]]:
    con = sqlite3.connect(db)
    try:
        return con.execute(sql, args).fetchall()
    finally:
        con.close()


@pytest.fixture
def raw_posts(tmp_path: Path, cli: Any, fake_extractor: FakeExtractor) -> Any:
    path = tmp_path / "p.jsonl"
    lines = [
        {"id": "1", "channel": "rybar", "channel_side": "ru", "text": "12 killed"},
        {"id": "2", "channel": "rybar", "channel_side": "ru", "text": "nothing here"},
        {"id": "3", "channel": "wargonzo", "channel_side": "ru", "text": "4 wounded, 2 captured"},
    ]
    path.write_text("".join(json.dumps(x) + "\n" for x in lines), encoding="utf-8")
    result = cli("ingest", str(path), "--no-extract")
    assert result.code == 0 and "claims: none extracted (--no-extract)" in result.out
    assert fake_extractor.calls == 0
    return cli


def test_raw_posts_get_claims_once(
    raw_posts: Any, db_path: Path, fake_extractor: FakeExtractor
) -> None:
    first = raw_posts("reextract")
    assert first.code == 0, first.err
    assert "extractor fake-1: 3 posts, 3 claims stored, 0 older claims superseded" in first.out
    assert rows(db_path, "SELECT count(*) FROM claims WHERE extractor_version = 'fake-1'") == [(3,)]
    # A post where nothing was found is not run again either.
    calls = fake_extractor.calls
    again = raw_posts("reextract")
    assert "0 posts, 0 claims" in again.out
    assert fake_extractor.calls == calls


def test_upgrade_supersedes_and_keeps_old_claims(
    raw_posts: Any, db_path: Path, fake_extractor: FakeExtractor
) -> None:
    raw_posts("reextract")
    fake_extractor.set_version("fake-2")
    fake_extractor.victim = "wagner"
    result = raw_posts("reextract")
    assert "extractor fake-2: 3 posts, 3 claims stored, 3 older claims superseded" in result.out
    got = rows(
        db_path,
        "SELECT extractor_version, victim, superseded_at IS NOT NULL FROM claims ORDER BY id",
    )
    assert got == [
        ("fake-1", "ua", 1),
        ("fake-1", "ua", 1),
        ("fake-1", "ua", 1),
        ("fake-2", "wagner", 0),
        ("fake-2", "wagner", 0),
        ("fake-2", "wagner", 0),
    ]
    listed = raw_posts("claims", "--format", "jsonl").out.splitlines()
    assert {json.loads(x)["extractor_version"] for x in listed} == {"fake-2"}


def test_all_redoes_the_same_version(
    raw_posts: Any, db_path: Path, fake_extractor: FakeExtractor
) -> None:
    raw_posts("reextract")
    result = raw_posts("reextract", "--all")
    assert "3 posts, 3 claims stored, 3 older claims superseded" in result.out
    assert rows(db_path, "SELECT count(*) FROM claims WHERE superseded_at IS NULL") == [(3,)]


def test_source_limits_the_run(raw_posts: Any, db_path: Path) -> None:
    result = raw_posts("reextract", "--source", "@wargonzo")
    assert "1 posts, 2 claims stored" in result.out
    bad = raw_posts("reextract", "--source", "nosuch")
    assert bad.code == 2 and "no source 'nosuch' in the database" in bad.err


def test_extractor_failure_is_retried_later(
    tmp_path: Path, cli: Any, db_path: Path, fake_extractor: FakeExtractor
) -> None:
    path = tmp_path / "p.jsonl"
    path.write_text(
        json.dumps({"id": "1", "text": "CRASH 1 killed"}) + "\n"
        + json.dumps({"id": "2", "text": "2 killed"}) + "\n",
        encoding="utf-8",
    )  # fmt: skip
    cli("ingest", str(path), "--no-extract")
    result = cli("reextract")
    assert result.code == 0
    assert "1 posts, 1 claims stored" in result.out
    assert "the extractor failed on 1 posts" in result.out
    retry = cli("reextract")
    assert "the extractor failed on 1 posts" in retry.out  # still pending, tried again


def test_edited_post_reextracts_only_its_current_version(
    tmp_path: Path, raw_posts: Any, db_path: Path
) -> None:
    path = tmp_path / "edit.jsonl"
    path.write_text(json.dumps({"id": "1", "channel": "rybar", "text": "13 killed"}) + "\n")
    raw_posts("ingest", str(path), "--no-extract")
    raw_posts("reextract")
    got = rows(
        db_path,
        "SELECT v.version, c.low FROM claims c JOIN post_versions v ON v.id = c.version_id"
        " JOIN posts p ON p.id = c.post_id WHERE p.ext_id = '1'",
    )
    assert got == [(2, 13)]


async def test_migration_marks_versions_that_have_claims(tmp_path: Path) -> None:
    """A database from before the marker gets it from the claims already there."""
    path = tmp_path / "old.db"
    step = next(i for i, m in enumerate(MIGRATIONS) if m.name == "0005_extracted_with")
    con = sqlite3.connect(path)
    for number, migration in enumerate(MIGRATIONS[:step], start=1):
        for stmt in _statements(migration.sql):
            con.execute(stmt)
        con.execute(f"PRAGMA user_version = {number}")
    now = "2024-07-28T00:00:00+00:00"
    con.execute(
        "INSERT INTO sources (id, kind, handle, created_at) VALUES (1, 'telegram', 'x', ?)",
        (now,),
    )
    for pid in (1, 2):
        con.execute(
            "INSERT INTO posts (id, source_id, ext_id, kind, text, first_seen, updated_at)"
            " VALUES (?, 1, ?, 'telegram', 't', ?, ?)",
            (pid, str(pid), now, now),
        )
        con.execute(
            "INSERT INTO post_versions (id, post_id, version, text, seen_at) VALUES (?, ?, 1, 't', ?)",
            (pid, pid, now),
        )
    con.execute(
        "INSERT INTO claims (post_id, version_id, kind, victim, extractor_version, created_at)"
        " VALUES (1, 1, 'killed', 'ua', '0.9', ?)",
        (now,),
    )
    con.commit()
    con.close()
    store = await Store.open(path)
    await store.close()
    assert rows(path, "SELECT id, extractor_version FROM post_versions ORDER BY id") == [
        (1, "0.9"),
        (2, None),
    ]


def test_workers_extract_a_large_backlog(tmp_path: Path, cli: Any, db_path: Path) -> None:
    """Enough raw posts to start worker processes; they run the real extractor."""
    import extractors

    path = tmp_path / "many.jsonl"
    path.write_text(
        "".join(
            json.dumps({"id": str(i), "channel": "rybar", "channel_side": "ru", "lang": "ru",
                        "text": f"Уничтожено {i} боевиков ВСУ"}) + "\n"
            for i in range(1, 301)
        ),
        encoding="utf-8",
    )  # fmt: skip
    assert cli("ingest", str(path), "--no-extract").code == 0
    result = cli("reextract", "--jobs", "2", "--batch", "100")
    assert result.code == 0, result.err
    assert "300 posts" in result.out
    assert rows(db_path, "SELECT DISTINCT extractor_version FROM post_versions") == [
        (extractors.EXTRACTOR_VERSION,)
    ]
    # The workers' claims are the claims this process would have found.
    got = rows(
        db_path,
        "SELECT p.text, c.kind, c.victim, c.low, c.high FROM claims c"
        " JOIN posts p ON p.id = c.post_id ORDER BY p.id, c.id",
    )
    expected = [
        (text, c.kind, c.victim, c.low, c.high)
        for (text,) in rows(db_path, "SELECT text FROM posts ORDER BY id")
        for c in extractors.extract(text, lang="ru", channel_side="ru")
    ]
    assert got == expected


async def test_curated_source_figures_are_never_reextracted(tmp_path: Path) -> None:
    from db.claims import count_to_extract, next_to_extract
    from db.posts import NewPost, save_posts
    from db.sources import ensure_source
    from extractors.claim import Claim

    store = await Store.open(tmp_path / "c.db")
    try:
        async with store.transaction() as conn:
            src = await ensure_source(conn, "mainstream", "acled")
            event = NewPost(src.id, "e1", "Battle near Tinzaouaten: 47 fatalities.", "mainstream")
            await save_posts(
                conn,
                [event],
                lambda p: [Claim("killed", "unknown", 47, 47, claimant="acled")],
                "acled/1",
            )
            for redo in (False, True):
                assert await count_to_extract(conn, "9.9.9", redo_all=redo) == 0
                assert await next_to_extract(conn, "9.9.9", redo_all=redo) == []
    finally:
        await store.close()
