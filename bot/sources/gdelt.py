"""The GDELT DOC 2.0 API (mode=artlist, format=json): articles of outlets with no feed.

One query per topic, built from the topic's Latin-script keywords (GDELT
searches its English-language index and translations), bounded by the topic's
window and a look-back. Each article becomes a mainstream post under a source
named after its outlet's domain; outlets already polled through a feed are
skipped. The topics that found an article are kept in its payload, so it is
tagged with them even when its title does not name the place.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from bot.config import TopicConfig
from bot.sources.base import Outcome, SourceError, SourceRun
from bot.sources.body import BODIES_PER_POLL, fetch_body
from bot.sources.http import FetchError
from bot.sources.text import clean_text, html_to_text, safe_link
from bot.topics.normalise import Script, script_of
from db.posts import NewPost, known_texts
from db.sources import ensure_source
from db.topics import window
from db.util import now_iso
from handlers.posts import store_posts

API = "https://api.gdeltproject.org/api/v2/doc/doc"
MAX_RECORDS = 250
FIRST_LOOKBACK = dt.timedelta(days=1)
_LANGS = {"english": "en", "french": "fr", "russian": "ru", "ukrainian": "uk", "arabic": "ar"}


@dataclass(frozen=True, slots=True)
class Article:
    url: str
    title: str
    seen: str | None  # ISO UTC
    domain: str
    lang: str | None
    raw: dict[str, Any]


def build_query(keywords: Sequence[str], extra: str | None = None) -> str | None:
    """GDELT query syntax: quoted phrases OR'd in parentheses, extra terms ANDed after."""
    terms: list[str] = []
    for keyword in keywords:
        word = " ".join(keyword.replace('"', " ").split())
        # GDELT refuses terms under 3 characters; its index is English and translations.
        if len(word) < 3 or script_of(word) is not Script.LATIN:
            continue
        term = f'"{word}"' if " " in word or "-" in word else word
        if term.lower() not in (t.lower() for t in terms):
            terms.append(term)
    if not terms:
        return None
    query = terms[0] if len(terms) == 1 else "(" + " OR ".join(terms) + ")"
    return f"{query} {extra.strip()}" if extra and extra.strip() else query


def parse_artlist(data: bytes) -> list[Article]:
    """The articles of an artlist JSON answer. GDELT reports a bad query as plain text."""
    text = data.decode("utf-8", errors="replace").strip()
    if not text or text == "{}":
        return []
    try:
        payload = json.loads(text)
    except ValueError as exc:
        raise SourceError(f"GDELT answered with text, not JSON: {clean_text(text)[:200]}") from exc
    if not isinstance(payload, dict):
        raise SourceError("GDELT answered JSON that is not an artlist object")
    items = payload.get("articles") or []
    if not isinstance(items, list):
        raise SourceError("GDELT artlist: 'articles' is not a list")
    out: list[Article] = []
    for item in items:
        if not isinstance(item, dict):
            continue
        url = safe_link(str(item.get("url") or ""))
        if not url:
            continue
        domain = str(item.get("domain") or urlsplit(url).hostname or "").lower()
        domain = domain.removeprefix("www.")
        if not domain:
            continue
        out.append(
            Article(
                url=url,
                # GDELT titles are text, but some carry entities and stray tags from the page.
                title=html_to_text(str(item.get("title") or "")),
                seen=_seendate(item.get("seendate")),
                domain=domain,
                lang=_LANGS.get(str(item.get("language") or "").lower()),
                raw=item,
            )
        )
    return out


def _seendate(value: Any) -> str | None:
    try:
        stamp = dt.datetime.strptime(str(value), "%Y%m%dT%H%M%SZ").replace(tzinfo=dt.UTC)
    except ValueError:
        return None
    return stamp.isoformat()


def _stamp(when: dt.datetime) -> str:
    return when.astimezone(dt.UTC).strftime("%Y%m%d%H%M%S")


def query_window(
    topic: TopicConfig, tz: dt.tzinfo, now: dt.datetime, last_success: str | None, every: int
) -> tuple[dt.datetime, dt.datetime] | None:
    """Recent time the query covers: a look-back, cut to the topic's window; None if empty."""
    if last_success:
        lookback = max(dt.timedelta(minutes=2 * every), dt.timedelta(hours=1))
    else:
        lookback = FIRST_LOOKBACK
    start, end = now - lookback, now
    since, until = window(topic, tz)
    if since:
        start = max(start, dt.datetime.fromisoformat(since))
    if until:
        end = min(end, dt.datetime.fromisoformat(until))
    return (start, end) if start < end else None


async def poll_gdelt(run: SourceRun, *, now: dt.datetime | None = None) -> Outcome:
    src = run.source
    now = now or dt.datetime.now(dt.UTC)
    feed_domains = {
        (urlsplit(s.url).hostname or "").lower().removeprefix("www.")
        for s in run.config.sources
        if s.kind == "rss" and s.url
    }
    found: dict[str, tuple[Article, list[str]]] = {}
    failures: list[str] = []
    asked = 0
    for topic in run.config.topics:
        query = build_query(topic.keywords, src.query)
        span = query_window(topic, run.config.tz, now, run.row.last_success, src.every_minutes)
        if query is None or span is None:
            continue
        asked += 1
        params: dict[str, str | int] = {
            "query": query,
            "mode": "artlist",
            "format": "json",
            "maxrecords": MAX_RECORDS,
            "sort": "datedesc",
            "startdatetime": _stamp(span[0]),
            "enddatetime": _stamp(span[1]),
        }
        try:
            got = await run.http.get(src.url or API, params=params, accept="application/json")
            # A query changes every poll, so a 304 can only mean "nothing for you".
            articles = [] if got.not_modified else parse_artlist(got.content)
        except (FetchError, SourceError) as exc:
            failures.append(f"topic {topic.name}: {exc}")
            continue
        run.say(f"topic {topic.name}: {len(articles)} articles")
        for art in articles:
            if art.domain in feed_domains:
                continue
            _, topics = found.setdefault(art.url, (art, []))
            topics.append(topic.name)
    if failures and not found and len(failures) == asked:
        raise SourceError("; ".join(failures))
    outcome = Outcome(problem="; ".join(failures) or None)
    if asked == 0:
        outcome.problem = "no topic has Latin-script keywords and an open window to query"
    if not found:
        return outcome
    posts, sides = await _posts(run, found)
    outcome.count(await store_posts(run.store, posts, sides))
    return outcome


async def _posts(
    run: SourceRun, found: dict[str, tuple[Article, list[str]]]
) -> tuple[list[NewPost], dict[int, str | None]]:
    source_ids: dict[str, int] = {}
    async with run.store.transaction() as conn:
        for art, _ in found.values():
            if art.domain not in source_ids:
                outlet = await ensure_source(
                    conn, "mainstream", art.domain, title=art.domain, url=f"https://{art.domain}/"
                )
                source_ids[art.domain] = outlet.id
    new_urls = await _unseen(run, [(source_ids[a.domain], a.url) for a, _ in found.values()])
    budget = BODIES_PER_POLL if run.source.fetch_body else 0
    posts: list[NewPost] = []
    for art, topics in found.values():
        body = None
        if budget and art.url in new_urls:
            budget -= 1
            body = await fetch_body(run.http, art.url)
        raw = dict(art.raw, topics=sorted(set(topics)), via=run.source.name, fetched=now_iso())
        if body:
            raw["body"] = body
        text = "\n\n".join(p for p in (art.title, body) if p) or art.url
        if run.source.fetch_body and art.url not in new_urls:
            continue  # stored already, with the body it had; not fetched again
        posts.append(
            NewPost(
                source_id=source_ids[art.domain],
                ext_id=art.url,
                text=text,
                kind="mainstream",
                date=art.seen,
                url=art.url,
                lang=art.lang or run.source.lang,
                raw=json.dumps(raw, ensure_ascii=False),
            )
        )
    return posts, dict.fromkeys(source_ids.values())


async def _unseen(run: SourceRun, keys: list[tuple[int, str]]) -> set[str]:
    known = await known_texts(run.store.conn, keys)
    return {url for source_id, url in keys if (source_id, url) not in known}
