"""Reading claims and posts back out (listing, export), and re-extraction.

"Current" claims are those of the current version of each post that no later
extraction superseded. Re-extraction never deletes: it marks the claims it
replaces with `superseded_at` and records on the post version which extractor
last ran on it, so an interrupted run resumes where it stopped.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Sequence
from dataclasses import dataclass, field
from typing import Any

import aiosqlite

from db.posts import INSERT_CLAIM, claim_rows
from db.sources import normalise_handle
from db.util import now_iso
from extractors.claim import Claim

_FETCH = 500


@dataclass(frozen=True)
class Filter:
    """What `claimwatch claims` and `claimwatch export` narrow down by; None means any."""

    since: str | None = None  # ISO 8601 UTC, inclusive
    until: str | None = None  # ISO 8601 UTC, exclusive
    channels: Sequence[str] = ()  # handles or titles
    victim: str | None = None
    kind: str | None = None
    limit: int | None = None  # the newest N (still printed oldest first)


@dataclass(frozen=True, slots=True)
class ClaimRow:
    claim_id: int
    kind: str
    victim: str
    low: int | None
    high: int | None
    approx: bool
    claimant: str
    scope: str
    evidence: str
    span_start: int | None
    span_end: int | None
    extractor_version: str
    post_id: int
    ext_id: str
    msg_id: int | None
    date: str | None
    link: str | None
    lang: str | None
    post_version: int
    deleted: bool
    source_kind: str
    channel: str
    channel_title: str | None
    channel_side: str | None


@dataclass(frozen=True, slots=True)
class PostRow:
    post_id: int
    ext_id: str
    msg_id: int | None
    kind: str
    date: str | None
    link: str | None
    lang: str | None
    text: str
    version: int
    deleted_at: str | None
    first_seen: str
    channel: str
    channel_title: str | None
    channel_side: str | None
    claims: int


@dataclass(frozen=True, slots=True)
class ToExtract:
    post_id: int
    version_id: int
    text: str
    lang: str | None
    side: str | None


@dataclass
class _Where:
    sql: list[str] = field(default_factory=list)
    args: list[Any] = field(default_factory=list)

    def add(self, sql: str, *args: Any) -> None:
        self.sql.append(sql)
        self.args.extend(args)

    def text(self) -> str:
        return " AND ".join(self.sql) if self.sql else "1 = 1"


# A post link: the stored one, else https://t.me/USERNAME/ID for a channel whose handle
# is a public username (derived handles such as tg-123 hold a "-", which no username has).
_LINK = """COALESCE(p.url, CASE WHEN s.kind = 'telegram' AND p.msg_id IS NOT NULL
    AND s.handle GLOB '[a-z]*' AND s.handle NOT GLOB '*[^a-z0-9_]*' AND length(s.handle) >= 4
    THEN 'https://t.me/' || s.handle || '/' || p.msg_id END)"""
_WHEN = "COALESCE(p.date, p.first_seen)"


def _post_filters(f: Filter, where: _Where) -> None:
    if f.since:
        where.add(f"{_WHEN} >= ?", f.since)
    if f.until:
        where.add(f"{_WHEN} < ?", f.until)
    if f.channels:
        marks = ",".join("?" * len(f.channels))
        where.add(
            f"(s.handle IN ({marks}) OR lower(s.title) IN ({marks}))",
            *[normalise_handle(c) for c in f.channels],
            *[c.strip().lower() for c in f.channels],
        )


def _claim_filters(f: Filter) -> _Where:
    """The live claims of the posts' current versions that `f` selects."""
    where = _Where()
    where.add("c.superseded_at IS NULL")
    where.add("v.version = p.version")
    _post_filters(f, where)
    if f.victim:
        where.add("c.victim = ?", f.victim)
    if f.kind:
        where.add("c.kind = ?", f.kind)
    return where


async def iter_claims(conn: aiosqlite.Connection, f: Filter) -> AsyncIterator[ClaimRow]:
    """Current claims, oldest post first, streamed in pages."""
    where = _claim_filters(f)
    order = f"{_WHEN}, p.id, c.span_start, c.id"
    sql = f"""
        SELECT c.id, c.kind, c.victim, c.low, c.high, c.approx, c.claimant, c.scope,
               substr(v.text, c.span_start + 1, c.span_end - c.span_start) AS evidence,
               c.span_start, c.span_end, c.extractor_version,
               p.id AS post_id, p.ext_id, p.msg_id, p.date, {_LINK} AS link, p.lang,
               p.version, p.deleted_at, s.kind AS source_kind, s.handle, s.title, s.side,
               {_WHEN} AS sort_key
        FROM claims c
        JOIN posts p ON p.id = c.post_id
        JOIN post_versions v ON v.id = c.version_id
        JOIN sources s ON s.id = p.source_id
        WHERE {where.text()}"""
    args = list(where.args)
    if f.limit:
        # The newest N, shown in time order.
        sql = (
            f"SELECT * FROM ({sql} ORDER BY {_WHEN} DESC, p.id DESC, c.span_start DESC,"
            " c.id DESC LIMIT ?) ORDER BY sort_key, post_id, span_start, id"
        )
        args.append(f.limit)
    else:
        sql += f" ORDER BY {order}"
    # No `async with` on the cursor: a reader that stops early (a closed pipe) leaves
    # nothing to await, and sqlite3 closes the cursor when it is collected.
    cur = await conn.execute(sql, args)
    while rows := await cur.fetchmany(_FETCH):
        for r in rows:
            yield ClaimRow(
                claim_id=r[0],
                kind=r[1],
                victim=r[2],
                low=r[3],
                high=r[4],
                approx=bool(r[5]),
                claimant=r[6],
                scope=r[7],
                evidence=r[8] or "",
                span_start=r[9],
                span_end=r[10],
                extractor_version=r[11],
                post_id=r[12],
                ext_id=r[13],
                msg_id=r[14],
                date=r[15],
                link=r[16],
                lang=r[17],
                post_version=r[18],
                deleted=r[19] is not None,
                source_kind=r[20],
                channel=r[21],
                channel_title=r[22],
                channel_side=r[23],
            )


async def count_claims(conn: aiosqlite.Connection, f: Filter) -> int:
    """How many current claims the filter matches (for "showing N of M")."""
    where = _claim_filters(f)
    cur = await conn.execute(
        "SELECT count(*) FROM claims c JOIN posts p ON p.id = c.post_id"
        " JOIN post_versions v ON v.id = c.version_id JOIN sources s ON s.id = p.source_id"
        f" WHERE {where.text()}",
        where.args,
    )
    row = await cur.fetchone()
    return int(row[0]) if row else 0


async def iter_posts(conn: aiosqlite.Connection, f: Filter) -> AsyncIterator[PostRow]:
    """Posts (their current text) oldest first, with how many current claims each has."""
    where = _Where()
    _post_filters(f, where)
    sql = f"""
        SELECT p.id, p.ext_id, p.msg_id, p.kind, p.date, {_LINK}, p.lang, p.text, p.version,
               p.deleted_at, p.first_seen, s.handle, s.title, s.side,
               (SELECT count(*) FROM claims c JOIN post_versions v ON v.id = c.version_id
                WHERE c.post_id = p.id AND v.version = p.version AND c.superseded_at IS NULL)
        FROM posts p JOIN sources s ON s.id = p.source_id
        WHERE {where.text()}
        ORDER BY {_WHEN}, p.id"""
    args = list(where.args)
    if f.limit:
        sql += " LIMIT ?"
        args.append(f.limit)
    cur = await conn.execute(sql, args)
    while rows := await cur.fetchmany(_FETCH):
        for r in rows:
            yield PostRow(*r)


# --- re-extraction ---


def _extract_where(
    extractor_version: str, redo_all: bool, source_ids: Sequence[int], after: int
) -> _Where:
    where = _Where()
    where.add("p.id > ?", after)
    # A version stamped "<source>/<n>" (ACLED's "acled/1") holds a curated source's own
    # figures, not the extractor's reading: no re-extraction may supersede them.
    where.add("(v.extractor_version IS NULL OR instr(v.extractor_version, '/') = 0)")
    if not redo_all:
        where.add("v.extractor_version IS NOT ?", extractor_version)
    if source_ids:
        where.add(f"p.source_id IN ({','.join('?' * len(source_ids))})", *source_ids)
    return where


async def count_to_extract(
    conn: aiosqlite.Connection,
    extractor_version: str,
    *,
    redo_all: bool = False,
    source_ids: Sequence[int] = (),
) -> int:
    where = _extract_where(extractor_version, redo_all, source_ids, 0)
    cur = await conn.execute(
        "SELECT count(*) FROM posts p"
        " JOIN post_versions v ON v.post_id = p.id AND v.version = p.version"
        f" WHERE {where.text()}",
        where.args,
    )
    row = await cur.fetchone()
    return int(row[0]) if row else 0


async def next_to_extract(
    conn: aiosqlite.Connection,
    extractor_version: str,
    *,
    after: int = 0,
    limit: int = 500,
    redo_all: bool = False,
    source_ids: Sequence[int] = (),
) -> list[ToExtract]:
    """The next current post versions (by post id, after `after`) that `extractor_version`
    has not run on; with `redo_all`, every current version."""
    where = _extract_where(extractor_version, redo_all, source_ids, after)
    cur = await conn.execute(
        "SELECT p.id, v.id, v.text, COALESCE(p.lang, s.lang), s.side FROM posts p"
        " JOIN post_versions v ON v.post_id = p.id AND v.version = p.version"
        " JOIN sources s ON s.id = p.source_id"
        f" WHERE {where.text()} ORDER BY p.id LIMIT ?",
        [*where.args, limit],
    )
    return [ToExtract(r[0], r[1], r[2], r[3], r[4]) for r in await cur.fetchall()]


async def replace_claims(
    conn: aiosqlite.Connection,
    items: Sequence[tuple[ToExtract, Sequence[Claim]]],
    extractor_version: str,
) -> int:
    """Supersede the live claims of each version, store the new ones; return how many
    were superseded. Call inside a transaction: a batch lands whole or not at all."""
    now = now_iso()
    version_ids = [(item.version_id,) for item, _ in items]
    before = conn.total_changes
    await conn.executemany(
        "UPDATE claims SET superseded_at = ? WHERE version_id = ? AND superseded_at IS NULL",
        [(now, vid) for (vid,) in version_ids],
    )
    superseded = conn.total_changes - before
    rows: list[tuple[Any, ...]] = []
    for item, claims in items:
        rows.extend(claim_rows(claims, item.post_id, item.version_id, extractor_version, now))
    if rows:
        await conn.executemany(INSERT_CLAIM, rows)
    await conn.executemany(
        "UPDATE post_versions SET extractor_version = ? WHERE id = ?",
        [(extractor_version, vid) for (vid,) in version_ids],
    )
    return superseded


async def source_ids_for(conn: aiosqlite.Connection, names: Sequence[str]) -> dict[str, int]:
    """Map each given handle or title to its source id; names not found are left out."""
    found: dict[str, int] = {}
    for name in names:
        cur = await conn.execute(
            "SELECT id FROM sources WHERE handle = ? OR lower(title) = ? ORDER BY id LIMIT 1",
            (normalise_handle(name), name.strip().lower()),
        )
        row = await cur.fetchone()
        if row:
            found[name] = int(row[0])
    return found


async def channel_names(conn: aiosqlite.Connection) -> list[str]:
    """Every stored source handle, for "did you mean" messages."""
    cur = await conn.execute("SELECT handle FROM sources ORDER BY handle")
    return [str(r[0]) for r in await cur.fetchall()]
