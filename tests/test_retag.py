"""Topics in the store: sync from config, tags on the write path, retag of stored posts."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
import zoneinfo
from pathlib import Path
from typing import Any

from bot.config import TopicConfig
from db.posts import NewPost
from db.sources import ensure_source
from db.store import Store
from db.topics import (
    apply_topics,
    post_topic_names,
    retag,
    sync_topics,
    topic_counts,
    window,
)
from handlers.posts import store_posts

TINZ = TopicConfig(
    name="tinzaouaten",
    title="Tinzaouaten",
    keywords=["Tinzaouaten", "Тинзауатен", "تينزاواتين"],
    since=dt.date(2024, 7, 20),
    until=dt.date(2024, 8, 31),
)
KIDAL = TopicConfig(name="kidal", title="Kidal", keywords=["Kidal", "Кидаль"])


async def _post(store: Store, ext_id: str, text: str, date: str, raw: str | None = None) -> int:
    async with store.transaction() as conn:
        src = await ensure_source(conn, "mainstream", "rfi", lang="fr")
    post = NewPost(src.id, ext_id, text, "mainstream", date=date, raw=raw)
    saved = await store_posts(store, [post], {src.id: None})
    return saved[0].post_id


async def _tags(store: Store, post_id: int) -> list[str]:
    return await post_topic_names(store.conn, post_id)


async def test_new_posts_are_tagged_in_the_write_transaction(store: Store) -> None:
    async with store.transaction() as conn:
        sync = await sync_topics(conn, [TINZ, KIDAL])
    assert sync.added == ["tinzaouaten", "kidal"]
    a = await _post(store, "a", "Засада у Тинзауатена, потом Кидаль", "2024-07-28T09:00:00+00:00")
    b = await _post(store, "b", "Kidal only", "2024-07-28T09:00:00+00:00")
    c = await _post(store, "c", "Tinzaouaten in 2023", "2023-07-28T09:00:00+00:00")
    assert await _tags(store, a) == ["kidal", "tinzaouaten"]
    assert await _tags(store, b) == ["kidal"]
    assert await _tags(store, c) == []  # outside the topic's window


async def test_changed_text_is_retagged_and_unchanged_is_left(store: Store) -> None:
    async with store.transaction() as conn:
        await sync_topics(conn, [TINZ, KIDAL])
    post_id = await _post(store, "a", "Kidal", "2024-07-28T09:00:00+00:00")
    assert await _tags(store, post_id) == ["kidal"]
    again = await _post(store, "a", "Now about Tinzaouaten", "2024-07-28T09:00:00+00:00")
    assert again == post_id
    assert await _tags(store, post_id) == ["tinzaouaten"]


async def test_topic_added_or_changed_later_reaches_stored_posts(store: Store) -> None:
    old = await _post(store, "old", "Бои у Тинзауатена", "2024-07-28T09:00:00+00:00")
    kid = await _post(store, "kid", "Kidal tonight", "2024-07-28T09:00:00+00:00")
    assert await _tags(store, old) == []
    async with store.transaction() as conn:
        await sync_topics(conn, [TINZ])
    seen: list[tuple[int, int]] = []
    result = await retag(store, batch=1, progress=lambda done, total: seen.append((done, total)))
    assert await _tags(store, old) == ["tinzaouaten"]
    assert result.posts == 2 and result.added == 1 and result.removed == 0
    assert seen[-1] == (2, 2) and len(seen) == 2
    # The keywords change: Kidal joins, the Russian spelling leaves.
    changed = TopicConfig(
        name="tinzaouaten", keywords=["Kidal"], since=TINZ.since, until=TINZ.until
    )
    async with store.transaction() as conn:
        sync = await sync_topics(conn, [changed])
    assert sync.changed == ["tinzaouaten"] and not sync.added
    result = await retag(store)
    assert await _tags(store, old) == [] and await _tags(store, kid) == ["tinzaouaten"]
    assert result.added == 1 and result.removed == 1
    assert result.per_topic == {"tinzaouaten": 1}
    # Unchanged config: nothing to do.
    async with store.transaction() as conn:
        assert not (await sync_topics(conn, [changed])).any


async def test_removed_topic_takes_its_tags_with_it(store: Store) -> None:
    async with store.transaction() as conn:
        await sync_topics(conn, [TINZ, KIDAL])
    post_id = await _post(store, "a", "Kidal", "2024-07-28T09:00:00+00:00")
    async with store.transaction() as conn:
        sync = await sync_topics(conn, [TINZ])
    assert sync.removed == ["kidal"]
    assert await _tags(store, post_id) == []
    assert await topic_counts(store.conn) == {"tinzaouaten": 0}


async def test_window_is_in_the_configured_time_zone(store: Store) -> None:
    kyiv = zoneinfo.ZoneInfo("Europe/Kyiv")  # UTC+3 in summer
    assert window(TINZ, kyiv) == ("2024-07-19T21:00:00+00:00", "2024-08-31T21:00:00+00:00")
    async with store.transaction() as conn:
        await sync_topics(conn, [TINZ], kyiv)
    # 22:30 UTC on Aug 31 is already Sep 1 in Kyiv: outside.
    late = await _post(store, "late", "Tinzaouaten", "2024-08-31T22:30:00+00:00")
    # 21:30 UTC on Jul 19 is Jul 20 in Kyiv: inside.
    early = await _post(store, "early", "Tinzaouaten", "2024-07-19T21:30:00+00:00")
    assert await _tags(store, late) == [] and await _tags(store, early) == ["tinzaouaten"]


async def test_topics_named_in_the_payload_are_kept_by_retag(store: Store) -> None:
    async with store.transaction() as conn:
        await sync_topics(conn, [TINZ, KIDAL])
    raw = json.dumps({"url": "https://wsj.com/x", "topics": ["tinzaouaten", "nope"]})
    post_id = await _post(store, "g", "Russian mercenaries ambushed in Mali", "2024-07-29", raw)
    assert await _tags(store, post_id) == ["tinzaouaten"]
    await retag(store)
    assert await _tags(store, post_id) == ["tinzaouaten"]


async def test_apply_topics_syncs_and_retags_only_when_config_changed(store: Store) -> None:
    before = await _post(store, "a", "Засада под Тинзауатеном", "2024-07-28T09:00:00+00:00")
    sync, retagged = await apply_topics(store, [TINZ])
    assert sync.added == ["tinzaouaten"] and retagged is not None and retagged.added == 1
    assert await _tags(store, before) == ["tinzaouaten"]
    sync, retagged = await apply_topics(store, [TINZ])
    assert not sync.any and retagged is None


def test_ingest_tags_with_the_config_topics_without_a_retag(
    tmp_path: Path, db_path: Path, cli: Any
) -> None:
    posts = tmp_path / "posts.jsonl"
    posts.write_text(
        json.dumps({"id": "1", "text": "Ambush near Tinzaouaten", "date": "2024-07-28"}) + "\n",
        encoding="utf-8",
    )
    config = tmp_path / "topics.toml"
    config.write_text(
        '[[topics]]\nname = "tinzaouaten"\ntitle = "Tinzaouaten"\nkeywords = ["Tinzaouaten"]\n',
        encoding="utf-8",
    )
    result = cli("ingest", str(posts), config_path=config)
    assert result.code == 0, result.err
    assert "topics added: tinzaouaten" in result.out
    con = sqlite3.connect(db_path)
    try:
        tagged = con.execute(
            "SELECT p.ext_id FROM post_topics pt JOIN posts p ON p.id = pt.post_id"
        ).fetchall()
    finally:
        con.close()
    assert tagged == [("1",)]
    digest = cli("digest", "--topic", "tinzaouaten", "--format", "json", config_path=config)
    assert digest.code == 0, digest.err
