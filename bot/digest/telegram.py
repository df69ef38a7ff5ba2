"""The digest in Telegram's form: HTML parse mode messages, the chart's pages and a caption.

Only data is produced here; the bot sends it (link previews off, parse_mode html).
Every text is escaped; messages are split at line boundaries under Telegram's
4,096-character limit, counted in UTF-16 code units as Telegram counts them, on
the HTML itself, so the parsed text is shorter still. A line longer than the
limit is split between words, or between characters when a word is longer,
never inside a tag or an entity: tags open at the cut are closed and reopened.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.digest.chart import render_chart_pages
from bot.digest.labels import (
    date_label,
    link_label,
    posts_label,
    spread_line,
    status_note,
    summary_line,
)
from bot.digest.model import Digest, DigestClaim, Group
from bot.digest.sanitize import escape_html, excerpt, one_line, safe_url, shorten

MESSAGE_LIMIT = 4096
CAPTION_LIMIT = 1024
QUOTE_LIMIT = 300
_SIDE_MARK = {"telegram": "📣", "mainstream": "📰"}
_TOKEN = re.compile(r"<[^>]*>|&#?\w+;|\n|[^\S\n]|[^<&\s]+|[<&]")
_TAG_NAME = re.compile(r"</?\s*([A-Za-z][A-Za-z0-9-]*)")


@dataclass(frozen=True)
class TelegramDigest:
    """What the bot sends: the messages in order, then the chart's pages as one album
    (one photo when the chart fits a page), the caption on the first."""

    messages: list[str]
    photos: list[bytes]
    caption: str
    parse_mode: str = "html"
    link_preview: bool = False


def utf16_len(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def _t(text: str) -> str:
    return escape_html(one_line(text))


def _claim_lines(c: DigestClaim) -> list[str]:
    figure = f"<b>{_t(c.figure)}</b>"
    if c.status != "current":
        figure = f"<s>{figure}</s>"
    head = f"{_SIDE_MARK[c.side]} {figure} {_t(c.claimant)}"
    extras = [date_label(c.date)]
    note = status_note(c)
    if note:
        extras.append(note)
    if c.posts > 1:
        extras.append(posts_label(c))
    tail = " · ".join(_t(x) for x in extras)
    url = safe_url(c.url)
    if url:
        tail += f' · <a href="{escape_html(url)}">{_t(link_label(url))}</a>'
    before, evidence, after = excerpt(c.quote, c.mark, QUOTE_LIMIT)
    quote = f"{_t(before)}<b>{_t(evidence)}</b>{_t(after)}" if evidence else _t(before)
    return [f"{head} · {tail}", f"<i>{quote}</i>" if quote else ""]


def _group_lines(g: Group) -> list[str]:
    lines = ["", f"<b>{_t(g.title)}</b>", _t(spread_line(g))]
    for c in g.claims:
        lines.extend(line for line in _claim_lines(c) if line)
    return lines


def render_blocks(digest: Digest) -> list[list[str]]:
    """The digest as blocks of HTML lines (the heading, then one block per group); each
    line is balanced on its own, no tag spans two lines."""
    head = [f"<b>{_t(digest.title)}</b>", _t(summary_line(digest))]
    if digest.empty:
        head += ["", "No casualty claims in this window."]
    return [head, *(_group_lines(g) for g in digest.groups)]


def caption(digest: Digest) -> str:
    text = (
        f"<b>{_t(shorten(one_line(digest.title), 200))}</b>\n{_t(summary_line(digest))}\n"
        "Blue: Telegram · orange: mainstream · arrow: more than · hatched: vague word"
    )
    return text if utf16_len(text) <= CAPTION_LIMIT else split_html(text, CAPTION_LIMIT)[0]


def telegram_digest(digest: Digest, *, chart: bool = True) -> TelegramDigest:
    photos = render_chart_pages(digest) if chart and not digest.empty else []
    return TelegramDigest(
        messages=pack_blocks(render_blocks(digest)),
        photos=photos,
        caption=caption(digest) if photos else "",
    )


# --- splitting ---


def _tag(token: str) -> tuple[str, bool] | None:
    """(name, closing) for a tag token, None for text."""
    if not token.startswith("<") or len(token) < 3:
        return None
    m = _TAG_NAME.match(token)
    if m is None:
        return None
    return m.group(1).lower(), token.startswith("</")


def _split_line(line: str, limit: int) -> list[str]:
    """Split one line of balanced HTML into pieces of at most `limit` UTF-16 units each."""
    pieces: list[str] = []
    stack: list[tuple[str, str]] = []  # open tags: (name, the opening tag as written)
    cur: list[str] = []
    cur_len = 0
    fresh = True  # nothing but reopened tags in `cur`

    def closers(st: list[tuple[str, str]]) -> str:
        return "".join(f"</{name}>" for name, _ in reversed(st))

    def flush() -> None:
        nonlocal cur, cur_len, fresh
        pieces.append("".join(cur) + closers(stack))
        cur = [opening for _, opening in stack]
        cur_len = sum(utf16_len(o) for o in cur)
        fresh = True

    def fits(token: str, st: list[tuple[str, str]]) -> bool:
        return cur_len + utf16_len(token) + utf16_len(closers(st)) <= limit

    def add(token: str) -> None:
        nonlocal cur_len, fresh
        cur.append(token)
        cur_len += utf16_len(token)
        fresh = False

    for token in _TOKEN.findall(line):
        tag = _tag(token)
        after = list(stack)
        if tag is not None:
            name, closing = tag
            if closing:
                while after and after[-1][0] != name:
                    after.pop()
                if after:
                    after.pop()
            else:
                after.append((name, token))
        if not fits(token, after) and not fresh:
            flush()
        if fits(token, after):
            add(token)
            stack[:] = after
            continue
        if tag is not None or token.startswith("&"):
            raise ValueError(f"a tag or entity does not fit in {limit} characters: {token[:40]}")
        for ch in token:  # a word longer than a message: cut between characters
            if not fits(ch, stack):
                if fresh:
                    raise ValueError(f"{limit} characters cannot hold the open tags")
                flush()
            add(ch)
    if not fresh or not pieces:
        pieces.append("".join(cur) + closers(stack))
    return [p for p in pieces if p.strip()]


class _Packer:
    def __init__(self, limit: int) -> None:
        self.limit = limit
        self.messages: list[str] = []
        self.cur: list[str] = []
        self.cur_len = 0

    def room(self) -> int:
        return self.limit - self.cur_len - (1 if self.cur else 0)

    def close(self) -> None:
        if self.cur:
            self.messages.append("\n".join(self.cur))
        self.cur, self.cur_len = [], 0

    def add(self, line: str) -> None:
        n = utf16_len(line)
        if n > self.room():
            self.close()
        if n <= self.limit:
            self.cur_len += n + (1 if self.cur else 0)
            self.cur.append(line)
        else:
            self.messages.extend(_split_line(line, self.limit))


def pack_blocks(blocks: list[list[str]], limit: int = MESSAGE_LIMIT) -> list[str]:
    """Blocks of lines into messages of at most `limit` UTF-16 units. A block starts a
    new message rather than straddle two, unless it is larger than a message; a line
    longer than a message is cut by `_split_line`."""
    packer = _Packer(limit)
    for block in blocks:
        size = sum(utf16_len(line) for line in block) + len(block) - 1 if block else 0
        if packer.cur and size > packer.room() and size <= limit:
            packer.close()
        for line in block:
            packer.add(line)
    packer.close()
    return [m.strip("\n") for m in packer.messages if m.strip()]


def pack_lines(lines: list[str], limit: int = MESSAGE_LIMIT) -> list[str]:
    """Lines into messages of at most `limit` UTF-16 units, cut between lines."""
    return pack_blocks([[line] for line in lines], limit)


def split_html(html: str, limit: int = MESSAGE_LIMIT) -> list[str]:
    """Any HTML text whose lines are balanced, split like `pack_lines`."""
    return pack_lines(html.split("\n"), limit)
