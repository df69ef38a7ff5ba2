"""Telegram messages into the store, for the live events and the sweep alike.

One call stores a batch of one channel's messages in one transaction: albums
joined to the post they were stored as, claims derived for new or changed texts
only, and the channel's cursor moved in the same commit, so a crash leaves
either all of it or none. The extractor runs off the event loop (one worker
thread) when the batch is long enough to hold the loop up.
"""

from __future__ import annotations

import asyncio
import dataclasses
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any

import extractors
from bot.telegram.app import Watched
from bot.telegram.convert import TgPost, to_posts
from db.channels import advance_cursor_contiguous, find_album_post
from db.posts import NewPost, known_texts, save_posts
from db.sources import advance_cursor, record_success, tme_link
from db.store import Store
from db.topics import tag_saved
from extractors.claim import Claim
from handlers.posts import claims_for

# Above this many characters in a batch the extractor moves to its worker thread;
# below it the thread hop costs more than the extraction (benchmarks/live_latency.py).
OFFLOAD_CHARS = 2_000

_executor: ThreadPoolExecutor | None = None


def _worker() -> ThreadPoolExecutor:
    # One thread: the extractor never runs twice at once, whatever its internals.
    global _executor
    if _executor is None:
        _executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="extract")
    return _executor


@dataclass
class Stored:
    new: int = 0
    changed: int = 0
    unchanged: int = 0
    skipped: int = 0  # album pieces without a caption for an album already stored
    claims: int = 0
    cursor: int | None = None
    post_ids: list[int] = dataclasses.field(default_factory=list)


async def derive_claims(posts: Sequence[NewPost], side: str | None) -> dict[str, list[Claim]]:
    """Claims per text; long batches are extracted on the worker thread."""
    texts = list(dict.fromkeys(p.text for p in posts if p.text))
    if not texts:
        return {}
    lang = posts[0].lang

    def run() -> dict[str, list[Claim]]:
        return {t: extractors.extract(t, lang=lang, channel_side=side) for t in texts}

    if sum(len(t) for t in texts) <= OFFLOAD_CHARS:
        return run()
    return await asyncio.get_running_loop().run_in_executor(_worker(), run)


async def _needs_claims(store: Store, source_id: int, posts: list[TgPost]) -> list[NewPost]:
    """Posts whose text is not stored yet: a sweep re-reading known posts extracts nothing."""
    plain = [tp.post for tp in posts if tp.grouped_id is None]
    known = await known_texts(store.conn, [(source_id, p.ext_id) for p in plain])
    out = [p for p in plain if known.get((source_id, p.ext_id)) != p.text]
    for tp in posts:
        if tp.grouped_id is None or not tp.post.text:
            continue
        album = await find_album_post(store.conn, source_id, tp.grouped_id)
        if album is None or album.text != tp.post.text:
            out.append(tp.post)
    return out


async def store_messages(
    store: Store,
    channel: Watched,
    messages: Sequence[Any],
    *,
    advance_to: int | None = None,
    contiguous: bool = False,
) -> Stored:
    """Store one channel's messages (new or edited) with their claims.

    `advance_to`: the sweep read everything up to this id, so the cursor moves
    there. `contiguous`: a live event; the cursor moves only over ids that
    follow it directly (the sweep covers the rest).
    """
    posts = to_posts(
        messages, source_id=channel.source_id, handle=channel.handle, lang=channel.lang
    )
    precomputed = await derive_claims(
        await _needs_claims(store, channel.source_id, posts), channel.side
    )

    def derive(post: NewPost) -> list[Claim]:
        if post.text in precomputed:
            return precomputed[post.text]
        return claims_for(post, channel.side)  # a race changed the text meanwhile: rare

    result = Stored()
    async with store.transaction() as conn:
        final: list[NewPost] = []
        for tp in posts:
            post = tp.post
            if tp.grouped_id is not None:
                album = await find_album_post(conn, channel.source_id, tp.grouped_id)
                if album is not None:
                    # An empty piece adds nothing to a stored album, unless it is the
                    # captioned message itself losing its caption in an edit.
                    if not post.text and album.msg_id not in tp.msg_ids:
                        result.skipped += 1
                        continue
                    msg_id = album.msg_id if album.msg_id is not None else post.msg_id
                    post = dataclasses.replace(
                        post,
                        ext_id=album.ext_id,
                        msg_id=msg_id,
                        url=tme_link(channel.handle, msg_id) or post.url,
                    )
            final.append(post)
        saved = await save_posts(conn, final, derive, extractors.EXTRACTOR_VERSION)
        # Tagged in the same commit, as every other source's posts: digests select by topic.
        await tag_saved(conn, final, saved)
        for s in saved:
            result.post_ids.append(s.post_id)
            result.claims += s.claims
            if s.status == "new":
                result.new += 1
            elif s.status == "changed":
                result.changed += 1
            else:
                result.unchanged += 1
        if advance_to is not None:
            await advance_cursor(conn, channel.source_id, advance_to)
            result.cursor = advance_to
        elif contiguous:
            ids = [i for tp in posts for i in tp.msg_ids]
            result.cursor = await advance_cursor_contiguous(conn, channel.source_id, ids)
        if result.new:
            await record_success(conn, channel.source_id, result.new)
    return result
