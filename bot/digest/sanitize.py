"""Text from posts is hostile until proven otherwise: what every human-facing renderer applies.

Escaping for HTML happens in the renderers; here are the steps they share: control
characters and bidirectional overrides out (an override in a quote can reorder
the figures printed after it), links only when they are plain http(s).
"""

from __future__ import annotations

import html
import re

# C0 controls but tab and newline, DEL, C1 controls, and the bidi embeddings,
# overrides and isolates. The plain marks (LRM, RLM, ALM) stay: they only nudge
# neutral characters and Arabic text uses them.
_UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
_SPACES = re.compile(r"\s+")


def escape_html(text: str) -> str:
    """The one HTML escape, for pages and Telegram's HTML parse mode alike: <, > and &
    everywhere, and " so a value is safe inside a double-quoted attribute (href="...");
    no template of ours quotes an attribute with '."""
    return html.escape(text, quote=False).replace('"', "&quot;")


def clean(text: str) -> str:
    return _UNSAFE.sub("", text)


def one_line(text: str) -> str:
    """Clean text folded onto one line: quotes go in table cells and single lines."""
    return _SPACES.sub(" ", clean(text)).strip()


def shorten(text: str, limit: int) -> str:
    if len(text) <= limit:
        return text
    return text[: max(limit - 1, 0)].rstrip() + "…"


# Scheme, a non-empty host, then anything but spaces and the unsafe characters above.
_UNSAFE_CLASS = "\\s\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069"
_SAFE_URL = re.compile(f"(?i)https?://[^{_UNSAFE_CLASS}/?#]+(?:[/?#][^{_UNSAFE_CLASS}]*)?")


def safe_url(url: str | None) -> str | None:
    """The URL when it is a plain http(s) address, else None (no javascript:, no data:)."""
    if url and _SAFE_URL.fullmatch(url):
        return url
    return None


def _flat(text: str) -> str:
    """Clean text on one line, keeping its edge spaces (it is joined to its neighbours)."""
    return _SPACES.sub(" ", clean(text))


def excerpt(quote: str, mark: tuple[int, int] | None, limit: int) -> tuple[str, str, str]:
    """(before, evidence, after) of a quote on one line, at most `limit` characters in all.

    The evidence is kept whole when it fits; the context around it is cut with "…".
    """
    if mark is None:
        return shorten(one_line(quote), limit), "", ""
    before, evidence, after = (
        _flat(quote[: mark[0]]).lstrip(),
        _flat(quote[mark[0] : mark[1]]),
        _flat(quote[mark[1] :]).rstrip(),
    )
    if len(evidence) >= limit:
        return "", shorten(evidence, limit), ""
    room = limit - len(evidence)
    if len(before) + len(after) > room:
        keep_after = min(len(after), room // 2)
        keep_before = min(len(before), room - keep_after)
        keep_after = min(len(after), room - keep_before)
        if keep_before < len(before):
            before = "…" + before[len(before) - keep_before + 1 :] if keep_before else ""
        if keep_after < len(after):
            after = after[: keep_after - 1] + "…" if keep_after else ""
    return before, evidence, after
