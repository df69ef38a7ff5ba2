"""Sources: Telegram channels and mainstream outlets, with their cursors and health."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

import aiosqlite

from db.util import now_iso


@dataclass(frozen=True)
class Source:
    id: int
    kind: str
    handle: str
    title: str | None
    side: str | None
    lang: str | None
    url: str | None
    origin: str
    active: bool
    tg_id: int | None
    cursor: int | None
    last_success: str | None
    last_error: str | None
    last_error_at: str | None
    error_reported: bool
    posts_fetched: int
    etag: str | None = None
    last_modified: str | None = None

    @classmethod
    def from_row(cls, row: Any) -> Source:
        return cls(
            id=row["id"],
            kind=row["kind"],
            handle=row["handle"],
            title=row["title"],
            side=row["side"],
            lang=row["lang"],
            url=row["url"],
            origin=row["origin"],
            active=bool(row["active"]),
            tg_id=row["tg_id"],
            cursor=row["cursor"],
            last_success=row["last_success"],
            last_error=row["last_error"],
            last_error_at=row["last_error_at"],
            error_reported=bool(row["error_reported"]),
            posts_fetched=row["posts_fetched"],
            etag=row["etag"],
            last_modified=row["last_modified"],
        )


# A public Telegram username: only then can a post link https://t.me/NAME/ID be built.
_USERNAME = re.compile(r"^[A-Za-z][A-Za-z0-9_]{3,31}$")


def is_username(handle: str | None) -> bool:
    """A public Telegram username (not a derived handle such as tg-123, not an outlet)."""
    return bool(handle) and _USERNAME.match(handle or "") is not None


def tme_link(handle: str | None, msg_id: int | None) -> str | None:
    """https://t.me/NAME/ID for a public channel's post; None when no username is known."""
    if msg_id is None or not is_username(handle):
        return None
    return f"https://t.me/{handle}/{msg_id}"


def normalise_handle(handle: str) -> str:
    """`@Rybar`, `rybar` and `https://t.me/rybar` are one channel."""
    h = handle.strip()
    for prefix in ("https://t.me/", "http://t.me/", "t.me/", "@"):
        if h.lower().startswith(prefix):
            h = h[len(prefix) :]
    return h.strip("/").lower()


async def get_source(conn: aiosqlite.Connection, kind: str, handle: str) -> Source | None:
    cur = await conn.execute(
        "SELECT * FROM sources WHERE kind = ? AND handle = ?", (kind, normalise_handle(handle))
    )
    row = await cur.fetchone()
    return Source.from_row(row) if row else None


async def get_source_by_id(conn: aiosqlite.Connection, source_id: int) -> Source | None:
    cur = await conn.execute("SELECT * FROM sources WHERE id = ?", (source_id,))
    row = await cur.fetchone()
    return Source.from_row(row) if row else None


async def list_sources(
    conn: aiosqlite.Connection, kind: str | None = None, *, active_only: bool = False
) -> list[Source]:
    sql = "SELECT * FROM sources WHERE 1=1"
    args: list[Any] = []
    if kind:
        sql += " AND kind = ?"
        args.append(kind)
    if active_only:
        sql += " AND active = 1"
    cur = await conn.execute(sql + " ORDER BY kind, handle", args)
    return [Source.from_row(r) for r in await cur.fetchall()]


async def posts_per_source(conn: aiosqlite.Connection) -> dict[int, int]:
    """Posts stored per source id (sources with none are absent)."""
    cur = await conn.execute("SELECT source_id, COUNT(*) FROM posts GROUP BY source_id")
    return {int(r[0]): int(r[1]) for r in await cur.fetchall()}


async def ensure_source(
    conn: aiosqlite.Connection,
    kind: str,
    handle: str,
    *,
    title: str | None = None,
    side: str | None = None,
    lang: str | None = None,
    url: str | None = None,
    origin: str = "ingest",
) -> Source:
    """Return the source, creating it when new. Given fields fill gaps, never overwrite.

    Config is the one origin that overwrites: config wins on conflict (README).
    Call inside a transaction.
    """
    handle = normalise_handle(handle)
    existing = await get_source(conn, kind, handle)
    if existing is None:
        await conn.execute(
            "INSERT INTO sources (kind, handle, title, side, lang, url, origin, created_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (kind, handle, title, side, lang, url, origin, now_iso()),
        )
    elif origin == "config":
        await conn.execute(
            "UPDATE sources SET title = COALESCE(?, title), side = ?, lang = ?,"
            " url = COALESCE(?, url), origin = 'config', active = 1 WHERE id = ?",
            (title, side, lang, url, existing.id),
        )
    else:
        await conn.execute(
            "UPDATE sources SET title = COALESCE(title, ?), side = COALESCE(side, ?),"
            " lang = COALESCE(lang, ?), url = COALESCE(url, ?) WHERE id = ?",
            (title, side, lang, url, existing.id),
        )
    source = await get_source(conn, kind, handle)
    assert source is not None
    return source


async def set_tg_id(conn: aiosqlite.Connection, source_id: int, tg_id: int) -> None:
    await conn.execute("UPDATE sources SET tg_id = ? WHERE id = ?", (tg_id, source_id))


async def advance_cursor(conn: aiosqlite.Connection, source_id: int, msg_id: int) -> None:
    """The cursor only moves forward: the last message id stored without a gap before it."""
    await conn.execute(
        "UPDATE sources SET cursor = MAX(COALESCE(cursor, 0), ?) WHERE id = ?", (msg_id, source_id)
    )


async def record_success(conn: aiosqlite.Connection, source_id: int, fetched: int = 0) -> None:
    await conn.execute(
        "UPDATE sources SET last_success = ?, error_reported = 0,"
        " posts_fetched = posts_fetched + ? WHERE id = ?",
        (now_iso(), fetched, source_id),
    )


async def record_error(conn: aiosqlite.Connection, source_id: int, error: str) -> bool:
    """Store the error; return True when it is new and the admins should hear of it once."""
    cur = await conn.execute("SELECT error_reported FROM sources WHERE id = ?", (source_id,))
    row = await cur.fetchone()
    first = row is not None and not row[0]
    await conn.execute(
        "UPDATE sources SET last_error = ?, last_error_at = ?, error_reported = 1 WHERE id = ?",
        (error[:500], now_iso(), source_id),
    )
    return first


async def set_http_cache(
    conn: aiosqlite.Connection, source_id: int, etag: str | None, last_modified: str | None
) -> None:
    await conn.execute(
        "UPDATE sources SET etag = ?, last_modified = ? WHERE id = ?",
        (etag, last_modified, source_id),
    )


async def get_source_by_tg_id(conn: aiosqlite.Connection, tg_id: int) -> Source | None:
    """The Telegram source with this channel id (bare, as Telethon's Channel.id), if any."""
    cur = await conn.execute(
        "SELECT * FROM sources WHERE kind = 'telegram' AND tg_id = ?", (tg_id,)
    )
    row = await cur.fetchone()
    return Source.from_row(row) if row else None


async def rename_source(conn: aiosqlite.Connection, source_id: int, handle: str) -> None:
    """Give a source its real handle (an export first seen without its username).

    A Telegram channel's posts stored while its username was unknown have no
    link; now they get https://t.me/USERNAME/ID.
    """
    handle = normalise_handle(handle)
    await conn.execute("UPDATE sources SET handle = ? WHERE id = ?", (handle, source_id))
    await conn.execute(
        "UPDATE posts SET url = 'https://t.me/' || ? || '/' || msg_id"
        " WHERE source_id = ? AND kind = 'telegram' AND url IS NULL AND msg_id IS NOT NULL",
        (handle, source_id),
    )
