"""Subscribers (who gets which digest, when) and the ledger of digests sent to them.

A subscription is a chat, a topic and a local time of day. The ledger
(`digests_sent`) holds one row per subscriber and scheduled time, written
*before* the first message goes out: the UNIQUE (subscriber_id, due_at) makes
"send this digest" an operation that can happen once, whichever of the
scheduler's own run, the catch-up on start or a resumed sending gets there first.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Literal

import aiosqlite

from db.util import now_iso

# The topic of a subscription to every claim, whatever its topic.
ALL_TOPICS = "all"

Origin = Literal["config", "bot"]
SendStatus = Literal["sending", "sent", "failed", "empty"]
Outcome = Literal["new", "updated", "unchanged", "config"]


@dataclass(frozen=True)
class Subscriber:
    id: int
    chat_id: int
    topic: str
    at_time: str  # local HH:MM
    created_by: int | None
    origin: str
    active: bool
    failures: int
    created_at: str
    since: str  # when the current schedule took effect (UTC ISO)

    @classmethod
    def from_row(cls, row: Any) -> Subscriber:
        return cls(
            id=row["id"],
            chat_id=row["chat_id"],
            topic=row["topic"],
            at_time=row["at_time"],
            created_by=row["created_by"],
            origin=row["origin"],
            active=bool(row["active"]),
            failures=row["failures"],
            created_at=row["created_at"],
            since=row["since"] or row["created_at"],
        )


@dataclass(frozen=True)
class Sending:
    """One row of the ledger: a digest for one subscriber at one scheduled time."""

    id: int
    subscriber_id: int | None
    chat_id: int
    topic: str | None
    due_at: str
    status: str
    attempts: int
    parts_sent: int
    error: str | None
    sent_at: str | None

    @classmethod
    def from_row(cls, row: Any) -> Sending:
        return cls(
            id=row["id"],
            subscriber_id=row["subscriber_id"],
            chat_id=row["chat_id"],
            topic=row["topic"],
            due_at=row["due_at"],
            status=row["status"],
            attempts=row["attempts"],
            parts_sent=row["parts_sent"],
            error=row["error"],
            sent_at=row["sent_at"],
        )


# --- subscribers ---


async def get(conn: aiosqlite.Connection, subscriber_id: int) -> Subscriber | None:
    cur = await conn.execute("SELECT * FROM subscribers WHERE id = ?", (subscriber_id,))
    row = await cur.fetchone()
    return Subscriber.from_row(row) if row else None


async def find(conn: aiosqlite.Connection, chat_id: int, topic: str) -> Subscriber | None:
    cur = await conn.execute(
        "SELECT * FROM subscribers WHERE chat_id = ? AND topic = ?", (chat_id, topic)
    )
    row = await cur.fetchone()
    return Subscriber.from_row(row) if row else None


async def list_subscribers(
    conn: aiosqlite.Connection, *, chat_id: int | None = None, active_only: bool = True
) -> list[Subscriber]:
    sql = "SELECT * FROM subscribers WHERE 1=1"
    args: list[Any] = []
    if chat_id is not None:
        sql += " AND chat_id = ?"
        args.append(chat_id)
    if active_only:
        sql += " AND active = 1"
    cur = await conn.execute(sql + " ORDER BY chat_id, topic", args)
    return [Subscriber.from_row(r) for r in await cur.fetchall()]


async def subscribe(
    conn: aiosqlite.Connection,
    chat_id: int,
    topic: str,
    at_time: str,
    *,
    created_by: int | None,
    origin: Origin = "bot",
) -> tuple[Subscriber, Outcome]:
    """Create or re-time a subscription. Call inside a transaction.

    A subscription from config.toml is not changed through the bot: config wins,
    as it does for channels, and the outcome says "config" so the user is told.
    """
    now = now_iso()
    existing = await find(conn, chat_id, topic)
    if existing is None:
        await conn.execute(
            "INSERT INTO subscribers (chat_id, topic, at_time, created_by, origin, created_at,"
            " since) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (chat_id, topic, at_time, created_by, origin, now, now),
        )
        outcome: Outcome = "new"
    elif existing.origin == "config" and origin == "bot" and existing.active:
        return existing, "config"
    elif existing.active and existing.at_time == at_time and existing.origin == origin:
        return existing, "unchanged"
    else:
        # A new time or a come-back starts a new schedule: `since` moves so the
        # catch-up on start never sends a digest due under the old one.
        await conn.execute(
            "UPDATE subscribers SET at_time = ?, active = 1, failures = 0, origin = ?,"
            " created_by = COALESCE(?, created_by), since = ? WHERE id = ?",
            (at_time, origin, created_by, now, existing.id),
        )
        outcome = "new" if not existing.active else "updated"
    sub = await find(conn, chat_id, topic)
    assert sub is not None
    return sub, outcome


async def deactivate(conn: aiosqlite.Connection, subscriber_id: int) -> None:
    """Rows are kept (the ledger points at them); an inactive subscriber gets nothing."""
    await conn.execute("UPDATE subscribers SET active = 0 WHERE id = ?", (subscriber_id,))


async def unsubscribe(conn: aiosqlite.Connection, chat_id: int, topic: str) -> Subscriber | None:
    """Deactivate the chat's subscription to the topic; None when there was none."""
    existing = await find(conn, chat_id, topic)
    if existing is None or not existing.active:
        return None
    await deactivate(conn, existing.id)
    return existing


@dataclass(frozen=True)
class ScheduleEntry:
    chat_id: int
    topic: str
    at_time: str


async def sync_config(
    conn: aiosqlite.Connection, entries: Sequence[ScheduleEntry]
) -> tuple[list[Subscriber], list[Subscriber]]:
    """Make the config-origin subscriptions match [[schedules]]: (kept or added, dropped)."""
    wanted = {(e.chat_id, e.topic): e for e in entries}
    kept: list[Subscriber] = []
    for e in entries:
        sub, _ = await subscribe(
            conn, e.chat_id, e.topic, e.at_time, created_by=None, origin="config"
        )
        kept.append(sub)
    dropped: list[Subscriber] = []
    cur = await conn.execute("SELECT * FROM subscribers WHERE origin = 'config' AND active = 1")
    for row in await cur.fetchall():
        sub = Subscriber.from_row(row)
        if (sub.chat_id, sub.topic) not in wanted:
            await deactivate(conn, sub.id)
            dropped.append(sub)
    return kept, dropped


async def record_failure(conn: aiosqlite.Connection, subscriber_id: int) -> int:
    """Count one more consecutive failed send; return the count."""
    await conn.execute(
        "UPDATE subscribers SET failures = failures + 1 WHERE id = ?", (subscriber_id,)
    )
    cur = await conn.execute("SELECT failures FROM subscribers WHERE id = ?", (subscriber_id,))
    row = await cur.fetchone()
    return int(row[0]) if row else 0


async def reset_failures(conn: aiosqlite.Connection, subscriber_id: int) -> None:
    await conn.execute("UPDATE subscribers SET failures = 0 WHERE id = ?", (subscriber_id,))


# --- the ledger ---


async def claim_sending(conn: aiosqlite.Connection, sub: Subscriber, due_at: str) -> Sending | None:
    """Record that the digest due at `due_at` is being sent; None when it already was.

    This is the once-only gate: whoever inserts the row sends, everyone else stops.
    """
    cur = await conn.execute(
        "INSERT INTO digests_sent (subscriber_id, chat_id, topic, due_at, status)"
        " VALUES (?, ?, ?, ?, 'sending') ON CONFLICT (subscriber_id, due_at) DO NOTHING",
        (sub.id, sub.chat_id, sub.topic, due_at),
    )
    if cur.rowcount != 1:
        return None
    return await get_sending(conn, int(cur.lastrowid or 0))


async def get_sending(conn: aiosqlite.Connection, sending_id: int) -> Sending | None:
    cur = await conn.execute("SELECT * FROM digests_sent WHERE id = ?", (sending_id,))
    row = await cur.fetchone()
    return Sending.from_row(row) if row else None


async def unfinished(conn: aiosqlite.Connection) -> list[Sending]:
    """Sendings a stop interrupted: still 'sending', oldest first."""
    cur = await conn.execute("SELECT * FROM digests_sent WHERE status = 'sending' ORDER BY due_at")
    return [Sending.from_row(r) for r in await cur.fetchall()]


async def mark_parts(conn: aiosqlite.Connection, sending_id: int, parts_sent: int) -> None:
    """The first `parts_sent` messages of the digest are delivered; a resume starts after them."""
    await conn.execute(
        "UPDATE digests_sent SET parts_sent = MAX(parts_sent, ?) WHERE id = ?",
        (parts_sent, sending_id),
    )


async def mark_attempt(conn: aiosqlite.Connection, sending_id: int, error: str | None) -> int:
    await conn.execute(
        "UPDATE digests_sent SET attempts = attempts + 1, error = ? WHERE id = ?",
        (error[:500] if error else None, sending_id),
    )
    cur = await conn.execute("SELECT attempts FROM digests_sent WHERE id = ?", (sending_id,))
    row = await cur.fetchone()
    return int(row[0]) if row else 0


async def finish(
    conn: aiosqlite.Connection, sending_id: int, status: SendStatus, error: str | None = None
) -> None:
    await conn.execute(
        "UPDATE digests_sent SET status = ?, error = COALESCE(?, error), sent_at = ? WHERE id = ?",
        (status, error[:500] if error else None, now_iso(), sending_id),
    )


async def recent_sendings(
    conn: aiosqlite.Connection,
    *,
    chat_id: int | None = None,
    status: str | None = None,
    limit: int = 10,
) -> list[Sending]:
    sql = "SELECT * FROM digests_sent WHERE 1 = 1"
    args: list[Any] = []
    if chat_id is not None:
        sql += " AND chat_id = ?"
        args.append(chat_id)
    if status is not None:
        sql += " AND status = ?"
        args.append(status)
    cur = await conn.execute(sql + " ORDER BY due_at DESC, id DESC LIMIT ?", (*args, limit))
    return [Sending.from_row(r) for r in await cur.fetchall()]


async def last_sent(conn: aiosqlite.Connection, subscriber_id: int) -> Sending | None:
    cur = await conn.execute(
        "SELECT * FROM digests_sent WHERE subscriber_id = ? ORDER BY due_at DESC LIMIT 1",
        (subscriber_id,),
    )
    row = await cur.fetchone()
    return Sending.from_row(row) if row else None
