"""Topics in the store: synced from config, and the post_topics tags they put on posts.

A post's topics are a function of the post: the topics whose keywords its text
matches within their windows, plus any topic its raw payload names under
"topics" (GDELT articles found by a topic's query). The same function tags new
and changed posts on the write path and retags every stored post, so a topic
added or changed later reaches the posts stored before it.

The window is stored resolved: `since` is the first instant (ISO UTC, inclusive)
and `until` the end instant (ISO UTC, exclusive) of the configured local days.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

import aiosqlite

from bot.config import TopicConfig
from bot.topics import TopicMatcher, TopicSpec
from db.posts import NewPost, Saved
from db.store import Store
from db.util import now_iso

_CHUNK = 400


@dataclass(frozen=True)
class TopicSync:
    added: list[str] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)

    @property
    def any(self) -> bool:
        return bool(self.added or self.changed or self.removed)


@dataclass
class RetagResult:
    posts: int = 0
    added: int = 0
    removed: int = 0
    per_topic: dict[str, int] = field(default_factory=dict)  # tagged posts after the run


def window(topic: TopicConfig, tz: dt.tzinfo) -> tuple[str | None, str | None]:
    """The local days since..until as ISO UTC instants [start, end)."""

    def midnight(day: dt.date) -> str:
        local = dt.datetime(day.year, day.month, day.day, tzinfo=tz)
        return local.astimezone(dt.UTC).isoformat()

    start = midnight(topic.since) if topic.since else None
    end = midnight(topic.until + dt.timedelta(days=1)) if topic.until else None
    return start, end


async def sync_topics(
    conn: aiosqlite.Connection, topics: Sequence[TopicConfig], tz: dt.tzinfo = dt.UTC
) -> TopicSync:
    """Make the topics table what config says; call inside a transaction."""
    cur = await conn.execute("SELECT name, title, keywords, since, until FROM topics")
    stored = {row[0]: tuple(row) for row in await cur.fetchall()}
    result = TopicSync()
    now = now_iso()
    for topic in topics:
        since, until = window(topic, tz)
        row = (
            topic.name,
            topic.title,
            json.dumps(topic.keywords, ensure_ascii=False),
            since,
            until,
        )
        if topic.name not in stored:
            result.added.append(topic.name)
        elif stored[topic.name] != row:
            result.changed.append(topic.name)
        else:
            continue
        await conn.execute(
            "INSERT INTO topics (name, title, keywords, since, until, updated_at)"
            " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (name) DO UPDATE SET title = excluded.title,"
            " keywords = excluded.keywords, since = excluded.since, until = excluded.until,"
            " updated_at = excluded.updated_at",
            (*row, now),
        )
    wanted = {t.name for t in topics}
    for name in sorted(set(stored) - wanted):
        # post_topics rows go with it (ON DELETE CASCADE): tags are derived, retag restores them.
        await conn.execute("DELETE FROM topics WHERE name = ?", (name,))
        result.removed.append(name)
    return result


_cache: tuple[tuple[Any, ...], TopicMatcher] | None = None


async def load_matcher(conn: aiosqlite.Connection) -> TopicMatcher:
    """The compiled matcher of the stored topics; recompiled only when a topic changed."""
    global _cache
    cur = await conn.execute("SELECT id, name, keywords, since, until FROM topics ORDER BY id")
    rows = tuple(tuple(r) for r in await cur.fetchall())
    if _cache is not None and _cache[0] == rows:
        return _cache[1]
    specs = [
        TopicSpec(int(r[0]), str(r[1]), tuple(json.loads(r[2] or "[]")), r[3], r[4]) for r in rows
    ]
    matcher = TopicMatcher(specs)
    _cache = (rows, matcher)
    return matcher


def topics_of_post(matcher: TopicMatcher, text: str, date: str | None, raw: str | None) -> set[int]:
    """Every topic id the post belongs to: text matches plus topics its payload names."""
    found = set(matcher.match(text, date))
    if raw and '"topics"' in raw:
        try:
            declared = json.loads(raw).get("topics") or []
        except (ValueError, AttributeError):
            declared = []
        by_name = {t.name: t.id for t in matcher.topics.values()}
        for name in declared:
            topic_id = by_name.get(str(name))
            if topic_id is not None and matcher.in_window(topic_id, date):
                found.add(topic_id)
    return found


async def tag_saved(
    conn: aiosqlite.Connection,
    posts: Sequence[NewPost],
    saved: Sequence[Saved],
    matcher: TopicMatcher | None = None,
) -> int:
    """Tag the new and changed posts of a `save_posts` batch (same transaction); return tags."""
    matcher = matcher if matcher is not None else await load_matcher(conn)
    if not matcher.topics:
        return 0
    changed: list[tuple[int]] = []
    rows: list[tuple[int, int]] = []
    for post, result in zip(posts, saved, strict=True):
        if result.status == "unchanged":
            continue
        if result.status == "changed":
            changed.append((result.post_id,))
        for topic_id in topics_of_post(matcher, post.text, post.date, post.raw):
            rows.append((result.post_id, topic_id))
    if changed:
        await conn.executemany("DELETE FROM post_topics WHERE post_id = ?", changed)
    if rows:
        await conn.executemany(
            "INSERT OR IGNORE INTO post_topics (post_id, topic_id) VALUES (?, ?)", rows
        )
    return len(rows)


async def post_topic_names(conn: aiosqlite.Connection, post_id: int) -> list[str]:
    cur = await conn.execute(
        "SELECT t.name FROM post_topics pt JOIN topics t ON t.id = pt.topic_id"
        " WHERE pt.post_id = ? ORDER BY t.name",
        (post_id,),
    )
    return [str(r[0]) for r in await cur.fetchall()]


async def _existing(conn: aiosqlite.Connection, ids: Sequence[int]) -> dict[int, set[int]]:
    out: dict[int, set[int]] = {i: set() for i in ids}
    for i in range(0, len(ids), _CHUNK):
        chunk = ids[i : i + _CHUNK]
        cur = await conn.execute(
            f"SELECT post_id, topic_id FROM post_topics WHERE post_id IN ({','.join('?' * len(chunk))})",
            chunk,
        )
        for post_id, topic_id in await cur.fetchall():
            out[post_id].add(topic_id)
    return out


async def retag(
    store: Store,
    *,
    batch: int = 2000,
    progress: Callable[[int, int], None] | None = None,
) -> RetagResult:
    """Bring every stored post's tags in line with the stored topics.

    Works in batches, one short write transaction each, so the bot keeps storing
    posts meanwhile. `progress(done, total)` is called after each batch.
    """
    conn = store.conn
    matcher = await load_matcher(conn)
    total_row = await (await conn.execute("SELECT COUNT(*) FROM posts")).fetchone()
    total = int(total_row[0]) if total_row else 0
    result = RetagResult()
    last_id = 0
    while True:
        cur = await conn.execute(
            "SELECT id, text, date, raw FROM posts WHERE id > ? ORDER BY id LIMIT ?",
            (last_id, batch),
        )
        rows = list(await cur.fetchall())
        if not rows:
            break
        last_id = int(rows[-1][0])
        want = {int(r[0]): topics_of_post(matcher, r[1], r[2], r[3]) for r in rows}
        async with store.transaction() as tx:
            have = await _existing(tx, list(want))
            add = [(p, t) for p, ts in want.items() for t in ts - have[p]]
            drop = [(p, t) for p, ts in have.items() for t in ts - want[p]]
            if add:
                await tx.executemany(
                    "INSERT OR IGNORE INTO post_topics (post_id, topic_id) VALUES (?, ?)", add
                )
            if drop:
                await tx.executemany(
                    "DELETE FROM post_topics WHERE post_id = ? AND topic_id = ?", drop
                )
        result.posts += len(rows)
        result.added += len(add)
        result.removed += len(drop)
        if progress:
            progress(result.posts, total)
    result.per_topic = await topic_counts(conn)
    return result


async def apply_topics(
    store: Store,
    topics: Sequence[TopicConfig],
    tz: dt.tzinfo = dt.UTC,
    *,
    progress: Callable[[int, int], None] | None = None,
) -> tuple[TopicSync, RetagResult | None]:
    """Config's topics into the store, then every stored post retagged if any changed.

    Every process that stores posts calls this first (run, ingest, backfill, the
    poller): posts are tagged with the topics the store holds, so a topic only in
    config.toml would tag nothing, and one added later must reach the posts before it.
    """
    async with store.transaction() as conn:
        sync = await sync_topics(conn, topics, tz)
    if not sync.any:
        return sync, None
    return sync, await retag(store, progress=progress)


async def topic_counts(conn: aiosqlite.Connection) -> dict[str, int]:
    cur = await conn.execute(
        "SELECT t.name, COUNT(pt.post_id) FROM topics t"
        " LEFT JOIN post_topics pt ON pt.topic_id = t.id GROUP BY t.id ORDER BY t.name"
    )
    return {str(r[0]): int(r[1]) for r in await cur.fetchall()}
