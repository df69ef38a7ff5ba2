"""Article bodies: fetch the page an entry links to and keep its main text (trafilatura).

Used for sources with `fetch_body = true`. A body that cannot be had is not an
error of the source: the entry is stored with its title and summary.
"""

from __future__ import annotations

import asyncio
import logging

import trafilatura

from bot.sources.http import FetchError, Http, redact_url
from bot.sources.text import clean_text

log = logging.getLogger(__name__)

# Bodies fetched per poll of one source: a feed of 100 new entries must not
# become 100 page loads in a row; the rest are stored with their summaries.
BODIES_PER_POLL = 20
HTML_ACCEPT = "text/html,application/xhtml+xml;q=0.9,*/*;q=0.5"


def extract_body(page: bytes | str, url: str | None = None) -> str | None:
    """The main text of a news page as plain text, or None when there is none. Pure."""
    try:
        text = trafilatura.extract(
            page,
            url=url,
            include_comments=False,
            include_tables=False,
            include_links=False,
            include_images=False,
            favor_precision=True,
            output_format="txt",
        )
    except Exception as exc:  # trafilatura raises assorted parser errors on broken pages
        log.info("no body in %s (%s)", redact_url(url or "?"), type(exc).__name__)
        return None
    if not text:
        return None
    return clean_text(str(text)) or None


async def fetch_body(http: Http, url: str) -> str | None:
    """Fetch one article page and extract its body; None when either step fails."""
    try:
        page = await http.get(url, accept=HTML_ACCEPT)
    except FetchError as exc:
        log.info("body of %s not fetched: %s", redact_url(url), exc)
        return None
    if not page.content:
        return None
    # Extraction parses the whole page: keep it off the event loop.
    return await asyncio.to_thread(extract_body, page.content, page.url)
