"""Markup to plain text, and the link check every source applies.

Everything a source stores is plain text. Escaping is the job of whatever shows
it (Telegram's HTML parse mode, a web page), so nothing here produces markup,
and entities are decoded exactly once.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser
from urllib.parse import urljoin, urlsplit

# Tags whose content is never readable text.
_SKIP = frozenset({"script", "style", "noscript", "template", "head", "iframe", "object", "svg"})
# Tags that end a line of text, so "<p>a</p><p>b</p>" does not become "ab".
_BLOCK = frozenset(
    {
        "p", "div", "br", "li", "ul", "ol", "tr", "table", "h1", "h2", "h3", "h4", "h5",
        "h6", "blockquote", "section", "article", "header", "footer", "figure", "figcaption",
        "pre", "hr", "dd", "dt",
    }
)  # fmt: skip
_SPACES = re.compile(r"[ \t\r\f\v\u00a0\u200b]+")
_NEWLINES = re.compile(r"\s*\n\s*")
_ANY_SPACE = re.compile(r"\s+")


class _TextCollector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip_depth = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP:
            self._skip_depth += 1
        elif tag in _BLOCK:
            self.parts.append("\n")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP:
            self._skip_depth = max(0, self._skip_depth - 1)
        elif tag in _BLOCK:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self._skip_depth:
            # Line breaks in HTML source are spaces; only block tags break lines.
            self.parts.append(_ANY_SPACE.sub(" ", data))


def html_to_text(markup: str) -> str:
    """The readable text of an HTML fragment: tags dropped, entities decoded once."""
    if "<" not in markup and "&" not in markup:
        return clean_text(markup)
    collector = _TextCollector()
    collector.feed(markup)
    collector.close()
    return clean_text("".join(collector.parts))


def clean_text(text: str) -> str:
    """Collapse runs of blanks, keep paragraph breaks, trim."""
    lines = (_SPACES.sub(" ", line).strip() for line in text.split("\n"))
    return _NEWLINES.sub("\n", "\n".join(line for line in lines if line)).strip()


def safe_link(link: str | None, base_url: str | None = None) -> str | None:
    """An absolute http(s) URL, or None: javascript:, data:, mailto: and the rest are dropped."""
    if not link:
        return None
    link = link.strip()
    if base_url:
        link = urljoin(base_url, link)
    try:
        parts = urlsplit(link)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None
    if any(ch.isspace() or ord(ch) < 32 for ch in link):
        return None
    return link
