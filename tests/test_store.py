"""The store: WAL, foreign keys, migrations from every version, refusing newer files."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from db.migrations import MIGRATIONS, latest_version
from db.posts import NewPost, save_posts
from db.sources import ensure_source, tme_link
from db.store import Store, StoreError
from extractors.claim import Claim


async def test_fresh_file_is_wal_with_foreign_keys(store: Store, db_path: Path) -> None:
    mode = await (await store.conn.execute("PRAGMA journal_mode")).fetchone()
    fk = await (await store.conn.execute("PRAGMA foreign_keys")).fetchone()
    assert mode is not None and mode[0] == "wal"
    assert fk is not None and fk[0] == 1
    assert await store.version() == latest_version()
    assert db_path.exists()


@pytest.mark.parametrize("start", range(len(MIGRATIONS)))
async def test_upgrade_from_each_earlier_version(tmp_path: Path, start: int) -> None:
    path = tmp_path / "old.db"
    con = sqlite3.connect(path)
    from db.store import _statements

    for number, step in enumerate(MIGRATIONS[:start], start=1):
        for stmt in _statements(step.sql):
            con.execute(stmt)
        con.execute(f"PRAGMA user_version = {number}")
    con.commit()
    con.close()
    s = await Store.open(path)
    try:
        assert await s.version() == latest_version()
        cur = await s.conn.execute("SELECT name FROM sqlite_master WHERE type='table'")
        tables = {r[0] for r in await cur.fetchall()}
        assert {"sources", "posts", "post_versions", "deletions", "claims"} <= tables
    finally:
        await s.close()


async def test_newer_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "future.db"
    con = sqlite3.connect(path)
    con.execute(f"PRAGMA user_version = {latest_version() + 1}")
    con.commit()
    con.close()
    with pytest.raises(StoreError, match="newer than this claimwatch"):
        await Store.open(path)


async def test_not_a_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "junk.db"
    path.write_bytes(b"this is not sqlite at all" * 100)
    with pytest.raises(StoreError, match="not a claimwatch database"):
        await Store.open(path)


async def test_missing_folder_says_so(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="does not exist"):
        await Store.open(tmp_path / "nope" / "x.db")


async def test_failed_transaction_rolls_back(store: Store) -> None:
    with pytest.raises(RuntimeError):
        async with store.transaction() as conn:
            await ensure_source(conn, "telegram", "rybar")
            raise RuntimeError("boom")
    cur = await store.conn.execute("SELECT count(*) FROM sources")
    row = await cur.fetchone()
    assert row is not None and row[0] == 0


async def test_edit_keeps_old_version_and_its_claims(store: Store) -> None:
    claim_v1 = Claim("killed", "ua", 40, None)
    claim_v2 = Claim("killed", "ua", 50, None)
    async with store.transaction() as conn:
        src = await ensure_source(conn, "telegram", "@Rybar")
        post = NewPost(src.id, "5", "уничтожено более 40", "telegram", msg_id=5)
        first = await save_posts(conn, [post], lambda p: [claim_v1], "t")
        again = await save_posts(conn, [post], lambda p: [claim_v1], "t")
        edited = NewPost(src.id, "5", "уничтожено более 50", "telegram", msg_id=5)
        second = await save_posts(conn, [edited], lambda p: [claim_v2], "t")
    assert [r.status for r in first + again + second] == ["new", "unchanged", "changed"]
    cur = await store.conn.execute("SELECT version, text FROM post_versions ORDER BY version")
    assert [tuple(r) for r in await cur.fetchall()] == [
        (1, "уничтожено более 40"),
        (2, "уничтожено более 50"),
    ]
    cur = await store.conn.execute(
        "SELECT v.version, c.low FROM claims c JOIN post_versions v ON v.id = c.version_id"
    )
    assert sorted(tuple(r) for r in await cur.fetchall()) == [(1, 40), (2, 50)]
    cur = await store.conn.execute("SELECT handle FROM sources")
    assert [r[0] for r in await cur.fetchall()] == ["rybar"]


async def test_an_invalid_claim_never_costs_the_post(store: Store) -> None:
    bad = Claim("killed", "ua", 5, 5, scope="forever")
    good = Claim("wounded", "ua", 3, 3)
    async with store.transaction() as conn:
        src = await ensure_source(conn, "telegram", "rybar")
        post = NewPost(src.id, "9", "text", "telegram", msg_id=9)
        saved = await save_posts(conn, [post], lambda p: [bad, good], "t")
    assert saved[0].status == "new" and saved[0].claims == 1
    cur = await store.conn.execute("SELECT kind FROM claims")
    assert [r[0] for r in await cur.fetchall()] == ["wounded"]


async def test_two_processes_opening_a_new_file_migrate_it_once(tmp_path: Path) -> None:
    import asyncio

    path = tmp_path / "race.db"
    first, second = await asyncio.gather(Store.open(path), Store.open(path))
    try:
        assert await first.version() == await second.version() == latest_version()
    finally:
        await first.close()
        await second.close()


@pytest.mark.parametrize(
    ("handle", "msg_id", "link"),
    [
        ("rybar", 61201, "https://t.me/rybar/61201"),
        ("GeneralStaffZSU", 7, "https://t.me/GeneralStaffZSU/7"),
        ("tg-1700000101", 3090, None),  # an export chat whose username is not known
        ("rfi.fr", 1, None),  # an outlet
        ("rybar", None, None),
        (None, 5, None),
    ],
)
def test_post_links_only_for_public_usernames(
    handle: str | None, msg_id: int | None, link: str | None
) -> None:
    assert tme_link(handle, msg_id) == link
