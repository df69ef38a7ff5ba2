"""Posts, their versions and their claims: the one write path every source goes through.

A post is stored raw in the same transaction as the claims derived from it. An
edited text becomes a new version with claims of its own; older versions and
their claims stay. Deletions are marks, never erasures.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any, Literal

import aiosqlite

from db.util import now_iso
from extractors.actors import KINDS, SCOPES
from extractors.claim import Claim

log = logging.getLogger(__name__)

Status = Literal["new", "changed", "unchanged"]
_CHUNK = 400  # stays well under SQLite's limit on bound parameters


@dataclass(frozen=True, slots=True)
class NewPost:
    source_id: int
    ext_id: str
    text: str
    kind: str  # telegram | mainstream
    msg_id: int | None = None
    date: str | None = None  # ISO 8601 UTC
    url: str | None = None
    lang: str | None = None
    raw: str | None = None  # the payload as received, JSON
    grouped_id: int | None = None
    edit_date: str | None = None


@dataclass(frozen=True, slots=True)
class Saved:
    post_id: int
    version_id: int | None  # None when unchanged
    status: Status
    claims: int


@dataclass(slots=True)
class _Known:
    post_id: int
    text: str
    version: int


Derive = Callable[[NewPost], Sequence[Claim] | None]


async def _lookup(
    conn: aiosqlite.Connection, keys: Iterable[tuple[int, str]]
) -> dict[tuple[int, str], _Known]:
    by_source: dict[int, list[str]] = {}
    for source_id, ext_id in keys:
        by_source.setdefault(source_id, []).append(ext_id)
    found: dict[tuple[int, str], _Known] = {}
    for source_id, ext_ids in by_source.items():
        unique = list(dict.fromkeys(ext_ids))
        for i in range(0, len(unique), _CHUNK):
            chunk = unique[i : i + _CHUNK]
            marks = ",".join("?" * len(chunk))
            cur = await conn.execute(
                f"SELECT id, ext_id, text, version FROM posts"
                f" WHERE source_id = ? AND ext_id IN ({marks})",
                (source_id, *chunk),
            )
            for row in await cur.fetchall():
                found[(source_id, row[1])] = _Known(row[0], row[2], row[3])
    return found


async def known_texts(
    conn: aiosqlite.Connection, keys: Iterable[tuple[int, str]]
) -> dict[tuple[int, str], str]:
    """The current text of each (source id, ext id) already stored: lets a caller tell
    which posts `save_posts` will find new or changed before it runs."""
    return {key: known.text for key, known in (await _lookup(conn, keys)).items()}


def _valid_claims(claims: Iterable[Claim], post: NewPost) -> list[Claim]:
    """Drop a claim the schema would refuse, so one bad claim never costs the post itself."""
    good = []
    for c in claims:
        if c.kind in KINDS and c.scope in SCOPES:
            good.append(c)
        else:
            log.warning(
                "dropped an invalid claim (kind %r, scope %r) of post %s",
                c.kind,
                c.scope,
                post.ext_id,
            )
    return good


async def _next_id(conn: aiosqlite.Connection, table: str) -> int:
    # Safe only inside BEGIN IMMEDIATE: no other writer can take the same ids.
    cur = await conn.execute(f"SELECT COALESCE(MAX(id), 0) + 1 FROM {table}")
    row = await cur.fetchone()
    return int(row[0]) if row else 1


def claim_rows(
    claims: Sequence[Claim],
    post_id: int,
    version_id: int,
    extractor_version: str,
    now: str,
) -> list[tuple[Any, ...]]:
    return [
        (
            post_id,
            version_id,
            c.kind,
            c.victim,
            c.low,
            c.high,
            int(c.approx),
            c.claimant,
            c.scope,
            c.start,
            c.end,
            extractor_version,
            now,
        )
        for c in claims
    ]


INSERT_CLAIM = (
    "INSERT INTO claims (post_id, version_id, kind, victim, low, high, approx, claimant, scope,"
    " span_start, span_end, extractor_version, created_at)"
    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)


async def save_posts(
    conn: aiosqlite.Connection,
    items: Sequence[NewPost],
    derive: Derive,
    extractor_version: str,
) -> list[Saved]:
    """Store a batch of posts inside the caller's transaction.

    `derive` is called only for posts that are new or whose text changed, and
    returns their claims (None: store raw only, `claimwatch reextract` later).
    Returns one `Saved` per item, in order.
    """
    known = await _lookup(conn, ((p.source_id, p.ext_id) for p in items))
    now = now_iso()
    next_post = await _next_id(conn, "posts")
    next_version = await _next_id(conn, "post_versions")
    new_rows: list[tuple[Any, ...]] = []
    updates: list[tuple[Any, ...]] = []
    version_rows: list[tuple[Any, ...]] = []
    new_claims: list[tuple[Any, ...]] = []
    results: list[Saved] = []
    for post in items:
        key = (post.source_id, post.ext_id)
        prior = known.get(key)
        if prior is not None and prior.text == post.text:
            results.append(Saved(prior.post_id, None, "unchanged", 0))
            continue
        derived = derive(post)
        claims = _valid_claims(derived or (), post)
        version_id = next_version
        status: Status
        next_version += 1
        if prior is None:
            post_id, version, status = next_post, 1, "new"
            next_post += 1
            new_rows.append(
                (
                    post_id,
                    post.source_id,
                    post.ext_id,
                    post.msg_id,
                    post.kind,
                    post.date,
                    post.url,
                    post.lang,
                    post.text,
                    post.raw,
                    post.grouped_id,
                    now,
                    now,
                )
            )
        else:
            post_id, version, status = prior.post_id, prior.version + 1, "changed"
            updates.append((post.text, post.raw, version, now, post_id))
        known[key] = _Known(post_id, post.text, version)
        # None from derive: stored raw, not extracted; `claimwatch reextract` finds it by this.
        extracted_with = None if derived is None else extractor_version
        version_rows.append(
            (version_id, post_id, version, post.text, post.raw, post.edit_date, now, extracted_with)
        )
        new_claims.extend(claim_rows(claims, post_id, version_id, extractor_version, now))
        results.append(Saved(post_id, version_id, status, len(claims)))
    if new_rows:
        await conn.executemany(
            "INSERT INTO posts (id, source_id, ext_id, msg_id, kind, date, url, lang, text, raw,"
            " grouped_id, first_seen, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            new_rows,
        )
    if updates:
        await conn.executemany(
            "UPDATE posts SET text = ?, raw = ?, version = ?, updated_at = ? WHERE id = ?",
            updates,
        )
    if version_rows:
        await conn.executemany(
            "INSERT INTO post_versions (id, post_id, version, text, raw, edit_date, seen_at,"
            " extractor_version) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            version_rows,
        )
    if new_claims:
        await conn.executemany(INSERT_CLAIM, new_claims)
    return results


async def mark_deleted(
    conn: aiosqlite.Connection,
    *,
    msg_ids: Sequence[int],
    source_id: int | None = None,
    tg_channel_id: int | None = None,
    how: str = "event",
) -> tuple[int, int]:
    """Mark Telegram messages deleted; return (marked, unresolved).

    Telegram does not always say which channel a deletion belongs to. Without a
    channel, a message id that exactly one stored post has resolves to it; the
    rest are recorded unresolved, never guessed.
    """
    now = now_iso()
    marked = unresolved = 0
    for msg_id in msg_ids:
        if source_id is not None:
            cur = await conn.execute(
                "SELECT id FROM posts WHERE source_id = ? AND msg_id = ?", (source_id, msg_id)
            )
        elif tg_channel_id is not None:
            cur = await conn.execute(
                "SELECT p.id FROM posts p JOIN sources s ON s.id = p.source_id"
                " WHERE s.tg_id = ? AND p.msg_id = ?",
                (tg_channel_id, msg_id),
            )
        else:
            cur = await conn.execute(
                "SELECT id FROM posts WHERE msg_id = ? AND kind = 'telegram' LIMIT 2", (msg_id,)
            )
        rows = list(await cur.fetchall())
        post_id = int(rows[0][0]) if len(rows) == 1 else None
        await conn.execute(
            "INSERT INTO deletions (post_id, source_id, tg_channel_id, msg_id, deleted_at, how)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            (post_id, source_id, tg_channel_id, msg_id, now, how),
        )
        if post_id is None:
            unresolved += 1
            continue
        await conn.execute(
            "UPDATE posts SET deleted_at = COALESCE(deleted_at, ?) WHERE id = ?", (now, post_id)
        )
        marked += 1
    return marked, unresolved
