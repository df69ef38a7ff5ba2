"""Poll one RSS or Atom source: conditional GET, parse, optional bodies, store."""

from __future__ import annotations

from bot.sources.base import Outcome, SourceRun
from bot.sources.body import BODIES_PER_POLL, fetch_body
from bot.sources.rss import FeedEntry, entry_to_post, parse_feed
from db.posts import NewPost, known_texts
from handlers.posts import store_posts

FEED_ACCEPT = (
    "application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5"
)


async def poll_rss(run: SourceRun) -> Outcome:
    src, row = run.source, run.row
    assert src.url, "config validation guarantees an rss source has a url"
    got = await run.http.get(
        src.url, etag=row.etag, last_modified=row.last_modified, accept=FEED_ACCEPT
    )
    if got.not_modified:
        return Outcome(not_modified=True, etag=row.etag, last_modified=row.last_modified)
    feed = parse_feed(
        got.content, base_url=got.url, content_type=got.content_type, outlet=src.title
    )
    run.say(f"{len(feed.entries)} entries")
    entries = feed.entries
    bodies: dict[str, str] = {}
    if src.fetch_body:
        entries = await _unseen(run, entries)
        for entry in entries[:BODIES_PER_POLL]:
            if entry.link:
                body = await fetch_body(run.http, entry.link)
                if body:
                    bodies[entry.ext_id] = body
        run.say(f"{len(bodies)} article bodies")
    posts: list[NewPost] = [
        entry_to_post(e, source_id=row.id, lang=src.lang, body=bodies.get(e.ext_id))
        for e in entries
    ]
    outcome = Outcome(etag=got.etag, last_modified=got.last_modified, problem=feed.problem)
    if posts:
        outcome.count(await store_posts(run.store, posts, {row.id: src.side}))
    return outcome


async def _unseen(run: SourceRun, entries: list[FeedEntry]) -> list[FeedEntry]:
    """Entries not stored yet: a stored entry's body is not fetched again every poll."""
    known = await known_texts(run.store.conn, [(run.row.id, e.ext_id) for e in entries])
    return [e for e in entries if (run.row.id, e.ext_id) not in known]
