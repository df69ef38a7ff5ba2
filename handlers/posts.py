"""The path every post takes, whatever brought it: store raw, derive claims, same transaction."""

from __future__ import annotations

import logging
from collections.abc import Mapping, Sequence

import extractors
from db.posts import NewPost, Saved, save_posts
from db.store import Store
from db.topics import tag_saved
from extractors.claim import Claim

log = logging.getLogger(__name__)


def claims_for(post: NewPost, side: str | None) -> list[Claim]:
    """The extractor on one post; `side` is its source's actor id, for "the enemy"."""
    return extractors.extract(post.text, lang=post.lang, channel_side=side)


async def store_posts(
    store: Store,
    posts: Sequence[NewPost],
    sides: Mapping[int, str | None],
    *,
    extract: bool = True,
    tag_topics: bool = True,
    derived: Mapping[NewPost, Sequence[Claim]] | None = None,
) -> list[Saved]:
    """Store a batch in one transaction; only new or changed texts are run through the extractor.

    `sides` maps source id to the source's side. With `extract=False` posts go in
    raw and `claimwatch reextract` derives their claims later. New and changed
    posts are tagged with their topics in the same transaction (the matcher is
    compiled once and reused until a topic changes); `tag_topics=False` leaves
    that to `claimwatch retag`. `derived` holds claims the extractor already gave
    for some posts elsewhere (file ingest runs it in worker processes); the other
    posts are extracted here.
    """

    def derive(post: NewPost) -> list[Claim] | None:
        if not extract:
            return None
        if derived is not None:
            ready = derived.get(post)
            if ready is not None:
                return list(ready)
        try:
            return claims_for(post, sides.get(post.source_id))
        except Exception:
            # A text the extractor chokes on is still stored raw (nothing lost);
            # `claimwatch reextract` retries it once the extractor is fixed.
            log.exception("extractor failed on %s post %s; stored raw", post.kind, post.ext_id)
            return None

    async with store.transaction() as conn:
        saved = await save_posts(conn, posts, derive, extractors.EXTRACTOR_VERSION)
        if tag_topics:
            await tag_saved(conn, posts, saved)
        return saved
