"""An RSS 2.0 or Atom feed (a file, or bytes fetched from a URL): each entry a mainstream post.

The parsing itself is bot.sources.rss.parse_feed, the same the live poller uses.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from urllib.parse import urlsplit

from bot.config import SourceConfig
from bot.ingest.records import Channel, FileProblem, Problem, ReadStats, Record
from bot.sources.rss import FeedError, parse_feed


def read_feed(
    where: str,
    data: bytes,
    *,
    stats: ReadStats,
    url: str | None = None,
    content_type: str | None = None,
    channel: str | None = None,
    side: str | None = None,
    configured: Sequence[SourceConfig] = (),
) -> Iterator[Record | Problem]:
    """Yield one Record per entry. The outlet is --channel, else the configured source
    with this feed URL, else the host name of the feed's site (or of the URL)."""
    try:
        feed = parse_feed(data, base_url=url, content_type=content_type)
    except FeedError as exc:
        raise FileProblem(
            where, f"is not a readable RSS or Atom feed ({exc}); check the file or URL."
        ) from exc
    if feed.problem:
        yield Problem(where, f"the feed is damaged ({feed.problem}); the entries found were read.")
    stats.empty += feed.dropped
    known = next((s for s in configured if url and s.url == url), None)
    if channel is not None:
        handle = channel
    elif known is not None:
        handle = known.name
    else:
        handle = _host(feed.link) or _host(url) or _stem(where)
    outlet = Channel(
        kind="mainstream",
        handle=handle,
        title=(known.title if known else None) or feed.title,
        side=(known.side if known else None) or side,
        lang=known.lang if known else None,
        url=url or (known.url if known else None),
    )
    for index, entry in enumerate(feed.entries, start=1):
        text = entry.text()
        if not text.strip():
            stats.empty += 1
            continue
        yield Record(
            channel=outlet,
            ext_id=entry.ext_id,
            text=text,
            where=f"{where} (entry {index})",
            date=entry.published,
            url=entry.link,
            raw=json.dumps(entry.raw, ensure_ascii=False, default=str),
        )


def _host(url: str | None) -> str | None:
    if not url:
        return None
    host = urlsplit(url).hostname or ""
    return host.removeprefix("www.") or None


def _stem(where: str) -> str:
    name = where.rsplit("/", 1)[-1]
    return "file:" + (name.rsplit(".", 1)[0] or name)
