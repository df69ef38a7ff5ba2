"""RSS 2.0 and Atom feeds: bytes in, plain-text entries out. Pure: no I/O here.

`parse_feed` is what `claimwatch ingest feed.xml` and the poller both call;
`entry_to_post` turns one entry into the `NewPost` the store path takes.
"""

from __future__ import annotations

import calendar
import codecs
import datetime as dt
import hashlib
import json
import re
from dataclasses import dataclass, field
from typing import Any

import feedparser

from bot.sources.text import html_to_text, safe_link
from db.posts import NewPost

_XML_DECL = re.compile(rb"""^\s*<\?xml[^>]*?encoding\s*=\s*["']([A-Za-z0-9._:\-]+)["']""")
_HTTP_CHARSET = re.compile(r"charset\s*=\s*[\"']?([A-Za-z0-9._:\-]+)", re.IGNORECASE)
# Bozo reasons that still mean "a feed, read correctly".
_HARMLESS = ("CharacterEncodingOverride", "NonXMLContentType")
_BOMS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


class FeedError(Exception):
    """The bytes are not an RSS or Atom feed (or too broken to recover any entry)."""


@dataclass(frozen=True, slots=True)
class FeedEntry:
    ext_id: str  # the entry's id/guid (else its link): the dedupe key
    title: str  # plain text
    summary: str  # plain text
    link: str | None  # absolute http(s) only
    published: str | None  # ISO 8601 UTC
    outlet: str | None
    raw: dict[str, Any] = field(default_factory=dict, compare=False)

    def text(self, body: str | None = None) -> str:
        """Title, summary and body as one post text, without repeating a part."""
        parts: list[str] = []
        for part in (self.title, self.summary, body or ""):
            part = part.strip()
            if part and not any(part in seen for seen in parts):
                parts = [p for p in parts if p not in part]
                parts.append(part)
        return "\n\n".join(parts)


@dataclass(frozen=True, slots=True)
class ParsedFeed:
    title: str | None
    link: str | None
    entries: list[FeedEntry]
    problem: str | None = None  # the parser's complaint when it recovered entries anyway
    dropped: int = 0  # entries with neither text nor a usable id


def parse_feed(
    data: bytes,
    *,
    base_url: str | None = None,
    content_type: str | None = None,
    outlet: str | None = None,
) -> ParsedFeed:
    """Parse feed bytes. `base_url` resolves relative links; `content_type` is the HTTP
    header, whose charset is believed only when the bytes agree with it."""
    utf8 = _as_utf8(data, content_type)
    headers = {"content-type": "application/xml; charset=utf-8"}
    if base_url:
        headers["content-location"] = base_url
    parsed = feedparser.parse(utf8, response_headers=headers, sanitize_html=True)
    problem = _problem(parsed)
    if not parsed.get("version") and not parsed.entries:
        raise FeedError(problem or "not an RSS or Atom feed")
    if problem and not parsed.entries and not parsed.feed.get("title"):
        raise FeedError(problem)
    feed_title = _plain(parsed.feed, "title") or None
    feed_link = safe_link(parsed.feed.get("link"), base_url)
    name = outlet or feed_title
    entries: list[FeedEntry] = []
    dropped = 0
    for raw_entry in parsed.entries:
        entry = _entry(raw_entry, base_url, name)
        if entry is None:
            dropped += 1
        else:
            entries.append(entry)
    return ParsedFeed(feed_title, feed_link, entries, problem, dropped)


def entry_to_post(
    entry: FeedEntry, *, source_id: int, lang: str | None = None, body: str | None = None
) -> NewPost:
    """The post a feed entry becomes: kind mainstream, its link and outlet kept."""
    raw = dict(entry.raw)
    if body:
        raw["body"] = body
    return NewPost(
        source_id=source_id,
        ext_id=entry.ext_id,
        text=entry.text(body),
        kind="mainstream",
        date=entry.published,
        url=entry.link,
        lang=lang,
        raw=json.dumps(raw, ensure_ascii=False, default=str),
    )


# --- internals ---


def _as_utf8(data: bytes, content_type: str | None) -> bytes:
    """Decode with the charset the bytes really have, and hand feedparser UTF-8.

    Servers often send a wrong charset (or none); a BOM, then strict UTF-8, then the
    XML declaration, then the HTTP header are tried, and cp1252 is the last resort.
    """
    text: str | None = None
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            text = data[len(bom) :].decode(encoding, errors="replace")
            break
    if text is None:
        candidates = ["utf-8"]
        declared = _XML_DECL.match(data[:200])
        if declared:
            candidates.append(declared.group(1).decode("ascii"))
        header = _HTTP_CHARSET.search(content_type or "")
        if header:
            candidates.append(header.group(1))
        for encoding in candidates:
            try:
                text = data.decode(encoding)
                break
            except (UnicodeDecodeError, LookupError):
                continue
        else:
            text = data.decode("cp1252", errors="replace")
    out = text.encode("utf-8")
    declared_out = _XML_DECL.match(out[:200])
    if declared_out:
        start, end = declared_out.span(1)
        out = out[:start] + b"utf-8" + out[end:]
    return out


def _problem(parsed: Any) -> str | None:
    if not parsed.get("bozo"):
        return None
    exc = parsed.get("bozo_exception")
    if exc is None or type(exc).__name__ in _HARMLESS:
        return None
    return f"{type(exc).__name__}: {exc}"[:300]


def _plain(node: Any, key: str) -> str:
    """A text construct as plain text: HTML is turned into its text once, plain text kept."""
    value = node.get(key)
    if not value:
        return ""
    detail = node.get(f"{key}_detail") or {}
    kind = str(detail.get("type") or "text/html")
    if "html" in kind:
        return html_to_text(str(value))
    return " ".join(str(value).split())


def _summary(entry: Any) -> str:
    summary = _plain(entry, "summary")
    if summary:
        return summary
    for content in entry.get("content") or ():
        value = str(content.get("value") or "")
        if not value:
            continue
        kind = str(content.get("type") or "text/html")
        return html_to_text(value) if "html" in kind else " ".join(value.split())
    return ""


def _published(entry: Any) -> str | None:
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        value = entry.get(key)
        if value:
            try:
                stamp = calendar.timegm(value)
                return dt.datetime.fromtimestamp(stamp, dt.UTC).isoformat()
            except (OverflowError, ValueError, TypeError):
                continue
    return None


def _link(entry: Any, base_url: str | None) -> str | None:
    link = safe_link(entry.get("link"), base_url)
    if link:
        return link
    for candidate in entry.get("links") or ():
        if candidate.get("rel", "alternate") == "alternate":
            link = safe_link(candidate.get("href"), base_url)
            if link:
                return link
    return None


def _entry(entry: Any, base_url: str | None, outlet: str | None) -> FeedEntry | None:
    title = _plain(entry, "title")
    summary = _summary(entry)
    link = _link(entry, base_url)
    published = _published(entry)
    ext_id = str(entry.get("id") or "").strip() or link
    if not ext_id:
        if not (title or summary):
            return None
        # No id and no link: the text and date are all that tell entries apart.
        digest = hashlib.sha256(f"{title}\n{summary}\n{published}".encode()).hexdigest()
        ext_id = f"sha256:{digest[:32]}"
    if not (title or summary or link):
        return None
    raw = {
        "id": entry.get("id"),
        "title": entry.get("title"),
        "link": entry.get("link"),
        "summary": entry.get("summary"),
        "published": entry.get("published") or entry.get("updated"),
        "author": entry.get("author"),
        "tags": [t.get("term") for t in entry.get("tags") or () if t.get("term")],
        "outlet": outlet,
    }
    return FeedEntry(ext_id[:1000], title, summary, link, published, outlet, raw)
