"""What a digest reads: live claims joined with their post, text version, source and topic.

One query per digest, driven from whichever is smaller: the posts of the window
(the posts(date) index, probing post_topics by its primary key) or the posts of
the topic (post_topics by topic, probing the date). Two bounded counts on
covering indexes decide, so a week out of a year reads only that week and a
year of a narrow topic reads only the topic. Claims are reached through the
partial index of live claims (migration 0004), never the superseded ones that
each re-extraction leaves behind. The evidence comes back as a
bounded slice of the version text around the span, never the whole text.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, NamedTuple

import aiosqlite

# Characters of text kept on each side of an evidence span: enough for the sentence.
CONTEXT = 240
# Text kept from the start of a post when a claim has no span.
HEAD = 280


class ClaimRow(NamedTuple):
    """One claim with what the digest shows beside it; fields in the query's column order."""

    claim_id: int
    post_id: int
    kind: str
    victim: str
    low: int | None
    high: int | None
    approx: int  # 0 or 1, as stored
    claimant: str
    scope: str
    claim_version: int  # the post version whose text the claim was read from
    post_version: int  # the post's current version
    side: str  # telegram | mainstream
    date: str | None
    url: str | None
    msg_id: int | None
    deleted_at: str | None
    source_id: int
    handle: str
    title: str | None
    context: str  # the text around the evidence
    span_start: int | None  # the evidence inside `context`; None when the claim has no span
    span_end: int | None
    cut_before: int = 0  # 1 when `context` starts inside the text, not at its start


@dataclass(frozen=True, slots=True)
class TopicRow:
    id: int
    name: str
    title: str
    since: str | None
    until: str | None


async def get_topic(conn: aiosqlite.Connection, name: str) -> TopicRow | None:
    cur = await conn.execute(
        "SELECT id, name, title, since, until FROM topics WHERE name = ?", (name,)
    )
    row = await cur.fetchone()
    if row is None:
        return None
    return TopicRow(int(row[0]), str(row[1]), str(row[2] or ""), row[3], row[4])


async def topic_name(conn: aiosqlite.Connection, topic_id: int) -> str | None:
    cur = await conn.execute("SELECT name FROM topics WHERE id = ?", (topic_id,))
    row = await cur.fetchone()
    return str(row[0]) if row else None


async def topic_names(conn: aiosqlite.Connection) -> list[str]:
    cur = await conn.execute("SELECT name FROM topics ORDER BY name")
    return [str(r[0]) for r in await cur.fetchall()]


def _where(
    topic_id: int | None, since: str | None, until: str | None, *, topic_first: bool = False
) -> tuple[str, dict[str, Any]]:
    parts = ["c.superseded_at IS NULL"]
    params: dict[str, Any] = {}
    if since is not None:
        parts.append("p.date >= :since")
        params["since"] = since
    if until is not None:
        parts.append("p.date < :until")
        params["until"] = until
    if topic_id is not None:
        params["topic"] = topic_id
        if not topic_first:
            parts.append(
                "EXISTS (SELECT 1 FROM post_topics pt"
                " WHERE pt.post_id = p.id AND pt.topic_id = :topic)"
            )
    return " AND ".join(parts), params


# CROSS JOIN fixes the join order in SQLite: the topic's posts first.
_POSTS = "posts p"
_TOPIC_POSTS = "post_topics tp CROSS JOIN posts p ON p.id = tp.post_id AND tp.topic_id = :topic"


async def _topic_first(
    conn: aiosqlite.Connection, topic_id: int | None, since: str | None, until: str | None
) -> bool:
    """Whether the topic has fewer posts than the window: then read the topic, not the window."""
    if topic_id is None:
        return False
    cur = await conn.execute("SELECT count(*) FROM post_topics WHERE topic_id = ?", (topic_id,))
    row = await cur.fetchone()
    in_topic = int(row[0]) if row else 0
    if since is None and until is None:
        return True
    # Counting the window stops as soon as it outgrows the topic.
    bounds = [("date >= ?", since), ("date < ?", until)]
    where = " AND ".join(sql for sql, value in bounds if value is not None)
    args = [value for _, value in bounds if value is not None]
    cur = await conn.execute(
        f"SELECT count(*) FROM (SELECT 1 FROM posts WHERE {where} LIMIT ?)", (*args, in_topic + 1)
    )
    row = await cur.fetchone()
    in_window = int(row[0]) if row else 0
    return in_topic < in_window


_HAS_SPAN = "c.span_start IS NOT NULL AND c.span_end > c.span_start"
_FROM = "max(c.span_start - :ctx, 0)"

CLAIMS_SQL = f"""
SELECT c.id, c.post_id, c.kind, c.victim, c.low, c.high, c.approx, c.claimant, c.scope,
       pv.version, p.version, p.kind, p.date, p.url, p.msg_id, p.deleted_at,
       s.id, s.handle, s.title,
       CASE WHEN {_HAS_SPAN}
            THEN substr(pv.text, {_FROM} + 1, c.span_end - {_FROM} + :ctx)
            ELSE substr(pv.text, 1, :head) END,
       CASE WHEN {_HAS_SPAN} THEN c.span_start - {_FROM} END,
       CASE WHEN {_HAS_SPAN} THEN c.span_end - {_FROM} END,
       CASE WHEN {_HAS_SPAN} THEN c.span_start > :ctx ELSE 0 END
FROM {{posts}}
JOIN claims c INDEXED BY claims_live ON c.post_id = p.id
JOIN post_versions pv ON pv.id = c.version_id
JOIN sources s ON s.id = p.source_id
WHERE {{where}}
"""


async def claim_rows(
    conn: aiosqlite.Connection,
    *,
    topic_id: int | None = None,
    since: str | None = None,
    until: str | None = None,
) -> list[ClaimRow]:
    """Every live claim (not superseded by a re-extraction) of posts dated in [since, until).

    Claims of every version of those posts come back, so the digest can tell an
    edit that changed a figure; deleted posts come back too, marked. No order:
    the digest sorts what it shows.
    """
    topic_first = await _topic_first(conn, topic_id, since, until)
    where, params = _where(topic_id, since, until, topic_first=topic_first)
    params.update(ctx=CONTEXT, head=HEAD)
    posts = _TOPIC_POSTS if topic_first else _POSTS
    cur = await conn.execute(CLAIMS_SQL.format(posts=posts, where=where), params)
    cur.row_factory = None  # plain tuples: a year of claims is read several times faster
    return [ClaimRow._make(r) for r in await cur.fetchall()]


async def count_claims(
    conn: aiosqlite.Connection,
    *,
    topic_id: int | None = None,
    since: str | None = None,
    until: str | None = None,
) -> int:
    """How many live claims a digest over this window would read."""
    where, params = _where(topic_id, since, until)
    cur = await conn.execute(
        f"SELECT count(*) FROM posts p JOIN claims c INDEXED BY claims_live ON c.post_id = p.id"
        f" WHERE {where}",
        params,
    )
    row = await cur.fetchone()
    return int(row[0]) if row else 0
