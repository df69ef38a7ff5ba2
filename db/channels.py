"""Watched Telegram channels: config and /watch in one table, albums, cursors, the overview.

Config wins on conflict: a channel listed in config.toml keeps the side and
language written there whatever /watch says, and /unwatch cannot stop it
(remove it from the file instead). A channel removed from the file stops being
watched at the next start. Call the writers inside a transaction.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Literal, Protocol

import aiosqlite

from db.sources import Source, ensure_source, get_source, normalise_handle

KIND = "telegram"
WatchResult = Literal["added", "reactivated", "updated", "unchanged", "config"]
UnwatchResult = Literal["stopped", "config", "unknown", "inactive"]


class ChannelSpec(Protocol):
    """What config.toml says of one channel (bot.config.ChannelConfig has these fields)."""

    @property
    def username(self) -> str: ...
    @property
    def side(self) -> str | None: ...
    @property
    def lang(self) -> str | None: ...
    @property
    def title(self) -> str | None: ...


async def watched_sources(conn: aiosqlite.Connection) -> list[Source]:
    """Channels to read: active, and put there by config or /watch (not by a file ingest)."""
    cur = await conn.execute(
        "SELECT * FROM sources WHERE kind = ? AND active = 1 AND origin IN ('config', 'bot')"
        " ORDER BY handle",
        (KIND,),
    )
    return [Source.from_row(r) for r in await cur.fetchall()]


async def sync_config_channels(
    conn: aiosqlite.Connection, channels: Sequence[ChannelSpec]
) -> list[Source]:
    """Make the table say what config.toml says; return the configured sources."""
    out = [
        await ensure_source(
            conn, KIND, ch.username, title=ch.title, side=ch.side, lang=ch.lang, origin="config"
        )
        for ch in channels
    ]
    keep = [s.id for s in out]
    marks = ",".join("?" * len(keep)) or "NULL"
    await conn.execute(
        f"UPDATE sources SET active = 0 WHERE kind = ? AND origin = 'config'"
        f" AND id NOT IN ({marks})",
        (KIND, *keep),
    )
    return out


async def watch_channel(
    conn: aiosqlite.Connection, handle: str, *, side: str | None, lang: str | None
) -> tuple[WatchResult, Source]:
    """/watch: add or re-activate a channel; a configured one is left as config says."""
    existing = await get_source(conn, KIND, handle)
    if existing is None:
        return "added", await ensure_source(conn, KIND, handle, side=side, lang=lang, origin="bot")
    if existing.origin == "config":
        return "config", existing
    was_watched = existing.active and existing.origin == "bot"
    await conn.execute(
        "UPDATE sources SET side = COALESCE(?, side), lang = COALESCE(?, lang),"
        " active = 1, origin = 'bot' WHERE id = ?",
        (side, lang, existing.id),
    )
    source = await get_source(conn, KIND, handle)
    assert source is not None
    if not was_watched:
        return "reactivated", source
    changed = (source.side, source.lang) != (existing.side, existing.lang)
    return ("updated" if changed else "unchanged"), source


async def unwatch_channel(
    conn: aiosqlite.Connection, handle: str
) -> tuple[UnwatchResult, Source | None]:
    """/unwatch: stop reading a channel; its posts and claims stay."""
    existing = await get_source(conn, KIND, handle)
    if existing is None:
        return "unknown", None
    if existing.origin == "config" and existing.active:
        return "config", existing
    if not existing.active or existing.origin != "bot":
        return "inactive", existing
    await conn.execute("UPDATE sources SET active = 0 WHERE id = ?", (existing.id,))
    return "stopped", existing


async def claim_tg_id(conn: aiosqlite.Connection, source_id: int, tg_id: int) -> Source | None:
    """Record the channel id; return the other source already holding it (a renamed channel)."""
    cur = await conn.execute(
        "SELECT * FROM sources WHERE tg_id = ? AND id != ?", (tg_id, source_id)
    )
    row = await cur.fetchone()
    if row is not None:
        return Source.from_row(row)
    await conn.execute("UPDATE sources SET tg_id = ? WHERE id = ?", (tg_id, source_id))
    return None


async def set_title_if_missing(conn: aiosqlite.Connection, source_id: int, title: str) -> None:
    await conn.execute(
        "UPDATE sources SET title = ? WHERE id = ? AND title IS NULL", (title, source_id)
    )


async def advance_cursor_contiguous(
    conn: aiosqlite.Connection, source_id: int, msg_ids: Iterable[int]
) -> int | None:
    """Move the cursor over ids that follow it with no hole; return the cursor.

    Telegram numbers a channel's messages 1, 2, 3...; an id right after the
    cursor proves nothing was skipped. Anything else waits for the sweep.
    """
    cur = await conn.execute("SELECT cursor FROM sources WHERE id = ?", (source_id,))
    row = await cur.fetchone()
    if row is None or row[0] is None:
        return None  # first sight: the sweep's backfill sets the cursor
    cursor = int(row[0])
    for msg_id in sorted(set(msg_ids)):
        if msg_id == cursor + 1:
            cursor = msg_id
        elif msg_id > cursor:
            break
    if cursor != row[0]:
        await conn.execute("UPDATE sources SET cursor = ? WHERE id = ?", (cursor, source_id))
    return cursor


@dataclass(frozen=True, slots=True)
class AlbumPost:
    post_id: int
    ext_id: str
    msg_id: int | None
    text: str


async def find_album_post(
    conn: aiosqlite.Connection, source_id: int, grouped_id: int
) -> AlbumPost | None:
    """The post an album was stored as, whichever of its messages came first."""
    cur = await conn.execute(
        "SELECT id, ext_id, msg_id, text FROM posts WHERE source_id = ? AND grouped_id = ?"
        " ORDER BY id LIMIT 1",
        (source_id, grouped_id),
    )
    row = await cur.fetchone()
    return AlbumPost(int(row[0]), str(row[1]), row[2], str(row[3])) if row else None


@dataclass(frozen=True, slots=True)
class ChannelRow:
    handle: str
    title: str | None
    side: str | None
    lang: str | None
    origin: str
    active: bool
    cursor: int | None
    posts: int
    last_post_at: str | None
    last_post_msg_id: int | None
    last_error: str | None
    last_error_at: str | None


async def channel_overview(
    conn: aiosqlite.Connection, *, include_inactive: bool = False
) -> list[ChannelRow]:
    """Each channel with its side, last post and last error (for /channels)."""
    where = "s.kind = ? AND s.origin IN ('config', 'bot')"
    if not include_inactive:
        where += " AND s.active = 1"
    cur = await conn.execute(
        "SELECT s.handle, s.title, s.side, s.lang, s.origin, s.active, s.cursor,"
        " s.last_error, s.last_error_at,"
        " (SELECT COUNT(*) FROM posts p WHERE p.source_id = s.id) AS n,"
        " (SELECT p.date FROM posts p WHERE p.source_id = s.id"
        "  ORDER BY p.msg_id DESC LIMIT 1) AS last_at,"
        " (SELECT MAX(p.msg_id) FROM posts p WHERE p.source_id = s.id) AS last_id"
        f" FROM sources s WHERE {where} ORDER BY s.active DESC, s.handle",
        (KIND,),
    )
    return [
        ChannelRow(
            handle=r["handle"],
            title=r["title"],
            side=r["side"],
            lang=r["lang"],
            origin=r["origin"],
            active=bool(r["active"]),
            cursor=r["cursor"],
            posts=int(r["n"]),
            last_post_at=r["last_at"],
            last_post_msg_id=r["last_id"],
            last_error=r["last_error"],
            last_error_at=r["last_error_at"],
        )
        for r in await cur.fetchall()
    ]


__all__ = [
    "AlbumPost",
    "ChannelRow",
    "advance_cursor_contiguous",
    "channel_overview",
    "claim_tg_id",
    "find_album_post",
    "normalise_handle",
    "set_title_if_missing",
    "sync_config_channels",
    "unwatch_channel",
    "watch_channel",
    "watched_sources",
]
